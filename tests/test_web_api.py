"""The web app's access rules, security choices and answers, on a small store of two teams."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient
from markupsafe import escape

from e2e import world
from sellindex import service
from sellindex.interfaces.formatting import explanation, format_value, signal_value
from sellindex.interfaces.web import create_app
from sellindex.interfaces.web.auth import CSRF_COOKIE, SESSION_COOKIE
from sellindex.metrics.catalogue import catalogue, metric
from sellindex.metrics.ssi.model import PILLAR_LABELS
from sellindex.metrics.units import UNITS
from sellindex.store import Store, open_store
from sellindex.store.account_book import accounts_file
from sellindex.store.accounts import create_session, find_user

ROLES = ("member", "manager", "admin")
EVERYONE = frozenset(ROLES)
MANAGERS = frozenset({"manager", "admin"})
PUBLIC = None


@dataclass(frozen=True)
class Access:
    roles: frozenset[str] | None
    """Roles let in; None for a public route."""


ROUTE_ACCESS: dict[tuple[str, str], Access] = {
    ("GET", "/api/v1/openapi.json"): Access(PUBLIC),
    ("GET", "/api/v1/docs"): Access(PUBLIC),
    ("ANY", "/static"): Access(PUBLIC),
    ("GET", "/login"): Access(PUBLIC),
    ("POST", "/login"): Access(PUBLIC),
    ("POST", "/logout"): Access(EVERYONE),
    ("GET", "/"): Access(EVERYONE),
    ("GET", "/members"): Access(frozenset({"manager", "admin"})),
    ("GET", "/members/{member_id}"): Access(EVERYONE),
    ("GET", "/data"): Access(frozenset({"admin"})),
    ("GET", "/members/{member_id}/index"): Access(EVERYONE),
    ("GET", "/teams"): Access(MANAGERS),
    ("GET", "/teams/{team_id}"): Access(MANAGERS),
    ("GET", "/reps/{member_id}"): Access(EVERYONE),
    ("GET", "/kpis"): Access(MANAGERS),
    ("GET", "/insights"): Access(MANAGERS),
    ("GET", "/glossary"): Access(EVERYONE),
    ("GET", "/api/v1/me"): Access(EVERYONE),
    ("GET", "/api/v1/members"): Access(EVERYONE),
    ("GET", "/api/v1/members/{member_id}"): Access(EVERYONE),
    ("GET", "/api/v1/status"): Access(frozenset({"admin"})),
    ("GET", "/api/v1/loads"): Access(frozenset({"admin"})),
    ("GET", "/api/v1/rejects"): Access(frozenset({"admin"})),
    ("GET", "/api/v1/imports"): Access(frozenset({"admin"})),
    ("GET", "/api/v1/members/{member_id}/index"): Access(EVERYONE),
    ("GET", "/api/v1/teams"): Access(MANAGERS),
    ("GET", "/api/v1/teams/{team_id}"): Access(MANAGERS),
    ("GET", "/api/v1/reps/{member_id}"): Access(EVERYONE),
    ("GET", "/api/v1/kpis/{family}"): Access(MANAGERS),
    ("GET", "/api/v1/insights"): Access(MANAGERS),
}
"""Every route of the app and who may use it. A route missing here fails the tests below."""

PROTECTED = sorted(key for key, access in ROUTE_ACCESS.items() if access.roles is not None)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, world.World]]:
    built = world.build(tmp_path_factory.mktemp("web") / "web.duckdb")
    with open_store(built.path) as store:
        yield store, built


@pytest.fixture(scope="module")
def client(served: tuple[Store, world.World]) -> Iterator[TestClient]:
    with TestClient(create_app(served[0]), follow_redirects=False) as test_client:
        yield test_client


@pytest.fixture(autouse=True)
def _no_cookies_left(client: TestClient) -> None:
    """Each test starts signed out: a cookie left by another would be a second credential."""
    client.cookies.clear()


def _bearer(served: tuple[Store, world.World], role: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {served[1].tokens[role]}"}


def _session_cookies(served: tuple[Store, world.World], role: str) -> dict[str, str]:
    store, built = served
    user = find_user(store, built.emails[role])
    assert user is not None
    return {SESSION_COOKIE: create_session(store, user), CSRF_COOKIE: "csrf-" + role}


def _routes_of(client: TestClient) -> set[tuple[str, str]]:
    """(method, path) of every route, including those of included routers; mounts as ANY."""
    found = set()
    for context in iter_route_contexts(client.app.routes):  # type: ignore[attr-defined]
        methods = getattr(context, "methods", None) or {"ANY"}
        found |= {(method, str(context.path)) for method in methods if method != "HEAD"}
    return found


def _url(path: str, member_id: int, team_id: int = 10) -> str:
    return (
        path.replace("{member_id}", str(member_id))
        .replace("{team_id}", str(team_id))
        .replace("{family}", "engagement")
    )


def _call(
    client: TestClient, method: str, path: str, **kwargs: object
) -> tuple[int, str, dict[str, str]]:
    response = client.request(method, path, **kwargs)  # type: ignore[arg-type]
    return response.status_code, response.text, dict(response.headers)


def test_route_table_covers_every_route(client: TestClient) -> None:
    routes = _routes_of(client)
    missing = routes - set(ROUTE_ACCESS)
    assert not missing, f"routes without an access rule in ROUTE_ACCESS: {sorted(missing)}"
    assert not set(ROUTE_ACCESS) - routes, "ROUTE_ACCESS lists routes the app no longer has"


@pytest.mark.parametrize(("method", "path"), PROTECTED, ids=" ".join)
def test_unauthenticated_calls_are_refused(client: TestClient, method: str, path: str) -> None:
    client.cookies.clear()
    status, body, headers = _call(client, method, _url(path, 2))
    if path.startswith("/api/"):
        assert status == 401
        assert headers["www-authenticate"] == "Bearer"
    elif method == "GET":
        assert status == 303
        assert headers["location"].startswith("/login?next=")
    else:
        assert status in (401, 403)
    assert not any(name in body for name in world.NAMES.values())


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("method", "path"), PROTECTED, ids=" ".join)
def test_other_peoples_data_is_never_served(
    served: tuple[Store, world.World], client: TestClient, method: str, path: str, role: str
) -> None:
    """Each role, on each route, with an identifier it must not see: a refusal, never data."""
    client.cookies.clear()
    outsider = world.OUTSIDER[role]
    url = _url(path, outsider, world.OUTSIDER_TEAM[role])
    if path.startswith("/api/"):
        status, body, _ = _call(client, method, url, headers=_bearer(served, role))
    else:
        cookies = _session_cookies(served, role)
        client.cookies.update(cookies)
        data = {"csrf_token": cookies[CSRF_COOKIE]} if method == "POST" else None
        status, body, _ = _call(client, method, url, data=data)
    allowed = ROUTE_ACCESS[(method, path)].roles
    assert allowed is not None
    if role not in allowed:
        assert status == 403
    elif "{member_id}" in path or "{team_id}" in path:
        assert status == 404
    else:
        assert status in (200, 303)
    hidden = set(world.NAMES) - world.VISIBLE[role]
    leaked = [world.NAMES[i] for i in hidden if world.NAMES[i] in body]
    assert not leaked, f"{role} was shown {leaked} by {method} {path}"


@pytest.mark.parametrize("role", ROLES)
def test_members_in_scope_are_served(
    served: tuple[Store, world.World], client: TestClient, role: str
) -> None:
    headers = _bearer(served, role)
    listed = client.get("/api/v1/members", headers=headers).json()
    assert {m["member_id"] for m in listed["members"]} == world.VISIBLE[role]
    assert listed["total"] == len(world.VISIBLE[role])
    for member_id in world.VISIBLE[role]:
        profile = client.get(f"/api/v1/members/{member_id}", headers=headers).json()
        assert profile["name"] == world.NAMES[member_id]
    me = client.get("/api/v1/me", headers=headers).json()
    assert me["email"] == served[1].emails[role]
    assert me["visible_members"] == len(world.VISIBLE[role])


def test_a_manager_sees_the_team_and_direct_reports_only(
    served: tuple[Store, world.World], client: TestClient
) -> None:
    headers = _bearer(served, "manager")
    assert client.get("/api/v1/members/4", headers=headers).status_code == 200  # direct report
    for other_team in (5, 6, 7, 8):
        assert client.get(f"/api/v1/members/{other_team}", headers=headers).status_code == 404


def test_status_loads_and_rejects_match_the_store(
    served: tuple[Store, world.World], client: TestClient
) -> None:
    headers = _bearer(served, "admin")
    status = client.get("/api/v1/status", headers=headers).json()
    rows = {t["table"]: t["rows"] for t in status["tables"]}
    assert rows["members"] == len(world.MEMBERS)
    assert rows["teams"] == 2 and rows["activity"] == 3
    activity = next(t for t in status["tables"] if t["table"] == "activity")
    assert (activity["first"], activity["last"]) == ("2025-03-01T09:00:00Z", "2025-04-30T17:45:00Z")
    loads = client.get("/api/v1/loads", headers=headers).json()
    assert [load["load_id"] for load in loads] == [2, 1]

    total = world.REJECTED_MEMBER_ROWS + world.REJECTED_ACTIVITY_ROWS
    first = client.get("/api/v1/rejects?limit=25", headers=headers).json()
    assert first["total"] == total and len(first["rows"]) == 25
    assert first["rows"][0]["table_name"] == "activity"  # newest load first
    rest = client.get("/api/v1/rejects?limit=25&offset=25", headers=headers).json()
    assert len(rest["rows"]) == total - 25
    lines = [(r["load_id"], r["line"]) for r in first["rows"] + rest["rows"]]
    assert len(set(lines)) == total, "pages overlap or skip rows"
    only = client.get("/api/v1/rejects?table=activity", headers=headers).json()
    assert only["total"] == world.REJECTED_ACTIVITY_ROWS
    assert {r["table_name"] for r in only["rows"]} == {"activity"}


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        ("/api/v1/members/abc", 422, "integer"),
        ("/api/v1/members/99999999999999999999999", 422, "less than or equal"),
        ("/api/v1/rejects?table=nonsense", 422, "members"),
        ("/api/v1/rejects?limit=0", 422, "greater than or equal to 1"),
        ("/api/v1/rejects?limit=100000", 422, "less than or equal to 500"),
        ("/api/v1/rejects?offset=-1", 422, "greater than or equal to 0"),
        ("/api/v1/members?limit=ten", 422, "integer"),
        ("/api/v1/no-such-route", 404, "Not Found"),
    ],
)
def test_bad_input_is_a_clear_4xx(
    served: tuple[Store, world.World], client: TestClient, url: str, status: int, message: str
) -> None:
    response = client.get(url, headers=_bearer(served, "admin"))
    assert response.status_code == status
    assert message in response.text


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("Basic YWRtaW46YWRtaW4=", "Bearer <token>"),
        ("Bearer", "Bearer <token>"),
        ("Bearer si_not-a-real-token", "unknown or revoked"),
    ],
)
def test_bad_credentials_are_401(client: TestClient, header: str, message: str) -> None:
    response = client.get("/api/v1/me", headers={"Authorization": header})
    assert response.status_code == 401
    assert message in response.json()["detail"]


def test_bad_page_input_is_an_html_4xx(
    served: tuple[Store, world.World], client: TestClient
) -> None:
    client.cookies.clear()
    client.cookies.update(_session_cookies(served, "admin"))
    response = client.get("/data?offset=-3")
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert "offset" in response.text


def test_secrets_are_not_stored_in_clear(served: tuple[Store, world.World]) -> None:
    store, built = served
    cookie = _session_cookies(served, "member")[SESSION_COOKIE]
    secrets = [world.PASSWORD, cookie, *built.tokens.values()]
    book = accounts_file(store.path)
    kept = b"".join(
        p.read_bytes() for p in (book, book.with_name(book.name + "-wal"), store.path) if p.exists()
    )
    assert kept and not any(secret.encode() in kept for secret in secrets)
    with closing(sqlite3.connect(book)) as con:
        hashes = [row[0] for row in con.execute("SELECT password_hash FROM users")]
    assert hashes and all(h.startswith("$argon2id$") for h in hashes)
    assert len(set(hashes)) == len(hashes), "passwords must be salted"


def _login(client: TestClient, email: str, password: str, csrf: str | None) -> int:
    data = {"email": email, "password": password, "next": "/data"}
    if csrf is not None:
        data["csrf_token"] = csrf
    return client.post("/login", data=data).status_code


def test_login_sets_a_protected_session_cookie_and_logout_ends_it(
    served: tuple[Store, world.World], client: TestClient
) -> None:
    client.cookies.clear()
    form = client.get("/login")
    csrf = client.cookies[CSRF_COOKIE]
    assert f'value="{csrf}"' in form.text
    assert _login(client, "admin@example.com", "wrong password", csrf) == 401
    response = client.post(
        "/login",
        data={
            "email": "ADMIN@example.com",
            "password": world.PASSWORD,
            "csrf_token": csrf,
            "next": "//evil.example/",
        },
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/", "an off-site next must not be followed"
    cookie_header = "; ".join(response.headers.get_list("set-cookie"))
    session_cookie = re.search(rf"{SESSION_COOKIE}=[^,]*", cookie_header)
    assert session_cookie and "HttpOnly" in session_cookie.group(0)
    assert "samesite=lax" in session_cookie.group(0).lower()
    assert "Secure" not in session_cookie.group(0), "plain http cannot keep a Secure cookie"
    assert client.cookies[CSRF_COOKIE] != csrf, "the CSRF token is renewed at sign-in"
    home = client.get("/")
    assert home.status_code == 200 and "admin@example.com" in home.text

    csrf = client.cookies[CSRF_COOKIE]
    assert client.post("/logout").status_code == 403
    assert client.post("/logout", data={"csrf_token": "forged"}).status_code == 403
    assert client.get("/").status_code == 200, "a refused logout leaves the session alone"
    assert client.post("/logout", data={"csrf_token": csrf}).status_code == 303
    assert client.get("/").status_code == 303, "the session is over on the server too"


def test_login_without_csrf_token_is_refused(client: TestClient) -> None:
    client.cookies.clear()
    client.get("/login")
    assert _login(client, "admin@example.com", world.PASSWORD, None) == 403
    assert _login(client, "admin@example.com", world.PASSWORD, "guess") == 403
    assert SESSION_COOKIE not in client.cookies


def test_session_cookie_is_secure_over_https(served: tuple[Store, world.World]) -> None:
    with TestClient(
        create_app(served[0]), base_url="https://testserver", follow_redirects=False
    ) as secure:
        secure.get("/login")
        csrf = secure.cookies[CSRF_COOKIE]
        response = secure.post(
            "/login",
            data={"email": "member@example.com", "password": world.PASSWORD, "csrf_token": csrf},
        )
    assert response.status_code == 303
    assert all("Secure" in c for c in response.headers.get_list("set-cookie"))


@pytest.mark.parametrize(
    ("role", "shown", "hidden"),
    [
        ("member", ["My index", "Glossary"], ["Team", "People", "KPIs", "Insights", "Data"]),
        ("manager", ["My index", "Team", "People", "KPIs", "Insights", "Glossary"], ["Data"]),
        ("admin", ["My index", "Team", "People", "KPIs", "Insights", "Data", "Glossary"], []),
    ],
)
def test_navigation_shows_only_what_the_role_may_see(
    served: tuple[Store, world.World],
    client: TestClient,
    role: str,
    shown: list[str],
    hidden: list[str],
) -> None:
    client.cookies.clear()
    client.cookies.update(_session_cookies(served, role))
    page = client.get("/").text
    nav = re.search(r'<nav aria-label="Main">(.*?)</nav>', page, re.S)
    assert nav
    labels = re.findall(r">([^<]+)</a>", nav.group(1))
    assert [label for label in labels if label != "API"] == shown
    assert not set(hidden) & set(labels)


def test_data_page_shows_the_apis_numbers_and_chart(
    served: tuple[Store, world.World], client: TestClient
) -> None:
    client.cookies.clear()
    client.cookies.update(_session_cookies(served, "admin"))
    page = client.get("/data?table=members&offset=25").text
    status = client.get("/api/v1/status").json()  # on the admin's session
    expected = {t["table"]: t["rows"] for t in status["tables"]}
    shown = dict(
        re.findall(r'<tr data-table="(\w+)">\s*<td>\w+</td>\s*<td[^>]*data-rows="(\d+)"', page)
    )
    assert {name: int(rows) for name, rows in shown.items()} == expected
    bars = dict(re.findall(r'<g class="bar" data-label="(\w+)" data-value="(\d+)"', page))
    assert {name: int(rows) for name, rows in bars.items()} == expected
    assert "26\N{EN DASH}30 of" in page  # the second page of the 30 member rejects
    assert 'rel="prev" href="?table=members&amp;offset=0"' in page


def test_openapi_document_and_docs_page_are_served_offline(client: TestClient) -> None:
    document = client.get("/api/v1/openapi.json").json()
    assert set(document["paths"]) == {p for m, p in ROUTE_ACCESS if p.startswith("/api/v1/")} - {
        "/api/v1/openapi.json",
        "/api/v1/docs",
    }
    assert document["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    docs = client.get("/api/v1/docs").text
    assert "https://" not in docs, "the docs page must not load anything from the network"
    for asset in re.findall(r'(?:href|src)="(/static/[^"]+)"', docs):
        assert client.get(asset).status_code == 200


def test_pages_forbid_framing_and_foreign_scripts(client: TestClient) -> None:
    for path in ("/login", "/api/v1/docs", "/api/v1/openapi.json"):
        headers = client.get(path).headers
        policy = headers["content-security-policy"]
        assert "frame-ancestors 'none'" in policy
        assert (
            "script-src 'self';" in policy and "unsafe-inline" not in policy.split("script-src")[1]
        )
        assert headers["x-content-type-options"] == "nosniff"
        assert "camera=()" in headers["permissions-policy"]
        assert "strict-transport-security" not in headers, "HSTS only over TLS"
    docs = client.get("/api/v1/docs").text
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", docs), "no inline script"


def test_tls_answers_carry_hsts(served: tuple[Store, world.World]) -> None:
    with TestClient(create_app(served[0]), base_url="https://testserver") as secure:
        for path in ("/login", "/api/v1/openapi.json", "/static/style.css"):
            assert "max-age=31536000" in secure.get(path).headers["strict-transport-security"]


def test_a_store_without_members_still_serves_admins(tmp_path: Path) -> None:
    from sellindex.store.accounts import add_user, create_token

    with open_store(tmp_path / "empty.duckdb", create=True) as store:
        add_user(store, "root@example.com", "admin", None, world.PASSWORD)
        token, _ = create_token(store, "root@example.com")
        with TestClient(create_app(store)) as fresh:
            headers = {"Authorization": f"Bearer {token}"}
            assert fresh.get("/api/v1/members", headers=headers).json()["total"] == 0
            rejects = fresh.get("/api/v1/rejects", headers=headers).json()
            assert rejects == {"table": None, "total": 0, "limit": 50, "offset": 0, "rows": []}


@pytest.mark.parametrize("role", ROLES)
def test_scope_filters_any_member_column(served: tuple[Store, world.World], role: str) -> None:
    """`member_filter` narrows a table by any member-id column, here activity's actor."""
    from sellindex.service.scope import Scope

    store, built = served
    user = find_user(store, built.emails[role])
    assert user is not None
    scope = Scope.for_user(store, user)
    for member_id in world.NAMES:
        assert scope.can_see_member(member_id) == (member_id in world.VISIBLE[role])
    assert not scope.can_see_member(world.OUTSIDER["admin"])
    activity = store.table("activity")
    actors = activity.filter(scope.member_filter(activity.member_id)).member_id.to_pyarrow()
    everyone = {2, 3, 6}  # the actors in the world's activity rows
    assert set(actors.to_pylist()) == everyone & world.VISIBLE[role]


def _snapshot(store: Store, member_id: int) -> dict[str, float]:
    row = store.con.execute(
        "SELECT total, brand, find, engage, relationships FROM ssi_snapshots"
        " WHERE member_id = ? ORDER BY as_of DESC LIMIT 1",
        [member_id],
    ).fetchone()
    assert row is not None
    return dict(
        zip(("total", "brand", "find", "engage", "relationships"), map(float, row), strict=True)
    )


@pytest.mark.parametrize("role", ROLES)
def test_index_is_the_latest_snapshot_explained(
    served: tuple[Store, world.World], client: TestClient, role: str
) -> None:
    store, _ = served
    for member_id in world.VISIBLE[role]:
        card = client.get(f"/api/v1/members/{member_id}/index", headers=_bearer(served, role))
        assert card.status_code == 200
        body = card.json()
        expected = _snapshot(store, member_id)
        assert body["total"] == expected["total"]
        assert {p["pillar"]: p["points"] for p in body["pillars"]} == {
            p: expected[p] for p in ("brand", "find", "engage", "relationships")
        }
        assert sum(s["points"] for s in body["signals"]) == pytest.approx(body["total"])
        assert [h["as_of"] for h in body["history"]] == [d.isoformat() for d in world.SCORED_DATES]
        assert {r["group"] for r in body["ranks"]} == {"industry", "network", "team"}
        industry = next(r for r in body["ranks"] if r["group"] == "industry")
        assert industry["size"] == len(world.MEMBERS)  # everyone is in software
        team = next(r for r in body["ranks"] if r["group"] == "team")
        named = store.con.execute(
            "SELECT t.name FROM members m JOIN teams t USING (team_id) WHERE m.member_id = ?",
            [member_id],
        ).fetchone()
        assert team["label"] == (named[0] if named else "no team")  # a name, not an id


def test_index_as_of_an_earlier_scoring_date_with_ranks_and_readings_in_its_history(
    served: tuple[Store, world.World], client: TestClient
) -> None:
    store, _ = served
    headers = _bearer(served, "manager")
    second = world.SCORED_DATES[1]
    on_a_later_day = (second + timedelta(days=3)).isoformat()
    card = client.get(f"/api/v1/members/2/index?as_of={on_a_later_day}", headers=headers).json()
    assert card["as_of"] == second.isoformat(), "the last scoring date on or before the day"
    row = store.con.execute(
        "SELECT total::DOUBLE, industry_rank, industry_size FROM ssi_snapshots"
        " WHERE member_id = 2 AND as_of = ?",
        [second],
    ).fetchone()
    assert card["total"] == row[0]
    first = card["history"][0]
    assert first["industry_top_percent"] is not None and first["official"] is None
    assert {h["as_of"] for h in card["history"]} == {d.isoformat() for d in world.SCORED_DATES}
    before = client.get("/api/v1/members/2/index?as_of=2020-01-01", headers=headers)
    assert before.status_code == 404 and "on or before 2020-01-01" in before.json()["detail"]
    outside = client.get("/api/v1/members/2/index?as_of=1800-01-01", headers=headers)
    assert outside.status_code == 400 and "`as_of`" in outside.json()["detail"]

    page = client.get(f"/members/2/index?as_of={second}", headers=headers).text
    assert f'<option value="{second}" selected>' in page
    assert page.count('class="small-chart"') >= 4 and 'id="rank-history"' in page
    latest = world.SCORED_DATES[-1]
    assert (
        f'<a href="?as_of={world.SCORED_DATES[0]}">4 weeks earlier</a>'
        in client.get("/members/2/index", headers=headers).text
    ), f"four weeks before {latest}"


def test_the_index_page_reads_signals_and_pillars_by_their_labels_in_their_units(
    served: tuple[Store, world.World], client: TestClient
) -> None:
    """Signals by the catalogue's labels with values as `show` writes them, names kept in
    `data-signal`; next actions name their signal; chart tooltips in points."""
    headers = _bearer(served, "manager")
    card = client.get("/api/v1/members/2/index", headers=headers).json()
    page = client.get("/members/2/index", headers=headers).text
    rows = re.findall(
        r'<tr data-signal="([^"]+)"><td>(.*?)</td><td>(.*?)</td>\s*<td class="num">(.*?)</td>',
        page,
    )
    assert [name for name, *_ in rows] == [s["signal"] for s in card["signals"]]
    for s, (_, label, pillar, value) in zip(card["signals"], rows, strict=True):
        info = metric(s["signal"], "signal")
        assert label.endswith(f">{info.label}</a>") and pillar == PILLAR_LABELS[s["pillar"]]
        if not s["note"]:
            assert value == signal_value(s["raw"], s["trials"], info.unit), s["signal"]
    actions = re.findall(r'<li data-signal="([^"]+)">.*?<span[^>]*data-label>([^<]+)</span>', page)
    assert actions == [
        (a["signal"], metric(a["signal"], "signal").label) for a in card["next_actions"]
    ]
    for p in card["pillars"]:
        label, points = PILLAR_LABELS[p["pillar"]], format_value(p["points"], "points")
        assert f"<title>{label}: {points}</title>" in page


def test_official_readings_are_drawn_beside_the_estimate(
    served: tuple[Store, world.World], client: TestClient
) -> None:
    store, _ = served
    headers = _bearer(served, "manager")
    day = world.SCORED_DATES[-1]
    store.con.execute("CREATE TEMP TABLE saved AS SELECT * FROM ssi_readings")
    try:
        store.con.execute(
            "INSERT INTO ssi_readings (member_id, as_of, total, brand, find, engage,"
            " relationships) VALUES (2, ?, 40.5, 12.5, 8, 10, 10)",
            [day - timedelta(days=2)],
        )
        service.CARDS.clear()
        card = client.get("/api/v1/members/2/index", headers=headers).json()
        official = card["history"][-1]["official"]
        assert official["total"] == 40.5 and official["brand"] == 12.5
        page = client.get("/members/2/index", headers=headers).text
        assert (
            'data-series="Official" data-label="' + day.isoformat() + '" data-value="40.5"' in page
        )
    finally:
        store.con.execute("DELETE FROM ssi_readings")
        store.con.execute("INSERT INTO ssi_readings SELECT * FROM saved")
        store.con.execute("DROP TABLE saved")
        service.CARDS.clear()


def test_a_rate_with_nothing_to_measure_says_so_on_the_api_and_the_page(
    served: tuple[Store, world.World], client: TestClient
) -> None:
    noted = []
    for member_id in sorted(world.VISIBLE["admin"]):
        body = client.get(f"/api/v1/members/{member_id}/index", headers=_bearer(served, "admin"))
        for signal in body.json()["signals"]:
            if signal["trials"] == 0:
                assert signal["points"] == 0 and signal["note"], signal
                noted.append((member_id, signal["note"]))
            else:
                assert signal["note"] is None, signal
    assert noted, "the test world has members who sent no invitations"
    member_id, note = noted[0]
    client.cookies.clear()
    client.cookies.update(_session_cookies(served, "admin"))
    page = client.get(f"/members/{member_id}/index")
    client.cookies.clear()
    assert page.status_code == 200 and note in page.text


def test_team_board_ranks_the_team_from_the_snapshots(
    served: tuple[Store, world.World], client: TestClient
) -> None:
    store, _ = served
    headers = _bearer(served, "manager")
    board = client.get("/api/v1/teams/10", headers=headers).json()
    totals = {m: _snapshot(store, m)["total"] for m in (1, 2, 3)}  # team 10; 4 has no team
    assert [r["member_id"] for r in board["rows"]] == sorted(totals, key=lambda m: -totals[m])
    assert board["total"] == 3 and board["name"] == "North"
    assert board["averages"]["total"] == round(sum(totals.values()) / 3, 2)
    assert sum(b["members"] for b in board["distribution"]) == 3
    assert [t["as_of"] for t in board["trend"]] == [d.isoformat() for d in world.SCORED_DATES]
    assert all(r["change"] == 0 for r in board["rows"]), "the world's activity is older than April"
    average = sum(totals.values()) / 3
    assert {r["member_id"]: r["vs_average"] for r in board["rows"]} == {
        m: round(t - round(average, 2), 2) for m, t in totals.items()
    }
    assert board["graded"]["by"] == "all", "no rep closes five deals in a month or a quarter"
    assert {r["member_id"]: r["grade"] for r in board["rows"]} == {1: None, 2: "-", 3: "-"}

    page = client.get("/teams/10", headers=headers).text
    assert re.search(r'<th scope="col" class="num" aria-sort="descending"><a [^>]*>Index', page)
    assert page.count("aria-sort=") == 1
    assert re.search(r'data-member-id="1" class="is-manager">.*?role-manager', page, re.S)
    assert '<tr id="team-average">' in page and f"{round(average, 2):.2f}" in page
    flipped = client.get("/teams/10?sort=name&order=asc", headers=headers).text
    assert 'aria-sort="ascending"><a href="?sort=name&amp;order=desc" data-sort="name">' in flipped

    by_name = client.get("/api/v1/teams/10?sort=name&order=asc&limit=2", headers=headers).json()
    assert [r["name"] for r in by_name["rows"]] == ["Ada Northcott", "Ben Northwood"]
    second = client.get("/api/v1/teams/10?sort=name&order=asc&limit=2&offset=2", headers=headers)
    assert [r["name"] for r in second.json()["rows"]] == ["Cyd Northam"]
    assert second.json()["total"] == 3

    teams = client.get("/api/v1/teams", headers=headers).json()
    assert [t["team_id"] for t in teams["teams"]] == [10]
    everyone = client.get("/api/v1/teams", headers=_bearer(served, "admin")).json()
    assert [(t["team_id"], t["size"]) for t in everyone["teams"]] == [(10, 3), (20, 3)]


def test_rep_numbers_are_hand_checkable(
    served: tuple[Store, world.World], client: TestClient
) -> None:
    """Rep 2 won 1,000 in March and lost a deal in April; rep 3 (same team) won 4,000 in April."""
    numbers = client.get("/api/v1/reps/2?by=month", headers=_bearer(served, "member")).json()
    assert numbers["grading_reason"] is None, "a period asked for is not chosen"
    grades = {g["period"][:7]: g for g in numbers["grades"]}
    assert (grades["2025-03"]["won_deals"], grades["2025-03"]["booked_revenue"]) == (1, 1000)
    assert (grades["2025-04"]["lost_deals"], grades["2025-04"]["win_rate"]) == (1, 0)
    assert grades["2025-04"]["grade"] == "-", "one deal is not enough for a grade"
    april = {m["metric"]: m for m in numbers["metrics"] if m["period"].startswith("2025-04")}
    assert april["booked_revenue"]["value"] == 0
    assert april["booked_revenue"]["team_median"] == 2000  # median of 0 and 4,000
    assert april["won_deals"]["team_percentile"] == 50
    won = [t for t in numbers["trends"] if t["metric"] == "won_deals"]
    assert won and won[0]["previous_value"] == 1 and won[0]["value"] == 0
    member = _bearer(served, "member")
    window = "from=2025-01-01&to=2025-06-30"
    quarters = client.get(f"/api/v1/reps/2?by=quarter&{window}", headers=member).json()
    assert [(g["period"][:7], g["closed_deals"]) for g in quarters["grades"]] == [
        ("2025-01", 1),
        ("2025-04", 1),
    ]
    pooled = client.get(f"/api/v1/reps/2?by=all&{window}", headers=member).json()
    assert [g["closed_deals"] for g in pooled["grades"]] == [2]


def test_rep_page_grades_over_a_period_long_enough_and_says_why(
    served: tuple[Store, world.World], client: TestClient
) -> None:
    """No rep of the small world closes five deals in a month or a quarter, so by default the
    whole window is graded, and the page says so; a grade that is missing says why."""
    member = _bearer(served, "member")
    chosen = client.get("/api/v1/reps/2", headers=member).json()
    assert chosen["window"]["by"] == "all"
    assert chosen["grading_reason"] == (
        "by month only 0% of the reps who closed deals in the latest complete month reached the "
        "5 closed deals a grade needs; by quarter only 0% of the reps who closed deals in the "
        "latest complete quarter reached the 5 closed deals a grade needs; so the whole window "
        "is graded at once"
    )
    page = client.get("/reps/2", headers=member).text
    assert 'id="grading-reason"' in page and "so the whole window is graded at once" in page
    assert "not graded: 2 closed deals in this period, and a grade needs 5" in page
    last_month = max(row["period"] for row in chosen["metrics"])[:10]
    assert f"Micro-metrics in the latest month, starting {last_month}" in page
    monthly = client.get("/reps/2?by=month&from=2025-01-01&to=2025-01-31", headers=member).text
    assert "Not graded: no closed deal of this rep in the graded period" in monthly


@pytest.mark.parametrize("family", ["engagement", "growth", "ads"])
def test_kpis_page_through_periods(
    served: tuple[Store, world.World], client: TestClient, family: str
) -> None:
    headers = _bearer(served, "manager")
    full = client.get(f"/api/v1/kpis/{family}?by=week", headers=headers).json()
    assert full["family"] == family and full["definitions"]
    page = client.get(f"/api/v1/kpis/{family}?by=week&limit=1&offset=1", headers=headers).json()
    assert page["total"] == full["total"]
    assert page["rows"] == full["rows"][1:2]


def test_kpi_definitions_carry_their_label_unit_and_direction(
    served: tuple[Store, world.World], client: TestClient
) -> None:
    """The API keeps machine names in its rows; its definitions say how a person reads them."""
    answer = client.get("/api/v1/kpis/growth", headers=_bearer(served, "manager")).json()
    definitions = {d["name"]: d for d in answer["definitions"]}
    assert set(definitions) <= set(answer["rows"][0])
    assert definitions["logins_per_member"] == {
        "name": "logins_per_member",
        "label": "Logins per member",
        "unit": "rate",
        "definition": "logins / members",
        "higher_is_better": True,
    }
    assert definitions["stickiness"]["unit"] == "share"
    assert all(d["label"] and d["unit"] in UNITS for d in definitions.values())


def test_glossary_defines_every_metric_for_every_role(
    served: tuple[Store, world.World], client: TestClient
) -> None:
    page = client.get("/glossary", headers=_bearer(served, "member")).text
    for entry in catalogue():
        block = re.search(rf'<div id="{entry.key}"[^>]*>(.*?)</div>', page, re.S)
        assert block, entry.key
        assert escape(entry.label) in block.group(1), entry.key
        assert escape(entry.formula) in block.group(1), entry.key
        assert f'href="#unit-{entry.unit}"' in block.group(1), entry.key
    assert '<div id="unit-share"><dt>Share</dt>' in page and "Shown as 48.4%, 0.5%, 0.048%." in page


def test_metric_names_on_pages_are_labels_that_link_their_definition(
    served: tuple[Store, world.World], client: TestClient
) -> None:
    headers = _bearer(served, "manager")
    kpis = client.get("/kpis", headers=headers).text
    stickiness = metric("stickiness")
    hover = escape(explanation(stickiness))
    link = f'<a class="term" href="/glossary#kpi-stickiness" title="{hover}">'
    assert f"{link}{escape(stickiness.label)}</a>" in kpis
    assert 'title="Sign-ins per member on the network: logins / members">Logins per member' in kpis
    assert "logins per member</th>" not in kpis, "no machine name as a header"
    rep_page = client.get("/reps/2", headers=headers).text
    assert '<a class="term" href="/glossary#kpi-speed_to_lead_median_h"' in rep_page
    assert "speed to lead median h" not in rep_page.lower()
    people = client.get("/members", headers=headers).text
    assert '<option value="ic">Individual contributor</option>' in people


def test_growth_kpis_count_the_worlds_logins(
    served: tuple[Store, world.World], client: TestClient
) -> None:
    rows = client.get(
        "/api/v1/kpis/growth?from=2025-03-01&to=2025-03-31", headers=_bearer(served, "admin")
    ).json()["rows"]
    assert [(r["period"][:7], r["logins"]) for r in rows] == [("2025-03", 1)]


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        ("/api/v1/teams/10?sort=height", 422, "total"),
        ("/api/v1/teams/10?order=up", 422, "asc"),
        ("/api/v1/kpis/weather", 422, "engagement"),
        ("/api/v1/kpis/ads?by=year", 422, "quarter"),
        ("/api/v1/kpis/ads?from=2025-13-01", 422, "month"),
        ("/api/v1/kpis/ads?from=2025-05-01&to=2025-04-01", 400, "before"),
        ("/api/v1/reps/2?by=week", 422, "month"),
        ("/api/v1/reps/2?from=2025-05-01&to=2025-04-01", 400, "before"),
        ("/api/v1/members/999999/index", 404, "no member"),
        ("/api/v1/teams/abc", 422, "integer"),
    ],
)
def test_bad_input_on_new_routes_is_a_clear_4xx(
    served: tuple[Store, world.World], client: TestClient, url: str, status: int, message: str
) -> None:
    response = client.get(url, headers=_bearer(served, "admin"))
    assert response.status_code == status, response.text
    assert message in response.text


def test_a_member_without_scores_gets_a_404_that_says_so(tmp_path: Path) -> None:
    from sellindex.store.accounts import add_user, create_token

    with open_store(tmp_path / "unscored.duckdb", create=True) as store:
        world.fill(store)
        add_user(store, "root@example.com", "admin", None, world.PASSWORD)
        token, _ = create_token(store, "root@example.com")
        with TestClient(create_app(store)) as fresh:
            headers = {"Authorization": f"Bearer {token}"}
            response = fresh.get("/api/v1/members/2/index", headers=headers)
            assert response.status_code == 404 and "no scores yet" in response.json()["detail"]
            board = fresh.get("/api/v1/teams/10", headers=headers).json()
            assert board["rows"] == [] and board["as_of"] is None


@pytest.mark.parametrize(
    "url",
    [
        *(f"/kpis?by={grain}" for grain in ("day", "week", "month", "quarter")),
        "/kpis?from=2025-03-01&to=2025-04-30&by=week",
        *(f"/reps/2?by={grain}" for grain in ("month", "quarter", "all")),
        *(f"/teams/10?sort={key}&order=asc" for key in service.LEADERBOARD_SORTS),
        "/members/2/index",
        "/",
        "/teams",
    ],
)
def test_every_page_option_renders(
    served: tuple[Store, world.World], client: TestClient, url: str
) -> None:
    """Pages are not fuzzed: each picker choice is opened once, as the manager."""
    client.cookies.clear()
    client.cookies.update(_session_cookies(served, "manager"))
    response = client.get(url)
    assert response.status_code in (200, 303), response.text[-500:]
    assert "<svg" in response.text or response.status_code == 303


def test_a_period_picker_sent_with_empty_fields_means_no_bound(
    served: tuple[Store, world.World], client: TestClient
) -> None:
    """A form sends its empty date fields as `from=&to=`: that is "not given", never a 422."""
    client.cookies.update(_session_cookies(served, "admin"))
    for path in ("/kpis?from=&to=&by=month", "/reps/2?from=&to=&by=month", "/insights?from=&team="):
        assert client.get(path).status_code == 200, path


def test_people_are_searched_filtered_and_sorted_within_scope(
    served: tuple[Store, world.World], client: TestClient
) -> None:
    manager = _bearer(served, "manager")

    def ids(query: str, headers: dict[str, str] = manager) -> list[int]:
        answer = client.get(f"/api/v1/members?{query}", headers=headers)
        assert answer.status_code == 200, answer.text
        return [m["member_id"] for m in answer.json()["members"]]

    assert sorted(ids("q=NORTH")) == [1, 2, 3], "name, title or company, any case"
    assert ids("q=%25") == [] and ids("q=_") == [], "% and _ are matched literally"
    assert ids("q=partner") == [4], "a title matches"
    assert sorted(ids("team=10")) == [1, 2, 3]
    assert ids("seniority=manager") == [1]
    assert ids("q=north&sort=name&order=desc") == [3, 2, 1]
    assert ids("sort=name") == [1, 2, 3, 4]
    assert ids("q=south", _bearer(served, "admin")) == [5, 6, 7]
    assert ids("q=south") == [], "people outside the scope are never found"
    listed = client.get("/api/v1/members?q=ben", headers=manager).json()["members"][0]
    assert (listed["team_name"], listed["manager_name"]) == ("North", "Ada Northcott")
    assert listed["latest_index"] is not None
    own = client.get("/api/v1/members/2", headers=_bearer(served, "member")).json()
    assert own["team_name"] == "North" and own["manager_name"] is None, (
        "the manager is out of scope"
    )
    assert client.get("/api/v1/members?sort=height", headers=manager).status_code == 422

    page = client.get("/members?q=north&seniority=ic&sort=name&order=asc", headers=manager).text
    assert re.findall(r'<tr data-member-id="(\d+)"', page) == ["2", "3"]
    assert (
        'aria-sort="ascending"><a href="?q=north&amp;seniority=ic&amp;sort=name&amp;order=desc"'
        in page
    )
    assert '<option value="ic" selected>' in page and 'value="north"' in page


def test_admin_home_is_an_overview_of_everyone(
    served: tuple[Store, world.World], client: TestClient
) -> None:
    store, _ = served
    page = client.get("/", headers=_bearer(served, "admin")).text
    assert "<h1>Overview</h1>" in page
    latest = world.SCORED_DATES[-1]
    scored = store.con.execute(
        "SELECT count(*), round(avg(total::DOUBLE), 2) FROM ssi_snapshots WHERE as_of = ?",
        [latest],
    ).fetchone()
    assert f'<span data-field="scored">{scored[0]}</span>' in page
    assert f'<span data-field="average">{scored[1]:.2f}</span>' in page
    columns = re.findall(r'<g class="column" data-label="[^"]+" data-value="(\d+)"', page)
    assert sum(int(c) for c in columns) == scored[0] and len(columns) == 10
    assert re.findall(r'<tr data-team-id="(\d+)">', page) == ["10", "20"]
    assert ">Ada Northcott</a>" in page and ">Eve Southgate</a>" in page, "managers by name"
    rejected = store.con.execute("SELECT count(*) FROM rejects").fetchone()[0]
    assert f'<dd data-field="rejected"><a href="/data#rejects">{rejected:,}</a>' in page
    assert f"{latest} <span" in page, "the last scoring run"
    assert "<h1>Overview</h1>" not in client.get("/", headers=_bearer(served, "manager")).text


def test_kpis_page_fills_in_the_window_shown_and_offers_presets(
    served: tuple[Store, world.World], client: TestClient
) -> None:
    store, _ = served
    first, last = store.con.execute(
        "SELECT min(occurred_at)::DATE, max(occurred_at)::DATE FROM activity"
    ).fetchone()
    headers = _bearer(served, "manager")
    page = client.get("/kpis", headers=headers).text
    assert f'name="from" value="{first}"' in page and f'name="to" value="{last}"' in page
    presets = dict(re.findall(r'<a href="\?(from=[^"]+)"[^>]*>([^<]+)</a>', page))
    by_label = {label: query.replace("&amp;", "&") for query, label in presets.items()}
    assert by_label["Everything"] == f"from={first}&to={last}&by=quarter"
    year = f"from={last.year}-01-01&to={last}&by=month"
    assert by_label["Year to date"] == year
    chosen = client.get(f"/kpis?{year}", headers=headers).text
    assert 'aria-current="true">Year to date</a>' in chosen
    assert f"Showing {last.year}-01-01 to {last}, by month." in chosen
