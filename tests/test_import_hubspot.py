"""`sellindex import hubspot`: a UI export (property labels, owner names) beside API exports
(internal names, owner ids, epoch milliseconds, call durations in milliseconds)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from sellindex.ingest.crm_import import import_export
from sellindex.store import Store

DEALS_UI = (
    "Record ID,Deal Name,Deal Stage,Amount,Deal owner,Close Date,Create Date,Pipeline,"
    'Associated Company,Associated Contact IDs,"Date entered ""Closed Won (Sales Pipeline)""",'
    '"Date entered ""Appointment Scheduled (Sales Pipeline)"""\n'
    "101,Alpha,Closed Won,1000,Ann Lee (ann@x.example),2024-03-10 12:00,2024-02-01 09:00,"
    "Sales Pipeline,Acme,501,2024-03-10 12:00,2024-02-01 09:00\n"
    "102,Beta,Closed Lost,0,Bo Chan,2024-03-15 12:00,2024-02-03 09:00,Sales Pipeline,Acme,,,"
    "2024-02-03 09:00\n"
    "103,Gamma,Appointment Scheduled,500,Ann Lee,2024-06-01,2024-03-01 09:00,Sales Pipeline,"
    ",,,2024-03-01 09:00\n"
)
FILES = {
    "deals.csv": DEALS_UI,
    "contacts.csv": (
        "hs_object_id,createdate,hubspot_owner_id,hubspot_owner_assigneddate,hs_lead_status,"
        "lifecyclestage,hs_analytics_source,hs_lifecyclestage_salesqualifiedlead_date,"
        "associated_deal_ids\n"
        "501,2024-01-20T08:00:00.000Z,11,2024-01-21T09:00:00.000Z,CONNECTED,customer,"
        "ORGANIC_SEARCH,2024-01-25T10:00:00.000Z,101\n"
        "502,2024-01-22T08:00:00.000Z,12,2024-01-22T09:00:00.000Z,UNQUALIFIED,lead,OFFLINE,,\n"
    ),
    "calls.csv": (
        "hs_object_id,hs_timestamp,hs_call_duration,hs_call_direction,hubspot_owner_id,"
        "associated_contact_ids,associated_deal_ids\n"
        "901,1705831200000,90000,OUTBOUND,11,501,\n"
        "902,2024-02-05T10:00:00.000Z,0:05:00,OUTBOUND,12,,102\n"
    ),
    "emails.csv": (
        "hs_object_id,hs_timestamp,hs_email_direction,hs_email_subject,hubspot_owner_id,"
        "associated_deal_ids\n"
        "951,2024-02-06T10:00:00Z,EMAIL,Proposal,11,101\n"
        "952,2024-02-07T10:00:00Z,INCOMING_EMAIL,Re: Proposal,11,101\n"
    ),
    "owners.csv": (
        "id,firstName,lastName,email,teams\n11,Ann,Lee,ann@x.example,East\n"
        "12,Bo,Chan,bo@x.example,East\n"
    ),
}


@pytest.fixture
def export(tmp_path: Path) -> Path:
    folder = tmp_path / "hubspot"
    folder.mkdir()
    for name, text in FILES.items():
        (folder / name).write_text(text)
    return folder


def rows(store: Store, sql: str) -> list[tuple]:
    return store.con.execute(sql).fetchall()


def test_ui_and_api_exports_map_onto_one_set_of_people(store: Store, export: Path) -> None:
    result = import_export(store, export)
    assert result.kind == "hubspot"
    counts = {t.table: (t.read, t.loaded, t.rejected) for t in result.tables}
    assert counts == {
        "members": (2, 2, 0),
        "teams": (1, 1, 0),
        "accounts": (1, 1, 0),
        "leads": (2, 2, 0),
        "opportunities": (3, 3, 0),
        "opportunity_stages": (4, 4, 0),
        "touches": (3, 3, 0),
    }
    assert rows(
        store,
        "SELECT m.name, t.name FROM members m JOIN teams t USING (team_id) ORDER BY 1",
    ) == [("Ann Lee", "East"), ("Bo Chan", "East")]
    deals = rows(
        store,
        "SELECT o.outcome, o.closed_at, o.amount, m.name, a.name, o.lead_id IS NOT NULL "
        "FROM opportunities o JOIN members m ON m.member_id = o.owner_id "
        "LEFT JOIN accounts a USING (account_id) ORDER BY o.created_at",
    )
    assert deals == [
        ("won", datetime(2024, 3, 10, 12), 1000.0, "Ann Lee", "Acme", True),
        ("lost", datetime(2024, 3, 15, 12), 0.0, "Bo Chan", "Acme", False),
        ("open", None, 500.0, "Ann Lee", None, False),
    ]
    assert rows(store, "SELECT stage, entered_at FROM opportunity_stages ORDER BY 2, 1")[:2] == [
        ("Appointment Scheduled (Sales Pipeline)", datetime(2024, 2, 1, 9)),
        ("Appointment Scheduled (Sales Pipeline)", datetime(2024, 2, 3, 9)),
    ]
    assert rows(
        store,
        "SELECT source, assigned_at, qualified_at, converted_opportunity_id IS NOT NULL "
        "FROM leads ORDER BY created_at",
    ) == [
        ("inbound", datetime(2024, 1, 21, 9), datetime(2024, 1, 25, 10), True),
        (None, datetime(2024, 1, 22, 9), None, False),
    ]
    assert rows(
        store,
        "SELECT channel, occurred_at, duration_s, lead_id IS NOT NULL, "
        "opportunity_id IS NOT NULL FROM touches ORDER BY occurred_at",
    ) == [
        ("call", datetime(2024, 1, 21, 10), 90.0, True, False),
        ("call", datetime(2024, 2, 5, 10), 300.0, False, True),
        ("email", datetime(2024, 2, 6, 10), None, False, True),
    ]
    notes = "\n".join(result.notes)
    assert "1 incoming emails are not touches" in notes
    assert "(OFFLINE)" in notes
    assert "lost: Closed Lost; open: Appointment Scheduled; won: Closed Won" in notes


def test_an_api_export_of_the_same_deals_adds_nothing(
    store: Store, export: Path, tmp_path: Path
) -> None:
    import_export(store, export)
    api = tmp_path / "api" / "deals.csv"
    api.parent.mkdir()
    api.write_text(
        "hs_object_id,dealname,dealstage,amount,hubspot_owner_id,closedate,createdate,"
        "hs_is_closed_won,hs_is_closed,hs_date_entered_closedwon\n"
        "101,Alpha,closedwon,1000,11,2024-03-10T12:00:00.000Z,2024-02-01T09:00:00.000Z,true,"
        "true,2024-03-10T12:00:00.000Z\n"
        "104,Delta,closedwon,250,12,2024-04-10T12:00:00.000Z,2024-04-01T09:00:00.000Z,true,"
        "true,\n"
    )
    result = import_export(store, api, "hubspot")
    counts = {t.table: (t.loaded, t.duplicate, t.rejected) for t in result.tables}
    assert counts["opportunities"] == (1, 1, 0)
    assert counts["members"] == (0, 2, 0)
    assert counts["opportunity_stages"] == (1, 0, 0)  # closedwon is another name for the stage
    assert {entity: n for entity, n in result.new_ids.items() if n} == {"opportunity": 1}
    assert rows(
        store,
        "SELECT m.name FROM opportunities o JOIN members m ON m.member_id = o.owner_id "
        "WHERE o.amount = 250",
    ) == [("Bo Chan",)]


def test_v2_stage_columns_and_their_older_twins_give_one_entry_per_stage(
    store: Store, tmp_path: Path
) -> None:
    deals = tmp_path / "deals.csv"
    deals.write_text(
        "hs_object_id,dealname,dealstage,amount,hubspot_owner_id,closedate,createdate,"
        "hs_date_entered_appointmentscheduled,hs_v2_date_entered_appointmentscheduled,"
        "hs_v2_date_exited_appointmentscheduled,hs_date_entered_closedwon,"
        "hs_v2_date_entered_closedwon,hs_v2_date_entered_contractsent\n"
        "201,Alpha,closedwon,900,11,2026-03-10T12:00:00Z,2026-02-01T09:00:00Z,"
        "2026-02-01T09:00:00Z,2026-02-01T09:05:00Z,2026-02-20T10:00:00Z,"
        "2026-03-10T12:00:00Z,,2026-02-20T10:00:00Z\n"
    )
    result = import_export(store, deals, "hubspot")
    assert rows(store, "SELECT stage, entered_at FROM opportunity_stages ORDER BY 2") == [
        ("appointmentscheduled", datetime(2026, 2, 1, 9, 5)),  # the v2 date where both are set
        ("contractsent", datetime(2026, 2, 20, 10)),  # exiting a stage is not entering one
        ("closedwon", datetime(2026, 3, 10, 12)),  # the older date where v2 is empty
    ]
    assert (
        "deals.csv: 2 stages have more than one date-entered column "
        "(hs_v2_date_entered_appointmentscheduled and hs_date_entered_appointmentscheduled...); "
        "each is one stage entry, from the first of its columns that is set"
    ) in result.notes


def test_a_german_ui_export_reads_its_labels_stages_numbers_and_dates(
    store: Store, tmp_path: Path
) -> None:
    deals = tmp_path / "hubspot-crm-exports-alle-deals.csv"
    deals.write_text(
        "Datensatz-ID,Name des Deals,Deal-Phase,Betrag,Deal-Inhaber,Abschlussdatum,"
        "Erstellungsdatum,Pipeline,Ist abgeschlossen und gewonnen,"
        '"Datum des Eintritts in ""Abgeschlossen und gewonnen (Vertriebspipeline)""",'
        '"Datum des Austritts aus ""Termin vereinbart (Vertriebspipeline)"""\n'
        '301,Alpha,Abgeschlossen und gewonnen,"1.234,56",Ann Lee,03.02.2026 10:21,'
        "05.01.2026 09:00,Vertriebspipeline,Ja,03.02.2026 10:21,06.01.2026 08:00\n"
        '302,Beta,Abgeschlossen und verloren,"0,00",Bo Chan,04.02.2026 11:00,'
        "07.01.2026 09:00,Vertriebspipeline,Nein,,\n"
        '303,Gamma,Termin vereinbart,"99,5",Ann Lee,01.06.2026 00:00,08.01.2026 09:00,'
        "Vertriebspipeline,Nein,,\n"
    )
    result = import_export(store, tmp_path)
    assert result.kind == "hubspot"
    assert rows(
        store,
        "SELECT o.outcome, o.amount, o.created_at, o.closed_at, m.name FROM opportunities o "
        "JOIN members m ON m.member_id = o.owner_id ORDER BY o.created_at",
    ) == [
        ("won", 1234.56, datetime(2026, 1, 5, 9), datetime(2026, 2, 3, 10, 21), "Ann Lee"),
        ("lost", 0.0, datetime(2026, 1, 7, 9), datetime(2026, 2, 4, 11), "Bo Chan"),
        ("open", 99.5, datetime(2026, 1, 8, 9), None, "Ann Lee"),
    ]
    assert rows(store, "SELECT stage, entered_at FROM opportunity_stages") == [
        ("Closed Won (Sales Pipeline)", datetime(2026, 2, 3, 10, 21))
    ]
    # A dotted date is always day-first: no note asks which way 03.02.2026 is meant.
    assert not any("day-first" in note for note in result.notes), result.notes
