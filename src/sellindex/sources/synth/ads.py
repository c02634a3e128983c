"""Advertising campaigns and their daily delivery.

Each campaign has its own click-through rate (lognormal around 0.5%), conversion rate (beta,
mean about 6%), cost per click and value per conversion, so CTR, conversion rate and ROI spread
widely between campaigns; daily counts are binomial draws, so clicks <= impressions and
conversions <= clicks always hold.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from sellindex.sources.synth import vocab
from sellindex.sources.synth.config import DAY_S, Streams, SynthConfig
from sellindex.sources.synth.population import Population

MEMBERS_PER_CAMPAIGN = 2_000
MIN_CAMPAIGNS = 20


def campaigns_and_ads(pop: Population, config: SynthConfig, streams: Streams) -> tuple[dict, dict]:
    rng = streams.rng("ads")
    n = max(MIN_CAMPAIGNS, config.members // MEMBERS_PER_CAMPAIGN)
    campaign_id = np.arange(1, n + 1, dtype=np.int64)
    end_day = config.end_ts // DAY_S
    first_day = end_day - config.activity_days
    length = rng.integers(7, 91, n)
    started = rng.integers(first_day, end_day - 6, n)
    length = np.minimum(length, end_day - started)
    objective = rng.integers(0, len(vocab.CAMPAIGN_OBJECTIVES), n)
    company_id = rng.integers(1, pop.company_count + 1, n)
    campaigns = {
        "campaign_id": campaign_id,
        "name": pc.binary_join_element_wise(
            pa.array(vocab.CAMPAIGN_OBJECTIVES).take(objective),
            pc.cast(pa.array(campaign_id), pa.string()),
            " #",
        ),
        "company_id": company_id,
        "objective": pa.array(vocab.CAMPAIGN_OBJECTIVES).take(objective),
        "started_on": started.astype(np.int32),
    }

    daily_reach = rng.lognormal(8.5, 1.2, n)
    ctr = np.clip(rng.lognormal(np.log(0.005), 0.6, n), 0.0005, 0.08)
    cvr = rng.beta(1.5, 22.0, n)
    cpc = rng.lognormal(np.log(5.0), 0.5, n)
    value_per_conversion = rng.lognormal(np.log(90.0), 0.9, n)

    camp = np.repeat(np.arange(n), length)
    day = started[camp] + (np.arange(len(camp)) - np.repeat(np.cumsum(length) - length, length))
    weekday = (day + 3) % 7
    weekend = np.where(weekday >= 5, 0.5, 1.0)
    impressions = rng.poisson(daily_reach[camp] * weekend * rng.lognormal(0, 0.25, len(camp)))
    clicks = rng.binomial(impressions, ctr[camp])
    conversions = rng.binomial(clicks, cvr[camp])
    spend = np.round(clicks * cpc[camp] * rng.lognormal(0, 0.1, len(camp)), 2)
    revenue = np.round(conversions * value_per_conversion[camp], 2)
    ads = {
        "campaign_id": campaign_id[camp],
        "date": day.astype(np.int32),
        "impressions": impressions,
        "clicks": clicks,
        "conversions": conversions,
        "spend": spend,
        "revenue": revenue,
    }
    return campaigns, ads
