"""HubSpot: CSV exports from the UI (property labels) or the API (internal names); both work.

The UI writes labels, default stages and picklist values in its user's language: the tables of
`hubspot_labels` (English, German) say how, so one export made in either language gives the
same rows. Files (only deals are required): deals, contacts (read as leads), calls, meetings,
emails, owners and companies. Record IDs are the keys. How each value is read:

- a deal is won when hs_is_closed_won is true, lost when hs_is_closed is true, else by its
  stage: 'Closed Won' / 'closedwon' won, 'Closed Lost' / 'closedlost' lost, any other open
  (custom pipelines need `[values.stage]` in a mapping file); the close date counts only for
  closed deals; each `hs_v2_date_entered_<stage>`, `hs_date_entered_<stage>` or `Date entered
  "<stage>"` column is a stage of the deal's history, one entry per stage (the v2 date first);
- an owner is their owner id, or their name in UI exports ('Ann Lee', 'Ann Lee (ann@x.com)'),
  matched to the owners file when there is one;
- a contact is a lead: created at createdate, assigned at hubspot_owner_assigneddate (HubSpot
  keeps only the latest assignment), qualified when it became a sales qualified lead, inbound
  or outbound by its original source (OFFLINE and unknown sources stay empty);
- calls last hs_call_duration milliseconds ('0:05:00' clocks work too); meetings last from
  start to end; emails count when sent (incoming ones are not touches).
"""

from __future__ import annotations

import re

import duckdb

from sellindex.sources.crm import common
from sellindex.sources.crm.common import (
    ACCOUNTS,
    PEOPLE,
    TEAMS,
    Owners,
    mention,
    origin,
    owner_label,
)
from sellindex.sources.crm.hubspot_labels import LANGUAGES
from sellindex.sources.crm.model import Field, Importer, Mapped, Role, Source, StagedFile, TableMap
from sellindex.sources.crm.values import (
    duration_seconds,
    ident,
    lead_source,
    lit,
    name_ref,
    outcome,
    person_key,
    ref,
    truthy,
)

_ID = Field("id", ("hs_object_id", "object_id"), required=True)
_OWNER_ID = Field("owner_id", ("hubspot_owner_id",))
_CONTACT = Field("contact_id", ("associated_contact_id",))
_DEAL = Field("deal_id", ("associated_deal_id",))
_COMPANY_ID = Field("company_id", ("associatedcompanyid", "associated_company_id"))

ENTERED = (
    "hs_v2_date_entered_",
    "hs_date_entered_",
    *(word for language in LANGUAGES for word in language.dynamic.get("deals", ())),
)
"""How stage-history columns begin, the preferred first: HubSpot's API has a newer
`hs_v2_date_entered_<stage>` beside `hs_date_entered_<stage>`; UI exports write
`Date entered "<stage>"` in the user's language. (`hs_v2_date_exited_<stage>` is not one.)"""

DEALS = Role(
    name="deals",
    table="opportunities",
    names=("deal",),
    signature=(
        "dealname",
        "dealstage",
        "pipeline",
        "hubspot_owner_id",
        "hs_is_closed_won",
        "days_to_close",
    ),
    required=True,
    dynamic="^(" + "|".join(re.escape(word) for word in ENTERED) + ")",
    fields=(
        Field("id", ("hs_object_id", "deal_id", "object_id"), required=True),
        Field("stage", ("dealstage",), required=True),
        Field("amount", ("amount_in_home_currency",), "number"),
        _OWNER_ID,
        Field("owner", ()),
        Field("close_date", ("closedate",), "date"),
        Field("created", ("createdate",), "date", required=True),
        Field("is_won", ("hs_is_closed_won",), "bool"),
        Field("is_closed", ("hs_is_closed",), "bool"),
        _COMPANY_ID,
        Field("company", ()),
        _CONTACT,
    ),
).speaking(*LANGUAGES)
CONTACTS = Role(
    name="contacts",
    table="leads",
    names=("contact",),
    signature=(
        "lifecyclestage",
        "hs_lead_status",
        "hubspot_owner_assigneddate",
        "hs_analytics_source",
        "firstname",
    ),
    fields=(
        Field("id", ("hs_object_id", "vid"), required=True),
        Field("created", ("createdate",), "date", required=True),
        _OWNER_ID,
        Field("owner", ()),
        Field("assigned", ("hubspot_owner_assigneddate",), "date"),
        Field("lead_status", ("hs_lead_status",)),
        Field("source", ("hs_analytics_source",)),
        Field("qualified", ("hs_lifecyclestage_salesqualifiedlead_date",), "date"),
        _DEAL,
        _COMPANY_ID,
    ),
).speaking(*LANGUAGES)
_ENGAGEMENT = (_ID, _OWNER_ID, Field("owner", ()), _CONTACT, _DEAL)
CALLS = Role(
    name="calls",
    table="touches",
    names=("call",),
    signature=("hs_call_duration", "hs_call_direction", "hs_call_status"),
    fields=(
        *_ENGAGEMENT,
        Field("timestamp", ("hs_timestamp",), "date", required=True),
        Field("duration", ("hs_call_duration",)),
    ),
).speaking(*LANGUAGES)
MEETINGS = Role(
    name="meetings",
    table="touches",
    names=("meeting",),
    signature=("hs_meeting_start_time", "hs_meeting_end_time", "hs_meeting_outcome"),
    fields=(
        *_ENGAGEMENT,
        Field("start", ("hs_meeting_start_time", "hs_timestamp"), "date", required=True),
        Field("end", ("hs_meeting_end_time",), "date"),
    ),
).speaking(*LANGUAGES)
EMAILS = Role(
    name="emails",
    table="touches",
    names=("email",),
    signature=("hs_email_direction", "hs_email_subject", "hs_email_status"),
    fields=(
        *_ENGAGEMENT,
        Field("timestamp", ("hs_timestamp",), "date", required=True),
        Field("direction", ("hs_email_direction",)),
    ),
).speaking(*LANGUAGES)
OWNERS = Role(
    name="owners",
    table="members",
    names=("owner", "user"),
    signature=("firstName", "lastName", "email", "userId", "teams"),
    fields=(
        Field("id", ("ownerid",), required=True),
        Field("name", ()),
        Field("first_name", ("firstname",)),
        Field("last_name", ("lastname",)),
        Field("email", ()),
        Field("team", ("teams",)),
    ),
).speaking(*LANGUAGES)
COMPANIES = Role(
    name="companies",
    table="accounts",
    names=("compan",),
    signature=("domain", "industry", "numberofemployees", "annualrevenue"),
    fields=(
        Field("id", ("hs_object_id",), required=True),
        Field("name", (), required=True),
        Field("industry", ()),
        Field("country", ()),
    ),
).speaking(*LANGUAGES)
VALUES = {
    name: {
        label: value
        for language in LANGUAGES
        for label, value in language.values.get(name, {}).items()
    }
    for name in {name for language in LANGUAGES for name in language.values}
}
"""Field -> (a value as a UI export spells it in some language -> the value read)."""


def first_id(expr: str) -> str:
    """The first of the ids an association column lists ('123;456')."""
    return f"nullif(regexp_extract({expr}, '^[^;,]+'), '')"


def record(expr: str) -> str:
    return ref("hubspot", f"trim({expr})")


def _deal_outcome(alias: str) -> str:
    return (
        f"CASE WHEN {truthy(f'{alias}.is_won')} THEN 'won' "
        f"WHEN {truthy(f'{alias}.is_closed')} THEN 'lost' "
        f"ELSE {outcome(f'{alias}.stage')} END"
    )


_IN_PIPELINE = re.compile(r"^(.*?)\s*\(([^()]*)\)$")


def _english(name: str, value: str) -> str:
    """A value as the English export spells it (a default stage, the default pipeline)."""
    spelled = {label.lower(): read for label, read in VALUES.get(name, {}).items()}
    return spelled.get(value.strip().lower(), value)


def _stage_name(header: str) -> str:
    """The stage a stage-history column is about, named as in English: `hs_date_entered_
    closedwon` -> closedwon; `Date entered "Closed Won (Sales Pipeline)"` and `Datum des
    Eintritts in "Abgeschlossen und gewonnen (Vertriebspipeline)"` -> Closed Won (Sales
    Pipeline)."""
    name = re.sub(DEALS.dynamic or "^", "", header, flags=re.IGNORECASE).strip().strip("\"'")
    found = _IN_PIPELINE.match(name.strip())
    if not found:
        return _english("stage", name.strip())
    return f"{_english('stage', found[1])} ({_english('pipeline', found[2])})"


def _stage_columns(deals: StagedFile) -> dict[str, list[str]]:
    """Stage -> its staged columns, the preferred first (`hs_v2_date_entered_` before
    `hs_date_entered_`): two columns for one stage give one entry."""

    def preference(column: str) -> int:
        header = deals.dynamic[column].lower()
        return next(i for i, word in enumerate(ENTERED) if header.startswith(word.lower()))

    stages: dict[str, list[str]] = {}
    for column in sorted(deals.dynamic, key=preference):
        stages.setdefault(_stage_name(deals.dynamic[column]), []).append(column)
    return stages


def _deals(deals: StagedFile, contacts: StagedFile | None) -> TableMap:
    won = _deal_outcome("d")
    contact = (
        f"LEFT JOIN (SELECT DISTINCT id FROM {contacts.table}) c "
        f"ON c.id = {first_id('d.contact_id')}"
        if contacts
        else "LEFT JOIN (SELECT NULL::VARCHAR AS id WHERE false) c ON false"
    )
    company = f"coalesce({record(first_id('d.company_id'))}, {name_ref('d.company')})"
    return TableMap(
        sql=f"""
            SELECT {record("d.id")} AS opportunity_id, {record("c.id")} AS lead_id,
                   d._owner AS owner_id, {company} AS account_id,
                   d.created AS created_at,
                   CASE WHEN {won} <> 'open' THEN d.close_date END AS closed_at,
                   {won} AS outcome, d.amount, {origin(deals, "d")}
            FROM {deals.table} d {contact}
        """,
        ids=common.DEAL_IDS,
        sources=(
            Source(
                deals,
                {
                    "opportunity_id": "id",
                    "owner_id": common.owner_field(deals),
                    "account_id": "company_id" if deals.has("company_id") else "company",
                    "created_at": "created",
                    "closed_at": "close_date",
                    "outcome": "stage",
                    "amount": "amount",
                },
            ),
        ),
    )


def _stages(deals: StagedFile) -> TableMap | None:
    parts = []
    for stage, columns in _stage_columns(deals).items():
        entered = f"coalesce({', '.join(ident(c) for c in columns)})"
        parts.append(
            f"SELECT {record('id')} AS opportunity_id, {lit(stage)} AS stage, "
            f"{entered} AS entered_at, NULL::VARCHAR AS amount, {origin(deals)} "
            f"FROM {deals.table} WHERE {entered} IS NOT NULL"
        )
    if not parts:
        return None
    return TableMap(
        sql=" UNION ALL ".join(parts),
        ids={"opportunity_id": "opportunity"},
        sources=(Source(deals, {"opportunity_id": "id"}),),
    )


def _leads(contacts: StagedFile, deals: StagedFile) -> TableMap:
    return TableMap(
        sql=f"""
            SELECT {record("l.id")} AS lead_id, {lead_source("l.source")} AS source,
                   l.created AS created_at, l._owner AS owner_id,
                   l.assigned AS assigned_at, l.qualified AS qualified_at,
                   {record("d.id")} AS converted_opportunity_id,
                   {record(first_id("l.company_id"))} AS account_id, {origin(contacts, "l")}
            FROM {contacts.table} l
            LEFT JOIN (SELECT DISTINCT id FROM {deals.table}) d ON d.id = {first_id("l.deal_id")}
        """,
        ids=common.LEAD_IDS,
        sources=(
            Source(
                contacts,
                {
                    "lead_id": "id",
                    "source": "source",
                    "created_at": "created",
                    "owner_id": common.owner_field(contacts),
                    "assigned_at": "assigned",
                    "qualified_at": "qualified",
                    "account_id": "company_id",
                },
            ),
        ),
    )


def _touches(staged: dict[str, StagedFile]) -> TableMap | None:
    contacts = staged.get("contacts")
    lead = (
        f"CASE WHEN {first_id('t.contact_id')} IN (SELECT id FROM {contacts.table}) "
        f"THEN {record(first_id('t.contact_id'))} END"
        if contacts
        else "NULL::VARCHAR"
    )
    shape = {
        "calls": ("'call'", "t.timestamp", duration_seconds("t.duration", 0.001), "true"),
        "meetings": (
            "'meeting'",
            "t.start",
            'CAST(epoch(TRY_CAST(t."end" AS TIMESTAMPTZ)) '
            "- epoch(TRY_CAST(t.start AS TIMESTAMPTZ)) AS VARCHAR)",
            "true",
        ),
        "emails": (
            "'email'",
            "t.timestamp",
            "NULL::VARCHAR",
            "coalesce(upper(t.direction) NOT LIKE 'INCOMING%', true)",
        ),
    }
    parts, sources = [], []
    for role, (channel, when, seconds, counted) in shape.items():
        file = staged.get(role)
        if file is None:
            continue
        parts.append(
            f"SELECT {record('t.id')} AS touch_id, t._owner AS rep_id, "
            f"{lead} AS lead_id, {record(first_id('t.deal_id'))} AS opportunity_id, "
            f"{channel} AS channel, {when} AS occurred_at, {seconds} AS duration_s, "
            f"{origin(file, 't')} FROM {file.table} t WHERE {counted}"
        )
        sources.append(
            Source(
                file,
                {
                    "touch_id": "id",
                    "rep_id": common.owner_field(file),
                    "lead_id": "contact_id",
                    "opportunity_id": "deal_id",
                    "occurred_at": when.removeprefix("t."),
                    "duration_s": "duration",
                },
            )
        )
    if not parts:
        return None
    return TableMap(
        sql=" UNION ALL ".join(parts),
        ids=common.TOUCH_IDS,
        sources=tuple(sources),
    )


def _people(staged: dict[str, StagedFile], owners: Owners) -> list[str]:
    """Owners from the owners file first (names, emails, teams), then every owner named."""
    parts = []
    if owners.users:
        team = ref("hubspot", person_key("team"))
        parts.append(
            mention(
                PEOPLE,
                owners.users,
                0,
                ref=record("id"),
                name=owners.full,
                email="email",
                team=team,
            )
        )
    for role in ("deals", "contacts", "calls", "meetings", "emails"):
        file = staged.get(role)
        if file is not None:
            parts.append(mention(PEOPLE, file, 1, ref="_owner", name=owner_label("owner")))
    return parts


def build(con: duckdb.DuckDBPyConnection, staged: dict[str, StagedFile]) -> Mapped:
    staged = common.values_read(con, staged, VALUES)
    owners = Owners("hubspot", staged.get("owners"))
    staged = owners.attach_all(con, staged)
    deals = staged["deals"]
    contacts = staged.get("contacts")
    tables: dict[str, TableMap] = {"opportunities": _deals(deals, contacts)}
    stages = _stages(deals)
    if stages:
        tables["opportunity_stages"] = stages
    if contacts:
        tables["leads"] = _leads(contacts, deals)
    touches = _touches(staged)
    if touches:
        tables["touches"] = touches
    present = tuple(Source(f) for f in staged.values())
    tables["members"] = common.people(_people(staged, owners), present)
    if owners.users and owners.users.has("team"):
        tables["teams"] = common.teams(
            [
                mention(
                    TEAMS,
                    owners.users,
                    0,
                    "team IS NOT NULL",
                    ref=ref("hubspot", person_key("team")),
                    name="team",
                )
            ],
            (Source(owners.users, {"team_id": "team", "name": "team"}),),
        )
    accounts = [
        mention(
            ACCOUNTS,
            deals,
            1,
            ref=f"coalesce({record(first_id('company_id'))}, {name_ref('company')})",
            name="company",
        )
    ]
    companies = staged.get("companies")
    if companies:
        accounts.append(
            mention(
                ACCOUNTS,
                companies,
                0,
                ref=record("id"),
                name="name",
                industry="industry",
                region="country",
            )
        )
    if contacts:
        accounts.append(mention(ACCOUNTS, contacts, 2, ref=record(first_id("company_id"))))
    tables["accounts"] = common.accounts(accounts, present)
    keys = {"member": common.PERSON_KEYS, "account": common.ACCOUNT_KEYS}
    return Mapped(tables, keys, _notes(con, staged))


def _notes(con: duckdb.DuckDBPyConnection, staged: dict[str, StagedFile]) -> list[str]:
    notes = []
    deals = staged["deals"]
    notes += common.stages_note(con, deals, "d.stage", _deal_outcome("d"))
    notes += common.count_note(
        con,
        staged.get("emails"),
        "upper(direction) LIKE 'INCOMING%'",
        "incoming emails are not touches",
    )
    contacts = staged.get("contacts")
    if contacts:
        notes += common.sources_note(con, contacts, "contacts")
    shared = [c for c in _stage_columns(deals).values() if len(c) > 1]
    if shared:
        notes.append(
            f"{deals.path.name}: {len(shared)} stages have more than one date-entered column "
            f"({' and '.join(deals.dynamic[c] for c in shared[0])}...); each is one stage entry, "
            "from the first of its columns that is set"
        )
    return notes


IMPORTER = Importer(
    kind="hubspot",
    title="HubSpot exports, UI labels or API names: deals, contacts, calls, meetings, "
    "emails, owners, companies",
    roles=(DEALS, CONTACTS, CALLS, MEETINGS, EMAILS, OWNERS, COMPANIES),
    build=build,
)
