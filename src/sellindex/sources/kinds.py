"""Every kind of export `sellindex import` reads: the network's own exports and the CRMs'."""

from __future__ import annotations

from sellindex.sources.crm import IMPORTERS as CRM_IMPORTERS
from sellindex.sources.crm import NOT_YET, Importer
from sellindex.sources.network import archive, salesnav

IMPORTERS: dict[str, Importer] = {
    archive.IMPORTER.kind: archive.IMPORTER,
    salesnav.IMPORTER.kind: salesnav.IMPORTER,
    **CRM_IMPORTERS,
}
"""The kinds that can be imported now."""

NETWORK_KINDS = ("archive", "ssi-readings", "salesnav")
KINDS: tuple[str, ...] = (*NETWORK_KINDS, *(k for k in IMPORTERS if k not in NETWORK_KINDS))
"""Every kind the import command names, in the order its help lists them."""

__all__ = ["IMPORTERS", "KINDS", "NETWORK_KINDS", "NOT_YET"]
