"""Drafts keep the words of a note being written until it is saved or thrown away."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_tui import paths
from briefing_tui.notes import drafts
from briefing_tui.notes.drafts import DraftTarget, NoteDraft


def a_draft(body: str = "Netanyahu and Putin\non deconfliction.", **changes: object) -> NoteDraft:
    fields: dict[str, object] = {
        "key": drafts.new_draft_key(),
        "kind": "article",
        "subject_id": "2016-06-asharq-coordination-on-syria",
        "body": body,
        "tags": ("syria", "deconfliction"),
        "target": DraftTarget("freedom to strike", "the ", ".", 10, 27),
        "note_id": None,
    }
    fields.update(changes)
    return NoteDraft(**fields)  # type: ignore[arg-type]


def test_a_saved_draft_is_found_in_the_user_data_folder() -> None:
    draft = a_draft()
    path = drafts.save_draft(draft)
    assert path.parent == drafts.drafts_dir()
    assert str(path).startswith(str(paths.user_data_dir()))
    found = drafts.load_drafts()
    assert found == [draft]
    assert found[0].saved != ""


def test_saving_again_replaces_the_draft_and_leaves_no_temporary_file() -> None:
    draft = a_draft()
    drafts.save_draft(draft)
    drafts.save_draft(NoteDraft(**{**draft.__dict__, "body": "second thoughts"}))
    assert [d.body for d in drafts.load_drafts()] == ["second thoughts"]
    assert sorted(p.name for p in drafts.drafts_dir().iterdir()) == [f"{draft.key}.yaml"]


def test_a_discarded_draft_is_gone_and_discarding_twice_is_harmless() -> None:
    draft = a_draft()
    drafts.save_draft(draft)
    drafts.discard_draft(draft.key)
    drafts.discard_draft(draft.key)
    assert drafts.load_drafts() == []


def test_a_visit_draft_without_a_passage_round_trips() -> None:
    draft = a_draft(kind="visit", subject_id="2016-06-moscow", target=None, note_id="n-1", tags=())
    drafts.save_draft(draft)
    assert drafts.load_drafts() == [draft]


def test_no_drafts_folder_means_no_drafts() -> None:
    assert drafts.load_drafts() == []


def test_an_unreadable_draft_is_skipped_and_kept(tmp_path: Path) -> None:
    folder = drafts.drafts_dir()
    folder.mkdir(parents=True)
    broken = folder / "0123abcd.yaml"
    broken.write_text("body: [unclosed\n", encoding="utf-8")
    hostile = folder / "feed.yaml"
    hostile.write_text("!!python/object/apply:os.system ['true']\n", encoding="utf-8")
    good = a_draft()
    drafts.save_draft(good)
    assert drafts.load_drafts() == [good]
    assert broken.exists() and hostile.exists()


def test_a_key_that_names_another_path_is_refused() -> None:
    with pytest.raises(ValueError):
        drafts.draft_path("../notes")


def test_save_open_drafts_saves_what_each_open_editor_holds() -> None:
    typing = a_draft(body="half a thought")
    untouched_key = drafts.new_draft_key()

    def broken() -> NoteDraft:
        raise RuntimeError("editor gone")

    drafts.keep_open(typing.key, lambda: typing)
    drafts.keep_open(untouched_key, lambda: None)
    drafts.keep_open("broken", broken)
    try:
        saved = drafts.save_open_drafts()
    finally:
        for key in (typing.key, untouched_key, "broken"):
            drafts.forget_open(key)
    assert [p.stem for p in saved] == [typing.key]
    assert [d.body for d in drafts.load_drafts()] == ["half a thought"]


_tricky_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=300
) | st.sampled_from(["yes", "null", "- x", "key: value", "---", "  trailing  \n\n", "\t\ttab", ""])


@settings(max_examples=200, deadline=None)
@given(body=_tricky_text, tag=_tricky_text, quote=_tricky_text)
def test_any_text_round_trips_exactly(body: str, tag: str, quote: str) -> None:
    draft = a_draft(body=body, tags=(tag,), target=DraftTarget(quote, quote[:3], "", 0, len(quote)))
    assert drafts.loads(drafts.dumps(draft)) == draft


def test_line_breaks_of_every_kind_survive_the_file() -> None:
    body = "a\r\nb\n\x85c\u2028 d  \n\n"
    drafts.save_draft(a_draft(body=body))
    assert drafts.load_drafts()[0].body == body
