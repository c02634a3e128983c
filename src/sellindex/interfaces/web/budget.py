"""What one request of a served store may spend."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class QueryBudget:
    """What one request may spend: a query running longer is interrupted (503), and each
    process's engine keeps within `memory` (DuckDB spills or fails the query, not the server)."""

    seconds: float = 30.0
    memory: str = "2GB"

    def encode(self) -> str:
        return f"{self.seconds},{self.memory}"

    @classmethod
    def decode(cls, text: str) -> QueryBudget:
        seconds, _, memory = text.partition(",")
        return cls(float(seconds), memory)
