"""French, Spanish, Czech and Ukrainian reports still show the analyst who, where and what."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.entities import Mention, Recogniser, load_gazetteer
from briefing_tui.entities.languages import detect, stems

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def recogniser() -> Recogniser:
    return Recogniser(load_gazetteer(REPO / "corpus" / "entities.yaml")[0])


def typed(found: list[Mention], kind: str) -> list[str]:
    return [m.text for m in found if m.type == kind]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le chef du gouvernement est arrivé dans la capitale et les discussions avec "
            "les dirigeants ont été longues, selon une source qui a suivi la visite.",
            "fr",
        ),
        (
            "El jefe del gobierno llegó a la capital y las conversaciones con los "
            "dirigentes fueron largas, según una fuente que siguió la visita.",
            "es",
        ),
        (
            "Předseda vlády přiletěl do hlavního města a jednání se představiteli bylo "
            "dlouhé, řekl zdroj, který návštěvu sledoval.",
            "cs",
        ),
        (
            "Голова уряду прилетів до столиці, і переговори з керівниками тривали довго, "
            "повідомило джерело, яке стежило за візитом.",
            "uk",
        ),
        (
            "Глава правительства прилетел в столицу, и переговоры с руководителями шли "
            "долго, сообщил источник, следивший за визитом.",
            "ru",
        ),
    ],
)
def test_the_language_of_a_report_is_told(text: str, language: str) -> None:
    assert detect(text) == language


def test_ukrainian_inflections_meet_the_russian_forms() -> None:
    # "Путіним" and "Путин" share a stem once the Ukrainian letters are read as Russian.
    assert "путин" in stems("Путіним", "uk")
    assert "нетаньягу" in stems("Нетаньяху", "uk")


def test_a_ukrainian_report_names_its_people_places_and_bodies(recogniser: Recogniser) -> None:
    found = recogniser.find(
        "ЛЬВІВ — Президент Ізраїлю зустрівся в Кремлі з Володимиром Путіним. Речник "
        "Кремля Дмитро Пєсков сказав, що Міністерство оборони Росії готує зустріч. "
        "Міністр закордонних справ Ізраїлю Орест Вербицький прилетів до аеропорту "
        "Внуково."
    )
    assert "Володимиром Путіним" in typed(found, "PERSON")
    assert "Орест Вербицький" in typed(found, "PERSON")
    assert {"Ізраїлю", "Внуково"} <= set(typed(found, "PLACE"))
    assert {"Кремлі", "Міністерство оборони Росії"} <= set(typed(found, "ORG"))


def test_a_french_body_runs_from_its_head_to_a_verb_or_a_stop(recogniser: Recogniser) -> None:
    found = recogniser.find(
        "Le président russe a reçu le chef du gouvernement, selon un chercheur de "
        "l'Institut des études orientales et slaves (IEOS). Le Conseil des Ministres a "
        "publié un texte dans la soirée, et les deux délégations sont reparties."
    )
    assert "Institut des études orientales et slaves" in typed(found, "ORG")
    assert "Conseil des Ministres" in typed(found, "ORG")
    assert "russe" in typed(found, "PLACE")


def test_spanish_and_italian_bodies_keep_their_joined_words(recogniser: Recogniser) -> None:
    spanish = recogniser.find(
        "La delegación llegó al aeropuerto y el Ministerio de Obras Públicas de Chile "
        "publicó una nota que los periodistas leyeron con atención en la sala."
    )
    assert "Ministerio de Obras Públicas de Chile" in typed(spanish, "ORG")
    italian = recogniser.find(
        "Lo ha spiegato una studiosa del Centro per gli studi sul Mediterraneo, che "
        "segue da anni il dossier per conto della stampa e della radio."
    )
    assert "Centro per gli studi sul Mediterraneo" in typed(italian, "ORG")


def test_a_name_after_a_title_set_off_by_a_comma(recogniser: Recogniser) -> None:
    found = recogniser.find(
        "Según el portavoz del gobierno, Tomás Iriarte Goñi, la reunión con los "
        "dirigentes fue larga y el ministro de Hacienda Rodrigo Salvatierra la siguió."
    )
    assert "Tomás Iriarte Goñi" in typed(found, "PERSON")
    # The department after the title is not part of the name.
    assert "Rodrigo Salvatierra" in typed(found, "PERSON")


def test_a_speaker_after_a_verb_of_saying(recogniser: Recogniser) -> None:
    found = recogniser.find(
        "« La visite était prévue », a déclaré Hugues Ravanel, un diplomate de la "
        "région, tandis que les deux délégations quittaient la salle des fêtes."
    )
    assert "Hugues Ravanel" in typed(found, "PERSON")
    found = recogniser.find(
        "La visita era prevista da tempo, secondo Ludovica Sanfelice, mentre le due "
        "delegazioni lasciavano la sala con il presidente della regione."
    )
    assert "Ludovica Sanfelice" in typed(found, "PERSON")


def test_a_newspaper_after_according_to_is_not_a_person(recogniser: Recogniser) -> None:
    found = recogniser.find(
        "La visita estaba prevista desde hace meses, según El Mundo, y los dos "
        "dirigentes hablaron con los periodistas en la sala del palacio."
    )
    assert typed(found, "PERSON") == []


def test_an_airport_or_a_street_announces_its_name(recogniser: Recogniser) -> None:
    french = recogniser.find(
        "L'avion s'est posé à l'aéroport de Roissy et le cortège a remonté la rue "
        "Montorgueil vers le palais, selon les images diffusées dans la soirée."
    )
    # A street keeps its noun, as "parco" and "plac" do ("rue Montorgueil").
    assert {"Roissy", "rue Montorgueil"} <= set(typed(french, "PLACE"))
    czech = recogniser.find(
        "Letadlo přistálo na letišti Kbely a kolona pak projela ulicí, řekl mluvčí, "
        "který byl na místě se skupinou novinářů."
    )
    assert "Kbely" in typed(czech, "PLACE")


def test_a_demonym_in_the_new_languages_is_its_country(recogniser: Recogniser) -> None:
    found = recogniser.find(
        "La délégation israélienne et les diplomates russes sont arrivés dans la "
        "capitale, où les discussions avec les dirigeants ont été longues."
    )
    assert typed(found, "PLACE") == ["israélienne", "russes"]
