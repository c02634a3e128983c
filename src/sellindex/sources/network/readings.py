"""Saved readings of the network's own index page: the official score beside sellindex's estimate.

The page is backed by a JSON document (`memberScore` with the overall score and one sub-score
per pillar, `groupScore` with the member's "top N%" rank, size and average in their industry,
network and team). The page keeps no history, so people save it daily; importing those files
gives a seller their official history. A file is one reading (dated by a date in its name,
`ssi-2024-03-17.json`, or by a date field in it), a list of readings, or JSON lines, each with
its date.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

PILLARS = {
    "PROFESSIONAL_BRAND": "brand",
    "FIND_RIGHT_PEOPLE": "find",
    "INSIGHT_ENGAGEMENT": "engage",
    "STRONG_RELATIONSHIP": "relationships",
}
GROUPS = {"INDUSTRY": "industry", "NETWORK": "network", "TEAM": "team"}
DATE_KEYS = ("date", "asOf", "as_of", "day", "savedAt", "saved_at", "fetchedAt", "timestamp")
_NAME_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")


@dataclass(frozen=True)
class Reading:
    """One day's official index of a member, as the page shows it."""

    as_of: date
    total: float
    pillars: dict[str, float]
    groups: dict[str, dict[str, Any]]
    """industry / network / team -> top_percent, size, average (and name, for industry)."""
    active_seat: bool | None
    file: Path
    line: int
    raw: str


@dataclass(frozen=True)
class Rejected:
    file: Path
    line: int
    reason: str
    raw: str


@dataclass
class Parsed:
    readings: list[Reading] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


def recognise(files: list[Path]) -> str | None:
    """Why these files are saved readings: a JSON file whose document has a `memberScore`."""
    for f in files:
        if f.suffix.lower() in (".json", ".jsonl"):
            with f.open("rb") as handle:
                head = handle.read(65536).decode("utf-8", errors="replace")
            if '"memberscore"' in head.lower():
                return f"{f.name} holds a reading of the index page (memberScore)"
    return None


def parse(files: list[Path], shown: dict[Path, Path] | None = None) -> Parsed:
    """Every reading of every JSON file, and what could not be read, with file and line."""
    parsed = Parsed()
    for f in sorted(files):
        if f.suffix.lower() not in (".json", ".jsonl"):
            continue
        name = (shown or {}).get(f, f)
        for line, document, raw, error in _documents(f):
            if error:
                parsed.rejected.append(Rejected(name, line, error, raw))
                continue
            item = _reading(document, name, line, raw)
            if isinstance(item, Reading):
                parsed.readings.append(item)
            else:
                parsed.rejected.append(Rejected(name, line, item, raw))
    return parsed


def _documents(path: Path) -> list[tuple[int, Any, str, str | None]]:
    """(line, document, its text, error) for each document of a file: the whole file, each
    element of a list (numbered from 1), or each line of JSON lines."""
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    try:
        whole = json.loads(text)
    except json.JSONDecodeError as exc:
        lines = [(n, t) for n, t in enumerate(text.splitlines(), 1) if t.strip()]
        if path.suffix.lower() != ".jsonl" and len(lines) <= 1:
            return [(1, None, text[:2000], f"not valid JSON: {exc.msg} at line {exc.lineno}")]
        found = []
        for n, t in lines:
            try:
                found.append((n, json.loads(t), t, None))
            except json.JSONDecodeError as e:
                found.append((n, None, t[:2000], f"not valid JSON: {e.msg}"))
        return found
    if isinstance(whole, list):
        return [(i, d, json.dumps(d)[:2000], None) for i, d in enumerate(whole, 1)]
    return [(1, whole, text[:2000], None)]


def _reading(document: Any, file: Path, line: int, raw: str) -> Reading | str:
    """A reading, or the reason the document is not one."""
    if not isinstance(document, dict):
        return "not a reading: expected a JSON object with memberScore"
    score = document.get("memberScore")
    if not isinstance(score, dict):
        return "not a reading: no memberScore"
    day = _date(document, file)
    if day is None:
        return (
            "no date: name the file by its day (ssi-2024-03-17.json) or give a date field "
            f"({', '.join(DATE_KEYS[:3])}...)"
        )
    total = _number(score.get("overall"))
    if total is None or not 0 <= total <= 100:
        return f"memberScore.overall must be a number from 0 to 100, got {score.get('overall')!r}"
    pillars: dict[str, float] = {}
    for sub in score.get("subScores") or []:
        if not isinstance(sub, dict):
            continue
        pillar = PILLARS.get(str(sub.get("pillar", "")).upper())
        value = _number(sub.get("score"))
        if pillar is None:
            continue
        if value is None or not 0 <= value <= 25:
            return f"the {sub.get('pillar')} score must be a number from 0 to 25, got {value!r}"
        pillars[pillar] = value
    groups: dict[str, dict[str, Any]] = {}
    for group in document.get("groupScore") or []:
        if not isinstance(group, dict):
            continue
        name = GROUPS.get(str(group.get("groupType", "")).upper())
        if name is None:
            continue
        rank = _number(group.get("rank"))
        if rank is not None and not 0 < rank <= 100:
            return f"the {group.get('groupType')} rank is a top N% from 1 to 100, got {rank:g}"
        average = (
            group.get("score", {}).get("overall") if isinstance(group.get("score"), dict) else None
        )
        groups[name] = {
            "top_percent": rank,
            "size": _number(group.get("groupSize")),
            "average": _number(average),
            "label": group.get("industry") if name == "industry" else None,
        }
    seat = document.get("activeSeat")
    return Reading(
        day, total, pillars, groups, seat if isinstance(seat, bool) else None, file, line, raw
    )


def _date(document: dict[str, Any], file: Path) -> date | None:
    for key in DATE_KEYS:
        value = document.get(key)
        if isinstance(value, int | float) and value > 10**11:
            return datetime.fromtimestamp(value / 1000, UTC).date()
        if isinstance(value, str):
            try:
                return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
            except ValueError:
                continue
    found = _NAME_DATE.search(file.name)
    if found:
        try:
            return date(*(int(x) for x in found.groups()))
        except ValueError:
            return None
    return None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)
