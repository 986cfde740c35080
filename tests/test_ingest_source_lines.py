"""A line listing the story's sources names agencies, not the site that published it."""

from __future__ import annotations

from briefing_tui.ingest.scraped import read_scraped

PAGE = (
    "TVN24\n"
    "Najnowsze   Polska   Świat   Biznes   Sport\n\n"
    "ŚWIAT\n\n"
    "Izraelski premier u Putina w Soczi. Rozmowy o Syrii\n\n"
    "Autor: Anna Nowak\n"
    "Źródło: tvn24.pl, Reuters, PAP\n"
    "12 września 2019, 17:40\n\n"
    "Benjamin Netanjahu spotkał się w czwartek w Soczi z prezydentem Rosji Władimirem "
    "Putinem. Rozmowy dotyczyły przede wszystkim sytuacji w Syrii.\n\n"
    "Izraelski premier przyleciał do Rosji na pięć dni przed wyborami do Knesetu.\n"
)


def test_the_site_s_own_address_in_a_source_line_names_the_outlet_not_an_agency() -> None:
    draft = read_scraped(PAGE)
    assert draft.source == "TVN24"
    assert draft.author == "Anna Nowak"
