"""The Insights page and API on a planted world: managers see their team's deals, admins any
team or everyone, and the numbers are those of the analysis itself."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from sellindex.analysis.insights import analyse
from sellindex.interfaces.web import create_app
from sellindex.metrics.deals import deal_behaviours
from sellindex.metrics.kpis.periods import Window
from sellindex.store import Store, open_store
from sellindex.store.accounts import add_user, create_token
from test_insights import _planted_world

pytestmark = pytest.mark.slow
PASSWORD = "a long enough secret"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, dict[str, str], int]]:
    folder = tmp_path_factory.mktemp("insights-web")
    _planted_world(5, folder)
    with open_store(folder / "world-5.duckdb") as store:
        team, manager = store.con.execute(
            "SELECT t.team_id, t.manager_id FROM teams t JOIN members m USING (team_id) "
            "GROUP BY ALL ORDER BY count(*) DESC, 1 LIMIT 1"
        ).fetchone()
        rep = store.con.execute(
            "SELECT owner_id FROM opportunities o JOIN members m ON m.member_id = o.owner_id "
            "WHERE m.team_id = ? LIMIT 1",
            [team],
        ).fetchone()[0]
        tokens = {}
        for role, member in (("admin", None), ("manager", manager), ("member", rep)):
            add_user(store, f"{role}@example.com", role, member, PASSWORD)
            tokens[role] = create_token(store, f"{role}@example.com")[0]
        yield store, tokens, int(team)


def _get(client: TestClient, tokens: dict[str, str], role: str, path: str, **params):
    return client.get(path, params=params, headers={"Authorization": f"Bearer {tokens[role]}"})


def test_admins_see_the_analysis_of_every_deal(served) -> None:
    store, tokens, _ = served
    with TestClient(create_app(store)) as client:
        answer = _get(client, tokens, "admin", "/api/v1/insights")
    assert answer.status_code == 200, answer.text
    data = answer.json()
    expected = analyse(deal_behaviours(store, Window()).to_pyarrow().to_pandas(), "won")
    assert data["scope"] == "company" and data["deals"] == expected.deals
    shown = {f["behaviour"]: f for f in data["findings"]}
    for finding in expected.findings:
        if finding.within is not None:
            assert shown[finding.behaviour]["within"]["value"] == pytest.approx(
                finding.within.value
            )
    kinds = [c["kind"] for c in shown["meeting_minutes"]["cautions"]]
    assert "aggregation_reversal" in kinds and data["tests"] == expected.tests


def test_managers_see_their_team_and_members_nothing(served) -> None:
    store, tokens, team = served
    team_deals = store.con.execute(
        "SELECT count(*) FROM opportunities o JOIN members m ON m.member_id = o.owner_id "
        "WHERE m.team_id = ? AND o.outcome IN ('won', 'lost') AND o.closed_at >= o.created_at",
        [team],
    ).fetchone()[0]
    with TestClient(create_app(store), follow_redirects=False) as client:
        mine = _get(client, tokens, "manager", "/api/v1/insights", outcome="cycle").json()
        assert mine["scope"] == "team" and mine["deals"] == team_deals
        other = store.con.execute("SELECT min(team_id) FROM teams WHERE team_id <> ?", [team])
        other_team = other.fetchone()[0]
        refused = _get(client, tokens, "manager", "/api/v1/insights", team=other_team)
        assert refused.status_code == 404
        chosen = _get(client, tokens, "admin", "/api/v1/insights", team=team).json()
        assert chosen["scope"] == f"team {team}" and chosen["deals"] == team_deals
        name = store.con.execute("SELECT name FROM teams WHERE team_id = ?", [team]).fetchone()[0]
        assert chosen["scope_label"] == f"team {name}" and mine["scope_label"] == "your team"
        assert _get(client, tokens, "member", "/api/v1/insights").status_code == 403
        page = _get(client, tokens, "admin", "/insights", outcome="won")
        assert page.status_code == 200 and "reps (the whole company)" in page.text
        assert (
            'id="insights-table"' in page.text and 'data-kind="aggregation_reversal"' in page.text
        )
        assert 'data-kind="deal_mix"' in page.text and "<svg" in page.text
        assert 'id="coaching"' in page.text and "Aim for" in page.text
        too_soon = _get(client, tokens, "admin", "/insights", **{"from": "2030-01-01"})
        assert too_soon.status_code == 200 and "no closed deals" in too_soon.text


def test_the_rep_page_shows_cycle_with_deal_size_and_coaching(served) -> None:
    store, tokens, _ = served
    with TestClient(create_app(store)) as client:
        rep = _get(client, tokens, "member", "/api/v1/me").json()["member_id"]
        numbers = _get(client, tokens, "member", f"/api/v1/reps/{rep}", by="all").json()
        page = _get(client, tokens, "member", f"/reps/{rep}", by="all")
    assert (
        numbers["cycle_and_deal_size"]
        and "size_adjusted_ratio" in numbers["cycle_and_deal_size"][0]
    )
    assert 'id="cycle-and-size"' in page.text and 'id="coaching"' in page.text
    everyone = analyse(deal_behaviours(store, Window()).to_pyarrow().to_pandas(), "won")
    assert numbers["coaching"] == [p.message for p in everyone.coaching.get(rep, [])]


def test_the_scorecard_carries_the_reps_coaching_points(served) -> None:
    from html import escape

    from sellindex.interfaces.scorecard import build_scorecard

    store, _, _ = served
    everyone = analyse(deal_behaviours(store, Window()).to_pyarrow().to_pandas(), "won")
    rep, points = next(iter(sorted(everyone.coaching.items())))
    assert points
    html = build_scorecard(store, rep, "quarter").html
    coaching = html.split('<ul id="coaching">')[1].split("</ul>")[0]
    assert [escape(p.message) in coaching for p in points] == [True] * len(points)
    assert any(p.message.startswith("Aim for ") for p in points)
