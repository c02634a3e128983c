"""A real `sellindex serve` on a loopback port, driven by Chromium as each role would use it.

Screenshots go to a temporary folder, or to $SELLINDEX_SCREENSHOTS when set (the ones in
docs/screenshots/ were taken that way).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from e2e import world
from sellindex.interfaces.web.background import background_server

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Outside CI a machine without the browser skips these tests; in CI they must run.
_REQUIRED = bool(os.environ.get("CI"))
if _REQUIRED and not CHROMIUM.exists():
    raise RuntimeError("CI needs Debian's chromium at /usr/bin/chromium (see .ci/run)")
sync_api = (
    pytest.importorskip("playwright.sync_api")
    if not _REQUIRED
    else __import__("playwright.sync_api").sync_api
)
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (apt-get install)"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, world.World]]:
    built = world.build(tmp_path_factory.mktemp("e2e") / "e2e.duckdb")
    with background_server(built.path, deadline_s=60) as served:
        yield served.base_url, built


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, server: tuple[str, world.World]) -> Iterator[object]:
    """A fresh browser context per test; fails the test if the page fetched anything off-host."""
    base, _ = server
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    context.set_default_timeout(15_000)
    opened = context.new_page()
    foreign: list[str] = []
    opened.on("request", lambda r: foreign.append(r.url) if not r.url.startswith(base) else None)
    yield opened
    context.close()
    assert not [url for url in foreign if not url.startswith("data:")], foreign


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("SELLINDEX_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


def _api(server: tuple[str, world.World], role: str, path: str) -> object:
    base, built = server
    headers = {"Authorization": f"Bearer {built.tokens[role]}"}
    response = httpx.get(f"{base}/api/v1{path}", headers=headers, timeout=10)
    response.raise_for_status()
    return response.json()


def _sign_in(page, server: tuple[str, world.World], role: str, start: str = "/") -> None:
    base, built = server
    page.goto(base + start)
    assert "/login" in page.url, "an anonymous visitor is sent to the login form"
    page.fill("input[name=email]", built.emails[role])
    page.fill("input[name=password]", world.PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def _nav_labels(page) -> list[str]:
    return [label.strip() for label in page.locator("header nav a").all_inner_texts()]


def test_login_page_and_wrong_password(page, server, shots: Path) -> None:
    base, built = server
    page.goto(base + "/")
    page.fill("input[name=email]", built.emails["member"])
    page.fill("input[name=password]", "not the password")
    page.click("button[type=submit]")
    assert page.locator(".error").inner_text() == "Wrong email or password."
    page.fill("input[name=password]", "")
    page.screenshot(path=str(shots / "login.png"))


def test_admin_data_page_matches_the_api(page, server, shots: Path) -> None:
    _sign_in(page, server, "admin", "/data")
    assert page.url.endswith("/data")
    assert _nav_labels(page) == [
        "My index",
        "Team",
        "People",
        "KPIs",
        "Insights",
        "Data",
        "Glossary",
        "API",
    ]
    status = _api(server, "admin", "/status")
    expected = {t["table"]: t["rows"] for t in status["tables"]}

    bars = page.locator("#rows-chart g.bar")
    assert bars.count() == len(expected)
    drawn = {
        bars.nth(i).get_attribute("data-label"): bars.nth(i)
        .locator("text.bar-value")
        .text_content()
        for i in range(bars.count())
    }
    assert drawn == {name: f"{rows:,}" for name, rows in expected.items()}
    widths = {
        bars.nth(i).get_attribute("data-label"): bars.nth(i).locator("rect").bounding_box()["width"]
        for i in range(bars.count())
    }
    assert widths["members"] > widths["activity"] > widths["teams"] > 0, "bars follow the counts"
    assert widths["accounts"] == 0

    cells = page.locator("#tables-table tbody tr")
    shown = {
        cells.nth(i).get_attribute("data-table"): cells.nth(i).locator("td").nth(1).inner_text()
        for i in range(cells.count())
    }
    assert shown == {name: f"{rows:,}" for name, rows in expected.items()}
    assert page.locator("#loads-table tbody tr").count() == len(_api(server, "admin", "/loads"))
    page.screenshot(path=str(shots / "data.png"), full_page=True)

    rejects = _api(server, "admin", "/rejects?limit=25")
    assert page.locator("#rejects-table tbody tr").count() == 25
    assert page.locator("#rejects .pager [data-total]").inner_text() == str(rejects["total"])
    page.click("#rejects .pager a[rel=next]")
    assert page.locator("#rejects-table tbody tr").count() == rejects["total"] - 25
    page.select_option("#rejects select[name=table]", "activity")
    page.click("#rejects form button")
    only = _api(server, "admin", "/rejects?table=activity")
    assert page.locator("#rejects-table tbody tr").count() == only["total"]
    assert set(page.locator("#rejects-table tbody td:nth-child(2)").all_inner_texts()) == {
        "activity"
    }


def test_manager_sees_the_team_only(page, server, shots: Path) -> None:
    base, _ = server
    _sign_in(page, server, "manager")
    assert _nav_labels(page) == [
        "My index",
        "Team",
        "People",
        "KPIs",
        "Insights",
        "Glossary",
        "API",
    ]
    page.click("header nav >> text=People")
    listed = page.locator("#members-table tbody tr").evaluate_all(
        "rows => rows.map(r => Number(r.dataset.memberId))"
    )
    api = _api(server, "manager", "/members")
    assert sorted(listed) == sorted(m["member_id"] for m in api["members"])
    assert set(listed) == world.VISIBLE["manager"]
    page.screenshot(path=str(shots / "people.png"), full_page=True)

    page.click("#members-table >> text=Ben Northwood")
    assert page.locator("h1").inner_text() == "Ben Northwood"
    team = page.locator('dd[data-field="team_id"]')
    assert (team.inner_text(), team.get_attribute("data-team-id")) == ("North", "10")
    assert page.locator('dd[data-field="manager_id"]').inner_text() == "Ada Northcott"

    page.goto(f"{base}/members/{world.OUTSIDER['manager']}")
    assert page.locator("h1").inner_text() == "Not found"
    assert world.NAMES[world.OUTSIDER["manager"]] not in page.content()
    response = page.goto(f"{base}/data")
    assert response is not None and response.status == 403
    assert page.locator("h1").inner_text() == "Not allowed"


def _values(page, selector: str) -> list[float]:
    return [float(v) for v in page.locator(selector).evaluate_all(
        "marks => marks.map(m => m.getAttribute('data-value'))")]  # fmt: skip


def _check_index_page(page, card: dict) -> None:
    """The index page draws the API's numbers: gauge, four pillar bars, a point per snapshot."""
    assert float(page.locator("#index-gauge").get_attribute("data-value")) == card["total"]
    assert page.locator('[data-field="total"]').inner_text() == f"{card['total']:.2f}"
    assert _values(page, "#pillar-chart g.bar") == [p["points"] for p in card["pillars"]]
    assert _values(page, "#history-chart g.point") == [h["total"] for h in card["history"]]
    for rank in card["ranks"]:
        shown = page.locator(f'.rank[data-group="{rank["group"]}"]')
        if rank["top_percent"] is not None:
            assert shown.locator("[data-top-percent]").inner_text() == f"{rank['top_percent']}%"
        assert shown.locator("[data-size]").inner_text() == f"{rank['size']:,}"
    points = page.locator("#signals-table tbody tr").evaluate_all(
        "rows => rows.map(r => Number(r.querySelector('[data-points]').dataset.points))"
    )
    assert points == [s["points"] for s in card["signals"]]
    assert page.locator("#next-actions li").count() == len(card["next_actions"])


def test_member_sees_their_index_and_signs_out(page, server, shots: Path) -> None:
    base, _ = server
    _sign_in(page, server, "member")
    assert _nav_labels(page) == ["My index", "Glossary", "API"]
    me = _api(server, "member", "/me")
    card = _api(server, "member", f"/members/{me['member_id']}/index")
    assert page.locator("h1").inner_text() == "My Social Selling Index"
    _check_index_page(page, card)
    page.screenshot(path=str(shots / "index.png"), full_page=True)

    page.goto(f"{base}/members/{me['member_id']}")
    assert page.locator("h1").inner_text() == me["member"]["name"]
    assert page.locator('dd[data-field="skills_count"]').inner_text() == str(
        me["member"]["skills_count"]
    )

    page.goto(f"{base}/reps/{me['member_id']}")
    numbers = _api(server, "member", f"/reps/{me['member_id']}")
    graded = next(g for g in numbers["grades"] if g["period"] == numbers["graded_period"])
    assert (
        page.locator('[data-field="closed_deals"]')
        .inner_text()
        .startswith(str(int(graded["closed_deals"])))
    )
    shown = page.locator("#metrics-table tbody tr").evaluate_all(
        "rows => rows.map(r => [r.dataset.metric, r.querySelector('[data-value]').dataset.value])"
    )
    # Graded over the whole window, the page shows the micro-metrics of the latest month.
    pooled = numbers["window"]["by"] == "all"
    period = max(m["period"] for m in numbers["metrics"]) if pooled else numbers["graded_period"]
    expected = [[m["metric"], m["value"]] for m in numbers["metrics"] if m["period"] == period]
    assert [[name, float(value) if value else None] for name, value in shown] == expected
    assert page.locator("svg[id^=rep-trend-]").count() == 3
    page.screenshot(path=str(shots / "rep.png"), full_page=True)

    outsider = world.OUTSIDER["member"]
    for url in (f"/members/{outsider}", f"/members/{outsider}/index", f"/reps/{outsider}"):
        response = page.goto(base + url)
        assert response is not None and response.status == 404, url
        assert page.locator("h1").inner_text() == "Not found"
        assert world.NAMES[outsider] not in page.content()
    for url in ("/teams", "/teams/10", "/kpis"):
        response = page.goto(base + url)
        assert response is not None and response.status == 403, url
    page.goto(base + "/")
    page.click("text=Sign out")
    page.wait_for_url("**/login")
    page.goto(base + "/")
    assert "/login" in page.url, "after signing out the session no longer opens pages"


def test_manager_team_page_matches_the_api(page, server, shots: Path) -> None:
    base, _ = server
    _sign_in(page, server, "manager")
    card = _api(server, "manager", "/members/1/index")
    _check_index_page(page, card)
    page.click("header nav >> text=Team")
    page.wait_for_url("**/teams/10")
    board = _api(server, "manager", "/teams/10")
    rows = page.locator("#leaderboard tbody tr")
    assert rows.evaluate_all("rows => rows.map(r => Number(r.dataset.memberId))") == [
        r["member_id"] for r in board["rows"]
    ]
    assert _values(page, "#heat-map g.cell") == [
        r[p] for r in board["rows"] for p in ("brand", "find", "engage", "relationships")
    ]
    assert _values(page, "#distribution-chart g.column") == [
        b["members"] for b in board["distribution"]
    ]
    assert _values(page, "#trend-chart g.point") == [t["average"] for t in board["trend"]]
    page.screenshot(path=str(shots / "team.png"), full_page=True)

    page.click("#leaderboard th >> text=Name")
    page.wait_for_url("**/teams/10?sort=name&order=asc")
    by_name = _api(server, "manager", "/teams/10?sort=name&order=asc")
    assert rows.evaluate_all("rows => rows.map(r => Number(r.dataset.memberId))") == [
        r["member_id"] for r in by_name["rows"]
    ]
    page.click("#leaderboard >> text=Cyd Northam")
    page.wait_for_url("**/reps/3")
    assert page.locator("h1").inner_text() == "Cyd Northam"

    response = page.goto(f"{base}/teams/20")
    assert response is not None and response.status == 404
    response = page.goto(f"{base}/reps/{world.OUTSIDER['manager']}")
    assert response is not None and response.status == 404


def test_kpis_page_and_period_picker(page, server, shots: Path) -> None:
    _sign_in(page, server, "manager", "/kpis")
    for family in ("engagement", "growth", "ads"):
        result = _api(server, "manager", f"/kpis/{family}")
        assert page.locator(f"#kpi-table-{family} tbody tr[data-period]").count() == len(
            result["rows"]
        )
        for chart in page.locator(f"#kpis-{family} svg").all():
            assert chart.locator("g.point").count() <= len(result["rows"])
    logins = page.locator('#kpi-table-growth td[data-kpi="new_members"]').all_inner_texts()
    assert logins, "growth has rows"
    page.fill("#period-picker input[name=from]", "2025-03-01")
    page.fill("#period-picker input[name=to]", "2025-04-30")
    page.select_option("#period-picker select[name=by]", "week")
    page.click("#period-picker button")
    page.wait_for_url("**/kpis?from=2025-03-01&to=2025-04-30&by=week")
    weekly = _api(server, "manager", "/kpis/growth?from=2025-03-01&to=2025-04-30&by=week")
    assert page.locator("#kpi-table-growth tbody tr[data-period]").count() == len(weekly["rows"])
    page.screenshot(path=str(shots / "kpis.png"), full_page=True)


def test_admin_picks_any_team(page, server, shots: Path) -> None:
    _sign_in(page, server, "admin", "/teams")
    teams = _api(server, "admin", "/teams")
    listed = page.locator("#teams-table tbody tr").evaluate_all(
        "rows => rows.map(r => Number(r.dataset.teamId))"
    )
    assert listed == [t["team_id"] for t in teams["teams"]]
    page.screenshot(path=str(shots / "teams.png"), full_page=True)
    page.click("#teams-table >> text=South")
    page.wait_for_url("**/teams/20")
    assert (
        page.locator("#leaderboard tbody tr").count() == _api(server, "admin", "/teams/20")["total"]
    )


def test_api_docs_page_works_offline(page, server, shots: Path) -> None:
    base, _ = server
    page.goto(base + "/api/v1/docs")
    page.wait_for_selector(".swagger-ui .opblock")
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert "/api/v1/rejects" in [p.replace("\u200b", "") for p in paths]
    page.screenshot(path=str(shots / "api-docs.png"))


def test_manager_opens_insights_and_picks_an_outcome(page, server, shots: Path) -> None:
    _sign_in(page, server, "manager", "/")
    page.click("nav >> text=Insights")
    page.wait_for_url("**/insights")
    answer = _api(server, "manager", "/insights")
    rows = page.locator("#insights-table tbody tr")
    assert rows.count() == len(answer["findings"])
    assert page.locator("#insights-summary [data-field=deals]").inner_text() == str(answer["deals"])
    page.select_option("#insights-picker select[name=outcome]", "cycle")
    page.click("#insights-picker button")
    page.wait_for_url("**/insights?outcome=cycle*")
    assert "What goes with cycle" in page.locator("p.lede").inner_text()
    page.screenshot(path=str(shots / "insights.png"), full_page=True)
