"""`sellindex doctor`: what an export holds before it is imported (kind, year's format, Basic or
Complete, rows, columns, unreadable dates, what it can and cannot feed), that it refuses what
import refuses with import's words, and that the report import keeps is the one doctor gives."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from archive_fixtures import ARCHIVE_2018, ARCHIVE_2024, BASIC_2024, write_folder, write_zip
from sellindex.ingest.crm_import import import_export
from sellindex.ingest.doctor import check_export
from sellindex.metrics.kpis.needs import FAMILIES, NEEDS
from sellindex.metrics.ssi.model import load_model
from sellindex.sources.feeds import ARCHIVE_ROLE_FEEDS, is_member_feed
from sellindex.sources.network import archive
from sellindex.store import Store
from sellindex.store.export_reports import latest_export_reports
from sellindex.store.feeds import member_feeds
from test_import_pipeline import DEALS
from test_import_salesforce import FILES as SALESFORCE
from test_import_salesnav import write_activity


def doctor(run_cli, *args: str) -> tuple[int, dict, str]:
    code, out, err = run_cli("doctor", *args, "--json")
    return code, json.loads(out), err


def unfed(data: dict) -> dict[str, str]:
    return {s["name"]: s["reason"] for s in data["coverage"]["index"]["signals"] if not s["fed"]}


def kpis(data: dict) -> dict[str, dict]:
    return {k["name"]: k for f in data["coverage"]["kpis"] for k in f["kpis"]}


def pipeline_with_bad_dates(folder: Path) -> Path:
    """Ten deals, three of them with an engage date no parser reads."""
    engaged = [f"2024-01-{day:02d}" for day in range(1, 11)]
    engaged[2], engaged[5], engaged[8] = "soon", "TBD", "2024-13-45"
    rows = [
        f"D{i},Ann Lee,GTX Pro,Acme,Won,{day},2024-02-{i:02d},100"
        for i, day in enumerate(engaged, 1)
    ]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sales_pipeline.csv").write_text(
        DEALS.splitlines()[0] + "\n" + "\n".join(rows) + "\n"
    )
    return folder


@pytest.fixture
def zip_2024(tmp_path: Path) -> Path:
    return write_zip(tmp_path / "Complete_LinkedInDataExport_03-24-2024.zip", ARCHIVE_2024)


def test_each_archive_year_is_told_apart(run_cli, tmp_path: Path, zip_2024: Path) -> None:
    code, data, _ = doctor(run_cli, str(zip_2024))
    assert code == 0 and data["ok"]
    assert (data["kind"], data["format"], data["part"]) == ("archive", "2024-2026", "Complete")
    assert any("Notes: preamble, header on line 4" in e for e in data["format_evidence"])
    connections = next(f for f in data["files"] if f["role"] == "connections")
    assert (connections["rows"], connections["header_line"]) == (5, 4)

    code, data, _ = doctor(run_cli, str(write_folder(tmp_path / "old", ARCHIVE_2018)))
    assert code == 0
    assert (data["format"], data["part"]) == ("2018", "Complete")
    evidence = "\n".join(data["format_evidence"])
    assert "Connections.csv: no URL column" in evidence
    assert "Shares.csv: UTF-16, tab-separated" in evidence
    shares = next(f for f in data["files"] if f["role"] == "shares")
    assert (shares["encoding"], shares["delimiter"]) == ("utf-16", "\t")


def test_only_the_basic_part_is_said_and_what_it_leaves_without_data(
    run_cli, tmp_path: Path
) -> None:
    path = write_zip(tmp_path / "Basic_LinkedInDataExport_03-24-2024.zip", BASIC_2024)
    code, data, _ = doctor(run_cli, str(path))
    assert code == 0
    assert data["part"] == "Basic"
    assert "none of messages.csv, Shares.csv" in data["part_evidence"]
    assert any(w.startswith("only the Basic part of the archive") for w in data["warnings"])
    missing = unfed(data)
    assert missing["posts_and_articles"] == (
        "the Basic archive has no Shares.csv: import the Complete archive"
    )
    assert "the Basic archive has no messages.csv" in missing["response_rate"]
    assert "profile_completeness" not in missing and "connections" not in missing


def test_columns_no_role_reads_and_columns_a_file_lacks(run_cli, zip_2024: Path) -> None:
    _, data, _ = doctor(run_cli, str(zip_2024))
    files = {f["role"]: f for f in data["files"]}
    assert files["messages"]["unknown_columns"] == ["ATTACHMENTS"]
    assert files["messages"]["missing_columns"] == ["direction", "draft"]
    assert {"Birth Date", "Zip Code"} <= set(files["profile"]["unknown_columns"])
    assert files["connections"]["unknown_columns"] == []
    assert data["ignored"] == [
        {
            "file": str(zip_2024 / "Votes.csv"),
            "reason": "not a file sellindex reads from an archive",
        }
    ]


def test_three_unreadable_dates_of_ten_are_thirty_percent_and_import_rejects_them(
    run_cli, store: Store, tmp_path: Path
) -> None:
    export = pipeline_with_bad_dates(tmp_path / "crm")
    code, data, _ = doctor(run_cli, str(export))
    assert code == 0
    deals = next(f for f in data["files"] if f["role"] == "deals")
    dates = {d["column"]: d for d in deals["dates"]}
    assert (dates["engage_date"]["values"], dates["engage_date"]["failed"]) == (10, 3)
    assert dates["engage_date"]["share_failed"] == 0.3
    assert dates["engage_date"]["examples"] == ["soon", "TBD", "2024-13-45"]
    assert dates["close_date"]["failed"] == 0
    assert any("3 of 10 dates in engage_date (30%)" in w for w in data["warnings"])

    result = import_export(store, export)
    rejected = store.con.execute(
        "SELECT line, reason FROM rejects WHERE table_name = 'opportunities' ORDER BY line"
    ).fetchall()
    assert [line for line, _ in rejected] == [4, 7, 10]
    assert all("created_at (engage_date) is not an ISO 8601 timestamp" in r for _, r in rejected)
    assert result.totals["rejected"] == 3


def test_an_archive_names_the_signals_it_cannot_feed_with_reasons(run_cli, zip_2024: Path) -> None:
    _, data, _ = doctor(run_cli, str(zip_2024))
    missing = unfed(data)
    assert missing["followers_gained"] == "a data archive never holds follow events on the member"
    assert missing["profile_views_made"] == (
        "a data archive never holds profile_view events by the member "
        "(a Sales Navigator export has them)"
    )
    assert "inbound_profile_views" in missing and "engagement_received" in missing
    assert data["coverage"]["index"]["fed_points"] == 100 - sum(
        load_model().signal(name).points for name in missing
    )


@pytest.mark.parametrize("kind", ["archive", "salesnav"])
def test_the_signals_doctor_says_cannot_be_fed_are_those_import_marks_no_data(
    run_cli, tmp_path: Path, db_path: Path, kind: str
) -> None:
    if kind == "archive":
        path = write_zip(tmp_path / "export.zip", ARCHIVE_2024)
    else:
        path = write_activity(tmp_path / "seats")
    _, data, _ = doctor(run_cli, str(path))
    code, out, err = run_cli("import", str(path), "--db", str(db_path), "--json")
    assert code == 0, err
    described = json.loads(out)["no_data_signals"]
    assert described, "an owner or seat holder is described in part"
    for imported in described.values():
        assert set(imported) == set(unfed(data))


def test_a_crm_export_without_activities_cannot_time_leads_or_count_touches(
    run_cli, tmp_path: Path
) -> None:
    folder = tmp_path / "salesforce"
    folder.mkdir()
    for name, text in SALESFORCE.items():
        if name not in ("Task.csv", "Event.csv"):
            (folder / name).write_text(text)
    code, data, _ = doctor(run_cli, str(folder))
    assert code == 0 and data["kind"] == "salesforce"
    found = kpis(data)
    for name in ("speed_to_lead_median_h", "untouched_leads", "touches_to_win", "touches_to_loss"):
        assert not found[name]["fed"]
        assert "no tasks or events file in the export" in found[name]["reason"]
    assert found["win_rate"]["fed"] and found["booked_revenue"]["fed"]

    for name in ("Task.csv", "Event.csv"):
        (folder / name).write_text(SALESFORCE[name])
    _, data, _ = doctor(run_cli, str(folder))
    found = kpis(data)
    assert found["speed_to_lead_median_h"]["fed"] and found["touches_to_win"]["fed"]
    assert not found["calls"]["fed"] or "touches.channel=call" in data["feeds"]


def test_an_empty_folder_is_refused_in_one_line(run_cli, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    code, out, err = run_cli("doctor", str(tmp_path / "empty"))
    assert code == 1
    assert out == ""
    assert (
        err.strip()
        == f"error: import would refuse: {tmp_path / 'empty'} is empty: there is nothing to import"
    )


def test_the_json_report_has_one_shape(run_cli, zip_2024: Path) -> None:
    _, data, _ = doctor(run_cli, str(zip_2024))
    assert set(data) == {
        "kind", "path", "detected", "subject", "files", "ignored", "notes", "tables", "feeds",
        "format", "format_evidence", "part", "part_evidence", "warnings", "coverage", "ok",
        "verdict",
    }  # fmt: skip
    assert set(data["files"][0]) == {
        "role", "file", "table", "rows", "malformed", "header_line", "encoding", "delimiter",
        "columns", "unknown_columns", "missing_columns", "dates",
    }  # fmt: skip
    assert set(data["files"][0]["dates"][0]) == {
        "column",
        "values",
        "failed",
        "examples",
        "share_failed",
    }
    index = data["coverage"]["index"]
    assert [p["pillar"] for p in index["pillars"]] == ["brand", "find", "engage", "relationships"]
    assert {s["name"] for s in index["signals"]} == {s.name for s in load_model().signals}
    assert [f["family"] for f in data["coverage"]["kpis"]] == list(FAMILIES)
    assert data["verdict"] == "import would work: a data archive, 17 files, 39 rows"
    assert data["subject"] == "url:dana-reyes-42"


def _refusing_zip(folder: Path) -> Path:
    folder.mkdir()
    with zipfile.ZipFile(folder / "Basic_Data.zip", "w") as z:
        z.writestr("Connections.csv", "First Name,Last Name,URL\n")
    return folder / "Basic_Data.zip"


@pytest.mark.parametrize("case", ["archive", "pipeline", "empty", "notes", "no-dates", "kind"])
def test_doctor_and_import_agree(run_cli, tmp_path: Path, case: str) -> None:
    extra: list[str] = []
    if case == "archive":
        path = write_zip(tmp_path / "export.zip", ARCHIVE_2024)
    elif case == "pipeline":
        path = pipeline_with_bad_dates(tmp_path / "crm")
    elif case == "empty":
        path = tmp_path / "empty"
        path.mkdir()
    elif case == "notes":
        path = tmp_path / "notes"
        path.mkdir()
        (path / "todo.csv").write_text("what,when\ncall Ann,monday\n")
    elif case == "no-dates":
        path = _refusing_zip(tmp_path / "archive")
        extra = ["--kind", "archive"]
    else:
        path = write_zip(tmp_path / "export.zip", ARCHIVE_2024)
        extra = ["--kind", "hubspot"]
    checked, _, doubt = run_cli("doctor", str(path), *extra, "--db", str(tmp_path / "a.duckdb"))
    kind = [extra[1]] if extra else []
    done, _, err = run_cli("import", *kind, str(path), "--db", str(tmp_path / "b.duckdb"))
    assert (checked == 0) == (done == 0), (doubt, err)
    if done:
        assert err.startswith("error: ") and doubt.startswith("error: import would refuse: ")
        assert doubt.removeprefix("error: import would refuse: ") == err.removeprefix("error: ")
        assert len(doubt.strip().splitlines()) == 1


@pytest.mark.parametrize("files", [ARCHIVE_2024, BASIC_2024], ids=["complete", "basic"])
def test_an_import_keeps_the_report_doctor_gives(
    store: Store, tmp_path: Path, files: dict[str, str]
) -> None:
    path = write_zip(tmp_path / "export.zip", files)
    before = check_export(path).to_dict()
    import_export(store, path)
    (kept,) = latest_export_reports(store.con)
    assert kept["load_id"] == 1
    for key in ("kind", "path", "subject", "files", "feeds", "format", "part", "tables"):
        assert kept[key] == before[key], key
    ((owner,),) = store.con.execute("SELECT DISTINCT member_id FROM member_feeds").fetchall()
    recorded = member_feeds(store.con, owner)
    assert recorded == {"archive": {f for f in before["feeds"] if is_member_feed(f)}}
    import_export(store, path)
    (latest,) = latest_export_reports(store.con)
    assert latest["load_id"] == 2


def test_a_dry_run_keeps_no_report(store: Store, zip_2024: Path) -> None:
    import_export(store, zip_2024, dry_run=True)
    assert latest_export_reports(store.con) == []


def test_what_an_archive_tells_follows_the_part_it_holds() -> None:
    """The Complete part tells everything its files can (a file left out: nothing of it), the
    Basic part nothing of the owner's own activity."""
    assert set(ARCHIVE_ROLE_FEEDS) == {r.name for r in archive.ROLES}
    everything = {f for fs in ARCHIVE_ROLE_FEEDS.values() for f in fs}
    assert set(archive.owner_feeds(["connections", "comments"])) == everything
    basic = [r.name for r in archive.ROLES if r.name not in archive.COMPLETE_ONLY]
    assert set(archive.owner_feeds(basic)) == {
        "profile",
        "connections",
        "invitations",
        "event:endorsement:actor",
        "event:endorsement:target",
        "event:follow:actor",
    }


def test_every_kpi_says_what_it_reads() -> None:
    names = [k.name for kpis in FAMILIES.values() for k in kpis]
    assert sorted(names) == sorted(NEEDS)


def test_the_data_page_and_the_api_show_what_each_import_held(
    store: Store, zip_2024: Path, tmp_path: Path
) -> None:
    from fastapi.testclient import TestClient

    from e2e import world
    from sellindex.interfaces.web import create_app
    from sellindex.interfaces.web.auth import CSRF_COOKIE, SESSION_COOKIE
    from sellindex.store.accounts import add_user, create_session, create_token, find_user

    import_export(store, zip_2024)
    import_export(store, pipeline_with_bad_dates(tmp_path / "crm"))
    add_user(store, "root@example.com", "admin", None, world.PASSWORD)
    token, _ = create_token(store, "root@example.com")
    user = find_user(store, "root@example.com")
    assert user is not None
    with TestClient(create_app(store)) as client:
        answer = client.get("/api/v1/imports", headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 200
        reports = {r["kind"]: r for r in answer.json()}
        assert set(reports) == {"archive", "pipeline"}
        archive_report = reports["archive"]
        assert (archive_report["format"], archive_report["part"]) == ("2024-2026", "Complete")
        assert archive_report["coverage"]["index"]["fed_points"] == 81
        deals = reports["pipeline"]["files"][0]
        assert deals["dates"][0]["share_failed"] == 0.3

        client.cookies.update(
            {SESSION_COOKIE: create_session(store, user), CSRF_COOKIE: "csrf-admin"}
        )
        page = client.get("/data").text
    assert 'data-kind="archive"' in page and 'data-kind="pipeline"' in page
    assert (
        "<span data-format>2024-2026</span>" in page and "<span data-part>Complete</span>" in page
    )
    assert 'data-date="engage_date" data-share="0.3"' in page
    assert "engage_date 30% (3 of 10)" in page
    assert "ATTACHMENTS" in page
    assert 'data-fed-points="81.0"' in page
    assert 'data-signal="followers_gained"' in page
    assert ">Followers gained</a> (Brand, " in page, "signals read by their labels"
    assert "a data archive never holds follow events on the member" in page
