"""A command's `--help` must not load the heavy libraries its work needs.

`sellindex score --help` took about a second when the metrics (and so ibis) loaded with the
command's module; these tests keep the command modules importing them inside the commands. No
timing is asserted: which modules are loaded is what decides the start-up time, and it does not
depend on how busy the machine is.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("ibis", "pandas", "scipy", "fastapi", "pyspark")
"""Libraries that take a noticeable part of a second to import, or that only one command needs."""

_PROBE = """
import contextlib, io, json, sys
from sellindex.interfaces.cli import main
heavy = json.loads(sys.argv[1])
with contextlib.redirect_stdout(io.StringIO()) as out:
    try:
        code = main(sys.argv[2:])
    except SystemExit as exc:
        code = exc.code
loaded = sorted(name for name in sys.modules if name.split(".")[0] in heavy)
print(json.dumps({"code": code, "help": out.getvalue(), "loaded": loaded}))
"""


def _help(*command: str) -> dict[str, object]:
    """Run `sellindex COMMAND --help` in a fresh interpreter and say what it loaded."""
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(HEAVY), *command, "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    "command",
    [
        ("score",),
        ("show",),
        ("calibrate",),
        ("bench",),
        ("ingest",),
        ("import",),
        ("doctor",),
        ("demo",),
        ("kpis", "engagement"),
        ("grade",),
        ("insights",),
        ("loadtest",),
        ("serve",),
    ],
    ids=" ".join,
)
def test_help_loads_no_heavy_library(command: tuple[str, ...]) -> None:
    result = _help(*command)
    assert result["code"] == 0
    assert "Usage: sellindex" in str(result["help"])
    assert result["loaded"] == []


def test_choices_spelled_in_the_cli_match_the_metrics() -> None:
    """The CLI spells a few choices itself so that `--help` need not load the metrics."""
    from sellindex.analysis.reports import GradingGrain
    from sellindex.interfaces.cli import insight_commands, kpi_commands
    from sellindex.metrics.deals import CONFOUNDERS
    from sellindex.metrics.kpis.periods import Grain

    assert [g.value for g in kpi_commands.Grain] == [g.value for g in Grain]
    assert [g.value for g in kpi_commands.GradingGrain] == [g.value for g in GradingGrain]
    assert insight_commands.CONFOUNDERS == CONFOUNDERS
