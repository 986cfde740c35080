"""Beyond the gazetteer: world knowledge and patterns find what an unseen article names."""

from __future__ import annotations

from itertools import pairwise

import pytest

from briefing_tui.entities import Gazetteer, Mention, Recogniser


@pytest.fixture(scope="module")
def blank() -> Recogniser:
    """Every rule on, with an empty gazetteer: an article about a visit nobody listed."""
    return Recogniser(Gazetteer(), rules=True)


def typed(found: list[Mention], kind: str) -> list[str]:
    return [m.text for m in found if m.type == kind]


def test_countries_capitals_and_cities_come_from_the_data_packages(blank: Recogniser) -> None:
    found = blank.find("Talks in Ankara, then Jakarta and Osaka, with Brazil and Viet Nam.")
    assert typed(found, "PLACE") == ["Ankara", "Jakarta", "Osaka", "Brazil", "Viet Nam"]
    assert [m.name for m in found if m.text == "Viet Nam"] == ["Vietnam"]


def test_states_and_provinces_in_their_english_spelling(blank: Recogniser) -> None:
    found = blank.find("From Gujarat and Maharashtra to California, Idlib and Guangdong.")
    assert typed(found, "PLACE") == ["Gujarat", "Maharashtra", "California", "Idlib", "Guangdong"]
    # Generic division names ("Eastern", "Central") stay ordinary words.
    assert typed(blank.find("Eastern and Central officials met."), "PLACE") == []


def test_news_outlets_and_companies_are_organisations(blank: Recogniser) -> None:
    found = blank.find("Politico and Les Echos said Airbus and Gazprom had talked to Reuters.")
    assert typed(found, "ORG") == ["Politico", "Les Echos", "Airbus", "Gazprom", "Reuters"]


def test_nationality_words_are_tied_to_their_country(blank: Recogniser) -> None:
    found = blank.find("Israeli, Russian and Iranian officials met the Saudis.")
    assert [(m.text, m.name) for m in found] == [
        ("Israeli", "Israel"),
        ("Russian", "Russia"),
        ("Iranian", "Iran"),
        ("Saudis", "Saudi Arabia"),
    ]


@pytest.mark.parametrize(
    "text, date",
    [
        ("It was signed on February 26, 2019, in Rome.", "February 26, 2019"),
        ("They met in Sochi on May 14, 2013.", "May 14, 2013"),
        ("The incident in mid-September hurt ties.", "mid-September"),
        ("He called at the end of June to ask.", "the end of June"),
        ("She arrives on Monday night.", "Monday"),
        ("The talks held last Friday failed.", "last Friday"),
        ("Ties were restored in 1991 after years.", "1991"),
        ("The war began in 2015.", "2015"),
        ("It was the 26 February 2019 meeting.", "26 February 2019"),
        ("Trade grew in the 1990s.", "1990s"),
    ],
)
def test_dates(blank: Recogniser, text: str, date: str) -> None:
    assert typed(blank.find(text), "DATE") == [date]


def test_numbers_that_are_not_years_and_may_the_verb_are_not_dates(blank: Recogniser) -> None:
    found = blank.find("Some 1,200 people and 2019 delegates; May they succeed; $2000 paid.")
    assert typed(found, "DATE") == []


@pytest.mark.parametrize(
    "text, money",
    [
        ("Putin agreed to pay $83 million in pensions.", "$83 million"),
        ("The fine was $20,000 in all.", "$20,000"),
        ("A ticket cost €13,700 then.", "€13,700"),
        ("Aid of 5 billion dollars was pledged.", "5 billion dollars"),
        ("A deal worth US$2.5 billion was signed.", "US$2.5 billion"),
    ],
)
def test_sums_of_money(blank: Recogniser, text: str, money: str) -> None:
    assert typed(blank.find(text), "MONEY") == [money]


def test_weapon_designators_by_pattern(blank: Recogniser) -> None:
    found = blank.find(
        "The Il-20 was downed; F-35s, a MiG-29 and the Shahed-136 too; COVID-19 not."
    )
    assert typed(found, "WEAPON") == ["Il-20", "F-35s", "MiG-29", "Shahed-136"]
    assert [m.name for m in found if m.text == "F-35s"] == ["F-35"]


def test_people_after_a_title(blank: Recogniser) -> None:
    text = (
        "Prime Minister Mark Rutte met Foreign Minister Ursula von der Leyen, "
        "Maj. Gen. Amos Yadlin and President Zelensky; spokesman Dmitry Peskov said so. "
        "Later Rutte left."
    )
    found = blank.find(text)
    assert typed(found, "PERSON") == [
        "Mark Rutte",
        "Ursula von der Leyen",
        "Amos Yadlin",
        "Zelensky",
        "Dmitry Peskov",
        "Rutte",
    ]
    assert found[-1].name == "Mark Rutte"


def test_a_title_before_an_organisation_does_not_make_a_person(blank: Recogniser) -> None:
    found = blank.find("General Electric will build engines; the President’s Office agreed.")
    assert typed(found, "PERSON") == []


def test_people_by_given_name_without_a_title(blank: Recogniser) -> None:
    found = blank.find("Elon Musk met the delegation. Musk said little.")
    assert [(m.text, m.type, m.name) for m in found] == [
        ("Elon Musk", "PERSON", "Elon Musk"),
        ("Musk", "PERSON", "Elon Musk"),
    ]


def test_a_role_before_an_unknown_name_makes_a_person_up_to_the_next_known_name(
    blank: Recogniser,
) -> None:
    found = blank.find("Talks between Chinese leader Xi Jinping and Vladimir Putin. Xi smiled.")
    assert [(m.text, m.type, m.name) for m in found if m.type == "PERSON"] == [
        ("Xi Jinping", "PERSON", "Xi Jinping"),
        ("Vladimir Putin", "PERSON", "Vladimir Putin"),
        ("Xi", "PERSON", "Xi Jinping"),
    ]


def test_weapons_systems_known_by_name(blank: Recogniser) -> None:
    found = blank.find("It cannot send HIMARS launchers, Leopard 2 tanks or Iron Dome batteries.")
    assert typed(found, "WEAPON") == ["HIMARS", "Leopard 2", "Iron Dome"]


def test_organisations_from_cue_words(blank: Recogniser) -> None:
    found = blank.find(
        "The Ministry of Foreign Affairs, the Russian Defense Ministry, Russia's Security "
        "Council and the Nusra Front spoke; the Kurdistan Workers’ Party (PKK) did not."
    )
    assert typed(found, "ORG") == [
        "Ministry of Foreign Affairs",
        "Russian Defense Ministry",
        "Security Council",
        "Nusra Front",
        "Kurdistan Workers’ Party",
        "PKK",
    ]
    assert found[-1].name == "Kurdistan Workers' Party"


def test_events_and_places_from_cue_words(blank: Recogniser) -> None:
    found = blank.find("After the Helsinki Summit and World War II, ships left the Taiwan Strait.")
    assert typed(found, "EVENT") == ["Helsinki Summit", "World War II"]
    assert typed(found, "PLACE") == ["Taiwan Strait"]


def test_capitalised_names_it_cannot_type_come_out_as_other(blank: Recogniser) -> None:
    found = blank.find("They toured the Line of Actual Control near Galwan Zorbu.")
    assert typed(found, "OTHER") == ["Line of Actual Control", "Galwan Zorbu"]


def test_sentence_openers_and_titles_alone_are_not_names(blank: Recogniser) -> None:
    found = blank.find("The Prime Minister spoke. Behind Closed Doors, Both Sides agreed.")
    assert typed(found, "PERSON") == []
    assert all(m.text not in ("The Prime Minister", "Prime Minister") for m in found)


def test_rules_never_overlap_and_keep_offsets(blank: Recogniser) -> None:
    text = "On Tuesday, February 26, 2019, President Joe Biden paid $5 million for F-16s in Kyiv."
    found = blank.find(text)
    assert all(a.end <= b.start for a, b in pairwise(found))
    assert all(text[m.start : m.end] == m.text for m in found)


def test_other_scripts_empty_text_and_a_long_line_with_every_rule_on(blank: Recogniser) -> None:
    assert blank.find("") == []
    # Arabic and Russian names are known (one language a text); Hebrew is not.
    found = blank.find("الرئيس بوتين في موسكو.")
    assert [(m.text, m.name) for m in found] == [("بوتين", "Vladimir Putin"), ("موسكو", "Moscow")]
    assert [m.name for m in blank.find("Президент Путин.")] == ["Vladimir Putin"]
    assert blank.find("ראש הממשלה נתניהו") == []
    line = "On Monday the President of Ruritania said that " * 220_000
    found = blank.find(line)
    assert len(line) > 10_000_000
    assert found[0] == Mention(3, 9, "Monday", "DATE", "Monday")
