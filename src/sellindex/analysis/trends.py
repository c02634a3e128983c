"""Did a rep's metric improve, regress or not clearly change from one period to the next?

A raw difference is not evidence: 2 of 3 deals won after 1 of 3 is noise. Each metric's change
comes with a confidence interval of the difference (see `rep_statistics` for which interval
each metric uses). The verdict is *improved* or *regressed* only when that interval excludes 0,
in the direction the metric counts as better; otherwise *no clear change*. For metrics where
neither direction is better (e.g. leads assigned) the verdict is *rose* or *fell*. Below
`MIN_SAMPLE` observations in either period the verdict is *not enough data*.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from sellindex.analysis import intervals
from sellindex.analysis.rep_statistics import (
    COUNT,
    LOG_MEAN,
    MEAN,
    METRIC_STATISTICS,
    PROPORTION,
    SUM,
    MetricStatistic,
    as_float,
)

MIN_SAMPLE = 5
"""Fewest observations (deals, leads, touched leads...) per period for a trend verdict."""

IMPROVED, REGRESSED, NO_CLEAR_CHANGE, NOT_ENOUGH_DATA = (
    "improved",
    "regressed",
    "no clear change",
    "not enough data",
)
ROSE, FELL = "rose", "fell"


def _difference(
    spec: MetricStatistic, before: pd.DataFrame, after: pd.DataFrame, level: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(difference of the tested statistic, its interval, sample sizes before and after)."""
    m = spec.metric
    n1, n2 = as_float(before, f"{m}__n"), as_float(after, f"{m}__n")
    if spec.kind == PROPORTION:
        diff, lo, hi = intervals.newcombe_difference(
            as_float(before, f"{m}__k"), n1, as_float(after, f"{m}__k"), n2, level
        )
    elif spec.kind in (MEAN, LOG_MEAN):
        diff, lo, hi = intervals.welch_difference(
            n1,
            as_float(before, f"{m}__mean"),
            as_float(before, f"{m}__var"),
            n2,
            as_float(after, f"{m}__mean"),
            as_float(after, f"{m}__var"),
            level,
        )
    elif spec.kind == SUM:
        diff, lo, hi = intervals.sum_difference(
            as_float(before, f"{m}__total"),
            as_float(before, f"{m}__squares"),
            as_float(after, f"{m}__total"),
            as_float(after, f"{m}__squares"),
            level,
        )
    elif spec.kind == COUNT:
        diff, lo, hi = intervals.poisson_difference(n1, n2, level)
        total = n1 + n2
        return diff, lo, hi, total, total
    else:
        raise ValueError(f"unknown statistic kind {spec.kind!r}")
    return diff, lo, hi, n1, n2


def verdicts(
    lo: np.ndarray, hi: np.ndarray, enough: np.ndarray, higher_is_better: bool | None
) -> np.ndarray:
    """Turn difference intervals into words; NaN intervals count as not enough data."""
    up = lo > 0
    down = hi < 0
    if higher_is_better is None:
        better, worse = ROSE, FELL
    elif higher_is_better:
        better, worse = IMPROVED, REGRESSED
    else:
        better, worse = REGRESSED, IMPROVED
    words = np.where(up, better, np.where(down, worse, NO_CLEAR_CHANGE))
    usable = enough & np.isfinite(lo) & np.isfinite(hi)
    return np.where(usable, words, NOT_ENOUGH_DATA)


def rep_trends(grid: pd.DataFrame, level: float = intervals.DEFAULT_LEVEL) -> pd.DataFrame:
    """For every rep, metric and pair of consecutive periods: change, interval and verdict.

    `grid` is `complete_grid(rep_statistics(...))`: consecutive rows of a rep are consecutive
    periods.
    """
    if grid.empty:
        return pd.DataFrame(
            columns=["member_id", "team_id", "metric", "previous_period", "period",
                     "previous_value", "value", "change", "tested", "difference", "low",
                     "high", "verdict"]
        )  # fmt: skip
    grid = grid.sort_values(["member_id", "period"]).reset_index(drop=True)
    previous = grid.groupby("member_id").shift(1)
    has_previous = previous["period"].notna().to_numpy()
    before = previous[has_previous].reset_index(drop=True)
    after = grid[has_previous].reset_index(drop=True)
    parts = []
    for spec in METRIC_STATISTICS:
        diff, lo, hi, n1, n2 = _difference(spec, before, after, level)
        enough = (n1 >= MIN_SAMPLE) & (n2 >= MIN_SAMPLE)
        value_before = as_float(before, spec.metric)
        value_after = as_float(after, spec.metric)
        parts.append(
            pd.DataFrame(
                {
                    "member_id": after["member_id"].to_numpy(),
                    "team_id": after["team_id"].to_numpy(),
                    "metric": spec.metric,
                    "previous_period": before["period"].to_numpy(),
                    "period": after["period"].to_numpy(),
                    "previous_value": value_before,
                    "value": value_after,
                    "change": value_after - value_before,
                    "tested": spec.kind,
                    "difference": diff,
                    "low": lo,
                    "high": hi,
                    "verdict": verdicts(lo, hi, enough, spec.higher_is_better),
                }
            )
        )
    return pd.concat(parts, ignore_index=True)
