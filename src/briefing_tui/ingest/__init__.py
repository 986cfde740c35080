"""Ingest new articles: scraped text and saved pages, cleaned, dated and given a visit."""

from briefing_tui.ingest.batch import Outcome, ingest_files, read_draft
from briefing_tui.ingest.draft import Draft
from briefing_tui.ingest.new_visit import NewVisit
from briefing_tui.ingest.proposal import VisitProposal, propose_visit
from briefing_tui.ingest.reading import SourceRefused, read_source

__all__ = [
    "Draft",
    "NewVisit",
    "Outcome",
    "SourceRefused",
    "VisitProposal",
    "ingest_files",
    "propose_visit",
    "read_draft",
    "read_source",
]
