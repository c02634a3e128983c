"""Damaged files: the bad records are quarantined, every good one loads, and wrong input to the
command gives one line, never a traceback.

Each test writes real files and loads them into a real store. Line numbers are checked against
the physical lines an editor shows.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sellindex.ingest import FileResult, ingest
from sellindex.ingest.layout import MAX_RECORD_BYTES, SHOWN_RAW_CHARS
from sellindex.store import Store
from test_ingest import MEMBERS, assert_reconciles, load_one, rejects_of, write

EVENTS_HEADER = "event_id,member_id,event_type,occurred_at"


@pytest.fixture
def with_members(store: Store, tmp_path: Path) -> Store:
    load_one(store, write(tmp_path, "seed/members.csv", MEMBERS))
    return store


def members_in_store(store: Store) -> list[tuple[int, str | None]]:
    return store.con.execute("SELECT member_id, name FROM members ORDER BY 1").fetchall()


def assert_reload_adds_nothing(store: Store, path: Path, first: FileResult) -> None:
    """Loading the same file again loads no row and records no reject, with the same counts."""
    rejects = store.con.execute("SELECT count(*) FROM rejects").fetchone()
    again = load_one(store, path, first.table)
    assert (again.rows_read, again.rows_loaded, again.rows_rejected, again.new_rejects) == (
        first.rows_read,
        0,
        first.rows_rejected,
        0,
    )
    assert again.rows_duplicate == first.rows_loaded + first.rows_duplicate
    assert store.con.execute("SELECT count(*) FROM rejects").fetchone() == rejects


# Damaged CSV records


def test_a_quote_never_closed_loses_only_its_own_line(store: Store, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "members.csv",
        "member_id,name,industry,joined_at\n"
        "1,Ann,software,2024-01-01\n"
        '2,"Bob,software,2024-01-01\n'
        "3,Cy,software,2024-01-01\n"
        '4,"Di\nDee",software,2024-01-01\n'
        "\n"
        "5,Ed,software,2024-01-01\n",
    )
    result = load_one(store, path)
    assert_reconciles(result)
    assert (result.rows_read, result.rows_loaded, result.rows_rejected) == (5, 4, 1)
    # Read as CSV, Bob's quote would close at the quote that opens Di's name, two lines on.
    assert rejects_of(store, path) == [
        (3, "malformed CSV record: quote opened here closes on line 5 with text after it")
    ]
    raw = store.con.execute("SELECT raw FROM rejects").fetchone()[0]
    assert json.loads(raw) == '2,"Bob,software,2024-01-01'
    assert members_in_store(store) == [(1, "Ann"), (3, "Cy"), (4, "Di\nDee"), (5, "Ed")]
    assert_reload_adds_nothing(store, path, result)


def test_a_quote_left_open_at_the_end_of_the_file(store: Store, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "members.csv",
        'member_id,name,industry,joined_at\n1,Ann,software,2024-01-01\n2,"Bob,software',
    )
    result = load_one(store, path)
    assert (result.rows_read, result.rows_loaded, result.rows_rejected) == (2, 1, 1)
    assert rejects_of(store, path) == [(3, "malformed CSV record: quote never closed")]


def test_records_over_the_size_limit_are_quarantined(store: Store, tmp_path: Path) -> None:
    huge = "x" * (5 * 2**20)
    near_limit = "y" * (MAX_RECORD_BYTES - 100)
    third = "z" * (MAX_RECORD_BYTES // 2)
    path = write(
        tmp_path,
        "members.csv",
        "member_id,name,industry,joined_at\n"
        f"1,{huge},software,2024-01-01\n"
        f"2,{near_limit},software,2024-01-01\n"
        f'3,"{third}\n{third}\n{third}",software,2024-01-01\n'
        "4,Di,software,not a date\n",
    )
    result = load_one(store, path)
    assert_reconciles(result)
    long_line = len(huge) + len("1,,software,2024-01-01")
    # Lines 4 to 6 hold one record over the limit; past its first line, nothing tells them
    # from records of their own, so each is judged as one.
    assert rejects_of(store, path) == [
        (2, f"malformed CSV record: longer than 1 MiB ({long_line:,} bytes)"),
        (4, "malformed CSV record: quote not closed within 1 MiB"),
        (5, "malformed CSV record: missing columns"),
        (6, "malformed CSV record: missing columns"),
        (7, "joined_at is not an ISO 8601 timestamp: 'not a date'"),
    ]
    raw = json.loads(store.con.execute("SELECT raw FROM rejects WHERE line = 2").fetchone()[0])
    assert raw == ("1," + huge)[:SHOWN_RAW_CHARS]
    assert not store.path.with_name(f"{store.path.name}.tmp").exists()  # the copy is gone
    assert [(i, len(name)) for i, name in members_in_store(store)] == [(2, len(near_limit))]
    assert_reload_adds_nothing(store, path, result)


def test_text_after_a_closing_quote_and_bad_encoding(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    path.write_bytes(
        b"member_id,name,industry,joined_at\n"
        b'1,"Ann"x,software,2024-01-01\n'
        b"2,Jos\xe9,software,2024-01-01\n"
        b"3,Cy,software,2024-01-01\n"
    )
    result = load_one(store, path)
    assert_reconciles(result)
    assert rejects_of(store, path) == [
        (2, "malformed CSV record: text after a closing quote"),
        (3, "malformed CSV record: not valid UTF-8"),
    ]
    assert members_in_store(store) == [(3, "Cy")]


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_line_numbers_are_the_lines_an_editor_shows(
    store: Store, tmp_path: Path, newline: str
) -> None:
    lines = [
        "member_id,name,industry,joined_at",  # 1
        "",  # 2
        '1,"Ann',  # 3
        "",  # 4: inside the quoted name
        'Smith",software,2024-01-01',  # 5
        "2,Bob,software,2024-01-01,extra",  # 6
        "",  # 7
        "",  # 8
        "3,Cy,software,yesterday",  # 9
        '4,"Di ""the""',  # 10
        'Dee",software',  # 11
        "5,Ed,software,2024-01-01",  # 12
        '6,"Flo,software,2024-01-01',  # 13: never closed
        "7,Gus,software,1/1/2024",  # 14
        "8,Hal,software,2024-01-01",  # 15
    ]
    path = tmp_path / "members.csv"
    path.write_bytes(newline.join(lines).encode() + newline.encode())
    result = load_one(store, path)
    assert_reconciles(result)
    assert rejects_of(store, path) == [
        (6, "malformed CSV record: too many columns"),
        (9, "joined_at is not an ISO 8601 timestamp: 'yesterday'"),
        (
            10,
            "malformed CSV record: quote opened here closes on line 11 a record of 3 columns, "
            "not 4",
        ),
        (11, "malformed CSV record: missing columns"),
        (13, "malformed CSV record: quote never closed"),
        (14, "joined_at is not an ISO 8601 timestamp: '1/1/2024'"),
    ]
    assert members_in_store(store) == [
        (1, f"Ann{newline}{newline}Smith"),
        (5, "Ed"),
        (8, "Hal"),
    ]


def test_a_stray_quote_after_a_field_spanning_lines(store: Store, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "members.csv",
        "member_id,name,industry,joined_at\n"
        '1,"multi\nline",soft"ware,2024-01-01\n'
        "2,Bob,software,2024-01-01\n",
    )
    result = load_one(store, path)
    assert (result.rows_read, result.rows_loaded) == (2, 2)
    rows = store.con.execute("SELECT name, industry FROM members ORDER BY member_id").fetchall()
    assert rows == [("multi\nline", 'soft"ware'), ("Bob", "software")]


@pytest.mark.parametrize(
    "odd_line",
    [
        '2,5\'11" tall,"two\nlines",2024-01-01',  # a stray quote on the line that opens a field
        "2,Bo\rb,software,2024-01-01",  # a carriage return alone, which DuckDB cannot parse
    ],
    ids=["stray quote", "carriage return"],
)
def test_files_duckdb_cannot_follow_are_read_in_python(
    store: Store, tmp_path: Path, odd_line: str
) -> None:
    path = write(
        tmp_path,
        "members.csv",
        "member_id,name,industry,joined_at\n"
        '1,"Ann\nLee",software,2024-01-01\n'
        f"{odd_line}\n"
        "\n"
        "3,Cy,software,2024-01-01,extra\n"
        '4,"Di,software,2024-01-01\n'
        "5,Ed,software,soon\n"
        "6,Flo,software,2024-01-01\n",
    )
    result = load_one(store, path)
    assert_reconciles(result)
    first = 4 + odd_line.count("\n")
    assert rejects_of(store, path) == [
        (first + 2, "malformed CSV record: too many columns"),
        (first + 3, "malformed CSV record: quote never closed"),
        (first + 4, "joined_at is not an ISO 8601 timestamp: 'soon'"),
    ]
    names = [name for _, name in members_in_store(store)]
    assert names[0] == "Ann\nLee" and names[-1] == "Flo" and len(names) == 3
    assert not store.path.with_name(f"{store.path.name}.tmp").exists()
    assert_reload_adds_nothing(store, path, result)


def test_mixed_line_breaks(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    path.write_bytes(
        b"member_id,name,industry,joined_at\r\n"
        b'1,"Ann\r\nLee",software,2024-01-01\n'
        b"2,Bob,software,2024-01-01\r\n"
        b"\r\n"
        b"3,Cy,software,later\n"
        b"4,Di,software,2024-01-01\r\n"
    )
    result = load_one(store, path)
    assert (result.rows_read, result.rows_loaded) == (4, 3)
    assert rejects_of(store, path) == [(6, "joined_at is not an ISO 8601 timestamp: 'later'")]
    assert members_in_store(store) == [(1, "Ann\r\nLee"), (2, "Bob"), (4, "Di")]


def test_a_file_duckdb_fails_on_is_read_again_in_python(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error inside DuckDB's scan aborts the transaction: the run starts again, reading
    that file in Python, and loads every file once."""
    import contextlib

    from sellindex.ingest import loader

    folder = tmp_path / "run"
    write(folder, "members.csv", MEMBERS)
    path = write(folder, "members.z.csv", "member_id,industry,joined_at\n7,a,2024-01-01\n8,b,x\n")
    real = loader.readable_copy

    @contextlib.contextmanager
    def unreadable(source: Path, layout, spill: Path):  # type: ignore[no-untyped-def]
        with real(source, layout, spill) as readable:
            yield tmp_path / "gone.csv" if source == path else readable

    monkeypatch.setattr(loader, "readable_copy", unreadable)
    result = ingest(store, folder)
    assert [(f.rows_loaded, f.rows_rejected) for f in result.files] == [(3, 0), (1, 1)]
    assert rejects_of(store, path) == [(3, "joined_at is not an ISO 8601 timestamp: 'x'")]
    assert store.con.execute("SELECT count(*), count(DISTINCT load_id) FROM loads").fetchone() == (
        2,
        1,
    )
    assert store.con.execute("SELECT count(*) FROM members").fetchone() == (4,)


def test_line_numbers_hold_across_many_read_buffers(with_members: Store, tmp_path: Path) -> None:
    """DuckDB scans a file of several read buffers in parallel; blank lines, fields spanning
    lines and damaged records scattered through it must not shift any line number."""
    pad = "n" * 60
    lines, expected = [f"{EVENTS_HEADER},note"], []
    for i in range(1, 150_001):
        if i % 50_000 == 0:
            lines.append("")
        if i % 30_000 == 0:
            lines += [f'{i},1,login,2024-02-01 10:00:00,"two', 'lines"']
        elif i % 40_000 == 0:
            lines.append(f"{i},1,login,soon,{pad}")
            expected.append((len(lines), "occurred_at is not an ISO 8601 timestamp: 'soon'"))
        elif i % 45_000 == 0:
            lines.append(f"{i},1,login,2024-02-01,{pad},extra")
            expected.append((len(lines), "malformed CSV record: too many columns"))
        else:
            lines.append(f"{i},1,login,2024-02-01 10:00:00,{pad}")
    path = write(tmp_path, "activity.csv", "\n".join(lines) + "\n")
    assert path.stat().st_size > 2 * 4 * 2**20
    result = load_one(with_members, path)
    assert_reconciles(result)
    assert (result.rows_read, result.rows_rejected) == (150_000, len(expected))
    assert rejects_of(with_members, path) == expected


# JSON Lines


def test_an_over_long_json_line_is_quarantined(with_members: Store, tmp_path: Path) -> None:
    event = {"event_id": 1, "member_id": 1, "event_type": "post", "occurred_at": "2024-02-01"}
    long_event = {**event, "event_id": 2, "pad": "y" * (10 * 2**20)}
    path = tmp_path / "activity.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps(event),
                json.dumps(long_event),
                "",
                json.dumps({**event, "event_id": 3, "occurred_at": "later"}),
                json.dumps({**event, "event_id": 4}),
            ]
        )
        + "\n"
    )
    result = load_one(with_members, path)
    assert_reconciles(result)
    assert (result.rows_read, result.rows_loaded, result.rows_rejected) == (4, 2, 2)
    size = len(json.dumps(long_event))
    assert rejects_of(with_members, path) == [
        (2, f"line longer than 1 MiB ({size:,} bytes)"),
        (4, "occurred_at is not an ISO 8601 timestamp: 'later'"),
    ]
    assert_reload_adds_nothing(with_members, path, result)


def test_json_lines_with_bad_bytes(with_members: Store, tmp_path: Path) -> None:
    path = tmp_path / "activity.jsonl"
    good = b'{"event_id": %d, "member_id": 1, "event_type": "post", "occurred_at": "2024-02-01"}'
    path.write_bytes(
        b"\n".join(
            [
                good % 1,
                b'{"event_id": 2, "member_id": 1, "event_type": "post\xe9"}',
                b'{"event_id": 3, "member_id": 1, "event_type": "po\x00st"}',
                good % 4,
                b'{"event_id": 5, "member_id": 1, "event_type": "post", '
                b'"occurred_at": "2024-02-01", "value": "x"}',
            ]
        )
        + b"\n"
    )
    result = load_one(with_members, path)
    assert_reconciles(result)
    assert rejects_of(with_members, path) == [
        (2, "not valid UTF-8"),
        (3, "not valid JSON"),
        (5, "value is not a finite number: 'x'"),
    ]


def test_carriage_returns_in_json_lines(with_members: Store, tmp_path: Path) -> None:
    """DuckDB would split a line at a "\\r" alone (white space in JSON, invalid in a string),
    and count "\\r\\n" as two line breaks in a file that also has "\\n" ones."""
    event = b'{"event_id": %d, "member_id": 1, "event_type": "%s", "occurred_at": "%s"}'
    path = tmp_path / "activity.jsonl"
    path.write_bytes(
        event % (1, b"post", b"2024-02-01")
        + b"\r\n"
        + (event % (2, b"post", b"2024-02-01")).replace(b", ", b",\r", 1)
        + b"\n"
        + event % (3, b"po\rst", b"2024-02-01")
        + b"\r\n"
        + event % (4, b"post", b"later")
        + b"\n"
    )
    result = load_one(with_members, path)
    assert (result.rows_read, result.rows_loaded) == (4, 2)
    assert rejects_of(with_members, path) == [
        (3, "not valid JSON"),
        (4, "occurred_at is not an ISO 8601 timestamp: 'later'"),
    ]


# The same bad row twice


def test_an_identical_bad_row_on_two_lines_is_recorded_twice(
    with_members: Store, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "activity.csv",
        f"{EVENTS_HEADER}\n"
        "1,1,login,2024-02-01\n"
        "2,1,dance,2024-02-01\n"
        "2,1,dance,2024-02-01\n"
        "3,1,login,2024-02-01,x\n"
        "3,1,login,2024-02-01,x\n",
    )
    result = load_one(with_members, path)
    assert (result.rows_rejected, result.new_rejects) == (4, 4)
    assert [line for line, _ in rejects_of(with_members, path)] == [3, 4, 5, 6]
    assert_reload_adds_nothing(with_members, path, result)


# The command line


def write_bytes(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


WRONG_INPUTS = [
    (["ingest", "{tmp}/empty/members.csv"], "empty/members.csv is empty: there is nothing to load"),
    (["ingest", "{tmp}/empty/members.csv", "--json"], "is empty: there is nothing to load"),
    (["ingest", "{tmp}/empty"], "found nothing to load in {tmp}/empty: members.csv is empty"),
    (["ingest", "{tmp}/notes"], "found no loadable files in {tmp}/notes"),
    (["ingest", "{tmp}/notes", "--table", "members"], "--table applies to a single file"),
    (["ingest", "{tmp}/image/members.csv"], "image/members.csv is not a UTF-8 text file"),
    (["ingest", "{tmp}/latin1/members.csv"], "latin1/members.csv is not a UTF-8 text file"),
    (["ingest", "{tmp}/nul/members.csv"], "nul/members.csv is not a text file (it holds NUL"),
    (["ingest", "{tmp}/quote/members.csv"], "the header has a quote that is never closed"),
    (["ingest", "{tmp}/blank/members.csv"], "the first line is blank"),
    (["ingest", "{tmp}/garbage/members.parquet"], "cannot read {tmp}/garbage/members.parquet"),
    (["ingest", "{tmp}/notes/readme.jsonl"], "cannot tell which table"),
    (["ingest", "{tmp}/ok/members.csv", "--memory-limit", "lots"], "invalid memory limit"),
    (["ingest", "{tmp}/ok/members.csv", "--db", "{tmp}"], "is a directory, not a store file"),
    (["ingest", "{tmp}/ok/members.csv", "--db", "{tmp}/notes/readme.jsonl"], "not a sellindex"),
]


@pytest.mark.parametrize(("args", "message"), WRONG_INPUTS, ids=[m for _, m in WRONG_INPUTS])
def test_wrong_inputs_give_one_line(
    run_cli, db_path: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    write_bytes(tmp_path, "empty/members.csv", b"")
    write(tmp_path, "notes/readme.jsonl", '{"a": 1}\n')
    write_bytes(tmp_path, "image/members.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write_bytes(tmp_path, "latin1/members.csv", "member_id,nom_é\n1,x\n".encode("latin-1"))
    write_bytes(tmp_path, "nul/members.csv", bytes(range(256)))
    write(tmp_path, "quote/members.csv", 'member_id,"name\n1,x\n')
    write(tmp_path, "blank/members.csv", "\nmember_id,industry,joined_at\n")
    write(tmp_path, "garbage/members.parquet", "not parquet")
    write(tmp_path, "ok/members.csv", MEMBERS)
    args = [a.format(tmp=tmp_path) for a in args]
    code, out, err = run_cli(*args, *([] if "--db" in args else ["--db", str(db_path)]))
    assert code == 1
    assert message.format(tmp=tmp_path) in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert out == ""


@pytest.mark.slow
@pytest.mark.parametrize("moment", ["between files", "inside a query"])
def test_ctrl_c_during_ingest_is_one_line(tmp_path: Path, moment: str) -> None:
    import os
    import signal
    import subprocess
    import time

    from sellindex.ingest.loader import PAUSE_HOOK_ENV
    from sellindex.store import open_store
    from test_ingest_scale import sellindex_command, snapshot, wait_for_pause, write_world

    world = tmp_path / "world"
    write_world(world, 1_500_000)
    db = tmp_path / "store.duckdb"
    with open_store(db, create=True):
        pass
    before = snapshot(db)
    marker = tmp_path / "inside-transaction"
    process = subprocess.Popen(
        [*sellindex_command(), "ingest", str(world), "--db", str(db)],
        env={**os.environ, PAUSE_HOOK_ENV: str(marker)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        wait_for_pause(process, marker)
        if moment == "inside a query":
            marker.unlink()  # go on to the large activity file, then interrupt its load
            time.sleep(1.0)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert (process.returncode, out, err) == (130, "", "interrupted; nothing was loaded\n")
    assert snapshot(db) == before
