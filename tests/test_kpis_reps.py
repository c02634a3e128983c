"""Rep micro-metrics against the hand-computed sales world in test_kpis_fixtures."""

from __future__ import annotations

import math
from datetime import datetime

import pytest

from sellindex.errors import SellindexError
from sellindex.metrics.kpis import Window, rep_exclusions, rep_kpis, with_team_comparison
from test_kpis_fixtures import build_sales_world, insert, ts

JAN = datetime(2024, 1, 1)
FEB = datetime(2024, 2, 1)


@pytest.fixture
def sales(store):
    build_sales_world(store)
    return store


def _rows(expr, *keys):
    return {tuple(r[k] for k in keys): r for r in expr.to_pyarrow().to_pylist()}


def test_rep_one_january_matches_hand_computation(sales) -> None:
    rows = _rows(rep_kpis(sales, Window(grain="month")), "member_id", "period")
    rep1 = rows[(1, JAN)]
    assert rep1["team_id"] == 10
    assert rep1["leads_assigned"] == 4
    assert rep1["untouched_leads"] == 2
    assert rep1["speed_to_lead_median_h"] == pytest.approx(6.0)
    assert rep1["speed_to_lead_p90_h"] == pytest.approx(9.2)
    assert rep1["inbound_leads"] == 3
    assert rep1["inbound_qualified_share"] == pytest.approx(2 / 3)
    assert rep1["qualified_leads"] == 2
    assert rep1["qualified_to_opportunity"] == pytest.approx(0.5)
    assert rep1["opportunities"] == 3
    assert rep1["lead_flow_share"] == pytest.approx(1 / 3)
    assert (rep1["won_deals"], rep1["lost_deals"]) == (1, 1)
    assert rep1["win_rate"] == pytest.approx(0.5)
    assert rep1["booked_revenue"] == pytest.approx(1000.0)
    assert rep1["avg_deal_size"] == pytest.approx(1000.0)
    assert rep1["sales_cycle_days"] == pytest.approx(20.0)
    assert rep1["touches_to_win"] == pytest.approx(3.0)
    assert rep1["touches_to_loss"] == pytest.approx(2.0)


def test_reassigned_lead_is_credited_to_current_owner_from_assignment(sales) -> None:
    rows = _rows(rep_kpis(sales, Window(grain="month")), "member_id", "period")
    rep2_jan = rows[(2, JAN)]
    # Rep 1 touched L4 before it was reassigned; that touch would give 0 h or a negative time.
    assert rep2_jan["leads_assigned"] == 1
    assert rep2_jan["speed_to_lead_median_h"] == pytest.approx(4.0)
    assert rep2_jan["untouched_leads"] == 0
    rep2_feb = rows[(2, FEB)]
    assert rep2_feb["won_deals"] == 1
    assert rep2_feb["booked_revenue"] == pytest.approx(3000.0)
    assert rep2_feb["sales_cycle_days"] == pytest.approx(30.0)
    # the pre-assignment touch on L4 does not count towards O3 either
    assert rep2_feb["touches_to_win"] == pytest.approx(2.0)


def test_empty_denominators_are_null_and_counts_zero(sales) -> None:
    rows = _rows(rep_kpis(sales, Window(grain="month")), "member_id", "period")
    rep2_jan = rows[(2, JAN)]
    assert rep2_jan["win_rate"] is None  # no deal closed
    assert rep2_jan["avg_deal_size"] is None
    assert rep2_jan["booked_revenue"] == 0
    rep2_feb = rows[(2, FEB)]
    assert rep2_feb["leads_assigned"] == 0
    assert rep2_feb["inbound_qualified_share"] is None
    assert rep2_feb["speed_to_lead_median_h"] is None
    rep3 = rows[(3, JAN)]
    assert rep3["lead_flow_share"] == 0.0
    assert rep3["touches_to_win"] == 0.0
    assert rep3["touches_to_loss"] is None


def test_impossible_deal_is_excluded_everywhere(sales) -> None:
    rows = _rows(rep_kpis(sales, Window(grain="month")), "member_id", "period")
    # O4 (9999, closed before created) would make rep 1's revenue 10999 and add a January deal
    assert rows[(1, JAN)]["booked_revenue"] == pytest.approx(1000.0)
    assert rows[(1, JAN)]["opportunities"] == 3


def test_exclusions_are_counted(sales) -> None:
    assert rep_exclusions(sales, Window(grain="month")) == {
        "unassigned_leads": 1,
        "untouched_leads": 2,
        "touches_before_assignment": 1,
        "touches_after_close": 2,
        "deals_closed_before_created": 1,
    }


def test_window_limits_rows_and_exclusions(sales) -> None:
    window = Window.from_dates(datetime(2024, 2, 1), datetime(2024, 2, 29), "month")
    rows = _rows(rep_kpis(sales, window), "member_id", "period")
    assert set(rows) == {(2, FEB)}
    excluded = rep_exclusions(sales, window)
    assert excluded["deals_closed_before_created"] == 0
    assert excluded["touches_after_close"] == 0


def test_team_grouping_pools_deals(sales) -> None:
    rows = _rows(rep_kpis(sales, Window(grain="month"), group="team"), "team_id", "period")
    team = rows[(10, JAN)]
    assert team["leads_assigned"] == 5
    assert team["speed_to_lead_median_h"] == pytest.approx(4.0)  # of 2, 10 and 4 hours
    assert team["win_rate"] == pytest.approx(2 / 3)
    assert team["booked_revenue"] == pytest.approx(3000.0)
    assert team["sales_cycle_days"] == pytest.approx(24.0)


def test_whole_company_grouping_has_no_key(sales) -> None:
    rows = rep_kpis(sales, Window(grain="quarter"), group="all").to_pyarrow().to_pylist()
    assert len(rows) == 1
    assert rows[0]["won_deals"] == 3
    assert rows[0]["win_rate"] == pytest.approx(0.75)


def test_unknown_group_is_a_user_error(sales) -> None:
    with pytest.raises(SellindexError, match="cannot group"):
        rep_kpis(sales, Window(grain="month"), group="campaign")


def test_team_comparison_gives_median_and_percentile(sales) -> None:
    long = with_team_comparison(rep_kpis(sales, Window(grain="month")))
    rows = _rows(long, "member_id", "period", "metric")
    rep1 = rows[(1, JAN, "win_rate")]
    assert rep1["team_median"] == pytest.approx(0.75)  # reps 1 (0.5) and 3 (1.0)
    assert rep1["team_percentile"] == pytest.approx(50.0)
    assert rows[(3, JAN, "win_rate")]["team_percentile"] == pytest.approx(100.0)
    no_value = rows[(2, JAN, "win_rate")]
    assert no_value["value"] is None or math.isnan(no_value["value"])
    assert no_value["team_percentile"] is None


def test_touch_exactly_at_assignment_counts_as_zero_hours(store) -> None:
    insert(store, "members", [{"member_id": 1, "industry": "x", "joined_at": ts("2024-01-01")}])
    insert(
        store,
        "leads",
        [{"lead_id": 1, "source": "outbound", "created_at": ts("2024-03-01"), "owner_id": 1,
          "assigned_at": ts("2024-03-01T09:00")}],
    )  # fmt: skip
    insert(
        store,
        "touches",
        [{"touch_id": 1, "rep_id": 1, "lead_id": 1, "channel": "email",
          "occurred_at": ts("2024-03-01T09:00")}],
    )  # fmt: skip
    row = rep_kpis(store, Window(grain="month")).to_pyarrow().to_pylist()[0]
    assert row["speed_to_lead_median_h"] == 0.0
    assert row["untouched_leads"] == 0


def test_empty_store_gives_no_rows(store) -> None:
    assert rep_kpis(store, Window(grain="month")).to_pyarrow().num_rows == 0
    assert set(rep_exclusions(store, Window(grain="month")).values()) == {0}
