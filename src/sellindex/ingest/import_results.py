"""What an import reports, whatever the kind of export: per table the export files and their
read / loaded / rejected / duplicate counts, new ids, notes and the first rejects."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sellindex.ingest.loader import Progress


class ImportProgress(Progress):
    """The loader's per-file progress, plus the steps before the load."""

    def step(self, label: str) -> None:
        """A new step began (reading a file, matching identities)."""

    def advance(self, fraction: float) -> None:
        """How far the current step is, from 0 to 1."""


@dataclass
class TableResult:
    """What happened to the canonical rows of one table, and which export files gave them."""

    table: str
    files: list[Path]
    read: int = 0
    loaded: int = 0
    rejected: int = 0
    duplicate: int = 0
    new_rejects: int = 0


@dataclass
class ImportResult:
    kind: str
    path: Path
    files: dict[str, Path]
    """Role -> export file."""
    ignored: list[tuple[Path, str]]
    detected: str | None
    tables: list[TableResult]
    new_ids: dict[str, int]
    """Entity -> ids given for the first time by this import."""
    notes: list[str] = field(default_factory=list)
    load_id: int | None = None
    dry_run: bool = False
    first_rejects: list[tuple[str, int, str]] = field(default_factory=list)
    """The first rejected rows as (export file, line, reason), so a dry run can show them."""
    feeds: dict[int, tuple[str, ...]] = field(default_factory=dict)
    """Member id -> what this export can tell about them, for members it describes in part."""

    @property
    def totals(self) -> dict[str, int]:
        return {
            name: sum(getattr(t, name) for t in self.tables)
            for name in ("read", "loaded", "rejected", "duplicate")
        }
