"""A professional network's own exports: the member's data archive, Sales Navigator activity,
and saved readings of the network's index page.

The archive and Sales Navigator exports are CSV files, read and mapped with the same machinery
as CRM exports (`sellindex.sources.crm`): roles, staged files, canonical rows with source keys,
the identity map. Readings are JSON and have a table of their own.
"""
