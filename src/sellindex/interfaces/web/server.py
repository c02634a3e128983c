"""Serving a store: one or more server processes, each with the store open read-only.

DuckDB lets many processes read a store as long as none writes it, and accounts and sessions
live in their own file (`store.accounts`), so the app needs no write access to the store while
it serves. A process starts in well under a second: it opens the store and builds the app, and
computes nothing until someone asks (the supervisor's health check would kill a process that
is still busy starting on a loaded machine). Each process logs its start, and the supervisor
logs a process that dies and the one that replaces it.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from sellindex.errors import SellindexError
from sellindex.interfaces.web.app import create_app
from sellindex.interfaces.web.budget import QueryBudget
from sellindex.store import open_store
from sellindex.store.account_book import AccountBook

SERVED_STORE_ENV = "SELLINDEX_SERVED_STORE"
"""How the serving command tells each server process which store to open."""
BUDGET_ENV = "SELLINDEX_SERVED_BUDGET"
"""Each server process's query budget, as `SECONDS,MEMORY`."""
HEALTH_CHECK_S = 30
"""How long the supervisor waits for a busy process to answer before replacing it."""

_log = logging.getLogger("sellindex.serve")


def prepare(path: Path) -> Path:
    """Migrate the store if it needs it and create its accounts file, while nobody reads it."""
    with open_store(path) as store:
        AccountBook(store.path).prepare()
        return store.path.resolve()


def app_from_environment() -> FastAPI:
    """The app of one server process (the factory `uvicorn` calls in each of them)."""
    path = os.environ.get(SERVED_STORE_ENV)
    if not path:
        raise SellindexError(f"${SERVED_STORE_ENV} names no store to serve")
    budget = QueryBudget.decode(os.environ.get(BUDGET_ENV) or QueryBudget().encode())
    store = open_store(path, read_only=True)
    store.con.execute("SET memory_limit = ?", [budget.memory])
    app = create_app(store, query_seconds=budget.seconds)
    _log.info("server process %d ready", os.getpid())
    return app


def log_config() -> dict[str, Any]:
    """Process starts, deaths and restarts, failed sign-ins and errors; not every request."""
    handler = {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stderr"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(message)s"}},
        "handlers": {"stderr": handler},
        "loggers": {
            "uvicorn.error": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
            "sellindex": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        },
    }


def serve_store(
    path: Path,
    host: str,
    port: int,
    workers: int,
    budget: QueryBudget | None = None,
    tls: tuple[Path, Path] | None = None,
) -> None:
    """Serve a prepared store with `workers` processes until interrupted. With `tls`
    (certificate, key) the server speaks HTTPS, and answers carry Strict-Transport-Security."""
    import uvicorn

    os.environ[SERVED_STORE_ENV] = str(path)
    os.environ[BUDGET_ENV] = (budget or QueryBudget()).encode()
    uvicorn.run(
        f"{__name__}:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_config=log_config(),
        access_log=False,
        timeout_worker_healthcheck=HEALTH_CHECK_S,
        ssl_certfile=str(tls[0]) if tls else None,
        ssl_keyfile=str(tls[1]) if tls else None,
    )
