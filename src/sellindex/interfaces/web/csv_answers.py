"""Any list the API answers with, as a CSV download: add `format=csv` to a GET.

The answer's rows are the list it holds (`list=<field>` picks one when it holds several, such
as a member's `pillars` and `signals`). A paged answer is followed page by page from its first
row, so the file holds every row in the caller's scope, up to `MAX_ROWS`. The API route
answers each page as it would a JSON request, so scope checks, validation and the answer
cache apply unchanged; an error comes back as the route's own JSON error.
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sellindex.interfaces.exports import neutralise_cell
from sellindex.interfaces.web.auth import API_PREFIX

PAGE_ROWS = 500
"""The largest page an API route gives (its `limit` bound)."""
MAX_ROWS = 100_000
"""Rows a download may hold; past that the file ends and says so (`sellindex` exports more)."""
_CONTROL = ("format", "list")


class CsvAnswers:
    """ASGI middleware that turns `format=csv` GETs on the API into CSV files."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not _wants_csv(scope):
            await self.app(scope, receive, send)
            return
        params = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
        wanted = dict(params).get("list") or None
        base = [(key, value) for key, value in params if key not in (*_CONTROL, "limit", "offset")]
        rows: list[dict[str, Any]] = []
        total = 0
        while True:
            query = [*base, ("limit", str(PAGE_ROWS)), ("offset", str(len(rows)))]
            status, headers, body = await _call(self.app, scope, urlencode(query))
            if status != 200:
                await _send(send, status, headers, body)
                return
            answer = json.loads(body)
            try:
                found = _rows(answer, wanted)
            except KeyError as missing:
                lists = missing.args[0]
                problem = {"detail": f"`list` must name one of the answer's lists: {lists}"}
                await _send_json(send, 400, problem)
                return
            rows.extend(found)
            total = answer["total"] if _is_paged(answer) else len(rows)
            if not _is_paged(answer) or not found or len(rows) >= min(total, MAX_ROWS):
                break
        text = _as_csv(rows[:MAX_ROWS], truncated=total > MAX_ROWS)
        name = _file_name(scope["path"], wanted)
        await _send(
            send,
            200,
            [
                (b"content-type", b"text/csv; charset=utf-8"),
                (b"content-disposition", f'attachment; filename="{name}"'.encode()),
            ],
            text.encode("utf-8"),
        )


def _wants_csv(scope: Scope) -> bool:
    return (
        scope["type"] == "http"
        and scope["method"] == "GET"
        and scope["path"].startswith(API_PREFIX + "/")
        and ("format", "csv") in parse_qsl(scope["query_string"].decode("latin-1"))
    )


def _is_paged(answer: Any) -> bool:
    return isinstance(answer, dict) and {"total", "limit", "offset"} <= answer.keys()


def _rows(answer: Any, wanted: str | None) -> list[dict[str, Any]]:
    """The list an answer holds: itself, the field named `wanted`, or its only list of rows."""
    if isinstance(answer, list):
        return [_flat(row) for row in answer]
    lists = {
        key: value
        for key, value in answer.items()
        if isinstance(value, list) and all(isinstance(item, dict) for item in value)
    }
    if wanted is not None:
        if wanted not in lists:
            raise KeyError(", ".join(sorted(lists)) or "none")
        return [_flat(row) for row in lists[wanted]]
    if len(lists) != 1:
        rows = lists.get("rows")
        if rows is None:
            raise KeyError(", ".join(sorted(lists)) or "none")
        return [_flat(row) for row in rows]
    return [_flat(row) for row in next(iter(lists.values()))]


def _flat(row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects become `outer.inner` columns; lists are written as JSON text."""
    flat: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flat(value, f"{name}."))
        elif isinstance(value, list):
            flat[name] = json.dumps(value)
        else:
            flat[name] = value
    return flat


def _as_csv(rows: list[dict[str, Any]], truncated: bool) -> str:
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(list(columns))
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])
    if truncated:
        writer.writerow([f"# only the first {MAX_ROWS:,} rows; use the sellindex CLI for all"])
    return out.getvalue()


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return neutralise_cell(value)
    return value


def _file_name(path: str, wanted: str | None) -> str:
    stem = re.sub(r"[^a-z0-9]+", "-", path[len(API_PREFIX) :].lower()).strip("-") or "answer"
    return f"{stem}-{wanted}.csv" if wanted else f"{stem}.csv"


async def _call(app: ASGIApp, scope: Scope, query: str) -> tuple[int, list, bytes]:
    """Run one GET through the rest of the app and collect its answer."""
    inner = {**scope, "query_string": query.encode("latin-1")}
    if "state" in scope:
        inner["state"] = dict(scope["state"])
    answer: dict[str, Any] = {"status": 500, "headers": [], "body": []}

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def collect(message: Message) -> None:
        if message["type"] == "http.response.start":
            answer["status"] = message["status"]
            answer["headers"] = list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            answer["body"].append(message.get("body", b""))

    await app(inner, receive, collect)
    return answer["status"], answer["headers"], b"".join(answer["body"])


async def _send(send: Send, status: int, headers: list, body: bytes) -> None:
    kept = [(k, v) for k, v in headers if k.lower() not in (b"content-length",)]
    kept.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": kept})
    await send({"type": "http.response.body", "body": body})


async def _send_json(send: Send, status: int, payload: dict[str, Any]) -> None:
    body = json.dumps(payload).encode()
    await _send(send, status, [(b"content-type", b"application/json")], body)
