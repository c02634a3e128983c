"""The package's folders follow the data flow; a lower layer never imports an upper one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "sellindex"

LAYERS = {
    "schema": 0,
    "errors": 0,
    "store": 1,
    "sources": 2,
    "ingest": 3,
    "metrics": 4,
    "analysis": 5,
    "service": 6,
    "bench": 7,
    "interfaces": 8,
}


def _layer_of(module_parts: tuple[str, ...]) -> int | None:
    return LAYERS.get(module_parts[0]) if module_parts else None


def _imported_sellindex_modules(tree: ast.AST) -> list[tuple[str, ...]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        else:
            continue
        for name in names:
            parts = tuple(name.split("."))
            if parts[0] == "sellindex" and len(parts) > 1:
                found.append(parts[1:])
    return found


MODULES = sorted(p for p in PACKAGE.rglob("*.py"))


def test_every_top_level_module_has_a_layer() -> None:
    tops = {p.relative_to(PACKAGE).parts[0].removesuffix(".py") for p in MODULES}
    assert tops - {"__init__"} <= set(LAYERS), "add new top-level modules to LAYERS"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_upward_imports(path: Path) -> None:
    own = _layer_of((path.relative_to(PACKAGE).parts[0].removesuffix(".py"),))
    if own is None:
        return
    tree = ast.parse(path.read_text(), filename=str(path))
    upward = [
        ".".join(("sellindex", *parts))
        for parts in _imported_sellindex_modules(tree)
        if (layer := _layer_of(parts)) is not None and layer > own
    ]
    assert not upward, f"{path.name} imports layers above it: {upward}"


WEB_FRAMEWORKS = ("fastapi", "starlette", "uvicorn", "jinja2")


def _imported_top_levels(tree: ast.AST) -> set[str]:
    tops = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            tops |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            tops.add(node.module.split(".")[0])
    return tops


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_the_web_interface_knows_the_web_framework(path: Path) -> None:
    """The service layer returns plain typed results; HTTP is the web interface's business."""
    if path.relative_to(PACKAGE).parts[:2] == ("interfaces", "web"):
        return
    tree = ast.parse(path.read_text(), filename=str(path))
    found = _imported_top_levels(tree) & set(WEB_FRAMEWORKS)
    assert not found, f"{path.name} imports {sorted(found)}; only interfaces/web may"


def test_one_place_opens_transactions_and_records_loads() -> None:
    """Writes go through `store.connection.transaction` and `store.loads.record_load`, so every
    write rolls back the same way and every load is recorded in one shape."""
    openers = {
        str(p.relative_to(PACKAGE)) for p in MODULES if '"BEGIN TRANSACTION"' in p.read_text()
    }
    writers = {str(p.relative_to(PACKAGE)) for p in MODULES if "INSERT INTO loads" in p.read_text()}
    assert openers == {"store/connection.py"}
    assert writers == {"store/loads.py"}
