"""A small corpus to plant hostile files in, and a way to run the installed command."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml

from briefing_tui.notes.model import make_target, new_id, now

REPO = Path(__file__).resolve().parents[2]
BRIEFING = Path(sys.executable).with_name("briefing")

VISITS = [
    {
        "id": "2016-06-moscow",
        "date": "2016-06-06",
        "end_date": "2016-06-07",
        "place": "Moscow",
        "title": "Twenty-five years of restored relations",
        "participants": ["Benjamin Netanyahu", "Vladimir Putin"],
    }
]

BODY = (
    "Israeli Prime Minister Benjamin Netanyahu met Vladimir Putin in Moscow.\n\n"
    "They discussed coordination over Syria. The talks lasted three hours."
)


def front_matter(**fields: object) -> str:
    """Front matter text for an article, with sound defaults for what is not given."""
    data: dict[str, object] = {
        "title": "A sound article",
        "source": "Outlet",
        "published": "2016-06-06",
        "visit": "2016-06-moscow",
    }
    data.update(fields)
    return "---\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True) + "---\n"


def write_article(corpus: Path, article_id: str, text: str | bytes) -> Path:
    """Put one article file in the corpus, as text or exact bytes."""
    path = corpus / "articles" / f"{article_id}.txt"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_bytes(text.encode("utf-8"))
    return path


def make_small_corpus(tmp_path: Path) -> Path:
    """A corpus of one visit and one sound article, with an empty annotations folder beside it."""
    root = tmp_path / "corpus"
    (root / "articles").mkdir(parents=True)
    (root / "visits.yaml").write_text(yaml.safe_dump(VISITS, sort_keys=False), encoding="utf-8")
    (root / "entities.yaml").write_text(
        "- name: Benjamin Netanyahu\n  type: PERSON\n  aliases: [Netanyahu]\n"
        "- name: Vladimir Putin\n  type: PERSON\n  aliases: [Putin]\n"
        "- name: Moscow\n  type: PLACE\n",
        encoding="utf-8",
    )
    write_article(root, "sound", front_matter() + BODY + "\n")
    (tmp_path / "annotations").mkdir()
    return root


def run_briefing(
    *args: str, cwd: Path, timeout: float = 60, stdin: str | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run the installed ``briefing`` command with its output captured as bytes."""
    env = dict(os.environ)
    env.pop("BRIEFING_CORPUS", None)
    env.pop("BRIEFING_ANNOTATIONS", None)
    env["COLUMNS"] = "100"
    return subprocess.run(
        [str(BRIEFING), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        timeout=timeout,
        input=stdin.encode() if stdin is not None else None,
        check=False,
    )


def make_hostile_corpus(tmp_path: Path) -> tuple[Path, Path]:
    """A corpus and notes where every field a person can write holds terminal attacks."""
    from adversarial.hostile_inputs import ALL_INJECTIONS, INJECTIONS
    from briefing_tui.notes import NoteStore, make_target

    root = tmp_path / "hostile-corpus"
    (root / "articles").mkdir(parents=True)
    visits = [
        {
            "id": "2016-06-moscow",
            "date": "2016-06-06",
            "place": "Moscow " + INJECTIONS["osc-title"] + INJECTIONS["bidi-override"],
            "title": "Visit " + INJECTIONS["osc52-clipboard"] + INJECTIONS["rich-markup"],
            "participants": ["Benjamin Netanyahu", "Putin " + INJECTIONS["csi-colour"]],
            "summary": ALL_INJECTIONS,
        }
    ]
    (root / "visits.yaml").write_text(
        yaml.safe_dump(visits, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    entities = [
        {
            "name": "Vladimir Putin " + INJECTIONS["osc-title"],
            "type": "PERSON",
            "aliases": ["Putin"],
        },
        {
            "name": "Benjamin Netanyahu " + INJECTIONS["osc8-link"] + INJECTIONS["rich-markup"],
            "type": "PERSON",
            "aliases": ["Netanyahu"],
        },
        {"name": "Moscow" + INJECTIONS["c1-csi"], "type": "PLACE"},
        {"name": "REDMARK", "type": "ORG"},
    ]
    (root / "entities.yaml").write_text(
        yaml.safe_dump(entities, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    paragraphs = [
        f"Netanyahu met Putin in Moscow ({name}): {text} and the talks went on."
        for name, text in INJECTIONS.items()
    ]
    write_article(
        root,
        "hostile",
        front_matter(
            title="Title "
            + INJECTIONS["osc-title"]
            + INJECTIONS["rich-markup"]
            + INJECTIONS["c1-osc"],
            source="Outlet " + INJECTIONS["osc8-link"] + INJECTIONS["csi-cursor"],
            author="Author " + INJECTIONS["osc52-clipboard"] + INJECTIONS["nul"],
            caption="Caption " + INJECTIONS["dcs"] + INJECTIONS["bidi-override"],
            url="https://evil.example/" + INJECTIONS["osc-title-st"],
        )
        + "\n\n".join(paragraphs)
        + "\n",
    )
    write_article(
        root,
        "unassigned",
        front_matter(title="Loose " + INJECTIONS["osc52-clipboard"], visit=None)
        + "Putin "
        + INJECTIONS["csi-colour"]
        + "\n",
    )
    notes_root = tmp_path / "hostile-annotations"
    store = NoteStore(notes_root)
    body_text = "\n\n".join(paragraphs)
    quote = "Netanyahu met Putin"
    starts = [m.start() for m in re.finditer(quote, body_text)]
    for index, (name, text) in enumerate(INJECTIONS.items()):
        start = starts[index]
        target = make_target(body_text, start, start + len(quote))
        note = store.new_note(f"note {index} {name}: {text}", tags=[name, text[:40]], target=target)
        store.add("article", "hostile", note)
    whole = store.new_note(ALL_INJECTIONS, tags=[INJECTIONS["c1-csi"]])
    store.add("visit", "2016-06-moscow", whole)
    return root, notes_root


def file_with_two_bad_notes(
    annotations: Path, body: str, article: str = "sound"
) -> tuple[Path, list[str]]:
    """A notes file of two good notes around two bad ones (at lines 22 and 23)."""
    good = [new_id(), new_id()]
    start = body.index("Putin")
    target = make_target(body, start, start + len("Putin"))
    stamp = now()
    text = textwrap.dedent(
        f"""\
        article: {article}
        notes:
        - id: {good[0]}
          created: '{stamp}'
          modified: '{stamp}'
          author: analyst
          tags: []
          body: The first good note.
          target:
            quote: {target.quote}
            prefix: {json.dumps(target.prefix)}
            suffix: {json.dumps(target.suffix)}
            start: {target.start}
            end: {target.end}
        - id: {new_id()}
          created: '{stamp}'
          modified: '{stamp}'
          author: analyst
          tags: []
          body: A note whose quote is empty.
          target:
            quote: ''
        - id: not-a-uuid
          created: '{stamp}'
          modified: '{stamp}'
          author: analyst
          tags: []
          body: A note whose id is not an id.
        - id: {good[1]}
          created: '{stamp}'
          modified: '{stamp}'
          author: analyst
          tags: []
          body: The second good note.
        """
    )
    path = annotations / f"{article}.yaml"
    path.write_text(text, encoding="utf-8")
    return path, good
