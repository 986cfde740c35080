"""Site furniture: the lines a scraped page carries around its story (menus, shares, teasers)."""

from __future__ import annotations

import re

from briefing_tui.ingest.dates import is_date_line

_FURNITURE = re.compile(
    r"""^\s*(?:
        select\ page | menu | search | skip\ to\ (?:main\ )?content
      | media\ id:.* | caption:?
      | (?:adjust\ )?comment(?:s)?(?:\ print)?(?:\ \(\d+\))?
      | print(?:\ friendly.*)? | email | print\ this\ article
      | share\ this\b.* | share\ on\ (?:facebook|twitter|x|whatsapp|linkedin|telegram)\b.*
      | (?:more\ news|read\ more|read\ also|see\ also|related(?:\ coverage|\ articles|\ stories)?
         |recommended|most\ read|trending)\s*(?::.*)?
      | advertisement | sponsored(?:\ content)?
      | (?:subscribe|sign\ up|log\ ?in|register)\b.{0,80}
      | follow\ us\b.* | click\ here\b.*
      | let\ your\ voice\ be\ heard!?
      | join\ (?:the\ )?[\w-]+(?:\ [\w-]+)?
      | this\ site\ is\ protected\ by\ recaptcha.*
      | .*all\ rights\ reserved\.? | ©.* | copyright\ (?:©|\(c\)|\d{4}).*
      | tags?:.* | topics?:.* | filed\ under:?.*
      | avatar
      # the word a site prints alone above a picture, for screen readers
      | image | photo | foto | bild | фото | صورة | תמונה | εικόνα
      | (?:this\ (?:article|story)\ )?(?:was\ )?(?:originally|first)\ (?:published|appeared)
        \b.{0,80}
      | (?:source|quelle|fonte|źródło|forrás|источник|المصدر)\s*:\s*\S.{0,60}
      | \(?(?:reporting|writing|additional\ reporting|editing|compiled|produced)
        \ by\b.{0,160}
      | our\ standards:.*
      | (?:article|contenu|contenuto|artykuł|inhalt)?\ ?(?:réservé|riservato|tylko|nur)
        \ (?:aux|agli|dla|für)\ (?:abonnés|abbonati|prenumeratorów|subskrybentów|abonnenten)\.?
      | (?:subscribers|members)\ only\.? | for\ subscribers\.? | только\ для\ подписчиков\.?
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_TEASER_HEADING = re.compile(
    r"""^\s*(?:related(?:\ coverage|\ articles|\ stories)?|read\ (?:more|also)
        |more\ on\ this|see\ also
        # the same heading in the languages of the pages analysts save
        |más\ información|lee\ también|leia\ também|saiba\ mais|(?:à\ )?lire\ aussi
        |leggi\ anche|mehr\ zum\ thema|lesen\ sie\ auch|lees\ ook|zobacz\ także
        |czytaj\ (?:także|też)|ilgili\ haberler|читайте\ (?:также|також)|διαβάστε\ επίσης
        |اقرأ\ أيضا[ً]?|بیشتر\ بخوانید)\s*:?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_INLINE_TEASER = re.compile(r"^\s*(?:more news|read more|read also|see also|related)\s*:", re.I)
_SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*\s*$|["”]\s*$""")
_AGENCY = (
    r"(?:reuters|ap|afp|epa|gpo|getty\ images|tass|sputnik|ria\ novosti|pool|anadolu|pap|mti"
    r"|ansa|efe|dpa|lapresse|europa\ press"
    # photo banks and the agencies of more languages
    r"|shutterstock|imago|alamy|profimedia|čtk|ctk|anp|belga|lusa|ukrinform|unian|irna|isna"
    r"|tasnim|xinhua|flash90|handout)"
)
# Agencies as Arabic captions credit them: "(رويترز)", "(الأناضول)", "(أ ف ب)".
_ARABIC_AGENCY = (
    "رويترز|الأناضول|أ\\s?ف\\s?ب|أ\\.ف\\.ب|فرانس\\s+برس|أسوشيتد\\s+برس|أ\\s?ب|إ\\s?ب\\s?أ|تاس|سبوتنيك"
    "|غيتي|الفرنسية|الأوروبية|رويترز/[^()]{1,40}|[^()]{1,40}/رويترز"
)
# A word that begins with a capital, in Latin, Greek or Cyrillic letters.
_CAPITALISED = r"(?-i:[A-ZÀ-ÞĀ-ŽΑ-ΩА-ЯЁІЇЄҐ])[\w.’'-]*"
_CAPTION = re.compile(
    rf"""(?:\((?:photo|foto|fot\.|fotó|fotoğraf|фото|image|picture|bild|beeld|imagem|imagen
           |immagine|zdjęcie|kép|φωτο|φωτογραφία|תמונה|צילום|عکس|صورة|світлина)[:\s].*\)\s*$
        |\((?-i:AA|DHA|İHA)\)\s*$
        |\bphoto(?:graph|grapher)?(?:\ credit)?\s*:
        |(?:^|[.!?]\s+|\s[-–—]\s+)(?-i:Photographer|Fotograf|Fotógrafo|Fotografo|Crédito|Credito|Créditos
           |Φωτογραφία|ΦΩΤΟ|Φωτο|צילום|عکس|Світлина)\s*:\s*\S
        |\bcredit\s*(?::|\.{{3}}|…)\s*\S|^\s*(?:foto|fot\.|fotó|фото|صورة)\s*:
        |[.,]\s*(?:{_AGENCY}|ap\ photo|afp\ photo)\.?\s*$
        |/\s*(?:{_AGENCY})\.?\s*$
        |\b{_AGENCY}\s*/\s*[\w .’'-]+(?:/\s*[\w .’'-]+)*\s*\)?\.?\s*$
        |\b(?:afp|ap|epa)\ photo\b
        |\([^()]{{2,80}}?(?:/|\bvia\ )(?:pool\ (?:photo\ )?(?:via\ )?)?{_AGENCY}(?:\ photo)?\)\s*$
        |[.!?]\s+(?-i:Photo|Foto|Fot\.|Fotó|Fotoğraf|Фото|PHOTO|FOTO|ФОТО|صورة|Picture|Beeld|Imagem
           |Imagen|Immagine|Zdjęcie|Kép)\s*:\s*\S[^.]{{1,80}}$
        |[.!?]\s+©\s*(?!all\b)[^\W\d_][\w’'/&-]*(?:\ [^\W\d_][\w’'/&-]*){{0,2}}$
        |[.!?]\s+(?-i:Quelle|Source|Fonte|Fuente|Źródło|Forrás|Источник|Bron)\s*:\s*
         (?:{_AGENCY})(?:\s*/\s*[\w .’'-]{{2,40}})?\.?\s*$
        |^(?:\S+\s+){{5,}}©\s*(?!all\b)[^\W\d_][\w’'/&-]*(?:\ [^\W\d_][\w’'/&-]*){{0,2}}$
        |(?:^|[.!?]\s+)(?-i:Photo|Foto|Fotó|PHOTO|FOTO)\s+(?:by|von|di|de)
         \s+[\w .’'/-]{{2,60}}\.?\s*$
        |©\s*[^©/]{{2,60}}/\s*[^/]{{2,40}}$
        |\s(?-i:Bild|Foto|Fotó|Фото|Photo|Image)\s*:\s*[\w .’'/&-]{{2,60}}$
        |(?:\s[-–—]\s*|\()(?:أرشيفية|صورة\ أرشيفية|archives?|archivio|archivbild|archiwum
           |file\ photo|архив)\)?\.?\s*$
        |\((?:{_ARABIC_AGENCY})\)\s*$
        |\s[-–—]\s*(?:{_ARABIC_AGENCY})\s*$
        |\((?:{_AGENCY})\)\s*$
        |[.!?]\s+(?-i:Photo|Foto|Fotó|PHOTO|FOTO)\s+(?-i:[A-Z][\w.’'-]+)(?:\s+[A-Z][\w.’'-]+){{0,2}}\s*$
        |[.!?]\s+(?-i:[A-Z][\w.’'-]*(?:\ [A-Z][\w.’'-]*){{0,3}})
         (?:\s*/\s*(?-i:[A-Z][\w.’'-]*(?:\ (?:via\ )?[A-Z][\w.’'-]*){{0,3}})){{1,3}}\.?\s*$
        |^(?:\S+\s+){{3,}}\S+(?:\s/\s{_CAPITALISED}(?:\ {_CAPITALISED}){{0,3}}){{2,3}}\s*$)""",
    re.IGNORECASE | re.VERBOSE,
)


# What a page prints before a caption for screen readers or as a label: "Image caption: ".
_CAPTION_PREFIX = re.compile(
    r"^\s*(?:image\s+caption|caption|bildunterschrift|légende|didascalia|podpis)\s*:\s*", re.I
)
# A credit on a line of its own, below the caption it belongs to: "Quelle: AFP/Yuri Kadobnov".
_CREDIT_LINE = re.compile(
    r"^\s*(?:photo|foto|fot\.|fotó|фото|bild|image|credit|quelle|source|fonte|źródło|forrás"
    r"|источник|صورة|photographer|fotograf|fotógrafo|crédito|φωτογραφία|צילום|عکس|світлина"
    r"|zdroj|bron|kaynak|джерело|πηγή)\s*:\s*\S.{0,60}$",
    re.I,
)


def caption_text(line: str) -> str:
    """A caption as the page shows it, without a label such as 'Image caption:' before it."""
    return _CAPTION_PREFIX.sub("", line.strip(), count=1)


# Labels that may credit the story rather than its photo: "Source: PAP", "Zdroj: ČTK".
_SOURCE_LABELS = frozenset(
    str.split("quelle source fonte źródło forrás источник zdroj bron kaynak джерело πηγή")
)


def is_credit_line(line: str) -> bool:
    """True for a photo credit standing alone ('Quelle: AFP/Yuri Kadobnov', 'Foto: PAP')."""
    stripped = line.strip()
    if _CREDIT_LINE.match(stripped) is None:
        return False
    label = stripped.split(":", 1)[0].strip().casefold()
    # "Source: PAP" may credit the story itself; a photo's credit names a picture or a person
    return label not in _SOURCE_LABELS or "/" in stripped


# What sets a menu's items apart: a run of spaces, a bar, a middle dot or a bullet.
_MENU_GAP = re.compile(r"\s{2,}|\s+[|·•]\s+")


def menu_items(line: str) -> list[str]:
    """The items of a line a site sets apart with wide gaps or dots ("Politique   Monde")."""
    return [" ".join(item.split()) for item in _MENU_GAP.split(line.strip()) if item.strip()]


def is_menu(parts: list[str]) -> bool:
    """A site's menu ("Israel & the Region | Jewish Times | Blogs"): short items, no headline.

    A headline with the site's name after it has two or three parts, the first a sentence's
    worth of words; a menu has three or more items of a few words each.
    """
    return len(parts) >= 3 and all(len(part.split()) <= 4 for part in parts)


def is_furniture(line: str) -> bool:
    """True for a line that belongs to the site, not to the story."""
    return _FURNITURE.match(line) is not None or _INLINE_TEASER.match(line) is not None


def is_teaser_heading(line: str) -> bool:
    """True for a heading such as 'Related coverage' that introduces links to other stories."""
    return _TEASER_HEADING.match(line) is not None


def is_teaser(line: str) -> bool:
    """True for what follows a teaser heading: a date stamp or a cut-off summary."""
    stripped = line.strip()
    return is_date_line(stripped) or stripped.endswith(("...", "…")) or len(stripped) < 60


def is_caption(line: str) -> bool:
    """True for a photo caption (it names a photographer or an agency, or says 'Photo')."""
    return _CAPTION.search(line.strip()) is not None


def ends_sentence(line: str) -> bool:
    """True when the line ends as prose does (a full stop, a quote, a question)."""
    return _SENTENCE_END.search(line) is not None


def is_prose(line: str, min_length: int = 100) -> bool:
    """True for a paragraph of the story rather than a label, a menu or a caption."""
    stripped = line.strip()
    return len(stripped) >= min_length and ends_sentence(stripped) and not is_caption(stripped)
