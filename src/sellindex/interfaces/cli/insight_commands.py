"""`sellindex insights`: what top performers do differently, with the warnings that keep a
manager from coaching on a false correlation."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table as RichTable

from sellindex.errors import SellindexError
from sellindex.interfaces.cli.app import DbOption, JsonOption, app, console, report
from sellindex.interfaces.cli.kpi_commands import FromOption, ToOption, _progress
from sellindex.store import open_store
from sellindex.store.summary import member_names

CONFOUNDERS = ("size_band", "product", "segment", "region", "lead_source", "quarter", "tenure_band")
"""The choices of --controls: `deals.CONFOUNDERS`, spelled here so that `--help` does not load
ibis (a test checks they are the same)."""


class OutcomeChoice(StrEnum):
    won = "won"
    booked = "booked"
    cycle = "cycle"


class LevelChoice(StrEnum):
    deal = "deal"
    rep = "rep"


@app.command()
def insights(
    outcome: Annotated[
        OutcomeChoice,
        typer.Option(
            "--outcome",
            help="won: wins against losses; booked: revenue booked per deal; cycle: days to close.",
        ),
    ] = OutcomeChoice.won,
    by: Annotated[
        LevelChoice,
        typer.Option(
            "--by",
            help="deal: lead with what helps on a rep's own deals (the levers); rep: lead with "
            "how reps who do more of something compare.",
        ),
    ] = LevelChoice.deal,
    controls: Annotated[
        str,
        typer.Option(
            "--controls",
            help=f"Comma-separated confounders to adjust for: {', '.join(CONFOUNDERS)}, or none.",
        ),
    ] = ",".join(CONFOUNDERS),
    start: FromOption = None,
    end: ToOption = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            dir_okay=False,
            help="Also write the report as a self-contained HTML page.",
            show_default=False,
        ),
    ] = None,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Which behaviours go with winning, on comparable deals and within each rep.

    Every behaviour is split into its part within a rep (does doing more of it on a deal help?)
    and between reps (do reps who do more of it do better?), adjusted for the chosen
    confounders with errors clustered by rep; p-values are adjusted for the number of tests.
    Warnings say when a pattern across reps reverses within them, vanishes on comparable deals,
    or rests on few deals. Deals are those closed in the window.
    """
    from sellindex.analysis.insights import insights as compute
    from sellindex.interfaces.insights_page import write_report
    from sellindex.metrics.kpis.periods import Window

    chosen = _controls(controls)
    if out is not None and out.suffix.lower() not in (".html", ".htm"):
        raise SellindexError(f"--out writes an HTML page; give it a .html name, not {out.name!r}")
    window = Window.from_dates(start, end)
    with (
        _progress(json_output, "estimating") as step,
        open_store(db, read_only=True) as store,
    ):
        step("reading deals")
        result = compute(store, outcome.value, window, chosen)
        names = member_names(store, list(result.coaching))
    data = {"by": by.value, **result.as_dict()}
    if out is not None:
        write_report(result, out, names)
        data["out"] = str(out)
    report(data, json_output, lambda d: _render(d, by.value))


def _controls(text: str) -> tuple[str, ...]:
    names = tuple(part.strip() for part in text.split(",") if part.strip())
    if names in ((), ("none",)):
        return ()
    unknown = [name for name in names if name not in CONFOUNDERS]
    if unknown:
        raise SellindexError(
            f"unknown control {unknown[0]!r}; choose from: {', '.join(CONFOUNDERS)}, or none"
        )
    return names


def _estimate(estimate: dict[str, Any] | None, scale: str) -> str:
    if estimate is None:
        return "-"
    star = " *" if estimate["significant"] else ""
    fmt = "{:,.0f}" if scale == "difference" else "{:.2f}"
    value, low, high = (fmt.format(estimate[k]) for k in ("value", "low", "high"))
    return f"{value} [{low}, {high}]{star}"


def _render(data: dict[str, Any], by: str) -> None:
    scale = data["scale"]
    console.print(
        f"Insights on {data['outcome']}: {data['deals']:,} closed deals of {data['reps']} reps, "
        f"adjusted for {', '.join(data['controls']) or 'nothing'}; effects per standard "
        f"deviation of each behaviour, as {scale}s with 95% intervals."
    )
    grid = RichTable(title_justify="left", show_lines=False)
    first, second = ("within", "between") if by == "deal" else ("between", "within")
    titles = {"within": "on a rep's own deals", "between": "across reps"}
    for header in ("behaviour", titles[first], titles[second], "raw", "warnings"):
        grid.add_column(header)
    for finding in data["findings"]:
        if finding["not_enough_data"]:
            grid.add_row(finding["label"], "not enough data", "", "", "")
            continue
        kinds = sorted({c["kind"].replace("_", " ") for c in finding["cautions"]})
        grid.add_row(
            finding["label"],
            _estimate(finding[first], scale),
            _estimate(finding[second], scale),
            _estimate(finding["raw"], scale).replace(" *", ""),
            ", ".join(kinds) or "",
        )
    console.print(grid)
    console.print(
        f"* significant after adjusting {data['tests']} tests for multiple comparisons "
        f"(Benjamini-Hochberg, false discovery rate {data['false_discovery_rate']:.0%})."
    )
    for caution in data["cautions"]:
        console.print(f"- {caution['message']}", markup=False)
    for finding in data["findings"]:
        for caution in finding["cautions"]:
            console.print(f"- {finding['label']}: {caution['message']}", markup=False)
    if data.get("out"):
        console.print(f"report written to {data['out']}")


@app.command()
def validate(
    horizon: Annotated[
        int,
        typer.Option("--horizon", min=7, max=730, help="Days after each scoring date to count."),
    ] = 90,
    held_out: Annotated[
        float,
        typer.Option(
            "--held-out",
            min=0.1,
            max=0.5,
            help="Share of the latest scoring dates kept apart to test the estimates on.",
        ),
    ] = 0.3,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Does the index predict sales? Each rep's index (and pillars) on each scoring date
    against the opportunities they opened and the deals they won in the next --horizon days.

    Effects per 10 points, within a rep and between reps, adjusted for tenure, segment, past
    performance and each date's common level, with intervals; estimated on the earlier dates
    and tested on the later, held-out ones.
    """
    from sellindex.analysis.validation import validate as compute

    with _progress(json_output, "validating") as step, open_store(db, read_only=True) as store:
        step("reading scores and deals")
        result = compute(store, horizon, held_out)
    report(result.as_dict(), json_output, _render_validation)


def _ratio(estimate: dict[str, Any] | None) -> str:
    if estimate is None:
        return "-"
    star = " *" if estimate.get("significant") else ""
    return f"x{estimate['value']:.2f} [{estimate['low']:.2f}, {estimate['high']:.2f}]{star}"


def _render_validation(data: dict[str, Any]) -> None:
    training, held = data["training"], data["held_out"]
    console.print(
        f"The index against the next {data['horizon_days']} days, {data['reps']} reps: "
        f"estimated on {training['rep_dates']:,} rep-dates ({training['from']} to "
        f"{training['to']}), tested on {held['rep_dates']:,} later ones ({held['from']} to "
        f"{held['to']})."
    )
    grid = RichTable(title_justify="left")
    for header in ("outcome", "per 10 points of", "within a rep", "between reps",
                   "held out: within", "held out: between", "held-out gain"):  # fmt: skip
        grid.add_column(header)
    for row in data["rows"]:
        gain = row["held_out_gain"]
        grid.add_row(
            row["outcome"].replace("_next", "").replace("_", " "),
            row["label"],
            _ratio(row["within"]),
            _ratio(row["between"]),
            _ratio(row["held_out_within"]),
            _ratio(row["held_out_between"]),
            "-" if gain is None else f"{gain:+.4f}",
        )
    console.print(grid)
    for note in data["notes"]:
        console.print(note, markup=False)
