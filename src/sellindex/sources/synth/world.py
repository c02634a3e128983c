"""Generate a whole world: every canonical table as a file, plus ground_truth.json."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from sellindex.errors import SellindexError
from sellindex.schema import LOAD_ORDER, TABLES_BY_NAME
from sellindex.sources.synth.activity import Activity, build_content, content_rows
from sellindex.sources.synth.ads import campaigns_and_ads
from sellindex.sources.synth.config import FORMATS, Streams, SynthConfig
from sellindex.sources.synth.crm import Crm
from sellindex.sources.synth.network import Network
from sellindex.sources.synth.population import build_population, member_rows, team_rows
from sellindex.sources.synth.truth import ground_truth
from sellindex.sources.synth.writers import EXTENSIONS, TableWriter

GROUND_TRUTH_FILE = "ground_truth.json"
Progress = Callable[[str, int, int], None]
"""Called as (step description, units done so far, total units)."""


@dataclass
class WorldSummary:
    directory: Path
    format: str
    rows: dict[str, int] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "out": str(self.directory),
            "format": self.format,
            "tables": [
                {"table": name, "rows": self.rows[name], "file": self.files[name]}
                for name in LOAD_ORDER
            ],
            "ground_truth": str(self.directory / GROUND_TRUTH_FILE),
        }


def generate_world(
    config: SynthConfig, out: Path, fmt: str = "parquet", progress: Progress | None = None
) -> WorldSummary:
    """Write one file per canonical table to `out` (created if needed) and the ground truth.

    Files are first written to a hidden staging folder inside `out` and moved into place at the
    end, so an interrupted run never leaves a half-written world that looks complete.
    """
    if fmt not in FORMATS:
        raise SellindexError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}.")
    if out.exists() and not out.is_dir():
        raise SellindexError(f"{out} exists and is not a folder.")
    out.mkdir(parents=True, exist_ok=True)
    staging = out / ".synth-staging"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    report = progress or (lambda _step, _done, _total: None)

    streams = Streams(config.seed)
    pop = build_population(config, streams)
    network = Network(pop, config, streams)
    crm = Crm(pop, config, streams)
    member_chunks = [
        (s, min(s + config.chunk_size, config.members))
        for s in range(0, config.members, config.chunk_size)
    ]
    crm_chunks = crm.chunks()
    total = 3 * len(member_chunks) + len(crm_chunks) + 1
    done = 0
    writers = {name: TableWriter(TABLES_BY_NAME[name], staging, fmt) for name in LOAD_ORDER}
    try:
        for chunk, (start, stop) in enumerate(member_chunks):
            writers["members"].write(member_rows(pop, start, stop, streams, chunk))
            conn = network.connections(start, stop, chunk)
            writers["connections"].write(conn)
            writers["invitations"].write(network.invitations(conn, start, stop, chunk))
            done += 1
            report("members and connections", done, total)
        writers["teams"].write(team_rows(pop))

        pool = build_content(pop, config, streams, member_chunks)
        activity = Activity(pop, config, streams, network)
        next_event = 1
        for chunk in range(len(member_chunks)):
            writers["content"].write(content_rows(pool, chunk))
            done += 1
            report("content", done, total)
        for chunk, (start, stop) in enumerate(member_chunks):
            events = activity.events(pool, start, stop, chunk)
            n_events = len(events["member_id"])
            events["event_id"] = np.arange(next_event, next_event + n_events, dtype=np.int64)
            next_event += n_events
            writers["activity"].write(events)
            done += 1
            report("activity", done, total)

        campaigns, ads = campaigns_and_ads(pop, config, streams)
        writers["campaigns"].write(campaigns)
        writers["ads"].write(ads)
        writers["accounts"].write(crm.accounts.rows(config, streams))
        done += 1
        report("ads and accounts", done, total)
        for chunk, (start, stop) in enumerate(crm_chunks):
            for name, rows in crm.generate(start, stop, chunk).items():
                writers[name].write(rows)
            done += 1
            report("CRM", done, total)
    finally:
        for writer in writers.values():
            writer.close()

    summary = WorldSummary(directory=out, format=fmt)
    for name, writer in writers.items():
        summary.rows[name] = writer.rows
        summary.files[name] = str(out / writer.path.name)
    truth = ground_truth(config, pop, crm, summary.rows)
    (staging / GROUND_TRUTH_FILE).write_text(json.dumps(truth, indent=2) + "\n")
    for writer in writers.values():
        writer.path.replace(out / writer.path.name)
    (staging / GROUND_TRUTH_FILE).replace(out / GROUND_TRUTH_FILE)
    staging.rmdir()
    for other in set(FORMATS) - {fmt}:
        for name in LOAD_ORDER:
            (out / f"{name}.{EXTENSIONS[other]}").unlink(missing_ok=True)
    return summary
