"""What top performers do differently, estimated so that it holds up.

For every behaviour (`metrics.deals.BEHAVIOURS`) and one outcome, at the deal level:

- the behaviour is split into a **within-rep** part (a deal's value minus its rep's mean: "does
  doing more of this on a deal help?") and a **between-rep** part (the rep's mean: "do reps who
  do more of it do better?"), both in units of one standard deviation of the behaviour across
  deals (on a log scale for skewed amounts);
- both parts are estimated together in one regression, adjusted for deal size (log amount),
  product, segment, region, lead source, quarter and the rep's tenure, with standard errors
  clustered by rep (a rep's deals are not independent);
- the p-values of every part of every behaviour in the report are adjusted together
  (Benjamini-Hochberg), and the number of tests is reported;
- below `MIN_DEALS` deals or `MIN_REPS` reps a behaviour says "not enough data".

Next to the estimates, warnings in plain words: an aggregation reversal (the sign across reps
differs from the sign within them), a reversal or a vanishing across the strata of a confounder
(Simpson), an association that only raw comparisons show (confounding, naming the confounder that
explains it), reps who differ a lot in deal mix, and small samples.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from sellindex.errors import SellindexError
from sellindex.metrics.deals import (
    BEHAVIOURS,
    BEHAVIOURS_BY_NAME,
    CONFOUNDERS,
    Behaviour,
    deal_behaviours,
)
from sellindex.metrics.kpis.periods import Window
from sellindex.store import Store

MIN_DEALS = 50
"""Fewest deals with a behaviour recorded before it is estimated."""
MIN_REPS = 8
"""Fewest reps (with at least two such deals each) before a between-rep part is estimated."""
SMALL_DEALS, SMALL_REPS = 200, 20
"""Below these, an estimate carries a small-sample warning."""
FALSE_DISCOVERY_RATE = 0.05
LEVEL = 0.95
MIN_STRATUM = 10
"""Smaller strata of a categorical confounder are pooled into `other`."""
DEAL_MIX_SHARE = 0.05
"""Share of deal-size variation between reps above which reps are said to differ in deal mix."""
SIZE_BANDS = 4

CONFOUNDER_NAMES = {
    "size_band": "deal size",
    "product": "product",
    "segment": "segment",
    "region": "region",
    "lead_source": "lead source",
    "quarter": "quarter",
    "tenure_band": "rep tenure",
}


@dataclass(frozen=True)
class Outcome:
    name: str
    column: str
    model: str
    """`logit` (won or lost), `log` (a positive amount, compared as a ratio), `linear`."""
    scale: str
    better: int
    """+1 when more of the outcome is better, -1 when less is."""
    phrase_up: str
    phrase_down: str
    same_as: tuple[str, ...] = ()
    """Behaviours that are this outcome under another name, left out of its report."""


OUTCOMES = {
    "won": Outcome("won", "won", "logit", "odds ratio", 1, "more wins", "fewer wins"),
    "booked": Outcome("booked", "booked", "linear", "difference", 1, "more booked revenue",
                      "less booked revenue"),
    "cycle": Outcome("cycle", "cycle_days", "log", "ratio", -1, "longer cycles",
                     "shorter cycles", same_as=("days_to_close",)),
}  # fmt: skip


@dataclass
class Estimate:
    """An effect per standard deviation of the behaviour, on the outcome's scale."""

    value: float
    low: float
    high: float
    p: float
    p_adjusted: float | None = None
    significant: bool = False
    coefficient: float = 0.0
    """On the model's own scale (log-odds, log, or units): its sign is the direction."""

    @property
    def direction(self) -> int:
        return int(np.sign(self.coefficient))


@dataclass
class Caution:
    kind: str
    """aggregation_reversal, simpson, confounded, deal_mix, small_sample, rep_trait."""
    message: str


@dataclass
class Finding:
    behaviour: str
    label: str
    unit: str
    more: str
    definition: str
    deals: int = 0
    reps: int = 0
    one_sd: str = ""
    """What one standard deviation of the behaviour is, in its units."""
    within: Estimate | None = None
    between: Estimate | None = None
    raw: Estimate | None = None
    rep_correlation: float | None = None
    not_enough_data: str | None = None
    cautions: list[Caution] = field(default_factory=list)
    stratified: dict[str, Estimate | None] = field(default_factory=dict, repr=False)
    """The raw estimate within the strata of each confounder, as computed for the cautions."""


@dataclass
class CoachingPoint:
    behaviour: str
    label: str
    rep_value: float
    target_value: float
    unit: str
    effect: Estimate
    message: str


@dataclass
class InsightsReport:
    outcome: str
    scale: str
    window: dict[str, Any]
    deals: int
    reps: int
    controls: list[str]
    tests: int
    false_discovery_rate: float
    findings: list[Finding]
    cautions: list[Caution]
    coaching: dict[int, list[CoachingPoint]]

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["coaching"] = {str(rep): points for rep, points in data["coaching"].items()}
        return data


def prepare_deals(frame: pd.DataFrame) -> pd.DataFrame:
    """Deal rows with the derived confounders: size band, log amount, tenure band."""
    deals = frame.copy()
    amount = deals["amount"].astype("float64")
    deals["log_amount"] = np.log1p(amount.fillna(amount.median() if amount.notna().any() else 0))
    ranks = deals["log_amount"].rank(method="first")
    deals["size_band"] = pd.qcut(ranks, min(SIZE_BANDS, max(len(deals), 1)), labels=False)
    deals["size_band"] = "band " + (deals["size_band"] + 1).astype("Int64").astype(str)
    tenure = deals["tenure_years"].astype("float64")
    deals["tenure_known"] = tenure.notna().astype("float64")
    deals["tenure_years"] = tenure.fillna(tenure.median() if tenure.notna().any() else 0.0)
    deals["tenure_band"] = np.where(
        deals["tenure_known"] == 0,
        "unknown",
        pd.cut(tenure, [-np.inf, 1, 3, np.inf], labels=["under 1 y", "1-3 y", "over 3 y"]).astype(
            str
        ),
    )
    for column in ("product", "segment", "region", "lead_source", "quarter"):
        deals[column] = deals[column].fillna("unknown").astype(str)
    deals["cycle_days"] = deals["cycle_days"].clip(lower=1 / 24)
    return deals


def _pooled(column: pd.Series) -> pd.Series:
    counts = column.value_counts()
    rare = counts[counts < MIN_STRATUM].index
    return column.where(~column.isin(rare), "other")


def _design(deals: pd.DataFrame, terms: dict[str, np.ndarray], controls: Sequence[str]):
    """Regressors: the terms, a constant, and each control (log amount and tenure continuous
    besides their bands; categorical controls as indicators, rare levels pooled)."""
    parts = [pd.DataFrame(terms, index=deals.index)]
    parts.append(pd.DataFrame({"const": 1.0}, index=deals.index))
    for name in controls:
        if name == "size_band":
            parts.append(deals[["log_amount"]])
        if name == "tenure_band":
            parts.append(deals[["tenure_years", "tenure_known"]])
        levels = _pooled(deals[name])
        if levels.nunique() > 1:
            dummies = pd.get_dummies(levels, prefix=name, drop_first=True, dtype="float64")
            parts.append(dummies)
    design = pd.concat(parts, axis=1)
    design = design.loc[:, design.std(ddof=0).gt(0) | (design.columns == "const")]
    return design[_independent(design)]


def _independent(design: pd.DataFrame) -> list[str]:
    """Columns in order, leaving out each one that the earlier ones already span (deals with
    no account are `unknown` in both segment and region, say): the terms of interest come
    first, so they are always kept."""
    kept: list[str] = []
    basis = np.empty((len(design), 0))
    for column in design.columns:
        values = design[column].to_numpy(dtype="float64")
        rest = values - basis @ (basis.T @ values)
        norm = float(np.linalg.norm(rest))
        if norm > 1e-8 * max(float(np.linalg.norm(values)), 1.0):
            kept.append(column)
            basis = np.column_stack([basis, rest / norm])
    return kept


def _fit(outcome: Outcome, y: np.ndarray, design: pd.DataFrame, groups: np.ndarray):
    import statsmodels.api as sm

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if outcome.model == "logit":
            model = sm.GLM(y, design, family=sm.families.Binomial())
        else:
            model = sm.OLS(np.log(y) if outcome.model == "log" else y, design)
        # t rather than normal tails: the errors rest on a few dozen reps, not on every deal.
        return model.fit(cov_type="cluster", cov_kwds={"groups": groups}, use_t=True)


def _estimate(outcome: Outcome, fitted: Any, term: str) -> Estimate | None:
    coefficient = float(fitted.params[term])
    error = float(fitted.bse[term])
    if not (math.isfinite(coefficient) and math.isfinite(error)) or error <= 0:
        return None
    p = float(fitted.pvalues[term])
    low, high = (float(bound) for bound in fitted.conf_int(1 - LEVEL).loc[term])
    if outcome.model in ("logit", "log"):
        return Estimate(
            math.exp(coefficient), math.exp(low), math.exp(high), p, coefficient=coefficient
        )
    return Estimate(coefficient, low, high, p, coefficient=coefficient)


def _transformed(behaviour: Behaviour, values: pd.Series) -> pd.Series:
    return np.log1p(values.clip(lower=0)) if behaviour.log_scale else values


def _one_sd(behaviour: Behaviour, values: pd.Series) -> str:
    if behaviour.log_scale:
        factor = math.exp(float(np.log1p(values.clip(lower=0)).std()))
        return f"x{factor:.2f} (from the median {values.median():.3g} {behaviour.unit})"
    sd = float(values.std())
    return f"{sd:.2%}" if behaviour.unit == "share" else f"{sd:.3g} {behaviour.unit}"


def analyse(
    deals: pd.DataFrame,
    outcome_name: str = "won",
    controls: Sequence[str] = CONFOUNDERS,
    behaviours: Sequence[Behaviour] = BEHAVIOURS,
    window: Window | None = None,
) -> InsightsReport:
    """Estimate every behaviour's association with the outcome (see the module docstring)."""
    if outcome_name not in OUTCOMES:
        raise SellindexError(f"outcome must be one of: {', '.join(OUTCOMES)}")
    unknown = set(controls) - set(CONFOUNDERS)
    if unknown:
        raise SellindexError(
            f"unknown control {sorted(unknown)[0]!r}; controls are: {', '.join(CONFOUNDERS)}"
        )
    outcome = OUTCOMES[outcome_name]
    deals = prepare_deals(deals) if "log_amount" not in deals else deals
    deals = deals[deals[outcome.column].notna()]
    findings = [
        _finding(deals, outcome, behaviour, controls)
        for behaviour in behaviours
        if behaviour.name not in outcome.same_as
    ]
    tests = _adjust_for_many_tests(findings)
    for finding in findings:
        finding.cautions += _cautions(deals, outcome, finding, controls)
    report_cautions = [c for c in [_deal_mix(deals)] if c is not None]
    return InsightsReport(
        outcome=outcome.name,
        scale=outcome.scale,
        window={
            "from": window.start if window else None,
            "to_exclusive": window.end if window else None,
        },
        deals=len(deals),
        reps=int(deals["rep_id"].nunique()),
        controls=[CONFOUNDER_NAMES[c] for c in controls],
        tests=tests,
        false_discovery_rate=FALSE_DISCOVERY_RATE,
        findings=findings,
        cautions=report_cautions,
        coaching=coaching(deals, findings, outcome),
    )


def _finding(
    deals: pd.DataFrame, outcome: Outcome, behaviour: Behaviour, controls: Sequence[str]
) -> Finding:
    finding = Finding(
        behaviour.name, behaviour.label, behaviour.unit, behaviour.more, behaviour.definition
    )
    rows = deals[deals[behaviour.name].notna()]
    per_rep = rows.groupby("rep_id")[behaviour.name].transform("size")
    rows = rows[per_rep >= 2]
    finding.deals, finding.reps = len(rows), int(rows["rep_id"].nunique())
    x = _transformed(behaviour, rows[behaviour.name].astype("float64"))
    sd = float(x.std())
    if finding.deals == 0:
        finding.not_enough_data = "not enough data: no deal has it recorded" + (
            f"; {behaviour.needs}" if behaviour.needs else ""
        )
        return finding
    if finding.deals < MIN_DEALS or finding.reps < MIN_REPS or not sd > 0:
        finding.not_enough_data = (
            f"not enough data: {finding.deals} deals from {finding.reps} reps with this "
            f"behaviour recorded (at least {MIN_DEALS} deals from {MIN_REPS} reps with two "
            "deals each, and some variation, are needed)"
        )
        return finding
    finding.one_sd = _one_sd(behaviour, rows[behaviour.name].astype("float64"))
    z = (x - x.mean()) / sd
    between = z.groupby(rows["rep_id"]).transform("mean")
    within = z - between
    y = rows[outcome.column].to_numpy(dtype="float64")
    groups = rows["rep_id"].astype("category").cat.codes.to_numpy()
    terms = {"between": between.to_numpy()}
    if behaviour.deal_level and float(within.std()) > 1e-9:
        terms["within"] = within.to_numpy()
    fitted = _fit(outcome, y, _design(rows, terms, controls), groups)
    finding.within = _estimate(outcome, fitted, "within") if "within" in terms else None
    finding.between = _estimate(outcome, fitted, "between")
    raw = _fit(outcome, y, _design(rows, {"x": z.to_numpy()}, ()), groups)
    finding.raw = _estimate(outcome, raw, "x")
    rep_means = pd.DataFrame({"x": z, "y": rows[outcome.column]}).groupby(rows["rep_id"]).mean()
    if len(rep_means) >= 3 and rep_means["x"].std() > 0 and rep_means["y"].std() > 0:
        finding.rep_correlation = float(rep_means["x"].corr(rep_means["y"]))
    return finding


def _adjust_for_many_tests(findings: list[Finding]) -> int:
    """Benjamini-Hochberg over every within and between estimate of the report."""
    from statsmodels.stats.multitest import multipletests

    estimates = [
        estimate
        for finding in findings
        for estimate in (finding.within, finding.between)
        if estimate is not None and math.isfinite(estimate.p)
    ]
    if not estimates:
        return 0
    reject, adjusted, _, _ = multipletests(
        [e.p for e in estimates], alpha=FALSE_DISCOVERY_RATE, method="fdr_bh"
    )
    for estimate, significant, p in zip(estimates, reject, adjusted, strict=True):
        estimate.p_adjusted = float(p)
        estimate.significant = bool(significant)
    return len(estimates)


def _direction_words(outcome: Outcome, sign: int) -> str:
    return outcome.phrase_up if sign > 0 else outcome.phrase_down


def _cautions(
    deals: pd.DataFrame, outcome: Outcome, finding: Finding, controls: Sequence[str]
) -> list[Caution]:
    if finding.not_enough_data:
        return []
    cautions = []
    label, more = finding.label.lower(), finding.more
    within, between, raw = finding.within, finding.between, finding.raw
    if within is not None and within.significant and _reverses(within, between, finding):
        up, down = (_direction_words(outcome, s) for s in (within.direction, -within.direction))
        correlation = (
            f" (correlation of the reps' averages {finding.rep_correlation:+.2f})"
            if finding.rep_correlation is not None
            else ""
        )
        cautions.append(
            Caution(
                "aggregation_reversal",
                f"Across reps, {more} go with {down}{correlation}, but on a rep's own deals "
                f"{more} go with {up}. Do not rank or copy reps by their {label}: the reps with "
                f"{more} differ in other ways. Do coach each rep towards {more} on their own "
                "deals.",
            )
        )
    elif between is not None and between.significant and within is not None:
        if not within.significant:
            cautions.append(
                Caution(
                    "aggregation_reversal",
                    f"Across reps, {more} go with {_direction_words(outcome, between.direction)}"
                    f", but on a rep's own deals {more} show no clear link: the pattern at rep "
                    "level vanishes at deal level. It marks a kind of rep (their deal mix, "
                    "territory or skill) rather than a lever: do not coach reps to change it on "
                    "that evidence.",
                )
            )
    elif between is not None and between.significant:
        cautions.append(
            Caution(
                "rep_trait",
                f"Reps with {more} see {_direction_words(outcome, between.direction)}, but it "
                "barely varies between one rep's deals: it marks a kind of rep rather than a "
                "lever. Do not coach it as a behaviour on that evidence alone.",
            )
        )
    if raw is not None and raw.p < FALSE_DISCOVERY_RATE:
        explained_by = None
        adjusted = [e for e in (within, between) if e is not None]
        if adjusted and not any(e.significant for e in adjusted):
            culprit = _culprit(deals, outcome, finding, controls)
            explained_by = culprit
            cautions.append(
                Caution(
                    "confounded",
                    f"In raw comparisons, deals with {more} show "
                    f"{_direction_words(outcome, raw.direction)} (p = {raw.p:.2g}), but "
                    f"comparable deals do not: {culprit or 'the controls'} explains it. Do not "
                    f"conclude that {more} change the outcome.",
                )
            )
        cautions += _simpson(deals, outcome, finding, controls, skip=explained_by)
    if finding.deals < SMALL_DEALS or finding.reps < SMALL_REPS:
        cautions.append(
            Caution(
                "small_sample",
                f"Small sample ({finding.deals} deals, {finding.reps} reps): the intervals are "
                "wide. Read the direction, not the size, and check again with more data.",
            )
        )
    return cautions


def _reverses(within: Estimate, between: Estimate | None, finding: Finding) -> bool:
    """The across-rep direction differs from the within-rep one: the adjusted between-rep part
    when it stands out from noise (|z| >= 1), else the raw correlation of the reps' averages."""
    if between is not None and abs(_zscore(between)) >= 1:
        return between.direction != within.direction
    rep_sign = int(np.sign(finding.rep_correlation or 0.0))
    return rep_sign != 0 and rep_sign != within.direction


def _zscore(estimate: Estimate) -> float:
    from scipy import stats

    return float(stats.norm.isf(max(estimate.p, 1e-300) / 2)) * estimate.direction


def _raw_within_strata(
    deals: pd.DataFrame, outcome: Outcome, finding: Finding, control: str
) -> Estimate | None:
    """The raw association with only `control`'s strata held equal (computed once)."""
    if control not in finding.stratified:
        behaviour = BEHAVIOURS_BY_NAME[finding.behaviour]
        rows = deals[deals[finding.behaviour].notna()]
        x = _transformed(behaviour, rows[finding.behaviour].astype("float64"))
        z = (x - x.mean()) / x.std()
        groups = rows["rep_id"].astype("category").cat.codes.to_numpy()
        design = _design(rows, {"x": z.to_numpy()}, (control,))
        fitted = _fit(outcome, rows[outcome.column].to_numpy(dtype="float64"), design, groups)
        finding.stratified[control] = _estimate(outcome, fitted, "x")
    return finding.stratified[control]


def _culprit(
    deals: pd.DataFrame, outcome: Outcome, finding: Finding, controls: Sequence[str]
) -> str | None:
    """The control that, on its own, takes away most of the raw association."""
    assert finding.raw is not None
    best, smallest = None, abs(finding.raw.coefficient)
    for control in controls:
        stratified = _raw_within_strata(deals, outcome, finding, control)
        if stratified is not None and abs(stratified.coefficient) < smallest:
            best, smallest = control, abs(stratified.coefficient)
    return CONFOUNDER_NAMES[best] if best else None


def _simpson(
    deals: pd.DataFrame,
    outcome: Outcome,
    finding: Finding,
    controls: Sequence[str],
    skip: str | None = None,
) -> list[Caution]:
    """A raw association that reverses, or vanishes, within the strata of one confounder
    (`skip`: a confounder already named as the explanation)."""
    assert finding.raw is not None
    cautions = []
    more = finding.more
    for control in controls:
        name = CONFOUNDER_NAMES[control]
        stratified = _raw_within_strata(deals, outcome, finding, control)
        if stratified is None:
            continue
        if stratified.direction != finding.raw.direction and stratified.p < FALSE_DISCOVERY_RATE:
            cautions.append(
                Caution(
                    "simpson",
                    f"Simpson's reversal across {name}: over all deals, {more} go with "
                    f"{_direction_words(outcome, finding.raw.direction)}, but within each "
                    f"{name} they go with {_direction_words(outcome, stratified.direction)}. "
                    f"Compare deals of the same {name}.",
                )
            )
        elif (
            name != skip
            and stratified.p >= FALSE_DISCOVERY_RATE
            and abs(stratified.coefficient) <= abs(finding.raw.coefficient) / 2
        ):
            cautions.append(
                Caution(
                    "simpson",
                    f"The raw link between {more} and the outcome vanishes within each {name}: "
                    f"it comes from how {name} differs between deals. Do not act on it "
                    f"without comparing deals of the same {name}.",
                )
            )
    return cautions


def _deal_mix(deals: pd.DataFrame) -> Caution | None:
    """Reps whose deal sizes differ so much that raw rep comparisons mix size with skill."""
    per_rep = deals.groupby("rep_id")["log_amount"]
    if per_rep.ngroups < 3:
        return None
    grand = deals["log_amount"].mean()
    total = float(((deals["log_amount"] - grand) ** 2).sum())
    between = float((per_rep.size() * (per_rep.mean() - grand) ** 2).sum())
    expected = (per_rep.ngroups - 1) / max(len(deals) - 1, 1)
    share = between / total - expected if total > 0 else 0.0
    if share < DEAL_MIX_SHARE:
        return None
    return Caution(
        "deal_mix",
        f"Reps differ in deal mix: {share:.0%} of the variation in deal size lies between reps "
        "beyond chance. A rep's raw cycle length, win rate and revenue reflect the deals they "
        "sell as much as how they sell them: compare reps within deal-size bands (as the "
        "adjusted estimates here do), never on raw averages.",
    )


def coaching(
    deals: pd.DataFrame, findings: list[Finding], outcome: Outcome, per_rep: int = 3
) -> dict[int, list[CoachingPoint]]:
    """For each rep, the behaviours that work (a clear within-rep effect) where the rep does
    least of what works compared with the top quarter of reps, largest expected gain first."""
    levers = [
        f
        for f in findings
        if f.within is not None and f.within.significant and f.not_enough_data is None
    ]
    points: dict[int, list[tuple[float, CoachingPoint]]] = {}
    for finding in levers:
        behaviour = BEHAVIOURS_BY_NAME[finding.behaviour]
        assert finding.within is not None
        rows = deals[deals[finding.behaviour].notna()]
        x = _transformed(behaviour, rows[finding.behaviour].astype("float64"))
        rep_x = x.groupby(rows["rep_id"]).mean()
        rep_x = rep_x[rows.groupby("rep_id").size() >= 3]
        if rep_x.empty:
            continue
        helps = finding.within.direction * outcome.better
        target = rep_x.quantile(0.75 if helps > 0 else 0.25)
        sd = float(x.std())
        for rep_id, value in rep_x.items():
            shortfall = (target - value) * helps / sd
            if shortfall <= 0.25:
                continue
            gain = shortfall * abs(finding.within.coefficient)
            rep_value, target_value = (
                (math.expm1(value), math.expm1(target)) if behaviour.log_scale else (value, target)
            )
            point = CoachingPoint(
                finding.behaviour,
                finding.label,
                rep_value,
                target_value,
                finding.unit,
                finding.within,
                _coaching_message(finding, outcome, helps, rep_value, target_value),
            )
            points.setdefault(int(rep_id), []).append((gain, point))
    return {
        rep: [p for _, p in sorted(found, key=lambda item: -item[0])[:per_rep]]
        for rep, found in points.items()
    }


_OPPOSITES = (
    ("more content", "less content"),
    ("more ", "fewer "),
    ("longer ", "shorter "),
    ("a slower ", "a faster "),
    ("a higher ", "a lower "),
)


def _less(more: str) -> str:
    """The other way of "more of it": "more calls" -> "fewer calls"."""
    for up, down in _OPPOSITES:
        if more.startswith(up):
            return down + more[len(up) :]
    return f"less: {more}"


def _shown(value: float, unit: str) -> str:
    return f"{value:.0%}" if unit == "share" else f"{value:.3g} {unit}"


def _coaching_message(
    finding: Finding, outcome: Outcome, helps: int, rep_value: float, target_value: float
) -> str:
    assert finding.within is not None
    effect = finding.within
    aim = finding.more if helps > 0 else _less(finding.more)
    return (
        f"Aim for {aim}: your deals average {_shown(rep_value, finding.unit)}, "
        f"the top quarter of reps {_shown(target_value, finding.unit)}. On a rep's own deals, "
        f"one standard deviation more goes with {effect.value:.2f} times the "
        f"{'odds of winning' if outcome.model == 'logit' else outcome.column} "
        f"(95% interval {effect.low:.2f} to {effect.high:.2f}), on comparable deals."
    )


def insights(
    store: Store,
    outcome: str = "won",
    window: Window | None = None,
    controls: Sequence[str] = CONFOUNDERS,
) -> InsightsReport:
    """The report for the deals closed in `window` (all of them when None)."""
    window = window or Window()
    frame = deal_behaviours(store, window).to_pyarrow().to_pandas()
    if frame.empty:
        raise SellindexError("no closed deals in the window; load a CRM or widen the window")
    return analyse(frame, outcome, controls, window=window)
