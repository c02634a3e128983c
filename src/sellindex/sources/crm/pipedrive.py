"""Pipedrive: CSV exports from the UI ('Deal - Title' headers) or the API (snake_case names).

Files (only deals are required): deals, activities, leads, organizations and users. Ids are
the keys. How each value is read:

- a deal's status says won, lost or open; deleted deals are left out (and counted); it closed
  at its won or lost time, else its close time; its owner is a user id or, in UI exports, a
  name (matched to the users file when there is one);
- an activity is a touch once done, when its type is a call, an email or a meeting (lunch is a
  meeting); tasks and deadlines are not touches; it happened on its due date and due time, else
  when it was marked done; its duration is HH:MM;
- a lead is inbound when it came from web forms, a chatbot, live chat or LeadBooster, outbound
  when from Prospector; manual, imported and API leads stay empty.
"""

from __future__ import annotations

import duckdb

from sellindex.sources.crm import common
from sellindex.sources.crm.common import ACCOUNTS, PEOPLE, Owners, mention, origin, owner_label
from sellindex.sources.crm.model import Field, Importer, Mapped, Role, Source, StagedFile, TableMap
from sellindex.sources.crm.values import (
    channel,
    duration_seconds,
    lead_source,
    name_ref,
    ref,
    truthy,
)


def _named(prefix: str, name: str, *others: str) -> tuple[str, ...]:
    """A UI export's 'Deal - Value' beside the API's 'value' and other spellings."""
    return (f"{prefix} - {name}", *others)


DEALS = Role(
    name="deals",
    table="opportunities",
    names=("deal",),
    signature=(
        "Deal - Status",
        "Deal - Won time",
        "Deal - Lost time",
        "Deal - Deal created",
        "won_time",
        "lost_time",
        "stage_id",
        "add_time",
    ),
    required=True,
    fields=(
        Field("id", _named("Deal", "ID"), required=True),
        Field("owner", _named("Deal", "Owner", "owner_name", "user")),
        Field("owner_id", ("user_id", "Deal - Owner ID")),
        Field("organization", _named("Deal", "Organization", "org_name", "organization")),
        Field("organization_id", _named("Deal", "Organization ID", "org_id")),
        Field("stage", _named("Deal", "Stage", "stage_id")),
        Field("status", _named("Deal", "Status"), required=True),
        Field("value", _named("Deal", "Value"), "number"),
        Field("currency", _named("Deal", "Currency")),
        Field("created", _named("Deal", "Deal created", "add_time", "created"), "date", True),
        Field("won_time", _named("Deal", "Won time"), "date"),
        Field("lost_time", _named("Deal", "Lost time"), "date"),
        Field("close_time", _named("Deal", "Deal closed on", "closed_on"), "date"),
    ),
)
ACTIVITIES = Role(
    name="activities",
    table="touches",
    names=("activit",),
    signature=(
        "Activity - Type",
        "Activity - Done",
        "Activity - Due date",
        "due_date",
        "due_time",
        "marked_as_done_time",
    ),
    fields=(
        Field("id", _named("Activity", "ID"), required=True),
        Field("type", _named("Activity", "Type"), required=True),
        Field("done", _named("Activity", "Done"), "bool"),
        Field("due_date", _named("Activity", "Due date"), "date"),
        Field("due_time", _named("Activity", "Due time")),
        Field("duration", _named("Activity", "Duration")),
        Field("owner", _named("Activity", "Assigned to user", "owner_name", "assigned_to")),
        Field("owner_id", ("user_id", "assigned_to_user_id")),
        Field("deal_id", _named("Activity", "Deal ID")),
        Field("lead_id", _named("Activity", "Lead ID")),
        Field("done_time", _named("Activity", "Marked as done time"), "date"),
    ),
)
LEADS = Role(
    name="leads",
    table="leads",
    names=("lead",),
    signature=("Lead - Title", "Lead - Source", "source_name", "Lead - Lead created", "was_seen"),
    fields=(
        Field("id", _named("Lead", "ID"), required=True),
        Field("owner", _named("Lead", "Owner", "owner_name")),
        Field("owner_id", ("owner_id", "user_id")),
        Field("source", _named("Lead", "Source", "source_name")),
        Field("created", _named("Lead", "Lead created", "add_time", "created"), "date", True),
        Field("organization", _named("Lead", "Organization", "organization_name")),
        Field("organization_id", _named("Lead", "Organization ID", "organization_id", "org_id")),
    ),
)
ORGANIZATIONS = Role(
    name="organizations",
    table="accounts",
    names=("organi", "compan"),
    signature=("Organization - Name", "Organization - ID", "address_country", "people_count"),
    fields=(
        Field("id", _named("Organization", "ID", "org_id"), required=True),
        Field("name", _named("Organization", "Name"), required=True),
        Field("industry", _named("Organization", "Industry")),
        Field("country", _named("Organization", "Country", "address_country")),
    ),
)
USERS = Role(
    name="users",
    table="members",
    names=("user",),
    signature=("active_flag", "is_admin", "role_id", "timezone_name", "default_currency"),
    fields=(
        Field("id", ("user_id",), required=True),
        Field("name", ("user_name", "full_name")),
        Field("email", ()),
    ),
)


def record(expr: str) -> str:
    return ref("pipedrive", f"trim({expr})")


def _status(alias: str = "") -> str:
    prefix = f"{alias}." if alias else ""
    return f"lower({prefix}status)"


def _deals(deals: StagedFile) -> TableMap:
    status = _status("d")
    account = f"coalesce({record('d.organization_id')}, {name_ref('d.organization')})"
    return TableMap(
        sql=f"""
            SELECT {record("d.id")} AS opportunity_id, d._owner AS owner_id,
                   {account} AS account_id, d.created AS created_at,
                   CASE {status} WHEN 'won' THEN coalesce(d.won_time, d.close_time)
                                 WHEN 'lost' THEN coalesce(d.lost_time, d.close_time)
                   END AS closed_at,
                   {status} AS outcome, d.value AS amount, {origin(deals, "d")}
            FROM {deals.table} d WHERE {status} IS DISTINCT FROM 'deleted'
        """,
        ids=common.DEAL_IDS,
        sources=(
            Source(
                deals,
                {
                    "opportunity_id": "id",
                    "owner_id": common.owner_field(deals),
                    "account_id": "organization_id"
                    if deals.has("organization_id")
                    else "organization",
                    "created_at": "created",
                    "closed_at": "won_time",
                    "outcome": "status",
                    "amount": "value",
                },
            ),
        ),
    )


def _counted(activities: StagedFile) -> str:
    said = activities.has("done") or activities.has("done_time")
    done = f"({truthy('a.done')} OR a.done_time IS NOT NULL)" if said else "true"
    return f"{done} AND {channel('a.type')} IS NOT NULL"


def _touches(activities: StagedFile, leads: StagedFile | None) -> TableMap:
    when = (
        "coalesce(CASE WHEN a.due_time IS NOT NULL AND regexp_matches(a.due_date, "
        "'^\\d{4}-\\d{2}-\\d{2}') THEN left(a.due_date, 10) || ' ' || a.due_time END, "
        "a.done_time, a.due_date)"
    )
    lead = (
        f"CASE WHEN a.lead_id IN (SELECT id FROM {leads.table}) THEN {record('a.lead_id')} END"
        if leads
        else "NULL::VARCHAR"
    )
    return TableMap(
        sql=f"""
            SELECT {record("a.id")} AS touch_id, a._owner AS rep_id, {lead} AS lead_id,
                   {record("a.deal_id")} AS opportunity_id, {channel("a.type")} AS channel,
                   {when} AS occurred_at, {duration_seconds("a.duration", 60.0)} AS duration_s,
                   {origin(activities, "a")}
            FROM {activities.table} a WHERE {_counted(activities)}
        """,
        ids=common.TOUCH_IDS,
        sources=(
            Source(
                activities,
                {
                    "touch_id": "id",
                    "rep_id": common.owner_field(activities),
                    "lead_id": "lead_id",
                    "opportunity_id": "deal_id",
                    "channel": "type",
                    "occurred_at": "due_date",
                    "duration_s": "duration",
                },
            ),
        ),
    )


def _leads(leads: StagedFile) -> TableMap:
    account = f"coalesce({record('l.organization_id')}, {name_ref('l.organization')})"
    return TableMap(
        sql=f"""
            SELECT {record("l.id")} AS lead_id, {lead_source("l.source")} AS source,
                   l.created AS created_at, l._owner AS owner_id, {account} AS account_id,
                   {origin(leads, "l")}
            FROM {leads.table} l
        """,
        ids=common.LEAD_IDS,
        sources=(
            Source(
                leads,
                {
                    "lead_id": "id",
                    "source": "source",
                    "created_at": "created",
                    "owner_id": common.owner_field(leads),
                },
            ),
        ),
    )


def build(con: duckdb.DuckDBPyConnection, staged: dict[str, StagedFile]) -> Mapped:
    owners = Owners("pipedrive", staged.get("users"))
    staged = owners.attach_all(con, staged)
    deals = staged["deals"]
    leads = staged.get("leads")
    tables: dict[str, TableMap] = {"opportunities": _deals(deals)}
    activities = staged.get("activities")
    if activities:
        tables["touches"] = _touches(activities, leads)
    if leads:
        tables["leads"] = _leads(leads)
    people = []
    if owners.users:
        people.append(
            mention(PEOPLE, owners.users, 0, ref=owners.record("id"), name="name", email="email")
        )
    for role in ("deals", "activities", "leads"):
        file = staged.get(role)
        if file is not None:
            people.append(mention(PEOPLE, file, 1, ref="_owner", name=owner_label("owner")))
    present = tuple(Source(f) for f in staged.values())
    tables["members"] = common.people(people, present)
    accounts = []
    organizations = staged.get("organizations")
    if organizations:
        accounts.append(
            mention(
                ACCOUNTS,
                organizations,
                0,
                ref=record("id"),
                name="name",
                industry="industry",
                region="country",
            )
        )
    for rank, file in ((1, deals), (2, leads)):
        if file is not None:
            accounts.append(
                mention(
                    ACCOUNTS,
                    file,
                    rank,
                    ref=f"coalesce({record('organization_id')}, {name_ref('organization')})",
                    name="organization",
                )
            )
    tables["accounts"] = common.accounts(accounts, present)
    keys = {"member": common.PERSON_KEYS, "account": common.ACCOUNT_KEYS}
    return Mapped(tables, keys, _notes(con, staged))


def _notes(con: duckdb.DuckDBPyConnection, staged: dict[str, StagedFile]) -> list[str]:
    notes = []
    deals = staged["deals"]
    row = con.execute(
        f"SELECT count(*) FILTER (WHERE {_status()} = 'deleted'), "
        "string_agg(DISTINCT upper(currency), ', ' ORDER BY upper(currency)), "
        "count(DISTINCT upper(currency)), "
        f"string_agg(DISTINCT status, ', ' ORDER BY status) FILTER (WHERE {_status()} NOT IN "
        f"('won', 'lost', 'open', 'deleted')) FROM {deals.table}"
    ).fetchone()
    if row and row[0]:
        notes.append(f"{deals.path.name}: {row[0]:,} deleted deals are left out")
    if row and row[2] and row[2] > 1:
        notes.append(
            f"{deals.path.name}: deals are in several currencies ({row[1]}); amounts are "
            "added up as they are, without conversion"
        )
    if row and row[3]:
        notes.append(
            f"{deals.path.name}: statuses other than won, lost, open ({row[3]}) are rejected "
            "(map them with [values.status] in a mapping file)"
        )
    activities = staged.get("activities")
    if activities:
        skipped = con.execute(
            f"SELECT string_agg(DISTINCT a.type, ', ' ORDER BY a.type), count(*) "
            f"FROM {activities.table} a WHERE NOT ({_counted(activities)})"
        ).fetchone()
        if skipped and skipped[1]:
            notes.append(
                f"{activities.path.name}: {skipped[1]:,} activities not done yet or not calls, "
                f"emails or meetings ({skipped[0]}) are not touches"
            )
    return notes


IMPORTER = Importer(
    kind="pipedrive",
    title="Pipedrive exports, UI or API: deals, activities, leads, organizations, users",
    roles=(DEALS, ACTIVITIES, LEADS, ORGANIZATIONS, USERS),
    build=build,
)
