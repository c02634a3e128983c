"""Engagement on content, per post and per author: views, likes, comments, shares, rate."""

from __future__ import annotations

import ibis.expr.types as ir

from sellindex.metrics.kpis.core import Kpi, compute, group_keys
from sellindex.metrics.kpis.dimensions import with_member_dimensions
from sellindex.metrics.kpis.periods import Window
from sellindex.store.engines import TableSource

GROUPS = ("post", "member", "team", "company", "industry")
ENGAGEMENT_EVENTS = ("content_view", "reaction", "comment", "share")


def _count(event_type: str):
    return lambda t: (t.event_type == event_type).cast("int64").sum()


def _interactions(t: ir.Table) -> ir.Scalar:
    return t.event_type.isin(("reaction", "comment", "share")).cast("int64").sum()


ENGAGEMENT_KPIS: tuple[Kpi, ...] = (
    Kpi("views", "Times the content was viewed.", "events", _count("content_view"),
        formula="count of content_view events", label="Views"),
    Kpi("likes", "Reactions to the content.", "events", _count("reaction"),
        formula="count of reaction events", label="Likes"),
    Kpi("comments", "Comments on the content.", "events", _count("comment"),
        formula="count of comment events", label="Comments"),
    Kpi("shares", "Reshares of the content.", "events", _count("share"),
        formula="count of share events", label="Shares"),
    Kpi("engagement_rate", "Interactions per view.", "events", _interactions,
        denominator=_count("content_view"), unit="share", higher_is_better=True,
        formula="(reactions + comments + shares) / views; empty when there are no views",
        label="Engagement rate"),
)  # fmt: skip


def engagement_facts(store: TableSource, window: Window) -> ir.Table:
    """One row per engagement event in the window, with the content's author as `member_id`.

    The author comes from `content`; an event on content missing from `content` falls back to
    the event's target, which the schema defines as the author.
    """
    activity = store.table("activity")
    events = activity.filter(
        activity.event_type.isin(ENGAGEMENT_EVENTS),
        activity.content_id.notnull(),
        window.contains(activity.occurred_at),
    )
    content = store.table("content").select("content_id", "author_id")
    joined = events.left_join(content, "content_id")
    facts = joined.select(
        content_id=joined.content_id,
        author=joined.author_id.fill_null(joined.target_member_id),
        event_type=joined.event_type,
        period=window.period(joined.occurred_at),
    )
    return with_member_dimensions(store, facts, "author")


def engagement(store: TableSource, window: Window, group: str = "post") -> ir.Table:
    keys = group_keys(group, GROUPS)
    return compute(ENGAGEMENT_KPIS, {"events": engagement_facts(store, window)}, keys)
