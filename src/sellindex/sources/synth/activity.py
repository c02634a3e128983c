"""Content and activity events.

Each member does Poisson(events_per_member x propensity x time on the network) events, with a
lognormal propensity (see `population.ACTIVITY_SIGMA`) so most members barely act and a few are
power users. What they do follows their style, a mix of three profiles (consumer, creator,
prospector; sellers lean to prospecting). Content is drawn first so that every share, comment,
reaction and view points at content that exists, after it was published.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from sellindex.schema import CONTENT_KINDS, EVENT_TYPES
from sellindex.sources.synth.config import (
    DAY_S,
    NULL_ID,
    Streams,
    SynthConfig,
    after,
    exposure_share,
    pick,
)
from sellindex.sources.synth.network import Circle, Network
from sellindex.sources.synth.population import Population

DRAWN_TYPES = (
    "login", "content_view", "reaction", "comment", "share", "profile_view", "search",
    "advanced_search", "lead_saved", "account_saved", "message_sent", "inmail_sent",
    "group_joined", "group_post", "follow", "endorsement",
)  # fmt: skip
STYLE_MIX = np.array(
    [
        # consumer
        [.37, .26, .16, .03, .015, .07, .03, .002, 0, 0, .025, .001, .005, .003, .015, .005],
        # creator
        [.22, .22, .16, .10, .07, .06, .02, .005, .002, .001, .05, .004, .01, .04, .03, .02],
        # prospector
        [.22, .12, .05, .02, .03, .20, .09, .06, .05, .03, .07, .04, .01, .01, .01, .01],
    ]
)  # fmt: skip
"""Probability of each drawn event type for each style (rows sum to about 1). Logins and content
views are the bulk of a consumer's events, but one in six is a reaction and a few are comments
or shares: lurkers who never engage are the dormant and the barely active, not every consumer."""
POSTS_PER_EVENT = np.array([0.003, 0.06, 0.015])
ARTICLES_PER_EVENT = np.array([0.0, 0.012, 0.003])
POST_KINDS = {"post": 0.80, "video": 0.12, "document": 0.08}
TARGET_CIRCLES = (0.20, 0.35, 0.45)
"""Where a viewed, messaged, followed or endorsed member is found: company, industry, anyone."""
MESSAGE_REPLY_RATE = (0.25, 0.35)
INMAIL_REPLY_RATE = (0.08, 0.30)
"""Reply probability = base + slope x the sender's profile effort (0-1)."""

_TYPE_CODE = {name: EVENT_TYPES.index(name) for name in EVENT_TYPES}
_CONTENT_EVENTS = ("share", "comment", "reaction", "content_view")
_MEMBER_EVENTS = ("profile_view", "lead_saved", "message_sent", "inmail_sent", "follow")


@dataclass
class ContentPool:
    """All content, ordered by author chunk, with what engagement needs to pick from it."""

    content_id: np.ndarray
    author: np.ndarray
    published_at: np.ndarray
    kind: np.ndarray
    cum_weight: np.ndarray
    chunk_bounds: list[int]


def _active_window(pop: Population, idx: np.ndarray, config: SynthConfig) -> np.ndarray:
    return np.maximum(pop.joined_at[idx], config.activity_start_ts)


def _base_rate(pop: Population, idx: np.ndarray, config: SynthConfig) -> np.ndarray:
    return config.events_per_member * pop.activity[idx] * exposure_share(pop.joined_at[idx], config)


def build_content(
    pop: Population, config: SynthConfig, streams: Streams, chunks: list[tuple[int, int]]
) -> ContentPool:
    parts: list[tuple[np.ndarray, ...]] = []
    bounds = [0]
    kinds = np.array([CONTENT_KINDS.index(k) for k in POST_KINDS])
    for chunk, (start, stop) in enumerate(chunks):
        rng = streams.rng("content", chunk)
        idx = np.arange(start, stop, dtype=np.int64)
        rate = _base_rate(pop, idx, config)
        style = pop.style[idx].astype(np.float64)
        n_posts = rng.poisson(rate * (style @ POSTS_PER_EVENT))
        n_articles = rng.poisson(rate * (style @ ARTICLES_PER_EVENT))
        author = np.concatenate([np.repeat(idx, n_posts), np.repeat(idx, n_articles)])
        kind = np.concatenate(
            [
                kinds[pick(rng, np.array(list(POST_KINDS.values())), int(n_posts.sum()))],
                np.full(int(n_articles.sum()), CONTENT_KINDS.index("article")),
            ]
        )
        order = np.argsort(author, kind="stable")
        author, kind = author[order], kind[order]
        lo = _active_window(pop, author, config)
        published = lo + (rng.random(len(author)) * (config.end_ts - lo)).astype(np.int64)
        reach = np.power(pop.degree[author], 0.8) * rng.lognormal(0.0, 1.0, len(author))
        reach *= np.where(kind == CONTENT_KINDS.index("article"), 1.5, 1.0)
        parts.append((author + 1, published, kind.astype(np.int8), reach))
        bounds.append(bounds[-1] + len(author))
    author, published, kind, reach = (np.concatenate(col) for col in zip(*parts, strict=True))
    return ContentPool(
        content_id=np.arange(1, len(author) + 1, dtype=np.int64),
        author=author,
        published_at=published,
        kind=kind,
        cum_weight=np.cumsum(reach),
        chunk_bounds=bounds,
    )


def content_rows(pool: ContentPool, chunk: int) -> dict:
    sl = slice(pool.chunk_bounds[chunk], pool.chunk_bounds[chunk + 1])
    return {
        "content_id": pool.content_id[sl],
        "author_id": pool.author[sl],
        "kind": pa.array(CONTENT_KINDS).take(pool.kind[sl].astype(np.int64)),
        "published_at": pool.published_at[sl],
    }


def _pick_in_circle(rng: np.random.Generator, circle: Circle, members: np.ndarray) -> np.ndarray:
    """A member of each given member's circle, with probability proportional to their degree."""
    lo = circle.cum_degree[circle.group_start[members]]
    hi = circle.cum_degree[circle.group_end[members]]
    slot = np.searchsorted(circle.cum_degree, lo + rng.random(len(members)) * (hi - lo), "right")
    slot = np.clip(slot - 1, circle.group_start[members], circle.group_end[members] - 1)
    return circle.order[slot]


class Activity:
    """Draws the events of one chunk of members at a time."""

    def __init__(
        self, pop: Population, config: SynthConfig, streams: Streams, network: Network
    ) -> None:
        self.pop = pop
        self.config = config
        self.streams = streams
        self.circles = network.circles
        self.mix = np.cumsum(STYLE_MIX / STYLE_MIX.sum(axis=1, keepdims=True), axis=1)
        self.drawn_codes = np.array([_TYPE_CODE[t] for t in DRAWN_TYPES], dtype=np.int8)

    def events(self, pool: ContentPool, start: int, stop: int, chunk: int) -> dict:
        """Events by members start+1..stop (and InMail replies to them), sorted by actor, time."""
        rng = self.streams.rng("activity", chunk)
        cfg, pop = self.config, self.pop
        idx = np.arange(start, stop, dtype=np.int64)
        counts = rng.poisson(_base_rate(pop, idx, cfg))
        actor = np.repeat(idx, counts)
        lo = _active_window(pop, actor, cfg)
        when = lo + (rng.random(len(actor)) * (cfg.end_ts - lo)).astype(np.int64)

        style_cum = np.cumsum(pop.style[actor], axis=1)
        style = (rng.random(len(actor))[:, None] > style_cum[:, :2]).sum(axis=1)
        drawn = np.searchsorted(self.mix[0], rng.random(len(actor)), side="right")
        u = rng.random(len(actor))
        for s in (1, 2):
            mask = style == s
            drawn[mask] = np.searchsorted(self.mix[s], u[mask], side="right")
        etype = self.drawn_codes[np.minimum(drawn, len(DRAWN_TYPES) - 1)]
        target = np.zeros(len(actor), dtype=np.int64)
        content = np.zeros(len(actor), dtype=np.int64)
        value = np.full(len(actor), np.nan)

        is_content = np.isin(etype, [_TYPE_CODE[t] for t in _CONTENT_EVENTS])
        if len(pool.content_id):
            k = np.flatnonzero(is_content)
            c = pick_content(rng, pool, len(k))
            own = pool.author[c] == actor[k] + 1
            c[own] = (c[own] + 1) % len(pool.content_id)
            own = pool.author[c] == actor[k] + 1
            content[k] = np.where(own, NULL_ID, pool.content_id[c])
            target[k] = np.where(own, NULL_ID, pool.author[c])
            etype[k[own]] = _TYPE_CODE["login"]
            delay = rng.exponential(1.5 * DAY_S, len(k))
            when[k] = after(np.maximum(pool.published_at[c], lo[k]), delay, cfg.end_ts)
        else:
            etype[is_content] = _TYPE_CODE["login"]

        to_member = np.flatnonzero(np.isin(etype, [_TYPE_CODE[t] for t in _MEMBER_EVENTS]))
        circle_of = pick(rng, np.array(TARGET_CIRCLES), len(to_member))
        for ci, circle in enumerate(self.circles):
            sel = to_member[circle_of == ci]
            target[sel] = _pick_in_circle(rng, circle, actor[sel]) + 1
        endorse = np.flatnonzero(etype == _TYPE_CODE["endorsement"])
        target[endorse] = _pick_in_circle(rng, self.circles[0], actor[endorse]) + 1
        talk = np.concatenate([to_member, endorse])
        selfish = talk[target[talk] == actor[talk] + 1]
        target[selfish] = (actor[selfish] + 1) % pop.size + 1

        login = etype == _TYPE_CODE["login"]
        value[login] = np.round(rng.lognormal(5.3, 1.0, int(login.sum())))
        view = etype == _TYPE_CODE["content_view"]
        value[view] = np.round(rng.lognormal(2.5, 1.0, int(view.sum())))

        member = actor + 1
        parts = [(member, etype, when, target, content, value)]
        parts.append(self._replies(rng, member, etype, when, target))
        parts.append(self._publishing(pool, chunk))
        member, etype, when, target, content, value = (
            np.concatenate(col) for col in zip(*parts, strict=True)
        )
        order = np.lexsort((etype, when, member))
        return {
            "member_id": member[order],
            "event_type": pa.array(EVENT_TYPES).take(etype[order].astype(np.int64)),
            "occurred_at": when[order],
            "target_member_id": target[order],
            "content_id": content[order],
            "value": value[order],
        }

    def _replies(
        self,
        rng: np.random.Generator,
        member: np.ndarray,
        etype: np.ndarray,
        when: np.ndarray,
        target: np.ndarray,
    ) -> tuple[np.ndarray, ...]:
        """Replies to messages (the sender receives) and InMails (the recipient replies)."""
        cfg, pop = self.config, self.pop
        effort = pop.profile_effort[member - 1]
        msg = etype == _TYPE_CODE["message_sent"]
        msg &= rng.random(len(member)) < MESSAGE_REPLY_RATE[0] + MESSAGE_REPLY_RATE[1] * effort
        inm = etype == _TYPE_CODE["inmail_sent"]
        inm &= rng.random(len(member)) < INMAIL_REPLY_RATE[0] + INMAIL_REPLY_RATE[1] * effort
        m_when = after(
            np.maximum(when[msg], pop.joined_at[target[msg] - 1]),
            rng.exponential(0.8 * DAY_S, int(msg.sum())),
            cfg.end_ts,
        )
        i_when = after(
            np.maximum(when[inm], pop.joined_at[target[inm] - 1]),
            rng.exponential(2.0 * DAY_S, int(inm.sum())),
            cfg.end_ts,
        )
        n = int(msg.sum() + inm.sum())
        return (
            np.concatenate([member[msg], target[inm]]),
            np.concatenate(
                [
                    np.full(int(msg.sum()), _TYPE_CODE["message_received"], dtype=np.int8),
                    np.full(int(inm.sum()), _TYPE_CODE["inmail_replied"], dtype=np.int8),
                ]
            ),
            np.concatenate([m_when, i_when]),
            np.concatenate([target[msg], member[inm]]),
            np.zeros(n, dtype=np.int64),
            np.full(n, np.nan),
        )

    def _publishing(self, pool: ContentPool, chunk: int) -> tuple[np.ndarray, ...]:
        sl = slice(pool.chunk_bounds[chunk], pool.chunk_bounds[chunk + 1])
        is_article = pool.kind[sl] == CONTENT_KINDS.index("article")
        n = len(is_article)
        return (
            pool.author[sl],
            np.where(is_article, _TYPE_CODE["article"], _TYPE_CODE["post"]).astype(np.int8),
            pool.published_at[sl],
            np.zeros(n, dtype=np.int64),
            pool.content_id[sl],
            np.full(n, np.nan),
        )


def pick_content(rng: np.random.Generator, pool: ContentPool, size: int) -> np.ndarray:
    u = rng.random(size) * pool.cum_weight[-1]
    return np.minimum(np.searchsorted(pool.cum_weight, u, side="right"), len(pool.cum_weight) - 1)
