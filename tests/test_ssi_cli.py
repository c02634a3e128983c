"""`score`, `show`, `history` and `calibrate` as a user runs them, with --json and without."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sellindex.store import open_store
from test_ssi import AS_OF, TEST_MODEL, build_world


@pytest.fixture
def world_db(db_path: Path) -> Path:
    with open_store(db_path, create=True) as store:
        build_world(store)
    return db_path


def test_score_show_history_json(run_cli, world_db: Path) -> None:
    code, out, err = run_cli(
        "score", "--db", str(world_db), "--from", "2026-03-17", "--to", "2026-03-31", "--json"
    )
    assert code == 0, err
    scored = json.loads(out)
    assert [d["as_of"] for d in scored["dates"]] == ["2026-03-17", "2026-03-24", "2026-03-31"]
    assert all(d["members"] == 4 for d in scored["dates"])

    code, out, err = run_cli("show", "1", "--db", str(world_db), "--json")
    assert code == 0, err
    card = json.loads(out)
    assert card["as_of"] == "2026-03-31"
    assert sum(p["points"] for p in card["pillars"]) == pytest.approx(card["total"])
    assert len(card["next_actions"]) == 3
    assert {r["group"] for r in card["ranks"]} == {"industry", "network", "team"}
    assert card["change"]["since"] == "2026-03-24"

    code, out, err = run_cli("show", "1", "--db", str(world_db), "--as-of", "2026-03-20", "--json")
    assert json.loads(out)["as_of"] == "2026-03-17"

    code, out, err = run_cli("history", "1", "--db", str(world_db), "--json")
    assert code == 0, err
    history = json.loads(out)
    assert [s["as_of"] for s in history["snapshots"]] == ["2026-03-17", "2026-03-24", "2026-03-31"]
    assert history["snapshots"][-1]["total"] == card["total"]


def test_show_and_history_render_for_people(run_cli, world_db: Path) -> None:
    run_cli("score", "--db", str(world_db), "--as-of", str(AS_OF))
    code, out, _ = run_cli("show", "1", "--db", str(world_db))
    assert code == 0
    assert "Social Selling Index" in out and "Next actions" in out
    assert "not ranked" in out  # five members: industry and network groups are too small
    assert "Profile completeness" in out and "Find people" in out, "catalogue labels"
    assert "profile_completeness" not in out, "--json keeps the names"
    code, out, _ = run_cli("history", "1", "--db", str(world_db))
    assert code == 0 and "2026-03-31" in out


def test_score_replaces_and_uses_a_custom_model(run_cli, world_db: Path, tmp_path: Path) -> None:
    model = tmp_path / "hand.toml"
    model.write_text(TEST_MODEL)
    for _ in range(2):
        code, out, err = run_cli(
            "score", "--db", str(world_db), "--as-of", "2026-03-31", "--model", str(model), "--json"
        )
        assert code == 0, err
    code, out, _ = run_cli("show", "1", "--db", str(world_db), "--model", str(model), "--json")
    assert json.loads(out)["total"] == 59.35
    with open_store(world_db, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM ssi_snapshots").fetchone()[0] == 4


def test_calibrate_json(run_cli, world_db: Path) -> None:
    code, out, err = run_cli("calibrate", "--db", str(world_db), "--as-of", "2026-03-31", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["members"] == 4
    assert sum(b["members"] for b in data["histogram"]) == 4
    assert sum(b["members"] for b in data["bands"]) == 4


def test_user_mistakes_are_one_line(run_cli, world_db: Path, tmp_path: Path) -> None:
    code, _, err = run_cli("show", "1", "--db", str(world_db))
    assert code == 1 and "run `sellindex score` first" in err
    run_cli("score", "--db", str(world_db), "--as-of", "2026-03-31")
    code, _, err = run_cli("show", "42", "--db", str(world_db))
    assert code == 1 and "no member 42 in the store" in err
    bad = tmp_path / "bad.toml"
    bad.write_text(
        TEST_MODEL.replace(
            'kind = "saturating", scale = 3.0 }\naction = "Publish',
            'kind = "cube" }\naction = "Publish',
        )
    )
    code, _, err = run_cli("score", "--db", str(world_db), "--model", str(bad))
    assert code == 1
    assert "model signal 'posts': unknown transform 'cube'" in err
    assert len(err.strip().splitlines()) == 1


def test_score_sets_threads_and_memory_limit(run_cli, world_db: Path) -> None:
    code, out, err = run_cli(
        "score", "--db", str(world_db), "--threads", "1", "--memory-limit", "1GB", "--json"
    )
    assert code == 0, err
    assert json.loads(out)["dates"][0]["members"] == 4


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--memory-limit", "lots", "--memory-limit 'lots' is not a size such as 8GB"),
        ("--threads", "0", "--threads must be a positive number"),
    ],
)
def test_score_refuses_bad_engine_settings(
    run_cli, world_db: Path, option: str, value: str, message: str
) -> None:
    code, _, err = run_cli("score", "--db", str(world_db), option, value)
    assert code == 1 and message in err
    assert len(err.strip().splitlines()) == 1


def test_show_explains_a_rate_with_nothing_to_measure(run_cli, world_db: Path) -> None:
    """Member 5 sent no invitations: no points for acceptance, a note, and still the action."""
    run_cli("score", "--db", str(world_db), "--as-of", str(AS_OF))
    code, out, err = run_cli("show", "5", "--db", str(world_db), "--json")
    assert code == 0, err
    card = json.loads(out)
    acceptance = next(s for s in card["signals"] if s["signal"] == "acceptance_rate")
    assert (acceptance["raw"], acceptance["trials"], acceptance["points"]) == (0, 0, 0)
    assert acceptance["note"] == "No invitations sent in the last six months"
    assert "acceptance_rate" in [a["signal"] for a in card["next_actions"]]
    assert all(s["note"] is None for s in card["signals"] if s["trials"] is None)


def test_show_says_why_a_member_known_only_from_a_crm_or_as_a_contact_has_no_index(
    run_cli, tmp_path: Path, db_path: Path
) -> None:
    """A CRM never says when its reps joined the network, and an archive says it only of its
    owner: scoring again would not help, so `show` and the web say what would."""
    from fastapi.testclient import TestClient

    from archive_fixtures import ARCHIVE_2024, write_zip
    from e2e import world
    from sellindex.interfaces.web import create_app
    from sellindex.store.accounts import add_user, create_token
    from test_import_pipeline import DEALS

    crm = tmp_path / "crm"
    crm.mkdir()
    (crm / "sales_pipeline.csv").write_text(DEALS)
    for export in (crm, write_zip(tmp_path / "archive.zip", ARCHIVE_2024)):
        code, _, err = run_cli("import", str(export), "--db", str(db_path))
        assert code == 0, err
    code, _, err = run_cli("score", "--as-of", "2024-03-31", "--db", str(db_path))
    assert code == 0, err
    with open_store(db_path) as store:
        ((rep,),) = store.con.execute(
            "SELECT DISTINCT owner_id FROM opportunities o JOIN members m "
            "ON m.member_id = o.owner_id WHERE m.name = 'Bo Chan'"
        ).fetchall()
        ((contact,),) = store.con.execute(
            "SELECT member_id FROM members WHERE name = 'Bo Chan' AND member_id <> ?", [rep]
        ).fetchall()

    said = {}
    for member_id in (rep, contact):
        code, out, err = run_cli("show", str(member_id), "--db", str(db_path))
        assert code == 1 and not out, out
        assert len(err.strip().splitlines()) == 1, err
        assert err.startswith(f"error: Bo Chan (member {member_id}) has no index: "), err
        assert "sellindex score" not in err
        said[member_id] = err.strip().removeprefix("error: ")
    assert said[rep] == (
        f"Bo Chan (member {rep}) has no index: only CRM records describe them, and a CRM does "
        "not say when they joined the network or what they do there; import their data "
        "archive or their network activity"
    )
    assert "known only from other members' network data" in said[contact]
    assert "import their own data archive" in said[contact]

    with open_store(db_path) as store:
        add_user(store, "root@example.com", "admin", None, world.PASSWORD)
        token, _ = create_token(store, "root@example.com")
        with TestClient(create_app(store)) as client:
            for member_id, message in said.items():
                answer = client.get(
                    f"/api/v1/members/{member_id}/index",
                    headers={"Authorization": f"Bearer {token}"},
                )
                assert answer.status_code == 404
                assert answer.json()["detail"] == message
