"""A load benchmark of the API routes behind each page, against a real server on loopback.

`run_load` gives one account per role an API token, starts `sellindex serve` on a free loopback
port, asks every route once (the first answer of a window may build a cached aggregate, timed
apart as warm-up), then lets concurrent clients ask the routes in turn for a fixed time and
reports latency percentiles and errors per route. Tokens made for the run are revoked after.
"""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import numpy as np

from sellindex.errors import SellindexError
from sellindex.store import open_store
from sellindex.store.accounts import add_user, create_token, find_user, revoke_token

LOOPBACK = "127.0.0.1"
ACCOUNTS = {
    "admin": "loadtest-admin@sellindex.invalid",
    "manager": "loadtest-manager@sellindex.invalid",
    "member": "loadtest-member@sellindex.invalid",
}
_MAIN = "import sys; from sellindex.interfaces.cli import main; sys.exit(main())"


@dataclass(frozen=True)
class Target:
    role: str
    page: str
    path: str

    @property
    def label(self) -> str:
        return f"{self.role} {self.page}: GET {self.path}"


@dataclass
class Samples:
    seconds: list[float] = field(default_factory=list)
    errors: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    """Answers by status code; a failed exchange under its error's name."""


def _people(db: Path) -> tuple[int, int, int]:
    """The largest team, its manager and one of its reps: the busiest pages to ask for."""
    with open_store(db, read_only=True) as store:
        row = store.con.execute(
            """
            SELECT t.team_id, t.manager_id, min(m.member_id)
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
    return int(row[0]), int(row[1]), int(row[2])


def _issue_tokens(db: Path, manager_id: int, rep_id: int) -> dict[str, tuple[str, int]]:
    """An API token per role, for accounts made (once) for load tests."""
    member_ids = {"admin": None, "manager": manager_id, "member": rep_id}
    tokens = {}
    with open_store(db) as store:
        for role, email in ACCOUNTS.items():
            user = find_user(store, email)
            if user is not None and (user.role, user.member_id) != (role, member_ids[role]):
                raise SellindexError(
                    f"{email} exists with another role or member; remove it with "
                    f"`sellindex users remove {email}`"
                )
            if user is None:
                add_user(store, email, role, member_ids[role], _random_password())
            token, info = create_token(store, email, "load test")
            tokens[role] = (token, info.token_id)
    return tokens


def _random_password() -> str:
    import secrets

    return secrets.token_urlsafe(24)


def _revoke(db: Path, tokens: dict[str, tuple[str, int]]) -> None:
    with open_store(db) as store:
        for _, token_id in tokens.values():
            revoke_token(store, token_id)


def targets(team_id: int, manager_id: int, rep_id: int) -> list[Target]:
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
        Target("admin", "People", "/api/v1/members?limit=50&offset=5000"),
    ]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return int(probe.getsockname()[1])


def _start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    script = Path(sys.executable).parent / "sellindex"
    launcher = [str(script)] if script.exists() else [sys.executable, "-c", _MAIN]
    command = [*launcher, "serve", "--host", LOOPBACK, "--port", str(port), "--db", str(db)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"http://{LOOPBACK}:{port}/login", timeout=1).status_code == 200:
                return process
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            output = process.stdout.read().decode() if process.stdout else ""
            raise SellindexError(f"the server did not start: {output.strip()[-300:]}")
        time.sleep(0.2)


async def _drive(
    base: str,
    plan: list[Target],
    tokens: dict[str, str],
    clients: int,
    seconds: float,
    on_tick: Callable[[float], None] | None,
) -> dict[str, Samples]:
    samples = {t.label: Samples() for t in plan}
    # closed before the server's 5 s keep-alive timeout can close it under a request in flight
    limits = httpx.Limits(
        max_connections=clients, max_keepalive_connections=clients, keepalive_expiry=2.0
    )
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        started = time.perf_counter()
        deadline = started + seconds

        async def worker(offset: int) -> None:
            turn = offset
            while time.perf_counter() < deadline:
                target = plan[turn % len(plan)]
                turn += 1
                headers = {"Authorization": f"Bearer {tokens[target.role]}"}
                sent = time.perf_counter()
                try:
                    response = await client.get(target.path, headers=headers)
                    status = str(response.status_code)
                except httpx.HTTPError as error:
                    status = type(error).__name__
                record = samples[target.label]
                record.seconds.append(time.perf_counter() - sent)
                record.statuses[status] = record.statuses.get(status, 0) + 1
                if status != "200":
                    record.errors += 1

        async def ticker() -> None:
            while time.perf_counter() < deadline:
                await asyncio.sleep(0.5)
                if on_tick:
                    on_tick(min(time.perf_counter() - started, seconds))

        await asyncio.gather(ticker(), *(worker(i) for i in range(clients)))
    return samples


def _warm_up(base: str, plan: list[Target], tokens: dict[str, str]) -> dict[str, float]:
    """Each route once, in turn: cached per-window aggregates are built here, and timed."""
    took = {}
    with httpx.Client(base_url=base, timeout=600) as client:
        for target in plan:
            sent = time.perf_counter()
            response = client.get(
                target.path, headers={"Authorization": f"Bearer {tokens[target.role]}"}
            )
            took[target.label] = round(time.perf_counter() - sent, 3)
            if response.status_code != 200:
                raise SellindexError(
                    f"{target.label} answered {response.status_code}: {response.text[:200]}"
                )
    return took


def _percentiles(samples: Samples) -> dict[str, Any]:
    values = np.asarray(samples.seconds) * 1000
    p50, p95, p99 = np.percentile(values, [50, 95, 99]) if values.size else (np.nan,) * 3
    return {
        "requests": int(values.size),
        "errors": samples.errors,
        "p50_ms": round(float(p50), 1),
        "p95_ms": round(float(p95), 1),
        "p99_ms": round(float(p99), 1),
        "statuses": dict(sorted(samples.statuses.items())),
    }


def run_load(
    db: Path,
    clients: int = 50,
    seconds: float = 20.0,
    on_tick: Callable[[float], None] | None = None,
) -> dict[str, Any]:
    """Serve `db` on loopback and measure the API under `clients` concurrent clients."""
    if clients < 1 or seconds <= 0:
        raise SellindexError("--clients and --seconds must be positive")
    if not Path(db).exists():
        raise SellindexError(f"no store at {db}")
    team_id, manager_id, rep_id = _people(db)
    issued = _issue_tokens(db, manager_id, rep_id)
    tokens = {role: token for role, (token, _) in issued.items()}
    plan = targets(team_id, manager_id, rep_id)
    port = _free_port()
    base = f"http://{LOOPBACK}:{port}"
    try:
        server = _start_server(db, port)
        try:
            warm = _warm_up(base, plan, tokens)
            started = time.perf_counter()
            samples = asyncio.run(_drive(base, plan, tokens, clients, seconds, on_tick))
            elapsed = time.perf_counter() - started
        finally:
            server.terminate()
            server.wait(timeout=60)
    finally:
        _revoke(db, issued)
    routes = [
        {"route": t.label, "role": t.role, "page": t.page, "path": t.path,
         "warm_up_s": warm[t.label], **_percentiles(samples[t.label])}
        for t in plan
    ]  # fmt: skip
    every = Samples(
        seconds=[s for t in plan for s in samples[t.label].seconds],
        errors=sum(samples[t.label].errors for t in plan),
    )
    overall = _percentiles(every)
    return {
        "db": str(db),
        "clients": clients,
        "seconds": round(elapsed, 1),
        "team_id": team_id,
        "manager_id": manager_id,
        "rep_id": rep_id,
        "throughput_rps": round(overall["requests"] / elapsed, 1) if elapsed else None,
        "overall": overall,
        "routes": routes,
    }
