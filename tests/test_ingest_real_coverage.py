"""Ingest on coverage as it is really printed: datelines, other languages, undated pages.

Outlet, date, author and caption come from the text itself; the visit comes from
the meeting the story reports, and an article is never joined to a visit on
weak evidence without saying so.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from briefing_tui.cli import main
from briefing_tui.corpus import load_corpus
from briefing_tui.corpus.assign import rewritten
from briefing_tui.ingest import ingest_files
from briefing_tui.ingest.dates import find_date, is_date_line
from briefing_tui.ingest.event import find_event
from briefing_tui.ingest.furniture import is_caption
from briefing_tui.ingest.outlets import agency_of_dateline, outlet_of_domain_in

LEAD = (
    "Israeli Prime Minister Benjamin Netanyahu met Russian President Vladimir Putin for talks "
    "on Syria and Iran that lasted three hours, officials on both sides said afterwards. "
)


def page(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("September 9, 2009 / 12:23 PM", "2009-09-09"),
        ("21. April 2016", "2016-04-21"),
        ("21 de abril de 2016", "2016-04-21"),
        ("Opublikowano: 21.04.2016, 14:05", "2016-04-21"),
        ("30 stycznia 2020 r.", "2020-01-30"),
        ("2016. április 21., csütörtök 14:05", "2016-04-21"),
        ("Pubblicato il 11 luglio 2018 alle ore 14:05", "2018-07-11"),
        ("Mis à jour le 9 mars 2017 à 18h05", "2017-03-09"),
        ("21 апреля 2016 г.", "2016-04-21"),
        ("٢١ أبريل ٢٠١٦", "2016-04-21"),
        ("21 نيسان 2016", "2016-04-21"),
        ("Published: 02.28.19 , 08:11", "2019-02-28"),
        ("Datum 27.02.2019", "2019-02-27"),
    ],
)
def test_a_date_line_in_any_language_of_the_corpus_is_read(text: str, date: str) -> None:
    assert str(find_date(text)) == date
    assert is_date_line(text)


def test_a_sentence_with_a_date_is_not_a_date_line() -> None:
    assert not is_date_line("Moscow, 21 April 2016 said the minister")


@pytest.mark.parametrize(
    ("opening", "agency"),
    [
        ("MOSCOW (Reuters) - Israeli", "Reuters"),
        ("JERUSALEM, Sept 9 (AFP) - Prime", "Agence France-Presse"),
        ("SOTCHI (Russie), 23 août 2017 (AFP) - Le Premier", "Agence France-Presse"),
        ("(ANSAmed) - TEL AVIV, 29 GEN - Il premier", "ANSAmed"),
        ("MOSKWA (PAP) - Premier", "PAP"),
        ("WASHINGTON (AP) — The", "Associated Press"),
    ],
)
def test_the_dateline_names_the_agency(opening: str, agency: str) -> None:
    assert agency_of_dateline(opening) == agency


def test_a_parenthesis_in_a_sentence_is_not_an_agency() -> None:
    assert agency_of_dateline("Netanyahu (right) met Putin on Monday.") is None


def test_a_web_address_anywhere_names_the_outlet() -> None:
    assert outlet_of_domain_in("Read more at https://www.timesofisrael.com/x") == (
        "The Times of Israel"
    )
    assert outlet_of_domain_in("aljazeera.net") == "Al Jazeera"
    assert outlet_of_domain_in("write to desk@example.com") is None


@pytest.mark.parametrize(
    "line",
    [
        "Netanyahu and Putin in the Kremlin. (photo credit: KOBI GIDON / GPO)",
        "Netanyahu meets Putin, January 29, 2018. REUTERS/Maxim Shemetov",
        "MAXIM SHEMETOV/REUTERS",
        "AFP PHOTO / SPUTNIK / ALEXEY NIKOLSKY",
        "Fot. PAP/Radek Pietruszka",
    ],
)
def test_photo_credits_are_captions(line: str) -> None:
    assert is_caption(line)


def test_a_sentence_quoting_an_agency_is_not_a_caption() -> None:
    assert not is_caption("He told Reuters on Monday that the talks went well.")


def test_a_caption_in_the_story_goes_to_caption_not_the_body(
    empty_corpus: Path, tmp_path: Path
) -> None:
    source = page(
        tmp_path,
        "credit.txt",
        "Netanyahu meets Putin in Moscow\n\nJanuary 29, 2018\n\n"
        f"MOSCOW (Reuters) - {LEAD}on Monday in the Kremlin.\n\n"
        "Netanyahu and Putin in the Kremlin. (photo credit: KOBI GIDON / GPO)\n\n"
        + LEAD * 2
        + "\n",
    )
    (outcome,) = ingest_files(empty_corpus, [source])
    assert outcome.draft is not None
    assert outcome.draft.caption == (
        "Netanyahu and Putin in the Kremlin. (photo credit: KOBI GIDON / GPO)"
    )
    assert "photo credit" not in outcome.draft.body
    assert outcome.draft.source == "Reuters"


def test_a_weekday_is_resolved_against_the_publication_date() -> None:
    places = ["Moscow"]
    event = find_event(
        "Netanyahu in Moscow",
        "Netanyahu flew to Moscow on Monday for talks with Putin.",
        dt.date(2018, 1, 31),
        places,
    )
    assert event is not None and event.date == dt.date(2018, 1, 29) and event.place == "Moscow"
    ahead = find_event(
        "Netanyahu to fly to Moscow",
        "Netanyahu will meet Putin in Moscow on Monday.",
        dt.date(2018, 1, 25),
        places,
    )
    assert ahead is not None and ahead.date == dt.date(2018, 1, 29)


def test_a_day_the_story_was_reported_is_not_the_day_of_the_meeting() -> None:
    event = find_event(
        "The mystery flight",
        "By Wednesday, several newspapers reported that he had flown to Moscow.",
        dt.date(2009, 9, 10),
        ["Moscow"],
    )
    assert event is not None and event.date is None


def test_the_destination_is_the_place_not_the_subject() -> None:
    event = find_event(
        "Netanyahu meets Putin",
        "Netanyahu flew to Sochi on Wednesday to press Putin on Iran's foothold in Syria.",
        dt.date(2017, 8, 23),
        ["Syria", "Iran", "Sochi"],
    )
    assert event is not None and event.place == "Sochi"


def test_an_inflected_city_counts_as_the_city() -> None:
    event = find_event(
        "Netanjahu w Moskwie",
        "Premier Izraela Benjamin Netanjahu spotkał się we wtorek w Moskwie z Putinem.",
        dt.date(2016, 6, 7),
        [],
        ["Benjamin Netanyahu"],
    )
    assert event is not None and event.place == "Moscow" and event.date == dt.date(2016, 6, 7)


def test_a_preview_joins_the_visit_of_the_meeting_it_announces(
    empty_corpus: Path, tmp_path: Path
) -> None:
    source = page(
        tmp_path,
        "preview.txt",
        "Netanyahu to meet Putin in Moscow\n\nJanuary 25, 2018\n\n"
        "Prime Minister Benjamin Netanyahu will meet with Russian President Vladimir Putin on "
        "January 29 in Moscow, his office said on Thursday, in talks expected to focus on Iran.\n\n"
        + LEAD * 2
        + "\n",
    )
    (outcome,) = ingest_files(empty_corpus, [source])
    assert outcome.proposal is not None
    assert outcome.proposal.visit_id == "2018-01-moscow"
    assert outcome.proposal.evidence == "meeting date"
    article = load_corpus(empty_corpus).articles[outcome.article_id or ""]
    assert article.visit == "2018-01-moscow" and article.assignment == "meeting date"


def test_a_meeting_outside_every_visit_proposes_one_with_its_date_and_place(
    empty_corpus: Path, tmp_path: Path
) -> None:
    source = page(
        tmp_path,
        "parade.txt",
        "Netanyahu at the Victory Day parade\n\nMay 9, 2018\n\n"
        "MOSCOW (Reuters) - Israeli Prime Minister Benjamin Netanyahu watched the Victory Day "
        "parade on Red Square on Wednesday and then held talks with President Vladimir Putin "
        "on Iran and Syria.\n\n" + LEAD * 2 + "\n",
    )
    (outcome,) = ingest_files(empty_corpus, [source])
    proposal = outcome.proposal
    assert proposal is not None and proposal.visit_id is None
    assert proposal.new_visit is not None
    assert proposal.new_visit.date == dt.date(2018, 5, 9)
    assert proposal.new_visit.place == "Moscow"
    assert proposal.new_visit.id == "2018-05-moscow"


def test_an_undated_page_is_only_suggested_a_visit_never_joined(
    empty_corpus: Path, tmp_path: Path
) -> None:
    raw = Path(__file__).resolve().parents[1] / "corpus" / "raw" / "003_4a204ec3aa21d5ea.txt"
    (outcome,) = ingest_files(empty_corpus, [raw])
    assert outcome.proposal is not None
    assert outcome.proposal.visit_id is None
    assert outcome.proposal.suggested == "2016-06-moscow"
    assert "confirm with `briefing assign" in outcome.message
    article = load_corpus(empty_corpus).articles[outcome.article_id or ""]
    assert article.visit is None and article.suggested_visit == "2016-06-moscow"
    assert article.unconfirmed


def test_accept_adds_the_new_visit_and_a_second_report_joins_it(
    empty_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "Netanyahu in Sochi\n\nAugust 23, 2017\n\n"
        "SOCHI, Russia (Reuters) - Israeli Prime Minister Benjamin Netanyahu met Russian "
        "President Vladimir Putin in Sochi on Wednesday to press him on Iran's role in Syria.\n\n"
    )
    first = page(tmp_path, "first.txt", text + LEAD * 2 + "\n")
    second = page(tmp_path, "second.txt", text.replace("Reuters", "AFP") + LEAD * 3 + "\n")
    before = (empty_corpus / "visits.yaml").read_text(encoding="utf-8")
    code = main(["ingest", str(first), str(second), "--accept", "--corpus", str(empty_corpus)])
    out = capsys.readouterr().out
    assert code == 0, out
    after = (empty_corpus / "visits.yaml").read_text(encoding="utf-8")
    assert after.startswith(before)
    added = yaml.safe_load(after[len(before) :])
    assert added == [
        {
            "id": "2017-08-sochi",
            "date": dt.date(2017, 8, 23),
            "place": "Sochi",
            "title": "Netanyahu in Sochi",
            "participants": ["Benjamin Netanyahu", "Vladimir Putin"],
        }
    ]
    corpus = load_corpus(empty_corpus)
    assert not [p for p in corpus.problems if p.severity == "error"]
    assert {a.visit for a in corpus.articles.values()} == {"2017-08-sochi"}


def test_json_explains_each_field_and_the_visit(
    empty_corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = Path(__file__).resolve().parents[1] / "corpus" / "raw" / "004_1b0be2f8b7164481.txt"
    code = main(["ingest", str(raw), "--dry-run", "--json", "--corpus", str(empty_corpus)])
    assert code == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["status"] == "dry-run" and row["published"] == "2019-02-26"
    assert set(row["found"]) >= {"source", "published", "title"}
    assert row["visit"]["id"] == "2019-02-moscow"
    assert row["visit"]["evidence"] == "meeting date" and not row["visit"]["weak"]
    assert row["visit"]["event"]["date"] == "2019-02-27"
    assert not list((empty_corpus / "articles").iterdir())


def test_assign_confirms_moves_and_lists(
    empty_corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = Path(__file__).resolve().parents[1] / "corpus" / "raw" / "003_4a204ec3aa21d5ea.txt"
    (outcome,) = ingest_files(empty_corpus, [raw])
    article_id = outcome.article_id or ""
    path = empty_corpus / "articles" / f"{article_id}.txt"
    body_before = load_corpus(empty_corpus).body(article_id)
    where = ["--corpus", str(empty_corpus)]
    assert main(["assign", "--list", *where]) == 0
    assert "suggested: 2016-06-moscow" in capsys.readouterr().out
    assert main(["assign", article_id, *where]) == 0
    assert "assigned to visit 2016-06-moscow" in capsys.readouterr().out
    corpus = load_corpus(empty_corpus)
    article = corpus.articles[article_id]
    assert article.visit == "2016-06-moscow" and not article.unconfirmed
    assert corpus.body(article_id) == body_before
    assert main(["assign", article_id, "2018-01-moscow", *where]) == 0
    assert "moved from visit 2016-06-moscow to 2018-01-moscow" in capsys.readouterr().out
    assert main(["assign", article_id, "--none", *where]) == 0
    assert load_corpus(empty_corpus).articles[article_id].visit is None
    assert main(["assign", article_id, "2099-01-nowhere", *where]) == 1
    assert "no visit '2099-01-nowhere'" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8").count("visit:") == 1


def test_rewriting_the_visit_keeps_every_other_byte() -> None:
    data = (
        b"---\r\ntitle: A\r\nvisit: 2016-06-moscow\r\nassignment: publication date\r\n"
        b"raw: raw/000.txt\r\n---\r\nBody \xe2\x80\x94 kept\r\n"
    )
    out = rewritten(data, Path("a.txt"), "2018-01-moscow")
    assert out == (
        b"---\r\ntitle: A\r\nvisit: 2018-01-moscow\r\nraw: raw/000.txt\r\n---\r\n"
        b"Body \xe2\x80\x94 kept\r\n"
    )


def test_a_bad_assignment_value_is_a_warning_naming_its_line(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = next((corpus_dir / "articles").glob("*.txt"))
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("---\n", "---\nassignment: !!python/name:os.system\n", 1))
    main(["check", "--corpus", str(corpus_dir)])
    out, err = capsys.readouterr()
    assert f"{path.name}:" in out + err


_FIELD = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\n\r"),
    max_size=30,
)


@given(
    title=_FIELD,
    body=st.text(max_size=200),
    old=st.sampled_from(["visit: 2016-06-moscow", "visit: null", ""]),
    extra=st.sampled_from(["", "assignment: publication date", "suggested_visit: 2019-02-moscow"]),
    new=st.sampled_from([None, "2018-01-moscow"]),
    newline=st.sampled_from(["\n", "\r\n"]),
)
def test_rewriting_the_visit_never_touches_the_body_or_other_keys(
    title: str, body: str, old: str, extra: str, new: str | None, newline: str
) -> None:
    lines = ["---", f"title: {json.dumps(title)}", old, extra, "raw: raw/000.txt", "---"]
    head = newline.join(line for line in lines if line) + newline
    data = head.encode() + body.encode("utf-8", "surrogatepass")
    out = rewritten(data, Path("a.txt"), new)
    assert out.endswith(body.encode("utf-8", "surrogatepass"))
    out_head = out[: len(out) - len(body.encode("utf-8", "surrogatepass"))].decode()
    kept = [line for line in out_head.split(newline) if line]
    assert kept[0] == "---" and kept[-1] == "---"
    assert f"title: {json.dumps(title)}" in kept and "raw: raw/000.txt" in kept
    assert [line for line in kept if line.startswith("visit:")] == [
        f"visit: {new if new is not None else 'null'}"
    ]
    assert not [line for line in kept if line.startswith(("assignment:", "suggested_visit:"))]


def test_a_country_named_with_a_word_before_it_is_not_the_destination() -> None:
    event = find_event(
        "Netanyahu at the parade",
        "Netanyahu stood beside Putin on Red Square on Wednesday to watch the parade marking "
        "the victory over Nazi Germany.",
        dt.date(2018, 5, 10),
        ["Nazi Germany", "Red Square"],
        ["Benjamin Netanyahu"],
    )
    assert event is not None and event.place == "Moscow"
    assert event.date == dt.date(2018, 5, 9)


def test_an_article_with_unix_front_matter_and_a_windows_body_can_change_visit() -> None:
    data = b"---\ntitle: t\nvisit: null\nraw: raw/000.txt\n---\n\r\nBody line.\r\n"
    out = rewritten(data, Path("a.txt"), "2018-01-moscow")
    assert out == b"---\ntitle: t\nvisit: 2018-01-moscow\nraw: raw/000.txt\n---\n\r\nBody line.\r\n"
