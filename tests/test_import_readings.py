"""`sellindex import ssi-readings`: saved JSON readings of the index page, kept as the official
history beside the estimate, and `show` / `history` drawing both per pillar with the difference."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from archive_fixtures import ARCHIVE_2024, write_zip
from sellindex.ingest.crm_import import import_export
from sellindex.store import Store


def reading(overall: float, brand: float, find: float, engage: float, rel: float, **extra) -> dict:
    """A reading in the page's shape (values made up)."""
    return {
        "activeSeat": False,
        "memberScore": {
            "overall": overall,
            "subScores": [
                {"score": brand, "pillar": "PROFESSIONAL_BRAND"},
                {"score": find, "pillar": "FIND_RIGHT_PEOPLE"},
                {"score": engage, "pillar": "INSIGHT_ENGAGEMENT"},
                {"score": rel, "pillar": "STRONG_RELATIONSHIP"},
            ],
        },
        "groupScore": [
            {
                "groupType": "INDUSTRY",
                "rank": 75,
                "groupSize": 1200000,
                "industry": "Financial Services",
                "score": {"overall": 30.99, "subScores": []},
            },
            {"groupType": "NETWORK", "rank": 81, "score": {"overall": 32.72, "subScores": []}},
        ],
        **extra,
    }


def write_readings(folder: Path) -> Path:
    """Daily files named by their day, one list with dates inside, and a JSON lines file."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ssi-2024-03-23.json").write_text(json.dumps(reading(19.7, 13.1, 3.68, 0.3, 2.62)))
    (folder / "ssi-2024-03-30.json").write_text(
        json.dumps(reading(21.5, 13.4, 4.1, 1.2, 2.8), indent=2)
    )
    (folder / "older.json").write_text(
        json.dumps(
            [
                reading(18.0, 12.0, 3.0, 0.5, 2.5, date="2024-03-01"),
                reading(18.5, 12.2, 3.1, 0.6, 2.6, savedAt="2024-03-02T08:00:00Z"),
            ]
        )
    )
    (folder / "more.jsonl").write_text(
        json.dumps(reading(18.9, 12.4, 3.2, 0.7, 2.6, date="2024-03-03")) + "\n"
    )
    return folder


@pytest.fixture
def owner_store(store: Store, tmp_path: Path) -> Store:
    """A store holding Dana Reyes's archive (member 5)."""
    import_export(store, write_zip(tmp_path / "archive.zip", ARCHIVE_2024))
    return store


def test_readings_load_for_the_archive_owner(owner_store: Store, tmp_path: Path) -> None:
    folder = write_readings(tmp_path / "readings")
    result = import_export(owner_store, folder)
    assert result.kind == "ssi-readings"
    assert result.detected == "more.jsonl holds a reading of the index page (memberScore)"
    table = result.tables[0]
    assert (table.table, table.read, table.loaded, table.rejected, table.duplicate) == (
        "ssi_readings", 5, 5, 0, 0,
    )  # fmt: skip
    assert result.notes == ["readings of member 5 from 2024-03-01 to 2024-03-30 (5 days)"]
    stored = owner_store.con.execute(
        "SELECT as_of, total, brand, find, engage, relationships, industry_top_percent, "
        "industry_size, industry_average, industry_label, network_top_percent, team_top_percent "
        "FROM ssi_readings WHERE member_id = 5 ORDER BY as_of"
    ).fetchall()
    assert [r[0] for r in stored] == [
        date(2024, 3, 1), date(2024, 3, 2), date(2024, 3, 3), date(2024, 3, 23),
        date(2024, 3, 30),
    ]  # fmt: skip
    assert stored[3][1:] == (
        19.7, 13.1, 3.68, 0.3, 2.62, 75.0, 1200000.0, 30.99, "Financial Services", 81.0, None,
    )  # fmt: skip
    again = import_export(owner_store, folder)
    assert (again.tables[0].loaded, again.tables[0].duplicate) == (0, 5)
    loads = owner_store.con.execute(
        "SELECT table_name, rows_read, rows_loaded, rows_duplicate FROM loads "
        "WHERE table_name = 'ssi_readings'"
    ).fetchall()
    assert loads == [("ssi_readings", 5, 5, 0), ("ssi_readings", 5, 0, 5)]


def test_bad_readings_are_rejected_with_file_line_and_reason(
    owner_store: Store, tmp_path: Path
) -> None:
    folder = write_readings(tmp_path / "readings")
    import_export(owner_store, folder)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "ssi-2024-03-23.json").write_text(json.dumps(reading(25.0, 13.1, 3.68, 0.3, 2.62)))
    (bad / "ssi-2024-03-24.json").write_text(json.dumps(reading(130, 13, 3, 0, 2)))
    (bad / "ssi-2024-03-25.json").write_text('{"memberScore": {"overall": 1')
    (bad / "undated.json").write_text(json.dumps(reading(20, 13, 3, 1, 3)))
    (bad / "lines.jsonl").write_text(
        json.dumps(reading(20, 13, 3, 1, 3, date="2024-03-26"))
        + "\nnot json\n"
        + json.dumps(reading(20, 30, 3, 1, 3, date="2024-03-27"))
        + "\n"
    )
    result = import_export(owner_store, bad, "ssi-readings")
    table = result.tables[0]
    assert (table.read, table.loaded, table.rejected, table.duplicate) == (7, 1, 6, 0)
    rejects = owner_store.con.execute(
        "SELECT source_file, line, reason FROM rejects WHERE table_name = 'ssi_readings' "
        "ORDER BY source_file, line"
    ).fetchall()
    by_file = {(Path(f).name, line): reason for f, line, reason in rejects}
    assert by_file[("lines.jsonl", 2)].startswith("not valid JSON")
    assert by_file[("lines.jsonl", 3)] == (
        "the PROFESSIONAL_BRAND score must be a number from 0 to 25, got 30.0"
    )
    assert by_file[("ssi-2024-03-23.json", 1)] == (
        "conflicts with the reading of 2024-03-23 already stored for this member"
    )
    assert by_file[("ssi-2024-03-24.json", 1)].startswith("memberScore.overall must be a number")
    assert by_file[("ssi-2024-03-25.json", 1)].startswith("not valid JSON")
    assert by_file[("undated.json", 1)].startswith("no date: name the file by its day")
    # The stored reading of the 23rd is not overwritten.
    assert owner_store.con.execute(
        "SELECT total FROM ssi_readings WHERE as_of = '2024-03-23'"
    ).fetchall() == [(19.7,)]


def test_whose_readings(run_cli, store: Store, tmp_path: Path, db_path: Path) -> None:
    folder = write_readings(tmp_path / "readings")
    store.close()
    code, out, err = run_cli("import", "ssi-readings", str(folder), "--db", str(db_path))
    assert code != 0 and out == ""
    assert "the store holds no member's data archive; give the member: --member ID" in err
    code, _, err = run_cli("import", str(folder), "--member", "42", "--db", str(db_path))
    assert code != 0 and "member 42 is not in the store" in err


def test_a_dry_run_of_readings_writes_nothing(owner_store: Store, tmp_path: Path) -> None:
    result = import_export(owner_store, write_readings(tmp_path / "r"), dry_run=True)
    assert result.dry_run and result.tables[0].loaded == 5
    assert owner_store.con.execute("SELECT count(*) FROM ssi_readings").fetchall() == [(0,)]


def test_show_and_history_draw_official_and_estimate_per_pillar(
    run_cli, tmp_path: Path, db_path: Path
) -> None:
    assert (
        run_cli("import", str(write_zip(tmp_path / "a.zip", ARCHIVE_2024)), "--db", str(db_path))[0]
        == 0
    )
    assert run_cli("import", str(write_readings(tmp_path / "r")), "--db", str(db_path))[0] == 0
    code, _, err = run_cli(
        "score", "--from", "2024-03-24", "--to", "2024-03-31", "--every", "7", "--db", str(db_path)
    )
    assert code == 0, err
    code, out, err = run_cli("show", "5", "--db", str(db_path), "--json")
    assert code == 0, err
    card = json.loads(out)
    official = card["official"]
    assert official["as_of"] == "2024-03-30"  # the latest reading in the card's week
    assert (official["total"], official["brand"], official["engage"]) == (21.5, 13.4, 1.2)
    pillars = {p["pillar"]: float(p["points"]) for p in card["pillars"]}
    for name in ("brand", "find", "engage", "relationships"):
        assert official["difference"][name] == round(pillars[name] - official[name], 2)
    assert official["difference"]["total"] == round(float(card["total"]) - 21.5, 2)
    code, out, _ = run_cli("show", "5", "--db", str(db_path))
    assert "official index 21.50 on 2024-03-30" in out

    code, out, err = run_cli("history", "5", "--db", str(db_path), "--json")
    assert code == 0, err
    history = json.loads(out)
    assert [r["as_of"] for r in history["snapshots"]] == ["2024-03-24", "2024-03-31"]
    assert [r["official"]["as_of"] for r in history["snapshots"]] == ["2024-03-23", "2024-03-30"]
    first = history["snapshots"][0]
    assert first["official"]["difference"]["find"] == round(float(first["find"]) - 3.68, 2)
    assert len(history["readings"]) == 5
    code, out, _ = run_cli("history", "5", "--db", str(db_path))
    assert "5 official readings" in out and "total (official)" in out
    assert "estimate minus official" in out


def test_history_of_readings_alone(run_cli, tmp_path: Path, db_path: Path) -> None:
    run_cli("import", str(write_zip(tmp_path / "a.zip", ARCHIVE_2024)), "--db", str(db_path))
    run_cli("import", str(write_readings(tmp_path / "r")), "--db", str(db_path))
    code, out, err = run_cli("history", "5", "--db", str(db_path))
    assert code == 0, err
    assert "0 snapshots, 5 official readings" in out and "Official readings" in out


def test_the_my_index_page_shows_no_data_and_the_official_reading(
    run_cli, tmp_path: Path, db_path: Path
) -> None:
    from fastapi.testclient import TestClient

    from sellindex.interfaces.web import create_app
    from sellindex.interfaces.web.auth import CSRF_COOKIE, SESSION_COOKIE
    from sellindex.store import open_store
    from sellindex.store.accounts import add_user, create_session

    db = str(db_path)
    run_cli("import", str(write_zip(tmp_path / "a.zip", ARCHIVE_2024)), "--db", db)
    run_cli("import", str(write_readings(tmp_path / "r")), "--db", db)
    run_cli("score", "--as-of", "2024-03-31", "--db", db)
    with open_store(db_path) as store:
        user = add_user(store, "dana@example.org", "member", 5, "a long enough password 1")
        cookies = {SESSION_COOKIE: create_session(store, user), CSRF_COOKIE: "csrf"}
        with TestClient(create_app(store), follow_redirects=False) as client:
            client.cookies.update(cookies)
            page = client.get("/members/5/index")
    assert page.status_code == 200, page.text
    assert page.text.count(">no data<") == 8
    assert "(12.5 no data)" in page.text
    assert "Official index 21.50 on 2024-03-30" in page.text
    assert 'data-official="13.4"' in page.text
