"""sellindex: an open, transparent Social Selling Index and sales-performance benchmark.

`sellindex.Workspace` is the Python API (see `sellindex.interfaces.library`); it is imported on
first use so that `import sellindex` stays cheap for the command line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Workspace", "__version__"]

if TYPE_CHECKING:
    from sellindex.interfaces.library import Workspace


def __getattr__(name: str) -> Any:
    if name == "Workspace":
        from sellindex.interfaces.library import Workspace

        return Workspace
    raise AttributeError(f"module 'sellindex' has no attribute {name!r}")
