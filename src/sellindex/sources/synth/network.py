"""Connections and invitations.

Connections follow a Chung-Lu model (a pair links with probability proportional to the product
of both members' target degrees) mixed over three circles: the member's company, their industry
and everyone. Each pair is generated only from its lower endpoint, towards higher ids, so a chunk
of members owns all of its pairs: pairs are unique across chunks by construction and only need
de-duplication within a chunk, which keeps 200 million pairs streamable.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sellindex.sources.synth.config import (
    DAY_S,
    NULL_TS,
    Streams,
    SynthConfig,
    exposure_share,
    pick,
)
from sellindex.sources.synth.population import Population

CIRCLE_SHARES = {"company": 0.25, "industry": 0.35, "everyone": 0.40}
"""Share of each member's links made inside their company, their industry, and anywhere."""
CONNECTION_AGE_SKEW = 3.0
"""Connection times lean towards the start of the shared tenure: networks grow fastest early."""
DUPLICATE_ALLOWANCE = 1.07
"""Drawn pairs that repeat are dropped; drawing this many more keeps the requested average."""
INVITE_LAG_DAYS = 2.0
PENDING_INVITES_PER_MEMBER = 1.5


@dataclass
class Circle:
    """Members sorted by (group, id) with cumulative degree, to draw higher-id partners fast."""

    share: float
    order: np.ndarray
    position: np.ndarray
    group_start: np.ndarray
    group_end: np.ndarray
    cum_degree: np.ndarray


def _circle(share: float, group: np.ndarray | None, degree: np.ndarray) -> Circle:
    n = len(degree)
    if group is None:
        order = np.arange(n, dtype=np.int64)
        starts = np.zeros(n, dtype=np.int64)
        ends = np.full(n, n, dtype=np.int64)
    else:
        order = np.lexsort((np.arange(n), group)).astype(np.int64)
        sorted_group = group[order]
        n_groups = int(group.max()) + 1
        bounds = np.searchsorted(sorted_group, np.arange(n_groups + 1))
        starts = bounds[group]
        ends = bounds[group + 1]
    position = np.empty(n, dtype=np.int64)
    position[order] = np.arange(n)
    cum = np.concatenate(([0.0], np.cumsum(degree[order])))
    return Circle(share, order, position, starts, ends, cum)


class Network:
    """Draws the connections and invitations of one chunk of members at a time."""

    def __init__(self, pop: Population, config: SynthConfig, streams: Streams) -> None:
        self.pop = pop
        self.config = config
        self.streams = streams
        self.circles = [
            _circle(CIRCLE_SHARES["company"], pop.company, pop.degree),
            _circle(CIRCLE_SHARES["industry"], pop.industry, pop.degree),
            _circle(CIRCLE_SHARES["everyone"], None, pop.degree),
        ]

    def pairs(self, start: int, stop: int, chunk: int) -> tuple[np.ndarray, np.ndarray]:
        """Unique (member_a, member_b) pairs whose lower endpoint is in members start+1..stop."""
        rng = self.streams.rng("connections", chunk)
        idx = np.arange(start, stop, dtype=np.int64)
        lows, highs = [], []
        for circle in self.circles:
            pos = circle.position[idx]
            lo = circle.cum_degree[pos + 1]
            hi = circle.cum_degree[circle.group_end[idx]]
            group_mass = hi - circle.cum_degree[circle.group_start[idx]]
            expected = np.where(
                group_mass > 0,
                DUPLICATE_ALLOWANCE
                * self.pop.degree[idx]
                * circle.share
                * (hi - lo)
                / np.maximum(group_mass, 1e-12),
                0.0,
            )
            counts = rng.poisson(expected)
            src = np.repeat(idx, counts)
            lo_r, hi_r = np.repeat(lo, counts), np.repeat(hi, counts)
            target = lo_r + rng.random(len(src)) * (hi_r - lo_r)
            slot = np.searchsorted(circle.cum_degree, target, side="right") - 1
            slot = np.clip(slot, np.repeat(pos + 1, counts), circle.group_end[src] - 1)
            lows.append(src)
            highs.append(circle.order[slot])
        a = np.concatenate(lows)
        b = np.concatenate(highs)
        keep = b > a
        key = np.unique(a[keep] * (self.pop.size + 1) + b[keep])
        return key // (self.pop.size + 1) + 1, key % (self.pop.size + 1) + 1

    def connections(self, start: int, stop: int, chunk: int) -> dict[str, np.ndarray]:
        a, b = self.pairs(start, stop, chunk)
        rng = self.streams.rng("connected_at", chunk)
        joined = np.maximum(self.pop.joined_at[a - 1], self.pop.joined_at[b - 1])
        width = self.config.end_ts - joined
        early = rng.random(len(a)) ** CONNECTION_AGE_SKEW
        connected_at = joined + (early * width).astype(np.int64)
        return {"member_a": a, "member_b": b, "connected_at": connected_at}

    def invitations(self, conn: dict[str, np.ndarray], start: int, stop: int, chunk: int) -> dict:
        """Accepted invitations behind recent connections, plus invitations never accepted.

        Accepted ones are sent on even seconds and the others on odd seconds, so the key
        (sender, recipient, sent_at) never collides between the two kinds or across chunks.
        """
        rng = self.streams.rng("invitations", chunk)
        cfg, pop = self.config, self.pop
        recent = conn["connected_at"] >= cfg.activity_start_ts
        a, b = conn["member_a"][recent], conn["member_b"][recent]
        accepted_at = conn["connected_at"][recent]
        a_sends = rng.random(len(a)) < 0.5
        sender = np.where(a_sends, a, b)
        recipient = np.where(a_sends, b, a)
        both_joined = np.maximum(pop.joined_at[a - 1], pop.joined_at[b - 1])
        lag = (rng.exponential(INVITE_LAG_DAYS, len(a)) * DAY_S).astype(np.int64)
        sent_at = np.maximum(accepted_at - lag, both_joined)
        sent_at += sent_at % 2
        accepted_at = np.maximum(accepted_at, sent_at)

        idx = np.arange(start, stop, dtype=np.int64)
        exposure = exposure_share(pop.joined_at[idx], cfg)
        rate = PENDING_INVITES_PER_MEMBER * pop.activity[idx] * (0.4 + 2.5 * pop.style[idx, 2])
        counts = rng.poisson(rate * exposure)
        p_sender = np.repeat(idx + 1, counts)
        p_recipient = pick(rng, pop.degree, len(p_sender)).astype(np.int64) + 1
        p_recipient = np.where(p_recipient == p_sender, p_sender % pop.size + 1, p_recipient)
        earliest = np.maximum.reduce(
            [
                pop.joined_at[p_sender - 1],
                pop.joined_at[p_recipient - 1],
                np.full(len(p_sender), cfg.activity_start_ts),
            ]
        )
        p_sent = earliest + (rng.random(len(p_sender)) * (cfg.end_ts - earliest)).astype(np.int64)
        p_sent |= 1
        key = np.unique(np.stack([p_sender, p_recipient, p_sent]), axis=1)
        return {
            "sender_id": np.concatenate([sender, key[0]]),
            "recipient_id": np.concatenate([recipient, key[1]]),
            "sent_at": np.concatenate([sent_at, key[2]]),
            "accepted_at": np.concatenate([accepted_at, np.full(key.shape[1], NULL_TS)]),
        }
