"""The units a metric can be measured in. A unit says how a value reads: a share of 0.48 is
48%, a rate of 0.48 is 0.48 per something, so every interface shows it the same way."""

from __future__ import annotations

UNITS: dict[str, str] = {
    "count": "a number of things (an average of counts may have a fraction)",
    "share": "a part of a whole, or a return on it, shown as a percentage",
    "rate": "an amount per something: per member, per deal",
    "money": "an amount in the currency of the data",
    "hours": "a duration in hours",
    "days": "a duration in days",
    "points": "index points: 0-100 for the index, 0-25 for a pillar",
}
"""Every unit, with what it means."""


def check_unit(unit: str, metric: str) -> None:
    """Refuse a unit no interface knows how to show, where the metric is defined."""
    if unit not in UNITS:
        raise ValueError(f"metric {metric!r}: unknown unit {unit!r} (units are {', '.join(UNITS)})")
