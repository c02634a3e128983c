"""Reading canonical files into the store: parse, validate, quarantine, load in one transaction."""

from sellindex.ingest.files import IngestPlan, SkippedFile, SourceFile, plan_ingest
from sellindex.ingest.loader import FileResult, IngestResult, Progress, ingest, load_plan
from sellindex.ingest.rejects import list_rejects

__all__ = [
    "FileResult",
    "IngestPlan",
    "IngestResult",
    "Progress",
    "SkippedFile",
    "SourceFile",
    "ingest",
    "list_rejects",
    "load_plan",
    "plan_ingest",
]
