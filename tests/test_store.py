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


def test_accounts_move_out_of_an_older_store(db_path: Path) -> None:
    """A layout-4 store kept users and tokens in DuckDB; opening it moves them to the accounts
    file, where a server's running processes can see them change."""
    import duckdb

    from sellindex.store.accounts import authenticate, hash_password, hash_secret, list_tokens

    con = duckdb.connect(str(db_path))
    for migration in migrations.MIGRATIONS:
        if migration.version <= 4:
            migration.apply(con)
    con.execute("CREATE TABLE sellindex_meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO sellindex_meta VALUES ('schema_version', '4')")
    con.execute(
        "INSERT INTO users VALUES (3, 'old@example.com', 'admin', NULL, ?, "
        "TIMESTAMP '2026-01-02 03:04:05')",
        [hash_password("an old password")],
    )
    con.execute(
        "INSERT INTO api_tokens VALUES (9, 3, 'ci', ?, TIMESTAMP '2026-01-03 00:00:00')",
        [hash_secret("si_old-token")],
    )
    con.close()
    with open_store(db_path) as store:
        assert store.schema_version() == current_version()
        listed = store.con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
        tables = {row[0] for row in listed}
        assert not tables & {"users", "api_tokens", "web_sessions"}
        user = authenticate(store, "old@example.com", "an old password")
        assert user is not None and user.user_id == 3 and user.created_at.year == 2026
        [token] = list_tokens(store)
        assert (token.token_id, token.email, token.name) == (9, "old@example.com", "ci")


def test_transaction_commits_or_leaves_the_store_as_it_was(store) -> None:
    with store.transaction() as con:
        con.execute("CREATE TABLE kept (x INTEGER)")
        con.execute("INSERT INTO kept VALUES (1)")
    with pytest.raises(KeyboardInterrupt), store.transaction() as con:
        con.execute("INSERT INTO kept VALUES (2)")
        raise KeyboardInterrupt
    assert store.con.execute("SELECT list(x) FROM kept").fetchone()[0] == [1]


def test_loads_are_recorded_in_one_shape(store) -> None:
    from sellindex.store.loads import LoadRecord, next_load_id, record_load

    with store.transaction() as con:
        load_id = next_load_id(con)
        record_load(con, LoadRecord(load_id, "members", "m.csv", 5, 3, 1, 1))
    row = store.con.execute(
        "SELECT load_id, table_name, rows_read, rows_loaded + rows_rejected + rows_duplicate, "
        "started_at <= finished_at FROM loads"
    ).fetchone()
    assert row == (load_id, "members", 5, 5, True)
    assert next_load_id(store.con) == load_id + 1
