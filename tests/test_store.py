from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from sellindex.errors import SellindexError
from sellindex.schema import LOAD_ORDER
from sellindex.store import current_version, migrations, open_store


def test_init_creates_every_canonical_table(store) -> None:
    tables = set(store.backend.list_tables())
    assert set(LOAD_ORDER) <= tables
    assert {"loads", "rejects", "sellindex_meta"} <= tables
    assert store.schema_version() == current_version()


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SellindexError, match="sellindex init"):
        open_store(tmp_path / "absent.duckdb")


def test_newer_store_is_refused(db_path: Path) -> None:
    open_store(db_path, create=True).close()
    con = duckdb.connect(str(db_path))
    con.execute(
        "UPDATE sellindex_meta SET value = ? WHERE key = 'schema_version'",
        [str(current_version() + 1)],
    )
    con.close()
    with pytest.raises(SellindexError, match="newer than this sellindex"):
        open_store(db_path)


def test_foreign_duckdb_file_is_refused(db_path: Path) -> None:
    con = duckdb.connect(str(db_path))
    con.execute("CREATE TABLE unrelated (x INTEGER)")
    con.close()
    with pytest.raises(SellindexError, match="not a sellindex store"):
        open_store(db_path)


def test_older_store_is_migrated_on_open(db_path: Path, monkeypatch) -> None:
    open_store(db_path, create=True).close()
    before = current_version()

    def add_notes(con: duckdb.DuckDBPyConnection) -> None:
        con.execute("CREATE TABLE notes (note VARCHAR)")

    upgraded = (*migrations.MIGRATIONS, migrations.Migration(before + 1, "notes", add_notes))
    monkeypatch.setattr(migrations, "MIGRATIONS", upgraded)
    with open_store(db_path) as store:
        assert store.schema_version() == before + 1
        assert "notes" in store.backend.list_tables()


def test_failed_migration_leaves_store_at_its_version(db_path: Path, monkeypatch) -> None:
    open_store(db_path, create=True).close()
    before = current_version()

    def broken(con: duckdb.DuckDBPyConnection) -> None:
        con.execute("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("disk on fire")

    upgraded = (*migrations.MIGRATIONS, migrations.Migration(before + 1, "broken", broken))
    monkeypatch.setattr(migrations, "MIGRATIONS", upgraded)
    with pytest.raises(RuntimeError):
        open_store(db_path)
    monkeypatch.undo()
    with open_store(db_path) as store:
        assert store.schema_version() == before
        assert "half_done" not in store.backend.list_tables()


def test_cli_init_and_status(run_cli, db_path: Path) -> None:
    code, out, _ = run_cli("init", "--db", str(db_path), "--json")
    assert code == 0
    assert json.loads(out)["created"] is True
    code, out, _ = run_cli("status", "--db", str(db_path), "--json")
    assert code == 0
    status = json.loads(out)
    assert [t["table"] for t in status["tables"]] == list(LOAD_ORDER)
    assert all(t["rows"] == 0 for t in status["tables"])


def test_cli_errors_are_one_line(run_cli, tmp_path: Path) -> None:
    code, _, err = run_cli("status", "--db", str(tmp_path / "absent.duckdb"))
    assert code == 1
    assert err.strip().count("\n") == 0 and err.startswith("error: no store")
    code, _, err = run_cli("status", "--no-such-flag")
    assert code == 2
    assert err.strip().count("\n") == 0 and "--no-such-flag" in err
