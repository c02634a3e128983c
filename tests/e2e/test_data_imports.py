"""The Data page in a real browser after a data archive was imported: the report of what the
archive held (the one `sellindex doctor` gives) is shown after its files are gone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from archive_fixtures import ARCHIVE_2024, write_zip
from e2e import world
from e2e.test_browser import _api, _sign_in, browser, page, pytestmark, shots
from sellindex.ingest.crm_import import import_export
from sellindex.interfaces.web.background import background_server
from sellindex.store import open_store

__all__ = ["browser", "page", "pytestmark", "shots"]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, world.World]]:
    folder = tmp_path_factory.mktemp("e2e-imports")
    built = world.build(folder / "e2e.duckdb")
    export = write_zip(folder / "Complete_LinkedInDataExport_03-24-2024.zip", ARCHIVE_2024)
    with open_store(built.path) as store:
        import_export(store, export)
    export.unlink()
    with background_server(built.path, deadline_s=60) as served:
        yield served.base_url, built


def test_the_data_page_shows_what_the_archive_held(page, server, shots: Path) -> None:
    _sign_in(page, server, "admin", "/data")
    (report,) = _api(server, "admin", "/imports")
    card = page.locator('#imports article[data-kind="archive"]')
    assert card.locator("[data-format]").inner_text() == report["format"] == "2024-2026"
    assert card.locator("[data-part]").inner_text() == "Complete"
    roles = card.locator(".import-files tbody tr").evaluate_all(
        "rows => rows.map(r => r.dataset.role)"
    )
    assert roles == [f["role"] for f in report["files"]]
    unfed = [s["name"] for s in report["coverage"]["index"]["signals"] if not s["fed"]]
    shown = card.locator(".import-feeds tr[data-signal]").evaluate_all(
        "rows => rows.map(r => r.dataset.signal)"
    )
    assert shown == unfed
    assert "81 of 100 points can have data" in card.inner_text()
    card.scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "data-imports.png"), full_page=True)
