"""The service layer's typed answers and the API's documented schemas describe the same shapes,
and every interface reaches the service rather than computing its own answer."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import get_type_hints

import pytest

from sellindex.interfaces.web import models
from sellindex.service import results

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "sellindex"


@pytest.mark.parametrize(
    ("answer", "schema"),
    [
        (results.MemberCard, models.MemberIndex),
        (results.TeamBoard, models.TeamBoard),
        (results.RepNumbers, models.RepNumbers),
        (results.KpiTable, models.KpiPage),
        (results.GradedPeriod, models.GradedPeriod),
    ],
    ids=lambda t: t.__name__,
)
def test_each_typed_answer_is_what_the_api_documents(answer: type, schema: type) -> None:
    assert set(get_type_hints(answer)) == {
        field.alias or name for name, field in schema.model_fields.items()
    }


def test_the_insights_answer_is_the_analysis_report_plus_scope_and_names() -> None:
    from dataclasses import fields

    from sellindex.analysis.insights import InsightsReport

    reported = {f.name for f in fields(InsightsReport)}
    assert set(get_type_hints(results.Insights)) == reported | {"scope", "scope_label", "names"}


WEB = PACKAGE / "interfaces" / "web"


@pytest.mark.parametrize("path", [WEB / "pages.py", WEB / "api.py"], ids=lambda p: p.name)
def test_pages_and_routes_run_no_sql_of_their_own(path: Path) -> None:
    """What a page shows is computed in the service layer; the web only translates."""
    tree = ast.parse(path.read_text())
    executes = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr in ("execute", "sql", "raw_sql", "table", "con", "backend")
    ]
    assert not executes, f"{path.name} queries the store itself at lines {executes}"
