"""Beside a rep's numbers: cycle length with deal size, and regression to the mean."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from sellindex.analysis.rep_context import cycle_for_size, regression_to_the_mean


def _won(rep: int, amounts: list[float], cycles: list[float]) -> pd.DataFrame:
    return pd.DataFrame(
        {"member_id": rep, "team_id": 1, "period": pd.Timestamp("2024-01-01"),
         "amount": amounts, "cycle_days": cycles}
    )  # fmt: skip


def test_a_long_cycle_on_large_deals_is_explained_by_deal_size() -> None:
    """Company-wide, cycle = 10 x sqrt(amount) (with a little noise). Rep 2 sells deals a
    hundred times larger and takes ten times longer than rep 1: as expected for the sizes, as
    are reps 1 and 5. Rep 4 takes twice as long as deals of its size take: not explained."""
    jitter = [0.99, 1.0, 1.01]
    deals = pd.concat(
        [
            _won(1, [100.0] * 3, [100.0 * j for j in jitter]),
            _won(2, [10_000.0] * 3, [1000.0 * j for j in jitter]),
            _won(3, [400.0] * 3, [200.0 * j for j in jitter]),
            _won(4, [400.0] * 3, [400.0 * j for j in jitter]),
            _won(5, [2_500.0] * 3, [500.0 * j for j in jitter]),
        ]
    )
    rows = cycle_for_size(deals).set_index("member_id")
    assert rows.loc[2, "cycle_days"] == pytest.approx(1000.0)
    assert rows.loc[2, "avg_amount"] == 10_000.0
    assert rows.loc[2, "team_cycle_days"] == pytest.approx(400.0)  # median of the five reps
    assert rows.loc[2, "explained_by_size"]
    assert "longer cycle than the team (1000 vs 400 days)" in rows.loc[2, "note"]
    assert "larger deals (average 10,000 vs 400)" in rows.loc[2, "note"]
    assert rows.loc[1, "explained_by_size"]  # shorter, on smaller deals
    assert not rows.loc[4, "explained_by_size"]  # as long as the team, but slow for its size
    assert rows.loc[4, "size_adjusted_ratio"] > 1.2
    assert rows.loc[4, "note"] == ""
    assert rows.loc[5, "explained_by_size"]  # 25% longer than the team, on larger deals


def test_last_periods_top_and_bottom_reps_get_the_chance_explanation() -> None:
    first, second = pd.Timestamp("2024-01-01"), pd.Timestamp("2024-02-01")
    rates = [0.9, 0.52, 0.48, 0.5, 0.1, 0.51, 0.49, 0.53, 0.47, 0.5]
    estimates = [0.7, *rates[1:4], 0.3, *rates[5:]]
    grades = pd.DataFrame(
        {
            "member_id": list(range(1, 11)) * 2,
            "period": [first] * 10 + [second] * 10,
            "grade": "C",
            "win_rate": rates * 2,
            "win_rate_estimate": estimates * 2,
        }
    )
    notes = regression_to_the_mean(grades).set_index("member_id")
    assert set(notes.index) == {1, 5} and set(notes["period"]) == {second}
    assert notes.loc[1, "note"].startswith("top fifth last period at 90%")
    assert "toward 70% (20 points down" in notes.loc[1, "note"]
    assert "toward 30% (20 points up" in notes.loc[5, "note"]
    assert np.isclose(notes.loc[5, "expected_win_rate"], 0.3)


def test_grade_shows_cycle_with_deal_size(run_cli, tmp_path) -> None:
    from sellindex.store import open_store
    from test_kpis_fixtures import build_sales_world

    db = tmp_path / "sales.duckdb"
    with open_store(db, create=True) as store:
        build_sales_world(store)
    code, out, err = run_cli("grade", "--db", str(db), "--period", "all", "--json")
    assert code == 0, err
    data = json.loads(out)
    cycles = {row["member_id"]: row for row in data["cycle_and_deal_size"]}
    assert cycles[1]["cycle_days"] == pytest.approx(20.0) and cycles[1]["avg_amount"] == 1000.0
    assert cycles[2]["cycle_days"] == pytest.approx(30.0)
    assert data["regression_to_the_mean"] == []
    code, out, _ = run_cli("grade", "--db", str(db), "--period", "all")
    assert code == 0 and "Grades over the whole window" in out
