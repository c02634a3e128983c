"""What every metric means, for whoever shows it: one entry per KPI, index signal, pillar and
the index itself, each with a label, a unit, a definition and the direction that is better.

The entries are read off the definitions (`Kpi` fields, the model's signals and pillars), not
kept beside them, so a new KPI or signal is in the glossary, the docs and every table at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sellindex.metrics.kpis.core import Kpi
from sellindex.metrics.kpis.needs import FAMILIES
from sellindex.metrics.ssi.model import (
    PILLAR_LABELS,
    PILLAR_POINTS,
    PILLAR_TITLES,
    PILLARS,
    EventCount,
    Model,
    Signal,
    load_model,
)
from sellindex.metrics.ssi.signals import PROFILE_ITEMS
from sellindex.schema import DECISION_MAKER_SENIORITIES, SENIORITY_LABELS

KINDS = ("index", "pillar", "signal", "kpi")
INDEX_FAMILY = "Social Selling Index"


@dataclass(frozen=True)
class MetricInfo:
    """How to present one metric; `name` stays the machine name of JSON, CSV and the API."""

    name: str
    kind: str
    """One of KINDS: a KPI and a signal may share a name (engagement_received)."""
    family: str
    label: str
    unit: str
    definition: str
    """What it measures, in a sentence."""
    formula: str
    """How it is computed, in words and symbols."""
    higher_is_better: bool | None

    @property
    def key(self) -> str:
        """Unique over every kind: the glossary's anchor."""
        return f"{self.kind}-{self.name}"


def kpi_info(kpi: Kpi, family: str) -> MetricInfo:
    return MetricInfo(
        name=kpi.name,
        kind="kpi",
        family=family,
        label=kpi.label or kpi.name.replace("_", " ").capitalize(),
        unit=kpi.unit,
        definition=kpi.description,
        formula=kpi.formula,
        higher_is_better=kpi.higher_is_better,
    )


def signal_info(signal: Signal) -> MetricInfo:
    """A signal's raw value: a share for rates (successes over trials), a count otherwise.
    More of it never earns fewer points, so higher is always better."""
    return MetricInfo(
        name=signal.name,
        kind="signal",
        family=f"{PILLAR_LABELS[signal.pillar]} pillar",
        label=signal.label,
        unit="share" if signal.source.is_rate else "count",
        definition=signal.description or signal.label,
        formula=f"{signal_formula(signal)}; up to {signal.points:g} of the pillar's "
        f"{PILLAR_POINTS:g} points",
        higher_is_better=True,
    )


def _events(count: EventCount) -> str:
    whose = "by the member" if count.role == "actor" else "targeting the member"
    if count.measure == "distinct_days":
        what = " or ".join(count.events) if count.events else "any activity"
        return f"days with {what} {whose}"
    return f"{' + '.join(count.events)} events {whose}"


_PROFILE_ITEM_WORDS = {
    "has_photo": "photo",
    "has_headline": "headline",
    "has_summary": "summary",
}


def _profile_item(column: str, least: int) -> str:
    if column in _PROFILE_ITEM_WORDS:
        return _PROFILE_ITEM_WORDS[column]
    return f"{column.removesuffix('_count').replace('_', ' ')} >= {least}"


def _segment(segment: str | None) -> str:
    if segment == "decision_makers":
        levels = " or ".join(SENIORITY_LABELS[s] for s in DECISION_MAKER_SENIORITIES)
        return f"connections who are {levels}"
    if segment == "same_company":
        return "connections at the member's company"
    return "first-degree connections"


def signal_formula(signal: Signal) -> str:
    """The signal's raw value in words, from its source and window."""
    source = signal.source
    window = f" in the last {signal.window_days} days" if signal.window_days else ""
    if source.kind == "profile_completeness":
        items = ", ".join(_profile_item(c, n) for c, n in PROFILE_ITEMS)
        return f"profile items present, of {len(PROFILE_ITEMS)}: {items}"
    if source.kind == "profile_count":
        items = (source.column or "").removesuffix("_count").replace("_", " ")
        return f"{items} items on the profile"
    if source.kind == "events" and source.events is not None:
        return _events(source.events) + window
    if source.kind == "prospecting_views":
        return f"profile views by the member of people outside their network{window}"
    if source.kind == "connections":
        return f"{_segment(source.segment)} on the scoring date"
    if source.kind == "acceptance_rate":
        return f"invitations accepted / invitations sent{window}"
    successes = " + ".join(_events(c) for c in source.successes)
    trials = " + ".join(_events(c) for c in source.trials)
    return f"({successes}) / ({trials}){window}, at most one success per trial"


def pillar_info(model: Model, pillar: str) -> MetricInfo:
    parts = " + ".join(s.label.lower() for s in model.pillar_signals(pillar))
    return MetricInfo(
        name=pillar,
        kind="pillar",
        family=INDEX_FAMILY,
        label=PILLAR_LABELS[pillar],
        unit="points",
        definition=f"{PILLAR_TITLES[pillar]}: one of the index's four pillars.",
        formula=f"sum of its signals' points, 0-{PILLAR_POINTS:g}: {parts}",
        higher_is_better=True,
    )


def index_info() -> MetricInfo:
    parts = " + ".join(PILLAR_LABELS[p].lower() for p in PILLARS)
    return MetricInfo(
        name="index",
        kind="index",
        family=INDEX_FAMILY,
        label="Social Selling Index",
        unit="points",
        definition="How well a member sells through their network, 0-100.",
        formula=f"sum of the four pillars' points, 0-{PILLAR_POINTS * len(PILLARS):g}: {parts}",
        higher_is_better=True,
    )


def build_catalogue(model: Model) -> tuple[MetricInfo, ...]:
    """Every metric, in reading order: the index, its pillars and signals, then the KPIs."""
    entries = [index_info(), *(pillar_info(model, p) for p in PILLARS)]
    entries += [signal_info(s) for p in PILLARS for s in model.pillar_signals(p)]
    for family, kpis in FAMILIES.items():
        entries += [kpi_info(k, family.capitalize()) for k in kpis]
    return tuple(entries)


@cache
def catalogue() -> tuple[MetricInfo, ...]:
    """The catalogue of the default model, the one every interface scores with."""
    return build_catalogue(load_model())


@cache
def _by_key() -> dict[tuple[str, str], MetricInfo]:
    return {(m.kind, m.name): m for m in catalogue()}


def metric(name: str, kind: str = "kpi") -> MetricInfo:
    """The entry of one metric; KeyError when there is no such metric of that kind."""
    try:
        return _by_key()[kind, name]
    except KeyError:
        raise KeyError(f"no {kind} named {name!r} in the catalogue") from None


def label(name: str, kind: str = "kpi") -> str:
    """The label of a metric. A name the catalogue does not hold (a signal of a model given
    with --model) reads as the name with spaces, so a custom model still shows."""
    found = _by_key().get((kind, name))
    return found.label if found else name.replace("_", " ")


def unit(name: str, kind: str = "kpi") -> str:
    """The unit of a metric; a signal the catalogue does not hold counts something."""
    found = _by_key().get((kind, name))
    return found.unit if found else "count"
