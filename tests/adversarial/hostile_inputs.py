"""Catalogues of hostile inputs, shared by the adversarial tests and ``benchmarks/adversarial.py``.

Every entry is data: a name, the text or bytes to plant, and what a sound
Briefing must do with it.  Nothing here imports the application.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Injected sequences carry markers, so that the bytes a program writes can be
# searched for the payload itself, whatever legitimate escapes surround it.
OSC52 = "\x1b]52;c;SU5KRUNURUQ=\x07"  # clipboard write of "INJECTED"
OSC8 = "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\"
TITLE = "\x1b]0;PWNED-TITLE\x07"
TITLE_ST = "\x1b]2;PWNED-TITLE2\x1b\\"
CSI_COLOUR = "\x1b[31;1mREDMARK\x1b[0m"
CSI_MOVE = "\x1b[2J\x1b[HCLEARED\x1b[10;10H"
C1_CSI = "\x9b31mC1MARK"
C1_OSC = "\x9d0;C1TITLE\x9c"
DCS = "\x1bP+q544e\x1b\\"
BELL = "ring\x07ring"
NUL = "nul\x00byte"
BIDI = "abc\u202edcba\u202c"
ZERO_WIDTH = "zero\u200bwidth\u200c\u200d\u2060\ufeff"
COMBINING = "Z" + "\u0336\u0301\u0489" * 400
EMOJI_CJK = "👩‍👩‍👧‍👦 🇮🇱🇷🇺 中文全角テキスト한국어 ｗｉｄｅ"
MARKUP = "[bold red]markup[/] [link=https://evil.example]link[/link] [/] [ unbalanced ["
RICH_EMOJI = ":warning: :skull:"
PASTE_ESCAPE = "\x1b[201~echo PASTEJACKED;"
C0_ALL = "".join(chr(c) for c in range(0x20) if chr(c) not in "\n\t") + "\x7f"

INJECTIONS: dict[str, str] = {
    "osc52-clipboard": OSC52,
    "osc8-link": OSC8,
    "osc-title": TITLE,
    "osc-title-st": TITLE_ST,
    "csi-colour": CSI_COLOUR,
    "csi-cursor": CSI_MOVE,
    "c1-csi": C1_CSI,
    "c1-osc": C1_OSC,
    "dcs": DCS,
    "bell": BELL,
    "nul": NUL,
    "bidi-override": BIDI,
    "zero-width": ZERO_WIDTH,
    "combining-flood": COMBINING,
    "emoji-cjk": EMOJI_CJK,
    "rich-markup": MARKUP,
    "rich-emoji-codes": RICH_EMOJI,
    "c0-controls": C0_ALL,
    "bracketed-paste-escape": PASTE_ESCAPE,
}

# What must never appear in the bytes written to a terminal.
FORBIDDEN_BYTES: dict[str, bytes] = {
    "osc52 payload": b"\x1b]52;c;SU5KRUNURUQ",
    "osc8 payload": b"\x1b]8;;https://evil.example",
    "title payload": b"\x1b]0;PWNED",
    "title payload (ST)": b"\x1b]2;PWNED",
    "csi colour payload": b"\x1b[31;1mREDMARK",
    "csi clear payload": b"\x1b[2J\x1b[HCLEARED",
    "c1 csi": "\x9b".encode(),
    "c1 osc": "\x9d".encode(),
    "c1 st": "\x9c".encode(),
    "dcs payload": b"\x1bP+q544e",
    "raw bell inside text": b"ring\x07ring",
    "nul": b"\x00",
    "bidi override": "\u202e".encode(),
    "bracketed paste end": b"\x1b[201~",
}

ALL_INJECTIONS = " ".join(INJECTIONS.values())


def forbidden_in(output: bytes) -> list[str]:
    """The names of injected payloads found in ``output``."""
    return [name for name, needle in FORBIDDEN_BYTES.items() if needle in output]


_SGR = re.compile(rb"\x1b\[[0-9;:]*m")


def stray_controls(output: bytes, allow_sgr: bool = True) -> list[bytes]:
    """Control bytes in plain command output other than newline, tab and SGR styling."""
    text = _SGR.sub(b"", output) if allow_sgr else output
    found = re.findall(rb"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]", text)
    decoded = text.decode("utf-8", "replace")
    found += [ch.encode() for ch in decoded if 0x80 <= ord(ch) <= 0x9F]
    bidi = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    found += [ch.encode() for ch in decoded if ch in bidi]
    return found


@dataclass(frozen=True)
class YamlCase:
    """A hostile YAML text, and a word the problem message must contain."""

    name: str
    text: bytes
    expect: str


def _bomb(levels: int, width: int) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        refs = ", ".join([f"*a{i - 1}"] * width)
        lines.append(f"a{i}: &a{i} [{refs}]")
    return "\n".join(lines) + "\n"


def _merge_bomb(levels: int, width: int) -> str:
    node = "&m0 {x: 1}"
    for i in range(1, levels + 1):
        refs = ", ".join([f"*m{i - 1}"] * (width - 1))
        node = f"&m{i} {{<<: [{node}, {refs}]}}"
    return "top: " + node + "\n"


YAML_DOCUMENTS: list[YamlCase] = [
    YamlCase("python-apply-tag", b"a: !!python/object/apply:os.system ['touch PWNED']\n", "tag"),
    YamlCase("python-name-tag", b"a: !!python/name:os.system\n", "tag"),
    YamlCase("python-object-new", b"a: !!python/object/new:subprocess.Popen [[id]]\n", "tag"),
    YamlCase("custom-tag", b"a: !secret x\n", "tag"),
    YamlCase("billion-laughs", _bomb(9, 10).encode(), "alias"),
    YamlCase("merge-key-bomb", _merge_bomb(8, 10).encode(), "merge"),
    YamlCase("self-alias", b"a: &x [*x]\n", "alias"),
    YamlCase("deep-flow", b"a: " + b"[" * 5000 + b"]" * 5000 + b"\n", "deeper"),
    YamlCase("deep-block-dashes", b"- " * 60000 + b"x\n", "deeper"),
    YamlCase("deep-block-keys", b"? " * 60000 + b"x\n", "deeper"),
    YamlCase(
        "deep-indent",
        "".join(" " * i + f"k{i}:\n" for i in range(200)).encode() + b" " * 200 + b"x\n",
        "deeper",
    ),
    YamlCase("duplicate-keys", b"a: 1\nb: 2\na: 3\n", "duplicate"),
    YamlCase("not-utf8", b"a: caf\xe9\n", "UTF-8"),
    YamlCase("utf16", "a: b\n".encode("utf-16"), "UTF-8"),
    YamlCase("control-chars", b"a: \x1b[31m\n", "control"),
    YamlCase("tab-indent", b"a:\n\t- b\n", "invalid YAML"),
    YamlCase("unclosed-quote", b'a: "open\n', "invalid YAML"),
    YamlCase("unhashable-key", b"? [a, b]\n: c\n", "key"),
    YamlCase("huge-int", b"a: " + b"9" * 6000 + b"\n", "digits"),
    YamlCase("lone-surrogate-escape", b'a: "\\ud800"\n', "invalid"),
]


def hostile_values() -> dict[str, object]:
    """Values of the wrong type for any field: lists, maps, dates, bools, binary, huge text."""
    return {
        "list": ["a", "b"],
        "mapping": {"a": 1},
        "nested": [[["x"]]],
        "bool": True,
        "date": "2016-06-06",
        "int": 12,
        "float": 1.5e300,
        "null": None,
        "empty": "",
        "huge": "x" * 200_000,
        "path": "../../etc/passwd",
        "absolute": "/etc/passwd",
        "injection": ALL_INJECTIONS,
    }
