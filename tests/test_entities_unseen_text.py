"""What an analyst sees at once in unseen articles: spans, datelines, credits, other languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.entities import Mention, Recogniser, load_gazetteer
from briefing_tui.entities.languages import detect

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def recogniser() -> Recogniser:
    return Recogniser(load_gazetteer(REPO / "corpus" / "entities.yaml")[0])


def spans(found: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in found if m.type != "DATE"]


def test_a_known_name_never_swallows_the_words_after_it(recogniser: Recogniser) -> None:
    found = recogniser.find("Vladimir Putin on Red Square greeted the crowd.")
    assert spans(found) == [("Vladimir Putin", "PERSON"), ("Red Square", "PLACE")]
    found = recogniser.find("The heads of the Mossad and Military Intelligence came.")
    assert spans(found) == [("Mossad", "ORG"), ("Military Intelligence", "ORG")]


def test_spans_never_cross_a_sentence_end_or_a_paragraph(recogniser: Recogniser) -> None:
    found = recogniser.find("The strikes hit Syria. The Russian Defense Ministry said nothing.")
    assert spans(found) == [("Syria", "PLACE"), ("Russian Defense Ministry", "ORG")]
    found = recogniser.find("He flew to Moscow.\n\nMedia reports said otherwise.")
    assert spans(found) == [("Moscow", "PLACE")]
    found = recogniser.find("Talks with Dmitry Peskov\nJerusalem Post reporters")
    assert ("Dmitry Peskov", "PERSON") in spans(found)
    assert all("\n" not in m.text for m in found)


def test_a_month_like_surname_after_a_given_name(recogniser: Recogniser) -> None:
    found = recogniser.find("Prime Minister Theresa May said that Theresa May would go in May.")
    assert [(m.text, m.type) for m in found] == [
        ("Theresa May", "PERSON"),
        ("Theresa May", "PERSON"),
        ("May", "DATE"),
    ]


@pytest.mark.parametrize("apostrophe", ["’", "'", "ʼ"])
def test_names_with_apostrophes_stay_whole(recogniser: Recogniser, apostrophe: str) -> None:
    name = f"Ze{apostrophe}ev Elkin"
    assert spans(recogniser.find(f"Minister {name} spoke.")) == [(name, "PERSON")]
    assert spans(recogniser.find(f"He came with {name}, the minister.")) == [(name, "PERSON")]
    assert spans(recogniser.find(f"Putin{apostrophe}s aide"))[0] == ("Putin", "PERSON")


def test_all_capital_datelines_are_places(recogniser: Recogniser) -> None:
    text = "MOSCOW (Reuters) - Talks began.\n\nTEL AVIV, Jan 5 - The visit.\nJERUSALEM — More."
    assert [(m.text, m.type, m.name) for m in recogniser.find(text) if m.type != "DATE"] == [
        ("MOSCOW", "PLACE", "Moscow"),
        ("Reuters", "ORG", "Reuters"),
        ("TEL AVIV", "PLACE", "Tel Aviv"),
        ("JERUSALEM", "PLACE", "Jerusalem"),
    ]


def test_bylines_are_people(recogniser: Recogniser) -> None:
    found = recogniser.find("By Jane Harwood\n\nMOSCOW (Reuters) - Israel and Russia agreed.")
    assert spans(found)[:2] == [("Jane Harwood", "PERSON"), ("MOSCOW", "PLACE")]


def test_organisations_with_of_and_for_inside_stay_whole(recogniser: Recogniser) -> None:
    found = recogniser.find("The Syrian Observatory for Human Rights told Israel Radio.")
    assert spans(found) == [
        ("Syrian Observatory for Human Rights", "ORG"),
        ("Israel Radio", "ORG"),
    ]


def test_named_sites_without_the_generic_noun(recogniser: Recogniser) -> None:
    found = recogniser.find("He landed at Ben-Gurion airport, then the Novo-Ogaryovo residence.")
    assert spans(found) == [("Ben-Gurion", "PLACE"), ("Novo-Ogaryovo", "PLACE")]


@pytest.mark.parametrize(
    "caption, agencies",
    [
        ("Netanyahu in Moscow. REUTERS/Oded Balilty/Pool", ["REUTERS"]),
        ("Netanyahu in Moscow. MAXIM SHEMETOV/REUTERS", ["REUTERS"]),
        ("Netanyahu in Moscow (photo credit: KOBI GIDON / GPO)", ["GPO"]),
        (
            "Netanyahu in Moscow (photo credit: AFP PHOTO / SPUTNIK / ALEXEY NIKOLSKY)",
            ["AFP", "SPUTNIK"],
        ),
    ],
)
def test_a_photo_credit_names_its_agency_but_no_person(
    recogniser: Recogniser, caption: str, agencies: list[str]
) -> None:
    expected = [("Netanyahu", "PERSON"), ("Moscow", "PLACE")] + [(a, "ORG") for a in agencies]
    assert spans(recogniser.find(caption)) == expected


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Premier Izraela Benjamin Netanjahu spotkał się w Moskwie z prezydentem Rosji "
            "Władimirem Putinem i z ministrem Siergiejem Ławrowem.",
            "pl",
            [
                ("Izraela", "Israel"),
                ("Benjamin Netanjahu", "Benjamin Netanyahu"),
                ("Moskwie", "Moscow"),
                ("Rosji", "Russia"),
                ("Władimirem Putinem", "Vladimir Putin"),
                ("Siergiejem Ławrowem", "Sergei Lavrov"),
            ],
        ),
        (
            "Vlagyimir Putyin orosz elnök szerint Moszkvában fogadta az izraeli kormányfőt, "
            "és a Kreml is megerősítette, hogy a találkozó után Putyinnal tárgyaltak.",
            "hu",
            [
                ("Vlagyimir Putyin", "Vladimir Putin"),
                ("orosz", "Russia"),
                ("Moszkvában", "Moscow"),
                ("izraeli", "Israel"),
                ("Kreml", "Kremlin"),
                ("Putyinnal", "Vladimir Putin"),
            ],
        ),
        (
            "Der israelische Regierungschef ist nach Moskau gereist, und der Kreml hat die "
            "Gespräche mit Wladimir Putin bestätigt.",
            "de",
            [
                ("israelische", "Israel"),
                ("Moskau", "Moscow"),
                ("Kreml", "Kremlin"),
                ("Wladimir Putin", "Vladimir Putin"),
            ],
        ),
        (
            "Il premier israeliano è volato a Mosca per il terzo incontro con il presidente "
            "russo Vladimir Putin al Cremlino, secondo l'Osservatorio siriano per i diritti umani.",
            "it",
            [
                ("israeliano", "Israel"),
                ("Mosca", "Moscow"),
                ("russo", "Russia"),
                ("Vladimir Putin", "Vladimir Putin"),
                ("Cremlino", "Kremlin"),
                ("Osservatorio siriano per i diritti umani", "Syrian Observatory for Human Rights"),
            ],
        ),
        (
            "Президент России Владимир Путин встретился с Биньямином Нетаньяху в Москве, "
            "сообщили в Кремле.",
            "ru",
            [
                ("России", "Russia"),
                ("Владимир Путин", "Vladimir Putin"),
                ("Биньямином Нетаньяху", "Benjamin Netanyahu"),
                ("Москве", "Moscow"),
                ("Кремле", "Kremlin"),
            ],
        ),
        (
            "التقى الرئيس الروسي فلاديمير بوتين رئيس الوزراء الإسرائيلي بنيامين نتنياهو "
            "في موسكو وبحثا الوضع في سوريا.",
            "ar",
            [
                ("الروسي", "Russia"),
                ("فلاديمير بوتين", "Vladimir Putin"),
                ("الإسرائيلي", "Israel"),
                ("بنيامين نتنياهو", "Benjamin Netanyahu"),
                ("موسكو", "Moscow"),
                ("سوريا", "Syria"),
            ],
        ),
    ],
)
def test_other_languages_inflected_and_typed(
    recogniser: Recogniser, text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert detect(text) == language
    found = [(m.text, m.name) for m in recogniser.find(text) if m.type != "DATE"]
    assert found == expected


def test_an_arabic_prefix_is_left_outside_the_mention(recogniser: Recogniser) -> None:
    found = recogniser.find("زار نتنياهو روسيا وموسكو وبحث مع الرئيس الروسي الوضع.")
    assert ("موسكو", "Moscow") in [(m.text, m.name) for m in found]


def test_english_is_told_from_its_commonest_words() -> None:
    assert detect("The talks in Moscow ended on Monday, and the two leaders said so.") == "en"


def test_a_given_name_before_a_place_name_is_a_person(recogniser: Recogniser) -> None:
    found = recogniser.find("The deputy chiefs of staff, Israel's Yair Golan and his colleague.")
    assert ("Yair Golan", "PERSON") in spans(found)
    assert ("Golan", "PLACE") not in spans(found)


def test_a_base_named_by_a_code_is_a_place(recogniser: Recogniser) -> None:
    found = recogniser.find("Israel was blamed for an air strike on the T-4 base in April.")
    assert ("T-4", "PLACE") in spans(found)


def test_sites_ending_in_courtyard_or_city_are_places(recogniser: Recogniser) -> None:
    found = recogniser.find("The Alexander Courtyard in Jerusalem’s Old City was claimed.")
    assert spans(found) == [
        ("Alexander Courtyard", "PLACE"),
        ("Jerusalem", "PLACE"),
        ("Old City", "PLACE"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A moszkvai út után a jeruzsálemi csúcstalálkozó elmaradt, mert a kormány "
            "és a párt nem egyezett meg.",
            [("moszkvai", "Moscow"), ("jeruzsálemi", "Jerusalem")],
        ),
        (
            "Mechanizm koordynacji między Siłami Obronnymi Izraela a Ministerstwem Obrony "
            "Federacji Rosyjskiej działa od lat i jest przez to skuteczny.",
            [
                ("Siłami Obronnymi Izraela", "Israel Defense Forces"),
                ("Ministerstwem Obrony Federacji Rosyjskiej", "Russian Defense Ministry"),
            ],
        ),
        (
            "Netanjahu wurde von dem Leiter des Nationalen Sicherheitsrats begleitet, und die "
            "Vereinbarung mit den Iranischen Revolutionsgarden wurde nicht erwähnt.",
            [
                ("Netanjahu", "Benjamin Netanyahu"),
                ("Nationalen Sicherheitsrats", "National Security Council (Israel)"),
                ("Iranischen Revolutionsgarden", "Islamic Revolutionary Guard Corps"),
            ],
        ),
    ],
)
def test_inflected_bodies_and_place_adjectives_in_other_languages(
    recogniser: Recogniser, text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(m.text, m.name) for m in recogniser.find(text) if m.type != "DATE"]
    assert found == expected


def test_a_title_in_any_covered_language_marks_the_unknown_name_after_it(
    recogniser: Recogniser,
) -> None:
    russian = "В переговорах участвовал министр Зеэв Элькин, сообщили в Кремле и в Москве."
    assert ("Зеэв Элькин", "PERSON") in spans(recogniser.find(russian))
    german = (
        "Die Regierung in Berlin sagte, dass Serbiens Präsident Aleksandar Vučić und "
        "Mossad-Chef Yossi Cohen nach Moskau reisten, und die Gespräche in Moskau."
    )
    found = spans(recogniser.find(german))
    assert ("Aleksandar Vučić", "PERSON") in found
    assert ("Yossi Cohen", "PERSON") in found
    polish = "Minister Jarosław Kaczyński powiedział, że w Warszawie sytuacja jest stabilna."
    assert ("Jarosław Kaczyński", "PERSON") in spans(recogniser.find(polish))


def test_hungarian_names_family_name_first(recogniser: Recogniser) -> None:
    text = (
        "Orbán Viktor miniszterelnök és Szijjártó Péter külügyminiszter Moszkvába utazott, "
        "ahol a magyar kormány szerint tárgyaltak."
    )
    found = spans(recogniser.find(text))
    assert ("Orbán Viktor", "PERSON") in found
    assert ("Szijjártó Péter", "PERSON") in found


def test_names_with_diacritics_are_whole_after_a_title(recogniser: Recogniser) -> None:
    found = spans(
        recogniser.find("Prime Minister Viktor Orbán met President Recep Tayyip Erdoğan.")
    )
    assert ("Viktor Orbán", "PERSON") in found
    assert ("Recep Tayyip Erdoğan", "PERSON") in found


def test_the_place_a_title_names_is_not_part_of_the_person(recogniser: Recogniser) -> None:
    text = "В Москве президент России встретился с президентом Сербии Александром Вучичем."
    assert ("Александром Вучичем", "PERSON") in spans(recogniser.find(text))


def test_a_place_noun_of_another_language_announces_the_place(recogniser: Recogniser) -> None:
    text = (
        "L'esercito siriano avanza nella provincia di Daraa, e il presidente ha visto "
        "la partita allo stadio Luzhniki con il premier."
    )
    found = spans(recogniser.find(text))
    assert ("Daraa", "PLACE") in found
    assert ("Luzhniki", "PLACE") in found


def test_an_arabic_title_announces_the_person_after_its_adjectives(
    recogniser: Recogniser,
) -> None:
    text = (
        "وشكر نتنياهو مضيفه على دور روسيا في إعادة رفات الرقيب زخاري باومل، "
        "وحضر الرئيس الصربي ألكسندر فوتشيتش الاحتفال. وقال الرئيس في مؤتمر صحفي."
    )
    people = [name for name, kind in spans(recogniser.find(text)) if kind == "PERSON"]
    assert "زخاري باومل" in people
    assert "ألكسندر فوتشيتش" in people
    assert not any(name.startswith("في") for name in people)


def test_a_title_may_have_adjectives_and_a_place_before_the_name(recogniser: Recogniser) -> None:
    italian = "Il premier israeliano Naftali Bennett ha incontrato il presidente a Mosca."
    assert ("Naftali Bennett", "PERSON") in spans(recogniser.find(italian))
    russian = "Министр иностранных дел России Сергей Лавров и президент встретились в Москве."
    assert ("Сергей Лавров", "PERSON") in spans(recogniser.find(russian))


def test_a_family_name_first_stands_for_the_person_later(recogniser: Recogniser) -> None:
    text = (
        "A külügyminiszter Szijjártó Péter Moszkvába utazott. A magyar kormány szerint "
        "Szijjártó a találkozó után nyilatkozott."
    )
    found = recogniser.find(text)
    assert [(m.text, m.name) for m in found if m.type == "PERSON"] == [
        ("Szijjártó Péter", "Szijjártó Péter"),
        ("Szijjártó", "Szijjártó Péter"),
    ]
    assert ("Moszkvába", "PLACE") in spans(found)


def test_a_place_possessive_or_a_government_marks_a_person(recogniser: Recogniser) -> None:
    found = spans(recogniser.find("The other guest was Serbia's Aleksandar Vucic at the parade."))
    assert ("Aleksandar Vucic", "PERSON") in found
    found = spans(recogniser.find("Washington, where the Obama administration was told."))
    assert ("Obama", "PERSON") in found
    found = spans(
        recogniser.find("He said the Israeli government and Russia's Foreign Ministry agreed.")
    )
    assert not any(kind == "PERSON" for _, kind in found)


def test_bodies_built_on_a_head_noun_in_other_languages(recogniser: Recogniser) -> None:
    polish = (
        "Dyrektor Narodowego Instytutu Wolności Tomasz Nowak powiedział, że w Krakowie "
        "spotkanie jest przez to ważne."
    )
    found = spans(recogniser.find(polish))
    assert ("Narodowego Instytutu Wolności", "ORG") in found
    assert ("Tomasz Nowak", "PERSON") in found
    russian = (
        "По данным Федеральной службы безопасности, делегация Союза журналистов России "
        "прибыла в Казань, где и прошли переговоры."
    )
    found = spans(recogniser.find(russian))
    assert ("Федеральной службы", "ORG") in found
    assert ("Союза журналистов России", "ORG") in found
    hungarian = "A miniszter a NATO Tanácsában azt mondta, hogy a kormány és a párt egyetért."
    assert ("NATO Tanácsában", "ORG") in spans(recogniser.find(hungarian))


def test_a_place_before_an_unknown_surname_is_a_given_name(recogniser: Recogniser) -> None:
    text = "W Warszawie z Jaffą Kowalską rozmawiał także ambasador, że jest to ważne."
    assert ("Jaffą Kowalską", "PERSON") in spans(recogniser.find(text))
    inflected = "Fundacja kierowana przez Tomasza Jana Zielińskiego działa w Gdańsku od lat."
    assert ("Tomasza Jana Zielińskiego", "PERSON") in spans(recogniser.find(inflected))


def test_a_dateline_may_name_two_cities(recogniser: Recogniser) -> None:
    found = spans(recogniser.find("BERLIN/PARIS (Reuters) - The talks went on."))
    assert found[:2] == [("BERLIN", "PLACE"), ("PARIS", "PLACE")]


def test_a_party_noun_and_a_name_set_off_after_a_role(recogniser: Recogniser) -> None:
    found = spans(
        recogniser.find(
            "Voters backed the Zelena Lista party, and the bloc's chief, Marta Kovac, said so."
        )
    )
    assert ("Zelena Lista", "ORG") in found
    assert ("Marta Kovac", "PERSON") in found


def test_an_arabic_spokesman_colleague_or_pair_announces_the_person(
    recogniser: Recogniser,
) -> None:
    text = (
        "وقال المتحدث باسم الحكومة سامي حداد إن الوفد وصل. وذكر أن بين الجرحى شابين هما "
        "يوسف منصور وزميله فادي نصار، وقد نقلا إلى المستشفى."
    )
    found = spans(recogniser.find(text))
    assert ("سامي حداد", "PERSON") in found
    assert ("يوسف منصور", "PERSON") in found
    assert ("فادي نصار", "PERSON") in found


def test_a_german_compound_title_marks_the_adviser_envoy_or_speaker(
    recogniser: Recogniser,
) -> None:
    text = (
        "Nach Angaben des Wirtschaftsberaters Jonas Lindqvist traf der EU-Sondergesandte "
        "Marek Halloran den Regierungssprecher Ole Brandvik in Wien."
    )
    found = spans(recogniser.find(text))
    assert ("Jonas Lindqvist", "PERSON") in found
    assert ("Marek Halloran", "PERSON") in found
    assert ("Ole Brandvik", "PERSON") in found


def test_a_writer_producer_or_head_before_a_name_marks_the_person(
    recogniser: Recogniser,
) -> None:
    text = (
        "The film was backed by Hollywood producer Tamsin Okoro, said Daily Wire writer "
        "Bram Kessler, and the agency's research head Ilona Varga agreed."
    )
    found = spans(recogniser.find(text))
    assert ("Tamsin Okoro", "PERSON") in found
    assert ("Bram Kessler", "PERSON") in found
    assert ("Ilona Varga", "PERSON") in found


def test_a_district_a_quoted_stadium_or_an_italian_park_is_a_place(
    recogniser: Recogniser,
) -> None:
    russian = 'Колонна ушла в район Мариинки, а матч прошёл на стадионе "Динамо" вечером.'
    found = spans(recogniser.find(russian))
    assert ("Мариинки", "PLACE") in found
    assert ("Динамо", "PLACE") in found
    italian = "La cerimonia si è tenuta nel parco Lambro, poi il corteo è andato in piazza Grande."
    found = spans(recogniser.find(italian))
    assert ("parco Lambro", "PLACE") in found
    assert ("piazza Grande", "PLACE") in found


def test_a_cyrillic_photo_credit_names_the_agency_and_no_photographer(
    recogniser: Recogniser,
) -> None:
    text = (
        "МОСКВА, 3 мая. /ТАСС/. Министр обороны провёл переговоры в Кремле.\n\n"
        "Фото: Ирина Соколова/ТАСС"
    )
    found = spans(recogniser.find(text))
    assert found.count(("ТАСС", "ORG")) == 2
    assert not any(kind == "PERSON" for _, kind in found)


def test_the_israeli_army_and_the_syrian_agency_in_arabic_are_bodies(
    recogniser: Recogniser,
) -> None:
    text = (
        "وقال الجيش الإسرائيلي إن الطائرات عادت. وذكرت وكالة الأنباء السورية (سانا) "
        "أن الدفاعات تصدت للهجوم."
    )
    found = spans(recogniser.find(text))
    assert ("الجيش الإسرائيلي", "ORG") in found
    assert ("وكالة الأنباء السورية", "ORG") in found
    assert ("سانا", "ORG") in found
