"""A load benchmark of the API routes behind each page, against a real server on loopback.

`run_load` makes load-test accounts (an admin, the manager of the largest team and one member
account per client, for that team's reps) with API tokens, starts `sellindex serve` on a free
loopback port, asks every route once (timed apart as warm-up), then lets concurrent clients,
each acting for its own rep, ask the routes in turn for a fixed time. It reports latency
percentiles and errors per route, and apart for answers the server computed and answers it
replayed from a caller's earlier identical request. The accounts are removed afterwards.

The clients speak HTTP/1.1 over asyncio streams, keep-alive, one connection each: a general
HTTP client costs about as much CPU per request as the server, and on a small machine the
load generator would otherwise be measured instead of the server.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import numpy as np

from sellindex.errors import SellindexError
from sellindex.interfaces.web.answer_cache import CACHE_HEADER
from sellindex.interfaces.web.auth import API_PREFIX
from sellindex.interfaces.web.background import LOOPBACK, background_server
from sellindex.store import open_store
from sellindex.store.accounts import (
    add_user,
    create_token,
    find_user,
    list_users,
    remove_user,
)

ACCOUNT_DOMAIN = "sellindex.invalid"


@dataclass(frozen=True)
class Target:
    role: str
    page: str
    path: str

    @property
    def label(self) -> str:
        return f"{self.role} {self.page}: GET {self.path}"


@dataclass
class Ask:
    """One route asked as one account, with its bytes on the wire made once."""

    target: Target
    token: str
    wire: bytes = b""

    def __post_init__(self) -> None:
        self.wire = (
            f"GET {self.target.path} HTTP/1.1\r\nHost: {LOOPBACK}\r\n"
            f"Authorization: Bearer {self.token}\r\n\r\n"
        ).encode()


@dataclass
class Samples:
    seconds: list[float] = field(default_factory=list)
    computed: list[float] = field(default_factory=list)
    """Latencies of the answers the server computed rather than replayed."""
    errors: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    """Answers by status code; a failed exchange under its error's name."""


@dataclass(frozen=True)
class Cast:
    """Who the load test acts as: the largest managed team, its manager and its reps."""

    team_id: int
    manager_id: int
    rep_ids: tuple[int, ...]


def _cast(db: Path) -> Cast:
    with open_store(db, read_only=True) as store:
        row = store.con.execute(
            """
            SELECT t.team_id, t.manager_id
            FROM teams t JOIN members m ON m.team_id = t.team_id AND m.member_id <> t.manager_id
            WHERE t.manager_id IS NOT NULL
            GROUP BY t.team_id, t.manager_id
            ORDER BY count(*) DESC, t.team_id
            LIMIT 1
            """
        ).fetchone()
        scored = store.con.execute("SELECT count(*) FROM ssi_runs").fetchone()
        if row is None:
            raise SellindexError("the store has no team with a manager to load-test")
        if not scored or not scored[0]:
            raise SellindexError("the store has no scores yet; run `sellindex score` first")
        reps = store.con.execute(
            "SELECT member_id FROM members WHERE team_id = ? AND member_id <> ? ORDER BY member_id",
            [row[0], row[1]],
        ).fetchall()
    return Cast(int(row[0]), int(row[1]), tuple(int(r[0]) for r in reps))


def account_email(role: str, number: int | None = None) -> str:
    suffix = "" if number is None else f"-{number}"
    return f"loadtest-{role}{suffix}@{ACCOUNT_DOMAIN}"


def _is_load_account(email: str) -> bool:
    return email.startswith("loadtest-") and email.endswith("@" + ACCOUNT_DOMAIN)


def _make_accounts(db: Path, cast: Cast, clients: int) -> dict[str, str]:
    """An API token per load-test account: admin, manager, and one member per client (each a
    rep of the team, in turn when the team has fewer reps than clients)."""
    wanted: dict[str, tuple[str, int | None]] = {
        account_email("admin"): ("admin", None),
        account_email("manager"): ("manager", cast.manager_id),
    }
    for number in range(min(clients, len(cast.rep_ids))):
        wanted[account_email("member", number)] = ("member", cast.rep_ids[number])
    tokens = {}
    with open_store(db) as store:
        for email, (role, member_id) in wanted.items():
            user = find_user(store, email)
            if user is not None:
                remove_user(store, email)  # left by an interrupted run
            add_user(store, email, role, member_id, secrets.token_urlsafe(24))
            tokens[email] = create_token(store, email, "load test")[0]
    return tokens


def _remove_accounts(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        for user in list_users(store):
            if _is_load_account(user.email):
                remove_user(store, user.email)


def targets(team_id: int, manager_id: int, rep_id: int, client: int = 0) -> list[Target]:
    """The API routes each page calls, with the identifiers that role would use."""
    kpis = "/api/v1/kpis/{}?by=month"
    return [
        Target("member", "My index", f"/api/v1/members/{rep_id}/index"),
        Target("member", "Rep", f"/api/v1/reps/{rep_id}"),
        Target("manager", "My index", f"/api/v1/members/{manager_id}/index"),
        Target("manager", "Team", f"/api/v1/teams/{team_id}"),
        Target("manager", "Rep", f"/api/v1/reps/{rep_id}"),
        Target("manager", "KPIs", kpis.format("engagement")),
        Target("manager", "KPIs", kpis.format("growth")),
        Target("manager", "KPIs", kpis.format("ads")),
        Target("admin", "Team", "/api/v1/teams?limit=50"),
        Target("admin", "Team", f"/api/v1/teams/{team_id}?sort=change&order=asc"),
        Target("admin", "My index", f"/api/v1/members/{rep_id}/index"),
        Target("admin", "People", f"/api/v1/members?limit=50&offset={50 * client}"),
    ]


def _route(target: Target) -> str:
    """A route's name with the identifiers that vary between clients left out."""
    path = target.path.split("?")[0].removeprefix(API_PREFIX)
    parts = ["{id}" if part.isdigit() else part for part in path.split("/")]
    return f"{target.role} {target.page} {'/'.join(parts)}"


async def _exchange(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes
) -> tuple[int, bool]:
    """Send one GET and read its whole answer: (status, whether it was replayed)."""
    writer.write(request)
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        headers[name.strip().lower()] = value.strip()
    if b"content-length" in headers:
        await reader.readexactly(int(headers[b"content-length"]))
    elif headers.get(b"transfer-encoding") == b"chunked":
        while size := int((await reader.readuntil(b"\r\n")).strip(), 16):
            await reader.readexactly(size + 2)
        await reader.readuntil(b"\r\n")
    else:
        raise ConnectionError("an answer without a length")
    return status, headers.get(CACHE_HEADER.encode()) == b"hit"


async def _drive(
    port: int,
    plans: list[list[Ask]],
    seconds: float,
    on_tick: Callable[[float], None] | None,
) -> dict[str, Samples]:
    samples: dict[str, Samples] = {}
    started = time.perf_counter()
    deadline = started + seconds

    async def client(plan: list[Ask]) -> None:
        connection: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        turn = 0
        while time.perf_counter() < deadline:
            ask = plan[turn % len(plan)]
            target = ask.target
            turn += 1
            record = samples.setdefault(_route(target), Samples())
            sent = time.perf_counter()
            replayed = False
            try:
                if connection is None:
                    connection = await asyncio.open_connection(LOOPBACK, port)
                code, replayed = await _exchange(*connection, ask.wire)
                status = str(code)
            except (OSError, asyncio.IncompleteReadError, ValueError) as error:
                status = type(error).__name__
                if connection is not None:
                    connection[1].close()
                connection = None
            took = time.perf_counter() - sent
            record.seconds.append(took)
            if not replayed:
                record.computed.append(took)
            record.statuses[status] = record.statuses.get(status, 0) + 1
            if status != "200":
                record.errors += 1
        if connection is not None:
            connection[1].close()

    async def ticker() -> None:
        while time.perf_counter() < deadline:
            await asyncio.sleep(0.5)
            if on_tick:
                on_tick(min(time.perf_counter() - started, seconds))

    await asyncio.gather(ticker(), *(client(plan) for plan in plans))
    return samples


def _request(target: Target, token: str) -> bytes:
    return (
        f"GET {target.path} HTTP/1.1\r\nHost: {LOOPBACK}\r\nAuthorization: Bearer {token}\r\n\r\n"
    ).encode()


def _warm_up(base: str, plan: list[Ask]) -> dict[str, float]:
    """Each route once, in turn, with the first client's identifiers; timed."""
    took = {}
    with httpx.Client(base_url=base, timeout=600) as client:
        for ask in plan:
            target = ask.target
            sent = time.perf_counter()
            response = client.get(target.path, headers={"Authorization": f"Bearer {ask.token}"})
            took[_route(target)] = round(time.perf_counter() - sent, 3)
            if response.status_code != 200:
                raise SellindexError(
                    f"{target.label} answered {response.status_code}: {response.text[:200]}"
                )
    return took


def _percentiles(values_s: list[float]) -> dict[str, float | None]:
    values = np.asarray(values_s) * 1000
    if not values.size:
        return {"p50_ms": None, "p95_ms": None, "p99_ms": None}
    p50, p95, p99 = np.percentile(values, [50, 95, 99])
    return {"p50_ms": round(float(p50), 1), "p95_ms": round(float(p95), 1),
            "p99_ms": round(float(p99), 1)}  # fmt: skip


def _summary(samples: Samples) -> dict[str, Any]:
    computed = _percentiles(samples.computed)
    return {
        "requests": len(samples.seconds),
        "errors": samples.errors,
        **_percentiles(samples.seconds),
        "computed": len(samples.computed),
        "computed_p95_ms": computed["p95_ms"],
        "statuses": dict(sorted(samples.statuses.items())),
    }


def _plans(cast: Cast, tokens: dict[str, str], clients: int) -> list[list[Ask]]:
    """Each client acts for its own rep (and that rep's own account), the team's manager and
    the admin, and starts at a different route so they do not all ask the same thing at once."""
    members = [email for email in tokens if email.startswith("loadtest-member-")]
    plans = []
    for client in range(clients):
        rep = cast.rep_ids[client % len(cast.rep_ids)]
        by_role = {
            "member": tokens[members[client % len(members)]],
            "manager": tokens[account_email("manager")],
            "admin": tokens[account_email("admin")],
        }
        plan = [
            Ask(target, by_role[target.role])
            for target in targets(cast.team_id, cast.manager_id, rep, client)
        ]
        shift = client % len(plan)
        plans.append(plan[shift:] + plan[:shift])
    return plans


def run_load(
    db: Path,
    clients: int = 50,
    seconds: float = 20.0,
    workers: int | None = None,
    on_tick: Callable[[float], None] | None = None,
) -> dict[str, Any]:
    """Serve `db` on loopback and measure the API under `clients` concurrent clients."""
    if clients < 1 or seconds <= 0:
        raise SellindexError("--clients and --seconds must be positive")
    if not Path(db).exists():
        raise SellindexError(f"no store at {db}")
    cast = _cast(db)
    if not cast.rep_ids:
        raise SellindexError(f"team {cast.team_id} has no reps to act as")
    try:
        tokens = _make_accounts(db, cast, clients)
        plans = _plans(cast, tokens, clients)
        with background_server(db, workers=workers) as server:
            warm = _warm_up(server.base_url, plans[0])
            started = time.perf_counter()
            samples = asyncio.run(_drive(server.port, plans, seconds, on_tick))
            elapsed = time.perf_counter() - started
    finally:
        _remove_accounts(db)
    routes = [
        {"route": name, "warm_up_s": warm.get(name), **_summary(samples[name])}
        for name in dict.fromkeys(_route(ask.target) for ask in plans[0])
        if name in samples
    ]
    every = Samples(
        seconds=[v for record in samples.values() for v in record.seconds],
        computed=[v for record in samples.values() for v in record.computed],
        errors=sum(record.errors for record in samples.values()),
    )
    overall = _summary(every)
    return {
        "db": str(db),
        "clients": clients,
        "workers": workers,
        "seconds": round(elapsed, 1),
        "team_id": cast.team_id,
        "manager_id": cast.manager_id,
        "reps": min(clients, len(cast.rep_ids)),
        "throughput_rps": round(overall["requests"] / elapsed, 1) if elapsed else None,
        "overall": overall,
        "routes": routes,
    }
