"""Which kind of export a path holds, and which file plays which role in it.

Files are recognised by their headers first (the columns a role needs, under any of the names
exports use) and by their names second, so a renamed file still finds its role and a file
named `deals.csv` with foreign columns does not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sellindex.errors import SellindexError
from sellindex.sources.crm.exports import match_columns, read_header, signature_columns
from sellindex.sources.crm.mapping import Mapping
from sellindex.sources.crm.model import Importer, Role

NOT_YET: tuple[str, ...] = ()
"""Kinds the import command names but cannot read yet."""


@dataclass
class ExportPlan:
    """The files of one export, by role, and the files left out with the reason."""

    kind: str
    files: dict[str, Path]
    ignored: list[tuple[Path, str]] = field(default_factory=list)
    detected: str | None = None
    """Why the kind was chosen, when it was detected rather than given."""


def candidate_files(path: Path) -> list[Path]:
    """The files an export at `path` may consist of: the file itself, or the files of a folder
    and its sub-folders (hidden ones aside)."""
    if not path.exists():
        raise SellindexError(f"no such file or folder: {path}")
    if path.is_file():
        return [path]
    return sorted(
        p
        for p in path.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
    )


def _headers(files: list[Path]) -> dict[Path, list[str]]:
    found = {}
    for f in files:
        if f.suffix.lower() in (".csv", ".txt", ".tsv") and f.stat().st_size > 0:
            try:
                found[f] = read_header(f)[0]
            except SellindexError:
                continue
    return found


def _role_score(role: Role, file: Path, headers: list[str], mapping: Mapping) -> int:
    """Ten points per signature column, five when every column the role needs is there under
    some name, three for a telling file name; 0 when the file shows too little of the role."""
    columns = len(signature_columns(role, headers))
    found = match_columns(role, headers, mapping)
    complete = all(f.name in found for f in role.fields if f.required)
    named = any(word in file.stem.lower() for word in role.names)
    needed = min(2, len(role.signature)) if not named else 1
    if columns < needed and not complete:
        return 0
    return 10 * columns + (5 if complete else 0) + (3 if named else 0)


def assign_roles(
    importer: Importer,
    files: list[Path],
    mapping: Mapping | None = None,
    headers: dict[Path, list[str]] | None = None,
) -> ExportPlan:
    """Give each role the file that fits it best; the other files are listed as left out.

    A single file given for a kind is that kind's main file even when it fits badly, so that
    reading it says exactly which columns are missing.
    """
    mapping = mapping or Mapping()
    headers = headers if headers is not None else _headers(files)
    scored = sorted(
        (
            (_role_score(role, f, headers[f], mapping), str(f), role.name, f)
            for f in files
            if f in headers
            for role in importer.roles
        ),
        reverse=True,
    )
    roles: dict[str, Path] = {}
    for score, _, role, f in scored:
        if score and role not in roles and f not in roles.values():
            roles[role] = f
    ignored = []
    for f in files:
        if f in roles.values():
            continue
        if f not in headers:
            ignored.append((f, "not a CSV file with a header"))
            continue
        best = [(s, r) for s, _, r, g in scored if g == f and s]
        reason = (
            f"another file already plays the {best[0][1]} role"
            if best
            else f"not a file of a {importer.kind} export"
        )
        ignored.append((f, reason))
    main = next(r for r in importer.roles if r.required)
    if main.name not in roles and len(files) == 1 and files[0] in headers:
        roles, ignored = {main.name: files[0]}, []
    if main.name not in roles:
        raise SellindexError(
            f"found no {main.name} file of a {importer.kind} export in {_where(files)}: it needs "
            f"columns such as {', '.join(main.signature)}"
        )
    return ExportPlan(importer.kind, roles, ignored)


def _where(files: list[Path]) -> str:
    return str(files[0]) if len(files) == 1 else f"{files[0].parent} ({len(files)} files)"


def detect(
    path: Path, importers: dict[str, Importer], mapping: Mapping | None = None
) -> ExportPlan:
    """Find the kind of export at `path` from its files' names and headers."""
    files = candidate_files(path)
    inner = _zip_inside(files)
    if inner:
        raise SellindexError(
            f"{path} holds a ZIP file; import the ZIP itself: sellindex import {inner}"
        )
    for importer in importers.values():
        why = importer.recognise(files) if importer.recognise else None
        if why:
            plan = (
                importer.plan(files, mapping)
                if importer.plan
                else assign_roles(importer, files, mapping)
            )
            plan.detected = why
            return plan
    headers = _headers(files)
    ranked = []
    for kind, importer in importers.items():
        main = next(r for r in importer.roles if r.required)
        scores = [(_role_score(main, f, headers[f], mapping or Mapping()), f) for f in headers]
        best, best_file = max(scores, default=(0, path), key=lambda s: s[0])
        if best:
            ranked.append((best, kind, best_file))
    ranked.sort(key=lambda r: r[0], reverse=True)
    if not ranked:
        raise SellindexError(
            f"cannot tell what kind of export {path} is; give the kind: "
            f"sellindex import KIND {path} (KIND: {', '.join(importers)})"
        )
    if len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
        raise SellindexError(
            f"{path} could be a {ranked[0][1]} or a {ranked[1][1]} export; give the kind: "
            f"sellindex import {ranked[0][1]} {path}"
        )
    _, kind, main_file = ranked[0]
    importer = importers[kind]
    plan = assign_roles(importer, files, mapping, headers)
    main = next(r for r in importer.roles if r.required)
    matched = ", ".join(signature_columns(main, headers[main_file]))
    plan.detected = f"{main_file.name} has the columns of a {kind} {main.name} file: {matched}"
    return plan


def _zip_inside(files: list[Path]) -> Path | None:
    """A ZIP in a folder of no CSV files: the export is the ZIP, not the folder."""
    zips = [f for f in files if f.suffix.lower() == ".zip"]
    if zips and not any(f.suffix.lower() in (".csv", ".tsv", ".txt") for f in files):
        return zips[0]
    return None
