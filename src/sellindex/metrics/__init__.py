"""Metric definitions over the canonical tables, as portable Ibis expressions."""
