"""Insights: what separates won deals from lost ones, on the deals the caller may see."""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from sellindex.errors import SellindexError
from sellindex.metrics.kpis import Window
from sellindex.service.cache import RESULTS
from sellindex.service.periods import window_of
from sellindex.service.results import Insights
from sellindex.service.rows import INT64_MAX, INT64_MIN
from sellindex.service.scope import NotVisible, Scope
from sellindex.store import Store
from sellindex.store.summary import member_names


def _insight_scope(scope: Scope, store: Store, team_id: int | None) -> tuple[str, str, list[int]]:
    """Whose deals a report covers: a manager's own team (and reports), an admin's chosen team,
    or everyone (an admin who picks no team); as a key, words for people, and the member ids."""
    from sellindex.service.teams import require_team

    if team_id is not None:
        if not INT64_MIN <= team_id <= INT64_MAX:
            raise NotVisible("no such team in your scope")
        team = require_team(scope, store, team_id)
        rows = store.con.execute(
            "SELECT member_id FROM members WHERE team_id = ? ORDER BY 1", [team_id]
        ).fetchall()
        label = f"team {team['name']}" if team.get("name") else f"team {team_id}"
        return f"team {team_id}", label, [int(r[0]) for r in rows]
    if scope.sees_everyone:
        return "company", "the whole company", []
    predicate, params = scope.sql_predicate()
    rows = store.con.execute(
        f"SELECT member_id FROM members WHERE {predicate} ORDER BY 1", params
    ).fetchall()
    return "team", "your team", [int(r[0]) for r in rows]


def _report(store: Store, outcome: str, window: Window, members: tuple[int, ...]) -> dict[str, Any]:
    from sellindex.analysis.insights import analyse
    from sellindex.metrics.deals import deal_behaviours

    frame = deal_behaviours(store, window)
    if members:
        frame = frame.filter(frame.rep_id.isin(list(members)))
    deals = frame.to_pyarrow().to_pandas()
    if deals.empty:
        raise SellindexError("no closed deals in this window and scope; widen the window")
    report = analyse(deals, outcome, window=window)
    names = member_names(store, sorted(report.coaching))
    return {**report.as_dict(), "names": {str(k): v for k, v in names.items()}}


def deal_insights(
    store: Store, outcome: str, window: Window, members: tuple[int, ...]
) -> dict[str, Any]:
    """The analysis of the closed deals of `members` (everyone when empty), cached per window."""
    key = ("insights", outcome, window, members)
    return RESULTS.get(store, key, lambda: _report(store, outcome, window, members))


def insights_view(
    scope: Scope,
    store: Store,
    outcome: str,
    start: date | None,
    end: date | None,
    team_id: int | None = None,
) -> Insights:
    """The insights report on the deals the caller may see (cached per window and scope)."""
    window = window_of(start, end, "month")
    covered, label, members = _insight_scope(scope, store, team_id)
    report = deal_insights(store, outcome, window, tuple(members))
    return cast(Insights, {"scope": covered, "scope_label": label, **report})
