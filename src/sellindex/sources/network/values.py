"""SQL over the text of a network's exports, column by column: timestamps, profile URLs,
companies, titles. Each function returns SQL over an expression holding VARCHAR."""

from __future__ import annotations

from sellindex.sources.crm.values import lit


def ts(expr: str) -> str:
    return f"TRY_CAST({expr} AS TIMESTAMP)"


def slug(url: str) -> str:
    """A profile URL's slug, lower case: https://www.linkedin.com/in/Ann-Lee-1/ and
    www.linkedin.com/in/ann-lee-1 are ann-lee-1. A Sales Navigator lead URL
    (/sales/lead/ACwAAB12,NAME_SEARCH,x1) is `sn:` and its id, as case matters in it. Other
    URLs keep their path, so two spellings of one URL still agree."""
    low = f"lower(trim({url}))"
    vanity = f"regexp_extract({low}, '/in/([^/?#]+)', 1)"
    lead = f"regexp_extract(trim({url}), '/sales/(lead|people)/([^,/?#]+)', 2)"
    path = f"regexp_replace({low}, '^([a-z]+://)?[^/]+', '')"
    other = f"nullif(regexp_replace({path}, '[/?#]+$', ''), '')"
    return (
        f"CASE WHEN {url} IS NULL THEN NULL WHEN {vanity} <> '' THEN {vanity} "
        f"WHEN {lead} <> '' THEN 'sn:' || {lead} ELSE {other} END"
    )


def at_unit(expr: str, unit: str) -> str:
    """A timestamp to the `unit` (minute, day): archives of different years write the same
    moment with and without seconds, and one moment must read the same in both. Text that is
    no timestamp is kept, for the loader to reject with it."""
    return f"coalesce(strftime(date_trunc({lit(unit)}, {ts(expr)}), '%Y-%m-%d %H:%M:%S'), {expr})"


def company_key(expr: str) -> str:
    """A company's name as a key: letters and digits only, so `Zenith, Inc.` and `Zenith Inc`
    are one company."""
    return f"nullif(regexp_replace(lower({expr}), '[^a-z0-9]+', '', 'g'), '')"


def said(expr: str, *words: str) -> str:
    """Whether a value says one of `words` (squeezed, case-insensitive)."""
    values = ", ".join(lit(w) for w in words)
    return f"coalesce(regexp_replace(lower({expr}), '[^a-z]+', '', 'g') IN ({values}), false)"


def seniority(title: str) -> str:
    """The seniority a job title states: cxo, vp, director, manager or ic; none without a title.

    Sales titles that say "manager" of accounts or territories are individual contributors.
    """
    t = f"lower({title})"
    return (
        f"CASE WHEN {title} IS NULL THEN NULL "
        f"WHEN regexp_matches({t}, '\\b(vp|svp|evp|avp|vice[ -]president)\\b') THEN 'vp' "
        f"WHEN regexp_matches({t}, '\\b(chief|ceo|cto|cfo|coo|cmo|cio|cro|cpo|ciso|founder|"
        f"co-founder|cofounder|owner|president|managing director|managing partner)\\b') "
        "THEN 'cxo' "
        f"WHEN regexp_matches({t}, '\\b(director|head of)\\b') THEN 'director' "
        f"WHEN regexp_matches({t}, '\\b(account|territory|client|key account|customer success) "
        "manager\\b') THEN 'ic' "
        f"WHEN regexp_matches({t}, '\\b(manager|team lead|lead|supervisor)\\b') THEN 'manager' "
        "ELSE 'ic' END"
    )


def month(expr: str) -> str:
    """A position's `Jan 2024` or `2023` as a date (the first of the month or the year)."""
    return f"coalesce(try_strptime({expr}, '%b %Y'), try_strptime({expr}, '%Y'))"
