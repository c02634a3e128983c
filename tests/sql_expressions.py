"""Every index and KPI expression, built over the canonical tables with no data behind them,
for the per-dialect SQL snapshots (`test_sql_snapshots.py`; no tests of its own).

Dates and windows are fixed so that the SQL depends only on the definitions and on the SQL
compiler: a change in a snapshot is a change in what an engine is asked to run.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import ibis.expr.types as ir

from sellindex.analysis.rep_statistics import rep_statistics_expr
from sellindex.metrics.kpis import (
    Window,
    ads,
    engagement,
    growth,
    rep_kpis,
    retention,
    social,
    with_team_comparison,
)
from sellindex.metrics.kpis.reps import rep_exclusion_counts
from sellindex.metrics.ssi.model import load_model
from sellindex.metrics.ssi.run import ranking_expr, scores_expr, scoring_tables, snapshot_rows
from sellindex.metrics.ssi.signals import raw_values
from sellindex.store.engines import SchemaTables

AS_OF = date(2026, 3, 31)
MONTHS = Window.from_dates(datetime(2026, 1, 1), datetime(2026, 3, 31), "month")
WEEKS = Window.from_dates(datetime(2026, 3, 1), datetime(2026, 3, 31), "week")
TABLES = SchemaTables()


def _index_signals() -> ir.Table:
    return raw_values(scoring_tables(TABLES), load_model(), AS_OF)


def _index_points() -> ir.Table:
    return scores_expr(TABLES, load_model(), AS_OF)


def _index_snapshot() -> ir.Table:
    model = load_model()
    return snapshot_rows(TABLES, ranking_expr(TABLES, model, AS_OF), model, AS_OF)


EXPRESSIONS: dict[str, Callable[[], ir.Expr | dict[str, ir.Expr]]] = {
    "index_signals": _index_signals,
    "index_points": _index_points,
    "index_snapshot": _index_snapshot,
    "kpis_engagement": lambda: engagement(TABLES, MONTHS, "post"),
    "kpis_growth": lambda: growth(TABLES, MONTHS, "all"),
    "kpis_growth_weekly": lambda: growth(TABLES, WEEKS, "industry"),
    "kpis_retention": lambda: retention(TABLES, MONTHS, "all"),
    "kpis_ads": lambda: ads(TABLES, MONTHS, "campaign"),
    "kpis_social": lambda: social(TABLES, MONTHS, "member"),
    "kpis_reps": lambda: rep_kpis(TABLES, MONTHS, "member"),
    "kpis_reps_team_comparison": lambda: with_team_comparison(rep_kpis(TABLES, MONTHS)),
    "kpis_reps_exclusions": lambda: rep_exclusion_counts(TABLES, MONTHS),
    "grade_inputs": lambda: rep_statistics_expr(TABLES, MONTHS),
}
"""Snapshot name -> the expression (or named expressions, kept in one file)."""

DIALECTS = {"duckdb": "duckdb", "spark": "pyspark", "trino": "trino", "postgres": "postgres"}
"""Snapshot folder -> Ibis compiler."""
