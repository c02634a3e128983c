"""KPI families for the whole company, one row per period."""

from __future__ import annotations

from datetime import date
from typing import Any

from sellindex.errors import SellindexError
from sellindex.metrics.kpis import (
    ADS_KPIS,
    ENGAGEMENT_KPIS,
    Window,
    ads,
    engagement,
    growth,
    kpi_catalogue,
)
from sellindex.metrics.kpis.growth import bounded_window, growth_kpis_for
from sellindex.metrics.kpis.periods import NothingToReport
from sellindex.service.cache import RESULTS
from sellindex.service.periods import data_end, window_of
from sellindex.service.results import KpiTable
from sellindex.service.rows import clean
from sellindex.store import Store

KPI_FAMILIES = ("engagement", "growth", "ads")
_FIXED_WINDOW_FAMILIES = {"engagement": (engagement, ENGAGEMENT_KPIS), "ads": (ads, ADS_KPIS)}


def _kpi_rows(store: Store, family: str, window: Window) -> dict[str, Any]:
    if family in _FIXED_WINDOW_FAMILIES:
        compute, kpis = _FIXED_WINDOW_FAMILIES[family]
        rows = compute(store, window, "all").to_pyarrow().to_pylist()
        return {"rows": rows, "definitions": kpi_catalogue(kpis), "window": window}
    try:
        bounded = bounded_window(store, window)
    except NothingToReport:
        empty = {"rows": [], "definitions": kpi_catalogue(growth_kpis_for(window.grain))}
        return {**empty, "window": window}
    return {
        "rows": growth(store, bounded, "all").to_pyarrow().to_pylist(),
        "definitions": kpi_catalogue(growth_kpis_for(bounded.grain)),
        "window": bounded,
    }


def kpi_table(
    store: Store,
    family: str,
    start: date | None,
    end: date | None,
    grain: str,
    limit: int,
    offset: int,
) -> KpiTable:
    """One KPI family for the whole company, one row per period (cached per window), with the
    first period that is not over yet marked."""
    if family not in KPI_FAMILIES:
        raise SellindexError(f"KPI family must be one of: {', '.join(KPI_FAMILIES)}")
    window = window_of(start, end, grain)
    result = RESULTS.get(store, ("kpis", family, window), lambda: _kpi_rows(store, family, window))
    rows = clean(result["rows"])
    shown = result["window"]
    covered = shown.end or data_end(store)
    unfinished = shown.first_unfinished([row["period"] for row in rows], covered)
    return {
        "family": family,
        "window": {"from": shown.start, "to_exclusive": shown.end, "by": grain},
        "first_unfinished": unfinished if unfinished < len(rows) else None,
        "definitions": result["definitions"],
        "total": len(rows),
        "limit": limit,
        "offset": offset,
        "rows": rows[offset : offset + limit],
    }
