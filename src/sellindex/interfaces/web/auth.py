"""Who is calling, what they may see, and protection of every state-changing request.

Every route depends on `resolve_caller` (directly or through `allow`), which turns an API bearer
token or a browser session cookie into a `Caller` with a `Scope`. Unauthenticated calls are
refused with 401 (the page handler turns that into a redirect to the login form).

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
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, HTTPException, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from sellindex.interfaces.web.scope import Scope
from sellindex.store import Store
from sellindex.store.accounts import (
    ROLES,
    User,
    hash_secret,
    session_holder,
    user_for_token,
    user_if_unchanged,
)
from sellindex.store.sessions import SessionBook

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
    """A per-request cursor on the server's store: DuckDB connections are not shared by threads."""
    root: Store = request.app.state.store
    with request.app.state.cursor_lock:
        cursor = root.con.cursor()
    store = Store(root.path, cursor, root.read_only)
    try:
        yield store
    finally:
        store.close()


StoreDep = Annotated[Store, Depends(get_store)]


def is_api_request(request: Request) -> bool:
    return request.url.path.startswith(API_PREFIX)


_bearer_scheme = HTTPBearer(
    auto_error=False, description="An API token from `sellindex tokens create EMAIL`."
)
BearerDep = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer_scheme)]


@dataclass(frozen=True)
class Identity:
    """Who a credential belongs to and the teams they manage: a caller without the store."""

    user: User
    team_ids: tuple[int, ...]
    via: Literal["token", "session"]

    @classmethod
    def of(cls, store: Store, user: User, via: Literal["token", "session"]) -> Identity:
        return cls(user, Scope.for_user(store, user).team_ids, via)

    def caller(self, store: Store) -> Caller:
        scope = Scope(store, self.user.role, self.user.member_id, self.team_ids)
        return Caller(self.user, scope, self.via)


class Callers:
    """Turns credentials into identities, remembering them when the store is read-only.

    A read-only store's users, tokens and team memberships cannot change while it is open, so a
    token, or a session's account, resolved once stays resolved. Whether a session is still
    open is always asked of the session file: a logout in any server process ends it at once.
    Only successful resolutions are kept, so made-up tokens cannot crowd out real ones.
    """

    LIMIT = 10_000

    def __init__(self, remember: bool) -> None:
        self.remember = remember
        self._lock = threading.Lock()
        self._by_token: dict[str, Identity] = {}
        self._by_account: dict[tuple[int, str], Identity] = {}

    def for_token(self, store: Store, token: str) -> Identity | None:
        def resolve() -> Identity | None:
            user = user_for_token(store, token)
            return Identity.of(store, user, "token") if user else None

        return self._remembered(self._by_token, hash_secret(token), resolve)

    def for_session(self, store: Store, cookie: str) -> Identity | None:
        held = session_holder(store, cookie)
        if held is None:
            return None

        def resolve() -> Identity | None:
            user = user_if_unchanged(store, *held)
            return Identity.of(store, user, "session") if user else None

        return self._remembered(self._by_account, held, resolve)

    def known(self, headers: dict[str, str], store_path: Path) -> Identity | None:
        """The identity behind these headers if already resolved, without touching the store;
        None when unknown or not remembered (the request then takes the full path)."""
        if not self.remember:
            return None
        header = headers.get("authorization")
        if header is not None:
            token = bearer_token(header)
            return self._by_token.get(hash_secret(token)) if token else None
        cookie = _cookie(headers.get("cookie", ""), SESSION_COOKIE)
        held = SessionBook(store_path).holder(cookie) if cookie else None
        return self._by_account.get(held) if held else None

    def _remembered(
        self, book: dict[Any, Identity], key: Any, resolve: Callable[[], Identity | None]
    ) -> Identity | None:
        if self.remember:
            with self._lock:
                if key in book:
                    return book[key]
        identity = resolve()
        if self.remember and identity is not None:
            with self._lock:
                if len(book) >= self.LIMIT:
                    book.pop(next(iter(book)))
                book[key] = identity
        return identity


def bearer_token(header: str) -> str | None:
    """The token of an `Authorization: Bearer <token>` header; None when it reads otherwise."""
    scheme, _, token = header.strip().partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def _cookie(header: str, name: str) -> str | None:
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None


def resolve_caller(request: Request, store: StoreDep, _declared: BearerDep = None) -> Caller:
    """The one place that decides who the caller is; every route goes through it.

    `_declared` only puts the bearer scheme in the OpenAPI document; the header is read here so
    a malformed one gets a precise message.
    """
    callers: Callers = request.app.state.callers
    header = request.headers.get("authorization")
    if header is not None:
        token = bearer_token(header)
        if token is None:
            raise not_authenticated("the Authorization header must read `Bearer <token>`")
        identity = callers.for_token(store, token)
        if identity is None:
            raise not_authenticated("unknown or revoked API token")
        return identity.caller(store)
    cookie = request.cookies.get(SESSION_COOKIE)
    identity = callers.for_session(store, cookie) if cookie else None
    if identity is None:
        raise not_authenticated("sign in, or send an API token as `Authorization: Bearer <token>`")
    return identity.caller(store)


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
    if is_api_request(request) and SESSION_COOKIE not in request.cookies:
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
