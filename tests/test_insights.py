"""Insights: deal behaviours on a hand-built world, the estimates on constructed data with known
answers, and, over twenty planted worlds, that real effects are found and false ones warned."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from sellindex.analysis.insights import MIN_DEALS, analyse, prepare_deals
from sellindex.metrics.deals import BEHAVIOURS_BY_NAME, SIGNAL_BEHAVIOURS, deal_behaviours
from sellindex.metrics.kpis.periods import Window
from sellindex.service.pipeline import bulk_load, generated_files
from sellindex.sources.synth import GROUND_TRUTH_FILE, SynthConfig, generate_world
from sellindex.store import Store, open_store
from test_kpis_fixtures import insert, member, ts


def _snapshot(as_of: str, member_id: int, pillar: float) -> dict:
    return {
        "as_of": date.fromisoformat(as_of), "member_id": member_id, "model_version": "t",
        "brand": pillar, "find": pillar, "engage": pillar, "relationships": pillar,
        "total": 4 * pillar,
    }  # fmt: skip


def _build_deals_world(store: Store) -> None:
    """Rep 1: O1 (from lead L1, first touched 3 h after assignment) won after 20 days with a
    call of 10 min on the lead, an email, a 30-min meeting and a social touch (a call after the
    close does not count), content shared on 2 of the 4; O2 lost after 30 days, two calls of 5
    and 15 min, no account. Rep 2: O3 won with one social touch. O4 is open and O5 closed
    before it opened: neither is a closed deal. Rep 1's index is 40 on Jan 1 and 44 on Jan 8.
    """
    insert(store, "members", [
        member(1, team_id=10, joined_at=ts("2020-01-01")),
        member(2, team_id=10, joined_at=ts("2023-07-01")),
    ])  # fmt: skip
    insert(store, "accounts", [
        {"account_id": 100, "name": "Acme", "segment": "smb", "region": "Europe"},
    ])  # fmt: skip
    insert(store, "leads", [
        {"lead_id": 1, "source": "inbound", "created_at": ts("2024-01-01"), "owner_id": 1,
         "assigned_at": ts("2024-01-01"), "qualified_at": ts("2024-01-04"),
         "converted_opportunity_id": 1},
    ])  # fmt: skip
    deal = {"product": "core"}
    insert(store, "opportunities", [
        deal | {"opportunity_id": 1, "lead_id": 1, "owner_id": 1, "account_id": 100,
                "created_at": ts("2024-01-05"), "closed_at": ts("2024-01-25"),
                "outcome": "won", "amount": 1000.0},
        deal | {"opportunity_id": 2, "owner_id": 1, "created_at": ts("2024-01-10"),
                "closed_at": ts("2024-02-09"), "outcome": "lost", "amount": 500.0},
        deal | {"opportunity_id": 3, "owner_id": 2, "account_id": 100,
                "created_at": ts("2024-02-01"), "closed_at": ts("2024-02-11"),
                "outcome": "won", "amount": 2000.0},
        deal | {"opportunity_id": 4, "owner_id": 2, "created_at": ts("2024-02-01"),
                "outcome": "open"},
        deal | {"opportunity_id": 5, "owner_id": 2, "created_at": ts("2024-02-05"),
                "closed_at": ts("2024-02-01"), "outcome": "won", "amount": 10.0},
    ])  # fmt: skip
    touches = [
        (1, 1, 1, None, "call", "2024-01-01T03:00", 600, True),
        (2, 1, None, 1, "email", "2024-01-10T00:00", None, False),
        (3, 1, None, 1, "meeting", "2024-01-15T00:00", 1800, True),
        (4, 1, None, 1, "social", "2024-01-20T00:00", None, False),
        (5, 1, None, 1, "call", "2024-01-26T00:00", 6000, True),  # after the close
        (6, 1, None, 2, "call", "2024-01-11T00:00", 300, False),
        (7, 1, None, 2, "call", "2024-01-12T00:00", 900, True),
        (8, 2, None, 3, "social", "2024-02-02T00:00", None, False),
    ]
    insert(store, "touches", [
        {"touch_id": t, "rep_id": rep, "lead_id": lead, "opportunity_id": opp, "channel": ch,
         "occurred_at": ts(at), "duration_s": seconds, "content_shared": content}
        for t, rep, lead, opp, ch, at, seconds, content in touches
    ])  # fmt: skip
    signals = [b.name.removeprefix("signal_") for b in SIGNAL_BEHAVIOURS[:2]]
    store.con.execute(
        "INSERT INTO ssi_runs (as_of, model_name, model_version, signals, signal_pillars, "
        "signal_max_points, members, scored_at) VALUES (DATE '2024-01-08', 'm', 't', ?, "
        "['brand', 'brand'], [5.0, 5.0], 1, TIMESTAMP '2024-01-08 01:00:00')",
        [signals],
    )
    later = _snapshot("2024-01-08", 1, 11) | {"signal_points": [3.5, 1.25]}
    for snapshot in (_snapshot("2024-01-01", 1, 10), later):
        store.con.execute(
            f"INSERT INTO ssi_snapshots ({', '.join(snapshot)}) "
            f"VALUES ({', '.join('?' * len(snapshot))})",
            list(snapshot.values()),
        )


def test_deal_behaviours_match_the_hand_counts(store: Store) -> None:
    _build_deals_world(store)
    rows = deal_behaviours(store, Window()).to_pyarrow().to_pandas().set_index("opportunity_id")
    assert sorted(rows.index) == [1, 2, 3]
    one, two, three = rows.loc[1], rows.loc[2], rows.loc[3]
    assert (one.won, one.booked, one.cycle_days, one.touches) == (1, 1000.0, 20.0, 4)
    assert [one.social_share, one.email_share, one.call_share, one.meeting_share] == [0.25] * 4
    assert one.content_share == 0.5
    assert (one.call_minutes, one.meeting_minutes, one.speed_to_lead_hours) == (10.0, 30.0, 3.0)
    assert one.followup_gap_days == pytest.approx((18 + 21 / 24) / 3)
    assert (one.lead_source, one.segment, one.region, one.quarter) == (
        "inbound", "smb", "Europe", "2024-01-01",
    )  # fmt: skip
    assert one.tenure_years == pytest.approx(1465 / 365.25)
    assert (one.index_total, one.index_brand) == (40.0, 10.0)
    assert (two.won, two.booked, two.cycle_days, two.touches, two.call_share) == (
        0,
        0.0,
        30.0,
        2,
        1.0,
    )
    assert (two.call_minutes, two.followup_gap_days, two.index_total) == (10.0, 1.0, 44.0)
    first, second = (b.name for b in SIGNAL_BEHAVIOURS[:2])
    assert (two[first], two[second]) == (3.5, 1.25)  # by name, from the run of Jan 8
    assert np.isnan(one[first])  # Jan 1 has no run to name its signals
    assert np.isnan(two.meeting_minutes) and np.isnan(two.speed_to_lead_hours)
    assert (two.lead_source, two.segment) == ("no lead", "unknown")
    assert three.social_share == 1.0 and np.isnan(three.followup_gap_days)
    assert np.isnan(three.index_total)
    assert three.tenure_years == pytest.approx(215 / 365.25)
    window = Window.from_dates(date(2024, 2, 1), date(2024, 2, 29))
    assert sorted(deal_behaviours(store, window).to_pandas()["opportunity_id"]) == [2, 3]


def _constructed(reps: int = 12, deals: int = 10, seed: int = 0) -> pd.DataFrame:
    """Deals with one behaviour `x`: each rep has their own level, each deal varies around it."""
    rng = np.random.default_rng(seed)
    rep = np.repeat(np.arange(1, reps + 1), deals)
    level = rng.normal(0, 1, reps)[rep - 1]
    x = level + rng.normal(0, 1, len(rep))
    return pd.DataFrame(
        {
            "opportunity_id": np.arange(len(rep)), "rep_id": rep, "x": x,
            "amount": rng.lognormal(9, 1, len(rep)), "tenure_years": 2.0,
            "product": "core", "segment": "smb", "region": "Europe",
            "lead_source": "inbound", "quarter": "2024-01-01", "won": 0,
            "cycle_days": 10.0,
        }
    )  # fmt: skip


BEHAVIOUR_X = BEHAVIOURS_BY_NAME["social_share"]


def _with_x(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.assign(social_share=frame["x"])


def test_within_and_between_parts_are_recovered_exactly() -> None:
    """booked = 100 + 50 x (deal minus its rep's mean) - 20 x (rep's mean): per standard
    deviation of x, +50 sd within reps and -20 sd between them; warned as a reversal."""
    deals = _constructed()
    rep_mean = deals.groupby("rep_id")["x"].transform("mean")
    noise = np.random.default_rng(1).normal(0, 1, len(deals))
    deals["booked"] = 100 + 50 * (deals["x"] - rep_mean) - 20 * rep_mean + noise
    report = analyse(_with_x(deals), "booked", controls=(), behaviours=[BEHAVIOUR_X])
    [finding] = report.findings
    sd = deals["x"].std()
    assert finding.within.value == pytest.approx(50 * sd, rel=0.02)
    assert finding.between.value == pytest.approx(-20 * sd, rel=0.05)
    assert finding.within.low < finding.within.value < finding.within.high
    assert finding.within.significant and finding.between.significant
    assert report.tests == 2
    assert [c.kind for c in finding.cautions] == ["aggregation_reversal", "small_sample"]
    assert "Across reps, more social touches go with less booked revenue" in (
        finding.cautions[0].message
    )


def test_a_reversal_across_the_strata_of_a_confounder_is_named() -> None:
    """Three segments: the larger the segment's deals, the more x and the longer the cycle;
    within each segment more x shortens the cycle (Simpson's paradox)."""
    deals = _constructed(reps=30, deals=10)
    rng = np.random.default_rng(2)
    segment = rng.integers(0, 3, len(deals))
    deals["segment"] = np.array(["smb", "mid_market", "enterprise"])[segment]
    deals["x"] = 2.0 * segment + rng.normal(0, 0.5, len(deals))
    deals["cycle_days"] = np.exp(
        1 + 1.0 * segment - 0.3 * deals["x"] + rng.normal(0, 0.1, len(deals))
    )
    report = analyse(_with_x(deals), "cycle", controls=("segment",), behaviours=[BEHAVIOUR_X])
    [finding] = report.findings
    assert finding.raw.value > 1 and finding.within.value < 1
    messages = " ".join(c.message for c in finding.cautions if c.kind == "simpson")
    assert "Simpson's reversal across segment" in messages
    assert "within each segment they go with shorter cycles" in messages


def test_an_association_that_only_raw_comparisons_show_names_its_confounder() -> None:
    deals = _constructed(reps=30, deals=10)
    rng = np.random.default_rng(3)
    deals["amount"] = rng.lognormal(9, 1.2, len(deals))
    log_amount = np.log(deals["amount"])
    deals["x"] = log_amount + rng.normal(0, 0.3, len(deals))
    deals["cycle_days"] = np.exp(0.5 * log_amount + rng.normal(0, 0.3, len(deals)))
    report = analyse(_with_x(deals), "cycle", behaviours=[BEHAVIOUR_X])
    [finding] = report.findings
    assert finding.raw.significant is False and finding.raw.p < 1e-6
    assert not finding.within.significant
    [confounded] = [c.message for c in finding.cautions if c.kind == "confounded"]
    assert "deal size explains it" in confounded


def test_too_few_deals_say_not_enough_data() -> None:
    deals = _constructed(reps=5, deals=6)
    deals["won"] = (deals["x"] > 0).astype(int)
    report = analyse(_with_x(deals), "won", behaviours=[BEHAVIOUR_X])
    [finding] = report.findings
    assert finding.within is None and finding.between is None and report.tests == 0
    assert finding.not_enough_data.startswith("not enough data: 30 deals from 5 reps")
    assert f"at least {MIN_DEALS} deals" in finding.not_enough_data


def test_bad_outcome_and_controls_are_user_errors() -> None:
    from sellindex.errors import SellindexError

    deals = _with_x(_constructed())
    with pytest.raises(SellindexError, match="outcome must be one of"):
        analyse(deals, "revenue")
    with pytest.raises(SellindexError, match="unknown control 'weather'"):
        analyse(deals, "won", controls=("weather",))


PLANTED = dict(members=4000, leads_per_member=3.0, connections_per_member=0, events_per_member=0)
WORLD_TABLES = ["members", "teams", "accounts", "leads", "opportunities", "touches"]


def _planted_world(seed: int, folder: Path) -> tuple[pd.DataFrame, dict]:
    world = folder / f"world-{seed}"
    generate_world(SynthConfig(seed=seed, **PLANTED), world)
    with open_store(folder / f"world-{seed}.duckdb", create=True) as store:
        files, reason = generated_files(world, WORLD_TABLES)
        assert files is not None, reason
        bulk_load(store, files)
        deals = prepare_deals(deal_behaviours(store, Window()).to_pyarrow().to_pandas())
    truth = json.loads((world / GROUND_TRUTH_FILE).read_text())["insights"]
    return deals, truth


@pytest.mark.slow
@pytest.mark.parametrize("seeds", [range(1, 11), range(11, 21)], ids=["seeds 1-10", "seeds 11-20"])
def test_planted_effects_are_found_and_false_ones_warned(seeds: range, tmp_path: Path) -> None:
    """Over ten planted worlds each (twenty in all): at least 95% of planted within-rep effects
    are found with the right sign; at most 5% of null behaviours are reported as levers (a
    null whose between-rep part stands out is only ever shown as a rep trait, never as a
    lever); the aggregation reversal and the confounded null are warned about in every world."""
    planted = found = nulls = false_levers = 0
    for seed in seeds:
        deals, truth = _planted_world(seed, tmp_path)
        won = {f.behaviour: f for f in analyse(deals, "won").findings}
        for name, sign in truth["won"]["within_rep_effects"].items():
            planted += 1
            estimate = won[name].within
            found += bool(estimate and estimate.significant and estimate.direction == sign)
        for name in truth["won"]["null_behaviours"]:
            nulls += 1
            finding = won[name]
            false_levers += bool(finding.within and finding.within.significant)
            if finding.between and finding.between.significant:
                kinds = {c.kind for c in finding.cautions}
                assert kinds & {"rep_trait", "aggregation_reversal"}, (seed, name)
        reversal = won[truth["won"]["aggregation_reversal"]]
        assert "aggregation_reversal" in [c.kind for c in reversal.cautions], seed
        confounded = truth["cycle_days"]["confounded_null"]
        cycle = {f.behaviour: f for f in analyse(deals, "cycle").findings}
        messages = [c.message for c in cycle[confounded["behaviour"]].cautions
                    if c.kind == "confounded"]  # fmt: skip
        assert messages and f"{confounded['confounder']} explains it" in messages[0], seed
    assert found >= 0.95 * planted, (found, planted)
    assert false_levers <= 0.05 * nulls, (false_levers, nulls)


@pytest.fixture(scope="module")
def planted_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("insights")
    _planted_world(3, folder)
    return folder / "world-3.duckdb"


@pytest.mark.slow
def test_cli_prints_tables_json_and_a_report(run_cli, planted_store: Path, tmp_path: Path) -> None:
    db = str(planted_store)
    code, out, err = run_cli("insights", "--db", db)
    assert code == 0, err
    assert "- Meeting length: Across reps, longer meetings go with fewer wins" in out
    assert "significant after adjusting 22 tests" in out
    page = tmp_path / "insights.html"
    code, out, err = run_cli("insights", "--db", db, "--outcome", "cycle", "--by", "rep",
                             "--controls", "size_band,segment", "--json",
                             "--out", str(page))  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    assert (data["outcome"], data["by"], data["controls"]) == (
        "cycle",
        "rep",
        ["deal size", "segment"],
    )
    assert data["tests"] == 20 and data["out"] == str(page)
    html = page.read_text()
    assert "<script" not in html and "What goes with cycle" in html and "<svg" in html
    code, out, err = run_cli("insights", "--db", db, "--controls", "none", "--json")
    assert code == 0 and json.loads(out)["controls"] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--outcome", "revenue"), "revenue"),
        (("--controls", "weather"), "unknown control 'weather'"),
        (("--out", "report.pdf"), "HTML page"),
        (("--from", "0001-01-01"), "`from` (0001-01-01)"),
    ],
)
def test_cli_mistakes_are_one_line(run_cli, store: Store, args, message) -> None:
    code, _, err = run_cli("insights", "--db", str(store.path), *args)
    assert code != 0 and message in err and "Traceback" not in err


def test_a_pipeline_whose_slow_agents_sell_small_deals_warns_about_aggregation(
    run_cli, tmp_path: Path
) -> None:
    """The real-data case: across agents, the longest cycles go with the smallest deals, while
    on any one agent's deals the cycle says nothing about the value. A generic pipeline CSV,
    imported as a user would, must get the warning."""
    rng = np.random.default_rng(4)
    lines = ["opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,"
             "close_value"]  # fmt: skip
    deal = 0
    for agent in range(16):
        typical_cycle = 10 + 6 * agent  # slow agents...
        typical_value = 6000 / (1 + agent)  # ...sell the smallest deals
        for _ in range(30):
            deal += 1
            opened = pd.Timestamp("2024-01-01") + pd.Timedelta(days=int(rng.integers(0, 300)))
            cycle = max(1, int(typical_cycle * rng.lognormal(0, 0.3)))
            won = rng.random() < 0.6
            value = round(typical_value * rng.lognormal(0, 0.3)) if won else 0
            lines.append(
                f"D{deal},Agent {agent},GTX,Acct {deal % 40},{'Won' if won else 'Lost'},"
                f"{opened:%Y-%m-%d},{opened + pd.Timedelta(days=cycle):%Y-%m-%d},{value}"
            )
    export = tmp_path / "pipeline.csv"
    export.write_text("\n".join(lines) + "\n")
    db = str(tmp_path / "pipeline.duckdb")
    assert run_cli("import", "pipeline", str(export), "--db", db)[0] == 0
    code, out, err = run_cli("insights", "--db", db, "--outcome", "booked", "--json")
    assert code == 0, err
    days = next(f for f in json.loads(out)["findings"] if f["behaviour"] == "days_to_close")
    assert days["between"]["significant"] and days["between"]["value"] < 0
    assert not days["within"]["significant"]
    [warning] = [c["message"] for c in days["cautions"] if c["kind"] == "aggregation_reversal"]
    assert "Across reps, longer cycles go with less booked revenue" in warning
    assert "vanishes at deal level" in warning
