"""KPIs over the canonical tables, each defined once as data (see `core.Kpi`).

Families: engagement, growth (and retention), advertising, social selling and rep
micro-metrics. Every family takes a `Window` (period bounds and grain) and a grouping and
returns an Ibis table, so the same definitions run on DuckDB or on a cluster engine.
"""

from sellindex.metrics.kpis.ads import ADS_KPIS, ads
from sellindex.metrics.kpis.core import Kpi, compute, kpi_catalogue
from sellindex.metrics.kpis.engagement import ENGAGEMENT_KPIS, engagement
from sellindex.metrics.kpis.growth import GROWTH_KPIS, growth, retention
from sellindex.metrics.kpis.periods import GRAINS, Window
from sellindex.metrics.kpis.reps import (
    REP_KPI_NAMES,
    REP_KPIS,
    REP_KPIS_BY_NAME,
    rep_exclusions,
    rep_kpis,
    with_team_comparison,
)
from sellindex.metrics.kpis.social import SOCIAL_KPIS, TargetProfile, social

__all__ = [
    "ADS_KPIS",
    "ENGAGEMENT_KPIS",
    "GRAINS",
    "GROWTH_KPIS",
    "REP_KPIS",
    "REP_KPIS_BY_NAME",
    "REP_KPI_NAMES",
    "SOCIAL_KPIS",
    "Kpi",
    "TargetProfile",
    "Window",
    "ads",
    "compute",
    "engagement",
    "growth",
    "kpi_catalogue",
    "rep_exclusions",
    "rep_kpis",
    "retention",
    "social",
    "with_team_comparison",
]
