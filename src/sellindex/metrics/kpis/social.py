"""Social selling: network, followers, engagement received, profile views, messages, calls.

Relevance compares people to a *target profile*: a set of industries and/or seniorities. A
person matches when their industry is one of the target industries (if any were given) and
their seniority is one of the target seniorities (if any were given). With neither given,
everyone matches.

A *conversation* is a counterpart the member wrote to (message or InMail) in the period who
answered in the same period, after the first message: a `message_received` logged by the member
from them, or an `inmail_replied` logged by them to the member.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import ibis
import ibis.expr.types as ir

from sellindex.errors import SellindexError
from sellindex.metrics.kpis.core import DERIVED, Kpi, compute, group_keys
from sellindex.metrics.kpis.dimensions import MEMBER_DIMENSIONS, with_member_dimensions
from sellindex.metrics.kpis.growth import bounded_window
from sellindex.metrics.kpis.periods import Window
from sellindex.schema import SENIORITIES
from sellindex.store.engines import TableSource

GROUPS = ("member", "team", "company", "industry")


@dataclass(frozen=True)
class TargetProfile:
    industries: tuple[str, ...] = ()
    seniorities: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        unknown = [s for s in self.seniorities if s not in SENIORITIES]
        if unknown:
            raise SellindexError(
                f"unknown seniority {unknown[0]!r}; choose from: {', '.join(SENIORITIES)}"
            )

    def matches(self, industry: ir.StringValue, seniority: ir.StringValue) -> ir.BooleanValue:
        condition = ibis.literal(True)
        if self.industries:
            condition &= industry.isin(self.industries).fill_null(False)
        if self.seniorities:
            condition &= seniority.isin(self.seniorities).fill_null(False)
        return condition


def _sum(column: str):
    return lambda t: t[column].sum()


SOCIAL_KPIS: tuple[Kpi, ...] = (
    Kpi("new_connections", "Connections made in the period.", "state", _sum("new_connections"),
        higher_is_better=True, formula="connections with connected_at in the period",
        label="New connections"),
    Kpi("network_size", "First-degree connections at the end of the period.", "state",
        _sum("network_size"), higher_is_better=True,
        formula="connections with connected_at before the end of the period", label="Network size"),
    Kpi("network_relevance", "Share of the network that matches the target profile.", "state",
        _sum("relevant_connections"), _sum("network_size"), unit="share",
        higher_is_better=True, formula="connections matching the target profile / network_size",
        label="Network relevance"),
    Kpi("new_followers", "Members who started following in the period.", "state",
        _sum("new_followers"), higher_is_better=True,
        formula="follow events targeting the member in the period",
        label="New followers"),
    Kpi("followers", "Followers at the end of the period.", "state", _sum("followers"),
        formula="follow events targeting the member before the end of the period",
        label="Followers"),
    Kpi("engagement_received", "Reactions, comments and shares on the member's content.",
        "events", _sum("engagement"), higher_is_better=True,
        formula="reaction + comment + share events targeting the member",
        label="Engagement received"),
    Kpi("profile_views", "Times the member's profile was viewed.", "events",
        _sum("profile_views"), higher_is_better=True,
        formula="profile_view events targeting the member", label="Profile views"),
    Kpi("profile_view_relevance", "Share of profile views by people matching the target.",
        "events", _sum("relevant_profile_views"), _sum("profile_views"), unit="share",
        higher_is_better=True,
        formula="views by viewers matching the target profile / profile_views",
        label="Profile view relevance"),
    Kpi("messages", "Messages and InMails sent.", "events", _sum("messages"),
        formula="message_sent + inmail_sent events by the member", label="Messages sent"),
    Kpi("calls", "Calls logged in the CRM.", "events", _sum("calls"),
        formula="CRM touches with channel call by the member", label="Calls"),
    Kpi("conversations", "Counterparts who replied to the member's messages.", "events",
        _sum("conversations"), higher_is_better=True,
        formula="counterparts written to in the period who answered in the same period, after "
        "the first message (a message_received logged by the member from them, or an "
        "inmail_replied logged by them to the member)",
        label="Conversations"),
    Kpi("counterparts_messaged", "Distinct people the member wrote to.", "events",
        _sum("messaged"),
        formula="distinct recipients of the member's messages and InMails in the period",
        label="People messaged"),
    Kpi("reply_rate", "Share of messaged counterparts who replied.", DERIVED,
        lambda r: r.conversations, lambda r: r.counterparts_messaged, unit="share",
        higher_is_better=True,
        formula="conversations / distinct counterparts messaged", label="Reply rate"),
)  # fmt: skip


def _person(store: TableSource, profile: TargetProfile, column: str) -> ir.Table:
    members = store.table("members")
    return members.select(
        **{column: members.member_id},
        matches=profile.matches(members.industry, members.seniority).cast("int64"),
    )


def _state(store: TableSource, window: Window, profile: TargetProfile) -> ir.Table:
    """Per member and period: new and cumulative connections, relevant ones, followers.

    Everything before the window is carried into its first period's totals, so network size
    is a true "as of the end of the period" count, computed with one running sum.
    """
    connections = store.table("connections")
    edges = connections.select(
        member_id=connections.member_a, other=connections.member_b, at=connections.connected_at
    ).union(
        connections.select(
            member_id=connections.member_b, other=connections.member_a, at=connections.connected_at
        )
    )
    edges = edges.inner_join(_person(store, profile, "other"), "other")
    activity = store.table("activity")
    follows = activity.filter(
        activity.event_type == "follow", activity.target_member_id.notnull()
    ).select(member_id=activity.target_member_id, other=activity.member_id, at=activity.occurred_at)
    first_period = window.period(ibis.literal(window.start))
    end = ibis.literal(window.end)

    def per_period(rows: ir.Table, prefix: str, with_matches: bool) -> ir.Table:
        rows = rows.filter(rows.at < end)
        rows = rows.mutate(period=ibis.greatest(window.period(rows.at), first_period))
        measures = {
            f"{prefix}_added": rows.count(),
            f"{prefix}_new": (rows.at >= ibis.literal(window.start)).cast("int64").sum(),
        }
        if with_matches:
            measures[f"{prefix}_relevant"] = rows.matches.sum()
        return rows.group_by(["member_id", "period"]).aggregate(**measures)

    members = store.table("members").select("member_id", *MEMBER_DIMENSIONS)
    grid = window.spine().cross_join(members)
    for added in (per_period(edges, "conn", True), per_period(follows, "fol", False)):
        joined = grid.left_join(added, ["member_id", "period"])
        grid = joined.drop(*(c for c in joined.columns if c.endswith("_right")))
    running = ibis.window(group_by="member_id", order_by="period", preceding=None, following=0)
    return grid.select(
        "period",
        "member_id",
        *MEMBER_DIMENSIONS,
        new_connections=grid.conn_new.fill_null(0),
        network_size=grid.conn_added.fill_null(0).sum().over(running),
        relevant_connections=grid.conn_relevant.fill_null(0).sum().over(running),
        new_followers=grid.fol_new.fill_null(0),
        followers=grid.fol_added.fill_null(0).sum().over(running),
    )


EVENT_MEASURES = (
    "engagement",
    "profile_views",
    "relevant_profile_views",
    "messages",
    "calls",
    "conversations",
    "messaged",
)
"""The counts each member-facing event stream contributes to; a stream leaves the rest at 0."""


def _measure_rows(
    member_id: ir.Value, period: ir.Value, **measures: ir.Value | int
) -> dict[str, ir.Value]:
    """Columns of one event stream, so every stream has the same shape and the union lines up."""
    columns: dict[str, ir.Value] = {"member_id": member_id, "period": period}
    for name in EVENT_MEASURES:
        value = measures.get(name, 0)
        columns[name] = ibis.literal(value, "int64") if isinstance(value, int) else value
    return columns


def _events(store: TableSource, window: Window, profile: TargetProfile) -> ir.Table:
    """One row per member-facing event in the window, with the measure it counts towards."""
    activity = store.table("activity")
    events = activity.filter(window.contains(activity.occurred_at))
    received = events.filter(events.target_member_id.notnull())
    received = received.left_join(_person(store, profile, "member_id"), "member_id")
    viewed = (received.event_type == "profile_view").cast("int64")
    received = received.select(
        **_measure_rows(
            received.target_member_id,
            window.period(received.occurred_at),
            engagement=received.event_type.isin(("reaction", "comment", "share")).cast("int64"),
            profile_views=viewed,
            relevant_profile_views=viewed * received.matches.fill_null(0),
        )
    )
    sent = events.filter(events.event_type.isin(("message_sent", "inmail_sent")))
    sent_rows = sent.select(
        **_measure_rows(sent.member_id, window.period(sent.occurred_at), messages=1)
    )
    touches = store.table("touches")
    calls = touches.filter(touches.channel == "call", window.contains(touches.occurred_at))
    call_rows = calls.select(
        **_measure_rows(calls.rep_id, window.period(calls.occurred_at), calls=1)
    )
    threads = _threads(events, window)
    thread_rows = threads.select(
        **_measure_rows(
            threads.member_id,
            threads.period,
            conversations=threads.replied.cast("int64"),
            messaged=1,
        )
    )
    rows = ibis.union(received, sent_rows, call_rows, thread_rows)
    return with_member_dimensions(store, rows, "member_id")


def _threads(events: ir.Table, window: Window) -> ir.Table:
    """One row per (member, counterpart, period) messaged, with whether they replied after."""
    sent = events.filter(
        events.event_type.isin(("message_sent", "inmail_sent")), events.target_member_id.notnull()
    )
    first = sent.group_by(
        member_id=sent.member_id,
        other=sent.target_member_id,
        period=window.period(sent.occurred_at),
    ).aggregate(first_sent=sent.occurred_at.min())
    own_log = events.filter(events.event_type == "message_received").select(
        member_id=events.member_id, other=events.target_member_id, at=events.occurred_at
    )
    their_log = events.filter(events.event_type == "inmail_replied").select(
        member_id=events.target_member_id, other=events.member_id, at=events.occurred_at
    )
    replies = own_log.union(their_log)
    replies = replies.mutate(period=window.period(replies.at))
    matched = first.inner_join(replies, ["member_id", "other", "period"])
    matched = matched.filter(matched.at >= matched.first_sent)
    answered = matched.select("member_id", "other", "period").distinct().mutate(replied=True)
    threads = first.left_join(answered, ["member_id", "other", "period"])
    return threads.select("member_id", "other", "period", replied=threads.replied.fill_null(False))


def social(
    store: TableSource,
    window: Window,
    group: str = "member",
    profile: TargetProfile | None = None,
    members: Sequence[int] | None = None,
) -> ir.Table:
    """Social-selling KPIs per group and period, every period of the window included."""
    keys = group_keys(group, GROUPS)
    profile = profile or TargetProfile()
    window = bounded_window(store, window)
    state = _state(store, window, profile)
    events = _events(store, window, profile)
    if members is not None:
        state = state.filter(state.member_id.isin(list(members)))
        events = events.filter(events.member_id.isin(list(members)))
    frame = state.select(*keys, "period").distinct()
    return compute(SOCIAL_KPIS, {"state": state, "events": events}, keys, frame=frame)
