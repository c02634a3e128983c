"""Per rep and period, the sufficient statistics that intervals need for each rep metric.

Grades and trend verdicts need more than the metric's value: a rate needs its successes and
trials, an average its count and variance, a booked total the sum of its squared amounts. They
are computed in the engine from the same fact tables as the KPIs, then handed to numpy as a
small frame (one row per rep and period).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import ibis.expr.types as ir
import numpy as np
import pandas as pd

from sellindex.metrics.kpis.core import Kpi, compute
from sellindex.metrics.kpis.periods import Window
from sellindex.metrics.kpis.reps import REP_KPIS_BY_NAME, rep_facts
from sellindex.store.engines import TableSource

PROPORTION = "proportion"
MEAN = "mean"
LOG_MEAN = "log_mean"
SUM = "sum"
COUNT = "count"


@dataclass(frozen=True)
class MetricStatistic:
    """How the uncertainty of one rep metric is measured."""

    metric: str
    kind: str
    fact: str
    column: str = ""
    """Fact column averaged or summed (mean, log_mean, sum); successes (proportion)."""
    trials: Callable[[ir.Table], ir.Scalar] | None = None
    note: str = ""

    @property
    def higher_is_better(self) -> bool | None:
        return REP_KPIS_BY_NAME[self.metric].higher_is_better


def _column_sum(column: str) -> Callable[[ir.Table], ir.Scalar]:
    return lambda t: t[column].sum()


def _rows(t: ir.Table) -> ir.Scalar:
    return t.count()


METRIC_STATISTICS: tuple[MetricStatistic, ...] = (
    MetricStatistic("leads_assigned", COUNT, "leads", trials=_rows),
    MetricStatistic("untouched_leads", PROPORTION, "leads", "untouched", _rows,
                    note="tested as the share of assigned leads left untouched"),
    MetricStatistic("speed_to_lead_median_h", LOG_MEAN, "leads", "hours_to_first_touch",
                    note="tested on the mean of log(1 + hours), robust to a few slow leads"),
    MetricStatistic("speed_to_lead_p90_h", LOG_MEAN, "leads", "hours_to_first_touch",
                    note="tested on the mean of log(1 + hours), as for the median"),
    MetricStatistic("inbound_leads", COUNT, "leads", trials=_column_sum("inbound")),
    MetricStatistic("inbound_qualified_share", PROPORTION, "leads", "inbound_qualified",
                    _column_sum("inbound")),
    MetricStatistic("qualified_leads", COUNT, "qualified", trials=_rows),
    MetricStatistic("qualified_to_opportunity", PROPORTION, "qualified", "converted", _rows),
    MetricStatistic("opportunities", COUNT, "opened", trials=_rows),
    MetricStatistic("lead_flow_share", PROPORTION, "opened", "from_lead", _rows),
    MetricStatistic("won_deals", COUNT, "closed", trials=_column_sum("won")),
    MetricStatistic("lost_deals", COUNT, "closed", trials=_column_sum("lost")),
    MetricStatistic("win_rate", PROPORTION, "closed", "won",
                    lambda t: t.won.sum() + t.lost.sum()),
    MetricStatistic("booked_revenue", SUM, "closed", "won_amount",
                    lambda t: t.won.sum() + t.lost.sum(),
                    note="interval treats the number of wins as Poisson (compound Poisson sum)"),
    MetricStatistic("avg_deal_size", MEAN, "closed", "won_amount"),
    MetricStatistic("sales_cycle_days", MEAN, "closed", "won_cycle_days"),
    MetricStatistic("touches_to_win", MEAN, "closed", "won_touches"),
    MetricStatistic("touches_to_loss", MEAN, "closed", "lost_touches"),
)  # fmt: skip

STATISTICS_BY_METRIC = {s.metric: s for s in METRIC_STATISTICS}


def _statistic_kpis(spec: MetricStatistic) -> list[Kpi]:
    """Helper KPIs named `<metric>__<stat>` that carry the statistic's inputs."""
    name = spec.metric
    if spec.kind == COUNT:
        assert spec.trials is not None
        return [Kpi(f"{name}__n", "", spec.fact, spec.trials)]
    if spec.kind == PROPORTION:
        assert spec.trials is not None
        return [
            Kpi(f"{name}__k", "", spec.fact, _column_sum(spec.column)),
            Kpi(f"{name}__n", "", spec.fact, spec.trials),
        ]
    if spec.kind == SUM:
        assert spec.trials is not None
        column = spec.column
        return [
            Kpi(f"{name}__total", "", spec.fact, lambda t: t[column].sum(), unit="money"),
            Kpi(f"{name}__squares", "", spec.fact, lambda t: (t[column] * t[column]).sum()),
            Kpi(f"{name}__n", "", spec.fact, spec.trials),
        ]
    column = spec.column

    def values(t: ir.Table) -> ir.FloatingColumn:
        raw = t[column].cast("float64")
        return (raw + 1.0).ln() if spec.kind == LOG_MEAN else raw

    return [
        Kpi(f"{name}__n", "", spec.fact, lambda t: t[column].count()),
        Kpi(f"{name}__mean", "", spec.fact, lambda t: values(t).mean(), summable=False),
        Kpi(f"{name}__var", "", spec.fact, lambda t: values(t).var(), summable=False),
    ]


def rep_statistics_expr(store: TableSource, window: Window) -> ir.Table:
    """The inputs of grades and trend verdicts as one expression, for any engine: one row per
    rep and period that has any data, with the metric values and their statistics."""
    helpers = [kpi for spec in METRIC_STATISTICS for kpi in _statistic_kpis(spec)]
    values = [REP_KPIS_BY_NAME[s.metric] for s in METRIC_STATISTICS]
    by_name = {k.name: k for k in [*values, *helpers]}
    table = compute(list(by_name.values()), rep_facts(store, window), ["member_id"])
    teams = store.table("members").select("member_id", "team_id")
    joined = table.left_join(teams, "member_id")
    return joined.drop(*(c for c in joined.columns if c.endswith("_right")))


def rep_statistics(store: TableSource, window: Window) -> pd.DataFrame:
    """`rep_statistics_expr` computed, as a frame."""
    frame = rep_statistics_expr(store, window).to_pyarrow().to_pandas()
    frame["period"] = pd.to_datetime(frame["period"])
    return frame


def complete_grid(stats: pd.DataFrame, window: Window) -> pd.DataFrame:
    """Every rep in every period from their first to the last overall, gaps as empty periods.

    An empty period is data (no deals closed is zero wins out of zero), so counts become 0 and
    averages stay missing.
    """
    if stats.empty:
        return stats
    frequency = {"day": "D", "week": "W-MON", "month": "MS", "quarter": "QS"}[window.grain]
    periods = pd.date_range(stats["period"].min(), stats["period"].max(), freq=frequency)
    reps = stats[["member_id", "team_id"]].drop_duplicates("member_id")
    grid = reps.merge(pd.DataFrame({"period": periods}), how="cross")
    merged = grid.merge(stats.drop(columns="team_id"), on=["member_id", "period"], how="left")
    first = stats.groupby("member_id")["period"].min().rename("first_period")
    merged = merged.merge(first, on="member_id")
    merged = merged[merged["period"] >= merged["first_period"]].drop(columns="first_period")
    counts = {k.name for k in REP_KPIS_BY_NAME.values() if k.additive}
    summable = [
        c
        for c in merged.columns
        if c in counts or c.endswith(("__n", "__k", "__total", "__squares"))
    ]
    merged[summable] = merged[summable].fillna(0)
    return merged.sort_values(["member_id", "period"]).reset_index(drop=True)


def as_float(frame: pd.DataFrame, column: str) -> np.ndarray:
    return frame[column].to_numpy(dtype=np.float64, na_value=np.nan)
