"""Ingest under stress: a process killed mid-load, and a file larger than the memory limit."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from sellindex.ingest import ingest
from sellindex.ingest.loader import PAUSE_HOOK_ENV
from sellindex.store import open_store

pytestmark = pytest.mark.slow

MEMBERS = 2_000


def write_world(folder: Path, events: int, *, padding: str = "") -> None:
    """Members and activity files made by DuckDB itself, so the test stays quick."""
    folder.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    con.execute(
        f"""COPY (SELECT i AS member_id, 'software' AS industry, '2024-01-01' AS joined_at
            FROM range(1, {MEMBERS + 1}) t(i)) TO '{folder / "members.csv"}'"""
    )
    con.execute(
        f"""COPY (SELECT i AS event_id, 1 + i % {MEMBERS} AS member_id,
                   ['login', 'post', 'comment'][1 + i % 3] AS event_type,
                   TIMESTAMP '2024-01-01' + to_seconds(i % 31536000) AS occurred_at,
                   '{padding}' AS note
            FROM range(1, {events + 1}) t(i)) TO '{folder / "activity.csv"}'"""
    )
    con.close()


def snapshot(db: Path) -> dict[str, object]:
    """Row counts and content hashes of every table that a load writes."""
    with open_store(db, read_only=True) as store:
        return {
            name: store.con.execute(
                f"SELECT count(*), sum(hash(t)) FROM (SELECT * FROM {name}) t"
            ).fetchone()
            for name in ("members", "activity", "loads", "rejects")
        }


def sellindex_command() -> list[str]:
    script = Path(sys.executable).with_name("sellindex")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from sellindex.interfaces.cli import main; main()"]


def wait_for_pause(process: subprocess.Popen[str] | subprocess.Popen[bytes], marker: Path) -> None:
    """Wait until the loader, inside its transaction, shows it paused after the first file."""
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "ingest never reached the pause point"
        time.sleep(0.05)


def test_killed_ingest_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    seed = tmp_path / "seed"
    seed.mkdir()
    (seed / "members.csv").write_text(
        "member_id,industry,joined_at\n1,software,2024-01-01\n999999,retail,x\n"
    )
    with open_store(db, create=True) as store:
        ingest(store, seed)
    before = snapshot(db)

    world = tmp_path / "world"
    write_world(world, 200_000)
    marker = tmp_path / "inside-transaction"
    env = {**os.environ, PAUSE_HOOK_ENV: str(marker)}
    process = subprocess.Popen(
        [*sellindex_command(), "ingest", str(world), "--db", str(db), "--json"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for_pause(process, marker)
        # Members are loaded (uncommitted) and activity has not started: kill it here.
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == -signal.SIGKILL

    assert snapshot(db) == before

    rerun = subprocess.run(
        [*sellindex_command(), "ingest", str(world), "--db", str(db), "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    report = json.loads(rerun.stdout)
    counts = {f["table"]: (f["read"], f["loaded"], f["duplicate"]) for f in report["files"]}
    assert counts == {"members": (MEMBERS, MEMBERS - 1, 1), "activity": (200_000, 200_000, 0)}
    with open_store(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM activity").fetchone() == (200_000,)
        assert store.con.execute("SELECT count(DISTINCT load_id) FROM loads").fetchone() == (2,)


def test_file_larger_than_the_memory_limit_loads(tmp_path: Path) -> None:
    world = tmp_path / "world"
    write_world(world, 1_200_000, padding="x" * 100)
    size_mb = (world / "activity.csv").stat().st_size / 2**20
    limit_mb = 48
    assert size_mb > 3 * limit_mb
    db = tmp_path / "store.duckdb"
    with open_store(db, create=True) as store:
        result = ingest(store, world, memory_limit=f"{limit_mb}MB")
        limit = store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
        loaded = store.con.execute("SELECT count(*), max(event_id) FROM activity").fetchone()
    number, unit = limit.split()
    assert unit == "MiB" and float(number) <= limit_mb
    assert [f.rows_loaded for f in result.files] == [MEMBERS, 1_200_000]
    assert loaded == (1_200_000, 1_200_000)


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_line_numbers_follow_file_order_under_parallel_scans(tmp_path: Path, fmt: str) -> None:
    """Many read buffers, so DuckDB scans in parallel: bad rows must still get their own line."""
    rows = 400_000
    path = tmp_path / f"members.{fmt}"
    source = f"""
        SELECT i AS member_id,
               CASE WHEN i % 99_991 = 0 THEN '' ELSE 'software' END AS industry,
               '2024-01-01' AS joined_at
        FROM range(1, {rows + 1}) t(i)
    """
    con = duckdb.connect()
    if fmt == "csv":
        con.execute(f"COPY ({source}) TO '{path}' (HEADER)")
    else:
        con.execute(f"COPY ({source}) TO '{path}' (FORMAT json)")
    con.close()
    assert path.stat().st_size > 2 * 4 * 2**20  # several 4 MB read buffers
    with open_store(tmp_path / "store.duckdb", create=True) as store:
        result = ingest(store, path)
        lines = store.con.execute("SELECT line, raw FROM rejects ORDER BY line").fetchall()
    bad = [i for i in range(1, rows + 1) if i % 99_991 == 0]
    header = 1 if fmt == "csv" else 0
    assert [line for line, _ in lines] == [i + header for i in bad]
    assert [int(json.loads(raw)["member_id"]) for _, raw in lines] == bad
    assert (result.files[0].rows_loaded, result.files[0].rows_rejected) == (rows - 4, 4)
