"""Reporting windows: which rows fall in `--from`/`--to`, and which period each belongs to.

Periods are calendar buckets (day, ISO week starting Monday, month, quarter) of a UTC timestamp.
`--from` is inclusive and `--to` is inclusive of the whole day it names, so
`--from 2024-01-01 --to 2024-03-31` covers the first quarter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

import ibis
import ibis.expr.types as ir

from sellindex.errors import SellindexError

GRAINS: dict[str, tuple[str, str, dict[str, int]]] = {
    "day": ("D", "day", {"days": 1}),
    "week": ("W", "week", {"days": 7}),
    "month": ("M", "month", {"months": 1}),
    "quarter": ("Q", "quarter", {"months": 3}),
}
"""grain name -> (truncation unit, unit for period differences, interval of one period).

A week is seven days: Trino has no interval of weeks."""

EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2199, 12, 31)
"""The dates a window may name: wide enough for any record, narrow enough that every date
arithmetic on them stays inside what Python and the engines can represent."""
MAX_PERIODS = 5_000
"""The most periods one report may list (13 years of days); more is never read by a person."""
_GRAIN_DAYS = {"day": 1, "week": 7, "month": 28, "quarter": 89}


class Grain(StrEnum):
    """The period lengths a user can pick; the same choices as `GRAINS`."""

    day = "day"
    week = "week"
    month = "month"
    quarter = "quarter"


@dataclass(frozen=True)
class Window:
    """A reporting window and the grain of its periods. Bounds are optional and naive UTC."""

    start: datetime | None = None
    end: datetime | None = None
    """Exclusive upper bound."""
    grain: str = "month"

    def __post_init__(self) -> None:
        if self.grain not in GRAINS:
            raise SellindexError(
                f"unknown period {self.grain!r}; choose one of: {', '.join(GRAINS)}"
            )
        if self.start is not None and self.end is not None and self.end <= self.start:
            raise SellindexError("--to must not be before --from")

    @classmethod
    def from_dates(
        cls, start: date | datetime | None, end: date | datetime | None, grain: str = "month"
    ) -> Window:
        """Build a window from the dates a user typed; `end` covers the whole day it names.

        A date outside `EARLIEST_DAY`..`LATEST_DAY` is refused with a message naming the
        bound it was given as (`from` or `to`).
        """
        check_day("from", start)
        check_day("to", end)
        start_ts = _as_datetime(start) if start is not None else None
        end_ts = None
        if end is not None:
            end_ts = _as_datetime(end)
            if not isinstance(end, datetime) or end_ts.time() == time(0):
                end_ts = datetime.combine(end_ts.date(), time(0)) + timedelta(days=1)
        return cls(start_ts, end_ts, grain)

    @property
    def unit(self) -> str:
        return GRAINS[self.grain][0]

    @property
    def delta_unit(self) -> str:
        return GRAINS[self.grain][1]

    @property
    def step(self) -> ir.IntervalScalar:
        return ibis.interval(**GRAINS[self.grain][2])

    def contains(self, column: ir.TimestampValue) -> ir.BooleanValue:
        """True where `column` lies inside the window (NULL timestamps are outside)."""
        condition = column.notnull()
        if self.start is not None:
            condition &= column >= ibis.literal(self.start)
        if self.end is not None:
            condition &= column < ibis.literal(self.end)
        return condition

    def period(self, column: ir.TimestampValue) -> ir.TimestampValue:
        """The start of the period that `column` falls in."""
        return column.cast("timestamp").truncate(self.unit)

    def period_end(self, period_start: ir.TimestampValue) -> ir.TimestampValue:
        return period_start + self.step

    def next_period(self, period_start: datetime) -> datetime:
        """Where the period starting at `period_start` ends, in Python (for presentation)."""
        months = GRAINS[self.grain][2].get("months")
        if months is None:
            return period_start + timedelta(**GRAINS[self.grain][2])
        year, month = divmod(period_start.month - 1 + months, 12)
        return period_start.replace(year=period_start.year + year, month=month + 1)

    def first_unfinished(self, periods: list[datetime], covered_until: datetime | None) -> int:
        """The index of the first period that ends after `covered_until` (the window's end or
        the data's): from there on a period is only partly counted."""
        if covered_until is None:
            return len(periods)
        return next(
            (i for i, start in enumerate(periods) if self.next_period(start) > covered_until),
            len(periods),
        )

    def bounded(self, first: datetime | None, last: datetime | None) -> Window:
        """This window with missing bounds taken from the data's first and last timestamps."""
        start = self.start if self.start is not None else first
        end = (
            self.end
            if self.end is not None
            else (last + timedelta(microseconds=1) if last else None)
        )
        return Window(start, end, self.grain)

    def period_count(self) -> int:
        """An upper bound on the periods of a bounded window (calendar months and quarters
        are counted at their shortest)."""
        if self.start is None or self.end is None:
            raise ValueError("only a bounded window has a number of periods")
        return (self.end - self.start).days // _GRAIN_DAYS[self.grain] + 1

    def check_period_count(self) -> None:
        """Refuse a report longer than `MAX_PERIODS`, naming the choice that makes it so."""
        count = self.period_count()
        if count > MAX_PERIODS:
            raise SellindexError(
                f"`by` {self.grain} over {self.start:%Y-%m-%d}..{self.end:%Y-%m-%d} makes about "
                f"{count:,} periods, more than the {MAX_PERIODS:,} a report may list; choose "
                "longer periods or a shorter window"
            )

    def spine(self) -> ir.Table:
        """One row per period of a bounded window, empty periods included (column `period`)."""
        if self.start is None or self.end is None:
            raise ValueError("a period spine needs both bounds; call bounded() first")
        first = self.period(ibis.literal(self.start))
        return (
            ibis.range(first, ibis.literal(self.end), self.step).unnest().name("period").as_table()
        )


def check_day(name: str, value: date | datetime | None) -> None:
    """Refuse a day outside `EARLIEST_DAY`..`LATEST_DAY`, naming the parameter it came as."""
    day = value.date() if isinstance(value, datetime) else value
    if day is not None and not EARLIEST_DAY <= day <= LATEST_DAY:
        raise SellindexError(f"`{name}` ({day}) must lie between {EARLIEST_DAY} and {LATEST_DAY}")


class NothingToReport(SellindexError):
    """The window and the data do not meet: there is no period to list."""


def _as_datetime(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo is None else value.astimezone(UTC).replace(tzinfo=None)
    return datetime.combine(value, time(0))


def data_bounds(*columns: tuple[ir.Table, str]) -> tuple[datetime | None, datetime | None]:
    """Earliest and latest timestamp over (table, column) pairs, for windows left open."""
    firsts, lasts = [], []
    for table, name in columns:
        column = table[name].cast("timestamp")
        row = table.aggregate(first=column.min(), last=column.max()).to_pyarrow().to_pylist()[0]
        if row["first"] is not None:
            firsts.append(row["first"])
            lasts.append(row["last"])
    return (min(firsts) if firsts else None, max(lasts) if lasts else None)
