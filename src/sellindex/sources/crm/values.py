"""SQL expressions that turn the text of CRM exports into canonical values, column by column.

Every function returns SQL over an expression holding VARCHAR, so a whole column converts in
one DuckDB pass. A value that cannot be converted keeps its original text: the loader then
rejects it with a reason that quotes it, instead of the importer guessing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

DAY_FIRST = "day-first"
MONTH_FIRST = "month-first"
DATE_ORDERS = (DAY_FIRST, MONTH_FIRST)

# strptime formats for dates that are not ISO 8601, with a four-digit year or a two-digit one:
# '%Y' would read the '24' of '3/12/24' as the year 24, so the year's width picks the list.
_TIMES = (" %I:%M:%S %p", " %I:%M %p", ", %I:%M %p", ", %I:%M:%S %p", " %H:%M:%S", " %H:%M", "")
_ANY_ORDER = (
    "%Y/%m/%d %H:%M:%S UTC",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d",
    "%a %b %d %H:%M:%S UTC %Y",
    "%d %b %Y",
    "%d %B %Y",
    "%b %d, %Y",
    "%B %d, %Y",
    "%d-%b-%Y",
)


def lit(value: str) -> str:
    """A SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def ident(name: str) -> str:
    """A quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def _formats(order: str, year: str) -> list[str]:
    first, second = ("%d", "%m") if order == DAY_FIRST else ("%m", "%d")
    numeric = [f"{first}{sep}{second}{sep}{year}{time}" for sep in "/-" for time in _TIMES] + [
        f"%d.%m.{year}{time}" for time in _TIMES
    ]
    if year == "%Y":
        return numeric + list(_ANY_ORDER)
    return [*numeric, "%d-%b-%y", "%d %b %y"]


def timestamp(expr: str, order: str = MONTH_FIRST) -> str:
    """ISO 8601 text for a timestamp written in any of the ways exports write them.

    ISO values pass through (the loader reads them, zones included); epoch milliseconds
    (HubSpot's API) and slashed, dotted or spelled-out dates are converted; `order` says how to
    read 3/4/2024. A date alone means midnight UTC.
    """
    long_year = ", ".join(lit(f) for f in _formats(order, "%Y"))
    short_year = ", ".join(lit(f) for f in _formats(order, "%y"))
    parsed = (
        f"CASE WHEN regexp_matches({expr}, '\\d{{4}}') "
        f"THEN try_strptime({expr}, [{long_year}]) "
        f"ELSE try_strptime({expr}, [{short_year}]) END"
    )
    return (
        f"CASE WHEN {expr} IS NULL THEN NULL "
        f"WHEN regexp_matches({expr}, '^\\d{{4}}-\\d{{2}}-\\d{{2}}') THEN {expr} "
        f"WHEN regexp_matches({expr}, '^\\d{{12,13}}$') "
        f"THEN strftime(epoch_ms(CAST({expr} AS BIGINT)), '%Y-%m-%d %H:%M:%S.%f') "
        f"ELSE coalesce(strftime({parsed}, '%Y-%m-%d %H:%M:%S'), {expr}) END"
    )


def number(expr: str) -> str:
    """Plain decimal text for amounts written with currency signs, thousands separators or a
    decimal comma ('$1,234.50', '1.234,50 EUR', '99,5')."""
    digits = f"regexp_replace({expr}, '[^0-9,.\\-]', '', 'g')"
    return (
        f"CASE WHEN {expr} IS NULL THEN NULL "
        f"WHEN regexp_matches({expr}, '^-?[0-9]+(\\.[0-9]+)?$') THEN {expr} "
        f"WHEN regexp_matches({digits}, '^-?[0-9]{{1,3}}(,[0-9]{{3}})+(\\.[0-9]+)?$') "
        f"THEN replace({digits}, ',', '') "
        f"WHEN regexp_matches({digits}, '^-?[0-9]{{1,3}}(\\.[0-9]{{3}})+(,[0-9]+)?$') "
        f"THEN replace(replace({digits}, '.', ''), ',', '.') "
        f"WHEN regexp_matches({digits}, '^-?[0-9]+,[0-9]{{1,2}}$') "
        f"THEN replace({digits}, ',', '.') "
        f"WHEN regexp_matches({digits}, '^-?[0-9]+(\\.[0-9]+)?$') THEN {digits} "
        f"ELSE {expr} END"
    )


def duration_seconds(expr: str, unit_seconds: float) -> str:
    """Seconds from a count of `unit_seconds` units ('90000' ms) or a clock ('1:30', '0:01:30')."""
    clock = (
        f"CASE WHEN regexp_matches({expr}, '^\\d+:\\d{{2}}:\\d{{2}}$') "
        f"THEN CAST(split_part({expr}, ':', 1) AS BIGINT) * 3600 "
        f"+ CAST(split_part({expr}, ':', 2) AS BIGINT) * 60 "
        f"+ CAST(split_part({expr}, ':', 3) AS BIGINT) "
        f"ELSE CAST(split_part({expr}, ':', 1) AS BIGINT) * 3600 "
        f"+ CAST(split_part({expr}, ':', 2) AS BIGINT) * 60 END"
    )
    return (
        f"CASE WHEN {expr} IS NULL THEN NULL "
        f"WHEN regexp_matches({expr}, '^\\d+(:\\d{{2}}){{1,2}}$') THEN CAST({clock} AS VARCHAR) "
        f"WHEN TRY_CAST({expr} AS DOUBLE) IS NOT NULL "
        f"THEN CAST(CAST({expr} AS DOUBLE) * {unit_seconds!r} AS VARCHAR) "
        f"ELSE {expr} END"
    )


def truthy(expr: str) -> str:
    """True for the ways exports write yes: true, 1, yes, y, t, x (case-insensitive)."""
    return f"coalesce(lower({expr}) IN ('true', 't', 'yes', 'y', '1', 'x'), false)"


def squeeze(expr: str) -> str:
    """Lower case letters and digits only: 'Closed Won', 'closedwon' and 'CLOSED_WON' agree."""
    return f"regexp_replace(lower({expr}), '[^a-z0-9]+', '', 'g')"


def person_key(expr: str) -> str:
    """A name as a key: lower case, single spaces, no surrounding space; empty is null."""
    return f"nullif(lower(trim(regexp_replace({expr}, '\\s+', ' ', 'g'))), '')"


def ref(key_kind: str, expr: str) -> str:
    """A reference to an entity by one of its source keys, as '<key_kind>:<source key>'."""
    return f"CASE WHEN {expr} IS NOT NULL THEN {lit(key_kind + ':')} || {expr} END"


def name_ref(expr: str) -> str:
    return ref("name", person_key(expr))


def word_case(expr: str, cases: Iterable[tuple[Iterable[str], str]], default: str) -> str:
    """Map a value by the squeezed words it equals, e.g. ('closedwon', 'won') -> 'won'."""
    arms = " ".join(
        f"WHEN {squeeze(expr)} IN ({', '.join(lit(w) for w in words)}) THEN {lit(value)}"
        for words, value in cases
    )
    return f"CASE WHEN {expr} IS NULL THEN NULL {arms} ELSE {default} END"


WON_STAGES = ("won", "closedwon", "win", "wonclosed", "closedwonwon")
LOST_STAGES = ("lost", "closedlost", "lose", "lostclosed", "closedlostlost")


def outcome(stage: str) -> str:
    """won / lost / open from a stage name: 'Won', 'Closed Won', 'closedwon' are won, the lost
    ones likewise, any other stage is open. Custom names need `[values]` in a mapping file."""
    return word_case(stage, ((WON_STAGES, "won"), (LOST_STAGES, "lost")), "'open'")


INBOUND_SOURCES = (
    "inbound", "web", "website", "webform", "webforms", "form", "phoneinquiry", "inquiry",
    "advertisement", "ads", "paidsearch", "paidsocial", "organicsearch", "organicsocial",
    "socialmedia", "emailmarketing", "referral", "referrals", "partnerreferral",
    "employeereferral", "externalreferral", "wordofmouth", "tradeshow", "seminar",
    "seminarpartner", "webinar", "event", "events", "directtraffic", "othercampaigns",
    "chatbot", "livechat", "contentoffer", "aireferrals", "marketing", "leadbooster",
)  # fmt: skip
OUTBOUND_SOURCES = (
    "outbound", "coldcall", "coldcalling", "coldemail", "purchasedlist", "list", "prospecting",
    "prospector", "outreach", "sdr", "salesgenerated", "selfgenerated", "linkedinoutreach",
)  # fmt: skip


def lead_source(expr: str) -> str:
    """inbound / outbound from a lead source label; anything else is unknown (null), never a
    guess: imports, 'Other' and CRM-specific labels need `[values]` in a mapping file."""
    return word_case(expr, ((INBOUND_SOURCES, "inbound"), (OUTBOUND_SOURCES, "outbound")), "NULL")


CHANNEL_WORDS: Mapping[str, tuple[str, ...]] = {
    "call": ("call", "calls", "phone", "phonecall", "outboundcall", "inboundcall", "loggedcall"),
    "email": ("email", "emails", "listemail", "mail", "sentemail", "outgoingemail"),
    "meeting": ("meeting", "meetings", "event", "demo", "lunch", "visit", "appointment"),
    "social": ("social", "linkedin", "inmail", "linkedinmessage", "sms", "whatsapp"),
}


def channel(expr: str) -> str:
    """call / email / meeting / social from an activity type; anything else is null."""
    return word_case(expr, ((words, name) for name, words in CHANNEL_WORDS.items()), "NULL")


def value_map(expr: str, mapping: Mapping[str, str]) -> str:
    """Replace values by a user's mapping (matched without regard to case or spaces)."""
    if not mapping:
        return expr
    arms = " ".join(
        f"WHEN {lit(source.strip().lower())} THEN {lit(target)}"
        for source, target in mapping.items()
    )
    return f"coalesce(CASE lower({expr}) {arms} END, {expr})"
