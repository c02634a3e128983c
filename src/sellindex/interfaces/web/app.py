"""The web application: pages for people, a JSON API under /api/v1 for programs.

`create_app(store)` builds the app around an open store that the caller owns (the `serve`
command, or a test). DuckDB lets one process write a store at a time, so the server holds it
for as long as it runs and serves each request on its own cursor.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from urllib.parse import urlencode

import duckdb
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sellindex import __version__
from sellindex.errors import SellindexError
from sellindex.interfaces.web import api, pages
from sellindex.interfaces.web.answer_cache import AnswerCache
from sellindex.interfaces.web.auth import (
    API_PREFIX,
    CSRF_COOKIE,
    Caller,
    IdentifyCaller,
    ManagedTeams,
    csrf_guard,
    get_store,
    is_api_request,
    resolve_caller,
    set_csrf_cookie,
)
from sellindex.interfaces.web.csv_answers import CsvAnswers
from sellindex.service.scope import NotVisible
from sellindex.store import Store

_log = logging.getLogger(__name__)
STATIC_DIR = Path(__file__).parent / "static"
SWAGGER_UI = "/static/vendor/swagger-ui-5.32.0"
DOCS_PATH = f"{API_PREFIX}/docs"

_PAGE_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
# Swagger UI styles its elements inline; its scripts are files like every page's.
_DOCS_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self'; frame-ancestors 'none'; base-uri 'none'"
)
_PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), display-capture=(), fullscreen=(self)"
)
_HSTS = "max-age=31536000; includeSubDomains"


DEFAULT_QUERY_SECONDS = 30.0


def create_app(store: Store, query_seconds: float | None = DEFAULT_QUERY_SECONDS) -> FastAPI:
    """The app around an open store. Each request's queries may run `query_seconds` in all
    (None: no limit) before they are interrupted and the request is answered 503."""
    app = FastAPI(
        title="sellindex",
        version=__version__,
        description=(
            "The sellindex web API. Authenticate with `Authorization: Bearer <token>` "
            "(create one with `sellindex tokens create EMAIL`). A member sees their own data, "
            "a manager their team's, an admin everything."
        ),
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(csrf_guard)],
    )
    app.state.store = store
    app.state.cursor_lock = threading.Lock()
    app.state.query_seconds = query_seconds
    app.state.managed_teams = ManagedTeams(remember=store.read_only)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get(DOCS_PATH, include_in_schema=False)
    def api_docs(request: Request) -> HTMLResponse:
        context = {"swagger": SWAGGER_UI, "openapi_url": f"{API_PREFIX}/openapi.json"}
        return pages.templates.TemplateResponse(request, "api_docs.html", context)

    app.add_middleware(AnswerCache, enabled=store.read_only)
    app.add_middleware(IdentifyCaller, store=store)  # before the cache: it keys on the caller
    app.add_middleware(CsvAnswers)  # each page of a download passes the checks above
    app.add_middleware(SecurityHeaders)  # outermost: replayed answers get the headers too
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(NotVisible, _not_visible)
    app.add_exception_handler(SellindexError, _user_error)
    app.add_exception_handler(duckdb.InterruptException, _over_budget)
    app.add_exception_handler(duckdb.OutOfMemoryException, _over_budget)
    return app


class SecurityHeaders:
    """Adds the security headers (and a CSRF cookie issued while rendering) to every answer.

    A plain ASGI middleware: one that wraps the request in `BaseHTTPMiddleware` costs a task
    and a stream per request, a large share of a cached page's time under load.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"]

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                issued = scope.get("state", {}).get("issued_csrf")
                already_set = any(
                    name == b"set-cookie" and value.startswith(f"{CSRF_COOKIE}=".encode())
                    for name, value in message.get("headers", [])
                )
                if issued and not already_set:
                    carrier = Response()
                    set_csrf_cookie(carrier, Request(scope), issued)
                    for name, value in carrier.raw_headers:
                        if name == b"set-cookie":
                            headers.append("set-cookie", value.decode("latin-1"))
                policy = _DOCS_POLICY if path == DOCS_PATH else _PAGE_POLICY
                headers.setdefault("Content-Security-Policy", policy)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("X-Frame-Options", "DENY")
                headers.setdefault("Referrer-Policy", "same-origin")
                headers.setdefault("Permissions-Policy", _PERMISSIONS_POLICY)
                if scope.get("scheme") == "https":
                    headers.setdefault("Strict-Transport-Security", _HSTS)
                if not path.startswith("/static/"):
                    headers.setdefault("Cache-Control", "no-store")
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _error_page(request: Request, status_code: int, detail: str) -> Response:
    caller = None
    try:
        caller = _caller_if_any(request)
    except Exception:  # an error page must render even when the store cannot be read
        caller = None
    return pages.render(
        request, "error.html", {"status_code": status_code, "detail": detail}, caller, status_code
    )


def _caller_if_any(request: Request) -> Caller | None:
    """Who is looking at an error page, so it keeps their navigation; None when unknown."""
    stores = get_store(request)
    store = next(stores)
    try:
        return resolve_caller(request, store)
    except HTTPException:
        return None
    finally:
        stores.close()


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    if is_api_request(request) or request.url.path.startswith("/static/"):
        return JSONResponse({"detail": detail}, exc.status_code, headers=exc.headers)
    if exc.status_code == 401:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse("/login?" + urlencode({"next": target}), status_code=303)
    return _error_page(request, exc.status_code, detail)


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    if is_api_request(request):
        return await request_validation_exception_handler(request, exc)
    problems = "; ".join(
        f"{'.'.join(str(part) for part in error['loc'][1:])}: {error['msg']}"
        for error in exc.errors()
    )
    return _error_page(request, 422, f"The request was not understood ({problems}).")


async def _over_budget(request: Request, exc: Exception) -> Response:
    limit = request.app.state.query_seconds
    what = "memory" if isinstance(exc, duckdb.OutOfMemoryException) else f"{limit:g} s"
    detail = (
        f"this request needs more than its {what} budget; ask for a shorter window "
        "(from / to) or longer periods (by)"
    )
    _log.warning("%s %s: over its %s budget", request.method, request.url.path, what)
    if is_api_request(request):
        return JSONResponse({"detail": detail}, 503)
    return _error_page(request, 503, detail)


async def _not_visible(request: Request, exc: Exception) -> Response:
    """Absent and out of scope answer alike: 404, so a refusal tells nothing of existence."""
    return await _http_error(request, StarletteHTTPException(404, str(exc)))


async def _user_error(request: Request, exc: Exception) -> Response:
    if is_api_request(request):
        return JSONResponse({"detail": str(exc)}, 400)
    return _error_page(request, 400, str(exc))
