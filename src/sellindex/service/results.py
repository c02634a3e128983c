"""The typed answers of the service layer.

They are JSON-ready mappings (dates, floats, lists of plain rows) so the API, the CSV export and
the templates serialise them as they are, while the CLI, the scorecard and the Python API read
them with types. The web's response models (`interfaces/web/models.py`) document the same shapes
field by field for the API's schema.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, TypedDict

Row = dict[str, Any]


class GradedPeriod(TypedDict):
    by: str
    period: datetime | None
    reason: str


class MemberCard(TypedDict):
    """One member's index on one scoring date, explained, with their whole history."""

    member_id: int
    name: str | None
    as_of: date
    model: str
    total: float
    no_data_points: float
    sources: list[str] | None
    change: Row
    pillars: list[Row]
    ranks: list[Row]
    signals: list[Row]
    next_actions: list[Row]
    history: list[Row]


class TeamBoard(TypedDict):
    """A team's leaderboard, heat map rows, index distribution and trend."""

    team_id: int
    name: str | None
    manager_id: int | None
    as_of: date | None
    previous: date | None
    sort: str
    order: str
    total: int
    limit: int
    offset: int
    averages: dict[str, float | None]
    graded: GradedPeriod
    rows: list[Row]
    distribution: list[dict[str, int]]
    trend: list[Row]


class RepNumbers(TypedDict):
    """A rep's micro-metrics against the team, grades with intervals, trends and coaching."""

    member_id: int
    name: str | None
    team_id: int | None
    window: dict[str, Any]
    graded_period: datetime | None
    grading_reason: str | None
    level: float
    exclusions: dict[str, int]
    metrics: list[Row]
    grades: list[Row]
    trends: list[Row]
    cycle_and_deal_size: list[Row]
    regression_to_the_mean: list[Row]
    coaching: list[str]


class KpiTable(TypedDict):
    """One KPI family, one row per period, with the definitions of its columns."""

    family: str
    window: dict[str, Any]
    first_unfinished: int | None
    definitions: list[Row]
    total: int
    limit: int
    offset: int
    rows: list[Row]


class Insights(TypedDict):
    """What separates won (or lost) deals, controlled for confounders, with coaching per rep
    (the fields of `analysis.insights.InsightsReport`, plus whose deals and the reps' names)."""

    scope: str
    scope_label: str
    outcome: str
    scale: str
    window: dict[str, Any]
    deals: int
    reps: int
    controls: list[str]
    tests: int
    false_discovery_rate: float
    findings: list[Row]
    cautions: list[Row]
    coaching: dict[str, list[Row]]
    names: dict[str, str | None]
