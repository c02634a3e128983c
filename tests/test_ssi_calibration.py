"""The default model against the published distribution, on a default synthetic world.

The target (docs/ssi.md): about 47% of members score 0-20, 52% score 21-69 and 1-2% score 70 or
more, with an average in the high 20s. A world of a few thousand members is enough to see the
shape; the bounds leave room for the sampling noise of a world this small.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sellindex.ingest.loader import ingest
from sellindex.metrics.ssi.model import load_model
from sellindex.metrics.ssi.run import calibration, default_as_of
from sellindex.sources.synth import SynthConfig, generate_world
from sellindex.store import open_store


@pytest.fixture(scope="module")
def calibrated(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder: Path = tmp_path_factory.mktemp("calibration")
    generate_world(SynthConfig(members=5_000, seed=1), folder / "world")
    with open_store(folder / "world.duckdb", create=True) as store:
        ingest(store, folder / "world")
        return calibration(store, load_model(), default_as_of(store))


def test_default_model_meets_the_published_bands(calibrated: dict) -> None:
    shares = {band["band"]: band["share"] for band in calibrated["bands"]}
    assert calibrated["members"] == 5_000
    assert shares["0-20"] == pytest.approx(0.47, abs=0.03)
    assert shares["21-69"] == pytest.approx(0.52, abs=0.03)
    assert 0.005 <= shares["70-100"] <= 0.03


def test_default_model_averages_in_the_high_twenties(calibrated: dict) -> None:
    assert 26 <= calibrated["mean"] <= 30
    assert calibrated["median"] < calibrated["mean"], "a long upper tail, as published"


def test_every_pillar_contributes(calibrated: dict) -> None:
    """No pillar is dead weight or carries the index alone."""
    for pillar, mean in calibrated["pillar_means"].items():
        assert 4 <= mean <= 12, pillar
