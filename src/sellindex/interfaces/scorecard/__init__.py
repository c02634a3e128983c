"""Rep scorecards: self-contained HTML pages (inline CSS and SVG, no network, no assets)."""

from sellindex.interfaces.scorecard.render import Scorecard, build_scorecard, write_scorecard

__all__ = ["Scorecard", "build_scorecard", "write_scorecard"]
