"""`sellindex kpis ...`, `grade` and `scorecard` as a user runs them."""

from __future__ import annotations

import json

import pyarrow.csv as pa_csv
import pyarrow.parquet as pq
import pytest

from sellindex.store import open_store
from test_kpis_fixtures import build_network_world, build_sales_world


@pytest.fixture
def sales_db(db_path):
    with open_store(db_path, create=True) as store:
        build_sales_world(store)
    return str(db_path)


@pytest.fixture
def network_db(db_path):
    with open_store(db_path, create=True) as store:
        build_network_world(store)
    return str(db_path)


def test_kpis_reps_json(run_cli, sales_db) -> None:
    code, out, err = run_cli("kpis", "reps", "--db", sales_db, "--json", "--by", "quarter")
    assert code == 0, err
    data = json.loads(out)
    assert data["window"]["by"] == "quarter"
    assert data["excluded"]["deals_closed_before_created"] == 1
    rows = {r["member_id"]: r for r in data["rows"]}
    assert rows[1]["win_rate"] == 0.5
    assert rows[2]["win_rate"] == 1.0
    assert rows[2]["avg_deal_size"] == 3000.0
    assert {d["name"] for d in data["definitions"]} >= {"win_rate", "speed_to_lead_p90_h"}


def test_kpis_reps_table_and_csv(run_cli, sales_db, tmp_path) -> None:
    out_file = tmp_path / "reps.csv"
    code, out, err = run_cli("kpis", "reps", "--db", sales_db, "--out", str(out_file))
    assert code == 0, err
    assert "Data rules" in out and f"wrote 4 rows to {out_file}" in out
    table = pa_csv.read_csv(out_file)
    assert table.num_rows == 4
    assert "speed_to_lead_median_h" in table.column_names


def test_kpis_team_grouping_to_parquet(run_cli, sales_db, tmp_path) -> None:
    out_file = tmp_path / "teams.parquet"
    code, _, err = run_cli(
        "kpis", "reps", "--db", sales_db, "--group", "team", "--out", str(out_file), "--json"
    )
    assert code == 0, err
    rows = pq.read_table(out_file).to_pylist()
    assert {r["team_id"] for r in rows} == {10}


def test_kpis_family_commands(run_cli, network_db) -> None:
    window = ("--from", "2024-01-01", "--to", "2024-02-29")
    code, out, err = run_cli("kpis", "engagement", "--db", network_db, "--json", *window)
    assert code == 0, err
    assert json.loads(out)["rows"][0]["engagement_rate"] == 1.0
    code, out, err = run_cli("kpis", "ads", "--db", network_db, "--json", *window)
    assert code == 0, err
    rows = {r["campaign_id"]: r for r in json.loads(out)["rows"]}
    assert rows[1]["roi"] == 1.5 and rows[2]["ctr"] is None
    code, out, err = run_cli("kpis", "growth", "--db", network_db, "--json", *window)
    assert code == 0, err
    data = json.loads(out)
    assert [r["new_members"] for r in data["rows"]] == [2, 1]
    assert data["retention"][1]["retention"] == 0.5
    code, out, err = run_cli(
        "kpis", "social", "--db", network_db, "--json", "--seniority", "vp",
        "--seniority", "cxo", *window,
    )  # fmt: skip
    assert code == 0, err
    member_one = [r for r in json.loads(out)["rows"] if r["member_id"] == 1]
    assert member_one[1]["network_relevance"] == pytest.approx(2 / 3)
    code, out, err = run_cli("kpis", "growth", "--db", network_db, *window)
    assert code == 0, err
    assert "Retention by sign-up cohort" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("kpis", "ads", "--group", "post"), "cannot group"),
        (("kpis", "reps", "--out", "x.xlsx"), "--out must end in .csv or .parquet"),
        (("kpis", "reps", "--from", "2024-03-01", "--to", "2024-01-01"), "--to must not"),
        (("kpis", "social", "--seniority", "boss"), "unknown seniority"),
        (("kpis", "reps", "--by", "year"), "year"),
        (("grade", "--team", "99"), "no team 99"),
        (("scorecard", "77", "--out", "x.html"), "no member 77"),
        (("kpis", "growth", "--from", "0001-01-01"), "`from` (0001-01-01) must lie between"),
        (("kpis", "reps", "--to", "9999-12-31"), "`to` (9999-12-31) must lie between"),
        (("grade", "--from", "1899-12-31"), "`from` (1899-12-31)"),
        (("kpis", "growth", "--from", "1900-01-01", "--by", "day"), "more than the 5,000"),
    ],
)
def test_user_mistakes_are_one_line(run_cli, sales_db, args, message) -> None:
    code, _, err = run_cli(*args, "--db", sales_db)
    assert code != 0
    assert message in err
    assert "Traceback" not in err


def test_grade_json_and_table(run_cli, sales_db) -> None:
    code, out, err = run_cli("grade", "--db", sales_db, "--json", "--team", "10")
    assert code == 0, err
    data = json.loads(out)
    assert data["graded_period"].startswith("2024-01-01")
    assert data["min_closed_deals"] == 5
    assert {g["member_id"] for g in data["grades"]} == {1, 2, 3}
    assert all(g["grade"] == "-" for g in data["grades"])
    code, out, err = run_cli("grade", "--db", sales_db, "--period", "quarter")
    assert code == 0, err
    assert "Grades for the quarter starting 2024-01-01" in out
    monthly = json.loads(run_cli("grade", "--db", sales_db, "--period", "month", "--json")[1])
    assert monthly["period"] == "month" and monthly["period_reason"] is None


def test_grade_without_a_period_grades_what_the_rep_page_grades(run_cli, sales_db) -> None:
    from sellindex import service
    from sellindex.store import open_store

    code, out, err = run_cli("grade", "--db", sales_db, "--json")
    assert code == 0, err
    data = json.loads(out)
    with open_store(sales_db, read_only=True) as store:
        choice = service.grading_choice(store, None, None)
    assert (data["period"], data["period_reason"]) == (choice.grain, choice.reason)
    assert data["period_reason"].startswith(("by month", "by quarter", "by the whole"))
    code, out, _ = run_cli("grade", "--db", sales_db)
    assert f"Graded {choice.reason}." in " ".join(out.split())


def test_scorecard_command(run_cli, sales_db, tmp_path) -> None:
    out_file = tmp_path / "card.html"
    code, out, err = run_cli("scorecard", "1", "--out", str(out_file), "--db", sales_db, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["written_to"] == str(out_file)
    assert out_file.read_text().startswith("<!DOCTYPE html>")


def test_people_are_shown_by_name_in_tables_json_and_exports(run_cli, sales_db, tmp_path) -> None:
    code, out, _ = run_cli("kpis", "reps", "--db", sales_db, "--json")
    rows = json.loads(out)["rows"]
    assert code == 0 and {r["member_id"]: r["name"] for r in rows}[2] == "Member 2"
    assert list(rows[0])[:2] == ["member_id", "name"]
    csv_file = tmp_path / "reps.csv"
    assert run_cli("kpis", "reps", "--db", sales_db, "--out", str(csv_file))[0] == 0
    assert csv_file.read_text().splitlines()[0].startswith('"member_id","name"')
    code, out, _ = run_cli("grade", "--db", sales_db, "--period", "all", "--json")
    assert {g["member_id"]: g["name"] for g in json.loads(out)["grades"]}[1] == "Member 1"
    code, out, _ = run_cli("kpis", "reps", "--db", sales_db, "--group", "team", "--json")
    assert "name" not in json.loads(out)["rows"][0]
