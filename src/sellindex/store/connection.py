"""Open, create and migrate a store."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import duckdb

from sellindex.errors import SellindexError
from sellindex.store import migrations

if TYPE_CHECKING:
    import ibis
    from ibis.backends.duckdb import Backend as IbisDuckDB

DEFAULT_DB_NAME = "sellindex.duckdb"
DB_ENV_VAR = "SELLINDEX_DB"


def default_db_path() -> Path:
    """The store used when no `--db` is given: `$SELLINDEX_DB`, else ./sellindex.duckdb."""
    return Path(os.environ.get(DB_ENV_VAR) or DEFAULT_DB_NAME)


class StoreNeedsMigration(SellindexError):
    """A read-only open found an older layout, which only a writable open can upgrade."""


class Store:
    """A connection to a sellindex store.

    `con` is the raw DuckDB connection used by the loader for bulk work in transactions;
    metrics use `backend` / `table()`, the Ibis view of the same connection, so their
    definitions stay portable to other engines. A read-only store cannot change while it is
    open (DuckDB admits no writer beside a reader), so what is derived from it may be kept.
    """

    def __init__(self, path: Path, con: duckdb.DuckDBPyConnection, read_only: bool = False) -> None:
        self.path = path
        self.con = con
        self.read_only = read_only

    @cached_property
    def backend(self) -> IbisDuckDB:
        """The Ibis view of this store, made on first use (Ibis takes a while to load, and
        commands that only touch accounts or the raw connection never need it)."""
        import ibis

        return ibis.duckdb.from_connection(self.con)

    def table(self, name: str) -> ibis.Table:
        return self.backend.table(name)

    def schema_version(self) -> int:
        return _recorded_version(self.con)

    def transaction(self) -> AbstractContextManager[duckdb.DuckDBPyConnection]:
        """All or nothing: see `transaction`."""
        return transaction(self.con)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """Run the block in one transaction: committed if it ends, rolled back on any exception
    (Ctrl+C and a failed COMMIT included), so a failed write leaves the store as it was."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
        con.execute("COMMIT")
    except BaseException:
        with suppress(duckdb.Error):
            con.execute("ROLLBACK")
        raise


def open_store(
    path: str | Path | None = None, *, create: bool = False, read_only: bool = False
) -> Store:
    """Open the store at `path`, migrating it to the current layout.

    Without `create`, a missing store is an error that says how to make one. A store written by
    a newer sellindex is refused: guessing at a layout we do not know could corrupt it.
    """
    db_path = Path(path) if path is not None else default_db_path()
    if not db_path.exists():
        if not create:
            raise SellindexError(
                f"no store at {db_path}; create one with `sellindex init --db {db_path}`"
            )
        if read_only:
            raise SellindexError("cannot create a store in read-only mode")
        db_path.parent.mkdir(parents=True, exist_ok=True)
    elif db_path.is_dir():
        raise SellindexError(f"{db_path} is a directory, not a store file")
    try:
        con = duckdb.connect(str(db_path), read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise SellindexError(store_in_use(db_path, read_only, str(exc))) from None
        raise SellindexError(f"cannot open store {db_path}: {_first_line(exc)}") from None
    except duckdb.Error as exc:
        raise SellindexError(f"{db_path} is not a sellindex store: {_first_line(exc)}") from None
    con.execute("SET TimeZone = 'UTC'")
    store = Store(db_path, con, read_only)
    try:
        _migrate(con, read_only=read_only, path=db_path)
    except BaseException:
        con.close()
        raise
    return store


def store_in_use(path: Path, read_only: bool, engine_message: str = "") -> str:
    """The one sentence for a store another process holds (documented in docs/web.md)."""
    pid = re.search(r"\(PID (\d+)\)", engine_message)
    holder = f"process {pid.group(1)}" if pid else "another process"
    if read_only:
        return (
            f"store {path} is being changed by {holder} (a load or scoring run?); "
            "try again when it has finished"
        )
    return (
        f"store {path} is in use by {holder} (a running `sellindex serve`?); commands that "
        "change the store wait until it stops, while reading commands and account changes "
        "work beside it"
    )


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _has_meta(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'sellindex_meta'"
    ).fetchone()
    return bool(row and row[0])


def _recorded_version(con: duckdb.DuckDBPyConnection) -> int:
    if not _has_meta(con):
        return 0
    row = con.execute("SELECT value FROM sellindex_meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def _migrate(con: duckdb.DuckDBPyConnection, *, read_only: bool, path: Path) -> None:
    found = _recorded_version(con)
    target = migrations.current_version()
    if found > target:
        raise SellindexError(
            f"store {path} has layout version {found}, newer than this sellindex understands "
            f"({target}); upgrade sellindex to use it"
        )
    if found == target:
        return
    if found == 0 and _has_foreign_tables(con) and not _has_meta(con):
        raise SellindexError(f"{path} is a DuckDB file but not a sellindex store")
    if read_only:
        raise StoreNeedsMigration(
            f"store {path} is at layout version {found} and needs migrating to {target}; "
            "open it once without read-only"
        )
    for migration in migrations.MIGRATIONS:
        if migration.version <= found:
            continue
        with transaction(con):
            migration.apply(con)
            con.execute(
                "CREATE TABLE IF NOT EXISTS sellindex_meta (key VARCHAR PRIMARY KEY, value VARCHAR)"
            )
            con.execute(
                "INSERT OR REPLACE INTO sellindex_meta VALUES ('schema_version', ?)",
                [str(migration.version)],
            )


def _has_foreign_tables(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute("SELECT count(*) FROM information_schema.tables").fetchone()
    return bool(row and row[0])
