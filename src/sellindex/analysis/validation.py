"""Does the index predict sales? The question the commercial index answers only with a
self-fitted comparison of extreme groups.

For each rep and scoring date, the index (and each pillar) against the opportunities the rep
opened and the deals they won in the next `horizon` days (`metrics.index_outcomes`):

- Poisson regressions of each count on the index, split into a within-rep part (the rep's index
  on that date minus their mean: "when a rep's index rises, do more deals follow?") and a
  between-rep part (the rep's mean: "do reps with higher indexes sell more?"), adjusted for
  tenure, the rep's usual segment, their past performance (opportunities opened and deals
  won in the `horizon` days before) and each date's common level, with errors clustered by rep;
- effects per 10 points, as rate ratios with 95% intervals;
- fitted on the earlier dates and tested on a later, held-out period: the same estimate there,
  and whether adding the index to the other predictors improves the prediction of the held-out
  counts (mean log-likelihood per rep and date).
"""

from __future__ import annotations

import math
import warnings
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from sellindex.errors import SellindexError
from sellindex.metrics.index_outcomes import PILLAR_COLUMNS, index_outcome_panel
from sellindex.store import Store

OUTCOMES = {"opened_next": "opportunities opened", "won_next": "deals won"}
PREDICTOR_LABELS = {
    "total": "Social Selling Index",
    "brand": "professional brand",
    "find": "finding the right people",
    "engage": "engaging with insights",
    "relationships": "building relationships",
}
POINTS = 10.0
"""Effects are per this many points of the index or a pillar."""
MIN_REPS = 8
MIN_ROWS = 50
LEVEL = 0.95


@dataclass
class RateRatio:
    value: float
    low: float
    high: float
    p: float
    p_adjusted: float | None = None
    significant: bool = False


@dataclass
class Validation:
    outcome: str
    predictor: str
    label: str
    within: RateRatio | None = None
    between: RateRatio | None = None
    held_out_within: RateRatio | None = None
    held_out_between: RateRatio | None = None
    held_out_gain: float | None = None
    """Mean log-likelihood per rep and date gained on the held-out period by adding the
    predictor (positive: it helps predict)."""


@dataclass
class ValidationReport:
    horizon_days: int
    training: dict[str, Any]
    held_out: dict[str, Any]
    reps: int
    tests: int = 0
    rows: list[Validation] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _segments(store: Store) -> pd.DataFrame:
    """Each rep's usual segment: the one most of their deals' accounts are in."""
    rows = store.con.execute(
        """
        SELECT o.owner_id AS member_id, coalesce(a.segment, 'unknown') AS segment, count(*) AS n
        FROM opportunities o LEFT JOIN accounts a USING (account_id)
        GROUP BY ALL
        """
    ).df()
    if rows.empty:
        return pd.DataFrame(columns=["member_id", "segment"])
    rows = rows.sort_values(["member_id", "n", "segment"], ascending=[True, False, True])
    return rows.drop_duplicates("member_id")[["member_id", "segment"]]


def _design(frame: pd.DataFrame, predictor: str | None, rep_means: pd.Series | None):
    parts = {
        "const": np.ones(len(frame)),
        "tenure_years": frame["tenure_years"].to_numpy(),
        "tenure_known": frame["tenure_known"].to_numpy(),
        "opened_before": np.log1p(frame["opened_before"].to_numpy()),
        "won_before": np.log1p(frame["won_before"].to_numpy()),
    }
    design = pd.DataFrame(parts, index=frame.index)
    if predictor is not None and rep_means is not None:
        mean = frame["member_id"].map(rep_means).to_numpy()
        design.insert(0, "between", mean / POINTS)
        design.insert(0, "within", (frame[predictor].to_numpy() - mean) / POINTS)
    segments = pd.get_dummies(frame["segment"], prefix="segment", drop_first=True, dtype=float)
    # Every scoring date its own level: a season, or indexes that all rise as the activity on
    # record grows, must not pass for an effect of any one rep's index.
    dates = pd.get_dummies(frame["as_of"].astype(str), prefix="date", drop_first=True, dtype=float)
    design = pd.concat([design, segments, dates], axis=1)
    return design.loc[:, (design.std(ddof=0) > 0) | (design.columns == "const")]


def _fit(y: np.ndarray, design: pd.DataFrame, groups: np.ndarray) -> Any:
    import statsmodels.api as sm

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = sm.GLM(y, design, family=sm.families.Poisson())
        return model.fit(cov_type="cluster", cov_kwds={"groups": groups}, use_t=True)


def _ratio(fitted: Any, term: str) -> RateRatio | None:
    if term not in fitted.params.index:
        return None
    coefficient, error = float(fitted.params[term]), float(fitted.bse[term])
    if not (math.isfinite(coefficient) and math.isfinite(error)) or error <= 0:
        return None
    low, high = (float(b) for b in fitted.conf_int(1 - LEVEL).loc[term])
    return RateRatio(
        math.exp(coefficient), math.exp(low), math.exp(high), float(fitted.pvalues[term])
    )


def _log_likelihood(fitted: Any, design: pd.DataFrame, y: np.ndarray) -> float:
    from scipy import stats

    columns = list(fitted.params.index)
    aligned = design.reindex(columns=columns, fill_value=0.0)
    mu = np.exp(aligned.to_numpy() @ fitted.params.to_numpy())
    return float(stats.poisson.logpmf(y, mu).mean())


def _prepared(store: Store, horizon_days: int) -> pd.DataFrame:
    panel = index_outcome_panel(store, horizon_days).to_pyarrow().to_pandas()
    if panel.empty:
        return panel
    panel = panel.merge(_segments(store), on="member_id", how="left")
    panel["segment"] = panel["segment"].fillna("unknown")
    tenure = panel["tenure_years"].astype("float64")
    panel["tenure_known"] = tenure.notna().astype(float)
    panel["tenure_years"] = tenure.fillna(tenure.median() if tenure.notna().any() else 0.0)
    return panel.sort_values(["as_of", "member_id"]).reset_index(drop=True)


def validate(store: Store, horizon_days: int = 90, held_out_share: float = 0.3) -> ValidationReport:
    """The index against sales in the next `horizon_days`, with the later `held_out_share` of
    scoring dates kept apart for testing."""
    if horizon_days < 7:
        raise SellindexError("--horizon must be at least 7 days")
    return validate_panel(_prepared(store, horizon_days), horizon_days, held_out_share)


def validate_panel(
    panel: pd.DataFrame, horizon_days: int = 90, held_out_share: float = 0.3
) -> ValidationReport:
    """`validate` on a prepared panel (one row per rep and date, see `_prepared`)."""
    if not 0.1 <= held_out_share <= 0.5:
        raise SellindexError("--held-out must be between 0.1 and 0.5")
    dates = sorted(panel["as_of"].unique()) if not panel.empty else []
    reps = int(panel["member_id"].nunique()) if not panel.empty else 0
    if len(dates) < 4 or reps < MIN_REPS or len(panel) < MIN_ROWS:
        raise SellindexError(
            f"not enough data to validate: {len(panel)} rep-dates of {reps} reps on "
            f"{len(dates)} scoring dates whose next {horizon_days} days the CRM covers (needs "
            f"{MIN_ROWS} rep-dates, {MIN_REPS} reps and 4 dates); score more dates with "
            "`sellindex score --from --to --every 7`, or shorten --horizon"
        )
    split = dates[max(2, min(len(dates) - 2, round(len(dates) * (1 - held_out_share))))]
    training, held_out = panel[panel["as_of"] < split], panel[panel["as_of"] >= split]
    report = ValidationReport(
        horizon_days=horizon_days,
        training=_span(training),
        held_out=_span(held_out),
        reps=reps,
    )
    for outcome in OUTCOMES:
        baseline = _fit_part(training, outcome, None)
        for predictor in PILLAR_COLUMNS:
            report.rows.append(_validation(training, held_out, outcome, predictor, baseline))
    report.tests = _adjust(report.rows)
    report.notes.append(
        "Effects are rate ratios per 10 points: 1.10 means 10% more in the next "
        f"{horizon_days} days. Within a rep: when the rep's index is 10 points above their own "
        "average; between reps: a rep whose average is 10 points higher. Adjusted for tenure, "
        "the rep's usual segment, their past performance and each date's common level; errors "
        "clustered by rep. Dates overlap in their horizons, which the clustering allows for. "
        f"Training estimates are significant (*) when their Benjamini-Hochberg adjusted p-value "
        f"over the {report.tests} tests is below 0.05; an effect that is real should also show "
        "on the held-out period and improve its prediction (a positive gain)."
    )
    return report


def _adjust(rows: list[Validation]) -> int:
    from statsmodels.stats.multitest import multipletests

    estimates = [e for row in rows for e in (row.within, row.between) if e is not None]
    if estimates:
        _, adjusted, _, _ = multipletests([e.p for e in estimates], method="fdr_bh")
        for estimate, p in zip(estimates, adjusted, strict=True):
            estimate.p_adjusted = float(p)
            estimate.significant = bool(p < 0.05)
    return len(estimates)


def _span(frame: pd.DataFrame) -> dict[str, Any]:
    return {
        "from": frame["as_of"].min(),
        "to": frame["as_of"].max(),
        "dates": int(frame["as_of"].nunique()),
        "rep_dates": len(frame),
    }


def _fit_part(frame: pd.DataFrame, outcome: str, predictor: str | None) -> Any:
    means = frame.groupby("member_id")[predictor].mean() if predictor else None
    design = _design(frame, predictor, means)
    groups = frame["member_id"].astype("category").cat.codes.to_numpy()
    return _fit(frame[outcome].to_numpy(dtype=float), design, groups)


def _validation(
    training: pd.DataFrame, held_out: pd.DataFrame, outcome: str, predictor: str, baseline: Any
) -> Validation:
    row = Validation(outcome, predictor, PREDICTOR_LABELS[predictor])
    fitted = _fit_part(training, outcome, predictor)
    row.within, row.between = _ratio(fitted, "within"), _ratio(fitted, "between")
    later = _fit_part(held_out, outcome, predictor)
    row.held_out_within, row.held_out_between = _ratio(later, "within"), _ratio(later, "between")
    # The held-out reps' averages come from the training dates, as a forecast would know them.
    means = training.groupby("member_id")[predictor].mean()
    known = held_out[held_out["member_id"].isin(means.index)]
    if not known.empty:
        y = known[outcome].to_numpy(dtype=float)
        with_index = _log_likelihood(fitted, _design(known, predictor, means), y)
        without = _log_likelihood(baseline, _design(known, None, None), y)
        row.held_out_gain = with_index - without
    return row
