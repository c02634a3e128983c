from __future__ import annotations

import json
from pathlib import Path

from sellindex.store import accounts, open_store


def test_demo_builds_a_scored_store_with_one_account_per_role(run_cli, tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    code, out, err = run_cli(
        "demo", "--dir", str(folder), "--members", "600", "--no-serve", "--json"
    )
    assert code == 0, err
    data = json.loads(out)
    load = data["load"]
    assert load["rows_read"] == load["rows_loaded"] > 0
    assert load["rows_rejected"] == load["rows_duplicate"] == 0
    assert len(data["scored_dates"]) == 8
    assert {a["role"] for a in data["accounts"]} == {"admin", "manager", "member"}
    with open_store(folder / "sellindex.duckdb", read_only=True) as store:
        members = store.con.execute("SELECT count(*) FROM members").fetchone()[0]
        snapshot_rows = store.con.execute(
            "SELECT count(*) FROM ssi_snapshots WHERE as_of = ?", [data["scored_dates"][-1]]
        ).fetchone()[0]
        assert snapshot_rows == members
        manager = next(a for a in data["accounts"] if a["role"] == "manager")
        assert accounts.authenticate(store, manager["email"], manager["password"]) is not None

    code, out, _ = run_cli("demo", "--dir", str(folder), "--members", "600", "--no-serve", "--json")
    assert code == 0, "running the demo again replaces the previous one"
