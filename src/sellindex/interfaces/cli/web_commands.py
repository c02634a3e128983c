"""`serve`, `users` and `tokens`: run the web app and API, and manage who may use them.

The server reads the store for as long as it runs, and accounts live in their own file beside
it, so account commands work while it serves and take effect on its next request. They open
the store read-only (to check members), like reading commands (`show`, `kpis`, ...).
"""

from __future__ import annotations

import os
import socket
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table as RichTable

from sellindex.errors import SellindexError
from sellindex.interfaces.cli.app import DbOption, JsonOption, app, console, err_console, report
from sellindex.interfaces.web.budget import QueryBudget
from sellindex.store import Store, accounts, default_db_path, open_store
from sellindex.store.connection import StoreNeedsMigration


class Role(StrEnum):
    member = "member"
    manager = "manager"
    admin = "admin"


users_app = typer.Typer(
    help="Web accounts: who may sign in, and what they see (member: own data, manager: their "
    "team, admin: everything).",
    no_args_is_help=True,
)
tokens_app = typer.Typer(
    help="API tokens, for programs that call /api/v1 as a user.", no_args_is_help=True
)
app.add_typer(users_app, name="users")
app.add_typer(tokens_app, name="tokens")

EmailArgument = Annotated[str, typer.Argument(help="The account's email address.")]
WorkersOption = Annotated[
    int | None,
    typer.Option(
        "--workers",
        min=1,
        max=64,
        help="Server processes, each reading the store. Defaults to the number of cores.",
        show_default=False,
    ),
]


def _open_for_accounts(db: Path | None) -> Store:
    """The store read-only, beside any server; written only when its layout needs upgrading."""
    path = db or default_db_path()
    try:
        return open_store(path, read_only=True)
    except StoreNeedsMigration:
        return open_store(path)


def _when(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else "-"


@users_app.command("add")
def users_add(
    email: EmailArgument,
    role: Annotated[Role, typer.Option("--role", help="What the account may see.")],
    member: Annotated[
        int | None,
        typer.Option(
            "--member",
            help="The member this account is (required for member and manager; a manager sees "
            "this member's team).",
            show_default=False,
        ),
    ] = None,
    password_stdin: Annotated[
        bool,
        typer.Option(
            "--password-stdin",
            help="Read the password from standard input instead of asking for it.",
        ),
    ] = False,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Create a web account. The password is asked for (or read from stdin), never an argument."""
    with _open_for_accounts(db) as store:
        if accounts.find_user(store, email) is not None:
            raise SellindexError(f"user {accounts.normalise_email(email)} already exists")
        password = _read_password(password_stdin)
        user = accounts.add_user(store, email, role.value, member, password)
    report(
        user.as_dict(),
        json_output,
        lambda d: console.print(
            f"added {d['email']} ({d['role']}"
            + (f", member {d['member_id']}" if d["member_id"] is not None else "")
            + ")"
        ),
    )


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise SellindexError("no password on standard input")
        return password
    if not sys.stdin.isatty():
        raise SellindexError(
            "no terminal to ask for the password; pass it on standard input with --password-stdin"
        )
    return typer.prompt("Password", hide_input=True, confirmation_prompt=True)


@users_app.command("list")
def users_list(db: DbOption = None, json_output: JsonOption = False) -> None:
    """List web accounts with their role and member."""
    with _open_for_accounts(db) as store:
        data = [user.as_dict() for user in accounts.list_users(store)]
    report(data, json_output, _render_users)


def _render_users(rows: list[dict[str, Any]]) -> None:
    if not rows:
        console.print("No accounts yet: `sellindex users add EMAIL --role admin` creates one.")
        return
    grid = RichTable(title="Accounts", title_justify="left")
    for header in ("email", "role", "member", "created"):
        grid.add_column(header)
    for row in rows:
        member = row["member_id"]
        grid.add_row(
            row["email"],
            row["role"],
            "-" if member is None else str(member),
            _when(row["created_at"]),
        )
    console.print(grid)


@users_app.command("update")
def users_update(
    email: EmailArgument,
    role: Annotated[
        Role | None, typer.Option("--role", help="A new role.", show_default=False)
    ] = None,
    member: Annotated[
        int | None,
        typer.Option("--member", help="A new member for the account.", show_default=False),
    ] = None,
    password_stdin: Annotated[
        bool,
        typer.Option("--password-stdin", help="Read a new password from standard input."),
    ] = False,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Change an account's role, member or password. Takes effect at once, on a running server
    too: the account's open sessions end, and its API tokens act with the new role."""
    if role is None and member is None and not password_stdin:
        raise SellindexError("nothing to change: give --role, --member or --password-stdin")
    with _open_for_accounts(db) as store:
        accounts.require_user(store, email)
        password = _read_password(True) if password_stdin else None
        changes: dict[str, Any] = {"role": role.value if role else None, "password": password}
        if member is not None:
            changes["member_id"] = member
        user = accounts.update_user(store, email, **changes)
    report(
        user.as_dict(),
        json_output,
        lambda d: console.print(
            f"updated {d['email']} ({d['role']}"
            + (f", member {d['member_id']}" if d["member_id"] is not None else "")
            + ")"
        ),
    )


@users_app.command("remove")
def users_remove(
    email: EmailArgument, db: DbOption = None, json_output: JsonOption = False
) -> None:
    """Delete a web account, with its API tokens and open sessions."""
    with _open_for_accounts(db) as store:
        user = accounts.remove_user(store, email)
    report(user.as_dict(), json_output, lambda d: console.print(f"removed {d['email']}"))


@tokens_app.command("create")
def tokens_create(
    email: EmailArgument,
    name: Annotated[
        str | None,
        typer.Option(
            "--name", help="What the token is for, to recognise it later.", show_default=False
        ),
    ] = None,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Create an API token for an account and print it, once: only its hash is kept."""
    with _open_for_accounts(db) as store:
        token, info = accounts.create_token(store, email, name)
    report({**info.as_dict(), "token": token}, json_output, _render_new_token)


def _render_new_token(data: dict[str, Any]) -> None:
    console.print(f"token {data['token_id']} for {data['email']}:")
    console.print(data["token"], markup=False, soft_wrap=True)
    err_console.print("Keep it now: it cannot be shown again.")


@tokens_app.command("list")
def tokens_list(
    user: Annotated[
        str | None, typer.Option("--user", help="Only this account's tokens.", show_default=False)
    ] = None,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """List API tokens (never the tokens themselves)."""
    with _open_for_accounts(db) as store:
        data = [token.as_dict() for token in accounts.list_tokens(store, user)]
    report(data, json_output, _render_tokens)


def _render_tokens(rows: list[dict[str, Any]]) -> None:
    if not rows:
        console.print("No API tokens: `sellindex tokens create EMAIL` makes one.")
        return
    grid = RichTable(title="API tokens", title_justify="left")
    for header in ("id", "email", "name", "created"):
        grid.add_column(header)
    for row in rows:
        grid.add_row(
            str(row["token_id"]), row["email"], row["name"] or "-", _when(row["created_at"])
        )
    console.print(grid)


@tokens_app.command("revoke")
def tokens_revoke(
    token_id: Annotated[int, typer.Argument(help="The token's id, from `sellindex tokens list`.")],
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Revoke an API token: calls made with it are refused from now on."""
    with _open_for_accounts(db) as store:
        info = accounts.revoke_token(store, token_id)
    report(
        info.as_dict(),
        json_output,
        lambda d: console.print(f"revoked token {d['token_id']} of {d['email']}"),
    )


@app.command()
def serve(
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on. Keep loopback unless behind TLS.")
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")
    ] = 8000,
    workers: WorkersOption = None,
    query_seconds: Annotated[
        float,
        typer.Option(
            "--query-seconds",
            min=1,
            help="Time budget of one request's queries; past it the request gets 503.",
        ),
    ] = QueryBudget.seconds,
    memory_limit: Annotated[
        str,
        typer.Option("--memory-limit", help="Memory budget of each server process's queries."),
    ] = QueryBudget.memory,
    tls_cert: Annotated[
        Path | None,
        typer.Option(
            "--tls-cert",
            exists=True,
            dir_okay=False,
            help="PEM certificate: serve HTTPS (with HSTS). Needs --tls-key.",
            show_default=False,
        ),
    ] = None,
    tls_key: Annotated[
        Path | None,
        typer.Option(
            "--tls-key",
            exists=True,
            dir_okay=False,
            help="PEM private key of --tls-cert.",
            show_default=False,
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Serve the web app and the JSON API (/api/v1, documented at /api/v1/docs).

    The store is opened read-only by every server process: accounts and reading commands work
    beside it; stop the server to load data or score.
    """
    from sellindex.interfaces.web.server import prepare, serve_store

    if (tls_cert is None) != (tls_key is None):
        raise SellindexError("--tls-cert and --tls-key go together")
    _check_port_free(host, port)
    path = prepare(db or default_db_path())
    with open_store(path, read_only=True) as store:
        if not accounts.list_users(store):
            err_console.print(
                "note: no accounts yet; `sellindex users add EMAIL --role admin` creates one "
                "(it works while the server runs)"
            )
    processes = workers or os.cpu_count() or 1
    shown_host = f"[{host}]" if ":" in host else host
    scheme = "https" if tls_cert else "http"
    err_console.print(
        f"serving {path} at {scheme}://{shown_host}:{port}/ with {processes} "
        f"process{'es' if processes > 1 else ''} (Ctrl+C stops)",
        markup=False,
    )
    budget = QueryBudget(query_seconds, memory_limit)
    tls = (tls_cert, tls_key) if tls_cert and tls_key else None
    serve_store(path, host, port, processes, budget, tls)


def _check_port_free(host: str, port: int) -> None:
    """A clear message now beats a stack of server logs when the port is taken."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        raise SellindexError(f"cannot listen on {host!r}: not an address of this machine") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise SellindexError(
                f"cannot listen on {host}:{port} ({exc.strerror}); choose another --port"
            ) from None
