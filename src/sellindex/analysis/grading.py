"""Grade reps on wins and losses and on booked revenue, with the uncertainty small samples carry.

For each rep and period:
- **Win rate** is estimated by empirical Bayes: a Beta prior centred on the rep's team win rate
  (all the team's closed deals pooled), as strong as the spread between reps allows
  (`intervals.beta_prior_strength`, fitted across all reps of the period). A rep with three
  deals stays close to the team rate; one with fifty speaks for themselves. The raw rate and
  its Wilson interval are reported beside the shrunk estimate and its credible interval.
- **Booked revenue** gets a compound-Poisson interval (the number of wins is random, each win
  adds its amount). It is compared with the booked revenue of the team's *median* rep: a few
  reps with large accounts would pull a mean far from the typical rep.

Each of the two gets a letter from how sure we are that the rep is above the team:
`confidence` = P(rep's true value > team's) (the Beta posterior for win rate, the normal
approximation of the interval for revenue).

| letter | confidence above team | meaning |
|---|---|---|
| A | at least 0.975 | clearly above the team (the 95% interval lies above it) |
| B | 0.80 to 0.975 | probably above |
| C | 0.20 to 0.80 | cannot be told apart from the team |
| D | 0.025 to 0.20 | probably below |
| E | below 0.025 | clearly below the team |

`grade` is the win-rate letter (wins and losses), `revenue_grade` the booked-revenue letter.
Fewer than `MIN_DEALS` closed deals in the period: *not enough data*, and no letter. Reps are
ranked by their shrunk win rate (`win_rate_estimate`), so a lucky streak of three wins does not
top the list; reps without enough data come last.

scipy is imported inside the functions that use it: loading it takes about a second, which
every command and every server process would otherwise pay at start.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from sellindex.analysis import intervals
from sellindex.analysis.rep_statistics import as_float

MIN_DEALS = 5
"""Fewest closed (won or lost) deals in a period for a grade."""
PRIOR_MEAN_BOUNDS = (0.01, 0.99)
"""A team that won (or lost) every deal still leaves room for the other outcome."""

ABOVE, IN_LINE, BELOW, NOT_ENOUGH_DATA = (
    "above team",
    "in line with team",
    "below team",
    "not enough data",
)
LETTER_THRESHOLDS = ((0.975, "A"), (0.80, "B"), (0.20, "C"), (0.025, "D"), (0.0, "E"))
"""(lowest confidence above the team, letter), best first."""
NO_GRADE = "-"

GRADE_COLUMNS = [
    "member_id", "team_id", "period", "closed_deals", "won_deals", "lost_deals",
    "win_rate", "wilson_low", "wilson_high", "team_win_rate", "prior_strength",
    "win_rate_estimate", "win_rate_low", "win_rate_high", "win_rate_confidence",
    "win_rate_band", "grade", "booked_revenue", "revenue_low", "revenue_high",
    "team_median_revenue", "revenue_confidence", "revenue_band", "revenue_grade",
    "team_rank", "team_size",
]  # fmt: skip


def letters(confidence: np.ndarray, enough: np.ndarray) -> np.ndarray:
    """Letter grades from the probability of being above the team (see the module table)."""
    choices = [confidence >= low for low, _ in LETTER_THRESHOLDS]
    graded = np.select(choices, [letter for _, letter in LETTER_THRESHOLDS], default=NO_GRADE)
    return np.where(enough & np.isfinite(confidence), graded, NO_GRADE)


def bands(low: np.ndarray, high: np.ndarray, reference: np.ndarray, enough: np.ndarray):
    """Above / below the team when the whole interval is on one side of it."""
    words = np.where(low > reference, ABOVE, np.where(high < reference, BELOW, IN_LINE))
    return np.where(enough, words, NOT_ENOUGH_DATA)


def _by_team_and_period(frame: pd.DataFrame, values: np.ndarray, how: str) -> np.ndarray:
    keys = [frame["team_id"].fillna(-1).to_numpy(), frame["period"].to_numpy()]
    return pd.Series(values).groupby(keys).transform(how).to_numpy(dtype=np.float64)


def grade_reps(grid: pd.DataFrame, level: float = intervals.DEFAULT_LEVEL) -> pd.DataFrame:
    """One row per rep and period with win-rate and revenue estimates, intervals and grades."""
    from scipy import stats

    if grid.empty:
        return pd.DataFrame(columns=GRADE_COLUMNS)
    frame = grid[["member_id", "team_id", "period"]].reset_index(drop=True).copy()
    won = as_float(grid, "win_rate__k")
    closed = as_float(grid, "win_rate__n")
    revenue = as_float(grid, "booked_revenue__total")
    squares = as_float(grid, "booked_revenue__squares")
    enough = closed >= MIN_DEALS
    frame["closed_deals"] = closed
    frame["won_deals"] = won
    frame["lost_deals"] = closed - won
    with np.errstate(invalid="ignore", divide="ignore"):
        frame["win_rate"] = np.where(closed > 0, won / closed, np.nan)
        team_rate = _by_team_and_period(frame, won, "sum") / _by_team_and_period(
            frame, closed, "sum"
        )
    frame["wilson_low"], frame["wilson_high"] = intervals.wilson(won, closed, level)

    pooled = pd.DataFrame({"period": frame["period"], "k": won, "n": closed})
    company = pooled.groupby("period")[["k", "n"]].transform("sum")
    company_rate = (company["k"] / company["n"].where(company["n"] > 0)).to_numpy()
    team_rate = np.where(np.isfinite(team_rate), team_rate, company_rate)
    prior_mean = np.clip(team_rate, *PRIOR_MEAN_BOUNDS)
    # In a team that won (or lost) every deal no rep can be above (below) the team, and none
    # showed they would be below (above) it: all are in line.
    unanimous = (team_rate <= 0) | (team_rate >= 1)
    per_period = {
        period: intervals.beta_prior_strength(group["k"], group["n"])
        for period, group in pooled.groupby("period")
    }
    strength = frame["period"].map(per_period).to_numpy(dtype=np.float64)
    estimate, low, high = intervals.beta_posterior(won, closed, prior_mean, strength, level)
    alpha = strength * prior_mean + won
    beta = strength * (1 - prior_mean) + (closed - won)
    with np.errstate(invalid="ignore"):
        win_confidence = np.where(unanimous, 0.5, stats.beta.sf(team_rate, alpha, beta))
    frame["team_win_rate"] = team_rate
    frame["prior_strength"] = strength
    frame["win_rate_estimate"], frame["win_rate_low"], frame["win_rate_high"] = estimate, low, high
    frame["win_rate_confidence"] = np.where(enough, win_confidence, np.nan)
    frame["win_rate_band"] = np.where(
        unanimous & enough, IN_LINE, bands(low, high, team_rate, enough)
    )
    frame["grade"] = letters(win_confidence, enough)

    revenue_low, revenue_high = intervals.compound_poisson_sum(revenue, squares, level)
    team_revenue = _by_team_and_period(frame, revenue, "median")
    spread = np.sqrt(squares)
    with np.errstate(invalid="ignore", divide="ignore"):
        z = (revenue - team_revenue) / spread
    revenue_confidence = np.where(
        spread > 0, stats.norm.cdf(z), np.where(revenue > team_revenue, 1.0,
                                                np.where(revenue < team_revenue, 0.0, 0.5))
    )  # fmt: skip
    frame["booked_revenue"] = revenue
    frame["revenue_low"], frame["revenue_high"] = revenue_low, revenue_high
    frame["team_median_revenue"] = team_revenue
    frame["revenue_confidence"] = np.where(enough, revenue_confidence, np.nan)
    frame["revenue_band"] = bands(revenue_low, revenue_high, team_revenue, enough)
    frame["revenue_grade"] = letters(revenue_confidence, enough)

    frame["_rank_by"] = np.where(enough, estimate, np.nan)
    ordered = frame.sort_values(["period", "_rank_by"], ascending=[True, False], na_position="last")
    teams = ordered.groupby(["team_id", "period"], dropna=False)
    ordered["team_rank"] = teams.cumcount() + 1
    ordered["team_size"] = teams["member_id"].transform("size")
    return ordered.reset_index(drop=True)[GRADE_COLUMNS]


POOLED_STATISTICS = (
    "win_rate__k",
    "win_rate__n",
    "booked_revenue__total",
    "booked_revenue__squares",
)


def pool_periods(grid: pd.DataFrame) -> pd.DataFrame:
    """One row per rep over the whole window (its first period as `period`).

    Only the additive statistics that grades use are pooled: wins, closed deals, revenue and
    squared amounts add up across periods; averages and medians would not.
    """
    if grid.empty:
        return grid
    pooled = grid.groupby(["member_id"], as_index=False).agg(
        team_id=("team_id", "first"),
        **{column: (column, "sum") for column in POOLED_STATISTICS},
    )
    pooled["period"] = grid["period"].min()
    return pooled


def company_ranking(grades: pd.DataFrame, period: pd.Timestamp) -> pd.DataFrame:
    """Reps of one period, best first across all teams (ungraded reps last)."""
    rows = grades[grades["period"] == period].copy()
    rows["_rank_by"] = rows["win_rate_estimate"].where(rows["grade"] != NO_GRADE)
    rows = rows.sort_values("_rank_by", ascending=False, na_position="last")
    return rows.drop(columns="_rank_by").reset_index(drop=True)
