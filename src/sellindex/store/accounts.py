"""Web accounts: users with a role, API tokens, browser sessions and sign-in throttling.

Accounts live in the accounts file beside the store (`account_book`), so they can change while a
server holds the store open: a revoked token, a removed user or a new role takes effect on the
next request of every server process.

Secrets never reach the file in clear. Passwords are hashed with Argon2id (slow on purpose,
salted per user); API tokens and session tokens are 32 random bytes, so a fast SHA-256 of them
cannot be guessed back and lets a request be matched with one indexed lookup.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import duckdb
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from sellindex.errors import SellindexError
from sellindex.store.account_book import AccountBook

if TYPE_CHECKING:
    from sellindex.store.connection import Store

ROLES = ("member", "manager", "admin")
"""member sees their own data, manager their team's, admin everything."""

MIN_PASSWORD_LENGTH = 8
TOKEN_PREFIX = "si_"
SESSION_LIFETIME = timedelta(hours=12)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")
_hasher = PasswordHasher()  # Argon2id with the library's recommended cost


@cache
def _dummy_hash() -> str:
    """Checked against when the email is unknown; made on first use, not on every import."""
    return _hasher.hash("a password nobody has")


@dataclass(frozen=True)
class User:
    user_id: int
    email: str
    role: str
    member_id: int | None
    created_at: datetime
    revision: int = 1
    """Goes up with every change of role, member or password; sessions remember it."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "user_id": self.user_id,
            "email": self.email,
            "role": self.role,
            "member_id": self.member_id,
            "created_at": self.created_at,
        }


@dataclass(frozen=True)
class ApiToken:
    token_id: int
    email: str
    name: str | None
    created_at: datetime

    def as_dict(self) -> dict[str, Any]:
        return {
            "token_id": self.token_id,
            "email": self.email,
            "name": self.name,
            "created_at": self.created_at,
        }


@dataclass(frozen=True)
class Credential:
    """A live credential and the account behind it, as read on this request."""

    user: User
    via: Literal["token", "session"]
    credential_id: str
    """The token's id or the session's hash: replayed answers are kept per credential."""


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _stamp(value: datetime) -> str:
    return value.isoformat(sep=" ")


def hash_secret(secret: str) -> str:
    """SHA-256 of a random token: enough for 256-bit secrets, and one indexed lookup."""
    return hashlib.sha256(secret.encode()).hexdigest()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def normalise_email(email: str) -> str:
    return email.strip().lower()


def _book(store: Store) -> AccountBook:
    return AccountBook(store.path)


_USER_COLUMNS = "u.user_id, u.email, u.role, u.member_id, u.created_at, u.revision"


def _user(row: sqlite3.Row | tuple[Any, ...] | None) -> User | None:
    if not row:
        return None
    user_id, email, role, member_id, created_at, revision = row[:6]
    return User(
        int(user_id), email, role, member_id, datetime.fromisoformat(created_at), int(revision)
    )


def _one_user(store: Store, where: str, params: list[Any]) -> User | None:
    with _book(store).connect() as con:
        row = con.execute(f"SELECT {_USER_COLUMNS} FROM users u WHERE {where}", params).fetchone()
    return _user(row)


def find_user(store: Store, email: str) -> User | None:
    return _one_user(store, "u.email = ?", [normalise_email(email)])


def get_user(store: Store, user_id: int) -> User | None:
    return _one_user(store, "u.user_id = ?", [user_id])


def require_user(store: Store, email: str) -> User:
    user = find_user(store, email)
    if user is None:
        raise SellindexError(f"no user {normalise_email(email)}; see `sellindex users list`")
    return user


def list_users(store: Store) -> list[User]:
    with _book(store).connect() as con:
        rows = con.execute(f"SELECT {_USER_COLUMNS} FROM users u ORDER BY u.email").fetchall()
    return [user for user in map(_user, rows) if user is not None]


def _check_role_and_member(store: Store, role: str, member_id: int | None) -> None:
    if role not in ROLES:
        raise SellindexError(f"unknown role {role!r}; roles are: {', '.join(ROLES)}")
    if member_id is None and role != "admin":
        raise SellindexError(f"a {role} needs --member: the member whose data they see")
    if member_id is not None:
        found = store.con.execute(
            "SELECT count(*) FROM members WHERE member_id = ?", [member_id]
        ).fetchone()
        if not found or not found[0]:
            raise SellindexError(f"no member {member_id} in the store; load members first")


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise SellindexError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")


def add_user(store: Store, email: str, role: str, member_id: int | None, password: str) -> User:
    """Create a user. Members and managers must be tied to a member so their scope is known."""
    email = normalise_email(email)
    if not _EMAIL.match(email):
        raise SellindexError(f"{email!r} is not an email address")
    _check_role_and_member(store, role, member_id)
    _check_password(password)
    password_hash = hash_password(password)
    created = _now()
    with _book(store).transaction() as con:
        if con.execute("SELECT 1 FROM users WHERE email = ?", [email]).fetchone():
            raise SellindexError(f"user {email} already exists")
        cursor = con.execute(
            "INSERT INTO users (email, role, member_id, password_hash, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [email, role, member_id, password_hash, _stamp(created)],
        )
        user_id = int(cursor.lastrowid or 0)
    return User(user_id, email, role, member_id, created)


_KEEP = object()


def update_user(
    store: Store,
    email: str,
    *,
    role: str | None = None,
    member_id: int | object | None = _KEEP,
    password: str | None = None,
) -> User:
    """Change a user's role, member or password. Their open sessions end (they sign in again);
    their API tokens keep working with the new role from the next request."""
    user = require_user(store, email)
    new_role = role if role is not None else user.role
    new_member = user.member_id if member_id is _KEEP else member_id
    assert new_member is None or isinstance(new_member, int)
    _check_role_and_member(store, new_role, new_member)
    changes: dict[str, Any] = {"role": new_role, "member_id": new_member}
    if password is not None:
        _check_password(password)
        changes["password_hash"] = hash_password(password)
    assignments = ", ".join(f"{column} = ?" for column in changes)
    with _book(store).transaction() as con:
        con.execute(
            f"UPDATE users SET {assignments}, revision = revision + 1 WHERE user_id = ?",
            [*changes.values(), user.user_id],
        )
        con.execute("DELETE FROM web_sessions WHERE user_id = ?", [user.user_id])
    updated = get_user(store, user.user_id)
    assert updated is not None
    return updated


def remove_user(store: Store, email: str) -> User:
    """Delete a user with their tokens and sessions, so nothing they held still works."""
    user = require_user(store, email)
    with _book(store).transaction() as con:
        for table in ("web_sessions", "api_tokens", "users"):
            con.execute(f"DELETE FROM {table} WHERE user_id = ?", [user.user_id])
    return user


def authenticate(store: Store, email: str, password: str) -> User | None:
    """The user whose password this is, or None. Unknown emails cost as much as wrong passwords."""
    with _book(store).connect() as con:
        row = con.execute(
            f"SELECT {_USER_COLUMNS}, u.password_hash FROM users u WHERE u.email = ?",
            [normalise_email(email)],
        ).fetchone()
    stored_hash = row[-1] if row else _dummy_hash()
    try:
        _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    return _user(row) if row else None


def create_token(store: Store, email: str, name: str | None = None) -> tuple[str, ApiToken]:
    """A new API token for a user. The clear token is returned once and never stored."""
    user = require_user(store, email)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    created = _now()
    with _book(store).transaction() as con:
        cursor = con.execute(
            "INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES (?, ?, ?, ?)",
            [user.user_id, name, hash_secret(token), _stamp(created)],
        )
        token_id = int(cursor.lastrowid or 0)
    return token, ApiToken(token_id, user.email, name, created)


def list_tokens(store: Store, email: str | None = None) -> list[ApiToken]:
    query = (
        "SELECT t.token_id, u.email, t.name, t.created_at FROM api_tokens t "
        "JOIN users u USING (user_id)"
    )
    params: list[Any] = []
    if email is not None:
        query += " WHERE u.email = ?"
        params.append(require_user(store, email).email)
    with _book(store).connect() as con:
        rows = con.execute(query + " ORDER BY t.token_id", params).fetchall()
    return [ApiToken(int(i), e, n, datetime.fromisoformat(c)) for i, e, n, c in rows]


def revoke_token(store: Store, token_id: int) -> ApiToken:
    found = [t for t in list_tokens(store) if t.token_id == token_id]
    if not found:
        raise SellindexError(f"no token {token_id}; see `sellindex tokens list`")
    with _book(store).transaction() as con:
        con.execute("DELETE FROM api_tokens WHERE token_id = ?", [token_id])
    return found[0]


def token_credential(store: Store, token: str) -> Credential | None:
    """The live API token `token` and its user, or None when unknown or revoked."""
    with _book(store).connect() as con:
        row = con.execute(
            f"SELECT {_USER_COLUMNS}, t.token_id FROM api_tokens t JOIN users u USING (user_id) "
            "WHERE t.token_hash = ?",
            [hash_secret(token)],
        ).fetchone()
    user = _user(row)
    return Credential(user, "token", f"token:{row[-1]}") if user and row else None


def user_for_token(store: Store, token: str) -> User | None:
    found = token_credential(store, token)
    return found.user if found else None


def create_session(store: Store, user: User, lifetime: timedelta = SESSION_LIFETIME) -> str:
    """Start a browser session for a signed-in user; returns the cookie value.
    Expired sessions are cleared here."""
    token = secrets.token_urlsafe(32)
    now = _now()
    with _book(store).transaction() as con:
        con.execute("DELETE FROM web_sessions WHERE expires_at <= ?", [_stamp(now)])
        row = con.execute("SELECT revision FROM users WHERE user_id = ?", [user.user_id])
        found = row.fetchone()
        if found is None:
            raise SellindexError(f"no user {user.email}")
        con.execute(
            "INSERT INTO web_sessions VALUES (?, ?, ?, ?, ?)",
            [hash_secret(token), user.user_id, found[0], _stamp(now), _stamp(now + lifetime)],
        )
    return token


def session_credential(store: Store, token: str) -> Credential | None:
    """The live session `token` and its user, or None when unknown, expired or opened before
    the account last changed."""
    session_hash = hash_secret(token)
    with _book(store).connect() as con:
        row = con.execute(
            f"SELECT {_USER_COLUMNS} FROM web_sessions s JOIN users u USING (user_id) "
            "WHERE s.session_hash = ? AND s.expires_at > ? AND s.user_revision = u.revision",
            [session_hash, _stamp(_now())],
        ).fetchone()
    user = _user(row)
    return Credential(user, "session", f"session:{session_hash}") if user else None


def user_for_session(store: Store, token: str) -> User | None:
    found = session_credential(store, token)
    return found.user if found else None


def end_session(store: Store, token: str) -> None:
    with _book(store).transaction() as con:
        con.execute("DELETE FROM web_sessions WHERE session_hash = ?", [hash_secret(token)])


def open_sessions(store: Store) -> int:
    with _book(store).connect() as con:
        row = con.execute(
            "SELECT count(*) FROM web_sessions WHERE expires_at > ?", [_stamp(_now())]
        ).fetchone()
    return int(row[0]) if row else 0


@dataclass(frozen=True)
class SignInPolicy:
    """How many wrong passwords are free, and how the wait grows after them.

    Failures are counted per account and per address over `window_s`. Past the free ones, each
    further failure doubles the wait before the next try (1 s, 2 s, 4 s, ... up to `max_wait_s`),
    so a guesser gets a handful of tries a minute while a person who mistypes is barely slowed.
    """

    free_per_account: int = 5
    free_per_address: int = 20
    window_s: float = 15 * 60
    max_wait_s: float = 15 * 60

    def wait_after(self, failures: int, free: int) -> float:
        if failures < free:
            return 0.0
        return float(min(2 ** (failures - free), self.max_wait_s))


SIGN_IN_POLICY = SignInPolicy()


def _subjects(email: str, address: str | None) -> list[tuple[str, int]]:
    subjects = [(f"account:{normalise_email(email)}", SIGN_IN_POLICY.free_per_account)]
    if address:
        subjects.append((f"address:{address}", SIGN_IN_POLICY.free_per_address))
    return subjects


def sign_in_wait(
    store: Store, email: str, address: str | None, policy: SignInPolicy = SIGN_IN_POLICY
) -> float:
    """Seconds to wait before this account may try a password again from this address
    (0 when it may try now)."""
    now = time.time()
    wait = 0.0
    with _book(store).connect() as con:
        for subject, free in _subjects(email, address):
            failures, last = con.execute(
                "SELECT count(*), max(failed_at) FROM sign_in_failures "
                "WHERE subject = ? AND failed_at > ?",
                [subject, now - policy.window_s],
            ).fetchone()
            if last is not None:
                wait = max(wait, last + policy.wait_after(int(failures), free) - now)
    return max(wait, 0.0)


def record_failed_sign_in(store: Store, email: str, address: str | None) -> None:
    now = time.time()
    with _book(store).transaction() as con:
        con.execute(
            "DELETE FROM sign_in_failures WHERE failed_at <= ?",
            [now - SIGN_IN_POLICY.window_s],
        )
        con.executemany(
            "INSERT INTO sign_in_failures VALUES (?, ?)",
            [(subject, now) for subject, _ in _subjects(email, address)],
        )


def clear_failed_sign_ins(store: Store, email: str) -> None:
    """A right password clears the account's failures (not the address's)."""
    with _book(store).transaction() as con:
        con.execute(
            "DELETE FROM sign_in_failures WHERE subject = ?", [_subjects(email, None)[0][0]]
        )


def move_accounts_out(con: duckdb.DuckDBPyConnection) -> None:
    """Layout step: users and tokens move from the store to the accounts file, so they can
    change while a server reads the store. Sessions of the old file end (sign in again)."""
    row = con.execute(
        "SELECT path FROM duckdb_databases() WHERE database_name = current_database()"
    ).fetchone()
    if row is None or not row[0]:
        return
    store_path = Path(row[0])
    tables = {name for (name,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    if "users" in tables:
        users = con.execute(
            "SELECT user_id, email, role, member_id, password_hash, "
            "strftime(created_at, '%Y-%m-%d %H:%M:%S.%f') FROM users"
        ).fetchall()
        tokens = (
            con.execute(
                "SELECT token_id, user_id, name, token_hash, "
                "strftime(created_at, '%Y-%m-%d %H:%M:%S.%f') FROM api_tokens"
            ).fetchall()
            if "api_tokens" in tables
            else []
        )
        with AccountBook(store_path).transaction() as book:
            book.executemany(
                "INSERT OR IGNORE INTO users (user_id, email, role, member_id, password_hash, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                users,
            )
            book.executemany("INSERT OR IGNORE INTO api_tokens VALUES (?, ?, ?, ?, ?)", tokens)
    for table in ("web_sessions", "api_tokens", "users"):
        con.execute(f"DROP TABLE IF EXISTS {table}")
    store_path.with_name(store_path.name + ".sessions").unlink(missing_ok=True)
