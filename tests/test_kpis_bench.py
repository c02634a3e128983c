"""The benchmark's pandas implementation agrees with the KPI definitions, and docs list them."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from sellindex.bench.rep_kpis import bench_rep_kpis, compare
from sellindex.metrics.kpis import (
    ADS_KPIS,
    ENGAGEMENT_KPIS,
    GROWTH_KPIS,
    REP_KPIS,
    SOCIAL_KPIS,
)
from test_kpis_fixtures import build_sales_world

DOCS = Path(__file__).resolve().parents[1] / "docs" / "kpis.md"


def test_bench_agrees_on_the_hand_computed_world(store) -> None:
    build_sales_world(store)
    result = bench_rep_kpis(store)
    assert set(result) >= {"case", "rows", "sellindex_seconds", "pandas_seconds", "agree"}
    assert result["rows"] == 4
    assert result["agree"], result["mismatches"]
    assert "6 leads, 12 touches, 6 deals" in result["case"]


def test_compare_spots_a_wrong_value() -> None:
    row = {"member_id": 1, "period": pd.Timestamp("2024-01-01")}
    metrics = {k.name: 1.0 for k in REP_KPIS}
    ours = pd.DataFrame([row | metrics])
    theirs = pd.DataFrame([row | metrics | {"win_rate": 0.9}])
    agree, mismatches = compare(ours, theirs)
    assert not agree and mismatches["win_rate"] == 1
    missing = pd.DataFrame([row | metrics | {"member_id": 2}])
    assert compare(ours, missing)[1]["rows"] == 2


@pytest.mark.parametrize(
    "kpi",
    [k.name for family in (ENGAGEMENT_KPIS, GROWTH_KPIS, ADS_KPIS, SOCIAL_KPIS, REP_KPIS)
     for k in family],
)  # fmt: skip
def test_every_kpi_is_documented(kpi: str) -> None:
    assert f"`{kpi}`" in DOCS.read_text(), f"docs/kpis.md does not define `{kpi}`"
