"""Mapping files: how an export with custom column names or labels maps onto an importer.

A small TOML (or JSON, same structure) file:

    dates = "day-first"            # how to read 3/4/2024; detected per file when left out
    industry = "Software"          # the industry of the export's people; else "unknown"

    [columns]                      # a column of the export -> the importer's name for it
    "Rep" = "sales_agent"
    "Value (EUR)" = "close_value"

    [columns.teams]                # only in the file that plays the `teams` role
    "Boss" = "manager"

    [values.deal_stage]            # values of a field -> what the importer should read
    "Signed" = "won"
    "Dropped" = "lost"

Column names match without regard to case, spaces or punctuation, as the importers' own do.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sellindex.errors import SellindexError
from sellindex.sources.crm.model import Role, squeezed
from sellindex.sources.crm.values import DATE_ORDERS

_KEYS = ("dates", "industry", "columns", "values")


@dataclass(frozen=True)
class Mapping:
    columns: dict[str, str] = field(default_factory=dict)
    """Squeezed export column -> field name, in every file."""
    role_columns: dict[str, dict[str, str]] = field(default_factory=dict)
    """Role -> (squeezed export column -> field name), in that role's file only."""
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    """Field name -> (export value -> value the importer reads)."""
    dates: str | None = None
    industry: str | None = None
    """The industry of the people in the export, which a CRM does not record."""
    path: Path | None = None

    def renames(self, role: str) -> dict[str, str]:
        return {**self.columns, **self.role_columns.get(role, {})}

    def check(self, kind: str, roles: tuple[Role, ...]) -> None:
        """Refuse names that no file of this kind reads, so a typo does not pass unnoticed."""
        known = {f.name for r in roles for f in r.fields}
        role_names = {r.name for r in roles}
        for role in self.role_columns:
            if role not in role_names:
                raise SellindexError(
                    f"{self.path}: [columns.{role}] names no file of a {kind} export; "
                    f"files are: {', '.join(sorted(role_names))}"
                )
        fields = [*self.columns.values(), *self.values]
        fields += [t for m in self.role_columns.values() for t in m.values()]
        for name in fields:
            if name not in known:
                raise SellindexError(
                    f"{self.path}: {name!r} is not a column a {kind} import reads; "
                    f"it reads: {', '.join(sorted(known))}"
                )


def load_mapping(path: Path | None) -> Mapping:
    """Read a mapping file; no file is an empty mapping."""
    if path is None:
        return Mapping()
    if not path.is_file():
        raise SellindexError(f"no such mapping file: {path}")
    text = path.read_text(encoding="utf-8-sig")
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else tomllib.loads(text)
    except (json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SellindexError(f"{path} is not valid {_format(path)}: {exc}") from None
    if not isinstance(data, dict):
        raise SellindexError(f"{path}: expected a table with {', '.join(_KEYS)}")
    unknown = sorted(set(data) - set(_KEYS))
    if unknown:
        raise SellindexError(
            f"{path}: unknown key {', '.join(unknown)}; a mapping has {', '.join(_KEYS)}"
        )
    dates = data.get("dates")
    if dates is not None and dates not in DATE_ORDERS:
        raise SellindexError(f"{path}: dates must be one of {', '.join(DATE_ORDERS)}")
    industry = data.get("industry")
    if industry is not None and (not isinstance(industry, str) or not industry.strip()):
        raise SellindexError(f'{path}: industry must be a name, e.g. industry = "Software"')
    columns: dict[str, str] = {}
    role_columns: dict[str, dict[str, str]] = {}
    for source, target in _table(path, data, "columns").items():
        if isinstance(target, dict):
            role_columns[source] = {
                squeezed(k): v for k, v in _strings(path, f"columns.{source}", target).items()
            }
        elif isinstance(target, str):
            columns[squeezed(source)] = target
        else:
            raise SellindexError(f"{path}: columns.{source} must be a column name or a table")
    values = {
        name: _strings(path, f"values.{name}", table)
        for name, table in _table(path, data, "values").items()
    }
    return Mapping(columns, role_columns, values, dates, industry, path)


def _format(path: Path) -> str:
    return "JSON" if path.suffix.lower() == ".json" else "TOML"


def _table(path: Path, data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise SellindexError(f"{path}: {key} must be a table")
    return value


def _strings(path: Path, where: str, table: Any) -> dict[str, str]:
    if not isinstance(table, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in table.items()
    ):
        raise SellindexError(f"{path}: {where} must map names to names (strings)")
    return dict(table)
