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
from dataclasses import dataclass
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


_TAIL_BYTES = 1 << 14
"""How much of a file's end is read for a report footer (a few short lines)."""

_HEADER_SEARCH_LINES = 20
"""How far down a file its header may sit, below a preamble (an archive's `Notes:` lines)."""
_HEADER_BYTES = 1 << 16


def _head_text(path: Path) -> tuple[str, str]:
    """The start of a file as text, and the encoding DuckDB should read it with."""
    with path.open("rb") as handle:
        head = handle.read(_HEAD_BYTES)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head.decode("utf-16", errors="replace"), "utf-16"
    try:
        return codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=False), "utf-8"
    except UnicodeDecodeError:
        return head.decode("latin-1"), "latin-1"


def _parse_line(text: str) -> tuple[list[str], str]:
    """The fields of the record that starts `text`, split by the separator its first line
    uses most."""
    first = text.split("\n", 1)[0]
    delimiter = max(_DELIMITERS, key=lambda d: (first.count(d), d == ","))
    try:
        fields = next(csv.reader(io.StringIO(text), delimiter=delimiter))
    except (StopIteration, csv.Error):
        fields = []
    return fields, delimiter


def read_header(path: Path) -> tuple[list[str], str, str]:
    """The header's column names, the separator and the encoding DuckDB should use."""
    text, encoding = _head_text(path)
    header, delimiter = _parse_line(text)
    if not any(h.strip() for h in header):
        raise SellindexError(f"{path} has no header line")
    return _unique([h.strip() for h in header]), delimiter, encoding


@dataclass(frozen=True)
class Header:
    """Where a file's header is and how the file is written."""

    names: list[str]
    delimiter: str
    encoding: str
    skip: int = 0
    """Lines before the header (a preamble)."""
    escape: str = '"'


def find_header(path: Path, role: Role, mapping: Mapping) -> Header:
    """The header of a file for `role`: the first line, or the first of the next lines whose
    column names give the role what it needs, when a preamble comes first.

    Found by the column names, never by skipping a fixed number of lines: archives put a
    `Notes:` paragraph above some headers and not others, and that changes between years.
    """
    text, encoding = _head_text(path)
    lines = text.splitlines(keepends=True)
    first: Header | None = None
    offset = 0
    for index, line in enumerate(lines[:_HEADER_SEARCH_LINES]):
        fields, delimiter = _parse_line(text[offset : offset + _HEADER_BYTES])
        offset += len(line)
        if not any(f.strip() for f in fields):
            continue
        names = _unique([f.strip() for f in fields])
        found = Header(names, delimiter, encoding, index, _escape(role, text))
        if first is None:
            first = found
        columns = match_columns(role, names, mapping)
        required = [f for f in role.fields if f.required]
        if required and all(f.name in columns for f in required):
            return found
        if not required and len(signature_columns(role, names)) >= min(2, len(role.signature)):
            return found
    if first is None:
        raise SellindexError(f"{path} has no header line")
    return first


def _tail_text(path: Path, encoding: str) -> list[str]:
    """The whole lines at the end of a file."""
    size = path.stat().st_size
    start = max(0, size - _TAIL_BYTES)
    with path.open("rb") as handle:
        bom = handle.read(2)
        if encoding == "utf-16":
            start -= start % 2
            encoding = "utf-16-be" if bom == codecs.BOM_UTF16_BE else "utf-16-le"
        handle.seek(start)
        tail = handle.read()
    lines = tail.decode(encoding, errors="replace").lstrip("\ufeff").splitlines()
    return lines[1:] if start else lines


def _line_text(line: str, delimiter: str) -> str:
    """A line's fields without quotes or empty fields: '"Acme Inc."' is Acme Inc., '""' empty."""
    fields = next(csv.reader([line], delimiter=delimiter), [])
    return " ".join(f.strip() for f in fields if f.strip())


_BLANK_SCAN_BYTES = 1 << 24


def _has_blank_line(path: Path, encoding: str) -> bool:
    """Whether any line of the file is empty, found by a byte search (no parsing), so the files
    without one, nearly all of them, cost no parse of their own."""
    codecs_tried = ("utf-16-le", "utf-16-be") if encoding == "utf-16" else (encoding,)
    patterns = [text.encode(codec) for codec in codecs_tried for text in ("\n\n", "\n\r\n", "\r\r")]
    keep = max(len(p) for p in patterns)
    tail = b""
    with path.open("rb") as handle:
        while chunk := handle.read(_BLANK_SCAN_BYTES):
            window = tail + chunk
            if any(p in window for p in patterns):
                return True
            tail = window[-keep:]
    return False


def blank_lines(path: Path, header: Header) -> list[int]:
    """The record numbers (the header being 1, as for every staged row) of the empty lines
    below the header. The CSV reader skips them without a trace, so the rows after one would
    otherwise be numbered too low. A quoted field may hold an empty line: that is no record."""
    if not _has_blank_line(path, header.encoding):
        return []
    encoding = "utf-8-sig" if header.encoding == "utf-8" else header.encoding
    found = []
    with path.open(encoding=encoding, errors="replace", newline="") as handle:
        for _ in range(header.skip):
            handle.readline()
        records = csv.reader(
            handle,
            delimiter=header.delimiter,
            quotechar='"',
            escapechar=None if header.escape == '"' else header.escape,
            doublequote=header.escape == '"',
            strict=False,
        )
        for number, record in enumerate(records, start=1):
            if not record:
                found.append(header.skip + number)
    return found


def report_footer(path: Path, role: Role, header: Header) -> list[str]:
    """The lines of the footer a report export ends with (its title, a copyright notice, who
    generated it), from the blank line above the line `role.footer` matches; none without one.
    """
    if role.footer is None:
        return []
    marker = re.compile(role.footer, re.IGNORECASE)
    lines = _tail_text(path, header.encoding)
    texts = [_line_text(line, header.delimiter) for line in lines]
    marked = [i for i, text in enumerate(texts) if marker.search(text)]
    if not marked:
        return []
    blank = [i for i in range(marked[-1]) if not texts[i]]
    return [line for line in lines[blank[-1] :] if line.strip()] if blank else []


def _escape(role: Role, text: str) -> str:
    """The character that escapes a quote inside a quoted field: a doubled quote, or a
    backslash where the role's files may use one (`\\"`) and this file does."""
    if role.backslash_escapes and text.count('\\"') > text.count('""'):
        return "\\"
    return '"'


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


def _read_csv(path: Path, header: Header, scratch: str, *, parallel: bool = True) -> str:
    columns = ", ".join(f"{lit(h)}: 'VARCHAR'" for h in header.names)
    return (
        f"read_csv({lit(str(path))}, auto_detect = false, header = true, skip = {header.skip}, "
        f"parallel = {str(parallel).lower()}, "
        f"columns = {{{columns}}}, delim = {lit(header.delimiter)}, quote = '\"', "
        f"escape = {lit(header.escape)}, null_padding = true, encoding = {lit(header.encoding)}, "
        f"buffer_size = 4194304, store_rejects = true, rejects_table = '{scratch}_errors', "
        f"rejects_scan = '{scratch}_scans')"
    )


def stage(
    con: duckdb.DuckDBPyConnection,
    role: Role,
    path: Path,
    mapping: Mapping,
    scratch: str,
    run: Runner,
    shown: Path | None = None,
) -> StagedFile:
    """Read one export file into the temp table `scratch`, one converted column per field.

    `shown` is the path rows and rejects name (a file inside a ZIP archive), when the file
    read is a copy of it.
    """
    header = find_header(path, role, mapping)
    headers = header.names
    columns = match_columns(role, headers, mapping)
    missing = [f for f in role.fields if f.required and f.name not in columns]
    if missing:
        raise SellindexError(_missing_message(shown or path, role, missing))
    dynamic = {}
    if role.dynamic:
        pattern = re.compile(role.dynamic, re.IGNORECASE)
        used = set(columns.values())
        matched = [h for h in headers if pattern.search(h) and h not in used]
        dynamic = {f"_dynamic_{i}": h for i, h in enumerate(matched)}
    for name in (f"{scratch}_errors", f"{scratch}_scans", f"{scratch}_raw"):
        con.execute(f"DROP TABLE IF EXISTS {name}")
    picked = [*((f.name, h) for f in role.fields if (h := columns.get(f.name))), *dynamic.items()]
    trimmed = ", ".join(f"nullif(trim(r.{ident(h)}), '') AS {ident(n)}" for n, h in picked)
    for parallel in (True, False):
        source = _read_csv(path, header, scratch, parallel=parallel)
        try:
            run(
                f"CREATE OR REPLACE TEMP TABLE {scratch}_raw AS SELECT row_number() OVER () "
                f"AS _ordinal{', ' if trimmed else ''}{trimmed} FROM {source} AS r",
                [],
            )
            break
        except duckdb.Error as exc:
            # Quoted fields that span lines (a multi-line post, a note) need the serial reader.
            if parallel and "parallel scanner" in str(exc):
                for name in (f"{scratch}_errors", f"{scratch}_scans"):
                    con.execute(f"DROP TABLE IF EXISTS {name}")
                continue
            raise SellindexError(f"cannot read {shown or path}: {_first_line(exc)}") from None
    footer = report_footer(path, role, header)
    notes = []
    if footer:
        # Each footer line but an empty one is a record of its own, after the last row.
        con.execute(
            f"DELETE FROM {scratch}_raw "
            f"WHERE _ordinal > (SELECT max(_ordinal) FROM {scratch}_raw) - {len(footer)}"
        )
        texts = [t for line in footer if (t := _line_text(line, header.delimiter))]
        notes.append(
            f"{(shown or path).name}: the report footer after the last row "
            f'("{texts[0]}" and {len(texts) - 1} more lines) is not data and was skipped'
        )
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {scratch}_malformed AS
        SELECT line, 'malformed CSV record: ' || string_agg(DISTINCT lower(error_type), ', '
               ORDER BY lower(error_type)) AS reason, to_json(any_value(csv_line)) AS raw
        FROM {scratch}_errors GROUP BY line
        """
    )
    # A parsed row's record number: its ordinal, the header (and the lines above it), and
    # the malformed records and empty lines before it (found with an ASOF join on the gaps
    # they leave).
    first = 1 + header.skip
    blanks = blank_lines(path, header)
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {scratch}_steps AS
        WITH skipped AS (
            SELECT line FROM {scratch}_malformed
            UNION SELECT unnest(?::BIGINT[]) AS line
        ), gaps AS (
            SELECT line - {first} - row_number() OVER (ORDER BY line) AS parsed_before,
                   row_number() OVER (ORDER BY line) AS skipped
            FROM skipped
        )
        SELECT parsed_before, max(skipped) AS skipped FROM gaps GROUP BY 1
        """,
        [blanks],
    )
    order, dated = _date_order(
        con, f"{scratch}_raw", role, columns, dynamic, mapping, shown or path
    )
    notes += dated
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
        SELECT r._ordinal + {first} + coalesce(s.skipped, 0) AS _line, {selected}
        FROM {scratch}_raw r ASOF LEFT JOIN {scratch}_steps s ON r._ordinal > s.parsed_before
        """
    )
    con.execute(f"DROP TABLE {scratch}_raw")
    rows = _count(con, scratch)
    malformed = _count(con, f"{scratch}_malformed")
    read_sql = f"""
        SELECT r._ordinal + {first} + coalesce(s.skipped, 0) AS _line, r._row FROM (
            SELECT row_number() OVER () AS _ordinal, f AS _row
            FROM {source.replace(f"'{scratch}_", f"'{scratch}_again_")} AS f
        ) r ASOF LEFT JOIN {scratch}_steps s ON r._ordinal > s.parsed_before
    """
    return StagedFile(
        role=role,
        path=shown or path,
        table=scratch,
        headers=tuple(headers),
        columns=columns,
        dynamic=dynamic,
        rows=rows,
        malformed=malformed,
        read_sql=read_sql,
        notes=tuple(notes),
        header_line=first,
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
    Dotted dates (14.03.2026) are always day-first and tell nothing about the others.
    """
    if mapping.dates:
        return mapping.dates, []
    dates = [f.name for f in role.fields if f.type == "date" and f.name in columns]
    dates += list(dynamic)
    if not dates:
        return MONTH_FIRST, []
    values = f"SELECT unnest([{', '.join(ident(d) for d in dates)}]) AS v FROM {table}"
    pattern = "'^(\\d{1,2})[/-](\\d{1,2})[/-]\\d{2,4}'"
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
        named = f.label or f.name
        also = [a for a in f.aliases if squeezed(a) not in (squeezed(f.name), squeezed(named))]
        parts.append(named + (f" (or {', '.join(also[:4])})" if also else ""))
    return (
        f"{path} ({role.name}) lacks column{'s' if len(missing) > 1 else ''} "
        f"{'; '.join(parts)}; rename them with --mapping"
    )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
