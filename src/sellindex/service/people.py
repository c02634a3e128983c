"""Who the caller is, and the people they may see."""

from __future__ import annotations

from typing import Any

from sellindex.errors import SellindexError
from sellindex.service.rows import count, expression_rows, sql_rows
from sellindex.service.scope import Scope
from sellindex.store import Store
from sellindex.store.accounts import User
from sellindex.store.snapshots import latest_scoring_date

MEMBER_SORTS = {
    "name": "m.name",
    "member_id": "m.member_id",
    "title": "m.title",
    "company": "m.company",
    "seniority": "m.seniority",
    "team": "team_name",
    "index": "latest_index",
}
"""People columns a list may be sorted by -> the SQL that sorts them (never user text)."""

_MEMBERS_SQL = """
WITH visible AS (SELECT * FROM members WHERE {scope})
SELECT m.*, coalesce(t.name, 'Team ' || m.team_id) AS team_name, boss.name AS manager_name,
       s.total::DOUBLE AS latest_index
FROM visible m
LEFT JOIN teams t ON t.team_id = m.team_id
LEFT JOIN visible boss ON boss.member_id = m.manager_id
LEFT JOIN ssi_snapshots s ON s.member_id = m.member_id AND s.as_of = ?
WHERE (?::VARCHAR IS NULL OR m.name ILIKE ? ESCAPE '\\' OR m.title ILIKE ? ESCAPE '\\'
       OR m.company ILIKE ? ESCAPE '\\')
  AND (?::BIGINT IS NULL OR m.team_id = ?)
  AND (?::VARCHAR IS NULL OR m.seniority = ?)
"""


def me(scope: Scope, store: Store, user: User) -> dict[str, Any]:
    profile = None
    if user.member_id is not None:
        members = store.table("members")
        found = expression_rows(members.filter(members.member_id == user.member_id))
        profile = found[0] if found else None
    return {
        "email": user.email,
        "role": user.role,
        "member_id": user.member_id,
        "member": profile,
        "visible_members": count(scope.visible_member_ids),
    }


def member_profile(scope: Scope, store: Store, member_id: int) -> dict[str, Any]:
    """A member's profile with their team's and manager's names; `NotVisible` whether the
    member is absent or out of scope (no leak)."""
    predicate, params = scope.sql_predicate()
    found = sql_rows(
        store,
        _MEMBERS_SQL.format(scope=predicate) + " AND m.member_id = ?",
        [*params, latest_scoring_date(store), *[None] * 8, member_id],
    )
    if not found:
        raise scope.refusal(member_id)
    return found[0]


def members_page(
    scope: Scope,
    store: Store,
    limit: int,
    offset: int,
    search: str | None = None,
    team_id: int | None = None,
    seniority: str | None = None,
    sort: str = "member_id",
    descending: bool = False,
) -> dict[str, Any]:
    """The members in scope whose name, title or company contains `search`, in a team and of a
    seniority if asked, with their team's name, their latest index and their manager's name
    (when the manager is in scope too: a name is shown only to who may see it)."""
    if sort not in MEMBER_SORTS:
        raise SellindexError(f"sort by one of: {', '.join(MEMBER_SORTS)} (got {sort!r})")
    predicate, params = scope.sql_predicate()
    pattern = None if not search else f"%{_like_escaped(search)}%"
    filters = [latest_scoring_date(store), pattern, pattern, pattern, pattern,
               team_id, team_id, seniority, seniority]  # fmt: skip
    listed = _MEMBERS_SQL.format(scope=predicate)
    total = sql_rows(store, f"SELECT count(*) AS n FROM ({listed})", [*params, *filters])[0]["n"]
    direction = "DESC" if descending else "ASC"
    rows = sql_rows(
        store,
        f"{listed} ORDER BY {MEMBER_SORTS[sort]} {direction} NULLS LAST, m.member_id"
        " LIMIT ? OFFSET ?",
        [*params, *filters, limit, offset],
    )
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "search": search,
        "team": team_id,
        "seniority": seniority,
        "sort": sort,
        "order": "desc" if descending else "asc",
        "members": rows,
    }


def _like_escaped(text: str) -> str:
    """`text` matched literally by ILIKE ... ESCAPE '\\' (its own % and _ are not wildcards)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def people_filters(scope: Scope, store: Store) -> dict[str, list[Any]]:
    """The teams and seniorities a People filter can offer: those of the members in scope."""
    predicate, params = scope.sql_predicate()
    teams = sql_rows(
        store,
        "SELECT DISTINCT m.team_id, coalesce(t.name, 'Team ' || m.team_id) AS name"
        f" FROM (SELECT * FROM members WHERE {predicate}) m"
        " LEFT JOIN teams t ON t.team_id = m.team_id WHERE m.team_id IS NOT NULL ORDER BY 2",
        params,
    )
    seniorities = sql_rows(
        store,
        f"SELECT DISTINCT seniority FROM members WHERE {predicate} AND seniority IS NOT NULL"
        " ORDER BY 1",
        params,
    )
    return {"teams": teams, "seniorities": [row["seniority"] for row in seniorities]}
