"""What a manager should see beside a rep's numbers before drawing a conclusion from them.

- **Cycle length with deal size.** "A rep with the longest time to close may simply have the
  largest deals." Each rep's cycle on won deals is set beside their deal size and compared with
  the cycle the whole company takes for deals of those sizes (a regression of log cycle on log
  amount over every won deal of the window). A cycle at least 20% from the team's median that is
  as expected for the rep's deal sizes (the interval of the size-adjusted ratio holds 1 but not
  the raw ratio to the team) is flagged as explained by deal size.
- **Regression to the mean.** The reps at the top (or bottom) of one period's win rates are
  there partly by luck, so on average they fall back (or recover) the next period even if
  nothing changed. Beside a top rep's drop (a bottom rep's rise), the share of the gap that
  chance alone would close is shown: the previous raw rate minus its shrunk estimate.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd

from sellindex.analysis.intervals import DEFAULT_LEVEL, z_value

FAR_FROM_TEAM = math.log(1.2)
"""A cycle at least 20% longer or shorter than the team's median is worth explaining."""
EXTREME_SHARE = 0.2
"""The top and bottom fifth of a period's reps by raw win rate."""

CYCLE_COLUMNS = [
    "member_id", "period", "won_deals", "cycle_days", "avg_amount", "team_cycle_days",
    "team_avg_amount", "size_adjusted_ratio", "ratio_low", "ratio_high", "explained_by_size",
    "note",
]  # fmt: skip


def cycle_for_size(won: pd.DataFrame, level: float = DEFAULT_LEVEL) -> pd.DataFrame:
    """Per rep and period, from won deals (`member_id`, `team_id`, `period`, `cycle_days`,
    `amount`): the rep's mean cycle and deal size, the team's median cycle and mean size, and
    the rep's cycle relative to what their deal sizes predict (`size_adjusted_ratio`, 1 = as
    expected), with its interval."""
    deals = won.dropna(subset=["cycle_days", "amount"])
    deals = deals[(deals["cycle_days"] > 0) & (deals["amount"] > 0)]
    if len(deals) < 3 or deals["amount"].nunique() < 2:
        return pd.DataFrame(columns=CYCLE_COLUMNS)
    log_cycle, log_amount = np.log(deals["cycle_days"]), np.log(deals["amount"])
    slope, intercept = np.polyfit(log_amount, log_cycle, 1)
    deals = deals.assign(residual=log_cycle - (intercept + slope * log_amount))
    spread = float(deals["residual"].std())
    per_rep = deals.groupby(["member_id", "team_id", "period"], dropna=False).agg(
        won_deals=("cycle_days", "size"),
        cycle_days=("cycle_days", "mean"),
        avg_amount=("amount", "mean"),
        residual=("residual", "mean"),
    )
    per_rep = per_rep.reset_index()
    teams = per_rep.groupby(["team_id", "period"], dropna=False)
    per_rep["team_cycle_days"] = teams["cycle_days"].transform("median")
    per_rep["team_avg_amount"] = teams["avg_amount"].transform("median")
    half = z_value(level) * spread / np.sqrt(per_rep["won_deals"])
    per_rep["size_adjusted_ratio"] = np.exp(per_rep["residual"])
    per_rep["ratio_low"] = np.exp(per_rep["residual"] - half)
    per_rep["ratio_high"] = np.exp(per_rep["residual"] + half)
    raw_ratio = per_rep["cycle_days"] / per_rep["team_cycle_days"]
    far = np.abs(np.log(raw_ratio)) >= FAR_FROM_TEAM
    as_expected = (per_rep["ratio_low"] <= 1) & (per_rep["ratio_high"] >= 1)
    # ...and clearly not as far from the usual as the raw comparison makes it look
    beyond = (raw_ratio < per_rep["ratio_low"]) | (raw_ratio > per_rep["ratio_high"])
    per_rep["explained_by_size"] = far & as_expected & beyond & (per_rep["won_deals"] >= 3)
    per_rep["note"] = [
        _cycle_note(row) if row["explained_by_size"] else "" for row in per_rep.to_dict("records")
    ]
    return per_rep[CYCLE_COLUMNS]


def _cycle_note(row: dict) -> str:
    longer = row["cycle_days"] > row["team_cycle_days"]
    bigger = row["avg_amount"] > row["team_avg_amount"]
    return (
        f"{'longer' if longer else 'shorter'} cycle than the team ({row['cycle_days']:.0f} vs "
        f"{row['team_cycle_days']:.0f} days), explained by deal size: "
        f"{'larger' if bigger else 'smaller'} deals (average {row['avg_amount']:,.0f} vs "
        f"{row['team_avg_amount']:,.0f}) take about that long anywhere in the company "
        f"(x{row['size_adjusted_ratio']:.2f} the usual cycle for those sizes)"
    )


def regression_to_the_mean(grades: pd.DataFrame) -> pd.DataFrame:
    """Per rep and period: a note when the rep was in the top (bottom) fifth of the previous
    period's raw win rates, and how much of the way back to the team chance alone explains.

    `grades` is `grading.grade_reps` output over several periods.
    """
    columns = ["member_id", "period", "previous_win_rate", "expected_win_rate", "note"]
    graded = grades[grades["grade"] != "-"].dropna(subset=["win_rate"])
    if graded.empty:
        return pd.DataFrame(columns=columns)
    rows = []
    periods = sorted(graded["period"].unique())
    for previous, current in itertools.pairwise(periods):
        before = graded[graded["period"] == previous]
        if len(before) < 5:
            continue
        high = before["win_rate"].quantile(1 - EXTREME_SHARE)
        low = before["win_rate"].quantile(EXTREME_SHARE)
        for rep in before.itertuples():
            top, bottom = rep.win_rate >= high, rep.win_rate <= low
            if not (top or bottom) or rep.win_rate == rep.win_rate_estimate:
                continue
            gap = rep.win_rate - rep.win_rate_estimate
            rows.append(
                {
                    "member_id": rep.member_id,
                    "period": current,
                    "previous_win_rate": rep.win_rate,
                    "expected_win_rate": rep.win_rate_estimate,
                    "note": (
                        f"{'top' if top else 'bottom'} fifth last period at {rep.win_rate:.0%}: "
                        f"chance alone would take it toward {rep.win_rate_estimate:.0%} "
                        f"({100 * abs(gap):.0f} points {'down' if top else 'up'}; regression to "
                        "the mean), so only a change beyond that says something about the rep"
                    ),
                }
            )
    return pd.DataFrame(rows, columns=columns)
