"""CSV exports never hand a spreadsheet a formula: text cells that would run are made text."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pyarrow as pa

from sellindex.interfaces.exports import neutralise_cell, write_csv
from test_ingest import write


def read_rows(path: Path) -> list[list[str]]:
    with path.open(newline="") as f:
        return list(csv.reader(f))


def test_only_text_cells_that_start_a_formula_change(tmp_path: Path) -> None:
    names = ["=1+1", "@SUM(A1)", "+cmd", "-2+3", "\tx", "\rx", "a=b", "plain", None]
    table = pa.table(
        {
            "name": names,
            "team": pa.array(["=HYPERLINK()", "north"] * 4 + ["north"]).dictionary_encode(),
            "delta": pa.array([-5, 1, 2, 3, 4, 5, 6, 7, 8], pa.int64()),
            "rate": pa.array([-1.5, None, 0.5, 1, 2, 3, 4, 5, 6], pa.float64()),
            "day": [date(2024, 1, 1)] * 9,
        }
    )
    out = tmp_path / "export.csv"
    write_csv(table, out)
    rows = read_rows(out)
    assert rows[0] == ["name", "team", "delta", "rate", "day"]
    assert [r[0] for r in rows[1:]] == [
        "'=1+1",
        "'@SUM(A1)",
        "'+cmd",
        "'-2+3",
        "'\tx",
        "'\rx",
        "a=b",
        "plain",
        "",
    ]
    assert [r[1] for r in rows[1:3]] == ["'=HYPERLINK()", "north"]
    assert [r[2] for r in rows[1:3]] == ["-5", "1"]
    assert rows[1][3] == "-1.5" and rows[1][4] == "2024-01-01"
    assert neutralise_cell("=1+1") == "'=1+1" and neutralise_cell("1+1") == "1+1"


def test_a_stream_gets_the_same_bytes_as_a_file(tmp_path: Path) -> None:
    table = pa.table({"name": ["=1+1", "ok"], "n": [-1, 2]})
    out = tmp_path / "export.csv"
    write_csv(table, out)
    stream = io.BytesIO()
    write_csv(table, stream)
    assert stream.getvalue() == out.read_bytes()


def test_kpi_csv_export_neutralises_loaded_text(run_cli, db_path: Path, tmp_path: Path) -> None:
    world = tmp_path / "world"
    write(
        world,
        "members.csv",
        "member_id,name,industry,joined_at\n"
        "1,Ann,=1+1,2024-01-01\n"
        "2,Bob,@SUM(A1),2024-01-02\n"
        "3,Cy,-2+3,2024-01-03\n"
        "4,Di,software,2024-01-04\n",
    )
    write(
        world,
        "activity.csv",
        "event_id,member_id,event_type,occurred_at\n1,1,login,2024-01-05\n2,2,login,2024-01-05\n",
    )
    code, _, err = run_cli("ingest", str(world), "--db", str(db_path))
    assert code == 0, err
    out = tmp_path / "growth.csv"
    code, _, err = run_cli(
        "kpis", "growth", "--db", str(db_path), "--group", "industry",
        "--from", "2024-01-01", "--to", "2024-01-31", "--by", "month", "--out", str(out),
    )  # fmt: skip
    assert code == 0, err
    rows = {r["industry"]: r for r in csv.DictReader(out.open(newline=""))}
    assert sorted(rows) == ["'-2+3", "'=1+1", "'@SUM(A1)", "software"]
    assert rows["'=1+1"]["logins"] == "1" and rows["software"]["logins"] == "0"
