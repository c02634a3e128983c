"""What an export holds, as the importer reads it: each file's role, rows, the columns no role
reads and the ones it lacks, the share of dates that cannot be read, the archive's year and part,
and the feeds (`sources.feeds`) the mapped rows give.

`sellindex doctor` describes an export before any import; every import describes what it read
with the same `describe` and keeps the report in the store, so the Data page shows what doctor
would have said. Which signals and KPIs those feeds reach is for the metrics to say
(`metrics.feedable`); `Inspection.why_absent` gives the reason for each feed it lacks.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from sellindex.ingest.validate import checked_rows_sql
from sellindex.schema import ColumnType, Table
from sellindex.schema import table as schema_table
from sellindex.sources.crm import ExportPlan, Importer, Mapped, StagedFile
from sellindex.sources.crm.exports import read_header
from sellindex.sources.crm.model import Role
from sellindex.sources.crm.values import ident
from sellindex.sources.feeds import (
    CATEGORIES,
    feed_table,
    feeds_words,
    is_member_feed,
    or_words,
    produces,
)
from sellindex.sources.kinds import IMPORTERS
from sellindex.sources.network.archive_formats import (
    BASIC,
    COMPLETE_ONLY,
    FileShape,
    archive_format,
    archive_part,
)
from sellindex.sources.network.readings import Parsed

if TYPE_CHECKING:
    from sellindex.ingest.crm_import import Opened

READINGS = "ssi-readings"
EXAMPLES = 3
_NOUNS = {
    "archive": "a data archive",
    "salesnav": "a Sales Navigator export",
    READINGS: "saved index readings",
}
_DATED = (ColumnType.TIMESTAMP, ColumnType.DATE)
_NO_LATER_THAN = datetime(9999, 12, 31)
"""Dates in the future are the loader's concern, not whether a date can be read."""


@dataclass
class DateCheck:
    """One date column: how many values it has and how many of them cannot be read."""

    column: str
    values: int
    failed: int
    examples: list[str] = field(default_factory=list)

    @property
    def share_failed(self) -> float:
        return self.failed / self.values if self.values else 0.0


@dataclass
class FileReport:
    """One file of the export, as its role reads it."""

    role: str
    file: str
    table: str
    rows: int
    malformed: int = 0
    header_line: int = 1
    encoding: str = "utf-8"
    delimiter: str = ","
    columns: dict[str, str] = field(default_factory=dict)
    """Field -> the header it is read from."""
    unknown_columns: list[str] = field(default_factory=list)
    """Headers no field of the role reads."""
    missing_columns: list[str] = field(default_factory=list)
    """Optional fields of the role the file lacks."""
    dates: list[DateCheck] = field(default_factory=list)


@dataclass
class Inspection:
    """What an export holds and what it can feed."""

    kind: str
    path: str
    detected: str | None = None
    subject: str = ""
    """Whose export it is, when it is one member's (the owner of a data archive)."""
    files: list[FileReport] = field(default_factory=list)
    ignored: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    tables: dict[str, int] = field(default_factory=dict)
    """Canonical table -> the rows the export maps onto it."""
    feeds: list[str] = field(default_factory=list)
    format: str | None = None
    format_evidence: list[str] = field(default_factory=list)
    part: str | None = None
    """For a data archive: Basic or Complete."""
    part_evidence: str | None = None
    warnings: list[str] = field(default_factory=list)
    """What would not stop the import but loses rows or needs an option."""

    def why_absent(self, needs: list[tuple[str, ...]]) -> str:
        """Why the export meets none of `needs` (groups met by any one of their feeds): no
        file of its kind can give them (and which kinds of export can), the file that could
        is missing, or the file is there and gives none. Within a group, what this kind of
        export could give is the reason; the rest is said only when it can give nothing."""
        importer = IMPORTERS.get(self.kind)
        if importer is None:
            words = feeds_words(f for group in needs for f in group)
            return f"saved index readings hold the official score, not {words}"
        feeds: list[str] = []
        for group in needs:
            possible = [f for f in group if _produced(self.kind, importer, f)]
            feeds += possible or list(group)
        read = {f.role: f for f in self.files}
        missing: list[str] = []
        basic = self.kind == "archive" and self.part == BASIC
        empty: dict[str, list[str]] = {}
        never: list[str] = []
        elsewhere: set[str] = set()
        for feed in dict.fromkeys(feeds):
            roles = [r for r in importer.roles if produces(self.kind, r, feed)]
            present = [read[r.name] for r in roles if r.name in read]
            if not roles:
                column = "." in feed and not feed.startswith("event:")
                held = any(r.table == feed_table(feed) for r in importer.roles)
                never.append(feed_table(feed) if column and not held else feed)
                elsewhere |= {k for k, i in IMPORTERS.items() if _produced(k, i, feed)}
            elif present:
                names = ", ".join(Path(f.file).name for f in present)
                empty.setdefault(names, []).append(feed)
            else:
                basic = basic and all(r.name in COMPLETE_ONLY for r in roles)
                missing += [_file_name(self.kind, r) for r in roles]
        said = []
        if missing:
            files = or_words(list(dict.fromkeys(missing)))
            if basic:
                said.append(f"the Basic archive has no {files}: import the Complete archive")
            elif self.kind == "archive":
                said.append(f"no {files} in the archive")
            else:
                said.append(f"no {files} file in the export")
        for names, found in empty.items():
            said.append(f"{names} give{'' if ', ' in names else 's'} no {feeds_words(found)}")
        if never:
            text = f"{export_noun(self.kind)} never holds {feeds_words(never)}"
            if elsewhere:
                text += f" ({_kinds_phrase(sorted(elsewhere))} has them)"
            said.append(text)
        return "; ".join(said)

    @property
    def rows(self) -> int:
        return sum(f.rows for f in self.files)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["ignored"] = [{"file": f, "reason": why} for f, why in self.ignored]
        for file, report in zip(data["files"], self.files, strict=True):
            for check, date in zip(file["dates"], report.dates, strict=True):
                check["share_failed"] = round(date.share_failed, 4)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Inspection:
        known = {f for f in cls.__dataclass_fields__}
        values = {k: v for k, v in data.items() if k in known}
        values["ignored"] = [(i["file"], i["reason"]) for i in data.get("ignored", [])]
        values["files"] = [
            FileReport(
                **{
                    **{k: v for k, v in f.items() if k in FileReport.__dataclass_fields__},
                    "dates": [
                        DateCheck(d["column"], d["values"], d["failed"], d.get("examples", []))
                        for d in f.get("dates", [])
                    ],
                }
            )
            for f in data.get("files", [])
        ]
        return cls(**values)


def export_noun(kind: str) -> str:
    """How to name an export of `kind` in a sentence: "a data archive", "a hubspot export"."""
    return _NOUNS.get(kind, f"a {kind} export")


def _kinds_phrase(kinds: list[str]) -> str:
    named = [_NOUNS[k] for k in kinds if k in _NOUNS]
    crm = [k for k in kinds if k not in _NOUNS]
    if crm:
        named.append(f"a {or_words(crm)} export")
    return " or ".join(named)


def _file_name(kind: str, role: Role) -> str:
    """A file of a role as a person would look for it: an archive's `Shares.csv`, a CRM
    export's `tasks` (file)."""
    return f"{role.names[0]}.csv" if kind == "archive" else role.name


def _produced(kind: str, importer: Importer, feed: str) -> bool:
    return any(produces(kind, r, feed) for r in importer.roles)


def describe(
    con: duckdb.DuckDBPyConnection,
    export: Opened,
    plan: ExportPlan,
    importer: Importer,
    staged: dict[str, StagedFile],
    mapped: Mapped,
) -> Inspection:
    """The report of an export whose files are staged and whose canonical rows are in the
    `crm_out_<table>` temporary tables, as an import leaves them before loading."""
    dates = _date_checks(con, mapped, staged)
    files = [
        _file_report(s, plan.files[name], dates.get(str(s.path), [])) for name, s in staged.items()
    ]
    report = Inspection(
        kind=plan.kind,
        path=str(export.given),
        detected=plan.detected,
        files=files,
        ignored=[(str(export.shown(f)), why) for f, why in plan.ignored],
        notes=[n for s in staged.values() for n in s.notes] + mapped.notes,
    )
    if plan.kind == "archive":
        report.format, report.format_evidence = archive_format(
            [_shape(s, plan.files[name]) for name, s in staged.items()]
        )
        inner = {p.name for f in plan.files.values() for p in f.relative_to(export.path).parents}
        report.part, report.part_evidence = archive_part(
            set(staged), [export.given.name, *(n for n in inner if n)]
        )
    else:
        report.format = _header_style(staged)
    report.tables, found = _mapped_feeds(con, mapped)
    report.feeds = sorted(_feeds(mapped, found))
    if plan.kind == "archive" and len(mapped.feeds) == 1:
        report.subject = next(iter(mapped.feeds))
    report.warnings = _warnings(report)
    return report


def describe_readings(
    files: list[Path], export: Opened, parsed: Parsed, detected: str | None
) -> Inspection:
    """The report of saved index readings: readings and rejects per JSON file."""
    readings = Counter(str(r.file) for r in parsed.readings)
    rejected = Counter(str(r.file) for r in parsed.rejected)
    undated = Counter(str(r.file) for r in parsed.rejected if r.reason.startswith("no date"))
    names = sorted({*readings, *rejected})
    report = Inspection(
        kind=READINGS,
        path=str(export.given),
        detected=detected,
        files=[
            FileReport(
                role="readings",
                file=name,
                table="ssi_readings",
                rows=readings[name],
                malformed=rejected[name],
                dates=[DateCheck("date", readings[name] + undated[name], undated[name])],
            )
            for name in names
        ],
        ignored=[
            (str(export.shown(f)), "not a JSON file")
            for f in files
            if f.suffix.lower() not in (".json", ".jsonl")
        ],
        tables={"ssi_readings": len(parsed.readings)},
    )
    days = sorted(r.as_of for r in parsed.readings)
    if days:
        report.notes.append(f"readings from {days[0]} to {days[-1]} ({len(days)} days)")
    report.notes += [f"{r.file}:{r.line} {r.reason}" for r in parsed.rejected[:EXAMPLES]]
    report.warnings = _warnings(report)
    return report


def _file_report(s: StagedFile, path: Path, dates: list[DateCheck]) -> FileReport:
    _, delimiter, encoding = read_header(path)
    used = {*s.columns.values(), *s.dynamic.values()}
    return FileReport(
        role=s.role.name,
        file=str(s.path),
        table=s.role.table,
        rows=s.rows,
        malformed=s.malformed,
        header_line=s.header_line,
        encoding=encoding,
        delimiter=delimiter,
        columns=dict(s.columns),
        unknown_columns=[h for h in s.headers if h not in used],
        missing_columns=[
            f.label or f.name
            for f in s.role.fields
            if f.name not in s.columns and not _read_by_id_or_name(f.name, set(s.columns))
        ],
        dates=dates,
    )


def _read_by_id_or_name(name: str, found: set[str]) -> bool:
    """Whether the file gives what `name` gives the other way: an owner by id (`owner_id`)
    where the field names it (`owner`), or the reverse."""
    return f"{name}_id" in found or name.removesuffix("_id") in found - {name}


def _shape(s: StagedFile, path: Path) -> FileShape:
    _, delimiter, encoding = read_header(path)
    return FileShape(
        s.role.name, Path(s.path).name, frozenset(s.columns), s.header_line, encoding, delimiter
    )


def _header_style(staged: dict[str, StagedFile]) -> str | None:
    """How a CRM export names its columns: UI labels (a report) or API names (a data export)."""
    headers = [h for s in staged.values() for h in s.columns.values()]
    if not headers:
        return None
    labels = sum(1 for h in headers if " " in h.strip())
    return "labels (a report or UI export)" if labels * 2 > len(headers) else "API names"


def _date_checks(
    con: duckdb.DuckDBPyConnection, mapped: Mapped, staged: dict[str, StagedFile]
) -> dict[str, list[DateCheck]]:
    """Per export file, each of its date columns: the values the loader would receive (after
    the importer's own conversions, `values.timestamp` and the mapping) checked as the loader
    checks them, so doctor fails exactly the dates an import rejects. A column is named as the
    export names it where the mapping says which field gave it, else as the canonical one."""
    headers = {
        (str(src.file.path), column): src.file.columns.get(field_name, field_name)
        for table in mapped.tables.values()
        for src in table.sources
        for column, field_name in src.columns.items()
    }
    found: dict[tuple[str, str], DateCheck] = {}
    for name in mapped.tables:
        out = f"crm_out_{name}"
        present = {d[0] for d in con.execute(f"SELECT * FROM {out} LIMIT 0").description}
        for column in schema_table(name).columns:
            if column.type not in _DATED or column.name not in present:
                continue
            text = f"nullif(trim(CAST({ident(column.name)} AS VARCHAR)), '')"
            rows = f'SELECT rowid AS _ordinal, NULL::VARCHAR AS _malformed, {text} AS "value" FROM {out}'  # noqa: E501
            check = Table("date_check", "", (replace(column, name="value", required=False),), ())
            checked = checked_rows_sql(check, rows, _NO_LATER_THAN)
            for file, values, failed, examples in con.execute(
                f"""
                SELECT t._source_file, count(t.v), count(t.v) FILTER (WHERE c.value IS NULL),
                       (list(t.v ORDER BY t._source_line)
                           FILTER (WHERE t.v IS NOT NULL AND c.value IS NULL))[1:{EXAMPLES}]
                FROM (SELECT rowid AS _ordinal, {text} AS v, _source_file, _source_line
                      FROM {out}) t
                JOIN ({checked}) c USING (_ordinal)
                WHERE t.v IS NOT NULL GROUP BY 1
                """
            ).fetchall():
                header = headers.get((file, column.name), f"{name}.{column.name}")
                check_ = DateCheck(header, int(values), int(failed), list(examples or []))
                key = (str(file), header)
                if key not in found or found[key].values < check_.values:
                    found[key] = check_
    by_file: dict[str, list[DateCheck]] = {}
    for (file, _), check_ in found.items():
        by_file.setdefault(file, []).append(check_)
    return by_file


def _mapped_feeds(
    con: duckdb.DuckDBPyConnection, mapped: Mapped
) -> tuple[dict[str, int], set[str]]:
    """Rows per canonical table, and what they hold: tables with rows, columns with values,
    the values of sorting columns, and per event type whether it has an actor, a target and
    content."""
    tables, feeds = {}, set()
    for name in mapped.tables:
        out = f"crm_out_{name}"
        present = {d[0] for d in con.execute(f"SELECT * FROM {out} LIMIT 0").description}
        columns = [c for c in schema_table(name).column_names if c in present]
        counted = "".join(f", count({ident(c)})" for c in columns)
        row = con.execute(f"SELECT count(*){counted} FROM {out}").fetchone()
        assert row is not None
        tables[name] = int(row[0])
        if not row[0]:
            continue
        feeds.add(name)
        feeds |= {f"{name}.{c}" for c, n in zip(columns, row[1:], strict=True) if n}
        category = CATEGORIES.get(name)
        if category in columns:
            values = con.execute(
                f"SELECT DISTINCT CAST({ident(category)} AS VARCHAR) FROM {out} "
                f"WHERE {ident(category)} IS NOT NULL"
            ).fetchall()
            feeds |= {f"{name}.{category}={v}" for (v,) in values}
    if tables.get("activity"):
        for event, actor, target, content in con.execute(
            "SELECT event_type, count(member_id), count(target_member_id), count(content_id) "
            "FROM crm_out_activity WHERE event_type IS NOT NULL GROUP BY 1"
        ).fetchall():
            for role, n in (("actor", actor), ("target", target), ("content", content)):
                if n:
                    feeds.add(f"event:{event}:{role}")
    return tables, feeds


def _feeds(mapped: Mapped, found: set[str]) -> set[str]:
    """What the export can feed. An export that describes its members in part (an archive's
    owner, a seat holder) says what it tells about them (`Mapped.feeds`, as import records
    it, so doctor and the card agree; a Basic archive tells nothing of the owner's activity);
    what its rows show of other people does not count for them (the owner follows someone: a
    follow *on* that person; a seat holder's few connections are not their network)."""
    if not mapped.feeds:
        return found
    declared = set().union(*mapped.feeds.values())
    return declared | {f for f in found if not is_member_feed(f)}


def _warnings(report: Inspection) -> list[str]:
    warnings = []
    for f in report.files:
        name = Path(f.file).name
        if f.malformed:
            what = "readings" if report.kind == READINGS else "records"
            warnings.append(f"{name}: {f.malformed:,} {what} cannot be read and would be rejected")
        for d in f.dates:
            if d.failed:
                shown = ", ".join(repr(e) for e in d.examples)
                warnings.append(
                    f"{name}: {d.failed:,} of {d.values:,} dates in {d.column} "
                    f"({d.share_failed:.0%}) cannot be read and would be rejected"
                    + (f", e.g. {shown}" if shown else "")
                )
    if report.kind == "archive" and report.part == BASIC:
        warnings.append(
            "only the Basic part of the archive: the member's posts, comments, reactions, "
            "messages, searches and logins are in the Complete archive; import it too"
        )
    return warnings
