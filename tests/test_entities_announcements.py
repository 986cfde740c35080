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
