"""`sellindex validate`: the index against the sales that followed, on hand-counted and
constructed data."""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pandas as pd
import pytest

from sellindex.analysis.validation import validate_panel
from sellindex.errors import SellindexError
from sellindex.metrics.index_outcomes import index_outcome_panel
from sellindex.store import Store
from test_kpis_fixtures import insert, member, ts


def _snapshot(store: Store, as_of: str, member_id: int, total: float) -> None:
    pillar = total / 4
    store.con.execute(
        "INSERT INTO ssi_snapshots (as_of, member_id, model_version, brand, find, engage, "
        "relationships, total) VALUES (?, ?, 't', ?, ?, ?, ?, ?)",
        [date.fromisoformat(as_of), member_id, pillar, pillar, pillar, pillar, total],
    )


def test_the_panel_counts_what_followed_and_what_came_before(store: Store) -> None:
    """Rep 1 scored on Feb 1 and Mar 1 (horizon 28 days). Deals: opened Jan 20 (won Feb 10),
    Feb 5 (lost Feb 20), Feb 25 (won Mar 20), Mar 2 (lost Mar 30), Mar 25 (still open). The
    CRM's last record is Mar 30, so Mar 1 + 28 days fits; Mar 10 (scored for rep 2, who owns
    no deal) is left out with rep 2 altogether."""
    insert(store, "members", [member(1, joined_at=ts("2023-02-01")), member(2)])
    deal = {"owner_id": 1, "amount": 100.0}
    deals = [
        (1, "2024-01-20", "2024-02-10", "won"),
        (2, "2024-02-05", "2024-02-20", "lost"),
        (3, "2024-02-25", "2024-03-20", "won"),
        (4, "2024-03-02", "2024-03-30", "lost"),
        (5, "2024-03-25", None, "open"),
    ]
    insert(store, "opportunities", [
        deal | {"opportunity_id": i, "created_at": ts(opened), "outcome": outcome,
                "closed_at": ts(closed) if closed else None}
        for i, opened, closed, outcome in deals
    ])  # fmt: skip
    for as_of, total in (("2024-02-01", 40), ("2024-03-01", 48)):
        _snapshot(store, as_of, 1, total)
    _snapshot(store, "2024-03-10", 2, 30)
    rows = index_outcome_panel(store, 28).to_pyarrow().to_pandas().set_index("as_of").sort_index()
    assert list(rows.index) == [date(2024, 2, 1), date(2024, 3, 1)]
    february, march = rows.loc[date(2024, 2, 1)], rows.loc[date(2024, 3, 1)]
    assert (february.opened_next, february.won_next) == (2, 1)  # Feb 5, Feb 25; won Feb 10
    assert (february.opened_before, february.won_before) == (1, 0)  # Jan 20
    assert (march.opened_next, march.won_next) == (2, 1)  # Mar 2, Mar 25; won Mar 20
    assert (march.opened_before, march.won_before) == (2, 1)  # Feb 5, Feb 25; won Feb 10
    assert (february.total, march.brand) == (40.0, 12.0)
    assert february.tenure_years == pytest.approx(365 / 365.25)


def _panel(within_effect: float, between_effect: float, seed: int = 0) -> pd.DataFrame:
    """60 reps scored weekly for 20 weeks; counts drawn from a Poisson model with the given
    log effects per point of the index within and between reps."""
    rng = np.random.default_rng(seed)
    reps, weeks = 60, 20
    rep = np.repeat(np.arange(1, reps + 1), weeks)
    week = np.tile(np.arange(weeks), reps)
    level = rng.normal(40, 10, reps)[rep - 1]
    index = level + rng.normal(0, 8, len(rep))
    rate = np.exp(0.3 + within_effect * (index - level) + between_effect * (level - 40))
    return pd.DataFrame(
        {
            "member_id": rep,
            "as_of": pd.to_datetime("2024-01-07") + pd.to_timedelta(7 * week, unit="D"),
            "total": index, "brand": index / 4, "find": index / 4, "engage": index / 4,
            "relationships": rng.normal(10, 3, len(rep)),
            "opened_next": rng.poisson(rate), "won_next": rng.poisson(rate / 3),
            "opened_before": rng.poisson(1.3, len(rep)), "won_before": rng.poisson(0.4, len(rep)),
            "tenure_years": 2.0, "tenure_known": 1.0, "segment": "smb",
        }
    )  # fmt: skip


def test_a_planted_within_rep_effect_is_recovered_and_helps_the_held_out_prediction() -> None:
    report = validate_panel(_panel(within_effect=0.04, between_effect=0.0))
    rows = {(r.outcome, r.predictor): r for r in report.rows}
    total = rows["opened_next", "total"]
    assert total.within.low < math.exp(0.4) < total.within.high
    assert total.within.significant and not total.between.significant
    assert total.held_out_within.low > 1
    assert total.held_out_gain > 0
    noise = rows["opened_next", "relationships"]
    assert not noise.within.significant and noise.held_out_gain < total.held_out_gain
    assert report.tests == 20
    assert report.training["dates"] + report.held_out["dates"] == 20
    assert report.training["to"] < report.held_out["from"]


def test_too_few_dates_say_what_to_score() -> None:
    with pytest.raises(SellindexError, match=r"not enough data to validate.*sellindex score"):
        validate_panel(_panel(0.0, 0.0).query("as_of < '2024-01-20'"))


def test_cli_mistakes_are_one_line(run_cli, db_path) -> None:
    run_cli("init", "--db", str(db_path))
    code, _, err = run_cli("validate", "--db", str(db_path))
    assert code == 1 and "not enough data to validate: 0 rep-dates" in err
    code, _, err = run_cli("validate", "--horizon", "3", "--db", str(db_path))
    assert code != 0 and "--horizon" in err and "Traceback" not in err
