"""`demo`: the whole product on a synthetic world, from files to the web app, in one command."""

from __future__ import annotations

import secrets
import shutil
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table as RichTable

from sellindex.interfaces.cli.app import JsonOption, app, console, err_console, report
from sellindex.metrics.ssi.model import load_model
from sellindex.sources.synth import SynthConfig, generate_world
from sellindex.store import Store, accounts, open_store
from sellindex.store.account_book import SUFFIX as ACCOUNTS

DEMO_WEEKS = 8
"""Weekly snapshots the demo scores, so history and week-over-week change have something to show."""
_STORE_COMPANIONS = (".wal", ACCOUNTS, ACCOUNTS + "-wal", ACCOUNTS + "-shm")
"""Files that belong to a store: DuckDB's log and the accounts file with SQLite's own."""


@app.command()
def demo(
    folder: Annotated[
        Path, typer.Option("--dir", help="Folder for the demo world and store (replaced).")
    ] = Path("demo"),
    members: Annotated[int, typer.Option("--members", help="Members in the world.")] = 5_000,
    seed: Annotated[int, typer.Option("--seed", help="Random seed of the world.")] = 7,
    serve: Annotated[
        bool, typer.Option("--serve/--no-serve", help="Serve the web app when done.")
    ] = True,
    host: Annotated[str, typer.Option("--host", help="Address to serve on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port.")] = 8000,
    json_output: JsonOption = False,
) -> None:
    """Generate a synthetic world, load it into a fresh store, score it, and serve the web app.

    Prints the sign-in details of one demo account per role (admin, manager, member).
    """
    # Imported here: the pipeline loads ibis, which `demo --help` never needs.
    from sellindex.service.pipeline import build

    world = folder / "world"
    db_path = folder / "sellindex.duckdb"
    with err_console.status("generating the synthetic world") as status:
        summary = generate_world(SynthConfig(members=members, seed=seed), world)
        _remove_store(db_path)
        with open_store(db_path, create=True) as store:
            built = build(store, world, load_model(), weeks=DEMO_WEEKS, on_step=status.update)
            logins = _create_demo_accounts(store)
    data: dict[str, Any] = {
        "world": str(world),
        "db": str(db_path),
        "members": members,
        "seed": seed,
        "rows_written": sum(summary.rows.values()),
        "load": {
            key: built.load[key]
            for key in ("rows_read", "rows_loaded", "rows_rejected", "rows_duplicate")
        },
        "scored_dates": [d.as_of.isoformat() for d in built.scored],
        "index_distribution": built.distribution,
        "accounts": logins,
        "url": f"http://{host}:{port}/" if serve else None,
    }
    report(data, json_output, _render)
    if serve:
        from sellindex.interfaces.cli.web_commands import serve as serve_command

        serve_command(host=host, port=port, db=db_path)


def _remove_store(db_path: Path) -> None:
    for path in (db_path, *(db_path.with_name(db_path.name + end) for end in _STORE_COMPANIONS)):
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


def _create_demo_accounts(store: Store) -> list[dict[str, Any]]:
    """One account per role: the manager leads the largest team, the member sits in it."""
    row = store.con.execute(
        """
        SELECT t.manager_id, min(m.member_id) AS rep_id
        FROM teams t JOIN members m ON m.team_id = t.team_id AND m.member_id <> t.manager_id
        WHERE t.manager_id IS NOT NULL
        GROUP BY t.team_id, t.manager_id
        ORDER BY count(*) DESC, t.team_id
        LIMIT 1
        """
    ).fetchone()
    manager_id, rep_id = row if row else (None, None)
    wanted = [
        ("admin@demo.sellindex", "admin", None),
        ("manager@demo.sellindex", "manager", manager_id),
        ("member@demo.sellindex", "member", rep_id),
    ]
    logins = []
    for email, role, member_id in wanted:
        if role != "admin" and member_id is None:
            continue
        password = secrets.token_urlsafe(9)
        accounts.add_user(store, email, role, member_id, password)
        logins.append({"email": email, "role": role, "member_id": member_id, "password": password})
    return logins


def _render(data: dict[str, Any]) -> None:
    load = data["load"]
    world = f"{data['world']}: {data['members']:,} members (seed {data['seed']})"
    console.print(f"[bold]Demo world[/bold] {world}")
    console.print(
        f"Loaded into {data['db']}: {load['rows_read']:,} rows read, "
        f"{load['rows_loaded']:,} loaded, {load['rows_rejected']:,} rejected, "
        f"{load['rows_duplicate']:,} duplicate"
    )
    console.print(
        f"Scored {len(data['scored_dates'])} weekly snapshots up to {data['scored_dates'][-1]}"
    )
    bands = RichTable(title="Index distribution", title_justify="left")
    bands.add_column("band")
    bands.add_column("members", justify="right")
    bands.add_column("share", justify="right")
    for band in data["index_distribution"].get("bands", []):
        bands.add_row(band["band"], f"{band['members']:,}", f"{band['share']:.1%}")
    console.print(bands)
    mean = data["index_distribution"].get("mean")
    if mean is not None:
        console.print(f"Average index: {mean:.1f}")
    logins = RichTable(title="Demo accounts", title_justify="left")
    for header in ("role", "email", "password", "member"):
        logins.add_column(header)
    for login in data["accounts"]:
        member = "" if login["member_id"] is None else str(login["member_id"])
        logins.add_row(login["role"], login["email"], login["password"], member)
    console.print(logins)
    console.print(
        f"Try: sellindex show {data['accounts'][-1]['member_id']} --db {data['db']}"
        if data["accounts"] and data["accounts"][-1]["member_id"] is not None
        else ""
    )
    if data["url"]:
        console.print(f"Open {data['url']} and sign in with one of the accounts above.")
