"""KPIs as data: each one is a name, a definition and numerator/denominator expressions.

A KPI aggregates one *fact table* (one row per event, lead, deal, ...; every fact table carries
a `period` column and the grouping keys). `compute()` aggregates every KPI's numerator and
denominator per group and period, lines the facts up on those keys and divides. Dividing by zero
gives NULL ("no value"), never 0 and never an error. Because the definitions are Ibis expressions,
the same KPI runs on any engine Ibis supports.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import ibis
import ibis.expr.types as ir

from sellindex.errors import SellindexError
from sellindex.metrics.units import check_unit

Aggregate = Callable[[ir.Table], ir.Value]
DERIVED = ""


@dataclass(frozen=True)
class Kpi:
    """One metric, defined once."""

    name: str
    description: str
    fact: str
    """Fact table aggregated; DERIVED means the expressions read other KPIs' results."""
    numerator: Aggregate
    denominator: Aggregate | None = None
    unit: str = "count"
    """One of `metrics.units.UNITS`: how every interface shows the value."""
    higher_is_better: bool | None = None
    """For trend verdicts: True, False, or None when neither direction is better."""
    formula: str = ""
    """The definition in words and symbols, shown in docs and --help."""
    summable: bool = True
    """A count or sum (0 when nothing happened); False for means, medians and percentiles,
    which have no value then. Ratios never have a value over an empty denominator."""
    label: str = ""
    """What a person reads in place of the name: "Speed to lead (median hours)"."""

    def __post_init__(self) -> None:
        check_unit(self.unit, self.name)

    @property
    def additive(self) -> bool:
        return self.denominator is None and self.summable


GROUP_COLUMNS: dict[str, str] = {
    "member": "member_id",
    "team": "team_id",
    "company": "company_id",
    "industry": "industry",
    "post": "content_id",
    "campaign": "campaign_id",
}
"""Grouping a user can ask for -> the key column it produces."""


def group_keys(group: str, allowed: Sequence[str]) -> list[str]:
    """The key columns for `--group`; `all` means one row per period."""
    if group != "all" and group not in allowed:
        raise SellindexError(
            f"cannot group these KPIs by {group!r}; choose one of: {', '.join([*allowed, 'all'])}"
        )
    return [] if group == "all" else [GROUP_COLUMNS[group]]


def compute(
    kpis: Sequence[Kpi],
    facts: Mapping[str, ir.Table],
    keys: Sequence[str],
    frame: ir.Table | None = None,
) -> ir.Table:
    """One row per group key and period with one column per KPI.

    `frame` lists the (keys, period) rows to report, e.g. every member for every period so
    empty periods show up; without it, every (keys, period) seen in any fact is reported.
    """
    by = [*keys, "period"]
    aggregates: list[ir.Table] = []
    for fact_name in dict.fromkeys(k.fact for k in kpis if k.fact != DERIVED):
        fact = facts[fact_name]
        measures: dict[str, ir.Scalar] = {}
        for kpi in (k for k in kpis if k.fact == fact_name):
            measures[f"{kpi.name}__num"] = kpi.numerator(fact)
            if kpi.denominator is not None:
                measures[f"{kpi.name}__den"] = kpi.denominator(fact)
        aggregates.append(fact.group_by(by).aggregate(**measures))
    if frame is None:
        frame = ibis.union(*(a.select(*by) for a in aggregates), distinct=True)
    result = frame.select(*by)
    for aggregate in aggregates:
        joined = result.left_join(aggregate, by)
        result = joined.drop(*(f"{c}_right" for c in by if f"{c}_right" in joined.columns))
    base = [k for k in kpis if k.fact != DERIVED]
    derived = [k for k in kpis if k.fact == DERIVED]
    columns: dict[str, ir.Value] = {}
    for kpi in base:
        den = result[f"{kpi.name}__den"] if kpi.denominator is not None else None
        columns[kpi.name] = _finish(kpi, result[f"{kpi.name}__num"], den)
    result = result.select(*by, **columns)
    if derived:
        result = result.mutate(
            **{
                k.name: _finish(
                    k, k.numerator(result), k.denominator(result) if k.denominator else None
                )
                for k in derived
            }
        )
    return result.select(*by, *(k.name for k in kpis)).order_by(by)


def _finish(kpi: Kpi, numerator: ir.Value, denominator: ir.Value | None) -> ir.Value:
    if denominator is not None:
        return numerator.cast("float64") / denominator.nullif(0)
    if kpi.additive:
        return numerator.fill_null(0)
    return numerator


def kpi_catalogue(kpis: Sequence[Kpi]) -> list[dict[str, str | bool | None]]:
    """What each KPI means, for docs, --help and JSON output."""
    return [
        {
            "name": k.name,
            "label": k.label,
            "unit": k.unit,
            "definition": k.formula or k.description,
            "higher_is_better": k.higher_is_better,
        }
        for k in kpis
    ]
