"""Which files to load, into which table, in which order.

A file belongs to a table by its name (`members.csv`, `activity-2024.parquet`,
`activity.part1.jsonl`) or by the folder it sits in (`activity/part-0001.parquet`). Files are
loaded in `schema.LOAD_ORDER`, so a row's references are in the store before it is checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sellindex.errors import SellindexError
from sellindex.schema import LOAD_ORDER

FORMATS: dict[str, str] = {
    ".csv": "csv",
    ".parquet": "parquet",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
"""Supported file extensions and the reader each one uses."""

_EXTENSIONS_TEXT = ", ".join(FORMATS)
EMPTY = "empty file"


@dataclass(frozen=True)
class SourceFile:
    path: Path
    table: str
    format: str


@dataclass(frozen=True)
class SkippedFile:
    path: Path
    reason: str


@dataclass(frozen=True)
class IngestPlan:
    files: tuple[SourceFile, ...]
    skipped: tuple[SkippedFile, ...]


def table_for_name(stem: str) -> str | None:
    """The table a file stem names: the table itself, or the table followed by `-` or `.`."""
    for name in LOAD_ORDER:
        if stem == name or stem.startswith((f"{name}-", f"{name}.")):
            return name
    return None


def file_format(path: Path) -> str | None:
    return FORMATS.get(path.suffix.lower())


def plan_ingest(path: Path, table: str | None = None) -> IngestPlan:
    """List the files under `path` with their tables, in load order, and the files skipped."""
    if not path.exists():
        raise SellindexError(f"no such file or folder: {path}")
    if table is not None and table not in LOAD_ORDER:
        raise SellindexError(
            f"unknown table {table!r}; canonical tables are: {', '.join(LOAD_ORDER)}"
        )
    if path.is_dir():
        if table is not None:
            raise SellindexError("--table applies to a single file, not to a folder")
        files, skipped = _scan_folder(path)
        empty = [str(s.path.relative_to(path)) for s in skipped if s.reason == EMPTY]
        if not files and empty:
            raise SellindexError(
                f"found nothing to load in {path}: {', '.join(empty)} "
                f"{'is' if len(empty) == 1 else 'are'} empty"
            )
        if not files:
            raise SellindexError(
                f"found no loadable files in {path}: name them after a table "
                f"(e.g. activity.csv) with one of {_EXTENSIONS_TEXT}"
            )
    else:
        files, skipped = [_single_file(path, table)], []
        if _is_empty(path):
            raise SellindexError(f"{path} is empty: there is nothing to load")
    files.sort(key=lambda f: (LOAD_ORDER.index(f.table), str(f.path)))
    skipped.sort(key=lambda s: str(s.path))
    return IngestPlan(tuple(files), tuple(skipped))


def _is_empty(path: Path) -> bool:
    """A zero-byte file holds no rows and no header: in a folder it is skipped, alone it is an
    error, like a folder with nothing to load."""
    return path.stat().st_size == 0


def _single_file(path: Path, table: str | None) -> SourceFile:
    fmt = file_format(path)
    if fmt is None:
        raise SellindexError(
            f"{path}: unsupported file type {path.suffix or '(none)'!r}; use {_EXTENSIONS_TEXT}"
        )
    table = table or table_for_name(path.name[: -len(path.suffix)])
    if table is None:
        raise SellindexError(
            f"cannot tell which table {path} is for: name it after a table "
            "(e.g. activity.csv, activity-2024.csv) or pass --table"
        )
    return SourceFile(path, table, fmt)


def _scan_folder(folder: Path) -> tuple[list[SourceFile], list[SkippedFile]]:
    files: list[SourceFile] = []
    skipped: list[SkippedFile] = []
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if entry.name in LOAD_ORDER:
                files += _table_folder(entry, entry.name, skipped)
            else:
                skipped.append(SkippedFile(entry, "folder not named after a table"))
            continue
        fmt = file_format(entry)
        table = table_for_name(entry.name[: -len(entry.suffix)] if entry.suffix else entry.name)
        if fmt is None:
            skipped.append(SkippedFile(entry, f"not a {_EXTENSIONS_TEXT} file"))
        elif table is None:
            skipped.append(SkippedFile(entry, "name matches no table"))
        elif _is_empty(entry):
            skipped.append(SkippedFile(entry, EMPTY))
        else:
            files.append(SourceFile(entry, table, fmt))
    return files, skipped


def _table_folder(folder: Path, table: str, skipped: list[SkippedFile]) -> list[SourceFile]:
    """Every supported file below a folder named after a table belongs to that table."""
    found = []
    for entry in sorted(folder.rglob("*")):
        if entry.is_dir() or any(part.startswith(".") for part in entry.relative_to(folder).parts):
            continue
        fmt = file_format(entry)
        if fmt is None:
            skipped.append(SkippedFile(entry, f"not a {_EXTENSIONS_TEXT} file"))
        elif _is_empty(entry):
            skipped.append(SkippedFile(entry, EMPTY))
        else:
            found.append(SourceFile(entry, table, fmt))
    return found
