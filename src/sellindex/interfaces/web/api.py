"""The JSON API under /api/v1. Every route takes its caller from `auth`, and its data through
the caller's scope; the route-access test fails for any route it does not know about."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from sellindex.interfaces.web import queries
from sellindex.interfaces.web.auth import API_PREFIX, AdminDep, CallerDep, StoreDep
from sellindex.interfaces.web.models import (
    ErrorDetail,
    Load,
    Me,
    MemberProfile,
    MembersPage,
    RejectsPage,
    Status,
)
from sellindex.schema import LOAD_ORDER
from sellindex.store.summary import recent_loads

TableName = StrEnum("TableName", {name: name for name in LOAD_ORDER})  # type: ignore[misc]
"""A canonical table name; anything else is refused with 422 and the list of valid names."""

MemberId = Annotated[
    int, Path(ge=queries.INT64_MIN, le=queries.INT64_MAX, description="A member id.")
]
Limit = Annotated[int, Query(ge=1, le=500, description="Rows per page (1-500).")]
Offset = Annotated[int, Query(ge=0, le=queries.INT64_MAX, description="Rows to skip.")]

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
    return queries.me(caller, store)


@router.get("/members", response_model=MembersPage, tags=["members"])
def list_members(
    caller: CallerDep, store: StoreDep, limit: Limit = 100, offset: Offset = 0
) -> dict[str, Any]:
    """The members the caller may see (themselves, their team, or everyone), by member id."""
    return queries.members_page(caller, store, limit, offset)


@router.get(
    "/members/{member_id}",
    response_model=MemberProfile,
    tags=["members"],
    responses={404: {"model": ErrorDetail, "description": "No such member in your scope."}},
)
def get_member(member_id: MemberId, caller: CallerDep, store: StoreDep) -> dict[str, Any]:
    """One member's profile. Out of scope and absent look the same (404), so ids do not leak."""
    return queries.member_profile(caller, store, member_id)


@router.get("/status", response_model=Status, tags=["data"])
def get_status(caller: AdminDep, store: StoreDep) -> dict[str, Any]:
    """Row counts and date ranges of every table, and the latest loads (admin)."""
    return queries.status(store)


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
    return queries.rejects_page(store, table.value if table else None, limit, offset)
