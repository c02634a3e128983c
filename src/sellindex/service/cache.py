"""Answers that cost seconds, kept while the store's data stays the same."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from sellindex.store import Store


class ResultCache:
    """Per-window results (company-wide grading, KPI families, explained cards), kept while the
    store's data stays the same: the key carries the latest load and scoring run."""

    def __init__(self, size: int = 64) -> None:
        self._size = size
        self._lock = threading.Lock()
        self._entries: dict[tuple[Any, ...], Any] = {}
        self._building: dict[tuple[Any, ...], threading.Lock] = {}

    def get(self, store: Store, key: tuple[Any, ...], build: Callable[[], Any]) -> Any:
        full = (str(store.path), *key, data_version(store))
        with self._lock:
            if full in self._entries:
                return self._entries[full]
            gate = self._building.setdefault(full, threading.Lock())
        with gate:  # one request builds, the ones arriving meanwhile wait for it
            with self._lock:
                if full in self._entries:
                    return self._entries[full]
            try:
                value = build()
            finally:
                with self._lock:
                    self._building.pop(full, None)
            with self._lock:
                if len(self._entries) >= self._size:
                    self._entries.pop(next(iter(self._entries)))
                self._entries[full] = value
            return value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


RESULTS = ResultCache()
CARDS = ResultCache(size=10_000)
"""Members' explained cards and teams' snapshot rows: asked again and again, few lookups each."""


def data_version(store: Store) -> tuple[Any, ...]:
    row = store.con.execute(
        "SELECT (SELECT max(load_id) FROM loads), (SELECT max(scored_at) FROM ssi_runs),"
        " (SELECT count(*) FROM ssi_runs)"
    ).fetchone()
    return tuple(row) if row else ()
