"""Fuzz the API from its own OpenAPI document, and the pages from their declared parameters:
any input gets a documented answer, never a 500.

Schemathesis generates requests for every API operation, with valid and with invalid
parameters, and checks each answer against the document: status code declared, body matching
its schema, no server error. The pages are not in the document, so their query parameters are
read from the routes and filled with extreme dates and numbers, odd text and random values.
Examples per operation are capped so the run stays within seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import TypeVar

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy
from pydantic.fields import FieldInfo as ModelField

from e2e import world
from sellindex.interfaces.web import create_app
from sellindex.interfaces.web.auth import SESSION_COOKIE, StoreDep
from sellindex.metrics.kpis.periods import EARLIEST_DAY, LATEST_DAY
from sellindex.store import Store, open_store
from sellindex.store.accounts import create_session, find_user

Example = TypeVar("Example")
ROLES = ("member", "manager", "admin")
MODES = [schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE]
FUZZ = settings(
    max_examples=12, deadline=None, database=None, suppress_health_check=list(HealthCheck)
)


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FastAPI, dict[str, str]]]:
    built = world.build(tmp_path_factory.mktemp("fuzz") / "fuzz.duckdb")
    with open_store(built.path) as store:
        yield create_app(store), built.tokens


def _operations(app: FastAPI) -> list[schemathesis.APIOperation]:
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 6, "the API document lists fewer operations than expected"
    return operations


def _fuzz(strategy: SearchStrategy[Example], check: Callable[[Example], None]) -> None:
    @FUZZ
    @given(case=strategy)
    def run(case: Example) -> None:
        check(case)

    run()


def _as_every_role(
    case: schemathesis.Case, tokens: dict[str, str], mode: schemathesis.GenerationMode
) -> None:
    for role in ROLES:
        headers = {"Authorization": f"Bearer {tokens[role]}"}
        if mode is schemathesis.GenerationMode.POSITIVE and _dates_fit(case):
            case.call_and_validate(headers=headers)
            continue
        response = case.call(headers=headers)
        assert response.status_code < 500, (case.operation.label, response.text)
        assert response.status_code in (200, 400, 401, 403, 404, 422), case.operation.label


def _dates_fit(case: schemathesis.Case) -> bool:
    """Dates out of range, or `from` after `to`, fit the document (which can neither bound a
    date nor relate two parameters) but are a 400."""
    query = case.query or {}
    start, end = query.get("from"), query.get("to")
    bounds = (str(EARLIEST_DAY), str(LATEST_DAY))
    for value in (start, end):
        if isinstance(value, str) and not bounds[0] <= value <= bounds[1]:
            return False
    return not (isinstance(start, str) and isinstance(end, str) and start > end)


def _anonymously(case: schemathesis.Case) -> None:
    response = case.call()
    assert response.status_code in (401, 422), (case.operation.label, response.text)


@pytest.mark.slow
@pytest.mark.parametrize("mode", MODES, ids=lambda mode: mode.value)
def test_api_answers_every_generated_request(
    fuzzed: tuple[FastAPI, dict[str, str]], mode: schemathesis.GenerationMode
) -> None:
    """Each generated request is sent as every role: all get a documented answer, no 500."""
    app, tokens = fuzzed
    for operation in _operations(app):
        _fuzz(
            operation.as_strategy(generation_mode=mode),
            partial(_as_every_role, tokens=tokens, mode=mode),
        )


@pytest.mark.slow
def test_api_refuses_anonymous_requests(fuzzed: tuple[FastAPI, dict[str, str]]) -> None:
    app, _ = fuzzed
    for operation in _operations(app):
        _fuzz(operation.as_strategy(), _anonymously)


EXTREME_DATES = ["0001-01-01", "1899-12-31", "1900-01-01", "2199-12-31", "9999-12-31"]
EXTREME_INTS = [-(2**63), -1, 0, 1, 2**31, 2**63 - 1, 2**63, 10**30]
EXTREME_IDS = [*EXTREME_INTS, 2, 10]
ODD_TEXT = ["", " ", "%00", "\u202e", "'; DROP TABLE members; --", "x" * 5000, "1e309", "NaN"]
_ANY_VALUE = st.one_of(
    st.sampled_from(EXTREME_DATES + ODD_TEXT),
    st.sampled_from(EXTREME_INTS).map(str),
    st.dates().map(str),
    st.text(max_size=40),
)


def _page_routes(app: FastAPI) -> list[tuple[str, list[str]]]:
    """Every GET page (outside the API document) with the names of its query parameters."""
    found = []
    for route in iter_route_contexts(app.routes):
        path = str(getattr(route, "path", ""))
        dependant = getattr(route, "dependant", None)
        methods = getattr(route, "methods", None) or ()
        if dependant is None or "GET" not in methods or path.startswith(("/api/", "/static")):
            continue
        names = [param.alias for param in _query_params(dependant)]
        found.append((path, names))
    assert len(found) >= 9, "fewer pages than expected"
    return found


def _query_params(dependant: Dependant) -> list[ModelField]:
    params = list(dependant.query_params)
    for sub in dependant.dependencies:
        params += _query_params(sub)
    return params


def _page_requests(path: str, names: list[str]) -> SearchStrategy[tuple[str, dict[str, str]]]:
    """A page's URL with extreme identifiers, and any subset of its parameters with any value."""
    ids = st.sampled_from(EXTREME_IDS).map(str)
    urls = st.builds(
        lambda member, team: path.replace("{member_id}", member).replace("{team_id}", team),
        ids,
        ids,
    )
    query = st.fixed_dictionaries({}, optional=dict.fromkeys(names, _ANY_VALUE))
    return st.tuples(urls, query)


@pytest.mark.slow
@pytest.mark.parametrize("role", ROLES)
def test_pages_answer_any_parameter_without_a_server_error(
    fuzzed: tuple[FastAPI, dict[str, str]], role: str
) -> None:
    app, _ = fuzzed
    store: Store = app.state.store
    user = find_user(store, world.ACCOUNTS[role][0])
    assert user is not None
    with TestClient(app, follow_redirects=False) as client:
        client.cookies.set(SESSION_COOKIE, create_session(store, user))

        def check(request: tuple[str, dict[str, str]]) -> None:
            url, query = request
            response = client.get(url, params=query)
            assert response.status_code < 500, (url, query, response.text[:300])

        for path, names in _page_routes(app):
            _fuzz(_page_requests(path, names), check)


WINDOWED = ["/api/v1/reps/2", "/api/v1/kpis/growth", "/api/v1/kpis/engagement", "/reps/2", "/kpis"]


@pytest.mark.parametrize("path", WINDOWED)
@pytest.mark.parametrize("name", ["from", "to"])
@pytest.mark.parametrize("value", ["0001-01-01", "1899-12-31", "2200-01-01", "9999-12-31"])
def test_dates_no_data_could_cover_are_a_400_naming_the_parameter(
    fuzzed: tuple[FastAPI, dict[str, str]], path: str, name: str, value: str
) -> None:
    app, tokens = fuzzed
    with TestClient(app, follow_redirects=False) as client:
        if path.startswith("/api/"):
            response = client.get(
                path, params={name: value}, headers={"Authorization": f"Bearer {tokens['admin']}"}
            )
            detail = response.json()["detail"]
        else:
            user = find_user(app.state.store, world.ACCOUNTS["admin"][0])
            assert user is not None
            client.cookies.set(SESSION_COOKIE, create_session(app.state.store, user))
            response = client.get(path, params={name: value})
            detail = response.text
    assert response.status_code == 400, response.text
    assert f"`{name}` ({value})" in detail


def test_a_report_of_too_many_periods_is_refused(fuzzed: tuple[FastAPI, dict[str, str]]) -> None:
    """The request that cost 30 s and 1.2 GB: every day since the first date there is."""
    app, tokens = fuzzed
    with TestClient(app) as client:
        response = client.get(
            "/api/v1/kpis/growth",
            params={"from": "1900-01-01", "by": "day"},
            headers={"Authorization": f"Bearer {tokens['admin']}"},
        )
    assert response.status_code == 400
    assert "`by` day" in response.json()["detail"] and "5,000" in response.json()["detail"]


def test_a_query_over_its_time_budget_is_a_503(tmp_path: Path) -> None:
    built = world.build(tmp_path / "slow.duckdb")
    with open_store(built.path) as store:
        app = create_app(store, query_seconds=0.2)

        @app.get("/api/v1/slow", include_in_schema=False)
        def slow(store: StoreDep) -> dict[str, int]:
            row = store.con.execute(
                "SELECT count(*) FROM range(100000000) a, range(100000) b WHERE a.range = b.range"
            ).fetchone()
            return {"n": int(row[0]) if row else 0}

        with TestClient(app) as client:
            response = client.get("/api/v1/slow")
            assert response.status_code == 503
            assert "0.2 s budget" in response.json()["detail"]
            assert client.get("/api/v1/me", headers=_admin(built)).status_code == 200


def _admin(built: world.World) -> dict[str, str]:
    return {"Authorization": f"Bearer {built.tokens['admin']}"}
