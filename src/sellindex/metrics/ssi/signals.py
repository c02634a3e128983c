"""Raw signal values for every member as of a date, set-wise, as portable Ibis expressions.

Each source is aggregated once per member: the activity window by actor and by target, an
anti-join of profile views against the stored connection pairs for prospecting views,
connection pairs counted from both ends in one pass, invitations by sender. The aggregates are
then left-joined onto the members who had joined by the date.
Nothing here loops over members, and nothing is specific to one SQL engine.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

import ibis
import ibis.expr.datatypes as dt
import ibis.expr.types as ir

from sellindex.metrics.ssi.model import EventCount, Model, Signal
from sellindex.schema import DECISION_MAKER_SENIORITIES

PROFILE_ITEMS: tuple[tuple[str, int], ...] = (
    ("has_photo", 0),
    ("has_headline", 0),
    ("has_summary", 0),
    ("experience_count", 1),
    ("education_count", 1),
    ("skills_count", 5),
    ("recommendations_count", 1),
)
"""Profile completeness counts these items present: a flag set, or a count of at least n."""


AsOf = date | ir.DateValue
"""A scoring date: a date, or a date parameter, so that one compiled query serves a series of
dates (`run.score_into_snapshots`)."""


def window_bounds(as_of: AsOf, window_days: int) -> tuple[Any, Any]:
    """[start, end) of a window of `window_days` whole days ending with the day `as_of`."""
    end = scoring_end(as_of)
    if isinstance(end, datetime):
        return end - timedelta(days=window_days), end
    return end - ibis.interval(days=window_days), end


def scoring_end(as_of: AsOf) -> Any:
    """Everything strictly before this instant is known on the scoring date."""
    if isinstance(as_of, date):
        return datetime.combine(as_of + timedelta(days=1), time())
    return (as_of + ibis.interval(days=1)).cast("timestamp")


def add_up(values: Sequence[ir.Value]) -> Any:
    """The sum of one or more column expressions, row by row."""
    return sum(values[1:], values[0])


def raw_column(signal: Signal) -> str:
    return f"raw__{signal.name}"


def trials_column(signal: Signal) -> str:
    return f"trials__{signal.name}"


def connections_made(
    connections: ir.Table, as_of: AsOf, a: str = "member_a", b: str = "member_b"
) -> ir.Table:
    """Connections made by the end of the scoring date, each pair once, as columns `a` and `b`
    (the stored `member_a < member_b`).

    Each reader of the pairs names them its own way, which also keeps the readers' expressions
    apart: Ibis writes an expression used more than once as one common subquery, and DuckDB
    materialises such a subquery, so 200M pairs (3.2 GB at 10M members) would be held for the
    whole query. Apart, each reader streams the pairs from the table.
    """
    made = connections.filter(connections.connected_at < scoring_end(as_of))
    return made.select(**{a: made.member_a, b: made.member_b})


def raw_values(tables: Mapping[str, ir.Table], model: Model, as_of: AsOf) -> ir.Table:
    """One row per member who had joined by `as_of`: member_id, industry, team_id and, per
    signal, `raw__<signal>` (and `trials__<signal>` for rates), all non-null doubles."""
    end = scoring_end(as_of)
    members = tables["members"]
    base = members.filter(members.joined_at < end)
    columns: dict[str, ir.Value] = {}
    for signal in model.signals:
        kind = signal.source.kind
        if kind == "profile_completeness":
            present = [_profile_item(base, col, least) for col, least in PROFILE_ITEMS]
            columns[raw_column(signal)] = add_up(present)
        elif kind == "profile_count":
            columns[raw_column(signal)] = base[signal.source.column].fill_null(0)

    result = base.select(
        "member_id", "industry", "team_id", **{k: v.cast("float64") for k, v in columns.items()}
    )
    for aggregate in _aggregates(tables, model, as_of):
        result = result.left_join(aggregate, result.member_id == aggregate.key).drop("key")
    counts = [c for c in result.columns if c.startswith("n__")]
    result = result.mutate(**{c: result[c].fill_null(0).cast("float64") for c in counts})

    finals: dict[str, ir.Value] = {}
    for signal in model.signals:
        source = signal.source
        if source.kind == "events":
            finals[raw_column(signal)] = result[_count_name(source.events, signal.window_days)]
        elif source.kind in ("prospecting_views", "connections"):
            finals[raw_column(signal)] = result[_special_name(signal)]
        elif source.kind == "event_rate":
            finals[raw_column(signal)] = _total(result, source.successes, signal.window_days)
            finals[trials_column(signal)] = _total(result, source.trials, signal.window_days)
        elif source.kind == "acceptance_rate":
            finals[raw_column(signal)] = result[f"n__accepted__{signal.window_days}"]
            finals[trials_column(signal)] = result[f"n__invited__{signal.window_days}"]
    return result.mutate(**finals).drop(*counts)


def _profile_item(members: ir.Table, column: str, least: int) -> ir.Value:
    value = members[column]
    present = value.fill_null(False) if least == 0 else value.fill_null(0) >= least
    return present.cast("int64")


def _count_name(count: EventCount, window_days: int | None) -> str:
    events = "-".join(count.events) or "any"
    return f"n__{count.role}__{count.measure}__{events}__{window_days}"


def _special_name(signal: Signal) -> str:
    if signal.source.kind == "connections":
        return f"n__connections__{signal.source.segment}"
    return f"n__prospecting__{signal.window_days}"


def _total(result: ir.Table, counts: tuple[EventCount, ...], window_days: int | None) -> ir.Value:
    return add_up([result[_count_name(c, window_days)] for c in counts])


def _event_counts(model: Model) -> dict[str, tuple[EventCount, int]]:
    """Every distinct (event count, window) the model needs, by output column name."""
    found: dict[str, tuple[EventCount, int]] = {}
    for signal in model.signals:
        source = signal.source
        counts = [source.events] if source.events else [*source.successes, *source.trials]
        for count in counts:
            assert signal.window_days is not None
            found[_count_name(count, signal.window_days)] = (count, signal.window_days)
    return found


def _aggregates(tables: Mapping[str, ir.Table], model: Model, as_of: AsOf) -> list[ir.Table]:
    """Per-member aggregates, each keyed by `key`: one pass over each source table."""
    aggregates: list[ir.Table] = []
    counts = _event_counts(model)
    if counts:
        longest = max(window for _, window in counts.values())
        start, end = window_bounds(as_of, longest)
        activity = tables["activity"]
        recent = activity.filter(activity.occurred_at >= start, activity.occurred_at < end)
        for role in ("actor", "target"):
            wanted = {name: spec for name, spec in counts.items() if spec[0].role == role}
            if wanted:
                aggregates.append(_activity_aggregate(recent, role, wanted, as_of, longest))

    prospecting = [s for s in model.signals if s.source.kind == "prospecting_views"]
    connection_signals = [s for s in model.signals if s.source.kind == "connections"]
    if prospecting:
        made = connections_made(tables["connections"], as_of, "low", "high")
        aggregates.append(_prospecting(tables["activity"], made, prospecting, as_of))
    if connection_signals:
        made = connections_made(tables["connections"], as_of)
        aggregates.append(_connections(tables["members"], made, connection_signals))
    acceptance = [s for s in model.signals if s.source.kind == "acceptance_rate"]
    if acceptance:
        aggregates.append(_invitations(tables["invitations"], acceptance, as_of))
    return aggregates


def _activity_aggregate(
    recent: ir.Table,
    role: str,
    counts: dict[str, tuple[EventCount, int]],
    as_of: AsOf,
    longest: int,
) -> ir.Table:
    """Event counts of one role: one group-by per member with a conditional aggregate each.

    Distinct active days are counted in the same pass, as bit masks of the days a member was
    active (`_active_day_bits`), instead of a DISTINCT of (member, day) pairs: at 10M members
    that was an 80M-row hash table, the largest one a scoring held.
    """
    key = recent.member_id if role == "actor" else recent.target_member_id
    source = recent if role == "actor" else recent.filter(key.notnull())
    days = {name: spec for name, spec in counts.items() if spec[0].measure == "distinct_days"}
    bits: dict[str, dict[str, ir.Value]] = {
        name: _active_day_bits(source, name, count, as_of, window, longest)
        for name, (count, window) in days.items()
    }
    bit_columns = {c: v for per_count in bits.values() for c, v in per_count.items()}
    # the bits are columns of their own: inside the aggregate, sqlglot cannot type the
    # interval arithmetic of a dated condition
    source = source.mutate(**bit_columns)
    metrics: dict[str, ir.Value] = {
        name: source.event_id.count(where=_event_condition(source, count, as_of, window, longest))
        for name, (count, window) in counts.items()
        if name not in days
    }
    metrics |= {column: _bit_or(source[column]) for column in bit_columns}
    result = source.group_by(key=source[key.get_name()]).aggregate(**metrics)
    days_active = {name: _days_set(result, list(bits[name])) for name in days}
    return result.mutate(**days_active).drop(*bit_columns)


DAYS_PER_MASK = 60
"""Days one mask holds: bit d of a 64-bit integer marks the mask's day d, so every bit used
stays below the sign bit on every engine."""


@ibis.udf.agg.builtin(name="bit_or")
def _bit_or(value: int) -> int:
    """Bitwise OR of a group's values: so named on DuckDB, Spark and Postgres (Trino's is
    bitwise_or_agg)."""


@ibis.udf.scalar.builtin(name="bit_count")
def _bit_count(value: int) -> dt.Int8:
    """Number of bits set: so named on DuckDB and Spark (Trino's takes the width too)."""


def _active_day_bits(
    source: ir.Table, name: str, count: EventCount, as_of: AsOf, window: int, longest: int
) -> dict[str, ir.Value]:
    """Per event, its day as a bit of one mask of `DAYS_PER_MASK` days (null if the event does
    not count, or falls in another mask), by mask column name: bit d of a mask marks the
    day d days before the scoring date, less the mask's first day."""
    scoring_day = ibis.literal(as_of, "date") if isinstance(as_of, date) else as_of
    days_before = scoring_day.delta(source.occurred_at.date(), unit="day")
    one = ibis.literal(1).cast("int64")
    condition = _event_condition(source, count, as_of, window, longest)
    bits: dict[str, ir.Value] = {}
    for first in range(0, window, DAYS_PER_MASK):
        in_mask = days_before.between(first, first + DAYS_PER_MASK - 1)
        if condition is not None:
            in_mask &= condition
        # shifted only where the day is in this mask: a shift past 63 bits is an error
        bits[f"day_bit__{name}__{first}"] = ibis.ifelse(
            in_mask, one << (days_before % DAYS_PER_MASK), None
        )
    return bits


def _days_set(result: ir.Table, masks: list[str]) -> ir.IntegerValue:
    return add_up([_bit_count(result[m]).cast("int64").fill_null(0) for m in masks])


def _event_condition(
    recent: ir.Table, count: EventCount, as_of: AsOf, window: int, longest: int
) -> ir.BooleanValue | None:
    """Which events of `recent` (the longest window's) a count counts; None for all of them.

    The window's start is tested only for a shorter window: at 10M members each test is
    another comparison for each of 100M events, for every count.
    """
    condition = None
    if window < longest:
        condition = recent.occurred_at >= window_bounds(as_of, window)[0]
    if count.events:
        kinds = recent.event_type.isin(count.events)
        condition = kinds if condition is None else condition & kinds
    return condition


def _prospecting(
    activity: ir.Table, made: ir.Table, signals: list[Signal], as_of: AsOf
) -> ir.Table:
    """Profile views of members who were not first-degree connections on the scoring date.

    Pairs are stored once with `member_a < member_b`, so each view is matched on its ordered
    pair: one anti-join against the stored pairs, instead of against both directions.
    """
    longest = max(s.window_days or 0 for s in signals)
    start, end = window_bounds(as_of, longest)
    views = activity.filter(
        activity.event_type == "profile_view",
        activity.occurred_at >= start,
        activity.occurred_at < end,
        activity.target_member_id.notnull(),
    )
    views = views.mutate(
        low=ibis.least(views.member_id, views.target_member_id),
        high=ibis.greatest(views.member_id, views.target_member_id),
    )
    outside = views.anti_join(made, ["low", "high"])
    metrics = {
        _special_name(s): outside.event_id.count(
            where=outside.occurred_at >= window_bounds(as_of, s.window_days or 0)[0]
        )
        for s in signals
    }
    return outside.group_by(key=outside.member_id).aggregate(**metrics)


def _connections(members: ir.Table, made: ir.Table, signals: list[Signal]) -> ir.Table:
    """Connection counts per member, by segment of the member at the other end.

    Each pair is joined to its two members once and counted from both ends in one aggregate
    (`from_both_ends`), instead of expanding the edge list to both directions before the join:
    half the join work at 200M pairs. The seniority test runs once per member, not once per
    pair.
    """
    decides = members.seniority.isin(DECISION_MAKER_SENIORITIES).fill_null(False)
    a = members.select(a_id=members.member_id, a_decides=decides, a_company=members.company_id)
    b = members.select(b_id=members.member_id, b_decides=decides, b_company=members.company_id)
    pairs = made.join(a, made.member_a == a.a_id).join(b, made.member_b == b.b_id)
    same_company = (pairs.a_company == pairs.b_company).fill_null(False)
    ends = from_both_ends(
        pairs,
        {"key": pairs.member_a, "other_decides": pairs.b_decides, "same_company": same_company},
        {"key": pairs.member_b, "other_decides": pairs.a_decides, "same_company": same_company},
    )
    conditions = {
        "all": None,
        "decision_makers": ends.other_decides,
        "same_company": ends.same_company,
    }
    segments = sorted({s.source.segment or "all" for s in signals})
    return ends.group_by("key").aggregate(
        **{f"n__connections__{s}": ends.count(where=conditions[s]) for s in segments}
    )


def from_both_ends(
    pairs: ir.Table, a_end: dict[str, ir.Value], b_end: dict[str, ir.Value]
) -> ir.Table:
    """Every connection pair of `pairs` as two rows, one seen from each end, with the columns
    given for that end (the same names on both sides, values of `pairs`).

    The pairs become a two-element array that is unnested, so the engine streams the joined
    pair list once into the aggregate that follows. Counting each end in its own aggregate and
    adding the two up made the engine keep the whole joined pair list (200M rows at 10M
    members) while both aggregates read it. Arrays of structs and their unnesting are
    portable (UNNEST on DuckDB, EXPLODE on Spark).
    """
    ends = ibis.array([ibis.struct(a_end), ibis.struct(b_end)])
    return pairs.select(end=ends.unnest()).unpack("end")


def _invitations(invitations: ir.Table, signals: list[Signal], as_of: AsOf) -> ir.Table:
    """Invitations sent in the window, and how many of them were accepted by the date."""
    longest = max(s.window_days or 0 for s in signals)
    start, end = window_bounds(as_of, longest)
    sent = invitations.filter(invitations.sent_at >= start, invitations.sent_at < end)
    metrics: dict[str, ir.Value] = {}
    for window in {s.window_days or 0 for s in signals}:
        in_window = sent.sent_at >= window_bounds(as_of, window)[0]
        accepted = in_window & sent.accepted_at.notnull() & (sent.accepted_at < end)
        metrics[f"n__invited__{window}"] = sent.count(where=in_window)
        metrics[f"n__accepted__{window}"] = sent.count(where=accepted)
    return sent.group_by(key=sent.sender_id).aggregate(**metrics)


def last_activity_date(activity: ir.Table) -> date | None:
    """The default scoring date: the day of the latest event in the store."""
    value = activity.occurred_at.max().to_pyarrow().as_py()
    return value.date() if value is not None else None
