"""Web accounts: users with a role, API tokens and browser sessions.

Secrets never reach the store in clear. Passwords are hashed with Argon2id (slow on purpose,
salted per user); API tokens and session tokens are 32 random bytes, so a fast SHA-256 of them
cannot be guessed back and lets a request be matched with one indexed lookup.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

import duckdb
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from sellindex.errors import SellindexError
from sellindex.store.sessions import SESSION_LIFETIME, SessionBook

if TYPE_CHECKING:
    from sellindex.store.connection import Store

ROLES = ("member", "manager", "admin")
"""member sees their own data, manager their team's, admin everything."""

MIN_PASSWORD_LENGTH = 8
TOKEN_PREFIX = "si_"

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")
_hasher = PasswordHasher()  # Argon2id with the library's recommended cost


@cache
def _dummy_hash() -> str:
    """Checked against when the email is unknown; made on first use, not on every import."""
    return _hasher.hash("a password nobody has")


def create_account_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Layout step that adds the account tables (registered in `store.migrations`)."""
    con.execute(
        """
        CREATE TABLE IF NOT EXISTS users (
            user_id BIGINT PRIMARY KEY,
            email VARCHAR NOT NULL UNIQUE,
            role VARCHAR NOT NULL,
            member_id BIGINT,
            password_hash VARCHAR NOT NULL,
            created_at TIMESTAMP NOT NULL
        )
        """
    )
    con.execute(
        """
        CREATE TABLE IF NOT EXISTS api_tokens (
            token_id BIGINT PRIMARY KEY,
            user_id BIGINT NOT NULL,
            name VARCHAR,
            token_hash VARCHAR NOT NULL UNIQUE,
            created_at TIMESTAMP NOT NULL
        )
        """
    )
    con.execute(
        """
        CREATE TABLE IF NOT EXISTS web_sessions (
            session_hash VARCHAR PRIMARY KEY,
            user_id BIGINT NOT NULL,
            created_at TIMESTAMP NOT NULL,
            expires_at TIMESTAMP NOT NULL
        )
        """
    )


@dataclass(frozen=True)
class User:
    user_id: int
    email: str
    role: str
    member_id: int | None
    created_at: datetime

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


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def hash_secret(secret: str) -> str:
    """SHA-256 of a random token: enough for 256-bit secrets, and one indexed lookup."""
    return hashlib.sha256(secret.encode()).hexdigest()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def normalise_email(email: str) -> str:
    return email.strip().lower()


_USER_COLUMNS = "user_id, email, role, member_id, created_at"


def _user(row: tuple[Any, ...] | None) -> User | None:
    return User(*row) if row else None


def find_user(store: Store, email: str) -> User | None:
    row = store.con.execute(
        f"SELECT {_USER_COLUMNS} FROM users WHERE email = ?", [normalise_email(email)]
    ).fetchone()
    return _user(row)


def get_user(store: Store, user_id: int) -> User | None:
    row = store.con.execute(
        f"SELECT {_USER_COLUMNS} FROM users WHERE user_id = ?", [user_id]
    ).fetchone()
    return _user(row)


def require_user(store: Store, email: str) -> User:
    user = find_user(store, email)
    if user is None:
        raise SellindexError(f"no user {normalise_email(email)}; see `sellindex users list`")
    return user


def list_users(store: Store) -> list[User]:
    rows = store.con.execute(f"SELECT {_USER_COLUMNS} FROM users ORDER BY email").fetchall()
    return [User(*row) for row in rows]


def add_user(store: Store, email: str, role: str, member_id: int | None, password: str) -> User:
    """Create a user. Members and managers must be tied to a member so their scope is known."""
    email = normalise_email(email)
    if not _EMAIL.match(email):
        raise SellindexError(f"{email!r} is not an email address")
    if role not in ROLES:
        raise SellindexError(f"unknown role {role!r}; roles are: {', '.join(ROLES)}")
    if member_id is None and role != "admin":
        raise SellindexError(f"a {role} needs --member: the member whose data they see")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise SellindexError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
    if member_id is not None:
        found = store.con.execute(
            "SELECT count(*) FROM members WHERE member_id = ?", [member_id]
        ).fetchone()
        if not found or not found[0]:
            raise SellindexError(f"no member {member_id} in the store; load members first")
    if find_user(store, email) is not None:
        raise SellindexError(f"user {email} already exists")
    password_hash = hash_password(password)
    con = store.con
    con.execute("BEGIN TRANSACTION")
    try:
        row = con.execute("SELECT coalesce(max(user_id), 0) + 1 FROM users").fetchone()
        user = User(int(row[0]) if row else 1, email, role, member_id, _now())
        con.execute(
            "INSERT INTO users VALUES (?, ?, ?, ?, ?, ?)",
            [user.user_id, email, role, member_id, password_hash, user.created_at],
        )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return user


def remove_user(store: Store, email: str) -> User:
    """Delete a user with their tokens and sessions, so nothing they held still works."""
    user = require_user(store, email)
    con = store.con
    con.execute("BEGIN TRANSACTION")
    try:
        for table in ("api_tokens", "users"):
            con.execute(f"DELETE FROM {table} WHERE user_id = ?", [user.user_id])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    SessionBook(store.path).end_all(user.user_id)
    return user


def authenticate(store: Store, email: str, password: str) -> User | None:
    """The user whose password this is, or None. Unknown emails cost as much as wrong passwords."""
    row = store.con.execute(
        f"SELECT {_USER_COLUMNS}, password_hash FROM users WHERE email = ?",
        [normalise_email(email)],
    ).fetchone()
    stored_hash = row[-1] if row else _dummy_hash()
    try:
        _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    return _user(row[:-1]) if row else None


def create_token(store: Store, email: str, name: str | None = None) -> tuple[str, ApiToken]:
    """A new API token for a user. The clear token is returned once and never stored."""
    user = require_user(store, email)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    con = store.con
    con.execute("BEGIN TRANSACTION")
    try:
        row = con.execute("SELECT coalesce(max(token_id), 0) + 1 FROM api_tokens").fetchone()
        info = ApiToken(int(row[0]) if row else 1, user.email, name, _now())
        con.execute(
            "INSERT INTO api_tokens VALUES (?, ?, ?, ?, ?)",
            [info.token_id, user.user_id, name, hash_secret(token), info.created_at],
        )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return token, info


def list_tokens(store: Store, email: str | None = None) -> list[ApiToken]:
    query = (
        "SELECT t.token_id, u.email, t.name, t.created_at FROM api_tokens t "
        "JOIN users u USING (user_id)"
    )
    params: list[Any] = []
    if email is not None:
        query += " WHERE u.email = ?"
        params.append(normalise_email(require_user(store, email).email))
    rows = store.con.execute(query + " ORDER BY t.token_id", params).fetchall()
    return [ApiToken(*row) for row in rows]


def revoke_token(store: Store, token_id: int) -> ApiToken:
    found = [t for t in list_tokens(store) if t.token_id == token_id]
    if not found:
        raise SellindexError(f"no token {token_id}; see `sellindex tokens list`")
    store.con.execute("DELETE FROM api_tokens WHERE token_id = ?", [token_id])
    return found[0]


def user_for_token(store: Store, token: str) -> User | None:
    row = store.con.execute(
        f"SELECT {', '.join('u.' + c for c in _USER_COLUMNS.split(', '))} "
        "FROM api_tokens t JOIN users u USING (user_id) WHERE t.token_hash = ?",
        [hash_secret(token)],
    ).fetchone()
    return _user(row)


def _account_stamp(store: Store, user_id: int) -> str | None:
    """A digest of everything that makes an account what it is; sessions remember it."""
    row = store.con.execute(
        "SELECT user_id, email, role, member_id, password_hash, created_at FROM users "
        "WHERE user_id = ?",
        [user_id],
    ).fetchone()
    return hash_secret("\x1f".join(map(str, row))) if row else None


def create_session(store: Store, user: User, lifetime: timedelta = SESSION_LIFETIME) -> str:
    """Start a browser session for a signed-in user; returns the cookie value."""
    stamp = _account_stamp(store, user.user_id)
    if stamp is None:
        raise SellindexError(f"no user {user.email}")
    return SessionBook(store.path).start(user.user_id, stamp, lifetime)


def user_for_session(store: Store, token: str) -> User | None:
    """The user of a live session whose account is unchanged since it was opened."""
    held = session_holder(store, token)
    return user_if_unchanged(store, *held) if held else None


def session_holder(store: Store, token: str) -> tuple[int, str] | None:
    """(user id, account stamp) of a live session: the part of a session check that can change
    while a read-only store stays the same."""
    return SessionBook(store.path).holder(token)


def user_if_unchanged(store: Store, user_id: int, stamp: str) -> User | None:
    if _account_stamp(store, user_id) != stamp:
        return None
    return get_user(store, user_id)


def end_session(store: Store, token: str) -> None:
    SessionBook(store.path).end(token)
