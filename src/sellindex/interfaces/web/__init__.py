"""The web app and REST API: `create_app(store)`, served by `sellindex serve`.

`create_app` is imported on first use, so a command that only needs a small piece of this
package (the serving options, say) does not pay for loading the whole app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sellindex.interfaces.web.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from sellindex.interfaces.web.app import create_app

        return create_app
    raise AttributeError(name)
