"""CSV exports that are safe to open in a spreadsheet, for every interface that writes one.

Excel, LibreOffice and Google Sheets read a cell that starts with `=`, `+`, `-`, `@`, a tab or
a carriage return as a formula, so a name such as `=HYPERLINK(...)` that came in with loaded
data could run when someone opens an export. As OWASP recommends, such text cells get a leading
`'`, which spreadsheets show as text. Only text columns change: numbers (negative ones
included), dates and booleans are written as they are.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_START = "^[=+\\-@\t\r]"


def neutralise_cell(text: str) -> str:
    """One text cell as an export writes it."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _is_text(kind: pa.DataType) -> bool:
    return pa.types.is_string(kind) or pa.types.is_large_string(kind)


def neutralise_formulas(table: pa.Table) -> pa.Table:
    """`table` with every text cell that a spreadsheet would run as a formula made plain text."""
    columns = []
    for column in table.columns:
        kind = column.type
        if pa.types.is_dictionary(kind) and _is_text(kind.value_type):
            column = pc.cast(column, kind.value_type)
        if _is_text(column.type):
            risky = pc.match_substring_regex(column, _FORMULA_START)
            column = pc.if_else(risky, pc.binary_join_element_wise("'", column, ""), column)
        columns.append(column)
    return pa.Table.from_arrays(columns, names=table.column_names)


def write_csv(table: pa.Table, sink: Path | BinaryIO) -> None:
    """Write `table` as CSV (to a file, or to a stream such as an HTTP response body)."""
    pa_csv.write_csv(neutralise_formulas(table), sink)
