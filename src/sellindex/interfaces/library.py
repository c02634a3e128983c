"""The Python API: the CLI's capabilities as methods, returning data rather than printing it.

    import sellindex

    with sellindex.Workspace("my.duckdb", create=True) as ws:
        ws.ingest("world/")
        ws.score()
        card = ws.card(42)
        reps = ws.kpis("reps", start="2026-01-01", by="quarter").to_pandas()

KPI methods return Ibis tables, so callers can filter, join or export them before anything runs.
Cards, team boards, rep numbers and insights are the service layer's typed answers: the same
the web app and the API give an admin.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import ibis.expr.types as ir

from sellindex.analysis.reports import RepReport, rep_report
from sellindex.errors import SellindexError
from sellindex.ingest import IngestResult, ingest
from sellindex.ingest.crm_import import ImportResult, import_export
from sellindex.metrics.kpis import (
    TargetProfile,
    Window,
    ads,
    engagement,
    growth,
    rep_kpis,
    social,
)
from sellindex.metrics.ssi.explain import history
from sellindex.metrics.ssi.model import Model, load_model
from sellindex.metrics.ssi.run import (
    ScoredDate,
    calibration,
    default_as_of,
    score_into_snapshots,
)
from sellindex.service import (
    Insights,
    MemberCard,
    RepNumbers,
    Scope,
    TeamBoard,
    insights_view,
    member_card,
    rep_numbers,
    team_board,
)
from sellindex.service.pipeline import Built, build
from sellindex.store import Store, open_store

KPI_SUBJECTS = ("engagement", "growth", "ads", "social", "reps")

DateLike = date | datetime | str | None


def _as_date(value: DateLike) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise SellindexError(f"not a date (YYYY-MM-DD): {value!r}") from None


class Workspace:
    """A store plus an index model: everything sellindex computes, from Python."""

    def __init__(
        self,
        db: str | Path | None = None,
        *,
        create: bool = False,
        read_only: bool = False,
        model: str | Path | None = None,
    ) -> None:
        self.store: Store = open_store(db, create=create, read_only=read_only)
        self.model: Model = load_model(model)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def table(self, name: str) -> ir.Table:
        """Any table of the store (canonical, snapshots, loads, rejects) as an Ibis table."""
        return self.store.table(name)

    def ingest(self, path: str | Path, *, table: str | None = None) -> IngestResult:
        """Validate and load canonical files in one transaction (see `sellindex ingest`)."""
        return ingest(self.store, Path(path), table=table)

    def import_export(
        self,
        path: str | Path,
        kind: str | None = None,
        *,
        mapping: str | Path | None = None,
        dry_run: bool = False,
    ) -> ImportResult:
        """Import a CRM export or pipeline CSV (see `sellindex import`); the kind is detected
        when not given."""
        return import_export(
            self.store,
            Path(path),
            kind,
            mapping=Path(mapping) if mapping is not None else None,
            dry_run=dry_run,
        )

    def score(
        self, as_of: DateLike = None, *, dates: list[DateLike] | None = None
    ) -> list[ScoredDate]:
        """Score every member into dated snapshots; default: the day of the latest activity."""
        wanted = [_as_date(d) for d in dates] if dates else [_as_date(as_of)]
        resolved = [d or default_as_of(self.store) for d in wanted]
        return score_into_snapshots(self.store, self.model, resolved)

    def build(self, world: str | Path, *, weeks: int = 1, method: str = "ingest") -> Built:
        """Load a folder of canonical files (validated; `method="auto"` bulk-loads a world
        `sellindex synth` wrote, as `bench` does) and score `weeks` weekly snapshots."""
        return build(self.store, Path(world), self.model, weeks=weeks, method=method)

    def card(self, member_id: int, as_of: DateLike = None) -> MemberCard:
        """A member's index card: pillars, ranks, change, points per signal, next actions."""
        return member_card(self._scope, self.store, member_id, _as_date(as_of), self.model)

    def team(self, team_id: int, *, sort: str = "total", limit: int = 100) -> TeamBoard:
        """A team's leaderboard (with grades), index distribution and trend."""
        return team_board(self._scope, self.store, team_id, sort, limit=limit)

    def rep(
        self, rep_id: int, *, start: DateLike = None, end: DateLike = None, by: str | None = None
    ) -> RepNumbers:
        """A rep's micro-metrics against the team, grades and trends; without `by`, over the
        period the Rep page would grade (and `grading_reason` says why)."""
        return rep_numbers(self._scope, self.store, rep_id, _as_date(start), _as_date(end), by)

    def insights(
        self,
        outcome: str = "won",
        *,
        start: DateLike = None,
        end: DateLike = None,
        team: int | None = None,
    ) -> Insights:
        """What separates won (or lost) deals, with cautions and coaching per rep."""
        return insights_view(self._scope, self.store, outcome, _as_date(start), _as_date(end), team)

    @property
    def _scope(self) -> Scope:
        """Whoever holds the store file sees everyone."""
        return Scope.everyone(self.store)

    def history(self, member_id: int) -> dict[str, Any]:
        return history(self.store, member_id)

    def calibration(self, as_of: DateLike = None) -> dict[str, Any]:
        """How the model spreads the index over the population on a date."""
        return calibration(self.store, self.model, _as_date(as_of) or default_as_of(self.store))

    def kpis(
        self,
        subject: str,
        *,
        start: DateLike = None,
        end: DateLike = None,
        by: str = "month",
        group: str | None = None,
        target_industries: tuple[str, ...] = (),
        target_seniorities: tuple[str, ...] = (),
    ) -> ir.Table:
        """One KPI family for a window and grouping, as an Ibis table (see `sellindex kpis`)."""
        window = Window.from_dates(_as_date(start), _as_date(end), by)
        if subject == "engagement":
            return engagement(self.store, window, group or "post")
        if subject == "growth":
            return growth(self.store, window, group or "all")
        if subject == "ads":
            return ads(self.store, window, group or "campaign")
        if subject == "social":
            profile = TargetProfile(tuple(target_industries), tuple(target_seniorities))
            return social(self.store, window, group or "member", profile)
        if subject == "reps":
            return rep_kpis(self.store, window, group or "member")
        raise SellindexError(f"unknown KPI subject {subject!r}; one of: {', '.join(KPI_SUBJECTS)}")

    def grades(
        self,
        period: str = "month",
        *,
        start: DateLike = None,
        end: DateLike = None,
        team: int | None = None,
    ) -> RepReport:
        """Grades, intervals and trend verdicts of every rep (see `sellindex grade`)."""
        window = Window.from_dates(
            _as_date(start), _as_date(end), "month" if period == "all" else period
        )
        return rep_report(self.store, period, window.start, window.end, team)
