"""`sellindex import pipedrive`: a UI deals export ('Deal - ...' headers, owner and organization
names, a byte order mark, Windows line endings) beside API exports (user ids, snake_case)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from sellindex.ingest.crm_import import import_export
from sellindex.store import Store

FILES = {
    "deals.csv": (
        '"Deal - ID","Deal - Title","Deal - Value","Deal - Currency","Deal - Owner",'
        '"Deal - Organization","Deal - Stage","Deal - Status","Deal - Deal created",'
        '"Deal - Won time","Deal - Lost time","Deal - Deal closed on"\n'
        "1,Alpha,1000,EUR,Ann Lee,Acme,Negotiation,won,2024-02-01 09:00:00,"
        "2024-03-10 12:00:00,,2024-03-10 12:00:00\n"
        "2,Beta,0,EUR,Bo Chan,Acme,Proposal,lost,2024-02-03 09:00:00,,2024-03-15 12:00:00,"
        "2024-03-15 12:00:00\n"
        "3,Gamma,500,USD,Ann Lee,,Qualified,open,2024-03-01 09:00:00,,,\n"
        "4,Old,100,EUR,Bo Chan,Acme,Qualified,deleted,2024-01-01 09:00:00,,,\n"
    ),
    "activities.csv": (
        "id,type,done,due_date,due_time,duration,user_id,deal_id,lead_id,marked_as_done_time\n"
        "71,call,1,2024-02-05,10:00,00:15,11,1,,2024-02-05 10:20:00\n"
        "72,meeting,true,2024-02-10,14:00,01:00,12,2,,2024-02-10 15:00:00\n"
        "73,task,1,2024-02-11,,,11,1,,2024-02-11 09:00:00\n"
        "74,call,0,2024-04-01,09:00,,11,3,,\n"
    ),
    "users.csv": (
        "id,name,email,active_flag,is_admin\n11,Ann Lee,ann@x.example,true,false\n"
        "12,Bo Chan,bo@x.example,true,false\n"
    ),
    "organizations.csv": (
        "Organization - ID,Organization - Name,Organization - Country\n501,Acme,Germany\n"
    ),
}


@pytest.fixture
def export(tmp_path: Path) -> Path:
    folder = tmp_path / "pipedrive"
    folder.mkdir()
    for name, text in FILES.items():
        data = text.replace("\n", "\r\n").encode()
        (folder / name).write_bytes(b"\xef\xbb\xbf" + data if name == "deals.csv" else data)
    return folder


def rows(store: Store, sql: str) -> list[tuple]:
    return store.con.execute(sql).fetchall()


def test_ui_deals_and_api_activities_map_onto_one_set_of_people(store: Store, export: Path) -> None:
    result = import_export(store, export)
    assert result.kind == "pipedrive"
    counts = {t.table: (t.read, t.loaded, t.rejected) for t in result.tables}
    assert counts == {
        "members": (2, 2, 0),
        "accounts": (1, 1, 0),
        "opportunities": (3, 3, 0),
        "touches": (2, 2, 0),
    }
    assert rows(store, "SELECT name, region FROM accounts") == [("Acme", "Germany")]
    assert rows(
        store,
        "SELECT o.outcome, o.closed_at, o.amount, m.name, a.name FROM opportunities o "
        "JOIN members m ON m.member_id = o.owner_id LEFT JOIN accounts a USING (account_id) "
        "ORDER BY o.created_at",
    ) == [
        ("won", datetime(2024, 3, 10, 12), 1000.0, "Ann Lee", "Acme"),
        ("lost", datetime(2024, 3, 15, 12), 0.0, "Bo Chan", "Acme"),
        ("open", None, 500.0, "Ann Lee", None),
    ]
    assert rows(
        store,
        "SELECT t.channel, t.occurred_at, t.duration_s, m.name FROM touches t "
        "JOIN members m ON m.member_id = t.rep_id ORDER BY t.occurred_at",
    ) == [
        ("call", datetime(2024, 2, 5, 10), 900.0, "Ann Lee"),
        ("meeting", datetime(2024, 2, 10, 14), 3600.0, "Bo Chan"),
    ]
    notes = "\n".join(result.notes)
    assert "1 deleted deals are left out" in notes
    assert "several currencies (EUR, USD)" in notes
    assert "2 activities not done yet or not calls, emails or meetings (call, task)" in notes


def test_importing_it_again_adds_nothing(store: Store, export: Path) -> None:
    import_export(store, export)
    again = import_export(store, export, "pipedrive")
    assert again.totals["loaded"] == 0 and again.totals["rejected"] == 0
    assert again.totals["duplicate"] == 8


def test_api_deals_and_ui_activities_land_on_the_ui_export_records(
    store: Store, export: Path, tmp_path: Path
) -> None:
    import_export(store, export)
    later = tmp_path / "later"
    later.mkdir()
    (later / "deals.csv").write_text(
        "id,title,value,currency,add_time,won_time,lost_time,close_time,status,user_id,org_id,"
        "org_name,owner_name,stage_id\n"
        "1,Alpha,1000,EUR,2024-02-01 09:00:00,2024-03-10 12:00:00,,2024-03-10 12:00:00,won,11,"
        "501,Acme,Ann Lee,4\n"
        "2,Beta,0,EUR,2024-02-03 09:00:00,,2024-03-15 12:00:00,2024-03-15 12:00:00,lost,12,"
        "501,Acme,Bo Chan,3\n"
        "3,Gamma,500,USD,2024-03-01 09:00:00,,,,open,11,,,Ann Lee,2\n"
    )
    (later / "activities.csv").write_text(
        '"Activity - ID","Activity - Subject","Activity - Type","Activity - Done",'
        '"Activity - Due date","Activity - Due time","Activity - Duration",'
        '"Activity - Assigned to user","Deal - ID","Deal - Title",'
        '"Activity - Marked as done time"\n'
        "75,Follow-up,Call,1,2024-03-02,11:00,00:20,Ann Lee,3,Gamma,2024-03-02 11:25:00\n"
    )
    (later / "users.csv").write_text(FILES["users.csv"])
    result = import_export(store, later, "pipedrive")
    counts = {t.table: (t.loaded, t.duplicate, t.rejected) for t in result.tables}
    assert counts["opportunities"] == (0, 3, 0)
    assert counts["touches"] == (1, 0, 0)
    assert not any(n for entity, n in result.new_ids.items() if entity != "touch")
    assert rows(
        store,
        "SELECT o.amount, m.name FROM touches t JOIN opportunities o USING (opportunity_id) "
        "JOIN members m ON m.member_id = t.rep_id WHERE t.duration_s = 1200",
    ) == [(500.0, "Ann Lee")]
