"""Turning engine results into the plain, JSON-ready rows every answer is made of."""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd

from sellindex.store import Store

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


def plain(value: Any) -> Any:
    """JSON-ready scalars: decimals to floats, NaN and NaT to None, pandas stamps to dates."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.to_pydatetime()
    if value is pd.NaT:
        return None
    if isinstance(value, np.generic):
        return plain(value.item())
    return value


def clean(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{key: plain(value) for key, value in row.items()} for row in rows]


def frame_rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return clean(frame.to_dict("records"))


def expression_rows(expr: Any) -> list[dict[str, Any]]:
    return expr.to_pyarrow().to_pylist()


def count(table: Any) -> int:
    """Row count through Arrow (ibis's `execute()` would go through pandas for one number)."""
    return int(table.count().to_pyarrow().as_py())


def sql_rows(store: Store, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    """Rows of a parameterised query. Hot paths read the snapshot tables this way: compiling
    an Ibis expression costs more per request than DuckDB takes to answer it."""
    cursor = store.con.execute(sql, params or [])
    names = [d[0] for d in cursor.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
