"""One way to write a metric for a person, shared by the command line, the web pages and the
scorecard, so the same value reads the same everywhere. JSON, CSV and the API keep raw numbers.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from sellindex.metrics.catalogue import MetricInfo

MISSING = "\N{EN DASH}"
"""What an empty value reads as: a ratio over nothing, an average of nothing."""


def _fixed(value: float, decimals: int) -> str:
    """`decimals` places, or as many as two significant digits of a small value need: a rate
    of 0.0048 reads 0.0048, never 0.00."""
    if 0 < abs(value) < 1:
        decimals = max(decimals, min(6, 1 - math.floor(math.log10(abs(value)))))
    return f"{value:,.{decimals}f}"


def _share(value: float) -> str:
    """Percentages with the precision a small one needs: 48.4%, 0.5%, 0.048%."""
    percent = value * 100
    if percent == 0:
        return "0%"
    if abs(percent) < 0.01:
        return "<0.01%" if percent > 0 else ">-0.01%"
    if abs(percent) < 1:
        return f"{percent:.2g}%"
    return f"{percent:,.1f}%"


def _count(value: float) -> str:
    """Whole counts as integers; an average of counts (daily actives) keeps one decimal."""
    return f"{value:,.0f}" if value.is_integer() else _fixed(value, 1)


def _money(value: float) -> str:
    """Cents only where they matter: 12,300 and 0, but 2.35 per click."""
    return f"{value:,.0f}" if abs(value) >= 100 or value.is_integer() else _fixed(value, 2)


FORMATS: dict[str, Callable[[float], str]] = {
    "count": _count,
    "share": _share,
    "rate": lambda v: _fixed(v, 2),
    "money": _money,
    "hours": lambda v: f"{_fixed(v, 1)} h",
    "days": lambda v: f"{_fixed(v, 1)} d",
    "points": lambda v: f"{v:,.2f}",
}
"""How each unit of `metrics.units.UNITS` is written."""


def _number(value: object) -> float | None:
    """The value as a float; None for no value (None, NaN, pandas' NA, which is not
    imported here so that commands without pandas start fast)."""
    if value is None or type(value).__name__ == "NAType":
        return None
    number = float(value)  # type: ignore[arg-type]
    return None if math.isnan(number) else number


def format_value(value: object, unit: str) -> str:
    """A value as a person reads it in its unit: 48.4%, 0.48, 12,300, 6.0 h; empty as a dash."""
    number = _number(value)
    return MISSING if number is None else FORMATS[unit](number)


def signal_value(raw: object, trials: object, unit: str) -> str:
    """A signal's value in its unit (1,234); a rate's as the successes of its trials and the
    share they make (12 of 30, 40.0%): both numbers it is scored on, then what they mean."""
    successes, tries = _number(raw), _number(trials)
    if tries is None or successes is None:
        return format_value(raw, unit)
    counted = f"{_count(successes)} of {_count(tries)}"
    return f"{counted} ({_share(successes / tries)})" if tries else counted


UNIT_EXAMPLES: dict[str, tuple[float, ...]] = {
    "count": (1234, 12.34),
    "share": (0.4837, 0.005, 0.00048),
    "rate": (0.4837,),
    "money": (12300, 2.345),
    "hours": (6,),
    "days": (42.5,),
    "points": (63.25,),
}
"""Values that show how each unit reads, for the glossary and the docs."""


def unit_examples(unit: str) -> list[str]:
    return [format_value(value, unit) for value in UNIT_EXAMPLES[unit]]


def direction(higher_is_better: bool | None) -> str:
    """Which way a metric is good, in words."""
    if higher_is_better is None:
        return "neither direction is better"
    return "higher is better" if higher_is_better else "lower is better"


def explanation(info: MetricInfo) -> str:
    """A metric's meaning in one line, for a hover or a tooltip: what it is, then how."""
    return f"{info.definition.rstrip('.')}: {info.formula}"
