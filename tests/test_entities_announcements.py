"""People and places announced by the words around them, in text no table knows."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.entities import Mention, Recogniser, load_gazetteer

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def recogniser() -> Recogniser:
    return Recogniser(load_gazetteer(REPO / "corpus" / "entities.yaml")[0])


def typed(found: list[Mention], kind: str) -> list[str]:
    return [m.text for m in found if m.type == kind]


def test_the_names_of_a_wire_credit_are_people(recogniser: Recogniser) -> None:
    found = recogniser.find(
        "The talks ended late.\n\nReporting by Oskana Bellweather-Tran; editing by Piet Vanderloo"
    )
    assert typed(found, "PERSON") == ["Oskana Bellweather-Tran", "Piet Vanderloo"]


def test_a_name_after_a_role_and_a_comma_ends_a_sentence(recogniser: Recogniser) -> None:
    found = recogniser.find(
        "He travelled with the head of the navy's submarine flotilla, Orin Kestelbaum. "
        "They flew back at night."
    )
    assert typed(found, "PERSON") == ["Orin Kestelbaum"]


def test_a_lone_name_after_kin_is_a_person(recogniser: Recogniser) -> None:
    found = recogniser.find("The minister later dined with his wife Tirza and her brother Amnon.")
    assert typed(found, "PERSON") == ["Tirza", "Amnon"]
    # A full name after kin is left to the rules for full names.
    found = recogniser.find("The minister later dined with his wife Tirza Golanski on Monday.")
    assert "Tirza" not in typed(found, "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "После ужина премьер и его жена Тамила вылетели домой, сообщили в правительстве.",
            "Тамила",
        ),
        (
            "Nel pomeriggio il ministro e il fratello maggiore Ettore sono partiti da soli.",
            "Ettore",
        ),
        ("Le ministre et sa femme Odile sont repartis dans la soirée avec les délégués.", "Odile"),
    ],
)
def test_kin_announces_a_lone_name_in_other_languages(
    recogniser: Recogniser, text: str, name: str
) -> None:
    assert name in typed(recogniser.find(text), "PERSON")


def test_a_settlement_named_after_its_noun_is_a_place(recogniser: Recogniser) -> None:
    found = recogniser.find("A shell landed in the village of Kfar Tavlit and near the kibbutz.")
    assert typed(found, "PLACE") == ["Kfar Tavlit"]
    found = recogniser.find("The team stayed at kibbutz Ein Harova for two nights.")
    assert typed(found, "PLACE") == ["Ein Harova"]


def test_the_agency_in_brackets_after_a_dateline_is_an_organisation(
    recogniser: Recogniser,
) -> None:
    found = recogniser.find("HAIFA, Israel, May 3 (Tidewire) — The ministers met on Sunday.")
    assert typed(found, "ORG") == ["Tidewire"]
    # A known agency keeps its own name.
    found = recogniser.find("MOSCOW (AFP) - The ministers met on Sunday.")
    assert [(m.text, m.name) for m in found if m.type == "ORG"] == [("AFP", "Agence France-Presse")]


def test_a_church_or_a_mosque_of_something_is_a_place(recogniser: Recogniser) -> None:
    found = recogniser.find("They prayed at the Basilica of the Holy Annunciation on Sunday.")
    assert typed(found, "PLACE") == ["Basilica of the Holy Annunciation"]


def test_a_newspaper_keeps_the_the_of_its_name(recogniser: Recogniser) -> None:
    found = recogniser.find("The story broke after The Wall Street Journal reported it.")
    assert typed(found, "ORG") == ["The Wall Street Journal"]


def test_a_credited_name_may_end_in_a_place(recogniser: Recogniser) -> None:
    found = recogniser.find("Talks went on.\n\n(Editing by Lance Denver)")
    assert typed(found, "PERSON") == ["Lance Denver"]
    assert typed(found, "PLACE") == []


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (
            'Według dziennika "Gazeta Wieczorna" rozmowy w Moskwie trwały dwie godziny.',
            "ORG",
            "Gazeta Wieczorna",
        ),
        (
            "Как пишет газета «Северный вестник», переговоры шли два часа.",
            "ORG",
            "Северный вестник",
        ),
        (
            "A Napló című lap szerint a tárgyalás két órán át tartott Moszkvában.",
            "ORG",
            "Napló",
        ),
        ("Суд в Гремячинске вынес приговор, сообщили в прокуратуре.", "PLACE", "Гремячинске"),
        (
            "Делегация побывала в Нижнем городе и в районе порта, сообщили в мэрии.",
            "PLACE",
            "Нижнем городе",
        ),
        (
            "Nach Angaben des Verkehrsministeriums landete die Maschine am Abend in der Stadt.",
            "ORG",
            "Verkehrsministeriums",
        ),
        (
            "Am Abend besuchten die Politiker eine Gala im Mariinski-Theater in der Stadt.",
            "PLACE",
            "Mariinski-Theater",
        ),
    ],
)
def test_a_name_by_its_shape_in_other_languages(
    recogniser: Recogniser, text: str, kind: str, name: str
) -> None:
    assert name in typed(recogniser.find(text), kind)


def test_a_capitalised_adjective_after_a_preposition_needs_a_noun_of_place(
    recogniser: Recogniser,
) -> None:
    found = recogniser.find("Он выступил на Всемирном конгрессе и уехал, сообщили в мэрии.")
    assert "Всемирном" not in typed(found, "PLACE")


def test_an_arabic_body_keeps_its_nationality_adjective(recogniser: Recogniser) -> None:
    found = recogniser.find("وأعربت وزارة الخارجية الروسية عن قلقها من الخطوة الجديدة في المنطقة.")
    assert "وزارة الخارجية الروسية" in typed(found, "ORG")


def test_an_arabic_name_after_the_head_of_a_body_keeps_its_son_of(
    recogniser: Recogniser,
) -> None:
    found = recogniser.find("وحضر اللقاء رئيس مجلس الأمن القومي يوسف بن حمدان في القاعة.")
    assert "يوسف بن حمدان" in typed(found, "PERSON")
