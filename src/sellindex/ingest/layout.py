"""Where the records of a CSV or JSON Lines file are, found in one vectorised pass over its bytes.

DuckDB parses text files fast, but on its own it fails a whole file, or loses rows or line
numbers, on a few kinds of damage: a line longer than its read buffer is dropped (silently beyond
twice the buffer), a quote that is never closed swallows the rest of the file, a carriage return
that ends no line stops its strict CSV parser (and splits a JSON line), a file with line breaks
of both kinds confuses it, and its error line numbers skip the lines inside quoted fields.

So before DuckDB reads a text file, numpy finds the few lines that are not an ordinary one-line
record: blank lines, lines over `MAX_RECORD_BYTES`, lines with a carriage return alone, and
lines with an odd number of quotes. Only those that leave a quote open are split in Python, to
tell a field that spans lines from a quote that is never closed. Bad lines are quarantined here
and blanked, and other lines mended, in a copy that DuckDB reads instead; a CSV file DuckDB
cannot follow at all is parsed here in Python (`parsed_copy`). So every other record loads and
every line number is the one an editor shows. A clean file costs one pass of numpy over its
bytes and no copy.
"""

from __future__ import annotations

import codecs
import json
import os
import tempfile
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, cast

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from sellindex.errors import SellindexError

MAX_RECORD_BYTES = 1 << 20
"""A CSV record (all its lines) or a JSON line longer than this is rejected, not read."""
MAX_RECORD_TEXT = "1 MiB"
SHOWN_RAW_CHARS = 1_000
"""How much of an over-long record `rejects` keeps."""
JSONL_SAMPLE_LINES = 10_000
"""A JSON Lines file's columns are the keys found in its first lines (objects may vary)."""

_CHUNK = 1 << 24
_NEWLINE, _RETURN, _SPACE, _QUOTE = 10, 13, 32, 34
_BLANK, _LONG, _QUOTED, _RETURN_ALONE = 1, 2, 4, 8


@dataclass(frozen=True)
class BadRecord:
    line: int
    reason: str
    raw: str
    """JSON text: the record as a string, cut to `SHOWN_RAW_CHARS` when over-long."""


@dataclass
class Layout:
    """A text file's lines as DuckDB will meet them."""

    lines: int
    skipped: np.ndarray
    """Lines after the first that start no record DuckDB reads (blank, continuing a quoted field
    of an earlier line, or blanked because bad), sorted."""
    continued: np.ndarray
    """The skipped lines that continue a record begun on an earlier line."""
    bad: list[BadRecord] = field(default_factory=list)
    cut: list[tuple[int, int]] = field(default_factory=list)
    """Byte ranges of the bad lines, emptied in the copy DuckDB reads."""
    lone_returns: bool = False
    """A CSV file has a "\\r" not followed by "\\n": DuckDB's strict parser fails on the whole
    file, so it is parsed in Python (`parsed_copy`)."""
    spaced: list[tuple[int, int]] = field(default_factory=list)
    """Byte ranges whose "\\r" become spaces in the copy DuckDB reads."""
    mixed_newlines: bool = False
    """Lines end in both "\\r\\n" and "\\n": DuckDB's strict parser fails on such a file (or,
    told which one to expect, silently reads nothing), so it reads a copy with "\\n" only."""

    @property
    def records(self) -> int:
        """How many records after the header DuckDB should find (parsed or reported as errors)."""
        return self.lines - 1 - len(self.skipped)


@dataclass
class _Lines:
    count: int
    mixed_newlines: bool
    """Some lines end in "\\r\\n" and others in "\\n"."""
    number: np.ndarray
    start: np.ndarray
    end: np.ndarray
    """Where each kept line's text ends, before its "\\n" or "\\r\\n"."""
    flags: np.ndarray


def _scan(path: Path, *, quotes: bool, blank: bool) -> _Lines:
    """Count the lines of a file and keep the interesting ones, a chunk of bytes at a time:
    lines over `MAX_RECORD_BYTES`, lines with a "\\r" not followed by "\\n", and with `blank`
    blank lines, with `quotes` lines with an odd number of quotes (the only ones that can open
    or close a field spanning lines, but for a stray quote inside an unquoted field)."""
    parts: list[tuple[np.ndarray, ...]] = []
    count = line_start = offset = crlf_count = last = 0
    quotes_seen = returns_seen = quotes_at_start = returns_at_start = 0
    none = np.empty(0, np.int64)
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            data = np.frombuffer(chunk, np.uint8)
            newlines = np.flatnonzero(data == _NEWLINE)
            quote_at = np.flatnonzero(data == _QUOTE) if quotes else none
            return_at = np.flatnonzero(data == _RETURN)
            if len(newlines):
                before = data[np.maximum(newlines - 1, 0)]
                if newlines[0] == 0:
                    before[0] = last
                crlf = before == _RETURN
                crlf_count += int(np.count_nonzero(crlf))
                starts = np.concatenate(([line_start], newlines[:-1] + offset + 1))
                ends = newlines + offset - crlf
                quotes_to = quotes_seen + np.searchsorted(quote_at, newlines)
                returns_to = returns_seen + np.searchsorted(return_at, newlines)
                quoted = quotes_to - np.concatenate(([quotes_at_start], quotes_to[:-1]))
                alone = returns_to - crlf - np.concatenate(([returns_at_start], returns_to[:-1]))
                parts.append(_keep(count, starts, ends, quoted, alone, quotes, blank))
                count += len(newlines)
                line_start = offset + int(newlines[-1]) + 1
                quotes_at_start, returns_at_start = int(quotes_to[-1]), int(returns_to[-1])
            quotes_seen += len(quote_at)
            returns_seen += len(return_at)
            last = int(data[-1])
            offset += len(chunk)
    if line_start < offset:
        trailing = last == _RETURN
        quoted = np.array([quotes_seen - quotes_at_start])
        alone = np.array([returns_seen - returns_at_start - trailing])
        ends = np.array([offset - trailing])
        parts.append(_keep(count, np.array([line_start]), ends, quoted, alone, quotes, blank))
        count += 1
    mixed = 0 < crlf_count < count - (line_start < offset)
    if not parts:
        return _Lines(count, mixed, none, none, none, none)
    number, start, end, flags = (np.concatenate(column) for column in zip(*parts, strict=True))
    return _Lines(count, mixed, number, start, end, flags)


def _keep(
    before: int,
    starts: np.ndarray,
    ends: np.ndarray,
    quotes: np.ndarray,
    lone_returns: np.ndarray,
    odd_quotes: bool,
    blank: bool,
) -> tuple[np.ndarray, ...]:
    length = ends - starts
    flags = np.where(length > MAX_RECORD_BYTES, _LONG, 0) | np.where(
        lone_returns > 0, _RETURN_ALONE, 0
    )
    if blank:
        flags |= np.where(length == 0, _BLANK, 0)
    if odd_quotes:
        flags |= np.where(quotes % 2 == 1, _QUOTED, 0)
    kept = np.flatnonzero(flags)
    return before + 1 + kept, starts[kept], ends[kept], flags[kept]


_OPEN = "open"


def _first_record(text: str) -> tuple[list[str], int, bool] | str:
    """The first record of `text` as DuckDB's CSV parser reads it: its fields, where the next
    record starts, and whether it is clean; `_OPEN` when a quoted field runs to the end of
    `text`.

    A field is quoted when it starts with a quote, or with one space and a quote; spaces after
    a closing quote are skipped, and a quote after them continues the field. Anywhere else a
    quote is an ordinary character. Other text after a closing quote makes the record unclean
    (DuckDB reports it) and is read on as unquoted text.
    """
    fields: list[str] = []
    clean = True
    pos, size = 0, len(text)
    while True:
        value, start = "", pos
        if text.startswith(' "', pos):
            pos += 1
        quoted = text.startswith('"', pos)
        while text.startswith('"', pos):
            close = pos + 1
            while (close := text.find('"', close)) >= 0 and text.startswith('"', close + 1):
                close += 2
            if close < 0:
                return _OPEN
            value += text[pos + 1 : close].replace('""', '"')
            pos = close + 1
            while text.startswith(" ", pos):
                pos += 1
        if not quoted:
            pos = start
        comma, newline = text.find(",", pos), text.find("\n", pos)
        stop = min((i for i in (comma, newline) if i >= 0), default=size)
        rest = text[pos:stop]
        if stop != comma and rest.endswith("\r"):
            rest = rest[:-1]
        clean = clean and not (quoted and rest)
        fields.append(value + rest)
        if stop == size:
            return fields, size, clean
        if stop == newline:
            return fields, stop + 1, clean
        pos = stop + 1


def read_csv_header(path: Path) -> list[str]:
    """The column names in a CSV file's first record, read without DuckDB's sniffer."""
    with path.open("rb") as f:
        head = f.read(MAX_RECORD_BYTES + 1)
    # Latin-1 maps bytes one to one, so positions are byte offsets; only ASCII matters here.
    parsed = _first_record(head.decode("latin-1"))
    if isinstance(parsed, str) and len(head) > MAX_RECORD_BYTES:
        raise SellindexError(f"{path}: the header is longer than {MAX_RECORD_TEXT}")
    if isinstance(parsed, str):
        raise SellindexError(f"{path}: the header has a quote that is never closed")
    _, end, clean = parsed
    if end > MAX_RECORD_BYTES:
        raise SellindexError(f"{path}: the header is longer than {MAX_RECORD_TEXT}")
    if not clean:
        raise SellindexError(f"{path}: the header has text after a closing quote")
    try:
        header_text = codecs.decode(head[:end], "utf-8-sig")
    except UnicodeDecodeError:
        raise SellindexError(f"{path} is not a UTF-8 text file") from None
    if "\0" in header_text:
        raise SellindexError(f"{path} is not a text file (it holds NUL bytes)")
    names, _, _ = cast(tuple[list[str], int, bool], _first_record(header_text))
    if names == [""]:
        raise SellindexError(f"{path}: the first line is blank; a CSV file starts with its header")
    return names


def read_jsonl_keys(path: Path) -> list[str]:
    """The keys of the objects among a JSON Lines file's first lines (over-long lines skipped)."""
    keys: set[str] = set()
    seen = 0
    with path.open("rb") as f:
        while seen < JSONL_SAMPLE_LINES and (line := f.readline(MAX_RECORD_BYTES + 2)):
            if len(line.rstrip(b"\r\n")) > MAX_RECORD_BYTES:
                while line and not line.endswith(b"\n"):
                    line = f.readline(MAX_RECORD_BYTES)
                continue
            if not line.strip():
                continue
            seen += 1
            try:
                value = json.loads(line)
            except ValueError:
                continue
            if isinstance(value, dict):
                keys.update(value)
    return sorted(keys)


def csv_layout(path: Path, columns: int) -> Layout:
    """Blank lines, lines inside quoted fields, and bad lines of a CSV file whose header has
    `columns` names."""
    lines = _scan(path, quotes=True, blank=True)
    quoted = np.flatnonzero(((lines.flags & _QUOTED) > 0) & ((lines.flags & _LONG) == 0))
    with path.open("rb") as f:
        continued, broken = _quoted_records(f, lines, quoted, columns)
    cont = np.concatenate(continued) if continued else np.empty(0, np.int64)
    blank = np.setdiff1d(lines.number[(lines.flags & _BLANK) > 0], cont)
    long = np.flatnonzero(lines.flags & _LONG)
    bad = sorted(
        [(int(i), f"malformed CSV record: longer than {MAX_RECORD_TEXT}") for i in long]
        + [(i, f"malformed CSV record: {why}") for i, why in broken]
    )
    if (bad and lines.number[bad[0][0]] == 1) or 1 in blank:
        raise SellindexError(f"{path}: the header cannot be read as CSV")
    layout = _with_bad(path, lines, bad)
    layout.skipped = np.union1d(np.union1d(blank, cont), [b.line for b in layout.bad])
    layout.continued = cont
    layout.mixed_newlines = lines.mixed_newlines
    layout.lone_returns = bool(np.any(lines.flags & _RETURN_ALONE))
    return layout


def _quoted_records(
    f: BinaryIO, lines: _Lines, quoted: np.ndarray, columns: int
) -> tuple[list[np.ndarray], list[tuple[int, str]]]:
    """Walk the lines with an odd number of quotes in order. A line that leaves a quote open
    starts a record that ends at the first line break after its quote closes. When that record
    is clean, has `columns` fields and fits in `MAX_RECORD_BYTES`, its lines are one record;
    otherwise the quote is taken as never meant to span lines: that line alone is bad, and the
    lines after it are records of their own."""
    numbers = lines.number[quoted]
    continued: list[np.ndarray] = []
    broken: list[tuple[int, str]] = []
    i = 0
    while i < len(quoted):
        first, last_line = quoted[i], int(numbers[i])
        text, parsed, whole = _record_from(f, int(lines.start[first]))
        if isinstance(parsed, str):
            why = "quote never closed" if whole else f"quote not closed within {MAX_RECORD_TEXT}"
        else:
            fields, stop, clean = parsed
            last_line += text.count("\n", 0, stop) - (stop < len(text))
            if last_line == numbers[i]:
                i += 1  # a record of one line, with a stray quote
                continue
            why = _spanning_fault(fields, clean, columns, last_line)
            if stop > MAX_RECORD_BYTES:
                why = f"quote not closed within {MAX_RECORD_TEXT}"
        if why:
            broken.append((int(first), why))
            i += 1
            continue
        continued.append(np.arange(numbers[i] + 1, last_line + 1))
        i = int(np.searchsorted(numbers, last_line, side="right"))
    return continued, broken


def _record_from(f: BinaryIO, start: int) -> tuple[str, tuple[list[str], int, bool] | str, bool]:
    """The text from `start` on, read in growing blocks until it holds the whole first record
    (or `MAX_RECORD_BYTES` of it), that record, and whether the text reaches the end of the
    file."""
    size = 1 << 12
    while True:
        f.seek(start)
        data = f.read(size)
        text = data.decode("latin-1")
        parsed = _first_record(text)
        whole = len(data) < size
        unfinished = isinstance(parsed, str) or parsed[1] == len(text)
        if whole or not unfinished or size > MAX_RECORD_BYTES:
            return text, parsed, whole
        size = min(4 * size, MAX_RECORD_BYTES + 1)


def _spanning_fault(fields: list[str], clean: bool, columns: int, closing_line: int) -> str:
    """Why a record whose quoted field spans lines up to `closing_line` is not taken as one, or
    "" when it is."""
    if not clean:
        return f"quote opened here closes on line {closing_line} with text after it"
    if len(fields) != columns:
        return (
            f"quote opened here closes on line {closing_line} a record of {len(fields)} "
            f"columns, not {columns}"
        )
    return ""


def jsonl_layout(path: Path) -> Layout:
    """Over-long lines of a JSON Lines file, and the lines holding a "\\r" alone, which DuckDB
    would take for a line break: in valid JSON it is white space and becomes a space in the copy
    DuckDB reads; otherwise the line is bad. DuckDB reads every other line, blank or not (in a
    file that mixes "\\r\\n" and "\\n", which it would count as two line breaks and one, from a
    copy with "\\n" only)."""
    lines = _scan(path, quotes=False, blank=False)
    long = (lines.flags & _LONG) > 0
    bad = [(int(i), f"line longer than {MAX_RECORD_TEXT}") for i in np.flatnonzero(long)]
    spaced = []
    with path.open("rb") as f:
        for i in np.flatnonzero(((lines.flags & _RETURN_ALONE) > 0) & ~long):
            start, end = int(lines.start[i]), int(lines.end[i])
            f.seek(start)
            try:
                json.loads(f.read(end - start))
                spaced.append((start, end))
            except ValueError:
                bad.append((int(i), "not valid JSON"))
    layout = _with_bad(path, lines, sorted(bad))
    layout.spaced = spaced
    layout.mixed_newlines = lines.mixed_newlines
    return layout


def _with_bad(path: Path, lines: _Lines, bad: list[tuple[int, str]]) -> Layout:
    """A layout whose bad lines (given by index into `lines`) carry their reason and raw text."""
    empty = np.empty(0, np.int64)
    layout = Layout(lines.count, empty, empty)
    if not bad:
        return layout
    with path.open("rb") as f:
        for index, reason in bad:
            start, end = int(lines.start[index]), int(lines.end[index])
            size = end - start
            f.seek(start)
            raw = _raw(f.read(size if size <= MAX_RECORD_BYTES else 4 * SHOWN_RAW_CHARS), size)
            if size > MAX_RECORD_BYTES:
                reason = f"{reason} ({size:,} bytes)"
            layout.bad.append(BadRecord(int(lines.number[index]), reason, raw))
            layout.cut.append((start, end))
    return layout


@contextmanager
def readable_copy(path: Path, layout: Layout, folder: Path) -> Iterator[Path]:
    """The file DuckDB should read: `path` itself, or a copy in `folder` with the bad lines
    emptied (their line breaks kept, so every line keeps its number), the "\\r" of `spaced`
    lines made spaces and, in a file that mixes line breaks, each "\\r\\n" outside a quoted
    field made "\\n"."""
    if not layout.cut and not layout.spaced and not layout.mixed_newlines:
        yield path
        return
    with _scratch_file(folder, path.suffix) as copy:
        with path.open("rb") as src, copy.open("wb") as dst:
            _write_readable(src, dst, layout)
        yield copy


@contextmanager
def _scratch_file(folder: Path, suffix: str) -> Iterator[Path]:
    """A new file in `folder` (the store's spill folder), removed afterwards with the folder
    when nothing else is left in it."""
    folder.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix="ingest-", suffix=suffix, dir=folder)
    os.close(handle)
    try:
        yield Path(name)
    finally:
        Path(name).unlink(missing_ok=True)
        with suppress(OSError):
            folder.rmdir()


def _write_readable(src: BinaryIO, dst: BinaryIO, layout: Layout) -> None:
    cuts = np.array(layout.cut, np.int64).reshape(-1, 2)
    spaced = np.array(layout.spaced, np.int64).reshape(-1, 2)
    offset = lines_before = 0
    while chunk := src.read(_CHUNK):
        if chunk.endswith(b"\r"):
            chunk += src.read(1)  # a "\r\n" stays within one chunk
        data = np.frombuffer(chunk, np.uint8).copy()
        keep = np.ones(len(data), bool)
        for start, end in cuts[(cuts[:, 1] > offset) & (cuts[:, 0] < offset + len(data))]:
            keep[max(start - offset, 0) : end - offset] = False
        for start, end in spaced[(spaced[:, 1] > offset) & (spaced[:, 0] < offset + len(data))]:
            part = data[max(start - offset, 0) : end - offset]
            part[part == _RETURN] = _SPACE
        newlines = np.flatnonzero(data == _NEWLINE)
        if layout.mixed_newlines:
            returns = newlines[(newlines > 0) & (data[np.maximum(newlines - 1, 0)] == _RETURN)]
            ended = lines_before + 1 + np.searchsorted(newlines, returns)
            keep[returns[~np.isin(ended + 1, layout.continued)] - 1] = False
        lines_before += len(newlines)
        dst.write(data[keep].tobytes())
        offset += len(data)


@contextmanager
def parsed_copy(path: Path, columns: int, folder: Path) -> Iterator[Path]:
    """A CSV file parsed wholly in Python into a Parquet file in `folder`: one row per record,
    with its line, its fields as text (`c0`, `c1`, ...) or why it is malformed (`_malformed`,
    with `_raw`). The way in for files DuckDB's parser reads differently from the line check or
    not at all (a carriage return alone inside a field, spaces around quotes); slower, but it
    splits records exactly as the line check does, so nothing is lost and lines are right."""
    schema = pa.schema(
        [("_line", pa.int64()), ("_malformed", pa.string()), ("_raw", pa.string())]
        + [(f"c{i}", pa.string()) for i in range(columns)]
    )
    with _scratch_file(folder, ".parquet") as copy:
        with pq.ParquetWriter(copy, schema) as writer:
            batch: list[dict[str, object]] = []
            for record in _python_records(path, columns):
                batch.append(record)
                if len(batch) == _PARSED_BATCH:
                    writer.write_table(pa.Table.from_pylist(batch, schema))
                    batch = []
            writer.write_table(pa.Table.from_pylist(batch, schema))
        yield copy


_PARSED_BATCH = 50_000


def _python_records(path: Path, columns: int) -> Iterator[dict[str, object]]:
    """The records after the header, each a row for `parsed_copy`; blank lines are skipped."""
    with path.open("rb") as f:
        numbered = enumerate(f, start=1)
        ahead: deque[tuple[int, bytes]] = deque()

        def take() -> tuple[int, bytes] | None:
            return ahead.popleft() if ahead else next(numbered, None)

        header = True
        while (item := take()) is not None:
            number, line = item
            size = len(line.rstrip(b"\r\n"))
            if size > MAX_RECORD_BYTES:
                yield _unread(number, f"longer than {MAX_RECORD_TEXT} ({size:,} bytes)", line)
                continue
            if size == 0 and not header:
                continue
            record, why, left = [line], "", []
            parsed = _first_record(line.decode("latin-1"))
            while parsed == _OPEN:
                more = take()
                if more is None:
                    why = "quote never closed"
                    break
                if sum(map(len, record)) + len(more[1]) > MAX_RECORD_BYTES:
                    why, left = f"quote not closed within {MAX_RECORD_TEXT}", [more]
                    break
                record.append(more[1])
                parsed = _first_record(b"".join(record).decode("latin-1"))
            if isinstance(parsed, tuple) and len(record) > 1:
                fields, _, clean = parsed
                why = _spanning_fault(fields, clean, columns, number + len(record) - 1)
            if why:
                later = [(number + k, text) for k, text in enumerate(record[1:], start=1)]
                ahead.extendleft(reversed(later + left))
            if header:
                header = False
            elif why:
                yield _unread(number, why, line)
            else:
                yield _parsed(number, b"".join(record), columns)


def _without_line_break(data: bytes) -> bytes:
    data = data[:-1] if data.endswith(b"\n") else data
    return data[:-1] if data.endswith(b"\r") else data


def _unread(number: int, reason: str, line: bytes) -> dict[str, object]:
    text = _without_line_break(line)
    return {
        "_line": number,
        "_malformed": f"malformed CSV record: {reason}",
        "_raw": _raw(text, len(text)),
    }


def _raw(data: bytes, size: int) -> str:
    """A bad line of `size` bytes as `rejects` keeps it: the whole line (`data`), or, over
    `MAX_RECORD_BYTES`, the first `SHOWN_RAW_CHARS` characters (`data` may hold just those)."""
    if size <= MAX_RECORD_BYTES:
        return json.dumps(data.decode("utf-8", errors="replace"), ensure_ascii=False)
    text = data[: 4 * SHOWN_RAW_CHARS].decode("utf-8", errors="replace")
    return json.dumps(text[:SHOWN_RAW_CHARS], ensure_ascii=False)


def _parsed(number: int, data: bytes, columns: int) -> dict[str, object]:
    problems = []
    try:
        text = _without_line_break(data).decode("utf-8")
    except UnicodeDecodeError:
        text = _without_line_break(data).decode("utf-8", errors="replace")
        problems.append("not valid UTF-8")
    fields, _, clean = cast(tuple[list[str], int, bool], _first_record(text))
    while len(fields) > columns and fields[-1] == "":
        fields.pop()  # as DuckDB does: empty fields after the last column are not extra
    if not clean:
        problems.append("text after a closing quote")
    if len(fields) != columns:
        problems.append("too many columns" if len(fields) > columns else "missing columns")
    if problems:
        return {
            "_line": number,
            "_malformed": "malformed CSV record: " + ", ".join(sorted(problems)),
            "_raw": json.dumps(text, ensure_ascii=False),
        }
    return {"_line": number, **{f"c{i}": value for i, value in enumerate(fields)}}
