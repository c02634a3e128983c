"""The canonical tables every source maps onto.

This module is the single source of truth for table names, column types, keys, references and
vocabularies. The store creates its tables from it, the loader validates against it, the
synthetic world writes it, and the user documentation (`sellindex schema`) is generated from it.

Conventions:
- Identifiers are 64-bit integers. Importers of real exports map external keys to integers
  through the store's identity map (`store.identities`), so a key always gets the same id.
- A value a source cannot supply is left empty, never filled with a guess that would look
  measured; a required text that a source cannot supply (a CRM rep's industry) is `unknown`.
- Timestamps are stored as UTC without a zone. Input may be any ISO 8601 form, with or without a
  zone; values without a zone are taken as UTC.
- `member_id` in `activity` is always the actor. When the event is about another member (a
  profile view, a reaction to their post, a follow, an endorsement, a message), that member is
  `target_member_id`. Engagement *received* is therefore an event whose target is the receiver.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ColumnType(StrEnum):
    """Logical column types, mapped to each engine's own types."""

    ID = "id"
    TEXT = "text"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    TIMESTAMP = "timestamp"
    DATE = "date"

    @property
    def sql(self) -> str:
        return _SQL_TYPES[self]


_SQL_TYPES = {
    ColumnType.ID: "BIGINT",
    ColumnType.TEXT: "VARCHAR",
    ColumnType.INT: "BIGINT",
    ColumnType.FLOAT: "DOUBLE",
    ColumnType.BOOL: "BOOLEAN",
    ColumnType.TIMESTAMP: "TIMESTAMP",
    ColumnType.DATE: "DATE",
}


@dataclass(frozen=True)
class Column:
    name: str
    type: ColumnType
    description: str
    required: bool = False
    vocabulary: tuple[str, ...] | None = None
    non_negative: bool = False


@dataclass(frozen=True)
class Reference:
    """`columns` of this table must match `target_columns` of a row in `target`, when not null."""

    column: str
    target: str
    target_column: str


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    references: tuple[Reference, ...] = ()
    checks: tuple[tuple[str, str], ...] = field(default=())
    """Row rules beyond column types: (reason shown to the user, SQL predicate that must hold).

    Predicates are plain portable SQL over the table's typed columns.
    """

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(f"{self.name} has no column {name!r}")


UNKNOWN = "unknown"
"""The value of a required text column that a source cannot supply (see `members.industry`)."""

SENIORITIES = ("ic", "manager", "director", "vp", "cxo")
SENIORITY_LABELS: dict[str, str] = {
    "ic": "Individual contributor",
    "manager": "Manager",
    "director": "Director",
    "vp": "VP",
    "cxo": "C-level",
}
"""How a person reads each seniority level."""
DECISION_MAKER_SENIORITIES = ("vp", "cxo")

EVENT_TYPE_MEANINGS: dict[str, str] = {
    "login": "the member signed in.",
    "post": "the member published a short post (`content_id`).",
    "article": "the member published a long-form article (`content_id`).",
    "share": "the member reshared content (`content_id`, target = its author).",
    "comment": "the member commented on content (`content_id`, target = its author).",
    "reaction": "the member reacted to content (`content_id`, target = its author).",
    "content_view": "the member viewed content (`content_id`, target = its author).",
    "profile_view": "the member viewed the target's profile.",
    "search": "the member ran a people search.",
    "advanced_search": "the member ran a people search with filters.",
    "lead_saved": "the member saved a lead (target, when the lead is a member).",
    "account_saved": "the member saved an account.",
    "message_sent": "the member sent a message to the target.",
    "message_received": "the member received a message from the target (a reply).",
    "inmail_sent": "the member sent an InMail to the target.",
    "inmail_replied": "the member replied to an InMail from the target.",
    "group_joined": "the member joined a group.",
    "group_post": "the member posted in a group.",
    "follow": "the member started following the target.",
    "endorsement": "the member endorsed a skill of the target.",
}
"""What each event type means. `member_id` is always the actor."""

EVENT_TYPES: tuple[str, ...] = tuple(EVENT_TYPE_MEANINGS)

CONTENT_KINDS = ("post", "article", "video", "document")
LEAD_SOURCES = ("inbound", "outbound")
TOUCH_CHANNELS = ("call", "email", "meeting", "social")
OUTCOMES = ("won", "lost", "open")
SEGMENTS = ("smb", "mid_market", "enterprise")

_ID = ColumnType.ID
_TEXT = ColumnType.TEXT
_INT = ColumnType.INT
_FLOAT = ColumnType.FLOAT
_BOOL = ColumnType.BOOL
_TS = ColumnType.TIMESTAMP
_DATE = ColumnType.DATE

TABLES: tuple[Table, ...] = (
    Table(
        name="members",
        description="People on the network, with the profile fields used for completeness.",
        columns=(
            Column("member_id", _ID, "Unique member identifier.", required=True),
            Column("name", _TEXT, "Display name."),
            Column(
                "industry",
                _TEXT,
                f"Industry the member works in; `{UNKNOWN}` when the source cannot say (a rep "
                "known only from a CRM export).",
                required=True,
            ),
            Column("company_id", _ID, "Employer identifier (members of one company share it)."),
            Column("company", _TEXT, "Employer name."),
            Column("title", _TEXT, "Job title."),
            Column("seniority", _TEXT, "Seniority level.", vocabulary=SENIORITIES),
            Column("region", _TEXT, "Geographic region."),
            Column("team_id", _ID, "Sales team the member belongs to, if any."),
            Column("manager_id", _ID, "The member's direct manager, if any."),
            Column(
                "joined_at",
                _TS,
                "When the member joined the network; empty when unknown (a rep known only "
                "from a CRM), and then the member is neither scored nor counted in growth.",
            ),
            Column("has_photo", _BOOL, "Profile has a photo."),
            Column("has_headline", _BOOL, "Profile has a headline."),
            Column("has_summary", _BOOL, "Profile has a summary."),
            Column("experience_count", _INT, "Positions listed.", non_negative=True),
            Column("education_count", _INT, "Schools listed.", non_negative=True),
            Column("skills_count", _INT, "Skills listed.", non_negative=True),
            Column("rich_media_count", _INT, "Media items on the profile.", non_negative=True),
            Column("recommendations_count", _INT, "Recommendations received.", non_negative=True),
        ),
        key=("member_id",),
        references=(Reference("manager_id", "members", "member_id"),),
        checks=(("member is their own manager", "manager_id IS NULL OR manager_id <> member_id"),),
    ),
    Table(
        name="teams",
        description="Sales teams and who manages them.",
        columns=(
            Column("team_id", _ID, "Unique team identifier.", required=True),
            Column("name", _TEXT, "Team name.", required=True),
            Column("manager_id", _ID, "Member who manages the team."),
        ),
        key=("team_id",),
        references=(Reference("manager_id", "members", "member_id"),),
    ),
    Table(
        name="connections",
        description=(
            "First-degree connections. Undirected: each pair is stored once with "
            "member_a < member_b; a pair given the other way round is normalised on load."
        ),
        columns=(
            Column("member_a", _ID, "One member of the pair.", required=True),
            Column("member_b", _ID, "The other member of the pair.", required=True),
            Column("connected_at", _TS, "When the connection was made.", required=True),
        ),
        key=("member_a", "member_b"),
        references=(
            Reference("member_a", "members", "member_id"),
            Reference("member_b", "members", "member_id"),
        ),
        checks=(("member connected to themselves", "member_a <> member_b"),),
    ),
    Table(
        name="invitations",
        description="Connection invitations; accepted_at is empty while pending or ignored.",
        columns=(
            Column("sender_id", _ID, "Member who sent the invitation.", required=True),
            Column("recipient_id", _ID, "Member invited.", required=True),
            Column("sent_at", _TS, "When it was sent.", required=True),
            Column("accepted_at", _TS, "When it was accepted, if it was."),
        ),
        key=("sender_id", "recipient_id", "sent_at"),
        references=(
            Reference("sender_id", "members", "member_id"),
            Reference("recipient_id", "members", "member_id"),
        ),
        checks=(
            ("member invited themselves", "sender_id <> recipient_id"),
            ("accepted before sent", "accepted_at IS NULL OR accepted_at >= sent_at"),
        ),
    ),
    Table(
        name="content",
        description="Posts, articles and other content published by members.",
        columns=(
            Column("content_id", _ID, "Unique content identifier.", required=True),
            Column("author_id", _ID, "Member who published it.", required=True),
            Column("kind", _TEXT, "Kind of content.", required=True, vocabulary=CONTENT_KINDS),
            Column("published_at", _TS, "When it was published.", required=True),
        ),
        key=("content_id",),
        references=(Reference("author_id", "members", "member_id"),),
    ),
    Table(
        name="activity",
        description="One row per event on the network. member_id is always the actor.",
        columns=(
            Column("event_id", _ID, "Unique event identifier.", required=True),
            Column("member_id", _ID, "Member who acted.", required=True),
            Column("event_type", _TEXT, "What happened.", required=True, vocabulary=EVENT_TYPES),
            Column("occurred_at", _TS, "When it happened.", required=True),
            Column("target_member_id", _ID, "Member the event is about, if any."),
            Column("content_id", _ID, "Content the event is about, if any."),
            Column("value", _FLOAT, "Optional magnitude (e.g. seconds spent)."),
        ),
        key=("event_id",),
        references=(
            Reference("member_id", "members", "member_id"),
            Reference("target_member_id", "members", "member_id"),
        ),
    ),
    Table(
        name="campaigns",
        description="Advertising campaigns.",
        columns=(
            Column("campaign_id", _ID, "Unique campaign identifier.", required=True),
            Column("name", _TEXT, "Campaign name.", required=True),
            Column("company_id", _ID, "Advertiser."),
            Column("objective", _TEXT, "What the campaign optimises for."),
            Column("started_on", _DATE, "First day of the campaign."),
        ),
        key=("campaign_id",),
    ),
    Table(
        name="ads",
        description="Daily delivery and results of each campaign.",
        columns=(
            Column("campaign_id", _ID, "Campaign.", required=True),
            Column("date", _DATE, "Day.", required=True),
            Column("impressions", _INT, "Times shown.", required=True, non_negative=True),
            Column("clicks", _INT, "Clicks.", required=True, non_negative=True),
            Column("conversions", _INT, "Conversions.", required=True, non_negative=True),
            Column("spend", _FLOAT, "Money spent.", required=True, non_negative=True),
            Column("revenue", _FLOAT, "Revenue attributed.", non_negative=True),
        ),
        key=("campaign_id", "date"),
        references=(Reference("campaign_id", "campaigns", "campaign_id"),),
        checks=(
            ("more clicks than impressions", "clicks <= impressions"),
            ("more conversions than clicks", "conversions <= clicks"),
        ),
    ),
    Table(
        name="accounts",
        description="Companies that are sold to (CRM accounts).",
        columns=(
            Column("account_id", _ID, "Unique account identifier.", required=True),
            Column("name", _TEXT, "Account name.", required=True),
            Column("industry", _TEXT, "Account's industry."),
            Column("region", _TEXT, "Account's region."),
            Column("segment", _TEXT, "Size segment.", vocabulary=SEGMENTS),
        ),
        key=("account_id",),
    ),
    Table(
        name="leads",
        description=(
            "CRM leads. owner_id and assigned_at describe the current assignment; a lead "
            "reassigned later keeps only its latest one, as CRM exports do."
        ),
        columns=(
            Column("lead_id", _ID, "Unique lead identifier.", required=True),
            Column(
                "source",
                _TEXT,
                "Lead flow; empty when the source of the lead is not known (counted as "
                "neither inbound nor outbound).",
                vocabulary=LEAD_SOURCES,
            ),
            Column("created_at", _TS, "When the lead was created.", required=True),
            Column("owner_id", _ID, "Rep who owns the lead."),
            Column("assigned_at", _TS, "When the current owner was assigned."),
            Column("qualified_at", _TS, "When the lead was qualified, if it was."),
            Column("disqualified_at", _TS, "When the lead was disqualified, if it was."),
            Column("converted_opportunity_id", _ID, "Opportunity the lead became, if any."),
            Column("account_id", _ID, "Account the lead belongs to, if known."),
        ),
        key=("lead_id",),
        references=(
            Reference("owner_id", "members", "member_id"),
            Reference("account_id", "accounts", "account_id"),
        ),
    ),
    Table(
        name="opportunities",
        description="CRM opportunities (deals) and their outcome.",
        columns=(
            Column("opportunity_id", _ID, "Unique opportunity identifier.", required=True),
            Column("lead_id", _ID, "Lead it came from, if it came from lead flow."),
            Column("owner_id", _ID, "Rep who owns the deal.", required=True),
            Column("account_id", _ID, "Account, when known."),
            Column("product", _TEXT, "Product sold."),
            Column("created_at", _TS, "When the deal was opened.", required=True),
            Column("closed_at", _TS, "When it was won or lost."),
            Column("outcome", _TEXT, "Result.", required=True, vocabulary=OUTCOMES),
            Column("amount", _FLOAT, "Deal value.", non_negative=True),
        ),
        key=("opportunity_id",),
        references=(
            Reference("lead_id", "leads", "lead_id"),
            Reference("owner_id", "members", "member_id"),
            Reference("account_id", "accounts", "account_id"),
        ),
        checks=(
            (
                "closed deal without a close date",
                "outcome = 'open' OR closed_at IS NOT NULL",
            ),
        ),
    ),
    Table(
        name="opportunity_stages",
        description="Stage history of each opportunity.",
        columns=(
            Column("opportunity_id", _ID, "Opportunity.", required=True),
            Column("stage", _TEXT, "Stage entered.", required=True),
            Column("entered_at", _TS, "When it entered the stage.", required=True),
            Column("amount", _FLOAT, "Deal value at that time.", non_negative=True),
        ),
        key=("opportunity_id", "stage", "entered_at"),
        references=(Reference("opportunity_id", "opportunities", "opportunity_id"),),
    ),
    Table(
        name="touches",
        description="Calls, emails, meetings and social touches by reps on leads or deals.",
        columns=(
            Column("touch_id", _ID, "Unique touch identifier.", required=True),
            Column("rep_id", _ID, "Rep who made the touch.", required=True),
            Column("lead_id", _ID, "Lead touched, if any."),
            Column("opportunity_id", _ID, "Opportunity touched, if any."),
            Column("channel", _TEXT, "How.", required=True, vocabulary=TOUCH_CHANNELS),
            Column("occurred_at", _TS, "When.", required=True),
            Column("duration_s", _FLOAT, "Length in seconds (calls, meetings).", non_negative=True),
            Column("content_shared", _BOOL, "Whether content was shared in the touch."),
        ),
        key=("touch_id",),
        references=(
            Reference("rep_id", "members", "member_id"),
            Reference("lead_id", "leads", "lead_id"),
            Reference("opportunity_id", "opportunities", "opportunity_id"),
        ),
        checks=(
            (
                "touch on neither a lead nor an opportunity",
                "lead_id IS NOT NULL OR opportunity_id IS NOT NULL",
            ),
        ),
    ),
)

TABLES_BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}
LOAD_ORDER: tuple[str, ...] = tuple(t.name for t in TABLES)
"""Tables in an order where every reference points at a table loaded earlier (or itself)."""


def table(name: str) -> Table:
    """Look up a canonical table by name, with a message that lists the valid names."""
    try:
        return TABLES_BY_NAME[name]
    except KeyError:
        raise KeyError(
            f"unknown table {name!r}; canonical tables are: {', '.join(LOAD_ORDER)}"
        ) from None
