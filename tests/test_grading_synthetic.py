"""On a generated world with planted top performers, grading puts them at the top."""

from __future__ import annotations

import json

import pytest

from sellindex.interfaces.cli import main

pytestmark = pytest.mark.slow

WORLD_OPTIONS = (
    "--members", "3000", "--leads-per-member", "8", "--touches-per-lead", "4",
    "--connections-per-member", "2", "--events-per-member", "1", "--seed", "7",
)  # fmt: skip


def _run(*args: str) -> None:
    try:
        main(list(args))
    except SystemExit as exc:
        assert not exc.code, f"sellindex {' '.join(args)} failed with {exc.code}"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, set[int]]:
    folder = tmp_path_factory.mktemp("world")
    files, db = folder / "files", folder / "world.duckdb"
    _run("synth", "--out", str(files), *WORLD_OPTIONS, "--json")
    _run("ingest", str(files), "--db", str(db), "--json")
    truth = json.loads((files / "ground_truth.json").read_text())
    return str(db), set(truth["top_performers"]["member_ids"])


def _grades(capsys: pytest.CaptureFixture[str], db: str, period: str) -> list[dict]:
    capsys.readouterr()
    _run("grade", "--db", db, "--period", period, "--json")
    return json.loads(capsys.readouterr().out)["grades"]


def test_top_performers_rank_at_the_top_over_the_year(world, capsys) -> None:
    db, top = world
    grades = _grades(capsys, db, "all")
    ranked = [g["member_id"] for g in grades if g["grade"] != "-"]
    assert len(ranked) >= 40 and top <= set(ranked)
    positions = sorted(ranked.index(rep) for rep in top)
    assert positions[-1] < len(ranked) / 4, positions  # all of them in the top quarter
    assert len(set(ranked[: len(top)]) & top) >= len(top) / 2
    letters = [g["grade"] for g in grades if g["member_id"] in top]
    assert sum(letter in ("A", "B") for letter in letters) >= len(top) - 1, letters
    assert "E" not in letters


def test_top_performers_lead_within_a_quarter(world, capsys) -> None:
    db, top = world
    grades = _grades(capsys, db, "quarter")
    ranked = [g["member_id"] for g in grades if g["grade"] != "-"]
    positions = sorted(ranked.index(rep) for rep in top if rep in ranked)
    assert len(positions) >= len(top) - 1
    median = positions[len(positions) // 2]
    assert median < len(ranked) / 5, positions  # noisier over one quarter, still near the top
