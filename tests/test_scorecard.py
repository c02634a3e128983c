"""The rep scorecard is one self-contained page that shows the rep's own numbers."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from sellindex.errors import SellindexError
from sellindex.interfaces.scorecard import build_scorecard, write_scorecard
from sellindex.interfaces.scorecard.charts import interval_chart, line_chart
from test_kpis_fixtures import build_sales_world


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.references: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href", "xlink:href", "action") and value:
                self.references.append(value)


@pytest.fixture
def sales(store):
    build_sales_world(store)
    return store


def test_scorecard_is_self_contained(sales, tmp_path) -> None:
    out = tmp_path / "rep1.html"
    card = write_scorecard(sales, 1, out)
    html = out.read_text()
    parser = _Links()
    parser.feed(html)
    assert not [r for r in parser.references if re.match(r"(https?:)?//", r)]
    assert "<script" not in html and "<link" not in html
    assert "@import" not in html and "url(" not in html
    assert "http://" not in html and "https://" not in html
    assert parser.tags.count("svg") >= 5
    assert card.html == html


def test_scorecard_shows_the_reps_numbers(sales) -> None:
    html = build_scorecard(sales, 1).html
    assert "Member 1" in html and "North" in html
    assert "January 2024" in html
    text = re.sub(r"<[^>]+>", " ", html)
    # rep 1 in January: 6.0 h median speed to lead, 2 untouched leads, 50.0% win rate
    assert re.search(r"Speed to lead \(median hours\)\s+6\.0 h\s+5\.0 h", text)
    assert re.search(r"Win rate\s+50\.0%\s+75\.0%", text)
    assert re.search(r"Untouched leads\s+2\s+0", text)
    assert 'title="Share of closed deals that were won: won / (won + lost)"' in html
    assert "1 deals closed before they were created were excluded" in text
    assert "grades need at least 5 closed deals" in text


def test_scorecard_for_unknown_rep_is_a_user_error(sales) -> None:
    with pytest.raises(SellindexError, match="no member 42"):
        build_scorecard(sales, 42)


def test_scorecard_must_be_html(sales, tmp_path) -> None:
    with pytest.raises(SellindexError, match=r"\.html"):
        write_scorecard(sales, 1, tmp_path / "card.pdf")


def test_scorecard_escapes_names(sales) -> None:
    sales.con.execute("UPDATE members SET name = '<b>Evil</b>' WHERE member_id = 1")
    html = build_scorecard(sales, 1).html
    assert "<b>Evil</b>" not in html and "&lt;b&gt;Evil&lt;/b&gt;" in html


def test_charts_handle_missing_values() -> None:
    svg = line_chart(["a", "b", "c"], [1.0, None, 3.0], [None, None, None], str)
    assert svg.count("<polyline") == 2  # the gap splits the rep's line
    assert "no data yet" in line_chart([], [], [], str)
    empty = interval_chart(None, None, None, None, (0.0, 1.0), str)
    assert "<circle" not in empty and "<rect" not in empty
    assert 'aria-label="no estimate"' in empty


def test_an_interval_chart_says_its_numbers_to_a_screen_reader() -> None:
    svg = interval_chart(
        1.63, 1.1, 2.4, 1.0, (0.5, 2.0), lambda v: f"{v:.2f}", "no effect", name="Calls <won>"
    )
    said = "Calls &lt;won&gt;: estimate 1.63, interval 1.10 to 2.40, no effect 1.00"
    assert f'role="img" aria-label="{said}"><title>{said}</title>' in svg


def test_scorecard_without_enough_deals_to_coach_says_so(sales) -> None:
    card = build_scorecard(sales, 1)
    assert 'id="coaching"' in card.html and "No coaching point" in card.html
