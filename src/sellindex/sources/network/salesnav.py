"""Sales Navigator seat activity exports: one row per action of a seat holder.

Each row has an `activityType` (SAVED_LEAD, SAVED_ACCOUNT, SEARCH_PERFORMED, PROFILE_VIEWED,
INMAIL_SENT, MESSAGE_SENT, CONNECTION_MADE), a time written `MM-DD-YYYY HH:MM:SS` in UTC, the
seat holder (name, email and/or profile URL) and, for actions on a person, the lead (name,
profile URL, company, title). It maps onto:

- the seat holders, as members known by their profile URL slug, email or name, so a seat
  holder whose archive or CRM record is in the store is the same member;
- the leads, as members known by name, profile URL and company / title;
- activity: `lead_saved`, `account_saved`, `advanced_search` (a Sales Navigator search is a
  search with filters), `profile_view`, `inmail_sent`, `message_sent`;
- connections, for CONNECTION_MADE.

What a seat export records of its holders is kept (`FEEDS`): their profile views, saved leads
and accounts, filtered searches and messages, but not their posts, their whole network or the
replies to their messages, for which the card shows no data unless another source has them.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from sellindex.errors import SellindexError
from sellindex.sources.crm.exports import read_header
from sellindex.sources.crm.model import (
    Field,
    Importer,
    Mapped,
    Role,
    Source,
    StagedFile,
    TableMap,
    squeezed,
)
from sellindex.sources.crm.values import MONTH_FIRST, lit, person_key
from sellindex.sources.network.values import at_unit, company_key, seniority, slug, ts

KIND = "salesnav"

EVENTS = {
    "SAVED_LEAD": "lead_saved",
    "SAVED_ACCOUNT": "account_saved",
    "SEARCH_PERFORMED": "advanced_search",
    "PROFILE_VIEWED": "profile_view",
    "INMAIL_SENT": "inmail_sent",
    "MESSAGE_SENT": "message_sent",
}
"""Activity types and the events they are; CONNECTION_MADE is a connection, not an event."""
CONNECTION = "CONNECTION_MADE"
PERSON_EVENTS = ("lead_saved", "profile_view", "inmail_sent", "message_sent")
"""Events whose target is the lead of the row."""

FEEDS: tuple[str, ...] = tuple(f"event:{e}:actor" for e in EVENTS.values())
"""What a seat export tells about its holders (`store.feeds`)."""

ACTIVITY = Role(
    name="activity",
    table="activity",
    names=("salesnav", "sales_navigator", "sales navigator", "activity", "seat"),
    signature=("activityType", "seatHolderName", "seatHolderEmail", "targetName"),
    required=True,
    fields=(
        Field("activity_type", ("activityType", "activity", "action", "type"), required=True),
        Field(
            "stamp",
            ("activityDate", "activityTime", "activityDateTime", "timestamp", "date", "time"),
            "date",
            required=True,
            label="activityDate",
        ),
        Field("seat_name", ("seatHolderName", "seatHolder", "userName", "memberName", "name")),
        Field("seat_email", ("seatHolderEmail", "userEmail", "email")),
        Field("seat_url", ("seatHolderProfileUrl", "userProfileUrl", "memberProfileUrl")),
        Field("target_name", ("targetName", "leadName", "recipientName", "contactName")),
        Field(
            "target_url",
            ("targetProfileUrl", "leadProfileUrl", "recipientProfileUrl", "profileUrl", "leadUrl"),
        ),
        Field("target_company", ("targetCompany", "accountName", "companyName", "company")),
        Field("target_title", ("targetTitle", "leadTitle", "title", "position")),
    ),
)


def recognise(files: list[Path]) -> str | None:
    """Why a file is a seat activity export: its header has an activityType column."""
    for f in files:
        if f.suffix.lower() not in (".csv", ".tsv", ".txt"):
            continue
        try:
            header = read_header(f)[0]
        except SellindexError:
            continue
        if "activitytype" in {squeezed(h) for h in header}:
            return f"{f.name} has the activityType column of a Sales Navigator activity export"
    return None


def _seat(t: str = "t") -> str:
    """The seat holder's reference: profile URL slug, else email, else name."""
    url = slug(f"{t}.seat_url")
    return (
        f"CASE WHEN {url} IS NOT NULL THEN 'url:' || {url} "
        f"WHEN {t}.seat_email IS NOT NULL THEN 'email:' || lower(trim({t}.seat_email)) "
        f"WHEN {person_key(f'{t}.seat_name')} IS NOT NULL "
        f"THEN 'name:' || {person_key(f'{t}.seat_name')} END"
    )


def _lead(t: str = "t") -> str:
    """The lead's reference: profile URL slug, else their name among the seat holder's leads
    (a name alone is never matched to another export's people)."""
    url = slug(f"{t}.target_url")
    name = person_key(f"{t}.target_name")
    return (
        f"CASE WHEN {url} IS NOT NULL THEN 'url:' || {url} "
        f"WHEN {name} IS NOT NULL THEN 'lead:' || {_seat(t)} || '|' || {name} END"
    )


def _type(t: str = "t") -> str:
    return f"upper(regexp_replace(trim({t}.activity_type), '[^A-Za-z]+', '_', 'g'))"


def build(con: duckdb.DuckDBPyConnection, staged: dict[str, StagedFile]) -> Mapped:
    a = staged["activity"]
    if not (a.has("seat_name") or a.has("seat_email") or a.has("seat_url")):
        raise SellindexError(
            f"{a.path} names no seat holder: it needs a column such as seatHolderName, "
            "seatHolderEmail or seatHolderProfileUrl"
        )
    file = lit(str(a.path))
    kind = _type()
    events = " ".join(f"WHEN {lit(k)} THEN {lit(v)}" for k, v in EVENTS.items())
    event_type = f"CASE {kind} {events} ELSE t.activity_type END"
    target = (
        f"CASE WHEN ({event_type}) IN ({', '.join(map(lit, PERSON_EVENTS))}) THEN {_lead()} END"
    )
    minute = f"coalesce(strftime({ts('t.stamp')}, '%Y-%m-%d %H:%M'), t.stamp, '')"
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE crm_sn_rows AS
        SELECT t.*, {_seat()} AS seat, {_lead()} AS lead, {kind} AS kind,
               {event_type} AS event_type, {target} AS target,
               {lit("salesnav:")} || coalesce({_seat()}, '') || '|' || ({event_type}) || '|'
                   || {minute} || '|' || row_number() OVER (
                       PARTITION BY {_seat()}, {event_type}, {minute}
                       ORDER BY coalesce({_lead()}, ''), t._line) AS key
        FROM {a.table} t
        """
    )
    activity = TableMap(
        sql=f"""
            SELECT key AS event_id, seat AS member_id, event_type,
                   {at_unit("stamp", "minute")} AS occurred_at, target AS target_member_id,
                   NULL AS content_id, NULL AS value,
                   {file} AS _source_file, _line AS _source_line
            FROM crm_sn_rows WHERE kind IS DISTINCT FROM {lit(CONNECTION)}
        """,
        ids={"event_id": "event", "member_id": "member", "target_member_id": "member"},
        sources=(
            Source(
                a,
                {
                    "event_type": "activity_type",
                    "occurred_at": "stamp",
                    "member_id": "seat_name",
                    "target_member_id": "target_url",
                },
            ),
        ),
    )
    connections = TableMap(
        sql=f"""
            SELECT seat AS member_a, lead AS member_b,
                   min({at_unit("stamp", "day")}) AS connected_at,
                   {file} AS _source_file, min(_line) AS _source_line
            FROM crm_sn_rows WHERE kind = {lit(CONNECTION)} GROUP BY seat, lead
        """,
        ids={"member_a": "member", "member_b": "member"},
        sources=(Source(a, {"member_b": "target_url", "connected_at": "stamp"}),),
    )
    order = "ORDER BY _source_line"
    members = TableMap(
        sql=f"""
            SELECT ref AS member_id,
                   first(name {order}) FILTER (WHERE name IS NOT NULL) AS name,
                   first(company {order}) FILTER (WHERE company IS NOT NULL) AS company,
                   first(title {order}) FILTER (WHERE title IS NOT NULL) AS title,
                   {seniority(f"first(title {order}) FILTER (WHERE title IS NOT NULL)")}
                   AS seniority,
                   'name:' || {company_key(f"first(company {order}) FILTER (WHERE company IS NOT NULL)")}
                   AS company_id,
                   min(joined) AS joined_at, first(email {order}) AS _email,
                   {file} AS _source_file, min(_source_line) AS _source_line
            FROM (
                SELECT seat AS ref, seat_name AS name, NULL AS company, NULL AS title,
                       lower(trim(seat_email)) AS email, {ts("stamp")} AS joined,
                       _line AS _source_line
                FROM crm_sn_rows
                UNION ALL
                SELECT lead, target_name, target_company, target_title, NULL, NULL, _line
                FROM crm_sn_rows WHERE lead IS NOT NULL AND kind IS DISTINCT FROM 'SAVED_ACCOUNT'
            ) WHERE ref IS NOT NULL GROUP BY ref
        """,  # noqa: E501
        ids={"member_id": "member", "company_id": "company"},
        sources=(Source(a, {"member_id": "seat_name"}),),
        derived=True,
        keep_stored=True,
    )
    seats = [
        r[0]
        for r in con.execute(
            "SELECT DISTINCT seat FROM crm_sn_rows WHERE seat IS NOT NULL"
        ).fetchall()
    ]
    keys = [
        "SELECT DISTINCT seat, 'email', lower(trim(seat_email)), 1, seat_name FROM crm_sn_rows "
        "WHERE seat IS NOT NULL AND seat_email IS NOT NULL",
        f"SELECT DISTINCT seat, 'name', {person_key('seat_name')}, 2, seat_name FROM crm_sn_rows "
        "WHERE seat IS NOT NULL AND seat_name IS NOT NULL AND seat NOT LIKE 'name:%'",
    ]
    return Mapped(
        {"members": members, "connections": connections, "activity": activity},
        keys={"member": keys},
        notes=_notes(con, a, len(seats)),
        feeds={seat: FEEDS for seat in seats},
    )


def _notes(con: duckdb.DuckDBPyConnection, a: StagedFile, seats: int) -> list[str]:
    rows = con.execute(
        "SELECT kind, count(*) FROM crm_sn_rows GROUP BY 1 ORDER BY 2 DESC, 1"
    ).fetchall()
    read = ", ".join(f"{n:,} {k}" for k, n in rows)
    return [
        f"{a.path.name}: {seats:,} seat holders; {read}",
        "a Sales Navigator export cannot tell: posts, comments and reactions, the whole network, "
        "replies to messages, who viewed the seat holder's profile",
    ]


IMPORTER = Importer(
    kind=KIND,
    title="Sales Navigator seat activity exports (activityType per row)",
    roles=(ACTIVITY,),
    build=build,
    dates=MONTH_FIRST,
    recognise=recognise,
)
