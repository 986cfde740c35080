"""Make untrusted text safe to put on a terminal, without changing its length.

Every code point that could act on the terminal (C0 and C1 controls, DEL,
bidi overrides and isolates, line and paragraph separators, lone surrogates)
becomes one visible placeholder, and runs of combining marks are capped, so
offsets into the original text stay valid for the text shown.
"""

from __future__ import annotations

import re

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
MAX_COMBINING = 4
_REPLACEMENT = "\ufffd"
_BIDI_PLACEHOLDER = "\u2426"
_SEPARATORS = "\u2028\u2029"

_UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI_CONTROLS}{_SEPARATORS}\ud800-\udfff]")

# Combining marks that floods ("Zalgo" text) are made of: the general, Cyrillic,
# Hebrew, Arabic and Thai marks, the extended and supplementary blocks, marks for
# symbols, half marks and variation selectors.  A short class keeps this fast.
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8"
    "\u06ea-\u06ed\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u1ab0-\u1aff\u1dc0-\u1dff"
    "\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f\U000e0100-\U000e01ef"
)
_COMBINING_RUN = re.compile(f"[{_MARKS}]{{{MAX_COMBINING + 1},}}")


def _placeholder(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    if char in BIDI_CONTROLS:
        return _BIDI_PLACEHOLDER
    if char in _SEPARATORS:
        return "\u2424"
    return _REPLACEMENT


def _cap_combining(match: re.Match[str]) -> str:
    run = match.group()
    return run[:MAX_COMBINING] + "\u25cc" * (len(run) - MAX_COMBINING)


def visible(text: str, keep_newlines: bool = True, keep_tabs: bool = True) -> str:
    """Replace terminal-active code points with visible placeholders of the same length."""
    if _UNSAFE.search(text) is not None:
        text = _UNSAFE.sub(_placeholder, text)
    if not keep_newlines and "\n" in text:
        text = text.replace("\n", "\u2424")
    if not keep_tabs and "\t" in text:
        text = text.replace("\t", " ")
    if _COMBINING_RUN.search(text) is not None:
        text = _COMBINING_RUN.sub(_cap_combining, text)
    return text


def one_line(text: str) -> str:
    """Text for a single-line field (title, outlet, tag): safe, with whitespace folded."""
    return " ".join(visible(text, keep_newlines=False, keep_tabs=False).split())
