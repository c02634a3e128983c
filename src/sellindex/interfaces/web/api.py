"""The JSON API under /api/v1. Every route takes its caller from `auth`, and its data through
the caller's scope; the route-access test fails for any route it does not know about."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from pydantic import BeforeValidator, Field, StringConstraints

from sellindex import service
from sellindex.analysis.reports import GradingGrain
from sellindex.interfaces.web.auth import API_PREFIX, AdminDep, CallerDep, ManagerDep, StoreDep
from sellindex.interfaces.web.models import (
    ErrorDetail,
    ImportReport,
    KpiPage,
    Load,
    Me,
    MemberIndex,
    MembersPage,
    MemberView,
    RejectsPage,
    RepNumbers,
    Status,
    TeamBoard,
    TeamsPage,
)
from sellindex.metrics.kpis.periods import EARLIEST_DAY, LATEST_DAY, Grain
from sellindex.schema import LOAD_ORDER
from sellindex.store.summary import recent_loads

TableName = StrEnum("TableName", {name: name for name in LOAD_ORDER})  # type: ignore[misc]
"""A canonical table name; anything else is refused with 422 and the list of valid names."""

MemberId = Annotated[
    int, Path(ge=service.INT64_MIN, le=service.INT64_MAX, description="A member id.")
]
Limit = Annotated[int, Query(ge=1, le=500, description="Rows per page (1-500).")]
Offset = Annotated[int, Query(ge=0, le=service.INT64_MAX, description="Rows to skip.")]

router = APIRouter(
    prefix=API_PREFIX,
    responses={
        401: {"model": ErrorDetail, "description": "No valid API token or session."},
        403: {"model": ErrorDetail, "description": "The caller's role may not use this."},
    },
)


@router.get("/me", response_model=Me, tags=["accounts"])
def get_me(caller: CallerDep, store: StoreDep) -> dict[str, Any]:
    """The calling account, its member profile and how many members it may see."""
    return service.me(caller.scope, store, caller.user)


@router.get(
    "/members/{member_id}",
    response_model=MemberView,
    tags=["members"],
    responses={404: {"model": ErrorDetail, "description": "No such member in your scope."}},
)
def get_member(member_id: MemberId, caller: CallerDep, store: StoreDep) -> dict[str, Any]:
    """One member's profile. Out of scope and absent look the same (404), so ids do not leak."""
    return service.member_profile(caller.scope, store, member_id)


@router.get("/status", response_model=Status, tags=["data"])
def get_status(caller: AdminDep, store: StoreDep) -> dict[str, Any]:
    """Row counts and date ranges of every table, and the latest loads (admin)."""
    return service.status(store)


@router.get("/loads", response_model=list[Load], tags=["data"])
def list_loads(caller: AdminDep, store: StoreDep, limit: Limit = 50) -> list[dict[str, Any]]:
    """The latest loads, newest first (admin)."""
    return recent_loads(store, limit=limit)


@router.get("/rejects", response_model=RejectsPage, tags=["data"])
def list_rejects(
    caller: AdminDep,
    store: StoreDep,
    table: Annotated[TableName | None, Query(description="Only this table's rejects.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Rows that failed validation, with file, line and reason, one page at a time (admin)."""
    return service.rejects_page(store, table.value if table else None, limit, offset)


@router.get("/imports", response_model=list[ImportReport], tags=["data"])
def list_imports(caller: AdminDep, store: StoreDep) -> list[dict[str, Any]]:
    """What the latest import of each source found in its export, and which signals and KPIs
    it can and cannot feed, with reasons (admin; `sellindex doctor` gives it before one)."""
    return service.import_reports(store)


SortKey = StrEnum("SortKey", {name: name for name in service.LEADERBOARD_SORTS})  # type: ignore[misc]
"""A leaderboard column to sort by."""


class SortOrder(StrEnum):
    asc = "asc"
    desc = "desc"


class KpiFamily(StrEnum):
    engagement = "engagement"
    growth = "growth"
    ads = "ads"


TeamId = Annotated[int, Path(ge=service.INT64_MIN, le=service.INT64_MAX, description="A team id.")]
_DATE_RANGE = f"between {EARLIEST_DAY} and {LATEST_DAY} (else 400)"
_BLANK_IS_NONE = BeforeValidator(lambda value: None if value == "" else value)
"""A form's empty field arrives as `name=`: it means "not given", not a malformed value."""
FromDate = Annotated[
    date | None,
    _BLANK_IS_NONE,
    Query(alias="from", description=f"First day (UTC) to include, YYYY-MM-DD, {_DATE_RANGE}."),
]
AsOfDate = Annotated[
    date | None,
    _BLANK_IS_NONE,
    Query(description=f"Show the index as scored on this day or the last before, {_DATE_RANGE}."),
]
ToDate = Annotated[
    date | None,
    _BLANK_IS_NONE,
    Query(alias="to", description=f"Last day (UTC) to include, whole day, {_DATE_RANGE}."),
]
NOT_VISIBLE = {404: {"model": ErrorDetail, "description": "Not found in your scope."}}
BAD_INPUT = {400: {"model": ErrorDetail, "description": "The parameters do not make sense."}}


MemberSort = StrEnum("MemberSort", {name: name for name in service.MEMBER_SORTS})  # type: ignore[misc]
"""A People column to sort by."""
# Bounds sit on the inner type: an empty field is None, which no bound applies to.
Search = Annotated[
    Annotated[str, StringConstraints(max_length=200)] | None,
    _BLANK_IS_NONE,
    Query(description="Only members whose name, title or company holds this (200 at most)."),
]
TeamFilter = Annotated[
    Annotated[int, Field(ge=service.INT64_MIN, le=service.INT64_MAX)] | None,
    _BLANK_IS_NONE,
    Query(description="Only this team's members."),
]
SeniorityFilter = Annotated[
    Annotated[str, StringConstraints(max_length=100)] | None,
    _BLANK_IS_NONE,
    Query(description="Only this seniority."),
]


@router.get("/members", response_model=MembersPage, tags=["members"], responses=BAD_INPUT)
def list_members(
    caller: CallerDep,
    store: StoreDep,
    limit: Limit = 100,
    offset: Offset = 0,
    q: Search = None,
    team: TeamFilter = None,
    seniority: SeniorityFilter = None,
    sort: Annotated[MemberSort, Query(description="Column to sort by.")] = "member_id",  # type: ignore[assignment]
    order: Annotated[SortOrder, Query(description="asc or desc.")] = SortOrder.asc,
) -> dict[str, Any]:
    """The members the caller may see (themselves, their team, or everyone), with their team's
    and manager's names and latest index; searched, filtered and sorted as asked."""
    return service.members_page(
        caller.scope, store, limit, offset, q, team, seniority, str(sort), order is SortOrder.desc
    )


@router.get(
    "/members/{member_id}/index",
    response_model=MemberIndex,
    tags=["index"],
    responses=NOT_VISIBLE,
)
def get_member_index(
    member_id: MemberId, caller: CallerDep, store: StoreDep, as_of: AsOfDate = None
) -> dict[str, Any]:
    """A member's latest index (or the last on or before `as_of`): pillars, ranks with group
    averages, points per signal, next actions, and the history over every snapshot with its
    ranks and the official readings beside it. 404 when out of scope or never scored."""
    return service.member_card(caller.scope, store, member_id, as_of)


@router.get("/teams", response_model=TeamsPage, tags=["teams"])
def list_teams(
    caller: ManagerDep, store: StoreDep, limit: Limit = 100, offset: Offset = 0
) -> dict[str, Any]:
    """The teams the caller may open (a manager: their own; an admin: every team)."""
    return service.teams_page(caller.scope, store, limit, offset)


@router.get(
    "/teams/{team_id}",
    response_model=TeamBoard,
    tags=["teams"],
    responses={**NOT_VISIBLE, **BAD_INPUT},
)
def get_team(
    team_id: TeamId,
    caller: ManagerDep,
    store: StoreDep,
    sort: Annotated[SortKey, Query(description="Leaderboard column.")] = SortKey.total,  # type: ignore[attr-defined]
    order: Annotated[SortOrder, Query(description="asc or desc.")] = SortOrder.desc,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    """A team's leaderboard (index, pillars, change since last week), averages, the
    distribution of the index and the team average over every snapshot."""
    return service.team_board(
        caller.scope, store, team_id, sort.value, order is SortOrder.desc, limit, offset
    )


@router.get(
    "/reps/{member_id}",
    response_model=RepNumbers,
    tags=["reps"],
    responses={**NOT_VISIBLE, **BAD_INPUT},
)
def get_rep(
    member_id: MemberId,
    caller: CallerDep,
    store: StoreDep,
    start: FromDate = None,
    end: ToDate = None,
    by: Annotated[
        GradingGrain | None,
        Query(
            description="Grading period; by default the shortest (month, quarter, then the "
            "whole window) that grades at least half the reps who closed deals."
        ),
    ] = None,
) -> dict[str, Any]:
    """A rep's micro-metrics per period with team median and percentile, grades with their
    intervals, and whether each metric improved or regressed."""
    grain = by.value if by else None
    return service.rep_numbers(caller.scope, store, member_id, start, end, grain)


@router.get("/kpis/{family}", response_model=KpiPage, tags=["kpis"], responses=BAD_INPUT)
def get_kpis(
    family: KpiFamily,
    caller: ManagerDep,
    store: StoreDep,
    start: FromDate = None,
    end: ToDate = None,
    by: Annotated[Grain, Query(description="Length of each period.")] = Grain.month,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Company-wide engagement, growth or advertising KPIs, one row per period (managers and
    admins; members see their own numbers on their index and rep pages)."""
    return service.kpi_table(store, family.value, start, end, by.value, limit, offset)


class InsightOutcome(StrEnum):
    won = "won"
    booked = "booked"
    cycle = "cycle"


OptionalTeam = Annotated[
    int | None,
    _BLANK_IS_NONE,
    Query(description="Only this team's deals (an admin may pick any team; a manager their own)."),
]


@router.get("/insights", tags=["insights"], responses={**NOT_VISIBLE, **BAD_INPUT})
def get_insights(
    caller: ManagerDep,
    store: StoreDep,
    outcome: Annotated[InsightOutcome, Query(description="won, booked or cycle.")] = (
        InsightOutcome.won
    ),
    start: FromDate = None,
    end: ToDate = None,
    team: OptionalTeam = None,
) -> dict[str, Any]:
    """What goes with the outcome on the deals closed in the window: each behaviour's effect
    within reps and between reps, adjusted for confounders, with intervals, adjusted p-values,
    warnings and coaching points (managers: their team; admins: any team or everyone)."""
    return service.insights_view(caller.scope, store, outcome.value, start, end, team)
