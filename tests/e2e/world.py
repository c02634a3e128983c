"""A small store for the web tests: eight members in two teams, loads, rejects, accounts, scores.

Snapshots of the index are scored weekly (`SCORED_DATES`), and reps 2, 3 and 6 have a few leads,
deals and touches, so every page has real numbers to show.

Team 10 (North) is managed by member 1, team 20 (South) by member 5; member 4 has no team but
reports to member 1; member 8 belongs to nobody. Names are unique so a test can search any
response for people the caller must not see.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sellindex.metrics.ssi.model import load_model
from sellindex.metrics.ssi.run import score_into_snapshots
from sellindex.store import Store, open_store
from sellindex.store.accounts import add_user, create_token

PASSWORD = "correct horse battery staple"

MEMBERS = [
    # member_id, name, title, seniority, team_id, manager_id
    (1, "Ada Northcott", "Sales Manager", "manager", 10, None),
    (2, "Ben Northwood", "Account Executive", "ic", 10, 1),
    (3, "Cyd Northam", "Sales Development Rep", "ic", 10, 1),
    (4, "Dee Solo", "Partner Manager", "ic", None, 1),
    (5, "Eve Southgate", "Sales Manager", "manager", 20, None),
    (6, "Fin Southey", "Account Executive", "ic", 20, 5),
    (7, "Gus Southall", "Account Executive", "ic", 20, 5),
    (8, "Hal Nobody", "Founder", "cxo", None, None),
]
NAMES = {member_id: name for member_id, name, *_ in MEMBERS}

VISIBLE = {
    "admin": set(NAMES),
    "manager": {1, 2, 3, 4},
    "member": {2},
}
"""Who each test account may see (manager = member 1, member = member 2)."""

OUTSIDER = {"member": 3, "manager": 6, "admin": 999_999}
"""For each role, a member id they must not be shown (a teammate, another team, nobody)."""

OUTSIDER_TEAM = {"member": 10, "manager": 20, "admin": 999_999}
"""For each role, a team id they must not open (their own team for a member, who sees no team
pages; the other team for the manager; a team that does not exist for the admin)."""

ACCOUNTS = {
    "admin": ("admin@example.com", None),
    "manager": ("manager@example.com", 1),
    "member": ("member@example.com", 2),
}

CRM_LEADS = [
    # lead_id, owner (rep), assigned and qualified at
    (501, 2, datetime(2025, 3, 3, 9)),
    (502, 2, datetime(2025, 4, 7, 9)),
    (503, 3, datetime(2025, 4, 8, 9)),
    (504, 6, datetime(2025, 4, 9, 9)),
]
CRM_DEALS = [
    # opportunity_id, lead_id, owner, created, closed, outcome, amount
    [601, 501, 2, datetime(2025, 3, 4), datetime(2025, 3, 20), "won", 1000.0],
    [602, 502, 2, datetime(2025, 4, 8), datetime(2025, 4, 25), "lost", 2500.0],
    [603, 503, 3, datetime(2025, 4, 9), datetime(2025, 4, 28), "won", 4000.0],
    [604, 504, 6, datetime(2025, 4, 10), datetime(2025, 4, 29), "won", 3000.0],
]
CRM_TOUCHES = [
    # touch_id, rep, lead, opportunity, at: each lead touched two hours after assignment
    [701, 2, 501, None, datetime(2025, 3, 3, 11)],
    [702, 2, 502, None, datetime(2025, 4, 7, 11)],
    [703, 3, 503, None, datetime(2025, 4, 8, 11)],
    [704, 6, 504, None, datetime(2025, 4, 9, 11)],
    [705, 2, None, 602, datetime(2025, 4, 10, 11)],
]

REJECTED_MEMBER_ROWS = 30
REJECTED_ACTIVITY_ROWS = 5


@dataclass(frozen=True)
class World:
    path: Path
    tokens: dict[str, str]
    emails: dict[str, str]


def fill(store: Store) -> dict[str, str]:
    """Insert the world into an empty store; returns an API token per role."""
    con = store.con
    con.executemany(
        "INSERT INTO members (member_id, name, industry, company_id, company, title, seniority,"
        " region, team_id, manager_id, joined_at, has_photo, has_headline, has_summary,"
        " experience_count, education_count, skills_count, rich_media_count,"
        " recommendations_count) VALUES (?, ?, 'software', 100, 'Acme', ?, ?, 'emea', ?, ?,"
        " ?, true, true, false, 3, 1, 12, 0, 2)",
        [
            [member_id, name, title, seniority, team, manager, datetime(2024, 1, member_id)]
            for member_id, name, title, seniority, team, manager in MEMBERS
        ],
    )
    con.executemany("INSERT INTO teams VALUES (?, ?, ?)", [[10, "North", 1], [20, "South", 5]])
    con.executemany(
        "INSERT INTO activity (event_id, member_id, event_type, occurred_at) VALUES (?, ?, ?, ?)",
        [
            [1, 2, "post", datetime(2025, 3, 1, 9)],
            [2, 3, "login", datetime(2025, 3, 2, 10)],
            [3, 6, "comment", datetime(2025, 4, 30, 17, 45)],
        ],
    )
    con.executemany(
        "INSERT INTO connections VALUES (?, ?, ?)",
        [[1, 2, datetime(2024, 6, 1)], [2, 3, datetime(2024, 6, 2)], [5, 6, datetime(2024, 6, 3)]],
    )
    con.executemany(
        "INSERT INTO leads (lead_id, source, created_at, owner_id, assigned_at, qualified_at)"
        " VALUES (?, 'inbound', ?, ?, ?, ?)",
        [[lead, day, rep, day, day] for lead, rep, day in CRM_LEADS],
    )
    con.executemany(
        "INSERT INTO opportunities (opportunity_id, lead_id, owner_id, product, created_at,"
        " closed_at, outcome, amount) VALUES (?, ?, ?, 'core', ?, ?, ?, ?)",
        CRM_DEALS,
    )
    con.executemany(
        "INSERT INTO touches (touch_id, rep_id, lead_id, opportunity_id, channel, occurred_at)"
        " VALUES (?, ?, ?, ?, 'call', ?)",
        CRM_TOUCHES,
    )
    con.executemany(
        "INSERT INTO loads VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            [
                1,
                datetime(2025, 5, 1, 8),
                datetime(2025, 5, 1, 8, 1),
                "members",
                "world/members.csv",
                38,
                8,
                REJECTED_MEMBER_ROWS,
                0,
            ],
            [
                2,
                datetime(2025, 5, 1, 8, 2),
                datetime(2025, 5, 1, 8, 3),
                "activity",
                "world/activity.csv",
                9,
                3,
                REJECTED_ACTIVITY_ROWS,
                1,
            ],
        ],
    )
    con.executemany(
        "INSERT INTO rejects VALUES (?, ?, ?, ?, ?, ?)",
        [
            [1, "members", "world/members.csv", line + 2, "industry is missing", f"{100 + line},,"]
            for line in range(REJECTED_MEMBER_ROWS)
        ]
        + [
            [
                2,
                "activity",
                "world/activity.csv",
                line + 2,
                "unknown event_type 'poke'",
                f"{50 + line},2,poke",
            ]
            for line in range(REJECTED_ACTIVITY_ROWS)
        ],
    )
    tokens = {}
    for role, (email, member_id) in ACCOUNTS.items():
        add_user(store, email, role, member_id, PASSWORD)
        tokens[role], _ = create_token(store, email, f"{role} test token")
    return tokens


SCORED_DATES = [date(2025, 4, 5) + timedelta(weeks=week) for week in range(5)]
"""Weekly snapshots, so pages have a history, a week-over-week change and a trend."""


def score(store: Store) -> None:
    score_into_snapshots(store, load_model(), SCORED_DATES)


def build(path: Path) -> World:
    with open_store(path, create=True) as store:
        tokens = fill(store)
        score(store)
    return World(path, tokens, {role: email for role, (email, _) in ACCOUNTS.items()})
