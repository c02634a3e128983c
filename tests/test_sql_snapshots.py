"""The SQL every index and KPI expression compiles to, per dialect, checked into
tests/snapshots/sql/<dialect>/<expression>.sql: a change in the SQL an engine is asked to run
shows up in review as a diff, like a change in code.

After changing a definition (or Ibis or sqlglot), rewrite the snapshots and read the diff:

    .venv/bin/pytest tests/test_sql_snapshots.py --update-sql-snapshots

What a dialect's compiler cannot express is listed in `NOT_IMPLEMENTED` with the reason; no
snapshot is kept for it, and the test checks that it still fails (strict xfail).
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import ibis
import pytest

from sellindex.store.engines import spark_available
from sql_expressions import DIALECTS, EXPRESSIONS

SNAPSHOTS = Path(__file__).parent / "snapshots" / "sql"
NOT_IMPLEMENTED: dict[tuple[str, str], str] = {
    ("trino", "kpis_reps"): "Trino has no exact median (only approx_percentile)",
    ("trino", "kpis_reps_team_comparison"): "Trino has no exact median (only approx_percentile)",
    ("trino", "grade_inputs"): "Trino has no exact median (only approx_percentile)",
}
"""(dialect, expression) -> why that dialect cannot compile it."""
DIFF_LINES = 80


_EXCLUDE = re.compile(r"EXCLUDE \(([^)]*)\)")


def _sorted_excludes(sql: str) -> str:
    """DuckDB's EXCLUDE lists in name order: Ibis keeps dropped columns in a set, whose order
    changes from one run to the next and means nothing."""
    return _EXCLUDE.sub(lambda m: f"EXCLUDE ({', '.join(sorted(m.group(1).split(', ')))})", sql)


def compile_sql(name: str, dialect: str) -> str:
    """The expression's SQL in `dialect`; named expressions one after the other."""
    if dialect == "spark":
        ibis.pyspark  # noqa: B018 (the Spark compiler reads options this registers)
    built = EXPRESSIONS[name]()
    parts = built if isinstance(built, dict) else {"": built}
    return "".join(
        (f"-- {label}\n" if label else "")
        + _sorted_excludes(str(ibis.to_sql(expr, dialect=DIALECTS[dialect])))
        + "\n"
        for label, expr in parts.items()
    )


CASES = [
    pytest.param(
        dialect,
        name,
        id=f"{dialect}-{name}",
        marks=[pytest.mark.xfail(reason=NOT_IMPLEMENTED[dialect, name], strict=True)]
        if (dialect, name) in NOT_IMPLEMENTED
        else [],
    )
    for dialect in DIALECTS
    for name in EXPRESSIONS
]


@pytest.mark.parametrize(("dialect", "name"), CASES)
def test_sql_matches_the_snapshot(dialect: str, name: str, request: pytest.FixtureRequest) -> None:
    if dialect == "spark" and not spark_available():
        pytest.skip("the Spark compiler comes with the spark extra (pip install -e '.[spark]')")
    sql = compile_sql(name, dialect)
    path = SNAPSHOTS / dialect / f"{name}.sql"
    if request.config.getoption("--update-sql-snapshots"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(sql)
        return
    assert path.exists(), f"no snapshot {path}; write it with --update-sql-snapshots"
    expected = path.read_text()
    if sql != expected:
        diff = difflib.unified_diff(
            expected.splitlines(),
            sql.splitlines(),
            f"{path} (checked in)",
            "compiled now",
            lineterm="",
        )
        lines = list(diff)
        shown = "\n".join(lines[:DIFF_LINES])
        more = f"\n... {len(lines) - DIFF_LINES} more diff lines" if len(lines) > DIFF_LINES else ""
        pytest.fail(
            f"the {dialect} SQL of {name} changed; if that is intended, run pytest "
            "tests/test_sql_snapshots.py --update-sql-snapshots and review the diff:\n"
            f"{shown}{more}",
            pytrace=False,
        )


def test_every_snapshot_belongs_to_an_expression() -> None:
    """A snapshot left behind by a renamed or removed expression is stale."""
    kept = {(p.parent.name, p.stem) for p in SNAPSHOTS.glob("*/*.sql")}
    expected = {(d, n) for d in DIALECTS for n in EXPRESSIONS if (d, n) not in NOT_IMPLEMENTED}
    assert kept <= expected, f"stale snapshots: {sorted(kept - expected)}"
