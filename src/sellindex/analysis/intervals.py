"""Confidence intervals, vectorised over numpy arrays (one element per rep and period).

All functions take a two-sided `level` (default 0.95) and return arrays; where an interval
cannot be computed (no observations) the result is NaN, never a made-up number.

scipy is imported inside the functions that use it: loading it takes about a second, which
every command and every server process would otherwise pay at start.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

Array = NDArray[np.float64]
DEFAULT_LEVEL = 0.95
PRIOR_STRENGTH_BOUNDS = (2.0, 500.0)
"""Limits on the empirical-Bayes prior's weight, in pseudo-deals."""


def z_value(level: float = DEFAULT_LEVEL) -> float:
    from scipy import stats

    return float(stats.norm.ppf(0.5 + level / 2))


def _f(values: ArrayLike) -> Array:
    return np.asarray(values, dtype=np.float64)


def wilson(
    successes: ArrayLike, trials: ArrayLike, level: float = DEFAULT_LEVEL
) -> tuple[Array, Array]:
    """Wilson score interval for a proportion: sensible at 0, 1 and small samples."""
    k, n = _f(successes), _f(trials)
    z = z_value(level)
    with np.errstate(invalid="ignore", divide="ignore"):
        p = k / n
        centre = (p + z * z / (2 * n)) / (1 + z * z / n)
        half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    lo, hi = centre - half, centre + half
    empty = n <= 0
    return np.where(empty, np.nan, np.clip(lo, 0, 1)), np.where(empty, np.nan, np.clip(hi, 0, 1))


def newcombe_difference(
    k1: ArrayLike, n1: ArrayLike, k2: ArrayLike, n2: ArrayLike, level: float = DEFAULT_LEVEL
) -> tuple[Array, Array, Array]:
    """Difference p2 - p1 of two proportions with Newcombe's hybrid score interval.

    Built from the two Wilson intervals, so it behaves at 0%, 100% and small samples where
    the textbook normal interval does not.
    """
    k1, n1, k2, n2 = _f(k1), _f(n1), _f(k2), _f(n2)
    l1, u1 = wilson(k1, n1, level)
    l2, u2 = wilson(k2, n2, level)
    with np.errstate(invalid="ignore", divide="ignore"):
        p1, p2 = k1 / n1, k2 / n2
    diff = p2 - p1
    lo = diff - np.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2)
    hi = diff + np.sqrt((u2 - p2) ** 2 + (p1 - l1) ** 2)
    return diff, lo, hi


def welch_difference(
    n1: ArrayLike,
    mean1: ArrayLike,
    var1: ArrayLike,
    n2: ArrayLike,
    mean2: ArrayLike,
    var2: ArrayLike,
    level: float = DEFAULT_LEVEL,
) -> tuple[Array, Array, Array]:
    """Difference mean2 - mean1 with Welch's t interval (unequal variances)."""
    from scipy import stats

    n1, m1, v1, n2, m2, v2 = map(_f, (n1, mean1, var1, n2, mean2, var2))
    with np.errstate(invalid="ignore", divide="ignore"):
        a, b = v1 / n1, v2 / n2
        se = np.sqrt(a + b)
        dof = (a + b) ** 2 / (a * a / (n1 - 1) + b * b / (n2 - 1))
    dof = np.where(np.isfinite(dof) & (dof > 0), dof, np.maximum(np.minimum(n1, n2) - 1, 1))
    t = stats.t.ppf(0.5 + level / 2, dof)
    diff = m2 - m1
    return diff, diff - t * se, diff + t * se


def compound_poisson_sum(
    total: ArrayLike, sum_of_squares: ArrayLike, level: float = DEFAULT_LEVEL
) -> tuple[Array, Array]:
    """Interval for a booked total, treating the number of won deals as Poisson.

    The variance of a compound Poisson sum is the sum of the squared amounts, so a rep who
    booked one huge deal gets a wide interval and one with many steady deals a narrow one.
    """
    total, squares = _f(total), _f(sum_of_squares)
    half = z_value(level) * np.sqrt(squares)
    return np.maximum(total - half, 0.0), total + half


def sum_difference(
    total1: ArrayLike,
    squares1: ArrayLike,
    total2: ArrayLike,
    squares2: ArrayLike,
    level: float = DEFAULT_LEVEL,
) -> tuple[Array, Array, Array]:
    """Difference total2 - total1 of two compound Poisson sums (e.g. booked revenue)."""
    t1, s1, t2, s2 = map(_f, (total1, squares1, total2, squares2))
    diff = t2 - t1
    half = z_value(level) * np.sqrt(s1 + s2)
    return diff, diff - half, diff + half


def poisson_difference(
    count1: ArrayLike, count2: ArrayLike, level: float = DEFAULT_LEVEL
) -> tuple[Array, Array, Array]:
    """Difference count2 - count1 of two Poisson counts (normal approximation)."""
    c1, c2 = _f(count1), _f(count2)
    diff = c2 - c1
    half = z_value(level) * np.sqrt(c1 + c2)
    return diff, diff - half, diff + half


def beta_prior_strength(successes: ArrayLike, trials: ArrayLike) -> float:
    """Empirical-Bayes weight of the prior (alpha + beta), by the method of moments.

    The spread of the reps' observed rates is binomial noise plus true between-rep spread;
    the prior is as strong as that true spread is narrow. It never weighs more than the median
    rep's number of trials: a rep with more trials than the typical rep is then judged mostly
    on their own record, even when the reps' rates differ by no more than chance. With fewer
    than three reps the strongest allowed prior is used: the data cannot tell reps apart.
    """
    k, n = _f(successes), _f(trials)
    keep = n > 0
    k, n = k[keep], n[keep]
    low, high = PRIOR_STRENGTH_BOUNDS
    if len(n) < 3:
        return high
    high = float(np.clip(np.median(n), low, high))
    pooled = k.sum() / n.sum()
    if pooled <= 0 or pooled >= 1:
        return high
    rates = k / n
    observed_var = np.average((rates - pooled) ** 2, weights=n)
    noise_var = pooled * (1 - pooled) * len(n) / n.sum()
    true_var = observed_var - noise_var
    if true_var <= 0:
        return high
    strength = pooled * (1 - pooled) / true_var - 1
    return float(np.clip(strength, low, high))


def beta_posterior(
    successes: ArrayLike,
    trials: ArrayLike,
    prior_mean: ArrayLike,
    prior_strength: float | ArrayLike,
    level: float = DEFAULT_LEVEL,
) -> tuple[Array, Array, Array]:
    """Posterior mean and equal-tailed credible interval of a rate under a Beta prior.

    With few trials the estimate stays near `prior_mean` (the team's rate); with many it
    follows the rep's own record.
    """
    from scipy import stats

    k, n, mean = _f(successes), _f(trials), _f(prior_mean)
    strength = _f(prior_strength)
    alpha = strength * mean + k
    beta = strength * (1 - mean) + (n - k)
    tail = (1 - level) / 2
    with np.errstate(invalid="ignore"):
        estimate = alpha / (alpha + beta)
        lo = stats.beta.ppf(tail, alpha, beta)
        hi = stats.beta.ppf(1 - tail, alpha, beta)
    return estimate, lo, hi
