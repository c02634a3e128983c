"""Windows and periods as every interface offers them: checked, and with presets that end on
the last activity on record."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sellindex.errors import SellindexError
from sellindex.metrics.kpis import Window
from sellindex.metrics.kpis.periods import data_bounds
from sellindex.service.cache import RESULTS
from sellindex.store import Store


def window_of(start: date | None, end: date | None, grain: str) -> Window:
    """The window `from`..`to` in periods of `grain`, refusing one that ends before it starts."""
    if start is not None and end is not None and end < start:
        raise SellindexError(f"`to` ({end}) is before `from` ({start})")
    return Window.from_dates(start, end, grain)


def grading_window(start: date | None, end: date | None, grain: str) -> Window:
    """Grading over the whole window ("all") still steps through it by month."""
    return window_of(start, end, "month" if grain == "all" else grain)


def activity_span(store: Store) -> tuple[datetime | None, datetime | None]:
    """The first and last activity on record (None, None without any)."""
    return RESULTS.get(
        store, ("activity-span",), lambda: data_bounds((store.table("activity"), "occurred_at"))
    )


def data_end(store: Store) -> datetime | None:
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
