"""The Python API gives the same answers as the layers it wraps, on a small synthetic world."""

from __future__ import annotations

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
