"""From files to explained scores: the one pipeline `demo`, `bench` and the Python API run, so
a demo store, a benchmark's store and a script's store are built the same way."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sellindex.store import Store

if TYPE_CHECKING:
    from sellindex.ingest import IngestResult
    from sellindex.metrics.ssi.model import Model
    from sellindex.metrics.ssi.run import ScoredDate

WEEK = timedelta(days=7)


def weekly_dates(latest: date, weeks: int) -> list[date]:
    """`weeks` scoring dates a week apart, oldest first, ending on `latest`."""
    if weeks < 1:
        from sellindex.errors import SellindexError

        raise SellindexError(f"score at least one week (got {weeks})")
    return [latest - WEEK * back for back in reversed(range(weeks))]


def score_weeks(
    store: Store,
    model: Model,
    weeks: int = 1,
    latest: date | None = None,
    on_done: Callable[[ScoredDate], None] | None = None,
) -> list[ScoredDate]:
    """Score the last `weeks` weekly dates, ending on `latest` (default: the day of the latest
    activity), so the index has a history and a weekly change from the start."""
    from sellindex.metrics.ssi.run import default_as_of, score_into_snapshots

    dates = weekly_dates(latest or default_as_of(store), weeks)
    return score_into_snapshots(store, model, dates, on_done)


@dataclass
class Built:
    """What `build` did: the load's report, the scored dates, and the index's spread."""

    load: IngestResult
    scored: list[ScoredDate]
    distribution: dict[str, Any] = field(default_factory=dict)

    @property
    def latest(self) -> date:
        return self.scored[-1].as_of


def build(
    store: Store,
    world: Path,
    model: Model,
    *,
    weeks: int = 1,
    memory_limit: str | None = None,
    on_step: Callable[[str], None] | None = None,
) -> Built:
    """Load `world` through the validated `ingest`, score `weeks` weekly snapshots and
    describe the index's spread on the latest one."""
    from sellindex.ingest import ingest
    from sellindex.metrics.ssi.run import calibration

    step = on_step or (lambda _: None)
    step(f"loading {world}")
    loaded = ingest(store, world, memory_limit=memory_limit)
    step(f"scoring {weeks} weekly snapshot{'s' if weeks != 1 else ''}")
    scored = score_weeks(store, model, weeks)
    return Built(loaded, scored, calibration(store, model, scored[-1].as_of))
