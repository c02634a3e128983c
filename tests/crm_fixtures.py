"""Hand-made CRM exports of one invented sales team, written as each CRM writes its files.

`WORLD` is a small company: two managers, three reps, four accounts, 24 deals (each rep has
six closed and two open), twelve leads (half converted), calls, emails and meetings. Every
builder renders that world in one export's shape and returns the files (name -> text) with
what an import of them must give: the rows each table reads, and the rows left out with the
note that says why. The people, companies and numbers are made up.

- `salesforce_data`: a Data Loader export (API names, 18-character Ids, ISO dates);
- `salesforce_reports`: report exports ("Details only"): labels, 15-character Ids, day-first
  dates, amounts like `USD 12,000.00`, files named `report<digits>.csv`, Windows line
  endings, and the footer Salesforce writes below each report;
- `hubspot_ui`: a UI export in English or German (labels, stage names, numbers and dates in
  the user's language);
- `pipeline`: a generic one-row-per-deal CSV with a teams file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Person:
    key: int
    first: str
    last: str
    manager: int | None
    title: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def email(self) -> str:
        return f"{self.first.lower()}.{self.last.lower()}@quillfield.example"


@dataclass(frozen=True)
class Account:
    key: int
    name: str
    industry: str
    industry_de: str
    country: str


@dataclass(frozen=True)
class Deal:
    key: int
    name: str
    owner: Person
    account: Account
    created: datetime
    middle: datetime
    """When it entered its second stage."""
    closed: datetime | None
    outcome: str
    amount: float
    source: str


@dataclass(frozen=True)
class Lead:
    key: int
    first: str
    last: str
    owner: Person
    created: datetime
    source: str
    source_de: str
    deal: Deal | None
    """The deal it converted to, on `created` + 3 days."""

    @property
    def converted(self) -> datetime | None:
        return self.created + timedelta(days=3) if self.deal else None


@dataclass(frozen=True)
class Activity:
    key: int
    owner: Person
    kind: str
    """call, email, meeting, or incoming (an email received)."""
    at: datetime
    done: bool
    deal: Deal | None = None
    lead: Lead | None = None
    account: Account | None = None
    """On an account only: a touch on neither a lead nor a deal."""
    seconds: int | None = None


PEOPLE = (
    Person(1, "Dora", "Finch", None, "Sales Manager"),
    Person(2, "Emil", "Stark", None, "Sales Manager"),
    Person(3, "Dana", "Reyes", 1, "Account Executive"),
    Person(4, "Bruno", "Vega", 1, "Account Executive"),
    Person(5, "Carla", "Moss", 2, "Account Executive"),
)
REPS = PEOPLE[2:]
ACCOUNTS = (
    Account(1, "Kestrel Labs", "Computer Software", "Computer-Software", "Germany"),
    Account(2, "Orchard Foods", "Food & Beverages", "Lebensmittel und Getränke", "France"),
    Account(3, "Tidewater Freight", "Logistics and Supply Chain", "Logistik", "Netherlands"),
    Account(4, "Brightline Media", "Online Media", "Online-Medien", "Austria"),
)
_OUTCOMES = ("won", "lost", "won", "open", "won", "lost", "won", "open")
_SOURCES = (
    ("Web", "Organic Search", "Organische Suche"),
    ("Cold Call", "Offline Sources", "Offline-Quellen"),
    ("Phone Inquiry", "Referrals", "Empfehlungen"),
    ("Partner Program", "Other Campaigns", "Andere Kampagnen"),
)
_START = datetime(2026, 1, 5, 9, 0)


def _deals() -> tuple[Deal, ...]:
    deals = []
    for i in range(24):
        owner, account = REPS[i % 3], ACCOUNTS[i % 4]
        created = _START + timedelta(days=2 * i, hours=i % 5)
        outcome = _OUTCOMES[i // 3]
        closed = created + timedelta(days=9 + i % 6, hours=3) if outcome != "open" else None
        deals.append(
            Deal(
                key=i + 1,
                name=f"{account.name} - order {i + 1}",
                owner=owner,
                account=account,
                created=created,
                middle=created + timedelta(days=4, hours=2),
                closed=closed,
                outcome=outcome,
                amount=0.0 if outcome == "lost" else 1000.0 + 250.5 * i,
                source=_SOURCES[i % 4][0],
            )
        )
    return tuple(deals)


DEALS = _deals()
_LEAD_NAMES = (
    ("Ines", "Brandt"), ("Omar", "Haddad"), ("Lena", "Voss"), ("Piet", "Jansen"),
    ("Rosa", "Lindqvist"), ("Tomas", "Kral"), ("Uma", "Reddy"), ("Viktor", "Sand"),
    ("Wanda", "Ostrowska"), ("Yusuf", "Demir"), ("Zoe", "Fischer"), ("Hugo", "Martel"),
)  # fmt: skip
LEADS = tuple(
    Lead(
        key=j + 1,
        first=first,
        last=last,
        owner=REPS[j % 3],
        created=_START - timedelta(days=6) + timedelta(days=2 * j, hours=1),
        source=_SOURCES[j % 4][1],
        source_de=_SOURCES[j % 4][2],
        deal=DEALS[j] if j < 6 else None,
    )
    for j, (first, last) in enumerate(_LEAD_NAMES)
)


def _activities() -> tuple[Activity, ...]:
    """Calls and emails on deals, calls on leads and meetings on deals; then two calls not done
    yet, an email received and a call on an account only."""
    acts: list[Activity] = []

    def add(owner: Person, kind: str, at: datetime, done: bool = True, **on: Any) -> None:
        acts.append(Activity(len(acts) + 1, owner, kind, at, done, **on))

    for i, deal in enumerate(DEALS[:10]):
        kind = ("call", "email")[i % 2]
        seconds = 300 + 60 * i if kind == "call" else None
        add(deal.owner, kind, deal.created + timedelta(days=1, hours=2), deal=deal, seconds=seconds)
    for lead in LEADS[:5]:
        add(lead.owner, "call", lead.created + timedelta(hours=5), lead=lead, seconds=120)
    for deal in DEALS[10:14]:
        at = deal.created + timedelta(days=2, hours=5)
        add(deal.owner, "meeting", at, deal=deal, seconds=3600)
    add(DEALS[20].owner, "call", datetime(2026, 3, 30, 9), False, deal=DEALS[20])
    add(DEALS[21].owner, "call", datetime(2026, 3, 31, 9), False, deal=DEALS[21])
    add(DEALS[1].owner, "incoming", DEALS[1].created + timedelta(days=2), deal=DEALS[1])
    add(REPS[0], "call", datetime(2026, 2, 17, 11), account=ACCOUNTS[0], seconds=60)
    return tuple(acts)


ACTIVITIES = _activities()


@dataclass
class Export:
    """An export's files and what importing them must give."""

    files: dict[str, str]
    reads: dict[str, int]
    """Table -> rows the import reads into it (loaded + rejected + duplicate)."""
    rows: dict[str, int]
    """Fact table -> the export's rows that feed it."""
    left_out: dict[str, list[str]] = field(default_factory=dict)
    """Fact table -> notes saying which rows were left out and why ('Task.csv: 2 tasks...')."""
    rejected: dict[str, int] = field(default_factory=dict)
    """Table -> rows the loader must reject."""
    notes: list[str] = field(default_factory=list)
    """Further notes the import must give (a report's footer skipped)."""
    people: tuple[str, ...] = tuple(p.name for p in PEOPLE)
    newline: str = "\n"

    def write(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in self.files.items():
            (folder / name).write_bytes(text.replace("\n", self.newline).encode())
        return folder


def csv_text(header: list[str], rows: list[list[object]], *, quote_all: bool = False) -> str:
    """CSV as exports write it: fields with a comma or quote quoted, or every field quoted."""

    def cell(value: object) -> str:
        text = "" if value is None else str(value)
        if quote_all or any(c in text for c in ',"\n'):
            return '"' + text.replace('"', '""') + '"'
        return text

    return "".join(",".join(cell(v) for v in row) + "\n" for row in [header, *rows])


# --- Salesforce -----------------------------------------------------------------------------

_PREFIX = {
    "user": "005",
    "account": "001",
    "opportunity": "006",
    "lead": "00Q",
    "task": "00T",
    "event": "00U",
}


def sfid(kind: str, n: int, long: bool = True) -> str:
    """A Salesforce-shaped Id: the object's prefix, a number, the 3-character suffix of 18."""
    return f"{_PREFIX[kind]}{n:012d}" + ("AAA" if long else "")


def short(kind: str, n: int) -> str:
    """The 15-character form of an Id, as reports show it."""
    return sfid(kind, n, long=False)


def _iso(at: datetime | None) -> str:
    return "" if at is None else at.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _stages(deal: Deal) -> list[tuple[str, datetime]]:
    """A deal's stage history: Prospecting when created, Negotiation, then its close."""
    entries = [("Prospecting", deal.created), ("Negotiation", deal.middle)]
    if deal.closed:
        entries.append(("Closed Won" if deal.outcome == "won" else "Closed Lost", deal.closed))
    return entries


def _touch_counts() -> tuple[int, int, int]:
    """Of a Salesforce export's tasks and events: the touches read (every one done, an email
    received too, which Salesforce logs as a done email), the tasks not done, and the touches
    rejected (on an account only)."""
    done = [a for a in ACTIVITIES if a.done]
    return len(done), sum(not a.done for a in ACTIVITIES), sum(bool(a.account) for a in done)


def salesforce_data() -> Export:
    """The objects a Data Loader export writes, one file each (incoming emails are logged as
    done email tasks, so they are touches here)."""
    users = csv_text(
        ["Id", "Name", "FirstName", "LastName", "Email", "ManagerId", "UserRoleId", "IsActive",
         "Title", "Department", "CreatedDate"],
        [
            [sfid("user", p.key), p.name, p.first, p.last, p.email,
             sfid("user", p.manager) if p.manager else "", f"00E00000000000{p.key}",
             "true", p.title, "Sales", "2025-06-02T08:00:00.000Z"]
            for p in PEOPLE
        ],
    )  # fmt: skip
    accounts = csv_text(
        ["Id", "Name", "Industry", "BillingCountry", "AnnualRevenue"],
        [[sfid("account", a.key), a.name, a.industry, a.country, 1_000_000] for a in ACCOUNTS],
    )
    opps = csv_text(
        ["Id", "Name", "OwnerId", "AccountId", "StageName", "Amount", "CloseDate", "IsWon",
         "IsClosed", "LeadSource", "CreatedDate", "Probability", "Type"],
        [
            [sfid("opportunity", d.key), d.name, sfid("user", d.owner.key),
             sfid("account", d.account.key), _stages(d)[-1][0], f"{d.amount:.2f}",
             (d.closed or d.created + timedelta(days=60)).strftime("%Y-%m-%d"),
             str(d.outcome == "won").lower(), str(d.outcome != "open").lower(), d.source,
             _iso(d.created), 100 if d.outcome == "won" else 0, "New Business"]
            for d in DEALS
        ],
    )  # fmt: skip
    leads = csv_text(
        ["Id", "FirstName", "LastName", "OwnerId", "LeadSource", "Status", "IsConverted",
         "ConvertedDate", "ConvertedOpportunityId", "ConvertedAccountId", "CreatedDate"],
        [
            [sfid("lead", x.key), x.first, x.last, sfid("user", x.owner.key), x.source,
             "Converted" if x.deal else "Open", str(bool(x.deal)).lower(),
             x.converted.strftime("%Y-%m-%d") if x.converted else "",
             sfid("opportunity", x.deal.key) if x.deal else "",
             sfid("account", x.deal.account.key) if x.deal else "", _iso(x.created)]
            for x in LEADS
        ],
    )  # fmt: skip
    history = csv_text(
        ["OpportunityId", "StageName", "Amount", "CloseDate", "Probability", "CreatedDate",
         "CreatedById"],
        [
            [sfid("opportunity", d.key), stage, f"{d.amount:.2f}", "", "", _iso(at),
             sfid("user", d.owner.key)]
            for d in DEALS
            for stage, at in _stages(d)
        ],
    )  # fmt: skip
    tasks = [a for a in ACTIVITIES if a.kind != "meeting"]
    task_rows = []
    for a in tasks:
        subtype = {"call": "Call", "email": "Email", "incoming": "Email"}[a.kind]
        what = (
            sfid("opportunity", a.deal.key)
            if a.deal
            else sfid("account", a.account.key)
            if a.account
            else ""
        )
        task_rows.append(
            [sfid("task", a.key), sfid("lead", a.lead.key) if a.lead else "", what or "",
             sfid("user", a.owner.key), a.at.strftime("%Y-%m-%d"),
             "Completed" if a.done else "Not Started", f"{subtype} {a.key}", subtype, subtype,
             a.seconds or "", _iso(a.at) if a.done else "", _iso(a.at)]
        )  # fmt: skip
    task_file = csv_text(
        ["Id", "WhoId", "WhatId", "OwnerId", "ActivityDate", "Status", "Subject", "Type",
         "TaskSubtype", "CallDurationInSeconds", "CompletedDateTime", "CreatedDate"],
        task_rows,
    )  # fmt: skip
    events = [a for a in ACTIVITIES if a.kind == "meeting"]
    event_file = csv_text(
        ["Id", "WhoId", "WhatId", "OwnerId", "StartDateTime", "EndDateTime",
         "DurationInMinutes", "Subject", "CreatedDate"],
        [
            [sfid("event", a.key), "", sfid("opportunity", a.deal.key), sfid("user", a.owner.key),
             _iso(a.at), _iso(a.at + timedelta(seconds=a.seconds or 0)), (a.seconds or 0) // 60,
             "Demo", _iso(a.at - timedelta(days=1))]
            for a in events if a.deal
        ],
    )  # fmt: skip
    touches, open_tasks, rejected = _touch_counts()
    stages = sum(len(_stages(d)) for d in DEALS)
    return Export(
        files={
            "User.csv": users,
            "Account.csv": accounts,
            "Opportunity.csv": opps,
            "Lead.csv": leads,
            "OpportunityHistory.csv": history,
            "Task.csv": task_file,
            "Event.csv": event_file,
        },
        reads={
            "members": len(PEOPLE),
            "teams": 2,
            "accounts": len(ACCOUNTS),
            "leads": len(LEADS),
            "opportunities": len(DEALS),
            "opportunity_stages": stages,
            "touches": touches,
        },
        rows={
            "leads": len(LEADS),
            "opportunities": len(DEALS),
            "opportunity_stages": stages,
            "touches": len(ACTIVITIES),
        },
        left_out={"touches": [f"Task.csv: {open_tasks} tasks not done yet are not touches"]},
        rejected={"touches": rejected},
    )


def _day_first(at: datetime | None, time: bool = True) -> str:
    """How a report writes a date for a user in the United Kingdom: 14/03/2026 10:21."""
    if at is None:
        return ""
    return at.strftime("%d/%m/%Y %H:%M") if time else at.strftime("%d/%m/%Y")


def _footer(title: str, blank: str) -> str:
    return (
        f'{blank}\n"{title}"\n'
        '"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."\n'
        '"Confidential Information - Do Not Distribute"\n'
        '"Generated By:  Dora Finch  14/03/2026 10:21"\n'
        '"Quillfield Ltd."\n'
    )


def _report(header: list[str], rows: list[list[object]], title: str, blank: str = "") -> str:
    return csv_text(header, rows, quote_all=True) + _footer(title, blank)


def _money(amount: float, i: int) -> str:
    """A report's amount: with its currency ahead, as multi-currency orgs write it, or plain."""
    if i % 2:
        return f"USD {amount:,.2f}"
    return f"{amount:.0f}" if amount == int(amount) else f"{amount:.2f}"


def salesforce_reports() -> Export:
    """Report exports of the same records: the standard reports' labels, owners and managers
    by name, records by 15-character Id or by name, and each file's footer."""
    users = _report(
        ["Full Name", "User ID", "Manager", "Role", "Active", "Email"],
        [
            [p.name, short("user", p.key),
             next((m.name for m in PEOPLE if m.key == p.manager), ""),
             "Sales Manager" if p.manager is None else "Account Executive", "1", p.email]
            for p in PEOPLE
        ],
        "Active Users",
    )  # fmt: skip
    accounts = _report(
        ["Account Name", "Account ID", "Account Owner", "Industry", "Billing Country", "Type"],
        [[a.name, short("account", a.key), "Dora Finch", a.industry, a.country,
          "Customer"]
         for a in ACCOUNTS],
        "All Accounts",
        '""',
    )  # fmt: skip
    opps = _report(
        ["Opportunity Owner", "Account Name", "Opportunity Name", "Stage", "Amount",
         "Probability (%)", "Close Date", "Created Date", "Lead Source", "Type",
         "Opportunity ID", "Won", "Closed"],
        [
            [d.owner.name, d.account.name, d.name, _stages(d)[-1][0], _money(d.amount, i),
             "100" if d.outcome == "won" else "0",
             _day_first(d.closed or d.created + timedelta(days=60), time=False),
             _day_first(d.created, time=False), d.source, "New Business",
             short("opportunity", d.key), int(d.outcome == "won"),
             int(d.outcome != "open")]
            for i, d in enumerate(DEALS)
        ],
        "Opportunity Pipeline",
    )  # fmt: skip
    leads = _report(
        ["Lead Owner", "First Name", "Last Name", "Company / Account", "Lead Source",
         "Lead Status", "Create Date", "Converted", "Converted Date", "Lead ID"],
        [
            [x.owner.name, x.first, x.last, x.deal.account.name if x.deal else "Unknown",
             x.source, "Converted" if x.deal else "Open", _day_first(x.created), int(bool(x.deal)),
             _day_first(x.converted, time=False), short("lead", x.key)]
            for x in LEADS
        ],
        "My Leads",
    )  # fmt: skip
    # The field history of opportunities: a row per change of any field, by opportunity name.
    changes = []
    for d in DEALS:
        changes.append([d.name, "Created.", "", "", d.owner.name, _day_first(d.created)])
        for (old, _), (new, at) in zip(_stages(d), _stages(d)[1:], strict=False):
            changes.append([d.name, "Stage", old, new, d.owner.name, _day_first(at)])
        changes.append(
            [d.name, "Amount", "", _money(d.amount, 1), d.owner.name, _day_first(d.middle)]
        )
    history = _report(
        ["Opportunity Name", "Field / Event", "Old Value", "New Value", "Edited By", "Edit Date"],
        changes,
        "Opportunity Field History",
    )  # fmt: skip
    rows = []
    for a in ACTIVITIES:
        is_task = a.kind != "meeting"
        subtype = {"call": "Call", "email": "Email", "incoming": "Email", "meeting": ""}[a.kind]
        related = a.deal.name if a.deal else a.account.name if a.account else ""
        status = "Completed" if a.done else "Not Started"
        # An event has no status, and this one's subject says nothing of a meeting.
        rows.append(
            [short("task" if is_task else "event", a.key), a.owner.name,
             f"{subtype or 'Demo'} {a.key}", int(is_task), subtype, _day_first(a.at),
             status if is_task else "", a.seconds if is_task and a.seconds else "",
             f"{a.lead.first} {a.lead.last}" if a.lead else "", related]
        )  # fmt: skip
    activities = _report(
        ["Activity ID", "Assigned", "Subject", "Task", "Task Subtype", "Date", "Status",
         "Call Duration", "Name", "Related To"],
        rows,
        "Tasks and Events",
        '""',
    )  # fmt: skip
    touches, open_tasks, rejected = _touch_counts()
    on_leads = sum(1 for a in ACTIVITIES if a.lead and a.done)
    stage_rows = sum(len(_stages(d)) - 1 for d in DEALS)
    names = {
        "users": "report1773483660001.csv",
        "accounts": "report1773483660002.csv",
        "opps": "report1773483660003.csv",
        "leads": "report1773483660004.csv",
        "history": "report1773483660005.csv",
        "activities": "report1773483660006.csv",
    }
    return Export(
        files={
            names["users"]: users,
            names["accounts"]: accounts,
            names["opps"]: opps,
            names["leads"]: leads,
            names["history"]: history,
            names["activities"]: activities,
        },
        reads={
            "members": len(PEOPLE),
            "teams": 2,
            "accounts": len(ACCOUNTS),
            "leads": len(LEADS),
            "opportunities": len(DEALS),
            "opportunity_stages": stage_rows,
            "touches": touches,
        },
        rows={
            "leads": len(LEADS),
            "opportunities": len(DEALS),
            "opportunity_stages": len(changes),
            "touches": len(ACTIVITIES),
        },
        left_out={
            "opportunity_stages": [
                f"{names['history']}: {len(changes) - stage_rows} changes of fields other "
                "than Stage are not stage entries"
            ],
            "touches": [f"{names['activities']}: {open_tasks} tasks not done yet are not touches"],
        },
        # A report names a task's lead, not its Id: those touches are on neither a lead nor
        # a deal, as is the one on an account.
        rejected={"touches": rejected + on_leads},
        notes=[
            f'{names[file]}: the report footer after the last row ("{title}" and 4 more lines) '
            "is not data and was skipped"
            for file, title in (
                ("users", "Active Users"),
                ("accounts", "All Accounts"),
                ("opps", "Opportunity Pipeline"),
                ("leads", "My Leads"),
                ("history", "Opportunity Field History"),
                ("activities", "Tasks and Events"),
            )
        ],
        newline="\r\n",
    )


# --- HubSpot --------------------------------------------------------------------------------

_HS_STAGE = {
    "Prospecting": ("Appointment Scheduled", "Termin vereinbart"),
    "Negotiation": ("Contract Sent", "Vertrag gesendet"),
    "Closed Won": ("Closed Won", "Abgeschlossen und gewonnen"),
    "Closed Lost": ("Closed Lost", "Abgeschlossen und verloren"),
}
_HS = {
    "en": {
        "pipeline": "Sales Pipeline",
        "entered": 'Date entered "{stage} ({pipeline})"',
        "exited": 'Date exited "{stage} ({pipeline})"',
        "yes": ("true", "false"),
        "direction": {"email": "Outgoing email", "incoming": "Incoming email"},
        "deals": ["Record ID", "Deal Name", "Deal Stage", "Amount", "Deal owner", "Close Date",
                  "Create Date", "Pipeline", "Deal Type", "Associated Company IDs",
                  "Associated Company", "Associated Contact IDs", "Is Closed Won"],
        "contacts": ["Record ID", "First Name", "Last Name", "Email", "Contact owner",
                     "Create Date", "Owner assigned date", "Lead Status", "Lifecycle Stage",
                     "Original Source", "Became a Sales Qualified Lead Date",
                     "Associated Deal IDs"],
        "calls": ["Record ID", "Call Title", "Activity date", "Call duration", "Call direction",
                  "Activity assigned to", "Associated Contact IDs", "Associated Deal IDs"],
        "meetings": ["Record ID", "Meeting name", "Meeting start time", "Meeting end time",
                     "Meeting outcome", "Activity assigned to", "Associated Deal IDs"],
        "emails": ["Record ID", "Email subject", "Activity date", "Email direction",
                   "Activity assigned to", "Associated Contact IDs", "Associated Deal IDs"],
        "owners": ["Owner ID", "First Name", "Last Name", "Email", "Teams"],
        "companies": ["Record ID", "Company name", "Industry", "Country/Region"],
        "files": {"deals": "hubspot-crm-exports-all-deals-2026-03-14.csv",
                  "contacts": "hubspot-crm-exports-all-contacts-2026-03-14.csv",
                  "calls": "hubspot-crm-exports-calls-2026-03-14.csv",
                  "meetings": "hubspot-crm-exports-meetings-2026-03-14.csv",
                  "emails": "hubspot-crm-exports-emails-2026-03-14.csv",
                  "owners": "hubspot-users-2026-03-14.csv",
                  "companies": "hubspot-crm-exports-all-companies-2026-03-14.csv"},
    },
    "de": {
        "pipeline": "Vertriebspipeline",
        "entered": 'Datum des Eintritts in "{stage} ({pipeline})"',
        "exited": 'Datum des Austritts aus "{stage} ({pipeline})"',
        "yes": ("Ja", "Nein"),
        "direction": {"email": "Ausgehende E-Mail", "incoming": "Eingehende E-Mail"},
        "deals": ["Datensatz-ID", "Name des Deals", "Deal-Phase", "Betrag", "Deal-Inhaber",
                  "Abschlussdatum", "Erstellungsdatum", "Pipeline", "Deal-Typ",
                  "IDs der zugehörigen Unternehmen", "Zugehörige Unternehmen",
                  "IDs der zugehörigen Kontakte", "Ist abgeschlossen und gewonnen"],
        "contacts": ["Datensatz-ID", "Vorname", "Nachname", "E-Mail", "Kontaktinhaber",
                     "Erstellungsdatum", "Datum der Inhaberzuweisung", "Lead-Status",
                     "Lifecycle-Phase", "Originalquelle",
                     "Datum, an dem der Kontakt zum Sales Qualified Lead wurde",
                     "IDs der zugehörigen Deals"],
        "calls": ["Datensatz-ID", "Anruftitel", "Aktivitätsdatum", "Anrufdauer",
                  "Anrufrichtung", "Aktivität zugewiesen an", "IDs der zugehörigen Kontakte",
                  "IDs der zugehörigen Deals"],
        "meetings": ["Datensatz-ID", "Name des Meetings", "Startzeit des Meetings",
                     "Endzeit des Meetings", "Meeting-Ergebnis", "Aktivität zugewiesen an",
                     "IDs der zugehörigen Deals"],
        "emails": ["Datensatz-ID", "E-Mail-Betreff", "Aktivitätsdatum", "E-Mail-Richtung",
                   "Aktivität zugewiesen an", "IDs der zugehörigen Kontakte",
                   "IDs der zugehörigen Deals"],
        "owners": ["Inhaber-ID", "Vorname", "Nachname", "E-Mail", "Teams"],
        "companies": ["Datensatz-ID", "Unternehmensname", "Branche", "Land/Region"],
        "files": {"deals": "hubspot-crm-exports-alle-deals-2026-03-14.csv",
                  "contacts": "hubspot-crm-exports-alle-kontakte-2026-03-14.csv",
                  "calls": "hubspot-crm-exports-anrufe-2026-03-14.csv",
                  "meetings": "hubspot-crm-exports-meetings-2026-03-14.csv",
                  "emails": "hubspot-crm-exports-e-mails-2026-03-14.csv",
                  "owners": "hubspot-benutzer-2026-03-14.csv",
                  "companies": "hubspot-crm-exports-alle-unternehmen-2026-03-14.csv"},
    },
}  # fmt: skip


def _hs_when(at: datetime | None, language: str) -> str:
    if at is None:
        return ""
    return at.strftime("%d.%m.%Y %H:%M") if language == "de" else at.strftime("%Y-%m-%d %H:%M")


def _hs_amount(amount: float, language: str) -> str:
    text = f"{amount:,.2f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".") if language == "de" else text


def hubspot_ui(language: str = "en") -> Export:
    """A UI export made by a user working in English or German: owners by name (their ids in
    the users file), stage history in `Date entered` columns, 'Date exited' columns beside."""
    t = _HS[language]
    lang = 0 if language == "en" else 1
    when = lambda at: _hs_when(at, language)  # noqa: E731
    stages = list(_HS_STAGE)
    stage_header = {
        s: t["entered"].format(stage=_HS_STAGE[s][lang], pipeline=t["pipeline"]) for s in stages
    }
    exited = t["exited"].format(stage=_HS_STAGE["Prospecting"][lang], pipeline=t["pipeline"])
    deal_rows = []
    for d in DEALS:
        entered = dict(_stages(d))
        deal_rows.append(
            [1000 + d.key, d.name, _HS_STAGE[_stages(d)[-1][0]][lang],
             _hs_amount(d.amount, language),
             d.owner.name, when(d.closed or d.created + timedelta(days=60)), when(d.created),
             t["pipeline"], "newbusiness", 500 + d.account.key, d.account.name,
             next((7000 + x.key for x in LEADS if x.deal == d), ""),
             t["yes"][0] if d.outcome == "won" else t["yes"][1],
             *(when(entered.get(s)) for s in stages), when(d.middle)]
        )  # fmt: skip
    deals = csv_text([*t["deals"], *stage_header.values(), exited], deal_rows)
    contacts = csv_text(
        t["contacts"],
        [
            [7000 + x.key, x.first, x.last, f"{x.first.lower()}@{x.last.lower()}.example",
             x.owner.name, when(x.created), when(x.created + timedelta(hours=1)),
             "OPEN", "lead", x.source if lang == 0 else x.source_de, when(x.converted),
             1000 + x.deal.key if x.deal else ""]
            for x in LEADS
        ],
    )  # fmt: skip
    calls = [a for a in ACTIVITIES if a.kind == "call" and a.done]
    call_file = csv_text(
        t["calls"],
        [
            [9000 + a.key, f"Call {a.key}", when(a.at), (a.seconds or 0) * 1000, "OUTBOUND",
             a.owner.name, 7000 + a.lead.key if a.lead else "",
             1000 + a.deal.key if a.deal else ""]
            for a in calls
        ],
    )  # fmt: skip
    meetings = [a for a in ACTIVITIES if a.kind == "meeting"]
    meeting_file = csv_text(
        t["meetings"],
        [
            [9000 + a.key, f"Demo {a.key}", when(a.at),
             when(a.at + timedelta(seconds=a.seconds or 0)),
             "COMPLETED", a.owner.name, 1000 + a.deal.key if a.deal else ""]
            for a in meetings
        ],
    )  # fmt: skip
    emails = [a for a in ACTIVITIES if a.kind in ("email", "incoming")]
    email_file = csv_text(
        t["emails"],
        [
            [9000 + a.key, f"Proposal {a.key}", when(a.at), t["direction"][a.kind], a.owner.name,
             "", 1000 + a.deal.key if a.deal else ""]
            for a in emails
        ],
    )  # fmt: skip
    owners = csv_text(
        t["owners"],
        [[300 + p.key, p.first, p.last, p.email, "Nord" if p.key in (1, 3, 4) else "Süd"]
         for p in PEOPLE],
    )  # fmt: skip
    companies = csv_text(
        t["companies"],
        [[500 + a.key, a.name, a.industry if lang == 0 else a.industry_de, a.country]
         for a in ACCOUNTS],
    )  # fmt: skip
    entries = sum(len(_stages(d)) for d in DEALS)
    incoming = sum(1 for a in emails if a.kind == "incoming")
    touches = len(calls) + len(meetings) + len(emails) - incoming
    files = t["files"]
    return Export(
        files={
            files["deals"]: deals,
            files["contacts"]: contacts,
            files["calls"]: call_file,
            files["meetings"]: meeting_file,
            files["emails"]: email_file,
            files["owners"]: owners,
            files["companies"]: companies,
        },
        reads={
            "members": len(PEOPLE),
            "teams": 2,
            "accounts": len(ACCOUNTS),
            "leads": len(LEADS),
            "opportunities": len(DEALS),
            "opportunity_stages": entries,
            "touches": touches,
        },
        rows={
            "leads": len(LEADS),
            "opportunities": len(DEALS),
            "opportunity_stages": entries,
            "touches": len(calls) + len(meetings) + len(emails),
        },
        left_out={"touches": [f"{files['emails']}: {incoming} incoming emails are not touches"]},
        # A call on an account only has no HubSpot shape: calls are on contacts or deals.
        rejected={"touches": sum(1 for a in calls if a.account)},
    )


# --- A generic pipeline ---------------------------------------------------------------------


def pipeline() -> Export:
    """A BI tutorial's pipeline CSV and teams file: agents and managers by name, day-first
    dates from a spreadsheet re-save, a byte order mark; managers sell nothing themselves."""
    stage = {"won": "Won", "lost": "Lost", "open": "Engaging"}
    deals = csv_text(
        ["opportunity_id", "sales_agent", "product", "account", "deal_stage", "engage_date",
         "close_date", "close_value"],
        [
            [f"P{d.key:03d}", d.owner.name, ("GTX Basic", "MG Special")[d.key % 2],
             d.account.name, stage[d.outcome], d.created.strftime("%d/%m/%Y"),
             d.closed.strftime("%d/%m/%Y") if d.closed else "",
             f"{d.amount:.0f}" if d.outcome != "open" else ""]
            for d in DEALS
        ],
    )  # fmt: skip
    teams = csv_text(
        ["sales_agent", "manager", "regional_office"],
        [
            [p.name, next(m.name for m in PEOPLE if m.key == p.manager),
             "Central" if p.manager == 1 else "West"]
            for p in REPS
        ],
    )  # fmt: skip
    return Export(
        files={"sales_pipeline.csv": "\ufeff" + deals, "sales_teams.csv": teams},
        reads={"members": len(PEOPLE), "teams": 2, "accounts": len(ACCOUNTS),
               "opportunities": len(DEALS)},
        rows={"opportunities": len(DEALS)},
    )  # fmt: skip


BUILDERS = {
    "salesforce-data": salesforce_data,
    "salesforce-reports": salesforce_reports,
    "hubspot-en": lambda: hubspot_ui("en"),
    "hubspot-de": lambda: hubspot_ui("de"),
    "pipeline": pipeline,
}
"""Every fresh export, by a name for tests."""
