"""`sellindex doctor`: what an export holds and whether `sellindex import` would take it, before
anything is imported.

It goes the import's own way as far as the load: the same unpacking, detection, roles, staging
and mapping (`crm_import.planned`, `crm_import.map_export`), in a throwaway in-memory database,
so it refuses what import refuses with import's own message, and the report it gives is the one
an import records (`inspection.describe`).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import duckdb

from sellindex.errors import SellindexError
from sellindex.ingest.crm_import import map_export, opened, planned, readings_files
from sellindex.ingest.import_results import ImportProgress
from sellindex.ingest.inspection import Inspection, describe, describe_readings, export_noun
from sellindex.ingest.readings_import import parse_readings, readings_member
from sellindex.sources.crm import load_mapping
from sellindex.store import Store


def check_export(
    path: Path,
    kind: str | None = None,
    *,
    mapping: Path | None = None,
    store: Store | None = None,
    progress: ImportProgress | None = None,
) -> Inspection:
    """The report of the export at `path` (a file, a folder or a ZIP). Raises `SellindexError`
    with import's message where import would refuse. `store` is the store an import would go
    to: saved readings belong to the member whose archive it holds."""
    rules = load_mapping(mapping)
    with opened(path) as export:
        readings = readings_files(export, kind)
        if readings is not None:
            files, why = readings
            parsed = parse_readings(files, export.given, {f: export.shown(f) for f in files})
            report = describe_readings(files, export, parsed, why)
            _whose_readings(report, store)
            return report
        plan, importer, rules = planned(export, kind, rules)
        with tempfile.TemporaryDirectory(prefix="sellindex-doctor-") as scratch:
            con = duckdb.connect()
            try:
                con.execute("SET temp_directory = ?", [scratch])
                staged, mapped = map_export(
                    con, export, plan, importer, rules, progress or ImportProgress()
                )
                return describe(con, export, plan, importer, staged, mapped)
            finally:
                con.close()


def _whose_readings(report: Inspection, store: Store | None) -> None:
    """Readings do not say whose they are: import takes the store's one archive owner, or
    needs `--member`."""
    try:
        member = readings_member(store, None)
    except SellindexError as exc:
        report.warnings.append(f"import would refuse without --member ID: {exc}")
    else:
        report.notes.append(f"whose: member {member}, the one archive owner in the store")


def verdict(report: Inspection) -> str:
    """One line: import would work, with how much, and what it would lose."""
    files = f"{len(report.files):,} file{'s' if len(report.files) != 1 else ''}"
    rows = f"{report.rows:,} row{'s' if report.rows != 1 else ''}"
    line = f"import would work: {export_noun(report.kind)}, {files}, {rows}"
    if report.warnings:
        count = len(report.warnings)
        line += f", with {count} warning{'s' if count != 1 else ''} above"
    return line
