"""`import`: bring a real export (a CRM's, a pipeline CSV) into the store in one command."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.progress import Progress, TaskID
from rich.table import Table as RichTable

from sellindex.errors import SellindexError
from sellindex.interfaces.cli.app import DbOption, JsonOption, app, console, report
from sellindex.interfaces.cli.ingest_commands import file_bars
from sellindex.metrics.ssi.coverage import unfed
from sellindex.metrics.ssi.model import load_model
from sellindex.sources.kinds import IMPORTERS, KINDS, NOT_YET
from sellindex.store import default_db_path, open_store
from sellindex.store.identities import ENTITY_TABLES

if TYPE_CHECKING:
    from sellindex.ingest.crm_import import ImportProgress, ImportResult

_COUNTS = ("read", "loaded", "rejected", "duplicate")
_NOUNS = {
    **{entity: table for entity, (table, _) in ENTITY_TABLES.items()},
    "company": "companies",
    "content": "posts",
    "event": "events",
}


def step_bars(bars: Progress) -> ImportProgress:
    """One bar per step on stderr: each file read, the mapping, each table loaded.

    The class is built here, not at the top, so that `--help` does not load the importers (and
    ibis).
    """
    from sellindex.ingest.crm_import import ImportProgress
    from sellindex.ingest.files import SourceFile
    from sellindex.ingest.loader import FileResult

    class StepBars(ImportProgress):
        def __init__(self) -> None:
            self.current: TaskID | None = None

        def step(self, label: str) -> None:
            if self.current is not None:
                bars.update(self.current, completed=1.0)
            self.current = bars.add_task(label, total=1.0)

        def advance(self, fraction: float) -> None:
            if self.current is not None:
                bars.update(self.current, completed=fraction)

        def start_file(self, source: SourceFile) -> None:
            self.step(f"loading {source.table}")

        def update(self, source: SourceFile, fraction: float) -> None:
            self.advance(fraction)

        def finish_file(self, result: FileResult) -> None:
            self.advance(1.0)

    return StepBars()


def _kinds_help() -> str:
    supported = ", ".join(f"{kind} ({i.title})" for kind, i in IMPORTERS.items())
    later = (
        f"; {', '.join(NOT_YET)} {'is' if len(NOT_YET) == 1 else 'are'} named but not supported yet"
        if NOT_YET
        else ""
    )
    return (
        f"What the export is: {supported}, ssi-readings (saved JSON readings of the index "
        f"page, one file or a folder of daily files){later}. Leave it out to detect the kind "
        "from the files' names and headers."
    )


@app.command(name="import")
def import_command(
    kind: Annotated[
        str | None,
        typer.Argument(metavar="KIND", help=_kinds_help(), show_default=False),
    ] = None,
    path: Annotated[
        Path | None,
        typer.Argument(
            metavar="PATH",
            help="The export (required): a folder of its files, one file, or a ZIP of either.",
            show_default=False,
        ),
    ] = None,
    db: DbOption = None,
    mapping: Annotated[
        Path | None,
        typer.Option(
            "--mapping",
            help=(
                "A TOML or JSON file that renames the export's columns to the names the "
                "importer reads and maps values (e.g. custom stage names to won / lost), and "
                "says how to read dates. See docs/import.md."
            ),
            show_default=False,
        ),
    ] = None,
    dry_run: Annotated[
        bool,
        typer.Option(
            "--dry-run",
            help="Read, map and validate everything and report the counts; write nothing.",
        ),
    ] = False,
    member: Annotated[
        int | None,
        typer.Option(
            "--member",
            help=(
                "Whose saved index readings these are (a member id); defaults to the one "
                "member whose data archive the store holds."
            ),
            show_default=False,
        ),
    ] = None,
    json_output: JsonOption = False,
) -> None:
    """Import an export: a member's data archive, saved index readings, a CRM export or a
    pipeline CSV, mapped onto the store's tables and loaded.

    The rows go through the same validated, transactional load as `sellindex ingest`, with the
    same counts and rejects: rejects name the export's file, line and column. Source keys
    (CRM ids, owner ids, agent names) keep the same member, account and deal ids on every
    import, so importing the same export twice adds nothing and a later export adds only what
    is new.
    """
    from sellindex.ingest.crm_import import import_export

    kind, path = _kind_and_path(kind, path)
    if not path.exists():
        raise SellindexError(f"no such file or folder: {path}")
    if dry_run:
        target = db if db is not None else default_db_path()
        store = open_store(target, read_only=True) if target.exists() else None
    else:
        store = open_store(db, create=True)
    try:
        if not json_output and sys.stderr.isatty():
            with file_bars() as bars:
                result = import_export(
                    store,
                    path,
                    kind,
                    mapping=mapping,
                    dry_run=dry_run,
                    progress=step_bars(bars),
                    member=member,
                )
        else:
            result = import_export(
                store, path, kind, mapping=mapping, dry_run=dry_run, member=member
            )
    finally:
        if store is not None:
            store.close()
    db_path = store.path if store is not None else (db or default_db_path())
    report(_as_data(result, db_path), json_output, _render)


def _kind_and_path(kind: str | None, path: Path | None) -> tuple[str | None, Path]:
    """`import KIND PATH` or `import PATH`: a lone argument is the path unless it names a kind."""
    if kind is None:
        raise SellindexError("give the export to import: sellindex import [KIND] PATH")
    if path is None:
        if kind in KINDS and not Path(kind).exists():
            raise SellindexError(
                f"give the path of the {kind} export: sellindex import {kind} PATH"
            )
        return None, Path(kind)
    if kind not in KINDS:
        raise SellindexError(f"unknown kind {kind!r}; kinds are: {', '.join(KINDS)}")
    return kind, path


def _as_data(result: ImportResult, db: Path) -> dict[str, Any]:
    return {
        "db": str(db),
        "kind": result.kind,
        "path": str(result.path),
        "detected": result.detected,
        "dry_run": result.dry_run,
        "load_id": result.load_id,
        "files": {role: str(p) for role, p in result.files.items()},
        "ignored": [{"file": str(p), "reason": why} for p, why in result.ignored],
        "tables": [
            {
                "table": t.table,
                "from": [str(p) for p in t.files],
                "read": t.read,
                "loaded": t.loaded,
                "rejected": t.rejected,
                "duplicate": t.duplicate,
                "new_rejects": t.new_rejects,
            }
            for t in result.tables
        ],
        "totals": result.totals,
        "new_ids": result.new_ids,
        "notes": result.notes,
        "no_data_signals": {
            str(member): [s.name for s in unfed(load_model(), feeds)]
            for member, feeds in result.feeds.items()
        },
        "first_rejects": [
            {"file": f, "line": line, "reason": reason} for f, line, reason in result.first_rejects
        ],
    }


def _render(data: dict[str, Any]) -> None:
    if data["dry_run"]:
        title = f"Dry run of a {data['kind']} import from {data['path']}: nothing was written"
    else:
        title = f"Load {data['load_id']}: {data['kind']} export {data['path']} into {data['db']}"
    if data["detected"]:
        console.print(f"kind {data['kind']}, detected: {data['detected']}", markup=False)
    grid = RichTable(title=title, title_justify="left")
    grid.add_column("table", no_wrap=True)
    grid.add_column("from")
    for header in _COUNTS:
        grid.add_column(header, justify="right", no_wrap=True)
    for t in data["tables"]:
        names = ", ".join(Path(f).name for f in t["from"])
        grid.add_row(t["table"], names, *(f"{t[k]:,}" for k in _COUNTS))
    grid.add_row("total", "", *(f"{data['totals'][k]:,}" for k in _COUNTS))
    console.print(grid)
    new = {k: v for k, v in data["new_ids"].items() if v}
    if new:
        console.print(
            "new ids: " + ", ".join(f"{n:,} {_NOUNS[entity]}" for entity, n in new.items()),
            markup=False,
        )
    for note in data["notes"]:
        console.print(note, markup=False, soft_wrap=True)
    for member, names in data["no_data_signals"].items():
        if names:
            console.print(
                f"index signals this {data['kind']} cannot feed for member {member} (the card "
                "shows no data for them unless another source does): " + ", ".join(names),
                markup=False,
                soft_wrap=True,
            )
    for item in data["ignored"]:
        console.print(f"left out {item['file']}: {item['reason']}", markup=False)
    rejected = data["totals"]["rejected"]
    if not rejected:
        return
    rows = "row" if rejected == 1 else "rows"
    if not data["dry_run"]:
        console.print(
            f"{rejected:,} {rows} rejected: see `sellindex rejects` for files, lines and reasons"
        )
        return
    console.print(f"{rejected:,} {rows} would be rejected:")
    for r in data["first_rejects"]:
        console.print(f"  {Path(r['file']).name}:{r['line']} {r['reason']}", markup=False)
    if rejected > len(data["first_rejects"]):
        console.print(f"  ... and {rejected - len(data['first_rejects']):,} more")
