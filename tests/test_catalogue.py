"""Every metric carries its presentation: a label, a unit, a definition and a good direction."""

from __future__ import annotations

import pytest

from sellindex.errors import SellindexError
from sellindex.metrics.catalogue import KINDS, build_catalogue, catalogue, metric
from sellindex.metrics.kpis.core import Kpi
from sellindex.metrics.kpis.needs import FAMILIES
from sellindex.metrics.ssi.model import PILLARS, load_model, parse_model
from sellindex.metrics.units import UNITS


def test_every_kpi_signal_and_pillar_is_in_the_catalogue_once() -> None:
    model = load_model()
    expected = {("index", "index")}
    expected |= {("pillar", p) for p in PILLARS}
    expected |= {("signal", s.name) for s in model.signals}
    expected |= {("kpi", k.name) for kpis in FAMILIES.values() for k in kpis}
    keys = [(m.kind, m.name) for m in catalogue()]
    assert sorted(keys) == sorted(expected)
    assert len({m.key for m in catalogue()}) == len(keys)


@pytest.mark.parametrize("entry", catalogue(), ids=lambda m: m.key)
def test_every_entry_is_presentable(entry) -> None:
    assert entry.kind in KINDS
    assert entry.unit in UNITS
    assert entry.label and entry.label != entry.name and "_" not in entry.label
    assert entry.definition and entry.formula
    assert entry.higher_is_better in (True, False, None)


@pytest.mark.parametrize(
    "kpi", [k for kpis in FAMILIES.values() for k in kpis], ids=lambda k: k.name
)
def test_every_kpi_names_its_own_label(kpi: Kpi) -> None:
    """The label is written next to the definition, not made up from the name."""
    assert kpi.label


def test_every_default_signal_names_its_label_and_description() -> None:
    for signal in load_model().signals:
        assert signal.label and signal.description, signal.name


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("logins_per_member", "rate"),
        ("touches_to_win", "rate"),
        ("win_rate", "share"),
        ("stickiness", "share"),
        ("booked_revenue", "money"),
        ("speed_to_lead_median_h", "hours"),
        ("sales_cycle_days", "days"),
        ("dau", "count"),
    ],
)
def test_units_say_how_a_value_reads(name: str, unit: str) -> None:
    """Logins per member is 0.48 per member, not 48% of anything."""
    assert metric(name).unit == unit


def test_rates_of_the_index_are_shares_and_more_is_better() -> None:
    assert metric("response_rate", kind="signal").unit == "share"
    assert metric("connections", kind="signal").unit == "count"
    assert all(m.higher_is_better for m in catalogue() if m.kind != "kpi")
    assert metric("brand", kind="pillar").unit == "points"


def test_a_kpi_and_a_signal_may_share_a_name() -> None:
    kpi = metric("engagement_received")
    signal = metric("engagement_received", kind="signal")
    assert kpi.family == "Social selling" and signal.family == "Brand pillar"
    assert "180 days" in signal.formula and "up to 2 of the pillar's 25 points" in signal.formula
    with pytest.raises(KeyError, match="no pillar named 'sales'"):
        metric("sales", kind="pillar")


def test_a_kpi_with_an_unknown_unit_is_refused_where_it_is_defined() -> None:
    with pytest.raises(ValueError, match="unknown unit 'ratio'"):
        Kpi("odd", "", "events", lambda t: t.count(), unit="ratio")


def _one_signal_model(**extra: object) -> dict[str, object]:
    signals = [
        {
            "name": f"{pillar}_posts",
            "pillar": pillar,
            "points": 25,
            "source": {"kind": "events", "events": ["post"]},
            "transform": {"kind": "saturating", "scale": 2.0},
            "action": "Post",
            "increment": 1,
            **(extra if pillar == "brand" else {}),
        }
        for pillar in PILLARS
    ]
    return {"name": "m", "version": "1", "signals": signals}


def test_a_model_may_label_its_signals_and_falls_back_to_the_name() -> None:
    model = parse_model(_one_signal_model(label="Posts", description="Posts published."))
    entries = {m.key: m for m in build_catalogue(model)}
    assert entries["signal-brand_posts"].label == "Posts"
    assert entries["signal-brand_posts"].definition == "Posts published."
    assert entries["signal-find_posts"].label == "Find posts"
    assert "post events by the member in the last 90 days" in entries["signal-find_posts"].formula
    with pytest.raises(SellindexError, match="'label' must be a non-empty string"):
        parse_model(_one_signal_model(label=" "))
