"""Members, companies and sales teams: the people every other table refers to.

The whole population lives in memory as a few numpy columns (about 65 bytes a member, so 10
million members take well under 1 GB); the files are written from it chunk by chunk.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from sellindex.schema import SENIORITIES
from sellindex.sources.synth import vocab
from sellindex.sources.synth.config import DAY_S, NULL_ID, Streams, SynthConfig, pick

SENIORITY_WEIGHTS = (0.70, 0.16, 0.08, 0.045, 0.015)
MEMBERS_PER_COMPANY = 25
INDUSTRY_ZIPF_EXPONENT = 1.0
ACTIVITY_SIGMA = 1.5
"""Spread (log scale) of how active members are: the median member does a fifth of the mean."""
DORMANT_SHARE = 0.2
"""Members who signed up and never came back (no activity at all)."""
SELLER_ACTIVITY_BOOST = 2.5
DEGREE_SIGMA = 1.0
SENIORITY_DEGREE = np.array([1.0, 1.3, 1.6, 2.2, 2.6])
SELLER_DEGREE_BOOST = 2.0
MAX_DEGREE = 30_000
STYLE_NAMES = ("consumer", "creator", "prospector")


@dataclass
class Population:
    """Per-member columns, indexed by `member_id - 1`."""

    size: int
    industry: np.ndarray
    company: np.ndarray
    seniority: np.ndarray
    region: np.ndarray
    joined_at: np.ndarray
    activity: np.ndarray
    degree: np.ndarray
    profile_effort: np.ndarray
    style: np.ndarray
    is_seller: np.ndarray
    team_id: np.ndarray
    manager_id: np.ndarray
    company_count: int
    company_industry: np.ndarray
    team_managers: np.ndarray

    @property
    def member_ids(self) -> np.ndarray:
        return np.arange(1, self.size + 1, dtype=np.int64)

    @property
    def reps(self) -> np.ndarray:
        """Member ids of sellers who carry a quota (team members who are not managers)."""
        is_manager = np.zeros(self.size, dtype=bool)
        is_manager[self.team_managers - 1] = True
        return np.flatnonzero(self.is_seller & ~is_manager).astype(np.int64) + 1


def industry_weights() -> np.ndarray:
    ranks = np.arange(1, len(vocab.INDUSTRIES) + 1, dtype=np.float64)
    weights = 1.0 / (ranks + 1.0) ** INDUSTRY_ZIPF_EXPONENT
    return weights / weights.sum()


def build_population(config: SynthConfig, streams: Streams) -> Population:
    """Draw every member's attributes; sizes and propensities are heavy-tailed on purpose."""
    n = config.members
    rng = streams.rng("population")
    industry = pick(rng, industry_weights(), n).astype(np.int16)

    company = np.empty(n, dtype=np.int32)
    company_industry_parts = []
    next_company = 0
    order = np.argsort(industry, kind="stable")
    bounds = np.searchsorted(industry[order], np.arange(len(vocab.INDUSTRIES) + 1))
    for ind in range(len(vocab.INDUSTRIES)):
        members = order[bounds[ind] : bounds[ind + 1]]
        if len(members) == 0:
            continue
        n_companies = max(1, round(len(members) / MEMBERS_PER_COMPANY))
        sizes = rng.pareto(1.1, n_companies) + 1.0
        company[members] = next_company + pick(rng, sizes, len(members))
        company_industry_parts.append(np.full(n_companies, ind, dtype=np.int16))
        next_company += n_companies
    company_industry = np.concatenate(company_industry_parts)

    seniority = pick(rng, np.array(SENIORITY_WEIGHTS), n).astype(np.int8)
    region = pick(rng, np.array(vocab.REGION_WEIGHTS), n).astype(np.int8)
    recent = rng.random(n) < 0.08
    days_ago = np.where(
        recent,
        rng.random(n) * config.activity_days,
        config.activity_days + rng.exponential(1_400.0, n).clip(0, 6_000),
    )
    joined_at = config.end_ts - (days_ago * DAY_S).astype(np.int64) - 1

    latent = rng.standard_normal(n)
    is_seller = (rng.random(n) < config.seller_share) & (seniority <= 1)
    activity = np.exp(ACTIVITY_SIGMA * latent - ACTIVITY_SIGMA**2 / 2)
    activity *= np.where(is_seller, SELLER_ACTIVITY_BOOST, 1.0)
    activity *= rng.random(n) >= DORMANT_SHARE
    activity /= activity.mean()

    degree_noise = rng.standard_normal(n)
    log_degree = DEGREE_SIGMA * (0.5 * latent + np.sqrt(0.75) * degree_noise)
    degree = np.exp(log_degree) * SENIORITY_DEGREE[seniority]
    degree *= np.where(is_seller, SELLER_DEGREE_BOOST, 1.0)
    degree *= 2 * config.connections_per_member / degree.mean()
    degree = np.minimum(degree, MAX_DEGREE)

    profile_effort = 1.0 / (1.0 + np.exp(-(0.9 * latent + rng.standard_normal(n))))
    style_alpha = np.where(is_seller[:, None], [[1.0, 1.0, 2.5]], [[4.0, 1.0, 0.4]])
    style = rng.gamma(style_alpha)
    style /= style.sum(axis=1, keepdims=True)

    team_id, manager_id, team_managers = _assign_teams(rng, is_seller, industry, company)
    seniority[team_managers - 1] = 1
    seniority[(team_id != NULL_ID) & (manager_id != NULL_ID)] = 0

    return Population(
        size=n,
        industry=industry,
        company=company,
        seniority=seniority,
        region=region,
        joined_at=joined_at,
        activity=activity.astype(np.float64),
        degree=degree.astype(np.float64),
        profile_effort=profile_effort.astype(np.float32),
        style=style.astype(np.float32),
        is_seller=is_seller,
        team_id=team_id,
        manager_id=manager_id,
        company_count=next_company,
        company_industry=company_industry,
        team_managers=team_managers,
    )


def _assign_teams(
    rng: np.random.Generator, is_seller: np.ndarray, industry: np.ndarray, company: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Group sellers of the same industry and company into teams of 4-12; the first leads it."""
    n = len(is_seller)
    sellers = np.flatnonzero(is_seller)
    sellers = sellers[np.lexsort((sellers, company[sellers], industry[sellers]))]
    sizes = rng.integers(4, 13, size=len(sellers) // 4 + 1)
    starts = np.concatenate(([0], np.cumsum(sizes)))
    starts = starts[starts < len(sellers)]
    team_of_seller = np.searchsorted(starts, np.arange(len(sellers)), side="right")
    team_id = np.zeros(n, dtype=np.int64)
    team_id[sellers] = team_of_seller
    managers = sellers[starts] + 1
    manager_id = np.zeros(n, dtype=np.int64)
    manager_id[sellers] = managers[team_of_seller - 1]
    manager_id[managers - 1] = NULL_ID
    return team_id, manager_id, managers.astype(np.int64)


def company_names(ids: np.ndarray) -> pa.Array:
    """Readable, mostly unique company names derived from the company number."""
    stems = pa.array(vocab.COMPANY_STEMS)
    suffixes = pa.array(vocab.COMPANY_SUFFIXES)
    kinds = pa.array(vocab.COMPANY_KINDS)
    s, f, k = len(vocab.COMPANY_STEMS), len(vocab.COMPANY_SUFFIXES), len(vocab.COMPANY_KINDS)
    idx = ids.astype(np.int64)
    names = pc.binary_join_element_wise(
        stems.take(idx % s),
        suffixes.take((idx // s) % f),
        pa.scalar(" "),
        kinds.take((idx // (s * f)) % k),
        "",
    )
    lap = idx // (s * f * k)
    numbered = pc.binary_join_element_wise(names, pc.cast(pa.array(lap + 1), pa.string()), " ")
    return pc.if_else(pa.array(lap > 0), numbered, names)


def member_rows(pop: Population, start: int, stop: int, streams: Streams, chunk: int) -> dict:
    """The `members` rows for members start+1..stop."""
    rng = streams.rng("members", chunk)
    sl = slice(start, stop)
    n = stop - start
    first = pa.array(vocab.FIRST_NAMES).take(rng.integers(0, len(vocab.FIRST_NAMES), n))
    last = pa.array(vocab.LAST_NAMES).take(rng.integers(0, len(vocab.LAST_NAMES), n))
    seniority = pop.seniority[sl]
    title_pick = rng.integers(0, 6, n)
    plain_titles = pa.array([t for level in vocab.TITLES_BY_SENIORITY for t in level])
    seller_titles = pa.array([t for level in vocab.SELLER_TITLES for t in level])
    plain = plain_titles.take(seniority.astype(np.int64) * 6 + title_pick)
    seller = seller_titles.take(np.minimum(seniority, 1).astype(np.int64) * 6 + title_pick)
    effort = pop.profile_effort[sl]
    degree = pop.degree[sl]
    return {
        "member_id": pop.member_ids[sl],
        "name": pc.binary_join_element_wise(first, last, " "),
        "industry": pa.array(vocab.INDUSTRIES).take(pop.industry[sl].astype(np.int64)),
        "company_id": pop.company[sl].astype(np.int64) + 1,
        "company": company_names(pop.company[sl]),
        "title": pc.if_else(pa.array(pop.is_seller[sl]), seller, plain),
        "seniority": pa.array(SENIORITIES).take(seniority.astype(np.int64)),
        "region": pa.array(vocab.REGIONS).take(pop.region[sl].astype(np.int64)),
        "team_id": pop.team_id[sl],
        "manager_id": pop.manager_id[sl],
        "joined_at": pop.joined_at[sl],
        "has_photo": rng.random(n) < 0.3 + 0.65 * effort,
        "has_headline": rng.random(n) < 0.5 + 0.5 * effort,
        "has_summary": rng.random(n) < 0.05 + 0.75 * effort,
        "experience_count": rng.poisson(0.5 + 5 * effort),
        "education_count": rng.poisson(0.3 + 1.7 * effort),
        "skills_count": rng.poisson(1 + 35 * effort**2),
        "rich_media_count": rng.poisson(4 * effort**3),
        "recommendations_count": rng.poisson(np.minimum(degree, 2_000) / 60 * effort),
    }


def team_rows(pop: Population) -> dict:
    team_ids = np.arange(1, len(pop.team_managers) + 1, dtype=np.int64)
    industry = pa.array(vocab.INDUSTRIES).take(pop.industry[pop.team_managers - 1].astype(np.int64))
    name = pc.binary_join_element_wise(
        industry, pa.scalar(" sales "), pc.cast(pa.array(team_ids), pa.string()), ""
    )
    return {"team_id": team_ids, "name": name, "manager_id": pop.team_managers}
