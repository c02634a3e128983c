"""What an importer declares (the files of an export and their columns) and what it returns
(canonical rows whose ids are still source keys)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import duckdb

FieldType = Literal["text", "date", "number", "bool"]


def squeezed(name: str) -> str:
    """A column name reduced to lower-case letters and digits, so that an API name
    (`closedate`), a UI label (`Close Date`) and a snake-case name (`close_date`) agree."""
    return re.sub(r"[^a-z0-9]+", "", name.lower())


@dataclass(frozen=True)
class Field:
    """A column an importer reads, under its own name, and the other names exports use."""

    name: str
    aliases: tuple[str, ...] = ()
    type: FieldType = "text"
    required: bool = False
    label: str | None = None
    """How exports name the column, for messages, when `name` is the importer's own word."""

    def spellings(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(squeezed(n) for n in (self.name, *self.aliases)))


@dataclass(frozen=True)
class Role:
    """One file of an export: deals, teams, users, tasks...

    A file takes a role by its name (any of `names` in the file name) and its header (how many
    `signature` columns it has: column names telling of this role, compared squeezed).
    `table` is the canonical table its rows mostly feed; records that cannot be parsed at all
    are recorded as rejects of that table.
    """

    name: str
    table: str
    names: tuple[str, ...]
    signature: tuple[str, ...]
    fields: tuple[Field, ...]
    required: bool = False
    dynamic: str | None = None
    """A regular expression for further date columns read as they come (a stage per column)."""
    backslash_escapes: bool = False
    """Its files may escape quotes as `\\"` (an archive's comments); detected per file."""
    footer: str | None = None
    """A regular expression for a line only a report's footer has (Salesforce's copyright
    line): the footer, from the blank line above that line to the end, is not data."""

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def speaking(self, *languages: Language) -> Role:
        """This role as UI exports write it in these languages: each field also under its
        labels, and the labels that tell the role's files apart."""
        fields = tuple(
            replace(f, aliases=(*f.aliases, *(a for g in languages for a in g.labels(self, f))))
            for f in self.fields
        )
        signature = (
            *self.signature,
            *(s for lang in languages for s in lang.signature.get(self.name, ())),
        )
        return replace(self, fields=fields, signature=signature)


@dataclass(frozen=True)
class Language:
    """What a UI export writes in one language: its column labels and the values it spells
    out, so an export made by a German user reads like the same export in English."""

    name: str
    columns: Mapping[str, Mapping[str, tuple[str, ...]]]
    """Role -> field -> the labels of that field's column."""
    signature: Mapping[str, tuple[str, ...]]
    """Role -> labels telling a file of that role."""
    dynamic: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Role -> the words its further columns begin with (`Date entered` of `Date entered
    "<stage>"`), matched without regard to case."""
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """Field -> (label -> the value the importer reads), e.g. a stage's name in English."""

    def labels(self, role: Role, field: Field) -> tuple[str, ...]:
        return tuple(self.columns.get(role.name, {}).get(field.name, ()))


@dataclass(frozen=True)
class StagedFile:
    """An export file read into a temporary table: `_line` (its record number, the header
    being 1) and one converted VARCHAR column per field (null when the file lacks it)."""

    role: Role
    path: Path
    table: str
    headers: tuple[str, ...]
    columns: dict[str, str]
    """Field name -> the header it was read from."""
    dynamic: dict[str, str]
    """Staged column -> header, for the role's dynamic columns."""
    rows: int
    malformed: int
    read_sql: str
    """SELECT of (_line, _row) over the file, to fetch the original text of a rejected row."""
    notes: tuple[str, ...] = ()
    header_line: int = 1
    """The line of the header: 1, or lower when a preamble comes first."""

    def has(self, *names: str) -> bool:
        return all(n in self.columns for n in names)


@dataclass(frozen=True)
class Source:
    """A file that feeds a canonical table, and which of its fields gave each column."""

    file: StagedFile
    columns: dict[str, str] = field(default_factory=dict)
    """Canonical column -> field name, for reasons that name the export's own header."""


@dataclass
class TableMap:
    """Canonical rows for one table, as SQL.

    Id columns hold references ('<key_kind>:<source key>', see `values.ref`), resolved to
    integers by the identity map before loading. `_source_file` and `_source_line` say where
    each row came from. A `derived` table (people, teams and accounts gathered from the
    references of other rows) gets one row per id, and values the store already holds fill
    the gaps this export leaves.
    """

    sql: str
    ids: dict[str, str]
    sources: tuple[Source, ...]
    derived: bool = False
    fallbacks: dict[str, str] = field(default_factory=dict)
    """Column -> a column of `sql` with the value to use when neither the export nor the store
    has one (a person's name: their CRM id)."""
    keep_stored: bool = False
    """For a derived table: values the store holds win over this export's. People change jobs
    between two archives of one member; the store keeps the first company rather than
    rejecting every changed person as a conflict."""


@dataclass
class Mapped:
    """What an importer makes of the staged files."""

    tables: dict[str, TableMap]
    keys: dict[str, list[str]] = field(default_factory=dict)
    """Entity -> SELECTs of further keys: (ref, key_kind, source_key, priority, label)."""
    notes: list[str] = field(default_factory=list)
    feeds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Member reference -> what this export can tell about that member (`store.feeds`), for
    members a source describes only in part (the owner of an archive)."""


Build = Callable[[duckdb.DuckDBPyConnection, dict[str, StagedFile]], Mapped]


@dataclass(frozen=True)
class Importer:
    """One kind of export: its files and how they map onto the canonical tables."""

    kind: str
    title: str
    roles: tuple[Role, ...]
    build: Build
    plan: Callable[[list[Path], Any], Any] | None = None
    """How the export's files take their roles, when not by the best header and name
    (`detect.assign_roles`): files(, mapping) -> ExportPlan."""
    dates: str | None = None
    """How its dates are written (`values.MONTH_FIRST`), when the kind decides, not each file."""
    recognise: Callable[[list[Path]], str | None] | None = None
    """Why a set of files is an export of this kind, from their names alone, or None; kinds
    whose files are named alike in every export are detected this way before any header."""

    def role(self, name: str) -> Role:
        for r in self.roles:
            if r.name == name:
                return r
        raise KeyError(name)
