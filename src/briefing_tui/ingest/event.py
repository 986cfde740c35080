"""The meeting an article reports: when and where it happened, read from the text itself.

A news story says when its event happens in words relative to its own date
("flew to Moscow on Monday", "will meet Putin on January 29 in Moscow",
"tomorrow"), so a date is only taken from a sentence that reports a meeting,
a visit or a trip, and a weekday is resolved against the publication date:
forward when the sentence looks ahead ("will", "is due to"), back otherwise.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing_tui.ingest.dates import find_dates, find_day_and_month
from briefing_tui.ingest.places import PLACE_FORMS, canonical_place, is_country

__all__ = ["PLACE_FORMS", "Event", "canonical_place", "find_event", "headline_place", "is_country"]

_CUE = re.compile(
    r"(?<![^\W\d_])(?:"
    # English
    r"meet|met\b|meeting|talks|summit|visit|arriv|flew|flown|fly|flies|flying|travel|trip|landed"
    r"|hosted|host|received|welcomed|parade|sat down|held|told|agreed|discussed|spoke|signed"
    r"|shook hands|attended|laid a wreath|heads to|headed to|head to|went to|stopped in|stop in"
    r"|stopped off|agreed|acord|concord|landet|gelandet|atterr|aterriz"
    # agreed, in the languages that have no word above for it ("sont convenus", "s'accordent",
    # "hanno convenuto", "uzgodnili", "megállapodtak", "договорились", "anlaştı", "dohodli")
    r"|convenu|convenut|convinier|s'accord|uzgodni|megállapod|договорил|домовил|anlaşt|dohodl"
    r"|overeengekomen|συμφών|اتفق|توافق|הסכימו"
    # German, French, Italian, Spanish
    r"|trifft|traf|treffen|getroffen|besuch|reist|gereist|reiste|eingetroffen|angekommen|empf[aä]ng"
    r"|gespräch|zusammengekommen|kommt|rencontr|visite|entretien|s'entret|rendu|se rend|arrivé"
    r"|reçu|accueilli|atterri"
    r"|incontr|visita|colloqui|vertice|volato|arrivat|ricevut|recat|recherà"
    r"|reuni|se reún|viaj|lleg|recib|entrevist"
    # a stopover on the way: "una escala relámpago en Moscú", "a stopover in Moscow"
    r"|stopover|zwischenstopp|escale|escala|scalo"
    # Polish, Hungarian
    r"|spotka|spotkanie|wizyt|rozmow|rozmawia|przylecia|poleci|przyby|udał się|gości"
    r"|találkoz|látogat|tárgyal|megbeszél|érkez|utaz|fogad"
    # Russian, Arabic
    r"|встреч|встрет|визит|переговор|прибыл|посет|прилет|прилёт|принял|отправ|провел|провёл"
    # Turkish
    r"|görüş|ziyaret|bir araya|gitti|ağırladı"
    r"|يلتقي|التقى|لقاء|زيارة|محادثات|مباحثات|يزور|زار|وصل|اجتماع|اجتمع|استقبل|توجه|قمة"
    # Portuguese, Dutch, Ukrainian, Greek, Czech, Persian, Hebrew
    r"|encontr|cheg|receb|conversa|ontmo|bezoek|gesprek|overleg|ontving|reisde|vloog|aangekomen"
    r"|зустр|візит|переговор|прибув|відвіда|прилеті|συνάντ|συναντ|συνομιλ|επίσκεψ|μετέβη|έφτασε"
    r"|setk|návštěv|jednal|jednání|rozhovor|přiletěl|přijel|navštív|přijal"
    r"|دیدار|ملاقات|سفر|گفتگو|مذاکره|נפגש|פגישה|ביקור|ביקר|נחת|שיחה|שיחות"
    r")",
    re.IGNORECASE,
)
_AHEAD = re.compile(
    r"(?<![^\W\d_])(?:will|shall|is to|are to|is due|are due|due to|scheduled|expected"
    r"|plans?(?![^\W\d_])|planned|set to|next|upcoming|is going to"
    r"|wird|werden|soll|sollen|kommenden|nächsten"
    r"|doit|devrait|prochain|dovrebbe|prossim|previsto|ma się|ma spotkać|będzie|planowan"
    r"|fog|várhatóan|jövő|будет|намерен|планирует|предстоящ|سيلتقي|سيزور|المقبل|المرتقب"
    r"|deverá|próxim|volgende|komende|планує|наступн|επόμεν|příští|آینده|צפוי"
    r"|(?:vai|irá|zal|zullen|буде|θα|bude|setká|navštíví|خواهد|ייפגש|יטוס|הבא)(?![^\W\d_])"
    # a meeting set for a day ("marcado para terça-feira", "gepland op dinsdag")
    r"|(?:marcad|agendad|programad)[oa]s?\s+para|gepland|geplant|angesetzt"
    # German and Dutch tell a trip to come in the present tense ("reist woensdag naar
    # Moskou", "fliegt am Mittwoch nach Moskau"); a past trip is "reiste", "flog" (not
    # "besucht" or "ontmoet", which are also what "hat besucht", "heeft ontmoet" end on)
    r"|(?:reist|fliegt|trifft|vliegt|bezoekt)(?![^\W\d_]))"
    # a verb of meeting or travel in the future tense ("rencontrera", "incontrerà",
    # "se reunirá", "встретится", "spotka się")
    r"|(?:rencontre|rend|recev|visite|entretiend|arrive|incontre|reche|riceve|visite|arrive"
    r"|reuni|viaja|vola|vole|visita|recibi|llega|entrevista|encontra|chega|recebe|fa|ha)r(?:a|à|á|ont"
    r"|anno|án"
    r"|ão)(?![^\W\d_])"
    r"|(?:sera|sarà|será"
    r"|встретится|встретятся|проведёт|проведет|посетит|прилетит|прибудет|отправится"
    r"|spotka\s+się|poleci|uda\s+się|odwiedzi|przyleci"
    # Turkish: "görüşecek", "bir araya gelecek", "ziyaret edecek"
    r"|görüşecek(?:ler)?|gelecek|edecek|gidecek|ağırlayacak)(?![^\W\d_])"
    # a headline's future: a subject of a few words and "to meet" ("Netanyahu to meet Putin")
    r"|^\W*[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,3}\s+to\s+(?:meet|visit|fly|travel|hold|host)\b",
    re.IGNORECASE,
)
# A verb in the future tense after the weekday, as Russian and Turkish put it ("в
# понедельник встретится", "pazartesi günü … görüşecek").
_AHEAD_VERB = re.compile(
    r"(?<![^\W\d_])(?:встретится|встретятся|проведёт|проведет|посетит|прилетит|прибудет"
    r"|отправится|görüşecek(?:ler)?|gelecek|edecek|gidecek|ağırlayacak"
    r"|зустрінеться|зустрінуться|відвідає|прилетить|прибуде|setká|navštíví|přiletí|přijede"
    r"|ייפגש|יטוס|خواهد)(?![^\W\d_])",
    re.IGNORECASE,
)
_WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("monday", "montag", "lundi", "lunedì", "lunedi", "lunes", "poniedziałek", "hétfő", "hétfőn",
     "понедельник", "الاثنين", "الإثنين", "pazartesi"),
    ("tuesday", "dienstag", "mardi", "martedì", "martedi", "martes", "wtorek", "kedd", "kedden",
     "вторник", "الثلاثاء", "salı"),
    ("wednesday", "mittwoch", "mercredi", "mercoledì", "mercoledi", "miércoles", "miercoles",
     "środa", "środę", "szerda", "szerdán", "среда", "среду", "الأربعاء", "الاربعاء",
     "çarşamba"),
    ("thursday", "donnerstag", "jeudi", "giovedì", "giovedi", "jueves", "czwartek", "csütörtök",
     "csütörtökön", "четверг", "الخميس", "perşembe"),
    ("friday", "freitag", "vendredi", "venerdì", "venerdi", "viernes", "piątek", "péntek",
     "pénteken", "пятница", "пятницу", "الجمعة", "cuma"),
    ("saturday", "samstag", "samedi", "sabato", "sábado", "sabado", "sobota", "sobotę", "szombat",
     "szombaton", "суббота", "субботу", "السبت", "cumartesi"),
    ("sunday", "sonntag", "dimanche", "domenica", "domingo", "niedziela", "niedzielę",
     "vasárnap", "воскресенье", "الأحد", "الاحد", "pazar"),
)  # fmt: skip
# Portuguese, Dutch, Ukrainian, Greek, Czech, Persian and Hebrew days.  Where a day's name
# is also a number ("segunda", Greek "τρίτη", Hebrew "שני"), only the form that cannot be
# one is listed: "segunda-feira", "την Τρίτη", "יום שני".
_MORE_WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("segunda-feira", "maandag", "понеділок", "понеділка", "τη δευτέρα", "την δευτέρα",
     "pondělí", "دوشنبه", "יום שני", "ביום שני"),
    ("terça-feira", "dinsdag", "вівторок", "вівторка", "την τρίτη", "τη τρίτη", "úterý",
     "سه‌شنبه", "سه شنبه", "יום שלישי", "ביום שלישי"),
    ("quarta-feira", "woensdag", "середу", "середи", "την τετάρτη", "τη τετάρτη", "středa",
     "středu", "چهارشنبه", "יום רביעי", "ביום רביעי"),
    ("quinta-feira", "donderdag", "четвер", "четверга", "την πέμπτη", "τη πέμπτη", "čtvrtek",
     "پنجشنبه", "پنج‌شنبه", "יום חמישי", "ביום חמישי"),
    ("sexta-feira", "vrijdag", "п'ятницю", "п'ятниці", "την παρασκευή", "τη παρασκευή", "pátek",
     "جمعه", "יום שישי", "ביום שישי"),
    ("zaterdag", "суботу", "суботи", "το σάββατο", "sobotu", "شنبه", "בשבת"),
    ("zondag", "неділю", "неділі", "την κυριακή", "τη κυριακή", "neděli", "neděle",
     "یکشنبه", "یک‌شنبه", "יום ראשון", "ביום ראשון"),
)  # fmt: skip
_ALL_WEEKDAYS = tuple(a + b for a, b in zip(_WEEKDAYS, _MORE_WEEKDAYS, strict=True))
_WEEKDAY = re.compile(
    r"(?<![^\W\d_])("
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted((w for ws in _ALL_WEEKDAYS for w in ws), key=len, reverse=True)
    )
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)
_WEEKDAY_NUMBER = {w.casefold(): n for n, ws in enumerate(_ALL_WEEKDAYS) for w in ws}
_RELATIVE = (
    (re.compile(r"(?<![^\W\d_])(?:today|heute|aujourd'hui|oggi|hoy|dziś|dzisiaj|сегодня|bugün|اليوم"
                r"|hoje|vandaag|сьогодні|σήμερα|dnes|امروز|היום)"
                r"(?![^\W\d_])", re.IGNORECASE), 0),
    (re.compile(r"(?<![^\W\d_])(?:yesterday|gestern|ieri|ayer|wczoraj|tegnap|вчера|dün|أمس"
                r"|ontem|gisteren|вчора|учора|χθες|χτες|včera|دیروز|אתמול"
                # French "hier" only after a verb: German "hier" means "here"
                r"|(?:a|ont|est|sont)\s+(?:[^\W\d_]+\s+){1,3}hier)"
                r"(?![^\W\d_])", re.IGNORECASE), -1),
    (re.compile(r"(?<![^\W\d_])(?:tomorrow|demain|domani|mañana|jutro|holnap|завтра|yarın"
                r"|غدا|amanhã|αύριο|zítra|فردا|מחר)(?![^\W\d_])", re.IGNORECASE), 1),
)  # fmt: skip
# A date after these words is not the day of the meeting: a deadline or a reference point
# ("until Friday", "five days before the April 9 election"), or the day something was said
# about it ("an official said on Wednesday", "his office announced Monday").
_NOT_THE_DAY = re.compile(
    r"(?:(?:\bby|\buntil|\btill|\bsince|\bbefore|\bafter|\bahead of|\bbis|\bseit|\bvor|\bnach"
    r"|\bjusqu'à|\bdepuis|\bavant|\baprès|\bentro|\bfino a|\bprima|\bdopo|\bantes|\bdespués"
    r"|\bdo|\bod|\bprzed|\bpo|\bдо|\bс|\bпосле|\bперед|قبل|بعد"
    r"|\baté|\btot|\bvoor|\bπριν|\bμέχρι|\bpřed|\bעד|\bלפני)\s+(?:the\s+|dem\s+|der\s+|le\s+"
    r"|la\s+|il\s+|del\s+|a\s+|o\s+)?"
    r"|\b(?:said|says|announced|confirmed|reported|stated|added|disclosed|revealed|told\s+\w+"
    r"|sagte|erklärte|teilte\s+\w+\s+mit|a\s+déclaré|a\s+annoncé|ha\s+detto|ha\s+annunciato"
    r"|poinformował|powiedział|közölte|mondta|заявил|сообщил|сказал|أعلن|قال"
    r"|disse|afirmou|anunciou|informou|zei|verklaarde|meldde|заявив|повідомив|сказав|δήλωσε"
    r"|ανακοίνωσε|řekl|oznámil|uvedl|گفت|אמר|הודיע|açıkladı|dedi|bildirdi)\s+(?:on\s+|am\s+"
    r"|le\s+|в\s+|во\s+|na\s+|no\s+|op\s+|у\s+|ve\s+|v\s+|روز\s+)?)$",
    re.IGNORECASE,
)
# An election's day is not the meeting's, whether the words come before the date ("las
# elecciones legislativas del 9 de abril", "Wahl am 9. April") or after it ("the April 9 vote").
_ELECTION = (
    r"(?:elections?|vote|ballot|polls?|wahl(?:en)?|élections?|scrutin|elezioni|voto"
    r"|elecciones|comicios|wybor\w*|głosowani\w*|választás\w*|выбор(?:ы|ах|ов|ами)"
    r"|голосовани\w*|انتخابات|الانتخابات)"
)
_ELECTION_BEFORE = re.compile(
    rf"(?<![^\W\d_]){_ELECTION}(?:\s+[^\W\d_]+)?\s+(?:of|on|am|vom|du|des|del|de|dell'|"
    r"dello|della|z|w|на|в|في)?\s*$",
    re.IGNORECASE,
)
_ELECTION_AFTER = re.compile(
    r"^(?:-i|-ei|-jei|-es)?[\s-]*(?:(?:general|legislative|parliamentary|presidential|snap"
    rf"|early|national|Knesset)\s+)?{_ELECTION}(?![^\W\d_])",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
_LEAD_SENTENCES = 14


@dataclass(frozen=True)
class Event:
    """The meeting a story reports: its date (maybe unknown), its place, and the evidence."""

    date: dt.date | None
    place: str | None
    evidence: str
    how: str

    def explain(self) -> str:
        """One phrase for messages: what was found and from which words."""
        words = " ".join(self.evidence.split())
        if len(words) > 90:
            words = words[:87] + "…"
        when = f"on {self.date}" if self.date else "on a date it does not give"
        where = f" in {self.place}" if self.place else ""
        return f"a meeting {when}{where} ({self.how}: “{words}”)"


def find_event(
    title: str,
    body: str,
    published: dt.date | None,
    places: Sequence[str],
    people: Sequence[str] = (),
    dateline: str | None = None,
) -> Event | None:
    """The first meeting the title or the lead reports, with its date resolved if it can be.

    ``dateline`` is the place of the story's dateline (``SOCHI, Russia —``): the
    place of the meeting its first sentence reports.
    """
    sentences = [title, *(m.group(0) for m in _SENTENCE.finditer(body))][: _LEAD_SENTENCES + 1]
    undated: Event | None = None
    headline_city = headline_place(title, places)
    for index, sentence in enumerate(sentences):
        opens_with_dateline = index == 1 and dateline is not None
        if not sentence.strip() or (_CUE.search(sentence) is None and not opens_with_dateline):
            continue
        ranked = _ranked_place(sentence, places)
        if (
            dateline
            and index == 1
            and (ranked is None or ranked[0] > 0 or _names_place(sentence, dateline))
        ):
            place: str | None = canonical_place(dateline)
        else:
            place = ranked[1] if ranked is not None else None
        named = place is not None or any(_names(sentence, p) for p in people)
        if not named:
            continue
        if index > 0 and place is not None and _elsewhere(place, headline_city):
            continue  # "Israel verlangt in Moskau …": a meeting in Helsinki is another one
        if place is not None and is_country(place):
            # "agreed on a mechanism over Syria": the subject; the lead says where they went
            place = _city_travelled_to(sentences, places) or place
        found = _date_in(sentence, published)
        if found is not None:
            date, how = found
            return Event(date, place or _first_place(sentences, places), sentence.strip(), how)
        if undated is None:
            undated = Event(None, place, sentence.strip(), "no date in the sentence")
    return undated


def headline_place(title: str, places: Sequence[str]) -> str | None:
    """The city a headline sends its people to or meets them in ("Israel verlangt in Moskau")."""
    found = _ranked_place(title, places) if title else None
    if found is None or found[0] > 1 or is_country(found[1]):
        return None
    return found[1]


def _elsewhere(place: str, headline_city: str | None) -> bool:
    """True for a city other than the one the headline sends its people to or meets them in."""
    if headline_city is None or is_country(headline_city) or is_country(place):
        return False
    return canonical_place(place) != canonical_place(headline_city)


def _names_place(text: str, place: str) -> bool:
    """True when the text names the place in any form ("SOCHI" and "resort of Sochi")."""
    city = canonical_place(place.title())
    forms = {place, place.title(), city, *PLACE_FORMS.get(city, ())}
    return any(re.search(rf"(?<![\w-]){re.escape(f)}(?![^\W\d_])", text) for f in forms if f)


def _names(text: str, name: str) -> bool:
    forms = {name, name.split()[-1]} if name.split() else {name}
    return any(re.search(rf"(?<![\w-]){re.escape(f)}", text) for f in forms if len(f) >= 4)


_TOWARD = re.compile(
    r"(?:\bin|\bto|\bat|\bnach|\bin der|\bim|\bzum|\bà|\bau|\ba|\bal|\balla|\ben|\bnel|\bnella"
    r"|\bw|\bwe"
    r"|\bdo|\bв|\bво|في|إلى|ب)"
    r"(?:\s+the|\s+den|\s+dem|\s+la|\s+le|\s+il)?\s*$",
    re.IGNORECASE,
)


def _place_in(sentence: str, places: Sequence[str]) -> str | None:
    """The place the sentence sends its people to or meets them in, else the first named."""
    found = _ranked_place(sentence, places)
    return found[1] if found is not None else None


def _ranked_place(sentence: str, places: Sequence[str]) -> tuple[int, str] | None:
    """The place and its rank: where the sentence sends its people or meets them.

    A place just after a word of meeting or travel ("flew to Moscow", "talks in
    Sochi") is the destination (rank 0), then one after "in" or "to" anywhere (1); one
    named without them ("on Iran") is more likely the subject.
    """
    cues = [m.end() for m in _CUE.finditer(sentence)]
    best: tuple[int, int, str] | None = None
    for match in _places_pattern(tuple(places)).finditer(sentence):
        place = match.group(0)
        before = sentence[max(0, match.start() - 12) : match.start()]
        toward = _TOWARD.search(before) is not None
        near = any(0 <= match.start() - end <= 80 for end in cues)
        rank = (0 if toward and near else 1 if toward else 2 if near else 3, match.start())
        if is_country(canonical_place(place)):
            rank = (rank[0] + 2, rank[1])  # a visit goes to a city: a country is a subject
        if best is None or rank < best[:2]:
            best = (*rank, canonical_place(place))
    return (best[0], best[2]) if best is not None else None


@functools.lru_cache(maxsize=64)
def _places_pattern(places: tuple[str, ...]) -> re.Pattern[str]:
    """One search for every form of every place, the longest form first where two start alike."""
    known = (f for forms in PLACE_FORMS.values() for f in forms)
    forms = sorted({f for f in (*places, *known) if f}, key=lambda f: (-len(f), f))
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![^\W\d_])")


def _city_travelled_to(sentences: Sequence[str], places: Sequence[str]) -> str | None:
    """The first city the lead sends its people to or meets them in ("flew to Moscow")."""
    ranked = [_ranked_place(sentence, places) for sentence in sentences]
    for rank in (0, 1):
        for found in ranked:
            if found is not None and found[0] <= rank and not is_country(found[1]):
                return found[1]
    return None


def _first_place(sentences: Sequence[str], places: Sequence[str]) -> str | None:
    """The first city the lead names, else the first country: a visit goes to a city."""
    found = [p for p in (_place_in(s, places) for s in sentences) if p is not None]
    return next((p for p in found if not is_country(p)), found[0] if found else None)


def _date_in(sentence: str, published: dt.date | None) -> tuple[dt.date, str] | None:
    def meant(start: int, end: int | None = None) -> bool:
        before = sentence[max(0, start - 40) : start]
        if _NOT_THE_DAY.search(before) or _ELECTION_BEFORE.search(before):
            return False
        return end is None or _ELECTION_AFTER.match(sentence[end : end + 40]) is None

    full = [f for f in find_dates(sentence) if meant(f.start, f.end)]
    if full:
        return full[0].date, "a date it names"
    if published is None:
        return None
    day_month = find_day_and_month(sentence, published.year)
    if day_month is not None and meant(day_month.start, day_month.end):
        date = day_month.date
        # "January 29" in a story of late December is next year's; "December 30" in a
        # story of early January, last year's.
        if (date - published).days > 183:
            date = date.replace(year=date.year - 1)
        elif (published - date).days > 183:
            date = date.replace(year=date.year + 1)
        return date, "a day and month it names, in the year of publication"
    weekdays = [w for w in _WEEKDAY.finditer(sentence) if meant(w.start())]
    weekday = next(iter(weekdays), None)
    ahead = weekday is not None and _looks_ahead(sentence, weekday)
    if weekday is not None and not ahead and _weekday_number(weekday) == published.weekday():
        # "His office said this Tuesday that he will fly on Thursday": the day of the
        # announcement is the day of publication; the day ahead is the trip's
        later = [w for w in weekdays[1:] if _looks_ahead(sentence, w)]
        if later:
            weekday, ahead = later[0], True
    if weekday is not None:
        number = _weekday_number(weekday)
        if ahead:
            days = (number - published.weekday()) % 7
            return published + dt.timedelta(days=days), "a weekday, counted on from publication"
        days = (published.weekday() - number) % 7
        return published - dt.timedelta(days=days), "a weekday, counted back from publication"
    for pattern, offset in _RELATIVE:
        if pattern.search(sentence):
            return published + dt.timedelta(days=offset), "a day named relative to publication"
    return None


def _looks_ahead(sentence: str, weekday: re.Match[str]) -> bool:
    """True when the words beside a weekday put it ahead ("will meet Putin on Monday")."""
    # Only the clause before the day says so, or a future verb just after it.
    clause = re.split(r"[,;:]", sentence[max(0, weekday.start() - 80) : weekday.start()])[-1]
    after = re.split(r"[,;:.]", sentence[weekday.end() : weekday.end() + 60])[0]
    return _AHEAD.search(clause) is not None or _AHEAD_VERB.search(after) is not None


def _weekday_number(weekday: re.Match[str]) -> int:
    return _WEEKDAY_NUMBER[" ".join(weekday.group(1).casefold().split())]
