"""Teams: who may open which, and each team's leaderboard, distribution and trend."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import numpy as np

from sellindex.errors import SellindexError
from sellindex.metrics.ssi.model import PILLARS
from sellindex.service.cache import CARDS
from sellindex.service.reps import latest_grades
from sellindex.service.results import TeamBoard
from sellindex.service.rows import sql_rows
from sellindex.service.scope import NotVisible, Scope
from sellindex.store import Store
from sellindex.store.snapshots import latest_date_on_or_before, latest_scoring_date

LEADERBOARD_SORTS = ("total", *PILLARS, "change", "name", "member_id")
HISTOGRAM_BIN = 10
WEEK = timedelta(days=7)

_TEAMS_SQL = """
WITH ids AS (
    SELECT team_id FROM teams UNION SELECT team_id FROM members WHERE team_id IS NOT NULL
), sizes AS (
    SELECT m.team_id, count(*) AS size, avg(s.total::DOUBLE) AS average
    FROM members m LEFT JOIN ssi_snapshots s ON s.member_id = m.member_id AND s.as_of = ?
    WHERE m.team_id IS NOT NULL
    GROUP BY m.team_id
)
SELECT i.team_id, t.name, t.manager_id, boss.name AS manager_name, coalesce(z.size, 0) AS size,
       round(z.average, 2) AS average
FROM ids i LEFT JOIN teams t USING (team_id) LEFT JOIN sizes z USING (team_id)
LEFT JOIN members boss ON boss.member_id = t.manager_id
ORDER BY i.team_id
"""

_BOARD_SQL = """
SELECT m.member_id, m.name, s.team_rank,
       s.total::DOUBLE AS total, s.brand::DOUBLE AS brand, s.find::DOUBLE AS find,
       s.engage::DOUBLE AS engage, s.relationships::DOUBLE AS relationships,
       round(s.total::DOUBLE - p.total::DOUBLE, 2) AS change
FROM members m
JOIN ssi_snapshots s ON s.member_id = m.member_id AND s.as_of = ?
LEFT JOIN ssi_snapshots p ON p.member_id = m.member_id AND p.as_of = ?
WHERE m.team_id = ?
"""

_TREND_SQL = """
SELECT as_of, round(avg(total::DOUBLE), 2) AS average, count(*) AS members
FROM ssi_snapshots
WHERE member_id IN (SELECT member_id FROM members WHERE team_id = ?)
GROUP BY as_of ORDER BY as_of
"""


def index_bands(counts: list[int]) -> list[dict[str, int]]:
    """Members per band of the index (0-9, 10-19, ... 90-100), from the count in each."""
    last = len(counts) - 1
    return [
        {
            "low": b * HISTOGRAM_BIN,
            "high": b * HISTOGRAM_BIN + HISTOGRAM_BIN - (b < last),
            "members": members,
        }
        for b, members in enumerate(counts)
    ]


def _all_teams(store: Store) -> tuple[date | None, list[dict[str, Any]]]:
    day = latest_scoring_date(store)
    return day, sql_rows(store, _TEAMS_SQL, [day])


def visible_teams(scope: Scope, store: Store) -> tuple[date | None, list[dict[str, Any]]]:
    """Every team for an admin, their own for a manager, none for anyone else."""
    day, teams = CARDS.get(store, ("teams",), lambda: _all_teams(store))
    if scope.sees_everyone:
        return day, teams
    own = set(scope.team_ids) if scope.role == "manager" else set()
    return day, [team for team in teams if team["team_id"] in own]


def teams_page(scope: Scope, store: Store, limit: int, offset: int) -> dict[str, Any]:
    """The teams the caller may open, with their size, manager and latest average index."""
    day, teams = visible_teams(scope, store)
    return {
        "as_of": day,
        "total": len(teams),
        "limit": limit,
        "offset": offset,
        "teams": teams[offset : offset + limit],
    }


def require_team(scope: Scope, store: Store, team_id: int) -> dict[str, Any]:
    _, teams = visible_teams(scope, store)
    found = [team for team in teams if team["team_id"] == team_id]
    if not found:
        raise NotVisible(f"no team {team_id} is visible to you")
    return found[0]


def team_board(
    scope: Scope,
    store: Store,
    team_id: int,
    sort: str = "total",
    descending: bool = True,
    limit: int = 100,
    offset: int = 0,
) -> TeamBoard:
    """Leaderboard, heat map rows, index distribution and trend of one team, from snapshots.

    Members are those whose current `members.team_id` is the team (the same rule as scope);
    change is against the latest snapshot at least a week older than the current one.
    The team's rows are read once; averages and the histogram are array sums over them.
    """
    team = require_team(scope, store, team_id)
    if sort not in LEADERBOARD_SORTS:
        raise SellindexError(f"sort by one of: {', '.join(LEADERBOARD_SORTS)} (got {sort!r})")
    day, previous, board, trend = CARDS.get(
        store, ("team", team_id), lambda: _team_rows(store, team_id)
    )
    pillars = ["total", *PILLARS]
    direction = "descending" if descending else "ascending"
    ordered = board.sort_by([(sort, direction), ("member_id", "ascending")])
    totals = board.column("total").to_numpy(zero_copy_only=False)
    bins = np.minimum(totals // HISTOGRAM_BIN, 100 // HISTOGRAM_BIN - 1).astype(int)
    counts = np.bincount(bins, minlength=100 // HISTOGRAM_BIN)

    def mean(column: str) -> float | None:
        values = board.column(column).to_numpy(zero_copy_only=False).astype(float)
        values = values[~np.isnan(values)]
        return round(float(values.mean()), 2) if values.size else None

    averages = {p: mean(p) for p in [*pillars, "change"]}
    rows = ordered.slice(offset, limit).to_pylist()
    graded, grades = latest_grades(store, [row["member_id"] for row in rows])
    for row in rows:
        row["vs_average"] = round(row["total"] - (averages["total"] or 0.0), 2)
        row["grade"] = grades.get(row["member_id"])
    return {
        "team_id": team_id,
        "name": team.get("name"),
        "manager_id": team.get("manager_id"),
        "as_of": day,
        "previous": previous,
        "sort": sort,
        "order": "desc" if descending else "asc",
        "total": board.num_rows,
        "limit": limit,
        "offset": offset,
        "averages": averages,
        "graded": graded,
        "rows": rows,
        "distribution": index_bands([int(c) for c in counts]),
        "trend": trend,
    }


def _team_rows(store: Store, team_id: int) -> tuple[Any, ...]:
    """The team's snapshot rows on the latest date (with last week's index) and its trend."""
    day = latest_scoring_date(store)
    previous = latest_date_on_or_before(store, day - WEEK) if day else None
    board = store.con.execute(_BOARD_SQL, [day, previous, team_id]).fetch_arrow_table()
    return day, previous, board, sql_rows(store, _TREND_SQL, [team_id])
