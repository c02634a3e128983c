"""Engagement, advertising, growth, retention and social KPIs on a hand-computed world."""

from __future__ import annotations

from datetime import datetime

import pytest

from sellindex.errors import SellindexError
from sellindex.metrics.kpis import (
    ADS_KPIS,
    ENGAGEMENT_KPIS,
    GROWTH_KPIS,
    REP_KPIS,
    SOCIAL_KPIS,
    TargetProfile,
    Window,
    ads,
    engagement,
    growth,
    retention,
    social,
)
from test_kpis_fixtures import build_network_world

JAN = datetime(2024, 1, 1)
FEB = datetime(2024, 2, 1)
JAN_FEB = Window.from_dates(datetime(2024, 1, 1), datetime(2024, 2, 29), "month")


@pytest.fixture
def world(store):
    build_network_world(store)
    return store


def _rows(expr, *keys):
    return {tuple(r[k] for k in keys): r for r in expr.to_pyarrow().to_pylist()}


def test_every_kpi_is_defined_once_with_a_definition() -> None:
    names = [k.name for family in (ENGAGEMENT_KPIS, GROWTH_KPIS, ADS_KPIS, SOCIAL_KPIS, REP_KPIS)
             for k in family]  # fmt: skip
    assert len(names) == len(set(names))
    for family in (ENGAGEMENT_KPIS, GROWTH_KPIS, ADS_KPIS, SOCIAL_KPIS, REP_KPIS):
        for kpi in family:
            assert kpi.description and (kpi.formula or kpi.description)


def test_engagement_per_post(world) -> None:
    rows = _rows(engagement(world, JAN_FEB, "post"), "content_id", "period")
    post = rows[(100, JAN)]
    assert (post["views"], post["likes"], post["comments"], post["shares"]) == (4, 2, 1, 1)
    assert post["engagement_rate"] == pytest.approx(1.0)
    unseen = rows[(200, JAN)]
    assert unseen["likes"] == 1
    assert unseen["views"] == 0
    assert unseen["engagement_rate"] is None


def test_engagement_per_author_and_team(world) -> None:
    by_member = _rows(engagement(world, JAN_FEB, "member"), "member_id", "period")
    assert by_member[(1, JAN)]["views"] == 4
    by_team = _rows(engagement(world, JAN_FEB, "team"), "team_id", "period")
    team = by_team[(10, JAN)]  # posts of members 1 and 2
    assert (team["views"], team["likes"]) == (4, 3)
    assert team["engagement_rate"] == pytest.approx(5 / 4)


def test_engagement_outside_window_is_empty(world) -> None:
    march = Window.from_dates(datetime(2024, 3, 1), datetime(2024, 3, 31), "month")
    assert engagement(world, march, "post").to_pyarrow().num_rows == 0


def test_ads_per_campaign(world) -> None:
    rows = _rows(ads(world, JAN_FEB, "campaign"), "campaign_id", "period")
    spring = rows[(1, JAN)]
    assert (spring["impressions"], spring["clicks"], spring["conversions"]) == (2000, 80, 8)
    assert spring["ctr"] == pytest.approx(0.04)
    assert spring["conversion_rate"] == pytest.approx(0.1)
    assert spring["cpc"] == pytest.approx(2.0)
    assert spring["cost_per_conversion"] == pytest.approx(20.0)
    assert spring["roi"] == pytest.approx(1.5)
    dormant = rows[(2, JAN)]
    for ratio in ("ctr", "conversion_rate", "cpc", "cost_per_conversion", "roi"):
        assert dormant[ratio] is None, ratio


def test_ads_per_day_and_advertiser(world) -> None:
    window = Window.from_dates(datetime(2024, 1, 1), datetime(2024, 1, 31), "day")
    rows = _rows(ads(world, window, "company"), "company_id", "period")
    assert rows[(7, datetime(2024, 1, 2))]["ctr"] == pytest.approx(0.05)
    assert rows[(7, datetime(2024, 1, 3))]["roi"] == pytest.approx(-1.0)


def test_growth_by_month(world) -> None:
    rows = _rows(growth(world, JAN_FEB, "all"), "period")
    jan, feb = rows[(JAN,)], rows[(FEB,)]
    assert (jan["new_members"], feb["new_members"]) == (2, 1)
    assert (jan["members"], feb["members"]) == (3, 4)  # member 4 joined in 2023
    assert (jan["logins"], feb["logins"]) == (3, 2)
    assert jan["logins_per_member"] == pytest.approx(1.0)
    assert feb["logins_per_member"] == pytest.approx(0.5)
    assert (jan["active_members"], feb["active_members"]) == (4, 3)
    # 14 active member-days over January's 31 days; 6 over February's 29
    assert jan["dau"] == pytest.approx(14 / 31)
    assert feb["dau"] == pytest.approx(6 / 29)
    # 10 active member-weeks over the 5 weeks starting in January; 1 over February's 4
    assert jan["wau"] == pytest.approx(2.0)
    assert feb["wau"] == pytest.approx(0.25)
    assert (jan["mau"], feb["mau"]) == (4, 3)
    assert jan["stickiness"] == pytest.approx(14 / 31 / 4)


def test_growth_lists_empty_periods(world) -> None:
    window = Window.from_dates(datetime(2024, 1, 1), datetime(2024, 4, 30), "month")
    rows = _rows(growth(world, window, "all"), "period")
    april = rows[(datetime(2024, 4, 1),)]
    assert april["new_members"] == 0
    assert april["logins"] == 0
    assert april["dau"] == 0
    assert april["stickiness"] is None  # no monthly actives: 0 / 0


def test_growth_without_bounds_covers_the_activity(world) -> None:
    periods = [
        r["period"] for r in growth(world, Window(grain="month"), "all").to_pyarrow().to_pylist()
    ]
    assert periods == [JAN, FEB]  # member 4 joined in 2023, before any activity


def test_growth_window_opening_mid_month(world) -> None:
    window = Window.from_dates(datetime(2024, 1, 6), datetime(2024, 1, 31), "month")
    jan = growth(world, window, "all").to_pyarrow().to_pylist()[0]
    assert jan["dau"] == pytest.approx(11 / 26)  # 11 active member-days over Jan 6-31
    # the week cut by the window (Jan 6-7) counts as one of 5 weeks: 4 + 2 + 2 member-weeks
    assert jan["wau"] == pytest.approx(8 / 5)
    assert jan["mau"] == 4


def test_growth_by_day_has_no_weekly_or_monthly_actives(world) -> None:
    window = Window.from_dates(datetime(2024, 1, 5), datetime(2024, 1, 6), "day")
    rows = _rows(growth(world, window, "company"), "company_id", "period")
    day = rows[(7, datetime(2024, 1, 5))]
    assert "wau" not in day and "stickiness" not in day
    assert day["dau"] == pytest.approx(2.0)  # members 1 and 2 of company 7 acted on Jan 5
    assert day["new_members"] == 1


def test_retention_by_cohort(world) -> None:
    rows = _rows(retention(world, JAN_FEB), "cohort", "periods_since_signup")
    assert rows[(JAN, 0)]["cohort_size"] == 2
    assert rows[(JAN, 0)]["retention"] == pytest.approx(1.0)
    assert rows[(JAN, 1)]["retained"] == 1
    assert rows[(JAN, 1)]["retention"] == pytest.approx(0.5)
    assert rows[(FEB, 0)]["retention"] == pytest.approx(1.0)
    assert (FEB, 1) not in rows


def test_social_selling_for_member_one(world) -> None:
    profile = TargetProfile(seniorities=("vp", "cxo"))
    rows = _rows(social(world, JAN_FEB, "member", profile), "member_id", "period")
    jan, feb = rows[(1, JAN)], rows[(1, FEB)]
    assert (jan["new_connections"], jan["network_size"]) == (1, 2)
    assert jan["network_relevance"] == pytest.approx(1.0)  # members 2 (vp) and 3 (cxo)
    assert (feb["network_size"], feb["network_relevance"]) == (3, pytest.approx(2 / 3))
    assert (jan["new_followers"], jan["followers"], feb["followers"]) == (1, 1, 1)
    assert jan["engagement_received"] == 4
    assert (jan["profile_views"], jan["profile_view_relevance"]) == (2, 1.0)
    assert (feb["profile_views"], feb["profile_view_relevance"]) == (1, 0.0)
    assert (jan["messages"], jan["calls"], jan["conversations"]) == (2, 1, 1)
    assert jan["reply_rate"] == pytest.approx(0.5)
    assert (feb["conversations"], feb["reply_rate"]) == (1, 1.0)


def test_social_zero_network_has_no_relevance(world) -> None:
    rows = _rows(social(world, JAN_FEB, "member"), "member_id", "period")
    assert rows[(4, JAN)]["network_size"] == 0
    assert rows[(4, JAN)]["network_relevance"] is None
    assert rows[(2, JAN)]["network_relevance"] == 1.0  # no target profile: everyone matches


def test_social_by_industry_target(world) -> None:
    profile = TargetProfile(industries=("finance",))
    rows = _rows(social(world, JAN_FEB, "team", profile), "team_id", "period")
    team = rows[(10, FEB)]  # members 1 (3 connections, 1 in finance) and 2 (1, software)
    assert team["network_size"] == 4
    assert team["network_relevance"] == pytest.approx(1 / 4)


def test_unknown_seniority_is_a_user_error() -> None:
    with pytest.raises(SellindexError, match="unknown seniority"):
        TargetProfile(seniorities=("boss",))


def test_window_validation() -> None:
    with pytest.raises(SellindexError, match="unknown period"):
        Window(grain="year")
    with pytest.raises(SellindexError, match="before"):
        Window.from_dates(datetime(2024, 2, 1), datetime(2024, 1, 1), "month")
    assert Window.from_dates(None, datetime(2024, 1, 31), "month").end == datetime(2024, 2, 1)
