"""Import saved readings of the network's index page into `ssi_readings`, for one member.

A reading does not say whose it is, so the member is given (`--member`), or is the one member
whose data archive the store holds. Every reading is checked (a date, scores in range) and
counted like any load: read = loaded + rejected + duplicate, rejects with file, line and
reason in `rejects`, the load in `loads`. The same reading twice is a duplicate; a different
reading for a day already held is rejected, never overwritten.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sellindex.errors import SellindexError
from sellindex.ingest.import_results import ImportResult, TableResult
from sellindex.sources.network.readings import Parsed, Reading, parse
from sellindex.store import Store
from sellindex.store.feeds import FEEDS_TABLE
from sellindex.store.loads import LoadRecord, next_load_id, record_load
from sellindex.store.readings import READINGS_TABLE, VALUES, same_value, store_readings

FIRST_REJECTS = 20


def readings_member(store: Store | None, member: int | None) -> int:
    """Whose readings these are: the member given, or the store's one archive owner."""
    if store is None:
        if member is None:
            raise SellindexError("give the member the readings belong to: --member ID")
        return member
    if member is not None:
        found = store.con.execute(
            "SELECT count(*) FROM members WHERE member_id = ?", [member]
        ).fetchone()
        if not found or not found[0]:
            raise SellindexError(f"member {member} is not in the store")
        return member
    owners = store.con.execute(
        f"SELECT DISTINCT member_id FROM {FEEDS_TABLE} WHERE source = 'archive' ORDER BY 1"
    ).fetchall()
    if len(owners) == 1:
        return int(owners[0][0])
    which = "no member's data archive" if not owners else f"{len(owners)} members' archives"
    raise SellindexError(
        f"a reading does not say whose it is, and the store holds {which}; "
        "give the member: --member ID"
    )


def parse_readings(files: list[Path], given: Path, shown: dict[Path, Path]) -> Parsed:
    """Every reading of the files and what could not be read; refused when there is neither."""
    parsed = parse(files, shown)
    if not parsed.readings and not parsed.rejected:
        raise SellindexError(f"{given} holds no JSON file with a reading of the index page")
    return parsed


def import_readings(
    store: Store | None,
    files: list[Path],
    given: Path,
    shown: dict[Path, Path],
    *,
    member: int | None,
    dry_run: bool,
    detected: str | None,
) -> ImportResult:
    """Read, check and store the readings of `files` (shown to the user as `shown`)."""
    member_id = readings_member(store, member)
    parsed = parse_readings(files, given, shown)
    rows = [_row(member_id, r) for r in parsed.readings]
    sources = sorted(
        {str(shown.get(f, f)) for f in files if f.suffix.lower() in (".json", ".jsonl")}
    )
    result = TableResult(
        READINGS_TABLE, [Path(s) for s in sources], read=len(rows) + len(parsed.rejected)
    )
    rejects = [(r.file, r.line, r.reason, r.raw) for r in parsed.rejected]
    load_id = None
    if dry_run or store is None:
        outcomes = _dry_outcomes(store, rows)
    else:
        with store.transaction() as con:
            load_id = next_load_id(con)
            outcomes = store_readings(con, rows, load_id)
            rejects += _conflicts(outcomes)
            _record(store, load_id, sources, result, outcomes, rejects)
    if dry_run or store is None:
        rejects += _conflicts(outcomes)
    result.loaded = sum(1 for _, o in outcomes if o == "loaded")
    result.duplicate = sum(1 for _, o in outcomes if o == "duplicate")
    result.rejected = len(rejects)
    result.new_rejects = len(rejects)
    days = sorted(r["as_of"] for r in rows)
    notes = (
        [f"readings of member {member_id} from {days[0]} to {days[-1]} ({len(days)} days)"]
        if days
        else []
    )
    return ImportResult(
        kind="ssi-readings",
        path=given,
        files={"readings": Path(sources[0])} if len(sources) == 1 else {},
        ignored=[
            (shown.get(f, f), "not a JSON file")
            for f in files
            if f.suffix.lower() not in (".json", ".jsonl")
        ],
        detected=detected,
        tables=[result],
        new_ids={},
        notes=notes,
        load_id=load_id,
        dry_run=dry_run,
        first_rejects=[(str(f), line, reason) for f, line, reason, _ in rejects[:FIRST_REJECTS]],
    )


def _row(member_id: int, r: Reading) -> dict[str, Any]:
    row: dict[str, Any] = {
        "member_id": member_id,
        "as_of": r.as_of,
        "total": r.total,
        **{p: r.pillars.get(p) for p in ("brand", "find", "engage", "relationships")},
        "industry_label": (r.groups.get("industry") or {}).get("label"),
        "active_seat": r.active_seat,
        "source_file": str(r.file),
        "_line": r.line,
        "_raw": r.raw,
    }
    for group in ("industry", "network", "team"):
        values = r.groups.get(group) or {}
        for key in ("top_percent", "size", "average"):
            row[f"{group}_{key}"] = values.get(key)
    return row


def _conflicts(outcomes: list[tuple[dict[str, Any], str]]) -> list[tuple[Path, int, str, str]]:
    return [
        (
            Path(row["source_file"]),
            int(row["_line"]),
            f"conflicts with the reading of {row['as_of']} already stored for this member",
            str(row["_raw"]),
        )
        for row, outcome in outcomes
        if outcome == "conflict"
    ]


def _dry_outcomes(
    store: Store | None, rows: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], str]]:
    """What storing would do, without writing (the store may be open read-only)."""
    seen: dict[tuple[int, Any], tuple[Any, ...]] = {}
    outcomes = []
    for row in rows:
        key = (row["member_id"], row["as_of"])
        held = seen.get(key) or _held(store, key)
        if held is None:
            seen[key] = tuple(row.get(c) for c in VALUES)
            outcomes.append((row, "loaded"))
        else:
            same = all(same_value(a, row.get(c)) for c, a in zip(VALUES, held, strict=True))
            outcomes.append((row, "duplicate" if same else "conflict"))
    return outcomes


def _held(store: Store | None, key: tuple[int, Any]) -> tuple[Any, ...] | None:
    if store is None or not _has_readings(store):
        return None
    return store.con.execute(
        f"SELECT {', '.join(VALUES)} FROM {READINGS_TABLE} WHERE member_id = ? AND as_of = ?",
        list(key),
    ).fetchone()


def _has_readings(store: Store) -> bool:
    row = store.con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [READINGS_TABLE]
    ).fetchone()
    return bool(row and row[0])


def _record(
    store: Store,
    load_id: int,
    sources: list[str],
    result: TableResult,
    outcomes: list[tuple[dict[str, Any], str]],
    rejects: list[tuple[Path, int, str, str]],
) -> None:
    """The load in `loads` and its rejects in `rejects`, as every load records them."""
    loaded = sum(1 for _, o in outcomes if o == "loaded")
    duplicate = sum(1 for _, o in outcomes if o == "duplicate")
    record_load(
        store.con,
        LoadRecord(
            load_id,
            READINGS_TABLE,
            ", ".join(sources),
            result.read,
            loaded,
            len(rejects),
            duplicate,
        ),
    )
    held = set(
        store.con.execute(
            "SELECT reason, raw FROM rejects WHERE table_name = ?", [READINGS_TABLE]
        ).fetchall()
    )
    fresh = [
        [load_id, READINGS_TABLE, str(f), line, reason, text]
        for f, line, reason, raw in rejects
        if (reason, text := _as_json(raw)) not in held
    ]
    if fresh:
        store.con.executemany("INSERT INTO rejects VALUES (?, ?, ?, ?, ?, ?)", fresh)


def _as_json(raw: str) -> str:
    """A reject's raw text as JSON: the document itself, or the text as a JSON string."""
    try:
        json.loads(raw)
        return raw
    except json.JSONDecodeError:
        return json.dumps(raw)
