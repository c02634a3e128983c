"""Rep micro-metrics per rep and period, and how each rep compares with their team.

Which period a number lands in depends on what it measures:
- lead metrics (speed to lead, untouched leads, inbound qualification) on the lead's
  assignment date;
- qualified-to-opportunity on the qualification date;
- lead-flow share on the deal's creation date;
- win rate, booked revenue, deal size, cycle length and touches to close on the close date.

Data rules (each exclusion is counted by `rep_exclusions`):
- CRM exports keep only a lead's *latest* owner and `assigned_at`. Lead metrics are credited to
  that owner and measured from that `assigned_at` (or `created_at` when it is empty); touches on
  the lead before it are ignored. Speed to lead counts only the owner's own touches.
- Leads with no owner are left out of rep metrics.
- Leads never touched by their owner are counted (`untouched_leads`), not dropped: speed to
  lead is the median / 90th percentile over the touched ones.
- Touches to close count every touch on the deal, or on the lead it came from once that lead was
  assigned, up to the close; touches after the close are excluded.
- Deals closed before they were created are impossible data and excluded from every metric.
"""

from __future__ import annotations

from collections.abc import Sequence

import ibis
import ibis.expr.types as ir

from sellindex.metrics.kpis.core import Kpi, compute, group_keys
from sellindex.metrics.kpis.dimensions import with_member_dimensions
from sellindex.metrics.kpis.periods import Window
from sellindex.store.engines import TableSource

GROUPS = ("member", "team", "company", "industry")
SECONDS_PER_HOUR = 3600.0
SECONDS_PER_DAY = 86400.0


def _sum(column: str):
    return lambda t: t[column].sum()


def _mean(column: str):
    return lambda t: t[column].mean()


def _count(t: ir.Table) -> ir.Scalar:
    return t.count()


REP_KPIS: tuple[Kpi, ...] = (
    Kpi("leads_assigned", "Leads assigned to the rep.", "leads", _count,
        formula="leads whose (latest) assignment falls in the period", label="Leads assigned"),
    Kpi("untouched_leads", "Assigned leads the rep never touched.", "leads", _sum("untouched"),
        higher_is_better=False,
        formula="assigned leads with no touch by the owner since assignment",
        label="Untouched leads"),
    Kpi("speed_to_lead_median_h", "Median hours from assignment to first touch.", "leads",
        lambda t: t.hours_to_first_touch.median(), summable=False, unit="hours",
        higher_is_better=False,
        formula="median over touched leads of the hours from assigned_at to the owner's first "
        "touch at or after it",
        label="Speed to lead (median hours)"),
    Kpi("speed_to_lead_p90_h", "90th percentile of hours from assignment to first touch.",
        "leads", lambda t: t.hours_to_first_touch.quantile(0.9), summable=False, unit="hours",
        higher_is_better=False,
        formula="90th percentile (linear interpolation) over touched leads of the hours from "
        "assigned_at to the owner's first touch at or after it",
        label="Speed to lead (90th percentile hours)"),
    Kpi("inbound_leads", "Inbound leads assigned to the rep.", "leads", _sum("inbound"),
        formula="assigned leads with source = inbound", label="Inbound leads"),
    Kpi("inbound_qualified_share", "Share of inbound leads the rep qualified.", "leads",
        _sum("inbound_qualified"), _sum("inbound"), unit="share", higher_is_better=True,
        formula="inbound leads with qualified_at / inbound leads", label="Inbound leads qualified"),
    Kpi("qualified_leads", "Leads qualified in the period.", "qualified", _count,
        formula="owned leads with qualified_at in the period", label="Qualified leads"),
    Kpi("qualified_to_opportunity", "Share of qualified leads that became opportunities.",
        "qualified", _sum("converted"), _count, unit="share", higher_is_better=True,
        formula="qualified leads with converted_opportunity_id / qualified leads",
        label="Qualified to opportunity"),
    Kpi("opportunities", "Opportunities opened.", "opened", _count,
        formula="valid deals with created_at in the period", label="Opportunities opened"),
    Kpi("lead_flow_share", "Share of opportunities that came from lead flow.", "opened",
        _sum("from_lead"), _count, unit="share", higher_is_better=True,
        formula="opportunities with a lead_id / opportunities", label="Opportunities from leads"),
    Kpi("won_deals", "Deals won.", "closed", _sum("won"), formula="won deals closed in the period",
        label="Deals won"),
    Kpi("lost_deals", "Deals lost.", "closed", _sum("lost"),
        formula="lost deals closed in the period", label="Deals lost"),
    Kpi("win_rate", "Share of closed deals that were won.", "closed", _sum("won"),
        lambda t: t.won.sum() + t.lost.sum(), unit="share", higher_is_better=True,
        formula="won / (won + lost)", label="Win rate"),
    Kpi("booked_revenue", "Value of deals won.", "closed", _sum("won_amount"), unit="money",
        higher_is_better=True, formula="sum of amount over won deals", label="Booked revenue"),
    Kpi("avg_deal_size", "Average value of a won deal.", "closed", _mean("won_amount"),
        summable=False, unit="money", higher_is_better=True,
        formula="mean amount over won deals", label="Average deal size"),
    Kpi("sales_cycle_days", "Average days from opening to winning a deal.", "closed",
        _mean("won_cycle_days"), summable=False, unit="days", higher_is_better=False,
        formula="mean of (closed_at - created_at) in days over won deals",
        label="Sales cycle (days)"),
    Kpi("touches_to_win", "Average touches on a won deal up to its close.", "closed",
        _mean("won_touches"), summable=False, unit="rate", higher_is_better=False,
        formula="mean touches before close over won deals", label="Touches to win"),
    Kpi("touches_to_loss", "Average touches on a lost deal up to its close.", "closed",
        _mean("lost_touches"), summable=False, unit="rate", higher_is_better=False,
        formula="mean touches before close over lost deals", label="Touches to loss"),
)  # fmt: skip

REP_KPI_NAMES = tuple(k.name for k in REP_KPIS)
REP_KPIS_BY_NAME = {k.name: k for k in REP_KPIS}


def seconds_between(later: ir.TimestampValue, earlier: ir.TimestampValue) -> ir.FloatingValue:
    """Seconds from `earlier` to `later`, to the microsecond on every engine: a difference of
    epoch seconds keeps the fraction on DuckDB but drops it on Spark."""
    return later.delta(earlier, unit="microsecond").cast("float64") / 1_000_000.0


def assigned_leads(store: TableSource) -> ir.Table:
    """Leads with an owner, with the moment the current owner took them over."""
    leads = store.table("leads")
    owned = leads.filter(leads.owner_id.notnull())
    return owned.mutate(assigned=owned.assigned_at.fill_null(owned.created_at))


def valid_deals(store: TableSource) -> ir.Table:
    """Opportunities without impossible dates (closed before created)."""
    deals = store.table("opportunities")
    return deals.filter(deals.closed_at.isnull() | (deals.closed_at >= deals.created_at))


def deal_touches(store: TableSource, extra: Sequence[str] = ()) -> ir.Table:
    """Every touch that counts towards a deal, with that deal's id as `deal_id` (and the
    touches' `extra` columns).

    A touch on a lead counts for the deal the lead became, but only from the lead's current
    assignment on; a touch on a deal counts as is.
    """
    touches = store.table("touches")
    direct = touches.filter(touches.opportunity_id.notnull()).select(
        *extra, deal_id=touches.opportunity_id, touched_at=touches.occurred_at
    )
    leads = assigned_leads(store).filter(ibis._.converted_opportunity_id.notnull())
    via_lead = touches.filter(touches.opportunity_id.isnull(), touches.lead_id.notnull())
    via_lead = via_lead.inner_join(leads, via_lead.lead_id == leads.lead_id)
    via_lead = via_lead.filter(via_lead.occurred_at >= via_lead.assigned).select(
        *extra, deal_id=via_lead.converted_opportunity_id, touched_at=via_lead.occurred_at
    )
    return direct.union(via_lead)


def leads_with_first_touch(store: TableSource, window: Window) -> ir.Table:
    """Owned leads assigned in the window, with the owner's first touch since the assignment
    (`first_touch`, empty when never touched) and the hours it took."""
    leads = assigned_leads(store)
    leads = leads.filter(window.contains(leads.assigned))
    touches = store.table("touches").filter(ibis._.lead_id.notnull())
    joined = leads.inner_join(
        touches,
        [leads.lead_id == touches.lead_id, leads.owner_id == touches.rep_id],
    )
    joined = joined.filter(joined.occurred_at >= joined.assigned)
    first = joined.group_by("lead_id").aggregate(first_touch=joined.occurred_at.min())
    facts = leads.left_join(first, "lead_id")
    return facts.mutate(
        hours_to_first_touch=seconds_between(facts.first_touch, facts.assigned) / SECONDS_PER_HOUR
    )


def lead_facts(store: TableSource, window: Window) -> ir.Table:
    """One row per owned lead assigned in the window, with its speed to lead."""
    facts = leads_with_first_touch(store, window)
    inbound = facts.source == "inbound"
    facts = facts.select(
        owner=facts.owner_id,
        period=window.period(facts.assigned),
        hours_to_first_touch=facts.hours_to_first_touch,
        untouched=facts.first_touch.isnull().cast("int64"),
        inbound=inbound.cast("int64"),
        inbound_qualified=(inbound & facts.qualified_at.notnull()).cast("int64"),
    )
    return with_member_dimensions(store, facts, "owner")


def qualified_facts(store: TableSource, window: Window) -> ir.Table:
    leads = assigned_leads(store)
    leads = leads.filter(window.contains(leads.qualified_at))
    facts = leads.select(
        owner=leads.owner_id,
        period=window.period(leads.qualified_at),
        converted=leads.converted_opportunity_id.notnull().cast("int64"),
    )
    return with_member_dimensions(store, facts, "owner")


def opened_facts(store: TableSource, window: Window) -> ir.Table:
    deals = valid_deals(store)
    deals = deals.filter(window.contains(deals.created_at))
    facts = deals.select(
        owner=deals.owner_id,
        period=window.period(deals.created_at),
        from_lead=deals.lead_id.notnull().cast("int64"),
    )
    return with_member_dimensions(store, facts, "owner")


def closed_facts(store: TableSource, window: Window) -> ir.Table:
    """One row per valid deal won or lost in the window, with its touches up to the close."""
    deals = valid_deals(store)
    deals = deals.filter(deals.outcome.isin(("won", "lost")), window.contains(deals.closed_at))
    touches = deal_touches(store)
    on_deal = deals.select("opportunity_id", "closed_at").inner_join(
        touches, ibis._.opportunity_id == touches.deal_id
    )
    on_deal = on_deal.filter(on_deal.touched_at <= on_deal.closed_at)
    counts = on_deal.group_by("opportunity_id").aggregate(touches=on_deal.count())
    facts = deals.left_join(counts, "opportunity_id")
    won = facts.outcome == "won"
    lost = facts.outcome == "lost"
    n_touches = facts.touches.fill_null(0)
    cycle_days = seconds_between(facts.closed_at, facts.created_at) / SECONDS_PER_DAY
    facts = facts.select(
        owner=facts.owner_id,
        period=window.period(facts.closed_at),
        won=won.cast("int64"),
        lost=lost.cast("int64"),
        amount=facts.amount,
        won_amount=ibis.ifelse(won, facts.amount.fill_null(0), ibis.null("float64")),
        won_cycle_days=ibis.ifelse(won, cycle_days, ibis.null("float64")),
        won_touches=ibis.ifelse(won, n_touches, ibis.null("int64")),
        lost_touches=ibis.ifelse(lost, n_touches, ibis.null("int64")),
    )
    return with_member_dimensions(store, facts, "owner")


def rep_facts(store: TableSource, window: Window) -> dict[str, ir.Table]:
    return {
        "leads": lead_facts(store, window),
        "qualified": qualified_facts(store, window),
        "opened": opened_facts(store, window),
        "closed": closed_facts(store, window),
    }


def rep_kpis(
    store: TableSource,
    window: Window,
    group: str = "member",
    kpis: Sequence[Kpi] = REP_KPIS,
) -> ir.Table:
    """Rep micro-metrics per rep (or team, company, industry) and period.

    With `group="member"` the key is `member_id` (the rep) and the rep's `team_id` is added.
    """
    keys = group_keys(group, GROUPS)
    result = compute(kpis, rep_facts(store, window), keys)
    if group == "member":
        teams = store.table("members").select("member_id", "team_id")
        joined = result.left_join(teams, "member_id")
        result = joined.select(
            "member_id", "team_id", *(c for c in result.columns if c != "member_id")
        )
        result = result.order_by(["member_id", "period"])
    return result


def with_team_comparison(per_rep: ir.Table, metrics: Sequence[str] = REP_KPI_NAMES) -> ir.Table:
    """Long form: one row per rep, period and metric with the team median and the percentile.

    `team_percentile` is the share (0-100) of the team's reps with a value for that metric and
    period whose value is at or below this rep's (higher means a larger value, whether or not
    larger is better). Reps without a value get no percentile.
    """
    long = per_rep.select("member_id", "team_id", "period", *metrics).pivot_longer(
        list(metrics), names_to="metric", values_to="value"
    )
    long = long.mutate(value=long.value.cast("float64"))
    by = ["team_id", "period", "metric"]
    valued = long.filter(long.value.notnull())
    team = valued.group_by(by).aggregate(
        team_median=valued.value.median(), team_reps=valued.member_id.nunique()
    )
    ranks = valued.select(
        "member_id",
        "period",
        "metric",
        team_percentile=100.0 * ibis.cume_dist().over(group_by=by, order_by="value"),
    )
    out = long.left_join(team, by)
    out = out.drop(*(c for c in out.columns if c.endswith("_right")))
    out = out.left_join(ranks, ["member_id", "period", "metric"])
    out = out.drop(*(c for c in out.columns if c.endswith("_right")))
    return out.order_by(["member_id", "period", "metric"])


def rep_exclusions(store: TableSource, window: Window) -> dict[str, int]:
    """How many rows the data rules left out (or flagged), so nothing disappears silently."""
    counts = rep_exclusion_counts(store, window)
    return {name: int(expr.to_pyarrow().as_py() or 0) for name, expr in counts.items()}


def rep_exclusion_counts(store: TableSource, window: Window) -> dict[str, ir.Scalar]:
    """The counts of `rep_exclusions`, as expressions."""
    leads = store.table("leads")
    in_window_leads = leads.filter(window.contains(leads.assigned_at.fill_null(leads.created_at)))
    deals = store.table("opportunities")
    impossible = deals.filter(
        deals.closed_at < deals.created_at,
        window.contains(deals.created_at) | window.contains(deals.closed_at),
    )
    assigned = assigned_leads(store).filter(window.contains(ibis._.assigned))
    touches = store.table("touches")
    early = assigned.inner_join(touches, assigned.lead_id == touches.lead_id)
    early = early.filter(early.occurred_at < early.assigned)
    closed = valid_deals(store).filter(
        ibis._.outcome.isin(("won", "lost")), window.contains(ibis._.closed_at)
    )
    touches_on_deals = deal_touches(store)
    late = closed.select("opportunity_id", "closed_at").inner_join(
        touches_on_deals, ibis._.opportunity_id == touches_on_deals.deal_id
    )
    late = late.filter(late.touched_at > late.closed_at)
    untouched = lead_facts(store, window).untouched.sum()
    return {
        "unassigned_leads": in_window_leads.filter(in_window_leads.owner_id.isnull()).count(),
        "untouched_leads": untouched,
        "touches_before_assignment": early.count(),
        "touches_after_close": late.count(),
        "deals_closed_before_created": impossible.count(),
    }
