"""From files to explained scores: the one pipeline `demo`, `bench` and the Python API run, so
a demo store, a benchmark's store and a script's store are built the same way."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow.parquet as pq

from sellindex.errors import SellindexError
from sellindex.ingest import FileResult, IngestPlan, SourceFile, load_plan, plan_ingest
from sellindex.ingest import Progress as LoadProgress
from sellindex.ingest.loader import watch_progress
from sellindex.schema import LOAD_ORDER
from sellindex.schema import table as schema_table
from sellindex.store import Store
from sellindex.store.connection import transaction
from sellindex.store.loads import LoadRecord, next_load_id, record_load, utc_now

if TYPE_CHECKING:
    from sellindex.metrics.ssi.model import Model
    from sellindex.metrics.ssi.run import ScoredDate

WEEK = timedelta(days=7)


def weekly_dates(latest: date, weeks: int) -> list[date]:
    """`weeks` scoring dates a week apart, oldest first, ending on `latest`."""
    if weeks < 1:
        raise SellindexError(f"score at least one week (got {weeks})")
    return [latest - WEEK * back for back in reversed(range(weeks))]


def score_weeks(
    store: Store,
    model: Model,
    weeks: int = 1,
    latest: date | None = None,
    on_done: Callable[[ScoredDate], None] | None = None,
) -> list[ScoredDate]:
    """Score the last `weeks` weekly dates, ending on `latest` (default: the day of the latest
    activity), so the index has a history and a weekly change from the start."""
    from sellindex.metrics.ssi.run import default_as_of, score_into_snapshots

    dates = weekly_dates(latest or default_as_of(store), weeks)
    return score_into_snapshots(store, model, dates, on_done)


def generated_files(world: Path, tables: Sequence[str]) -> tuple[dict[str, Path] | None, str]:
    """The generator's Parquet file of each table, if `world` is exactly as `sellindex synth`
    wrote it; otherwise None and the reason it is not.

    The generator guarantees that every row it writes passes validation, so only such a world
    may skip it. Its marker is ground_truth.json; each needed table must be the one Parquet
    file the generator names after it, holding the row count the marker records.
    """
    from sellindex.sources.synth import GROUND_TRUTH_FILE

    marker = world / GROUND_TRUTH_FILE
    if not marker.is_file():
        return None, f"no {GROUND_TRUTH_FILE}, so not a world written by `sellindex synth`"
    try:
        recorded = json.loads(marker.read_text())["rows"]
    except (ValueError, KeyError, TypeError):
        recorded = None
    if not isinstance(recorded, dict):
        return None, f"{GROUND_TRUTH_FILE} does not record the row counts of the world"
    planned = plan_ingest(world).files
    files = {}
    for name in tables:
        found = [f for f in planned if f.table == name]
        expected = world / f"{name}.parquet"
        if [f.path for f in found] != [expected]:
            return None, f"table {name} is not the single file {expected.name}"
        rows = pq.ParquetFile(expected).metadata.num_rows
        if rows != recorded.get(name):
            return None, (
                f"{expected.name} holds {rows:,} rows, not the {recorded.get(name)} "
                f"that {GROUND_TRUTH_FILE} records"
            )
        files[name] = expected
    return files, "written by `sellindex synth`, whose rows pass validation by construction"


def bulk_load(
    store: Store, files: dict[str, Path], progress: LoadProgress | None = None
) -> dict[str, int]:
    """Insert each Parquet file into its table as it is, in one transaction, without validation.

    Only for files `generated_files` vouches for. Each file is recorded in `loads` like an
    ingest, so the store says where its rows came from.
    """
    progress = progress or LoadProgress()
    con = store.con
    rows: dict[str, int] = {}
    with transaction(con):
        load_id = next_load_id(con)
        for name, path in files.items():
            source = SourceFile(path, name, "parquet")
            progress.start_file(source)
            started = utc_now()
            columns = ", ".join(f'"{c}"' for c in schema_table(name).column_names)
            with watch_progress(con, lambda fraction, s=source: progress.update(s, fraction)):
                inserted = con.execute(
                    f'INSERT INTO "{name}" BY NAME SELECT {columns} FROM read_parquet(?)',
                    [str(path)],
                ).fetchone()
                rows[name] = int(inserted[0]) if inserted else 0
            record_load(
                con,
                LoadRecord(load_id, name, str(path), rows[name], rows[name], started_at=started),
            )
            progress.finish_file(
                FileResult(path, name, "parquet", rows_read=rows[name], rows_loaded=rows[name])
            )
    return rows


LOAD_METHODS = ("auto", "bulk", "ingest")
"""How `bench` fills the store from a world: `auto` bulk-loads a generated world and validates
any other; `bulk` insists on bulk; `ingest` validates every row even of a generated world, to
time the path users' data takes."""


def load_world(
    store: Store,
    world: Path,
    tables: Sequence[str],
    memory_limit: str | None,
    step: Callable[[str], None],
    progress: LoadProgress | None = None,
    method: str = "auto",
) -> dict[str, Any]:
    """Fill an empty store from `world` (see `LOAD_METHODS`): what was loaded how, and why.
    Both ways report rows read, loaded, rejected and duplicate, so their counts compare."""
    if method not in LOAD_METHODS:
        raise SellindexError(f"unknown load method {method!r}; use {', '.join(LOAD_METHODS)}")
    files, reason = generated_files(world, tables)
    if method == "bulk" and files is None:
        raise SellindexError(f"cannot bulk-load {world}: {reason}")
    if files is not None and method != "ingest":
        step(f"bulk-loading {', '.join(files)} from {world}")
        rows = bulk_load(store, files, progress)
        total = sum(rows.values())
        return {
            "method": "bulk",
            "reason": reason,
            "world": str(world),
            "rows": rows,
            "rows_read": total,
            "rows_loaded": total,
            "rows_rejected": 0,
            "rows_duplicate": 0,
        }
    plan = plan_ingest(world)
    if files is not None:
        # The same tables a bulk load would insert, so the two times compare.
        reason = "--load ingest: every row validated, as any user's data is"
        plan = IngestPlan(tuple(f for f in plan.files if f.table in tables), plan.skipped)
    step(f"loading {world} through ingest (validated)")
    result = load_plan(store, plan, memory_limit=memory_limit, progress=progress)
    rows = {}
    for loaded in result.files:
        rows[loaded.table] = rows.get(loaded.table, 0) + loaded.rows_loaded
    totals = result.totals
    return {
        "method": "ingest",
        "reason": reason,
        "world": str(world),
        "rows": rows,
        "rows_read": totals["rows_read"],
        "rows_loaded": totals["rows_loaded"],
        "rows_rejected": totals["rows_rejected"],
        "rows_duplicate": totals["rows_duplicate"],
    }


@dataclass
class Built:
    """What `build` did: the load's counts, the scored dates, and the index's spread."""

    load: dict[str, Any]
    scored: list[ScoredDate]
    distribution: dict[str, Any] = field(default_factory=dict)

    @property
    def latest(self) -> date:
        return self.scored[-1].as_of


def build(
    store: Store,
    world: Path,
    model: Model,
    *,
    weeks: int = 1,
    method: str = "ingest",
    memory_limit: str | None = None,
    on_step: Callable[[str], None] | None = None,
) -> Built:
    """Load every table of `world` (validated, unless `method` says otherwise), score `weeks`
    weekly snapshots and describe the index's spread on the latest one."""
    from sellindex.metrics.ssi.run import calibration

    step = on_step or (lambda _: None)
    loaded = load_world(store, world, LOAD_ORDER, memory_limit, step, method=method)
    step(f"scoring {weeks} weekly snapshot{'s' if weeks != 1 else ''}")
    scored = score_weeks(store, model, weeks)
    return Built(loaded, scored, calibration(store, model, scored[-1].as_of))
