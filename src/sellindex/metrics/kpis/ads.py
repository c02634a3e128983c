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
        formula="sum of impressions", label="Impressions"),
    Kpi("clicks", "Clicks on the ads.", "ads", _sum("clicks"),
        formula="sum of clicks", label="Clicks"),
    Kpi("conversions", "Conversions attributed to the ads.", "ads", _sum("conversions"),
        formula="sum of conversions", label="Conversions"),
    Kpi("spend", "Money spent.", "ads", _sum("spend"), unit="money", formula="sum of spend",
        label="Spend"),
    Kpi("revenue", "Revenue attributed.", "ads", _sum("revenue"), unit="money",
        formula="sum of revenue (missing revenue counts as 0)", label="Revenue"),
    Kpi("ctr", "Share of impressions that were clicked.", "ads", _sum("clicks"),
        _sum("impressions"),
        unit="share", higher_is_better=True, formula="clicks / impressions",
        label="Click-through rate"),
    Kpi("conversion_rate", "Share of clicks that converted.", "ads", _sum("conversions"),
        _sum("clicks"), unit="share", higher_is_better=True, formula="conversions / clicks",
        label="Conversion rate"),
    Kpi("cpc", "Spend per click.", "ads", _sum("spend"), _sum("clicks"),
        unit="money", higher_is_better=False, formula="spend / clicks", label="Cost per click"),
    Kpi("cost_per_conversion", "Spend per conversion.", "ads", _sum("spend"),
        _sum("conversions"), unit="money", higher_is_better=False,
        formula="spend / conversions", label="Cost per conversion"),
    Kpi("roi", "Revenue beyond the spend, per unit of spend.", "ads",
        lambda t: t.revenue.sum() - t.spend.sum(),
        _sum("spend"), unit="share", higher_is_better=True,
        formula="(revenue - spend) / spend; missing revenue counts as 0",
        label="Return on ad spend (ROI)"),
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
