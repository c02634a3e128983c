"""Serving a store: one or more server processes, each with the store open read-only.

DuckDB lets many processes read a store as long as none writes it, and sessions live in their
own file (`store.sessions`), so the app needs no write access to the store while it serves.
Every process builds the default company-wide views in the background as it starts.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from fastapi import FastAPI

from sellindex.errors import SellindexError
from sellindex.interfaces.web import queries
from sellindex.interfaces.web.app import create_app
from sellindex.store import Store, open_store
from sellindex.store.sessions import SessionBook

SERVED_STORE_ENV = "SELLINDEX_SERVED_STORE"
"""How the serving command tells each server process which store to open."""

_log = logging.getLogger(__name__)


def prepare(path: Path) -> Path:
    """Migrate the store if it needs it and create its session file, while nobody reads it."""
    with open_store(path) as store:
        SessionBook(store.path).prepare()
        return store.path.resolve()


def app_from_environment() -> FastAPI:
    """The app of one server process (the factory `uvicorn` calls in each of them)."""
    path = os.environ.get(SERVED_STORE_ENV)
    if not path:
        raise SellindexError(f"${SERVED_STORE_ENV} names no store to serve")
    store = open_store(path, read_only=True)
    threading.Thread(target=_warm_up, args=(store,), daemon=True, name="warm-up").start()
    return create_app(store)


def _warm_up(root: Store) -> None:
    cursor = Store(root.path, root.con.cursor(), read_only=True)
    try:
        queries.warm_up(cursor)
    except Exception:  # a store without CRM or activity: the pages say so when asked
        _log.debug("warm-up skipped", exc_info=True)
    finally:
        cursor.close()


def serve_store(path: Path, host: str, port: int, workers: int) -> None:
    """Serve a prepared store with `workers` processes until interrupted."""
    import uvicorn

    os.environ[SERVED_STORE_ENV] = str(path)
    uvicorn.run(
        f"{__name__}:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
    )
