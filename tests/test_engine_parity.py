"""One parity suite for the engines, in the style of ibis's backend tests.

One fixture, `engine`, is parametrised over the engines. Every index signal, pillar and rank,
every KPI family and the grade inputs are computed on each engine, over the hand-computed
fixture worlds and a generated 20k-member world read from Parquet, and compared row by row
with the store's own result (DuckDB, the reference): exact for keys, counts, points and ranks,
within 1e-9 for ratios and averages (float sums may add up in another order).

Spark runs in one local session for the whole test run, on two cores with two shuffle
partitions; all tests of this module run on one test worker (`ONE_WORKER_FILES` in
conftest.py), so there is never a second session. Without pyspark or Java the Spark half is
skipped, except in CI (`CI=true`), where a skip fails. Something an engine cannot do is marked
with `notimpl` (an expected failure, strict) in `NOT_IMPLEMENTED`, with the reason.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import ibis.expr.types as ir
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pytest

from sellindex.analysis.rep_statistics import rep_statistics_expr
from sellindex.metrics.kpis import (
    Window,
    ads,
    engagement,
    growth,
    rep_exclusions,
    rep_kpis,
    retention,
    social,
    with_team_comparison,
)
from sellindex.metrics.ssi.model import PILLARS, load_model
from sellindex.metrics.ssi.run import score_into_snapshots
from sellindex.schema import LOAD_ORDER
from sellindex.service.pipeline import bulk_load, generated_files
from sellindex.store import Store, open_store
from sellindex.store.engines import (
    Engine,
    TableSource,
    export_tables,
    open_engine,
    spark_available,
    spark_session,
)
from sellindex.store.snapshots import RANK_GROUPS, SNAPSHOT_COLUMNS
from test_kpis_fixtures import build_network_world, build_sales_world, insert, member, ts
from test_ssi import AS_OF as SSI_AS_OF
from test_ssi import build_world as build_ssi_world

pytestmark = pytest.mark.slow

ENGINES = ("duckdb", "spark")
TOLERANCE = 1e-9
SPARK_TEST_SETTINGS = {
    "spark.sql.shuffle.partitions": "2",
    "spark.default.parallelism": "2",
    "spark.ui.enabled": "false",
}
"""Small data on two cores: two shuffle partitions instead of Spark's 200, no web UI."""
GENERATED_MEMBERS = 20_000
MODEL = load_model()


def build_edges_world(store: Store) -> None:
    """The sales world plus the cases engines disagree on when a definition is careless:
    sub-second timestamps (a first touch 1.5 s after assignment, a deal open 16 days and
    23:59:59.75), a rep without a team, and six members with no activity, so every index
    ties and is ranked in an industry of six."""
    build_sales_world(store)
    insert(store, "members", [member(5, team_id=None), member(6, team_id=None)])
    insert(
        store,
        "leads",
        [
            {"lead_id": 90, "source": "inbound", "owner_id": 5,
             "created_at": ts("2024-01-15T09:00:00.250"),
             "assigned_at": ts("2024-01-15T09:00:00.250")},
        ],
    )  # fmt: skip
    insert(
        store,
        "opportunities",
        [
            {"opportunity_id": 95, "owner_id": 5, "lead_id": 90, "product": "core",
             "created_at": ts("2024-01-03T10:00:00.500"),
             "closed_at": ts("2024-01-20T10:00:00.250"), "outcome": "won", "amount": 500.0},
        ],
    )  # fmt: skip
    insert(
        store,
        "touches",
        [
            {"touch_id": 90, "rep_id": 5, "lead_id": 90, "channel": "email",
             "occurred_at": ts("2024-01-15T09:00:01.750")},
        ],
    )  # fmt: skip


@dataclass(frozen=True)
class World:
    name: str
    store: Path
    tables: Path
    window: Window
    weekly: Window
    as_of: date | None = None
    """The index is scored on this date (None: the world has no index to compare)."""


JAN_FEB_2024 = (datetime(2024, 1, 1), datetime(2024, 2, 29))
GENERATED_SPAN = (datetime(2026, 8, 1), datetime(2026, 10, 31))
HAND_WORLDS: dict[str, tuple[Callable[[Store], None], tuple[datetime, datetime], date | None]] = {
    "ssi": (build_ssi_world, (datetime(2026, 1, 1), datetime(2026, 3, 31)), SSI_AS_OF),
    "sales": (build_sales_world, JAN_FEB_2024, None),
    "network": (build_network_world, JAN_FEB_2024, None),
    "edges": (build_edges_world, JAN_FEB_2024, date(2024, 2, 29)),
}
WORLD_NAMES = (*HAND_WORLDS, "generated")


def _windows(span: tuple[datetime, datetime]) -> tuple[Window, Window]:
    return Window.from_dates(*span, "month"), Window.from_dates(*span, "week")


@pytest.fixture(scope="session")
def worlds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, World]:
    """Each world as a store (the reference) and as the Parquet tables the engines read."""
    root = tmp_path_factory.mktemp("worlds")
    found = {}
    for name, (build, span, as_of) in HAND_WORLDS.items():
        with open_store(root / f"{name}.duckdb", create=True) as store:
            build(store)
            export_tables(store, root / name, LOAD_ORDER)
        found[name] = World(name, root / f"{name}.duckdb", root / name, *_windows(span), as_of)
    found["generated"] = _generated_world(root)
    return found


def _generated_world(root: Path) -> World:
    from sellindex.sources.synth import SynthConfig, generate_world

    folder = root / "generated"
    generate_world(SynthConfig(members=GENERATED_MEMBERS, seed=11), folder)
    files, reason = generated_files(folder, LOAD_ORDER)
    assert files is not None, reason
    with open_store(root / "generated.duckdb", create=True) as store:
        bulk_load(store, files)
    monthly, weekly = _windows(GENERATED_SPAN)
    return World(
        "generated", root / "generated.duckdb", folder, monthly, weekly, date(2026, 10, 30)
    )


# ------------------------------------------------------------------------ engines


def _spark_missing() -> str | None:
    if not spark_available():
        return "pyspark is not installed (pip install -e '.[spark]')"
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        return "no Java on the PATH or in JAVA_HOME (Spark needs Java 17)"
    return None


def skip_or_fail(reason: str) -> None:
    """Skip locally; in CI a missing engine is a failure, not a quiet skip."""
    if os.environ.get("CI", "").lower() in ("true", "1"):
        pytest.fail(f"CI must run the Spark half of the parity suite: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    reason = _spark_missing()
    if reason:
        skip_or_fail(reason)
    session = spark_session("local[2]", SPARK_TEST_SETTINGS)
    yield session
    session.stop()


class EngineUnderTest:
    """One engine, opened once per world, with every result computed once and kept."""

    def __init__(self, name: str, session: Any, scratch: Path) -> None:
        self.name = name
        self.session = session
        self.scratch = scratch
        self._engines: dict[str, Engine] = {}
        self._results: dict[tuple[str, str], pa.Table] = {}

    def on(self, world: World) -> Engine:
        if world.name not in self._engines:
            self._engines[world.name] = open_engine(self.name, world.tables, session=self.session)
        return self._engines[world.name]

    def result(self, world: World, key: str, compute: Callable[[], pa.Table]) -> pa.Table:
        if (world.name, key) not in self._results:
            self._results[world.name, key] = compute()
        return self._results[world.name, key]

    def close(self) -> None:
        for engine in self._engines.values():
            engine.close()


@pytest.fixture(scope="session", params=ENGINES)
def engine(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[EngineUnderTest]:
    session = request.getfixturevalue("spark") if request.param == "spark" else None
    under_test = EngineUnderTest(request.param, session, tmp_path_factory.mktemp(request.param))
    yield under_test
    under_test.close()


NOT_IMPLEMENTED: dict[tuple[str, str], str] = {}
"""(engine, metric or "signal:<name>") -> why the engine cannot compute it. Empty: Spark
computes every metric once the definitions were made portable (see the README's engine
section); the dialect that cannot is Trino, marked in test_sql_snapshots.py."""


def notimpl(request: pytest.FixtureRequest, engine: EngineUnderTest, metric: str) -> None:
    """Expect the test to fail where `NOT_IMPLEMENTED` says the engine cannot do it; a pass
    then fails too, so the list never outlives the limitation."""
    reason = NOT_IMPLEMENTED.get((engine.name, metric))
    if reason:
        request.applymarker(pytest.mark.xfail(reason=reason, strict=True))


# ------------------------------------------------------------------------ comparison


def _sorted(table: pa.Table, keys: tuple[str, ...]) -> pa.Table:
    return table.sort_by([(k, "ascending", "at_end") for k in keys])


def _is_float(type_: pa.DataType) -> bool:
    return pa.types.is_floating(type_)


def _plain(type_: pa.DataType) -> pa.DataType:
    """A type without nullability or field names inside lists (Parquet writers differ)."""
    if pa.types.is_list(type_) or pa.types.is_large_list(type_):
        return pa.list_(_plain(type_.value_type))
    return type_


def _mismatches(expected: pa.ChunkedArray, actual: pa.ChunkedArray) -> np.ndarray:
    """Positions where two columns differ: floats beyond `TOLERANCE` (absolute, or relative
    to the larger value), everything else exactly; two empty values agree."""
    if _is_float(expected.type):
        a = expected.to_numpy(zero_copy_only=False).astype(np.float64)
        b = actual.to_numpy(zero_copy_only=False).astype(np.float64)
        close = np.isclose(a, b, rtol=TOLERANCE, atol=TOLERANCE) | (np.isnan(a) & np.isnan(b))
        return np.flatnonzero(~close)
    left, right = expected.to_pylist(), actual.to_pylist()
    return np.array([i for i, (x, y) in enumerate(zip(left, right, strict=True)) if x != y], int)


def assert_same_rows(
    expected: pa.Table, actual: pa.Table, keys: tuple[str, ...], columns: list[str] | None = None
) -> None:
    """Row by row: same columns and types, same keys, same values (see `_mismatches`)."""
    columns = columns or expected.column_names
    assert actual.column_names == expected.column_names
    for name in columns:
        assert actual.schema.field(name).type == expected.schema.field(name).type, name
    assert actual.num_rows == expected.num_rows, "a different number of rows"
    expected, actual = _sorted(expected, keys), _sorted(actual, keys)
    problems = []
    for name in dict.fromkeys([*keys, *columns]):
        wrong = _mismatches(expected[name], actual[name])
        if len(wrong):
            rows = [
                f"  {dict((k, expected[k][int(i)].as_py()) for k in keys)}: "
                f"expected {expected[name][int(i)].as_py()!r}, got {actual[name][int(i)].as_py()!r}"
                for i in wrong[:5]
            ]
            problems.append(f"{name}: {len(wrong)} rows differ\n" + "\n".join(rows))
    assert not problems, "\n".join(problems)


# ------------------------------------------------------------------------ the index


def _index_reference(world: World) -> pa.Table:
    """The store's snapshot of the index date: scored by the production path."""
    with open_store(world.store) as store:
        score_into_snapshots(store, MODEL, [world.as_of])
        rows = store.con.execute(
            f"SELECT {', '.join(SNAPSHOT_COLUMNS)} FROM ssi_snapshots WHERE as_of = ?",
            [world.as_of],
        ).to_arrow_table()
    return rows


_references: dict[tuple[str, str], pa.Table] = {}


def reference(world: World, key: str, compute: Callable[[], pa.Table]) -> pa.Table:
    if (world.name, key) not in _references:
        _references[world.name, key] = compute()
    return _references[world.name, key]


def _index_on(engine: EngineUnderTest, world: World) -> pa.Table:
    """The Parquet snapshot that `sellindex score --engine <engine> --tables --out` writes
    (Spark joins the test's running session)."""
    from sellindex.interfaces.cli import main

    out = engine.scratch / world.name
    args = ["score", "--engine", engine.name, "--tables", str(world.tables), "--out", str(out)]
    with pytest.raises(SystemExit) as exit_code:
        main([*args, "--as-of", f"{world.as_of}", "--json"])
    assert exit_code.value.code == 0
    return ds.dataset(out / "ssi_snapshots", format="parquet").to_table()


INDEX_WORLDS = [name for name in WORLD_NAMES if name == "generated" or HAND_WORLDS[name][2]]


def _index_pair(engine: EngineUnderTest, world_name: str, worlds: dict[str, World]):
    world = worlds[world_name]
    expected = reference(world, "index", lambda: _index_reference(world))
    actual = engine.result(world, "index", lambda: _index_on(engine, world))
    actual = actual.select(expected.column_names)
    for field in expected.schema:
        assert _plain(actual.schema.field(field.name).type) == _plain(field.type), field.name
    return expected, actual.cast(expected.schema)


@pytest.mark.parametrize("world_name", INDEX_WORLDS)
def test_index_snapshot_has_the_same_members_and_columns(
    engine: EngineUnderTest, world_name: str, worlds: dict[str, World]
) -> None:
    expected, actual = _index_pair(engine, world_name, worlds)
    assert actual.num_rows == expected.num_rows > 0
    assert_same_rows(
        expected, actual, ("member_id",), ["as_of", "model_version", "industry", "team_id"]
    )


def _element(table: pa.Table, column: str, position: int) -> pa.ChunkedArray:
    return pc.list_element(table[column], position)


@pytest.mark.parametrize("signal", [s.name for s in MODEL.signals])
@pytest.mark.parametrize("world_name", INDEX_WORLDS)
def test_every_index_signal(
    engine: EngineUnderTest,
    world_name: str,
    signal: str,
    worlds: dict[str, World],
    request: pytest.FixtureRequest,
) -> None:
    """The raw value, the trials (rates) and the points of one signal, member by member."""
    notimpl(request, engine, f"signal:{signal}")
    expected, actual = _index_pair(engine, world_name, worlds)
    position = [s.name for s in MODEL.signals].index(signal)

    def one_signal(table: pa.Table) -> pa.Table:
        return pa.table(
            {
                "member_id": table["member_id"],
                **{
                    c: _element(table, c, position)
                    for c in ("signal_raw", "signal_trials", "signal_points")
                },
            }
        )

    assert_same_rows(one_signal(expected), one_signal(actual), ("member_id",))


@pytest.mark.parametrize("pillar", [*PILLARS, "total"])
@pytest.mark.parametrize("world_name", INDEX_WORLDS)
def test_every_pillar_and_the_total(
    engine: EngineUnderTest, world_name: str, pillar: str, worlds: dict[str, World]
) -> None:
    expected, actual = _index_pair(engine, world_name, worlds)
    assert_same_rows(expected, actual, ("member_id",), [pillar])


@pytest.mark.parametrize("group", RANK_GROUPS)
@pytest.mark.parametrize("world_name", INDEX_WORLDS)
def test_every_rank(
    engine: EngineUnderTest, world_name: str, group: str, worlds: dict[str, World]
) -> None:
    """Rank and group size exactly, the group's average within the tolerance."""
    expected, actual = _index_pair(engine, world_name, worlds)
    columns = [f"{group}_rank", f"{group}_size", f"{group}_avg"]
    assert_same_rows(expected, actual, ("member_id",), columns)


# ------------------------------------------------------------------------ KPIs and grades


@dataclass(frozen=True)
class Metric:
    name: str
    keys: tuple[str, ...]
    build: Callable[[TableSource, World], ir.Table]
    worlds: tuple[str, ...]


SALES = ("edges", "generated")
"""The edge-case world holds the hand-made sales world and more; only the cheapest family
runs on the sales world alone as well (each Spark query costs seconds, whatever its size)."""
NETWORK = ("network", "generated")
METRICS = (
    Metric("engagement by post", ("content_id", "period"),
           lambda s, w: engagement(s, w.window, "post"), NETWORK),
    Metric("engagement by team", ("team_id", "period"),
           lambda s, w: engagement(s, w.window, "team"), NETWORK),
    Metric("growth", ("period",), lambda s, w: growth(s, w.window, "all"), NETWORK),
    Metric("growth by week and industry", ("industry", "period"),
           lambda s, w: growth(s, w.weekly, "industry"), NETWORK),
    Metric("retention", ("cohort", "periods_since_signup"),
           lambda s, w: retention(s, w.window, "all"), NETWORK),
    Metric("retention by week", ("cohort", "periods_since_signup"),
           lambda s, w: retention(s, w.weekly, "all"), NETWORK),
    Metric("ads", ("campaign_id", "period"), lambda s, w: ads(s, w.window, "campaign"), NETWORK),
    Metric("social", ("member_id", "period"), lambda s, w: social(s, w.window, "member"),
           NETWORK),
    Metric("rep micro-metrics", ("member_id", "period"),
           lambda s, w: rep_kpis(s, w.window, "member"), ("sales", *SALES)),
    Metric("rep micro-metrics by team", ("team_id", "period"),
           lambda s, w: rep_kpis(s, w.window, "team"), SALES),
    Metric("grade inputs", ("member_id", "period"),
           lambda s, w: rep_statistics_expr(s, w.window), SALES),
)  # fmt: skip
METRIC_CASES = [
    pytest.param(m, w, id=f"{m.name.replace(' ', '_')}-{w}") for m in METRICS for w in m.worlds
]


@pytest.mark.parametrize(("metric", "world_name"), METRIC_CASES)
def test_every_kpi_family_and_grade_input(
    engine: EngineUnderTest,
    metric: Metric,
    world_name: str,
    worlds: dict[str, World],
    request: pytest.FixtureRequest,
) -> None:
    notimpl(request, engine, metric.name)
    world = worlds[world_name]

    def on_store() -> pa.Table:
        with open_store(world.store, read_only=True) as store:
            return metric.build(store, world).to_pyarrow()

    expected = reference(world, metric.name, on_store)
    source = engine.on(world)
    actual = engine.result(world, metric.name, lambda: source.to_arrow(metric.build(source, world)))
    assert expected.num_rows > 0, "a parity test over no rows proves nothing"
    assert_same_rows(expected, actual, metric.keys)


@pytest.mark.parametrize("world_name", SALES)
def test_team_comparison(
    engine: EngineUnderTest, world_name: str, worlds: dict[str, World]
) -> None:
    """Team medians and percentiles over each engine's own rep micro-metrics, held once: Spark
    would compute them three times over (the long form, the medians, the percentiles)."""
    world = worlds[world_name]

    def on_store() -> pa.Table:
        with open_store(world.store, read_only=True) as store:
            return with_team_comparison(rep_kpis(store, world.window)).to_pyarrow()

    def on_engine() -> pa.Table:
        source = engine.on(world)
        with source.materialized(rep_kpis(source, world.window)) as per_rep:
            return source.to_arrow(with_team_comparison(per_rep))

    expected = reference(world, "team comparison", on_store)
    actual = engine.result(world, "team comparison", on_engine)
    assert_same_rows(expected, actual, ("member_id", "period", "metric"))


@pytest.mark.parametrize("world_name", SALES)
def test_rows_left_out_by_the_data_rules(
    engine: EngineUnderTest, world_name: str, worlds: dict[str, World]
) -> None:
    world = worlds[world_name]
    with open_store(world.store, read_only=True) as store:
        expected = rep_exclusions(store, world.window)
    assert rep_exclusions(engine.on(world), world.window) == expected


def test_bench_times_both_engines_and_checks_spark_against_the_store(
    engine: EngineUnderTest, worlds: dict[str, World], tmp_path: Path
) -> None:
    """`bench --engine spark`'s engine case, on the edge-case world."""
    if engine.name != "spark":
        pytest.skip("the engine case compares Spark with DuckDB")
    from sellindex.bench.engines import Places, bench_engines

    world = worlds["edges"]
    reference(world, "index", lambda: _index_reference(world))
    with open_store(world.store, read_only=True) as store:
        tables = str(world.tables)
        places = Places(tables, str(tmp_path / "duckdb"), tables, str(tmp_path / "spark"))
        case = bench_engines(
            store, places, MODEL, world.as_of, lambda _: None, "local[2]", {},
            session=engine.session,
        )  # fmt: skip
    assert case["agree"], case
    assert case["members_compared"] == 6
    assert case["duckdb_seconds"] > 0 and case["spark_seconds"] > 0
