"""Reps: micro-metrics against the team, grades with intervals, trends and coaching, and the
one rule for which period is graded when nobody says."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, cast

import numpy as np
import pandas as pd

from sellindex.analysis.reports import (
    GRADING_GRAINS,
    GradingChoice,
    rep_report,
    share_graded_in_latest_period,
    shortest_graded_grain,
)
from sellindex.errors import SellindexError
from sellindex.metrics.kpis import (
    REP_KPI_NAMES,
    REP_KPIS_BY_NAME,
    Window,
    rep_kpis,
    with_team_comparison,
)
from sellindex.service.cache import CARDS, RESULTS
from sellindex.service.insights import deal_insights
from sellindex.service.periods import grading_window, window_of
from sellindex.service.results import GradedPeriod, RepNumbers
from sellindex.service.rows import frame_rows, plain, sql_rows
from sellindex.service.scope import Scope
from sellindex.store import Store
from sellindex.store.engines import TableSource

REP_TABLES = ("metrics", "grades", "trends", "cycle_and_deal_size", "regression_to_the_mean")


def grading_choice(source: TableSource, start: date | None, end: date | None) -> GradingChoice:
    """The graded period every interface uses when none is asked for: the shortest one (month,
    quarter, whole window) in which most reps who closed deals get a grade, with the reason.
    Kept per store while its data stays the same; an engine's tables are asked each time."""

    def share(grain: str) -> float:
        window = window_of(start, end, grain)
        return share_graded_in_latest_period(source, grain, window.start, window.end)

    if not isinstance(source, Store):
        return shortest_graded_grain(share)
    key = ("grading-choice", start, end)
    return RESULTS.get(source, key, lambda: shortest_graded_grain(share))


@dataclass(frozen=True)
class ByMember:
    """A result table sorted by member id, so one member's rows are a binary search away
    (no per-request scan of every rep's rows, and no up-front split into 100,000 pieces)."""

    frame: pd.DataFrame
    ids: np.ndarray

    @classmethod
    def of(cls, frame: pd.DataFrame, order: list[str], drop: list[str]) -> ByMember:
        ordered = frame.sort_values(["member_id", *order], kind="stable").reset_index(drop=True)
        return cls(ordered.drop(columns=drop), ordered["member_id"].to_numpy())

    def rows(self, member_id: int) -> list[dict[str, Any]]:
        first, last = np.searchsorted(self.ids, [member_id, member_id + 1])
        return frame_rows(self.frame.iloc[first:last].drop(columns="member_id"))


def _rep_tables(store: Store, window: Window, grain: str) -> dict[str, Any]:
    """Grades, trends and team comparison for every rep of the window, computed together once
    (grading needs every rep for its prior) and filed by rep."""
    report = rep_report(store, grain, window.start, window.end)
    comparison = with_team_comparison(rep_kpis(store, report.window)).to_pyarrow().to_pandas()
    comparison = comparison[comparison["metric"].isin(list(REP_KPIS_BY_NAME))]
    order = comparison["metric"].map({name: i for i, name in enumerate(REP_KPI_NAMES)})
    units = comparison["metric"].map({name: kpi.unit for name, kpi in REP_KPIS_BY_NAME.items()})
    comparison = comparison.assign(_order=order, unit=units)
    assert report.cycles is not None and report.regression_notes is not None
    return {
        "grades": ByMember.of(report.grades, ["period"], []),
        "trends": ByMember.of(report.trends, [], ["team_id"]),
        "metrics": ByMember.of(comparison, ["period", "_order"], ["team_id", "_order"]),
        "cycle_and_deal_size": ByMember.of(report.cycles, ["period"], []),
        "regression_to_the_mean": ByMember.of(report.regression_notes, ["period"], []),
        "graded_period": plain(report.graded_period),
        "level": report.level,
        "exclusions": report.exclusions,
    }


def _company_rep_tables(store: Store, window: Window, grain: str) -> dict[str, Any]:
    return RESULTS.get(store, ("rep", window, grain), lambda: _rep_tables(store, window, grain))


def rep_numbers(
    scope: Scope,
    store: Store,
    rep_id: int,
    start: date | None = None,
    end: date | None = None,
    grain: str | None = None,
) -> RepNumbers:
    """A rep's micro-metrics against their team, grades with intervals, and trend verdicts;
    without `grain`, graded over the period `grading_choice` picks, and why."""
    scope.require_member(rep_id)
    choice = grading_choice(store, start, end) if grain is None else None
    grain = choice.grain if choice else grain
    if grain not in GRADING_GRAINS:
        raise SellindexError(f"grade by one of: {', '.join(GRADING_GRAINS)} (got {grain!r})")
    window = grading_window(start, end, grain)
    tables = _company_rep_tables(store, window, grain)
    profile = sql_rows(store, "SELECT name, team_id FROM members WHERE member_id = ?", [rep_id])
    if not profile:
        raise scope.refusal(rep_id)
    rows = CARDS.get(store, ("rep", window, grain, rep_id), lambda: _rep_rows(tables, rep_id))
    return cast(
        RepNumbers,
        {
            "member_id": rep_id,
            "name": profile[0]["name"],
            "team_id": profile[0]["team_id"],
            "window": {"from": window.start, "to_exclusive": window.end, "by": grain},
            "graded_period": tables["graded_period"],
            "grading_reason": choice.reason if choice else None,
            "level": tables["level"],
            "exclusions": tables["exclusions"],
            **rows,
            "coaching": coaching_for(store, rep_id),
        },
    )


def _rep_rows(tables: dict[str, Any], rep_id: int) -> dict[str, list[dict[str, Any]]]:
    return {name: tables[name].rows(rep_id) for name in REP_TABLES}


def latest_grades(store: Store, member_ids: list[int]) -> tuple[GradedPeriod, dict[int, str]]:
    """The graded period shown by default, and these members' grades in it."""
    choice = grading_choice(store, None, None)
    tables = _company_rep_tables(store, grading_window(None, None, choice.grain), choice.grain)
    period = tables["graded_period"]
    frame = tables["grades"].frame
    mine = frame[frame["member_id"].isin(member_ids) & (pd.to_datetime(frame["period"]) == period)]
    graded: GradedPeriod = {"by": choice.grain, "period": period, "reason": choice.reason}
    return graded, dict(zip(mine["member_id"].astype(int), mine["grade"], strict=True))


def coaching_for(store: Store, rep_id: int) -> list[str]:
    """The rep's coaching points from the analysis of every closed deal (empty when there is
    too little to analyse)."""
    try:
        report = deal_insights(store, "won", Window(), ())
    except SellindexError:
        return []
    return [point["message"] for point in report["coaching"].get(str(rep_id), [])]
