"""Read back the rows a load quarantined, so they can be fixed and loaded again."""

from __future__ import annotations

from typing import Any

import ibis

from sellindex.store import Store


def list_rejects(
    store: Store,
    *,
    table: str | None = None,
    source_file: str | None = None,
    load_id: int | None = None,
    limit: int | None = 50,
) -> tuple[list[dict[str, Any]], int]:
    """Rejected rows, newest load first then in file order, and how many match in all.

    `source_file` matches the recorded path exactly or by its last components, so
    `activity.csv` finds `data/activity.csv`.
    """
    rejects = store.table("rejects")
    if table is not None:
        rejects = rejects.filter(rejects.table_name == table)
    if source_file is not None:
        wanted = source_file.rstrip("/")
        rejects = rejects.filter(
            (rejects.source_file == wanted)
            | rejects.source_file.endswith(ibis.literal("/" + wanted))
        )
    if load_id is not None:
        rejects = rejects.filter(rejects.load_id == load_id)
    total = int(rejects.count().to_pyarrow().as_py())
    ordered = rejects.order_by(
        [rejects.load_id.desc(), rejects.table_name, rejects.source_file, rejects.line]
    )
    if limit is not None:
        ordered = ordered.limit(limit)
    return ordered.to_pyarrow().to_pylist(), total
