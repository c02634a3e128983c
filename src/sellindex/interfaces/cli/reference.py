"""Reference docs generated from the code itself, so they cannot drift from it.

`python -m sellindex.interfaces.cli.reference docs/` rewrites `docs/cli.md` (every command and
option) and `docs/schema.md` (the canonical tables), and the metric definitions in the
hand-written `docs/kpis.md` and `docs/ssi.md` (each block between `<!-- definitions: FAMILY -->`
and `<!-- end definitions -->`, from `metrics.catalogue`); a test fails when the committed files
differ from what the code says.
"""

from __future__ import annotations

import inspect
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import typer

from sellindex.interfaces.cli import load_commands
from sellindex.interfaces.formatting import unit_examples
from sellindex.metrics.catalogue import catalogue
from sellindex.metrics.units import UNITS
from sellindex.schema import EVENT_TYPE_MEANINGS, TABLES


def _walk(command, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], object]]:
    if getattr(command, "hidden", False):
        return
    subcommands = getattr(command, "commands", None)
    if path:
        yield path, command
    if subcommands:
        for name in command.list_commands(typer.Context(command)):
            yield from _walk(subcommands[name], (*path, name))


def command_paths() -> list[str]:
    """Every public command, e.g. `ingest` or `kpis reps`."""
    root = typer.main.get_command(load_commands())
    return [" ".join(path) for path, _ in _walk(root, ())]


def _describe_param(param, ctx: typer.Context) -> str:
    if param.param_type_name == "argument":
        need = "required" if param.required else "optional"
        text = f"- `{param.name.upper()}` ({need})"
        return text + (f": {inspect.cleandoc(param.help)}" if param.help else "")
    names = ", ".join(f"`{opt}`" for opt in [*param.opts, *param.secondary_opts])
    text = f"- {names}"
    if not param.is_flag:
        text += f" `{_type_label(param.display_type(ctx))}`"
    if param.help:
        text += f": {inspect.cleandoc(param.help)}"
    default = param.default
    if param.show_default is not False and default not in (None, False, (), []):
        text += f" (default: `{default}`)"
    return text


def _type_label(shown: str) -> str:
    """Typer shows date options by their strptime formats; readers want to see `<date>`."""
    return "<date>" if "%Y" in shown else shown


def cli_reference_markdown() -> str:
    root = typer.main.get_command(load_commands())
    lines = [
        "# Command reference",
        "",
        "Generated from the CLI itself (`python -m sellindex.interfaces.cli.reference`).",
        "Every command also answers `--help`.",
        "",
    ]
    for path, command in _walk(root, ()):
        lines.append(f"## `sellindex {' '.join(path)}`")
        lines.append("")
        lines.append(inspect.cleandoc(command.help or "").replace("\b\n", ""))
        lines.append("")
        params = [p for p in command.params if p.name != "help" and not getattr(p, "hidden", False)]
        if params and not getattr(command, "commands", None):
            ctx = typer.Context(command)
            lines.extend(_describe_param(p, ctx) for p in params)
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def schema_reference_markdown() -> str:
    lines = [
        "# Canonical tables",
        "",
        "Generated from `src/sellindex/schema.py`. Prepare one file per table (CSV, Parquet or",
        "JSON Lines) with these column names; `sellindex ingest` validates every row against",
        "these rules and quarantines the rows that break them. Identifiers are integers;",
        "timestamps are ISO 8601, with or without a zone (no zone means UTC), stored as UTC.",
        "",
    ]
    for table in TABLES:
        lines += [f"## `{table.name}`", "", table.description, ""]
        lines += ["| column | type | required | meaning |", "|---|---|---|---|"]
        for column in table.columns:
            meaning = column.description
            if column.vocabulary:
                meaning += " One of: " + ", ".join(f"`{v}`" for v in column.vocabulary) + "."
            if column.non_negative:
                meaning += " Not negative."
            required = "yes" if column.required else ""
            lines.append(f"| `{column.name}` | {column.type.value} | {required} | {meaning} |")
        lines += ["", f"Key: {', '.join(f'`{k}`' for k in table.key)}."]
        for ref in table.references:
            lines.append(
                f"Reference: `{ref.column}` must match `{ref.target}.{ref.target_column}`."
            )
        for reason, predicate in table.checks:
            lines.append(f'Rule: `{predicate}` (otherwise rejected as "{reason}").')
        lines.append("")
    lines += ["## Event types", ""]
    lines += ["`member_id` is always the actor.", ""]
    lines += [f"- `{name}`: {meaning}" for name, meaning in EVENT_TYPE_MEANINGS.items()]
    return "\n".join(lines).rstrip() + "\n"


GENERATED_DOCS = {"cli.md": cli_reference_markdown, "schema.md": schema_reference_markdown}

DEFINITIONS = re.compile(
    r"(?P<open><!-- definitions: (?P<family>[^>]+?) -->\n).*?(?P<close><!-- end definitions -->)",
    re.S,
)
BETTER = {True: "higher", False: "lower", None: "neither"}


def definitions_markdown(family: str) -> str:
    """The definitions table of one family of the catalogue (a KPI family, a pillar's signals,
    or the index and its pillars)."""
    entries = [m for m in catalogue() if m.family.lower() == family.lower()]
    if not entries:
        families = sorted({m.family.lower() for m in catalogue()})
        raise ValueError(f"no metrics of family {family!r}; families: {', '.join(families)}")
    lines = [
        "| name | label | unit | better | meaning | computed as |",
        "|---|---|---|---|---|---|",
    ]
    for m in entries:
        cells = (m.label, m.unit, BETTER[m.higher_is_better], m.definition, m.formula)
        lines.append(f"| `{m.name}` | " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def units_markdown() -> str:
    """Every unit, what it means and how the formatter writes it."""
    lines = ["| unit | what it is | shown as |", "|---|---|---|"]
    for unit, meaning in UNITS.items():
        lines.append(f"| `{unit}` | {meaning} | {', '.join(unit_examples(unit))} |")
    return "\n".join(lines) + "\n"


def fill_definitions(text: str) -> str:
    """A hand-written doc with each definitions block (a family's metrics, or `units`)
    regenerated, the prose around it kept."""

    def table(family: str) -> str:
        return units_markdown() if family == "units" else definitions_markdown(family)

    return DEFINITIONS.sub(
        lambda found: found["open"] + table(found["family"]) + found["close"], text
    )


FILLED_DOCS = ("kpis.md", "ssi.md")
"""Hand-written docs whose definitions blocks come from the catalogue."""


def write_docs(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, render in GENERATED_DOCS.items():
        (folder / name).write_text(render())
    for name in FILLED_DOCS:
        path = folder / name
        if path.exists():
            path.write_text(fill_definitions(path.read_text()))


if __name__ == "__main__":
    write_docs(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
