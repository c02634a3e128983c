"""Salesforce: the CSV files of a data export (API names) or report exports (labels).

Files (only opportunities are required): Opportunity, Lead, OpportunityHistory, Task, Event,
User and Account. Record Ids are the keys; an 18-character Id and its 15-character form are
the same key. How each value is read:

- a deal is won when IsWon is true, lost when IsClosed is true and IsWon false, else open
  (without those columns, from StageName); CloseDate counts only for closed deals;
- a lead came from the deal it converted to (ConvertedOpportunityId); it counts as qualified on
  its ConvertedDate; LeadSource is read as inbound or outbound only when the label says so;
- a task is a touch once done (IsClosed, Status Completed or a CompletedDateTime); it happened
  at CompletedDateTime, else on its ActivityDate (a date only: midnight), else when created; its
  channel comes from TaskSubtype, Type or the first word of Subject; it touches a lead when
  WhoId is a lead Id (00Q...) and a deal when WhatId is an opportunity Id (006...);
- an event is a meeting at StartDateTime, lasting DurationInMinutes;
- users who share a ManagerId form that manager's team; a lead owned by a queue has no owner.
"""

from __future__ import annotations

import duckdb

from sellindex.errors import SellindexError
from sellindex.sources.crm import common
from sellindex.sources.crm.common import ACCOUNTS, PEOPLE, mention, origin
from sellindex.sources.crm.model import Field, Importer, Mapped, Role, Source, StagedFile, TableMap
from sellindex.sources.crm.values import (
    channel,
    lead_source,
    lit,
    name_ref,
    outcome,
    ref,
    truthy,
)

_ID = Field("id", ("record_id",), required=True)
_OWNER_ID = Field("owner_id", ("ownerid", "owner_id", "assigned_to_id"))
_CREATED = Field("created", ("createddate", "created_date"), "date", required=True)

OPPORTUNITIES = Role(
    name="opportunities",
    table="opportunities",
    names=("opportunit",),
    signature=("IsWon", "IsClosed", "AccountId", "StageName", "ForecastCategoryName", "Name"),
    required=True,
    fields=(
        Field("id", ("opportunity_id", "record_id"), required=True),
        _OWNER_ID,
        Field("owner", ("opportunity_owner", "owner_name", "owner_full_name")),
        Field("account_id", ("accountid",)),
        Field("account", ("account_name",)),
        Field("stage", ("stagename",), required=True),
        Field("amount", (), "number"),
        Field("close_date", ("closedate",), "date"),
        Field("is_won", ("iswon", "won"), "bool"),
        Field("is_closed", ("isclosed", "closed"), "bool"),
        _CREATED,
    ),
)
HISTORY = Role(
    name="history",
    table="opportunity_stages",
    names=("history",),
    signature=("OpportunityId", "CreatedById", "StageName", "PrevAmount", "PrevCloseDate"),
    fields=(
        Field("opportunity_id", ("opportunityid",), required=True),
        Field("stage", ("stagename", "to_stage"), required=True),
        Field("amount", (), "number"),
        Field("created", ("createddate", "edit_date", "last_modified"), "date", required=True),
    ),
)
LEADS = Role(
    name="leads",
    table="leads",
    names=("lead",),
    signature=(
        "IsConverted",
        "ConvertedOpportunityId",
        "ConvertedDate",
        "ConvertedAccountId",
        "LeadSource",
        "Lead Status",
    ),
    fields=(
        Field("id", ("lead_id", "record_id"), required=True),
        _OWNER_ID,
        Field("owner", ("lead_owner", "owner_name")),
        Field("source", ("leadsource", "lead_source")),
        Field("status", ("lead_status",)),
        Field("is_converted", ("isconverted", "converted"), "bool"),
        Field("converted_date", ("converteddate",), "date"),
        Field("converted_opportunity_id", ("convertedopportunityid",)),
        Field("converted_account_id", ("convertedaccountid",)),
        _CREATED,
    ),
)
TASKS = Role(
    name="tasks",
    table="touches",
    names=("task",),
    signature=("WhoId", "WhatId", "TaskSubtype", "ActivityDate", "CallDurationInSeconds"),
    fields=(
        _ID,
        Field("who_id", ("whoid",)),
        Field("what_id", ("whatid",)),
        _OWNER_ID,
        Field("owner", ("assigned", "assigned_to")),
        Field("activity_date", ("activitydate", "due_date"), "date"),
        Field("status", ()),
        Field("is_closed", ("isclosed",), "bool"),
        Field("subject", ()),
        Field("type", ("task_type",)),
        Field("subtype", ("tasksubtype", "task_subtype")),
        Field("call_seconds", ("calldurationinseconds", "call_duration"), "number"),
        Field("completed", ("completeddatetime", "completed_date_time"), "date"),
        Field("created", ("createddate", "created_date"), "date"),
    ),
)
EVENTS = Role(
    name="events",
    table="touches",
    names=("event",),
    signature=("StartDateTime", "EndDateTime", "DurationInMinutes", "IsAllDayEvent"),
    fields=(
        _ID,
        Field("who_id", ("whoid",)),
        Field("what_id", ("whatid",)),
        _OWNER_ID,
        Field("owner", ("assigned", "assigned_to")),
        Field("start", ("startdatetime", "activitydatetime", "start"), "date"),
        Field("end", ("enddatetime", "end"), "date"),
        Field("minutes", ("durationinminutes", "duration"), "number"),
        Field("created", ("createddate", "created_date"), "date"),
    ),
)
USERS = Role(
    name="users",
    table="members",
    names=("user",),
    signature=("Username", "ManagerId", "UserRoleId", "ProfileId", "IsActive", "Alias"),
    fields=(
        Field("id", ("user_id", "record_id"), required=True),
        Field("name", ("full_name",)),
        Field("first_name", ("firstname",)),
        Field("last_name", ("lastname",)),
        Field("email", ()),
        Field("manager_id", ("managerid",)),
        Field("title", ()),
    ),
)
ACCOUNTS_FILE = Role(
    name="accounts",
    table="accounts",
    names=("account",),
    signature=("BillingCountry", "BillingState", "AnnualRevenue", "NumberOfEmployees", "ParentId"),
    fields=(
        Field("id", ("account_id", "record_id"), required=True),
        Field("name", ("account_name",), required=True),
        Field("industry", ()),
        Field("country", ("billingcountry", "billing_country")),
    ),
)


def sfid(expr: str) -> str:
    """A record Id as a key: the 15-character form, which 18-character Ids extend."""
    return f"CASE WHEN length({expr}) = 18 THEN left({expr}, 15) ELSE {expr} END"


def record(expr: str, prefix: str | None = None) -> str:
    """A reference to a record by Id; with `prefix`, only to Ids of that object (00Q: lead,
    006: opportunity), as WhoId and WhatId point at several objects."""
    sql = ref("salesforce", sfid(expr))
    return sql if prefix is None else f"CASE WHEN {expr} LIKE '{prefix}%' THEN {sql} END"


def person(owner_id: str, owner: str) -> str:
    """An owner by user Id, else by name; a queue (00G...) owns for no one."""
    return (
        f"CASE WHEN {owner_id} LIKE '00G%' THEN NULL "
        f"WHEN {owner_id} IS NOT NULL THEN {record(owner_id)} ELSE {name_ref(owner)} END"
    )


def _deal_outcome(alias: str) -> str:
    return (
        f"CASE WHEN {alias}.is_won IS NULL AND {alias}.is_closed IS NULL "
        f"THEN {outcome(f'{alias}.stage')} WHEN {truthy(f'{alias}.is_won')} THEN 'won' "
        f"WHEN {truthy(f'{alias}.is_closed')} THEN 'lost' ELSE 'open' END"
    )


def _opportunities(opps: StagedFile, leads: StagedFile | None) -> TableMap:
    won = _deal_outcome("o")
    lead = (
        f"SELECT {sfid('converted_opportunity_id')} AS opp, "
        f"first(id ORDER BY converted_date, _line) AS lead FROM {leads.table} "
        "WHERE converted_opportunity_id IS NOT NULL GROUP BY 1"
        if leads
        else "SELECT NULL::VARCHAR AS opp, NULL::VARCHAR AS lead WHERE false"
    )
    return TableMap(
        sql=f"""
            SELECT {record("o.id")} AS opportunity_id, {record("l.lead")} AS lead_id,
                   {person("o.owner_id", "o.owner")} AS owner_id,
                   coalesce({record("o.account_id")}, {name_ref("o.account")}) AS account_id,
                   o.created AS created_at,
                   CASE WHEN {won} <> 'open' THEN o.close_date END AS closed_at,
                   {won} AS outcome, o.amount, {origin(opps, "o")}
            FROM {opps.table} o LEFT JOIN ({lead}) l ON l.opp = {sfid("o.id")}
        """,
        ids=common.DEAL_IDS,
        sources=(
            Source(
                opps,
                {
                    "opportunity_id": "id",
                    "owner_id": common.owner_field(opps),
                    "account_id": "account_id",
                    "created_at": "created",
                    "closed_at": "close_date",
                    "outcome": "stage",
                    "amount": "amount",
                },
            ),
        ),
    )


def _leads(leads: StagedFile) -> TableMap:
    return TableMap(
        sql=f"""
            SELECT {record("id")} AS lead_id, {lead_source("source")} AS source,
                   created AS created_at, {person("owner_id", "owner")} AS owner_id,
                   CASE WHEN {truthy("is_converted")} THEN converted_date END AS qualified_at,
                   {record("converted_opportunity_id")} AS converted_opportunity_id,
                   {record("converted_account_id")} AS account_id, {origin(leads)}
            FROM {leads.table}
        """,
        ids=common.LEAD_IDS,
        sources=(
            Source(
                leads,
                {
                    "lead_id": "id",
                    "source": "source",
                    "created_at": "created",
                    "owner_id": "owner_id",
                    "qualified_at": "converted_date",
                    "converted_opportunity_id": "converted_opportunity_id",
                    "account_id": "converted_account_id",
                },
            ),
        ),
    )


def _done(tasks: StagedFile) -> str:
    """A task is a touch once done; with no column that says, every task is."""
    if not (tasks.has("status") or tasks.has("is_closed") or tasks.has("completed")):
        return "true"
    return (
        f"({truthy('is_closed')} OR lower(status) IN ('completed', 'complete', 'done') "
        "OR completed IS NOT NULL)"
    )


def _touches(tasks: StagedFile | None, events: StagedFile | None) -> TableMap | None:
    parts, sources = [], []
    common_ids = (
        f"{record('who_id', '00Q')} AS lead_id, {record('what_id', '006')} AS opportunity_id, "
        f"{person('owner_id', 'owner')} AS rep_id"
    )
    if tasks:
        how = (
            "coalesce("
            + ", ".join(
                [
                    channel("subtype"),
                    channel("type"),
                    channel("regexp_extract(subject, '[A-Za-z]+')"),
                ]
            )
            + ")"
        )
        parts.append(
            f"SELECT {record('id')} AS touch_id, {common_ids}, {how} AS channel, "
            "coalesce(completed, activity_date, created) AS occurred_at, "
            f"call_seconds AS duration_s, {origin(tasks)} FROM {tasks.table} WHERE {_done(tasks)}"
        )
        sources.append(
            Source(
                tasks,
                {
                    "touch_id": "id",
                    "lead_id": "who_id",
                    "opportunity_id": "what_id",
                    "rep_id": "owner_id",
                    "channel": "subtype",
                    "occurred_at": "completed",
                    "duration_s": "call_seconds",
                },
            )
        )
    if events:
        seconds = (
            'coalesce(TRY_CAST(minutes AS DOUBLE) * 60, epoch(TRY_CAST("end" AS TIMESTAMPTZ)) '
            "- epoch(TRY_CAST(start AS TIMESTAMPTZ)))"
        )
        parts.append(
            f"SELECT {record('id')}, {common_ids}, 'meeting', coalesce(start, created), "
            f"CAST({seconds} AS VARCHAR), {origin(events)} FROM {events.table}"
        )
        sources.append(
            Source(
                events,
                {
                    "touch_id": "id",
                    "lead_id": "who_id",
                    "opportunity_id": "what_id",
                    "rep_id": "owner_id",
                    "occurred_at": "start",
                    "duration_s": "minutes",
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


def _people(staged: dict[str, StagedFile]) -> list[str]:
    """Users first, then every owner the other files name, then managers known only by Id."""
    parts = []
    users = staged.get("users")
    if users:
        full = "coalesce(name, nullif(trim(concat_ws(' ', first_name, last_name)), ''))"
        parts.append(
            mention(
                PEOPLE,
                users,
                0,
                ref=record("id"),
                name=full,
                email="email",
                team=record("manager_id"),
                manager=record("manager_id"),
                title="title",
            )
        )
        parts.append(
            mention(
                PEOPLE,
                users,
                2,
                "manager_id IS NOT NULL",
                ref=record("manager_id"),
                team=record("manager_id"),
                seniority="'manager'",
            )
        )
    for role in ("opportunities", "leads", "tasks", "events"):
        file = staged.get(role)
        if file and (file.has("owner_id") or file.has("owner")):
            parts.append(mention(PEOPLE, file, 1, ref=person("owner_id", "owner"), name="owner"))
    return parts


def _teams(users: StagedFile) -> TableMap:
    names = (
        f"SELECT id AS user_id, coalesce(name, nullif(trim(concat_ws(' ', first_name, "
        f"last_name)), ''), id) AS full_name FROM {users.table}"
    )
    return TableMap(
        sql=f"""
            SELECT {record("u.manager_id")} AS team_id,
                   first(coalesce(m.full_name, u.manager_id) || '''s team' ORDER BY u._line)
                       AS name,
                   {record("u.manager_id")} AS manager_id,
                   {lit(str(users.path))} AS _source_file, min(u._line) AS _source_line
            FROM {users.table} u LEFT JOIN ({names}) m
              ON {sfid("m.user_id")} = {sfid("u.manager_id")}
            WHERE u.manager_id IS NOT NULL GROUP BY u.manager_id
        """,
        ids={"team_id": "team", "manager_id": "member"},
        sources=(Source(users, {"team_id": "manager_id", "manager_id": "manager_id"}),),
        derived=True,
    )


def _accounts(staged: dict[str, StagedFile]) -> list[str]:
    parts = []
    accounts = staged.get("accounts")
    if accounts:
        parts.append(
            mention(
                ACCOUNTS,
                accounts,
                0,
                ref=record("id"),
                name="name",
                industry="industry",
                region="country",
            )
        )
    opps = staged["opportunities"]
    parts.append(
        mention(
            ACCOUNTS,
            opps,
            1,
            ref=f"coalesce({record('account_id')}, {name_ref('account')})",
            name="account",
        )
    )
    leads = staged.get("leads")
    if leads:
        parts.append(mention(ACCOUNTS, leads, 2, ref=record("converted_account_id")))
    return parts


def build(con: duckdb.DuckDBPyConnection, staged: dict[str, StagedFile]) -> Mapped:
    opps = staged["opportunities"]
    if not (opps.has("owner_id") or opps.has("owner")):
        raise SellindexError(f"{opps.path} lacks column OwnerId (or Opportunity Owner)")
    leads = staged.get("leads")
    tables: dict[str, TableMap] = {"opportunities": _opportunities(opps, leads)}
    if leads:
        tables["leads"] = _leads(leads)
    history = staged.get("history")
    if history:
        tables["opportunity_stages"] = TableMap(
            sql=f"""
                SELECT {record("opportunity_id")} AS opportunity_id, stage,
                       created AS entered_at, amount, {origin(history)}
                FROM {history.table}
            """,
            ids={"opportunity_id": "opportunity"},
            sources=(
                Source(
                    history,
                    {
                        "opportunity_id": "opportunity_id",
                        "stage": "stage",
                        "entered_at": "created",
                        "amount": "amount",
                    },
                ),
            ),
        )
    touches = _touches(staged.get("tasks"), staged.get("events"))
    if touches:
        tables["touches"] = touches
    present = tuple(Source(f) for f in staged.values())
    tables["members"] = common.people(_people(staged), present)
    if staged.get("users"):
        tables["teams"] = _teams(staged["users"])
    tables["accounts"] = common.accounts(_accounts(staged), present)
    keys = {"member": common.PERSON_KEYS, "account": common.ACCOUNT_KEYS}
    return Mapped(tables, keys, _notes(con, staged))


def _notes(con: duckdb.DuckDBPyConnection, staged: dict[str, StagedFile]) -> list[str]:
    tasks = staged.get("tasks")
    done = _done(tasks) if tasks else "true"
    notes = common.count_note(con, tasks, f"NOT {done}", "tasks not done yet are not touches")
    leads = staged.get("leads")
    if leads:
        notes += common.sources_note(con, leads, "leads")
    return notes


IMPORTER = Importer(
    kind="salesforce",
    title="Salesforce data or report exports: Opportunity, Lead, OpportunityHistory, Task, "
    "Event, User, Account",
    roles=(OPPORTUNITIES, HISTORY, LEADS, TASKS, EVENTS, USERS, ACCOUNTS_FILE),
    build=build,
)
