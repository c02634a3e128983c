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
    return f"'''' || replace(left({text}, {SHOWN_VALUE_CHARS}), chr(0), '\\0') || ''''"


def _column_reasons(column: Column, latest: datetime) -> list[str]:
    text, value, name = text_name(column), f'"{column.name}"', column.name
    reasons = []
    if column.required:
        reasons.append(f"CASE WHEN {text} IS NULL THEN {_literal(name + ' is empty')} END")
    if column.type == ColumnType.TEXT:
        reasons.append(
            f"CASE WHEN contains({text}, chr(0)) THEN {_literal(name + ' contains a NUL byte')} END"
        )
    else:
        message = _literal(f"{name} is not {_EXPECTED[column.type]}: ")
        wrong = f"{text} IS NOT NULL AND {value} IS NULL"
        if column.type == ColumnType.TIMESTAMP:
            wrong += f" AND NOT {_zone_bad(column)}"
            reasons.append(
                f"CASE WHEN {_zone_bad(column)} THEN "
                f"{_literal(name + ' has an invalid UTC offset: ')} || {_shown(text)} || "
                "' (offsets run from -12:00 to +14:00)' END"
            )
        reasons.append(f"CASE WHEN {wrong} THEN {message} || {_shown(text)} END")
    if column.type in (ColumnType.TIMESTAMP, ColumnType.DATE):
        reasons.append(
            f"CASE WHEN {value} < DATE '{EARLIEST}' THEN "
            f"{_literal(f'{name} is before {EARLIEST}: ')} || {_shown(text)} END"
        )
        reasons.append(
            f"CASE WHEN {value} > TIMESTAMP '{latest:%Y-%m-%d %H:%M:%S}' THEN "
            f"{_literal(name + ' is more than a day in the future: ')} || {_shown(text)} END"
        )
    if column.vocabulary:
        allowed = ", ".join(_literal(v) for v in column.vocabulary)
        hint = (
            ", ".join(column.vocabulary)
            if len(column.vocabulary) <= LISTED_VOCABULARY
            else "see `sellindex schema`"
        )
        reasons.append(
            f"CASE WHEN NOT list_contains([{allowed}], {value}) THEN "
            f"{_literal(name + ' has an unknown value: ')} || {_shown(text)} || "
            f"{_literal(f' (allowed: {hint})')} END"
        )
    if column.non_negative or column.type == ColumnType.ID:
        reasons.append(
            f"CASE WHEN {value} < 0 THEN {_literal(name + ' is negative: ')} || {_shown(text)} END"
        )
    return reasons


def _normalised(table: Table) -> dict[str, str]:
    """Columns rewritten on load: a connection is stored once, with member_a < member_b."""
    if table.name == "connections":
        return {
            "member_a": 'least("member_a", "member_b")',
            "member_b": 'greatest("member_a", "member_b")',
        }
    return {}


def checked_rows_sql(table: Table, rows_sql: str, latest: datetime) -> str:
    """A SELECT over a reader's rows giving each row's typed values and its row-level reasons.

    Values are trimmed of surrounding spaces, and an empty one is null. A date or timestamp
    after `latest` (UTC) is refused as in the future. Output: `_ordinal`, the canonical columns
    (typed) and `_reasons` (null when the row passes). The raw text is not kept: the loader
    reads it again for the few rows it rejects.
    """
    texts = ", ".join(f"NULLIF(trim(\"{c.name}\"), '') AS {text_name(c)}" for c in table.columns)
    timestamps = [c for c in table.columns if c.type == ColumnType.TIMESTAMP]
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
    typed = ", ".join(f'{_typed(c, text_name(c))} AS "{c.name}"' for c in table.columns)
    reasons = [r for c in table.columns for r in _column_reasons(c, latest)]
    reasons += [
        f"CASE WHEN NOT ({predicate}) THEN {_literal(why)} END" for why, predicate in table.checks
    ]
    normalised = _normalised(table)
    outputs = ", ".join(
        normalised.get(c.name, f'"{c.name}"') + f' AS "{c.name}"' for c in table.columns
    )
    return (
        f"SELECT _ordinal, {outputs}, "
        f"coalesce(_malformed, NULLIF(concat_ws('; ', {', '.join(reasons)}), '')) AS _reasons "
        f"FROM (SELECT _ordinal, _malformed, {typed}{zones}, * EXCLUDE (_ordinal, _malformed) "
        f"  FROM (SELECT *{parts} "
        f"    FROM (SELECT _ordinal, _malformed, {texts} FROM ({rows_sql}))))"
    )
