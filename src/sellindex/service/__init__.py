"""What every interface shows, computed once: the CLI, the web pages, the API, the scorecard and
the Python API ask here, so a page, its API route and a command always agree.

Answers are typed (`results`), JSON-ready and already narrowed to the asker's `Scope`; HTTP,
terminals and templates are the interfaces' business.
"""

from sellindex.service.admin import admin_overview, import_reports, rejects_page, status
from sellindex.service.cache import CARDS, RESULTS
from sellindex.service.index import member_card
from sellindex.service.insights import insights_view
from sellindex.service.kpis import KPI_FAMILIES, kpi_table
from sellindex.service.people import (
    MEMBER_SORTS,
    me,
    member_profile,
    members_page,
    people_filters,
)
from sellindex.service.periods import activity_span, period_presets
from sellindex.service.reps import grading_choice, rep_numbers
from sellindex.service.results import Insights, KpiTable, MemberCard, RepNumbers, TeamBoard
from sellindex.service.rows import INT64_MAX, INT64_MIN
from sellindex.service.scope import NotVisible, Scope
from sellindex.service.teams import LEADERBOARD_SORTS, team_board, teams_page

__all__ = [
    "CARDS",
    "INT64_MAX",
    "INT64_MIN",
    "KPI_FAMILIES",
    "LEADERBOARD_SORTS",
    "MEMBER_SORTS",
    "RESULTS",
    "Insights",
    "KpiTable",
    "MemberCard",
    "NotVisible",
    "RepNumbers",
    "Scope",
    "TeamBoard",
    "activity_span",
    "admin_overview",
    "grading_choice",
    "import_reports",
    "insights_view",
    "kpi_table",
    "me",
    "member_card",
    "member_profile",
    "members_page",
    "people_filters",
    "period_presets",
    "rejects_page",
    "rep_numbers",
    "status",
    "team_board",
    "teams_page",
]
