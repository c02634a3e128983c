"""Which index signals, pillars and KPIs an export's feeds can feed, and why not the others.

The signals come from the model (`ssi.coverage.signal_feeds`), the KPIs from their families
(`kpis.needs`), so the answer follows any model and every KPI. Why a feed is missing is the
export's to say (`ingest.inspection.Inspection.why_absent`), passed in as `why_absent`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sellindex.metrics.kpis.needs import FAMILIES, NEEDS, Needs
from sellindex.metrics.ssi.coverage import signal_feeds, unmet
from sellindex.metrics.ssi.model import PILLAR_POINTS, PILLAR_TITLES, PILLARS, Model

WhyAbsent = Callable[[list[tuple[str, ...]]], str]
"""Why an export meets none of these needs (groups met by any one of their feeds)."""


def reason(needs: Needs, feeds: set[str], why_absent: WhyAbsent) -> str | None:
    """Why `needs` are unmet (each missing feed's reason, once), or None when they are met."""
    missing = unmet(needs, feeds)
    if not missing:
        return None
    return why_absent(missing)


def index_coverage(model: Model, feeds: Iterable[str], why_absent: WhyAbsent) -> dict[str, Any]:
    """Per signal whether the feeds reach it (and why not), and per pillar how many of its
    signals and points they reach."""
    known = set(feeds)
    signals = []
    for s in model.signals:
        why = reason(signal_feeds(s), known, why_absent)
        signals.append(
            {
                "name": s.name,
                "pillar": s.pillar,
                "points": s.points,
                "fed": why is None,
                "reason": why,
            }
        )
    pillars = []
    for p in PILLARS:
        own = [s for s in signals if s["pillar"] == p]
        fed = [s for s in own if s["fed"]]
        pillars.append(
            {
                "pillar": p,
                "title": PILLAR_TITLES[p],
                "signals": len(own),
                "fed": len(fed),
                "points": PILLAR_POINTS,
                "fed_points": round(sum(s["points"] for s in fed), 2),
            }
        )
    fed_points = round(sum(s["points"] for s in signals if s["fed"]), 2)
    return {"model": model.label, "fed_points": fed_points, "signals": signals, "pillars": pillars}


def kpi_coverage(feeds: Iterable[str], why_absent: WhyAbsent) -> list[dict[str, Any]]:
    """Per KPI family, each KPI and whether the feeds give it a value (and why not)."""
    known = set(feeds)
    families = []
    for family, kpis in FAMILIES.items():
        rows = []
        for k in kpis:
            why = reason(NEEDS[k.name], known, why_absent)
            rows.append({"name": k.name, "fed": why is None, "reason": why})
        families.append({"family": family, "kpis": rows})
    return families


def coverage(model: Model, feeds: Iterable[str], why_absent: WhyAbsent) -> dict[str, Any]:
    known = set(feeds)
    return {
        "index": index_coverage(model, known, why_absent),
        "kpis": kpi_coverage(known, why_absent),
    }


def kpi_rows(families: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The KPIs of each family in a few rows: those with a value, then those without, one row
    per reason, for tables a person reads."""
    rows = []
    for family in families:
        fed = [k["name"] for k in family["kpis"] if k["fed"]]
        if fed:
            rows.append({"family": family["family"], "kpis": fed, "fed": True, "reason": None})
        by_reason: dict[str, list[str]] = {}
        for k in family["kpis"]:
            if not k["fed"]:
                by_reason.setdefault(k["reason"], []).append(k["name"])
        rows += [
            {"family": family["family"], "kpis": names, "fed": False, "reason": why}
            for why, names in by_reason.items()
        ]
    return rows
