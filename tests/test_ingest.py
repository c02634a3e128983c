"""Loading canonical files: every validation rule, each format, folders, counts, duplicates, CLI."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sellindex.errors import SellindexError
from sellindex.ingest import FileResult, ingest, list_rejects, plan_ingest
from sellindex.store import Store

MEMBERS_HEADER = "member_id,name,industry,joined_at,seniority,manager_id"
MEMBERS = (
    f"{MEMBERS_HEADER}\n"
    "1,Ann,software,2024-01-01,vp,\n"
    "2,Bob,software,2024-01-02T10:00:00+02:00,ic,1\n"
    "3,Cy,retail,2024-01-03 09:30:00,manager,1\n"
)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def load_one(store: Store, path: Path, table: str | None = None) -> FileResult:
    result = ingest(store, path, table=table)
    assert len(result.files) == 1
    return result.files[0]


def rejects_of(store: Store, path: Path) -> list[tuple[int, str]]:
    rows = store.con.execute(
        "SELECT line, reason FROM rejects WHERE source_file = ? ORDER BY line", [str(path)]
    ).fetchall()
    return [(int(line), reason) for line, reason in rows]


def assert_reconciles(result: FileResult) -> None:
    assert result.rows_read == result.rows_loaded + result.rows_rejected + result.rows_duplicate


@pytest.fixture
def with_members(store: Store, tmp_path: Path) -> Store:
    load_one(store, write(tmp_path, "seed/members.csv", MEMBERS))
    return store


def test_valid_rows_load_with_types_and_utc(store: Store, tmp_path: Path) -> None:
    result = load_one(store, write(tmp_path, "members.csv", MEMBERS))
    assert (result.rows_read, result.rows_loaded, result.rows_rejected) == (3, 3, 0)
    rows = store.con.execute(
        "SELECT member_id, joined_at, seniority, manager_id, company FROM members ORDER BY 1"
    ).fetchall()
    assert rows == [
        (1, datetime(2024, 1, 1), "vp", None, None),
        (2, datetime(2024, 1, 2, 8, 0), "ic", 1, None),
        (3, datetime(2024, 1, 3, 9, 30), "manager", 1, None),
    ]
    assert result.missing_columns[:3] == ["company_id", "company", "title"]


MEMBER_RULES = [
    ("4,Di,,2024-01-01,ic,", "industry is empty"),
    ("abc,Di,software,2024-01-01,ic,", "member_id is not an integer id: 'abc'"),
    ("4.5,Di,software,2024-01-01,ic,", "member_id is not an integer id: '4.5'"),
    ("4,Di,software,3/12/24,ic,", "joined_at is not an ISO 8601 timestamp: '3/12/24'"),
    ("4,Di,software,2024-13-01,ic,", "joined_at is not an ISO 8601 timestamp: '2024-13-01'"),
    (
        "4,Di,software,2024-01-01,boss,",
        "seniority has an unknown value: 'boss' (allowed: ic, manager, director, vp, cxo)",
    ),
    (
        "4,Di,software,2024-01-01,ic,4",
        "member is their own manager; manager_id 4 not found in members.member_id",
    ),
    ("4,Di,software,2024-01-01,ic,99", "manager_id 99 not found in members.member_id"),
    (
        "x,Di,,yesterday,ic,",
        "member_id is not an integer id: 'x'; industry is empty; "
        "joined_at is not an ISO 8601 timestamp: 'yesterday'",
    ),
]


@pytest.mark.parametrize(("row", "reason"), MEMBER_RULES, ids=[r for _, r in MEMBER_RULES])
def test_member_rules(store: Store, tmp_path: Path, row: str, reason: str) -> None:
    path = write(tmp_path, "members.csv", MEMBERS + row + "\n")
    result = load_one(store, path)
    assert (result.rows_read, result.rows_loaded, result.rows_rejected) == (4, 3, 1)
    assert rejects_of(store, path) == [(5, reason)]


def test_number_and_boolean_rules(store: Store, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "members.csv",
        "member_id,industry,joined_at,has_photo,skills_count,experience_count\n"
        "1,software,2024-01-01,yes,3,1.0\n"
        "2,software,2024-01-01,maybe,3,2\n"
        "3,software,2024-01-01,false,-1,2\n"
        "4,software,2024-01-01,0,2,1.5\n",
    )
    result = load_one(store, path)
    assert (result.rows_loaded, result.rows_rejected) == (1, 3)
    assert rejects_of(store, path) == [
        (3, "has_photo is not true or false: 'maybe'"),
        (4, "skills_count is negative: '-1'"),
        (5, "experience_count is not a whole number: '1.5'"),
    ]
    assert store.con.execute("SELECT has_photo, experience_count FROM members").fetchall() == [
        (True, 1)
    ]


def test_float_date_and_table_checks(store: Store, tmp_path: Path) -> None:
    load_one(
        store,
        write(
            tmp_path,
            "campaigns.csv",
            "campaign_id,name,started_on\n1,Spring,2024-03-01\n2,Bad,2024-03-01T10:00\n",
        ),
    )
    assert rejects_of(store, tmp_path / "campaigns.csv") == [
        (3, "started_on is not an ISO 8601 date (YYYY-MM-DD): '2024-03-01T10:00'")
    ]
    path = write(
        tmp_path,
        "ads.csv",
        "campaign_id,date,impressions,clicks,conversions,spend\n"
        "1,2024-03-01,100,10,1,5.5\n"
        "1,2024-03-02,100,200,1,5.5\n"
        "1,2024-03-03,100,10,1,nan\n"
        "1,2024-03-04,100,10,20,abc\n"
        "2,2024-03-01,100,10,1,5.5\n",
    )
    result = load_one(store, path)
    assert (result.rows_loaded, result.rows_rejected) == (1, 4)
    assert rejects_of(store, path) == [
        (3, "more clicks than impressions"),
        (4, "spend is not a finite number: 'nan'"),
        (5, "spend is not a finite number: 'abc'; more conversions than clicks"),
        (6, "campaign_id 2 not found in campaigns.campaign_id"),
    ]


def test_reference_to_unknown_member_is_rejected(with_members: Store, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "activity.csv",
        "event_id,member_id,event_type,occurred_at,target_member_id\n"
        "1,1,login,2024-02-01T00:00:00Z,\n"
        "2,7,login,2024-02-01T00:00:00Z,\n"
        "3,1,profile_view,2024-02-01T00:00:00Z,8\n"
        "4,1,dance,2024-02-01T00:00:00Z,\n",
    )
    result = load_one(with_members, path)
    assert (result.rows_loaded, result.rows_rejected) == (1, 3)
    assert rejects_of(with_members, path) == [
        (3, "member_id 7 not found in members.member_id"),
        (4, "target_member_id 8 not found in members.member_id"),
        (5, "event_type has an unknown value: 'dance' (allowed: see `sellindex schema`)"),
    ]


def test_self_reference_resolves_within_the_file_but_not_to_a_rejected_row(
    store: Store, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "members.csv",
        f"{MEMBERS_HEADER}\n"
        "10,Ed,software,2024-01-01,ic,11\n"
        "11,Flo,software,2024-01-01,manager,\n"
        "12,Gus,,2024-01-01,manager,\n"
        "13,Hal,software,2024-01-01,ic,12\n",
    )
    result = load_one(store, path)
    assert (result.rows_loaded, result.rows_rejected) == (2, 2)
    assert rejects_of(store, path) == [
        (4, "industry is empty"),
        (5, "manager_id 12 not found in members.member_id"),
    ]


def test_connections_are_normalised_and_deduplicated(with_members: Store, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "connections.csv",
        "member_a,member_b,connected_at\n3,1,2024-02-01\n1,3,2024-02-01\n2,2,2024-02-01\n",
    )
    result = load_one(with_members, path)
    assert (result.rows_loaded, result.rows_duplicate, result.rows_rejected) == (1, 1, 1)
    assert with_members.con.execute("SELECT member_a, member_b FROM connections").fetchall() == [
        (1, 3)
    ]
    assert rejects_of(with_members, path) == [(4, "member connected to themselves")]


def test_malformed_csv_records_are_quarantined_with_line_numbers(
    store: Store, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "members.csv",
        "member_id,name,industry,joined_at\n"
        '1,"Ann\nSmith",software,2024-01-01\n'
        "2,Bob,software,2024-01-01,extra\n"
        "3,Cy,software\n"
        "4,Di,software,1/1/2024\n"
        "5,Ed,software,2024-01-01\n",
    )
    result = load_one(store, path)
    assert_reconciles(result)
    assert (result.rows_read, result.rows_loaded, result.rows_rejected) == (5, 2, 3)
    assert rejects_of(store, path) == [
        (4, "malformed CSV record: too many columns"),
        (5, "malformed CSV record: missing columns"),
        (6, "joined_at is not an ISO 8601 timestamp: '1/1/2024'"),
    ]
    raw = store.con.execute("SELECT raw FROM rejects ORDER BY line").fetchall()
    assert json.loads(raw[0][0]) == "2,Bob,software,2024-01-01,extra"
    assert json.loads(raw[2][0]) == {
        "member_id": "4",
        "name": "Di",
        "industry": "software",
        "joined_at": "1/1/2024",
    }
    names = store.con.execute("SELECT name FROM members ORDER BY member_id").fetchall()
    assert names == [("Ann\nSmith",), ("Ed",)]
    again = load_one(store, path)
    assert (again.rows_read, again.rows_duplicate, again.rows_rejected) == (5, 2, 3)
    assert again.new_rejects == 0
    assert store.con.execute("SELECT count(*) FROM rejects").fetchone() == (3,)


def test_jsonl_lines_are_exact_and_bad_json_is_quarantined(
    with_members: Store, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "activity.ndjson",
        '{"event_id": 1, "member_id": 1, "event_type": "post", "occurred_at": "2024-02-01"}\n'
        "\n"
        "{not json\n"
        "[1, 2]\n"
        '{"event_id": 2, "member_id": 2, "event_type": "post", "value": "x",'
        ' "occurred_at": "2024-02-01T12:00:00-05:00"}\n'
        '{"event_id": 3, "member_id": 2, "event_type": "post", "value": 2.5,'
        ' "occurred_at": "2024-02-01T12:00:00-05:00", "mood": "happy"}\n',
    )
    result = load_one(with_members, path)
    assert (result.rows_read, result.rows_loaded, result.rows_rejected) == (5, 2, 3)
    assert result.extra_columns == ["mood"]
    assert rejects_of(with_members, path) == [
        (3, "not valid JSON"),
        (4, "not a JSON object"),
        (5, "value is not a finite number: 'x'"),
    ]
    rows = with_members.con.execute(
        "SELECT event_id, occurred_at, value FROM activity ORDER BY 1"
    ).fetchall()
    assert rows == [(1, datetime(2024, 2, 1), None), (3, datetime(2024, 2, 1, 17, 0), 2.5)]
    raw = with_members.con.execute("SELECT raw FROM rejects WHERE line = 5").fetchone()[0]
    assert json.loads(raw)["value"] == "x"


def test_parquet_loads_with_row_numbers(with_members: Store, tmp_path: Path) -> None:
    path = tmp_path / "content.parquet"
    pq.write_table(
        pa.table(
            {
                "content_id": pa.array([1, 2, 3], pa.int64()),
                "author_id": pa.array([1, 2, 5], pa.int64()),
                "kind": ["post", "podcast", "article"],
                "published_at": pa.array(
                    [datetime(2024, 1, 1), datetime(2024, 1, 2), datetime(2024, 1, 3)],
                    pa.timestamp("us", tz="UTC"),
                ),
            }
        ),
        path,
    )
    result = load_one(with_members, path)
    assert (result.rows_read, result.rows_loaded, result.rows_rejected) == (3, 1, 2)
    assert rejects_of(with_members, path) == [
        (2, "kind has an unknown value: 'podcast' (allowed: post, article, video, document)"),
        (3, "author_id 5 not found in members.member_id"),
    ]
    assert with_members.con.execute("SELECT * FROM content").fetchall() == [
        (1, 1, "post", datetime(2024, 1, 1))
    ]


def test_missing_required_column_refuses_the_file(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, "members.csv", "member_id,name,joined_at\n1,Ann,2024-01-01\n")
    with pytest.raises(SellindexError, match="lacks required column industry of table members"):
        ingest(store, path)
    assert store.con.execute("SELECT count(*) FROM loads").fetchone() == (0,)


def test_table_option_overrides_the_file_name(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, "export.csv", "account_id,name,segment\n1,Acme,smb\n")
    result = load_one(store, path, table="accounts")
    assert (result.table, result.rows_loaded) == ("accounts", 1)


def test_folder_loads_in_dependency_order_and_lists_skipped_files(
    store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "world"
    write(
        folder,
        "activity-2024.csv",
        "event_id,member_id,event_type,occurred_at\n1,1,login,2024-02-01\n",
    )
    (folder / "activity").mkdir(parents=True)
    pq.write_table(
        pa.table(
            {
                "event_id": pa.array([2], pa.int64()),
                "member_id": pa.array([2], pa.int64()),
                "event_type": ["post"],
                "occurred_at": ["2024-02-02T00:00:00Z"],
            }
        ),
        folder / "activity" / "part-0001.parquet",
    )
    write(folder, "members.csv", MEMBERS)
    write(folder, "ground_truth.json", "{}")
    write(folder, "README.md", "hello")
    write(folder, "notes.csv", "a\n1\n")
    result = ingest(store, folder)
    assert [(f.path.relative_to(folder).as_posix(), f.table) for f in result.files] == [
        ("members.csv", "members"),
        ("activity-2024.csv", "activity"),
        ("activity/part-0001.parquet", "activity"),
    ]
    assert [(s.path.name, s.reason) for s in result.skipped] == [
        ("README.md", "not a .csv, .parquet, .jsonl, .ndjson file"),
        ("ground_truth.json", "not a .csv, .parquet, .jsonl, .ndjson file"),
        ("notes.csv", "name matches no table"),
    ]
    assert result.totals == {
        "rows_read": 5,
        "rows_loaded": 5,
        "rows_rejected": 0,
        "rows_duplicate": 0,
    }
    loads = store.con.execute(
        "SELECT load_id, table_name, rows_read, rows_loaded FROM loads ORDER BY started_at"
    ).fetchall()
    assert loads == [(1, "members", 3, 3), (1, "activity", 1, 1), (1, "activity", 1, 1)]


def test_table_name_rules() -> None:
    from sellindex.ingest.files import table_for_name

    assert table_for_name("activity") == "activity"
    assert table_for_name("activity-2024") == "activity"
    assert table_for_name("activity.part1") == "activity"
    assert table_for_name("activity_2024") is None
    assert table_for_name("opportunity_stages-q1") == "opportunity_stages"
    assert table_for_name("ground_truth") is None


def test_second_load_changes_nothing(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, "members.csv", MEMBERS + "4,Di,,2024-01-01,ic,\n")
    first = load_one(store, path)
    second = load_one(store, path)
    assert (first.rows_loaded, first.rows_rejected, first.new_rejects) == (3, 1, 1)
    assert (second.rows_read, second.rows_loaded, second.rows_duplicate) == (4, 0, 3)
    assert (second.rows_rejected, second.new_rejects) == (1, 0)
    assert_reconciles(second)
    assert store.con.execute("SELECT count(*) FROM members").fetchone() == (3,)
    assert store.con.execute("SELECT count(*) FROM rejects").fetchone() == (1,)
    loads = store.con.execute(
        "SELECT load_id, rows_read, rows_loaded, rows_rejected, rows_duplicate FROM loads "
        "ORDER BY load_id"
    ).fetchall()
    assert loads == [(1, 4, 3, 1, 0), (2, 4, 0, 1, 3)]


def test_key_conflicts_are_rejected(store: Store, tmp_path: Path) -> None:
    load_one(store, write(tmp_path, "members.csv", MEMBERS))
    path = write(
        tmp_path,
        "members-update.csv",
        f"{MEMBERS_HEADER}\n"
        "1,Ann,software,2024-01-01,vp,\n"
        "2,Bob,hardware,2024-01-02T08:00:00Z,ic,1\n"
        "5,Eve,software,2024-01-01,ic,\n"
        "5,Eve,software,2024-01-01,ic,\n"
        "5,Eve,software,2024-01-09,ic,\n",
    )
    result = load_one(store, path)
    assert (result.rows_loaded, result.rows_duplicate, result.rows_rejected) == (1, 2, 2)
    conflict = "conflicts with an existing row with the same key"
    assert rejects_of(store, path) == [(3, conflict), (6, conflict)]
    raw = store.con.execute("SELECT raw FROM rejects WHERE line = 6").fetchone()[0]
    assert json.loads(raw)["joined_at"] == "2024-01-09"
    assert store.con.execute("SELECT industry FROM members WHERE member_id = 2").fetchone() == (
        "software",
    )
    again = load_one(store, path)
    assert (again.rows_loaded, again.rows_duplicate, again.rows_rejected) == (0, 3, 2)
    assert again.new_rejects == 0


def test_a_failing_file_rolls_back_the_whole_run(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "run"
    write(folder, "members.csv", MEMBERS)
    (folder / "activity.parquet").write_text("not parquet")
    with pytest.raises(SellindexError, match=r"activity\.parquet"):
        ingest(store, folder)
    assert store.con.execute("SELECT count(*) FROM members").fetchone() == (0,)
    assert store.con.execute("SELECT count(*) FROM loads").fetchone() == (0,)


def test_plan_errors_are_one_line(tmp_path: Path) -> None:
    with pytest.raises(SellindexError, match="no such file or folder"):
        plan_ingest(tmp_path / "missing.csv")
    with pytest.raises(SellindexError, match=r"unsupported file type '\.xlsx'"):
        plan_ingest(write(tmp_path, "members.xlsx", ""))
    with pytest.raises(SellindexError, match="cannot tell which table"):
        plan_ingest(write(tmp_path, "export.csv", "a\n"))
    with pytest.raises(SellindexError, match="unknown table 'people'"):
        plan_ingest(tmp_path / "export.csv", "people")


def test_list_rejects_filters(store: Store, tmp_path: Path) -> None:
    load_one(store, write(tmp_path, "data/members.csv", MEMBERS + "4,Di,,2024-01-01,ic,\n"))
    load_one(store, write(tmp_path, "accounts.csv", "account_id,name\nx,Acme\n1,\n"))
    rows, total = list_rejects(store, source_file="members.csv")
    assert total == 1 and rows[0]["line"] == 5 and rows[0]["table_name"] == "members"
    rows, total = list_rejects(store, table="accounts", limit=1)
    assert (total, len(rows), rows[0]["line"]) == (2, 1, 2)


# CLI


def test_cli_ingest_and_rejects(run_cli, db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cli"
    write(folder, "members.csv", MEMBERS + "4,Di,,2024-01-01,ic,\n")
    write(folder, "ground_truth.json", "{}")
    code, out, err = run_cli("ingest", str(folder), "--db", str(db_path))
    assert code == 0, err
    assert "members" in out and "skipped" in out and "ground_truth.json" in out
    assert "1 row rejected" in out

    code, out, _ = run_cli("ingest", str(folder), "--db", str(db_path), "--json")
    data = json.loads(out)
    assert data["load_id"] == 2
    assert data["files"][0]["table"] == "members"
    assert {k: data["totals"][k] for k in ("read", "loaded", "rejected", "duplicate")} == {
        "read": 4,
        "loaded": 0,
        "rejected": 1,
        "duplicate": 3,
    }

    code, out, _ = run_cli("rejects", "--db", str(db_path), "--json", "--table", "members")
    data = json.loads(out)
    assert data["total"] == 1
    assert data["rejects"][0]["reason"] == "industry is empty"
    assert data["rejects"][0]["line"] == 5
    code, out, _ = run_cli("rejects", "--db", str(db_path), "--file", "members.csv")
    assert code == 0
    assert f"{folder / 'members.csv'}:5 (members, load 1)\n  industry is empty\n" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ingest", "nowhere/members.csv"], "error: no such file or folder: nowhere/members.csv"),
        (["ingest", "{tmp}/members.txt"], "unsupported file type '.txt'"),
        (["ingest", "{tmp}/members.txt", "--table", "people"], "unknown table 'people'"),
        (["rejects", "--table", "people"], "unknown table 'people'"),
        (["ingest", "{tmp}/bad/members.csv"], "lacks required column"),
    ],
)
def test_cli_errors_are_one_line(
    run_cli, db_path: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    write(tmp_path, "members.txt", "x")
    write(tmp_path, "bad/members.csv", "member_id\n1\n")
    code, _, err = run_cli(*[a.format(tmp=tmp_path) for a in args], "--db", str(db_path))
    if args[0] == "rejects":
        run_cli("init", "--db", str(db_path))
        code, _, err = run_cli(*args, "--db", str(db_path))
    assert code == 1
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_memory_limit_must_be_a_size(store: Store, tmp_path: Path) -> None:
    with pytest.raises(SellindexError, match="invalid memory limit"):
        ingest(store, write(tmp_path, "members.csv", MEMBERS), memory_limit="lots")


def test_dates_are_kept_as_dates(store: Store, tmp_path: Path) -> None:
    load_one(
        store, write(tmp_path, "campaigns.csv", "campaign_id,name,started_on\n1,A,2024-03-01\n")
    )
    assert store.con.execute("SELECT started_on FROM campaigns").fetchone() == (date(2024, 3, 1),)


def test_empty_files_are_skipped(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "parts"
    write(folder, "members.csv", MEMBERS)
    write(folder, "activity/part-0001.parquet", "")
    result = ingest(store, folder)
    assert [f.table for f in result.files] == ["members"]
    assert [(s.path.name, s.reason) for s in result.skipped] == [
        ("part-0001.parquet", "empty file")
    ]


def test_progress_is_reported_per_file(store: Store, tmp_path: Path) -> None:
    from sellindex.ingest import Progress, SourceFile

    seen: list[tuple[str, float]] = []

    class Recorder(Progress):
        def update(self, source: SourceFile, fraction: float) -> None:
            seen.append((source.table, fraction))

    ingest(store, write(tmp_path, "members.csv", MEMBERS), progress=Recorder())
    fractions = [f for _, f in seen]
    assert fractions == sorted(fractions)
    assert fractions[-1] == pytest.approx(1.0)
    assert all(0.0 <= f <= 1.0 for f in fractions)


def test_malformed_records_are_kept_apart_per_file(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "two"
    write(folder, "members.csv", "member_id,industry,joined_at\n1,a,2024-01-01,x\n2,a,2024-01-01\n")
    write(folder, "members-2.csv", "member_id,industry,joined_at\n3,a,2024-01-01\n4,a\n")
    result = ingest(store, folder)
    assert [(f.rows_loaded, f.rows_rejected) for f in result.files] == [(1, 1), (1, 1)]
    assert rejects_of(store, folder / "members-2.csv") == [
        (3, "malformed CSV record: missing columns")
    ]
    assert rejects_of(store, folder / "members.csv") == [
        (2, "malformed CSV record: too many columns")
    ]
