"""Benchmark: all rep micro-metrics per rep and month, sellindex (Ibis) against plain pandas.

The pandas side is the straightforward implementation an analyst would write from the same
definitions (docs/kpis.md). Both run on the same store in the same process; the result rows are
compared metric by metric so a speed-up never hides a wrong answer.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np
import pandas as pd

from sellindex.metrics.kpis.periods import Window
from sellindex.metrics.kpis.reps import REP_KPI_NAMES, rep_kpis
from sellindex.store import Store

KEYS = ["member_id", "period"]


def _month(values: pd.Series) -> pd.Series:
    return values.dt.to_period("M").dt.start_time


def pandas_rep_kpis(
    leads: pd.DataFrame, deals: pd.DataFrame, touches: pd.DataFrame
) -> pd.DataFrame:
    """The rep KPIs per rep and month, written directly in pandas."""
    owned = leads[leads["owner_id"].notna()].copy()
    owned["assigned"] = owned["assigned_at"].fillna(owned["created_at"])

    lead_touches = touches[touches["lead_id"].notna()][["lead_id", "rep_id", "occurred_at"]]
    joined = lead_touches.merge(
        owned[["lead_id", "owner_id", "assigned"]],
        left_on=["lead_id", "rep_id"],
        right_on=["lead_id", "owner_id"],
    )
    joined = joined[joined["occurred_at"] >= joined["assigned"]]
    first = joined.groupby("lead_id")["occurred_at"].min().rename("first_touch")
    lf = owned.merge(first, left_on="lead_id", right_index=True, how="left")
    lf["member_id"] = lf["owner_id"]
    lf["period"] = _month(lf["assigned"])
    lf["hours"] = (lf["first_touch"] - lf["assigned"]).dt.total_seconds() / 3600.0
    lf["untouched"] = lf["first_touch"].isna().astype("int64")
    lf["inbound"] = (lf["source"] == "inbound").astype("int64")
    lf["inbound_qualified"] = (lf["inbound"] == 1) & lf["qualified_at"].notna()
    by_lead = lf.groupby(KEYS).agg(
        leads_assigned=("lead_id", "size"),
        untouched_leads=("untouched", "sum"),
        speed_to_lead_median_h=("hours", "median"),
        inbound_leads=("inbound", "sum"),
        inbound_qualified=("inbound_qualified", "sum"),
    )
    by_lead["speed_to_lead_p90_h"] = lf.groupby(KEYS)["hours"].quantile(0.9)
    by_lead["inbound_qualified_share"] = by_lead["inbound_qualified"] / by_lead[
        "inbound_leads"
    ].replace(0, np.nan)

    qf = owned[owned["qualified_at"].notna()].copy()
    qf["member_id"] = qf["owner_id"]
    qf["period"] = _month(qf["qualified_at"])
    qf["converted"] = qf["converted_opportunity_id"].notna()
    by_qualified = qf.groupby(KEYS).agg(
        qualified_leads=("lead_id", "size"), converted=("converted", "sum")
    )
    by_qualified["qualified_to_opportunity"] = (
        by_qualified["converted"] / by_qualified["qualified_leads"]
    )

    valid = deals[deals["closed_at"].isna() | (deals["closed_at"] >= deals["created_at"])].copy()
    valid["member_id"] = valid["owner_id"]
    opened = valid.assign(period=_month(valid["created_at"]), from_lead=valid["lead_id"].notna())
    by_opened = opened.groupby(KEYS).agg(
        opportunities=("opportunity_id", "size"), from_lead=("from_lead", "sum")
    )
    by_opened["lead_flow_share"] = by_opened["from_lead"] / by_opened["opportunities"]

    direct = touches[touches["opportunity_id"].notna()]
    direct = pd.DataFrame(
        {"deal_id": direct["opportunity_id"], "touched_at": direct["occurred_at"]}
    )
    converted = owned[owned["converted_opportunity_id"].notna()]
    via = touches[touches["opportunity_id"].isna() & touches["lead_id"].notna()].merge(
        converted[["lead_id", "assigned", "converted_opportunity_id"]], on="lead_id"
    )
    via = via[via["occurred_at"] >= via["assigned"]]
    via = pd.DataFrame(
        {"deal_id": via["converted_opportunity_id"], "touched_at": via["occurred_at"]}
    )
    deal_touches = pd.concat([direct, via], ignore_index=True)
    closed = valid[valid["outcome"].isin(["won", "lost"])].copy()
    on_deal = deal_touches.merge(
        closed[["opportunity_id", "closed_at"]], left_on="deal_id", right_on="opportunity_id"
    )
    on_deal = on_deal[on_deal["touched_at"] <= on_deal["closed_at"]]
    counts = on_deal.groupby("opportunity_id").size().rename("touches")
    closed = closed.merge(counts, left_on="opportunity_id", right_index=True, how="left")
    closed["touches"] = closed["touches"].fillna(0)
    closed["period"] = _month(closed["closed_at"])
    won = closed["outcome"] == "won"
    lost = closed["outcome"] == "lost"
    closed["won"] = won.astype("int64")
    closed["lost"] = lost.astype("int64")
    closed["won_amount"] = closed["amount"].fillna(0).where(won)
    cycle = (closed["closed_at"] - closed["created_at"]).dt.total_seconds() / 86400.0
    closed["won_cycle_days"] = cycle.where(won)
    closed["won_touches"] = closed["touches"].where(won)
    closed["lost_touches"] = closed["touches"].where(lost)
    by_closed = closed.groupby(KEYS).agg(
        won_deals=("won", "sum"),
        lost_deals=("lost", "sum"),
        booked_revenue=("won_amount", "sum"),
        avg_deal_size=("won_amount", "mean"),
        sales_cycle_days=("won_cycle_days", "mean"),
        touches_to_win=("won_touches", "mean"),
        touches_to_loss=("lost_touches", "mean"),
    )
    decided = by_closed["won_deals"] + by_closed["lost_deals"]
    by_closed["win_rate"] = by_closed["won_deals"] / decided.replace(0, np.nan)

    result = pd.concat([by_lead, by_qualified, by_opened, by_closed], axis=1)
    for column in ("leads_assigned", "untouched_leads", "inbound_leads", "qualified_leads",
                   "opportunities", "won_deals", "lost_deals", "booked_revenue"):  # fmt: skip
        result[column] = result[column].fillna(0)
    return result[list(REP_KPI_NAMES)].reset_index()


def _load(store: Store) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    leads = store.table("leads").to_pyarrow().to_pandas()
    deals = store.table("opportunities").to_pyarrow().to_pandas()
    touches = (
        store.table("touches")
        .select("rep_id", "lead_id", "opportunity_id", "occurred_at")
        .to_pyarrow()
        .to_pandas()
    )
    return leads, deals, touches


def compare(ours: pd.DataFrame, theirs: pd.DataFrame) -> tuple[bool, dict[str, int]]:
    """Do two results agree on every row and metric? Returns mismatches per metric."""
    ours = ours.assign(period=pd.to_datetime(ours["period"]))
    theirs = theirs.assign(period=pd.to_datetime(theirs["period"]))
    merged = ours.merge(theirs, on=KEYS, how="outer", suffixes=("_a", "_b"), indicator=True)
    mismatches = {"rows": int((merged["_merge"] != "both").sum())}
    for metric in REP_KPI_NAMES:
        a = merged[f"{metric}_a"].to_numpy(dtype=np.float64, na_value=np.nan)
        b = merged[f"{metric}_b"].to_numpy(dtype=np.float64, na_value=np.nan)
        same = np.isclose(a, b, rtol=1e-9, atol=1e-9, equal_nan=True)
        mismatches[metric] = int((~same).sum())
    return not any(mismatches.values()), mismatches


def bench_rep_kpis(store: Store) -> dict[str, Any]:
    """Time every rep KPI per rep and month in sellindex and in pandas, and check they agree."""
    window = Window(grain="month")
    counts = {
        name: store.table(name).count().to_pyarrow().as_py()
        for name in ("leads", "touches", "opportunities")
    }
    started = time.perf_counter()
    ours = rep_kpis(store, window).to_pyarrow().to_pandas()
    sellindex_seconds = time.perf_counter() - started

    started = time.perf_counter()
    leads, deals, touches = _load(store)
    load_seconds = time.perf_counter() - started
    started = time.perf_counter()
    theirs = pandas_rep_kpis(leads, deals, touches)
    pandas_seconds = time.perf_counter() - started
    agree, mismatches = compare(ours.drop(columns="team_id"), theirs)
    return {
        "case": (
            f"rep KPIs per rep and month ({counts['leads']:,} leads, "
            f"{counts['touches']:,} touches, {counts['opportunities']:,} deals)"
        ),
        "rows": len(ours),
        "sellindex_seconds": round(sellindex_seconds, 3),
        "pandas_seconds": round(pandas_seconds, 3),
        "pandas_load_seconds": round(load_seconds, 3),
        "agree": agree,
        "mismatches": {k: v for k, v in mismatches.items() if v},
    }
