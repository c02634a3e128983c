"""What an admin sees of the store itself: tables, loads, rejects, imports, and an overview."""

from __future__ import annotations

from typing import Any

from sellindex.service.index import default_model
from sellindex.service.rows import count, expression_rows, sql_rows
from sellindex.service.scope import Scope
from sellindex.service.teams import HISTOGRAM_BIN, index_bands, visible_teams
from sellindex.store import Store
from sellindex.store.export_reports import latest_export_reports
from sellindex.store.summary import recent_loads, table_summaries

_DISTRIBUTION_SQL = """
SELECT least(floor(total::DOUBLE / ?), ? - 1)::INT AS band, count(*) AS members,
       round(avg(total::DOUBLE), 2) AS average
FROM ssi_snapshots WHERE as_of = ? GROUP BY 1 ORDER BY 1
"""


def status(store: Store, loads_limit: int = 10) -> dict[str, Any]:
    return {
        "db": str(store.path),
        "layout_version": store.schema_version(),
        "tables": table_summaries(store),
        "recent_loads": recent_loads(store, limit=loads_limit),
    }


def admin_overview(scope: Scope, store: Store) -> dict[str, Any]:
    """What an admin looks at first: how the index is spread over everyone, the teams, the
    last load and scoring run, and the data's health (rejects, empty tables, import reports)."""
    day, teams = visible_teams(scope, store)
    bands = 100 // HISTOGRAM_BIN
    found = {r["band"]: r for r in sql_rows(store, _DISTRIBUTION_SQL, [HISTOGRAM_BIN, bands, day])}
    runs = sql_rows(
        store,
        "SELECT as_of, model_name, model_version, members, scored_at, seconds FROM ssi_runs"
        " ORDER BY scored_at DESC, as_of DESC LIMIT 1",
    )
    tables = table_summaries(store)
    average = sql_rows(
        store, "SELECT round(avg(total::DOUBLE), 2) AS a FROM ssi_snapshots WHERE as_of = ?", [day]
    )[0]["a"]
    return {
        "as_of": day,
        "scored": sum(r["members"] for r in found.values()),
        "members": count(store.table("members")),
        "average": average,
        "distribution": index_bands(
            [found[b]["members"] if b in found else 0 for b in range(bands)]
        ),
        "teams": teams,
        "last_load": (recent_loads(store, limit=1) or [None])[0],
        "last_run": runs[0] if runs else None,
        "rejected": sql_rows(store, "SELECT count(*) AS n FROM rejects")[0]["n"],
        "empty_tables": [t["table"] for t in tables if not t["rows"]],
        "imports": import_reports(store),
    }


def rejects_page(store: Store, table: str | None, limit: int, offset: int) -> dict[str, Any]:
    """Rejected rows, newest load first, in file order within a load."""
    rejects = store.table("rejects")
    if table is not None:
        rejects = rejects.filter(rejects.table_name == table)
    ordered = rejects.order_by([rejects.load_id.desc(), rejects.table_name, rejects.line])
    return {
        "table": table,
        "total": count(rejects),
        "limit": limit,
        "offset": offset,
        "rows": expression_rows(ordered.limit(limit, offset=offset)),
    }


def import_reports(store: Store) -> list[dict[str, Any]]:
    """What the latest import of each source (kind, and owner for a data archive) found in its
    export, with what it can and cannot feed under the current model (`sellindex doctor`)."""
    from sellindex.ingest.inspection import READINGS, Inspection, export_noun
    from sellindex.metrics.feedable import coverage, kpi_rows

    reports = []
    for kept in latest_export_reports(store.con):
        found = Inspection.from_dict(kept)
        report = {
            **found.to_dict(),
            "noun": export_noun(found.kind),
            "load_id": kept["load_id"],
            "recorded_at": kept["recorded_at"],
        }
        if found.kind != READINGS:
            report["coverage"] = coverage(default_model(), found.feeds, found.why_absent)
            report["kpi_rows"] = kpi_rows(report["coverage"]["kpis"])
        reports.append(report)
    return reports
