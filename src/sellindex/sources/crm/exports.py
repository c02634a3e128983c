"""Read the CSV files of a CRM export into temporary tables, converting values column by column.

Exports are messy in known ways: a byte order mark, Windows line endings, UTF-16 or Latin-1
from spreadsheets, `;` as separator after a European re-save, headers as UI labels or API names,
day-first dates. The header is read here in Python (one line), the rows by DuckDB with explicit
columns, so a ragged or badly quoted record is set aside as malformed instead of stopping the
import. Each staged row keeps its record number in the file (`_line`, the header being 1), so
a rejected row points at the export, not at anything made from it.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable
from pathlib import Path

import duckdb

from sellindex.errors import SellindexError
from sellindex.sources.crm.mapping import Mapping
from sellindex.sources.crm.model import Field, Role, StagedFile, squeezed
from sellindex.sources.crm.values import (
    DAY_FIRST,
    MONTH_FIRST,
    ident,
    lit,
    number,
    timestamp,
    value_map,
)

Runner = Callable[[str, list[object]], None]
"""Runs one long statement (the caller may watch its progress)."""

_HEAD_BYTES = 1 << 22
_DELIMITERS = (",", ";", "\t", "|")


def read_header(path: Path) -> tuple[list[str], str, str]:
    """The header's column names, the separator and the encoding DuckDB should use."""
    with path.open("rb") as handle:
        head = handle.read(_HEAD_BYTES)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = head.decode("utf-16", errors="replace"), "utf-16"
    else:
        try:
            text = codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=False)
            encoding = "utf-8"
        except UnicodeDecodeError:
            text, encoding = head.decode("latin-1"), "latin-1"
    first = text.split("\n", 1)[0]
    delimiter = max(_DELIMITERS, key=lambda d: (first.count(d), d == ","))
    try:
        header = next(csv.reader(io.StringIO(text), delimiter=delimiter))
    except (StopIteration, csv.Error):
        header = []
    if not any(h.strip() for h in header):
        raise SellindexError(f"{path} has no header line")
    return _unique([h.strip() for h in header]), delimiter, encoding


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    result = []
    for i, name in enumerate(names):
        name = name or f"column {i + 1}"
        seen[name] = seen.get(name, 0) + 1
        result.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return result


def match_columns(role: Role, headers: list[str], mapping: Mapping) -> dict[str, str]:
    """Field name -> header: a header the mapping file renames wins, then the field's own
    name, then its aliases, all compared squeezed (case, spaces and punctuation ignored)."""
    renames = mapping.renames(role.name)
    by_squeezed: dict[str, str] = {}
    for header in headers:
        by_squeezed.setdefault(squeezed(header), header)
    found: dict[str, str] = {}
    for source, target in renames.items():
        if source in by_squeezed:
            found.setdefault(target, by_squeezed[source])
    renamed = set(found.values())
    for f in role.fields:
        if f.name in found:
            continue
        for spelling in f.spellings():
            header = by_squeezed.get(spelling)
            if header is not None and header not in renamed:
                found[f.name] = header
                break
    return found


def signature_columns(role: Role, headers: list[str]) -> list[str]:
    """The headers that tell a file plays this role (compared squeezed)."""
    wanted = {squeezed(name) for name in role.signature}
    return [h for h in headers if squeezed(h) in wanted]


def _read_csv(path: Path, headers: list[str], delimiter: str, encoding: str, scratch: str) -> str:
    columns = ", ".join(f"{lit(h)}: 'VARCHAR'" for h in headers)
    return (
        f"read_csv({lit(str(path))}, auto_detect = false, header = true, "
        f"columns = {{{columns}}}, delim = {lit(delimiter)}, quote = '\"', escape = '\"', "
        f"null_padding = true, encoding = {lit(encoding)}, buffer_size = 4194304, "
        f"store_rejects = true, rejects_table = '{scratch}_errors', "
        f"rejects_scan = '{scratch}_scans')"
    )


def stage(
    con: duckdb.DuckDBPyConnection,
    role: Role,
    path: Path,
    mapping: Mapping,
    scratch: str,
    run: Runner,
) -> StagedFile:
    """Read one export file into the temp table `scratch`, one converted column per field."""
    headers, delimiter, encoding = read_header(path)
    columns = match_columns(role, headers, mapping)
    missing = [f for f in role.fields if f.required and f.name not in columns]
    if missing:
        raise SellindexError(_missing_message(path, role, missing))
    dynamic = {}
    if role.dynamic:
        pattern = re.compile(role.dynamic, re.IGNORECASE)
        used = set(columns.values())
        matched = [h for h in headers if pattern.search(h) and h not in used]
        dynamic = {f"_dynamic_{i}": h for i, h in enumerate(matched)}
    for name in (f"{scratch}_errors", f"{scratch}_scans", f"{scratch}_raw"):
        con.execute(f"DROP TABLE IF EXISTS {name}")
    source = _read_csv(path, headers, delimiter, encoding, scratch)
    picked = [*((f.name, h) for f in role.fields if (h := columns.get(f.name))), *dynamic.items()]
    trimmed = ", ".join(f"nullif(trim(r.{ident(h)}), '') AS {ident(n)}" for n, h in picked)
    try:
        run(
            f"CREATE OR REPLACE TEMP TABLE {scratch}_raw AS SELECT row_number() OVER () "
            f"AS _ordinal{', ' if trimmed else ''}{trimmed} FROM {source} AS r",
            [],
        )
    except duckdb.Error as exc:
        raise SellindexError(f"cannot read {path}: {_first_line(exc)}") from None
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {scratch}_malformed AS
        SELECT line, 'malformed CSV record: ' || string_agg(DISTINCT lower(error_type), ', '
               ORDER BY lower(error_type)) AS reason, to_json(any_value(csv_line)) AS raw
        FROM {scratch}_errors GROUP BY line
        """
    )
    # A parsed row's record number: its ordinal, the header, and the malformed records
    # before it (found with an ASOF join on the gaps they leave).
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {scratch}_steps AS
        WITH gaps AS (
            SELECT line - 1 - row_number() OVER (ORDER BY line) AS parsed_before,
                   row_number() OVER (ORDER BY line) AS skipped
            FROM {scratch}_malformed
        )
        SELECT parsed_before, max(skipped) AS skipped FROM gaps GROUP BY 1
        """
    )
    order, notes = _date_order(con, f"{scratch}_raw", role, columns, dynamic, mapping, path)
    converted = []
    for name, _ in picked:
        f = role.field(name) if name in columns else Field(name, type="date")
        value = value_map(ident(name), mapping.values.get(name, {}))
        if f.type == "date":
            value = timestamp(value, order)
        elif f.type == "number":
            value = number(value)
        converted.append(f"{value} AS {ident(name)}")
    absent = [f"NULL::VARCHAR AS {ident(f.name)}" for f in role.fields if f.name not in columns]
    selected = ", ".join([*converted, *absent])
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {scratch} AS
        SELECT r._ordinal + 1 + coalesce(s.skipped, 0) AS _line, {selected}
        FROM {scratch}_raw r ASOF LEFT JOIN {scratch}_steps s ON r._ordinal > s.parsed_before
        """
    )
    con.execute(f"DROP TABLE {scratch}_raw")
    rows = _count(con, scratch)
    malformed = _count(con, f"{scratch}_malformed")
    read_sql = f"""
        SELECT r._ordinal + 1 + coalesce(s.skipped, 0) AS _line, r._row FROM (
            SELECT row_number() OVER () AS _ordinal, f AS _row
            FROM {source.replace(f"'{scratch}_", f"'{scratch}_again_")} AS f
        ) r ASOF LEFT JOIN {scratch}_steps s ON r._ordinal > s.parsed_before
    """
    return StagedFile(
        role=role,
        path=path,
        table=scratch,
        headers=tuple(headers),
        columns=columns,
        dynamic=dynamic,
        rows=rows,
        malformed=malformed,
        read_sql=read_sql,
        notes=tuple(notes),
    )


def _count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(row[0]) if row else 0


def _date_order(
    con: duckdb.DuckDBPyConnection,
    table: str,
    role: Role,
    columns: dict[str, str],
    dynamic: dict[str, str],
    mapping: Mapping,
    path: Path,
) -> tuple[str, list[str]]:
    """How to read 3/4/2024 in this file: as the mapping says, else from the numbers seen.

    A re-saved spreadsheet writes every date of a file the same way, so one answer holds for
    the file: a first number above 12 means day-first, a second one above 12 month-first.
    """
    if mapping.dates:
        return mapping.dates, []
    dates = [f.name for f in role.fields if f.type == "date" and f.name in columns]
    dates += list(dynamic)
    if not dates:
        return MONTH_FIRST, []
    values = f"SELECT unnest([{', '.join(ident(d) for d in dates)}]) AS v FROM {table}"
    pattern = "'^(\\d{1,2})[/.-](\\d{1,2})[/.-]\\d{2,4}'"
    row = con.execute(
        f"""
        SELECT count(*) FILTER (WHERE TRY_CAST(regexp_extract(v, {pattern}, 1) AS INT) > 12),
               count(*) FILTER (WHERE TRY_CAST(regexp_extract(v, {pattern}, 2) AS INT) > 12),
               count(*) FILTER (WHERE regexp_matches(v, {pattern}))
        FROM ({values})
        """
    ).fetchone()
    day_first, month_first, slashed = (int(x) for x in row) if row else (0, 0, 0)
    name = path.name
    if not slashed:
        return MONTH_FIRST, []
    if day_first and not month_first:
        return DAY_FIRST, [f"{name}: dates read day-first (31/01 style dates seen)"]
    if month_first and not day_first:
        return MONTH_FIRST, []
    if day_first and month_first:
        order = DAY_FIRST if day_first >= month_first else MONTH_FIRST
        return order, [
            f"{name}: dates are written both day-first and month-first; read {order}, "
            "so the others are rejected (set dates in a mapping file to choose)"
        ]
    return MONTH_FIRST, [
        f"{name}: no date tells day-first from month-first; read month-first "
        '(set dates = "day-first" in a mapping file if that is wrong)'
    ]


def _missing_message(path: Path, role: Role, missing: list[Field]) -> str:
    parts = []
    for f in missing:
        also = [a for a in f.aliases if squeezed(a) != squeezed(f.name)][:4]
        parts.append(f.name + (f" (or {', '.join(also)})" if also else ""))
    return (
        f"{path} ({role.name}) lacks column{'s' if len(missing) > 1 else ''} "
        f"{'; '.join(parts)}; rename them with --mapping"
    )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
