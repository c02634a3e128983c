"""Each caller's API answers, kept while the server's store is read-only.

A served store cannot change (DuckDB admits no writer beside readers), so an API answer depends
only on who asks and what they ask for. Answers are kept per credential and per revision of its
account, never shared: authorization was decided when the answer was first made, for that same
credential and role. The credential is resolved once per request by `IdentifyCaller`, before
this middleware runs, so a revoked token, an ended session or a changed role takes effect on the
next request. Only successful JSON answers to GET requests are kept, within a byte budget.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sellindex.interfaces.web.auth import API_PREFIX, PRESENTED_STATE, Presented

DEFAULT_BUDGET_BYTES = 256 * 2**20
CACHE_HEADER = "x-cache"
_REPLAYED_HEADERS = frozenset({b"content-type", b"content-length"})


class AnswerCache:
    """ASGI middleware in front of the API routes: replays a caller's earlier answer."""

    def __init__(
        self,
        app: ASGIApp,
        enabled: bool,
        budget_bytes: int = DEFAULT_BUDGET_BYTES,
    ) -> None:
        self.app = app
        self.enabled = enabled
        self.budget = budget_bytes
        self._used = 0
        self._lock = threading.Lock()
        self._answers: OrderedDict[tuple[object, ...], tuple[list[tuple[bytes, bytes]], bytes]]
        self._answers = OrderedDict()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            not self.enabled
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
        await self._answer_and_keep(scope, receive, send, key)

    @staticmethod
    def _key(scope: Scope) -> tuple[object, ...] | None:
        presented = scope.get("state", {}).get(PRESENTED_STATE)
        if not isinstance(presented, Presented) or presented.credential is None:
            return None
        credential = presented.credential
        user = credential.user
        return (
            user.user_id,
            user.revision,
            credential.credential_id,
            scope["path"],
            scope["query_string"],
        )

    async def _answer_and_keep(
        self, scope: Scope, receive: Receive, send: Send, key: tuple[object, ...] | None
    ) -> None:
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
