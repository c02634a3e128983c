"""Server-rendered pages: sign in and out, the caller's own profile, people, and the Data page.

Pages ask the same `service` as the API, so what a page shows is what the API answers.
"""

from __future__ import annotations

import logging
import math
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path as FilePath
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from sellindex import service
from sellindex.analysis.grading import MIN_DEALS
from sellindex.errors import SellindexError
from sellindex.interfaces.formatting import (
    direction,
    explanation,
    format_value,
    signal_value,
    unit_examples,
)
from sellindex.interfaces.scorecard.charts import interval_chart
from sellindex.interfaces.web.api import (
    AsOfDate,
    FromDate,
    GradingGrain,
    Grain,
    InsightOutcome,
    Limit,
    MemberId,
    MemberSort,
    Offset,
    OptionalTeam,
    Search,
    SeniorityFilter,
    SortKey,
    SortOrder,
    TableName,
    TeamFilter,
    TeamId,
    ToDate,
)
from sellindex.interfaces.web.auth import (
    API_PREFIX,
    SESSION_COOKIE,
    AdminDep,
    Caller,
    CallerDep,
    ManagerDep,
    StoreDep,
    csrf_token,
    presented,
    resolve_caller,
    set_csrf_cookie,
    set_session_cookie,
)
from sellindex.interfaces.web.charts import bar_chart, column_chart, gauge, heat_map, line_chart
from sellindex.metrics.catalogue import catalogue, metric
from sellindex.metrics.ssi.model import PILLAR_LABELS, PILLARS
from sellindex.metrics.units import UNITS
from sellindex.schema import SENIORITY_LABELS
from sellindex.store import Store
from sellindex.store.accounts import (
    ROLES,
    SESSION_LIFETIME,
    authenticate,
    clear_failed_sign_ins,
    create_session,
    end_session,
    record_failed_sign_in,
    sign_in_wait,
)

_log = logging.getLogger(__name__)
MISSING = "\N{EN DASH}"
templates = Jinja2Templates(directory=FilePath(__file__).parent / "templates")


def _when(value: date | datetime | None) -> str:
    if value is None:
        return MISSING
    return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else value.isoformat()


def _day(value: date | datetime | None) -> str:
    if value is None:
        return MISSING
    return (value.date() if isinstance(value, datetime) else value).isoformat()


def _num(value: float | None) -> str:
    if value is None:
        return MISSING
    return f"{value:,}" if isinstance(value, int) else f"{value:,.2f}"


def _yesno(value: bool | None) -> str:
    return MISSING if value is None else ("yes" if value else "no")


templates.env.filters.update(
    when=_when,
    day=_day,
    num=_num,
    yesno=_yesno,
    measure=format_value,
    seniority=lambda level: SENIORITY_LABELS.get(level, level),
)
templates.env.globals.update(
    metric=metric,
    explanation=explanation,
    direction=direction,
    unit_examples=unit_examples,
    signal_value=signal_value,
)
REJECTS_PAGE_SIZE = 25
MEMBERS_PAGE_SIZE = 50
TEAMS_PAGE_SIZE = 50
TEAM_PAGE_SIZE = 50
KPI_PAGE: dict[str, tuple[list[str], list[str]]] = {
    "engagement": (
        ["views", "likes", "comments", "shares", "engagement_rate"],
        ["views", "engagement_rate"],
    ),
    "growth": (
        ["new_members", "members", "logins_per_member", "dau", "wau", "mau", "stickiness"],
        ["new_members", "stickiness", "active_members"],
    ),
    "ads": (
        ["impressions", "clicks", "spend", "revenue", "ctr", "conversion_rate", "roi"],
        ["ctr", "roi"],
    ),
}
"""Per KPI family: the columns of its table and the charts (the first two that the grain has)."""


@dataclass(frozen=True)
class NavItem:
    label: str
    path: str
    roles: tuple[str, ...]


NAVIGATION: list[NavItem] = [
    NavItem("My index", "/", ROLES),
    NavItem("Team", "/teams", ("manager", "admin")),
    NavItem("People", "/members", ("manager", "admin")),
    NavItem("KPIs", "/kpis", ("manager", "admin")),
    NavItem("Insights", "/insights", ("manager", "admin")),
    NavItem("Data", "/data", ("admin",)),
    NavItem("Glossary", "/glossary", ROLES),
]
"""The navigation bar; a page is listed only for the roles its route lets in."""


def _csv_href(request: Request, api_path: str, rows: str | None = None) -> str:
    """The CSV download of a page's table: the API answer behind it, with the page's filters
    (every row, not the page shown; see `csv_answers`)."""
    kept = [(k, v) for k, v in request.query_params.multi_items() if k not in ("offset", "limit")]
    kept.append(("format", "csv"))
    if rows:
        kept.append(("list", rows))
    return f"{API_PREFIX}{api_path}?{urlencode(kept)}"


def render(
    request: Request,
    template: str,
    context: dict[str, Any],
    caller: Caller | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    shared = {
        "caller": caller,
        "nav": [item for item in NAVIGATION if caller is not None and caller.role in item.roles],
        "csrf_token": csrf_token(request),
        "current_path": request.url.path,
        "csv_href": lambda api_path, rows=None: _csv_href(request, api_path, rows),
    }
    return templates.TemplateResponse(
        request, template, {**shared, **context}, status_code=status_code
    )


def _safe_next(target: str | None) -> str:
    """Only same-site paths: `//host` or a scheme would turn login into an open redirect."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


router = APIRouter(include_in_schema=False)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, store: StoreDep, next: str | None = None) -> Response:
    try:
        resolve_caller(request, store)
    except HTTPException:
        return render(request, "login.html", {"next": _safe_next(next), "error": None})
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/login", response_class=HTMLResponse)
def login(
    request: Request,
    store: StoreDep,
    email: Annotated[str, Form(max_length=320)],
    password: Annotated[str, Form(max_length=1024)],
    next: Annotated[str | None, Form(max_length=2048)] = None,
) -> Response:
    address = request.client.host if request.client else None
    wait = sign_in_wait(store, email, address)
    if wait > 0:
        seconds = math.ceil(wait)
        context = {
            "next": _safe_next(next),
            "error": f"Too many failed sign-ins. Wait {seconds} s before trying again.",
            "email": email,
        }
        _log.warning("sign-in refused for %r from %s: throttled for %d s", email, address, seconds)
        response = render(request, "login.html", context, status_code=429)
        response.headers["Retry-After"] = str(seconds)
        return response
    user = authenticate(store, email, password)
    if user is None:
        record_failed_sign_in(store, email, address)
        _log.warning("failed sign-in for %r from %s", email, address)
        context = {"next": _safe_next(next), "error": "Wrong email or password.", "email": email}
        return render(request, "login.html", context, status_code=401)
    clear_failed_sign_ins(store, email)
    response = RedirectResponse(_safe_next(next), status_code=303)
    lifetime = int(SESSION_LIFETIME.total_seconds())
    set_session_cookie(response, request, create_session(store, user), lifetime)
    # A fresh CSRF token at sign-in: one planted before it is worthless after it.
    set_csrf_cookie(response, request, secrets.token_urlsafe(32))
    return response


@router.post("/logout")
def logout(request: Request, caller: CallerDep, store: StoreDep) -> Response:
    token = presented(request).session_cookie
    if token:
        end_session(store, token)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/", response_class=HTMLResponse)
def home(request: Request, caller: CallerDep, store: StoreDep, as_of: AsOfDate = None) -> Response:
    """The caller's own index when they are a scored member; their account otherwise."""
    me = service.me(caller.scope, store, caller.user)
    if caller.role == "admin" and me["member"] is None:
        return _admin_overview(request, caller, store, me)
    if me["member"] is not None:
        try:
            card = service.member_card(caller.scope, store, me["member_id"], as_of)
        except service.NotVisible:
            if as_of is not None:
                raise
            card = None
        if card is not None:
            return _index_page(request, caller, card, me["member"])
    return render(request, "home.html", {"me": me}, caller)


def _admin_overview(request: Request, caller: Caller, store: Store, me: dict[str, Any]) -> Response:
    overview = service.admin_overview(caller.scope, store)
    charts = {
        "distribution": column_chart(
            [(f"{b['low']}-{b['high']}", b["members"]) for b in overview["distribution"]],
            title="Members per index band",
            chart_id="overview-distribution",
            unit="count",
        )
    }
    context = {"me": me, "overview": overview, "charts": charts}
    return render(request, "admin.html", context, caller)


@router.get("/members/{member_id}/index", response_class=HTMLResponse)
def member_index(
    request: Request,
    member_id: MemberId,
    caller: CallerDep,
    store: StoreDep,
    as_of: AsOfDate = None,
) -> Response:
    card = service.member_card(caller.scope, store, member_id, as_of)
    profile = service.member_profile(caller.scope, store, member_id)
    return _index_page(request, caller, card, profile)


def _index_page(
    request: Request, caller: Caller, card: dict[str, Any], profile: dict[str, Any]
) -> Response:
    history = card["history"]
    dates = [row["as_of"].isoformat() for row in history]

    def official(key: str) -> list[tuple[str, list[float | None]]]:
        values = [row["official"][key] if row["official"] else None for row in history]
        return [("Official", values)]

    points = metric("index", "index").unit  # the index and its pillars are in points
    charts = {
        "gauge": gauge(
            card["total"], title="Social Selling Index", chart_id="index-gauge", unit=points
        ),
        "pillars": bar_chart(
            [(PILLAR_LABELS[p["pillar"]], p["points"]) for p in card["pillars"]],
            title="Pillars (0-25 each)",
            chart_id="pillar-chart",
            unit=points,
            maximum=25,
        ),
        "history": line_chart(
            list(zip(dates, [row["total"] for row in history], strict=True)),
            title="Index over time",
            chart_id="history-chart",
            unit=points,
            width=760,
            height=220,
            high=100,
            name="Estimate",
            others=official("total"),
        ),
        "pillar_history": [
            (
                label,
                line_chart(
                    list(zip(dates, [row[key] for row in history], strict=True)),
                    title=f"{label} over time (0-25)",
                    chart_id=f"pillar-history-{key}",
                    unit=points,
                    width=360,
                    height=180,
                    high=25,
                    name="Estimate",
                    others=official(key),
                ),
            )
            for key, label in PILLAR_LABELS.items()
        ],
        "rank_history": line_chart(
            list(zip(dates, [row["industry_top_percent"] for row in history], strict=True)),
            title="Top N% over time (lower is better)",
            chart_id="rank-history",
            unit="count",  # the N of top N%
            width=760,
            height=200,
            high=100,
            name="Industry",
            legend=True,
            others=[
                (group.capitalize(), [row[f"{group}_top_percent"] for row in history])
                for group in ("network", "team")
            ],
        ),
    }
    own = caller.user.member_id == card["member_id"]
    picker = {
        "dates": list(reversed(dates)),
        "shown": card["as_of"].isoformat(),
        "presets": _as_of_presets(dates, card["as_of"]),
    }
    context = {"card": card, "profile": profile, "charts": charts, "own": own, "picker": picker}
    return render(request, "index.html", context, caller)


def _as_of_presets(dates: list[str], shown: date) -> list[tuple[str, str | None]]:
    """Quick picks of the as-of picker: the latest score, and four and thirteen weeks before
    the one shown (the last scoring date on or before each), when there is one."""
    presets: list[tuple[str, str | None]] = [("Latest", None)]
    for label, weeks in (("4 weeks earlier", 4), ("13 weeks earlier", 13)):
        target = (shown - timedelta(weeks=weeks)).isoformat()
        earlier = [d for d in dates if d <= target]
        if earlier:
            presets.append((label, earlier[-1]))
    return presets


@router.get("/teams", response_class=HTMLResponse)
def teams(request: Request, caller: ManagerDep, store: StoreDep, offset: Offset = 0) -> Response:
    """A manager with one team goes straight to it; admins pick from every team."""
    if caller.role == "manager":
        only = service.teams_page(caller.scope, store, 2, 0)
        if only["total"] == 1:
            return RedirectResponse(f"/teams/{only['teams'][0]['team_id']}", status_code=303)
    page = service.teams_page(caller.scope, store, TEAMS_PAGE_SIZE, offset)
    return render(request, "teams.html", {"page": page, "paging": _pager(page, {})}, caller)


@router.get("/teams/{team_id}", response_class=HTMLResponse)
def team(
    request: Request,
    team_id: TeamId,
    caller: ManagerDep,
    store: StoreDep,
    sort: Annotated[SortKey, Query()] = SortKey.total,  # type: ignore[attr-defined]
    order: Annotated[SortOrder, Query()] = SortOrder.desc,
    offset: Offset = 0,
) -> Response:
    board = service.team_board(
        caller.scope, store, team_id, sort.value, order is SortOrder.desc, TEAM_PAGE_SIZE, offset
    )
    pillars = list(PILLARS)
    charts = {
        "heat": heat_map(
            [
                (row["name"] or str(row["member_id"]), [row[p] for p in pillars])
                for row in board["rows"]
            ],
            [PILLAR_LABELS[p] for p in pillars],
            title="Pillar points per rep (0-25)",
            chart_id="heat-map",
            unit=metric(pillars[0], "pillar").unit,
        ),
        "distribution": column_chart(
            [(f"{b['low']}-{b['high']}", b["members"]) for b in board["distribution"]],
            title="Members per index band",
            chart_id="distribution-chart",
            unit="count",
        ),
        "trend": line_chart(
            [(row["as_of"].isoformat(), row["average"]) for row in board["trend"]],
            title="Team average index",
            chart_id="trend-chart",
            unit=metric("index", "index").unit,
            width=460,
            high=100,
        ),
    }
    params = {"sort": sort.value, "order": order.value}
    context = {
        "board": board,
        "charts": charts,
        "pillar_labels": {p: PILLAR_LABELS[p] for p in pillars},
        "columns": [
            ("name", "Name", False),
            ("total", "Index", True),
            *((key, PILLAR_LABELS[key], True) for key in pillars),
            ("change", "Week change", True),
        ],
        "paging": _pager(board, params),
        "sort_link": lambda key: (
            "?" + urlencode({"sort": key, "order": _next_order(key, sort.value, order)})
        ),
    }
    return render(request, "team.html", context, caller)


def _next_order(key: str, current: str, order: SortOrder) -> str:
    """A click on the sorted column flips it; another column starts with its natural order
    (text A to Z, numbers highest first)."""
    if key == current:
        return "asc" if order is SortOrder.desc else "desc"
    return "desc" if key in NUMBER_SORTS else "asc"


NUMBER_SORTS = ("total", *PILLARS, "change", "index")


@router.get("/reps/{member_id}", response_class=HTMLResponse)
def rep(
    request: Request,
    member_id: MemberId,
    caller: CallerDep,
    store: StoreDep,
    start: FromDate = None,
    end: ToDate = None,
    by: Annotated[GradingGrain | None, Query()] = None,
) -> Response:
    numbers = service.rep_numbers(
        caller.scope, store, member_id, start, end, by.value if by else None
    )
    latest = numbers["graded_period"]
    # Graded over the whole window, the micro-metrics still come per month: show the last one.
    pooled = numbers["window"]["by"] == "all"
    periods = sorted({row["period"] for row in numbers["metrics"]})
    shown = periods[-1] if pooled and periods else latest
    current = [row for row in numbers["metrics"] if row["period"] == shown]
    grade = next((g for g in numbers["grades"] if g["period"] == latest), None)
    trend_charts = []
    for name in ("win_rate", "booked_revenue", "speed_to_lead_median_h"):
        series = [
            (row["period"].strftime("%Y-%m"), row["value"])
            for row in numbers["metrics"]
            if row["metric"] == name
        ]
        if series:
            title = metric(name).label
            chart = line_chart(
                series,
                title=title,
                chart_id=f"rep-trend-{name}",
                unit=metric(name).unit,
                width=340,
                height=190,
            )
            trend_charts.append((title, chart))
    verdicts = {row["metric"]: row for row in numbers["trends"] if row["period"] == latest}
    context = {
        "cycle": next((c for c in numbers["cycle_and_deal_size"] if c["period"] == latest), None),
        "regression": next(
            (r for r in numbers["regression_to_the_mean"] if r["period"] == latest), None
        ),
        "numbers": numbers,
        "current": current,
        "metrics_period": shown if pooled else None,
        "grade": grade,
        "verdicts": verdicts,
        "trend_charts": trend_charts,
        "filters": {"from": start, "to": end, "by": numbers["window"]["by"]},
        "min_deals": MIN_DEALS,
    }
    return render(request, "rep.html", context, caller)


@router.get("/insights", response_class=HTMLResponse)
def insights(
    request: Request,
    caller: ManagerDep,
    store: StoreDep,
    outcome: Annotated[InsightOutcome, Query()] = InsightOutcome.won,
    start: FromDate = None,
    end: ToDate = None,
    team: OptionalTeam = None,
) -> Response:
    """What top performers do differently, with the warnings beside each finding."""
    try:
        report = service.insights_view(caller.scope, store, outcome.value, start, end, team)
    except service.NotVisible:
        raise
    except SellindexError as exc:
        report, problem = None, str(exc)
    else:
        problem = None
    charts: dict[tuple[str, str], str] = {}
    if report is not None and report["scale"] != "difference":
        for finding in report["findings"]:
            for part in ("within", "between"):
                estimate = finding[part]
                if estimate is not None:
                    charts[finding["behaviour"], part] = interval_chart(
                        estimate["value"], estimate["low"], estimate["high"], 1.0,
                        (0.5, 2.0), lambda v: f"{v:.2f}", reference_label="no effect",
                        width=220, name=f"{finding['label']}, {part} reps",
                    )  # fmt: skip
    context = {
        "report": report,
        "problem": problem,
        "charts": charts,
        "filters": {"outcome": outcome.value, "from": start, "to": end, "team": team},
        "outcomes": [o.value for o in InsightOutcome],
    }
    return render(request, "insights.html", context, caller)


@router.get("/kpis", response_class=HTMLResponse)
def kpis(
    request: Request,
    caller: ManagerDep,
    store: StoreDep,
    start: FromDate = None,
    end: ToDate = None,
    by: Annotated[Grain, Query()] = Grain.month,
) -> Response:
    families = {}
    for family, (value_keys, charted) in KPI_PAGE.items():
        result = service.kpi_table(store, family, start, end, by.value, 500, 0)
        units = {d["name"]: d["unit"] for d in result["definitions"]}
        # growth's KPIs depend on the grain (no monthly actives in a week): show what exists
        value_keys = [key for key in value_keys if key in units]
        charted = [key for key in charted if key in units][:2]
        label = "%Y-%m-%d" if by.value in ("day", "week") else "%Y-%m"
        charts = [
            (
                metric(key).label,
                line_chart(
                    [(row["period"].strftime(label), row[key]) for row in result["rows"]],
                    title=metric(key).label,
                    chart_id=f"kpi-{family}-{key}",
                    width=440,
                    height=190,
                    unit=units[key],
                    incomplete_from=result["first_unfinished"],
                ),
            )
            for key in charted
        ]
        families[family] = {
            "result": result,
            "columns": value_keys,
            "units": units,
            "charts": charts,
        }
    first, last = service.activity_span(store)
    shown = {
        "from": start or (first.date() if first else None),
        "to": end or (last.date() if last else None),
        "by": by.value,
    }
    context = {
        "families": families,
        "filters": {"from": start, "to": end, "by": by.value},
        "shown": shown,
        "presets": service.period_presets(store),
    }
    return render(request, "kpis.html", context, caller)


@router.get("/glossary", response_class=HTMLResponse)
def glossary(request: Request, caller: CallerDep) -> Response:
    """Every metric a page shows, with its definition: the index, its pillars and signals,
    and every KPI family, in the catalogue's order."""
    families: dict[str, list[Any]] = {}
    for entry in catalogue():
        families.setdefault(entry.family, []).append(entry)
    return render(request, "glossary.html", {"families": families, "units": UNITS}, caller)


@router.get("/members", response_class=HTMLResponse)
def members(
    request: Request,
    caller: ManagerDep,
    store: StoreDep,
    offset: Offset = 0,
    q: Search = None,
    team: TeamFilter = None,
    seniority: SeniorityFilter = None,
    sort: Annotated[MemberSort, Query()] = "name",  # type: ignore[assignment]
    order: Annotated[SortOrder, Query()] = SortOrder.asc,
) -> Response:
    """People in scope, searched by name, title or company, filtered and sorted."""
    page = service.members_page(
        caller.scope, store, MEMBERS_PAGE_SIZE, offset, q, team, seniority, str(sort),
        order is SortOrder.desc,
    )  # fmt: skip
    kept = {"q": q, "team": team, "seniority": seniority}
    kept = {key: value for key, value in kept.items() if value is not None}
    params = {**kept, "sort": str(sort), "order": order.value}
    context = {
        "page": page,
        "filters": service.people_filters(caller.scope, store),
        "paging": _pager(page, params),
        "sort_link": lambda key: (
            "?" + urlencode({**kept, "sort": key, "order": _next_order(key, str(sort), order)})
        ),
        "columns": [
            ("name", "Name", False),
            ("title", "Title", False),
            ("company", "Company", False),
            ("seniority", "Seniority", False),
            ("team", "Team", False),
            ("index", "Index", True),
        ],
    }
    return render(request, "members.html", context, caller)


@router.get("/members/{member_id}", response_class=HTMLResponse)
def member(request: Request, member_id: MemberId, caller: CallerDep, store: StoreDep) -> Response:
    profile = service.member_profile(caller.scope, store, member_id)
    return render(request, "member.html", {"member": profile}, caller)


@router.get("/data", response_class=HTMLResponse)
def data(
    request: Request,
    caller: AdminDep,
    store: StoreDep,
    table: Annotated[TableName | None, Query()] = None,
    offset: Offset = 0,
    loads: Limit = 10,
) -> Response:
    status = service.status(store, loads_limit=loads)
    table_name = table.value if table else None
    rejects = service.rejects_page(store, table_name, REJECTS_PAGE_SIZE, offset)
    chart = bar_chart(
        [(row["table"], row["rows"]) for row in status["tables"]],
        title="Rows per table",
        chart_id="rows-chart",
        unit="count",
    )
    context = {
        "status": status,
        "chart": chart,
        "rejects": rejects,
        "tables": [row["table"] for row in status["tables"]],
        "paging": _pager(rejects, {"table": table_name} if table_name else {}),
        "imports": service.import_reports(store),
    }
    return render(request, "data.html", context, caller)


def _pager(page: dict[str, Any], params: dict[str, str]) -> dict[str, Any]:
    """Previous / next links for a page of `total` rows seen `limit` at a time."""
    limit, offset, total = page["limit"], page["offset"], page["total"]

    def link(at: int) -> str:
        return "?" + urlencode({**params, "offset": at})

    return {
        "first_row": offset + 1 if total and offset < total else 0,
        "last_row": min(offset + limit, total),
        "total": total,
        "previous": link(max(offset - limit, 0)) if offset > 0 else None,
        "next": link(offset + limit) if offset + limit < total else None,
    }
