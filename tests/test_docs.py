"""Documentation that is checked against the code, so the two cannot drift apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from sellindex.interfaces.cli.reference import (
    DEFINITIONS,
    FILLED_DOCS,
    GENERATED_DOCS,
    command_paths,
    fill_definitions,
)
from sellindex.metrics.catalogue import catalogue

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()


@pytest.mark.parametrize("name", sorted(GENERATED_DOCS))
def test_generated_reference_is_current(name: str) -> None:
    committed = (ROOT / "docs" / name).read_text()
    assert committed == GENERATED_DOCS[name](), (
        f"docs/{name} is stale: run `python -m sellindex.interfaces.cli.reference docs`"
    )


@pytest.mark.parametrize("name", FILLED_DOCS)
def test_metric_definitions_in_the_docs_are_current(name: str) -> None:
    committed = (ROOT / "docs" / name).read_text()
    assert committed == fill_definitions(committed), (
        f"docs/{name}: metric definitions are stale: "
        "run `python -m sellindex.interfaces.cli.reference docs`"
    )


def test_every_metric_is_defined_in_the_docs() -> None:
    """A new KPI family or pillar needs its block: the docs list every metric of the catalogue."""
    documented = {
        found["family"].lower()
        for name in FILLED_DOCS
        for found in DEFINITIONS.finditer((ROOT / "docs" / name).read_text())
    }
    assert documented == {"units"} | {m.family.lower() for m in catalogue()}


def test_a_definitions_block_names_a_known_family() -> None:
    with pytest.raises(ValueError, match="no metrics of family 'weather'"):
        fill_definitions("<!-- definitions: weather -->\n<!-- end definitions -->")


@pytest.mark.parametrize("command", command_paths())
def test_every_command_is_documented_in_the_readme(command: str) -> None:
    assert f"sellindex {command}" in README, f"README does not mention `sellindex {command}`"


def test_every_command_is_loaded_by_its_own_module() -> None:
    """`main` imports only the module of the command it runs: the map must name every command,
    and each module must register what the map says."""
    import typer

    from sellindex.interfaces.cli import COMMAND_MODULES, load_commands

    registered = set(typer.main.get_command(load_commands()).commands)
    assert registered == set(COMMAND_MODULES)
    for command, module in COMMAND_MODULES.items():
        source = (ROOT / "src/sellindex/interfaces/cli" / f"{module}.py").read_text()
        assert f'"{command}"' in source or f"def {command}(" in source, (command, module)


def _first_command_of_each_module() -> list[str]:
    from sellindex.interfaces.cli import COMMAND_MODULES

    firsts: dict[str, str] = {}
    for command, module in COMMAND_MODULES.items():
        firsts.setdefault(module, command)
    return sorted(firsts.values())


@pytest.mark.parametrize("command", _first_command_of_each_module())
def test_a_command_runs_with_only_its_own_module_loaded(command: str) -> None:
    """As a user runs it: a fresh process that loads one module (a module registering a
    single command once made that command the whole program)."""
    import subprocess
    import sys

    main = "import sys; from sellindex.interfaces.cli import main; sys.exit(main())"
    done = subprocess.run(
        [sys.executable, "-c", main, command, "--help"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert f"Usage: sellindex {command}" in done.stdout
