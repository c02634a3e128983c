"""Every table of the pages downloads as CSV: the API answer behind it, every row in the
caller's scope, with the same checks as the JSON answer."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from fastapi.testclient import TestClient

from archive_fixtures import ARCHIVE_2024, write_zip
from e2e import world
from sellindex.ingest.doctor import check_export
from sellindex.interfaces.web import create_app, csv_answers
from sellindex.store import Store, open_store
from sellindex.store.export_reports import record_export_report

IMPORT_LOAD = 9001
"""The load of the import the Data page shows: an archive, as `sellindex import` keeps it."""

PAGES = {
    "admin": ["/", "/teams", "/teams/20", "/reps/6", "/members", "/kpis", "/insights", "/data"],
    "manager": ["/teams/10", "/reps/2", "/members", "/kpis", "/insights"],
    "member": ["/", "/reps/2"],
}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, world.World]]:
    folder = tmp_path_factory.mktemp("csv")
    built = world.build(folder / "csv.duckdb")
    archive = write_zip(folder / "Complete_LinkedInDataExport_03-24-2024.zip", ARCHIVE_2024)
    with open_store(built.path) as store:
        record_export_report(store.con, IMPORT_LOAD, check_export(archive).to_dict())
        yield store, built


@pytest.fixture(scope="module")
def client(served: tuple[Store, world.World]) -> Iterator[TestClient]:
    with TestClient(create_app(served[0]), follow_redirects=False) as test_client:
        yield test_client


def _as(served: tuple[Store, world.World], role: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {served[1].tokens[role]}"}


def _table(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("role", list(PAGES))
def test_every_table_on_every_page_has_a_working_download(client, served, role) -> None:
    headers = _as(served, role)
    for page in PAGES[role]:
        html = client.get(page, headers=headers).text
        download = r'<p class="download"><a href="([^"]+)" download>'
        # each table is followed by its downloads before the next table starts
        for table in html.split('<table class="grid')[1:]:
            assert re.search(download, table), (page, table[:200])
        links = re.findall(download, html)
        for link in (link.replace("&amp;", "&") for link in links):
            answer = client.get(link, headers=headers)
            assert answer.status_code == 200, (page, link, answer.text)
            assert answer.headers["content-type"].startswith("text/csv")
            assert answer.headers["content-disposition"].startswith("attachment; filename=")
            url = urlsplit(link)
            query = parse_qsl(url.query)
            wanted = dict(query).get("list")
            plain = [(k, v) for k, v in query if k not in ("format", "list")] + [("limit", "500")]
            expected = client.get(f"{url.path}?{urlencode(plain)}", headers=headers).json()
            if wanted and "." in wanted:
                continue  # a nested list: test_each_import_table_downloads_by_its_load
            if isinstance(expected, dict):
                expected = (
                    expected[wanted or "rows"]
                    if wanted or "rows" in expected
                    else next(v for v in expected.values() if isinstance(v, list))
                )
            assert len(_table(answer.text)) == len(expected), (page, link)


def test_download_matches_the_json_rows(client, served) -> None:
    headers = _as(served, "manager")
    board = client.get("/api/v1/teams/10?sort=name&order=asc", headers=headers).json()
    rows = _table(client.get("/api/v1/teams/10?sort=name&order=asc&format=csv",
                             headers=headers).text)  # fmt: skip
    assert [int(r["member_id"]) for r in rows] == [r["member_id"] for r in board["rows"]]
    assert [r["name"] for r in rows] == [r["name"] for r in board["rows"]]


def test_paged_answers_are_followed_to_the_last_row(client, served, monkeypatch) -> None:
    monkeypatch.setattr(csv_answers, "PAGE_ROWS", 3)
    headers = _as(served, "admin")
    everyone = client.get("/api/v1/members?limit=500", headers=headers).json()
    rows = _table(client.get("/api/v1/members?format=csv&offset=5", headers=headers).text)
    assert len(rows) == everyone["total"] == len(world.NAMES)
    assert [int(r["member_id"]) for r in rows] == [m["member_id"] for m in everyone["members"]]


def test_scope_and_errors_are_the_json_answers(client, served) -> None:
    manager = _as(served, "manager")
    outsider = world.OUTSIDER["manager"]
    hidden = client.get(f"/api/v1/reps/{outsider}?format=csv&list=metrics", headers=manager)
    assert hidden.status_code == 404
    assert hidden.headers["content-type"].startswith("application/json")
    members = _table(client.get("/api/v1/members?format=csv", headers=manager).text)
    assert {int(r["member_id"]) for r in members} == world.VISIBLE["manager"]
    assert client.get("/api/v1/members?format=csv").status_code == 401
    wrong = client.get("/api/v1/members/2/index?format=csv&list=nope", headers=manager)
    assert wrong.status_code == 400
    assert "pillars" in wrong.json()["detail"] and "signals" in wrong.json()["detail"]
    bad_date = client.get("/api/v1/kpis/growth?format=csv&from=0001-01-01", headers=manager)
    assert bad_date.status_code == 400


def test_text_that_a_spreadsheet_would_run_is_made_plain(client, served) -> None:
    store = served[0]
    store.con.execute("UPDATE members SET name = '=HYPERLINK(\"x\")' WHERE member_id = 8")
    try:
        text = client.get("/api/v1/members?format=csv", headers=_as(served, "admin")).text
    finally:
        store.con.execute("UPDATE members SET name = ? WHERE member_id = 8", [world.NAMES[8]])
    row = next(r for r in _table(text) if r["member_id"] == "8")
    assert row["name"] == '\'=HYPERLINK("x")'


def test_each_import_table_downloads_by_its_load(client, served) -> None:
    """The Data page's files and feeds of an import: a list nested in `/imports`, picked by a
    path through the import's load, checked as the JSON answer is (admins only)."""
    admin = _as(served, "admin")
    page = client.get("/data", headers=admin).text
    (report,) = client.get("/api/v1/imports", headers=admin).json()
    steps = {
        "files": f"load_id:{IMPORT_LOAD}.files",
        "signals": f"load_id:{IMPORT_LOAD}.coverage.index.signals",
        "kpis": f"load_id:{IMPORT_LOAD}.coverage.kpis.*.kpis",
    }
    answers = {}
    for name, path in steps.items():
        link = f"/api/v1/imports?{urlencode({'format': 'csv', 'list': path})}"
        assert link.replace("&", "&amp;") in page, name
        answer = client.get(link, headers=admin)
        assert answer.status_code == 200, answer.text
        answers[name] = _table(answer.text)
    assert [(f["role"], f["file"]) for f in answers["files"]] == [
        (f["role"], f["file"]) for f in report["files"]
    ]
    signals = report["coverage"]["index"]["signals"]
    assert [(s["name"], s["fed"]) for s in answers["signals"]] == [
        (s["name"], str(s["fed"]).lower()) for s in signals
    ]
    kpis = [(f["family"], k["name"]) for f in report["coverage"]["kpis"] for k in f["kpis"]]
    assert [(k["family"], k["name"]) for k in answers["kpis"]] == kpis
    assert all(set(k) == {"family", "name", "fed", "reason"} for k in answers["kpis"])
    assert answer.headers["content-disposition"].endswith(
        f'filename="imports-load-id-{IMPORT_LOAD}-coverage-kpis-kpis.csv"'
    )

    denied = client.get(f"/api/v1/imports?format=csv&list={steps['files']}",
                        headers=_as(served, "manager"))  # fmt: skip
    assert denied.status_code == 403
    assert denied.headers["content-type"].startswith("application/json")
    for wrong, says in (
        ("load_id:1.files", "0 items have load_id 1"),
        (f"load_id:{IMPORT_LOAD}.nope", "none of "),
        (f"load_id:{IMPORT_LOAD}.coverage", "must end at a list of rows"),
    ):
        answer = client.get(f"/api/v1/imports?format=csv&list={wrong}", headers=admin)
        assert answer.status_code == 400 and says in answer.json()["detail"], answer.text
