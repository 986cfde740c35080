"""Names of news outlets, so that a page header or a web address can be read as its outlet."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from urllib.parse import urlsplit

from briefing_tui.ingest.known_outlets import AGENCIES, KNOWN_OUTLETS
from briefing_tui.ingest.native_names import is_native, name_from_address

_SHORT = {"AP": "Associated Press", "AFP": "Agence France-Presse", "AA": "Anadolu Agency"}
_DOMAIN = re.compile(r"(?<![\w.@-])((?:[a-z0-9-]+\.)+[a-z]{2,})(?:/[^\s]*)?", re.IGNORECASE)
# "(Reuters) -", "(EFE).-", and TASS's "/ТАСС/." after the place and date
_DATELINE_AGENCY = re.compile(
    r"\((?P<name>[^\W\d_][\w .&/-]{0,30}?)\)\.?\s*(?:[-–—:]|$)"
    r"|(?<!\w)/(?P<slashed>[^\W\d_][\w .&-]{1,20}?)/\.?\s"
)


def agency_of_dateline(paragraph: str) -> str | None:
    """The agency a story's dateline credits: ``JERUSALEM, Sept 9 (AFP) -`` gives AFP's name."""
    head = paragraph.strip()[:120]
    for match in _DATELINE_AGENCY.finditer(head):
        name = (match.group("name") or match.group("slashed")).strip()
        for part in re.split(r"\s*/\s*", name):
            if part in _SHORT:
                return _SHORT[part]
            known = canonical_outlet(part)
            if known in AGENCIES or known != part:
                return known
    return None


def outlet_of_domain_in(text: str) -> str | None:
    """The known outlet of the first web address or bare domain (``tass.com``) in the text."""
    for match in _DOMAIN.finditer(text):
        known = outlet_of_url("http://" + match.group(1).lower())
        if known is not None:
            return known
    return None


def _pattern(name: str) -> re.Pattern[str]:
    spaced = r"[\s-]+".join(re.escape(part) for part in re.split(r"[\s-]+", name))
    return re.compile(rf"(?<![\w-]){spaced}(?![\w-])", re.IGNORECASE)


_NAMES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (canonical, _pattern(spelling))
    for canonical, aliases, _ in KNOWN_OUTLETS
    for spelling in sorted((canonical, *aliases), key=len, reverse=True)
    if len(spelling) > 3
)


def outlet_named_in(text: str) -> str | None:
    """The known outlet a header line names (``ASHARQ AL-AWSAT English`` gives Asharq Al-Awsat)."""
    for canonical, pattern in _NAMES:
        if pattern.search(text):
            return canonical
    return None


def outlet_of_url(url: str | None) -> str | None:
    """The known outlet a web address belongs to."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    for canonical, _, domains in KNOWN_OUTLETS:
        if any(host == d or host.endswith("." + d) for d in domains):
            return canonical
    return None


_KNOWN_NAMES = frozenset(
    [
        *(
            name.casefold()
            for canonical, aliases, _ in KNOWN_OUTLETS
            for name in (canonical, *aliases)
        ),
        *(short.casefold() for short in _SHORT),
    ]
)


def is_known_outlet(name: str) -> bool:
    """True for a known outlet's name or other spelling, in any case ("MTI", "Reuters")."""
    return " ".join(name.split()).casefold() in _KNOWN_NAMES


def canonical_outlet(name: str) -> str:
    """A known outlet's usual spelling, or the name as given, trimmed."""
    name = " ".join(name.split())
    known = outlet_named_in(name)
    if known is not None and _pattern(name).fullmatch(known):
        return known
    for canonical, aliases, _ in KNOWN_OUTLETS:
        if name.lower() in (canonical.lower(), *(a.lower() for a in aliases)):
            return canonical
    # a site named by its address: "Haaretz.com"
    if re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", name, re.IGNORECASE):
        by_address = outlet_of_url("http://" + name.lower())
        if by_address is not None:
            return by_address
    # a site named as its address without the ending: "Index" for index.hu, "Spiegel"
    squeezed = re.sub(r"[\s.-]+", "", name).casefold()
    if len(squeezed) >= 4:
        for canonical, _, domains in KNOWN_OUTLETS:
            if any(d.split(".")[0] == squeezed for d in domains):
                return canonical
    return name


# Second-level endings under a country's domain: "co.uk", "com.tr", "org.il".
_SECOND_LEVEL = frozenset(["co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go"])
_NOT_OUTLET = frozenset(["www", "m", "amp", "edition", "english", "en", "news", "mobile", "go"])


def _folded(text: str) -> str:
    """Letters and digits only, without accents, in lower case: 'HÜRRİYET' gives 'hurriyet'."""
    decomposed = unicodedata.normalize("NFKD", text.replace("İ", "I").casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def site_labels(domain: str) -> list[str]:
    """The parts of a site's address that can name it, registrable part last.

    ``abcnews.go.com`` gives ``abcnews``; ``www.hurriyet.com.tr`` gives ``hurriyet``.
    """
    labels = domain.lower().removeprefix("www.").split(".")
    labels = labels[:-1]  # the top-level ending
    while len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    return [label for label in labels if label not in _NOT_OUTLET] or labels[-1:]


def domains_in(lines: Iterable[str]) -> list[str]:
    """The bare domains and web addresses' hosts the lines print, in order."""
    found: list[str] = []
    for line in lines:
        for match in _DOMAIN.finditer(line):
            host = match.group(1).lower().removeprefix("www.")
            if host not in found and not re.fullmatch(r"[\d.]+", host):
                found.append(host)
    return found


_NAME_WORDS = re.compile(r"[^\W_][\w'’.!-]*")


def display_name(name: str) -> str:
    """A name the page prints in capitals ('HÜRRİYET') in ordinary capitalisation."""
    if name.isupper() and len(name) > 4:
        return " ".join(w[:1] + w[1:].replace("İ", "I").lower() for w in name.split())
    return name


def name_of_domain(domain: str, lines: Iterable[str]) -> str:
    """A site's display name: a known outlet's, else the name the page prints that spells
    the domain ('Il Foglio' for ilfoglio.it, 'Hürriyet' for hurriyet.com.tr), else one made
    from the domain itself ('Youm7' for youm7.com)."""
    known = outlet_of_url("http://" + domain)
    if known is not None:
        return known
    lines = list(lines)
    labels = site_labels(domain)
    wanted = {_folded(label) for label in labels}
    printed: list[str] = []
    for line in lines:
        words = [m.group(0).rstrip(".") for m in _NAME_WORDS.finditer(line)]
        for start in range(len(words)):
            for end in range(start + 1, min(start + 5, len(words) + 1)):
                run = " ".join(words[start:end])
                if _folded(run) in wanted and "." not in run:
                    printed.append(_with_article(words, start, end, run))
    if printed:
        plain = [run for run in printed if not run.isupper()]
        return display_name((plain or printed)[0])
    label = labels[-1]
    # a masthead in another script spells the name the address runs together: 'النهار'
    for line in lines[:3]:
        first = " ".join(line.split())
        if is_native(first) and len(first.split()) <= 4:
            spelled = name_from_address(first, label)
            if spelled is not None:
                return spelled
    return "-".join(part[:1].upper() + part[1:] for part in label.split("-"))


def _with_article(words: list[str], start: int, end: int, run: str) -> str:
    """The name with the short word that opens its line: 'Le Point' for point.fr, 'De Telegraaf'.

    A site whose address leaves out its article prints it before the name on its masthead:
    a line that is a capitalised word of one to three letters and the name.
    """
    if start == 1 and end == len(words) and 1 <= len(words[0]) <= 3 and words[0][:1].isupper():
        return f"{words[0]} {run}"
    return run


def masthead_outlet(lines: list[str]) -> str | None:
    """The outlet a page's masthead names: its first line when that is a short name.

    A known outlet's name gives that outlet ('Le Monde.fr' is Le Monde); a name that spells
    a domain the page prints gives the page's own name for it ('IL FOGLIO quotidiano' on a
    page ending 'ilfoglio.it' is Il Foglio); otherwise the masthead as it stands.
    """
    if not lines:
        return None
    first = " ".join(lines[0].split())
    if not first or len(first.split()) > 4 or re.search(r"[|>›»:]|\d{3,}", first):
        return None
    known = outlet_named_in(first)
    if known is not None or is_known_outlet(first):
        return canonical_outlet(first) if known is None else known
    masthead = _folded(first)
    for domain in domains_in(lines):
        for label in site_labels(domain):
            folded = _folded(label)
            if len(folded) >= 3 and (folded in masthead or masthead in folded):
                return name_of_domain(domain, lines)
    return None


def outlet_of_own_domain(lines: list[str]) -> str | None:
    """The outlet named by the last bare domain a page prints at its foot or head
    ('abcnews.go.com', 'youm7.com'), known or not."""
    for domain in domains_in(lines):
        if len(domain.split(".")) >= 2:
            return name_of_domain(domain, lines)
    return None
