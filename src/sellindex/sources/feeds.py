"""What each file of an export can tell, in the words of `store.feeds`, so that a check before an
import can name the file a missing signal or KPI would need.

A feed is what the store holds that a metric counts:

- `profile`, `connections`, `invitations`: a member's profile fields, network and invitations;
- `event:<type>:<actor|target|content>`: events of a type by a member, on a member, or on a
  piece of content (`*` for any type);
- `<table>`, `<table>.<column>`, `<table>.<column>=<value>`: rows of a canonical table, values
  in one of its columns, or one value of a column that sorts rows (a touch's channel).

The network's own exports describe their owner in part, so the feeds of their files are listed
here as data; a CRM export's file feeds the canonical table of its role.
"""

from __future__ import annotations

from collections.abc import Iterable
from fnmatch import fnmatchcase

from sellindex.sources.crm.model import Role
from sellindex.sources.network import salesnav

ARCHIVE_ROLE_FEEDS: dict[str, tuple[str, ...]] = {
    "connections": ("connections",),
    "invitations": ("invitations",),
    "messages": ("event:message_sent:actor", "event:message_received:actor"),
    "shares": ("event:post:actor", "event:share:actor"),
    "comments": ("event:comment:actor",),
    "reactions": ("event:reaction:actor",),
    "searches": ("event:search:actor",),
    "endorsements_received": ("event:endorsement:target",),
    "endorsements_given": ("event:endorsement:actor",),
    "member_follows": ("event:follow:actor",),
    "company_follows": ("event:follow:actor",),
    "logins": ("event:login:actor",),
    "profile": ("profile",),
    "positions": ("profile",),
    "education": ("profile",),
    "skills": ("profile",),
    "recommendations_received": ("profile",),
    "rich_media": ("profile",),
    "registration": (),
    "emails": (),
}
"""What each file of a data archive tells about its owner: import records it for the owner and
doctor reports it (`archive.owner_feeds`, by the part the archive holds)."""

ROLE_FEEDS: dict[str, dict[str, tuple[str, ...]]] = {
    "archive": ARCHIVE_ROLE_FEEDS,
    "salesnav": {"activity": salesnav.FEEDS},
}
"""Per kind of export that describes members in part, the feeds of each of its files."""

CATEGORIES: dict[str, str] = {"touches": "channel", "opportunities": "outcome", "leads": "source"}
"""Columns whose values tell rows apart for a metric (calls among touches, won deals), so their
feeds name the value: `touches.channel=call`."""

NETWORK_ONLY: tuple[str, ...] = ("members.joined_at",)
"""What only the network's own exports give: a CRM knows its reps, not when they joined the
network (see docs/import.md, "What a CRM cannot say")."""

_MEMBER_FEEDS = ("profile", "connections", "invitations")


def is_member_feed(feed: str) -> bool:
    """A feed about one member (their profile, network, invitations or events), as
    `store.feeds` records it per member, rather than about the rows of a table."""
    return feed in _MEMBER_FEEDS or feed.startswith("event:")


def feed_table(feed: str) -> str:
    """The canonical table a feed is about."""
    if feed == "profile":
        return "members"
    if feed.startswith("event:"):
        return "activity"
    return feed.split("=", 1)[0].split(".", 1)[0]


def produces(kind: str, role: Role, feed: str) -> bool:
    """Whether a file playing `role` in an export of `kind` can give `feed` (`*` matches any
    event type)."""
    declared = ROLE_FEEDS.get(kind)
    if declared is not None and is_member_feed(feed):
        return any(fnmatchcase(given, feed) for given in declared.get(role.name, ()))
    if feed == "profile" or feed in NETWORK_ONLY:
        return declared is not None and role.table == feed_table(feed)
    return role.table == feed_table(feed)


def feeds_words(feeds: Iterable[str]) -> str:
    """Feeds as a person would say them, events of one kind together: `event:reaction:target`
    and `event:comment:target` are "reaction or comment events on the member"."""
    events: dict[str, list[str]] = {}
    others: list[str] = []
    for feed in dict.fromkeys(feeds):
        if feed.startswith("event:"):
            _, event, role = feed.split(":")
            events.setdefault(role, []).append("any" if event == "*" else event)
        else:
            others.append(_words(feed))
    for role, types in events.items():
        where = {"actor": "by the member", "target": "on the member", "content": "on content"}
        others.append(f"{or_words(types)} events {where[role]}")
    return or_words(others)


def _words(feed: str) -> str:
    if feed == "profile":
        return "the member's profile"
    if "=" in feed:
        column, value = feed.split("=", 1)
        table, name = column.split(".", 1)
        return f"{table} with {name} {value}"
    if "." in feed:
        return f"values of {feed}"
    return feed


def or_words(words: list[str]) -> str:
    """`a`, `a or b`, `a, b or c`."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"
