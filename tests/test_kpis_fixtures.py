"""Tiny hand-made stores for the KPI, grading and scorecard tests (no tests of its own).

Every number the tests expect is worked out by hand in the comments next to the rows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pyarrow as pa

from sellindex.schema import table as schema_table
from sellindex.store import Store

_ARROW_TYPES = {
    "id": pa.int64(),
    "int": pa.int64(),
    "text": pa.string(),
    "float": pa.float64(),
    "bool": pa.bool_(),
    "timestamp": pa.timestamp("us"),
    "date": pa.date32(),
}


def insert(store: Store, name: str, rows: list[dict[str, Any]]) -> None:
    """Insert rows (dicts of some of the table's columns) into a canonical table."""
    spec = schema_table(name)
    columns = {c.name: [row.get(c.name) for row in rows] for c in spec.columns}
    arrow = pa.table(
        {name: pa.array(values, type=_ARROW_TYPES[spec.column(name).type.value])
         for name, values in columns.items()}
    )  # fmt: skip
    store.con.register("incoming_rows", arrow)
    try:
        store.con.execute(f'INSERT INTO "{name}" BY NAME SELECT * FROM incoming_rows')
    finally:
        store.con.unregister("incoming_rows")


def ts(text: str) -> datetime:
    return datetime.fromisoformat(text)


def member(member_id: int, **fields: Any) -> dict[str, Any]:
    row = {
        "member_id": member_id,
        "name": f"Member {member_id}",
        "industry": "software",
        "seniority": "ic",
        "joined_at": ts("2023-01-01"),
    }
    row.update(fields)
    return row


def build_sales_world(store: Store) -> None:
    """Reps 1-3 in team 10, rep 4 in team 20; leads, deals and touches in Jan-Feb 2024.

    Rep 1, January: leads L1 (first touch after 2 h), L2 (10 h), L3 (never touched), L6
    (touched only by rep 2, so untouched by its owner) -> median 6 h, p90 9.2 h, 2 untouched;
    inbound L1, L2, L6 of which L1, L6 qualified -> 2/3; qualified in January L1 (became O1),
    L6 (did not) -> 1/2. Deals opened in January: O1 (from L1), O2, O5 (O4 is impossible) ->
    lead-flow share 1/3. Closed in January: O1 won 1000 in 20 days with 3 touches (two on L1,
    one on O1; one more after the close is excluded), O2 lost in 10 days with 2 touches (one
    after the close excluded) -> win rate 0.5.
    Rep 2: lead L4 was reassigned to rep 2 on Jan 10; rep 1's touch on Jan 2 predates it and
    is ignored; rep 2 touched it 4 h after assignment. O3 (from L4) opened in January, won in
    February for 3000 after 30 days with 2 touches.
    Rep 3: O6 opened Jan 2, won Jan 30 for 2000 (28 days), no touches.
    L5 has no owner.
    """
    insert(
        store,
        "teams",
        [{"team_id": 10, "name": "North"}, {"team_id": 20, "name": "South"}],
    )
    insert(
        store,
        "members",
        [
            member(1, team_id=10),
            member(2, team_id=10),
            member(3, team_id=10),
            member(4, team_id=20),
        ],
    )
    lead = {"source": "inbound", "created_at": ts("2024-01-01")}
    insert(
        store,
        "leads",
        [
            lead | {"lead_id": 1, "owner_id": 1, "assigned_at": ts("2024-01-01"),
                    "qualified_at": ts("2024-01-03"), "converted_opportunity_id": 1},
            lead | {"lead_id": 2, "owner_id": 1, "assigned_at": ts("2024-01-02")},
            lead | {"lead_id": 3, "owner_id": 1, "assigned_at": ts("2024-01-05"),
                    "source": "outbound"},
            lead | {"lead_id": 4, "owner_id": 2, "assigned_at": ts("2024-01-10"),
                    "qualified_at": ts("2024-01-11"), "converted_opportunity_id": 3},
            lead | {"lead_id": 5, "owner_id": None, "assigned_at": None},
            lead | {"lead_id": 6, "owner_id": 1, "assigned_at": ts("2024-01-20"),
                    "qualified_at": ts("2024-01-21")},
        ],
    )  # fmt: skip
    deal = {"amount": None, "product": "core"}
    insert(
        store,
        "opportunities",
        [
            deal | {"opportunity_id": 1, "lead_id": 1, "owner_id": 1,
                    "created_at": ts("2024-01-04"), "closed_at": ts("2024-01-24"),
                    "outcome": "won", "amount": 1000.0},
            deal | {"opportunity_id": 2, "owner_id": 1, "created_at": ts("2024-01-06"),
                    "closed_at": ts("2024-01-16"), "outcome": "lost", "amount": 500.0},
            deal | {"opportunity_id": 3, "lead_id": 4, "owner_id": 2,
                    "created_at": ts("2024-01-12"), "closed_at": ts("2024-02-11"),
                    "outcome": "won", "amount": 3000.0},
            deal | {"opportunity_id": 4, "owner_id": 1, "created_at": ts("2024-01-15"),
                    "closed_at": ts("2024-01-10"), "outcome": "won", "amount": 9999.0},
            deal | {"opportunity_id": 5, "owner_id": 1, "created_at": ts("2024-01-20"),
                    "outcome": "open"},
            deal | {"opportunity_id": 6, "owner_id": 3, "created_at": ts("2024-01-02"),
                    "closed_at": ts("2024-01-30"), "outcome": "won", "amount": 2000.0},
        ],
    )  # fmt: skip
    touches = [
        (1, 1, 1, None, "2024-01-01T02:00"),
        (2, 1, 1, None, "2024-01-01T05:00"),
        (3, 1, 2, None, "2024-01-02T10:00"),
        (4, 1, 4, None, "2024-01-02T00:00"),  # before L4 was reassigned: ignored
        (5, 2, 4, None, "2024-01-10T04:00"),
        (6, 2, 6, None, "2024-01-20T01:00"),  # not the owner: L6 stays untouched
        (7, 1, None, 1, "2024-01-10T00:00"),
        (8, 1, None, 1, "2024-01-25T00:00"),  # after O1 closed
        (9, 1, None, 2, "2024-01-07T00:00"),
        (10, 1, None, 2, "2024-01-08T00:00"),
        (11, 1, None, 2, "2024-01-20T00:00"),  # after O2 closed
        (12, 2, None, 3, "2024-01-20T00:00"),
    ]
    insert(
        store,
        "touches",
        [
            {"touch_id": t, "rep_id": rep, "lead_id": lead_id, "opportunity_id": opp,
             "channel": "call", "occurred_at": ts(at)}
            for t, rep, lead_id, opp, at in touches
        ],
    )  # fmt: skip


def build_network_world(store: Store) -> None:
    """Members, content, activity, connections and ads for the non-sales KPI families.

    Members: 1 (software, ic, team 10, joined 2024-01-05), 2 (software, vp, team 10, joined
    2024-01-20), 3 (finance, cxo, team 20, joined 2024-02-10), 4 (software, manager, team 20,
    joined 2023-06-01, never active).
    Content: post 100 by member 1 gets 4 views, 2 reactions, 1 comment, 1 share in January
    (engagement rate 4/4 = 1.0); post 200 by member 2 gets 1 reaction and no view (rate empty).
    Logins: member 1 on Jan 5, Jan 6 and Feb 1; member 2 on Jan 20; member 3 on Feb 10, and a
    post on Feb 11.
    Connections of member 1: 2 (2023-12-01), 3 (2024-01-10), 4 (2024-02-15). Member 2 follows
    member 1 on Jan 3. Profile views of member 1 by 2 (Jan 5), 3 (Jan 6), 4 (Feb 1).
    Member 1 messages 2 (Jan 7, reply Jan 8), InMails 3 (Jan 9, no reply), messages 4 (Feb 2,
    InMail reply by 4 on Feb 3). One call by member 1 in January.
    """
    insert(
        store,
        "members",
        [
            member(1, industry="software", seniority="ic", team_id=10, company_id=7,
                   joined_at=ts("2024-01-05")),
            member(2, industry="software", seniority="vp", team_id=10, company_id=7,
                   joined_at=ts("2024-01-20")),
            member(3, industry="finance", seniority="cxo", team_id=20, company_id=8,
                   joined_at=ts("2024-02-10")),
            member(4, industry="software", seniority="manager", team_id=20, company_id=8,
                   joined_at=ts("2023-06-01")),
        ],
    )  # fmt: skip
    insert(
        store,
        "content",
        [
            {"content_id": 100, "author_id": 1, "kind": "post", "published_at": ts("2024-01-05")},
            {"content_id": 200, "author_id": 2, "kind": "post", "published_at": ts("2024-01-20")},
        ],
    )
    events = [
        # (actor, type, day, target, content)
        (2, "content_view", "2024-01-06", 1, 100),
        (3, "content_view", "2024-01-06", 1, 100),
        (4, "content_view", "2024-01-07", 1, 100),
        (2, "content_view", "2024-01-08", 1, 100),
        (2, "reaction", "2024-01-06", 1, 100),
        (3, "reaction", "2024-01-06", 1, 100),
        (3, "comment", "2024-01-06", 1, 100),
        (2, "share", "2024-01-09", 1, 100),
        (1, "reaction", "2024-01-21", 2, 200),
        (1, "login", "2024-01-05", None, None),
        (1, "login", "2024-01-06", None, None),
        (1, "login", "2024-02-01", None, None),
        (2, "login", "2024-01-20", None, None),
        (3, "login", "2024-02-10", None, None),
        (3, "post", "2024-02-11", None, None),
        (2, "follow", "2024-01-03", 1, None),
        (2, "profile_view", "2024-01-05", 1, None),
        (3, "profile_view", "2024-01-06", 1, None),
        (4, "profile_view", "2024-02-01", 1, None),
        (1, "message_sent", "2024-01-07", 2, None),
        (1, "message_received", "2024-01-08", 2, None),
        (1, "inmail_sent", "2024-01-09", 3, None),
        (1, "message_sent", "2024-02-02", 4, None),
        (4, "inmail_replied", "2024-02-03", 1, None),
    ]
    insert(
        store,
        "activity",
        [
            {"event_id": i, "member_id": actor, "event_type": kind,
             "occurred_at": ts(day + "T12:00"), "target_member_id": target, "content_id": content}
            for i, (actor, kind, day, target, content) in enumerate(events, start=1)
        ],
    )  # fmt: skip
    insert(
        store,
        "connections",
        [
            {"member_a": 1, "member_b": 2, "connected_at": ts("2023-12-01")},
            {"member_a": 1, "member_b": 3, "connected_at": ts("2024-01-10")},
            {"member_a": 1, "member_b": 4, "connected_at": ts("2024-02-15")},
        ],
    )
    insert(
        store,
        "touches",
        [{"touch_id": 1, "rep_id": 1, "lead_id": 1, "channel": "call",
          "occurred_at": ts("2024-01-15")}],
    )  # fmt: skip
    insert(
        store,
        "campaigns",
        [
            {"campaign_id": 1, "name": "Spring", "company_id": 7},
            {"campaign_id": 2, "name": "Dormant", "company_id": 8},
        ],
    )
    day = datetime.fromisoformat
    insert(
        store,
        "ads",
        [
            # campaign 1, January: 2000 impressions, 80 clicks, 8 conversions, spend 160,
            # revenue 400 -> CTR 4%, conversion 10%, CPC 2, cost per conversion 20, ROI 1.5
            {"campaign_id": 1, "date": day("2024-01-02").date(), "impressions": 1000,
             "clicks": 50, "conversions": 5, "spend": 100.0, "revenue": 400.0},
            {"campaign_id": 1, "date": day("2024-01-03").date(), "impressions": 1000,
             "clicks": 30, "conversions": 3, "spend": 60.0, "revenue": None},
            # campaign 2: nothing delivered -> every ratio empty
            {"campaign_id": 2, "date": day("2024-01-02").date(), "impressions": 0,
             "clicks": 0, "conversions": 0, "spend": 0.0, "revenue": 0.0},
        ],
    )  # fmt: skip
