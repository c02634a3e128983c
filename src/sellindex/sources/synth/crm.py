"""CRM for the sellers: accounts, leads, touches, opportunities and their stage history.

Outcomes are drawn from the documented models below (also written to ground_truth.json), so an
analysis can be graded on whether it finds the planted effects and ignores the planted
non-effects. All coefficients are on the log-odds scale unless stated otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from sellindex.schema import LEAD_SOURCES, OUTCOMES, SEGMENTS, TOUCH_CHANNELS
from sellindex.sources.synth import vocab
from sellindex.sources.synth.config import (
    DAY_S,
    NULL_ID,
    NULL_TS,
    Streams,
    SynthConfig,
    after,
    pick,
)
from sellindex.sources.synth.population import Population, company_names, industry_weights

HOUR_S = 3_600
TOP_PERFORMER_SHARE = 0.10
INBOUND_SHARE = 0.40
REASSIGNED_SHARE = 0.06
UNTOUCHED_SHARE = 0.06
LEADS_PER_ACCOUNT = 25
SEGMENT_WEIGHTS = (0.60, 0.30, 0.10)
SEGMENT_DEAL_SIZE = (8_000.0, 40_000.0, 200_000.0)
REFERENCE_AMOUNT = 20_000.0

# Qualification: logit P(qualified) = base + inbound + speed x ln(hours from assignment to touch)
QUALIFY_BASE = -0.2
QUALIFY_INBOUND = 0.7
QUALIFY_SPEED_PER_LN_HOUR = -0.35
CONVERT_SHARE = 0.65
"""Share of qualified leads that become an opportunity (no rep or lead effect)."""
NON_LEAD_OPPORTUNITY_RATIO = 0.25
"""Opportunities opened outside lead flow, per opportunity that came from a lead."""

# Win: logit P(won) = base + skill x z + social x share + content x share + size x ln(amount/ref)
#                     + meeting x ln(mean meeting minutes / 30)
WIN_BASE = -1.2
WIN_SKILL = 0.6
WIN_SOCIAL_SHARE = 1.5
WIN_CONTENT_SHARE = 1.0
WIN_SIZE_PER_LN_AMOUNT = -0.35
WIN_MEETING_PER_LN_MINUTES = 0.8
REFERENCE_MEETING_MINUTES = 30.0
# Reps who hold long meetings are the weaker ones: across reps, longer meetings go with fewer
# wins, although on any one rep's deals a longer meeting helps (an aggregation reversal).
REP_MEETING_SKILL = -0.15
REP_MEETING_SPREAD = 0.1
# Deals differ in style around their rep's habits (log-normal factors per deal).
DEAL_SOCIAL_SPREAD = 0.6
DEAL_CONTENT_SPREAD = 0.6
DEAL_MEETING_SPREAD = 0.45
MEETING_SPREAD = 0.2
REP_DEAL_SIZE_SPREAD = 0.5
"""Reps sell deals of different sizes (territory, seniority): their deal mix differs."""
# Deal size is the confounder: it lengthens the cycle and adds touches.
CYCLE_BASE_DAYS = 25.0
CYCLE_SIZE_ELASTICITY = 0.35
TOUCH_SIZE_ELASTICITY = 0.45
LEAD_PHASE_TOUCH_SHARE = 0.4
"""Share of all touches made while working leads; the rest go to opportunities."""
MEETING_SHARE = 0.2
CALL_CONTENT_RATE = 0.05


@dataclass
class Reps:
    """Latent traits of every rep (sellers who are not team managers), by position."""

    member_id: np.ndarray
    skill: np.ndarray
    response_hours: np.ndarray
    social_share: np.ndarray
    content_rate: np.ndarray
    capacity: np.ndarray
    meeting_minutes: np.ndarray
    deal_size: np.ndarray

    @property
    def win_propensity(self) -> np.ndarray:
        """What a rep's own traits add to the log-odds of winning a typical deal: skill, and
        the rep-level part of each planted behaviour (their habits and deal mix)."""
        return (
            WIN_SKILL * self.skill
            + WIN_SOCIAL_SHARE * self.social_share
            + WIN_CONTENT_SHARE * self.content_rate
            + WIN_MEETING_PER_LN_MINUTES * np.log(self.meeting_minutes / REFERENCE_MEETING_MINUTES)
            + WIN_SIZE_PER_LN_AMOUNT * np.log(self.deal_size)
        )

    @property
    def top_performers(self) -> np.ndarray:
        """Rep member ids whose planted win propensity is in the top 10%, best first."""
        n_top = max(1, round(len(self.skill) * TOP_PERFORMER_SHARE))
        return self.member_id[np.argsort(-self.win_propensity, kind="stable")[:n_top]]


def build_reps(pop: Population, streams: Streams) -> Reps:
    rng = streams.rng("reps")
    ids = pop.reps
    n = len(ids)
    skill = rng.standard_normal(n)
    response_hours = rng.lognormal(np.log(4.0), 1.2, n)
    social_share = rng.beta(2.0, 5.0, n)
    content_rate = rng.beta(2.0, 3.0, n)
    capacity = rng.lognormal(0.0, 0.4, n)
    meeting_minutes = REFERENCE_MEETING_MINUTES * np.exp(
        REP_MEETING_SKILL * skill + REP_MEETING_SPREAD * rng.standard_normal(n)
    )
    return Reps(
        member_id=ids,
        skill=skill,
        response_hours=response_hours,
        social_share=social_share,
        content_rate=content_rate,
        capacity=capacity,
        meeting_minutes=meeting_minutes,
        deal_size=rng.lognormal(0.0, REP_DEAL_SIZE_SPREAD, n),
    )


@dataclass
class Accounts:
    segment: np.ndarray
    weight: np.ndarray

    def rows(self, config: SynthConfig, streams: Streams) -> dict:
        rng = streams.rng("account_rows")
        n = len(self.segment)
        ids = np.arange(1, n + 1, dtype=np.int64)
        return {
            "account_id": ids,
            "name": company_names(ids + 7_919),
            "industry": pa.array(vocab.INDUSTRIES).take(pick(rng, industry_weights(), n)),
            "region": pa.array(vocab.REGIONS).take(pick(rng, np.array(vocab.REGION_WEIGHTS), n)),
            "segment": pa.array(SEGMENTS).take(self.segment.astype(np.int64)),
        }


def build_accounts(config: SynthConfig, streams: Streams) -> Accounts:
    rng = streams.rng("accounts")
    n = max(100, round(config.members * config.leads_per_member / LEADS_PER_ACCOUNT))
    return Accounts(
        segment=pick(rng, np.array(SEGMENT_WEIGHTS), n).astype(np.int8),
        weight=rng.lognormal(0.0, 1.0, n),
    )


def _logistic(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def _business_time(
    rng: np.random.Generator, t: np.ndarray, lo: np.ndarray, end_ts: int
) -> np.ndarray:
    """Move times to working hours (8:00-18:00) of the same day, never before `lo`."""
    day = t - t % DAY_S
    moved = day + (8 * HOUR_S + rng.random(len(t)) * 10 * HOUR_S).astype(np.int64)
    return np.minimum(np.maximum(moved, lo), end_ts - 1)


class Crm:
    """Draws leads, opportunities, stages and touches one chunk of leads at a time."""

    def __init__(self, pop: Population, config: SynthConfig, streams: Streams) -> None:
        self.pop = pop
        self.config = config
        self.streams = streams
        self.reps = build_reps(pop, streams)
        self.accounts = build_accounts(config, streams)
        self.n_leads = round(config.members * config.leads_per_member)
        self.next_opportunity = 1
        self.next_touch = 1

    def chunks(self) -> list[tuple[int, int]]:
        size = self.config.chunk_size
        if not len(self.reps.member_id):
            return []
        return [(s, min(s + size, self.n_leads)) for s in range(0, self.n_leads, size)]

    def generate(self, start: int, stop: int, chunk: int) -> dict[str, dict]:
        """Rows of leads, opportunities, opportunity_stages and touches for leads start+1..stop."""
        rng = self.streams.rng("crm", chunk)
        cfg, reps = self.config, self.reps
        n = stop - start
        end = cfg.end_ts
        lead_id = np.arange(start + 1, stop + 1, dtype=np.int64)
        inbound = rng.random(n) < INBOUND_SHARE
        rep = pick(rng, reps.capacity, n)
        created = cfg.crm_start_ts + (rng.random(n) * (end - cfg.crm_start_ts)).astype(np.int64)
        routing = np.where(inbound, rng.exponential(2 * HOUR_S, n), 0.0)
        reassigned = rng.random(n) < REASSIGNED_SHARE
        routing = np.where(reassigned, rng.uniform(3 * DAY_S, 30 * DAY_S, n), routing)
        assigned = after(created, routing, end)
        account = pick(rng, self.accounts.weight, n) + 1
        account = np.where(rng.random(n) < 0.08, NULL_ID, account)

        speed_h = reps.response_hours[rep] * rng.lognormal(0.0, 0.8, n)
        first_touch = assigned + (speed_h * HOUR_S).astype(np.int64)
        touched = (rng.random(n) >= UNTOUCHED_SHARE) & (first_touch < end)
        decided = after(first_touch, rng.exponential(6 * DAY_S, n), end + DAY_S)
        decided_in_time = touched & (decided < end)
        logit = (
            QUALIFY_BASE
            + QUALIFY_INBOUND * inbound
            + QUALIFY_SPEED_PER_LN_HOUR * np.log(np.maximum(speed_h, 1 / 60))
        )
        qualifies = rng.random(n) < _logistic(logit)
        qualified_at = np.where(decided_in_time & qualifies, decided, NULL_TS)
        give_up = assigned + 30 * DAY_S
        disqualified_at = np.where(decided_in_time & ~qualifies, decided, NULL_TS)
        disqualified_at = np.where(~touched & (give_up < end), give_up, disqualified_at)

        opened = after(decided, rng.exponential(3 * DAY_S, n), end + DAY_S)
        converts = (qualified_at != NULL_TS) & (rng.random(n) < CONVERT_SHARE) & (opened < end)
        lead_opp = np.flatnonzero(converts)
        n_extra = rng.poisson(NON_LEAD_OPPORTUNITY_RATIO * len(lead_opp))
        n_opp = len(lead_opp) + n_extra
        opp_id = np.arange(self.next_opportunity, self.next_opportunity + n_opp, dtype=np.int64)
        self.next_opportunity += n_opp
        converted = np.zeros(n, dtype=np.int64)
        converted[lead_opp] = opp_id[: len(lead_opp)]

        o_rep = np.concatenate([rep[lead_opp], pick(rng, reps.capacity, n_extra)])
        o_lead = np.concatenate([lead_id[lead_opp], np.zeros(n_extra, dtype=np.int64)])
        o_created = np.concatenate(
            [
                opened[lead_opp],
                cfg.crm_start_ts
                + (rng.random(n_extra) * (end - cfg.crm_start_ts)).astype(np.int64),
            ]
        )
        extra_account = pick(rng, self.accounts.weight, n_extra) + 1
        o_account = np.concatenate([account[lead_opp], extra_account])
        segment = np.where(
            o_account == NULL_ID, 0, self.accounts.segment[np.maximum(o_account - 1, 0)]
        )
        product = pick(rng, np.array(vocab.PRODUCT_WEIGHTS), n_opp)
        amount = np.round(
            np.array(SEGMENT_DEAL_SIZE)[segment]
            * np.array(vocab.PRODUCT_PRICE)[product]
            * reps.deal_size[o_rep]
            * rng.lognormal(0.0, 0.6, n_opp),
            -2,
        )
        style = self.streams.rng("deal_style", chunk)
        social_factor = style.lognormal(0.0, DEAL_SOCIAL_SPREAD, n_opp)
        content_factor = style.lognormal(0.0, DEAL_CONTENT_SPREAD, n_opp)
        meeting_factor = style.lognormal(0.0, DEAL_MEETING_SPREAD, n_opp)
        amount = np.maximum(amount, 100.0)
        log_size = np.log(amount / REFERENCE_AMOUNT)
        cycle_s = (
            CYCLE_BASE_DAYS
            * DAY_S
            * np.exp(CYCLE_SIZE_ELASTICITY * log_size)
            * rng.lognormal(0.0, 0.4, n_opp)
        ).astype(np.int64)
        cycle_s = np.maximum(cycle_s, HOUR_S)
        close_at = o_created + cycle_s
        is_closed = close_at < end

        # Touches on leads: the first at first contact, the rest until the lead is decided.
        lead_touches = np.where(touched, 1 + rng.poisson(self._lead_touch_mean() - 1, n), 0)
        lt_lead = np.repeat(np.arange(n), lead_touches)
        lt_lo = first_touch[lt_lead]
        lt_hi = np.minimum(np.where(decided_in_time, decided, end), end)[lt_lead]
        lt_when = lt_lo + (rng.random(len(lt_lead)) * (lt_hi - lt_lo)).astype(np.int64)
        lt_when = _business_time(rng, lt_when, lt_lo, end)
        is_first = np.r_[True, lt_lead[1:] != lt_lead[:-1]] if len(lt_lead) else np.zeros(0, bool)
        lt_when[is_first] = lt_lo[is_first]
        lt_channel = self._channels(rng, reps.social_share[rep[lt_lead]], meetings=False)

        # Touches on opportunities: more for larger deals, none of it changes the outcome.
        budget = cfg.touches_per_lead * n - len(lt_lead)
        size_factor = np.exp(TOUCH_SIZE_ELASTICITY * log_size)
        open_share = np.clip((np.minimum(close_at, end) - o_created) / np.maximum(cycle_s, 1), 0, 1)
        weight = size_factor * open_share
        per_weight = max(budget, 0) / weight.sum() if n_opp and weight.sum() > 0 else 0.0
        opp_touches = rng.poisson(per_weight * weight)
        ot_opp = np.repeat(np.arange(n_opp), opp_touches)
        ot_lo = o_created[ot_opp]
        ot_hi = np.minimum(close_at, end)[ot_opp]
        ot_when = ot_lo + (rng.random(len(ot_opp)) * (ot_hi - ot_lo)).astype(np.int64)
        ot_when = _business_time(rng, ot_when, ot_lo, end)
        ot_social = np.minimum(reps.social_share[o_rep[ot_opp]] * social_factor[ot_opp], 0.95)
        ot_channel = self._channels(rng, ot_social, meetings=True)

        t_rep = np.concatenate([rep[lt_lead], o_rep[ot_opp]])
        t_channel = np.concatenate([lt_channel, ot_channel])
        social = t_channel == TOUCH_CHANNELS.index("social")
        call = t_channel == TOUCH_CHANNELS.index("call")
        meeting = t_channel == TOUCH_CHANNELS.index("meeting")
        t_deal_factor = np.concatenate([np.ones(len(lt_lead)), content_factor[ot_opp]])
        habit = np.minimum(reps.content_rate[t_rep] * t_deal_factor, 0.95)
        content_rate = np.where(call, CALL_CONTENT_RATE, habit)
        content_shared = rng.random(len(t_rep)) < content_rate
        duration = np.full(len(t_rep), np.nan)
        duration[call] = np.round(rng.lognormal(np.log(240.0), 0.8, int(call.sum())))
        t_meeting_minutes = np.concatenate(
            [np.ones(len(lt_lead)), reps.meeting_minutes[o_rep[ot_opp]] * meeting_factor[ot_opp]]
        )
        duration[meeting] = np.round(
            60 * t_meeting_minutes[meeting] * rng.lognormal(0.0, MEETING_SPREAD, int(meeting.sum()))
        )
        n_touches = len(t_rep)
        touch_id = np.arange(self.next_touch, self.next_touch + n_touches, dtype=np.int64)
        self.next_touch += n_touches

        # Outcome of each deal, from the behaviours in its own touches.
        in_opp = np.arange(len(lt_lead), n_touches)
        touches_per_opp = np.maximum(opp_touches, 1)
        social_share = np.bincount(ot_opp, social[in_opp], n_opp) / touches_per_opp
        content_share = np.bincount(ot_opp, content_shared[in_opp], n_opp) / touches_per_opp
        opp_meeting = meeting[in_opp]
        meetings = np.bincount(ot_opp, opp_meeting, n_opp)
        meeting_minutes = np.bincount(
            ot_opp[opp_meeting], duration[in_opp][opp_meeting] / 60, n_opp
        ) / np.maximum(meetings, 1)
        meeting_term = np.where(
            meetings > 0,
            np.log(np.maximum(meeting_minutes, 1.0) / REFERENCE_MEETING_MINUTES),
            0.0,
        )
        win_logit = (
            WIN_BASE
            + WIN_SKILL * reps.skill[o_rep]
            + WIN_SOCIAL_SHARE * social_share
            + WIN_CONTENT_SHARE * content_share
            + WIN_SIZE_PER_LN_AMOUNT * log_size
            + WIN_MEETING_PER_LN_MINUTES * meeting_term
        )
        wins = rng.random(n_opp) < _logistic(win_logit)
        outcome = np.where(is_closed, np.where(wins, 0, 1), 2)
        stages = self._stages(rng, opp_id, o_created, cycle_s, outcome, amount)

        return {
            "leads": {
                "lead_id": lead_id,
                "source": pa.array(LEAD_SOURCES).take(np.where(inbound, 0, 1)),
                "created_at": created,
                "owner_id": reps.member_id[rep],
                "assigned_at": assigned,
                "qualified_at": qualified_at,
                "disqualified_at": disqualified_at,
                "converted_opportunity_id": converted,
                "account_id": account,
            },
            "opportunities": {
                "opportunity_id": opp_id,
                "lead_id": o_lead,
                "owner_id": reps.member_id[o_rep],
                "account_id": o_account,
                "product": pa.array(vocab.PRODUCTS).take(product),
                "created_at": o_created,
                "closed_at": np.where(is_closed, close_at, NULL_TS),
                "outcome": pa.array(OUTCOMES).take(outcome),
                "amount": amount,
            },
            "opportunity_stages": stages,
            "touches": {
                "touch_id": touch_id,
                "rep_id": reps.member_id[t_rep],
                "lead_id": np.concatenate([lead_id[lt_lead], np.zeros(len(ot_opp), np.int64)]),
                "opportunity_id": np.concatenate(
                    [np.zeros(len(lt_lead), np.int64), opp_id[ot_opp]]
                ),
                "channel": pa.array(TOUCH_CHANNELS).take(t_channel),
                "occurred_at": np.concatenate([lt_when, ot_when]),
                "duration_s": duration,
                "content_shared": content_shared,
            },
        }

    def _lead_touch_mean(self) -> float:
        return max(1.0, LEAD_PHASE_TOUCH_SHARE * self.config.touches_per_lead)

    def _channels(
        self, rng: np.random.Generator, social_rate: np.ndarray, meetings: bool
    ) -> np.ndarray:
        """Channel per touch: social at the given rate, the rest calls, emails, meetings."""
        u = rng.random(len(social_rate))
        social = u < social_rate
        rest = rng.random(len(social_rate))
        meeting_share = MEETING_SHARE if meetings else 0.0
        other = np.where(
            rest < meeting_share,
            TOUCH_CHANNELS.index("meeting"),
            np.where(
                rest < meeting_share + (1 - meeting_share) / 2,
                TOUCH_CHANNELS.index("call"),
                TOUCH_CHANNELS.index("email"),
            ),
        )
        return np.where(social, TOUCH_CHANNELS.index("social"), other).astype(np.int64)

    def _stages(
        self,
        rng: np.random.Generator,
        opp_id: np.ndarray,
        created: np.ndarray,
        cycle_s: np.ndarray,
        outcome: np.ndarray,
        amount: np.ndarray,
    ) -> dict:
        """Stage history: open stages spread over the cycle, then closed_won or closed_lost."""
        n_open_stages = len(vocab.OPPORTUNITY_STAGES)
        n = len(opp_id)
        end = self.config.end_ts
        lost_depth = rng.integers(1, n_open_stages + 1, n)
        elapsed = np.clip((end - created) / np.maximum(cycle_s, 1), 0, 1)
        open_depth = np.clip(np.ceil(elapsed * n_open_stages), 1, n_open_stages).astype(np.int64)
        depth = np.select([outcome == 0, outcome == 1], [n_open_stages, lost_depth], open_depth)
        closed = outcome != 2
        rows = depth + closed
        opp = np.repeat(np.arange(n), rows)
        step = np.arange(len(opp)) - np.repeat(np.cumsum(rows) - rows, rows)
        is_close = closed[opp] & (step == depth[opp])
        entered = created[opp] + (cycle_s[opp] * step / depth[opp]).astype(np.int64)
        entered = np.minimum(entered, end - 1)
        names = np.array([*vocab.OPPORTUNITY_STAGES, "closed_won", "closed_lost"], dtype=object)
        code = np.where(is_close, np.where(outcome[opp] == 0, 4, 5), step)
        estimate = np.round(amount[opp] * rng.lognormal(0.0, 0.15, len(opp)), -2)
        last = np.r_[opp[1:] != opp[:-1], True] if len(opp) else np.zeros(0, bool)
        return {
            "opportunity_id": opp_id[opp],
            "stage": pa.array(names[code].astype(str)),
            "entered_at": entered,
            "amount": np.where(last, amount[opp], estimate),
        }
