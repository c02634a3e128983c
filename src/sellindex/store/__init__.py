"""The canonical store: an embedded DuckDB file by default, read by metrics through Ibis."""

from sellindex.store.connection import Store, default_db_path, open_store
from sellindex.store.migrations import MIGRATIONS, current_version

__all__ = ["MIGRATIONS", "Store", "current_version", "default_db_path", "open_store"]
