"""The benchmark: score the index with all ranks, then the pandas reference, in the same run.

Both run in this process on the same store, so the peak resident memory sampled during each
phase includes everything DuckDB allocated. Agreement is checked member by member.

Loading the world is timed apart from scoring. Validating costs several times the insert
itself (37 s against 8 s for the 50M rows of a 1M-member world), so by default a world written
by the generator, which only writes valid rows, is inserted as it is; any other folder, or any
world with `--load ingest`, is validated by `ingest` like any user's data.
"""

from __future__ import annotations

import importlib
import importlib.util
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import psutil

from sellindex.bench.reference import REFERENCE_COLUMNS, reference_index
from sellindex.errors import SellindexError
from sellindex.ingest import Progress as LoadProgress
from sellindex.metrics.ssi.model import Model, load_model
from sellindex.metrics.ssi.run import SCORING_TABLES, default_as_of
from sellindex.schema import LOAD_ORDER
from sellindex.service.pipeline import generated_files, load_world, score_weeks
from sellindex.store import Store, open_store
from sellindex.store.snapshots import configure_engine

TOLERANCE = 1e-6
RANK_GROUPS = ("industry", "network", "team")
Step = Callable[[str], None]


@dataclass
class PeakMemory:
    """Samples this process's resident memory in a background thread."""

    interval: float = 0.05
    peak_bytes: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)

    def _run(self) -> None:
        process = psutil.Process()
        while not self._stop.is_set():
            self.peak_bytes = max(self.peak_bytes, process.memory_info().rss)
            self._stop.wait(self.interval)

    @contextmanager
    def sampling(self) -> Iterator[PeakMemory]:
        self.peak_bytes = psutil.Process().memory_info().rss
        thread = threading.Thread(target=self._run, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._stop.set()
            thread.join()
            self._stop.clear()

    @property
    def peak_mb(self) -> float:
        return round(self.peak_bytes / 2**20, 1)


def prepare_store(
    members: int | None, world: Path | None, db: Path | None, scratch: Path, step: Step
) -> tuple[Path, Path | None]:
    """The store to benchmark and the world to fill it from (None when the store is given)."""
    if sum(x is not None for x in (members, world, db)) > 1:
        raise SellindexError("give one of --members, --world or --db")
    if db is not None:
        if not db.is_file():
            raise SellindexError(f"no store at {db}")
        return db, None
    if world is None:
        from sellindex.sources.synth import SynthConfig, generate_world

        world = scratch / "world"
        step(f"generating a world of {members or 100_000:,} members")
        generate_world(SynthConfig(members=members or 100_000, seed=1), world)
    elif not world.is_dir():
        raise SellindexError(f"world folder {world} does not exist")
    return scratch / "bench.duckdb", world


def _scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | None = None) -> int:
    row = con.execute(sql, params or []).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def _counts(store: Store) -> dict[str, int]:
    return {
        name: int(store.con.execute(f"SELECT count(*) FROM {name}").fetchone()[0])  # type: ignore[index]
        for name in ("members", "activity", "connections")
    }


def bench_index(
    store: Store,
    model: Model,
    as_of: date,
    step: Step,
    memory: PeakMemory,
    with_reference: bool = True,
) -> dict[str, Any]:
    step("scoring with all ranks (sellindex)")
    with memory.sampling():
        started, cpu = time.perf_counter(), cpu_seconds()
        score_weeks(store, model, 1, latest=as_of)
        ours_seconds = time.perf_counter() - started
        ours_cpu = cpu_seconds() - cpu
    ours_peak = memory.peak_mb
    timing = {
        "case": "social selling index with all ranks",
        "rows": _counts(store),
        "as_of": as_of,
        "sellindex_seconds": round(ours_seconds, 3),
        "sellindex_cpu_seconds": round(ours_cpu, 3),
        "sellindex_peak_rss_mb": ours_peak,
    }
    if not with_reference:
        return timing
    ours = store.con.execute(
        "SELECT member_id, CAST(total AS DOUBLE) AS total, industry_rank, network_rank, team_rank "
        "FROM ssi_snapshots WHERE as_of = ? ORDER BY member_id",
        [as_of],
    ).fetchdf()

    step("reading the tables into pandas")
    started, cpu = time.perf_counter(), cpu_seconds()
    frames = {
        name: store.con.execute(f"SELECT {', '.join(cols)} FROM {name}").fetchdf()
        for name, cols in REFERENCE_COLUMNS.items()
    }
    load_seconds = time.perf_counter() - started
    load_cpu = cpu_seconds() - cpu
    step("scoring with all ranks (pandas reference)")
    with memory.sampling():
        started, cpu = time.perf_counter(), cpu_seconds()
        reference = reference_index(frames, model, as_of)
        pandas_seconds = time.perf_counter() - started
        pandas_cpu = cpu_seconds() - cpu
    pandas_peak = memory.peak_mb
    del frames
    reference = reference.sort_values("member_id").reset_index(drop=True)
    comparison = compare(ours, reference)
    return {
        **timing,
        "pandas_seconds": round(pandas_seconds, 3),
        "pandas_load_seconds": round(load_seconds, 3),
        "pandas_load_cpu_seconds": round(load_cpu, 3),
        "pandas_cpu_seconds": round(pandas_cpu, 3),
        "cpu_speedup": round(pandas_cpu / ours_cpu, 2) if ours_cpu else None,
        "speedup": round(pandas_seconds / ours_seconds, 2) if ours_seconds else None,
        "pandas_peak_rss_mb": pandas_peak,
        **comparison,
    }


def cpu_seconds() -> float:
    """CPU time of this process (all threads): a figure that other jobs on a shared machine
    do not inflate, unlike wall-clock time."""
    times = psutil.Process().cpu_times()
    return times.user + times.system


def compare(ours: pd.DataFrame, reference: pd.DataFrame) -> dict[str, Any]:
    """Per-member agreement: totals within `TOLERANCE`, ranks identical (both null or equal)."""
    same_members = len(ours) == len(reference) and bool(
        (ours["member_id"].to_numpy() == reference["member_id"].to_numpy()).all()
    )
    if not same_members:
        return {"agree": False, "members_compared": 0, "max_total_difference": None}
    difference = (
        float(np.abs(ours["total"].to_numpy(dtype="float64") - reference["total"].to_numpy()).max())
        if len(ours)
        else 0.0
    )
    mismatches = {}
    for group in RANK_GROUPS:
        a = ours[f"{group}_rank"].to_numpy(dtype="float64", na_value=np.nan)
        b = reference[f"{group}_rank"].to_numpy(dtype="float64", na_value=np.nan)
        equal = (a == b) | (np.isnan(a) & np.isnan(b))
        mismatches[group] = int((~equal).sum())
    return {
        "agree": difference <= TOLERANCE and not any(mismatches.values()),
        "members_compared": len(ours),
        "max_total_difference": difference,
        "rank_mismatches": mismatches,
    }


def other_cases(store: Store) -> list[dict[str, Any]]:
    """Benchmark cases defined next to this one (e.g. rep KPIs), when they are installed."""
    if importlib.util.find_spec("sellindex.bench.rep_kpis") is None:
        return []
    module = importlib.import_module("sellindex.bench.rep_kpis")
    return [module.bench_rep_kpis(store)]


def run_bench(
    *,
    members: int | None,
    world: Path | None,
    db: Path | None,
    model_path: Path | None,
    threads: int,
    memory_limit: str,
    scratch_root: Path | None,
    keep: bool,
    step: Step,
    with_reference: bool = True,
    progress: LoadProgress | None = None,
    spark: SparkBench | None = None,
    load_method: str = "auto",
) -> dict[str, Any]:
    """Load (or open) the store, score it with all ranks, check and time it; with `spark`,
    also score the same tables as Parquet on DuckDB and on Spark."""
    model = load_model(model_path)
    scratch = Path(tempfile.mkdtemp(prefix="sellindex-bench-", dir=scratch_root))
    try:
        path, source = prepare_store(members, world, db, scratch, step)
        memory = PeakMemory()
        with open_store(path, create=source is not None) as store:
            configure_engine(store, threads, memory_limit)
            load = None
            if source is not None:
                tables = _tables_needed(with_reference)
                load = _timed_load(
                    store, source, tables, memory_limit, step, memory, progress, load_method
                )
                configure_engine(store, threads, memory_limit)
            as_of = default_as_of(store)
            cases = [bench_index(store, model, as_of, step, memory, with_reference)]
            if with_reference:
                step("other benchmark cases")
                cases.extend(other_cases(store))
            if spark is not None:
                cases.append(_engine_case(store, source, scratch, model, as_of, step, spark))
        return {
            "db": str(path) if db is not None or keep else None,
            "model": model.label,
            "threads": threads,
            "memory_limit": memory_limit,
            "load": load,
            "cases": cases,
        }
    finally:
        if not keep:
            shutil.rmtree(scratch, ignore_errors=True)


@dataclass(frozen=True)
class SparkBench:
    """`bench --engine spark`: where Spark runs, reads and writes."""

    master: str
    conf: dict[str, str]
    tables: str | None = None
    """The world's Parquet tables where Spark's executors read them (default: the local
    files DuckDB reads)."""
    out: str | None = None
    """Where Spark writes its snapshot (default: the scratch folder)."""


def _engine_case(
    store: Store,
    world: Path | None,
    scratch: Path,
    model: Model,
    as_of: date,
    step: Step,
    spark: SparkBench,
) -> dict[str, Any]:
    """The engine case over the world's own Parquet files when they are the generator's,
    else over a Parquet copy of the store."""
    from sellindex.bench.engines import Places, bench_engines
    from sellindex.store.engines import export_tables

    files = generated_files(world, SCORING_TABLES)[0] if world is not None else None
    if files is not None and world is not None:
        tables = str(world)
    else:
        step("writing the store's tables as Parquet")
        tables = str(export_tables(store, scratch / "tables", SCORING_TABLES))
    places = Places(
        duckdb_tables=tables,
        duckdb_out=str(scratch / "snapshots" / "duckdb"),
        spark_tables=spark.tables or tables,
        spark_out=spark.out or str(scratch / "snapshots" / "spark"),
    )
    return bench_engines(store, places, model, as_of, step, spark.master, spark.conf)


def _tables_needed(with_reference: bool) -> tuple[str, ...]:
    """Scoring reads four tables; the other cases (rep KPIs) read the CRM tables too."""
    return LOAD_ORDER if with_reference else SCORING_TABLES


def _timed_load(
    store: Store,
    world: Path,
    tables: Sequence[str],
    memory_limit: str,
    step: Step,
    memory: PeakMemory,
    progress: LoadProgress | None,
    method: str = "auto",
) -> dict[str, Any]:
    """Load the world, timed apart from scoring: wall and CPU seconds, rows per second (rows
    read, so a validated load counts its rejects and duplicates too), peak resident memory."""
    with memory.sampling():
        started, cpu = time.perf_counter(), cpu_seconds()
        load = load_world(store, world, tables, memory_limit, step, progress, method)
        seconds = time.perf_counter() - started
        load_cpu = cpu_seconds() - cpu
    rows = int(load.get("rows_read", sum(load["rows"].values())))
    return {
        **load,
        "rows_total": rows,
        "seconds": round(seconds, 3),
        "cpu_seconds": round(load_cpu, 3),
        "rows_per_second": round(rows / seconds) if seconds > 0 else None,
        "peak_rss_mb": memory.peak_mb,
    }
