"""Knobs of the synthetic world, and the deterministic random streams derived from the seed."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any

import numpy as np

from sellindex.errors import SellindexError

DAY_S = 86_400
NULL_ID = 0
"""Ids start at 1, so 0 marks a missing reference in the generator's arrays."""
NULL_TS = np.iinfo(np.int64).min
"""Marks a missing timestamp (seconds since the epoch) in the generator's arrays."""

FORMATS = ("parquet", "csv", "jsonl")


@dataclass(frozen=True)
class SynthConfig:
    """Everything that shapes a world; the same config always yields byte-identical files."""

    members: int = 10_000
    seed: int = 42
    end_date: date = date(2026, 10, 31)
    activity_days: int = 180
    crm_days: int = 365
    connections_per_member: float = 20.0
    events_per_member: float = 10.0
    leads_per_member: float = 1.0
    touches_per_lead: float = 10.0
    seller_share: float = 0.03
    chunk_size: int = 100_000

    def __post_init__(self) -> None:
        checks = [
            (self.members >= 100, "--members must be at least 100"),
            (self.seed >= 0, "--seed must be zero or positive"),
            (self.activity_days >= 7, "the activity window must be at least 7 days"),
            (self.crm_days >= 30, "the CRM window must be at least 30 days"),
            (self.connections_per_member >= 0, "connections per member cannot be negative"),
            (self.events_per_member >= 0, "events per member cannot be negative"),
            (self.leads_per_member >= 0, "leads per member cannot be negative"),
            (self.touches_per_lead >= 0, "touches per lead cannot be negative"),
            (0 < self.seller_share <= 0.5, "the seller share must be above 0 and at most 0.5"),
            (self.chunk_size >= 1_000, "the chunk size must be at least 1000"),
        ]
        for ok, message in checks:
            if not ok:
                raise SellindexError(f"{message}.")

    @property
    def end_ts(self) -> int:
        """Exclusive end of the world (midnight after `end_date`), in epoch seconds."""
        end = datetime.combine(self.end_date + timedelta(days=1), datetime.min.time())
        return int((end - datetime(1970, 1, 1)).total_seconds())

    @property
    def activity_start_ts(self) -> int:
        return self.end_ts - self.activity_days * DAY_S

    @property
    def crm_start_ts(self) -> int:
        return self.end_ts - self.crm_days * DAY_S

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["end_date"] = self.end_date.isoformat()
        return data


class Streams:
    """Independent random streams keyed by purpose and chunk, so each part is reproducible alone."""

    def __init__(self, seed: int) -> None:
        self.seed = seed

    def rng(self, purpose: str, chunk: int = 0) -> np.random.Generator:
        key = [self.seed, chunk, *purpose.encode()]
        return np.random.Generator(np.random.PCG64(np.random.SeedSequence(key)))


def after(start: np.ndarray, delay_s: np.ndarray, end_ts: int) -> np.ndarray:
    """`start + delay`, kept before the end of the world but never before `start`."""
    return np.maximum(start, np.minimum(start + delay_s.astype(np.int64), end_ts - 1))


def pick(rng: np.random.Generator, weights: np.ndarray, size: int) -> np.ndarray:
    """Draw indices with probability proportional to `weights` (vectorised inverse CDF)."""
    cum = np.cumsum(weights, dtype=np.float64)
    idx = np.searchsorted(cum, rng.random(size) * cum[-1], side="right")
    return np.minimum(idx, len(weights) - 1)


def exposure_share(joined_at: np.ndarray, config: SynthConfig) -> np.ndarray:
    """Share of the activity window each member was on the network for."""
    first = np.maximum(joined_at, config.activity_start_ts)
    return (config.end_ts - first) / (config.end_ts - config.activity_start_ts)
