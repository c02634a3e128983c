"""Which year's format a data archive is in, and whether it is the Basic part or the Complete one,
from what the archive reader saw of its files (`archive.ROLES`, `exports.find_header`).

The network sends the archive in two parts: the Basic one within minutes (profile and network:
Profile, Positions, Education, Skills, Connections, Invitations...) and the Complete one within a
day, which adds the member's activity. Importing only the Basic part leaves every signal of that
activity without data, so a check before the import says which part it holds.

Formats drift between years: in 2018 Connections.csv has no URL column and no preamble, Messages.csv
has `From,To,Date,Subject,Content,Direction,Folder`, and some files are UTF-16 with tabs; from 2024
Connections.csv has a `Notes:` paragraph above its header and a URL column, messages.csv has
conversation ids and profile URLs, Invitations.csv the profile URLs of both people.
"""

from __future__ import annotations

from dataclasses import dataclass

from sellindex.sources.network.archive import COMPLETE_ONLY, ROLES

BASIC = "Basic"
COMPLETE = "Complete"
FORMAT_2018 = "2018"
FORMAT_2024 = "2024-2026"


@dataclass(frozen=True)
class FileShape:
    """What the reader saw of one archive file."""

    role: str
    name: str
    fields: frozenset[str]
    """The role's fields the header has."""
    header_line: int
    encoding: str
    delimiter: str


def archive_format(shapes: list[FileShape]) -> tuple[str | None, list[str]]:
    """The year's format the files show ("2018", "2024-2026", "mixed"), or None when no file
    tells; with what told it, file by file."""
    clues: list[tuple[str, str]] = []
    for s in shapes:
        if s.encoding == "utf-16" or s.delimiter == "\t":
            clues.append((FORMAT_2018, f"{s.name}: UTF-16, tab-separated"))
        if s.role == "connections":
            if s.header_line > 1:
                clues.append(
                    (FORMAT_2024, f"{s.name}: a Notes: preamble, header on line {s.header_line}")
                )
            if "url" not in s.fields:
                clues.append((FORMAT_2018, f"{s.name}: no URL column"))
        if s.role == "messages":
            if "conversation_id" in s.fields:
                clues.append((FORMAT_2024, f"{s.name}: CONVERSATION ID and profile URL columns"))
            elif "direction" in s.fields:
                clues.append((FORMAT_2018, f"{s.name}: From, To, Direction, no conversation id"))
        if s.role == "invitations" and {"inviter_url", "invitee_url"} <= s.fields:
            clues.append((FORMAT_2024, f"{s.name}: inviter and invitee profile URLs"))
    years = {year for year, _ in clues}
    if not years:
        return None, []
    name = years.pop() if len(years) == 1 else "mixed"
    return name, [why for _, why in clues]


def archive_part(roles: set[str], names: list[str]) -> tuple[str, str]:
    """Basic or Complete, and why: the Complete part is the one with the member's activity.
    `names` are the ZIP's or folder's name and the folders inside it, whose names may say
    (`Basic_LinkedInDataExport_03-24-2024`)."""
    files = {r.name: r.names[0] for r in ROLES}
    activity = [f"{files[r]}.csv" for r in COMPLETE_ONLY]
    found = [f"{files[r]}.csv" for r in COMPLETE_ONLY if r in roles]
    named = {n.lower().split("_", 1)[0]: n for n in names}
    if found:
        why = f"it holds {', '.join(found)}"
        if "basic" in named:
            why += f", though {named['basic']} is named as the Basic part"
        return COMPLETE, why
    why = f"none of {', '.join(activity)}: the Complete archive adds them"
    if "complete" in named:
        why += f" ({named['complete']} is named as the Complete part: a member with no activity?)"
    return BASIC, why
