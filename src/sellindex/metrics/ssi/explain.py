"""A member's card and history from the snapshots: every point explained, next actions ranked.

Reads one member's snapshot row; the only computation is per signal of that member (a few
dozen numbers), so it is plain Python over the model, using the same transforms and the same
half-up rounding as the set-wise scoring.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sellindex.errors import SellindexError
from sellindex.metrics.ssi.coverage import has_data
from sellindex.metrics.ssi.model import PILLAR_TITLES, PILLARS, Model, Signal
from sellindex.metrics.ssi.scoring import RANKED_GROUPS, top_percent
from sellindex.sources.feeds import ARCHIVE_ROLE_FEEDS
from sellindex.store.connection import Store
from sellindex.store.feeds import member_feeds
from sellindex.store.readings import member_readings, reading_near
from sellindex.store.snapshots import (
    latest_date_on_or_before,
    member_history,
    member_snapshot,
    run_info,
    snapshot_dates,
)

NEXT_ACTIONS = 3
WEEK = timedelta(days=7)


def round_half_up(value: float) -> Decimal:
    """The scoring's rounding (floor(x * 100 + 0.5) / 100), for one value."""
    return Decimal(math.floor(value * 100.0 + 0.5)) / Decimal(100)


def signal_points(signal: Signal, raw: float, trials: float | None) -> Decimal:
    fraction = signal.transform.fraction(raw, trials or 0.0)
    return round_half_up(signal.points * fraction)


def _scoring_date(store: Store, member_id: int, as_of: date | None) -> date:
    day = latest_date_on_or_before(store, as_of or date.max, member_id)
    if day is None:
        raise _no_score(store, member_id, as_of)
    return day


def _no_score(store: Store, member_id: int, as_of: date | None) -> SellindexError:
    """Why a member has no score, in one line. Scoring takes only members known to have
    joined the network, which CRM records and other members' data never say: for them,
    running `sellindex score` again would not help."""
    row = store.con.execute(
        "SELECT name, joined_at FROM members WHERE member_id = ?", [member_id]
    ).fetchone()
    if row is None:
        return SellindexError(f"member {member_id} has no score: no such member in the store")
    name, joined_at = row
    who = f"{name} (member {member_id})" if name else f"member {member_id}"
    if joined_at is None:
        return SellindexError(f"{who} has no index: {_known_only_from(store, member_id)}")
    if not snapshot_dates(store):
        return SellindexError("no scores yet; run `sellindex score` first")
    when = f" on or before {as_of}" if as_of else ""
    return SellindexError(f"{who} has no score{when}; run `sellindex score`")


def _known_only_from(store: Store, member_id: int) -> str:
    """What describes a member the store cannot score: someone else's network data (a
    connection, an invitation, an action on them), else CRM records alone."""
    named = store.con.execute(
        """
        SELECT EXISTS (SELECT 1 FROM connections WHERE ? IN (member_a, member_b))
            OR EXISTS (SELECT 1 FROM invitations WHERE ? IN (sender_id, recipient_id))
            OR EXISTS (SELECT 1 FROM activity WHERE target_member_id = ?)
        """,
        [member_id] * 3,
    ).fetchone()
    if named and named[0]:
        return (
            "they are known only from other members' network data, which does not say when "
            "they joined the network; import their own data archive"
        )
    return (
        "only CRM records describe them, and a CRM does not say when they joined the network "
        "or what they do there; import their data archive or their network activity"
    )


def member_card(store: Store, model: Model, member_id: int, as_of: date | None) -> dict[str, Any]:
    """Everything `show` prints: index, pillars, ranks, weekly change, signals, next actions."""
    day = _scoring_date(store, member_id, as_of)
    row = member_snapshot(store, member_id, day)
    run = run_info(store, day)
    assert row is not None and run is not None
    if (run["model_name"], run["model_version"]) != (model.name, model.version) or list(
        run["signals"]
    ) != [s.name for s in model.signals]:
        raise SellindexError(
            f"the scores of {day} come from model {run['model_name']} {run['model_version']}, "
            f"not {model.label}; pass that model with --model"
        )
    sources = member_feeds(store.con, member_id)
    feeds = set().union(*sources.values()) if sources else None
    signals = []
    for i, signal in enumerate(model.signals):
        raw = row["signal_raw"][i]
        trials = row["signal_trials"][i]
        points = Decimal(row["signal_points"][i])
        now = signal_points(signal, raw, trials)
        more_trials = (trials or 0.0) + signal.increment if signal.source.is_rate else None
        better = signal_points(signal, raw + signal.increment, more_trials)
        measured = has_data(signal, feeds) or points > 0
        signals.append(
            {
                "signal": signal.name,
                "pillar": signal.pillar,
                "raw": raw,
                "trials": trials,
                "points": points,
                "max_points": signal.points,
                "action": signal.action,
                "increment": signal.increment,
                "gain": max(better - now, Decimal(0)) if measured else Decimal(0),
                "no_data": not measured,
                "note": _rate_note(signal, raw, trials)
                if measured
                else _no_data_note(signal, sorted(sources or ())),
            }
        )
    actions = sorted(
        (s for s in signals if s["gain"] > 0), key=lambda s: (-s["gain"], s["signal"])
    )[:NEXT_ACTIONS]
    unmeasured = {
        p: sum(Decimal(str(s["max_points"])) for s in signals if s["pillar"] == p and s["no_data"])
        for p in PILLARS
    }
    team_name = _team_name(store, row["team_id"])
    week_day = latest_date_on_or_before(store, day - WEEK, member_id)
    week_row = member_snapshot(store, member_id, week_day) if week_day else None
    return {
        "member_id": member_id,
        "as_of": day,
        "model": model.label,
        "total": row["total"],
        "pillars": [
            {
                "pillar": p,
                "title": PILLAR_TITLES[p],
                "points": row[p],
                "change": row[p] - week_row[p] if week_row else None,
                "no_data_points": unmeasured[p],
            }
            for p in PILLARS
        ],
        "no_data_points": sum(unmeasured.values()),
        "official": compared(
            row, reading_near(member_readings(store.con, member_id), day, READING_DAYS)
        ),
        "sources": sorted(sources) if sources else None,
        "change": {
            "since": week_day,
            "total": row["total"] - week_row["total"] if week_row else None,
        },
        "ranks": [
            {
                "group": g,
                "rank": row[f"{g}_rank"],
                "size": row[f"{g}_size"],
                "top_percent": top_percent(row[f"{g}_rank"], row[f"{g}_size"]),
                "average": row[f"{g}_avg"],
                "label": _group_label(g, row, team_name),
            }
            for g in RANKED_GROUPS
        ],
        "signals": signals,
        "next_actions": [
            {
                "action": a["action"],
                "signal": a["signal"],
                "increment": a["increment"],
                "gain": a["gain"],
            }
            for a in actions
        ],
    }


def _no_data_note(signal: Signal, sources: list[str]) -> str:
    """Why a signal shows no data: none of the member's sources records it. An archive that
    could (`ARCHIVE_ROLE_FEEDS`) is only its Basic part: the Complete one would tell."""
    if "archive" in sources and has_data(signal, _ARCHIVE_FEEDS):
        return "no data: the Basic archive cannot tell; import the Complete archive"
    return f"no data: {' and '.join(_SOURCE_NAMES.get(s, s) for s in sources)} cannot tell"


_ARCHIVE_FEEDS = {feed for feeds in ARCHIVE_ROLE_FEEDS.values() for feed in feeds}


_SOURCE_NAMES = {"archive": "a data archive", "salesnav": "a Sales Navigator export"}


def _rate_note(signal: Signal, raw: float, trials: float | None) -> str | None:
    """Why a rate reads otherwise than its two numbers: nothing to measure yet, or more
    successes than trials (which count one per trial)."""
    if not signal.source.is_rate:
        return None
    if not trials:
        return signal.empty_note()
    if raw > trials:
        return f"{raw:g} successes for {trials:g} trials: counted as {trials:g} of {trials:g}"
    return None


def _group_label(group: str, row: dict[str, Any], team_name: str | None) -> str:
    if group == "industry":
        return row["industry"] or "no industry"
    if group == "team":
        if row["team_id"] is None:
            return "no team"
        return team_name or f"team {row['team_id']}"
    return "your network"


def _team_name(store: Store, team_id: int | None) -> str | None:
    if team_id is None:
        return None
    found = store.con.execute("SELECT name FROM teams WHERE team_id = ?", [team_id]).fetchone()
    return found[0] if found else None


def history(store: Store, member_id: int) -> dict[str, Any]:
    """Every snapshot of a member, each beside the official reading of its week (when saved
    readings were imported), and every reading."""
    rows = member_history(store, member_id)
    readings = member_readings(store.con, member_id)
    if not rows and not readings:
        raise _no_score(store, member_id, None)
    for row in rows:
        for group in RANKED_GROUPS:
            row[f"{group}_top_percent"] = top_percent(row[f"{group}_rank"], row[f"{group}_size"])
        row["official"] = compared(row, reading_near(readings, row["as_of"], READING_DAYS))
    return {"member_id": member_id, "snapshots": rows, "readings": readings}


READING_DAYS = 6
"""A snapshot is compared with the official reading of its day or of the six days before."""
SERIES = ("total", *PILLARS)


def compared(estimate: dict[str, Any], reading: dict[str, Any] | None) -> dict[str, Any] | None:
    """The official reading beside an estimate: its date, its total and pillars, and the
    estimate minus the official value of each (none where the reading lacks a pillar)."""
    if reading is None:
        return None
    values = {k: reading.get(k) for k in SERIES}
    return {
        "as_of": reading["as_of"],
        **values,
        "difference": {
            k: round(float(estimate[k]) - v, 2) if v is not None else None
            for k, v in values.items()
        },
        "top_percent": {g: reading.get(f"{g}_top_percent") for g in RANKED_GROUPS},
    }
