"""`sellindex import` as a user runs it: kind detection, dry runs, JSON, one-line errors; and the
identity map on its own."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from sellindex.ingest.crm_import import plan_import
from sellindex.store import Store, open_store
from sellindex.store.identities import resolve_ids

HEADERS = {
    "pipeline": (
        "sales_pipeline.csv",
        "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,"
        "close_value\nD1,Ann Lee,GTX,Acme,Won,2024-01-02,2024-01-09,10\n",
    ),
    "salesforce": (
        "export_1.csv",
        "Id,OwnerId,AccountId,StageName,Amount,CloseDate,IsWon,IsClosed,CreatedDate\n"
        "006000000000001AAA,005000000000001AAA,,Closed Won,10,2024-01-09,true,true,"
        "2024-01-02T00:00:00Z\n",
    ),
    "hubspot": (
        "all-deals.csv",
        "Record ID,Deal Name,Deal Stage,Amount,Deal owner,Close Date,Create Date,Pipeline\n"
        "1,A,Closed Won,10,Ann Lee,2024-01-09,2024-01-02,Sales Pipeline\n",
    ),
    "pipedrive": (
        "export.csv",
        '"Deal - ID","Deal - Owner","Deal - Status","Deal - Deal created","Deal - Won time",'
        '"Deal - Value"\n1,Ann Lee,won,2024-01-02 00:00:00,2024-01-09 00:00:00,10\n',
    ),
}


@pytest.mark.parametrize("kind", sorted(HEADERS))
def test_the_kind_is_detected_from_headers(tmp_path: Path, kind: str) -> None:
    name, text = HEADERS[kind]
    (tmp_path / name).write_text(text)
    plan = plan_import(tmp_path)
    assert plan.kind == kind
    assert plan.detected and plan.detected.startswith(f"{name} has the columns of a {kind}")


@pytest.mark.parametrize("kind", sorted(HEADERS))
def test_each_kind_imports_from_the_command_line(
    run_cli, tmp_path: Path, db_path: Path, kind: str
) -> None:
    name, text = HEADERS[kind]
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / name).write_text(text)
    code, out, err = run_cli("import", str(tmp_path / "x"), "--db", str(db_path), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["kind"] == kind and data["load_id"] == 1
    deals = next(t for t in data["tables"] if t["table"] == "opportunities")
    assert (deals["read"], deals["loaded"], deals["rejected"]) == (1, 1, 0)
    with open_store(db_path, read_only=True) as store:
        assert store.con.execute("SELECT outcome, amount FROM opportunities").fetchall() == [
            ("won", 10.0)
        ]


def test_the_table_output_names_the_kind_and_the_files(
    run_cli, tmp_path: Path, db_path: Path
) -> None:
    name, text = HEADERS["pipeline"]
    (tmp_path / name).write_text(text)
    code, out, _ = run_cli("import", str(tmp_path / name), "--db", str(db_path))
    assert code == 0
    assert "kind pipeline, detected: sales_pipeline.csv has the columns" in out
    assert "Load 1: pipeline export" in out and "opportunities" in out
    assert "new ids: 1 opportunities, 1 members, 1 accounts" in out


def test_dry_run_on_the_command_line_writes_nothing(run_cli, tmp_path: Path, db_path: Path) -> None:
    name, text = HEADERS["pipeline"]
    (tmp_path / name).write_text(text + "D2,Bo,GTX,Acme,Won,,2024-01-09,5\n")
    code, out, err = run_cli("import", "pipeline", str(tmp_path), "--db", str(db_path), "--dry-run")
    assert code == 0, err
    assert "nothing was written" in out
    assert "sales_pipeline.csv:3 created_at (engage_date) is empty" in out
    assert not db_path.exists()
    run_cli("init", "--db", str(db_path))
    code, out, _ = run_cli("import", str(tmp_path), "--db", str(db_path), "--dry-run", "--json")
    assert json.loads(out)["totals"] == {"read": 5, "loaded": 4, "rejected": 1, "duplicate": 0}
    with open_store(db_path, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM loads").fetchone() == (0,)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["import", "archive", "{tmp}"], "holds no file of a data archive (such as"),
        (["import", "archive", "{tmp}/archive/Basic_Data.zip"], "lacks column Connected On"),
        (["import", "archive", "{tmp}/empty"], "is empty: there is nothing to import"),
        (["import", "ssi-readings", "{tmp}"], "holds no member's data archive; give the member"),
        (["import", "salesnav", "{tmp}"], "found no activity file of a salesnav export"),
        (["import", "zoho", "{tmp}"], "unknown kind 'zoho'; kinds are: archive, ssi-readings"),
        (["import", "pipeline"], "give the path of the pipeline export"),
        (["import"], "give the export to import"),
        (["import", "{tmp}/nowhere"], "no such file or folder"),
        (["import", "{tmp}/notes"], "cannot tell what kind of export"),
        (["import", "{tmp}/archive"], "holds a ZIP file; import the ZIP itself"),
        (["import", "{tmp}/readings"], "give the member: --member ID"),
        (["import", "{tmp}/readings", "--member", "7"], "member 7 is not in the store"),
        (["import", "hubspot", "{tmp}/notes"], "found no deals file of a hubspot export"),
        (
            ["import", "pipeline", "{tmp}/notes", "--mapping", "{tmp}/none.toml"],
            "no such mapping file",
        ),
    ],
)
def test_wrong_input_is_one_line(run_cli, tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.csv").write_text("what,when\ncall Ann,monday\n")
    (tmp_path / "notes" / "more.csv").write_text("a,b\n1,2\n")
    (tmp_path / "archive").mkdir()
    with zipfile.ZipFile(tmp_path / "archive" / "Basic_Data.zip", "w") as z:
        z.writestr("Connections.csv", "First Name,Last Name,URL\n")
    (tmp_path / "empty").mkdir()
    (tmp_path / "readings").mkdir()
    (tmp_path / "readings" / "2026-01-02.json").write_text(
        '{"memberScore": {"overall": 19.7, "subScores": []}}'
    )
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    code, out, err = run_cli(*argv, "--db", str(tmp_path / "s.duckdb"))
    assert code != 0
    assert message in err, err
    assert len(err.strip().splitlines()) == 1, err
    assert out == ""


def test_a_folder_with_two_exports_takes_the_clearer_unless_told(tmp_path: Path) -> None:
    for kind in ("pipeline", "hubspot"):
        name, text = HEADERS[kind]
        (tmp_path / kind).mkdir()
        (tmp_path / kind / name).write_text(text)
    # The pipeline file has five telling columns, the HubSpot one four: pipeline wins, and the
    # other file is listed as left out...
    plan = plan_import(tmp_path)
    assert plan.kind == "pipeline"
    assert [p.name for p, _ in plan.ignored] == ["all-deals.csv"]
    # ...while naming the kind picks the file that fits it.
    assert plan_import(tmp_path, "hubspot").files["deals"].name == "all-deals.csv"
    assert plan_import(tmp_path, "pipeline").files["deals"].name == "sales_pipeline.csv"


def _keys(store: Store, rows: list[tuple[str, str, str, int, str | None]]) -> None:
    store.con.execute(
        "CREATE OR REPLACE TEMP TABLE k (ref VARCHAR, key_kind VARCHAR, source_key VARCHAR, "
        "priority INT, label VARCHAR)"
    )
    store.con.executemany("INSERT INTO k VALUES (?, ?, ?, ?, ?)", rows)


def ids(store: Store) -> dict[str, int]:
    return dict(store.con.execute("SELECT ref, canonical_id FROM out").fetchall())


def test_identity_map_keeps_ids_and_links_keys(store: Store) -> None:
    store.con.execute(
        "INSERT INTO members (member_id, name, industry) VALUES (7, 'Synthetic', 'retail')"
    )
    _keys(
        store,
        [
            ("crm:1", "crm", "1", 0, "Ann Lee"),
            ("crm:1", "name", "ann lee", 2, "Ann Lee"),
            ("crm:2", "crm", "2", 0, "Bo Chan"),
            ("crm:2", "email", "bo@x.example", 1, "Bo Chan"),
        ],
    )
    assert resolve_ids(store.con, "member", "k", "out") == 2
    first = ids(store)
    assert sorted(first.values()) == [8, 9]  # above the ids already in members
    # Another export: Ann by name only, Bo by email under another CRM id, and a newcomer.
    _keys(
        store,
        [
            ("name:ann lee", "name", "ann lee", 0, "Ann Lee"),
            ("other:b", "other", "b", 0, None),
            ("other:b", "email", "bo@x.example", 1, None),
            ("other:c", "other", "c", 0, "Cy"),
        ],
    )
    assert resolve_ids(store.con, "member", "k", "out") == 1
    second = ids(store)
    assert second["name:ann lee"] == first["crm:1"]
    assert second["other:b"] == first["crm:2"]
    assert second["other:c"] == 10


def test_a_name_shared_by_two_records_links_neither(store: Store) -> None:
    _keys(
        store,
        [
            ("crm:1", "crm", "1", 0, None),
            ("crm:1", "name", "ann lee", 2, None),
            ("crm:2", "crm", "2", 0, None),
            ("crm:2", "name", "ann lee", 2, None),
            ("name:ann lee", "name", "ann lee", 0, None),
        ],
    )
    resolve_ids(store.con, "member", "k", "out")
    found = ids(store)
    assert len(set(found.values())) == 3
    recorded = store.con.execute(
        "SELECT count(*) FROM identities WHERE key_kind = 'name'"
    ).fetchone()
    assert recorded == (0,)


def test_a_bare_name_joins_the_one_record_with_that_name(store: Store) -> None:
    _keys(
        store,
        [
            ("crm:11", "crm", "11", 0, "Ann Lee"),
            ("crm:11", "name", "ann lee", 2, "Ann Lee"),
            ("name:ann lee", "name", "ann lee", 0, "Ann Lee"),
        ],
    )
    assert resolve_ids(store.con, "member", "k", "out") == 1
    found = ids(store)
    assert found["name:ann lee"] == found["crm:11"]
