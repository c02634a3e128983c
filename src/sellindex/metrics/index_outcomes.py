"""Each rep's index on each scoring date, beside what followed: the opportunities they opened
and the deals they won in the next `horizon` days, and the same counts over the `horizon` days
before (their past performance). The table `sellindex validate` is estimated from.

Only dates whose whole horizon lies inside the CRM data are kept: a window that runs past the
last record would count deals that have not happened yet as deals that never happened.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from sellindex.metrics.kpis.reps import valid_deals
from sellindex.store import Store

PILLAR_COLUMNS = ("total", "brand", "find", "engage", "relationships")


def _count_between(
    panel: ir.Table, events: ir.Table, column: str, start: ir.Value, end: ir.Value, name: str
) -> ir.Table:
    """Per (member, date): events of the member whose `column` lies in (start, end]."""
    pairs = panel.select("member_id", "as_of", start=start, end=end).inner_join(
        events, ibis._.member_id == events.owner_id
    )
    pairs = pairs.filter(pairs[column] > pairs.start, pairs[column] <= pairs.end)
    return pairs.group_by(["member_id", "as_of"]).aggregate(**{name: pairs.count()})


def index_outcome_panel(store: Store, horizon_days: int = 90) -> ir.Table:
    """One row per rep (a member who owns at least one deal) and scoring date."""
    deals = valid_deals(store)
    owners = deals.select(member_id=deals.owner_id).distinct()
    snapshots = store.table("ssi_snapshots")
    panel = snapshots.inner_join(owners, "member_id").select(
        "member_id",
        "as_of",
        *(snapshots[c].cast("float64").name(c) for c in PILLAR_COLUMNS),
        day=snapshots.as_of.cast("timestamp"),
    )
    horizon = ibis.interval(days=horizon_days)
    last = (
        deals.aggregate(last=ibis.greatest(deals.created_at.max(), deals.closed_at.max()))
        .to_pyarrow()["last"][0]
        .as_py()
    )
    if last is None:
        return panel.filter(ibis.literal(False))
    panel = panel.filter(panel.day + horizon <= ibis.literal(last))
    won = deals.filter(deals.outcome == "won")
    counts = [
        _count_between(panel, deals, "created_at", panel.day, panel.day + horizon, "opened_next"),
        _count_between(panel, won, "closed_at", panel.day, panel.day + horizon, "won_next"),
        _count_between(panel, deals, "created_at", panel.day - horizon, panel.day, "opened_before"),
        _count_between(panel, won, "closed_at", panel.day - horizon, panel.day, "won_before"),
    ]
    members = store.table("members").select("member_id", "joined_at")
    joined = panel.left_join(members, "member_id")
    joined = joined.drop(*(c for c in joined.columns if c.endswith("_right")))
    for table in counts:
        joined = joined.left_join(table, ["member_id", "as_of"])
        joined = joined.drop(*(c for c in joined.columns if c.endswith("_right")))
    tenure_days = (joined.day.epoch_seconds() - joined.joined_at.epoch_seconds()) / 86400
    return joined.select(
        "member_id",
        "as_of",
        *PILLAR_COLUMNS,
        tenure_years=ibis.ifelse(tenure_days >= 0, tenure_days / 365.25, ibis.null("float64")),
        **{
            name: joined[name].fill_null(0)
            for name in ("opened_next", "won_next", "opened_before", "won_before")
        },
    )
