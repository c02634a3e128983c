"""Any list the API answers with, as a CSV download: add `format=csv` to a GET.

The answer's rows are the list it holds (`list=<field>` picks one when it holds several, such
as a member's `pillars` and `signals`). A list nested deeper is picked by a path of steps
joined by dots (see `_follow`): `list=load_id:7.files` is the files of the import of load 7,
in the answer of `/imports`. A paged answer is followed page by page from its first
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
            except NoList as problem:
                await _send_json(send, 400, {"detail": f"`list` {problem}"})
                return
            rows.extend(found)
            # a list nested in the rows of a page is not what the page counts
            paged = _is_paged(answer) and "." not in (wanted or "")
            total = answer["total"] if paged else len(rows)
            if not paged or not found or len(rows) >= min(total, MAX_ROWS):
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


class NoList(ValueError):
    """`list` names no list of rows in the answer; the message says what it could name."""


def _is_rows(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, dict) for item in value)


def _rows(answer: Any, wanted: str | None) -> list[dict[str, Any]]:
    """The list an answer holds: itself, the list `wanted` names, or its only list of rows."""
    if wanted is not None:
        return _follow(answer, wanted.split("."), {})
    if isinstance(answer, list):
        return [_flat(row) for row in answer]
    lists = {key: value for key, value in answer.items() if _is_rows(value)}
    if len(lists) != 1:
        rows = lists.get("rows")
        if rows is None:
            raise NoList(f"must name one of the answer's lists: {_names(lists)}")
        return [_flat(row) for row in rows]
    return [_flat(row) for row in next(iter(lists.values()))]


def _follow(node: Any, steps: list[str], kept: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows at the end of a path of steps, each one of:

    - a field of an object (`files`);
    - `field:value`, the one item of a list whose field reads `value` (`load_id:7`): an item
      named by what it is, so a download still means the table it came from;
    - `*`, every item of a list in turn, its own plain fields kept on each row under it:
      `coverage.kpis.*.kpis` is one row per KPI, with its `family`.
    """
    if not steps:
        if not _is_rows(node):
            raise NoList("must end at a list of rows")
        return [{**kept, **_flat(row)} for row in node]
    step, rest = steps[0], steps[1:]
    if step == "*" and _is_rows(node):
        rows = []
        for item in node:
            plain = {k: v for k, v in item.items() if not isinstance(v, list | dict)}
            rows += _follow(item, rest, {**kept, **plain})
        return rows
    if ":" in step and _is_rows(node):
        field, value = step.split(":", 1)
        found = [item for item in node if str(item.get(field)) == value]
        if len(found) != 1:
            raise NoList(f"step {step!r}: {len(found)} items have {field} {value}, not one")
        return _follow(found[0], rest, kept)
    if isinstance(node, dict) and step in node:
        return _follow(node[step], rest, kept)
    if isinstance(node, dict):
        inner = {k: v for k, v in node.items() if isinstance(v, list | dict)}
        raise NoList(f"must name one of the answer's lists: {step!r} is none of {_names(inner)}")
    raise NoList(f"step {step!r}: here is a list, name an item (field:value) or every item (*)")


def _names(fields: dict[str, Any]) -> str:
    return ", ".join(sorted(fields)) or "none"


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
    stem = path[len(API_PREFIX) :] + (f"-{wanted}" if wanted else "")
    return (re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "answer") + ".csv"


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
