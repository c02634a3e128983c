"""Rows every CRM importer builds the same way: people, teams and accounts gathered from all the
places an export mentions them, one row per reference, the best-ranked mention first.

Importers hand in SELECTs with the columns named below (NULL where a file does not say) and
get back the canonical rows, plus the further keys (emails, names) that let the identity map
recognise the same person or company in another export.
"""

from __future__ import annotations

from dataclasses import replace

import duckdb

from sellindex.sources.crm.model import Source, StagedFile, TableMap
from sellindex.sources.crm.values import (
    ident,
    lead_source,
    lit,
    name_ref,
    person_key,
    ref,
    value_map,
)

DEAL_IDS = {
    "opportunity_id": "opportunity",
    "lead_id": "lead",
    "owner_id": "member",
    "account_id": "account",
}
LEAD_IDS = {
    "lead_id": "lead",
    "owner_id": "member",
    "converted_opportunity_id": "opportunity",
    "account_id": "account",
}
TOUCH_IDS = {
    "touch_id": "touch",
    "rep_id": "member",
    "lead_id": "lead",
    "opportunity_id": "opportunity",
}
"""The id columns of deals, leads and touches and the entities they name (columns a mapping
leaves out are simply not there)."""

PEOPLE = ("ref", "name", "email", "team", "manager", "title", "region", "seniority")
TEAMS = ("ref", "name", "manager")
ACCOUNTS = ("ref", "name", "industry", "region")
_ORDER = "ORDER BY rank, file, line"


def mention(
    gathered: tuple[str, ...], file: StagedFile, rank: int, where: str = "", **columns: str
) -> str:
    """One SELECT of mentions from a staged file: every column of `gathered` (PEOPLE, TEAMS or
    ACCOUNTS), from `columns` (SQL over the file) or NULL, with the mention's rank and origin."""
    unknown = set(columns) - set(gathered)
    if unknown:
        raise ValueError(f"not gathered: {sorted(unknown)}")
    picked = ", ".join(
        f"CAST({columns[c]} AS VARCHAR) AS {c}" if c in columns else f"NULL::VARCHAR AS {c}"
        for c in gathered
    )
    return (
        f"SELECT {picked}, {rank} AS rank, {lit(str(file.path))} AS file, _line AS line "
        f"FROM {file.table} {f'WHERE {where}' if where else ''}"
    )


def _first(column: str, alias: str | None = None) -> str:
    return f"first({column} {_ORDER}) FILTER (WHERE {column} IS NOT NULL) AS {alias or column}"


def _origin() -> str:
    return f"first(file {_ORDER}) AS _source_file, first(line {_ORDER}) AS _source_line"


def _key_of(ref: str) -> str:
    return f"substr({ref}, strpos({ref}, ':') + 1)"


def people(parts: list[str], sources: tuple[Source, ...]) -> TableMap:
    """Members, one per person reference. A person neither the export nor the store names is
    named by their source key (a CRM user id), so tables still show what to look up."""
    return TableMap(
        sql=f"""
            SELECT ref AS member_id, {_first("name")}, {_key_of("ref")} AS _key,
                   {_first("team", "team_id")}, {_first("manager", "manager_id")},
                   {_first("title")}, {_first("region")}, {_first("seniority")},
                   {_first("email", "_email")}, {_origin()}
            FROM ({" UNION ALL ".join(parts)}) WHERE ref IS NOT NULL GROUP BY ref
        """,
        ids={"member_id": "member", "team_id": "team", "manager_id": "member"},
        sources=sources,
        derived=True,
        fallbacks={"name": "_key"},
    )


PERSON_KEYS = [
    "SELECT member_id AS ref, 'email' AS key_kind, lower(_email) AS source_key, 1 AS priority, "
    "name AS label FROM crm_out_members WHERE _email IS NOT NULL",
    f"SELECT member_id, 'name', {person_key('name')}, 2, name FROM crm_out_members "
    "WHERE name IS NOT NULL AND member_id NOT LIKE 'name:%'",
]
"""Further keys of people: their email, then their name (what another export may know)."""


def teams(parts: list[str], sources: tuple[Source, ...]) -> TableMap:
    """Teams, one per team reference, named by their manager when the export has no name."""
    return TableMap(
        sql=f"""
            SELECT ref AS team_id, {_first("name")}, {_first("manager", "manager_id")},
                   {_origin()}
            FROM ({" UNION ALL ".join(parts)}) WHERE ref IS NOT NULL GROUP BY ref
        """,
        ids={"team_id": "team", "manager_id": "member"},
        sources=sources,
        derived=True,
    )


def accounts(parts: list[str], sources: tuple[Source, ...]) -> TableMap:
    """Accounts, one per account reference; one known only by its CRM id is named by it."""
    return TableMap(
        sql=f"""
            SELECT ref AS account_id, {_first("name")}, {_key_of("ref")} AS _key,
                   {_first("industry")}, {_first("region")}, {_origin()}
            FROM ({" UNION ALL ".join(parts)}) WHERE ref IS NOT NULL GROUP BY ref
        """,
        ids={"account_id": "account"},
        sources=sources,
        derived=True,
        fallbacks={"name": "_key"},
    )


ACCOUNT_KEYS = [
    f"SELECT account_id AS ref, 'name' AS key_kind, {person_key('name')} AS source_key, "
    "2 AS priority, name AS label FROM crm_out_accounts "
    "WHERE name IS NOT NULL AND account_id NOT LIKE 'name:%'"
]
"""A company's name, so another export that knows it only by name finds the same account."""


def origin(file: StagedFile, alias: str = "") -> str:
    """The `_source_file` and `_source_line` columns of rows read from `file`."""
    prefix = f"{alias}." if alias else ""
    return f"{lit(str(file.path))} AS _source_file, {prefix}_line AS _source_line"


def owner_label(expr: str) -> str:
    """An owner as UI exports write them, without the email sometimes added in brackets:
    'Ann Lee (ann@x.example)' is Ann Lee."""
    return f"nullif(trim(regexp_replace({expr}, '\\s*\\([^)]*@[^)]*\\)\\s*$', '')), '')"


class Owners:
    """Turns owner ids and owner names into one reference per person.

    A UI export names owners, an API export gives their ids; with the CRM's users (owners)
    file, a name is matched to its id, so both exports of the same people agree. Files read
    through `attach` gain `_owner`, the reference of each row's owner (from `owner_id` or
    `owner`).
    """

    def __init__(self, kind: str, users: StagedFile | None) -> None:
        self.kind = kind
        self.users = users
        self.full = "coalesce(name, nullif(trim(concat_ws(' ', first_name, last_name)), ''))"
        if users and not users.has("first_name"):
            self.full = "name"
        self.lookup = (
            f"SELECT {person_key(self.full)} AS owner_key, first(id ORDER BY _line) AS owner_id "
            f"FROM {users.table} GROUP BY 1"
            if users
            else "SELECT NULL::VARCHAR AS owner_key, NULL::VARCHAR AS owner_id WHERE false"
        )

    def record(self, expr: str) -> str:
        return ref(self.kind, f"trim({expr})")

    def attach(self, con: duckdb.DuckDBPyConnection, file: StagedFile) -> StagedFile:
        """The file with `_owner`, in a table of its own."""
        name = owner_label("t.owner")
        con.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE {file.table}_owned AS
            SELECT t.*, CASE WHEN t.owner_id IS NOT NULL THEN {self.record("t.owner_id")}
                             WHEN o.owner_id IS NOT NULL THEN {self.record("o.owner_id")}
                             ELSE {name_ref(name)} END AS _owner
            FROM {file.table} t LEFT JOIN ({self.lookup}) o ON o.owner_key = {person_key(name)}
            """
        )
        return replace(file, table=f"{file.table}_owned")

    def attach_all(
        self, con: duckdb.DuckDBPyConnection, staged: dict[str, StagedFile]
    ) -> dict[str, StagedFile]:
        """Every staged file whose role reads an owner, with `_owner`."""
        return {
            role: self.attach(con, f) if "owner_id" in {x.name for x in f.role.fields} else f
            for role, f in staged.items()
        }


def values_read(
    con: duckdb.DuckDBPyConnection,
    staged: dict[str, StagedFile],
    values: dict[str, dict[str, str]],
) -> dict[str, StagedFile]:
    """The staged files with values spelled another way (a stage in German) replaced by the
    values the importer reads (field -> spelling -> value), in tables of their own."""
    read = {}
    for role, file in staged.items():
        fields = [name for name in values if file.has(name)]
        if not fields:
            read[role] = file
            continue
        replaced = ", ".join(f"{value_map(ident(n), values[n])} AS {ident(n)}" for n in fields)
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE {file.table}_read AS "
            f"SELECT * REPLACE ({replaced}) FROM {file.table}"
        )
        read[role] = replace(file, table=f"{file.table}_read")
    return read


def owner_field(file: StagedFile) -> str:
    """The field that says who owns a row: the owner's id when the file has it, else the name."""
    return "owner_id" if file.has("owner_id") else "owner"


def stages_note(
    con: duckdb.DuckDBPyConnection, file: StagedFile, stage: str, outcome: str
) -> list[str]:
    """How each stage name was read (won, lost, open), for the reader to check."""
    rows = con.execute(
        f"SELECT {outcome} AS o, string_agg(DISTINCT {stage}, ', ' ORDER BY {stage}) "
        f"FROM {file.table} d WHERE {stage} IS NOT NULL GROUP BY 1 ORDER BY 1"
    ).fetchall()
    if not rows:
        return []
    return [f"{file.path.name}: stages read as " + "; ".join(f"{o}: {s}" for o, s in rows)]


def count_note(
    con: duckdb.DuckDBPyConnection, file: StagedFile | None, where: str, left_out: str
) -> list[str]:
    """A note naming how many rows of `file` match `where` and are `left_out` (none when no
    row does, or the export has no such file)."""
    if file is None:
        return []
    row = con.execute(f"SELECT count(*) FROM {file.table} WHERE {where}").fetchone()
    return [f"{file.path.name}: {row[0]:,} {left_out}"] if row and row[0] else []


def sources_note(con: duckdb.DuckDBPyConnection, file: StagedFile, what: str) -> list[str]:
    """Lead sources read as neither inbound nor outbound, which are left empty."""
    row = con.execute(
        f"SELECT string_agg(DISTINCT source, ', ' ORDER BY source), count(*) "
        f"FROM {file.table} WHERE source IS NOT NULL AND {lead_source('source')} IS NULL"
    ).fetchone()
    if not row or not row[1]:
        return []
    return [
        f"{file.path.name}: {row[1]:,} {what} have a source that is neither inbound nor "
        f"outbound as far as sellindex can tell ({row[0]}); their source is left empty "
        "(map them with [values.source] in a mapping file)"
    ]
