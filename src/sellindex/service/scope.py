"""Who may see whose data. Every answer filters through a `Scope`, never through its own rules.

A member sees their own data; a manager the members of their team (`members.team_id`, plus any
team whose `teams.manager_id` is them) and the members whose `manager_id` is them; an admin
everyone. Scopes are Ibis expressions, so a route narrows its query in the engine rather than
fetching rows and discarding them in Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import ibis
import ibis.expr.types as ir

from sellindex.errors import SellindexError
from sellindex.store import Store
from sellindex.store.accounts import User


class NotVisible(SellindexError):
    """Asked for a member or team that is absent or out of the caller's scope. Both are said
    the same way, so a refusal tells nothing of what exists (the web answers 404)."""


@dataclass(frozen=True)
class Scope:
    store: Store
    role: str
    member_id: int | None
    team_ids: tuple[int, ...]

    @classmethod
    def for_user(cls, store: Store, user: User) -> Scope:
        team_ids: tuple[int, ...] = ()
        if user.role == "manager" and user.member_id is not None:
            rows = store.con.execute(
                "SELECT team_id FROM members WHERE member_id = ? AND team_id IS NOT NULL "
                "UNION SELECT team_id FROM teams WHERE manager_id = ? ORDER BY 1",
                [user.member_id, user.member_id],
            ).fetchall()
            team_ids = tuple(int(row[0]) for row in rows)
        return cls(store, user.role, user.member_id, team_ids)

    @classmethod
    def everyone(cls, store: Store) -> Scope:
        """The scope of whoever holds the store file itself: the CLI and the Python API."""
        return cls(store, "admin", None, ())

    @property
    def sees_everyone(self) -> bool:
        return self.role == "admin"

    def member_filter(self, column: ir.IntegerColumn) -> ir.BooleanValue:
        """A predicate on any member-id column: `t.filter(scope.member_filter(t.owner_id))`."""
        if self.sees_everyone:
            return ibis.literal(True)
        if self.role == "member":
            return column == self._own_id
        return column.isin(self.visible_member_ids.member_id)

    @cached_property
    def visible_member_ids(self) -> ir.Table:
        """The ids of every member this caller may see, as a one-column Ibis table."""
        members = self.store.table("members")
        if self.sees_everyone:
            visible = members
        elif self.role == "member":
            visible = members.filter(members.member_id == self._own_id)
        else:
            own = ibis.literal(self._own_id, type="int64")
            predicate = (members.member_id == own) | (members.manager_id == own)
            if self.team_ids:
                predicate |= members.team_id.isin(list(self.team_ids))
            visible = members.filter(predicate)
        return visible.select("member_id")

    def sql_predicate(self) -> tuple[str, list[object]]:
        """The same rule as `visible_member_ids`, as a SQL predicate on the `members` table
        and its parameters, for the lookups every page load makes."""
        if self.sees_everyone:
            return "true", []
        if self.role == "member":
            return "member_id = ?", [self._own_id]
        return (
            "(member_id = ? OR manager_id = ? OR list_contains(?, team_id))",
            [self._own_id, self._own_id, list(self.team_ids)],
        )

    def can_see_member(self, member_id: int) -> bool:
        """True when the member exists and is in scope (so a refusal says nothing of existence)."""
        predicate, params = self.sql_predicate()
        row = self.store.con.execute(
            f"SELECT count(*) FROM members WHERE member_id = ? AND {predicate}",
            [member_id, *params],
        ).fetchone()
        return bool(row and row[0])

    def require_member(self, member_id: int) -> None:
        if not self.can_see_member(member_id):
            raise self.refusal(member_id)

    def refusal(self, member_id: int) -> NotVisible:
        """The one way to say a member cannot be shown: whoever sees everyone learns it is
        absent, anyone else only that it is not visible to them."""
        where = "in the store" if self.sees_everyone else "visible to you"
        return NotVisible(f"no member {member_id} {where}")

    @property
    def _own_id(self) -> int:
        # A member or manager without a member id sees nobody: -1 matches no member.
        return self.member_id if self.member_id is not None else -1
