"""Row rules as SQL over a whole file at once: types, required values, vocabularies, ranges, checks.

Every rule is an expression that yields a reason or null, so one pass over the file finds every
problem of every row; `concat_ws` joins them with "; " (it skips nulls). References and
duplicates need other tables and are checked by the loader with joins.
"""

from __future__ import annotations

from datetime import datetime

from sellindex.schema import Column, ColumnType, Table

ISO_TIMESTAMP = (
    r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2}(?:\.\d{1,9})?)?)?"
    r" ?(?:([Zz])|([+-])(\d{2}):?(\d{2})?)?$"
)
"""ISO 8601 date-time, with or without a zone, in parts. DuckDB's own cast would accept
`3/12/24` and `+25:00`, and refuse `10:00Z` (no seconds) and a lower-case `z`."""
_TIMESTAMP_PARTS = ["day", "time", "seconds", "z", "sign", "hours", "minutes"]
UTC_TIMESTAMP = r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?Z?)?)?"
"""The common forms, without a zone or in UTC, that DuckDB casts right; only the others are
taken apart, which would cost more than the rest of the checks together."""
ISO_DATE = r"\d{4}-\d{2}-\d{2}"
EARLIEST = "1900-01-01"
"""Dates and timestamps before this are refused: a typo, or a stand-in for "unknown"."""
OFFSET_RANGE = (-12 * 60, 14 * 60)
"""UTC offsets in use run from -12:00 to +14:00, in minutes."""

KEY_CONFLICT = "conflicts with an existing row with the same key"
SHOWN_VALUE_CHARS = 80
LISTED_VOCABULARY = 8


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _parts(column: Column) -> str:
    return f'"_parts_{column.name}"'


def _zone_bad(column: Column) -> str:
    return f'"_zone_bad_{column.name}"'


def _offset_minutes(parts: str) -> str:
    return (
        f"CASE {parts}.sign WHEN '' THEN 0 WHEN '-' THEN -1 ELSE 1 END * "
        f"(coalesce(TRY_CAST({parts}.hours AS INTEGER), 0) * 60 "
        f"+ coalesce(TRY_CAST({parts}.minutes AS INTEGER), 0))"
    )


def _offset_ok(parts: str) -> str:
    low, high = OFFSET_RANGE
    return (
        f"({parts}.sign = '' OR (coalesce(TRY_CAST({parts}.minutes AS INTEGER), 0) < 60 "
        f"AND {_offset_minutes(parts)} BETWEEN {low} AND {high}))"
    )


_WHOLE_NUMBERS = ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "UTINYINT", "USMALLINT", "UINTEGER")
NATIVE_TYPES: dict[ColumnType, tuple[str, ...]] = {
    ColumnType.ID: _WHOLE_NUMBERS,
    ColumnType.INT: _WHOLE_NUMBERS,
    ColumnType.FLOAT: ("DOUBLE",),
    ColumnType.BOOL: ("BOOLEAN",),
    ColumnType.TIMESTAMP: ("TIMESTAMP",),
    ColumnType.DATE: ("DATE",),
}
"""Typed (Parquet) source columns whose every value is read as the canonical type exactly as
its text would be: they are checked as they are, without the trip through text and back (the
costliest part of validation). Other types (FLOAT, DECIMAL, UBIGINT, TIMESTAMP_NS, with a time
zone, ...) are turned into text and parsed as CSV is, so every reader keeps the same rules."""

_READABLE_RANGE = {
    ColumnType.TIMESTAMP: "TIMESTAMP '0001-01-01' AND TIMESTAMP '9999-12-31 23:59:59.999999'",
    ColumnType.DATE: "DATE '0001-01-01' AND DATE '9999-12-31'",
}
"""What ISO 8601 text shows: an infinite value, or a year outside 1-9999, is not valid, as it
is not when read from text."""


def is_native(column: Column, source_type: str) -> bool:
    """Whether a typed source column is checked without its text (see `NATIVE_TYPES`)."""
    return source_type in NATIVE_TYPES.get(column.type, ())


def _typed_native(column: Column, value: str) -> str:
    """The canonical value of a native column, or null where its text would not be valid."""
    if column.type == ColumnType.FLOAT:
        return f"CASE WHEN isfinite({value}) THEN {value} END"
    if column.type in _READABLE_RANGE:
        return f"CASE WHEN {value} BETWEEN {_READABLE_RANGE[column.type]} THEN {value} END"
    if column.type in (ColumnType.ID, ColumnType.INT):
        return f"CAST({value} AS BIGINT)"
    return value


def _typed(column: Column, text: str) -> str:
    """The typed value of a text value, or null when it is not a valid value of the type."""
    kind = column.type
    if kind in (ColumnType.ID, ColumnType.INT):
        # TRY_CAST alone would round '1.5' to 2; a whole number must survive both casts.
        return (
            f"CASE WHEN TRY_CAST({text} AS DOUBLE) = TRY_CAST({text} AS BIGINT) "
            f"THEN TRY_CAST({text} AS BIGINT) END"
        )
    if kind == ColumnType.FLOAT:
        return f"CASE WHEN isfinite(TRY_CAST({text} AS DOUBLE)) THEN TRY_CAST({text} AS DOUBLE) END"
    if kind == ColumnType.BOOL:
        return f"TRY_CAST({text} AS BOOLEAN)"
    if kind == ColumnType.TIMESTAMP:
        # The local time less its UTC offset; a value without a zone is taken as UTC.
        p = _parts(column)
        local = (
            f"TRY_CAST({p}.day || ' ' || CASE {p}.time WHEN '' THEN '00:00' ELSE {p}.time END "
            f"|| CASE {p}.seconds WHEN '' THEN ':00' ELSE {p}.seconds END AS TIMESTAMP)"
        )
        return (
            f"CASE WHEN {p} IS NULL THEN TRY_CAST({text} AS TIMESTAMP) "
            f"WHEN {p}.day <> '' AND {_offset_ok(p)} "
            f"THEN {local} - to_minutes({_offset_minutes(p)}) END"
        )
    if kind == ColumnType.DATE:
        return (
            f"CASE WHEN regexp_full_match({text}, {_literal(ISO_DATE)}) "
            f"THEN TRY_CAST({text} AS DATE) END"
        )
    return text


_EXPECTED = {
    ColumnType.ID: "an integer id",
    ColumnType.INT: "a whole number",
    ColumnType.FLOAT: "a finite number",
    ColumnType.BOOL: "true or false",
    ColumnType.TIMESTAMP: "an ISO 8601 timestamp",
    ColumnType.DATE: "an ISO 8601 date (YYYY-MM-DD)",
}


def text_name(column: Column) -> str:
    return f'"_text_{column.name}"'


def _shown(text: str) -> str:
    """The value quoted in a reason; a typed value is shown as its text. It is computed only
    for the rows the reason is about."""
    shown = f"left(CAST({text} AS VARCHAR), {SHOWN_VALUE_CHARS})"
    return f"'''' || replace({shown}, chr(0), '\\0') || ''''"


def _column_reasons(
    column: Column, latest: datetime, native: bool = False
) -> list[tuple[str, str]]:
    """Each rule of the column as (condition, reason), the reason computed only when the
    condition holds."""
    text, value, name = text_name(column), f'"{column.name}"', column.name
    reasons: list[tuple[str, str]] = []
    if column.required:
        reasons.append((f"{text} IS NULL", _literal(name + " is empty")))
    if column.type == ColumnType.TEXT:
        reasons.append((f"contains({text}, chr(0))", _literal(name + " contains a NUL byte")))
    else:
        message = _literal(f"{name} is not {_EXPECTED[column.type]}: ")
        wrong = f"{text} IS NOT NULL AND {value} IS NULL"
        if column.type == ColumnType.TIMESTAMP and not native:
            wrong += f" AND NOT {_zone_bad(column)}"
            reasons.append(
                (
                    _zone_bad(column),
                    f"{_literal(name + ' has an invalid UTC offset: ')} || {_shown(text)} || "
                    "' (offsets run from -12:00 to +14:00)'",
                )
            )
        reasons.append((wrong, f"{message} || {_shown(text)}"))
    if column.type in (ColumnType.TIMESTAMP, ColumnType.DATE):
        reasons.append(
            (
                f"{value} < DATE '{EARLIEST}'",
                f"{_literal(f'{name} is before {EARLIEST}: ')} || {_shown(text)}",
            )
        )
        reasons.append(
            (
                f"{value} > TIMESTAMP '{latest:%Y-%m-%d %H:%M:%S}'",
                f"{_literal(name + ' is more than a day in the future: ')} || {_shown(text)}",
            )
        )
    if column.vocabulary:
        allowed = ", ".join(_literal(v) for v in column.vocabulary)
        hint = (
            ", ".join(column.vocabulary)
            if len(column.vocabulary) <= LISTED_VOCABULARY
            else "see `sellindex schema`"
        )
        reasons.append(
            (
                f"NOT list_contains([{allowed}], {value})",
                f"{_literal(name + ' has an unknown value: ')} || {_shown(text)} || "
                f"{_literal(f' (allowed: {hint})')}",
            )
        )
    if column.non_negative or column.type == ColumnType.ID:
        reasons.append((f"{value} < 0", f"{_literal(name + ' is negative: ')} || {_shown(text)}"))
    return reasons


def reasons_sql(rules: list[tuple[str, str]]) -> str:
    """Every reason whose condition holds, joined by "; ", or null when none does.

    The conditions are first tested together: most rows pass, and for them one test of all the
    conditions costs much less than joining a text for each rule.
    """
    if not rules:
        return "NULL::VARCHAR"
    any_holds = " OR ".join(f"({condition})" for condition, _ in rules)
    each = ", ".join(f"CASE WHEN {condition} THEN {reason} END" for condition, reason in rules)
    return f"CASE WHEN {any_holds} THEN NULLIF(concat_ws('; ', {each}), '') END"


def _normalised(table: Table) -> dict[str, str]:
    """Columns rewritten on load: a connection is stored once, with member_a < member_b."""
    if table.name == "connections":
        return {
            "member_a": 'least("member_a", "member_b")',
            "member_b": 'greatest("member_a", "member_b")',
        }
    return {}


def checked_rows_sql(
    table: Table, rows_sql: str, latest: datetime, native: frozenset[str] = frozenset()
) -> str:
    """A SELECT over a reader's rows giving each row's typed values and its row-level reasons.

    Values are trimmed of surrounding spaces, and an empty one is null. A date or timestamp
    after `latest` (UTC) is refused as in the future. The columns in `native` come typed
    (`is_native`) and are checked as they are. Output: `_ordinal`, the canonical columns
    (typed) and `_reasons` (null when the row passes). The raw text is not kept: the loader
    reads it again for the few rows it rejects.
    """
    texts = ", ".join(
        f'"{c.name}" AS {text_name(c)}'
        if c.name in native
        else f"NULLIF(trim(\"{c.name}\"), '') AS {text_name(c)}"
        for c in table.columns
    )
    timestamps = [
        c for c in table.columns if c.type == ColumnType.TIMESTAMP and c.name not in native
    ]
    parts = "".join(
        f", CASE WHEN NOT regexp_full_match({text_name(c)}, {_literal(UTC_TIMESTAMP)}) "
        f"THEN regexp_extract({text_name(c)}, {_literal(ISO_TIMESTAMP)}, {_TIMESTAMP_PARTS}) "
        f"END AS {_parts(c)}"
        for c in timestamps
    )
    zones = "".join(
        f", coalesce({_parts(c)}.day <> '' AND NOT {_offset_ok(_parts(c))}, false) "
        f"AS {_zone_bad(c)}"
        for c in timestamps
    )
    typed = ", ".join(
        (_typed_native(c, text_name(c)) if c.name in native else _typed(c, text_name(c)))
        + f' AS "{c.name}"'
        for c in table.columns
    )
    rules = [r for c in table.columns for r in _column_reasons(c, latest, c.name in native)]
    rules += [(f"NOT ({predicate})", _literal(why)) for why, predicate in table.checks]
    normalised = _normalised(table)
    outputs = ", ".join(
        normalised.get(c.name, f'"{c.name}"') + f' AS "{c.name}"' for c in table.columns
    )
    return (
        f"SELECT _ordinal, {outputs}, "
        f"coalesce(_malformed, {reasons_sql(rules)}) AS _reasons "
        f"FROM (SELECT _ordinal, _malformed, {typed}{zones}, * EXCLUDE (_ordinal, _malformed) "
        f"  FROM (SELECT *{parts} "
        f"    FROM (SELECT _ordinal, _malformed, {texts} FROM ({rows_sql}))))"
    )
