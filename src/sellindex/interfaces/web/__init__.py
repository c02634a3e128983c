"""The web app and REST API: `create_app(store)`, served by `sellindex serve`."""

from sellindex.interfaces.web.app import create_app

__all__ = ["create_app"]
