"""`sellindex import salesnav`: a Sales Navigator seat activity export, end to end into a store,
joined to the seat holder's archive; and no data where neither source can tell."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from archive_fixtures import ARCHIVE_2024, write_zip
from sellindex.ingest.crm_import import import_export
from sellindex.store import Store, open_store

ACTIVITY = (
    "activityType,activityDate,seatHolderName,seatHolderEmail,targetName,targetProfileUrl,"
    "targetCompany,targetTitle\r\n"
    "SAVED_LEAD,03-18-2024 09:15:02,Dana Reyes,dana.reyes@acme.example,Ann Lee,"
    "https://www.linkedin.com/in/ann-lee-1,Acme Corp,VP of Sales\r\n"
    "PROFILE_VIEWED,03-18-2024 09:16:40,Dana Reyes,dana.reyes@acme.example,Jo Park,"
    "https://www.linkedin.com/sales/lead/ACwAAB12xyz,NAME_SEARCH,Q1,Kite,Chief Revenue Officer\r\n"
    "PROFILE_VIEWED,03-18-2024 09:16:59,Dana Reyes,dana.reyes@acme.example,Ann Lee,"
    "https://www.linkedin.com/in/ann-lee-1,Acme Corp,VP of Sales\r\n"
    "SAVED_ACCOUNT,03-19-2024 10:00:00,Dana Reyes,dana.reyes@acme.example,Kite,,Kite,\r\n"
    "SEARCH_PERFORMED,03-19-2024 10:05:00,Dana Reyes,dana.reyes@acme.example,,,,\r\n"
    "INMAIL_SENT,03-20-2024 08:00:00,Dana Reyes,dana.reyes@acme.example,Jo Park,"
    "https://www.linkedin.com/sales/lead/ACwAAB12xyz,NAME_SEARCH,Q1,Kite,Chief Revenue Officer\r\n"
    "MESSAGE_SENT,03-20-2024 08:30:00,Dana Reyes,dana.reyes@acme.example,Ann Lee,"
    "https://www.linkedin.com/in/ann-lee-1,Acme Corp,VP of Sales\r\n"
    "CONNECTION_MADE,03-21-2024 12:00:00,Dana Reyes,dana.reyes@acme.example,Jo Park,"
    "https://www.linkedin.com/sales/lead/ACwAAB12xyz,NAME_SEARCH,Q1,Kite,Chief Revenue Officer\r\n"
    "PROFILE_VIEWED,03-21-2024 13:00:00,Lee Wu,lee.wu@acme.example,Ann Lee,"
    "https://www.linkedin.com/in/ann-lee-1,Acme Corp,VP of Sales\r\n"
    "GROUP_JOINED,03-22-2024 13:00:00,Lee Wu,lee.wu@acme.example,,,,\r\n"
    "PROFILE_VIEWED,yesterday,Lee Wu,lee.wu@acme.example,,,,\r\n"
)
"""Made-up rows. The lead URL with commas is quoted as Sales Navigator writes it."""


def write_activity(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    text = ACTIVITY.replace(
        "https://www.linkedin.com/sales/lead/ACwAAB12xyz,NAME_SEARCH,Q1",
        '"https://www.linkedin.com/sales/lead/ACwAAB12xyz,NAME_SEARCH,Q1"',
    )
    (folder / "salesnav_seat_activity.csv").write_text(text)
    return folder


def rows(store: Store, sql: str, params: list[object] | None = None) -> list[tuple]:
    return store.con.execute(sql, params or []).fetchall()


def test_a_seat_export_joins_the_archive_owner(store: Store, tmp_path: Path) -> None:
    import_export(store, write_zip(tmp_path / "archive.zip", ARCHIVE_2024))
    dana = rows(store, "SELECT member_id FROM members WHERE name = 'Dana Reyes'")[0][0]
    ann = rows(store, "SELECT member_id FROM members WHERE name = 'Ann Lee'")[0][0]
    result = import_export(store, write_activity(tmp_path / "sn"))
    assert result.kind == "salesnav"
    assert result.detected and "activityType column of a Sales Navigator" in result.detected
    counts = {t.table: (t.read, t.loaded, t.rejected, t.duplicate) for t in result.tables}
    # Dana and Ann are the archive's members (email, profile URL); Jo and Lee Wu are new.
    assert counts["members"] == (4, 2, 0, 2)
    assert counts["connections"] == (1, 1, 0, 0)
    assert counts["activity"] == (10, 8, 2, 0)
    assert result.feeds and set(result.feeds) == {
        dana,
        rows(store, "SELECT member_id FROM members WHERE name = 'Lee Wu'")[0][0],
    }
    dana_events = rows(
        store,
        "SELECT event_type, occurred_at, target_member_id FROM activity "
        "WHERE member_id = ? AND event_id IN (SELECT canonical_id FROM identities "
        "WHERE entity = 'event' AND key_kind = 'salesnav') ORDER BY occurred_at, target_member_id",
        [dana],
    )
    jo = rows(store, "SELECT member_id FROM members WHERE name = 'Jo Park'")[0][0]
    assert dana_events == [
        ("lead_saved", datetime(2024, 3, 18, 9, 15), ann),
        ("profile_view", datetime(2024, 3, 18, 9, 16), ann),
        ("profile_view", datetime(2024, 3, 18, 9, 16), jo),
        ("account_saved", datetime(2024, 3, 19, 10, 0), None),
        ("advanced_search", datetime(2024, 3, 19, 10, 5), None),
        ("inmail_sent", datetime(2024, 3, 20, 8, 0), jo),
        ("message_sent", datetime(2024, 3, 20, 8, 30), ann),
    ]
    assert rows(store, "SELECT seniority, company FROM members WHERE member_id = ?", [jo]) == [
        ("cxo", "Kite")
    ]
    assert rows(
        store, "SELECT connected_at FROM connections WHERE ? IN (member_a, member_b)", [jo]
    ) == [(datetime(2024, 3, 21),)]
    reasons = sorted(r[0] for r in rows(store, "SELECT reason FROM rejects"))
    assert any("GROUP_JOINED" in r for r in reasons)  # not an activity type it knows
    assert any("yesterday" in r for r in reasons)
    again = import_export(store, write_activity(tmp_path / "sn"))
    assert {t.table: t.loaded for t in again.tables} == {
        "members": 0,
        "connections": 0,
        "activity": 0,
    }


def test_with_an_archive_and_a_seat_export_fewer_signals_have_no_data(
    run_cli, tmp_path: Path, db_path: Path
) -> None:
    db = str(db_path)
    assert run_cli("import", str(write_zip(tmp_path / "a.zip", ARCHIVE_2024)), "--db", db)[0] == 0
    code, out, err = run_cli("import", "salesnav", str(write_activity(tmp_path / "sn")), "--db", db)
    assert code == 0, err
    assert "2 seat holders" in out
    assert run_cli("score", "--as-of", "2024-03-31", "--db", db)[0] == 0
    card = json.loads(run_cli("show", "5", "--db", db, "--json")[1])
    assert card["sources"] == ["archive", "salesnav"]
    no_data = {s["signal"] for s in card["signals"] if s["no_data"]}
    assert no_data == {"engagement_received", "followers_gained", "inbound_profile_views", "groups"}
    by_signal = {s["signal"]: s for s in card["signals"]}
    assert by_signal["profile_views_made"]["raw"] == 2
    assert by_signal["leads_and_accounts_saved"]["raw"] == 2
    assert by_signal["advanced_searches"]["raw"] == 1
    # Lee Wu has only the seat export, dated from their first action: scored, but without
    # replies the response rate has no data, nor have posts, engagement or the network.
    with open_store(db_path, read_only=True) as store:
        lee = rows(store, "SELECT member_id, joined_at FROM members WHERE name = 'Lee Wu'")[0]
    assert lee[1] == datetime(2024, 3, 21, 13, 0)
    card = json.loads(run_cli("show", str(lee[0]), "--db", db, "--json")[1])
    no_data = {s["signal"] for s in card["signals"] if s["no_data"]}
    assert {"response_rate", "posts_and_articles", "engagement_given", "connections"} <= no_data
    assert not {"profile_views_made", "messages_sent", "days_active"} & no_data
