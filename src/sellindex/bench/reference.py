"""A straightforward pandas implementation of the index, to check and time the real one against.

Written from the model's definition (docs/ssi.md), not from the Ibis code: it reads the same
`Model` (points, windows, sources, transforms) but computes every source with ordinary pandas
group-bys and merges, the way an analyst would. Agreement between the two is the benchmark's
correctness check.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from sellindex.metrics.ssi.model import PILLARS, EventCount, Model, Signal, Transform

REFERENCE_COLUMNS: dict[str, tuple[str, ...]] = {
    "members": (
        "member_id",
        "industry",
        "company_id",
        "seniority",
        "team_id",
        "joined_at",
        "has_photo",
        "has_headline",
        "has_summary",
        "experience_count",
        "education_count",
        "skills_count",
        "rich_media_count",
        "recommendations_count",
    ),
    "activity": ("event_id", "member_id", "event_type", "occurred_at", "target_member_id"),
    "connections": ("member_a", "member_b", "connected_at"),
    "invitations": ("sender_id", "recipient_id", "sent_at", "accepted_at"),
}
MIN_GROUP = 5


def _day_start(as_of: date, days_back: int) -> pd.Timestamp:
    return pd.Timestamp(as_of) + pd.Timedelta(days=1) - pd.Timedelta(days=days_back)


def _per_member(values: pd.Series, index: pd.Index) -> np.ndarray:
    return values.reindex(index, fill_value=0).to_numpy(dtype="float64")


def _count_events(
    activity: pd.DataFrame, count: EventCount, start: pd.Timestamp, index: pd.Index
) -> np.ndarray:
    rows = activity[activity["occurred_at"] >= start]
    if count.events:
        rows = rows[rows["event_type"].isin(count.events)]
    key = "member_id" if count.role == "actor" else "target_member_id"
    rows = rows[rows[key].notna()]
    if count.measure == "distinct_days":
        days = rows.assign(day=rows["occurred_at"].dt.normalize())
        per = days.groupby(key)["day"].nunique()
    else:
        per = rows.groupby(key).size()
    per.index = per.index.astype("int64")
    return _per_member(per, index)


def reference_raw(frames: dict[str, pd.DataFrame], model: Model, as_of: date) -> pd.DataFrame:
    """Raw value (and trials, for rates) of every signal, one row per member, in pandas."""
    end = _day_start(as_of, 0)
    members = frames["members"]
    members = members[members["joined_at"] < end].set_index("member_id", drop=False)
    index = members.index
    activity = frames["activity"]
    activity = activity[activity["occurred_at"] < end]

    connections = frames["connections"]
    connections = connections[connections["connected_at"] < end]
    both = pd.concat(
        [
            connections.rename(columns={"member_a": "src", "member_b": "dst"}),
            connections.rename(columns={"member_b": "src", "member_a": "dst"}),
        ],
        ignore_index=True,
    )[["src", "dst"]]

    out: dict[str, Any] = {}
    for signal in model.signals:
        source = signal.source
        start = _day_start(as_of, signal.window_days or 0)
        if source.kind == "profile_completeness":
            items = [
                members["has_photo"].fillna(False).astype(bool),
                members["has_headline"].fillna(False).astype(bool),
                members["has_summary"].fillna(False).astype(bool),
                members["experience_count"].fillna(0) >= 1,
                members["education_count"].fillna(0) >= 1,
                members["skills_count"].fillna(0) >= 5,
                members["recommendations_count"].fillna(0) >= 1,
            ]
            value = np.sum([i.to_numpy(dtype="int64") for i in items], axis=0).astype(float)
        elif source.kind == "profile_count":
            value = members[source.column].fillna(0).to_numpy(dtype="float64")
        elif source.kind == "events":
            assert source.events is not None
            value = _count_events(activity, source.events, start, index)
        elif source.kind == "prospecting_views":
            views = activity[
                (activity["occurred_at"] >= start)
                & (activity["event_type"] == "profile_view")
                & activity["target_member_id"].notna()
            ][["member_id", "target_member_id"]]
            views = views.astype("int64")
            marked = views.merge(
                both,
                left_on=["member_id", "target_member_id"],
                right_on=["src", "dst"],
                how="left",
                indicator=True,
            )
            outside = marked[marked["_merge"] == "left_only"]
            value = _per_member(outside.groupby("member_id").size(), index)
        elif source.kind == "connections":
            other = frames["members"][["member_id", "seniority", "company_id"]]
            pairs = both.merge(other, left_on="dst", right_on="member_id")
            if source.segment == "decision_makers":
                pairs = pairs[pairs["seniority"].isin(["vp", "cxo"])]
            elif source.segment == "same_company":
                own = frames["members"][["member_id", "company_id"]].rename(
                    columns={"member_id": "src", "company_id": "own_company"}
                )
                pairs = pairs.merge(own, on="src")
                pairs = pairs[pairs["company_id"] == pairs["own_company"]]
            value = _per_member(pairs.groupby("src").size(), index)
        elif source.kind == "event_rate":
            value = sum(_count_events(activity, c, start, index) for c in source.successes)
            out[f"trials__{signal.name}"] = sum(
                _count_events(activity, c, start, index) for c in source.trials
            )
        else:
            invitations = frames["invitations"]
            sent = invitations[(invitations["sent_at"] >= start) & (invitations["sent_at"] < end)]
            accepted = sent[sent["accepted_at"].notna() & (sent["accepted_at"] < end)]
            value = _per_member(accepted.groupby("sender_id").size(), index)
            out[f"trials__{signal.name}"] = _per_member(sent.groupby("sender_id").size(), index)
        out[f"raw__{signal.name}"] = value
    raw = pd.DataFrame(out, index=index)
    raw.insert(0, "member_id", members["member_id"].to_numpy())
    raw.insert(1, "industry", members["industry"].to_numpy())
    raw.insert(2, "team_id", members["team_id"].to_numpy())
    return raw.reset_index(drop=True)


def _points(signal: Signal, value: np.ndarray, trials: np.ndarray | None) -> np.ndarray:
    t: Transform = signal.transform
    if t.kind == "linear":
        fraction = np.minimum(value / t.full, 1.0)
    elif t.kind == "saturating":
        fraction = 1.0 - np.exp(-(value / t.scale))
    elif t.kind == "log":
        fraction = np.minimum(np.log(value + 1.0) / math.log(1.0 + t.cap), 1.0)
    else:
        assert trials is not None
        counted = np.minimum(value, trials)  # a success per trial at most: 8 of 2 is 2 of 2
        shrunk = (counted + t.prior * t.strength) / (trials + t.strength)
        fraction = np.where(trials > 0, shrunk, 0.0)  # nothing measured yet earns nothing
    return signal.points * fraction


def reference_scores(raw: pd.DataFrame, model: Model) -> pd.DataFrame:
    """Points in whole cents per signal (half up), pillars and total as exact cent sums."""
    scores = raw[["member_id", "industry", "team_id"]].copy()
    cents = {}
    for signal in model.signals:
        trials = raw.get(f"trials__{signal.name}")
        points = _points(
            signal,
            raw[f"raw__{signal.name}"].to_numpy(),
            None if trials is None else trials.to_numpy(),
        )
        cents[signal.name] = np.floor(points * 100.0 + 0.5).astype("int64")
    total = np.zeros(len(raw), dtype="int64")
    for pillar in PILLARS:
        pillar_cents = sum(cents[s.name] for s in model.pillar_signals(pillar))
        scores[pillar] = pillar_cents / 100
        total += pillar_cents
    scores["total"] = total / 100
    scores["total_cents"] = total
    return scores


def reference_ranks(scores: pd.DataFrame, connections: pd.DataFrame, as_of: date) -> pd.DataFrame:
    """Industry, team and network rank (1 + members scoring strictly higher), size, average."""
    out = scores.copy()
    for group, key in (("industry", "industry"), ("team", "team_id")):
        grouped = out.groupby(key)["total_cents"]
        size = grouped.transform("size")
        rank = grouped.rank(method="min", ascending=False)
        out[f"{group}_size"] = size
        out[f"{group}_rank"] = rank.where(size >= MIN_GROUP)
        out[f"{group}_avg"] = out.groupby(key)["total"].transform("mean")
    end = _day_start(as_of, 0)
    made = connections[connections["connected_at"] < end]
    both = pd.concat(
        [
            made.rename(columns={"member_a": "src", "member_b": "dst"}),
            made.rename(columns={"member_b": "src", "member_a": "dst"}),
        ],
        ignore_index=True,
    )[["src", "dst"]]
    totals = out.set_index("member_id")["total_cents"]
    both = both[both["src"].isin(totals.index) & both["dst"].isin(totals.index)]
    both = both.assign(
        src_total=totals.reindex(both["src"]).to_numpy(),
        dst_total=totals.reindex(both["dst"]).to_numpy(),
    )
    both["above"] = both["dst_total"] > both["src_total"]
    per = both.groupby("src").agg(
        n=("dst", "size"), above=("above", "sum"), total=("dst_total", "sum")
    )
    per = per.reindex(out["member_id"], fill_value=0)
    size = per["n"].to_numpy() + 1
    out["network_size"] = size
    out["network_rank"] = np.where(size >= MIN_GROUP, per["above"].to_numpy() + 1, np.nan)
    out["network_avg"] = (out["total_cents"].to_numpy() + per["total"].to_numpy()) / size / 100
    return out


def reference_index(frames: dict[str, pd.DataFrame], model: Model, as_of: date) -> pd.DataFrame:
    """The whole index with all ranks, in pandas."""
    raw = reference_raw(frames, model, as_of)
    return reference_ranks(reference_scores(raw, model), frames["connections"], as_of)
