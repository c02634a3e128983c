"""The pandas reference agrees with the index on the hand-made store, and `bench` reports it."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from sellindex.bench.reference import REFERENCE_COLUMNS, reference_index, reference_raw
from sellindex.bench.runner import PeakMemory, compare
from sellindex.metrics.ssi.model import load_model
from sellindex.metrics.ssi.run import score_into_snapshots
from sellindex.store import Store, open_store
from test_ssi import AS_OF, MEMBER_1_RAW, MEMBER_1_TRIALS, build_world


def _frames(store: Store) -> dict[str, pd.DataFrame]:
    return {
        name: store.con.execute(f"SELECT {', '.join(cols)} FROM {name}").fetchdf()
        for name, cols in REFERENCE_COLUMNS.items()
    }


def test_reference_counts_the_same_raw_values(store: Store) -> None:
    build_world(store)
    raw = reference_raw(_frames(store), load_model(), AS_OF).set_index("member_id")
    for name, expected in MEMBER_1_RAW.items():
        assert raw.loc[1, f"raw__{name}"] == pytest.approx(expected), name
    for name, expected in MEMBER_1_TRIALS.items():
        assert raw.loc[1, f"trials__{name}"] == expected, name
    assert sorted(raw.index) == [1, 2, 3, 5]


def test_reference_agrees_with_the_index_member_by_member(store: Store) -> None:
    build_world(store)
    model = load_model()
    score_into_snapshots(store, model, [AS_OF])
    ours = store.con.execute(
        "SELECT member_id, CAST(total AS DOUBLE) AS total, industry_rank, network_rank, team_rank "
        "FROM ssi_snapshots ORDER BY member_id"
    ).fetchdf()
    reference = reference_index(_frames(store), model, AS_OF).sort_values("member_id")
    result = compare(ours, reference.reset_index(drop=True))
    assert result["agree"], result
    assert result["members_compared"] == 4


def test_compare_reports_a_disagreement() -> None:
    ours = pd.DataFrame(
        {
            "member_id": [1, 2],
            "total": [10.0, 20.0],
            "industry_rank": [1, np.nan],
            "network_rank": [np.nan, np.nan],
            "team_rank": [1, 2],
        }
    )
    theirs = ours.copy()
    theirs.loc[1, "total"] = 20.01
    result = compare(ours, theirs)
    assert not result["agree"]
    assert result["max_total_difference"] == pytest.approx(0.01)
    theirs = ours.copy()
    theirs.loc[0, "industry_rank"] = 2
    assert compare(ours, theirs)["rank_mismatches"]["industry"] == 1


def test_peak_memory_sees_an_allocation() -> None:
    memory = PeakMemory(interval=0.005)
    with memory.sampling():
        block = np.ones(40_000_000 // 8)
        block.sum()
    assert memory.peak_bytes > 0 and memory.peak_mb > 30


def test_bench_command_on_a_store(run_cli, db_path: Path) -> None:
    with open_store(db_path, create=True) as store:
        build_world(store)
    code, out, err = run_cli("bench", "--db", str(db_path), "--json", "--threads", "1")
    assert code == 0, err
    data = json.loads(out)
    case = data["cases"][0]
    assert case["agree"] is True
    assert case["rows"]["members"] == 5
    assert case["sellindex_seconds"] > 0 and case["pandas_seconds"] > 0
    assert case["sellindex_cpu_seconds"] > 0 and case["pandas_cpu_seconds"] > 0
    assert case["pandas_load_cpu_seconds"] >= 0
    assert case["cpu_speedup"] == pytest.approx(
        case["pandas_cpu_seconds"] / case["sellindex_cpu_seconds"], abs=0.01
    )
    assert data["threads"] == 1


def test_bench_shows_cpu_time_next_to_wall_time(run_cli, db_path: Path) -> None:
    with open_store(db_path, create=True) as store:
        build_world(store)
    code, out, err = run_cli("bench", "--db", str(db_path), "--threads", "1")
    assert code == 0, err
    words = " ".join(out.split())
    assert "(CPU)" in words
    assert "CPU time (user + system, all threads)" in words


def test_bench_refuses_two_sources(run_cli, db_path: Path, tmp_path: Path) -> None:
    code, _, err = run_cli("bench", "--db", str(db_path), "--world", str(tmp_path))
    assert code == 1 and "one of --members, --world or --db" in err


def test_bench_without_the_reference_only_times_sellindex(run_cli, db_path: Path) -> None:
    with open_store(db_path, create=True) as store:
        build_world(store)
    code, out, err = run_cli("bench", "--db", str(db_path), "--no-reference", "--json")
    assert code == 0, err
    (case,) = json.loads(out)["cases"]
    assert "pandas_seconds" not in case and "agree" not in case
    assert case["sellindex_seconds"] > 0 and case["sellindex_peak_rss_mb"] > 0
