"""Fresh exports, laid out as people download them, through one `sellindex import` each.

For every kind of CRM export (`crm_fixtures`): the kind and every file's role are found from
the folder alone; each table reads what the export holds, and the export's rows that reach no
table are left out with a note that says how many and why (read = loaded + rejected, and the
export's rows = read + left out); KPI and grade tables name people, not ids; importing the
folder again adds nothing. `show` needs a scored member, and only a member's own data archive
makes a CRM rep scored, so the rep Dana Reyes's archive is imported last and her card is
named. A HubSpot export made in German gives the rows the same export made in English gives.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from archive_fixtures import ARCHIVE_2024, write_folder
from crm_fixtures import BUILDERS, DEALS, REPS, Export
from sellindex.ingest.crm_import import CRM_TABLES
from sellindex.store import open_store

KINDS = {
    "salesforce-data": "salesforce",
    "salesforce-reports": "salesforce",
    "hubspot-en": "hubspot",
    "hubspot-de": "hubspot",
    "pipeline": "pipeline",
}
REP_NAMES = {r.name for r in REPS}


def _run(run_cli, *args: str) -> dict[str, Any]:
    code, out, err = run_cli(*args, "--json")
    assert code == 0, err
    return json.loads(out)


def _left_out(note: str) -> int:
    """The number of rows a note says were left out: 'Task.csv: 2 tasks not done yet ...'."""
    found = re.match(r"[^:]+: ([\d,]+) ", note)
    assert found, note
    return int(found[1].replace(",", ""))


def _counts(db: Path) -> dict[str, int]:
    with open_store(db, read_only=True) as store:
        return {
            t: store.con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in CRM_TABLES
        }


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_a_fresh_export_reconciles_names_people_and_loads_once(
    run_cli, tmp_path: Path, name: str
) -> None:
    export: Export = BUILDERS[name]()
    folder = export.write(tmp_path / name)
    db = tmp_path / "fresh.duckdb"

    data = _run(run_cli, "import", str(folder), "--db", str(db))
    assert data["kind"] == KINDS[name] and data["detected"]
    assert data["ignored"] == []
    assert sorted(Path(f).name for f in data["files"].values()) == sorted(export.files)
    tables = {t["table"]: t for t in data["tables"]}
    assert {t: r["read"] for t, r in tables.items()} == export.reads
    for table, result in tables.items():
        assert result["read"] == result["loaded"] + result["rejected"], table
        assert result["duplicate"] == 0
        assert result["rejected"] == export.rejected.get(table, 0), table
    for table, rows in export.rows.items():
        notes = export.left_out.get(table, [])
        assert set(notes) <= set(data["notes"]), data["notes"]
        assert tables[table]["read"] + sum(map(_left_out, notes)) == rows, table
    assert set(export.notes) <= set(data["notes"])
    stored = {t: tables[t]["loaded"] if t in tables else 0 for t in CRM_TABLES}
    assert _counts(db) == stored

    # People are named as the export names them: no member is known by a CRM id alone.
    with open_store(db, read_only=True) as store:
        members = {n for (n,) in store.con.execute("SELECT name FROM members").fetchall()}
    assert members == set(export.people)
    reps = _run(run_cli, "kpis", "reps", "--db", str(db))["rows"]
    assert reps and all(r["name"] for r in reps)
    assert {r["name"] for r in reps} == REP_NAMES
    grades = _run(run_cli, "grade", "--period", "all", "--db", str(db))["grades"]
    assert {g["name"] for g in grades} == REP_NAMES
    assert all(g["grade"] in set("ABCDE") and g["closed_deals"] == 6 for g in grades)

    again = _run(run_cli, "import", str(folder), "--db", str(db))
    assert again["totals"]["loaded"] == 0 and again["totals"]["rejected"] == sum(
        export.rejected.values()
    )
    assert all(t["new_rejects"] == 0 for t in again["tables"])
    assert not any(again["new_ids"].values())
    assert _counts(db) == stored

    archive = write_folder(tmp_path / "Complete_LinkedInDataExport_03-24-2024", ARCHIVE_2024)
    dana = _member(db, "Dana Reyes")
    _run(run_cli, "import", str(archive), "--db", str(db))
    assert _member(db, "Dana Reyes") == dana  # her archive is the rep's, not a newcomer's
    _run(run_cli, "score", "--db", str(db))
    code, out, err = run_cli("show", str(dana), "--db", str(db))
    assert code == 0, err
    assert f"Dana Reyes (member {dana})" in out


def _member(db: Path, name: str) -> int:
    with open_store(db, read_only=True) as store:
        rows = store.con.execute("SELECT member_id FROM members WHERE name = ?", [name]).fetchall()
    assert len(rows) == 1, rows
    return int(rows[0][0])


def _tables(db: Path) -> dict[str, list[tuple]]:
    with open_store(db, read_only=True) as store:
        return {
            t: sorted(store.con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
            for t in CRM_TABLES
        }


def test_a_german_hubspot_export_gives_the_rows_of_the_english_one(run_cli, tmp_path: Path) -> None:
    stores = {}
    for language in ("en", "de"):
        folder = BUILDERS[f"hubspot-{language}"]().write(tmp_path / language)
        stores[language] = tmp_path / f"{language}.duckdb"
        _run(run_cli, "import", str(folder), "--db", str(stores[language]))
    english, german = _tables(stores["en"]), _tables(stores["de"])
    # Industries are the one picklist not translated back: kept as the export spells them.
    industry = 2  # accounts: account_id, name, industry, region
    assert [a[industry] for a in english["accounts"]] != [a[industry] for a in german["accounts"]]
    for rows in (english["accounts"], german["accounts"]):
        rows[:] = [(*a[:industry], None, *a[industry + 1 :]) for a in rows]
    assert german == english
    assert len(english["opportunity_stages"]) == sum(3 if d.closed else 2 for d in DEALS)
    stages = {s for (_, s, *_) in english["opportunity_stages"]}
    assert stages == {
        "Appointment Scheduled (Sales Pipeline)",
        "Contract Sent (Sales Pipeline)",
        "Closed Won (Sales Pipeline)",
        "Closed Lost (Sales Pipeline)",
    }
