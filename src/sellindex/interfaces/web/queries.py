"""What pages and API routes show, computed once so a page and its API route always agree."""

from __future__ import annotations

from typing import Any

from fastapi import HTTPException

from sellindex.interfaces.web.auth import Caller
from sellindex.store import Store
from sellindex.store.summary import recent_loads, table_summaries

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


def _rows(expr: Any) -> list[dict[str, Any]]:
    return expr.to_pyarrow().to_pylist()


def count(table: Any) -> int:
    """Row count through Arrow (ibis's `execute()` would go through pandas for one number)."""
    return int(table.count().to_pyarrow().as_py())


def member_profile(caller: Caller, store: Store, member_id: int) -> dict[str, Any]:
    """A member's profile, or 404 whether the member is absent or out of scope (no leak)."""
    members = store.table("members")
    found = _rows(
        members.filter(
            members.member_id == member_id, caller.scope.member_filter(members.member_id)
        )
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


def members_page(caller: Caller, store: Store, limit: int, offset: int) -> dict[str, Any]:
    members = store.table("members")
    visible = members.filter(caller.scope.member_filter(members.member_id))
    return {
        "total": count(visible),
        "limit": limit,
        "offset": offset,
        "members": _rows(visible.order_by("member_id").limit(limit, offset=offset)),
    }


def status(store: Store, loads_limit: int = 10) -> dict[str, Any]:
    return {
        "db": str(store.path),
        "layout_version": store.schema_version(),
        "tables": table_summaries(store),
        "recent_loads": recent_loads(store, limit=loads_limit),
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
