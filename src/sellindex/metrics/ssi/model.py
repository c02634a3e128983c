"""The index model as data: signals, their sources, transforms, windows and next actions.

A model is a TOML file. The loader validates it completely before anything is scored, so a
mistake is reported once, naming the field, instead of surfacing as a wrong score later.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from sellindex.errors import SellindexError
from sellindex.schema import EVENT_TYPES, TABLES_BY_NAME

PILLARS: tuple[str, ...] = ("brand", "find", "engage", "relationships")
PILLAR_TITLES: dict[str, str] = {
    "brand": "Establish your professional brand",
    "find": "Find the right people",
    "engage": "Engage with insights",
    "relationships": "Build strong relationships",
}
PILLAR_LABELS: dict[str, str] = {
    "brand": "Brand",
    "find": "Find people",
    "engage": "Engage",
    "relationships": "Relationships",
}
"""The pillars' short names, for table headers and charts."""
PILLAR_POINTS = 25.0
DEFAULT_WINDOW_DAYS = 90

ROLES = ("actor", "target")
MEASURES = ("count", "distinct_days")
CONNECTION_SEGMENTS = ("all", "decision_makers", "same_company")
PROFILE_COUNT_COLUMNS = tuple(
    c.name for c in TABLES_BY_NAME["members"].columns if c.name.endswith("_count")
)
SOURCE_KINDS = (
    "profile_completeness",
    "profile_count",
    "events",
    "prospecting_views",
    "connections",
    "event_rate",
    "acceptance_rate",
)
TRANSFORM_KINDS = ("linear", "saturating", "log", "shrunk_rate")
RATE_SOURCES = ("event_rate", "acceptance_rate")
STATE_SOURCES = ("profile_completeness", "profile_count", "connections")
"""Sources that describe the member's current state: they take no window."""


@dataclass(frozen=True)
class EventCount:
    """Events of some types counted per member, as the actor or as the target."""

    events: tuple[str, ...]
    role: str = "actor"
    measure: str = "count"


@dataclass(frozen=True)
class Source:
    kind: str
    events: EventCount | None = None
    column: str | None = None
    segment: str | None = None
    successes: tuple[EventCount, ...] = ()
    trials: tuple[EventCount, ...] = ()

    @property
    def is_rate(self) -> bool:
        return self.kind in RATE_SOURCES


@dataclass(frozen=True)
class Transform:
    """How a raw value becomes points; rates transform (successes, trials), counts one value."""

    kind: str
    full: float = 1.0
    scale: float = 1.0
    cap: float = 1.0
    prior: float = 0.0
    strength: float = 0.0

    def fraction(self, value: float, trials: float = 0.0) -> float:
        """Share of the signal's points earned, for one member (used for explanations).

        A rate with no trials earns nothing: the prior stands in for a small sample, not for
        an action the member never took. Successes count up to the trials (`rate_successes`),
        so a rate never exceeds 1 and its signal never its points.
        """
        if self.kind == "linear":
            return min(value / self.full, 1.0)
        if self.kind == "saturating":
            return 1.0 - math.exp(-value / self.scale)
        if self.kind == "log":
            return min(math.log1p(value) / math.log1p(self.cap), 1.0)
        if trials <= 0:
            return 0.0
        counted = rate_successes(value, trials)
        return (counted + self.prior * self.strength) / (trials + self.strength)


def rate_successes(successes: float, trials: float) -> float:
    """The successes a rate counts: at most one per trial.

    Sources count successes and trials apart (messages received and messages sent, say), and
    a real export can hold more of the first than of the second: 8 answers to 2 messages is 2
    of 2, not a rate of 4. Every implementation of the index applies this same bound.
    """
    return min(successes, trials)


@dataclass(frozen=True)
class Signal:
    name: str
    pillar: str
    points: float
    window_days: int | None
    source: Source
    transform: Transform
    action: str
    increment: float
    no_trials: str | None = None
    """For rates: what the card says while there is nothing to measure yet."""
    label: str = ""
    """What a person reads in place of the name; the name, spaced, when the model gives none."""
    description: str = ""
    """What the signal measures, in words; the glossary and docs show it."""

    def empty_note(self) -> str:
        """Why a rate signal has no points yet, in the member's words where the model gives them."""
        if self.no_trials:
            return self.no_trials
        if self.source.kind == "acceptance_rate":
            return f"no invitations sent in the last {self.window_days} days"
        events = ", ".join(e for count in self.source.trials for e in count.events)
        return f"nothing to measure yet: no {events} in the last {self.window_days} days"


@dataclass(frozen=True)
class Model:
    name: str
    version: str
    signals: tuple[Signal, ...]
    path: str

    @property
    def label(self) -> str:
        return f"{self.name} {self.version}"

    def signal(self, name: str) -> Signal:
        for s in self.signals:
            if s.name == name:
                return s
        raise KeyError(name)

    def pillar_signals(self, pillar: str) -> tuple[Signal, ...]:
        return tuple(s for s in self.signals if s.pillar == pillar)

    @property
    def longest_window(self) -> int:
        return max((s.window_days or 0) for s in self.signals)


DEFAULT_MODEL_FILE = "default_model.toml"


def default_model_text() -> str:
    return resources.files(__package__).joinpath(DEFAULT_MODEL_FILE).read_text()


def load_model(path: str | Path | None = None) -> Model:
    """Load and validate a model file; without a path, the default model that ships here."""
    if path is None:
        text, origin = default_model_text(), f"(default) {DEFAULT_MODEL_FILE}"
    else:
        file = Path(path)
        if not file.is_file():
            raise SellindexError(f"model file {file} does not exist")
        text, origin = file.read_text(), str(file)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SellindexError(f"model file {origin} is not valid TOML: {exc}") from None
    return parse_model(data, origin)


def parse_model(data: dict[str, Any], origin: str = "<model>") -> Model:
    name = _text(data, "name", "model")
    version = _text(data, "version", "model")
    default_window = _positive_int(
        data.get("window_days", DEFAULT_WINDOW_DAYS), "model", "window_days"
    )
    raw_signals = data.get("signals")
    if not isinstance(raw_signals, list) or not raw_signals:
        raise SellindexError("model: 'signals' must be a non-empty list of [[signals]] tables")
    signals = tuple(_parse_signal(raw, i, default_window) for i, raw in enumerate(raw_signals))
    names = [s.name for s in signals]
    duplicated = sorted({n for n in names if names.count(n) > 1})
    if duplicated:
        raise SellindexError(f"model: signal name {duplicated[0]!r} is used more than once")
    for pillar in PILLARS:
        members = [s for s in signals if s.pillar == pillar]
        total = round(sum(s.points for s in members), 6)
        if not members or total != PILLAR_POINTS:
            raise SellindexError(
                f"model: pillar {pillar!r} signals' points add up to {total:g}, "
                f"they must add up to {PILLAR_POINTS:g}"
            )
    return Model(name=name, version=version, signals=signals, path=origin)


def _parse_signal(raw: Any, index: int, default_window: int) -> Signal:
    if not isinstance(raw, dict):
        raise SellindexError(f"model: signal #{index + 1} must be a table")
    name = _text(raw, "name", f"signal #{index + 1}")
    where = f"signal {name!r}"
    known = {
        "name",
        "pillar",
        "points",
        "window_days",
        "source",
        "transform",
        "action",
        "increment",
        "no_trials",
        "label",
        "description",
    }
    unknown = sorted(set(raw) - known)
    if unknown:
        raise SellindexError(f"model {where}: unknown field {unknown[0]!r}")
    pillar = _text(raw, "pillar", where)
    if pillar not in PILLARS:
        raise SellindexError(
            f"model {where}: unknown pillar {pillar!r} (pillars are {', '.join(PILLARS)})"
        )
    points = _number(raw, "points", where)
    if points <= 0 or round(points * 100) != points * 100:
        raise SellindexError(
            f"model {where}: points must be positive with at most two decimals, got {points:g}"
        )
    source = _parse_source(raw.get("source"), where)
    if source.kind in STATE_SOURCES:
        if "window_days" in raw:
            raise SellindexError(
                f"model {where}: window_days does not apply to a current-state source "
                f"({source.kind!r})"
            )
        window = None
    else:
        window = _positive_int(raw.get("window_days", default_window), where, "window_days")
    transform = _parse_transform(raw.get("transform"), where)
    if source.is_rate != (transform.kind == "shrunk_rate"):
        raise SellindexError(
            f"model {where}: transform 'shrunk_rate' goes with rate sources "
            f"({', '.join(RATE_SOURCES)}) and only with them"
        )
    action = _text(raw, "action", where)
    increment = _number(raw, "increment", where)
    if increment <= 0:
        raise SellindexError(f"model {where}: increment must be positive")
    no_trials = None
    if "no_trials" in raw:
        if not source.is_rate:
            raise SellindexError(f"model {where}: 'no_trials' applies to rate sources only")
        no_trials = _text(raw, "no_trials", where)
    label = _text(raw, "label", where) if "label" in raw else name.replace("_", " ").capitalize()
    description = _text(raw, "description", where) if "description" in raw else ""
    return Signal(
        name,
        pillar,
        float(points),
        window,
        source,
        transform,
        action,
        increment,
        no_trials,
        label,
        description,
    )


def _parse_source(raw: Any, where: str) -> Source:
    if not isinstance(raw, dict):
        raise SellindexError(f"model {where}: 'source' must be a table with a 'kind'")
    kind = raw.get("kind")
    if kind not in SOURCE_KINDS:
        raise SellindexError(
            f"model {where}: unknown source {kind!r} (sources are {', '.join(SOURCE_KINDS)})"
        )
    if kind == "events":
        return Source(kind, events=_parse_event_count(raw, where, allow_measure=True))
    if kind == "profile_count":
        column = raw.get("column")
        if column not in PROFILE_COUNT_COLUMNS:
            raise SellindexError(
                f"model {where}: unknown profile column {column!r} "
                f"(columns are {', '.join(PROFILE_COUNT_COLUMNS)})"
            )
        return Source(kind, column=column)
    if kind == "connections":
        segment = raw.get("segment", "all")
        if segment not in CONNECTION_SEGMENTS:
            raise SellindexError(
                f"model {where}: unknown connection segment {segment!r} "
                f"(segments are {', '.join(CONNECTION_SEGMENTS)})"
            )
        return Source(kind, segment=segment)
    if kind == "event_rate":
        parts = {}
        for key in ("successes", "trials"):
            items = raw.get(key)
            if not isinstance(items, list) or not items:
                raise SellindexError(
                    f"model {where}: event_rate needs '{key}', a list of {{events, role}} tables"
                )
            parts[key] = tuple(
                _parse_event_count(item, where, allow_measure=False) for item in items
            )
        return Source(kind, successes=parts["successes"], trials=parts["trials"])
    return Source(kind)


def _parse_event_count(raw: Any, where: str, *, allow_measure: bool) -> EventCount:
    if not isinstance(raw, dict):
        raise SellindexError(f"model {where}: an event count must be a table")
    events = raw.get("events")
    if not isinstance(events, list) or not all(isinstance(e, str) for e in events):
        raise SellindexError(f"model {where}: 'events' must be a list of event types")
    unknown = [e for e in events if e not in EVENT_TYPES]
    if unknown:
        raise SellindexError(f"model {where}: unknown event type {unknown[0]!r}")
    role = raw.get("role", "actor")
    if role not in ROLES:
        raise SellindexError(f"model {where}: role must be 'actor' or 'target', got {role!r}")
    measure = raw.get("measure", "count")
    if measure not in MEASURES or (measure != "count" and not allow_measure):
        raise SellindexError(f"model {where}: unknown measure {measure!r}")
    if not events and measure == "count":
        raise SellindexError(f"model {where}: 'events' is empty")
    return EventCount(tuple(events), role, measure)


def _parse_transform(raw: Any, where: str) -> Transform:
    if not isinstance(raw, dict):
        raise SellindexError(f"model {where}: 'transform' must be a table with a 'kind'")
    kind = raw.get("kind")
    if kind not in TRANSFORM_KINDS:
        raise SellindexError(
            f"model {where}: unknown transform {kind!r} "
            f"(transforms are {', '.join(TRANSFORM_KINDS)})"
        )
    needs = {
        "linear": ("full",),
        "saturating": ("scale",),
        "log": ("cap",),
        "shrunk_rate": ("prior", "strength"),
    }[kind]
    unknown = sorted(set(raw) - {"kind", *needs})
    if unknown:
        raise SellindexError(f"model {where}: transform {kind!r} has no parameter {unknown[0]!r}")
    params = {key: _number(raw, key, f"{where} transform") for key in needs}
    if kind == "shrunk_rate":
        if not 0 <= params["prior"] <= 1:
            raise SellindexError(f"model {where}: transform prior must be between 0 and 1")
        if params["strength"] <= 0:
            raise SellindexError(f"model {where}: transform strength must be positive")
    elif any(v <= 0 for v in params.values()):
        raise SellindexError(f"model {where}: transform {needs[0]} must be positive")
    return Transform(kind, **params)


def _text(raw: dict[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise SellindexError(f"model {where}: '{key}' must be a non-empty string")
    return value


def _number(raw: dict[str, Any], key: str, where: str) -> float:
    value = raw.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise SellindexError(f"model {where}: '{key}' must be a number")
    return float(value)


def _positive_int(value: Any, where: str, key: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise SellindexError(f"model {where}: '{key}' must be a positive whole number of days")
    return value
