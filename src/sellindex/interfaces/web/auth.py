"""Who is calling, what they may see, and protection of every state-changing request.

A request's credential (an API bearer token or a browser session cookie, never both) is read
and checked once, by the `IdentifyCaller` middleware, against the accounts file. Every route
depends on `resolve_caller` (directly or through `allow`), which turns that result into a
`Caller` with a `Scope`. Unauthenticated calls are refused with 401 (the page handler turns
that into a redirect to the login form).

CSRF: browser sessions ride on a cookie the browser sends by itself, so every unsafe request
made with that cookie must also carry the CSRF token (double-submit: a random value kept in its
own HttpOnly, SameSite=Strict cookie and repeated in a form field or the `X-CSRF-Token` header).
Bearer-token calls carry no ambient credential and need no CSRF token.
"""

from __future__ import annotations

import hmac
import secrets
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import Depends, HTTPException, Request, Response
from fastapi.responses import JSONResponse, PlainTextResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.types import ASGIApp, Receive, Send
from starlette.types import Scope as AsgiScope

from sellindex.service.scope import Scope
from sellindex.store import Store
from sellindex.store.accounts import (
    ROLES,
    Credential,
    User,
    session_credential,
    token_credential,
)

API_PREFIX = "/api/v1"
SESSION_COOKIE = "sellindex_session"
CSRF_COOKIE = "sellindex_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


@dataclass(frozen=True)
class Caller:
    user: User
    scope: Scope
    via: Literal["token", "session"]

    @property
    def role(self) -> str:
        return self.user.role


def get_store(request: Request) -> Iterator[Store]:
    """A per-request cursor on the server's store: DuckDB connections are not shared by threads.

    The cursor's queries share the request's time budget: past it they are interrupted, and
    the request is answered 503 (see `app`), so one costly question cannot hold a worker.
    """
    root: Store = request.app.state.store
    with request.app.state.cursor_lock:
        cursor = root.con.cursor()
    store = Store(root.path, cursor, root.read_only)
    seconds: float | None = request.app.state.query_seconds
    alarm = threading.Timer(seconds, cursor.interrupt) if seconds else None
    if alarm is not None:
        alarm.daemon = True
        alarm.start()
    try:
        yield store
    finally:
        if alarm is not None:
            alarm.cancel()
        store.close()


StoreDep = Annotated[Store, Depends(get_store)]


def is_api_request(request: Request) -> bool:
    return request.url.path.startswith(API_PREFIX)


_bearer_scheme = HTTPBearer(
    auto_error=False, description="An API token from `sellindex tokens create EMAIL`."
)
BearerDep = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer_scheme)]

ONE_CREDENTIAL = (
    "send one credential: an API token (Authorization: Bearer) or a session cookie, not several"
)


@dataclass(frozen=True)
class Presented:
    """The credential a request carries, read once from its raw headers."""

    credential: Credential | None
    problem: str | None
    """Why a credential that was sent is not accepted (None when none was sent)."""
    session_cookie: str | None


def _presented(headers: list[tuple[bytes, bytes]]) -> tuple[list[str], list[str]]:
    """Every Authorization header and every session cookie, however many were sent."""
    authorizations: list[str] = []
    sessions: list[str] = []
    for name, value in headers:
        if name == b"authorization":
            authorizations.append(value.decode("latin-1"))
        elif name == b"cookie":
            sessions.extend(_cookies(value.decode("latin-1"), SESSION_COOKIE))
    return authorizations, sessions


def _cookies(header: str, name: str) -> list[str]:
    values = []
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            values.append(value.strip().strip('"'))
    return values


def bearer_token(header: str) -> str | None:
    """The token of an `Authorization: Bearer <token>` header; None when it reads otherwise."""
    scheme, _, token = header.strip().partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def identify(store: Store, headers: list[tuple[bytes, bytes]]) -> Presented | None:
    """Who a request's credential belongs to, checked against the accounts file now.

    None when the request carries more than one credential: which one to believe is not for
    the server to guess, and two readers of the headers could otherwise pick different ones.
    """
    authorizations, sessions = _presented(headers)
    if len(authorizations) + len(sessions) > 1:
        return None
    if authorizations:
        token = bearer_token(authorizations[0])
        if token is None:
            return Presented(None, "the Authorization header must read `Bearer <token>`", None)
        found = token_credential(store, token)
        return Presented(found, None if found else "unknown or revoked API token", None)
    if sessions:
        found = session_credential(store, sessions[0]) if sessions[0] else None
        problem = None if found else "your session has ended; sign in again"
        return Presented(found, problem, sessions[0])
    return Presented(None, None, None)


class IdentifyCaller:
    """ASGI middleware that resolves each request's credential exactly once.

    Every later reader (the routes' `resolve_caller`, the answer cache, logout) takes the
    result from the request's state and never reads the headers again. A request with more
    than one credential is refused with 400 before anything else sees it.
    """

    def __init__(self, app: ASGIApp, store: Store) -> None:
        self.app = app
        self.store = store

    async def __call__(self, scope: AsgiScope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        presented = identify(self.store, scope["headers"])
        if presented is None:
            refusal: Response = (
                JSONResponse({"detail": ONE_CREDENTIAL}, 400)
                if scope["path"].startswith(API_PREFIX)
                else PlainTextResponse(ONE_CREDENTIAL, 400)
            )
            await refusal(scope, receive, send)
            return
        scope.setdefault("state", {})[PRESENTED_STATE] = presented
        await self.app(scope, receive, send)


PRESENTED_STATE = "presented"


def presented(request: Request) -> Presented:
    found = request.scope.get("state", {}).get(PRESENTED_STATE)
    if not isinstance(found, Presented):
        raise RuntimeError("IdentifyCaller must wrap the app")
    return found


class ManagedTeams:
    """The teams a manager manages, remembered while the store is read-only (the members and
    teams tables cannot change then; accounts can, and are read on every request)."""

    LIMIT = 10_000

    def __init__(self, remember: bool) -> None:
        self.remember = remember
        self._lock = threading.Lock()
        self._known: dict[tuple[str, int | None], tuple[int, ...]] = {}

    def of(self, store: Store, user: User) -> tuple[int, ...]:
        key = (user.role, user.member_id)
        if self.remember:
            with self._lock:
                if key in self._known:
                    return self._known[key]
        team_ids = Scope.for_user(store, user).team_ids
        if self.remember:
            with self._lock:
                if len(self._known) >= self.LIMIT:
                    self._known.pop(next(iter(self._known)))
                self._known[key] = team_ids
        return team_ids


def resolve_caller(request: Request, store: StoreDep, _declared: BearerDep = None) -> Caller:
    """The one place that turns a request into a caller; every route goes through it.

    `_declared` only puts the bearer scheme in the OpenAPI document; the credential itself was
    read once by `IdentifyCaller`.
    """
    found = presented(request)
    if found.credential is None:
        raise not_authenticated(
            found.problem or "sign in, or send an API token as `Authorization: Bearer <token>`"
        )
    user = found.credential.user
    teams: ManagedTeams = request.app.state.managed_teams
    scope = Scope(store, user.role, user.member_id, teams.of(store, user))
    return Caller(user, scope, found.credential.via)


CallerDep = Annotated[Caller, Depends(resolve_caller)]


def not_authenticated(detail: str) -> HTTPException:
    return HTTPException(401, detail, headers={"WWW-Authenticate": "Bearer"})


def allow(*roles: str) -> Callable[[Caller], Caller]:
    """A dependency that lets only `roles` through (403 for the others)."""
    unknown = set(roles) - set(ROLES)
    if unknown:
        raise ValueError(f"unknown roles {sorted(unknown)}")

    def check(caller: CallerDep) -> Caller:
        if caller.role not in roles:
            raise HTTPException(403, f"this needs the {' or '.join(roles)} role")
        return caller

    return check


AdminDep = Annotated[Caller, Depends(allow("admin"))]
ManagerDep = Annotated[Caller, Depends(allow("manager", "admin"))]


async def csrf_guard(request: Request) -> None:
    """App-wide dependency: unsafe requests riding on cookies must repeat the CSRF token."""
    if request.method in SAFE_METHODS or "authorization" in request.headers:
        return
    if is_api_request(request) and presented(request).session_cookie is None:
        return  # no credential at all: authentication answers 401
    expected = request.cookies.get(CSRF_COOKIE)
    sent = request.headers.get(CSRF_HEADER)
    content_type = request.headers.get("content-type", "")
    if sent is None and content_type.startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        value = (await request.form()).get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    if not expected or not sent or not hmac.compare_digest(expected, sent):
        raise HTTPException(403, "missing or wrong CSRF token; reload the page and try again")


def csrf_token(request: Request) -> str:
    """The token to put in this page's forms; a new one is issued when the browser has none."""
    current = request.cookies.get(CSRF_COOKIE)
    if current:
        return current
    issued = getattr(request.state, "issued_csrf", None)
    if issued is None:
        issued = secrets.token_urlsafe(32)
        request.state.issued_csrf = issued
    return issued


def is_https(request: Request) -> bool:
    return request.url.scheme == "https"


def set_csrf_cookie(response: Response, request: Request, value: str) -> None:
    response.set_cookie(
        CSRF_COOKIE, value, httponly=True, samesite="strict", secure=is_https(request), path="/"
    )


def set_session_cookie(response: Response, request: Request, token: str, max_age: int) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=max_age,
        httponly=True,
        samesite="lax",
        secure=is_https(request),
        path="/",
    )
