"""Unpack a ZIP export safely: a ZIP bomb is refused before it fills the disk.

Limits are checked on the ZIP's own directory first (member count, declared sizes, the ratio of
each member's declared size to its compressed size) and again while writing, on the bytes
actually produced, since a crafted directory can lie about sizes. Only the files an import can
read (CSV, text, JSON) are written; paths that would leave the folder, links, nested ZIPs and
encrypted members are never extracted.
"""

from __future__ import annotations

import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from sellindex.errors import SellindexError

READABLE = (".csv", ".txt", ".tsv", ".json", ".jsonl")
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Limits:
    """What a ZIP may hold. Real archives are a few hundred files and rarely above 1 GB of CSV,
    compressing 5-20 times; a bomb compresses a thousand times or more."""

    members: int = 10_000
    total_bytes: int = 8 << 30
    ratio: float = 200.0
    ratio_from_bytes: int = 1 << 20
    """Members smaller than this are not held to the ratio (a short file of blank rows
    compresses very well and harms no one)."""


@dataclass(frozen=True)
class Unpacked:
    """The readable files of a ZIP, written to `folder`; each is shown as `zip/inner/path`."""

    zip_path: Path
    folder: Path
    skipped: tuple[str, ...]

    def shown(self, file: Path) -> Path:
        return self.zip_path / file.relative_to(self.folder)


def is_zip(path: Path) -> bool:
    return path.is_file() and zipfile.is_zipfile(path)


@contextmanager
def unpacked(path: Path, limits: Limits | None = None) -> Iterator[Unpacked]:
    """The readable files of the ZIP at `path` in a temporary folder, removed afterwards."""
    limits = limits or Limits()
    folder = Path(tempfile.mkdtemp(prefix="sellindex-zip-"))
    try:
        skipped = _extract(path, folder, limits)
        yield Unpacked(path, folder, tuple(skipped))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _extract(path: Path, folder: Path, limits: Limits) -> list[str]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise SellindexError(f"{path} is not a readable ZIP file: {exc}") from None
    with archive:
        members = archive.infolist()
        _check_directory(path, members, limits)
        skipped, written = [], 0
        for member in members:
            if member.is_dir():
                continue
            inner = PurePosixPath(member.filename)
            if not _wanted(member, inner):
                skipped.append(member.filename)
                continue
            target = folder.joinpath(*inner.parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                written = _copy(archive, member, target, written, path, limits)
            except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
                raise SellindexError(f"{path}: cannot unpack {member.filename}: {exc}") from None
    return skipped


def _check_directory(path: Path, members: list[zipfile.ZipInfo], limits: Limits) -> None:
    """Refuse from the ZIP's directory alone, before writing anything."""
    if len(members) > limits.members:
        raise SellindexError(
            f"{path} holds {len(members):,} files, more than the {limits.members:,} an export "
            "has; refused as a possible ZIP bomb"
        )
    declared = sum(m.file_size for m in members)
    if declared > limits.total_bytes:
        raise SellindexError(
            f"{path} unpacks to {_size(declared)}, more than the limit of "
            f"{_size(limits.total_bytes)}; refused as a possible ZIP bomb"
        )
    for m in members:
        inner = PurePosixPath(m.filename)
        if inner.is_absolute() or ".." in inner.parts or "\\" in m.filename:
            raise SellindexError(f"{path} holds a file that would unpack outside its folder")
        if m.flag_bits & 0x1:
            raise SellindexError(f"{path} is encrypted ({m.filename}); decrypt it first")
        if m.file_size >= limits.ratio_from_bytes and (
            m.file_size > limits.ratio * max(m.compress_size, 1)
        ):
            raise SellindexError(
                f"{path}: {m.filename} unpacks {m.file_size / max(m.compress_size, 1):,.0f} "
                f"times larger than it is stored (limit {limits.ratio:g}); refused as a "
                "possible ZIP bomb"
            )


def _wanted(member: zipfile.ZipInfo, inner: PurePosixPath) -> bool:
    is_link = (member.external_attr >> 16) & 0o170000 == 0o120000
    hidden = any(part.startswith((".", "__MACOSX")) for part in inner.parts)
    return not is_link and not hidden and inner.suffix.lower() in READABLE


def _copy(
    archive: zipfile.ZipFile,
    member: zipfile.ZipInfo,
    target: Path,
    written: int,
    path: Path,
    limits: Limits,
) -> int:
    """Write one member, counting the bytes it really produces against the limits."""
    produced = 0
    with archive.open(member) as source, target.open("wb") as sink:
        while chunk := source.read(_CHUNK):
            produced += len(chunk)
            written += len(chunk)
            if produced > member.file_size or written > limits.total_bytes:
                raise SellindexError(
                    f"{path}: {member.filename} unpacks to more than its directory says; "
                    "refused as a possible ZIP bomb"
                )
            sink.write(chunk)
    return written


def _size(n: int) -> str:
    if n >= 1 << 30:
        return f"{n / (1 << 30):,.1f} GB"
    if n >= 1 << 20:
        return f"{n / (1 << 20):,.1f} MB"
    return f"{n:,} bytes"
