"""What pages and API routes show, computed once so a page and its API route always agree."""

from __future__ import annotations

import functools
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd
from fastapi import HTTPException

from sellindex.analysis.insights import analyse
from sellindex.analysis.reports import (
    GRADING_GRAINS,
    GradingChoice,
    rep_report,
    share_graded_in_latest_period,
    shortest_graded_grain,
)
from sellindex.errors import SellindexError
from sellindex.ingest.inspection import READINGS, Inspection, export_noun
from sellindex.interfaces.web.auth import Caller
from sellindex.metrics.deals import deal_behaviours
from sellindex.metrics.feedable import coverage, kpi_rows
from sellindex.metrics.kpis import (
    ADS_KPIS,
    ENGAGEMENT_KPIS,
    REP_KPI_NAMES,
    REP_KPIS_BY_NAME,
    Window,
    ads,
    engagement,
    growth,
    kpi_catalogue,
    rep_kpis,
    with_team_comparison,
)
from sellindex.metrics.kpis.growth import bounded_window, growth_kpis_for
from sellindex.metrics.kpis.periods import NothingToReport, check_day, data_bounds
from sellindex.metrics.ssi import explain
from sellindex.metrics.ssi.model import Model, load_model
from sellindex.store import Store
from sellindex.store.export_reports import latest_export_reports
from sellindex.store.snapshots import RANK_GROUPS, latest_date_on_or_before
from sellindex.store.summary import member_names, recent_loads, table_summaries

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


def _rows(expr: Any) -> list[dict[str, Any]]:
    return expr.to_pyarrow().to_pylist()


def count(table: Any) -> int:
    """Row count through Arrow (ibis's `execute()` would go through pandas for one number)."""
    return int(table.count().to_pyarrow().as_py())


def member_profile(caller: Caller, store: Store, member_id: int) -> dict[str, Any]:
    """A member's profile with their team's and manager's names, or 404 whether the member is
    absent or out of scope (no leak)."""
    predicate, params = caller.scope.sql_predicate()
    found = _sql(
        store,
        _MEMBERS_SQL.format(scope=predicate) + " AND m.member_id = ?",
        [*params, latest_snapshot_date(store), *[None] * 8, member_id],
    )
    if not found:
        raise HTTPException(404, f"no member {member_id} is visible to you")
    return found[0]


def me(caller: Caller, store: Store) -> dict[str, Any]:
    user = caller.user
    profile = None
    if user.member_id is not None:
        members = store.table("members")
        found = _rows(members.filter(members.member_id == user.member_id))
        profile = found[0] if found else None
    return {
        "email": user.email,
        "role": user.role,
        "member_id": user.member_id,
        "member": profile,
        "visible_members": count(caller.scope.visible_member_ids),
    }


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


def members_page(
    caller: Caller,
    store: Store,
    limit: int,
    offset: int,
    search: str | None = None,
    team_id: int | None = None,
    seniority: str | None = None,
    sort: str = "member_id",
    descending: bool = False,
) -> dict[str, Any]:
    """The members in the caller's scope whose name, title or company contains `search`, in a
    team and of a seniority if asked, with their team's name, their latest index and their
    manager's name (when the manager is in scope too: a name is shown only to who may see it)."""
    if sort not in MEMBER_SORTS:
        raise SellindexError(f"sort by one of: {', '.join(MEMBER_SORTS)} (got {sort!r})")
    predicate, params = caller.scope.sql_predicate()
    pattern = None if not search else f"%{_like_escaped(search)}%"
    filters = [latest_snapshot_date(store), pattern, pattern, pattern, pattern,
               team_id, team_id, seniority, seniority]  # fmt: skip
    listed = _MEMBERS_SQL.format(scope=predicate)
    total = _sql(store, f"SELECT count(*) AS n FROM ({listed})", [*params, *filters])[0]["n"]
    direction = "DESC" if descending else "ASC"
    rows = _sql(
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


def people_filters(caller: Caller, store: Store) -> dict[str, list[Any]]:
    """The teams and seniorities a People filter can offer: those of the members in scope."""
    predicate, params = caller.scope.sql_predicate()
    teams = _sql(
        store,
        "SELECT DISTINCT m.team_id, coalesce(t.name, 'Team ' || m.team_id) AS name"
        f" FROM (SELECT * FROM members WHERE {predicate}) m"
        " LEFT JOIN teams t ON t.team_id = m.team_id WHERE m.team_id IS NOT NULL ORDER BY 2",
        params,
    )
    seniorities = _sql(
        store,
        f"SELECT DISTINCT seniority FROM members WHERE {predicate} AND seniority IS NOT NULL"
        " ORDER BY 1",
        params,
    )
    return {"teams": teams, "seniorities": [row["seniority"] for row in seniorities]}


def status(store: Store, loads_limit: int = 10) -> dict[str, Any]:
    return {
        "db": str(store.path),
        "layout_version": store.schema_version(),
        "tables": table_summaries(store),
        "recent_loads": recent_loads(store, limit=loads_limit),
    }


_DISTRIBUTION_SQL = """
SELECT least(floor(total::DOUBLE / ?), ? - 1)::INT AS band, count(*) AS members,
       round(avg(total::DOUBLE), 2) AS average
FROM ssi_snapshots WHERE as_of = ? GROUP BY 1 ORDER BY 1
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


def admin_overview(caller: Caller, store: Store) -> dict[str, Any]:
    """What an admin looks at first: how the index is spread over everyone, the teams, the
    last load and scoring run, and the data's health (rejects, empty tables, import reports)."""
    day, teams = _visible_teams(caller, store)
    bands = 100 // HISTOGRAM_BIN
    found = {r["band"]: r for r in _sql(store, _DISTRIBUTION_SQL, [HISTOGRAM_BIN, bands, day])}
    scored = sum(r["members"] for r in found.values())
    runs = _sql(
        store,
        "SELECT as_of, model_name, model_version, members, scored_at, seconds FROM ssi_runs"
        " ORDER BY scored_at DESC, as_of DESC LIMIT 1",
    )
    tables = table_summaries(store)
    rejected = _sql(store, "SELECT count(*) AS n FROM rejects")[0]["n"]
    average = _sql(
        store, "SELECT round(avg(total::DOUBLE), 2) AS a FROM ssi_snapshots WHERE as_of = ?", [day]
    )[0]["a"]
    return {
        "as_of": day,
        "scored": scored,
        "members": count(store.table("members")),
        "average": average,
        "distribution": index_bands(
            [found[b]["members"] if b in found else 0 for b in range(bands)]
        ),
        "teams": teams,
        "last_load": (recent_loads(store, limit=1) or [None])[0],
        "last_run": runs[0] if runs else None,
        "rejected": rejected,
        "empty_tables": [t["table"] for t in tables if not t["rows"]],
        "imports": import_reports(store),
    }


def rejects_page(store: Store, table: str | None, limit: int, offset: int) -> dict[str, Any]:
    """Rejected rows, newest load first, in file order within a load."""
    rejects = store.table("rejects")
    if table is not None:
        rejects = rejects.filter(rejects.table_name == table)
    ordered = rejects.order_by([rejects.load_id.desc(), rejects.table_name, rejects.line])
    return {
        "table": table,
        "total": count(rejects),
        "limit": limit,
        "offset": offset,
        "rows": _rows(ordered.limit(limit, offset=offset)),
    }


def import_reports(store: Store) -> list[dict[str, Any]]:
    """What the latest import of each source (kind, and owner for a data archive) found in its
    export, with what it can and cannot feed under the current model (`sellindex doctor`)."""
    reports = []
    for kept in latest_export_reports(store.con):
        found = Inspection.from_dict(kept)
        report = {
            **found.to_dict(),
            "noun": export_noun(found.kind),
            "load_id": kept["load_id"],
            "recorded_at": kept["recorded_at"],
        }
        if found.kind != READINGS:
            report["coverage"] = coverage(_model(), found.feeds, found.why_absent)
            report["kpi_rows"] = kpi_rows(report["coverage"]["kpis"])
        reports.append(report)
    return reports


# --- Index, team, rep and KPI answers -------------------------------------------------------

PILLAR_NAMES = ("brand", "find", "engage", "relationships")
LEADERBOARD_SORTS = ("total", *PILLAR_NAMES, "change", "name", "member_id")
KPI_FAMILIES = ("engagement", "growth", "ads")
HISTOGRAM_BIN = 10
WEEK = timedelta(days=7)


def _plain(value: Any) -> Any:
    """JSON-ready scalars: decimals to floats, NaN and NaT to None, pandas stamps to dates."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.to_pydatetime()
    if value is pd.NaT:
        return None
    if isinstance(value, np.generic):
        return _plain(value.item())
    return value


def _clean(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{key: _plain(value) for key, value in row.items()} for row in rows]


def _frame_rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return _clean(frame.to_dict("records"))


def _sql(store: Store, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    """Rows of a parameterised query. The pages' hot paths read the snapshot tables this way:
    compiling an Ibis expression costs more per request than DuckDB takes to answer it."""
    cursor = store.con.execute(sql, params or [])
    names = [d[0] for d in cursor.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _require_member(caller: Caller, member_id: int) -> None:
    if not caller.scope.can_see_member(member_id):
        raise HTTPException(404, f"no member {member_id} is visible to you")


@functools.cache
def _model() -> Model:
    return load_model()


def latest_snapshot_date(store: Store) -> date | None:
    row = store.con.execute("SELECT max(as_of) FROM ssi_runs").fetchone()
    return row[0] if row else None


def member_index(
    caller: Caller, store: Store, member_id: int, as_of: date | None = None
) -> dict[str, Any]:
    """A member's card (index, pillars, ranks, signals, next actions) on their latest scoring
    date, or the last one on or before `as_of`, and their whole history.

    Reads the snapshots only; a member in scope without a score is a 404 that says so.
    """
    _require_member(caller, member_id)
    if as_of is not None:
        check_day("as_of", as_of)
    return dict(CARDS.get(store, (member_id, as_of), lambda: _member_card(store, member_id, as_of)))


def _member_card(store: Store, member_id: int, as_of: date | None) -> dict[str, Any]:
    try:
        card = explain.member_card(store, _model(), member_id, as_of)
        snapshots = explain.history(store, member_id)["snapshots"]
    except SellindexError as missing:
        raise HTTPException(404, str(missing)) from None
    card["pillars"] = _clean(card["pillars"])
    card["ranks"] = _clean(card["ranks"])
    card["signals"] = _clean(card["signals"])
    card["next_actions"] = _clean(card["next_actions"])
    card["total"] = _plain(card["total"])
    card["change"] = _clean([card["change"]])[0]
    card["history"] = [_history_point(row) for row in snapshots]
    name = _sql(store, "SELECT name FROM members WHERE member_id = ?", [member_id])
    card["name"] = name[0]["name"] if name else None
    return card


def _history_point(snapshot: dict[str, Any]) -> dict[str, Any]:
    """One snapshot of the history: index, pillars, "top N%" per group, the official reading."""
    official = snapshot.get("official")
    point = {key: _plain(snapshot[key]) for key in ("as_of", "total", *PILLAR_NAMES)}
    point.update({f"{g}_top_percent": snapshot[f"{g}_top_percent"] for g in RANK_GROUPS})
    point["official"] = (
        {key: official.get(key) for key in ("as_of", "total", *PILLAR_NAMES)} if official else None
    )
    return point


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


def _all_teams(store: Store) -> tuple[date | None, list[dict[str, Any]]]:
    day = latest_snapshot_date(store)
    return day, _sql(store, _TEAMS_SQL, [day])


def _visible_teams(caller: Caller, store: Store) -> tuple[date | None, list[dict[str, Any]]]:
    """Every team for an admin, their own for a manager, none for anyone else."""
    day, teams = CARDS.get(store, ("teams",), lambda: _all_teams(store))
    if caller.scope.sees_everyone:
        return day, teams
    own = set(caller.scope.team_ids) if caller.role == "manager" else set()
    return day, [team for team in teams if team["team_id"] in own]


def teams_page(caller: Caller, store: Store, limit: int, offset: int) -> dict[str, Any]:
    """The teams the caller may open, with their size, manager and latest average index."""
    day, teams = _visible_teams(caller, store)
    return {
        "as_of": day,
        "total": len(teams),
        "limit": limit,
        "offset": offset,
        "teams": teams[offset : offset + limit],
    }


def _require_team(caller: Caller, store: Store, team_id: int) -> dict[str, Any]:
    _, teams = _visible_teams(caller, store)
    found = [team for team in teams if team["team_id"] == team_id]
    if not found:
        raise HTTPException(404, f"no team {team_id} is visible to you")
    return found[0]


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


def team_board(
    caller: Caller,
    store: Store,
    team_id: int,
    sort: str = "total",
    descending: bool = True,
    limit: int = 100,
    offset: int = 0,
) -> dict[str, Any]:
    """Leaderboard, heat map rows, index distribution and trend of one team, from snapshots.

    Members are those whose current `members.team_id` is the team (the same rule as scope);
    change is against the latest snapshot at least a week older than the current one.
    The team's rows are read once; averages and the histogram are array sums over them.
    """
    team = _require_team(caller, store, team_id)
    if sort not in LEADERBOARD_SORTS:
        raise SellindexError(f"sort by one of: {', '.join(LEADERBOARD_SORTS)} (got {sort!r})")
    day, previous, board, trend = CARDS.get(
        store, ("team", team_id), lambda: _team_rows(store, team_id)
    )
    pillars = ["total", *PILLAR_NAMES]
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


def latest_grades(store: Store, member_ids: list[int]) -> tuple[dict[str, Any], dict[int, str]]:
    """The graded period the Rep page shows by default, and these members' grades in it."""
    choice = grading_choice(store, None, None)
    window = _window(None, None, "month" if choice.grain == "all" else choice.grain)
    tables = _company_rep_tables(store, window, choice.grain)
    period = tables["graded_period"]
    frame = tables["grades"].frame
    mine = frame[frame["member_id"].isin(member_ids) & (pd.to_datetime(frame["period"]) == period)]
    graded = {"by": choice.grain, "period": period, "reason": choice.reason}
    return graded, dict(zip(mine["member_id"].astype(int), mine["grade"], strict=True))


def _team_rows(store: Store, team_id: int) -> tuple[Any, ...]:
    """The team's snapshot rows on the latest date (with last week's index) and its trend."""
    day = latest_snapshot_date(store)
    previous = latest_date_on_or_before(store, day - WEEK) if day else None
    board = store.con.execute(_BOARD_SQL, [day, previous, team_id]).fetch_arrow_table()
    return day, previous, board, _sql(store, _TREND_SQL, [team_id])


class ResultCache:
    """Per-window results that cost seconds (company-wide grading, KPI families), kept while
    the store's data stays the same: the key carries the latest load and scoring run."""

    def __init__(self, size: int = 64) -> None:
        self._size = size
        self._lock = threading.Lock()
        self._entries: dict[tuple[Any, ...], Any] = {}
        self._building: dict[tuple[Any, ...], threading.Lock] = {}

    def get(self, store: Store, key: tuple[Any, ...], build: Callable[[], Any]) -> Any:
        full = (str(store.path), *key, _data_version(store))
        with self._lock:
            if full in self._entries:
                return self._entries[full]
            gate = self._building.setdefault(full, threading.Lock())
        with gate:  # one request builds, the ones arriving meanwhile wait for it
            with self._lock:
                if full in self._entries:
                    return self._entries[full]
            try:
                value = build()
            finally:
                with self._lock:
                    self._building.pop(full, None)
            with self._lock:
                if len(self._entries) >= self._size:
                    self._entries.pop(next(iter(self._entries)))
                self._entries[full] = value
            return value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


RESULTS = ResultCache()
CARDS = ResultCache(size=10_000)
"""Members' explained cards and teams' snapshot rows: asked again and again, few lookups each."""


def _data_version(store: Store) -> tuple[Any, ...]:
    row = store.con.execute(
        "SELECT (SELECT max(load_id) FROM loads), (SELECT max(scored_at) FROM ssi_runs),"
        " (SELECT count(*) FROM ssi_runs)"
    ).fetchone()
    return tuple(row) if row else ()


def _window(start: date | None, end: date | None, grain: str) -> Window:
    if start is not None and end is not None and end < start:
        raise SellindexError(f"`to` ({end}) is before `from` ({start})")
    return Window.from_dates(start, end, grain)


@dataclass(frozen=True)
class ByMember:
    """A result table sorted by member id, so one member's rows are a binary search away
    (no per-request scan of every rep's rows, and no up-front split into 100,000 pieces)."""

    frame: pd.DataFrame
    ids: np.ndarray

    @classmethod
    def of(cls, frame: pd.DataFrame, order: list[str], drop: list[str]) -> ByMember:
        ordered = frame.sort_values(["member_id", *order], kind="stable").reset_index(drop=True)
        return cls(ordered.drop(columns=drop), ordered["member_id"].to_numpy())

    def rows(self, member_id: int) -> list[dict[str, Any]]:
        first, last = np.searchsorted(self.ids, [member_id, member_id + 1])
        return _frame_rows(self.frame.iloc[first:last].drop(columns="member_id"))


def _rep_tables(store: Store, window: Window, grain: str) -> dict[str, Any]:
    """Grades, trends and team comparison for every rep of the window, computed together once
    (grading needs every rep for its prior) and filed by rep."""
    report = rep_report(store, grain, window.start, window.end)
    comparison = with_team_comparison(rep_kpis(store, report.window)).to_pyarrow().to_pandas()
    comparison = comparison[comparison["metric"].isin(list(REP_KPIS_BY_NAME))]
    order = comparison["metric"].map({name: i for i, name in enumerate(REP_KPI_NAMES)})
    units = comparison["metric"].map({name: kpi.unit for name, kpi in REP_KPIS_BY_NAME.items()})
    comparison = comparison.assign(_order=order, unit=units)
    assert report.cycles is not None and report.regression_notes is not None
    return {
        "grades": ByMember.of(report.grades, ["period"], []),
        "trends": ByMember.of(report.trends, [], ["team_id"]),
        "metrics": ByMember.of(comparison, ["period", "_order"], ["team_id", "_order"]),
        "cycle_and_deal_size": ByMember.of(report.cycles, ["period"], []),
        "regression_to_the_mean": ByMember.of(report.regression_notes, ["period"], []),
        "graded_period": _plain(report.graded_period),
        "level": report.level,
        "exclusions": report.exclusions,
    }


def rep_numbers(
    caller: Caller,
    store: Store,
    rep_id: int,
    start: date | None = None,
    end: date | None = None,
    grain: str | None = None,
) -> dict[str, Any]:
    """A rep's micro-metrics against their team, grades with intervals, and trend verdicts;
    without `grain`, graded over the shortest period that grades most reps."""
    _require_member(caller, rep_id)
    choice = grading_choice(store, start, end) if grain is None else None
    grain = choice.grain if choice else grain
    if grain not in GRADING_GRAINS:
        raise SellindexError(f"grade by one of: {', '.join(GRADING_GRAINS)} (got {grain!r})")
    window = _window(start, end, "month" if grain == "all" else grain)
    tables = _company_rep_tables(store, window, grain)
    profile = _sql(store, "SELECT name, team_id FROM members WHERE member_id = ?", [rep_id])[0]
    return {
        "member_id": rep_id,
        "name": profile["name"],
        "team_id": profile["team_id"],
        "window": {"from": window.start, "to_exclusive": window.end, "by": grain},
        "graded_period": tables["graded_period"],
        "grading_reason": choice.reason if choice else None,
        "level": tables["level"],
        "exclusions": tables["exclusions"],
        **CARDS.get(store, ("rep", window, grain, rep_id), lambda: _rep_rows(tables, rep_id)),
        "coaching": coaching_for(store, rep_id),
    }


def grading_choice(store: Store, start: date | None, end: date | None) -> GradingChoice:
    """The grading period the pages use when none is asked for (see `shortest_graded_grain`)."""

    def share(grain: str) -> float:
        window = _window(start, end, grain)
        return share_graded_in_latest_period(store, grain, window.start, window.end)

    return RESULTS.get(store, ("grading-choice", start, end), lambda: shortest_graded_grain(share))


def _company_rep_tables(store: Store, window: Window, grain: str) -> dict[str, Any]:
    return RESULTS.get(store, ("rep", window, grain), lambda: _rep_tables(store, window, grain))


REP_TABLES = ("metrics", "grades", "trends", "cycle_and_deal_size", "regression_to_the_mean")


def _rep_rows(tables: dict[str, Any], rep_id: int) -> dict[str, list[dict[str, Any]]]:
    return {name: tables[name].rows(rep_id) for name in REP_TABLES}


def coaching_for(store: Store, rep_id: int) -> list[str]:
    """The rep's coaching points from the analysis of every closed deal (empty when there is
    too little to analyse)."""
    window = Window()
    try:
        report = RESULTS.get(
            store,
            ("insights", "won", window, ()),
            lambda: _insights_report(store, "won", window, ()),
        )
    except SellindexError:
        return []
    return [point["message"] for point in report["coaching"].get(str(rep_id), [])]


KPI_DEFINITIONS = {"engagement": (engagement, ENGAGEMENT_KPIS), "ads": (ads, ADS_KPIS)}


def _kpi_rows(store: Store, family: str, window: Window) -> dict[str, Any]:
    if family in KPI_DEFINITIONS:
        compute, kpis = KPI_DEFINITIONS[family]
        rows = compute(store, window, "all").to_pyarrow().to_pylist()
        return {"rows": rows, "definitions": kpi_catalogue(kpis), "window": window}
    try:
        bounded = bounded_window(store, window)
    except NothingToReport:
        empty = {"rows": [], "definitions": kpi_catalogue(growth_kpis_for(window.grain))}
        return {**empty, "window": window}
    return {
        "rows": growth(store, bounded, "all").to_pyarrow().to_pylist(),
        "definitions": kpi_catalogue(growth_kpis_for(bounded.grain)),
        "window": bounded,
    }


def kpi_family(
    store: Store,
    family: str,
    start: date | None,
    end: date | None,
    grain: str,
    limit: int,
    offset: int,
) -> dict[str, Any]:
    """One KPI family for the whole company, one row per period (cached per window)."""
    if family not in KPI_FAMILIES:
        raise SellindexError(f"KPI family must be one of: {', '.join(KPI_FAMILIES)}")
    window = _window(start, end, grain)
    result = _company_kpis(store, family, window)
    rows = _clean(result["rows"])
    shown = result["window"]
    covered = shown.end or _data_end(store)
    unfinished = shown.first_unfinished([row["period"] for row in rows], covered)
    return {
        "family": family,
        "window": {"from": shown.start, "to_exclusive": shown.end, "by": grain},
        "first_unfinished": unfinished if unfinished < len(rows) else None,
        "definitions": result["definitions"],
        "total": len(rows),
        "limit": limit,
        "offset": offset,
        "rows": rows[offset : offset + limit],
    }


def activity_span(store: Store) -> tuple[datetime | None, datetime | None]:
    """The first and last activity on record (None, None without any)."""
    return RESULTS.get(
        store, ("activity-span",), lambda: data_bounds((store.table("activity"), "occurred_at"))
    )


def _data_end(store: Store) -> datetime | None:
    """Where the activity on record ends (exclusive), or None with no activity."""
    _, last = activity_span(store)
    return last + timedelta(microseconds=1) if last else None


def period_presets(store: Store) -> list[dict[str, str]]:
    """Common windows, ending on the last day with activity (not today: a store may hold an
    export from months ago), each with the period length that suits it."""
    first, last = activity_span(store)
    if last is None or first is None:
        return []
    end = last.date()
    quarter_start = date(end.year, 3 * ((end.month - 1) // 3) + 1, 1)
    previous_quarter_end = quarter_start - timedelta(days=1)
    windows = [
        ("Last 4 weeks", end - timedelta(weeks=4) + timedelta(days=1), end, "week"),
        ("Last 3 months", end - timedelta(days=91), end, "week"),
        ("This quarter", quarter_start, end, "week"),
        (
            "Last quarter",
            date(previous_quarter_end.year, 3 * ((previous_quarter_end.month - 1) // 3) + 1, 1),
            previous_quarter_end,
            "month",
        ),
        ("Year to date", date(end.year, 1, 1), end, "month"),
        ("Last 12 months", end - timedelta(days=364), end, "month"),
        ("Everything", first.date(), end, "quarter"),
    ]
    return [
        {"label": label, "from": start.isoformat(), "to": stop.isoformat(), "by": by}
        for label, start, stop, by in windows
    ]


def _company_kpis(store: Store, family: str, window: Window) -> dict[str, Any]:
    return RESULTS.get(store, ("kpis", family, window), lambda: _kpi_rows(store, family, window))


def _insight_scope(caller: Caller, store: Store, team_id: int | None) -> tuple[str, list[int]]:
    """Whose deals an insights report covers: a manager's own team (and reports), an admin's
    chosen team, or everyone (an admin who picks no team)."""
    if team_id is not None:
        if not INT64_MIN <= team_id <= INT64_MAX:
            raise HTTPException(404, "no such team in your scope")
        _require_team(caller, store, team_id)
        rows = store.con.execute(
            "SELECT member_id FROM members WHERE team_id = ? ORDER BY 1", [team_id]
        ).fetchall()
        return f"team {team_id}", [int(r[0]) for r in rows]
    if caller.scope.sees_everyone:
        return "company", []
    predicate, params = caller.scope.sql_predicate()
    rows = store.con.execute(
        f"SELECT member_id FROM members WHERE {predicate} ORDER BY 1", params
    ).fetchall()
    return "team", [int(r[0]) for r in rows]


def _insights_report(
    store: Store, outcome: str, window: Window, members: tuple[int, ...]
) -> dict[str, Any]:
    frame = deal_behaviours(store, window)
    if members:
        frame = frame.filter(frame.rep_id.isin(list(members)))
    deals = frame.to_pyarrow().to_pandas()
    if deals.empty:
        raise SellindexError("no closed deals in this window and scope; widen the window")
    report = analyse(deals, outcome, window=window)
    names = member_names(store, sorted(report.coaching))
    return {**report.as_dict(), "names": {str(k): v for k, v in names.items()}}


def insights_view(
    caller: Caller,
    store: Store,
    outcome: str,
    start: date | None,
    end: date | None,
    team_id: int | None = None,
) -> dict[str, Any]:
    """The insights report on the deals the caller may see (cached per window and scope)."""
    window = _window(start, end, "month")
    scope, members = _insight_scope(caller, store, team_id)
    key = ("insights", outcome, window, tuple(members))
    result = RESULTS.get(
        store, key, lambda: _insights_report(store, outcome, window, tuple(members))
    )
    return {"scope": scope, **result}
