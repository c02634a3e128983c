"""Documentation that is checked against the code, so the two cannot drift apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from sellindex.interfaces.cli.reference import GENERATED_DOCS, command_paths

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()


@pytest.mark.parametrize("name", sorted(GENERATED_DOCS))
def test_generated_reference_is_current(name: str) -> None:
    committed = (ROOT / "docs" / name).read_text()
    assert committed == GENERATED_DOCS[name](), (
        f"docs/{name} is stale: run `python -m sellindex.interfaces.cli.reference docs`"
    )


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
