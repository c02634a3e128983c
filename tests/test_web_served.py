"""The app as `sellindex serve` runs it: the store read-only, sessions in their own file, each
caller's answers replayed, several server processes at once."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient

from e2e import world
from sellindex.interfaces.web import create_app
from sellindex.interfaces.web.answer_cache import CACHE_HEADER
from sellindex.interfaces.web.auth import CSRF_COOKIE, SESSION_COOKIE
from sellindex.interfaces.web.background import ServerDidNotStart, background_server
from sellindex.store import open_store

ROUTES = {
    "member": ["/api/v1/me", "/api/v1/members/2/index", "/api/v1/reps/2"],
    "manager": ["/api/v1/teams/10", "/api/v1/kpis/engagement?by=month", "/api/v1/members"],
    "admin": ["/api/v1/teams", "/api/v1/members/6/index", "/api/v1/status"],
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> world.World:
    return world.build(tmp_path_factory.mktemp("served") / "served.duckdb")


@pytest.fixture(scope="module")
def writable_answers(built: world.World) -> dict[tuple[str, str], object]:
    """What the app answers on a writable store, where nothing is replayed."""
    answers = {}
    with open_store(built.path) as store, TestClient(create_app(store)) as client:
        for role, paths in ROUTES.items():
            for path in paths:
                response = client.get(path, headers=_bearer(built, role))
                assert response.status_code == 200 and CACHE_HEADER not in response.headers
                answers[role, path] = response.json()
    return answers


@pytest.fixture
def served(built: world.World, writable_answers: object) -> Iterator[TestClient]:
    with (
        open_store(built.path, read_only=True) as store,
        TestClient(create_app(store), follow_redirects=False) as client,
    ):
        yield client


def _bearer(built: world.World, role: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {built.tokens[role]}"}


def test_answers_equal_the_writable_stores_and_repeats_are_replayed(
    built: world.World, served: TestClient, writable_answers: dict[tuple[str, str], object]
) -> None:
    for (role, path), expected in writable_answers.items():
        first = served.get(path, headers=_bearer(built, role))
        again = served.get(path, headers=_bearer(built, role))
        assert first.status_code == again.status_code == 200
        assert CACHE_HEADER not in first.headers and again.headers[CACHE_HEADER] == "hit"
        assert first.json() == again.json() == expected, (role, path)
        assert again.headers["content-security-policy"] == first.headers["content-security-policy"]


def test_a_replayed_answer_never_reaches_another_caller(
    built: world.World, served: TestClient
) -> None:
    path = "/api/v1/members/3/index"  # the member's teammate: the admin sees it, they may not
    for _ in range(2):
        assert served.get(path, headers=_bearer(built, "admin")).status_code == 200
    for _ in range(2):
        refused = served.get(path, headers=_bearer(built, "member"))
        assert refused.status_code == 404 and CACHE_HEADER not in refused.headers
    for _ in range(2):
        assert served.get(path, headers={"Authorization": "Bearer si_made-up"}).status_code == 401


def _sign_in(client: httpx.Client | TestClient, role: str) -> str:
    client.get("/login")
    response = client.post(
        "/login",
        data={
            "email": world.ACCOUNTS[role][0],
            "password": world.PASSWORD,
            "csrf_token": client.cookies[CSRF_COOKIE],
            "next": "/",
        },
    )
    assert response.status_code == 303, response.text
    return client.cookies[SESSION_COOKIE]


def test_sign_in_and_out_work_on_a_read_only_store_and_end_replays(
    built: world.World, served: TestClient
) -> None:
    served.cookies.clear()
    cookie = _sign_in(served, "manager")
    assert served.get("/api/v1/me").json()["role"] == "manager"
    assert served.get("/api/v1/me").headers[CACHE_HEADER] == "hit"
    assert (
        served.post("/logout", data={"csrf_token": served.cookies[CSRF_COOKIE]}).status_code == 303
    )
    served.cookies.set(SESSION_COOKIE, cookie)
    assert served.get("/api/v1/me").status_code == 401


@pytest.mark.slow
def test_several_server_processes_share_sessions(built: world.World) -> None:
    with background_server(built.path, workers=2) as server:
        base = server.base_url
        with httpx.Client(base_url=base, follow_redirects=False) as browser:
            cookie = _sign_in(browser, "member")
            csrf = browser.cookies[CSRF_COOKIE]
        # a new connection each time, so both processes answer some of them
        signed_in = [_me(base, cookie) for _ in range(24)]
        assert signed_in == [200] * 24
        with httpx.Client(base_url=base, cookies={SESSION_COOKIE: cookie, CSRF_COOKIE: csrf}) as b:
            assert b.post("/logout", data={"csrf_token": csrf}).status_code == 303
        assert [_me(base, cookie) for _ in range(24)] == [401] * 24
        # the store is only read: commands that read it run beside the server
        with open_store(built.path, read_only=True) as store:
            assert store.con.execute("SELECT count(*) FROM members").fetchone() == (8,)


@pytest.mark.slow
def test_a_token_revoked_beside_a_running_server_stops_working_at_once(
    built: world.World,
) -> None:
    from sellindex.store.accounts import create_token, revoke_token

    with open_store(built.path, read_only=True) as store:
        token, info = create_token(store, world.ACCOUNTS["admin"][0], "revoked soon")
    headers = {"Authorization": f"Bearer {token}"}
    with (
        background_server(built.path, workers=2) as server,
        httpx.Client(base_url=server.base_url) as client,
    ):
        assert all(client.get("/api/v1/status", headers=headers).status_code == 200
                   for _ in range(4))  # fmt: skip
        with open_store(built.path, read_only=True) as store:
            revoke_token(store, info.token_id)
        answers = [client.get("/api/v1/status", headers=headers).status_code for _ in range(8)]
        assert answers == [401] * 8


@pytest.mark.slow
def test_serve_comes_up_beside_busy_processes_and_logs_its_workers(built: world.World) -> None:
    """Two CPU-bound processes beside a two-process server: it must answer, with no worker
    killed for being slow to start."""
    burners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)]
    try:
        with background_server(built.path, workers=2, deadline_s=60) as server:
            answered_after = time.monotonic() - server.started_at
            assert httpx.get(server.base_url + "/login").status_code == 200
            time.sleep(1)  # a worker killed by the health check would show up by now
            output = server.output()
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()
    assert output.count("server process") >= 2 and "ready" in output, output
    assert "died" not in output and "not ready in time" not in output, output
    print(f"serve answered {answered_after:.1f} s after start beside two busy processes")


def test_a_server_that_cannot_start_fails_fast_with_its_output(tmp_path: Path) -> None:
    """The failure the test suite used to hang on: it is reported, and nothing is left."""
    with (
        pytest.raises(ServerDidNotStart, match="no store at"),
        background_server(tmp_path / "missing.duckdb", deadline_s=30),
    ):
        pass


def _me(base: str, cookie: str) -> int:
    with httpx.Client(base_url=base, cookies={SESSION_COOKIE: cookie}) as fresh:
        return fresh.get("/api/v1/me").status_code


def _api_get_routes(client: TestClient) -> list[str]:
    """Every GET route of the API, with identifiers the admin may see and the member may not."""
    paths = []
    for route in iter_route_contexts(client.app.routes):  # type: ignore[attr-defined]
        path = str(getattr(route, "path", ""))
        if path.startswith("/api/v1/") and "GET" in (getattr(route, "methods", None) or ()):
            if path.endswith(("/openapi.json", "/docs")):
                continue
            paths.append(
                path.replace("{member_id}", "3")
                .replace("{team_id}", "10")
                .replace("{family}", "engagement")
            )
    return sorted(paths)


def _two_credentials(built: world.World, cookie: str) -> list[list[tuple[str, str]]]:
    member, admin = _bearer(built, "member"), _bearer(built, "admin")
    return [
        [("Authorization", member["Authorization"]), ("Authorization", admin["Authorization"])],
        [("Authorization", admin["Authorization"]), ("Cookie", f"{SESSION_COOKIE}={cookie}")],
        [("Cookie", f"{SESSION_COOKIE}={cookie}; {SESSION_COOKIE}=another")],
        [("Cookie", f"{SESSION_COOKIE}={cookie}"), ("Cookie", f"{SESSION_COOKIE}=another")],
    ]


def test_two_credentials_are_refused_on_every_route_and_never_replay(
    built: world.World,
    served: TestClient,
    writable_answers: dict[tuple[str, str], object],
) -> None:
    """The leak this guards against: a request carrying the admin's and a member's credential
    stored the admin's answer under the member's key, and the member then read it."""
    served.cookies.clear()
    cookie = _sign_in(served, "member")
    served.cookies.clear()
    routes = _api_get_routes(served)
    assert len(routes) >= 10
    for path in routes:
        for headers in _two_credentials(built, cookie):
            for _ in range(2):
                refused = served.get(path, headers=headers)
                assert refused.status_code == 400, (path, headers, refused.text)
                assert "one credential" in refused.json()["detail"]
                assert CACHE_HEADER not in refused.headers
        as_member = served.get(path, headers=_bearer(built, "member"))
        as_admin = served.get(path, headers=_bearer(built, "admin"))
        assert as_member.status_code in (200, 403, 404), path
        if as_member.status_code == 200 and as_admin.status_code == 200:
            member_only = path in ("/api/v1/me", "/api/v1/members")
            assert member_only or as_member.json() != as_admin.json(), path
    for (role, path), expected in writable_answers.items():
        assert served.get(path, headers=_bearer(built, role)).json() == expected, (role, path)
    page = served.get("/", headers=_two_credentials(built, cookie)[1])
    assert page.status_code == 400


def test_accounts_changed_on_a_running_server_take_effect_at_once(
    built: world.World, served: TestClient
) -> None:
    from sellindex.store.accounts import (
        add_user,
        create_token,
        remove_user,
        revoke_token,
        update_user,
    )

    served.cookies.clear()
    with open_store(built.path, read_only=True) as store:
        add_user(store, "temp@example.com", "admin", None, world.PASSWORD)
        token, info = create_token(store, "temp@example.com")
    headers = {"Authorization": f"Bearer {token}"}
    assert served.get("/api/v1/status", headers=headers).status_code == 200
    assert served.get("/api/v1/status", headers=headers).headers[CACHE_HEADER] == "hit"
    with open_store(built.path, read_only=True) as store:
        update_user(store, "temp@example.com", role="member", member_id=2)
    demoted = served.get("/api/v1/status", headers=headers)
    assert demoted.status_code == 403 and CACHE_HEADER not in demoted.headers
    assert served.get("/api/v1/me", headers=headers).json()["role"] == "member"
    with open_store(built.path, read_only=True) as store:
        revoke_token(store, info.token_id)
    assert served.get("/api/v1/me", headers=headers).status_code == 401
    with open_store(built.path, read_only=True) as store:
        token, _ = create_token(store, "temp@example.com")
        remove_user(store, "temp@example.com")
    assert served.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_a_role_change_ends_the_accounts_sessions(built: world.World, served: TestClient) -> None:
    from sellindex.store.accounts import update_user

    served.cookies.clear()
    with open_store(built.path, read_only=True) as store:
        from sellindex.store.accounts import add_user

        add_user(store, "moving@example.com", "manager", 1, world.PASSWORD)
    served.get("/login")
    signed_in = served.post(
        "/login",
        data={
            "email": "moving@example.com",
            "password": world.PASSWORD,
            "csrf_token": served.cookies[CSRF_COOKIE],
        },
    )
    assert signed_in.status_code == 303
    assert served.get("/api/v1/me").json()["role"] == "manager"
    with open_store(built.path, read_only=True) as store:
        update_user(store, "moving@example.com", role="member", member_id=2)
    assert served.get("/api/v1/me").status_code == 401
    served.cookies.clear()


def test_guessing_passwords_is_throttled_and_logged(
    built: world.World, served: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    served.cookies.clear()
    served.get("/login")
    csrf = served.cookies[CSRF_COOKIE]
    email = world.ACCOUNTS["manager"][0]
    statuses = []
    with caplog.at_level("WARNING", logger="sellindex"):
        for attempt in range(200):
            answer = served.post(
                "/login",
                data={"email": email, "password": f"guess {attempt}", "csrf_token": csrf},
            )
            statuses.append(answer.status_code)
    assert statuses[:5] == [401] * 5, "a few mistakes are free"
    assert statuses.count(401) <= 7 and statuses.count(429) >= 190
    refused = served.post(
        "/login", data={"email": email, "password": world.PASSWORD, "csrf_token": csrf}
    )
    assert refused.status_code == 429 and "Too many failed sign-ins" in refused.text
    assert int(refused.headers["retry-after"]) >= 1
    assert sum("failed sign-in" in r.getMessage() for r in caplog.records) == statuses.count(401)
    assert any("throttled" in r.getMessage() for r in caplog.records)
    from sellindex.store.account_book import AccountBook

    with AccountBook(built.path).transaction() as con:  # let the account sign in again
        con.execute("DELETE FROM sign_in_failures")
    ok = served.post(
        "/login", data={"email": email, "password": world.PASSWORD, "csrf_token": csrf}
    )
    assert ok.status_code == 303
    served.cookies.clear()
