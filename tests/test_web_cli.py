"""`sellindex users`, `tokens` and `serve` as a user types them."""

from __future__ import annotations

import io
import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest

from sellindex.store import open_store
from sellindex.store.accounts import authenticate, list_tokens, list_users, user_for_token

PASSWORD = "a long enough secret"


@pytest.fixture
def store_with_member(db_path: Path) -> Path:
    with open_store(db_path, create=True) as store:
        store.con.execute(
            "INSERT INTO members (member_id, name, industry, joined_at) VALUES (?, ?, ?, ?)",
            [7, "Pat Seller", "software", datetime(2024, 5, 1)],
        )
    return db_path


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


def test_users_add_list_remove(run_cli, store_with_member: Path, monkeypatch) -> None:
    db = str(store_with_member)
    _stdin(monkeypatch, PASSWORD + "\n")
    code, out, err = run_cli(
        "users", "add", "Pat@Example.com", "--role", "member", "--member", "7",
        "--password-stdin", "--db", db, "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    added = json.loads(out)
    assert added["email"] == "pat@example.com" and added["member_id"] == 7
    assert PASSWORD not in out

    code, out, _ = run_cli("users", "list", "--db", db, "--json")
    assert [u["email"] for u in json.loads(out)] == ["pat@example.com"]
    with open_store(store_with_member) as store:
        assert authenticate(store, "pat@example.com", PASSWORD) is not None
        assert authenticate(store, "pat@example.com", PASSWORD + "x") is None

    code, out, _ = run_cli("users", "remove", "pat@example.com", "--db", db)
    assert code == 0 and "removed pat@example.com" in out
    code, out, _ = run_cli("users", "list", "--db", db, "--json")
    assert json.loads(out) == []


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["--role", "member", "--member", "7"], None, "--password-stdin"),
        (["--role", "member", "--member", "99"], PASSWORD, "no member 99"),
        (["--role", "manager"], PASSWORD, "a manager needs --member"),
        (["--role", "member", "--member", "7"], "short", "at least 8 characters"),
        (["--role", "member", "--member", "7"], "", "no password on standard input"),
        (["--role", "boss", "--member", "7"], PASSWORD, "'boss' is not one of"),
    ],
)
def test_users_add_mistakes_are_one_line(
    run_cli, store_with_member: Path, monkeypatch, args: list[str], stdin: str | None, message: str
) -> None:
    _stdin(monkeypatch, "" if stdin is None else stdin + "\n")
    extra = [] if stdin is None else ["--password-stdin"]
    code, _, err = run_cli(
        "users", "add", "pat@example.com", *args, *extra, "--db", str(store_with_member)
    )
    assert code != 0
    assert message in err and err.strip().count("\n") == 0


def test_password_is_never_a_command_line_argument(run_cli, store_with_member: Path) -> None:
    code, _, err = run_cli(
        "users", "add", "pat@example.com", "--role", "admin", "--password", PASSWORD,
        "--db", str(store_with_member),
    )  # fmt: skip
    assert code == 2 and "--password" in err


def test_duplicate_user_is_refused(run_cli, store_with_member: Path, monkeypatch) -> None:
    db = str(store_with_member)
    for expected in (0, 1):
        _stdin(monkeypatch, PASSWORD + "\n")
        code, _, err = run_cli(
            "users", "add", "pat@example.com", "--role", "admin", "--password-stdin", "--db", db
        )
        assert code == expected
    assert "already exists" in err


def test_tokens_create_list_revoke(run_cli, store_with_member: Path, monkeypatch) -> None:
    db = str(store_with_member)
    _stdin(monkeypatch, PASSWORD + "\n")
    run_cli("users", "add", "ops@example.com", "--role", "admin", "--password-stdin", "--db", db)
    code, out, _ = run_cli("tokens", "create", "ops@example.com", "--name", "bi", "--db", db)
    assert code == 0
    token = next(line for line in out.splitlines() if line.startswith("si_"))
    with open_store(store_with_member) as store:
        user = user_for_token(store, token)
        assert user is not None and user.email == "ops@example.com"

    code, out, _ = run_cli("tokens", "list", "--db", db, "--json")
    listed = json.loads(out)
    assert [(t["email"], t["name"]) for t in listed] == [("ops@example.com", "bi")]
    assert token not in out

    code, out, _ = run_cli("tokens", "revoke", str(listed[0]["token_id"]), "--db", db)
    assert code == 0 and "revoked" in out
    with open_store(store_with_member) as store:
        assert user_for_token(store, token) is None
    code, _, err = run_cli("tokens", "revoke", "12345", "--db", db)
    assert code == 1 and "no token 12345" in err


def test_removing_a_user_revokes_their_tokens(run_cli, store_with_member: Path, monkeypatch):
    db = str(store_with_member)
    _stdin(monkeypatch, PASSWORD + "\n")
    run_cli("users", "add", "ops@example.com", "--role", "admin", "--password-stdin", "--db", db)
    _, out, _ = run_cli("tokens", "create", "ops@example.com", "--db", db, "--json")
    token = json.loads(out)["token"]
    run_cli("users", "remove", "ops@example.com", "--db", db)
    with open_store(store_with_member) as store:
        assert user_for_token(store, token) is None
        assert list_tokens(store) == []


@contextmanager
def _held(store: Path, read_only: bool) -> Iterator[int]:
    """Another process holding the store, as a server (read-only) or a load (writable) does."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from sellindex.store import open_store; "
            f"s = open_store({str(store)!r}, read_only={read_only}); print('open', flush=True); "
            "sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        yield holder.pid
    finally:
        holder.communicate("", timeout=30)


def test_accounts_change_beside_a_server(run_cli, store_with_member: Path, monkeypatch) -> None:
    db = str(store_with_member)
    with _held(store_with_member, read_only=True):
        _stdin(monkeypatch, PASSWORD + "\n")
        added = run_cli("users", "add", "late@example.com", "--role", "admin", "--password-stdin",
                        "--db", db)  # fmt: skip
        assert added[0] == 0, added
        code, out, _ = run_cli("tokens", "create", "late@example.com", "--db", db, "--json")
        assert code == 0
        token, token_id = json.loads(out)["token"], json.loads(out)["token_id"]
        code, out, _ = run_cli("users", "update", "late@example.com", "--role", "member",
                               "--member", "7", "--db", db, "--json")  # fmt: skip
        assert code == 0 and json.loads(out)["role"] == "member"
        assert run_cli("tokens", "revoke", str(token_id), "--db", db)[0] == 0
        assert run_cli("users", "remove", "late@example.com", "--db", db)[0] == 0
    with open_store(store_with_member, read_only=True) as store:
        assert user_for_token(store, token) is None and list_users(store) == []


def test_changing_a_served_store_says_why_in_one_sentence(run_cli, store_with_member: Path) -> None:
    with _held(store_with_member, read_only=True) as pid:
        code, _, err = run_cli("score", "--db", str(store_with_member))
    assert code == 1
    assert f"is in use by process {pid} (a running `sellindex serve`?)" in err
    assert "reading commands and account changes work beside it" in err
    assert len(err.strip().splitlines()) == 1
    with _held(store_with_member, read_only=False) as pid:
        code, _, err = run_cli("users", "list", "--db", str(store_with_member))
    assert code == 1 and f"is being changed by process {pid}" in err


def test_serve_refuses_a_busy_port(run_cli, store_with_member: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code, _, err = run_cli("serve", "--port", str(port), "--db", str(store_with_member))
    assert code == 1
    assert f"cannot listen on 127.0.0.1:{port}" in err and "--port" in err


@pytest.mark.slow
def test_loadtest_measures_every_route_and_leaves_no_account(run_cli, tmp_path: Path) -> None:
    from e2e import world

    built = world.build(tmp_path / "load.duckdb")
    with open_store(built.path, read_only=True) as store:
        users_before = list_users(store)
    code, out, err = run_cli(
        "loadtest", "--db", str(built.path), "--clients", "3", "--seconds", "1",
        "--workers", "1", "--json",
    )  # fmt: skip
    assert code == 0, err
    result = json.loads(out)
    assert (result["team_id"], result["manager_id"]) == (10, 1)  # the largest managed team
    assert result["reps"] == 2  # the team has two reps: three clients share them
    assert {r["route"].split(" /")[0] for r in result["routes"]} >= {
        "member My index", "member Rep", "manager Team", "manager KPIs", "admin People",
    }  # fmt: skip
    for route in result["routes"]:
        assert route["requests"] > 0 and route["errors"] == 0, route
        assert route["p50_ms"] <= route["p95_ms"] <= route["p99_ms"]
        assert 0 <= route["computed"] <= route["requests"]
    overall = result["overall"]
    assert 0 < overall["computed"] < overall["requests"], "repeated asks are replayed"
    with open_store(built.path, read_only=True) as store:
        assert list_users(store) == users_before
        assert not [t for t in list_tokens(store) if "loadtest" in t.email]


def test_loadtest_refuses_a_store_without_scores(run_cli, store_with_member: Path) -> None:
    code, _, err = run_cli("loadtest", "--db", str(store_with_member), "--seconds", "1")
    assert code != 0
    assert "team" in err or "scores" in err
