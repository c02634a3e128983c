"""Attach the member attributes that KPIs are grouped by (team, company, industry)."""

from __future__ import annotations

import ibis.expr.types as ir

from sellindex.store.engines import TableSource

MEMBER_DIMENSIONS = ("team_id", "company_id", "industry")


def with_member_dimensions(store: TableSource, facts: ir.Table, member_column: str) -> ir.Table:
    """`facts` with `member_id` (from `member_column`) and the member's team, company, industry.

    A left join: a fact whose member is unknown keeps its row, with empty attributes.
    """
    members = store.table("members").select("member_id", *MEMBER_DIMENSIONS)
    facts = facts.rename(member_id=member_column) if member_column != "member_id" else facts
    joined = facts.left_join(members, "member_id")
    return joined.drop(*(c for c in joined.columns if c.endswith("_right")))
