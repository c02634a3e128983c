"""ground_truth.json: what was planted in the world, so analyses can be graded against it."""

from __future__ import annotations

from typing import Any

import numpy as np

from sellindex.sources.synth import activity, crm, network, population, vocab
from sellindex.sources.synth.config import SynthConfig
from sellindex.sources.synth.crm import Crm
from sellindex.sources.synth.population import Population

FORMAT_VERSION = 1


def ground_truth(
    config: SynthConfig, pop: Population, sales: Crm, rows: dict[str, int]
) -> dict[str, Any]:
    reps = sales.reps
    return {
        "format_version": FORMAT_VERSION,
        "config": config.as_dict(),
        "rows": rows,
        "windows": {
            "activity": _window(config.activity_start_ts, config.end_ts),
            "crm": _window(config.crm_start_ts, config.end_ts),
        },
        "population": {
            "industries_zipf_exponent": population.INDUSTRY_ZIPF_EXPONENT,
            "members_per_company": population.MEMBERS_PER_COMPANY,
            "seniority_weights": dict(
                zip(
                    ("ic", "manager", "director", "vp", "cxo"),
                    population.SENIORITY_WEIGHTS,
                    strict=True,
                )
            ),
            "sellers": int(pop.is_seller.sum()),
            "teams": len(pop.team_managers),
            "reps": len(reps.member_id),
        },
        "propensities": {
            "activity": {
                "distribution": "lognormal, mean 1, times events_per_member and time on network",
                "sigma": population.ACTIVITY_SIGMA,
                "dormant_share": population.DORMANT_SHARE,
                "seller_boost": population.SELLER_ACTIVITY_BOOST,
            },
            "degree": {
                "distribution": "lognormal, half its log-variance shared with activity",
                "sigma": population.DEGREE_SIGMA,
                "seniority_multiplier": population.SENIORITY_DEGREE.tolist(),
                "seller_boost": population.SELLER_DEGREE_BOOST,
                "circle_shares": network.CIRCLE_SHARES,
                "connected_at": (
                    "between the later join date and the end, at u^"
                    f"{network.CONNECTION_AGE_SKEW:g} of the way (u uniform): early-leaning"
                ),
            },
            "styles": {
                "names": list(population.STYLE_NAMES),
                "event_mix": {
                    name: dict(zip(activity.DRAWN_TYPES, row.tolist(), strict=True))
                    for name, row in zip(population.STYLE_NAMES, activity.STYLE_MIX, strict=True)
                },
                "posts_per_event": activity.POSTS_PER_EVENT.tolist(),
                "articles_per_event": activity.ARTICLES_PER_EVENT.tolist(),
            },
        },
        "top_performers": {
            "description": (
                "Reps whose planted win propensity is in the top "
                f"{crm.TOP_PERFORMER_SHARE:.0%}: skill plus the rep-level part of every planted "
                "behaviour (social and content habits, meeting length, deal mix), on the "
                "log-odds scale of the win model; these reps should grade highest on wins."
            ),
            "share": crm.TOP_PERFORMER_SHARE,
            "member_ids": reps.top_performers.tolist(),
        },
        "outcome_models": _outcome_models(),
        "effects": _effects(),
        "non_effects": _non_effects(),
        "insights": _insight_expectations(),
    }


def _window(start: int, end: int) -> dict[str, str]:
    as_text = np.array([start, end], dtype="datetime64[s]").astype(str)
    return {"start": f"{as_text[0]}", "end_exclusive": f"{as_text[1]}"}


def _outcome_models() -> dict[str, Any]:
    """The full models the outcomes were drawn from, intercepts included."""
    return {
        "qualification": {
            "applies_to": "touched leads decided before the end of the world",
            "logit": "intercept + inbound x [source = inbound] + speed x ln(hours to first touch)",
            "intercept": crm.QUALIFY_BASE,
            "inbound": crm.QUALIFY_INBOUND,
            "speed": crm.QUALIFY_SPEED_PER_LN_HOUR,
            "untouched_leads": "disqualified 30 days after assignment",
        },
        "conversion": {
            "qualified_to_opportunity": crm.CONVERT_SHARE,
            "non_lead_opportunities_per_lead_opportunity": crm.NON_LEAD_OPPORTUNITY_RATIO,
        },
        "win": {
            "logit": (
                "intercept + skill x z + social x social share + content x content share"
                f" + size x ln(amount / {crm.REFERENCE_AMOUNT:g})"
                f" + meeting x ln(mean meeting minutes / {crm.REFERENCE_MEETING_MINUTES:g})"
                " (0 for a deal without meetings)"
            ),
            "intercept": crm.WIN_BASE,
            "skill": crm.WIN_SKILL,
            "social": crm.WIN_SOCIAL_SHARE,
            "content": crm.WIN_CONTENT_SHARE,
            "size": crm.WIN_SIZE_PER_LN_AMOUNT,
            "meeting": crm.WIN_MEETING_PER_LN_MINUTES,
        },
        "deal_style": {
            "social_share": f"rep's habit x lognormal(0, {crm.DEAL_SOCIAL_SPREAD:g}) per deal",
            "content_share": f"rep's habit x lognormal(0, {crm.DEAL_CONTENT_SPREAD:g}) per deal",
            "meeting_minutes": (
                f"{crm.REFERENCE_MEETING_MINUTES:g} x exp({crm.REP_MEETING_SKILL:g} x skill + "
                f"{crm.REP_MEETING_SPREAD:g} z) per rep, x lognormal(0, "
                f"{crm.DEAL_MEETING_SPREAD:g}) per deal, x lognormal(0, {crm.MEETING_SPREAD:g}) "
                "per meeting"
            ),
            "rep_deal_size": f"amounts x lognormal(0, {crm.REP_DEAL_SIZE_SPREAD:g}) per rep",
        },
        "deal_size": {
            "segment_median_amount": dict(
                zip(("smb", "mid_market", "enterprise"), crm.SEGMENT_DEAL_SIZE, strict=True)
            ),
            "product_multiplier": dict(zip(vocab.PRODUCTS, vocab.PRODUCT_PRICE, strict=True)),
            "noise": "x the rep's deal-size factor x lognormal(0, 0.6), rounded to 100",
        },
    }


def _effects() -> list[dict[str, Any]]:
    return [
        {
            "name": "rep_skill_raises_win_rate",
            "cause": "latent rep skill (standard normal, not in any table; see top_performers)",
            "outcome": "opportunities.outcome (won vs lost)",
            "columns": ["opportunities.owner_id", "opportunities.outcome"],
            "model": "logit P(won) += coefficient x skill",
            "coefficient": crm.WIN_SKILL,
        },
        {
            "name": "speed_to_lead_raises_qualification",
            "cause": "hours from leads.assigned_at to the lead's first touch",
            "outcome": "lead qualified (leads.qualified_at set) vs disqualified",
            "columns": ["leads.assigned_at", "touches.occurred_at", "leads.qualified_at"],
            "model": "logit P(qualified) += coefficient x ln(hours to first touch)",
            "coefficient": crm.QUALIFY_SPEED_PER_LN_HOUR,
            "odds_ratio_per_doubling": round(
                float(np.exp(crm.QUALIFY_SPEED_PER_LN_HOUR * np.log(2))), 4
            ),
        },
        {
            "name": "inbound_leads_qualify_more",
            "cause": "leads.source = 'inbound'",
            "outcome": "lead qualified",
            "columns": ["leads.source", "leads.qualified_at"],
            "model": "logit P(qualified) += coefficient if inbound",
            "coefficient": crm.QUALIFY_INBOUND,
        },
        {
            "name": "social_touches_raise_win_rate",
            "cause": "share of a deal's touches made on the social channel",
            "outcome": "opportunities.outcome",
            "columns": ["touches.channel", "touches.opportunity_id", "opportunities.outcome"],
            "model": "logit P(won) += coefficient x social share (0-1)",
            "coefficient": crm.WIN_SOCIAL_SHARE,
        },
        {
            "name": "content_shared_raises_win_rate",
            "cause": "share of a deal's touches in which content was shared",
            "outcome": "opportunities.outcome",
            "columns": [
                "touches.content_shared",
                "touches.opportunity_id",
                "opportunities.outcome",
            ],
            "model": "logit P(won) += coefficient x content-shared share (0-1)",
            "coefficient": crm.WIN_CONTENT_SHARE,
        },
        {
            "name": "deal_size_lowers_win_rate",
            "cause": "opportunities.amount",
            "outcome": "opportunities.outcome",
            "columns": ["opportunities.amount", "opportunities.outcome"],
            "model": f"logit P(won) += coefficient x ln(amount / {crm.REFERENCE_AMOUNT:g})",
            "coefficient": crm.WIN_SIZE_PER_LN_AMOUNT,
        },
        {
            "name": "longer_meetings_raise_win_rate_within_a_rep",
            "cause": "mean length of a deal's meetings",
            "outcome": "opportunities.outcome",
            "columns": ["touches.duration_s", "touches.channel", "opportunities.outcome"],
            "model": (
                "logit P(won) += coefficient x ln(mean meeting minutes / "
                f"{crm.REFERENCE_MEETING_MINUTES:g})"
            ),
            "coefficient": crm.WIN_MEETING_PER_LN_MINUTES,
            "note": (
                "An aggregation reversal: reps who hold long meetings are the less skilled "
                f"(rep meeting length x exp({crm.REP_MEETING_SKILL:g} x skill)), so across reps "
                "longer meetings go with fewer wins, while on any one rep's deals a longer "
                "meeting helps."
            ),
        },
        {
            "name": "reps_differ_in_deal_mix",
            "role": "confounder",
            "cause": "a rep's deal-size factor",
            "outcome": "deal size, and through it cycle length, touches and win rate",
            "columns": ["opportunities.owner_id", "opportunities.amount"],
            "model": f"amount x lognormal(0, {crm.REP_DEAL_SIZE_SPREAD:g}) per rep",
            "elasticity": 1.0,
            "note": "A rep with long cycles may simply sell the largest deals.",
        },
        {
            "name": "deal_size_lengthens_cycle",
            "role": "confounder",
            "cause": "opportunities.amount",
            "outcome": "cycle length (closed_at - created_at)",
            "columns": [
                "opportunities.amount",
                "opportunities.created_at",
                "opportunities.closed_at",
            ],
            "model": (
                f"cycle days = {crm.CYCLE_BASE_DAYS:g} x (amount / ref)^elasticity"
                " x lognormal(0, 0.4)"
            ),
            "elasticity": crm.CYCLE_SIZE_ELASTICITY,
        },
        {
            "name": "deal_size_raises_touch_count",
            "role": "confounder",
            "cause": "opportunities.amount",
            "outcome": "number of touches on the opportunity",
            "columns": ["opportunities.amount", "touches.opportunity_id"],
            "model": "expected touches proportional to (amount / ref)^elasticity x time open",
            "elasticity": crm.TOUCH_SIZE_ELASTICITY,
            "note": (
                "Touch count has no effect of its own: across all deals more touches go with "
                "lower win rates and longer cycles, only because both follow deal size."
            ),
        },
    ]


def _insight_expectations() -> dict[str, Any]:
    """What `sellindex insights` should find, by the names of its behaviours."""
    return {
        "won": {
            "within_rep_effects": {"social_share": 1, "content_share": 1, "meeting_minutes": 1},
            "null_behaviours": ["call_minutes", "touches", "speed_to_lead_hours"],
            "aggregation_reversal": "meeting_minutes",
        },
        "cycle_days": {
            "confounded_null": {"behaviour": "touches", "confounder": "deal size"},
        },
        "reps_differ_in_deal_mix": True,
    }


def _non_effects() -> list[dict[str, Any]]:
    return [
        {
            "name": "touch_count_on_outcome",
            "columns": ["touches.opportunity_id", "opportunities.outcome"],
            "note": "No effect within comparable deal sizes (confounded by amount).",
        },
        {
            "name": "call_duration",
            "columns": ["touches.duration_s", "opportunities.outcome", "leads.qualified_at"],
            "note": "Durations are drawn independently of everything else.",
        },
        {
            "name": "touch_hour_of_day",
            "columns": ["touches.occurred_at", "opportunities.outcome"],
            "note": "Hour of day is drawn uniformly in 8:00-18:00, independently of outcomes.",
        },
        {
            "name": "login_frequency",
            "columns": ["activity.event_type = 'login'", "opportunities.outcome"],
            "note": "Reps' network activity is independent of their skill and of deal outcomes.",
        },
        {
            "name": "social_selling_index_on_win_rate",
            "columns": ["activity", "connections", "opportunities.outcome"],
            "note": (
                "Network behaviour is independent of rep skill, so the index should not predict "
                "win rate beyond what social touches in the CRM explain."
            ),
        },
        {
            "name": "rep_team_on_outcome",
            "columns": ["members.team_id", "opportunities.outcome"],
            "note": "Skill is drawn per rep; teams carry no effect of their own.",
        },
    ]
