"""sellindex: an open, transparent Social Selling Index and sales-performance benchmark."""

__version__ = "0.1.0"
