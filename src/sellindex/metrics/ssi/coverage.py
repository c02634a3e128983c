"""Which signals a member's sources can feed: a signal no source of theirs records shows "no
data", never 0 points that read as "you did nothing".

What each source records is kept per member in the store (`store.feeds`); this module says
which feeds each signal of a model counts, so the rule follows any model, not only the default.
"""

from __future__ import annotations

from collections.abc import Iterable

from sellindex.metrics.ssi.model import EventCount, Model, Signal


def _event_feeds(counts: Iterable[EventCount]) -> tuple[str, ...]:
    return tuple(
        f"event:{event}:{count.role}" if event else f"event:*:{count.role}"
        for count in counts
        for event in (count.events or ("",))
    )


def signal_feeds(signal: Signal) -> tuple[tuple[str, ...], ...]:
    """What the signal needs: every group, each by any one of its feeds (`event:*:actor`: any
    action). A rate needs its trials and its successes both: messages sent with no source
    of replies would read as never answered."""
    source = signal.source
    if source.kind in ("profile_completeness", "profile_count"):
        return (("profile",),)
    if source.kind == "connections":
        return (("connections",),)
    if source.kind == "acceptance_rate":
        return (("invitations",),)
    if source.kind == "prospecting_views":
        return (("event:profile_view:actor",),)
    if source.kind == "event_rate":
        return (_event_feeds(source.trials), _event_feeds(source.successes))
    assert source.events is not None
    return (_event_feeds([source.events]),)


def has_data(signal: Signal, feeds: set[str] | None) -> bool:
    """Whether a member whose sources record `feeds` (None: everything) has data for it."""
    if feeds is None:
        return True
    return not unmet(signal_feeds(signal), feeds)


def unmet(needs: tuple[tuple[str, ...], ...], feeds: set[str]) -> list[tuple[str, ...]]:
    """The groups of `needs` (each met by any one of its feeds) that `feeds` leave unmet."""
    return [group for group in needs if not any(_fed(needed, feeds) for needed in group)]


def _fed(needed: str, feeds: set[str]) -> bool:
    if needed.startswith("event:*:"):
        role = needed.rsplit(":", 1)[1]
        return any(f.startswith("event:") and f.endswith(f":{role}") for f in feeds)
    return needed in feeds


def unfed(model: Model, feeds: Iterable[str]) -> list[Signal]:
    """The model's signals that a source recording `feeds` cannot feed on its own."""
    known = set(feeds)
    return [s for s in model.signals if not has_data(s, known)]
