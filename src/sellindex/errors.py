"""Errors a user can act on. Interfaces print their message on one line, without a traceback."""


class SellindexError(Exception):
    """A problem with the user's input, files or store, described in plain words."""
