"""One row per closed deal: its outcome, what the rep did on it, and what else could explain it.

This is the table insights are estimated from. Every column is an Ibis expression over the
canonical tables, so it runs on any engine the metrics run on.

- Outcomes: `won` (1 won, 0 lost), `booked` (the amount when won, else 0), `cycle_days`.
- Behaviours (`BEHAVIOURS`): what the rep did on the deal, up to its close, counting touches on
  the lead it came from once that lead was assigned (the same rule as touches to close).
- The index, its pillars and every signal of the default model, as the rep scored on the last
  date before the deal opened (`signal_<name>`).
- Confounders (`CONFOUNDERS`): deal size, product, segment and region of the account, lead
  source, the quarter the deal was opened in, the rep's tenure then.

Deals closed before they were created are impossible data and left out, as in the KPIs.
"""

from __future__ import annotations

from dataclasses import dataclass

import ibis
import ibis.expr.types as ir

from sellindex.metrics.kpis.periods import Window
from sellindex.metrics.kpis.reps import (
    SECONDS_PER_DAY,
    deal_touches,
    leads_with_first_touch,
    seconds_between,
    valid_deals,
)
from sellindex.metrics.ssi.model import load_model
from sellindex.store import Store

UNKNOWN = "unknown"
"""The stratum of a deal whose product, segment, region or lead source is not recorded."""


@dataclass(frozen=True)
class Behaviour:
    """Something a rep does on a deal, measured per deal."""

    name: str
    label: str
    unit: str
    more: str
    """How "more of it" reads in a sentence: "longer meetings", "a slower first touch"."""
    definition: str
    log_scale: bool = False
    """Skewed amounts (times, durations, counts) are compared on a log scale."""
    deal_level: bool = True
    """False when it does not vary between one rep's deals (the index at the deal's start
    barely moves within a quarter): only its between-rep part is estimated."""
    needs: str = ""
    """What to do when no deal has it recorded."""


_SCORE_FIRST = (
    "score the index on dates before the deals opened, e.g. `sellindex score --from "
    "2025-01-01 --to 2025-12-31 --every 7`"
)
BEHAVIOURS: tuple[Behaviour, ...] = (
    Behaviour("speed_to_lead_hours", "Speed to lead", "hours", "a slower first touch",
              "hours from the lead's assignment to the owner's first touch (deals from leads)",
              log_scale=True),
    Behaviour("touches", "Touches", "touches", "more touches",
              "touches on the deal up to its close", log_scale=True),
    Behaviour("social_share", "Social touches", "share", "more social touches",
              "share of the deal's touches on social"),
    Behaviour("email_share", "Email touches", "share", "more emails",
              "share of the deal's touches by email"),
    Behaviour("call_share", "Call touches", "share", "more calls",
              "share of the deal's touches by call"),
    Behaviour("meeting_share", "Meetings", "share", "more meetings",
              "share of the deal's touches that were meetings"),
    Behaviour("content_share", "Content shared", "share", "more content shared",
              "share of the deal's touches in which content was shared"),
    Behaviour("call_minutes", "Call length", "minutes", "longer calls",
              "mean length of the deal's calls", log_scale=True),
    Behaviour("meeting_minutes", "Meeting length", "minutes", "longer meetings",
              "mean length of the deal's meetings", log_scale=True),
    Behaviour("followup_gap_days", "Follow-up gap", "days", "longer gaps between touches",
              "mean days between consecutive touches on the deal", log_scale=True),
    Behaviour("days_to_close", "Days to close", "days", "longer cycles",
              "days from opening the deal to its close (not for the cycle outcome)",
              log_scale=True),
    Behaviour("index_total", "Social Selling Index", "points", "a higher index",
              "the rep's index on the last scoring date before the deal opened",
              deal_level=False, needs=_SCORE_FIRST),
    Behaviour("index_brand", "Index: professional brand", "points", "a higher brand pillar",
              "the rep's brand pillar then", deal_level=False, needs=_SCORE_FIRST),
    Behaviour("index_find", "Index: finding the right people", "points",
              "a higher find pillar", "the rep's find pillar then", deal_level=False,
              needs=_SCORE_FIRST),
    Behaviour("index_engage", "Index: engaging with insights", "points",
              "a higher engage pillar", "the rep's engage pillar then", deal_level=False,
              needs=_SCORE_FIRST),
    Behaviour("index_relationships", "Index: building relationships", "points",
              "a higher relationships pillar", "the rep's relationships pillar then",
              deal_level=False, needs=_SCORE_FIRST),
)  # fmt: skip
SIGNAL_PREFIX = "signal_"
SIGNAL_BEHAVIOURS: tuple[Behaviour, ...] = tuple(
    Behaviour(
        SIGNAL_PREFIX + signal.name,
        f"Index signal: {signal.name.replace('_', ' ')}",
        "points",
        f"more {signal.name.replace('_', ' ')} points",
        f"the rep's points on the {signal.name} signal ({signal.pillar}) then",
        deal_level=False,
        needs=_SCORE_FIRST,
    )
    for signal in load_model().signals
)
"""Each signal of the default model, as scored on the last date before the deal opened."""
BEHAVIOURS = BEHAVIOURS + SIGNAL_BEHAVIOURS
BEHAVIOURS_BY_NAME = {b.name: b for b in BEHAVIOURS}

CONFOUNDERS = ("size_band", "product", "segment", "region", "lead_source", "quarter", "tenure_band")
"""Categorical confounders (strata). Deal size also enters models as `log_amount`, and tenure as
`tenure_years`, so no residual difference within a band is left to confound."""

_PILLARS = {"index_brand": "brand", "index_find": "find", "index_engage": "engage",
            "index_relationships": "relationships", "index_total": "total"}  # fmt: skip


def _touch_profile(store: Store, deals: ir.Table) -> ir.Table:
    """Per deal: touch counts by channel, content shared, call and meeting lengths, gaps."""
    touches = deal_touches(store, extra=("channel", "content_shared", "duration_s"))
    on_deal = deals.select("opportunity_id", "closed_at").inner_join(
        touches, ibis._.opportunity_id == touches.deal_id
    )
    on_deal = on_deal.filter(on_deal.touched_at <= on_deal.closed_at)
    channel = on_deal.channel

    def count_of(kind: str) -> ir.IntegerScalar:
        return (channel == kind).cast("int64").sum()

    def minutes_of(kind: str) -> ir.FloatingScalar:
        return ibis.ifelse(channel == kind, on_deal.duration_s, ibis.null("float64")).mean() / 60

    return on_deal.group_by("opportunity_id").aggregate(
        touches=on_deal.count(),
        social=count_of("social"),
        email=count_of("email"),
        call=count_of("call"),
        meeting=count_of("meeting"),
        content=on_deal.content_shared.fill_null(False).cast("int64").sum(),
        call_minutes=minutes_of("call"),
        meeting_minutes=minutes_of("meeting"),
        first_touch=on_deal.touched_at.min(),
        last_touch=on_deal.touched_at.max(),
    )


def _index_at_opening(store: Store, deals: ir.Table) -> ir.Table:
    """The owner's latest snapshot on or before the day each deal opened: the index, its
    pillars, and each signal's points (found by name in the run that scored that date)."""
    snapshots = store.table("ssi_snapshots")
    runs = store.table("ssi_runs")
    latest = runs.group_by("as_of").aggregate(signals=runs.signals.argmax(runs.scored_at))
    scored = snapshots.left_join(latest, "as_of")
    scored = scored.drop(*(c for c in scored.columns if c.endswith("_right")))
    pairs = deals.select("opportunity_id", "owner_id", opened=deals.created_at.date()).inner_join(
        scored, [ibis._.owner_id == scored.member_id, scored.as_of <= ibis._.opened]
    )

    def points_of(signal: str) -> ir.FloatingValue:
        position = pairs.signals.index(signal)
        value = pairs.signal_points[position].cast("float64")
        return ibis.ifelse(position >= 0, value, ibis.null("float64"))

    values = {name: pairs[pillar].cast("float64") for name, pillar in _PILLARS.items()}
    for behaviour in SIGNAL_BEHAVIOURS:
        values[behaviour.name] = points_of(behaviour.name.removeprefix(SIGNAL_PREFIX))
    return pairs.group_by("opportunity_id").aggregate(
        **{name: value.argmax(pairs.as_of) for name, value in values.items()}
    )


def deal_behaviours(store: Store, window: Window) -> ir.Table:
    """Closed deals of the window (by close date), with outcomes, behaviours and confounders."""
    deals = valid_deals(store)
    deals = deals.filter(
        deals.outcome.isin(("won", "lost")),
        deals.closed_at.notnull(),
        window.contains(deals.closed_at),
    )
    profile = _touch_profile(store, deals)
    speed = leads_with_first_touch(store, Window()).select(
        "lead_id", speed_to_lead_hours="hours_to_first_touch"
    )
    index = _index_at_opening(store, deals)
    accounts = store.table("accounts").select("account_id", "segment", "region")
    leads = store.table("leads").select("lead_id", "source")
    members = store.table("members").select(owner_id="member_id", joined_at="joined_at")
    joined = (
        deals.left_join(profile, "opportunity_id")
        .left_join(index, "opportunity_id")
        .left_join(accounts, "account_id")
        .left_join(leads, "lead_id")
        .left_join(speed, "lead_id")
        .left_join(members, "owner_id")
    )
    touches = joined.touches.fill_null(0)
    per_touch = ibis.ifelse(touches > 0, touches, ibis.null("int64")).cast("float64")
    won = joined.outcome == "won"
    amount = joined.amount
    tenure_days = seconds_between(joined.created_at, joined.joined_at) / SECONDS_PER_DAY

    def text(column: ir.StringValue) -> ir.StringValue:
        return column.fill_null(UNKNOWN)

    return joined.select(
        "opportunity_id",
        rep_id=joined.owner_id,
        created_at=joined.created_at,
        closed_at=joined.closed_at,
        won=won.cast("int64"),
        booked=ibis.ifelse(won, amount.fill_null(0), 0.0),
        cycle_days=seconds_between(joined.closed_at, joined.created_at) / SECONDS_PER_DAY,
        days_to_close=seconds_between(joined.closed_at, joined.created_at) / SECONDS_PER_DAY,
        amount=amount,
        product=text(joined.product),
        segment=text(joined.segment),
        region=text(joined.region),
        lead_source=ibis.ifelse(joined.lead_id.isnull(), "no lead", text(joined.source)),
        quarter=joined.created_at.truncate("Q").date().cast("string"),
        tenure_years=ibis.ifelse(tenure_days >= 0, tenure_days / 365.25, ibis.null("float64")),
        speed_to_lead_hours=joined.speed_to_lead_hours,
        touches=touches,
        social_share=joined.social / per_touch,
        email_share=joined.email / per_touch,
        call_share=joined.call / per_touch,
        meeting_share=joined.meeting / per_touch,
        content_share=joined.content / per_touch,
        call_minutes=joined.call_minutes,
        meeting_minutes=joined.meeting_minutes,
        followup_gap_days=ibis.ifelse(
            touches > 1,
            seconds_between(joined.last_touch, joined.first_touch)
            / SECONDS_PER_DAY
            / (touches - 1),
            ibis.null("float64"),
        ),
        **{name: joined[name] for name in _PILLARS},
        **{b.name: joined[b.name] for b in SIGNAL_BEHAVIOURS},
    )
