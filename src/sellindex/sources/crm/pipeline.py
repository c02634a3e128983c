"""A generic pipeline CSV: one row per deal, with a teams file, as BI tutorials and exports have.

Files (only the deals file is required):

- deals: opportunity id, sales agent, product, account, deal stage, engage date, close date,
  close value. Stages named Won / Lost (or Closed Won / Closed Lost) close the deal; any other
  stage is open.
- teams: sales agent, manager, regional office. Each manager leads one team, named after them.
- accounts: account, sector, office location.
- products: product (its spelling wins over the deals file's).

Agents, managers and accounts are known by name only, so their names are their keys in the
identity map. A product spelled two ways ('GTXPro', 'GTX Pro') is read as one: the products
file's spelling, else the most common one.
"""

from __future__ import annotations

import duckdb

from sellindex.sources.crm import common
from sellindex.sources.crm.common import ACCOUNTS, PEOPLE, TEAMS, mention
from sellindex.sources.crm.model import Field, Importer, Mapped, Role, Source, StagedFile, TableMap
from sellindex.sources.crm.values import (
    lit,
    name_ref,
    outcome,
    ref,
    squeeze,
)

DEALS_FILE = Role(
    name="deals",
    table="opportunities",
    names=("pipeline", "deal", "opportunit"),
    signature=("sales_agent", "engage_date", "close_value", "deal_stage", "opportunity_id"),
    required=True,
    fields=(
        Field("opportunity_id", ("opportunity", "deal_id", "deal", "id"), required=True),
        Field(
            "sales_agent",
            ("agent", "sales_rep", "rep", "salesperson", "owner", "deal_owner"),
            required=True,
        ),
        Field("product", ("product_name", "item")),
        Field("account", ("account_name", "company", "customer", "organization", "client")),
        Field("deal_stage", ("stage", "status", "outcome"), required=True),
        Field(
            "engage_date", ("created", "create_date", "created_at", "opened", "open_date"), "date"
        ),
        Field("close_date", ("closed", "closed_at", "closed_on"), "date"),
        Field("close_value", ("amount", "value", "deal_value", "revenue"), "number"),
    ),
)
TEAMS_FILE = Role(
    name="teams",
    table="members",
    names=("team",),
    signature=("sales_agent", "manager", "regional_office"),
    fields=(
        Field("sales_agent", ("agent", "sales_rep", "rep", "salesperson"), required=True),
        Field("manager", ("team_lead", "team_leader", "supervisor")),
        Field("regional_office", ("office", "region", "location")),
    ),
)
ACCOUNTS_FILE = Role(
    name="accounts",
    table="accounts",
    names=("account", "compan", "customer"),
    signature=("account", "sector", "office_location", "year_established", "subsidiary_of"),
    fields=(
        Field("account", ("account_name", "company", "name", "customer"), required=True),
        Field("sector", ("industry",)),
        Field("office_location", ("location", "country", "region")),
    ),
)
PRODUCTS_FILE = Role(
    name="products",
    table="opportunities",
    names=("product",),
    signature=("product", "series", "sales_price"),
    fields=(Field("product", ("product_name", "name"), required=True),),
)


def _file(staged: StagedFile) -> str:
    return lit(str(staged.path))


def _products(deals: StagedFile, products: StagedFile | None) -> str:
    """One spelling per product: the products file's, else the most common in the deals."""
    listed = (
        f"SELECT product, 0 AS rank, 0 AS n FROM {products.table} WHERE product IS NOT NULL"
        if products
        else "SELECT NULL::VARCHAR AS product, 0 AS rank, 0 AS n WHERE false"
    )
    return f"""
        SELECT {squeeze("product")} AS product_key,
               first(product ORDER BY rank, n DESC, product) AS spelling
        FROM (
            {listed}
            UNION ALL
            SELECT product, 1, count(*) FROM {deals.table} WHERE product IS NOT NULL GROUP BY 1
        ) GROUP BY 1
    """


def build(con: duckdb.DuckDBPyConnection, staged: dict[str, StagedFile]) -> Mapped:
    deals = staged["deals"]
    teams = staged.get("teams")
    accounts = staged.get("accounts")
    products = staged.get("products")
    deal_outcome = outcome("d.deal_stage")
    tables: dict[str, TableMap] = {}

    tables["opportunities"] = TableMap(
        sql=f"""
            SELECT {ref("pipeline", "d.opportunity_id")} AS opportunity_id,
                   NULL::VARCHAR AS lead_id,
                   {name_ref("d.sales_agent")} AS owner_id,
                   {name_ref("d.account")} AS account_id,
                   coalesce(p.spelling, d.product) AS product,
                   d.engage_date AS created_at,
                   CASE WHEN {deal_outcome} <> 'open' THEN d.close_date END AS closed_at,
                   {deal_outcome} AS outcome,
                   d.close_value AS amount,
                   {_file(deals)} AS _source_file, d._line AS _source_line
            FROM {deals.table} d
            LEFT JOIN ({_products(deals, products)}) p ON p.product_key = {squeeze("d.product")}
        """,
        ids=common.DEAL_IDS,
        sources=(
            Source(
                deals,
                {
                    "opportunity_id": "opportunity_id",
                    "owner_id": "sales_agent",
                    "account_id": "account",
                    "product": "product",
                    "created_at": "engage_date",
                    "closed_at": "close_date",
                    "outcome": "deal_stage",
                    "amount": "close_value",
                },
            ),
        ),
    )

    # People: every agent of the deals, and agents and managers of the teams file; a
    # manager's team is the one they lead.
    people = [mention(PEOPLE, deals, 1, ref=name_ref("sales_agent"), name="sales_agent")]
    people_sources = [Source(deals, {"member_id": "sales_agent", "name": "sales_agent"})]
    if teams:
        manager = name_ref("manager")
        people += [
            mention(
                PEOPLE,
                teams,
                0,
                ref=name_ref("sales_agent"),
                name="sales_agent",
                team=manager,
                manager=manager,
                region="regional_office",
            ),
            mention(
                PEOPLE,
                teams,
                2,
                "manager IS NOT NULL",
                ref=manager,
                name="manager",
                team=manager,
                region="regional_office",
                seniority="'manager'",
            ),
        ]
        people_sources.append(
            Source(
                teams,
                {
                    "member_id": "sales_agent",
                    "team_id": "manager",
                    "manager_id": "manager",
                    "region": "regional_office",
                },
            )
        )
        tables["teams"] = common.teams(
            [
                mention(
                    TEAMS,
                    teams,
                    0,
                    "manager IS NOT NULL",
                    ref=manager,
                    name="manager || '''s team'",
                    manager=manager,
                )
            ],
            (Source(teams, {"team_id": "manager", "manager_id": "manager"}),),
        )
    tables["members"] = common.people(people, tuple(people_sources))

    named = [
        mention(ACCOUNTS, deals, 1, "account IS NOT NULL", ref=name_ref("account"), name="account")
    ]
    account_sources = [Source(deals, {"account_id": "account", "name": "account"})]
    if accounts:
        named.append(
            mention(
                ACCOUNTS,
                accounts,
                0,
                ref=name_ref("account"),
                name="account",
                industry="sector",
                region="office_location",
            )
        )
        account_sources.append(
            Source(
                accounts,
                {
                    "account_id": "account",
                    "name": "account",
                    "industry": "sector",
                    "region": "office_location",
                },
            )
        )
    tables["accounts"] = common.accounts(named, tuple(account_sources))
    return Mapped(tables, notes=_notes(con, deals, products, deal_outcome))


def _notes(
    con: duckdb.DuckDBPyConnection,
    deals: StagedFile,
    products: StagedFile | None,
    deal_outcome: str,
) -> list[str]:
    """What the reader should check: how stages were read and which products were merged."""
    notes = common.stages_note(con, deals, "d.deal_stage", deal_outcome)
    merged = con.execute(
        f"SELECT DISTINCT d.product, p.spelling FROM {deals.table} d "
        f"JOIN ({_products(deals, products)}) p ON p.product_key = {squeeze('d.product')} "
        "WHERE d.product <> p.spelling ORDER BY 1"
    ).fetchall()
    if merged:
        notes.append(
            f"{deals.path.name}: products read as spelled elsewhere: "
            + ", ".join(f"{a!r} as {b!r}" for a, b in merged)
        )
    return notes


IMPORTER = Importer(
    kind="pipeline",
    title="a generic one-row-per-deal pipeline CSV, with optional teams, accounts and products",
    roles=(DEALS_FILE, TEAMS_FILE, ACCOUNTS_FILE, PRODUCTS_FILE),
    build=build,
)
