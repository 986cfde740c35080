"""The two ends of the analyst's work that leave the reader: briefings and W3C annotations."""

from briefing_tui.exchange.briefing import briefing_markdown, default_briefing_name, write_briefing
from briefing_tui.exchange.output import write_output
from briefing_tui.exchange.w3c import annotations_json, export_annotations, note_annotation
from briefing_tui.exchange.w3c_import import (
    ImportReport,
    annotation_list,
    import_annotations,
    read_annotation_file,
)

__all__ = [
    "ImportReport",
    "annotation_list",
    "annotations_json",
    "briefing_markdown",
    "default_briefing_name",
    "export_annotations",
    "import_annotations",
    "note_annotation",
    "read_annotation_file",
    "write_briefing",
    "write_output",
]
