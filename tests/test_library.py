"""The Python API gives the same answers as the layers it wraps, on a small synthetic world."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

import sellindex
from sellindex.errors import SellindexError
from sellindex.sources.synth import SynthConfig, generate_world


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("library")
    generate_world(SynthConfig(members=800, seed=3), folder / "world")
    with sellindex.Workspace(folder / "lib.duckdb", create=True) as ws:
        result = ws.ingest(folder / "world")
        assert result.totals["rows_rejected"] == 0
        yield ws


def test_score_card_and_history(workspace) -> None:
    scored = workspace.score()
    assert [s.members for s in scored] == [800]
    snapshots = workspace.table("ssi_snapshots").to_pandas()
    assert len(snapshots) == 800
    member_id = int(snapshots.member_id.iloc[0])
    card = workspace.card(member_id)
    assert card["member_id"] == member_id
    assert len(workspace.history(member_id)["snapshots"]) == 1


def test_kpis_are_ibis_tables_with_rows(workspace) -> None:
    for subject in ("engagement", "growth", "ads", "social", "reps"):
        frame = workspace.kpis(subject, by="quarter").to_pandas()
        assert len(frame) > 0, subject


def test_grades_cover_the_reps(workspace) -> None:
    report = workspace.grades("all")
    reps = workspace.table("opportunities").owner_id.nunique().to_pyarrow().as_py()
    assert report.grades["member_id"].nunique() == reps


def test_mistakes_are_clear(workspace, tmp_path: Path) -> None:
    with pytest.raises(SellindexError, match="unknown KPI subject"):
        workspace.kpis("vibes")
    with pytest.raises(SellindexError, match="not a date"):
        workspace.card(1, as_of="last tuesday")
    with pytest.raises(SellindexError, match="no store"):
        sellindex.Workspace(tmp_path / "absent.duckdb")


def test_cards_boards_reps_and_insights_are_the_service_answers(workspace) -> None:
    if not workspace.table("ssi_runs").count().to_pyarrow().as_py():
        workspace.score()
    con = workspace.store.con
    team_id, size = con.execute(
        "SELECT team_id, count(*) FROM members WHERE team_id IS NOT NULL"
        " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1"
    ).fetchone()
    board = workspace.team(team_id)
    assert board["team_id"] == team_id and board["total"] == size
    totals = [row["total"] for row in board["rows"]]
    assert totals == sorted(totals, reverse=True)
    rep_id = con.execute(
        "SELECT owner_id FROM opportunities GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1"
    ).fetchone()[0]
    numbers = workspace.rep(rep_id)
    assert numbers["member_id"] == rep_id
    assert numbers["window"]["by"] in ("month", "quarter", "all")
    assert numbers["grading_reason"], "without `by`, the period is chosen and explained"
    assert workspace.rep(rep_id, by="quarter")["grading_reason"] is None
    assert workspace.insights()["scope"] == "company"
    with pytest.raises(SellindexError, match="no member 99999999 in the store"):
        workspace.rep(99999999)


def test_build_loads_and_scores_weekly_snapshots(tmp_path: Path) -> None:
    generate_world(SynthConfig(members=300, seed=5), tmp_path / "world")
    with sellindex.Workspace(tmp_path / "built.duckdb", create=True) as ws:
        built = ws.build(tmp_path / "world", weeks=3)
        days = [scored.as_of for scored in built.scored]
        assert built.load["method"] == "ingest" and built.load["rows_rejected"] == 0
        assert built.load["rows_read"] == built.load["rows_loaded"] > 0
        assert [(b - a).days for a, b in pairwise(days)] == [7, 7]
        members = [scored.members for scored in built.scored]
        assert members == sorted(members) and members[-1] == 300  # who had joined by each date
        assert built.latest == days[-1] and built.distribution
