"""Every page, for every role, at a desktop and a phone width: nothing overflows sideways, and
axe-core finds no serious or critical accessibility violation.

axe-core comes from the npm registry (`package.json`; `make test` installs it into
node_modules/). Outside CI a machine without it skips the accessibility half.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from e2e.test_browser import _sign_in, browser, server, shots  # noqa: F401  (fixtures)

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
if os.environ.get("CI") and not AXE.exists():
    raise RuntimeError("CI needs axe-core in node_modules/ (make test runs npm install)")

WIDTHS = {"desktop": 1280, "phone": 390}

PAGES = {
    "member": ["/", "/members/2", "/reps/2", "/glossary"],
    "manager": [
        "/",
        "/teams",
        "/teams/10",
        "/reps/2",
        "/members",
        "/members/3",
        "/kpis",
        "/insights",
        "/glossary",
    ],
    "admin": [
        "/",
        "/members/1/index",
        "/teams",
        "/teams/20",
        "/reps/6",
        "/members",
        "/members/8",
        "/kpis",
        "/insights",
        "/data",
        "/glossary",
    ],
}
"""The pages each role can open (ids from the e2e world: the member is 2, the manager 1)."""

pytestmark = pytest.mark.slow


def _overflow(page) -> list[str]:
    """Elements whose right edge lies beyond the viewport, or that the page scrolls sideways for."""
    return page.evaluate(
        """() => {
          const width = document.documentElement.clientWidth;
          const wide = [];
          if (document.documentElement.scrollWidth > width + 1)
            wide.push(`page is ${document.documentElement.scrollWidth}px wide`);
          for (const el of document.querySelectorAll('body *')) {
            const box = el.getBoundingClientRect();
            if (box.width === 0 || box.right <= width + 1) continue;
            let clipped = false;
            for (let up = el.parentElement; up; up = up.parentElement) {
              const style = getComputedStyle(up);
              if (['auto', 'scroll', 'hidden'].includes(style.overflowX)) { clipped = true; break; }
            }
            if (!clipped) wide.push(`${el.tagName.toLowerCase()}#${el.id}.${el.className}`);
          }
          return wide.slice(0, 8);
        }"""
    )


def _small_text(page) -> list[str]:
    """Chart text drawn below 10 px on screen (an SVG scaled down to fit a phone)."""
    return page.evaluate(
        """() => [...document.querySelectorAll('svg.chart text')]
          .filter(t => t.getBoundingClientRect().height > 0)
          .map(t => [t.textContent, t.getBoundingClientRect().height])
          .filter(([, h]) => h < 10)
          .slice(0, 5)
          .map(([text, h]) => `${text}: ${h.toFixed(1)}px`)"""
    )


def _axe(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async () => {
          const found = await axe.run(document, {resultTypes: ['violations']});
          return found.violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target).join(' ')}`);
        }"""
    )
    return list(result)


@pytest.fixture
def sized(browser, server, request) -> Iterator[object]:  # noqa: F811
    context = browser.new_context(viewport={"width": request.param, "height": 860}, bypass_csp=True)
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("sized", list(WIDTHS.values()), ids=list(WIDTHS), indirect=True)
@pytest.mark.parametrize("role", list(PAGES))
def test_every_page_fits_and_passes_axe(sized, server, role: str, shots) -> None:  # noqa: F811
    base, _ = server
    page = sized
    _sign_in(page, server, role)
    width = page.viewport_size["width"]
    problems: dict[str, dict[str, list[str]]] = {}
    for path in PAGES[role]:
        response = page.goto(base + path)
        assert response is not None and response.status == 200, (role, path)
        found = {"overflow": _overflow(page), "tiny chart text": _small_text(page)}
        if AXE.exists():
            found["axe"] = _axe(page)
        found = {kind: items for kind, items in found.items() if items}
        if found:
            problems[path] = found
        if width < 500:
            name = path.strip("/").replace("/", "-") or "home"
            page.screenshot(path=str(shots / f"phone-{role}-{name}.png"), full_page=True)
    assert not problems, json.dumps(problems, indent=1)


def test_login_page_fits_a_phone(browser, server) -> None:  # noqa: F811
    base, _ = server
    context = browser.new_context(viewport={"width": 390, "height": 860}, bypass_csp=True)
    page = context.new_page()
    page.goto(base + "/login")
    assert not _overflow(page)
    if AXE.exists():
        assert not _axe(page)
    context.close()
