"""Shapes of the API's answers; they are the OpenAPI document's schemas too.

The member profile is built from the canonical `members` table in `schema.py`, so a column added
there appears in the API without a second definition to keep in step.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any

from pydantic import BaseModel, Field, PlainSerializer, WithJsonSchema, create_model

from sellindex.schema import TABLES_BY_NAME, ColumnType


def _utc_iso(value: datetime) -> str:
    return value.replace(tzinfo=UTC).isoformat().replace("+00:00", "Z")


UtcDateTime = Annotated[
    datetime,
    PlainSerializer(_utc_iso, return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "format": "date-time"}),
]
"""Stored timestamps are naive UTC; the API says so with a `Z`, as RFC 3339 asks."""

_PYTHON_TYPES: dict[ColumnType, Any] = {
    ColumnType.ID: int,
    ColumnType.TEXT: str,
    ColumnType.INT: int,
    ColumnType.FLOAT: float,
    ColumnType.BOOL: bool,
    ColumnType.TIMESTAMP: UtcDateTime,
    ColumnType.DATE: date,
}

_member_fields: dict[str, Any] = {
    column.name: (
        _PYTHON_TYPES[column.type] if column.required else _PYTHON_TYPES[column.type] | None,
        Field(description=column.description),
    )
    for column in TABLES_BY_NAME["members"].columns
}
MemberProfile = create_model("MemberProfile", **_member_fields)
MemberProfile.__doc__ = "A member's profile, as stored in the canonical `members` table."


class ErrorDetail(BaseModel):
    """Why a request was refused, in one sentence."""

    detail: str


class Me(BaseModel):
    email: str
    role: str = Field(description="member, manager or admin.")
    member_id: int | None = Field(description="The member whose data this account sees.")
    member: MemberProfile | None  # type: ignore[valid-type]
    visible_members: int = Field(description="How many members this account may see.")


class MembersPage(BaseModel):
    total: int = Field(description="Members visible to the caller.")
    limit: int
    offset: int
    members: list[MemberProfile]  # type: ignore[valid-type]


class TableSummary(BaseModel):
    table: str
    rows: int
    time_column: str | None
    first: UtcDateTime | date | None
    last: UtcDateTime | date | None


class Load(BaseModel):
    load_id: int
    started_at: UtcDateTime | None
    finished_at: UtcDateTime | None
    table_name: str
    source_file: str | None
    rows_read: int
    rows_loaded: int
    rows_rejected: int
    rows_duplicate: int


class Status(BaseModel):
    db: str
    layout_version: int
    tables: list[TableSummary]
    recent_loads: list[Load]


class Reject(BaseModel):
    load_id: int | None
    table_name: str | None
    source_file: str | None
    line: int | None
    reason: str | None
    raw: str | None


class RejectsPage(BaseModel):
    table: str | None = Field(description="The table asked for, or null for every table.")
    total: int = Field(description="Rejected rows matching the filter.")
    limit: int
    offset: int
    rows: list[Reject]
