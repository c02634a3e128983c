"""Shapes of the API's answers; they are the OpenAPI document's schemas too.

The member profile is built from the canonical `members` table in `schema.py`, so a column added
there appears in the API without a second definition to keep in step.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any

from pydantic import BaseModel, Field, PlainSerializer, WithJsonSchema, create_model

from sellindex.metrics.units import UNITS
from sellindex.schema import TABLES_BY_NAME, ColumnType


def _utc_iso(value: datetime) -> str:
    return value.replace(tzinfo=UTC).isoformat().replace("+00:00", "Z")


UtcDateTime = Annotated[
    datetime,
    PlainSerializer(_utc_iso, return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "format": "date-time"}),
]
"""Stored timestamps are naive UTC; the API says so with a `Z`, as RFC 3339 asks."""

_PYTHON_TYPES: dict[ColumnType, Any] = {
    ColumnType.ID: int,
    ColumnType.TEXT: str,
    ColumnType.INT: int,
    ColumnType.FLOAT: float,
    ColumnType.BOOL: bool,
    ColumnType.TIMESTAMP: UtcDateTime,
    ColumnType.DATE: date,
}

_member_fields: dict[str, Any] = {
    column.name: (
        _PYTHON_TYPES[column.type] if column.required else _PYTHON_TYPES[column.type] | None,
        Field(description=column.description),
    )
    for column in TABLES_BY_NAME["members"].columns
}
MemberProfile = create_model("MemberProfile", **_member_fields)
MemberProfile.__doc__ = "A member's profile, as stored in the canonical `members` table."


MemberView = create_model(
    "MemberView",
    __base__=MemberProfile,
    team_name=(str | None, Field(None, description="The team's name ('Team <id>' unnamed).")),
    manager_name=(str | None, Field(None, description="The manager's name.")),
    latest_index=(
        float | None,
        Field(None, description="The index on the latest scoring date, if scored then."),
    ),
)
MemberView.__doc__ = "A member's profile with the names of their team and manager."


class ErrorDetail(BaseModel):
    """Why a request was refused, in one sentence."""

    detail: str


class Me(BaseModel):
    email: str
    role: str = Field(description="member, manager or admin.")
    member_id: int | None = Field(description="The member whose data this account sees.")
    member: MemberProfile | None  # type: ignore[valid-type]
    visible_members: int = Field(description="How many members this account may see.")


class MembersPage(BaseModel):
    total: int = Field(description="Members visible to the caller that match the filters.")
    limit: int
    offset: int
    search: str | None = None
    team: int | None = None
    seniority: str | None = None
    sort: str = "member_id"
    order: str = "asc"
    members: list[MemberView]  # type: ignore[valid-type]


class TableSummary(BaseModel):
    table: str
    rows: int
    time_column: str | None
    first: UtcDateTime | date | None
    last: UtcDateTime | date | None


class Load(BaseModel):
    load_id: int
    started_at: UtcDateTime | None
    finished_at: UtcDateTime | None
    table_name: str
    source_file: str | None
    rows_read: int
    rows_loaded: int
    rows_rejected: int
    rows_duplicate: int


class Status(BaseModel):
    db: str
    layout_version: int
    tables: list[TableSummary]
    recent_loads: list[Load]


class DateShare(BaseModel):
    column: str = Field(description="The export's date column (else the canonical one).")
    values: int
    failed: int = Field(description="Values no parser reads: the import rejects their rows.")
    share_failed: float
    examples: list[str]


class ImportFile(BaseModel):
    role: str
    file: str
    table: str = Field(description="The canonical table the file mostly feeds.")
    rows: int
    malformed: int
    header_line: int
    encoding: str
    delimiter: str
    columns: dict[str, str] = Field(description="Field read -> the export's column.")
    unknown_columns: list[str] = Field(description="Columns no field of the role reads.")
    missing_columns: list[str] = Field(description="Fields of the role the file lacks.")
    dates: list[DateShare]


class IgnoredFile(BaseModel):
    file: str
    reason: str


class FedSignal(BaseModel):
    name: str
    pillar: str
    points: float
    fed: bool
    reason: str | None = Field(description="Why the export cannot feed it.")


class FedPillar(BaseModel):
    pillar: str
    title: str
    signals: int
    fed: int
    points: float
    fed_points: float


class IndexCoverage(BaseModel):
    model: str
    fed_points: float = Field(description="Points of the index the export can give data to.")
    signals: list[FedSignal]
    pillars: list[FedPillar]


class FedKpi(BaseModel):
    name: str
    fed: bool
    reason: str | None


class KpiFamilyCoverage(BaseModel):
    family: str
    kpis: list[FedKpi]


class Coverage(BaseModel):
    index: IndexCoverage
    kpis: list[KpiFamilyCoverage]


class ImportReport(BaseModel):
    """What an import found in its export (as `sellindex doctor` reports it)."""

    load_id: int | None
    recorded_at: UtcDateTime
    kind: str
    path: str
    detected: str | None
    subject: str = Field(description="The data archive's owner; empty for other exports.")
    files: list[ImportFile]
    ignored: list[IgnoredFile]
    notes: list[str]
    tables: dict[str, int] = Field(description="Rows the export maps onto each table.")
    feeds: list[str]
    format: str | None = Field(description="A data archive's year of format, else header style.")
    format_evidence: list[str]
    part: str | None = Field(description="A data archive's part: Basic or Complete.")
    part_evidence: str | None
    warnings: list[str]
    coverage: Coverage | None = Field(None, description="What it can feed; none for readings.")


class Reject(BaseModel):
    load_id: int | None
    table_name: str | None
    source_file: str | None
    line: int | None
    reason: str | None
    raw: str | None


class RejectsPage(BaseModel):
    table: str | None = Field(description="The table asked for, or null for every table.")
    total: int = Field(description="Rejected rows matching the filter.")
    limit: int
    offset: int
    rows: list[Reject]


class Pillar(BaseModel):
    pillar: str
    title: str
    points: float = Field(description="0-25.")
    change: float | None = Field(description="Since the snapshot a week earlier.")
    no_data_points: float = Field(
        0.0, description="Points of the pillar's signals that no loaded source feeds."
    )


class Rank(BaseModel):
    group: str = Field(description="industry, network or team.")
    rank: int | None
    size: int | None = Field(description="Members in the group.")
    top_percent: int | None = Field(description="The member is in the top N% of the group.")
    average: float | None = Field(description="The group's average index.")
    label: str


class SignalPoints(BaseModel):
    signal: str
    pillar: str
    raw: float | None
    trials: float | None
    points: float
    max_points: float
    action: str
    increment: float
    gain: float = Field(description="Points gained by doing `action` `increment` more times.")
    no_data: bool = Field(
        False,
        description="True when no loaded source feeds this signal (its 0 points say nothing "
        "about the member); `note` names what would.",
    )
    note: str | None = Field(
        None,
        description="Why a rate earns nothing yet (no trials in the window), or which export "
        "would feed a signal with no data; else null.",
    )


class NextAction(BaseModel):
    action: str
    signal: str
    increment: float
    gain: float


class IndexChange(BaseModel):
    since: date | None
    total: float | None


class OfficialReading(BaseModel):
    """The official index reading of a snapshot's week, when saved readings were imported."""

    as_of: date
    total: float | None
    brand: float | None
    find: float | None
    engage: float | None
    relationships: float | None


class HistoryPoint(BaseModel):
    as_of: date
    total: float
    brand: float
    find: float
    engage: float
    relationships: float
    industry_top_percent: int | None = Field(description="'Top N%' in the industry that day.")
    network_top_percent: int | None
    team_top_percent: int | None
    official: OfficialReading | None = Field(
        description="The official reading of the same day or the six days before, if any."
    )


class MemberIndex(BaseModel):
    """A member's index on their latest scoring date (or the last on or before `as_of`),
    explained, with its history."""

    member_id: int
    name: str | None
    as_of: date
    model: str
    total: float = Field(description="The index, 0-100.")
    no_data_points: float = Field(
        0.0, description="Points of signals no loaded source feeds (see `signals[].no_data`)."
    )
    sources: list[str] | None = Field(
        None, description="Where the member's data came from (e.g. archive, crm); null if unknown."
    )
    change: IndexChange
    pillars: list[Pillar]
    ranks: list[Rank]
    signals: list[SignalPoints]
    next_actions: list[NextAction]
    history: list[HistoryPoint]


class TeamSummary(BaseModel):
    team_id: int
    name: str | None
    manager_id: int | None
    manager_name: str | None = None
    size: int = Field(description="Members whose team this is.")
    average: float | None = Field(description="Average index on the latest scoring date.")


class TeamsPage(BaseModel):
    as_of: date | None
    total: int
    limit: int
    offset: int
    teams: list[TeamSummary]


class LeaderboardRow(BaseModel):
    member_id: int
    name: str | None
    team_rank: int | None
    total: float
    brand: float
    find: float
    engage: float
    relationships: float
    change: float | None = Field(description="Index change since the previous week's snapshot.")
    vs_average: float = Field(description="Index minus the team's average index.")
    grade: str | None = Field(
        None,
        description="The rep's win-rate grade in `graded.period` (A best, E lowest, '-' too few "
        "closed deals), or null without a closed deal then.",
    )


class GradedPeriod(BaseModel):
    by: str = Field(description="Grading period (see `/reps/{member_id}` without `by`).")
    period: UtcDateTime | None = Field(description="Start of the graded period.")
    reason: str


class DistributionBin(BaseModel):
    low: int
    high: int
    members: int


class TrendPoint(BaseModel):
    as_of: date
    average: float
    members: int


class TeamBoard(BaseModel):
    """One team on the latest scoring date; `total` counts the scored members."""

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
    rows: list[LeaderboardRow]
    distribution: list[DistributionBin]
    trend: list[TrendPoint]


class RepWindow(BaseModel):
    from_: UtcDateTime | None = Field(alias="from", serialization_alias="from")
    to_exclusive: UtcDateTime | None
    by: str


UNIT_DESCRIPTION = "How the value reads: " + "; ".join(f"{u}: {m}" for u, m in UNITS.items()) + "."


class RepMetric(BaseModel):
    period: UtcDateTime
    metric: str
    unit: str = Field(description=UNIT_DESCRIPTION)
    value: float | None
    team_median: float | None
    team_reps: float | None
    team_percentile: float | None


ResultRow = dict[str, UtcDateTime | bool | int | float | str | None]
"""A row of a result table; timestamps carry their `Z` like every other in the API."""


class RepNumbers(BaseModel):
    """A rep's micro-metrics, grades (with intervals) and trend verdicts."""

    member_id: int
    name: str | None
    team_id: int | None
    window: RepWindow
    graded_period: UtcDateTime | None
    grading_reason: str | None = Field(
        None, description="Why this grading period was chosen, when `by` was not given."
    )
    level: float = Field(description="Confidence level of every interval.")
    exclusions: dict[str, int]
    metrics: list[RepMetric]
    grades: list[ResultRow] = Field(
        description="Per period: deals, win rate with Wilson and shrunk intervals, revenue "
        "with its interval, grade (A best, E lowest, '-' not enough data)."
    )
    trends: list[ResultRow] = Field(
        description="Per metric and period: change from the previous period, its interval "
        "and the verdict (improved, regressed, no clear change, not enough data)."
    )
    cycle_and_deal_size: list[ResultRow] = Field(
        description="Per period: cycle on won deals beside deal size, the cycle relative to the "
        "company's for deals of those sizes, and whether deal size explains the difference."
    )
    regression_to_the_mean: list[ResultRow] = Field(
        description="Per period after a top or bottom one: where chance alone would take the "
        "rep's win rate."
    )
    coaching: list[str] = Field(
        description="Up to three behaviours that help on a rep's own deals where this rep does "
        "least, with the adjusted effect behind each (from all closed deals)."
    )


class KpiDefinition(BaseModel):
    name: str = Field(description="The KPI's column in the rows.")
    label: str = Field(description="What a person reads in place of the name.")
    unit: str = Field(description=UNIT_DESCRIPTION)
    definition: str
    higher_is_better: bool | None = Field(
        description="Which way the KPI is good; null when neither way is."
    )


class KpiPage(BaseModel):
    family: str
    window: RepWindow
    definitions: list[KpiDefinition]
    total: int = Field(description="Periods in the window.")
    first_unfinished: int | None = Field(
        None,
        description="Index (among all rows) of the first period that ends after the window or "
        "after the activity on record: from there on periods are only partly counted.",
    )
    limit: int
    offset: int
    rows: list[ResultRow] = Field(description="One row per period: `period` and each KPI.")
