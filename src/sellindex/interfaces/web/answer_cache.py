"""Each caller's API answers, kept while the server's store is read-only.

A served store cannot change (DuckDB admits no writer beside readers), so an API answer depends
only on who asks and what they ask for. Answers are kept per identity, never shared between
callers: authorization was decided when the answer was first made, for that same caller. The
credential itself is still checked on every request (`Callers.known`), so a logout takes effect
at once. Only successful JSON answers to GET requests are kept, within a byte budget.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sellindex.interfaces.web.auth import API_PREFIX, Callers

DEFAULT_BUDGET_BYTES = 256 * 2**20
CACHE_HEADER = "x-cache"
_REPLAYED_HEADERS = frozenset({b"content-type", b"content-length"})


class AnswerCache:
    """ASGI middleware in front of the API routes: replays a caller's earlier answer."""

    def __init__(
        self,
        app: ASGIApp,
        callers: Callers,
        store_path: Path,
        budget_bytes: int = DEFAULT_BUDGET_BYTES,
    ) -> None:
        self.app = app
        self.callers = callers
        self.store_path = store_path
        self.budget = budget_bytes
        self._used = 0
        self._lock = threading.Lock()
        self._answers: OrderedDict[tuple[object, ...], tuple[list[tuple[bytes, bytes]], bytes]]
        self._answers = OrderedDict()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            not self.callers.remember
            or scope["type"] != "http"
            or scope["method"] != "GET"
            or not scope["path"].startswith(API_PREFIX + "/")
        ):
            await self.app(scope, receive, send)
            return
        key = self._key(scope)
        if key is not None:
            with self._lock:
                found = self._answers.get(key)
                if found is not None:
                    self._answers.move_to_end(key)
            if found is not None:
                headers, body = found
                await send(
                    {
                        "type": "http.response.start",
                        "status": 200,
                        "headers": [*headers, (CACHE_HEADER.encode(), b"hit")],
                    }
                )
                await send({"type": "http.response.body", "body": body})
                return
        await self._answer_and_keep(scope, receive, send)

    def _key(self, scope: Scope) -> tuple[object, ...] | None:
        headers = {
            name.decode("latin-1"): value.decode("latin-1") for name, value in scope["headers"]
        }
        identity = self.callers.known(headers, self.store_path)
        if identity is None:
            return None
        return (identity.user.user_id, identity.via, scope["path"], scope["query_string"])

    async def _answer_and_keep(self, scope: Scope, receive: Receive, send: Send) -> None:
        status = 0
        headers: list[tuple[bytes, bytes]] = []
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal status, headers
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", []))
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        await self.app(scope, receive, capture)
        content_type = dict(headers).get(b"content-type", b"")
        if status != 200 or not content_type.startswith(b"application/json"):
            return
        key = self._key(scope)  # the route has resolved the caller by now
        if key is not None:
            kept = [(name, value) for name, value in headers if name in _REPLAYED_HEADERS]
            self._keep(key, kept, b"".join(chunks))

    def _keep(
        self, key: tuple[object, ...], headers: list[tuple[bytes, bytes]], body: bytes
    ) -> None:
        size = len(body)
        if size > self.budget // 8:
            return
        with self._lock:
            if key in self._answers:
                return
            while self._used + size > self.budget and self._answers:
                _, (_, dropped) = self._answers.popitem(last=False)
                self._used -= len(dropped)
            self._answers[key] = (headers, body)
            self._used += size
