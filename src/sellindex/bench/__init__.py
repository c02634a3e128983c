"""Benchmarks: sellindex against a straightforward pandas implementation, in the same run."""
