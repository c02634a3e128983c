"""Row rules as SQL over a whole file at once: types, required values, vocabularies, ranges, checks.

Every rule is an expression that yields a reason or null, so one pass over the file finds every
problem of every row; `concat_ws` joins them with "; " (it skips nulls). References and
duplicates need other tables and are checked by the loader with joins.
"""

from __future__ import annotations

from sellindex.schema import Column, ColumnType, Table

ISO_TIMESTAMP = (
    r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?)?"
    r" ?(Z|z|[+-]\d{2}(:?\d{2})?)?"
)
"""ISO 8601 date-time, with or without a zone. DuckDB alone would also accept `3/12/24`."""
ISO_DATE = r"\d{4}-\d{2}-\d{2}"

KEY_CONFLICT = "conflicts with an existing row with the same key"
SHOWN_VALUE_CHARS = 80
LISTED_VOCABULARY = 8


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


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
        # With the session in UTC, a zoned value is converted to UTC and a naive one kept as is.
        return (
            f"CASE WHEN regexp_full_match({text}, {_literal(ISO_TIMESTAMP)}) "
            f"THEN TRY_CAST({text} AS TIMESTAMPTZ)::TIMESTAMP END"
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
    return f"'''' || left({text}, {SHOWN_VALUE_CHARS}) || ''''"


def _column_reasons(column: Column) -> list[str]:
    text, value = text_name(column), f'"{column.name}"'
    reasons = []
    if column.required:
        reasons.append(f"CASE WHEN {text} IS NULL THEN {_literal(column.name + ' is empty')} END")
    if column.type != ColumnType.TEXT:
        message = _literal(f"{column.name} is not {_EXPECTED[column.type]}: ")
        reasons.append(
            f"CASE WHEN {text} IS NOT NULL AND {value} IS NULL THEN {message} || {_shown(text)} END"
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
            f"{_literal(column.name + ' has an unknown value: ')} || {_shown(text)} || "
            f"{_literal(f' (allowed: {hint})')} END"
        )
    if column.non_negative:
        reasons.append(
            f"CASE WHEN {value} < 0 THEN {_literal(column.name + ' is negative: ')} || "
            f"{_shown(text)} END"
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


def checked_rows_sql(table: Table, rows_sql: str) -> str:
    """A SELECT over a reader's rows giving each row's typed values and its row-level reasons.

    Output: `_ordinal`, the canonical columns (typed) and `_reasons` (null when the row passes).
    The raw text is not kept: the loader reads it again for the few rows it rejects.
    """
    texts = ", ".join(
        f'CASE WHEN trim("{c.name}") <> \'\' THEN "{c.name}" END AS {text_name(c)}'
        for c in table.columns
    )
    typed = ", ".join(f'{_typed(c, text_name(c))} AS "{c.name}"' for c in table.columns)
    reasons = [r for c in table.columns for r in _column_reasons(c)]
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
        f"FROM (SELECT _ordinal, _malformed, {typed}, * EXCLUDE (_ordinal, _malformed) "
        f"  FROM (SELECT _ordinal, _malformed, {texts} FROM ({rows_sql})))"
    )
