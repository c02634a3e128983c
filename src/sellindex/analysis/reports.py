"""Everything a grade table or a rep scorecard shows, computed once per request."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

import ibis
import pandas as pd

from sellindex.analysis.grading import MIN_DEALS, grade_reps, pool_periods
from sellindex.analysis.intervals import DEFAULT_LEVEL
from sellindex.analysis.rep_context import cycle_for_size, regression_to_the_mean
from sellindex.analysis.rep_statistics import complete_grid, rep_statistics
from sellindex.analysis.trends import rep_trends
from sellindex.errors import SellindexError
from sellindex.metrics.kpis.periods import Window, data_bounds
from sellindex.metrics.kpis.reps import (
    closed_facts,
    rep_exclusions,
    rep_kpis,
    with_team_comparison,
)
from sellindex.store.engines import TableSource

GRADING_GRAINS = ("month", "quarter", "all")
"""`all` grades once over the whole window (wins, deals and revenue pooled across months)."""
PERIOD_OFFSETS = {"day": {"days": 1}, "week": {"weeks": 1}, "month": {"months": 1},
                  "quarter": {"months": 3}}  # fmt: skip


class GradingGrain(StrEnum):
    """Periods reps are graded over: per month, per quarter, or once over the whole window."""

    month = "month"
    quarter = "quarter"
    all = "all"


@dataclass(frozen=True)
class RepReport:
    window: Window
    grid: pd.DataFrame
    """Per rep and period: metric values and their statistics (see `rep_statistics`)."""
    grades: pd.DataFrame
    trends: pd.DataFrame
    exclusions: dict[str, int]
    periods: list[pd.Timestamp]
    graded_period: pd.Timestamp | None
    """The latest period the data covers to its end (a period still under way is not graded);
    with `all`, the first period of the window, which the pooled grades are filed under."""
    data_end: datetime | None
    level: float
    pooled: bool = False
    """Grades cover the whole window rather than one period."""
    cycles: pd.DataFrame | None = None
    """Per rep and period: cycle length beside deal size (`rep_context.cycle_for_size`)."""
    regression_notes: pd.DataFrame | None = None
    """Per rep and period: regression to the mean after a top or bottom period."""


SHORTEST_FIRST = ("month", "quarter", "all")
ENOUGH_GRADED = 0.5
"""A grading period is long enough when it grades at least this share of the reps who closed
a deal in it."""


def share_graded(closed_deals: pd.Series) -> float:
    """Of the reps who closed a deal in a period (`closed_deals` per rep), the share with
    enough closed deals for a letter."""
    closing = closed_deals[closed_deals > 0]
    return float((closing >= MIN_DEALS).mean()) if len(closing) else 0.0


def share_graded_in_latest_period(
    store: TableSource, grain: str, start: datetime | None = None, end: datetime | None = None
) -> float:
    """`share_graded` in the period `rep_report` would grade, from deal counts alone (a
    fraction of a grading run's cost, so that choosing a period stays cheap)."""
    window = Window(start, end, grain)
    facts = closed_facts(store, window)
    counts = (
        facts.group_by(["member_id", "period"])
        .aggregate(closed=(facts.won + facts.lost).sum())
        .to_pyarrow()
        .to_pandas()
    )
    if counts.empty:
        return 0.0
    periods = sorted(pd.Timestamp(p) for p in counts["period"].unique())
    graded = latest_complete_period(periods, grading_data_end(store, window), window)
    return share_graded(counts.loc[pd.to_datetime(counts["period"]) == graded, "closed"])


@dataclass(frozen=True)
class GradingChoice:
    grain: str
    reason: str


def shortest_graded_grain(shares: dict[str, float] | Callable[[str], float]) -> GradingChoice:
    """The shortest grading period (month, quarter, then the whole window) that grades most
    reps who closed deals, with the reason in a sentence; `shares` gives each grain's
    `share_graded` (called lazily, shortest first, since each costs a grading run)."""
    share_of = shares.get if isinstance(shares, dict) else shares
    skipped: list[str] = []
    for grain in SHORTEST_FIRST[:-1]:
        share = share_of(grain) or 0.0
        if share >= ENOUGH_GRADED:
            reason = f"by {grain}: {share:.0%} of the reps who closed deals have a grade"
            return GradingChoice(grain, "; ".join([*skipped, reason]))
        skipped.append(
            f"by {grain} only {share:.0%} of the reps who closed deals in the latest complete "
            f"{grain} reached the {MIN_DEALS} closed deals a grade needs"
        )
    return GradingChoice("all", "; ".join([*skipped, "so the whole window is graded at once"]))


def latest_complete_period(
    periods: list[pd.Timestamp], data_end: datetime | None, window: Window
) -> pd.Timestamp | None:
    """The last period the data reaches the final day of; the last period when none does."""
    if not periods:
        return None
    if data_end is None:
        return periods[-1]
    step = pd.DateOffset(**PERIOD_OFFSETS[window.grain])
    reached = pd.Timestamp(data_end) + pd.Timedelta(days=1)
    complete = [p for p in periods if p + step <= reached]
    return complete[-1] if complete else periods[-1]


def grading_data_end(store: TableSource, window: Window) -> datetime | None:
    """Where the CRM records end, within the window: periods past it are still under way."""
    _, data_end = data_bounds(
        (store.table("opportunities"), "closed_at"),
        (store.table("opportunities"), "created_at"),
        (store.table("leads"), "assigned_at"),
    )
    if window.end is not None and (data_end is None or data_end > window.end):
        data_end = window.end
    return data_end


def rep_report(
    store: TableSource,
    grain: str = "month",
    start: datetime | None = None,
    end: datetime | None = None,
    team: int | None = None,
    level: float = DEFAULT_LEVEL,
) -> RepReport:
    """Grades, trends and exclusions for every rep (or one team's reps) over the window.

    Grading always uses every rep of the company for the empirical-Bayes prior; `team` only
    filters what is returned.
    """
    if grain not in GRADING_GRAINS:
        raise SellindexError(f"grade by one of: {', '.join(GRADING_GRAINS)} (got {grain!r})")
    window = Window(start, end, "month" if grain == "all" else grain)
    grid = complete_grid(rep_statistics(store, window), window)
    won = closed_facts(store, window).filter(ibis._.won == 1)
    won = won.select("member_id", "team_id", "period", cycle_days="won_cycle_days",
                     amount="won_amount").to_pyarrow().to_pandas()  # fmt: skip
    if grain == "all":
        grades = grade_reps(pool_periods(grid), level)
        trends = rep_trends(grid.iloc[0:0], level)
        won["period"] = won["period"].min()
        notes = regression_to_the_mean(grades.iloc[0:0])
    else:
        grades = grade_reps(grid, level)
        trends = rep_trends(grid, level)
        notes = regression_to_the_mean(grades)
    cycles = cycle_for_size(won, level)
    if team is not None:
        teams = store.table("teams")
        known = teams.filter(teams.team_id == team).count().to_pyarrow().as_py()
        if not known and not (grid["team_id"] == team).any():
            raise SellindexError(f"no team {team} in the store")
        grid = grid[grid["team_id"] == team]
        grades = grades[grades["team_id"] == team]
        trends = trends[trends["team_id"] == team]
        members = set(grid["member_id"])
        cycles = cycles[cycles["member_id"].isin(members)]
        notes = notes[notes["member_id"].isin(members)]
    data_end = grading_data_end(store, window)
    periods = sorted(pd.to_datetime(grid["period"]).unique()) if not grid.empty else []
    graded = latest_complete_period([pd.Timestamp(p) for p in periods], data_end, window)
    if grain == "all":
        graded = pd.Timestamp(periods[0]) if periods else None
    return RepReport(
        window=window,
        grid=grid.reset_index(drop=True),
        grades=grades.reset_index(drop=True),
        trends=trends.reset_index(drop=True),
        exclusions=rep_exclusions(store, window),
        periods=[pd.Timestamp(p) for p in periods],
        graded_period=graded,
        data_end=data_end,
        level=level,
        pooled=grain == "all",
        cycles=cycles.reset_index(drop=True),
        regression_notes=notes.reset_index(drop=True),
    )


def team_comparison(store: TableSource, window: Window, rep_id: int) -> pd.DataFrame:
    """The rep's micro-metrics per period with their team's median and their percentile."""
    per_rep = rep_kpis(store, window)
    long = with_team_comparison(per_rep)
    mine = long.filter(long.member_id == rep_id)
    frame = mine.to_pyarrow().to_pandas()
    frame["period"] = pd.to_datetime(frame["period"])
    return frame
