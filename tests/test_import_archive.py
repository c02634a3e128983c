"""`sellindex import archive`: a member's data archive, ZIP or folder, 2018 and 2024-2026 shapes,
end to end into a store; re-imports, later archives, ZIP bombs and bad input."""

from __future__ import annotations

import json
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from archive_fixtures import (
    ARCHIVE_2018,
    ARCHIVE_2024,
    BASIC_2024,
    write_folder,
    write_zip,
)
from sellindex.errors import SellindexError
from sellindex.ingest.crm_import import import_export
from sellindex.sources.network.unpack import Limits, unpacked
from sellindex.store import Store, open_store
from sellindex.store.identities import identities


def rows(store: Store, sql: str, params: list[object] | None = None) -> list[tuple]:
    return store.con.execute(sql, params or []).fetchall()


def counts(result) -> dict[str, tuple[int, int, int, int]]:
    return {t.table: (t.read, t.loaded, t.rejected, t.duplicate) for t in result.tables}


def member(store: Store, name: str) -> int:
    found = rows(store, "SELECT member_id FROM members WHERE name = ?", [name])
    assert len(found) == 1, (name, found)
    return int(found[0][0])


def events(store: Store, actor: int) -> list[tuple]:
    return rows(
        store,
        "SELECT event_type, occurred_at, target_member_id FROM activity WHERE member_id = ? "
        "ORDER BY occurred_at, event_type",
        [actor],
    )


@pytest.fixture
def zip_2024(tmp_path: Path) -> Path:
    return write_zip(tmp_path / "Complete_LinkedInDataExport_03-24-2024.zip", ARCHIVE_2024)


def test_a_2024_archive_zip_loads_every_table(store: Store, zip_2024: Path) -> None:
    result = import_export(store, zip_2024)
    assert result.kind == "archive"
    assert result.detected and "named as a data archive's" in result.detected
    assert counts(result) == {
        "members": (8, 8, 0, 0),  # the owner, 6 named people, 1 who hides their data
        "connections": (5, 5, 0, 0),
        "invitations": (3, 3, 0, 0),
        "content": (1, 1, 0, 0),
        "activity": (14, 14, 0, 0),
    }
    assert result.new_ids == {"member": 8, "company": 3, "event": 14, "content": 1}
    assert [(p.name, why) for p, why in result.ignored] == [
        ("Votes.csv", "not a file sellindex reads from an archive")
    ]
    # Files are named inside the ZIP, as the user knows them.
    assert result.files["connections"] == zip_2024 / "Connections.csv"
    assert result.files["member_follows"] == zip_2024 / "Member_Follows_1.csv"
    assert any(
        str(zip_2024 / "Comments.csv") in f for (f,) in rows(store, "SELECT source_file FROM loads")
    )
    assert rows(store, "SELECT count(*) FROM rejects") == [(0,)]
    notes = "\n".join(result.notes)
    assert "owner: Dana Reyes, profile /in/dana-reyes-42" in notes
    assert "1 connections hide their names" in notes
    assert "1 sponsored messages left out" in notes
    assert "an archive cannot tell: who viewed the member's profile" in notes


def test_the_owner_and_the_people_they_know(store: Store, zip_2024: Path) -> None:
    import_export(store, zip_2024)
    owner = rows(
        store,
        "SELECT name, industry, company, title, seniority, region, joined_at, has_photo, "
        "has_headline, has_summary, experience_count, education_count, skills_count, "
        "recommendations_count FROM members WHERE name = 'Dana Reyes'",
    )
    assert owner == [
        (
            "Dana Reyes",
            "Financial Services",
            "Acme Corp",  # the position without an end
            "Director of Sales",
            "director",
            "Lisbon, Portugal",
            datetime(2012, 5, 4, 9, 0),  # Registration.csv
            None,  # no archive says whether there is a photo
            True,
            True,
            2,
            1,
            5,
            1,
        )
    ]
    people = rows(
        store,
        "SELECT name, company, title, seniority, joined_at, industry FROM members "
        "WHERE name IS DISTINCT FROM 'Dana Reyes' ORDER BY name NULLS LAST",
    )
    assert people == [
        ("Ann Lee", "Acme Corp", "VP of Sales", "vp", None, "unknown"),
        ("Bo Chan", "Zenith, Inc.", "Account Manager", "ic", None, "unknown"),
        ("Cy Diaz", "Orbit Labs", "Chief Executive Officer", "cxo", None, "unknown"),
        ("Eve Moss, PhD", "Acme Corp", "Sales Director", "director", None, "unknown"),
        ("Finn Hart", None, None, None, None, "unknown"),  # only invited
        ("Gil Ray", None, None, None, None, "unknown"),
        (None, None, None, None, None, "unknown"),  # hides their data
    ]
    # Colleagues share the owner's company id; people are keyed by their profile URL slug.
    same = rows(
        store,
        "SELECT count(*) FROM members WHERE company_id = "
        "(SELECT company_id FROM members WHERE name = 'Dana Reyes')",
    )
    assert same == [(3,)]
    keys = {(k, s) for _, k, s, _, _ in identities(store.con, "member")}
    assert {("url", "ann-lee-1"), ("url", "cy-diaz"), ("url", "dana-reyes-42")} <= keys
    assert ("name", "dana reyes") in keys and ("email", "dana.reyes@acme.example") in keys
    assert ("contact", "dana reyes|ann lee") in keys


def test_connections_invitations_and_every_date_format(store: Store, zip_2024: Path) -> None:
    import_export(store, zip_2024)
    dana, ann, eve = (member(store, n) for n in ("Dana Reyes", "Ann Lee", "Eve Moss, PhD"))
    finn, gil = member(store, "Finn Hart"), member(store, "Gil Ray")
    connected = dict(
        rows(
            store,
            "SELECT CASE WHEN member_a = ? THEN member_b ELSE member_a END, connected_at "
            "FROM connections",
            [dana],
        )
    )
    assert connected[ann] == datetime(2018, 1, 8)  # 08 Jan 2018
    assert connected[eve] == datetime(2024, 3, 15)
    assert len(connected) == 5
    invitations = rows(
        store, "SELECT sender_id, recipient_id, sent_at, accepted_at FROM invitations ORDER BY 3"
    )
    assert invitations == [
        (gil, dana, datetime(2024, 3, 1, 16, 30), None),  # received, never connected
        (dana, eve, datetime(2024, 3, 12, 11, 20), datetime(2024, 3, 15)),  # Eve connected
        (dana, finn, datetime(2024, 3, 14, 9, 5), None),  # pending
    ]
    mine = events(store, dana)
    kinds = [e[0] for e in mine]
    assert kinds.count("message_sent") == 3  # the sponsored message and the replies aside
    assert kinds.count("message_received") == 1  # Ann's answer; her second message and
    # Bo's cold pitch answer nothing of Dana's
    assert ("message_received", datetime(2024, 3, 20, 16, 0), ann) in mine
    assert ("comment", datetime(2024, 3, 19, 12, 0), None) in mine  # the \" escape parsed
    assert kinds.count("reaction") == 2  # two in one minute are two events
    assert ("post", datetime(2024, 3, 17, 18, 3), None) in mine  # the multi-line post
    assert ("share", datetime(2024, 3, 18, 9, 0), None) in mine  # a reshare, no text
    assert ("search", datetime(2024, 3, 16, 11, 5), None) in mine  # 2024/03/16 ... UTC
    assert ("follow", datetime(2024, 3, 13, 18, 51), None) in mine  # Wed Mar 13 ... 2024
    assert ("follow", datetime(2024, 3, 17, 18, 3), ann) in mine
    # Endorsements received are Ann's actions on Dana; Cy's rejected one is left out.
    assert events(store, ann) == [("endorsement", datetime(2024, 3, 2, 10, 0), dana)]
    assert events(store, member(store, "Cy Diaz")) == []
    post = rows(store, "SELECT author_id, kind, published_at FROM content")
    assert post == [(dana, "post", datetime(2024, 3, 17, 18, 3))]


def test_a_2018_archive_folder(store: Store, tmp_path: Path) -> None:
    """UTF-16 tab-separated files, Connections and Messages without URLs, 2018 dates."""
    folder = write_folder(tmp_path / "Basic_LinkedInDataExport_01-12-2018", ARCHIVE_2018)
    result = import_export(store, folder, "archive")
    assert counts(result) == {
        "members": (3, 3, 0, 0),
        "connections": (2, 2, 0, 0),
        "content": (1, 1, 0, 0),
        "activity": (6, 6, 0, 0),
    }
    assert "owner: Dana Reyes, no profile URL in the archive" in result.notes[0]
    dana, ann, hal = (member(store, n) for n in ("Dana Reyes", "Ann Lee", "Hal Ng"))
    assert events(store, dana) == [
        ("post", datetime(2018, 1, 5, 10, 0), None),
        ("search", datetime(2018, 1, 6, 9, 0), None),
        ("login", datetime(2018, 1, 8, 9, 0), None),
        ("login", datetime(2018, 1, 9, 9, 0), None),
        ("message_sent", datetime(2018, 1, 9, 10, 15), ann),
        ("message_received", datetime(2018, 1, 9, 11, 0), ann),  # Hal's intro is no reply
    ]
    assert rows(store, "SELECT member_a, member_b, connected_at FROM connections ORDER BY 3") == [
        (min(dana, hal), max(dana, hal), datetime(2017, 12, 24)),
        (min(dana, ann), max(dana, ann), datetime(2018, 1, 8)),
    ]
    assert rows(store, "SELECT joined_at FROM members WHERE member_id = ?", [dana]) == [
        (datetime(2017, 12, 24, 9, 5),)  # no Registration.csv: the archive's first moment
    ]
    assert rows(store, "SELECT seniority FROM members WHERE member_id = ?", [hal]) == [("cxo",)]


def test_importing_an_archive_twice_adds_nothing(store: Store, zip_2024: Path) -> None:
    import_export(store, zip_2024)
    before = {t: rows(store, f"SELECT count(*) FROM {t}") for t in ("members", "activity")}
    again = import_export(store, zip_2024)
    assert all(loaded == 0 and rejected == 0 for _, loaded, rejected, _ in counts(again).values())
    assert set(again.new_ids.values()) == {0}
    assert {t: rows(store, f"SELECT count(*) FROM {t}") for t in before} == before


def test_a_later_archive_of_the_same_owner_adds_only_what_is_new(
    store: Store, tmp_path: Path
) -> None:
    """2018 first (no URLs), then 2024 (with URLs), then 2026 (one more of everything): the
    owner and Ann are the same members throughout."""
    import_export(store, write_folder(tmp_path / "2018", ARCHIVE_2018))
    dana, ann = member(store, "Dana Reyes"), member(store, "Ann Lee")
    later = import_export(store, write_zip(tmp_path / "2024.zip", ARCHIVE_2024))
    assert member(store, "Dana Reyes") == dana and member(store, "Ann Lee") == ann
    # Ann's connection of 2018 is the same pair and date in both formats: a duplicate.
    assert counts(later)["connections"] == (5, 4, 0, 1)
    assert counts(later)["members"] == (8, 6, 0, 2)
    # The store keeps Ann's first position and fills what it lacked (Dana's positions).
    assert rows(store, "SELECT title FROM members WHERE member_id = ?", [ann]) == [
        ("Sales Manager",)
    ]
    assert rows(
        store, "SELECT title, joined_at, skills_count FROM members WHERE member_id = ?", [dana]
    ) == [("Director of Sales", datetime(2012, 5, 4, 9, 0), 5)]

    newer = dict(ARCHIVE_2024)
    newer["Connections.csv"] += (
        "Ida,Vale,https://www.linkedin.com/in/ida-vale,,Kite,CTO,02 Jan 2026\n"
    )
    newer["Comments.csv"] += "2026-01-03 08:00:00,https://www.linkedin.com/feed/x,New one\n"
    newer["Shares.csv"] = newer["Shares.csv"].replace("SharedURL,MediaURL", "SharedUrl,MediaUrl")
    latest = import_export(store, write_zip(tmp_path / "2026.zip", newer))
    assert counts(latest) == {
        "members": (9, 1, 0, 8),
        "connections": (6, 1, 0, 5),
        "invitations": (3, 0, 0, 3),
        "content": (1, 0, 0, 1),
        "activity": (15, 1, 0, 14),
    }
    assert latest.new_ids == {"member": 1, "company": 1, "event": 1, "content": 0}


def test_a_basic_archive_without_registration_dates_the_owner_by_the_first_moment(
    store: Store, tmp_path: Path
) -> None:
    unregistered = {
        name: text
        for name, text in BASIC_2024.items()
        if name not in ("Registration.csv", "Email Addresses.csv")
    }
    import_export(store, write_folder(tmp_path / "basic", unregistered))
    assert rows(store, "SELECT joined_at FROM members WHERE name = 'Dana Reyes'") == [
        (datetime(2018, 1, 8),)  # Ann's connection, the oldest date in the archive
    ]
    keys = {(k, s) for _, k, s, _, _ in identities(store.con, "member")}
    assert not any(k == "email" and s.startswith("dana") for k, s in keys)


def test_rejects_point_at_the_file_inside_the_zip(store: Store, tmp_path: Path) -> None:
    broken = dict(ARCHIVE_2024)
    broken["Comments.csv"] += "yesterday,https://www.linkedin.com/feed/y,Oops\n"
    path = write_zip(tmp_path / "export.zip", broken)
    result = import_export(store, path)
    assert counts(result)["activity"] == (15, 14, 1, 0)
    rejects = rows(store, "SELECT source_file, line, reason, raw FROM rejects")
    assert len(rejects) == 1
    source, line, reason, raw = rejects[0]
    assert (source, line) == (str(path / "Comments.csv"), 4)
    assert "occurred_at (Date)" in reason and "yesterday" in reason
    assert json.loads(raw)["Message"] == "Oops"


def test_a_dry_run_writes_nothing(store: Store, zip_2024: Path) -> None:
    result = import_export(store, zip_2024, dry_run=True)
    assert result.dry_run and counts(result)["activity"] == (14, 14, 0, 0)
    assert rows(store, "SELECT count(*) FROM activity") == [(0,)]
    assert rows(store, "SELECT count(*) FROM identities") == [(0,)]
    import_export(store, zip_2024)
    again = import_export(store, zip_2024, dry_run=True)
    assert counts(again)["activity"] == (14, 0, 0, 14)


def test_the_command_detects_an_archive_zip(run_cli, zip_2024: Path, db_path: Path) -> None:
    code, out, err = run_cli("import", str(zip_2024), "--db", str(db_path))
    assert code == 0, err
    assert "kind archive, detected: its files are named as a data archive's" in out
    assert "new ids: 8 members, 3 companies, 14 events, 1 posts" in out


# ------------------------------------------------------------------------ ZIP bombs, bad ZIPs


def test_a_zip_bomb_is_refused_before_it_is_written(run_cli, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("Connections.csv", b"\0" * (64 << 20))
    code, out, err = run_cli("import", "archive", str(bomb), "--db", str(tmp_path / "s.duckdb"))
    assert code != 0 and out == ""
    assert "Connections.csv unpacks" in err and "refused as a possible ZIP bomb" in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("limits", "message"),
    [
        (Limits(members=3), "holds 5 files, more than the 3 an export has"),
        (Limits(total_bytes=100), "unpacks to 200 bytes, more than the limit of 100 bytes"),
    ],
)
def test_zip_limits(tmp_path: Path, limits: Limits, message: str) -> None:
    path = write_zip(tmp_path / "x.zip", {f"f{i}.csv": "a" * 40 for i in range(5)})
    with pytest.raises(SellindexError, match=message), unpacked(path, limits):
        pass


def test_unsafe_and_unreadable_members_are_never_written(tmp_path: Path) -> None:
    path = tmp_path / "x.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("Connections.csv", "a\n")
        z.writestr("nested.zip", "PK")
        z.writestr("__MACOSX/._Connections.csv", "x")
        z.writestr("photo.jpg", "x")
    with unpacked(path) as folder:
        assert sorted(p.name for p in folder.folder.rglob("*") if p.is_file()) == [
            "Connections.csv"
        ]
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as z:
        z.writestr("../outside.csv", "a\n")
    with pytest.raises(SellindexError, match="would unpack outside its folder"), unpacked(evil):
        pass


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"notes.txt": "hello"}, "x.zip holds no file of a data archive"),
        ({"Readme.csv": "a,b\n1,2\n"}, "x.zip holds no file of a data archive"),
    ],
)
def test_a_zip_that_is_no_archive_is_one_line(
    run_cli, tmp_path: Path, files: dict[str, str], message: str
) -> None:
    path = write_zip(tmp_path / "x.zip", files)
    code, _, err = run_cli("import", "archive", str(path), "--db", str(tmp_path / "s.duckdb"))
    assert code != 0 and message in err and len(err.strip().splitlines()) == 1, err
    assert "sellindex-zip-" not in err


def test_a_file_that_is_no_zip(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "x.zip"
    path.write_bytes(b"PK\x03\x04 not really")
    code, _, err = run_cli("import", "archive", str(path), "--db", str(tmp_path / "s.duckdb"))
    assert code != 0 and len(err.strip().splitlines()) == 1, err


# ------------------------------------------------------------------------ no data, not 0 points

UNFED = {
    "engagement_received": 2,
    "followers_gained": 3.5,
    "advanced_searches": 1,
    "profile_views_made": 8,
    "prospecting_views": 1.5,
    "inbound_profile_views": 1,
    "leads_and_accounts_saved": 1,
    "groups": 1,
}
"""The default model's signals an archive cannot feed, and their points."""


def test_the_card_of_an_archive_owner_shows_no_data_where_an_archive_cannot_tell(
    run_cli, zip_2024: Path, db_path: Path
) -> None:
    code, out, err = run_cli("import", str(zip_2024), "--db", str(db_path))
    assert code == 0, err
    assert "index signals this archive cannot feed for member 5" in out
    assert "engagement_received, followers_gained, advanced_searches" in out
    code, _, err = run_cli("score", "--as-of", "2024-03-31", "--db", str(db_path))
    assert code == 0, err
    code, out, err = run_cli("show", "5", "--db", str(db_path), "--json")
    assert code == 0, err
    card = json.loads(out)
    assert card["sources"] == ["archive"]
    by_signal = {s["signal"]: s for s in card["signals"]}
    assert {name for name, s in by_signal.items() if s["no_data"]} == set(UNFED)
    for name in UNFED:
        assert by_signal[name]["note"] == "no data: a data archive cannot tell"
        assert by_signal[name]["gain"] == 0
    assert not {a["signal"] for a in card["next_actions"]} & set(UNFED)
    # What the archive does record is measured: posts, comments, messages, connections.
    assert float(by_signal["posts_and_articles"]["points"]) > 0
    assert by_signal["response_rate"]["raw"] == 1 and by_signal["response_rate"]["trials"] == 3
    assert by_signal["connections"]["raw"] == 5
    assert by_signal["decision_maker_connections"]["raw"] == 2  # Ann (VP) and Cy (CEO)
    assert by_signal["same_company_connections"]["raw"] == 2  # Ann and Eve, at Acme
    assert by_signal["acceptance_rate"]["trials"] == 2 and by_signal["acceptance_rate"]["raw"] == 1
    unmeasured = {p["pillar"]: float(p["no_data_points"]) for p in card["pillars"]}
    assert unmeasured == {"brand": 5.5, "find": 12.5, "engage": 1.0, "relationships": 0.0}
    assert float(card["no_data_points"]) == 19
    code, out, _ = run_cli("show", "5", "--db", str(db_path))
    assert "no data for 19 of the 100 points" in out
    assert out.count("no data") >= 2 * len(UNFED)


# ------------------------------------------------------------------------ history from an archive


def test_an_archive_gives_a_weekly_history(store: Store, tmp_path: Path) -> None:
    """Every action carries its time, so the owner is scored back through the archive's
    years; a series is compiled once and run per date, with the same results as scoring each
    date on its own."""
    import ibis

    from sellindex.metrics.ssi.model import load_model
    from sellindex.metrics.ssi.run import score_into_snapshots, scores_expr, scoring_dates
    from sellindex.metrics.ssi.scoring import ranked

    import_export(store, write_folder(tmp_path / "2018", ARCHIVE_2018))
    import_export(store, write_zip(tmp_path / "2024.zip", ARCHIVE_2024))
    model = load_model()
    dates = scoring_dates(date(2017, 12, 3), date(2018, 2, 25), 7, None, store)
    dates += scoring_dates(date(2024, 3, 3), date(2024, 3, 31), 7, None, store)
    score_into_snapshots(store, model, dates)
    dana = member(store, "Dana Reyes")
    history = dict(
        rows(store, "SELECT as_of, total FROM ssi_snapshots WHERE member_id = ? ORDER BY 1", [dana])
    )
    # Registered in 2012 (the 2024 archive says so): scored before any action, on the profile
    # alone, until the first connection (12/24/17) and the messages, posts and logins of 2018.
    assert history[date(2017, 12, 3)] == history[date(2017, 12, 17)]
    assert history[date(2017, 12, 17)] < history[date(2017, 12, 24)] < history[date(2018, 1, 14)]
    assert history[date(2024, 3, 3)] < history[date(2024, 3, 31)]  # March 2024's activity
    columns = "member_id, total, brand, find, engage, relationships, signal_raw, signal_points"
    for day in (date(2018, 1, 14), date(2024, 3, 24)):
        single = ranked(scores_expr(store, model, day), store.table("connections"), day).mutate(
            as_of=ibis.literal(day, type="date")
        )
        store.con.execute(f"CREATE OR REPLACE TEMP TABLE single AS {store.backend.compile(single)}")
        differ = rows(
            store,
            f"SELECT count(*) FROM (SELECT {columns} FROM single EXCEPT "
            f"SELECT {columns} FROM ssi_snapshots WHERE as_of = ?)",
            [day],
        )
        assert differ == [(0,)]


def _card(run_cli, db_path: Path, member_id: int) -> dict:
    code, _, err = run_cli("score", "--as-of", "2024-03-31", "--db", str(db_path))
    assert code == 0, err
    code, out, err = run_cli("show", str(member_id), "--db", str(db_path), "--json")
    assert code == 0, err
    return json.loads(out)


def _no_data(card: dict) -> set[str]:
    return {s["signal"] for s in card["signals"] if s["no_data"]}


def _web_card(db_path: Path, member_id: int) -> dict:
    """The card the web app serves, as an admin reads it."""
    from fastapi.testclient import TestClient

    from e2e import world
    from sellindex.interfaces.web import create_app
    from sellindex.store.accounts import add_user, create_token

    with open_store(db_path) as store:
        add_user(store, f"admin{member_id}@example.com", "admin", None, world.PASSWORD)
        token, _ = create_token(store, f"admin{member_id}@example.com")
        with TestClient(create_app(store)) as client:
            answer = client.get(
                f"/api/v1/members/{member_id}/index",
                headers={"Authorization": f"Bearer {token}"},
            )
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_a_basic_archive_shows_no_data_where_doctor_says_it_cannot_feed_until_the_complete_one(
    run_cli, tmp_path: Path, db_path: Path
) -> None:
    """Import, doctor, the command line's card and the web's agree on what the Basic part
    leaves without data; the Complete part of the same owner measures it, and the Basic part
    imported again takes nothing away."""
    basic = write_zip(tmp_path / "Basic_LinkedInDataExport_03-24-2024.zip", BASIC_2024)
    code, out, err = run_cli("doctor", str(basic), "--json")
    assert code == 0, err
    checked = json.loads(out)
    assert checked["part"] == "Basic"
    cannot = {s["name"] for s in checked["coverage"]["index"]["signals"] if not s["fed"]}
    assert cannot > set(UNFED)
    assert {"posts_and_articles", "engagement_given", "response_rate"} <= cannot

    code, out, err = run_cli("import", str(basic), "--db", str(db_path), "--json")
    assert code == 0, err
    ((owner, unfed),) = json.loads(out)["no_data_signals"].items()
    assert set(unfed) == cannot
    with open_store(db_path) as store:
        dana = member(store, "Dana Reyes")
    assert int(owner) == dana

    card = _card(run_cli, db_path, dana)
    assert _no_data(card) == cannot
    only_basic = cannot - set(UNFED)
    by_signal = {s["signal"]: s for s in card["signals"]}
    for name in only_basic:
        assert by_signal[name]["note"] == (
            "no data: the Basic archive cannot tell; import the Complete archive"
        )
        assert by_signal[name]["gain"] == 0
    assert not {a["signal"] for a in card["next_actions"]} & cannot
    web = _web_card(db_path, dana)
    assert {
        s["signal"]: s["note"] for s in web["signals"] if (s["note"] or "").startswith("no data")
    } == {name: by_signal[name]["note"] for name in cannot}
    code, out, _ = run_cli("show", str(dana), "--db", str(db_path))
    assert f"no data for {float(card['no_data_points']):g} of the 100 points" in out

    complete = write_zip(tmp_path / "Complete_LinkedInDataExport_03-24-2024.zip", ARCHIVE_2024)
    for path in (complete, basic):
        code, _, err = run_cli("import", str(path), "--db", str(db_path))
        assert code == 0, err
        with open_store(db_path) as store:
            assert member(store, "Dana Reyes") == dana
        card = _card(run_cli, db_path, dana)
        assert _no_data(card) == set(UNFED), path.name
        by_signal = {s["signal"]: s for s in card["signals"]}
        assert float(by_signal["posts_and_articles"]["points"]) > 0
        assert by_signal["response_rate"]["trials"] == 3


def test_the_api_says_which_signals_have_no_data(run_cli, zip_2024: Path, db_path: Path) -> None:
    """The API's card carries `no_data` per signal and the unmeasured points, like `show`."""
    from fastapi.testclient import TestClient

    from sellindex.interfaces.web import create_app
    from sellindex.store import open_store
    from sellindex.store.accounts import add_user, create_token

    assert run_cli("import", str(zip_2024), "--db", str(db_path))[0] == 0
    assert run_cli("score", "--as-of", "2024-03-31", "--db", str(db_path))[0] == 0
    with open_store(db_path) as store:
        add_user(store, "root@example.com", "admin", None, "a long enough password")
        token, _ = create_token(store, "root@example.com")
        with TestClient(create_app(store)) as client:
            answer = client.get(
                "/api/v1/members/5/index", headers={"Authorization": f"Bearer {token}"}
            )
    assert answer.status_code == 200, answer.text
    card = answer.json()
    assert {s["signal"] for s in card["signals"] if s["no_data"]} == set(UNFED)
    assert card["no_data_points"] == 19 and card["sources"] == ["archive"]
    assert {p["pillar"]: p["no_data_points"] for p in card["pillars"]}["find"] == 12.5
