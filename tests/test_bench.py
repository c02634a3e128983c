"""The pandas reference agrees with the index on the hand-made store, and `bench` reports it;
a generated world bulk-loads to the same rows and scores as a validated ingest."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import pytest

from sellindex.bench.reference import REFERENCE_COLUMNS, reference_index, reference_raw
from sellindex.bench.runner import RANK_GROUPS, PeakMemory, compare
from sellindex.ingest import ingest
from sellindex.metrics.ssi.model import load_model
from sellindex.metrics.ssi.run import SCORING_TABLES, score_into_snapshots
from sellindex.service.pipeline import generated_files, load_world
from sellindex.sources.synth import GROUND_TRUTH_FILE, SynthConfig, generate_world
from sellindex.store import Store, open_store
from test_ssi import AS_OF, MEMBER_1_RAW, MEMBER_1_TRIALS, build_world

AS_OF_WORLD = date(2026, 10, 31)
"""The generated world's last day (SynthConfig's default end date)."""


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


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("world")
    generate_world(SynthConfig(members=2_000, seed=11, chunk_size=1_000), out)
    return out


def _recorded_rows(world: Path) -> dict[str, int]:
    return json.loads((world / GROUND_TRUTH_FILE).read_text())["rows"]


def _snapshot(store: Store) -> pd.DataFrame:
    ranks = ", ".join(f"{g}_rank, {g}_size, {g}_avg" for g in RANK_GROUPS)
    return store.con.execute(
        f"SELECT member_id, brand, find, engage, relationships, total, {ranks} "
        "FROM ssi_snapshots ORDER BY member_id"
    ).fetchdf()


def _copy_world(world: Path, to: Path, *, marker: bool = True) -> Path:
    to.mkdir()
    for path in world.iterdir():
        if marker or path.name != GROUND_TRUTH_FILE:
            shutil.copy(path, to / path.name)
    return to


def test_bulk_load_holds_the_rows_and_scores_that_ingest_gives(world: Path, tmp_path: Path) -> None:
    with open_store(tmp_path / "bulk.duckdb", create=True) as bulk:
        load = load_world(bulk, world, SCORING_TABLES, "2GB", step=lambda _: None)
        assert load["method"] == "bulk"
        recorded = _recorded_rows(world)
        assert load["rows"] == {name: recorded[name] for name in SCORING_TABLES}
        logged = bulk.con.execute(
            "SELECT table_name, rows_read, rows_loaded, rows_rejected FROM loads"
        ).fetchall()
        assert sorted(logged) == sorted((n, recorded[n], recorded[n], 0) for n in SCORING_TABLES)
        score_into_snapshots(bulk, load_model(), [AS_OF_WORLD])
        bulk_scores = _snapshot(bulk)
    with open_store(tmp_path / "ingest.duckdb", create=True) as validated:
        result = ingest(validated, world)
        assert result.totals["rows_rejected"] == 0
        validated.con.execute(f"ATTACH '{tmp_path / 'bulk.duckdb'}' AS bulk (READ_ONLY)")
        for name in SCORING_TABLES:
            differ = validated.con.execute(
                f"SELECT count(*) FROM ((SELECT * FROM {name} EXCEPT ALL "
                f"SELECT * FROM bulk.{name}) UNION ALL (SELECT * FROM bulk.{name} "
                f"EXCEPT ALL SELECT * FROM {name}))"
            ).fetchone()
            assert differ == (0,), name
        validated.con.execute("DETACH bulk")
        score_into_snapshots(validated, load_model(), [AS_OF_WORLD])
        ingest_scores = _snapshot(validated)
    assert len(bulk_scores) == recorded["members"]
    assert bulk_scores["network_rank"].notna().any() and bulk_scores["team_rank"].notna().any()
    pd.testing.assert_frame_equal(bulk_scores, ingest_scores)


def test_only_an_untouched_generated_world_skips_validation(world: Path, tmp_path: Path) -> None:
    files, _ = generated_files(world, SCORING_TABLES)
    assert files == {name: world / f"{name}.parquet" for name in SCORING_TABLES}

    plain = _copy_world(world, tmp_path / "plain", marker=False)
    files, reason = generated_files(plain, SCORING_TABLES)
    assert files is None and "ground_truth.json" in reason

    cut = _copy_world(world, tmp_path / "cut")
    members = pq.read_table(cut / "members.parquet")
    pq.write_table(members.slice(0, members.num_rows - 1), cut / "members.parquet")
    files, reason = generated_files(cut, SCORING_TABLES)
    assert files is None and f"{members.num_rows - 1:,} rows" in reason

    extra = _copy_world(world, tmp_path / "extra")
    shutil.copy(world / "activity.parquet", extra / "activity-more.parquet")
    files, reason = generated_files(extra, SCORING_TABLES)
    assert files is None and "activity" in reason


def test_bench_bulk_loads_a_generated_world_and_keeps_it_for_db(
    run_cli, world: Path, tmp_path: Path
) -> None:
    code, out, err = run_cli(
        "bench", "--world", str(world), "--no-reference", "--keep",
        "--scratch", str(tmp_path), "--threads", "1", "--json",
    )  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    load = data["load"]
    recorded = _recorded_rows(world)
    assert load["method"] == "bulk"
    assert load["rows"] == {name: recorded[name] for name in SCORING_TABLES}
    assert load["seconds"] > 0 and load["cpu_seconds"] > 0 and load["peak_rss_mb"] > 0
    (case,) = data["cases"]
    assert case["rows"]["members"] == recorded["members"]
    kept = Path(data["db"])
    assert kept.is_file()
    with open_store(kept, read_only=True) as store:
        first = _snapshot(store)

    code, out, err = run_cli("bench", "--db", str(kept), "--no-reference", "--json")
    assert code == 0, err
    again = json.loads(out)
    assert again["load"] is None
    assert again["cases"][0]["rows"] == case["rows"]
    with open_store(kept, read_only=True) as store:
        pd.testing.assert_frame_equal(_snapshot(store), first)


def test_bench_validates_any_other_folder_and_says_so(run_cli, world: Path, tmp_path: Path) -> None:
    plain = _copy_world(world, tmp_path / "plain", marker=False)
    code, out, err = run_cli("bench", "--world", str(plain), "--no-reference", "--threads", "1")
    assert code == 0, err
    words = " ".join(out.split())
    assert "loaded through ingest, every row validated" in words
    assert "no ground_truth.json" in words
    assert "members 2,000" in words


def test_bench_load_ingest_validates_a_generated_world_and_reports_its_rate(
    run_cli, world: Path, tmp_path: Path
) -> None:
    code, out, err = run_cli(
        "bench", "--world", str(world), "--load", "ingest", "--no-reference",
        "--scratch", str(tmp_path), "--threads", "1", "--json",
    )  # fmt: skip
    assert code == 0, err
    load = json.loads(out)["load"]
    recorded = _recorded_rows(world)
    assert load["method"] == "ingest"
    assert load["rows"] == {name: recorded[name] for name in SCORING_TABLES}
    expected = sum(recorded[name] for name in SCORING_TABLES)
    assert load["rows_read"] == load["rows_total"] == expected
    assert (load["rows_rejected"], load["rows_duplicate"]) == (0, 0)
    assert load["seconds"] > 0 and load["rows_per_second"] > 0


def test_bench_table_shows_the_load_with_its_rate(run_cli, world: Path, tmp_path: Path) -> None:
    code, out, err = run_cli(
        "bench", "--world", str(world), "--load", "ingest", "--no-reference",
        "--scratch", str(tmp_path), "--threads", "1",
    )  # fmt: skip
    assert code == 0, err
    words = " ".join(out.split())
    assert "loaded through ingest, every row validated" in words
    assert re.search(r"\(\S+ s CPU, [\d,]+ rows/s\)", words)
    assert "(ingest)" in words  # the table's load row


def test_bench_load_bulk_refuses_a_world_the_generator_did_not_write(
    run_cli, world: Path, tmp_path: Path
) -> None:
    plain = _copy_world(world, tmp_path / "plain", marker=False)
    code, _, err = run_cli(
        "bench", "--world", str(plain), "--load", "bulk", "--no-reference",
        "--scratch", str(tmp_path),
    )  # fmt: skip
    assert code == 1
    assert "cannot bulk-load" in err and "ground_truth.json" in err
