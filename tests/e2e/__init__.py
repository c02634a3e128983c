"""Browser tests: a real `sellindex serve` driven by Chromium."""
