"""Points, pillars, index and ranks, as portable Ibis expressions over the raw signal values.

Rounding is chosen so the displayed numbers add up: each signal's points are rounded half up
to whole cents and stored as DECIMAL(4,2); a pillar is the exact sum of its signals' cents and
the index the exact sum of the pillars. Nothing is rounded after summing, so a
card never shows pillars that miss the total by a cent.
"""

from __future__ import annotations

import math

import ibis
import ibis.expr.datatypes as dt
import ibis.expr.types as ir

from sellindex.metrics.ssi.model import PILLARS, Model, Signal, Transform
from sellindex.metrics.ssi.signals import (
    AsOf,
    add_up,
    connections_made,
    from_both_ends,
    raw_column,
    trials_column,
)

POINTS_TYPE = dt.Decimal(4, 2)
TOTAL_TYPE = dt.Decimal(5, 2)
MIN_RANK_GROUP = 5
"""Groups smaller than this are not ranked: 'top 50%' of two people says nothing."""
RANKED_GROUPS: tuple[str, ...] = ("industry", "network", "team")


def points_column(signal: Signal) -> str:
    return f"points__{signal.name}"


def transform_expr(
    transform: Transform,
    points: float,
    value: ir.FloatingValue,
    trials: ir.FloatingValue | None = None,
) -> ir.FloatingValue:
    """Unrounded points for a raw value; mirrors `Transform.fraction` for one member (a rate
    with no trials earns nothing, and counts at most one success per trial)."""
    if transform.kind == "linear":
        fraction = ibis.least(value / transform.full, 1.0)
    elif transform.kind == "saturating":
        fraction = 1.0 - (-(value / transform.scale)).exp()
    elif transform.kind == "log":
        fraction = ibis.least((value + 1.0).ln() / math.log(1.0 + transform.cap), 1.0)
    else:
        assert trials is not None
        counted = ibis.least(value, trials)
        shrunk = (counted + transform.prior * transform.strength) / (trials + transform.strength)
        fraction = ibis.ifelse(trials > 0, shrunk, 0.0)
    return points * fraction


def points_cents(value: ir.FloatingValue) -> ir.IntegerValue:
    """Half up to whole cents, written with floor so every engine rounds the same way."""
    return (value * 100.0 + 0.5).floor().cast("int64")


def cents_to_decimal(cents: ir.IntegerValue, to: dt.Decimal) -> ir.DecimalValue:
    """Whole cents as a two-decimal number; exact, since a cent count fits a double."""
    return (cents.cast("float64") / 100.0).cast(to)


def round_points(value: ir.FloatingValue) -> ir.DecimalValue:
    """Half-up to two decimals, as stored: the decimal form of `points_cents`."""
    return cents_to_decimal(points_cents(value), POINTS_TYPE)


def score_table(raw: ir.Table, model: Model) -> ir.Table:
    """Per member: the four pillars, the total, and the raw/trials/points arrays."""
    return with_signal_arrays(score_columns(raw, model), model)


def score_columns(raw: ir.Table, model: Model) -> ir.Table:
    """Per member: each signal's raw value (and trials) as a column, the four pillars and the
    total; `with_signal_arrays` turns the signal columns into the stored arrays.

    This is what the ranks read and so what is held while they do (the store keeps it in a
    temporary table, an engine caches it: three rank groups and the row itself read it). The
    arrays are built after the ranks, with the points recomputed from the raw values: held,
    three 20-element arrays per member were the largest part of what a 10M-member run kept.

    Points are summed as whole cents (integers) and turned into decimals once, at the end:
    the sums are exact either way, and integer sums are much cheaper than decimal ones.
    """
    cents = _signal_cents(raw, model)
    # Held as 16-bit integers (a signal is worth at most 25.00, the index 100.00): the engine
    # may keep these columns for every member while the ranks read them.
    scored = raw.mutate(**{points_column(s): cents[s.name].cast("int16") for s in model.signals})
    # The raw values are counts: held as 32-bit integers, turned back into doubles exactly.
    scored = scored.mutate(**{c: scored[c].cast("int32") for c in _signal_columns(model)})
    pillars = {
        pillar: add_up([scored[points_column(s)] for s in model.pillar_signals(pillar)])
        for pillar in PILLARS
    }
    scored = scored.mutate(**pillars)
    scored = scored.mutate(total=add_up([scored[p] for p in PILLARS]))
    return scored.select(
        "member_id",
        "industry",
        "team_id",
        *_signal_columns(model),
        **{p: cents_to_decimal(scored[p], TOTAL_TYPE) for p in PILLARS},
        total=cents_to_decimal(scored.total, TOTAL_TYPE),
    )


def with_signal_arrays(scored: ir.Table, model: Model) -> ir.Table:
    """`scored` (from `score_columns`, ranked or not) with the signal columns replaced by the
    signal_raw, signal_trials and signal_points arrays, in the model's signal order."""
    scored = scored.mutate(**{c: scored[c].cast("float64") for c in _signal_columns(model)})
    cents = _signal_cents(scored, model)
    arrays = {
        "signal_raw": ibis.array([scored[raw_column(s)] for s in model.signals]),
        "signal_trials": ibis.array(
            [
                scored[trials_column(s)] if s.source.is_rate else ibis.null("float64")
                for s in model.signals
            ]
        ),
        "signal_points": ibis.array(
            [cents_to_decimal(cents[s.name], POINTS_TYPE) for s in model.signals]
        ),
    }
    return scored.mutate(**arrays).drop(*_signal_columns(model))


def _signal_columns(model: Model) -> list[str]:
    return [
        *(raw_column(s) for s in model.signals),
        *(trials_column(s) for s in model.signals if s.source.is_rate),
    ]


def _signal_cents(raw: ir.Table, model: Model) -> dict[str, ir.IntegerValue]:
    """Each signal's points in whole cents, by signal name."""
    cents: dict[str, ir.IntegerValue] = {}
    for signal in model.signals:
        trials = raw[trials_column(signal)] if signal.source.is_rate else None
        unrounded = transform_expr(signal.transform, signal.points, raw[raw_column(signal)], trials)
        cents[signal.name] = points_cents(unrounded)
    return cents


def ranked(scores: ir.Table, connections: ir.Table, as_of: AsOf) -> ir.Table:
    """Add rank, size and average within industry, network and team to each member's score.

    Rank = 1 + the number of members of the group with a strictly higher index, so equal
    scores share the better rank. Groups smaller than `MIN_RANK_GROUP`, and members with no
    industry or team, get no rank (null).
    """
    result = scores
    for group, key in (("industry", "industry"), ("team", "team_id")):
        stats = _group_ranks(scores, key).rename(
            {
                f"{group}_rank": "rank",
                f"{group}_size": "size",
                f"{group}_avg": "avg",
                "stats_key": key,
                "stats_total": "total",
            }
        )
        result = result.left_join(
            stats, (result[key] == stats.stats_key) & (result.total == stats.stats_total)
        ).drop("stats_key", "stats_total")

    network = _network_counts(scores, connections, as_of)
    result = result.left_join(network, result.member_id == network.key).drop("key")
    size = result.n_connected.fill_null(0) + 1
    result = result.mutate(
        network_rank=ibis.ifelse(size >= MIN_RANK_GROUP, result.n_above.fill_null(0) + 1, None),
        network_size=size,
        network_avg=(result.total.cast("float64") + result.sum_connected.fill_null(0.0)) / size,
    )
    return result.drop("n_connected", "n_above", "sum_connected")


def _group_ranks(scores: ir.Table, key: str) -> ir.Table:
    """Rank of every distinct index within each group, with the group's size and average.

    Ranking the distinct (group, index) levels with a running count of the members above
    them sorts a few thousand levels per group instead of every member.
    """
    # only the group and the index: DuckDB holds this, read twice, while both counts read it
    present = scores.select(key, "total").filter(scores[key].notnull())
    levels = present.group_by([key, "total"]).aggregate(members=present.count())
    above = levels.members.sum().over(
        ibis.window(group_by=levels[key], order_by=ibis.desc(levels.total), rows=(None, -1))
    )
    levels = levels.mutate(rank=above.fill_null(0) + 1)
    sizes = present.group_by(key).aggregate(
        size=present.count(), avg=present.total.cast("float64").mean()
    )
    joined = levels.join(sizes, key)
    return joined.select(
        key,
        "total",
        rank=ibis.ifelse(joined.size >= MIN_RANK_GROUP, joined.rank, None),
        size=joined.size,
        avg=joined.avg,
    )


def _network_counts(scores: ir.Table, connections: ir.Table, as_of: AsOf) -> ir.Table:
    """Per member: connections on the date, how many of them score higher, their index sum.

    Each pair is joined to both members' scores once and counted from both ends in one
    set-wise pass over the edge list (`from_both_ends`), with a conditional count.
    """
    made = connections_made(connections, as_of, "a_id", "b_id")
    a = scores.select(a_id=scores.member_id, a_total=scores.total)
    b = scores.select(b_id=scores.member_id, b_total=scores.total)
    pairs = made.join(a, "a_id").join(b, "b_id")
    ends = from_both_ends(
        pairs,
        {"key": pairs.a_id, "own": pairs.a_total, "other": pairs.b_total},
        {"key": pairs.b_id, "own": pairs.b_total, "other": pairs.a_total},
    )
    return ends.group_by("key").aggregate(
        n_connected=ends.count(),
        n_above=ends.count(where=ends.other > ends.own),
        # a double sum: DuckDB keeps a 16-byte sum for decimals (and integers) against 8 for
        # doubles, in every group of an aggregate that holds 10M members at 10M
        sum_connected=ends.other.cast("float64").sum(),
    )


def top_percent(rank: int | None, size: int | None) -> int | None:
    """'Top N%' for a rank in a group: N = ceil(100 * rank / size); the best member is top 1%
    only when the group has 100 members or more."""
    if rank is None or not size:
        return None
    return max(1, math.ceil(100 * rank / size))
