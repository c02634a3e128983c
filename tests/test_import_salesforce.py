"""`sellindex import salesforce`: a data export (API names) and a report export (labels).

Hand-written files in the shape of Salesforce's objects: 18-character Ids in the data export,
15-character ones in the report, a queue owning a lead, a task not done yet, a task on a
contact, an event with a duration in minutes.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from sellindex.ingest.crm_import import import_export
from sellindex.store import Store


def sid(prefix: str, n: int, long: bool = True) -> str:
    """A Salesforce-shaped Id: object prefix, number, and the 3-character suffix of 18."""
    return f"{prefix}{n:012d}" + ("AAA" if long else "")


ANN, BO, MIA, QUEUE = sid("005", 1), sid("005", 2), sid("005", 3), sid("00G", 1)
OPP1, OPP2, OPP3 = sid("006", 1), sid("006", 2), sid("006", 3)
LEAD1, LEAD2, LEAD3 = sid("00Q", 1), sid("00Q", 2), sid("00Q", 3)
ACME, CONTACT = sid("001", 1), sid("003", 1)

FILES = {
    "Opportunity.csv": (
        "Id,Name,OwnerId,AccountId,StageName,Amount,CloseDate,IsWon,IsClosed,LeadSource,"
        "CreatedDate,Probability,Type\n"
        f"{OPP1},Big deal,{ANN},{ACME},Closed Won,5000,2024-03-10,true,true,Web,"
        "2024-02-01T09:00:00.000Z,100,New Business\n"
        f"{OPP2},Lost one,{BO},{ACME},Closed Lost,0,2024-03-12,false,true,,"
        "2024-02-05T10:00:00.000+0000,0,\n"
        f"{OPP3},Open one,{ANN},,Negotiation,1200,2024-06-30,false,false,,"
        "2024-03-01T11:00:00.000Z,60,\n"
    ),
    "Lead.csv": (
        "Id,OwnerId,LeadSource,Status,IsConverted,ConvertedDate,ConvertedOpportunityId,"
        "ConvertedAccountId,CreatedDate,Company\n"
        f"{LEAD1},{ANN},Web,Converted,true,2024-02-01,{OPP1},{ACME},2024-01-20T08:00:00.000Z,"
        "Acme\n"
        f"{LEAD2},{QUEUE},Purchased List,Open,false,,,,2024-01-22T08:00:00.000Z,Foo\n"
        f"{LEAD3},{BO},Partner Program,Open,false,,,,2024-01-23T08:00:00.000Z,Bar\n"
    ),
    "OpportunityHistory.csv": (
        "OpportunityId,StageName,Amount,CloseDate,Probability,CreatedDate,CreatedById\n"
        f"{OPP1},Prospecting,4000,2024-04-01,10,2024-02-01T09:00:00.000Z,{ANN}\n"
        f"{OPP1},Negotiation,5000,2024-03-15,60,2024-02-20T09:00:00.000Z,{ANN}\n"
        f"{OPP1},Closed Won,5000,2024-03-10,100,2024-03-10T16:00:00.000Z,{ANN}\n"
    ),
    "Task.csv": (
        "Id,WhoId,WhatId,OwnerId,ActivityDate,Status,Subject,Type,TaskSubtype,"
        "CallDurationInSeconds,CompletedDateTime,CreatedDate\n"
        f"{sid('00T', 1)},{LEAD1},,{ANN},2024-01-21,Completed,Call,Call,Call,300,"
        "2024-01-21T10:30:00.000Z,2024-01-21T10:35:00.000Z\n"
        f"{sid('00T', 2)},,{sid('006', 1, long=False)},{ANN},2024-02-10,Completed,"
        "Email: proposal,,Email,,,2024-02-12T08:00:00.000Z\n"
        f"{sid('00T', 3)},{LEAD3},,{BO},2024-03-01,Not Started,Call back,Call,Task,,,"
        "2024-02-25T08:00:00.000Z\n"
        f"{sid('00T', 4)},{CONTACT},{ACME},{BO},2024-02-11,Completed,Call,Call,Call,60,"
        "2024-02-11T09:00:00.000Z,2024-02-11T09:00:00.000Z\n"
    ),
    "Event.csv": (
        "Id,WhoId,WhatId,OwnerId,StartDateTime,EndDateTime,DurationInMinutes,Subject\n"
        f"{sid('00U', 1)},,{OPP1},{BO},2024-02-15T14:00:00.000Z,2024-02-15T15:00:00.000Z,"
        "60,Demo\n"
    ),
    "User.csv": (
        "Id,Username,FirstName,LastName,Name,Email,ManagerId,Title,IsActive\n"
        f"{ANN},ann@x.example,Ann,Lee,Ann Lee,ann@x.example,{MIA},Account Executive,true\n"
        f"{BO},bo@x.example,Bo,Chan,Bo Chan,bo@x.example,{MIA},Account Executive,true\n"
        f"{MIA},mia@x.example,Mia,Ross,Mia Ross,mia@x.example,,Sales Manager,true\n"
    ),
    "Account.csv": (
        f"Id,Name,Industry,BillingCountry,AnnualRevenue\n{ACME},Acme,Technology,US,1000000\n"
    ),
}


@pytest.fixture
def export(tmp_path: Path) -> Path:
    folder = tmp_path / "salesforce"
    folder.mkdir()
    for name, text in FILES.items():
        (folder / name).write_text(text)
    return folder


def rows(store: Store, sql: str) -> list[tuple]:
    return store.con.execute(sql).fetchall()


def test_data_export_maps_every_object(store: Store, export: Path) -> None:
    result = import_export(store, export)
    assert result.kind == "salesforce"
    assert set(result.files) == {
        "opportunities",
        "history",
        "leads",
        "tasks",
        "events",
        "users",
        "accounts",
    }
    counts = {t.table: (t.read, t.loaded, t.rejected) for t in result.tables}
    assert counts == {
        "members": (3, 3, 0),
        "teams": (1, 1, 0),
        "accounts": (1, 1, 0),
        "leads": (3, 3, 0),
        "opportunities": (3, 3, 0),
        "opportunity_stages": (3, 3, 0),
        "touches": (4, 3, 1),
    }
    assert rows(
        store,
        "SELECT m.name, m.title, b.name, t.name FROM members m "
        "LEFT JOIN members b ON b.member_id = m.manager_id "
        "LEFT JOIN teams t ON t.team_id = m.team_id ORDER BY 1",
    ) == [
        ("Ann Lee", "Account Executive", "Mia Ross", "Mia Ross's team"),
        ("Bo Chan", "Account Executive", "Mia Ross", "Mia Ross's team"),
        ("Mia Ross", "Sales Manager", None, "Mia Ross's team"),
    ]
    deals = rows(
        store,
        "SELECT o.outcome, o.closed_at, o.amount, m.name, a.name, l.source "
        "FROM opportunities o JOIN members m ON m.member_id = o.owner_id "
        "LEFT JOIN accounts a USING (account_id) LEFT JOIN leads l USING (lead_id) "
        "ORDER BY o.created_at",
    )
    assert deals == [
        ("won", datetime(2024, 3, 10), 5000.0, "Ann Lee", "Acme", "inbound"),
        ("lost", datetime(2024, 3, 12), 0.0, "Bo Chan", "Acme", None),
        ("open", None, 1200.0, "Ann Lee", None, None),
    ]
    leads = rows(
        store,
        "SELECT l.source, m.name, l.qualified_at, l.converted_opportunity_id IS NOT NULL "
        "FROM leads l LEFT JOIN members m ON m.member_id = l.owner_id ORDER BY l.created_at",
    )
    assert leads == [
        ("inbound", "Ann Lee", datetime(2024, 2, 1), True),
        ("outbound", None, None, False),  # owned by a queue
        (None, "Bo Chan", None, False),  # 'Partner Program' is not read as either
    ]
    touches = rows(
        store,
        "SELECT t.channel, t.occurred_at, t.duration_s, m.name, t.lead_id IS NOT NULL, "
        "t.opportunity_id IS NOT NULL FROM touches t JOIN members m ON m.member_id = t.rep_id "
        "ORDER BY t.occurred_at",
    )
    assert touches == [
        ("call", datetime(2024, 1, 21, 10, 30), 300.0, "Ann Lee", True, False),
        ("email", datetime(2024, 2, 10), None, "Ann Lee", False, True),
        ("meeting", datetime(2024, 2, 15, 14), 3600.0, "Bo Chan", False, True),
    ]
    assert rows(store, "SELECT DISTINCT opportunity_id FROM touches WHERE channel <> 'call'") == [
        (1,)
    ]  # the 15-character WhatId is the same deal as the 18-character Id
    assert rows(store, "SELECT reason, line FROM rejects") == [
        ("touch on neither a lead nor an opportunity", 5)
    ]
    notes = "\n".join(result.notes)
    assert "Task.csv: 1 tasks not done yet are not touches" in notes
    assert "(Partner Program)" in notes


def test_a_report_export_with_labels_lands_on_the_same_records(
    store: Store, export: Path, tmp_path: Path
) -> None:
    import_export(store, export)
    report = tmp_path / "report.csv"
    report.write_text(
        "Opportunity ID,Opportunity Name,Opportunity Owner,Account Name,Stage,Amount,"
        "Close Date,Created Date\n"
        f"{sid('006', 1, long=False)},Big deal,Ann Lee,Acme,Closed Won,5000,3/10/2024,"
        "2/1/2024 9:00 AM\n"
        f"{sid('006', 4, long=False)},New deal,Ann Lee,Acme,Closed Won,700,4/2/2024,"
        "3/20/2024 9:00 AM\n"
    )
    result = import_export(store, report, "salesforce")
    assert result.new_ids.get("member", 0) == 0 and result.new_ids["opportunity"] == 1
    assert rows(store, "SELECT count(*) FROM members") == [(3,)]
    owners = rows(
        store,
        "SELECT DISTINCT m.name FROM opportunities o JOIN members m ON m.member_id = o.owner_id "
        "WHERE o.amount IN (5000, 700)",
    )
    assert owners == [("Ann Lee",)]
    deal = next(t for t in result.tables if t.table == "opportunities")
    # The known deal says the same in other words (labels, a 15-character Id, a US date, no
    # lead): what the report lacks is taken from the store, so it is a duplicate.
    assert (deal.loaded, deal.duplicate, deal.rejected) == (1, 1, 0)
    assert rows(store, "SELECT count(*) FROM accounts") == [(1,)]


def test_a_pipeline_csv_of_the_same_people_lands_on_their_members(
    store: Store, export: Path, tmp_path: Path
) -> None:
    import_export(store, export)
    ann = rows(store, "SELECT member_id FROM members WHERE name = 'Ann Lee'")
    pipeline = tmp_path / "pipeline.csv"
    pipeline.write_text(
        "opportunity_id,sales_agent,account,deal_stage,engage_date,close_date,close_value\n"
        "P1,Ann Lee,Acme,Won,2024-05-01,2024-05-20,100\n"
    )
    result = import_export(store, pipeline, "pipeline")
    assert result.new_ids["member"] == 0 and result.new_ids["account"] == 0
    assert rows(store, "SELECT owner_id FROM opportunities WHERE amount = 100") == ann
    members = next(t for t in result.tables if t.table == "members")
    assert (members.loaded, members.duplicate) == (0, 1)


def footer(title: str) -> str:
    """What Salesforce writes below a report exported as "Details only"."""
    return (
        f'\n"{title}"\n"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."\n'
        '"Confidential Information - Do Not Distribute"\n'
        '"Generated By:  Jane Doe  3/14/2026 10:21 AM"\n"Acme Inc."\n'
    )


def report(header: str, rows: list[str], title: str) -> str:
    """A report export: every field quoted, then the footer."""

    def quoted(line: str) -> str:
        return ",".join(f'"{cell}"' for cell in line.split("|"))

    return "\n".join(quoted(line) for line in [header, *rows]) + "\n" + footer(title)


OPPORTUNITY_REPORT = report(
    "Opportunity Owner|Account Name|Opportunity Name|Stage|Amount|Probability (%)|Close Date|"
    "Created Date|Lead Source|Type|Opportunity ID|Won|Closed",
    [
        "Ann Lee|Acme|Acme renewal|Closed Won|USD 12,000.00|100|3/14/2026|2/2/2026|Web|"
        f"New Business|{sid('006', 11, long=False)}|1|1",
        "Bo Chan|Acme|Acme upsell|Prospecting|12000|10|4/30/2026|3/3/2026||"
        f"Existing Business|{sid('006', 12, long=False)}|0|0",
    ],
    "Opportunity Pipeline",
)


def test_an_opportunity_report_loads_without_its_footer(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "report1773483660000.csv"
    path.write_text(OPPORTUNITY_REPORT)
    result = import_export(store, path, "salesforce")
    assert set(result.files) == {"opportunities"}  # the lone file is not also the history
    counts = {t.table: (t.read, t.loaded, t.rejected) for t in result.tables}
    assert counts["opportunities"] == (2, 2, 0)
    assert "opportunity_stages" not in counts
    assert rows(
        store,
        "SELECT m.name, o.outcome, o.amount, o.created_at, o.closed_at FROM opportunities o "
        "JOIN members m ON m.member_id = o.owner_id ORDER BY o.created_at",
    ) == [
        ("Ann Lee", "won", 12000.0, datetime(2026, 2, 2), datetime(2026, 3, 14)),
        ("Bo Chan", "open", 12000.0, datetime(2026, 3, 3), None),
    ]
    assert rows(store, "SELECT count(*) FROM rejects") == [(0,)]
    assert (
        'report1773483660000.csv: the report footer after the last row ("Opportunity Pipeline" '
        "and 4 more lines) is not data and was skipped"
    ) in result.notes


def test_a_footer_is_a_footer_only_below_a_blank_line(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "opportunities.csv"
    path.write_text(OPPORTUNITY_REPORT.replace("\n\n", "\n"))
    result = import_export(store, path, "salesforce")
    deals = next(t for t in result.tables if t.table == "opportunities")
    assert (deals.read, deals.rejected) == (7, 5)
    assert not any("footer" in note for note in result.notes)


OPPS = {"o1": sid("006", 11, long=False), "o2": sid("006", 12, long=False)}
REPORTS = {  # kind: (the role its file takes, header, rows, query, what the query gives)
    "leads": (
        "leads",
        "Lead Owner|First Name|Last Name|Company / Account|Lead Source|Lead Status|Create Date|"
        "Converted|Converted Date|Lead ID",
        [
            f"Ann Lee|Ida|Holm|Acme|Web|Converted|1/20/2026 9:00 AM|1|1/25/2026|{sid('00Q', 7)}",
            f"Bo Chan|Jon|Berg|Foo|Cold Call|Open|1/22/2026 9:00 AM|0||{sid('00Q', 8)}",
        ],
        "SELECT source, qualified_at FROM leads ORDER BY created_at",
        [("inbound", datetime(2026, 1, 25)), ("outbound", None)],
    ),
    "tasks": (
        "tasks",
        "Activity ID|Assigned|Subject|Task|Task Subtype|Due Date|Status|Call Duration|"
        "Related To ID|Related To",
        [
            f"{sid('00T', 7)}|Ann Lee|Call|1|Call|2/3/2026|Completed|240|{OPPS['o1']}|",
            f"{sid('00T', 8)}|Bo Chan|Email|1|Email|3/4/2026|Completed|||Acme upsell",
            f"{sid('00U', 9)}|Bo Chan|Lunch with Acme|0||3/5/2026||||Acme upsell",
            f"{sid('00T', 10)}|Bo Chan|Call back|1|Call|3/30/2026|Not Started|||Acme upsell",
        ],
        "SELECT channel, occurred_at, duration_s FROM touches ORDER BY occurred_at",
        [
            ("call", datetime(2026, 2, 3), 240.0),
            ("email", datetime(2026, 3, 4), None),
            ("meeting", datetime(2026, 3, 5), None),
        ],
    ),
    "events": (
        "events",
        "Activity ID|Assigned|Subject|Start|End|Duration|Related To",
        [
            f"{sid('00U', 7)}|Ann Lee|Demo|2/10/2026 2:00 PM|2/10/2026 3:00 PM|60|Acme renewal",
            f"{sid('00U', 8)}|Bo Chan|Visit|3/12/2026 9:30 AM|3/12/2026 10:00 AM|30|Acme upsell",
        ],
        "SELECT channel, occurred_at, duration_s FROM touches ORDER BY occurred_at",
        [
            ("meeting", datetime(2026, 2, 10, 14), 3600.0),
            ("meeting", datetime(2026, 3, 12, 9, 30), 1800.0),
        ],
    ),
    "history": (
        "history",
        "Opportunity ID|Opportunity Name|From Stage|To Stage|Amount|Close Date|Last Modified",
        [
            f"{OPPS['o1']}|Acme renewal|Prospecting|Negotiation|12000|3/14/2026|2/20/2026",
            f"{OPPS['o1']}|Acme renewal|Negotiation|Closed Won|12000|3/14/2026|3/14/2026",
        ],
        "SELECT stage, entered_at FROM opportunity_stages ORDER BY entered_at",
        [("Negotiation", datetime(2026, 2, 20)), ("Closed Won", datetime(2026, 3, 14))],
    ),
    "field history": (
        "history",
        "Opportunity Name|Field / Event|Old Value|New Value|Edited By|Edit Date",
        [
            "Acme renewal|Created.|||Ann Lee|2/2/2026 9:00 AM",
            "Acme renewal|Stage|Prospecting|Closed Won|Ann Lee|3/14/2026 4:00 PM",
            "Acme renewal|Amount|USD 10,000.00|USD 12,000.00|Ann Lee|3/13/2026 4:00 PM",
            "Acme upsell|Stage|Qualification|Prospecting|Bo Chan|3/9/2026 11:00 AM",
        ],
        "SELECT stage, entered_at FROM opportunity_stages ORDER BY entered_at",
        [("Prospecting", datetime(2026, 3, 9, 11)), ("Closed Won", datetime(2026, 3, 14, 16))],
    ),
    "users": (
        "users",
        "Full Name|User ID|Manager|Role|Active|Email",
        [
            f"Ann Lee|{sid('005', 1, long=False)}|Mia Ross|Account Executive|1|ann@x.example",
            f"Bo Chan|{sid('005', 2, long=False)}|Zed Quinn|Account Executive|1|bo@x.example",
            f"Mia Ross|{sid('005', 3, long=False)}||Sales Manager|1|mia@x.example",
        ],
        "SELECT t.name, m.name FROM teams t JOIN members m ON m.member_id = t.manager_id "
        "ORDER BY 1",
        [("Mia Ross's team", "Mia Ross"), ("Zed Quinn's team", "Zed Quinn")],
    ),
    "accounts": (
        "accounts",
        "Account Name|Account ID|Account Owner|Industry|Billing Country|Type",
        [f"Acme|{sid('001', 1, long=False)}|Ann Lee|Technology|US|Customer"],
        "SELECT name, industry, region FROM accounts",
        [("Acme", "Technology", "US")],
    ),
}


@pytest.mark.parametrize("kind", sorted(REPORTS))
def test_each_report_kind_reads_its_labels_and_skips_its_footer(
    store: Store, tmp_path: Path, kind: str
) -> None:
    role, header, lines, sql, expected = REPORTS[kind]
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "report1773483660000.csv").write_text(OPPORTUNITY_REPORT)
    (folder / "report1773483660001.csv").write_text(report(header, lines, kind.title()))
    result = import_export(store, folder)
    assert result.kind == "salesforce"
    assert {r: p.name for r, p in result.files.items()} == {
        "opportunities": "report1773483660000.csv",
        role: "report1773483660001.csv",
    }
    assert rows(store, "SELECT count(*) FROM rejects") == [(0,)]
    assert rows(store, sql) == expected
    footers = [n for n in result.notes if "the report footer after the last row" in n]
    assert len(footers) == 2 and f'("{kind.title()}" and 4 more lines)' in footers[1]


def test_a_users_report_after_a_data_export_adds_nothing(
    store: Store, export: Path, tmp_path: Path
) -> None:
    import_export(store, export)
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "report1.csv").write_text(
        report(
            "Opportunity Owner|Opportunity Name|Stage|Amount|Close Date|Created Date|"
            "Opportunity ID|Won|Closed",
            [f"Ann Lee|Big deal|Closed Won|5000|3/10/2024|2/1/2024 9:00 AM|{sid('006', 1)}|1|1"],
            "Won",
        )
    )
    (folder / "report2.csv").write_text(
        report(
            "Full Name|User ID|Manager|Role|Active|Email",
            [
                f"Ann Lee|{sid('005', 1, long=False)}|Mia Ross|AE|1|ann@x.example",
                f"Bo Chan|{sid('005', 2, long=False)}|Mia Ross|AE|1|bo@x.example",
                f"Mia Ross|{sid('005', 3, long=False)}||Manager|1|mia@x.example",
            ],
            "Users",
        )
    )
    result = import_export(store, folder)
    counts = {t.table: (t.loaded, t.duplicate, t.rejected) for t in result.tables}
    assert counts["members"] == (0, 3, 0)
    assert counts["teams"] == (0, 1, 0)  # the manager by name is the manager by Id
    assert not any(result.new_ids.values())
