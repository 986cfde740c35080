"""The words of dates in the languages the corpus meets: months, weekdays, and date lines.

Month names with the number of their month, weekday names, and the words sites set
around a date on its line ("Published", "Publié le", "alle ore", "بتوقيت"), kept as
tables so that a date reads the same on every machine and in every year.
"""

from __future__ import annotations

import re
import unicodedata


def _unaccented_greek(name: str) -> str:
    """A Greek name as capitals print it, without its accents ("ΙΑΝΟΥΑΡΙΟΥ")."""
    if not re.search("[\u0370-\u03ff]", name):
        return name
    decomposed = unicodedata.normalize("NFD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    # January
    (
        "january", "jan", "januar", "jänner", "janvier", "janv", "gennaio", "gen", "enero",
        "ene", "stycznia", "styczeń", "styczen", "sty", "január", "jan", "января", "январь",
        "янв", "يناير", "كانون الثاني", "ocak",
    ),
    (
        "february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febbraio",
        "febrero", "lutego", "luty", "lut", "február", "febr", "февраля", "февраль", "фев",
        "فبراير", "شباط", "şubat", "subat",
    ),
    (
        "march", "mar", "märz", "maerz", "mär", "mars", "marzo", "marca", "marzec", "március",
        "márc", "marca", "марта", "март", "мар", "مارس", "آذار", "mart",
    ),
    (
        "april", "apr", "avril", "avr", "aprile", "abril", "abr", "kwietnia", "kwiecień",
        "kwi", "április", "ápr", "апреля", "апрель", "апр", "أبريل", "ابريل", "إبريل", "نيسان",
        "nisan",
    ),
    (
        "may", "mai", "maggio", "mag", "mayo", "maja", "maj", "május", "máj", "мая", "май",
        "مايو", "أيار", "mayıs", "mayis",
    ),
    (
        "june", "jun", "juni", "juin", "giugno", "giu", "junio", "czerwca", "czerwiec", "cze",
        "június", "jún", "июня", "июнь", "июн", "يونيو", "يونيه", "حزيران", "haziran",
    ),
    (
        "july", "jul", "juli", "juillet", "juil", "luglio", "lug", "julio", "lipca", "lipiec",
        "lip", "július", "júl", "июля", "июль", "июл", "يوليو", "يوليه", "تموز", "temmuz",
    ),
    (
        "august", "aug", "août", "aout", "agosto", "ago", "sierpnia", "sierpień", "sie",
        "augusztus", "aug", "августа", "август", "авг", "أغسطس", "اغسطس", "آب", "ağustos",
        "agustos",
    ),
    (
        "september", "sep", "sept", "septembre", "settembre", "set", "septiembre",
        "setiembre", "września", "wrzesień", "wrz", "szeptember", "szept", "сентября",
        "сентябрь", "сен", "سبتمبر", "أيلول", "eylül", "eylul",
    ),
    (
        "october", "oct", "oktober", "okt", "octobre", "ottobre", "ott", "octubre",
        "października", "październik", "paź", "október", "okt", "октября", "октябрь", "окт",
        "أكتوبر", "اكتوبر", "تشرين الأول", "ekim",
    ),
    (
        "november", "nov", "novembre", "noviembre", "listopada", "listopad", "lis", "ноября",
        "ноябрь", "ноя", "نوفمبر", "تشرين الثاني", "kasım", "kasim",
    ),
    (
        "december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "dicembre", "dic",
        "diciembre", "grudnia", "grudzień", "gru", "december", "dec", "декабря", "декабрь",
        "дек", "ديسمبر", "كانون الأول", "aralık", "aralik",
    ),
)  # fmt: skip

# The Gregorian months in Portuguese, Dutch, Ukrainian, Greek, Czech, Persian and Hebrew,
# Hebrew also with the "ב" ("in") it writes before a month after the day.
_MORE_MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    ("janeiro", "januari", "січня", "січень", "ιανουαρίου", "ιανουάριος", "ledna", "leden",
     "ژانویه", "ינואר", "בינואר"),
    ("fevereiro", "fev", "februari", "лютого", "лютий", "φεβρουαρίου", "φεβρουάριος", "února",
     "únor", "فوریه", "פברואר", "בפברואר"),
    ("março", "maart", "mrt", "березня", "березень", "μαρτίου", "μάρτιος", "března", "březen",
     "מרץ", "במרץ", "מרס", "במרס"),
    ("квітня", "квітень", "απριλίου", "απρίλιος", "dubna", "duben", "آوریل", "אפריל",
     "באפריל"),
    ("maio", "mei", "травня", "травень", "μαΐου", "μάιος", "května", "květen", "مه", "מאי",
     "במאי"),
    ("junho", "червня", "червень", "ιουνίου", "ιούνιος", "června", "červen", "ژوئن", "יוני",
     "ביוני"),
    ("julho", "липня", "липень", "ιουλίου", "ιούλιος", "července", "červenec", "ژوئیه",
     "יולי", "ביולי"),
    ("augustus", "серпня", "серпень", "αυγούστου", "αύγουστος", "srpna", "srpen", "اوت",
     "אוגוסט", "באוגוסט"),
    ("setembro", "вересня", "вересень", "σεπτεμβρίου", "σεπτέμβριος", "září", "سپتامبر",
     "ספטמבר", "בספטמבר"),
    ("outubro", "жовтня", "жовтень", "οκτωβρίου", "οκτώβριος", "října", "říjen",
     "اکتبر", "אוקטובר", "באוקטובר"),
    ("листопада", "листопад", "νοεμβρίου", "νοέμβριος", "listopadu", "نوامبر", "נובמבר",
     "בנובמבר"),
    ("dezembro", "грудня", "грудень", "δεκεμβρίου", "δεκέμβριος", "prosince", "prosinec",
     "دسامبر", "דצמבר", "בדצמבר"),
)  # fmt: skip


MONTHS: dict[str, int] = {  # every name and form, in lower case, with its month's number
    form.casefold(): number
    for table in (_MONTH_NAMES, _MORE_MONTH_NAMES)
    for number, names in enumerate(table, start=1)
    for name in names
    for form in (name, _unaccented_greek(name))
}

# Weekdays as a date line prints them, in full or short ("Thu", "jeu"), in lower case.
WEEKDAYS = frozenset(
    form
    for w in str.split(
        "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur"
        " thurs fri sat sun montag dienstag mittwoch donnerstag freitag samstag sonntag"
        " lundi mardi mercredi jeudi vendredi samedi dimanche lunedì martedì mercoledì"
        " giovedì venerdì sabato domenica lunes martes miércoles jueves viernes sábado"
        " domingo poniedziałek wtorek środa czwartek piątek sobota niedziela hétfő kedd"
        " szerda csütörtök péntek szombat vasárnap понедельник вторник среда четверг"
        " пятница суббота воскресенье الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد"
        " lunedi martedi mercoledi giovedi venerdi miercoles sabado الإثنين الاربعاء الاحد"
        " pazartesi salı çarşamba perşembe cuma cumartesi pazar lun mer jeu ven sam dim"
        # Portuguese (with "-feira"), Dutch, Ukrainian, Greek, Czech, Persian, Hebrew
        " segunda terça terca quarta quinta sexta feira maandag dinsdag woensdag donderdag"
        " vrijdag zaterdag zondag понеділок вівторок середа четвер п'ятниця субота неділя"
        " δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή pondělí úterý středa čtvrtek"
        " pátek sobota neděle دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه شنبه یکشنبه"
        " یک‌شنبه יום ראשון שני שלישי רביעי חמישי שישי שבת"
    )
    for form in (w.casefold(), _unaccented_greek(w).casefold())
)
# The words a site sets around a date on its line: labels, links, hours and zones.
DATE_LINE_WORDS = frozenset(
    w.casefold()
    for w in str.split(
        "published updated posted on at last modified am pm a.m p.m gmt utc cet cest est edt"
        " bst idt ist msk uhr um stand veröffentlicht aktualisiert publié mis à jour le"
        " pubblicato aggiornato ore alle il publicado actualizado el de opublikowano"
        " aktualizacja dodano publikálva frissítve frissítés megjelent опубликовано"
        " r roku обновлено г года نشر في تاريخ آخر تحديث بتوقيت date time datum data dátum"
        " дата modifié publikacja publikacji erstellt geändert zuletzt modificato modificado"
        " publicación fecha közzétéve módosítva létrehozva изменено الساعة ساعة بتوقيت توقيت"
        " مكة المكرمة غرينتش غرينيتش صباحا مساء ص النشر نشر تحديث мск по московскому времени"
        " a las o в modifica ultimo ultima aggiornamento dernière derniere mise créé publication"
        " публикация публикации del godz godzina h güncelleme güncellendi güncellenme yayın"
        " yayınlanma yayınlandı tarihi saat"
        # Portuguese, Dutch, Ukrainian, Greek, Czech, Persian, Hebrew labels and links
        " publicado atualizado atualização em às gepubliceerd bijgewerkt gewijzigd laatst"
        " op om опубліковано оновлено публікація р року δημοσίευση δημοσιεύθηκε ενημέρωση"
        " first update laatste"
        " ενημερώθηκε publikováno aktualizováno vydáno v ve انتشار تاریخ به‌روزرسانی"
        " بروزرسانی ساعت פורסם עודכן עדכון בשעה"
    )
)
# Words around a date that only a language writing the day before the month uses
# ("Publié le 08/09/2009 à 19:24", "Publikacja: 09.05.2018"): with one of them, an
# ambiguous "08/09/2009" is the 8th of September, not August 9 as an American site means.
DAY_FIRST_WORDS = (DATE_LINE_WORDS | WEEKDAYS) - frozenset(
    str.split(
        "published updated posted on at last modified am pm a.m p.m gmt utc cet cest est edt"
        " bst idt ist msk date time publication a monday tuesday wednesday thursday friday"
        " saturday sunday mon tue tues wed thu thur thurs fri sat sun"
    )
)
