"""Intervals, trend verdicts and grades: known values and behaviour on built-up samples."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from sellindex.analysis import intervals
from sellindex.analysis.grading import (
    ABOVE,
    BELOW,
    IN_LINE,
    MIN_DEALS,
    NO_GRADE,
    NOT_ENOUGH_DATA,
    company_ranking,
    grade_reps,
)
from sellindex.analysis.reports import latest_complete_period, rep_report
from sellindex.analysis.trends import (
    FELL,
    IMPROVED,
    NO_CLEAR_CHANGE,
    REGRESSED,
    ROSE,
    verdicts,
)
from sellindex.errors import SellindexError
from sellindex.metrics.kpis import Window
from test_kpis_fixtures import build_sales_world, insert, member, ts


def test_wilson_matches_published_values() -> None:
    # Newcombe (1998), table I: 81/263 -> 0.2553 to 0.3662; 0/10 -> 0 to 0.2775
    lo, hi = intervals.wilson([81, 0], [263, 10])
    assert lo == pytest.approx([0.2553, 0.0], abs=1e-4)
    assert hi == pytest.approx([0.3662, 0.2775], abs=1e-4)


def test_wilson_without_trials_is_nan() -> None:
    lo, hi = intervals.wilson([0], [0])
    assert np.isnan(lo[0]) and np.isnan(hi[0])


def test_newcombe_difference_matches_published_example() -> None:
    # Newcombe (1998b), example (a): 56/70 vs 48/80, difference 0.2 with 0.0524 to 0.3339
    diff, lo, hi = intervals.newcombe_difference(48, 80, 56, 70)
    assert diff == pytest.approx(0.2)
    assert lo == pytest.approx(0.0524, abs=1e-4)
    assert hi == pytest.approx(0.3339, abs=1e-4)


def test_welch_difference_matches_scipy() -> None:
    from scipy import stats

    a = np.array([3.0, 4.0, 5.0, 6.0, 9.0])
    b = np.array([7.0, 8.0, 9.0, 12.0, 15.0, 10.0])
    diff, lo, hi = intervals.welch_difference(
        len(a), a.mean(), a.var(ddof=1), len(b), b.mean(), b.var(ddof=1)
    )
    reference = stats.ttest_ind(b, a, equal_var=False).confidence_interval(0.95)
    assert diff == pytest.approx(b.mean() - a.mean())
    assert (lo, hi) == pytest.approx((reference.low, reference.high))


def test_compound_poisson_interval_widens_with_lumpy_deals() -> None:
    lo_steady, hi_steady = intervals.compound_poisson_sum(10_000, 10 * 1000.0**2)
    lo_lumpy, hi_lumpy = intervals.compound_poisson_sum(10_000, 10_000.0**2)
    assert hi_lumpy - lo_lumpy > hi_steady - lo_steady
    assert lo_lumpy == 0.0  # never negative revenue


def test_beta_posterior_shrinks_small_samples_toward_the_team() -> None:
    estimate, lo, hi = intervals.beta_posterior([3, 30], [3, 30], [0.3, 0.3], 20.0)
    few, many = estimate
    assert few == pytest.approx((0.3 * 20 + 3) / 23)
    assert few < 0.5 < many
    assert lo[0] < 0.3 < hi[0]  # three wins out of three do not clear the team rate


def test_prior_strength_reflects_between_rep_spread() -> None:
    identical = intervals.beta_prior_strength([20, 20, 20, 20], [50, 50, 50, 50])
    spread = intervals.beta_prior_strength([5, 15, 35, 45], [50, 50, 50, 50])
    assert identical == 50, "no spread beyond chance: as strong as the median rep's deals"
    assert (
        intervals.beta_prior_strength([200] * 4, [1000] * 4) == intervals.PRIOR_STRENGTH_BOUNDS[1]
    )
    assert intervals.PRIOR_STRENGTH_BOUNDS[0] <= spread < 20


def test_verdicts_follow_the_interval_and_direction() -> None:
    lo = np.array([0.1, -0.5, -0.2, np.nan, 0.1])
    hi = np.array([0.3, -0.1, 0.2, np.nan, 0.3])
    enough = np.array([True, True, True, True, False])
    assert list(verdicts(lo, hi, enough, True)) == [
        IMPROVED, REGRESSED, NO_CLEAR_CHANGE, "not enough data", "not enough data"
    ]  # fmt: skip
    assert list(verdicts(lo, hi, enough, False))[:2] == [REGRESSED, IMPROVED]
    assert list(verdicts(lo, hi, enough, None))[:2] == [ROSE, FELL]


def _grid(records: list[tuple[int, int, int, int, float]]) -> pd.DataFrame:
    """(rep, team, won, closed, revenue per won deal) for one period."""
    rows = []
    for rep, team, won, closed, amount in records:
        rows.append(
            {
                "member_id": rep,
                "team_id": team,
                "period": pd.Timestamp("2024-01-01"),
                "win_rate__k": won,
                "win_rate__n": closed,
                "booked_revenue__total": won * amount,
                "booked_revenue__squares": won * amount * amount,
            }
        )
    return pd.DataFrame(rows)


def test_grades_need_enough_deals_and_clear_evidence() -> None:
    grid = _grid(
        [
            (1, 1, 45, 50, 1000.0),  # far above the team on both: A
            (2, 1, 10, 50, 1000.0),
            (3, 1, 12, 50, 1000.0),
            (4, 1, 11, 50, 1000.0),
            (5, 1, 3, 3, 1000.0),  # 3 of 3 is not enough data
            (6, 1, 2, 50, 1000.0),  # far below on both: E
        ]
    )
    grades = grade_reps(grid).set_index("member_id")
    assert grades.loc[1, "grade"] == "A"
    assert grades.loc[1, "win_rate_band"] == ABOVE
    assert grades.loc[6, "grade"] == "E"
    assert grades.loc[6, "win_rate_band"] == BELOW
    assert grades.loc[3, "win_rate_band"] == IN_LINE
    assert grades.loc[5, "grade"] == NO_GRADE
    assert grades.loc[5, "win_rate_band"] == NOT_ENOUGH_DATA
    assert grades.loc[5, "win_rate"] == 1.0
    assert grades.loc[5, "win_rate_estimate"] < 0.9  # shrunk toward the team's rate
    team_rate = (45 + 10 + 12 + 11 + 3 + 2) / (50 * 5 + 3)
    assert grades.loc[1, "team_win_rate"] == pytest.approx(team_rate)
    assert grades.loc[1, "team_rank"] == 1
    ranking = company_ranking(grade_reps(grid), pd.Timestamp("2024-01-01"))
    assert ranking["member_id"].iloc[0] == 1
    assert ranking["member_id"].iloc[-1] == 5  # ungraded last


def test_min_deals_is_the_documented_threshold() -> None:
    grid = _grid([(1, 1, 2, MIN_DEALS - 1, 10.0), (2, 1, 2, MIN_DEALS, 10.0)])
    grades = grade_reps(grid).set_index("member_id")
    assert grades.loc[1, "grade"] == NO_GRADE
    assert grades.loc[2, "grade"] != NO_GRADE


def test_latest_complete_period_skips_one_under_way() -> None:
    periods = [pd.Timestamp("2024-01-01"), pd.Timestamp("2024-02-01")]
    window = Window(grain="month")
    assert latest_complete_period(periods, pd.Timestamp("2024-02-15"), window) == periods[0]
    assert latest_complete_period(periods, pd.Timestamp("2024-03-01"), window) == periods[1]
    last_day = pd.Timestamp("2024-02-29T10:00")  # the data reaches February's last day
    assert latest_complete_period(periods, last_day, window) == periods[1]
    assert latest_complete_period([], None, window) is None


def _steady_rep_world(store, improve: bool) -> None:
    """Rep 1 closes 40 deals a month; in February they win 36 (improve) or 20 (no change)."""
    insert(store, "teams", [{"team_id": 1, "name": "T"}])
    insert(store, "members", [member(1, team_id=1), member(2, team_id=1)])
    deals = []
    plan = {(1, "2024-01"): 20, (1, "2024-02"): 36 if improve else 21,
            (2, "2024-01"): 20, (2, "2024-02"): 20}  # fmt: skip
    next_id = 1
    for (rep, month), wins in plan.items():
        for i in range(40):
            deals.append(
                {"opportunity_id": next_id, "owner_id": rep, "product": "p",
                 "created_at": ts(f"{month}-01"), "closed_at": ts(f"{month}-{10 + i % 15:02d}"),
                 "outcome": "won" if i < wins else "lost", "amount": 100.0}
            )  # fmt: skip
            next_id += 1
    deals.append(
        {"opportunity_id": next_id, "owner_id": 2, "created_at": ts("2024-03-01"),
         "closed_at": ts("2024-03-05"), "outcome": "lost", "amount": 1.0}
    )  # fmt: skip
    insert(store, "opportunities", deals)


@pytest.mark.parametrize("improve", [True, False])
def test_trend_verdict_on_win_rate(store, improve: bool) -> None:
    _steady_rep_world(store, improve)
    report = rep_report(store, "month")
    assert report.graded_period == pd.Timestamp("2024-02-01")
    trends = report.trends.set_index(["member_id", "metric", "period"])
    verdict = trends.loc[(1, "win_rate", pd.Timestamp("2024-02-01")), "verdict"]
    assert verdict == (IMPROVED if improve else NO_CLEAR_CHANGE)
    revenue = trends.loc[(1, "booked_revenue", pd.Timestamp("2024-02-01")), "verdict"]
    assert revenue == (IMPROVED if improve else NO_CLEAR_CHANGE)
    few = trends.loc[(1, "speed_to_lead_median_h", pd.Timestamp("2024-02-01")), "verdict"]
    assert few == "not enough data"


def test_report_on_the_sales_world_filters_by_team(store) -> None:
    build_sales_world(store)
    report = rep_report(store, "month", team=10)
    assert set(report.grades["member_id"]) == {1, 2, 3}
    assert report.exclusions["deals_closed_before_created"] == 1
    with pytest.raises(SellindexError, match="no team 99"):
        rep_report(store, "month", team=99)
    with pytest.raises(SellindexError, match="grade by"):
        rep_report(store, "week")


def test_letters_follow_documented_thresholds() -> None:
    from sellindex.analysis.grading import letters

    confidence = np.array([0.99, 0.975, 0.9, 0.5, 0.1, 0.01, np.nan, 0.99])
    enough = np.array([True] * 7 + [False])
    assert list(letters(confidence, enough)) == ["A", "A", "B", "C", "D", "E", "-", "-"]


def test_revenue_grade_compares_with_the_team_median() -> None:
    grid = _grid(
        [
            (1, 1, 20, 40, 5000.0),  # 100,000 booked over many deals: clearly above
            (2, 1, 20, 40, 1000.0),
            (3, 1, 20, 40, 1000.0),
            (4, 1, 19, 40, 1000.0),
            (5, 1, 19, 40, 100.0),  # 1,900: clearly below the 20,000 median
        ]
    )
    grades = grade_reps(grid).set_index("member_id")
    assert grades.loc[1, "team_median_revenue"] == pytest.approx(20_000.0)
    assert grades.loc[1, "revenue_grade"] == "A"
    assert grades.loc[2, "revenue_grade"] == "C"
    assert grades.loc[5, "revenue_grade"] == "E"
    assert grades.loc[1, "grade"] == "C"  # the same win rate as the team: no clear difference


def test_whole_window_grades_pool_the_months(store) -> None:
    _steady_rep_world(store, improve=True)
    report = rep_report(store, "all")
    assert report.pooled and report.trends.empty
    grades = report.grades.set_index("member_id")
    assert grades.loc[1, "closed_deals"] == 80
    assert grades.loc[1, "won_deals"] == 56
    assert grades.loc[2, "closed_deals"] == 81  # 80 plus the March loss


@pytest.mark.parametrize("team_won", [True, False])
def test_a_team_that_won_or_lost_every_deal_grades_everyone_in_line(team_won: bool) -> None:
    """20 of 20 wins was graded E "below team", and all losses A."""
    grid = _grid(
        [(member, 1, 20 if team_won else 0, 20, 1000.0) for member in range(1, 5)]
        + [(5, 1, 6 if team_won else 0, 6, 1000.0)]
    )
    grades = grade_reps(grid)
    assert set(grades["grade"]) == {"C"}
    assert set(grades["win_rate_band"]) == {IN_LINE}


def test_a_rep_with_more_deals_than_most_is_judged_on_their_own_record() -> None:
    """Reps whose rates differ by no more than chance give the strongest prior; it still weighs
    no more than the median rep's deals, so a busy rep's estimate stays near their own rate."""
    grid = _grid([(member, 1, 5, 10, 100.0) for member in range(1, 8)] + [(8, 1, 45, 60, 100.0)])
    grades = grade_reps(grid).set_index("member_id")
    busy = grades.loc[8]
    assert busy["prior_strength"] == 10
    assert abs(busy["win_rate_estimate"] - 0.75) < abs(busy["win_rate_estimate"] - 0.5)
    assert busy["wilson_low"] <= busy["win_rate"] <= busy["wilson_high"]


def test_the_shortest_grading_period_that_grades_most_reps_is_chosen() -> None:
    from sellindex.analysis.reports import share_graded, shortest_graded_grain

    assert share_graded(pd.Series([6, 2, 0])) == 0.5, "a rep without a closed deal is left out"
    assert share_graded(pd.Series([7, 5])) == 1.0
    assert share_graded(pd.Series([0, 0])) == 0.0
    asked: list[str] = []

    def share(grain: str) -> float:
        asked.append(grain)
        return {"month": 0.2, "quarter": 0.75}[grain]

    choice = shortest_graded_grain(share)
    assert (choice.grain, asked) == ("quarter", ["month", "quarter"])
    assert choice.reason.endswith("by quarter: 75% of the reps who closed deals have a grade")
    assert shortest_graded_grain({"month": 0.5}).grain == "month"
    assert shortest_graded_grain({"month": 0.1, "quarter": 0.4}).grain == "all"
