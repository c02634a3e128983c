"""One formatter: a value reads the same on the command line, on the web and on the scorecard."""

from __future__ import annotations

import math
import re
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest
from fastapi.testclient import TestClient

from sellindex.interfaces.formatting import (
    MISSING,
    direction,
    explanation,
    format_value,
    signal_value,
)
from sellindex.interfaces.scorecard import build_scorecard
from sellindex.interfaces.web.app import create_app
from sellindex.metrics.catalogue import label, metric, unit
from sellindex.metrics.units import UNITS
from sellindex.store import open_store
from sellindex.store.accounts import add_user, create_token
from test_kpis_fixtures import build_sales_world


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (0.4837, "rate", "0.48"),
        (0.0048, "rate", "0.0048"),
        (-0.0048, "rate", "-0.0048"),
        (1e-9, "rate", "0.000000"),
        (0.0, "rate", "0.00"),
        (0.4837, "share", "48.4%"),
        (0.005, "share", "0.5%"),
        (0.00048, "share", "0.048%"),
        (0.0, "share", "0%"),
        (1.5, "share", "150.0%"),
        (-0.25, "share", "-25.0%"),
        (12.5, "share", "1,250.0%"),
        (0.00000001, "share", "<0.01%"),
        (12300.4, "money", "12,300"),
        (2.345, "money", "2.35"),
        (-1500, "money", "-1,500"),
        (0.0, "money", "0"),
        (1234, "count", "1,234"),
        (1234.0, "count", "1,234"),
        (12.34, "count", "12.3"),
        (0.04, "count", "0.040"),
        (6, "hours", "6.0 h"),
        (0.01, "hours", "0.010 h"),
        (42.25, "days", "42.2 d"),
        (Decimal("63.25"), "points", "63.25"),
        (None, "share", MISSING),
        (math.nan, "money", MISSING),
        (pd.NA, "count", MISSING),
    ],
)
def test_values_read_in_their_unit(value: object, unit: str, shown: str) -> None:
    assert format_value(value, unit) == shown


def test_every_unit_has_a_format() -> None:
    assert all(format_value(1.0, unit) for unit in UNITS)
    with pytest.raises(KeyError):
        format_value(1.0, "ratio")


def test_words_for_direction_and_meaning() -> None:
    assert direction(True) == "higher is better"
    assert direction(False) == "lower is better"
    assert direction(None) == "neither direction is better"
    assert explanation(metric("win_rate")) == (
        "Share of closed deals that were won: won / (won + lost)"
    )


SHOWN = ("speed_to_lead_median_h", "touches_to_win", "win_rate", "avg_deal_size")
"""Rep micro-metrics in four units (hours, rate, share, money), which the command line, the
pages and the scorecard once wrote four different ways."""


def _web_cells(page: str) -> dict[str, str]:
    row = r'<tr data-metric="(\w+)">\s*<td>.*?</td>\s*<td class="num"[^>]*>([^<]*)<'
    return dict(re.findall(row, page))


def _scorecard_cells(html: str) -> dict[str, str]:
    return dict(re.findall(r'<tr><td title="[^"]*">([^<]+)</td><td class="num">([^<]*)</td>', html))


def _cli_cells(out: str, member_id: int) -> set[str]:
    """The cells of a member's rows in every table the command printed."""
    cells: set[str] = set()
    for line in out.splitlines():
        parts = [p.strip() for p in re.split(r"[│┃]", line)]
        if len(parts) > 2 and parts[1] == str(member_id):
            cells.update(parts[2:])
    return cells


def test_one_value_reads_the_same_through_every_interface(run_cli, db_path: Path) -> None:
    with open_store(db_path, create=True) as store:
        build_sales_world(store)
        add_user(store, "admin@example.com", "admin", None, "a long enough password")
        token, _ = create_token(store, "admin@example.com", "formatting test")
    january = ("--from", "2024-01-01", "--to", "2024-01-31", "--by", "month")
    code, out, err = run_cli("kpis", "reps", "--db", str(db_path), *january)
    assert code == 0, err
    cli = _cli_cells(out, 1)
    with open_store(db_path, read_only=True) as store:
        scorecard = _scorecard_cells(build_scorecard(store, 1).html)
        with TestClient(create_app(store)) as client:
            headers = {"Authorization": f"Bearer {token}"}
            query = "from=2024-01-01&to=2024-01-31&by=month"
            numbers = client.get(f"/api/v1/reps/1?{query}", headers=headers).json()
            web = _web_cells(client.get(f"/reps/1?{query}", headers=headers).text)
    values = {m["metric"]: m["value"] for m in numbers["metrics"] if m["period"] >= "2024-01"}
    for name in SHOWN:
        shown = metric(name)
        expected = format_value(values[name], shown.unit)
        assert web[name] == expected, name
        assert scorecard[shown.label] == expected, name
        assert expected in cli, (name, expected, sorted(cli))
    assert web["speed_to_lead_median_h"] == "6.0 h" and web["touches_to_win"] == "3.00"


def test_a_signal_reads_in_its_unit_and_a_rate_as_its_two_numbers() -> None:
    assert signal_value(1234.0, None, unit("connections", "signal")) == "1,234"
    assert signal_value(2.0, 4.0, unit("response_rate", "signal")) == "2 of 4 (50.0%)"
    assert signal_value(3.0, 0.0, "share") == "3 of 0"
    assert signal_value(None, None, "count") == MISSING


def test_a_signal_of_a_custom_model_reads_as_its_name() -> None:
    assert label("response_rate", "signal") == "Response rate"
    assert (label("my_own_signal", "signal"), unit("my_own_signal", "signal")) == (
        "my own signal",
        "count",
    )
