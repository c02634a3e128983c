"""Growth: new members, logins per member, daily/weekly/monthly actives, stickiness, retention.

A member is *active* on a day when they are the actor of any activity event that day.
- `dau`: average number of active members per calendar day of the period (days with no
  activity count as 0). Each active member-day contributes 1 / (days in the period).
- `wau`: average weekly actives over the ISO weeks (Monday start) whose Monday falls in the
  period; reported for `--by week` and longer.
- `mau`: average monthly actives over the months of the period; `--by month` and longer.
- `stickiness` = dau / mau.
Days, weeks and months are counted inside the reporting window only, so a partial first or last
period is averaged over the days it really covers; a week or month cut by the window's start
counts as one unit from the window's first day.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from sellindex.metrics.kpis.core import DERIVED, Kpi, compute, group_keys
from sellindex.metrics.kpis.dimensions import MEMBER_DIMENSIONS, with_member_dimensions
from sellindex.metrics.kpis.periods import NothingToReport, Window, data_bounds
from sellindex.store.engines import TableSource

GROUPS = ("member", "team", "company", "industry")


def _count(t: ir.Table) -> ir.Scalar:
    return t.count()


def _weights(column: str):
    return lambda t: t[column].sum()


GROWTH_KPIS: tuple[Kpi, ...] = (
    Kpi("new_members", "Members who joined in the period.", "joins", _count,
        higher_is_better=True, formula="count of members with joined_at in the period",
        label="New members"),
    Kpi("members", "Members on the network at the end of the period.", "base", _count,
        formula="count of members with joined_at before the end of the period", label="Members"),
    Kpi("logins", "Sign-ins in the period.", "logins", _count, formula="count of login events",
        label="Logins"),
    Kpi("logins_per_member", "Sign-ins per member on the network.", DERIVED,
        lambda r: r.logins, lambda r: r.members, unit="rate", higher_is_better=True,
        formula="logins / members", label="Logins per member"),
    Kpi("active_members", "Members active at least once in the period.", "days",
        lambda t: t.member_id.nunique(), higher_is_better=True,
        formula="distinct members who acted in the period", label="Active members"),
    Kpi("dau", "Average daily active members.", "days", _weights("weight"),
        higher_is_better=True,
        formula="sum over the period's days of the day's distinct actives / days in the period "
        "(days without activity count as 0)", label="Daily active members"),
    Kpi("wau", "Average weekly active members.", "weeks", _weights("weight"),
        higher_is_better=True,
        formula="sum over the ISO weeks whose Monday falls in the period of the week's distinct "
        "actives / those weeks (periods of a week or longer)",
        label="Weekly active members"),
    Kpi("mau", "Average monthly active members.", "months", _weights("weight"),
        higher_is_better=True,
        formula="sum over the months of the period of the month's distinct actives / those "
        "months (periods of a month or longer)",
        label="Monthly active members"),
    Kpi("stickiness", "How many of the month's actives come back on a given day.", DERIVED,
        lambda r: r.dau, lambda r: r.mau, unit="share", higher_is_better=True,
        formula="dau / mau", label="Stickiness (daily / monthly actives)"),
)  # fmt: skip

_ACTIVE_GRAINS = {"wau": ("week", "month", "quarter"), "mau": ("month", "quarter")}


def growth_kpis_for(grain: str) -> tuple[Kpi, ...]:
    """WAU needs periods of a week or more, MAU and stickiness a month or more."""
    kept = []
    for kpi in GROWTH_KPIS:
        needs = "mau" if kpi.name == "stickiness" else kpi.name
        if needs in _ACTIVE_GRAINS and grain not in _ACTIVE_GRAINS[needs]:
            continue
        kept.append(kpi)
    return tuple(kept)


def bounded_window(store: TableSource, window: Window) -> Window:
    """Fill open window bounds from the span of the activity, so periods can be enumerated.

    Members may have joined years before the activity on record starts; listing every period
    since the first sign-up would report years of empty activity. A window of more than
    `MAX_PERIODS` periods is refused.
    """
    if window.start is None or window.end is None:
        first, last = data_bounds((store.table("activity"), "occurred_at"))
        if first is None:
            first, last = data_bounds((store.table("members"), "joined_at"))
        if first is None:
            raise NothingToReport("the store has no members or activity yet; load data first")
        window = window.bounded(first, last)
    window.check_period_count()
    return window


def _first_day(window: Window) -> ir.TimestampScalar:
    return ibis.literal(window.start).truncate("D")


def _calendar(window: Window) -> ir.Table:
    """Per period: how many days, weeks and months of the window start in it.

    A week or month cut by the start of the window counts as one (partial) unit starting on the
    window's first day, so a window that opens mid-month still has that month's actives.
    """
    days = Window(window.start, window.end, "day").spine().rename(day="period")
    first = _first_day(window)
    days = days.filter(days.day >= first)
    days = days.mutate(period=window.period(days.day))
    opens = days.day == first
    return days.group_by("period").aggregate(
        n_days=days.count(),
        n_weeks=((days.day.truncate("W") == days.day) | opens).cast("int64").sum(),
        n_months=((days.day.truncate("M") == days.day) | opens).cast("int64").sum(),
    )


def _active_units(
    store: TableSource, window: Window, unit: str, count_column: str, calendar: ir.Table
) -> ir.Table:
    """One row per member and active day/week/month, weighted by 1 / units in its period."""
    activity = store.table("activity")
    events = activity.filter(window.contains(activity.occurred_at))
    unit_start = ibis.greatest(events.occurred_at.truncate(unit), _first_day(window))
    units = events.select(member_id=events.member_id, unit_start=unit_start).distinct()
    units = units.mutate(period=window.period(units.unit_start))
    units = units.inner_join(calendar, "period")
    # A double over a double: Spark reads the literal 1.0 as a decimal, and a decimal over an
    # integer keeps only six decimal places.
    units = units.mutate(weight=1.0 / units[count_column].cast("float64").nullif(0.0))
    units = units.select("member_id", "period", "weight")
    return with_member_dimensions(store, units, "member_id")


def growth_facts(store: TableSource, window: Window) -> dict[str, ir.Table]:
    members = store.table("members").select("member_id", "joined_at", *MEMBER_DIMENSIONS)
    joins = members.filter(window.contains(members.joined_at))
    activity = store.table("activity")
    logins = activity.filter(activity.event_type == "login", window.contains(activity.occurred_at))
    logins = with_member_dimensions(
        store,
        logins.select(member_id=logins.member_id, period=window.period(logins.occurred_at)),
        "member_id",
    )
    spine = window.spine()
    base = spine.cross_join(members)
    base = base.filter(base.joined_at < window.period_end(base.period))
    calendar = _calendar(window)
    return {
        "joins": joins.mutate(period=window.period(joins.joined_at)),
        "logins": logins,
        "base": base,
        "days": _active_units(store, window, "D", "n_days", calendar),
        "weeks": _active_units(store, window, "W", "n_weeks", calendar),
        "months": _active_units(store, window, "M", "n_months", calendar),
    }


def growth(store: TableSource, window: Window, group: str = "company") -> ir.Table:
    """Growth KPIs per group and period; every period of the window appears, empty or not."""
    keys = group_keys(group, GROUPS)
    window = bounded_window(store, window)
    facts = growth_facts(store, window)
    frame = window.spine()
    if keys:
        frame = frame.cross_join(facts["base"].select(*keys).distinct())
    return compute(growth_kpis_for(window.grain), facts, keys, frame=frame)


def retention(store: TableSource, window: Window, group: str = "all") -> ir.Table:
    """Share of each sign-up cohort active 0, 1, 2, ... periods after the period they joined.

    A cohort is the members who joined in one period of the window; `retained` counts those who
    acted at least once in the period `periods_since_signup` later (0 = the sign-up period).
    """
    keys = group_keys(group, GROUPS)
    members = store.table("members").select("member_id", "joined_at", *MEMBER_DIMENSIONS)
    cohort_members = members.filter(window.contains(members.joined_at)).mutate(
        cohort=window.period(members.joined_at)
    )
    sizes = cohort_members.group_by([*keys, "cohort"]).aggregate(cohort_size=ibis._.count())
    activity = store.table("activity")
    upper = activity.occurred_at < ibis.literal(window.end) if window.end else ibis.literal(True)
    active = (
        activity.filter(upper)
        .select(member_id=activity.member_id, period=window.period(activity.occurred_at))
        .distinct()
    )
    joined = active.inner_join(cohort_members, "member_id")
    joined = joined.filter(joined.period >= joined.cohort)
    joined = joined.mutate(
        periods_since_signup=joined.period.delta(joined.cohort, unit=window.delta_unit)
    )
    retained = joined.group_by([*keys, "cohort", "periods_since_signup"]).aggregate(
        retained=joined.member_id.nunique()
    )
    result = retained.inner_join(sizes, [*keys, "cohort"])
    result = result.drop(*(c for c in result.columns if c.endswith("_right")))
    result = result.mutate(retention=result.retained.cast("float64") / result.cohort_size)
    return result.select(
        *keys, "cohort", "periods_since_signup", "cohort_size", "retained", "retention"
    ).order_by([*keys, "cohort", "periods_since_signup"])
