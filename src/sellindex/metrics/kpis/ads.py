"""Advertising per campaign (or advertiser) and period: CTR, conversion rate, CPC, CPA, ROI."""

from __future__ import annotations

import ibis.expr.types as ir

from sellindex.metrics.kpis.core import Kpi, compute, group_keys
from sellindex.metrics.kpis.periods import Window
from sellindex.store.engines import TableSource

GROUPS = ("campaign", "company")


def _sum(column: str):
    return lambda t: t[column].sum()


ADS_KPIS: tuple[Kpi, ...] = (
    Kpi("impressions", "Times the ads were shown.", "ads", _sum("impressions"),
        formula="sum of impressions"),
    Kpi("clicks", "Clicks on the ads.", "ads", _sum("clicks"),
        formula="sum of clicks"),
    Kpi("conversions", "Conversions attributed to the ads.", "ads", _sum("conversions"),
        formula="sum of conversions"),
    Kpi("spend", "Money spent.", "ads", _sum("spend"), unit="money", formula="sum of spend"),
    Kpi("revenue", "Revenue attributed.", "ads", _sum("revenue"), unit="money",
        formula="sum of revenue (missing revenue counts as 0)"),
    Kpi("ctr", "Click-through rate.", "ads", _sum("clicks"), _sum("impressions"),
        unit="ratio", higher_is_better=True, formula="clicks / impressions"),
    Kpi("conversion_rate", "Share of clicks that converted.", "ads", _sum("conversions"),
        _sum("clicks"), unit="ratio", higher_is_better=True, formula="conversions / clicks"),
    Kpi("cpc", "Cost per click.", "ads", _sum("spend"), _sum("clicks"),
        unit="money", higher_is_better=False, formula="spend / clicks"),
    Kpi("cost_per_conversion", "Cost per conversion.", "ads", _sum("spend"),
        _sum("conversions"), unit="money", higher_is_better=False,
        formula="spend / conversions"),
    Kpi("roi", "Return on ad spend.", "ads", lambda t: t.revenue.sum() - t.spend.sum(),
        _sum("spend"), unit="ratio", higher_is_better=True,
        formula="(revenue - spend) / spend; missing revenue counts as 0"),
)  # fmt: skip


def ads_facts(store: TableSource, window: Window) -> ir.Table:
    """One row per campaign and day in the window, with the advertiser as `company_id`."""
    ads = store.table("ads")
    campaigns = store.table("campaigns").select("campaign_id", "company_id")
    day = ads.date.cast("timestamp")
    rows = ads.filter(window.contains(day)).mutate(period=window.period(day))
    joined = rows.left_join(campaigns, "campaign_id")
    return joined.select(
        campaign_id=joined.campaign_id,
        company_id=joined.company_id,
        period=joined.period,
        impressions=joined.impressions,
        clicks=joined.clicks,
        conversions=joined.conversions,
        spend=joined.spend,
        revenue=joined.revenue.fill_null(0),
    )


def ads(store: TableSource, window: Window, group: str = "campaign") -> ir.Table:
    keys = group_keys(group, GROUPS)
    return compute(ADS_KPIS, {"ads": ads_facts(store, window)}, keys)
