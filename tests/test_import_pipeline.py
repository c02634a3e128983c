"""`sellindex import pipeline`: a one-row-per-deal CSV with a teams file, end to end into a store.

The fixture is hand-written in the shape of BI-tutorial pipeline exports, with their mess: a
byte order mark, Windows line endings, day-first dates from a spreadsheet re-save, a product
spelled two ways, an open deal without an account, lost deals worth zero, and a deal with no
engage date.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

import sellindex
from sellindex.errors import SellindexError
from sellindex.ingest.crm_import import import_export
from sellindex.store import Store
from sellindex.store.identities import identities

DEALS = (
    "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n"
    'D1,Ann Lee,GTX Pro,Acme,Won,03/01/2024,15/01/2024,"1,200"\n'
    "D2,Ann Lee,GTXPro,Acme,Lost,05/01/2024,20/01/2024,0\n"
    "D3,Ann Lee,MG Special,Zenith,Won,06/01/2024,28/01/2024,800\n"
    "D4,Bo Chan,MG Special,Zenith,Won,10/01/2024,25/01/2024,55\n"
    "D5,Bo Chan,GTX Pro,Acme,Lost,11/01/2024,26/01/2024,0\n"
    "D6,Bo Chan,MG Special,,Engaging,12/01/2024,,\n"
    "D7,Cy Diaz,GTX Pro,Zenith,Prospecting,,,\n"
    "D8,Cy Diaz,GTX Pro,Acme,Lost,13/01/2024,31/01/2024,0\n"
)
TEAMS = (
    "sales_agent,manager,regional_office\n"
    "Ann Lee,Mia Ross,East\n"
    "Bo Chan,Mia Ross,East\n"
    "Cy Diaz,Ned Park,West\n"
)
ACCOUNTS = "account,sector,year_established,office_location\nAcme,software,1990,United States\n"
PRODUCTS = "product,series,sales_price\nGTX Pro,GTX,4821\nMG Special,MG,55\n"


def write(path: Path, text: str, *, windows: bool = False, bom: bool = False) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.replace("\n", "\r\n") if windows else text
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data.encode())
    return path


@pytest.fixture
def export(tmp_path: Path) -> Path:
    folder = tmp_path / "crm"
    write(folder / "sales_pipeline.csv", DEALS, windows=True, bom=True)
    write(folder / "sales_teams.csv", TEAMS)
    write(folder / "accounts.csv", ACCOUNTS)
    write(folder / "products.csv", PRODUCTS)
    write(folder / "data_dictionary.csv", "Table,Field,Description\npipeline,x,y\n")
    return folder


def rows(store: Store, sql: str) -> list[tuple]:
    return store.con.execute(sql).fetchall()


def test_pipeline_export_loads_every_table_with_names_and_ids(store: Store, export: Path) -> None:
    result = import_export(store, export)
    assert result.kind == "pipeline"
    assert result.detected and result.detected.startswith("sales_pipeline.csv has the columns")
    assert set(result.files) == {"deals", "teams", "accounts", "products"}
    assert [p.name for p, _ in result.ignored] == ["data_dictionary.csv"]
    counts = {t.table: (t.read, t.loaded, t.rejected, t.duplicate) for t in result.tables}
    assert counts == {
        "members": (5, 5, 0, 0),
        "teams": (2, 2, 0, 0),
        "accounts": (2, 2, 0, 0),
        "opportunities": (8, 7, 1, 0),
    }
    people = {
        name: (team, manager, seniority, region, industry, joined)
        for name, team, manager, seniority, region, industry, joined in rows(
            store,
            "SELECT m.name, t.name, b.name, m.seniority, m.region, m.industry, m.joined_at "
            "FROM members m LEFT JOIN teams t USING (team_id) "
            "LEFT JOIN members b ON b.member_id = m.manager_id",
        )
    }
    assert people == {
        "Ann Lee": ("Mia Ross's team", "Mia Ross", None, "East", "unknown", None),
        "Bo Chan": ("Mia Ross's team", "Mia Ross", None, "East", "unknown", None),
        "Cy Diaz": ("Ned Park's team", "Ned Park", None, "West", "unknown", None),
        "Mia Ross": ("Mia Ross's team", None, "manager", "East", "unknown", None),
        "Ned Park": ("Ned Park's team", None, "manager", "West", "unknown", None),
    }
    assert rows(store, "SELECT name, industry, region FROM accounts ORDER BY 1") == [
        ("Acme", "software", "United States"),
        ("Zenith", None, None),
    ]
    deals = rows(
        store,
        "SELECT m.name, a.name, o.product, o.created_at, o.closed_at, o.outcome, o.amount "
        "FROM opportunities o JOIN members m ON m.member_id = o.owner_id "
        "LEFT JOIN accounts a USING (account_id) ORDER BY o.opportunity_id",
    )
    assert deals[0] == (
        "Ann Lee",
        "Acme",
        "GTX Pro",
        datetime(2024, 1, 3),
        datetime(2024, 1, 15),
        "won",
        1200.0,
    )
    assert deals[1][2] == "GTX Pro"  # 'GTXPro' is the products file's 'GTX Pro'
    assert deals[1][5:] == ("lost", 0.0)
    assert deals[5] == ("Bo Chan", None, "MG Special", datetime(2024, 1, 12), None, "open", None)
    notes = "\n".join(result.notes)
    assert "dates read day-first" in notes
    assert "stages read as lost: Lost; open: Engaging, Prospecting; won: Won" in notes
    assert "'GTXPro' as 'GTX Pro'" in notes


def test_rejects_point_at_the_export_line_and_column(store: Store, export: Path) -> None:
    import_export(store, export)
    assert rows(store, "SELECT table_name, source_file, line, reason FROM rejects") == [
        (
            "opportunities",
            str(export / "sales_pipeline.csv"),
            8,
            "created_at (engage_date) is empty",
        )
    ]
    raw = json.loads(rows(store, "SELECT raw FROM rejects")[0][0])
    assert raw["opportunity_id"] == "D7" and raw["deal_stage"] == "Prospecting"
    loads = rows(store, "SELECT table_name, source_file FROM loads ORDER BY table_name")
    assert ("opportunities", str(export / "sales_pipeline.csv")) in loads
    assert all(".parquet" not in source for _, source in loads)


def test_importing_the_same_export_twice_adds_nothing(store: Store, export: Path) -> None:
    import_export(store, export)
    before = {t: rows(store, f"SELECT * FROM {t} ORDER BY 1") for t in ("members", "teams")}
    again = import_export(store, export, "pipeline")
    assert again.totals["loaded"] == 0
    assert again.totals["duplicate"] == 16 and again.totals["rejected"] == 1
    assert all(n == 0 for n in again.new_ids.values())
    assert {t: rows(store, f"SELECT * FROM {t} ORDER BY 1") for t in before} == before
    assert rows(store, "SELECT count(*) FROM rejects") == [(1,)]
    assert rows(store, "SELECT count(*) FROM opportunities") == [(7,)]


def test_a_later_export_adds_only_what_is_new(store: Store, export: Path, tmp_path: Path) -> None:
    import_export(store, export)
    ids = {name: i for _, kind, name, i, _ in identities(store.con, "member") if kind == "name"}
    later = tmp_path / "later" / "pipeline-2024-02.csv"
    write(
        later,
        DEALS
        + "D9,Dee Fox,GTX Pro,Acme,Won,01/02/2024,14/02/2024,300\n"
        + "D10,Ann Lee,MG Special,Acme,Won,02/02/2024,16/02/2024,90\n",
    )
    result = import_export(store, later, "pipeline")
    counts = {t.table: (t.loaded, t.duplicate) for t in result.tables}
    assert counts["opportunities"] == (2, 7)
    assert counts["members"] == (1, 3)  # Dee Fox is new; the teams file is not needed again
    assert result.new_ids["member"] == 1
    after = {name: i for _, kind, name, i, _ in identities(store.con, "member") if kind == "name"}
    assert {k: after[k] for k in ids} == ids
    assert after["dee fox"] == max(ids.values()) + 1
    owner = rows(
        store,
        "SELECT m.name FROM opportunities o JOIN members m ON m.member_id = o.owner_id "
        "WHERE o.amount = 90",
    )
    assert owner == [("Ann Lee",)]
    team = rows(store, "SELECT team_id FROM members WHERE name = 'Ann Lee'")
    assert team == rows(store, "SELECT team_id FROM teams WHERE name = 'Mia Ross''s team'")


def test_the_same_agent_in_two_exports_is_one_member(store: Store, tmp_path: Path) -> None:
    first = write(
        tmp_path / "a" / "deals.csv",
        "opportunity_id,sales_agent,deal_stage,engage_date,close_date,close_value\n"
        "A1,Ann Lee,Won,2024-01-02,2024-01-09,10\n",
    )
    second = write(
        tmp_path / "b" / "deals.csv",
        "Deal ID,Agent,Stage,Created,Closed,Amount\nB1,  ann  LEE ,Lost,2024-02-02,2024-02-09,0\n",
    )
    import_export(store, first, "pipeline")
    import_export(store, second, "pipeline")
    assert rows(store, "SELECT member_id, name FROM members") == [(1, "Ann Lee")]
    assert rows(store, "SELECT owner_id FROM opportunities ORDER BY 1") == [(1,), (1,)]


def test_dry_run_validates_and_counts_but_writes_nothing(
    store: Store, export: Path, db_path: Path
) -> None:
    before = sorted(p.name for p in db_path.parent.iterdir())
    result = import_export(store, export, dry_run=True)
    assert result.dry_run and result.load_id is None
    assert result.totals == {"read": 17, "loaded": 16, "rejected": 1, "duplicate": 0}
    assert result.first_rejects == [
        (str(export / "sales_pipeline.csv"), 8, "created_at (engage_date) is empty")
    ]
    for table in ("members", "opportunities", "identities", "loads", "rejects"):
        assert rows(store, f"SELECT count(*) FROM {table}") == [(0,)], table
    assert sorted(p.name for p in db_path.parent.iterdir()) == before


def test_kpis_on_the_imported_pipeline_match_hand_computed_values(
    db_path: Path, export: Path
) -> None:
    with sellindex.Workspace(db_path, create=True) as ws:
        ws.import_export(export)
        reps = ws.kpis("reps", start="2024-01-01", end="2024-01-31", by="month").to_pyarrow()
        names = dict(ws.store.con.execute("SELECT member_id, name FROM members").fetchall())
    by_name = {names[r["member_id"]]: r for r in reps.to_pylist()}
    # Ann: won D1 (1,200) and D3 (800), lost D2; Bo: won D4 (55), lost D5; Cy: lost D8.
    assert by_name["Ann Lee"]["won_deals"] == 2 and by_name["Ann Lee"]["lost_deals"] == 1
    assert by_name["Ann Lee"]["win_rate"] == pytest.approx(2 / 3)
    assert by_name["Ann Lee"]["booked_revenue"] == pytest.approx(2000.0)
    assert by_name["Ann Lee"]["avg_deal_size"] == pytest.approx(1000.0)
    assert by_name["Ann Lee"]["sales_cycle_days"] == pytest.approx((12 + 22) / 2)
    assert by_name["Bo Chan"]["win_rate"] == pytest.approx(0.5)
    assert by_name["Bo Chan"]["booked_revenue"] == pytest.approx(55.0)
    assert by_name["Cy Diaz"]["win_rate"] == 0.0
    assert by_name["Bo Chan"]["opportunities"] == 3  # D4, D5 and the open D6


def test_a_mapping_file_renames_columns_and_maps_stages(store: Store, tmp_path: Path) -> None:
    deals = write(
        tmp_path / "export.csv",
        "Ref;Rep;Phase;Opened;Signed on;Value (EUR)\n"
        "X1;Ann Lee;Signed;2024-03-01;2024-03-05;1.500,50\n"
        "X2;Ann Lee;Dropped;2024-03-02;2024-03-06;0\n"
        "X3;Ann Lee;Talking;2024-03-03;;\n",
    )
    mapping = write(
        tmp_path / "mapping.toml",
        'dates = "day-first"\nindustry = "Software"\n\n'
        '[columns]\n"Ref" = "opportunity_id"\n"Rep" = "sales_agent"\n'
        '"Phase" = "deal_stage"\n"Opened" = "engage_date"\n"Signed on" = "close_date"\n'
        '"Value (EUR)" = "close_value"\n\n[values.deal_stage]\n"signed" = "won"\n'
        '"Dropped" = "lost"\n',
    )
    result = import_export(store, deals, "pipeline", mapping=mapping)
    assert result.totals["loaded"] == 4 and result.totals["rejected"] == 0
    assert rows(store, "SELECT name, industry FROM members") == [("Ann Lee", "Software")]
    assert rows(store, "SELECT outcome, amount FROM opportunities ORDER BY 1") == [
        ("lost", 0.0),
        ("open", None),
        ("won", 1500.5),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("columns = 3\n", "columns must be a table"),
        ('[columns]\n"Rep" = "salesperson"\n', "'salesperson' is not a column a pipeline"),
        ('[columns.people]\n"Rep" = "sales_agent"\n', "[columns.people] names no file"),
        ('dates = "sideways"\n', "dates must be one of day-first, month-first"),
        ("[columns\n", "is not valid TOML"),
        ("stages = 1\n", "unknown key stages"),
        ("industry = 3\n", "industry must be a name"),
    ],
)
def test_a_wrong_mapping_file_is_one_clear_error(
    store: Store, export: Path, tmp_path: Path, text: str, message: str
) -> None:
    mapping = write(tmp_path / "m.toml", text)
    with pytest.raises(SellindexError, match=message.replace("[", r"\[").replace(".", r"\.")):
        import_export(store, export, "pipeline", mapping=mapping)
    assert rows(store, "SELECT count(*) FROM loads") == [(0,)]


def test_a_deals_file_without_its_required_columns_is_refused(store: Store, tmp_path: Path) -> None:
    deals = write(tmp_path / "pipeline.csv", "opportunity_id,deal_stage\nD1,Won\n")
    with pytest.raises(SellindexError, match=r"lacks column sales_agent \(or agent, sales_rep"):
        import_export(store, deals, "pipeline")


def test_malformed_records_are_rejected_at_their_line(store: Store, tmp_path: Path) -> None:
    deals = write(
        tmp_path / "pipeline.csv",
        "opportunity_id,sales_agent,deal_stage,engage_date,close_date,close_value\n"
        "D1,Ann Lee,Won,2024-01-02,2024-01-09,10\n"
        "D2,Ann Lee,Won,2024-01-02,2024-01-09,10,extra,fields\n"
        "D3,Ann Lee,Lost,2024-01-03,2024-01-10,0\n",
    )
    result = import_export(store, deals, "pipeline")
    deals_result = next(t for t in result.tables if t.table == "opportunities")
    assert (deals_result.read, deals_result.loaded, deals_result.rejected) == (3, 2, 1)
    assert rows(store, "SELECT line, reason FROM rejects") == [
        (3, "malformed CSV record: too many columns")
    ]
    assert rows(
        store, "SELECT rows_read, rows_rejected FROM loads WHERE table_name = 'opportunities'"
    ) == [(3, 1)]


def test_rows_after_an_empty_line_keep_their_line(store: Store, tmp_path: Path) -> None:
    """The CSV reader skips empty lines; a reject still names the line the row is on."""
    deals = write(
        tmp_path / "pipeline.csv",
        "opportunity_id,sales_agent,deal_stage,engage_date,close_date,close_value\n"
        "D1,Ann Lee,Won,2024-01-02,2024-01-09,10\n"
        "\n"
        "D2,Ann Lee,Won,2024-01-02,2024-01-09,10,extra,fields\n"
        "\n"
        "D3,Ann Lee,Lost,,2024-01-10,0\n",
    )
    import_export(store, deals, "pipeline")
    assert rows(store, "SELECT line, reason FROM rejects ORDER BY line") == [
        (4, "malformed CSV record: too many columns"),
        (6, "created_at (engage_date) is empty"),
    ]
    raw = json.loads(rows(store, "SELECT raw FROM rejects WHERE line = 6")[0][0])
    assert raw["opportunity_id"] == "D3"


def test_an_empty_line_inside_a_quoted_note_is_no_record(store: Store, tmp_path: Path) -> None:
    """Records are counted as the reader counts them: a note of two paragraphs is one record,
    and the empty line after it is one, in a UTF-16 file with Windows line endings."""
    path = tmp_path / "pipeline.csv"
    path.write_bytes(
        (
            "opportunity_id,sales_agent,deal_stage,engage_date,close_date,close_value,notes\r\n"
            'D1,Ann Lee,Won,2024-01-02,2024-01-09,10,"first\r\n\r\nsecond"\r\n'
            "\r\n"
            "D3,Ann Lee,Lost,,2024-01-10,0,x\r\n"
        ).encode("utf-16")
    )
    import_export(store, path, "pipeline")
    assert rows(store, "SELECT line, reason FROM rejects") == [
        (4, "created_at (engage_date) is empty")
    ]
