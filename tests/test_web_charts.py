"""The pages' SVG charts: round ticks, values in their unit as the command line prints them,
part-periods marked, text that stays readable on a phone."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from sellindex.interfaces.formatting import format_value
from sellindex.interfaces.web.charts import (
    PHONE_CARD_PX,
    PHONE_TEXT_PX,
    bar_chart,
    column_chart,
    gauge,
    heat_map,
    line_chart,
    nice_ticks,
    phone_text,
    tick_labels,
)
from sellindex.metrics.kpis.periods import Window


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (0, 100, [0, 50, 100]),
        (0, 11.43, [0, 5, 10, 15]),
        (0, 0.0137, [0, 0.005, 0.01, 0.015]),
        (3, 7, [2, 4, 6, 8]),
        (0, 1, [0, 0.5, 1]),
    ],
)
def test_ticks_are_round_and_cover_the_values(low, high, expected) -> None:
    assert nice_ticks(low, high) == pytest.approx(expected)


def _texts(svg: str, css_class: str) -> list[str]:
    return re.findall(rf'<text class="{css_class}"[^>]*>([^<]*)</text>', svg)


def test_percent_chart_shows_percentages_in_ticks_tooltips_and_name() -> None:
    svg = str(line_chart([("2025-01", 0.005), ("2025-02", 0.0125)], title="CTR", chart_id="c",
                         unit="share"))  # fmt: skip
    assert _texts(svg, "axis-label")[:4] == ["0%", "0.5%", "1%", "1.5%"]
    assert "<title>2025-01: 0.5%</title>" in svg
    assert 'aria-label="CTR: 2025-01 0.5%; 2025-02 1.2%"' in svg


def test_unfinished_periods_are_hollow_on_a_dashed_line_and_named() -> None:
    points = [("Q1", 10.0), ("Q2", 12.0), ("Q3", 1.0)]
    svg = str(line_chart(points, title="Deals", chart_id="d", unit="count", incomplete_from=2))
    assert svg.count('class="point incomplete"') == 1
    assert "<title>Q3: 1 (period not over)</title>" in svg
    assert 'class="line incomplete"' in svg
    assert "(1 period not over)" in svg
    whole = str(line_chart(points, title="Deals", chart_id="d", unit="count"))
    assert "incomplete" not in whole


def test_charts_leave_room_for_labels_at_phone_size() -> None:
    width = 480
    units = phone_text(width)
    assert units * PHONE_CARD_PX / width == pytest.approx(PHONE_TEXT_PX, abs=0.1)
    svg = str(bar_chart([("Relationships", 3.0), ("Brand", 25.0)], title="P", chart_id="p",
                        unit="points", width=width, maximum=25))  # fmt: skip
    assert f'font-size="{units:g}"' in svg
    first_bar = float(re.search(r'<rect x="([\d.]+)"', svg).group(1))
    assert first_bar >= len("Relationships") * 0.55 * units


def test_heat_map_has_a_legend_and_values_in_its_name() -> None:
    svg = str(heat_map([("Ann", [10.0, 2.5])], ["Brand", "Engage"], title="Pillars",
                       chart_id="h", unit="points"))  # fmt: skip
    assert 'class="legend"' in svg
    legend = svg[svg.index('class="legend"') :]
    assert re.findall(r">(\d+)</text>", legend) == ["0", "5", "10", "15", "20", "25"]
    assert 'aria-label="Pillars: Ann, Brand 10.00; Ann, Engage 2.50"' in svg


@pytest.mark.parametrize(
    ("grain", "start", "end"),
    [
        ("month", datetime(2025, 11, 1), datetime(2025, 12, 1)),
        ("month", datetime(2025, 12, 1), datetime(2026, 1, 1)),
        ("quarter", datetime(2025, 10, 1), datetime(2026, 1, 1)),
        ("week", datetime(2025, 3, 3), datetime(2025, 3, 10)),
    ],
)
def test_period_end_follows_the_calendar(grain, start, end) -> None:
    assert Window(grain=grain).next_period(start) == end


def test_first_unfinished_period() -> None:
    window = Window(grain="month")
    periods = [datetime(2025, 3, 1), datetime(2025, 4, 1), datetime(2025, 5, 1)]
    assert window.first_unfinished(periods, datetime(2025, 5, 3, 0, 0, 0, 1)) == 2
    assert window.first_unfinished(periods, datetime(2025, 6, 1)) == 3
    assert window.first_unfinished(periods, None) == 3


def test_an_axis_with_a_fixed_top_ends_on_a_round_tick_there() -> None:
    svg = str(line_chart([("a", 3.0), ("b", 4.0)], title="Brand", chart_id="b", unit="points",
                         high=25))  # fmt: skip
    assert _texts(svg, "axis-label")[:6] == ["0", "5", "10", "15", "20", "25"]


def test_other_series_are_drawn_with_a_legend_and_named() -> None:
    svg = str(line_chart([("w1", 10.0), ("w2", 12.0)], title="Index", chart_id="i",
                         unit="points", name="Estimate",
                         others=[("Official", [None, 14.5])]))  # fmt: skip
    assert svg.count('class="point"') == 2 and svg.count('class="mark series-1"') == 1
    assert 'data-series="Official" data-label="w2" data-value="14.5"' in svg
    assert "Official, w2: 14.50" in svg and ". Official: w2 14.50" in svg
    assert ">Estimate</text>" in svg and ">Official</text>" in svg
    alone = str(line_chart([("w1", 1.0)], title="I", chart_id="i", unit="points",
                           others=[("O", [None])]))  # fmt: skip
    assert 'class="legend"' not in alone, "a series without values is left out"


@pytest.mark.parametrize(
    ("unit", "value"),
    [("money", 12300.0), ("money", 2.345), ("hours", 6.0), ("days", 42.5), ("share", 0.4837),
     ("rate", 0.0048), ("points", 63.25), ("count", 1234.0)],
)  # fmt: skip
def test_every_chart_writes_values_in_their_unit_as_the_cli_does(unit, value) -> None:
    """Tooltips, accessible names and value labels use the one formatter."""
    text = format_value(value, unit)
    marks = [("a", value)]
    for svg in (
        str(bar_chart(marks, title="T", chart_id="b", unit=unit)),
        str(column_chart(marks, title="T", chart_id="c", unit=unit)),
        str(line_chart(marks, title="T", chart_id="l", unit=unit)),
        str(heat_map([("a", [value])], ["x"], title="T", chart_id="h", unit=unit)),
    ):
        assert f"{text}</title>" in svg and f"T: a{', x' if 'heat' in svg else ''} {text}" in svg
    assert f"<title>T: {text} of" in str(gauge(value, title="T", chart_id="g", unit=unit))


def test_ticks_are_as_round_as_they_are() -> None:
    assert tick_labels([0, 0.5, 1, 2500], "count") == ["0", "0.5", "1", "2,500"]
    assert tick_labels([0, 0.005, 0.01, 0.025], "share") == ["0%", "0.5%", "1%", "2.5%"]
