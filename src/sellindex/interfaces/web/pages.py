"""Server-rendered pages: sign in and out, the caller's own profile, people, and the Data page.

Pages call the same `queries` as the API, so what a page shows is what the API answers.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path as FilePath
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from sellindex.interfaces.web import queries
from sellindex.interfaces.web.api import Limit, MemberId, Offset, TableName
from sellindex.interfaces.web.auth import (
    SESSION_COOKIE,
    AdminDep,
    Caller,
    CallerDep,
    ManagerDep,
    StoreDep,
    csrf_token,
    resolve_caller,
    set_csrf_cookie,
    set_session_cookie,
)
from sellindex.interfaces.web.charts import bar_chart
from sellindex.store.accounts import (
    ROLES,
    SESSION_LIFETIME,
    authenticate,
    create_session,
    end_session,
)

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


templates.env.filters.update(when=_when, day=_day, num=_num, yesno=_yesno)
REJECTS_PAGE_SIZE = 25
MEMBERS_PAGE_SIZE = 50


@dataclass(frozen=True)
class NavItem:
    label: str
    path: str
    roles: tuple[str, ...]


NAVIGATION: list[NavItem] = [
    NavItem("Me", "/", ROLES),
    NavItem("People", "/members", ("manager", "admin")),
    NavItem("Data", "/data", ("admin",)),
]
"""The navigation bar; a page is listed only for the roles its route lets in."""


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
    user = authenticate(store, email, password)
    if user is None:
        context = {"next": _safe_next(next), "error": "Wrong email or password.", "email": email}
        return render(request, "login.html", context, status_code=401)
    response = RedirectResponse(_safe_next(next), status_code=303)
    lifetime = int(SESSION_LIFETIME.total_seconds())
    set_session_cookie(response, request, create_session(store, user), lifetime)
    # A fresh CSRF token at sign-in: one planted before it is worthless after it.
    set_csrf_cookie(response, request, secrets.token_urlsafe(32))
    return response


@router.post("/logout")
def logout(request: Request, caller: CallerDep, store: StoreDep) -> Response:
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        end_session(store, token)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/", response_class=HTMLResponse)
def home(request: Request, caller: CallerDep, store: StoreDep) -> Response:
    return render(request, "home.html", {"me": queries.me(caller, store)}, caller)


@router.get("/members", response_class=HTMLResponse)
def members(request: Request, caller: ManagerDep, store: StoreDep, offset: Offset = 0) -> Response:
    page = queries.members_page(caller, store, MEMBERS_PAGE_SIZE, offset)
    return render(request, "members.html", {"page": page, "paging": _pager(page, {})}, caller)


@router.get("/members/{member_id}", response_class=HTMLResponse)
def member(request: Request, member_id: MemberId, caller: CallerDep, store: StoreDep) -> Response:
    profile = queries.member_profile(caller, store, member_id)
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
    status = queries.status(store, loads_limit=loads)
    table_name = table.value if table else None
    rejects = queries.rejects_page(store, table_name, REJECTS_PAGE_SIZE, offset)
    chart = bar_chart(
        [(row["table"], row["rows"]) for row in status["tables"]],
        title="Rows per table",
        chart_id="rows-chart",
    )
    context = {
        "status": status,
        "chart": chart,
        "rejects": rejects,
        "tables": [row["table"] for row in status["tables"]],
        "paging": _pager(rejects, {"table": table_name} if table_name else {}),
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
