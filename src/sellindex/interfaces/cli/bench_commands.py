"""`bench`: time sellindex against a straightforward pandas implementation, in the same run."""

from __future__ import annotations

import os
from contextlib import nullcontext
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table as RichTable

from sellindex.interfaces.cli.app import JsonOption, app, console, err_console, report
from sellindex.interfaces.cli.engine_options import (
    EngineName,
    EngineOption,
    SparkConfOption,
    SparkMasterOption,
    TablesOption,
)
from sellindex.interfaces.cli.ingest_commands import file_bars, file_progress
from sellindex.interfaces.cli.ssi_commands import MemoryLimitOption, ThreadsOption
from sellindex.store.engines import DEFAULT_SPARK_MASTER, parse_spark_conf
from sellindex.store.snapshots import DEFAULT_MEMORY_LIMIT


class LoadMethod(StrEnum):
    """`bench --load`: see `service.pipeline.LOAD_METHODS`."""

    auto = "auto"
    bulk = "bulk"
    ingest = "ingest"


@app.command()
def bench(
    members: Annotated[
        int | None,
        typer.Option(
            "--members",
            help="Generate a world of this many members to benchmark on (default 100,000).",
            show_default=False,
        ),
    ] = None,
    world: Annotated[
        Path | None,
        typer.Option(
            "--world",
            help="Benchmark on this folder of canonical files. A world written by `sellindex "
            "synth` (it carries ground_truth.json) is bulk-loaded without validation, since "
            "the generator only writes valid rows; any other folder goes through `ingest`.",
            show_default=False,
        ),
    ] = None,
    db: Annotated[
        Path | None,
        typer.Option("--db", help="Benchmark on this existing store.", show_default=False),
    ] = None,
    model_path: Annotated[
        Path | None,
        typer.Option("--model", help="Index model file (TOML).", show_default=False),
    ] = None,
    threads: ThreadsOption = None,
    memory_limit: MemoryLimitOption = DEFAULT_MEMORY_LIMIT,
    scratch: Annotated[
        Path | None,
        typer.Option(
            "--scratch",
            help="Folder for the generated world and the benchmark's store "
            "(default: the system temp folder).",
            show_default=False,
        ),
    ] = None,
    load: Annotated[
        LoadMethod,
        typer.Option(
            "--load",
            help="How to fill the store from the world: auto bulk-loads a world written by "
            "`sellindex synth` and validates any other; ingest validates every row even of a "
            "generated world, to time the path users' data takes; bulk refuses any other world.",
        ),
    ] = LoadMethod.auto,
    keep: Annotated[
        bool,
        typer.Option(
            "--keep",
            help="Keep the generated world and the loaded store, to score it again with --db.",
        ),
    ] = False,
    reference: Annotated[
        bool,
        typer.Option(
            "--reference/--no-reference",
            help="Also run the pandas reference and the other cases; skip them at sizes "
            "pandas cannot hold in memory.",
        ),
    ] = True,
    engine: EngineOption = EngineName.duckdb,
    spark_master: SparkMasterOption = DEFAULT_SPARK_MASTER,
    spark_conf: SparkConfOption = None,
    tables: TablesOption = None,
    out: Annotated[
        str | None,
        typer.Option(
            "--out",
            metavar="FOLDER",
            help="With --engine spark: where Spark writes its snapshot (default: the scratch "
            "folder); on a cluster, an address its executors write to.",
            show_default=False,
        ),
    ] = None,
    json_output: JsonOption = False,
) -> None:
    """Score the index with all ranks and check it against a pandas reference, timing both.

    Prints both times, the speed-up, the peak resident memory of each phase (DuckDB
    included) and whether every member's index and ranks agree. Loading the world is timed
    on its own, and the output says whether it was bulk-loaded or validated by `ingest`.
    With --engine spark, the same tables are also scored from Parquet on DuckDB and on Spark
    in the same run, timed side by side and compared member by member.
    """
    # Imported here: the runner loads ibis and pandas, which `bench --help` never needs.
    from sellindex.bench.runner import SparkBench, run_bench

    show_steps = not json_output and err_console.is_terminal

    def step(text: str) -> None:
        if show_steps:
            err_console.print(f"[dim]{text}...[/dim]")

    spark = None
    if engine == EngineName.spark:
        conf = parse_spark_conf(spark_conf or [])
        if spark_master.startswith("local"):
            # The same budget as DuckDB's: a local Spark runs in the driver's memory.
            conf.setdefault("spark.driver.memory", memory_limit.lower().removesuffix("b"))
        spark = SparkBench(spark_master, conf, tables, out)
    bars = file_bars() if show_steps else None
    with bars or nullcontext():
        data = run_bench(
            members=members,
            world=world,
            db=db,
            model_path=model_path,
            threads=threads or os.cpu_count() or 1,
            memory_limit=memory_limit,
            scratch_root=scratch,
            keep=keep,
            step=step,
            with_reference=reference,
            progress=file_progress(bars) if bars else None,
            spark=spark,
            load_method=load.value,
        )
    report(data, json_output, _render)


def _render(data: dict[str, Any]) -> None:
    console.print(
        f"[bold]bench[/bold]: {data['model']}, DuckDB threads {data['threads']}, "
        f"memory limit {data['memory_limit']}"
    )
    table = RichTable()
    columns = ("case", "rows", "sellindex s (CPU)", "pandas s (CPU)", "speed-up", "peak RSS MB")
    for column in (*columns, "agree"):
        table.add_column(column, justify="left" if column in ("case", "rows") else "right")
    load = data.get("load")
    if load:  # the world's load first: rows read per second, every row counted
        per_second = load.get("rows_per_second")
        table.add_row(
            f"load ({load['method']})",
            f"{load['rows_total']:,} rows, {per_second or 0:,} rows/s",
            _seconds(load["seconds"], load["cpu_seconds"]),
            "-",
            "-",
            f"{load['peak_rss_mb']:,.0f}",
            "-",
        )
    for case in data["cases"]:
        if "spark_seconds" in case:
            continue
        rows = case.get("rows")
        rows_text = (
            ", ".join(f"{k} {v:,}" for k, v in rows.items())
            if isinstance(rows, dict)
            else str(rows)
        )
        ours, theirs = case.get("sellindex_seconds"), case.get("pandas_seconds")
        speedup = case.get("speedup") or (theirs / ours if ours and theirs else None)
        peaks = [case.get("sellindex_peak_rss_mb"), case.get("pandas_peak_rss_mb")]
        table.add_row(
            str(case.get("case")),
            rows_text,
            _seconds(ours, case.get("sellindex_cpu_seconds")),
            _seconds(theirs, case.get("pandas_cpu_seconds")),
            f"{speedup:.1f}x" if speedup else "-",
            " / ".join(f"{p:,.0f}" for p in peaks if p is not None) or "-",
            {True: "yes", False: "NO"}.get(case.get("agree"), "-"),
        )
    load = data.get("load")
    if load:
        _render_load(load)
    console.print(table)
    if load and data.get("db"):
        console.print(f"store kept at {data['db']}; score it again with --db")
    for case in data["cases"]:
        if "spark_seconds" in case:
            _render_engines(case)
        elif "max_total_difference" in case:
            console.print(
                f"{case['case']}: {case['members_compared']:,} members compared, largest index "
                f"difference {case['max_total_difference']}, rank mismatches "
                f"{case.get('rank_mismatches')}; pandas also spent "
                f"{case['pandas_load_seconds']:.2f} s reading the tables"
            )
        if case.get("cpu_speedup"):
            console.print(
                f"{case['case']}: CPU time (user + system, all threads) "
                f"{case['sellindex_cpu_seconds']:.1f} s against "
                f"{case['pandas_cpu_seconds']:.1f} s: "
                f"{case['cpu_speedup']:.1f}x; reading the tables into pandas took "
                f"{case['pandas_load_cpu_seconds']:.1f} s of CPU"
            )


def _render_engines(case: dict[str, Any]) -> None:
    table = RichTable(title=f"{case['case']} (as of {case['as_of']})", title_justify="left")
    for column in ("engine", "start s", "scoring s (CPU)", "vs DuckDB"):
        table.add_column(column, justify="left" if column == "engine" else "right")
    table.add_row("duckdb", "-", _seconds(case["duckdb_seconds"], case["duckdb_cpu_seconds"]), "1x")
    table.add_row(
        f"spark ({case['spark_master']})",
        f"{case['spark_start_seconds']:.1f}",
        _seconds(case["spark_seconds"], case["spark_cpu_seconds"]),
        f"{case['slowdown']}x slower" if case["slowdown"] else "-",
    )
    console.print(table)
    agree = "agree" if case["agree"] else "DISAGREE"
    console.print(
        f"spark and the store {agree} on {case['members_compared']:,} members: largest index "
        f"difference {case['max_total_difference']}, rank mismatches "
        f"{case.get('rank_mismatches')}; CPU includes Spark's JVM"
    )


def _render_load(load: dict[str, Any]) -> None:
    how = {
        "bulk": "bulk-loaded without validation",
        "ingest": "loaded through ingest, every row validated",
    }[load["method"]]
    rows = ", ".join(f"{name} {count:,}" for name, count in load["rows"].items())
    if load["method"] == "ingest":
        rows += (
            f" loaded of {load['rows_read']:,} read ({load['rows_rejected']:,} rejected, "
            f"{load['rows_duplicate']:,} duplicate)"
        )
    console.print(
        f"load: {how} ({load['reason']}): {rows} in {load['seconds']:.2f} s "
        f"({load['cpu_seconds']:.1f} s CPU, {load.get('rows_per_second') or 0:,} rows/s), "
        f"peak RSS {load['peak_rss_mb']:,.0f} MB"
    )


def _seconds(wall: float | None, cpu: float | None) -> str:
    """Wall time with the CPU time next to it: on a shared machine the CPU time is steadier."""
    if wall is None:
        return "-"
    return f"{wall:.2f} ({cpu:.1f})" if cpu is not None else f"{wall:.2f}"
