"""Import a CRM export: find its files, map them onto the canonical tables, give every source key
its canonical id, and load the result through the validated, transactional loader.

Steps:

1. the export's files are staged into temporary tables (values converted column by column);
2. the importer of the kind maps them onto canonical rows whose ids are still source keys;
3. the identity map gives each key its id (the same id on every import), in one transaction;
4. the canonical rows are written to Parquet in a temporary folder and loaded by `load_plan`,
   so counts, rejects, duplicates and idempotency are the loader's own;
5. rejects are pointed back at the export: its file, its record number, its original row, and
   a reason that names the export's column beside the canonical one.

A dry run does all of this in a scratch copy of the store's CRM tables and throws it away.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import duckdb

from sellindex.errors import SellindexError
from sellindex.ingest.files import IngestPlan, SourceFile
from sellindex.ingest.import_results import ImportProgress, ImportResult, TableResult
from sellindex.ingest.inspection import describe, describe_readings
from sellindex.ingest.loader import FileResult, load_plan, watch_progress
from sellindex.ingest.readings_import import import_readings
from sellindex.schema import LOAD_ORDER, UNKNOWN
from sellindex.schema import table as schema_table
from sellindex.sources.crm import (
    ExportPlan,
    Importer,
    Mapped,
    Mapping,
    StagedFile,
    assign_roles,
    candidate_files,
    detect,
    load_mapping,
)
from sellindex.sources.crm.exports import stage
from sellindex.sources.crm.values import ident, lit
from sellindex.sources.kinds import IMPORTERS, KINDS, NOT_YET
from sellindex.sources.network.readings import parse
from sellindex.sources.network.readings import recognise as recognise_readings
from sellindex.sources.network.unpack import Unpacked, is_zip, unpacked
from sellindex.store import Store, open_store
from sellindex.store.connection import transaction
from sellindex.store.export_reports import record_export_report
from sellindex.store.feeds import record_feeds
from sellindex.store.identities import ENTITY_TABLES, IDENTITY_TABLE, resolve_ids
from sellindex.store.loads import LoadRecord, record_load

CRM_TABLES = (
    "members",
    "teams",
    "accounts",
    "leads",
    "opportunities",
    "opportunity_stages",
    "touches",
)
"""The tables an import writes, and the ones a dry run copies to check references against."""


def _imported(entity: str, *columns: str) -> str:
    known = f"(SELECT canonical_id FROM {IDENTITY_TABLE} WHERE entity = {lit(entity)})"
    return "WHERE " + " OR ".join(f"{c} IN {known}" for c in columns)


IMPORTED_ONLY = {
    "connections": _imported("member", "member_a", "member_b"),
    "invitations": _imported("member", "sender_id", "recipient_id"),
    "content": _imported("content", "content_id"),
    "activity": _imported("event", "event_id"),
}
"""Network tables a dry run copies in part: the rows whose ids an import gave."""

FIRST_REJECTS = 20

_LABELS = {"member": "name", "team": "name", "account": "name", "company": "company"}
"""The column that names an entity, kept beside its keys in the identity map."""


def plan_import(path: Path, kind: str | None = None, mapping: Mapping | None = None) -> ExportPlan:
    """The export's files by role: for the kind given, or for the kind its files show."""
    if kind is not None and kind not in KINDS:
        raise SellindexError(f"unknown kind {kind!r}; kinds are: {', '.join(KINDS)}")
    if kind in NOT_YET:
        raise SellindexError(
            f"importing {kind} exports is not supported yet; supported now: {', '.join(IMPORTERS)}"
        )
    files = candidate_files(path)
    if not files:
        raise SellindexError(f"{path} is empty: there is nothing to import")
    if kind is None:
        return detect(path, IMPORTERS, mapping)
    importer = IMPORTERS[kind]
    if importer.plan is not None:
        return importer.plan(files, mapping)
    return assign_roles(importer, files, mapping)


@dataclass(frozen=True)
class Opened:
    """An export ready to read: its folder or file, and how its files are named to the user
    (a file inside a ZIP as `export.zip/inner/name.csv`)."""

    path: Path
    given: Path
    unpacked: Unpacked | None = None

    def shown(self, file: Path) -> Path:
        return self.unpacked.shown(file) if self.unpacked else file


@contextmanager
def opened(path: Path) -> Iterator[Opened]:
    """The export at `path`, unpacked first when it is a ZIP (with limits against ZIP bombs).
    Messages about the unpacked files name the ZIP, not the temporary folder."""
    if not is_zip(path):
        yield Opened(path, path)
        return
    with unpacked(path) as unzipped:
        try:
            yield Opened(unzipped.folder, path, unzipped)
        except SellindexError as exc:
            raise SellindexError(str(exc).replace(str(unzipped.folder), str(path))) from None


def import_export(
    store: Store | None,
    path: Path,
    kind: str | None = None,
    *,
    mapping: Path | None = None,
    dry_run: bool = False,
    progress: ImportProgress | None = None,
    member: int | None = None,
) -> ImportResult:
    """Import the export at `path` (a file, a folder or a ZIP) into `store` (which may be None
    only for a dry run). `member` says whose saved index readings are imported."""
    rules = load_mapping(mapping)
    with opened(path) as export:
        readings = readings_files(export, kind)
        if readings is not None:
            files, why = readings
            shown = {f: export.shown(f) for f in files}
            result = import_readings(
                store, files, export.given, shown, member=member, dry_run=dry_run, detected=why
            )
            if store is not None and result.load_id is not None:
                report = describe_readings(files, export, parse(files, shown), why)
                record_export_report(store.con, result.load_id, report.to_dict())
            return result
        plan, importer, rules = planned(export, kind, rules)
        progress = progress or ImportProgress()
        if dry_run:
            with (
                tempfile.TemporaryDirectory(prefix="sellindex-dry-run-") as folder,
                _scratch_copy(store, Path(folder)) as scratch,
            ):
                result = _import(scratch, export, plan, importer, rules, progress)
            result.dry_run, result.load_id = True, None
            return result
        if store is None:
            raise SellindexError("an import needs a store")
        return _import(store, export, plan, importer, rules, progress)


def planned(
    export: Opened, kind: str | None, rules: Mapping
) -> tuple[ExportPlan, Importer, Mapping]:
    """The export's files by role, its importer, and the mapping checked against it (with the
    importer's way of writing dates where the mapping does not say)."""
    plan = plan_import(export.path, kind, rules)
    importer = IMPORTERS[plan.kind]
    rules.check(plan.kind, importer.roles)
    if importer.dates and not rules.dates:
        rules = replace(rules, dates=importer.dates)
    return plan, importer, rules


def readings_files(export: Opened, kind: str | None) -> tuple[list[Path], str | None] | None:
    """The files of saved index readings, when the kind says so or the files show it."""
    if kind not in (None, "ssi-readings"):
        return None
    files = candidate_files(export.path)
    if not files:
        raise SellindexError(f"{export.given} is empty: there is nothing to import")
    why = recognise_readings(files)
    if kind is None and why is None:
        return None
    return files, why if kind is None else None


def _import(
    store: Store,
    export: Opened,
    plan: ExportPlan,
    importer: Importer,
    rules: Mapping,
    progress: ImportProgress,
) -> ImportResult:
    con = store.con
    spill = store.path.parent / f"{store.path.name}.tmp"
    con.execute("SET temp_directory = ?", [str(spill)])
    try:
        staged, mapped = map_export(con, export, plan, importer, rules, progress)
        report = describe(con, export, plan, importer, staged, mapped)
        progress.step("matching source keys to ids")
        new_ids = _resolve_all(con, mapped)
        with tempfile.TemporaryDirectory(prefix="sellindex-import-") as folder:
            defaults = {"members": {"industry": rules.industry or UNKNOWN}}
            written = _write_canonical(con, mapped, Path(folder), defaults)
            files = tuple(SourceFile(p, t, "parquet") for t, p in written.items())
            loaded = load_plan(store, IngestPlan(files, ()), progress=progress)
            tables, first_rejects = _point_at_export(
                con, loaded.load_id, loaded.files, mapped, staged
            )
            feeds = _record_feeds(con, mapped, plan.kind)
            record_export_report(con, loaded.load_id, report.to_dict())
    finally:
        _drop_scratch(con)
    notes = [n for s in staged.values() for n in s.notes] + mapped.notes
    return ImportResult(
        kind=plan.kind,
        path=export.given,
        files={role: export.shown(f) for role, f in plan.files.items()},
        ignored=[(export.shown(f), why) for f, why in plan.ignored],
        detected=plan.detected,
        tables=tables,
        new_ids=new_ids,
        notes=notes,
        load_id=loaded.load_id,
        first_rejects=first_rejects,
        feeds=feeds,
    )


def _record_feeds(
    con: duckdb.DuckDBPyConnection, mapped: Mapped, source: str
) -> dict[int, tuple[str, ...]]:
    """Record what this export tells about the members it describes in part (the owner of an
    archive), once they are in the store."""
    found = {}
    for ref, feeds in mapped.feeds.items():
        row = con.execute(
            "SELECT m.member_id FROM crm_ids_member i JOIN members m "
            "ON m.member_id = i.canonical_id WHERE i.ref = ?",
            [ref],
        ).fetchone()
        if row:
            record_feeds(con, int(row[0]), source, feeds)
            found[int(row[0])] = feeds
    return found


def map_export(
    con: duckdb.DuckDBPyConnection,
    export: Opened,
    plan: ExportPlan,
    importer: Importer,
    rules: Mapping,
    progress: ImportProgress,
) -> tuple[dict[str, StagedFile], Mapped]:
    """Stage the export's files and map them: the canonical rows, ids still source keys, are
    left in the temporary tables `crm_out_<table>` (an import loads them, doctor reports)."""
    staged = _stage_all(con, plan, importer, rules, progress, export)
    progress.step("mapping onto the canonical tables")
    mapped = importer.build(con, staged)
    for name, table in mapped.tables.items():
        con.execute(f"CREATE OR REPLACE TEMP TABLE crm_out_{name} AS {table.sql}")
    return staged, mapped


def _stage_all(
    con: duckdb.DuckDBPyConnection,
    plan: ExportPlan,
    importer: Importer,
    rules: Mapping,
    progress: ImportProgress,
    export: Opened,
) -> dict[str, StagedFile]:
    def run(sql: str, params: list[object]) -> None:
        with watch_progress(con, progress.advance):
            con.execute(sql, params)

    staged = {}
    for role in importer.roles:
        file = plan.files.get(role.name)
        if file is not None:
            progress.step(f"reading {file.name}")
            staged[role.name] = stage(
                con, role, file, rules, f"crm_{role.name}", run, export.shown(file)
            )
    return staged


def _split_ref(column: str) -> str:
    kind = f"split_part({column}, ':', 1)"
    return f"{kind} AS key_kind, substr({column}, length({kind}) + 2) AS source_key"


def _resolve_all(con: duckdb.DuckDBPyConnection, mapped: Mapped) -> dict[str, int]:
    """Ids for every reference of every entity, in one transaction."""
    refs: dict[str, list[str]] = {}
    for name, table in mapped.tables.items():
        present = _columns(con, name)
        for column, entity in table.ids.items():
            if column not in present:
                continue
            refs.setdefault(entity, []).append(
                f"SELECT CAST({ident(column)} AS VARCHAR) AS ref FROM crm_out_{name} "
                f"WHERE {ident(column)} IS NOT NULL"
            )
    new_ids = {}
    with transaction(con):
        for entity, selects in refs.items():
            table, id_column = ENTITY_TABLES[entity]
            label = _LABELS.get(entity)
            if label and table in mapped.tables:
                labels = (
                    f"SELECT {ident(id_column)} AS ref, max({ident(label)}) AS label "
                    f"FROM crm_out_{table} GROUP BY 1"
                )
            else:
                labels = "SELECT NULL::VARCHAR AS ref, NULL::VARCHAR AS label WHERE false"
            extra = mapped.keys.get(entity, [])
            extras = " UNION ALL ".join(
                f"SELECT e.ref, e.key_kind, e.source_key, e.priority, "
                f"coalesce(e.label, l.label) "
                f"FROM ({sql}) e(ref, key_kind, source_key, priority, label) "
                "LEFT JOIN labels l USING (ref)"
                for sql in extra
            )
            con.execute(
                f"""
                CREATE OR REPLACE TEMP TABLE crm_keys_{entity} AS
                WITH labels AS ({labels}),
                     refs AS (SELECT DISTINCT ref FROM ({" UNION ALL ".join(selects)}))
                SELECT r.ref, {_split_ref("r.ref")}, 0 AS priority, l.label
                FROM refs r LEFT JOIN labels l USING (ref)
                {"UNION ALL " + extras if extras else ""}
                """
            )
            new_ids[entity] = resolve_ids(con, entity, f"crm_keys_{entity}", f"crm_ids_{entity}")
    return new_ids


def _columns(con: duckdb.DuckDBPyConnection, name: str) -> set[str]:
    """The columns an importer gave a table (its mapped rows, already materialised)."""
    return {d[0] for d in con.execute(f"SELECT * FROM crm_out_{name} LIMIT 0").description}


def _write_canonical(
    con: duckdb.DuckDBPyConnection,
    mapped: Mapped,
    folder: Path,
    defaults: dict[str, dict[str, str]],
) -> dict[str, Path]:
    """Each table's rows with canonical ids, as Parquet in load order; empty tables are left
    out. `_source_file` and `_source_line` ride along (the loader ignores them and keeps them in
    each reject's raw row, from which the reject is pointed back at the export). `defaults`
    fill required values the export cannot give (a rep's industry) and the store did not hold.
    """
    written = {}
    for name in LOAD_ORDER:
        table = mapped.tables.get(name)
        if table is None:
            continue
        canonical = schema_table(name)
        present = _columns(con, name)
        joins, values = [], []
        for c in canonical.column_names:
            if c in table.ids and c in present:
                alias = f"i_{c}"
                joins.append(
                    f"LEFT JOIN crm_ids_{table.ids[c]} {alias} "
                    f"ON {alias}.ref = CAST(t.{ident(c)} AS VARCHAR)"
                )
                values.append(f"{alias}.canonical_id AS {ident(c)}")
            elif c in present:
                values.append(f"CAST(t.{ident(c)} AS VARCHAR) AS {ident(c)}")
            else:
                values.append(f"NULL::VARCHAR AS {ident(c)}")
        carried = [f"_fallback_{c}" for c in table.fallbacks]
        values += [
            f"t.{ident(f)} AS {ident(c)}"
            for f, c in zip(table.fallbacks.values(), carried, strict=True)
        ]
        rows = (
            f"SELECT {', '.join(values)}, t._source_file, t._source_line "
            f"FROM crm_out_{name} t {' '.join(joins)}"
        )
        if len(canonical.key) == 1:
            rows = _fill_from_store(
                con, name, rows, carried, one_per_key=table.derived, keep_stored=table.keep_stored
            )
        fills = [
            f"coalesce({ident(c)}, {ident(f'_fallback_{c}')}) AS {ident(c)}"
            for c in table.fallbacks
        ]
        fills += [
            f"coalesce({ident(c)}, {lit(v)}) AS {ident(c)}"
            for c, v in defaults.get(name, {}).items()
        ]
        if fills:
            dropped = f"EXCLUDE ({', '.join(ident(c) for c in carried)}) " if carried else ""
            rows = f"SELECT * {dropped}REPLACE ({', '.join(fills)}) FROM ({rows})"
        path = folder / f"{name}.parquet"
        con.execute(
            f"COPY ({rows} ORDER BY _source_file, _source_line) TO {lit(str(path))} "
            "(FORMAT parquet)"
        )
        count = con.execute(f"SELECT count(*) FROM read_parquet({lit(str(path))})").fetchone()
        if count and count[0]:
            written[name] = path
    return written


def _fill_from_store(
    con: duckdb.DuckDBPyConnection,
    name: str,
    rows: str,
    carried: list[str],
    *,
    one_per_key: bool,
    keep_stored: bool = False,
) -> str:
    """Fill the gaps of rows whose id the store already holds from the stored row: an export
    that says less (no teams file this time, a deals export without its contacts) repeats what
    is stored instead of contradicting it. A real difference still reaches the loader, which
    rejects it as a conflict. Derived rows are first merged into one per id (two references
    to one person: the first value of each column wins).

    With `keep_stored`, a row the store holds is kept as stored: its empty columns are filled
    from the export first (`_fill_store_gaps`), and what the export says otherwise is left
    out, so a later export of people who changed jobs loads as duplicates.
    """
    canonical = schema_table(name)
    key = ident(canonical.key[0])
    others = [ident(c) for c in canonical.column_names if c != canonical.key[0]]
    if one_per_key:
        order = "ORDER BY _source_file, _source_line"
        merged = ", ".join(
            f"first({c} {order}) FILTER (WHERE {c} IS NOT NULL) AS {c}"
            for c in [*others, *map(ident, carried)]
        )
        rows = (
            f"SELECT {key}, {merged}, first(_source_file {order}) AS _source_file, "
            f"first(_source_line {order}) AS _source_line "
            f"FROM ({rows}) WHERE {key} IS NOT NULL GROUP BY {key}"
        )
    if keep_stored:
        con.execute(f"CREATE OR REPLACE TEMP TABLE crm_merged_{name} AS {rows}")
        rows = f"SELECT * FROM crm_merged_{name}"
        _fill_store_gaps(con, name, f"crm_merged_{name}")
        filled = ", ".join(
            f"CASE WHEN s.{key} IS NULL THEN CAST(x.{c} AS VARCHAR) "
            f"ELSE CAST(s.{c} AS VARCHAR) END AS {c}"
            for c in others
        )
    else:
        filled = ", ".join(
            f"coalesce(CAST(x.{c} AS VARCHAR), CAST(s.{c} AS VARCHAR)) AS {c}" for c in others
        )
    extra = "".join(f", x.{ident(c)}" for c in carried)
    return (
        f"SELECT x.{key}, {filled}{extra}, x._source_file, x._source_line FROM ({rows}) x "
        f'LEFT JOIN "{name}" s ON s.{key} = x.{key}'
    )


def _fill_store_gaps(con: duckdb.DuckDBPyConnection, name: str, rows: str) -> None:
    """Give stored rows what they lack and the export knows: empty columns, an `unknown`
    industry, and an earlier `joined_at` (the member was there sooner than first thought).
    Nothing the store knows is overwritten, so this never contradicts an earlier load; it is
    what lets a member known from a CRM be scored once their archive is loaded."""
    canonical = schema_table(name)
    key = ident(canonical.key[0])
    sets = []
    for column in canonical.columns:
        if column.name == canonical.key[0]:
            continue
        c = ident(column.name)
        new = f"TRY_CAST(x.{c} AS {column.type.sql})"
        if column.name == "joined_at":
            sets.append(f"{c} = least(s.{c}, {new})")
        elif column.name == "industry":
            sets.append(
                f"{c} = CASE WHEN s.{c} IS NULL OR s.{c} = {lit(UNKNOWN)} "
                f"THEN coalesce({new}, s.{c}) ELSE s.{c} END"
            )
        else:
            sets.append(f"{c} = coalesce(s.{c}, {new})")
    con.execute(
        f'UPDATE "{name}" AS s SET {", ".join(sets)} FROM {rows} x '
        f"WHERE s.{key} = TRY_CAST(x.{key} AS BIGINT)"
    )


def _point_at_export(
    con: duckdb.DuckDBPyConnection,
    load_id: int,
    files: list[FileResult],
    mapped: Mapped,
    staged: dict[str, StagedFile],
) -> tuple[list[TableResult], list[tuple[str, int, str]]]:
    """Rewrite this load's rejects and loads so they name the export's files and lines, add the
    records no parser could read, drop rejects an earlier load already recorded, and count.
    Returns the results per table and the first rejected rows (recorded now or before)."""
    results = {}
    with transaction(con):
        for f in files:
            table = mapped.tables[f.table]
            sources = sorted({s.file.path for s in table.sources})
            results[f.table] = TableResult(
                f.table,
                sources,
                f.rows_read,
                f.rows_loaded,
                f.rows_rejected,
                f.rows_duplicate,
            )
            con.execute(
                "UPDATE rejects SET source_file = json_extract_string(raw, '$._source_file'), "
                "line = CAST(json_extract(raw, '$._source_line') AS BIGINT) "
                "WHERE load_id = ? AND source_file = ?",
                [load_id, str(f.path)],
            )
            for source in table.sources:
                _name_export_columns(con, load_id, f.table, source.file, source.columns)
            con.execute(
                "UPDATE loads SET source_file = ? WHERE load_id = ? AND source_file = ?",
                [", ".join(map(str, sources)), load_id, str(f.path)],
            )
        for s in staged.values():
            _original_rows(con, load_id, s)
            if s.malformed:
                _add_malformed(con, load_id, s, results)
        first = con.execute(
            "SELECT source_file, line, reason FROM rejects WHERE load_id = ? "
            "ORDER BY source_file, line LIMIT ?",
            [load_id, FIRST_REJECTS],
        ).fetchall()
        con.execute(
            """
            DELETE FROM rejects r WHERE r.load_id = $load AND EXISTS (
                SELECT 1 FROM rejects p WHERE p.load_id < $load AND p.table_name = r.table_name
                AND p.reason = r.reason AND p.raw = r.raw)
            """,
            {"load": load_id},
        )
        for table, count in con.execute(
            "SELECT table_name, count(*) FROM rejects WHERE load_id = ? GROUP BY 1", [load_id]
        ).fetchall():
            if table in results:
                results[table].new_rejects = int(count)
    tables = [results[t] for t in LOAD_ORDER if t in results]
    return tables, [(str(f), int(n), str(r)) for f, n, r in first]


def _name_export_columns(
    con: duckdb.DuckDBPyConnection,
    load_id: int,
    table: str,
    file: StagedFile,
    columns: dict[str, str],
) -> None:
    """'created_at is empty' becomes 'created_at (engage_date) is empty'."""
    reason = "reason"
    for column, field_name in columns.items():
        header = file.columns.get(field_name)
        if header is None:
            continue
        replacement = f"\\1{column} ({header.replace(chr(92), chr(92) * 2)}) "
        reason = f"regexp_replace({reason}, {lit(f'(^|; ){column} ')}, {lit(replacement)}, 'g')"
    if reason != "reason":
        con.execute(
            f"UPDATE rejects SET reason = {reason} "
            "WHERE load_id = ? AND table_name = ? AND source_file = ?",
            [load_id, table, str(file.path)],
        )


def _original_rows(con: duckdb.DuckDBPyConnection, load_id: int, file: StagedFile) -> None:
    """Give this file's rejects their row as the export has it, read again by record number."""
    lines = "SELECT line FROM rejects WHERE load_id = ? AND source_file = ?"
    if not con.execute(f"{lines} LIMIT 1", [load_id, str(file.path)]).fetchone():
        return
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE crm_original AS
        SELECT _line, to_json(_row) AS raw FROM ({file.read_sql})
        WHERE _line IN ({lines})
        """,
        [load_id, str(file.path)],
    )
    con.execute(
        "UPDATE rejects SET raw = o.raw FROM crm_original o "
        "WHERE rejects.load_id = ? AND rejects.source_file = ? AND rejects.line = o._line",
        [load_id, str(file.path)],
    )


def _add_malformed(
    con: duckdb.DuckDBPyConnection,
    load_id: int,
    file: StagedFile,
    results: dict[str, TableResult],
) -> None:
    """Records of the export no parser could read are rejects of the table they would feed."""
    table = file.role.table
    con.execute(
        f"INSERT INTO rejects SELECT ?, ?, ?, line, reason, raw FROM {file.table}_malformed "
        "ORDER BY line",
        [load_id, table, str(file.path)],
    )
    result = results.setdefault(table, TableResult(table, [file.path]))
    result.read += file.malformed
    result.rejected += file.malformed
    updated = con.execute(
        "UPDATE loads SET rows_read = rows_read + $n, rows_rejected = rows_rejected + $n "
        "WHERE load_id = $load AND table_name = $table RETURNING 1",
        {"n": file.malformed, "load": load_id, "table": table},
    ).fetchall()
    if not updated:
        record_load(
            con,
            LoadRecord(
                load_id, table, str(file.path), file.malformed, 0, rows_rejected=file.malformed
            ),
        )


@contextmanager
def _scratch_copy(store: Store | None, folder: Path) -> Iterator[Store]:
    """A throwaway store holding the CRM tables, identities and rejects of `store`, and the
    network rows earlier imports gave (whose ids the identity map holds): enough to tell
    what would load and what is already there, without copying a whole network."""
    scratch = open_store(folder / "dry-run.duckdb", create=True)
    tables = (*CRM_TABLES, *IMPORTED_ONLY, IDENTITY_TABLE, "loads", "rejects")
    try:
        for name in tables:
            if store is None or not _has_table(store.con, name):
                continue
            where = (
                f"WHERE table_name IN ({', '.join(lit(t) for t in (*CRM_TABLES, *IMPORTED_ONLY))})"
                if name == "rejects"
                else IMPORTED_ONLY.get(name, "")
            )
            copy = folder / f"{name}.parquet"
            store.con.execute(
                f'COPY (SELECT * FROM "{name}" {where}) TO {lit(str(copy))} (FORMAT parquet)'
            )
            scratch.con.execute(
                f'INSERT INTO "{name}" BY NAME SELECT * FROM read_parquet({lit(str(copy))})'
            )
        yield scratch
    finally:
        scratch.close()


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]
    ).fetchone()
    return bool(row and row[0])


def _drop_scratch(con: duckdb.DuckDBPyConnection) -> None:
    names = con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE temporary AND table_name LIKE 'crm\\_%' "
        "ESCAPE '\\'"
    ).fetchall()
    for (name,) in names:
        con.execute(f"DROP TABLE IF EXISTS temp.{ident(name)}")
