"""Feed every hostile YAML document to Briefing in a child process and report what happened.

Run as a script (``python yaml_probe.py``) it prints one JSON object per case and
mode.  A child process is used because the worst of these inputs once crashed
the interpreter outright; a crash then fails one test instead of the whole run.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from adversarial.hostile_inputs import YAML_DOCUMENTS

MEMORY_LIMIT = 2 * 2**30


def _rss_mb() -> float:
    """This process's own peak memory (``ru_maxrss`` would include the parent's at spawn)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def probe_loads(data: bytes) -> dict[str, Any]:
    """Decode and parse one document the way every Briefing reader does."""
    from briefing_tui import safeyaml

    try:
        safeyaml.loads(safeyaml.decode_utf8(data))
    except safeyaml.YamlProblem as exc:
        return {"outcome": "problem", "line": exc.line, "message": exc.message}
    except Exception as exc:  # the point of the probe: anything else is a finding
        return {"outcome": "exception", "message": f"{type(exc).__name__}: {exc}"[:300]}
    return {"outcome": "loaded"}


def probe_visits(data: bytes, folder: Path) -> dict[str, Any]:
    """Plant the document as ``visits.yaml`` and load the corpus."""
    from briefing_tui.corpus import load_corpus

    root = folder / "visits-case"
    (root / "articles").mkdir(parents=True, exist_ok=True)
    (root / "visits.yaml").write_bytes(data)
    try:
        corpus = load_corpus(root)
    except Exception as exc:
        return {"outcome": "exception", "message": f"{type(exc).__name__}: {exc}"[:300]}
    found = [p for p in corpus.problems if p.path.name == "visits.yaml"]
    if not found:
        return {"outcome": "loaded"}
    return {"outcome": "problem", "line": found[0].line, "message": str(found[0])}


def probe_front_matter(data: bytes, folder: Path) -> dict[str, Any]:
    """Plant the document as an article's front matter and load the corpus."""
    from briefing_tui.corpus import load_corpus

    root = folder / "article-case"
    (root / "articles").mkdir(parents=True, exist_ok=True)
    (root / "visits.yaml").write_text("[]\n", encoding="utf-8")
    (root / "articles" / "case.txt").write_bytes(b"---\ntitle: T\n" + data + b"---\nBody.\n")
    try:
        corpus = load_corpus(root)
    except Exception as exc:
        return {"outcome": "exception", "message": f"{type(exc).__name__}: {exc}"[:300]}
    found = [p for p in corpus.problems if p.path.name == "case.txt" and p.severity == "error"]
    if not found:
        return {"outcome": "loaded"}
    return {"outcome": "problem", "line": found[0].line, "message": str(found[0])}


def main() -> int:
    """Run every case in every mode, one flushed JSON line each, so a crash names its case."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for case in YAML_DOCUMENTS:
            for mode in ("loads", "visits", "front-matter"):
                started = {"case": case.name, "mode": mode, "outcome": "started"}
                print(json.dumps(started), flush=True)
                if mode == "loads":
                    result = probe_loads(case.text)
                elif mode == "visits":
                    result = probe_visits(case.text, folder)
                else:
                    result = probe_front_matter(case.text, folder)
                result.update(case=case.name, mode=mode, rss_mb=round(_rss_mb(), 1))
                print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
