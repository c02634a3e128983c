"""A member's data archive from a professional network ("download your data"), every year's shape.

The archive is the member's own record: their profile, positions and skills, their connections
with each one's name, profile URL, company and position, the invitations, messages, posts,
comments, reactions, searches, endorsements and follows, each with a timestamp. It maps onto
the canonical tables as:

- the owner (whose archive it is): a member with the profile fields completeness counts;
- everyone else the archive names: members known only by name, profile URL and company /
  position, identified by the slug of their profile URL (`/in/<slug>`), or, where a file has
  no URL (2018 archives), by their name among the owner's contacts;
- connections, invitations (accepted when the invitee later appears in Connections), posts
  as content, and every dated action as activity.

Formats drift between years, so files are matched by name without regard to case, spaces or
underscores (`Company Follows.csv`, `Company_Follows_2.csv`), headers are found by their
column names below any preamble, and columns are matched by name. What an archive never holds
(who viewed the member's profile, their followers, engagement on their posts, groups) is
listed in `CANNOT_FEED`, and what its files tell about the owner is recorded for them
(`owner_feeds`): the Basic part tells nothing of their own activity. Cards then say "no data"
instead of showing 0 points.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import duckdb

from sellindex.errors import SellindexError
from sellindex.sources.crm.detect import ExportPlan
from sellindex.sources.crm.mapping import Mapping
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
from sellindex.sources.feeds import ARCHIVE_ROLE_FEEDS
from sellindex.sources.network.values import (
    at_unit,
    company_key,
    month,
    said,
    seniority,
    slug,
    ts,
)

KIND = "archive"


def _date(label: str, *aliases: str, required: bool = False) -> Field:
    """The timestamp of a file's rows, read into `stamp` from the column `label` (or
    `aliases`)."""
    return Field("stamp", (label, *aliases), "date", required, label)


def _role(
    name: str,
    files: tuple[str, ...],
    table: str,
    fields: tuple[Field, ...],
    *,
    backslash_escapes: bool = False,
) -> Role:
    return Role(
        name=name,
        table=table,
        names=files,
        signature=tuple(f.name for f in fields),
        fields=fields,
        required=name == "connections",
        backslash_escapes=backslash_escapes,
    )


CONNECTIONS = _role(
    "connections",
    ("Connections",),
    "connections",
    (
        Field("first_name"),
        Field("last_name"),
        Field("url", ("profile_url", "public_url")),
        Field("email", ("email_address",)),
        Field("company"),
        Field("position", ("title",)),
        _date("Connected On", "connected", required=True),
    ),
)
INVITATIONS = _role(
    "invitations",
    ("Invitations",),
    "invitations",
    (
        Field("inviter", ("from",)),
        Field("invitee", ("to",)),
        _date("Sent At", "sent", required=True),
        Field("message"),
        Field("direction"),
        Field("inviter_url", ("inviterProfileUrl",)),
        Field("invitee_url", ("inviteeProfileUrl",)),
    ),
)
MESSAGES = _role(
    "messages",
    ("messages",),
    "activity",
    (
        Field("conversation_id"),
        Field("conversation_title"),
        Field("sender", ("from",), required=True),
        Field("sender_url", ("sender_profile_url",)),
        Field("recipients", ("to",)),
        Field("recipient_urls", ("recipient_profile_urls",)),
        _date("DATE", "sent_at", required=True),
        Field("subject"),
        Field("content"),
        Field("folder"),
        Field("direction"),
        Field("draft", ("is_message_draft",)),
    ),
)
SHARES = _role(
    "shares",
    ("Shares",),
    "activity",
    (
        _date("Date", required=True),
        Field("share_link"),
        Field("commentary", ("share_commentary",)),
        Field("shared_url"),
        Field("media_url"),
        Field("visibility"),
    ),
)
COMMENTS = _role(
    "comments",
    ("Comments",),
    "activity",
    (_date("Date", required=True), Field("link"), Field("message")),
    backslash_escapes=True,
)
REACTIONS = _role(
    "reactions",
    ("Reactions",),
    "activity",
    (_date("Date", required=True), Field("type"), Field("link")),
)
SEARCHES = _role(
    "searches",
    ("SearchQueries", "Search Queries"),
    "activity",
    (_date("Time", "date", required=True), Field("query", ("search_query",))),
)
ENDORSEMENTS_RECEIVED = _role(
    "endorsements_received",
    ("Endorsement_Received_Info", "Endorsements_Received", "Endorsements"),
    "activity",
    (
        _date("Endorsement Date", required=True),
        Field("skill", ("skill_name",)),
        Field("first_name", ("endorser_first_name",)),
        Field("last_name", ("endorser_last_name",)),
        Field("url", ("endorser_public_url", "endorser_profile_url")),
        Field("status", ("endorsement_status",)),
    ),
)
ENDORSEMENTS_GIVEN = _role(
    "endorsements_given",
    ("Endorsement_Given_Info", "Endorsements_Given"),
    "activity",
    (
        _date("Endorsement Date", required=True),
        Field("skill", ("skill_name",)),
        Field("first_name", ("endorsee_first_name",)),
        Field("last_name", ("endorsee_last_name",)),
        Field("url", ("endorsee_public_url", "endorsee_profile_url")),
        Field("status", ("endorsement_status",)),
    ),
)
MEMBER_FOLLOWS = _role(
    "member_follows",
    ("Member_Follows",),
    "activity",
    (_date("Date", required=True), Field("status"), Field("full_name", ("name",))),
)
COMPANY_FOLLOWS = _role(
    "company_follows",
    ("Company Follows",),
    "activity",
    (Field("organization", required=True), _date("Followed On")),
)
LOGINS = _role(
    "logins",
    ("Logins",),
    "activity",
    (
        _date("Login Date", "date", required=True),
        Field("ip_address"),
        Field("login_type"),
    ),
)
PROFILE = _role(
    "profile",
    ("Profile",),
    "members",
    (
        Field("first_name", required=True),
        Field("last_name"),
        Field("maiden_name"),
        Field("headline"),
        Field("summary"),
        Field("industry"),
        Field("geo_location", ("location",)),
    ),
)
POSITIONS = _role(
    "positions",
    ("Positions",),
    "members",
    (
        Field("company_name", ("company",), required=True),
        Field("title"),
        Field("started_on"),
        Field("finished_on"),
    ),
)
EDUCATION = _role(
    "education",
    ("Education",),
    "members",
    (Field("school_name", required=True), Field("start_date"), Field("end_date")),
)
SKILLS = _role("skills", ("Skills",), "members", (Field("name", required=True),))
RECOMMENDATIONS = _role(
    "recommendations_received",
    ("Recommendations_Received",),
    "members",
    (
        Field("first_name", required=True),
        Field("last_name"),
        Field("company"),
        Field("job_title"),
        _date("Creation Date"),
        Field("status"),
    ),
)
RICH_MEDIA = _role(
    "rich_media",
    ("Rich Media", "Rich_Media"),
    "members",
    (_date("Date/Time", "date"), Field("media_description"), Field("media_link")),
)
REGISTRATION = _role(
    "registration",
    ("Registration",),
    "members",
    (_date("Registered At", "registration_date", required=True),),
)
EMAILS = _role(
    "emails",
    ("Email Addresses", "Email_Addresses"),
    "members",
    (Field("email", ("email_address",), required=True), Field("primary"), Field("confirmed")),
)

ROLES: tuple[Role, ...] = (
    CONNECTIONS,
    INVITATIONS,
    MESSAGES,
    SHARES,
    COMMENTS,
    REACTIONS,
    SEARCHES,
    ENDORSEMENTS_RECEIVED,
    ENDORSEMENTS_GIVEN,
    MEMBER_FOLLOWS,
    COMPANY_FOLLOWS,
    LOGINS,
    PROFILE,
    POSITIONS,
    EDUCATION,
    SKILLS,
    RECOMMENDATIONS,
    RICH_MEDIA,
    REGISTRATION,
    EMAILS,
)

COMPLETE_ONLY: tuple[str, ...] = (
    "messages",
    "shares",
    "comments",
    "reactions",
    "searches",
    "logins",
)
"""Roles whose files only the Complete archive holds: the member's own activity."""


def owner_feeds(roles: Iterable[str]) -> tuple[str, ...]:
    """What an archive holding files of `roles` tells about its owner (`sources.feeds`). A file
    left out means the owner had nothing of it (no comments, say), so its feeds hold, but only
    in the part that would hold it: an archive with none of the Complete part's files is the
    Basic part, which tells nothing of the owner's own activity."""
    complete = not set(COMPLETE_ONLY).isdisjoint(roles)
    return tuple(
        dict.fromkeys(
            feed
            for role, feeds in ARCHIVE_ROLE_FEEDS.items()
            if complete or role not in COMPLETE_ONLY
            for feed in feeds
        )
    )


CANNOT_FEED = (
    "who viewed the member's profile",
    "profiles the member viewed",
    "followers gained",
    "engagement received on posts",
    "groups",
    "searches with filters",
    "leads and accounts saved",
)
"""What no archive holds, in words, for the import's notes."""


def _file_key(path: Path) -> str:
    """A file name as archives vary it: case, spaces, underscores and `_<digits>` aside."""
    return squeezed(re.sub(r"_\d+$", "", path.stem))


def plan(files: list[Path], mapping: Mapping | None = None) -> ExportPlan:
    """Each archive file's role, from its name first and its header second."""
    mapping = mapping or Mapping()
    by_name = {squeezed(n): r for r in ROLES for n in r.names}
    roles: dict[str, Path] = {}
    ignored: list[tuple[Path, str]] = []
    for f in files:
        if f.suffix.lower() not in (".csv", ".txt", ".tsv"):
            ignored.append((f, "not a CSV file"))
            continue
        role = by_name.get(_file_key(f))
        if role is None:
            ignored.append((f, "not a file sellindex reads from an archive"))
        elif role.name in roles:
            ignored.append((f, f"another file already plays the {role.name} role"))
        elif f.stat().st_size == 0:
            ignored.append((f, "empty"))
        else:
            roles[role.name] = f
    if not roles:
        where = Path(os.path.commonpath(files)) if files else "the folder"
        where = where.parent if len(files) == 1 else where
        raise SellindexError(
            f"{where} holds no file of a data archive (such as Connections.csv, Profile.csv, "
            "messages.csv, Shares.csv)"
        )
    return ExportPlan(KIND, roles, ignored)


def recognise(files: list[Path]) -> str | None:
    """Why these files are a data archive: two or more named as an archive names them, or its
    Connections.csv alone."""
    names = {squeezed(n): n for r in ROLES for n in r.names}
    found = sorted(
        {names[k] for f in files if f.suffix.lower() == ".csv" if (k := _file_key(f)) in names}
    )
    if len(found) >= 2 or found == ["Connections"]:
        return (
            "its files are named as a data archive's: "
            + ", ".join(found[:6])
            + (", ..." if len(found) > 6 else "")
        )
    return None


# ---------------------------------------------------------------- values


def _full_name(first: str, last: str) -> str:
    return f"nullif(trim(concat_ws(' ', {first}, {last})), '')"


# ---------------------------------------------------------------- the owner


@dataclass(frozen=True)
class Owner:
    """Whose archive it is."""

    name: str
    key: str
    """The name as a key (lower case): it scopes the owner's contacts and events, so a later
    archive of the same person, in any year's format, gives them the same ids."""
    slug: str | None
    email: str | None
    how: str

    @property
    def ref(self) -> str:
        return f"url:{self.slug}" if self.slug else f"name:{self.key}"


def find_owner(con: duckdb.DuckDBPyConnection, staged: dict[str, StagedFile]) -> Owner:
    """The owner from Profile.csv's name and from messages: the person in the most
    conversations (the owner is in every one of them) gives the profile URL."""
    profile_name = None
    profile = staged.get("profile")
    if profile:
        row = con.execute(
            f"SELECT {_full_name('first_name', 'last_name')} FROM {profile.table} "
            "WHERE first_name IS NOT NULL ORDER BY _line LIMIT 1"
        ).fetchone()
        profile_name = row[0] if row else None
    top = _top_participant(con, staged.get("messages"))
    email = _owner_email(con, staged.get("emails"))
    if profile_name:
        key = _key(con, profile_name)
        slug, told = None, "messages"
        if top:
            match = _participant_named(con, staged["messages"], key)
            slug = match or (top[1] if top[0] == key or top[3] else None)
        if slug is None and (invited := _invitations_named(con, staged.get("invitations"), key)):
            slug, told = invited, "Invitations.csv"
        how = "Profile.csv" + (f", and {told} for the profile URL" if slug else "")
        return Owner(profile_name, key, slug, email, how)
    if top:
        name_key, slug, name, _ = top
        return Owner(name or slug or name_key, name_key, slug, email, "the sender in messages")
    raise SellindexError(
        "cannot tell whose archive this is: it has neither Profile.csv nor messages"
    )


def _key(con: duckdb.DuckDBPyConnection, name: str) -> str:
    row = con.execute(f"SELECT {person_key('?')}", [name]).fetchone()
    assert row is not None
    return str(row[0])


def _participants(messages: StagedFile) -> str:
    """Everyone in each conversation, as (conversation, name key, slug, name, sent)."""
    conversation = "coalesce(conversation_id, CAST(_line AS VARCHAR))"
    return f"""
        SELECT {conversation} AS conversation, {person_key("sender")} AS name_key,
               {slug("sender_url")} AS slug, sender AS name, 1 AS sent
        FROM {messages.table} WHERE sender IS NOT NULL AND NOT {_sponsored()}
        UNION ALL
        SELECT {conversation}, NULL, {slug("u")}, NULL, 0
        FROM (SELECT *, unnest(string_split(recipient_urls, ',')) AS u
              FROM {messages.table} WHERE recipient_urls IS NOT NULL)
        WHERE NOT {_sponsored()}
        UNION ALL
        SELECT {conversation}, {person_key("recipients")}, NULL, recipients, 0
        FROM {messages.table}
        WHERE recipients IS NOT NULL AND recipient_urls IS NULL AND NOT {_sponsored()}
    """


def _top_participant(
    con: duckdb.DuckDBPyConnection, messages: StagedFile | None
) -> tuple[str, str | None, str | None, bool] | None:
    """(name key, slug, name, in every conversation) of the person in most conversations."""
    if messages is None:
        return None
    row = con.execute(
        f"""
        WITH p AS ({_participants(messages)}),
        who AS (
            SELECT coalesce(slug, name_key) AS who, any_value(slug) AS slug,
                   first(name_key ORDER BY sent DESC) AS name_key,
                   first(name ORDER BY sent DESC) AS name,
                   count(DISTINCT conversation) AS conversations, sum(sent) AS sent
            FROM p WHERE coalesce(slug, name_key) IS NOT NULL GROUP BY 1
        )
        SELECT name_key, slug, name,
               conversations = (SELECT count(DISTINCT conversation) FROM p) AS everywhere
        FROM who ORDER BY conversations DESC, sent DESC, who LIMIT 1
        """
    ).fetchone()
    if row is None:
        return None
    return (row[0], row[1], row[2], bool(row[3]))


def _participant_named(
    con: duckdb.DuckDBPyConnection, messages: StagedFile, name_key: str
) -> str | None:
    """The profile URL slug messages give a sender of this name, when they give one."""
    row = con.execute(
        f"SELECT {slug('sender_url')} AS slug, count(*) AS n FROM {messages.table} "
        f"WHERE {person_key('sender')} = ? AND sender_url IS NOT NULL "
        "GROUP BY 1 ORDER BY n DESC LIMIT 1",
        [name_key],
    ).fetchone()
    return row[0] if row else None


def _invitations_named(
    con: duckdb.DuckDBPyConnection, invitations: StagedFile | None, name_key: str
) -> str | None:
    """The profile URL slug invitations give the person of this name, either way: a Basic
    archive has no messages, and without the URL its owner would be a second member beside
    the one their URL names in the invitations."""
    if invitations is None:
        return None
    row = con.execute(
        f"""
        SELECT slug, count(*) AS n FROM (
            SELECT {slug("inviter_url")} AS slug, {person_key("inviter")} AS name_key
            FROM {invitations.table}
            UNION ALL
            SELECT {slug("invitee_url")}, {person_key("invitee")} FROM {invitations.table}
        ) WHERE name_key = ? AND slug IS NOT NULL GROUP BY 1 ORDER BY n DESC, slug LIMIT 1
        """,
        [name_key],
    ).fetchone()
    return row[0] if row else None


def _owner_email(con: duckdb.DuckDBPyConnection, emails: StagedFile | None) -> str | None:
    if emails is None:
        return None
    primary = said('"primary"', "yes", "true")
    row = con.execute(
        f"SELECT lower(trim(email)) FROM {emails.table} WHERE email IS NOT NULL "
        f"ORDER BY {primary} DESC, _line LIMIT 1"
    ).fetchone()
    return row[0] if row else None


def _sponsored(t: str = "") -> str:
    """A sponsored message: from 'LinkedIn Member' with no sender URL, or in a conversation
    titled 'Sponsored Conversation'. `t` prefixes the columns (`t.`)."""
    return (
        f"(coalesce({t}conversation_title ILIKE 'sponsored conversation%', false) "
        f"OR (lower({t}sender) = 'linkedin member' AND {t}sender_url IS NULL))"
    )


def _kept(t: str = "") -> str:
    """A message that counts: neither sponsored nor a draft."""
    return f"NOT {_sponsored(t)} AND NOT {said(t + 'draft', 'yes', 'true')}"


# ---------------------------------------------------------------- people


_MENTIONS = ("file", "line", "slot", "url", "name", "company", "title", "email", "rank")


def _mention(file: StagedFile, slot: str, rank: int, where: str = "", **columns: str) -> str:
    picked = ", ".join(
        f"CAST({columns[c]} AS VARCHAR) AS {c}" if c in columns else f"NULL::VARCHAR AS {c}"
        for c in _MENTIONS[3:-1]
    )
    return (
        f"SELECT {lit(file.role.name)} AS file, _line AS line, {lit(slot)} AS slot, {picked}, "
        f"{rank} AS rank FROM {file.table} {f'WHERE {where}' if where else ''}"
    )


def _mentions(staged: dict[str, StagedFile]) -> list[str]:
    """Every place the archive names a person: (file role, line, slot, url, name, company,
    title, email, rank); lower ranks describe a person best (Connections first)."""
    parts = []
    if c := staged.get("connections"):
        name = _full_name("first_name", "last_name")
        parts.append(
            _mention(
                c,
                "person",
                0,
                url="url",
                name=name,
                company="company",
                title="position",
                email="lower(email)",
            )
        )
    if i := staged.get("invitations"):
        parts.append(_mention(i, "from", 2, url="inviter_url", name="inviter"))
        parts.append(_mention(i, "to", 2, url="invitee_url", name="invitee"))
    if m := staged.get("messages"):
        single = "recipient_urls IS NULL OR strpos(recipient_urls, ',') = 0"
        parts.append(_mention(m, "from", 3, f"NOT {_sponsored()}", url="sender_url", name="sender"))
        parts.append(
            _mention(
                m,
                "to",
                3,
                f"NOT {_sponsored()}",
                url="nullif(trim(split_part(recipient_urls, ',', 1)), '')",
                name=f"CASE WHEN {single} THEN recipients END",
            )
        )
    for role in ("endorsements_received", "endorsements_given"):
        if e := staged.get(role):
            name = _full_name("first_name", "last_name")
            parts.append(_mention(e, "person", 2, url="url", name=name))
    if r := staged.get("recommendations_received"):
        name = _full_name("first_name", "last_name")
        parts.append(_mention(r, "person", 1, name=name, company="company", title="job_title"))
    if f := staged.get("member_follows"):
        parts.append(_mention(f, "person", 4, name="full_name"))
    return parts


def _people(con: duckdb.DuckDBPyConnection, staged: dict[str, StagedFile], owner: Owner) -> None:
    """`crm_arc_people`: every mention with the reference of the person it names.

    A mention with a profile URL is `url:<slug>`; one with only a name takes the slug of the
    one URL the archive gives that name elsewhere, else it is the owner's contact of that name,
    `contact:<owner>|<name>`. The owner is recognised by their slug, else their name.
    """
    parts = _mentions(staged)
    if not parts:
        parts = [f"SELECT {', '.join(f'NULL::VARCHAR AS {c}' for c in _MENTIONS)} WHERE false"]
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE crm_arc_mentions AS
        SELECT file, CAST(line AS BIGINT) AS line, slot, {slug("url")} AS slug,
               nullif(trim(name), '') AS name, {person_key("name")} AS name_key,
               nullif(trim(company), '') AS company, nullif(trim(title), '') AS title,
               email, CAST(rank AS INT) AS rank
        FROM ({" UNION ALL ".join(parts)})
        """
    )
    owner_slug = lit(owner.slug) if owner.slug else "NULL"
    contact = f"{lit('contact:' + owner.key + '|')} || m.name_key"
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE crm_arc_people AS
        WITH named AS (
            SELECT name_key, any_value(slug) AS slug FROM crm_arc_mentions
            WHERE slug IS NOT NULL AND name_key IS NOT NULL
            GROUP BY 1 HAVING count(DISTINCT slug) = 1
        ),
        marked AS (
            SELECT m.*, coalesce(m.slug = {owner_slug}, false)
                        OR (m.slug IS NULL AND coalesce(m.name_key = {lit(owner.key)}, false))
                        AS is_owner,
                   n.slug AS named_slug
            FROM crm_arc_mentions m LEFT JOIN named n USING (name_key)
        )
        SELECT m.*, CASE
            WHEN m.is_owner THEN {lit(owner.ref)}
            WHEN m.slug IS NOT NULL THEN 'url:' || m.slug
            WHEN m.named_slug IS NOT NULL AND m.named_slug IS DISTINCT FROM {owner_slug}
            THEN 'url:' || m.named_slug
            WHEN m.name_key IS NOT NULL THEN {contact}
        END AS ref
        FROM marked m
        """
    )


def _ref(file: str, slot: str, alias: str) -> str:
    """A join that gives each row of a file the person its `slot` names (`{alias}.ref`)."""
    return (
        f"LEFT JOIN crm_arc_people {alias} ON {alias}.file = {lit(file)} "
        f"AND {alias}.line = t._line AND {alias}.slot = {lit(slot)}"
    )


def _members(staged: dict[str, StagedFile], owner: Owner) -> TableMap:
    """The owner, with the profile fields completeness counts, and everyone the archive
    names, with the company and position the best source gives."""
    profile = staged.get("profile")
    counts = {
        "experience_count": staged.get("positions"),
        "education_count": staged.get("education"),
        "skills_count": staged.get("skills"),
        "rich_media_count": staged.get("rich_media"),
    }
    counted = {
        column: f"(SELECT count(*) FROM {f.table})" if f else "NULL" for column, f in counts.items()
    }
    recommendations = staged.get("recommendations_received")
    counted["recommendations_count"] = (
        f"(SELECT count(*) FROM {recommendations.table} "
        f"WHERE NOT {said('status', 'hidden', 'rejected', 'withdrawn')})"
        if recommendations
        else "NULL"
    )
    positions = staged.get("positions")
    current = (
        f"(SELECT {{}} FROM {positions.table} ORDER BY finished_on IS NULL DESC, "
        f"{month('started_on')} DESC NULLS LAST, _line LIMIT 1)"
        if positions
        else "NULL"
    )
    title = current.format("title") if positions else "NULL"
    company = current.format("company_name") if positions else "NULL"
    registered = staged.get("registration")
    joined = f"(SELECT min({ts('stamp')}) FROM {registered.table})" if registered else "NULL"

    def from_profile(sql: str) -> str:
        return f"(SELECT {sql} FROM {profile.table})" if profile else "NULL"

    anchor = profile or next(iter(staged.values()))
    email = lit(owner.email) if owner.email else "NULL"
    counts_sql = ", ".join(f"{v} AS {c}" for c, v in counted.items())
    owner_row = f"""
        SELECT {lit(owner.ref)} AS ref, {lit(owner.name)} AS name, {company} AS company,
               {title} AS title, {email} AS email, -1 AS rank,
               {lit(str(anchor.path))} AS file, {from_profile("min(_line)")} AS line,
               coalesce({joined}, (SELECT min(moment) FROM crm_arc_moments)) AS joined_at,
               {from_profile("first(industry ORDER BY _line)")} AS industry,
               {from_profile("first(geo_location ORDER BY _line)")} AS region,
               {from_profile("bool_or(headline IS NOT NULL)")} AS has_headline,
               {from_profile("bool_or(summary IS NOT NULL)")} AS has_summary,
               {counts_sql}
    """
    files = {name: lit(str(f.path)) for name, f in staged.items()}
    others = f"""
        SELECT ref, name, company, title, email, rank,
               CASE file {" ".join(f"WHEN {lit(r)} THEN {p}" for r, p in files.items())} END,
               line, NULL, NULL, NULL, NULL, NULL, {", ".join("NULL" for _ in counted)}
        FROM crm_arc_people WHERE NOT is_owner AND ref IS NOT NULL
    """
    hidden = ""
    if c := staged.get("connections"):
        hidden = f"""
            UNION ALL
            SELECT ref, NULL, NULL, NULL, NULL, 9, {lit(str(c.path))}, _line,
                   NULL, NULL, NULL, NULL, NULL, {", ".join("NULL" for _ in counted)}
            FROM crm_arc_hidden
        """
    order = "ORDER BY rank, file, line"

    def first(column: str) -> str:
        return f"first({column} {order}) FILTER (WHERE {column} IS NOT NULL) AS {column}"

    state = ["joined_at", "industry", "region", "has_headline", "has_summary", *counted]
    return TableMap(
        sql=f"""
            SELECT ref AS member_id, {first("name")}, {first("company")}, {first("title")},
                   {seniority("first(title " + order + ") FILTER (WHERE title IS NOT NULL)")}
                   AS seniority,
                   'name:' || {company_key(f"first(company {order}) FILTER (WHERE company IS NOT NULL)")}
                   AS company_id,
                   {", ".join(f"max({c}) AS {c}" for c in state)},
                   {first("email").replace(" AS email", " AS _email")},
                   first(file {order}) AS _source_file, first(line {order}) AS _source_line
            FROM ({owner_row} UNION ALL {others} {hidden}) GROUP BY ref
        """,  # noqa: E501
        ids={"member_id": "member", "company_id": "company"},
        sources=tuple(
            Source(f, {"member_id": "first_name"} if f.has("first_name") else {})
            for name, f in staged.items()
            if name in ("profile", "connections")
        ),
        derived=True,
        keep_stored=True,
    )


def _member_keys(owner: Owner) -> list[str]:
    """Further keys: the owner's name and email (which a CRM export of the same person has),
    and, for everyone with a URL, their name among the owner's contacts (which an archive of
    a year without URLs gives them)."""
    label = lit(owner.name)
    keys = [
        f"SELECT {lit(owner.ref)}, 'name', {lit(owner.key)}, 2, {label}",
        "SELECT DISTINCT ref, 'contact', "
        f"{lit(owner.key + '|')} || name_key, 3, NULL FROM crm_arc_people "
        "WHERE ref LIKE 'url:%' AND NOT is_owner AND name_key IS NOT NULL",
        "SELECT DISTINCT ref, 'email', email, 1, NULL FROM crm_arc_people "
        "WHERE email IS NOT NULL AND NOT is_owner AND ref IS NOT NULL",
    ]
    if owner.email:
        keys.append(f"SELECT {lit(owner.ref)}, 'email', {lit(owner.email)}, 1, {label}")
    return keys


def _company_keys() -> list[str]:
    return []


# ---------------------------------------------------------------- relations


def _hidden(con: duckdb.DuckDBPyConnection, connections: StagedFile, owner: Owner) -> int:
    """Connections whose row is blank but for the date: people who hide their data. They are
    connections all the same, each with a member known to no one, keyed by the owner, the
    date and their order on that date, so a later archive gives them the same ids."""
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE crm_arc_hidden AS
        SELECT _line, {lit("hidden:" + owner.key + "|")} || coalesce(stamp, '') || '|'
                   || row_number() OVER (PARTITION BY stamp ORDER BY _line) AS ref
        FROM {connections.table}
        WHERE first_name IS NULL AND last_name IS NULL AND url IS NULL AND stamp IS NOT NULL
        """
    )
    row = con.execute("SELECT count(*) FROM crm_arc_hidden").fetchone()
    return int(row[0]) if row else 0


def _connections(connections: StagedFile, owner: Owner) -> TableMap:
    """One pair per person: the owner and each connection, at the earliest date given."""
    return TableMap(
        sql=f"""
            SELECT {lit(owner.ref)} AS member_a, other AS member_b,
                   first({at_unit("t.stamp", "day")} ORDER BY {ts("t.stamp")} NULLS LAST, t._line)
                   AS connected_at,
                   {lit(str(connections.path))} AS _source_file, min(t._line) AS _source_line
            FROM (
                SELECT c.*, coalesce(p.ref, h.ref) AS other FROM {connections.table} c
                LEFT JOIN crm_arc_people p ON p.file = 'connections' AND p.line = c._line
                     AND NOT p.is_owner
                LEFT JOIN crm_arc_hidden h ON h._line = c._line
            ) t WHERE other IS NOT NULL GROUP BY other
        """,
        ids={"member_a": "member", "member_b": "member"},
        sources=(Source(connections, {"connected_at": "stamp", "member_b": "url"}),),
    )


def _invitations(invitations: StagedFile, owner: Owner) -> TableMap:
    """Invitations either way. One the owner sent is accepted when its invitee appears in
    Connections on or after the day it was sent (the archive has no accepted flag); one the
    owner received, likewise, when its inviter does."""
    other = "CASE WHEN s.is_owner THEN r.ref ELSE s.ref END"
    return TableMap(
        sql=f"""
            WITH rows AS (
                SELECT t._line, t.stamp, s.ref AS sender, r.ref AS recipient, {other} AS other,
                       {ts("t.stamp")} AS sent
                FROM {invitations.table} t {_ref("invitations", "from", "s")}
                {_ref("invitations", "to", "r")}
                WHERE coalesce(s.is_owner, false) OR coalesce(r.is_owner, false)
            ),
            linked AS (
                SELECT ref, min(moment) AS moment FROM crm_arc_connected GROUP BY ref
            )
            SELECT sender AS sender_id, recipient AS recipient_id,
                   {at_unit("rows.stamp", "minute")} AS sent_at,
                   CASE WHEN CAST(l.moment AS DATE) >= CAST(rows.sent AS DATE)
                        THEN strftime(greatest(date_trunc('day', l.moment),
                                               date_trunc('minute', rows.sent)),
                                      '%Y-%m-%d %H:%M:%S') END
                   AS accepted_at,
                   {lit(str(invitations.path))} AS _source_file, rows._line AS _source_line
            FROM rows LEFT JOIN linked l ON l.ref = rows.other
        """,
        ids={"sender_id": "member", "recipient_id": "member"},
        sources=(
            Source(
                invitations,
                {"sender_id": "inviter", "recipient_id": "invitee", "sent_at": "stamp"},
            ),
        ),
    )


# ---------------------------------------------------------------- activity


@dataclass(frozen=True)
class _Events:
    """One file's dated actions, as SQL over its staged rows (`t`, joined people)."""

    file: StagedFile
    event_type: str
    actor: str
    target: str
    detail: str
    joins: str = ""
    where: str = ""
    content: bool = False


def _event_parts(staged: dict[str, StagedFile], owner: Owner) -> list[_Events]:
    me = lit(owner.ref)
    parts = []
    if m := staged.get("messages"):
        parts.extend(_messages(m))
    if s := staged.get("shares"):
        commentary = _commentary("t.commentary")
        reshare = (
            f"({commentary} IS NULL AND coalesce(t.shared_url ILIKE '%/feed/update/%' "
            "OR t.shared_url ILIKE '%/posts/%', false))"
        )
        parts.append(
            _Events(
                s,
                "post",
                me,
                "NULL",
                "coalesce(t.share_link, '')",
                where=f"NOT {reshare}",
                content=True,
            )
        )
        parts.append(_Events(s, "share", me, "NULL", "coalesce(t.shared_url, '')", where=reshare))
    if c := staged.get("comments"):
        parts.append(_Events(c, "comment", me, "NULL", "coalesce(t.link, '')"))
    if r := staged.get("reactions"):
        parts.append(_Events(r, "reaction", me, "NULL", "coalesce(t.link, '')"))
    if q := staged.get("searches"):
        parts.append(_Events(q, "search", me, "NULL", "coalesce(t.query, '')"))
    endorsed = f"p.ref IS NOT NULL AND NOT {said('t.status', 'rejected', 'hidden')}"
    for role, actor, target in (
        ("endorsements_received", "p.ref", me),
        ("endorsements_given", me, "p.ref"),
    ):
        if e := staged.get(role):
            detail = "coalesce(p.ref, '') || coalesce(t.skill, '')"
            joins = _ref(role, "person", "p")
            parts.append(_Events(e, "endorsement", actor, target, detail, joins, endorsed))
    if f := staged.get("member_follows"):
        parts.append(
            _Events(
                f,
                "follow",
                me,
                "p.ref",
                "coalesce(t.full_name, '')",
                _ref("member_follows", "person", "p"),
                f"NOT {said('t.status', 'unfollowed', 'inactive')}",
            )
        )
    if f := staged.get("company_follows"):
        parts.append(
            _Events(
                f, "follow", me, "NULL", "coalesce(t.organization, '')", where="t.stamp IS NOT NULL"
            )
        )
    if lg := staged.get("logins"):
        parts.append(_Events(lg, "login", me, "NULL", "coalesce(t.ip_address, '')"))
    return parts


def _messages(m: StagedFile) -> list[_Events]:
    """Messages the owner sent, and replies to them: a message received when the previous one
    in its conversation was the owner's. Sponsored messages and drafts are left out.

    Without conversation ids (2018), a conversation is everything with one other person.
    """
    joins = f"{_ref('messages', 'from', 's')} {_ref('messages', 'to', 'r')}"
    kept = _kept("t.")
    outgoing = (
        "coalesce(s.is_owner, false) OR "
        f"(s.ref IS NULL AND {said('t.direction', 'outgoing', 'sent')})"
    )
    return [
        _Events(
            m,
            "message_sent",
            "NULL",
            "r.ref",
            "coalesce(r.ref, '') || md5(coalesce(t.content, ''))",
            joins,
            f"{kept} AND ({outgoing})",
        ),
        _Events(
            m,
            "message_received",
            "NULL",
            "s.ref",
            "coalesce(s.ref, '') || md5(coalesce(t.content, ''))",
            joins,
            f"{kept} AND NOT ({outgoing}) AND t._line IN (SELECT line FROM crm_arc_replies)",
        ),
    ]


def _replies(con: duckdb.DuckDBPyConnection, m: StagedFile) -> None:
    """`crm_arc_replies`: lines of messages that answer the owner (the conversation's previous
    message, by time, was the owner's)."""
    mine = f"coalesce(s.is_owner, s.ref IS NULL AND {said('t.direction', 'outgoing', 'sent')})"
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE crm_arc_replies AS
        WITH ordered AS (
            SELECT t._line AS line, {ts("t.stamp")} AS moment, {mine} AS mine,
                   coalesce(t.conversation_id,
                            CASE WHEN coalesce(s.is_owner, false) THEN r.ref ELSE s.ref END,
                            t.recipients, t.sender) AS conversation
            FROM {m.table} t {_ref("messages", "from", "s")} {_ref("messages", "to", "r")}
            WHERE {_kept("t.")}
        )
        SELECT line FROM (
            SELECT line, mine,
                   lag(mine) OVER (PARTITION BY conversation ORDER BY moment, line) AS previous
            FROM ordered
        ) WHERE NOT mine AND previous
        """
    )


def _commentary(expr: str) -> str:
    """A post's text as Shares.csv writes it: each line of a multi-line post wrapped in doubled
    quotes and each blank line as four quote marks, so a CSV parse leaves a quote at both ends
    of every line. Those are removed; a post of only blank lines is empty."""
    lines = f"string_split(replace({expr}, chr(13), ''), chr(10))"
    unwrapped = (
        f"list_transform({lines}, l -> CASE WHEN length(l) >= 2 AND l[1] = '\"' "
        "AND l[-1] = '\"' THEN l[2:-2] ELSE l END)"
    )
    text = f"trim(array_to_string({unwrapped}, chr(10)), chr(10) || ' ')"
    return f"CASE WHEN {expr} IS NULL THEN NULL ELSE nullif({text}, '') END"


def _moments(con: duckdb.DuckDBPyConnection, staged: dict[str, StagedFile]) -> None:
    """`crm_arc_moments`: every timestamp the archive holds (the owner was a member by the
    first), and `crm_arc_connected`: when each person became a connection."""
    stamps = [
        f"SELECT {ts('stamp')} AS moment FROM {f.table}"
        for name, f in staged.items()
        if f.has("stamp") and name not in ("registration", "recommendations_received")
    ]
    con.execute(
        "CREATE OR REPLACE TEMP TABLE crm_arc_moments AS "
        + (" UNION ALL ".join(stamps) if stamps else "SELECT NULL::TIMESTAMP AS moment WHERE false")
    )
    c = staged.get("connections")
    con.execute(
        "CREATE OR REPLACE TEMP TABLE crm_arc_connected AS "
        + (
            f"SELECT p.ref, {ts('c.stamp')} AS moment FROM {c.table} c JOIN crm_arc_people p "
            "ON p.file = 'connections' AND p.line = c._line AND NOT p.is_owner"
            if c
            else "SELECT NULL::VARCHAR AS ref, NULL::TIMESTAMP AS moment WHERE false"
        )
    )


def _activity(parts: list[_Events], owner: Owner) -> tuple[TableMap, TableMap | None]:
    """Activity and the posts as content. Each event's key is the owner, its type, the
    minute it happened and its order within that minute, so the same action in a later
    archive, of any year's format, is the same event."""
    me = lit(owner.ref)
    selects = []
    for p in parts:
        actor = me if p.actor == "NULL" else p.actor
        where = f"WHERE {p.where}" if p.where else ""
        selects.append(
            f"""
            SELECT {lit(p.event_type)} AS event_type, {at_unit("t.stamp", "minute")} AS occurred_at,
                   {actor} AS member_id, {p.target} AS target_member_id, {p.detail} AS detail,
                   {str(p.content).lower()} AS is_content,
                   {lit(str(p.file.path))} AS _source_file, t._line AS _source_line
            FROM {p.file.table} t {p.joins} {where}
            """
        )
    minute = f"coalesce(strftime({ts('occurred_at')}, '%Y-%m-%d %H:%M'), occurred_at, '')"
    keyed = f"""
        SELECT *, {lit("archive:" + owner.key + "|")} || event_type || '|' || {minute} || '|'
                  || row_number() OVER (PARTITION BY event_type, {minute}
                                        ORDER BY detail, _source_file, _source_line) AS key
        FROM ({" UNION ALL ".join(selects)})
    """
    activity = TableMap(
        sql=f"""
            SELECT key AS event_id, member_id, event_type, occurred_at, target_member_id,
                   CASE WHEN is_content THEN key END AS content_id, NULL AS value,
                   _source_file, _source_line
            FROM ({keyed})
        """,
        ids={
            "event_id": "event",
            "member_id": "member",
            "target_member_id": "member",
            "content_id": "content",
        },
        sources=tuple(Source(p.file, {"occurred_at": "stamp"}) for p in parts),
    )
    if not any(p.content for p in parts):
        return activity, None
    content = TableMap(
        sql=f"""
            SELECT key AS content_id, member_id AS author_id, 'post' AS kind,
                   occurred_at AS published_at, _source_file, _source_line
            FROM ({keyed}) WHERE is_content
        """,
        ids={"content_id": "content", "author_id": "member"},
        sources=tuple(Source(p.file, {"published_at": "stamp"}) for p in parts if p.content),
    )
    return activity, content


# ---------------------------------------------------------------- the import


def build(con: duckdb.DuckDBPyConnection, staged: dict[str, StagedFile]) -> Mapped:
    owner = find_owner(con, staged)
    _people(con, staged, owner)
    notes = [_owner_note(owner)]
    connections = staged.get("connections")
    hidden = _hidden(con, connections, owner) if connections else 0
    if not connections:
        con.execute(
            "CREATE OR REPLACE TEMP TABLE crm_arc_hidden AS "
            "SELECT NULL::BIGINT AS _line, NULL::VARCHAR AS ref WHERE false"
        )
    _moments(con, staged)
    if m := staged.get("messages"):
        _replies(con, m)
    tables: dict[str, TableMap] = {"members": _members(staged, owner)}
    if connections:
        tables["connections"] = _connections(connections, owner)
    if i := staged.get("invitations"):
        tables["invitations"] = _invitations(i, owner)
    parts = _event_parts(staged, owner)
    if parts:
        activity, content = _activity(parts, owner)
        tables["activity"] = activity
        if content:
            tables["content"] = content
    notes += _notes(con, staged, hidden)
    return Mapped(
        tables,
        keys={"member": _member_keys(owner), "company": _company_keys()},
        notes=notes,
        feeds={owner.ref: owner_feeds(staged)},
    )


def _owner_note(owner: Owner) -> str:
    url = f", profile /in/{owner.slug}" if owner.slug else ", no profile URL in the archive"
    return f"owner: {owner.name}{url} (from {owner.how})"


def _notes(con: duckdb.DuckDBPyConnection, staged: dict[str, StagedFile], hidden: int) -> list[str]:
    notes = []
    if hidden:
        notes.append(
            f"Connections.csv: {hidden:,} connections hide their names; each counts as a "
            "connection with an unnamed member"
        )
    if m := staged.get("messages"):
        row = con.execute(f"SELECT count(*) FROM {m.table} WHERE {_sponsored()}").fetchone()
        if row and row[0]:
            notes.append(f"{m.path.name}: {row[0]:,} sponsored messages left out")
    notes.append(
        "an archive cannot tell: " + ", ".join(CANNOT_FEED) + "; cards show no data for them"
    )
    return notes


IMPORTER = Importer(
    kind=KIND,
    title="a professional network's data archive, ZIP or folder, any year's format",
    roles=ROLES,
    build=build,
    plan=plan,
    dates=MONTH_FIRST,
    recognise=recognise,
)
