"""`init`, `status` and `schema`: create a store, see what it holds, learn the file layout."""

from __future__ import annotations

from typing import Any

from rich.table import Table as RichTable

from sellindex.interfaces.cli.app import DbOption, JsonOption, app, console, report
from sellindex.schema import TABLES
from sellindex.store import current_version, default_db_path, open_store
from sellindex.store.summary import recent_loads, table_summaries


@app.command()
def init(db: DbOption = None, json_output: JsonOption = False) -> None:
    """Create an empty store (or migrate an existing one to the current layout)."""
    path = db or default_db_path()
    existed = path.exists()
    with open_store(path, create=True) as store:
        version = store.schema_version()
    data = {"db": str(path), "created": not existed, "layout_version": version}
    report(
        data,
        json_output,
        lambda d: console.print(
            f"{'created' if d['created'] else 'store is ready'}: {d['db']} "
            f"(layout version {d['layout_version']})"
        ),
    )


@app.command()
def status(db: DbOption = None, json_output: JsonOption = False) -> None:
    """Show each table's row count and date range, and the latest loads."""
    with open_store(db, read_only=True) as store:
        data = {
            "db": str(store.path),
            "layout_version": store.schema_version(),
            "tables": table_summaries(store),
            "recent_loads": recent_loads(store),
        }
    report(data, json_output, _render_status)


def _render_status(data: dict[str, Any]) -> None:
    console.print(f"[bold]{data['db']}[/bold]  layout version {data['layout_version']}")
    tables = RichTable(title="Tables", title_justify="left")
    tables.add_column("table")
    tables.add_column("rows", justify="right")
    tables.add_column("from")
    tables.add_column("to")
    for row in data["tables"]:
        tables.add_row(
            row["table"], f"{row['rows']:,}", _fmt_time(row["first"]), _fmt_time(row["last"])
        )
    console.print(tables)
    if not data["recent_loads"]:
        console.print("No loads yet: `sellindex ingest PATH` loads canonical files.")
        return
    loads = RichTable(title="Latest loads", title_justify="left")
    for header in ("load", "finished", "table", "file", "read", "loaded", "rejected", "dup"):
        loads.add_column(header, justify="right" if header in ("read", "loaded") else "left")
    for row in data["recent_loads"]:
        loads.add_row(
            str(row["load_id"]),
            _fmt_time(row["finished_at"]),
            row["table_name"],
            row["source_file"],
            f"{row['rows_read']:,}",
            f"{row['rows_loaded']:,}",
            f"{row['rows_rejected']:,}",
            f"{row['rows_duplicate']:,}",
        )
    console.print(loads)


def _fmt_time(value: Any) -> str:
    if value is None:
        return "-"
    return value.strftime("%Y-%m-%d %H:%M") if hasattr(value, "strftime") else str(value)


@app.command()
def schema(json_output: JsonOption = False) -> None:
    """Describe the canonical tables: columns, types, keys, references and vocabularies."""
    data = [
        {
            "table": t.name,
            "description": t.description,
            "key": list(t.key),
            "columns": [
                {
                    "name": c.name,
                    "type": c.type.value,
                    "required": c.required,
                    "description": c.description,
                    "vocabulary": list(c.vocabulary) if c.vocabulary else None,
                }
                for c in t.columns
            ],
            "references": [f"{r.column} -> {r.target}.{r.target_column}" for r in t.references],
            "rules": [reason for reason, _ in t.checks],
        }
        for t in TABLES
    ]
    report({"layout_version": current_version(), "tables": data}, json_output, _render_schema)


def _render_schema(data: dict[str, Any]) -> None:
    for t in data["tables"]:
        grid = RichTable(
            title=f"{t['table']}: {t['description']}", title_justify="left", show_lines=False
        )
        for header in ("column", "type", "required", "description"):
            grid.add_column(header)
        for c in t["columns"]:
            desc = c["description"]
            if c["vocabulary"]:
                desc += f" One of: {', '.join(c['vocabulary'])}."
            grid.add_row(c["name"], c["type"], "yes" if c["required"] else "", desc)
        console.print(grid)
        console.print(f"  key: {', '.join(t['key'])}")
        for ref in t["references"]:
            console.print(f"  reference: {ref}")
        console.print()
