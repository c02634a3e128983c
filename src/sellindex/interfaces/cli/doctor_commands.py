"""`doctor`: what an export holds and whether `import` would take it, before importing it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table as RichTable

from sellindex.errors import SellindexError
from sellindex.interfaces.cli.app import DbOption, JsonOption, app, console, print_json, report
from sellindex.interfaces.cli.import_commands import step_bars
from sellindex.interfaces.cli.ingest_commands import file_bars
from sellindex.metrics.ssi.model import load_model
from sellindex.sources.kinds import KINDS
from sellindex.store import default_db_path, open_store

if TYPE_CHECKING:
    from sellindex.ingest.import_results import ImportProgress
    from sellindex.ingest.inspection import Inspection

MISSING = "\N{EN DASH}"


@app.command(name="doctor")
def doctor_command(
    path: Annotated[
        Path,
        typer.Argument(
            metavar="PATH",
            help="The export to check: a folder of its files, one file, or a ZIP of either.",
            show_default=False,
        ),
    ],
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            help=f"What the export is ({', '.join(KINDS)}); detected as import does when left out.",
            show_default=False,
        ),
    ] = None,
    mapping: Annotated[
        Path | None,
        typer.Option(
            "--mapping",
            help="The mapping file import would be given (see `sellindex import --help`).",
            show_default=False,
        ),
    ] = None,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Check an export before importing it, and say what it can feed.

    Reads the export the way `sellindex import` does (kind, file roles, headers, dates, the
    mapping onto the canonical tables) and writes nothing. It reports each file's role and
    rows, the columns no role reads and the ones a role would read but the file lacks, the
    share of dates that cannot be read, a data archive's year of format and whether it is only
    the Basic part, and which index signals, pillars and KPIs the data can and cannot feed,
    with the reason for each. It exits 0 when import would take the export, and 1 with
    import's own one-line reason when import would refuse it. `--db` is the store an import
    would go to (saved readings belong to the member whose archive it holds).
    """
    from sellindex.ingest.doctor import check_export

    target = db if db is not None else default_db_path()
    store = open_store(target, read_only=True) if target.exists() else None
    try:
        with _progress(json_output) as progress:
            found = check_export(path, kind, mapping=mapping, store=store, progress=progress)
    except SellindexError as exc:
        refusal = f"import would refuse: {exc}"
        if json_output:
            print_json({"path": str(path), "ok": False, "verdict": refusal})
        raise SellindexError(refusal) from None
    finally:
        if store is not None:
            store.close()
    report(as_data(found), json_output, _render)


@contextmanager
def _progress(json_output: bool) -> Iterator[ImportProgress | None]:
    """Bars on stderr for each file read, on a terminal only."""
    if json_output or not sys.stderr.isatty():
        yield None
        return
    with file_bars() as bars:
        yield step_bars(bars)


def as_data(found: Inspection) -> dict[str, Any]:
    """The report with what it can feed and the verdict, as `--json` prints it."""
    from sellindex.ingest.doctor import verdict
    from sellindex.metrics.feedable import coverage

    data = found.to_dict()
    if found.kind != "ssi-readings":
        data["coverage"] = coverage(load_model(), found.feeds, found.why_absent)
    data["ok"] = True
    data["verdict"] = verdict(found)
    return data


def _render(data: dict[str, Any]) -> None:
    from sellindex.ingest.inspection import export_noun

    console.print(f"{data['path']}: {export_noun(data['kind'])}", markup=False)
    if data["detected"]:
        console.print(f"kind {data['kind']}, detected: {data['detected']}", markup=False)
    if data["format"]:
        evidence = "; ".join(data["format_evidence"])
        label = "format" if data["kind"] == "archive" else "columns"
        console.print(f"{label}: {data['format']}" + (f" ({evidence})" if evidence else ""))
    if data["part"]:
        console.print(f"part: {data['part']} archive ({data['part_evidence']})", markup=False)
    _files(data)
    for item in data["ignored"]:
        console.print(f"left out {item['file']}: {item['reason']}", markup=False)
    for note in data["notes"]:
        console.print(note, markup=False)
    if "coverage" in data:
        _index(data["coverage"]["index"])
        _kpis(data["coverage"]["kpis"])
    for warning in data["warnings"]:
        console.print(f"warning: {warning}", markup=False)
    console.print(data["verdict"], markup=False)


def _files(data: dict[str, Any]) -> None:
    grid = RichTable(title="Files", title_justify="left")
    for header in ("role", "file", "rows", "unreadable dates", "columns not read", "missing"):
        grid.add_column(header, justify="right" if header == "rows" else "left")
    for f in data["files"]:
        dates = ", ".join(
            f"{d['column']} {d['share_failed']:.0%} ({d['failed']:,} of {d['values']:,})"
            for d in f["dates"]
            if d["failed"]
        )
        grid.add_row(
            f["role"],
            Path(f["file"]).name,
            f"{f['rows']:,}",
            dates or MISSING,
            ", ".join(f["unknown_columns"]) or MISSING,
            ", ".join(f["missing_columns"]) or MISSING,
        )
    console.print(grid)


def _index(index: dict[str, Any]) -> None:
    if not index["fed_points"]:
        console.print(
            f"Index ({index['model']}): no signal can have data from this export "
            "(--json gives the reason for each)",
            markup=False,
        )
        return
    grid = RichTable(
        title=f"Index ({index['model']}): {index['fed_points']:g} of 100 points can have data",
        title_justify="left",
    )
    for header in ("pillar", "signals fed", "points fed"):
        grid.add_column(header, justify="left" if header == "pillar" else "right")
    for p in index["pillars"]:
        grid.add_row(
            p["title"], f"{p['fed']} of {p['signals']}", f"{p['fed_points']:g} of {p['points']:g}"
        )
    console.print(grid)
    unfed = [s for s in index["signals"] if not s["fed"]]
    if not unfed:
        return
    grid = RichTable(title="Signals it cannot feed", title_justify="left")
    for header in ("signal", "pillar", "points", "why not"):
        grid.add_column(header, justify="right" if header == "points" else "left")
    for s in unfed:
        grid.add_row(s["name"], s["pillar"], f"{s['points']:g}", s["reason"])
    console.print(grid)


def _kpis(families: list[dict[str, Any]]) -> None:
    from sellindex.metrics.feedable import kpi_rows

    grid = RichTable(title="KPIs", title_justify="left")
    for header in ("family", "KPIs", "can", "why not"):
        grid.add_column(header)
    for row in kpi_rows(families):
        grid.add_row(
            row["family"],
            ", ".join(row["kpis"]),
            "yes" if row["fed"] else "no",
            row["reason"] or "",
        )
    console.print(grid)
