"""A synthetic but coherent world of members, activity and CRM, with planted ground truth."""

from sellindex.sources.synth.config import FORMATS, SynthConfig
from sellindex.sources.synth.world import GROUND_TRUTH_FILE, WorldSummary, generate_world

__all__ = ["FORMATS", "GROUND_TRUTH_FILE", "SynthConfig", "WorldSummary", "generate_world"]
