"""A rate never exceeds 1 and its signal never its points, in every implementation of the index.

Sources count a rate's successes and trials apart (messages received, messages sent), so real
data can hold more successes than trials: a real 2018 archive had 8 answers for 2 messages,
which scored 2.14 of response rate's 1.5 points, and a crafted activity file took the engage
pillar to 33 of 25. The Ibis scoring, the card's explanation and the pandas reference now all
count at most one success per trial.
"""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal
from pathlib import Path

import ibis
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sellindex.bench.reference import REFERENCE_COLUMNS, _points, reference_index
from sellindex.metrics.ssi.explain import signal_points
from sellindex.metrics.ssi.model import Transform, load_model
from sellindex.metrics.ssi.scoring import points_cents, transform_expr
from sellindex.store import open_store


def _three_ways(
    points: float, rate: Transform, successes: list[float], trials: list[float]
) -> tuple[list[float], list[float], list[float]]:
    """Unrounded points from the Ibis expression, the explanation's transform and pandas."""
    signal = dataclasses.replace(
        load_model().signal("response_rate"), points=points, transform=rate
    )
    table = ibis.memtable({"x": successes, "n": trials})
    ibis_points = (
        table.select(p=transform_expr(rate, points, table.x, table.n)).to_pyarrow()["p"].to_pylist()
    )
    card = [points * rate.fraction(x, n) for x, n in zip(successes, trials, strict=True)]
    pandas = list(_points(signal, np.array(successes), np.array(trials)))
    return ibis_points, card, pandas


def test_eight_answers_for_two_messages_is_two_of_two() -> None:
    """The real case: response rate 8 of 2 scored 2.14 of 1.5; it is 2 of 2 now."""
    signal = load_model().signal("response_rate")
    expected = 1.5 * (2 + 0.4 * 5) / (2 + 5)  # 0.857: 2 of 2, shrunk toward 40%
    for value in _three_ways(signal.points, signal.transform, [8.0], [2.0]):
        assert value == pytest.approx([expected])
    assert signal_points(signal, 8.0, 2.0) == Decimal("0.86")


counts = st.integers(min_value=0, max_value=10_000).map(float)


@settings(max_examples=60, deadline=None)
@given(
    successes=st.lists(counts, min_size=1, max_size=8),
    trials=st.lists(counts, min_size=8, max_size=8),
    prior=st.floats(min_value=0.0, max_value=1.0),
    strength=st.floats(min_value=0.01, max_value=50.0),
    points=st.integers(min_value=1, max_value=2500).map(lambda c: c / 100),
)
def test_no_rate_exceeds_its_points_in_any_implementation(
    successes: list[float], trials: list[float], prior: float, strength: float, points: float
) -> None:
    trials = trials[: len(successes)]
    rate = Transform("shrunk_rate", prior=prior, strength=strength)
    ibis_points, card, pandas = _three_ways(points, rate, successes, trials)
    for values in (ibis_points, card, pandas):
        for value, n in zip(values, trials, strict=True):
            assert -1e-9 <= value <= points + 1e-9
            if n == 0:
                assert value == 0
    assert ibis_points == pytest.approx(card) and pandas == pytest.approx(card)
    table = ibis.memtable({"p": ibis_points})
    cents = table.select(c=points_cents(table.p)).to_pyarrow()["c"].to_pylist()
    assert all(c <= round(points * 100) for c in cents)


MEMBERS = (
    "member_id,industry,joined_at,has_photo,has_headline,has_summary\n"
    "1,software,2025-01-01,true,true,true\n"
    "2,software,2025-01-01,,,\n"
)


def _crafted_activity() -> str:
    """Member 1 sends one message, is answered 500 times, and engages to the full: before the
    bound, response rate alone scored 1.5 * 502 / 6 = 125.5 points."""
    rows = ["event_id,member_id,event_type,occurred_at,target_member_id"]
    rows.append("1,1,message_sent,2026-03-01 09:00:00,2")
    event = 2
    for i in range(500):
        rows.append(f"{event},1,message_received,2026-03-02 {i // 60:02d}:{i % 60:02d}:00,2")
        event += 1
    for i in range(30):
        for kind in ("comment", "reaction", "share", "post", "group_joined"):
            rows.append(f"{event},1,{kind},2026-03-{3 + i % 20:02d} 10:00:00,")
            event += 1
    for i in range(40):
        rows.append(f"{event},2,inmail_replied,2026-03-05 11:{i:02d}:00,1")
        event += 1
    return "\n".join(rows) + "\n"


def test_a_crafted_file_cannot_take_a_pillar_past_25(run_cli, tmp_path: Path) -> None:
    folder = tmp_path / "world"
    folder.mkdir()
    (folder / "members.csv").write_text(MEMBERS)
    (folder / "activity.csv").write_text(_crafted_activity())
    db = str(tmp_path / "crafted.duckdb")
    assert run_cli("ingest", str(folder), "--db", db)[0] == 0
    code, _, err = run_cli("score", "--as-of", "2026-03-31", "--db", db)
    assert code == 0, err
    code, out, err = run_cli("show", "1", "--db", db, "--json")
    assert code == 0, err
    card = json.loads(out)
    engage = next(p for p in card["pillars"] if p["pillar"] == "engage")
    assert float(engage["points"]) <= 25
    by_signal = {s["signal"]: s for s in card["signals"]}
    response = by_signal["response_rate"]
    assert (response["raw"], response["trials"]) == (540, 1)
    assert float(response["points"]) == 0.75  # 1 of 1 shrunk: 1.5 * (1 + 0.4 * 5) / (1 + 5)
    assert response["note"] == "540 successes for 1 trials: counted as 1 of 1"
    assert card["no_data_points"] == 0 and card["sources"] is None
    for s in card["signals"]:
        assert 0 <= float(s["points"]) <= s["max_points"]

    model = load_model()
    with open_store(db, read_only=True) as store:
        frames = {
            name: store.con.execute(f"SELECT {', '.join(cols)} FROM {name}").fetchdf()
            for name, cols in REFERENCE_COLUMNS.items()
        }
        ours = store.con.execute(
            "SELECT member_id, CAST(engage AS DOUBLE) AS engage, CAST(total AS DOUBLE) AS total "
            "FROM ssi_snapshots ORDER BY member_id"
        ).fetchdf()
    reference = reference_index(frames, model, pd.Timestamp("2026-03-31").date())
    reference = reference.sort_values("member_id").reset_index(drop=True)
    assert list(reference["engage"]) == list(ours["engage"])
    assert list(reference["total"]) == list(ours["total"])
    assert (ours["engage"] <= 25).all()
