"""The Social Selling Index on a hand-made store: raw signals, transforms, rounding, ranks,
snapshots and portability. Every expected number below was counted or computed by hand."""

from __future__ import annotations

import dataclasses
import math
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import ibis
import pytest

from sellindex.errors import SellindexError
from sellindex.metrics.ssi.explain import member_card
from sellindex.metrics.ssi.model import PILLARS, Signal, Transform, load_model, parse_model
from sellindex.metrics.ssi.run import (
    HELD_SCORES,
    default_as_of,
    score_into_snapshots,
    scores_expr,
    scoring_dates,
    scoring_tables,
)
from sellindex.metrics.ssi.scoring import ranked, top_percent
from sellindex.metrics.ssi.signals import raw_values
from sellindex.store import Store

AS_OF = date(2026, 3, 31)
"""The default model's 180-day window of this date is [2025-10-03, 2026-04-01); a 90-day
window (the hand model's) is [2026-01-01, 2026-04-01)."""

MEMBERS = [
    # id, industry, company, seniority, team, joined, photo, headline, summary, exp, edu, skills,
    # rich media, recommendations
    (1, "software", 10, "ic", 7, "2025-01-01", True, True, False, 2, 0, 5, 1, 0),
    (2, "software", 10, "vp", 7, "2025-01-01", None, None, None, None, None, None, None, None),
    (3, "software", 20, "cxo", None, "2025-01-01", True, True, True, 1, 1, 9, 0, 2),
    (4, "banking", 20, "ic", None, "2026-04-15", True, True, True, 1, 1, 9, 3, 2),
    (5, "banking", 10, "director", None, "2025-01-01", False, True, False, 1, 1, 1, 0, 0),
]
CONNECTIONS = [
    (1, 2, "2025-06-01 00:00:00"),
    (1, 3, "2025-06-01 00:00:00"),
    (1, 5, "2026-03-31 23:00:00"),
    (2, 3, "2026-04-02 00:00:00"),  # after the scoring date
]
# actor, event type, day (2026-MM-DD or full date), target
EVENTS = [
    (1, "post", "02-01", None),
    (1, "post", "03-01", None),
    (1, "article", "03-15", None),
    (1, "post", "2025-10-02 23:59:00", None),  # just outside the window
    (1, "share", "03-02", 2),
    (1, "comment", "03-03", 2),
    (1, "reaction", "03-03", 3),
    (1, "reaction", "03-04", 3),
    (1, "search", "03-05", None),
    (1, "search", "03-05", None),
    (1, "advanced_search", "03-06", None),
    (1, "profile_view", "03-07", 2),  # a connection: not prospecting
    (1, "profile_view", "03-07", 4),
    (1, "profile_view", "03-08", 4),
    (1, "lead_saved", "03-09", None),
    (1, "account_saved", "03-09", None),
    (1, "message_sent", "03-10", 2),
    (1, "message_sent", "03-10", 3),
    (1, "inmail_sent", "03-11", 5),
    (1, "inmail_sent", "03-12", 5),
    (1, "message_received", "03-13", 2),
    (1, "group_joined", "03-14", None),
    (1, "group_post", "03-14", None),
    (1, "login", "03-31", None),
    (1, "login", "2026-04-01 00:00:00", None),  # the day after the scoring date
    (2, "reaction", "03-10", 1),
    (3, "comment", "03-11", 1),
    (5, "share", "03-12", 1),
    (2, "endorsement", "03-16", 1),
    (3, "follow", "03-11", 1),
    (5, "follow", "2025-09-01 00:00:00", 1),  # outside the window
    (2, "profile_view", "03-17", 1),
    (3, "profile_view", "03-18", 1),
    (5, "inmail_replied", "03-20", 1),
]
INVITATIONS = [
    (1, 2, "2026-01-10 00:00:00", "2026-01-11 00:00:00"),
    (1, 3, "2026-02-10 00:00:00", "2026-04-05 00:00:00"),  # accepted after the scoring date
    (1, 4, "2026-03-10 00:00:00", None),
    (1, 5, "2025-09-01 00:00:00", "2025-09-02 00:00:00"),  # outside the window
]

MEMBER_1_RAW = {
    "profile_completeness": 4,
    "rich_media": 1,
    "endorsements_received": 1,
    "posts_and_articles": 3,
    "engagement_received": 3,
    "followers_gained": 1,
    "searches": 2,
    "advanced_searches": 1,
    "profile_views_made": 3,
    "prospecting_views": 2,
    "inbound_profile_views": 2,
    "leads_and_accounts_saved": 2,
    "days_active": 17,
    "shares_and_posts": 3,
    "engagement_given": 3,
    "messages_sent": 4,
    "response_rate": 2,
    "groups": 2,
    "connections": 3,
    "decision_maker_connections": 2,
    "same_company_connections": 2,
    "acceptance_rate": 1,
}
MEMBER_1_TRIALS = {"response_rate": 4, "acceptance_rate": 3}

TEST_MODEL = """
name = "hand"
version = "0.1"

[[signals]]
name = "completeness"
pillar = "brand"
points = 7
source = { kind = "profile_completeness" }
transform = { kind = "linear", full = 7.0 }
action = "Complete your profile"
increment = 1

[[signals]]
name = "posts"
pillar = "brand"
points = 18
source = { kind = "events", events = ["post", "article"], role = "actor" }
transform = { kind = "saturating", scale = 3.0 }
action = "Publish a post"
increment = 1

[[signals]]
name = "searches"
pillar = "find"
points = 10
source = { kind = "events", events = ["search"] }
transform = { kind = "log", cap = 8.0 }
action = "Search"
increment = 6

[[signals]]
name = "days"
pillar = "find"
points = 15
source = { kind = "events", events = [], measure = "distinct_days" }
transform = { kind = "log", cap = 16.0 }
action = "Come back"
increment = 1

[[signals]]
name = "replies"
pillar = "engage"
points = 25
source.kind = "event_rate"
source.successes = [
  { events = ["message_received"] },
  { events = ["inmail_replied"], role = "target" },
]
source.trials = [{ events = ["message_sent", "inmail_sent"] }]
transform = { kind = "shrunk_rate", prior = 0.5, strength = 2.0 }
action = "Follow up"
increment = 2

[[signals]]
name = "accepted"
pillar = "relationships"
points = 12.5
source = { kind = "acceptance_rate" }
transform = { kind = "shrunk_rate", prior = 0.25, strength = 4.0 }
action = "Invite people you know"
increment = 1

[[signals]]
name = "network"
pillar = "relationships"
points = 12.5
source = { kind = "connections", segment = "all" }
transform = { kind = "saturating", scale = 3.0 }
action = "Connect"
increment = 3
"""


def _ts(day: str) -> datetime:
    return datetime.fromisoformat(day if len(day) > 5 else f"2026-{day} 12:00:00")


def build_world(store: Store, members: list[tuple] = MEMBERS) -> None:
    con = store.con
    con.executemany(
        "INSERT INTO members (member_id, industry, company_id, seniority, team_id, joined_at, "
        "has_photo, has_headline, has_summary, experience_count, education_count, skills_count, "
        "rich_media_count, recommendations_count) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(*m[:5], datetime.fromisoformat(m[5]), *m[6:]) for m in members],
    )
    con.executemany("INSERT INTO connections VALUES (?, ?, ?)", CONNECTIONS)
    con.executemany(
        "INSERT INTO activity (event_id, member_id, event_type, occurred_at, target_member_id) "
        "VALUES (?, ?, ?, ?, ?)",
        [(i, actor, kind, _ts(day), target) for i, (actor, kind, day, target) in enumerate(EVENTS)],
    )
    con.executemany("INSERT INTO invitations VALUES (?, ?, ?, ?)", INVITATIONS)


@pytest.fixture
def world(store: Store) -> Store:
    build_world(store)
    return store


@pytest.fixture
def hand_model_path(tmp_path: Path) -> Path:
    path = tmp_path / "hand.toml"
    path.write_text(TEST_MODEL)
    return path


def _raw_by_member(store: Store, model_path: Path | None = None) -> dict[int, dict]:
    model = load_model(model_path)
    rows = raw_values(scoring_tables(store), model, AS_OF).to_pyarrow().to_pylist()
    return {r["member_id"]: r for r in rows}


# ------------------------------------------------------------------------ raw signal values


def test_every_default_signal_counts_what_it_says(world: Store) -> None:
    raw = _raw_by_member(world)
    assert set(raw) == {1, 2, 3, 5}, "member 4 joined after the scoring date"
    member = raw[1]
    for name, expected in MEMBER_1_RAW.items():
        assert member[f"raw__{name}"] == pytest.approx(expected), name
    for name, expected in MEMBER_1_TRIALS.items():
        assert member[f"trials__{name}"] == expected, name
    assert set(MEMBER_1_RAW) == {s.name for s in load_model().signals}


def test_state_signals_of_other_members(world: Store) -> None:
    raw = _raw_by_member(world)
    # Member 2: profile all empty (nulls count as missing); the 2-3 connection is not made yet.
    assert raw[2]["raw__profile_completeness"] == 0
    assert raw[2]["raw__rich_media"] == 0
    assert raw[2]["raw__connections"] == 1
    assert raw[2]["raw__same_company_connections"] == 1
    assert raw[2]["raw__decision_maker_connections"] == 0
    # Member 3: complete profile; connected to member 1 only, in another company.
    assert raw[3]["raw__profile_completeness"] == 7
    assert raw[3]["raw__connections"] == 1
    assert raw[3]["raw__same_company_connections"] == 0
    # Member 5 has no invitations and no messages: zero trials, not missing rows.
    assert raw[5]["trials__acceptance_rate"] == 0
    assert raw[5]["raw__days_active"] == 2  # share 03-12, inmail reply 03-20; follow is old
    assert raw[5]["raw__connections"] == 1


def test_active_days_count_each_day_once_across_the_whole_window(store: Store) -> None:
    """Days are kept as bits of 60-day masks: the days at each mask's edges, the first and
    last day of the window, and several events on one day each count once."""
    build_world(store, MEMBERS[:2])
    store.con.execute("DELETE FROM activity")
    midnight = datetime.combine(AS_OF, datetime.min.time())
    days_before = {
        1: [0, 0, 1, 59, 60, 61, 119, 120, 179, 180, 200],  # 180 and 200: outside
        2: [60, 120],  # first days of the second and third masks, without the first's
    }
    events = [
        (member, midnight - timedelta(days=d)) for member, ds in days_before.items() for d in ds
    ]
    events.append((1, datetime.combine(AS_OF, datetime.max.time())))  # the day's last instant
    store.con.executemany(
        "INSERT INTO activity (event_id, member_id, event_type, occurred_at) "
        "VALUES (?, ?, 'search', ?)",
        [(i, member, at) for i, (member, at) in enumerate(events)],
    )
    raw = _raw_by_member(store)
    assert raw[1]["raw__days_active"] == 8
    assert raw[2]["raw__days_active"] == 2


def test_a_signal_with_a_shorter_window_counts_only_its_window(
    world: Store, tmp_path: Path
) -> None:
    """Counts share one pass over the longest window; a shorter one still tests its start."""
    shorter = TEST_MODEL.replace(
        'source = { kind = "events", events = ["post", "article"], role = "actor" }',
        'source = { kind = "events", events = ["post", "article"], role = "actor" }\n'
        "window_days = 30",
    ).replace(
        'source = { kind = "events", events = [], measure = "distinct_days" }',
        'source = { kind = "events", events = [], measure = "distinct_days" }\nwindow_days = 20',
    )
    path = tmp_path / "shorter.toml"
    path.write_text(shorter)
    assert {s.window_days for s in load_model(path).signals} == {None, 20, 30, 90}
    raw = _raw_by_member(world, path)[1]
    assert raw["raw__posts"] == 1  # [03-02, 04-01): the article of 03-15, not the post of 03-01
    assert raw["raw__days"] == 5  # [03-12, 04-01): 03-12, 03-13, 03-14, 03-15 and 03-31


def test_scoring_leaves_no_table_behind(world: Store) -> None:
    score_into_snapshots(world, load_model(), [AS_OF])
    tables = world.con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
    assert HELD_SCORES not in {name for (name,) in tables}


# ------------------------------------------------------------------------ transforms, rounding


def _snapshot(store: Store, member_id: int, as_of: date = AS_OF) -> dict:
    cursor = store.con.execute(
        "SELECT * FROM ssi_snapshots WHERE member_id = ? AND as_of = ?", [member_id, as_of]
    )
    names = [d[0] for d in cursor.description]
    row = cursor.fetchone()
    assert row is not None
    return dict(zip(names, row, strict=True))


def test_each_transform_on_hand_computed_values(world: Store, hand_model_path: Path) -> None:
    model = load_model(hand_model_path)
    score_into_snapshots(world, model, [AS_OF])
    one = _snapshot(world, 1)
    points = dict(zip([s.name for s in model.signals], one["signal_points"], strict=True))
    assert points == {
        "completeness": Decimal("4.00"),  # linear: 7 * 4/7
        "posts": Decimal("11.38"),  # saturating: 18 * (1 - e^-1) = 11.378
        "searches": Decimal("5.00"),  # log: 10 * ln 3 / ln 9
        "days": Decimal("15.00"),  # log capped: ln 18 / ln 17 > 1
        "replies": Decimal("12.50"),  # shrunk rate: 25 * (2 + 1) / (4 + 2)
        "accepted": Decimal("3.57"),  # 12.5 * (1 + 1) / (3 + 4) = 3.5714
        "network": Decimal("7.90"),  # 12.5 * (1 - e^-1) = 7.9015
    }
    assert (one["brand"], one["find"], one["engage"], one["relationships"]) == (
        Decimal("15.38"),
        Decimal("20.00"),
        Decimal("12.50"),
        Decimal("11.47"),
    )
    assert one["total"] == Decimal("59.35")

    two = _snapshot(world, 2)
    points = dict(zip([s.name for s in model.signals], two["signal_points"], strict=True))
    assert points["days"] == Decimal("7.34")  # 3 days: 15 * ln 4 / ln 17 = 7.3395
    assert points["replies"] == Decimal("0.00")  # no messages sent: nothing to measure
    assert points["accepted"] == Decimal("0.00")  # no invitations sent
    assert points["network"] == Decimal("3.54")  # 12.5 * (1 - e^(-1/3)) = 3.5434
    assert two["total"] == Decimal("10.88")  # 7.34 + 3.54


RATE_CASES = [
    # successes, trials, share of the points with prior 0.5 and strength 2
    (0.0, 0.0, 0.0),  # nothing sent: nothing earned, not the prior
    (0.0, 1.0, 1 / 3),  # (0 + 1) / (1 + 2): one unanswered try still shrinks toward the prior
    (1.0, 1.0, 2 / 3),  # (1 + 1) / (1 + 2): 1 of 1 is not 100%
    (2.0, 4.0, 1 / 2),  # (2 + 1) / (4 + 2)
    (9.0, 10.0, 10 / 12),  # (9 + 1) / (10 + 2)
]


def test_rates_with_no_trials_earn_nothing_in_every_implementation() -> None:
    """The Ibis expression, the per-member explanation and the pandas reference agree."""
    import numpy as np

    from sellindex.bench.reference import _points
    from sellindex.metrics.ssi.scoring import transform_expr

    signal = load_model().signal("acceptance_rate")
    rate = Transform("shrunk_rate", prior=0.5, strength=2.0)
    signal = dataclasses.replace(signal, points=12.0, transform=rate)
    successes = [c[0] for c in RATE_CASES]
    trials = [c[1] for c in RATE_CASES]
    expected = [12.0 * c[2] for c in RATE_CASES]

    table = ibis.memtable({"x": successes, "n": trials})
    column = transform_expr(rate, 12.0, table.x, table.n).name("p")
    assert table.select(column).to_pyarrow()["p"].to_pylist() == pytest.approx(expected)
    assert [12.0 * rate.fraction(x, n) for x, n in zip(successes, trials, strict=True)] == (
        pytest.approx(expected)
    )
    assert _points(signal, np.array(successes), np.array(trials)) == pytest.approx(expected)


def test_card_explains_a_rate_with_nothing_to_measure(world: Store) -> None:
    """Member 5 sent no invitations and no messages: no points, a note, and the action."""
    model = load_model()
    score_into_snapshots(world, model, [AS_OF])
    row = _snapshot(world, 5)
    card = member_card(world, model, 5, None)
    by_signal = {s["signal"]: s for s in card["signals"]}
    for name in ("acceptance_rate", "response_rate"):
        signal = model.signal(name)
        entry = by_signal[name]
        assert entry["trials"] == 0
        assert entry["points"] == Decimal("0.00")
        assert row["signal_points"][[s.name for s in model.signals].index(name)] == 0
        assert entry["note"] == signal.no_trials
        # Its gain is the increment's worth of successful trials from nothing.
        first = signal.transform.fraction(signal.increment, signal.increment) * signal.points
        assert entry["gain"] == Decimal(math.floor(first * 100 + 0.5)) / 100 > 0
    assert by_signal["acceptance_rate"]["note"] == "No invitations sent in the last six months"
    assert by_signal["connections"]["note"] is None
    # Member 1 sent both: no notes on their rates.
    one = {s["signal"]: s for s in member_card(world, model, 1, None)["signals"]}
    assert one["acceptance_rate"]["note"] is None and one["response_rate"]["note"] is None


def test_a_model_without_a_note_explains_the_empty_rate(hand_model_path: Path) -> None:
    model = load_model(hand_model_path)
    assert model.signal("accepted").empty_note() == "no invitations sent in the last 90 days"
    assert model.signal("replies").empty_note() == (
        "nothing to measure yet: no message_sent, inmail_sent in the last 90 days"
    )


def test_points_add_up_exactly_to_pillars_and_total(world: Store) -> None:
    model = load_model()
    score_into_snapshots(world, model, [AS_OF])
    for member_id in (1, 2, 3, 5):
        row = _snapshot(world, member_id)
        for pillar in PILLARS:
            signal_points = [
                p
                for p, s in zip(row["signal_points"], model.signals, strict=True)
                if s.pillar == pillar
            ]
            assert sum(signal_points) == row[pillar]
            assert 0 <= row[pillar] <= 25
        assert sum(row[p] for p in PILLARS) == row["total"]
        for points, signal in zip(row["signal_points"], model.signals, strict=True):
            assert 0 <= points <= Decimal(str(signal.points))


def test_rounding_is_half_up_on_many_values(store: Store) -> None:
    """Points 0.0125 * n hit exact halves of a cent; all must round up, as documented."""
    values = ibis.memtable({"x": [float(n) for n in range(40)]})
    from sellindex.metrics.ssi.scoring import round_points

    rounded = values.mutate(p=round_points(values.x * 0.125 / 10)).to_pyarrow()
    for x, p in zip(rounded["x"].to_pylist(), rounded["p"].to_pylist(), strict=True):
        exact = Decimal(int(x)) * Decimal("0.0125")
        assert p == exact.quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")


# ------------------------------------------------------------------------ ranks


RANK_SCORES = [
    # member, industry, team, total
    (1, "a", 1, 50.0),
    (2, "a", 1, 40.0),
    (3, "a", 1, 40.0),
    (4, "a", 1, 30.0),
    (5, "a", 1, 20.0),
    (6, "a", None, 10.0),
    (7, "b", 2, 90.0),
    (8, "b", 2, 5.0),
    (9, None, None, 60.0),
]
RANK_EDGES = [(1, 2), (1, 3), (1, 4), (1, 7), (2, 3), (3, 4), (4, 7), (4, 8)]


def _ranked_rows() -> dict[int, dict]:
    scores = ibis.memtable(
        {
            "member_id": [r[0] for r in RANK_SCORES],
            "industry": [r[1] for r in RANK_SCORES],
            "team_id": [r[2] for r in RANK_SCORES],
            "total": [Decimal(str(r[3])) for r in RANK_SCORES],
        },
        schema={
            "member_id": "int64",
            "industry": "string",
            "team_id": "int64",
            "total": "decimal(5,2)",
        },
    )
    edges = ibis.memtable(
        {
            "member_a": [a for a, _ in RANK_EDGES],
            "member_b": [b for _, b in RANK_EDGES],
            "connected_at": [datetime(2026, 1, 1)] * len(RANK_EDGES),
        }
    )
    rows = ranked(scores, edges, AS_OF).to_pyarrow().to_pylist()
    return {r["member_id"]: r for r in rows}


def test_industry_ranks_share_the_better_rank_on_ties() -> None:
    rows = _ranked_rows()
    assert [rows[m]["industry_rank"] for m in range(1, 7)] == [1, 2, 2, 4, 5, 6]
    assert rows[1]["industry_size"] == 6
    assert rows[1]["industry_avg"] == pytest.approx(190 / 6)


def test_small_groups_and_missing_groups_are_not_ranked() -> None:
    rows = _ranked_rows()
    assert rows[7]["industry_rank"] is None and rows[7]["industry_size"] == 2
    assert rows[9]["industry_rank"] is None and rows[9]["industry_size"] is None
    assert rows[6]["team_rank"] is None and rows[6]["team_size"] is None  # no team
    assert [rows[m]["team_rank"] for m in range(1, 6)] == [1, 2, 2, 4, 5]
    assert rows[8]["team_rank"] is None and rows[8]["team_size"] == 2


def test_network_rank_counts_both_directions_of_each_edge() -> None:
    rows = _ranked_rows()
    # Member 4: connected to 1, 3, 7, 8 (edges stored both ways round) -> group of 5.
    assert rows[4]["network_size"] == 5
    assert rows[4]["network_rank"] == 4  # 90, 50, 40 are higher; 5 is lower
    assert rows[4]["network_avg"] == pytest.approx((30 + 50 + 40 + 90 + 5) / 5)
    # Member 1: 2, 3, 4, 7 -> group of 5, only 7 is higher.
    assert (rows[1]["network_rank"], rows[1]["network_size"]) == (2, 5)
    # Member 2: 1 and 3 -> group of 3, too small to rank.
    assert rows[2]["network_rank"] is None and rows[2]["network_size"] == 3
    # Member 9 has no connections: a network of one, not ranked, its own average.
    assert rows[9]["network_size"] == 1 and rows[9]["network_rank"] is None
    assert rows[9]["network_avg"] == pytest.approx(60)


def test_top_percent() -> None:
    assert top_percent(1, 1000) == 1
    assert top_percent(1, 5) == 20
    assert top_percent(2, 6) == 34
    assert top_percent(6, 6) == 100
    assert top_percent(None, 3) is None


# ------------------------------------------------------------------------ snapshots


def test_rescoring_a_date_replaces_it(world: Store) -> None:
    model = load_model()
    score_into_snapshots(world, model, [AS_OF])
    before = _snapshot(world, 1)
    world.con.execute(
        "INSERT INTO activity (event_id, member_id, event_type, occurred_at) "
        "VALUES (999, 1, 'group_post', TIMESTAMP '2026-03-30 09:00:00')"
    )
    score_into_snapshots(world, model, [AS_OF])
    count = world.con.execute("SELECT count(*) FROM ssi_snapshots WHERE as_of = ?", [AS_OF])
    assert count.fetchone()[0] == 4
    assert world.con.execute("SELECT count(*) FROM ssi_runs").fetchone()[0] == 1
    after = _snapshot(world, 1)
    groups = [s.name for s in model.signals].index("groups")
    assert after["signal_raw"][groups] == before["signal_raw"][groups] + 1
    assert after["engage"] > before["engage"]


def test_series_of_dates_and_weekly_change(world: Store) -> None:
    model = load_model()
    dates = scoring_dates(date(2026, 3, 17), date(2026, 3, 31), 7, None, world)
    assert dates == [date(2026, 3, 17), date(2026, 3, 24), date(2026, 3, 31)]
    score_into_snapshots(world, model, dates)
    card = member_card(world, model, 1, None)
    assert card["as_of"] == AS_OF
    earlier = _snapshot(world, 1, date(2026, 3, 24))
    assert card["change"]["since"] == date(2026, 3, 24)
    assert card["change"]["total"] == card["total"] - earlier["total"]


def test_default_scoring_date_is_the_last_activity_day(world: Store) -> None:
    assert default_as_of(world) == date(2026, 4, 1)


def test_scoring_dates_refuse_mixed_options(world: Store) -> None:
    with pytest.raises(SellindexError, match="either --as-of or --from/--to"):
        scoring_dates(date(2026, 1, 1), date(2026, 2, 1), 7, AS_OF, world)
    with pytest.raises(SellindexError, match="before --from"):
        scoring_dates(date(2026, 2, 1), date(2026, 1, 1), 7, None, world)


def test_next_actions_are_the_largest_gains_from_the_model(world: Store) -> None:
    model = load_model()
    score_into_snapshots(world, model, [AS_OF])
    card = member_card(world, model, 2, None)
    by_signal = {s["signal"]: s for s in card["signals"]}
    gains = []
    for signal in model.signals:
        entry = by_signal[signal.name]
        raw, trials = entry["raw"], entry["trials"]
        new_trials = (trials or 0) + signal.increment if signal.source.is_rate else 0.0
        now = math.floor(signal.points * signal.transform.fraction(raw, trials or 0) * 100 + 0.5)
        later = math.floor(
            signal.points * signal.transform.fraction(raw + signal.increment, new_trials) * 100
            + 0.5
        )
        gains.append(((later - now) / 100, signal.name))
    expected = sorted(gains, key=lambda g: (-g[0], g[1]))[:3]
    actual = [(float(a["gain"]), a["signal"]) for a in card["next_actions"]]
    assert [name for _, name in actual] == [name for _, name in expected]
    assert [gain for gain, _ in actual] == pytest.approx([gain for gain, _ in expected])
    assert all(gain > 0 for gain, _ in actual)


def test_card_refuses_a_different_model(world: Store, hand_model_path: Path) -> None:
    score_into_snapshots(world, load_model(), [AS_OF])
    with pytest.raises(SellindexError, match="pass that model with --model"):
        member_card(world, load_model(hand_model_path), 1, None)


# ------------------------------------------------------------------------ model files


def _model_text(**replace: str) -> str:
    text = TEST_MODEL
    for old, new in replace.items():
        text = text.replace(old, new)
    return text


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            'transform = { kind = "saturating", scale = 3.0 }\naction = "Publish',
            'transform = { kind = "cube" }\naction = "Publish',
            "model signal 'posts': unknown transform 'cube'",
        ),
        ("points = 18", "points = 17", "pillar 'brand' signals' points add up to 24"),
        ('pillar = "find"', 'pillar = "fnd"', "model signal 'searches': unknown pillar 'fnd'"),
        ('events = ["search"]', 'events = ["serch"]', "unknown event type 'serch'"),
        (
            'source = { kind = "profile_completeness" }',
            'source = { kind = "profile_completeness" }\nwindow_days = 30',
            "window_days does not apply to a current-state source",
        ),
        ('kind = "log", cap = 8.0', 'kind = "log", cap = -8.0', "cap must be positive"),
        ("prior = 0.5", "prior = 1.5", "prior must be between 0 and 1"),
        ('kind = "acceptance_rate"', 'kind = "acceptance"', "unknown source 'acceptance'"),
        ("increment = 6", "increment = 0", "signal 'searches': increment must be positive"),
        ('name = "days"', 'name = "searches"', "signal name 'searches' is used more than once"),
        ("points = 7", 'points = "seven"', "signal 'completeness': 'points' must be a number"),
        ('action = "Search"', 'action = "Search"\ncolour = "red"', "unknown field 'colour'"),
        (
            'action = "Search"',
            'action = "Search"\nno_trials = "No searches yet"',
            "signal 'searches': 'no_trials' applies to rate sources only",
        ),
        (
            'kind = "shrunk_rate", prior = 0.25, strength = 4.0',
            'kind = "saturating", scale = 4.0',
            "'shrunk_rate' goes with rate sources",
        ),
    ],
)
def test_bad_model_files_are_refused_naming_the_field(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    assert old in TEST_MODEL
    path = tmp_path / "bad.toml"
    path.write_text(_model_text(**{old: new}))
    with pytest.raises(SellindexError) as info:
        load_model(path)
    assert message in str(info.value)


def test_unreadable_model_files(tmp_path: Path) -> None:
    with pytest.raises(SellindexError, match="does not exist"):
        load_model(tmp_path / "missing.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("name = ")
    with pytest.raises(SellindexError, match="not valid TOML"):
        load_model(broken)
    with pytest.raises(SellindexError, match="'signals' must be a non-empty list"):
        parse_model({"name": "x", "version": "1"})


def test_default_model_covers_the_published_inputs() -> None:
    model = load_model()
    assert {p: sum(s.points for s in model.pillar_signals(p)) for p in PILLARS} == {
        p: 25.0 for p in PILLARS
    }
    kinds = {s.source.kind for s in model.signals}
    assert kinds == {
        "profile_completeness",
        "profile_count",
        "events",
        "prospecting_views",
        "connections",
        "event_rate",
        "acceptance_rate",
    }
    for signal in model.signals:
        assert (signal.window_days is None) == (
            signal.source.kind in {"profile_completeness", "profile_count", "connections"}
        )
        assert signal.action and signal.increment > 0


# ------------------------------------------------------------------------ gentle caps

MAX_FIRST_SHARE = 2 / 3
MIN_LATER_SHARE = 0.03
STATE_KINDS = {"profile_completeness", "profile_count", "connections"}


def _share_after(signal: Signal, amount: float) -> float:
    """Share of a signal's points for `amount` of its activity from nothing; for a rate,
    `amount` trials that all succeeded (the best a beginner can do)."""
    if signal.source.is_rate:
        return signal.transform.fraction(amount, amount)
    return signal.transform.fraction(amount)


def cap_rule_violations(signal: Signal) -> list[str]:
    """The rule of docs/ssi.md: the smallest realistic amount of activity (one event, one
    answered trial, or one increment of a current-state signal) earns at most two thirds of
    the points, and the second and third increments each still earn 3% of them or more."""
    smallest = signal.increment if signal.source.kind in STATE_KINDS else 1.0
    found = []
    first = _share_after(signal, smallest)
    if first > MAX_FIRST_SHARE + 1e-9:
        found.append(f"{signal.name}: {smallest:g} earns {first:.0%} of its points")
    shares = [_share_after(signal, k * signal.increment) for k in range(1, 4)]
    for k in (1, 2):
        if shares[k] - shares[k - 1] < MIN_LATER_SHARE:
            found.append(f"{signal.name}: increment {k + 1} earns {shares[k] - shares[k - 1]:.1%}")
    return found


def test_default_model_caps_are_gentle() -> None:
    """No signal saturates on almost no activity, and more of it keeps paying off."""
    model = load_model()
    assert model.version == "1.2.0"
    violations = [v for signal in model.signals for v in cap_rule_violations(signal)]
    assert violations == []


def test_the_documented_cap_table_matches_the_shipped_model() -> None:
    """docs/ssi.md lists every signal's points and first-step points; they must not drift."""
    docs = Path(__file__).parents[1] / "docs" / "ssi.md"
    model = load_model()
    rows = {
        cells[0]: cells
        for line in docs.read_text().splitlines()
        if line.startswith("| ")
        for cells in [[c.strip() for c in line.strip("|").split("|")]]
        if len(cells) == 6 and cells[0] in {s.name for s in model.signals}
    }
    assert set(rows) == {s.name for s in model.signals}
    for signal in model.signals:
        cells = rows[signal.name]
        smallest = signal.increment if signal.source.kind in STATE_KINDS else 1.0
        first = signal.points * _share_after(signal, smallest)
        assert float(cells[1]) == signal.points, signal.name
        assert cells[4].startswith(f"{first:.2f} ("), signal.name
        assert cells[5].endswith(f"(increment {signal.increment:g})"), signal.name


def test_the_cap_rule_catches_a_signal_that_saturates_at_once() -> None:
    """What the 1.1 model did: two reactions earned 15.43 of 16 engagement points."""
    signal = load_model().signal("engagement_given")
    eager = dataclasses.replace(signal, transform=Transform("saturating", scale=0.6))
    assert 16 * eager.transform.fraction(2) == pytest.approx(15.43, abs=0.005)
    assert cap_rule_violations(eager) == [
        "engagement_given: 1 earns 81% of its points",
        "engagement_given: increment 2 earns 0.7%",
        "engagement_given: increment 3 earns 0.0%",
    ]
    capped = dataclasses.replace(signal, transform=Transform("log", cap=3.0))
    assert "engagement_given: increment 2 earns 0.0%" in cap_rule_violations(capped)


# ------------------------------------------------------------------------ portability
# The SQL of every dialect is snapshotted in test_sql_snapshots.py, and the results of each
# engine compared in test_engine_parity.py.


def _expressions(store: Store) -> list[ibis.Table]:
    model = load_model()
    scores = scores_expr(store, model, AS_OF)
    return [scores, ranked(scores, store.table("connections"), AS_OF)]


def test_definitions_contain_no_raw_sql(world: Store) -> None:
    from ibis.expr import operations as ops

    raw_sql = (ops.SQLQueryResult, ops.SQLStringView)
    for expr in _expressions(world):
        found = expr.op().find(raw_sql)
        assert not found, f"raw SQL in a metric definition: {found}"
