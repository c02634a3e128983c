"""CRM exports: readers and mappers that turn each kind of export into canonical rows.

One module per kind. Each declares the files of its export (roles, with the columns they read
under every name exports use) and builds SQL that maps the staged files onto the canonical
tables, with source keys where ids go; the identity map turns those into canonical ids.
"""

from sellindex.sources.crm import hubspot, pipedrive, pipeline, salesforce
from sellindex.sources.crm.detect import NOT_YET, ExportPlan, assign_roles, candidate_files, detect
from sellindex.sources.crm.mapping import Mapping, load_mapping
from sellindex.sources.crm.model import Importer, Mapped, StagedFile, TableMap

IMPORTERS: dict[str, Importer] = {
    i.kind: i
    for i in (salesforce.IMPORTER, hubspot.IMPORTER, pipedrive.IMPORTER, pipeline.IMPORTER)
}
"""The CRM kinds (`sellindex.sources.kinds` adds the network's own exports)."""

__all__ = [
    "IMPORTERS",
    "NOT_YET",
    "ExportPlan",
    "Importer",
    "Mapped",
    "Mapping",
    "StagedFile",
    "TableMap",
    "assign_roles",
    "candidate_files",
    "detect",
    "load_mapping",
]
