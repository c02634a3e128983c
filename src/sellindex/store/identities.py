"""The identity map: every source key an import has seen, and the canonical id it stands for.

Canonical tables hold integer ids; real exports have their own keys (a CRM record Id, an owner
id, an agent's name, a profile URL slug). Each key is recorded once, as
(entity, key_kind, source_key) -> canonical_id, so the same key gets the same id on every
import, and several keys of one person (a CRM owner id, an email, a name) can point at one
member. Keys stay visible: `label` keeps a readable name beside each id.

Resolution is set-wise: an import stages its keys in a table of
(ref, key_kind, source_key, priority, label), where `ref` names one entity of that import and
`priority` ranks its keys (0 first). A ref takes the id of its best known key; a ref with no
known key gets a new id above every id in use. A key shared by two refs of the same import
(two owners with one name) identifies neither: it is not used and not recorded, except that a
ref that is nothing but a name joins the one other ref with that name.
"""

from __future__ import annotations

from datetime import UTC, datetime

import duckdb

IDENTITY_TABLE = "identities"

ENTITY_TABLES: dict[str, tuple[str, str]] = {
    "member": ("members", "member_id"),
    "team": ("teams", "team_id"),
    "account": ("accounts", "account_id"),
    "lead": ("leads", "lead_id"),
    "opportunity": ("opportunities", "opportunity_id"),
    "touch": ("touches", "touch_id"),
    "company": ("members", "company_id"),
    "content": ("content", "content_id"),
    "event": ("activity", "event_id"),
}
"""Entities with ids, and the canonical table and column whose ids they are."""


def create_identity_table(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        f"""
        CREATE TABLE IF NOT EXISTS {IDENTITY_TABLE} (
            entity VARCHAR NOT NULL,
            key_kind VARCHAR NOT NULL,
            source_key VARCHAR NOT NULL,
            canonical_id BIGINT NOT NULL,
            label VARCHAR,
            first_seen TIMESTAMP NOT NULL,
            PRIMARY KEY (entity, key_kind, source_key)
        )
        """
    )


def resolve_ids(con: duckdb.DuckDBPyConnection, entity: str, keys: str, into: str) -> int:
    """Give every ref in the table `keys` a canonical id, written to the temp table `into`
    as (ref, canonical_id, is_new), and record keys not seen before. Returns how many ids are
    new.

    A ref spelled as one of its keys ('name:ann lee') stands for whichever other ref of the
    same import has that key, when exactly one has: a UI export that names an owner and a
    users file that gives the owner's id and name then describe one person.
    Runs inside the caller's transaction, if any.
    """
    table, column = ENTITY_TABLES[entity]
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {into}_aliases AS
        WITH k AS (
            SELECT DISTINCT ref, key_kind, source_key FROM {keys}
            WHERE ref IS NOT NULL AND source_key IS NOT NULL AND source_key <> ''
        )
        SELECT bare.ref AS alias, any_value(other.ref) AS target
        FROM k bare JOIN k other USING (key_kind, source_key)
        WHERE bare.ref = bare.key_kind || ':' || bare.source_key AND other.ref <> bare.ref
        GROUP BY bare.ref HAVING count(DISTINCT other.ref) = 1
        """
    )
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {into}_keys AS
        WITH k AS (
            SELECT coalesce(a.target, s.ref) AS ref, key_kind, source_key,
                   min(priority) AS priority, max(label) AS label
            FROM {keys} s LEFT JOIN {into}_aliases a ON a.alias = s.ref
            WHERE s.ref IS NOT NULL AND source_key IS NOT NULL AND source_key <> ''
            GROUP BY ALL
        ),
        shared AS (
            SELECT key_kind, source_key FROM k GROUP BY ALL HAVING count(DISTINCT ref) > 1
        )
        SELECT * FROM k ANTI JOIN shared USING (key_kind, source_key)
        """
    )
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {into} AS
        WITH refs AS (
            SELECT DISTINCT ref FROM {keys} WHERE ref IS NOT NULL
            AND ref NOT IN (SELECT alias FROM {into}_aliases)
        ),
        known AS (
            SELECT k.ref, arg_min(i.canonical_id, k.priority) AS canonical_id
            FROM {into}_keys k JOIN {IDENTITY_TABLE} i
              ON i.entity = $entity AND i.key_kind = k.key_kind AND i.source_key = k.source_key
            GROUP BY k.ref
        ),
        base AS (
            SELECT greatest(
                (SELECT coalesce(max(canonical_id), 0) FROM {IDENTITY_TABLE}
                 WHERE entity = $entity),
                (SELECT coalesce(max("{column}"), 0) FROM "{table}")
            ) AS top
        ),
        fresh AS (
            SELECT r.ref, (SELECT top FROM base) + row_number() OVER (ORDER BY r.ref)
                AS canonical_id
            FROM refs r ANTI JOIN known USING (ref)
        )
        SELECT ref, canonical_id, false AS is_new FROM known
        UNION ALL
        SELECT ref, canonical_id, true FROM fresh
        """,
        {"entity": entity},
    )
    con.execute(
        f"INSERT INTO {into} SELECT a.alias, t.canonical_id, false FROM {into}_aliases a "
        f"JOIN {into} t ON t.ref = a.target"
    )
    con.execute(
        f"""
        INSERT INTO {IDENTITY_TABLE}
        SELECT $entity, k.key_kind, k.source_key, ids.canonical_id, k.label, $now
        FROM {into}_keys k JOIN {into} ids USING (ref)
        WHERE NOT EXISTS (
            SELECT 1 FROM {IDENTITY_TABLE} i
            WHERE i.entity = $entity AND i.key_kind = k.key_kind AND i.source_key = k.source_key
        )
        """,
        {"entity": entity, "now": datetime.now(UTC).replace(tzinfo=None)},
    )
    con.execute(f"DROP TABLE IF EXISTS {into}_keys")
    con.execute(f"DROP TABLE IF EXISTS {into}_aliases")
    row = con.execute(f"SELECT count(*) FROM {into} WHERE is_new").fetchone()
    return int(row[0]) if row else 0


def identities(
    con: duckdb.DuckDBPyConnection, entity: str | None = None
) -> list[tuple[str, str, str, int, str | None]]:
    """Recorded keys as (entity, key_kind, source_key, canonical_id, label), ordered by id."""
    where = "WHERE entity = ?" if entity else ""
    rows = con.execute(
        f"SELECT entity, key_kind, source_key, canonical_id, label FROM {IDENTITY_TABLE} "
        f"{where} ORDER BY entity, canonical_id, key_kind, source_key",
        [entity] if entity else [],
    ).fetchall()
    return [(str(e), str(k), str(s), int(i), lbl) for e, k, s, i, lbl in rows]
