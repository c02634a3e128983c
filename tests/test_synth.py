"""The synthetic world: valid against the schema, reproducible, realistic, with planted effects."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from sellindex.errors import SellindexError
from sellindex.schema import EVENT_TYPES, TABLES, Table
from sellindex.sources.synth import GROUND_TRUTH_FILE, SynthConfig, generate_world

MEMBERS = 6_000
SEED = 11


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("world")
    generate_world(SynthConfig(members=MEMBERS, seed=SEED, chunk_size=2_000), out)
    return out


@pytest.fixture(scope="module")
def con(world: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """DuckDB with one view per canonical table over the parquet files."""
    connection = duckdb.connect()
    for t in TABLES:
        connection.read_parquet(str(world / f"{t.name}.parquet")).create_view(t.name)
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def truth(world: Path) -> dict:
    return json.loads((world / GROUND_TRUTH_FILE).read_text())


def _one(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None):
    return con.execute(sql, params or []).fetchone()[0]


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


# --- reproducibility ------------------------------------------------------------------------


def test_same_seed_writes_byte_identical_files(world: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    generate_world(SynthConfig(members=MEMBERS, seed=SEED, chunk_size=2_000), again)
    assert _digests(again) == _digests(world)


def test_another_seed_writes_another_world(world: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    generate_world(SynthConfig(members=MEMBERS, seed=SEED + 1, chunk_size=2_000), other)
    theirs, ours = _digests(other), _digests(world)
    assert set(theirs) == set(ours)
    assert all(theirs[name] != ours[name] for name in ours)


# --- schema conformance ---------------------------------------------------------------------


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_columns_match_the_schema_in_name_order_and_type(
    con: duckdb.DuckDBPyConnection, table: Table
) -> None:
    described = con.execute(f"DESCRIBE {table.name}").fetchall()
    assert [(name, kind) for name, kind, *_ in described] == [
        (c.name, c.type.sql) for c in table.columns
    ]


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_every_row_passes_validation(con: duckdb.DuckDBPyConnection, table: Table) -> None:
    name = table.name
    assert _one(con, f"SELECT count(*) FROM {name}") > 0
    key = ", ".join(table.key)
    duplicates = (
        f"SELECT count(*) FROM (SELECT {key} FROM {name} GROUP BY {key} HAVING count(*) > 1)"
    )
    assert _one(con, duplicates) == 0, "duplicate keys"
    for c in table.columns:
        if c.required:
            assert _one(con, f"SELECT count(*) FROM {name} WHERE {c.name} IS NULL") == 0, c.name
        if c.non_negative:
            assert _one(con, f"SELECT count(*) FROM {name} WHERE {c.name} < 0") == 0, c.name
        if c.vocabulary:
            found = con.execute(f"SELECT DISTINCT {c.name} FROM {name} WHERE {c.name} IS NOT NULL")
            assert {v for (v,) in found.fetchall()} <= set(c.vocabulary), c.name
    for ref in table.references:
        dangling = (
            f"SELECT count(*) FROM {name} AS x WHERE x.{ref.column} IS NOT NULL AND NOT EXISTS "
            f"(SELECT 1 FROM {ref.target} AS y WHERE y.{ref.target_column} = x.{ref.column})"
        )
        assert _one(con, dangling) == 0, f"{ref.column} -> {ref.target}"
    for reason, predicate in table.checks:
        assert _one(con, f"SELECT count(*) FROM {name} WHERE NOT ({predicate})") == 0, reason


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_text_formats_hold_the_same_rows_with_iso_timestamps(tmp_path: Path, fmt: str) -> None:
    small = SynthConfig(members=1_500, seed=3)
    generate_world(small, tmp_path / "parquet")
    generate_world(small, tmp_path / fmt, fmt=fmt)
    check = duckdb.connect()
    for t in TABLES:
        types = {c.name: c.type.sql for c in t.columns}
        text_file = str(tmp_path / fmt / f"{t.name}.{fmt}")
        if fmt == "csv":
            text = check.read_csv(text_file, header=True, dtype=types)
        else:
            text = check.read_json(text_file, format="newline_delimited", columns=types)
        assert text.columns == list(t.column_names)
        text.create_view(f"text_{t.name}")
        check.read_parquet(str(tmp_path / "parquet" / f"{t.name}.parquet")).create_view(
            f"bin_{t.name}"
        )
        both = [_one(check, f"SELECT count(*) FROM {side}_{t.name}") for side in ("text", "bin")]
        assert both[0] == both[1], t.name
        differing = (
            f"SELECT count(*) FROM (SELECT * FROM text_{t.name} EXCEPT ALL "
            f"SELECT * FROM bin_{t.name})"
        )
        assert _one(check, differing) == 0, t.name
    second_line = (tmp_path / fmt / f"activity.{fmt}").read_text().splitlines()[1]
    assert re.search(r'"20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d"', second_line), second_line


# --- realistic shape ------------------------------------------------------------------------


def test_activity_is_heavy_tailed(con: duckdb.DuckDBPyConnection) -> None:
    counts = """
        SELECT m.member_id, count(a.event_id) AS n
        FROM members AS m LEFT JOIN activity AS a USING (member_id) GROUP BY 1
    """
    median, mean, p99 = con.execute(
        f"SELECT median(n), avg(n), quantile_cont(n, 0.99) FROM ({counts})"
    ).fetchone()
    top_share = _one(
        con,
        f"SELECT sum(n) FILTER (WHERE r <= {MEMBERS // 100}) / sum(n) "
        f"FROM (SELECT n, row_number() OVER (ORDER BY n DESC) AS r FROM ({counts}))",
    )
    assert 8 <= mean <= 12
    assert median < mean / 2
    assert p99 > 8 * mean
    assert top_share > 0.15


def test_all_event_types_occur_with_sane_references(con: duckdb.DuckDBPyConnection) -> None:
    seen = {t for (t,) in con.execute("SELECT DISTINCT event_type FROM activity").fetchall()}
    assert seen == set(EVENT_TYPES)
    engagement = """
        SELECT count(*) FROM activity AS a LEFT JOIN content AS c USING (content_id)
        WHERE a.event_type IN ('share', 'comment', 'reaction', 'content_view')
          AND (c.content_id IS NULL OR a.target_member_id <> c.author_id
               OR a.occurred_at < c.published_at OR a.member_id = c.author_id)
    """
    assert _one(con, engagement) == 0
    publishing = """
        SELECT count(*) FROM content AS c FULL JOIN
          (SELECT * FROM activity WHERE event_type IN ('post', 'article')) AS a
          ON a.content_id = c.content_id AND a.member_id = c.author_id
             AND a.occurred_at = c.published_at
        WHERE a.event_id IS NULL OR c.content_id IS NULL
    """
    assert _one(con, publishing) == 0
    before_joining = """
        SELECT count(*) FROM activity AS a JOIN members AS m USING (member_id)
        WHERE a.occurred_at < m.joined_at
    """
    assert _one(con, before_joining) == 0
    untargeted = """
        SELECT count(*) FROM activity
        WHERE event_type IN ('profile_view', 'message_sent', 'message_received', 'inmail_sent',
                             'inmail_replied', 'follow', 'endorsement')
          AND (target_member_id IS NULL OR target_member_id = member_id)
    """
    assert _one(con, untargeted) == 0


def test_industries_and_companies_have_uneven_sizes(con: duckdb.DuckDBPyConnection) -> None:
    n_industries, biggest, smallest = con.execute(
        "SELECT count(*), max(n), min(n) FROM "
        "(SELECT industry, count(*) AS n FROM members GROUP BY 1)"
    ).fetchone()
    assert n_industries == 30
    assert biggest > 8 * smallest
    companies_median, companies_max = con.execute(
        "SELECT median(n), max(n) FROM (SELECT company_id, count(*) AS n FROM members GROUP BY 1)"
    ).fetchone()
    assert companies_max > 10 * companies_median
    assert _one(con, "SELECT count(DISTINCT industry) FROM members GROUP BY company_id "
                "ORDER BY 1 DESC LIMIT 1") == 1  # fmt: skip
    seniority = dict(con.execute("SELECT seniority, count(*) FROM members GROUP BY 1").fetchall())
    assert seniority["ic"] > 0.6 * MEMBERS and seniority["cxo"] > 0


def test_connections_are_heavy_tailed_and_homophilous(con: duckdb.DuckDBPyConnection) -> None:
    pairs = _one(con, "SELECT count(*) FROM connections")
    assert 17 * MEMBERS <= pairs <= 23 * MEMBERS
    degrees = """
        SELECT member, count(*) AS d FROM (
            SELECT member_a AS member FROM connections UNION ALL
            SELECT member_b FROM connections) GROUP BY 1
    """
    median, biggest = con.execute(f"SELECT median(d), max(d) FROM ({degrees})").fetchone()
    assert biggest > 15 * median
    same_industry = _one(
        con,
        "SELECT avg((a.industry = b.industry)::INT) FROM connections AS c "
        "JOIN members AS a ON a.member_id = c.member_a "
        "JOIN members AS b ON b.member_id = c.member_b",
    )
    by_chance = _one(
        con,
        "SELECT sum(p * p) FROM (SELECT count(*) / sum(count(*)) OVER () AS p "
        "FROM members GROUP BY industry)",
    )
    assert same_industry > by_chance + 0.3


def test_accepted_invitations_are_connections(con: duckdb.DuckDBPyConnection) -> None:
    accepted, pending = con.execute(
        "SELECT count(accepted_at), count(*) - count(accepted_at) FROM invitations"
    ).fetchone()
    assert accepted > 0 and pending > 0
    orphan = """
        SELECT count(*) FROM invitations AS i WHERE accepted_at IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM connections AS c
            WHERE c.member_a = least(i.sender_id, i.recipient_id)
              AND c.member_b = greatest(i.sender_id, i.recipient_id))
    """
    assert _one(con, orphan) == 0


def test_sellers_sit_in_teams_with_managers(con: duckdb.DuckDBPyConnection) -> None:
    sellers, teams = con.execute(
        "SELECT count(*), count(DISTINCT team_id) FROM members WHERE team_id IS NOT NULL"
    ).fetchone()
    assert 0.01 * MEMBERS < sellers < 0.05 * MEMBERS
    assert _one(con, "SELECT count(*) FROM teams") == teams
    wrong_manager = """
        SELECT count(*) FROM members AS m JOIN teams AS t USING (team_id)
        WHERE m.member_id <> t.manager_id AND m.manager_id IS DISTINCT FROM t.manager_id
    """
    assert _one(con, wrong_manager) == 0
    owners_outside_teams = """
        SELECT count(*) FROM leads AS l JOIN members AS m ON m.member_id = l.owner_id
        WHERE m.team_id IS NULL
    """
    assert _one(con, owners_outside_teams) == 0


def test_ads_spread_ctr_and_roi(con: duckdb.DuckDBPyConnection) -> None:
    low_ctr, high_ctr, low_roi, high_roi = con.execute(
        """
        SELECT quantile_cont(ctr, 0.1), quantile_cont(ctr, 0.9),
               quantile_cont(roi, 0.1), quantile_cont(roi, 0.9)
        FROM (SELECT sum(clicks) / sum(impressions) AS ctr,
                     (sum(revenue) - sum(spend)) / sum(spend) AS roi
              FROM ads GROUP BY campaign_id)
        """
    ).fetchone()
    assert 0.0005 < low_ctr < high_ctr < 0.05 and high_ctr > 2 * low_ctr
    assert low_roi < 0 < high_roi


def test_crm_scale_and_mess(con: duckdb.DuckDBPyConnection) -> None:
    assert _one(con, "SELECT count(*) FROM leads") == MEMBERS
    touches = _one(con, "SELECT count(*) FROM touches")
    assert 8 * MEMBERS <= touches <= 12 * MEMBERS
    reassigned = _one(
        con, "SELECT count(*) FROM leads WHERE assigned_at > created_at + INTERVAL 3 DAY"
    )
    assert 0.02 * MEMBERS < reassigned < 0.1 * MEMBERS
    outside_lead_flow = _one(con, "SELECT count(*) FROM opportunities WHERE lead_id IS NULL")
    assert outside_lead_flow > 0
    mismatched = """
        SELECT count(*) FROM leads AS l JOIN opportunities AS o
          ON o.opportunity_id = l.converted_opportunity_id
        WHERE o.lead_id <> l.lead_id OR l.qualified_at IS NULL OR o.created_at < l.qualified_at
    """
    assert _one(con, mismatched) == 0
    touch_before_assignment = """
        SELECT count(*) FROM touches AS t JOIN leads AS l USING (lead_id)
        WHERE t.occurred_at < l.assigned_at
    """
    assert _one(con, touch_before_assignment) == 0
    closing_stage = """
        SELECT count(*) FROM opportunities AS o WHERE outcome <> 'open' AND NOT EXISTS (
            SELECT 1 FROM opportunity_stages AS s WHERE s.opportunity_id = o.opportunity_id
              AND s.stage = 'closed_' || o.outcome AND s.entered_at = o.closed_at)
    """
    assert _one(con, closing_stage) == 0


# --- planted effects and non-effects --------------------------------------------------------


def _win_rate_by_group(con: duckdb.DuckDBPyConnection, group_sql: str) -> dict:
    rows = con.execute(
        f"""
        SELECT {group_sql} AS g, avg((outcome = 'won')::INT)
        FROM opportunities WHERE outcome <> 'open' GROUP BY 1
        """
    ).fetchall()
    return dict(rows)


def test_ground_truth_describes_effects_and_non_effects(truth: dict) -> None:
    assert truth["config"]["members"] == MEMBERS and truth["config"]["seed"] == SEED
    assert truth["rows"]["members"] == MEMBERS
    for effect in truth["effects"]:
        assert effect["columns"] and effect["model"]
        assert ("coefficient" in effect) or ("elasticity" in effect)
    names = {e["name"] for e in truth["non_effects"]}
    assert {"call_duration", "touch_hour_of_day", "login_frequency"} <= names


def test_top_performers_win_clearly_more(con: duckdb.DuckDBPyConnection, truth: dict) -> None:
    top = truth["top_performers"]["member_ids"]
    reps = _one(con, "SELECT count(DISTINCT owner_id) FROM leads")
    assert len(top) == round(0.1 * reps)
    con.execute("CREATE OR REPLACE TEMP TABLE top_reps AS SELECT unnest(?::BIGINT[]) AS id", [top])
    rates = _win_rate_by_group(con, "owner_id IN (SELECT id FROM top_reps)")
    assert rates[True] > rates[False] + 0.15


def test_deal_size_confounds_touches(con: duckdb.DuckDBPyConnection) -> None:
    deals = """
        SELECT o.opportunity_id, o.amount, (o.outcome = 'won')::INT AS won, count(*) AS n
        FROM opportunities AS o JOIN touches AS t USING (opportunity_id)
        WHERE o.outcome <> 'open' GROUP BY ALL
    """
    size_touches, touches_win = con.execute(
        f"SELECT corr(ln(amount), n), corr(n, won) FROM ({deals})"
    ).fetchone()
    assert size_touches > 0.5
    assert touches_win < -0.05
    within = _one(
        con,
        f"""
        SELECT avg(c) FROM (
            SELECT corr(n, won) AS c FROM (
                SELECT *, ntile(20) OVER (ORDER BY amount) AS bucket FROM ({deals}))
            GROUP BY bucket)
        """,
    )
    assert abs(within) < 0.06


def test_call_duration_has_no_effect(con: duckdb.DuckDBPyConnection) -> None:
    relation = _one(
        con,
        """
        SELECT corr(d, (o.outcome = 'won')::INT) FROM opportunities AS o JOIN (
            SELECT opportunity_id, avg(duration_s) AS d FROM touches
            WHERE channel = 'call' GROUP BY 1) USING (opportunity_id)
        WHERE o.outcome <> 'open'
        """,
    )
    assert abs(relation) < 0.06


def test_social_and_content_share_raise_win_rate(con: duckdb.DuckDBPyConnection) -> None:
    deals = """
        SELECT avg((t.channel = 'social')::INT) AS social,
               avg(t.content_shared::INT) AS content, (o.outcome = 'won')::INT AS won
        FROM opportunities AS o JOIN touches AS t USING (opportunity_id)
        WHERE o.outcome <> 'open' GROUP BY o.opportunity_id, o.outcome
    """
    for behaviour in ("social", "content"):
        by_tercile = dict(
            con.execute(
                f"SELECT t, avg(won) FROM (SELECT ntile(3) OVER (ORDER BY {behaviour}) AS t, won "
                f"FROM ({deals})) GROUP BY 1"
            ).fetchall()
        )
        assert by_tercile[3] > by_tercile[1] + 0.05, behaviour


def test_speed_to_lead_raises_qualification(con: duckdb.DuckDBPyConnection) -> None:
    by_quartile = dict(
        con.execute(
            """
            SELECT q, avg(qualified) FROM (
                SELECT ntile(4) OVER (ORDER BY f.first_touch - l.assigned_at) AS q,
                       (l.qualified_at IS NOT NULL)::INT AS qualified
                FROM leads AS l JOIN (
                    SELECT lead_id, min(occurred_at) AS first_touch FROM touches
                    WHERE lead_id IS NOT NULL GROUP BY 1) AS f USING (lead_id)
                WHERE l.qualified_at IS NOT NULL OR l.disqualified_at IS NOT NULL)
            GROUP BY 1
            """
        ).fetchall()
    )
    assert by_quartile[1] > by_quartile[4] + 0.15


# --- configuration and command line ---------------------------------------------------------


def test_bad_knobs_are_user_errors() -> None:
    with pytest.raises(SellindexError, match="members"):
        SynthConfig(members=5)
    with pytest.raises(SellindexError, match="seller share"):
        SynthConfig(seller_share=0.0)


def test_cli_writes_the_world_and_reports_json(run_cli, tmp_path: Path) -> None:
    out = tmp_path / "cli"
    code, stdout, stderr = run_cli(
        "synth", "--members", "800", "--seed", "5", "--out", str(out), "--json"
    )
    assert code == 0, stderr
    data = json.loads(stdout)
    assert [row["table"] for row in data["tables"]] == [t.name for t in TABLES]
    members = next(row for row in data["tables"] if row["table"] == "members")
    assert members["rows"] == 800
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{t.name}.parquet" for t in TABLES] + [GROUND_TRUTH_FILE]
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "xml"], "--format"),
        (["--end-date", "31/10/2026"], "--end-date"),
        (["--members", "3"], "--members"),
    ],
)
def test_cli_rejects_bad_options_in_one_line(
    run_cli, tmp_path: Path, args: list[str], message: str
) -> None:
    code, stdout, stderr = run_cli("synth", "--out", str(tmp_path / "x"), *args)
    assert code == 1
    assert stdout == ""
    assert message in stderr and len(stderr.strip().splitlines()) == 1


def test_rewriting_a_folder_leaves_exactly_one_world(tmp_path: Path) -> None:
    small = SynthConfig(members=300, seed=1)
    generate_world(small, tmp_path)
    generate_world(small, tmp_path, fmt="csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [f"{t.name}.csv" for t in TABLES] + [GROUND_TRUTH_FILE]
    )


def test_out_must_be_a_folder(tmp_path: Path) -> None:
    a_file = tmp_path / "world"
    a_file.write_text("not a folder")
    with pytest.raises(SellindexError, match="not a folder"):
        generate_world(SynthConfig(members=300), a_file)


def test_docs_list_every_option_and_the_planted_models() -> None:
    import typer

    from sellindex.interfaces.cli import load_commands
    from sellindex.sources.synth import crm

    docs = (Path(__file__).resolve().parents[1] / "docs" / "synth.md").read_text()
    command = typer.main.get_command(load_commands()).commands["synth"]
    for param in command.params:
        for option in param.opts:
            assert f"`{option}`" in docs, f"docs/synth.md does not describe {option}"
    win = (
        f"logit P(won) = {crm.WIN_BASE:g} + {crm.WIN_SKILL:g} skill + {crm.WIN_SOCIAL_SHARE:g} "
        f"social_share + {crm.WIN_CONTENT_SHARE:g} content_share - "
        f"{-crm.WIN_SIZE_PER_LN_AMOUNT:g} ln(amount / {crm.REFERENCE_AMOUNT:g})"
    )
    qualify = (
        f"logit P(qualified) = {crm.QUALIFY_BASE:g} + {crm.QUALIFY_INBOUND:g} inbound - "
        f"{-crm.QUALIFY_SPEED_PER_LN_HOUR:g} ln(hours to first touch)"
    )
    assert win in docs
    assert qualify in docs


def test_meeting_length_reverses_between_reps(con: duckdb.DuckDBPyConnection) -> None:
    """On one rep's deals longer meetings win more; across reps, longer meetings win less."""
    deals = """
        SELECT o.owner_id, ln(avg(t.duration_s) / 60) AS minutes, (o.outcome = 'won')::INT AS won
        FROM opportunities AS o JOIN touches AS t USING (opportunity_id)
        WHERE o.outcome <> 'open' AND t.channel = 'meeting'
        GROUP BY o.opportunity_id, o.owner_id, o.outcome
    """
    within = _one(
        con,
        f"""SELECT corr(dm, dw) FROM (
                SELECT minutes - avg(minutes) OVER (PARTITION BY owner_id) AS dm,
                       won - avg(won) OVER (PARTITION BY owner_id) AS dw FROM ({deals}))""",
    )
    between = _one(
        con,
        f"SELECT corr(m, w) FROM (SELECT avg(minutes) AS m, avg(won) AS w FROM ({deals}) "
        "GROUP BY owner_id HAVING count(*) >= 5)",
    )
    assert within > 0.05 and between < 0, (within, between)


def test_reps_differ_in_deal_mix(con: duckdb.DuckDBPyConnection) -> None:
    """The share of deal-size variation that lies between reps (a one-way ANOVA's eta²)."""
    eta_squared = _one(
        con,
        """
        SELECT sum(n * (rep_mean - grand) ^ 2) / sum(ss) FROM (
            SELECT owner_id, count(*) AS n, avg(ln(amount)) AS rep_mean,
                   sum((ln(amount) - (SELECT avg(ln(amount)) FROM opportunities)) ^ 2) AS ss,
                   (SELECT avg(ln(amount)) FROM opportunities) AS grand
            FROM opportunities GROUP BY owner_id)
        """,
    )
    assert eta_squared > 0.08
