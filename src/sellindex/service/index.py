"""Members' index cards: the index explained, with its history."""

from __future__ import annotations

import functools
from datetime import date
from typing import Any, cast

from sellindex.errors import SellindexError
from sellindex.metrics.kpis.periods import check_day
from sellindex.metrics.ssi.model import PILLARS, Model, load_model
from sellindex.service.cache import CARDS
from sellindex.service.results import MemberCard
from sellindex.service.rows import clean, plain, sql_rows
from sellindex.service.scope import NotVisible, Scope
from sellindex.store import Store
from sellindex.store.snapshots import RANK_GROUPS


@functools.cache
def default_model() -> Model:
    """The index model every interface explains cards with (loaded once; it is a file read)."""
    return load_model()


def member_card(
    scope: Scope,
    store: Store,
    member_id: int,
    as_of: date | None = None,
    model: Model | None = None,
) -> MemberCard:
    """A member's card (index, pillars, ranks, signals, next actions) on their latest scoring
    date, or the last one on or before `as_of`, and their whole history.

    Reads the snapshots only; a member in scope without a score is `NotVisible` with the reason.
    """
    scope.require_member(member_id)
    if as_of is not None:
        check_day("as_of", as_of)
    if model is not None:
        return _member_card(store, member_id, as_of, model)
    card = CARDS.get(store, (member_id, as_of), lambda: _member_card(store, member_id, as_of))
    return cast(MemberCard, dict(card))


def _member_card(
    store: Store, member_id: int, as_of: date | None, model: Model | None = None
) -> MemberCard:
    from sellindex.metrics.ssi import explain

    try:
        card = explain.member_card(store, model or default_model(), member_id, as_of)
        snapshots = explain.history(store, member_id)["snapshots"]
    except SellindexError as missing:
        raise NotVisible(str(missing)) from None
    for part in ("pillars", "ranks", "signals", "next_actions"):
        card[part] = clean(card[part])
    card["total"] = plain(card["total"])
    card["change"] = clean([card["change"]])[0]
    card["history"] = [_history_point(row) for row in snapshots]
    name = sql_rows(store, "SELECT name FROM members WHERE member_id = ?", [member_id])
    card["name"] = name[0]["name"] if name else None
    return cast(MemberCard, card)


def _history_point(snapshot: dict[str, Any]) -> dict[str, Any]:
    """One snapshot of the history: index, pillars, "top N%" per group, the official reading."""
    official = snapshot.get("official")
    point = {key: plain(snapshot[key]) for key in ("as_of", "total", *PILLARS)}
    point.update({f"{g}_top_percent": snapshot[f"{g}_top_percent"] for g in RANK_GROUPS})
    point["official"] = (
        {key: official.get(key) for key in ("as_of", "total", *PILLARS)} if official else None
    )
    return point
