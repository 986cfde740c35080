"""A scraped page's header read as an analyst reads it: headline, byline, outlet.

Pages the rules never saw still print a headline above a standfirst, a lone agency
name on a line, a byline with the wire or the paper after the name, an Arabic
"City: Name" byline, a wire's "(Reporting by ...)" credit and a reprint's
"Originally published by" line.  Each of those lands in its field, not the body.
"""

from __future__ import annotations

from pathlib import Path

from briefing_tui.ingest import Draft, read_draft, read_source
from briefing_tui.ingest.outlets import canonical_outlet

LEAD = (
    "Israeli Prime Minister Benjamin Netanyahu met Russian President Vladimir Putin in "
    "Moscow on Monday for talks on Syria and Iran that lasted three hours, officials said."
)
MORE = (
    "The two leaders agreed to keep the coordination mechanism between their armies, an "
    "Israeli official told reporters after the meeting in the Kremlin."
)


def draft_of(tmp_path: Path, text: str) -> Draft:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return read_draft(read_source(path))


def test_the_headline_is_the_shorter_line_above_the_standfirst(tmp_path: Path) -> None:
    draft = draft_of(
        tmp_path,
        "Netanjahu w Moskwie: Wzgórza Golan zostaną przy Izraelu\n"
        "Premier Izraela rozmawiał z Władimirem Putinem o Syrii i koordynacji wojskowej\n\n"
        "Opublikowano: 21.04.2016, 14:05\n\n"
        "Autor: Tomasz Wielgosz (PAP)\n\n"
        "MOSKWA (PAP) - Premier Izraela Benjamin Netanjahu rozmawiał w czwartek w Moskwie z "
        "prezydentem Rosji Władimirem Putinem o Syrii i koordynacji działań wojskowych.\n\n"
        "Izraelski szef rządu zapewnił, że jego kraj nie zamierza oddać Wzgórz Golan, i "
        "poprosił Rosję o zacieśnienie koordynacji działań wojskowych nad Syrią.\n",
    )
    assert draft.title == "Netanjahu w Moskwie: Wzgórza Golan zostaną przy Izraelu"
    assert draft.author == "Tomasz Wielgosz"
    assert draft.source == "PAP"
    assert str(draft.published) == "2016-04-21"


def test_a_lone_agency_name_is_never_the_headline(tmp_path: Path) -> None:
    draft = draft_of(
        tmp_path,
        "Netanjahu Moszkvában: Irán nem rendezkedhet be Szíriában\n\n"
        "2018. január 29., hétfő 19:46\n\nMTI\n\n"
        "Moszkva, 2018. január 29., hétfő (MTI) - Benjamin Netanjahu izraeli miniszterelnök "
        "hétfőn Moszkvában tárgyalt Vlagyimir Putyin orosz elnökkel az iráni jelenlétről.\n\n"
        "A két politikus mintegy három órán át tárgyalt a Kremlben, majd közösen részt vettek "
        "a holokauszt-emléknap alkalmából rendezett megemlékezésen.\n",
    )
    assert draft.title == "Netanjahu Moszkvában: Irán nem rendezkedhet be Szíriában"
    assert draft.source == "MTI"


def test_an_arabic_byline_is_the_reporters_city_and_name(tmp_path: Path) -> None:
    draft = draft_of(
        tmp_path,
        "نتنياهو يلتقي بوتين في سوتشي قبل خمسة أيام من الانتخابات\n\n"
        "الجمعة - 14 محرم 1441 هـ - 13 سبتمبر 2019 مـ رقم العدد [14898]\n\n"
        "تل أبيب: سامر حداد\n\n"
        "التقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو الرئيس الروسي فلاديمير بوتين في منتجع "
        "سوتشي على البحر الأسود، أمس الخميس، قبل خمسة أيام من الانتخابات الإسرائيلية.\n\n"
        "وقال نتنياهو في بداية الاجتماع إن التنسيق العسكري بين البلدين منع الاحتكاك بين "
        "الجيشين في سوريا.\n\naawsat.com\n",
    )
    assert draft.author == "سامر حداد"
    assert str(draft.published) == "2019-09-13"
    assert draft.source == "Asharq Al-Awsat"
    assert "تل أبيب" not in draft.body


def test_a_reprint_is_the_carrying_papers_not_the_wire_it_credits(tmp_path: Path) -> None:
    draft = draft_of(
        tmp_path,
        "Netanyahu meets Putin to coordinate on Syria\n\n"
        "Published: September 22, 2015 08:10 | Updated: September 22, 2015 09:30\n\n"
        "By Jane Doe, Gulf Daily\n\n"
        f"JERUSALEM (Reuters) - {LEAD}\n\n{MORE}\n\n"
        "Originally published by Reuters.\n",
    )
    assert draft.source == "Gulf Daily"
    assert draft.author == "Jane Doe"
    assert "Originally published" not in draft.body


def test_a_byline_with_the_writers_post_keeps_the_wire_from_the_dateline(tmp_path: Path) -> None:
    draft = draft_of(
        tmp_path,
        "Netanyahu meets Putin to coordinate on Syria\n\nSeptember 21, 2015\n\n"
        "By Jane Doe, Jerusalem Correspondent\n\n"
        f"JERUSALEM (Reuters) - {LEAD}\n\n{MORE}\n",
    )
    assert draft.source == "Reuters"
    assert draft.author == "Jane Doe"


def test_a_wire_story_credits_its_reporter_at_the_end(tmp_path: Path) -> None:
    draft = draft_of(
        tmp_path,
        "Netanyahu and Putin agree on Syria coordination\n\n"
        f"MOSCOW, Sept 21 (Reuters) - {LEAD}\n\n{MORE}\n\n"
        "(Reporting by Jane Doe in Moscow; Editing by John Roe)\n",
    )
    assert draft.author == "Jane Doe"
    assert draft.source == "Reuters"
    assert "Reporting by" not in draft.body
    assert draft.published is None  # the page never gives the year: nothing is invented


def test_a_reprint_that_names_no_outlet_of_its_own_names_where_it_first_ran(
    tmp_path: Path,
) -> None:
    draft = draft_of(
        tmp_path,
        f"Netanyahu meets Putin in Moscow\n\nSeptember 21, 2015\n\n{LEAD}\n\n{MORE}\n\n"
        "This article originally appeared in The Times of Israel.\n",
    )
    assert draft.source == "The Times of Israel"
    assert "originally appeared" not in draft.body


def test_a_byline_that_shares_the_story_with_agencies_keeps_the_name(tmp_path: Path) -> None:
    draft = draft_of(
        tmp_path,
        "Netanyahu, Putin agree to coordinate military action in Syria\n\n"
        "Noa Ben-Ami and news agencies\n\nSep 21, 2015 7:54 PM\n\n"
        f"{LEAD}\n\n{MORE}\n",
    )
    assert draft.author == "Noa Ben-Ami"


def test_a_site_named_as_its_address_without_the_ending_is_that_outlet() -> None:
    assert canonical_outlet("Index") == "Index.hu"
    assert canonical_outlet("Spiegel") == "Der Spiegel"
    assert canonical_outlet("Gulf Daily") == "Gulf Daily"


def test_a_paywall_notice_is_not_part_of_the_story(tmp_path: Path) -> None:
    draft = draft_of(
        tmp_path,
        "Graciée par Vladimir Poutine, Naama Issachar rentre en Israël\n\n"
        "La jeune Israélo-Américaine a quitté Moscou à bord de l'avion du premier ministre "
        "israélien, Benyamin Nétanyahou, après sa rencontre avec Vladimir Poutine au Kremlin.\n\n"
        "Article réservé aux abonnés\n\n"
        "Le feuilleton aura duré près de dix mois, entre l'arrestation à l'aéroport et la "
        "grâce accordée par le président russe à la veille de la visite.\n",
    )
    assert "abonnés" not in draft.body
    assert draft.body.startswith("La jeune") and "Le feuilleton" in draft.body


def test_a_section_line_above_the_headline_is_not_taken_for_it(tmp_path: Path) -> None:
    draft = draft_of(
        tmp_path,
        "Le Monde\nInternational › Proche-Orient\n\n"
        "Graciée par Vladimir Poutine, Naama Issachar rentre en Israël\n\n"
        "La jeune Israélo-Américaine a quitté Moscou à bord de l'avion du premier ministre "
        "israélien, Benyamin Nétanyahou, après une rencontre au Kremlin au Proche-Orient.\n\n"
        "Le feuilleton international aura duré près de dix mois, entre l'arrestation à "
        "l'aéroport et la grâce accordée par le président russe à la veille de la visite.\n",
    )
    assert draft.title == "Graciée par Vladimir Poutine, Naama Issachar rentre en Israël"
    assert draft.source == "Le Monde"


def test_a_tass_dateline_gives_the_agency_and_the_date_with_the_year_of_the_copyright(
    tmp_path: Path,
) -> None:
    draft = draft_of(
        tmp_path,
        "Путин и Нетаньяху провели переговоры в Кремле\n\n"
        "МОСКВА, 21 сентября. /ТАСС/. Президент России Владимир Путин провел в понедельник в "
        "Кремле переговоры с премьер-министром Израиля Биньямином Нетаньяху.\n\n"
        "Стороны обсудили ситуацию в Сирии и координацию действий военных двух стран, "
        "сообщили журналистам в Кремле.\n\n© ТАСС 2015\n",
    )
    assert draft.source == "TASS"
    assert str(draft.published) == "2015-09-21"


def test_a_spanish_agency_dateline_with_a_full_stop_names_the_agency(tmp_path: Path) -> None:
    draft = draft_of(
        tmp_path,
        "Netanyahu se reúne con Putin en Moscú\n\n"
        "Publicado el 21 de septiembre de 2015, 14:05\n\n"
        "MOSCÚ, 21 sep (EFE).- El primer ministro israelí, Benjamín Netanyahu, se reunió este "
        "lunes en Moscú con el presidente ruso, Vladímir Putin, para coordinar las acciones "
        "militares en Siria.\n\n"
        "La reunión duró unas tres horas en la residencia de Novo-Ogariovo, a las afueras de "
        "Moscú, según fuentes israelíes.\n",
    )
    assert draft.source == "EFE"
    assert str(draft.published) == "2015-09-21"


def test_two_writers_and_a_writer_filing_from_a_city_are_read(tmp_path: Path) -> None:
    two = draft_of(
        tmp_path,
        f"Netanyahu and Putin agree on Syria\n\nBy Jane Doe and John Roe\n\n"
        f"September 21, 2015\n\n{LEAD}\n\n{MORE}\n",
    )
    assert two.author == "Jane Doe and John Roe"
    filed = draft_of(
        tmp_path,
        "Netanyahu flies to Moscow to discuss Russian build-up in Syria\n\n"
        "Mon 21 Sep 2015 12.23 BST\n\nPeter Beaumont in Jerusalem\n\n"
        f"{LEAD}\n\n{MORE}\n\ntheguardian.com\n",
    )
    assert filed.author == "Peter Beaumont"
    assert filed.source == "The Guardian"
    assert str(filed.published) == "2015-09-21"


def test_outlets_are_known_by_their_names_in_their_own_script() -> None:
    assert canonical_outlet("Известия") == "Izvestia"
    assert canonical_outlet("Коммерсантъ") == "Kommersant"
    # words that are also ordinary words ("the Middle East", "Arabic") are not outlet names
    assert canonical_outlet("الشرق الأوسط") == "الشرق الأوسط"


def test_the_city_after_a_writers_name_is_not_an_outlet(tmp_path: Path) -> None:
    draft = draft_of(
        tmp_path,
        "Netanjahu trifft Putin in Moskau\n\n21.09.2015\n\nVon Jane Doe, Moskau\n\n"
        "MOSKAU (dpa) - Der israelische Ministerpräsident Benjamin Netanjahu ist am Montag "
        "nach Moskau gereist, um mit Präsident Wladimir Putin über Syrien zu sprechen.\n\n"
        "Beide Seiten vereinbarten einen Mechanismus zur Koordinierung ihrer Streitkräfte, "
        "hieß es aus Regierungskreisen in Jerusalem.\n",
    )
    assert draft.author == "Jane Doe"
    assert draft.source == "dpa"


def test_a_related_storys_date_below_the_story_never_dates_this_one(tmp_path: Path) -> None:
    draft = draft_of(
        tmp_path,
        f"Netanyahu meets Putin in Moscow\n\n{LEAD}\n\n{MORE}\n\n"
        "Related coverage\n\nPutin hosts Erdogan in Sochi\n\nOctober 3, 2019\n",
    )
    assert draft.published is None
    assert "Erdogan" not in draft.body


def test_a_topic_label_above_the_headline_is_not_the_headline(tmp_path: Path) -> None:
    draft = draft_of(
        tmp_path,
        "Israel Russia Relations\n"
        "Netanyahu meets Putin in Moscow to keep Syria coordination on track\n\n"
        "September 21, 2015\n\n"
        "Israeli Prime Minister Benjamin Netanyahu met Russian President Vladimir Putin in "
        "Moscow on Monday; relations between Israel and Russia were at the centre of the talks.\n\n"
        f"{MORE}\n",
    )
    assert draft.title == "Netanyahu meets Putin in Moscow to keep Syria coordination on track"


def test_a_byline_that_names_a_desk_gives_no_author(tmp_path: Path) -> None:
    draft = draft_of(
        tmp_path,
        f"Netanyahu meets Putin in Moscow\n\nBy Reuters Staff\n\nSeptember 21, 2015\n\n"
        f"{LEAD}\n\n{MORE}\n",
    )
    assert draft.author is None


def test_the_publication_date_wins_over_the_revision_date(tmp_path: Path) -> None:
    for dates in (
        "Updated: September 22, 2015 09:30\n\nPublished: September 21, 2015 08:10",
        "Updated: September 22, 2015 | Published: September 21, 2015",
        "Published: 21.09.2015, 14:05 Aktualisiert: 22.09.2015",
    ):
        draft = draft_of(
            tmp_path, f"Netanyahu meets Putin in Moscow\n\n{dates}\n\n{LEAD}\n\n{MORE}\n"
        )
        assert str(draft.published) == "2015-09-21", dates


def test_a_page_with_no_date_line_is_dated_by_its_own_address(tmp_path: Path) -> None:
    dated = draft_of(
        tmp_path,
        f"Netanyahu meets Putin in Moscow\n\n{LEAD}\n\n{MORE}\n\n"
        "https://www.haaretz.com/israel-news/2015/09/21/netanyahu-putin-syria\n",
    )
    assert str(dated.published) == "2015-09-21"
    assert dated.found["published"] == "the date in the page's address"
    linked = draft_of(
        tmp_path,
        f"Netanyahu meets Putin in Moscow\n\n{LEAD}\n\n{MORE}\n\n"
        "Read more at https://www.haaretz.com/israel-news/2019/02/27/another-story\n",
    )
    assert linked.published is None  # another story's address is not this page's date
