"""Errors a user can act on. Interfaces print their message on one line, without a traceback."""

import duckdb


class SellindexError(Exception):
    """A problem with the user's input, files or store, described in plain words."""


def was_interrupted(exc: BaseException) -> bool:
    """Ctrl+C arrives as KeyboardInterrupt or, inside a DuckDB query, as the error DuckDB raises
    for it: an InterruptException, or a RuntimeError caused by the KeyboardInterrupt."""
    return isinstance(exc, KeyboardInterrupt | duckdb.InterruptException) or isinstance(
        exc.__cause__, KeyboardInterrupt
    )
