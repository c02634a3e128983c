"""HubSpot's UI labels, one table per language: an export from the UI names its columns, its
default stages and its picklist values in the language of the user who made it.

Each table gives, per file (role) and field of `hubspot.py`, the column labels of that
language; the labels that tell a file's role; the words that begin a stage-history column
(`Date entered "<stage>"`); and values spelled out in that language, read as the English
(or API) value they stand for, so that one export made in German and in English gives the
same rows. Labels are compared as every column name is: case, spaces and punctuation ignored.
"""

from __future__ import annotations

from sellindex.sources.crm.model import Language

ENGLISH = Language(
    name="English",
    columns={
        "deals": {
            "id": ("Record ID", "Deal ID"),
            "stage": ("Deal Stage",),
            "amount": ("Amount", "Amount in company currency"),
            "owner": ("Deal owner",),
            "close_date": ("Close Date",),
            "created": ("Create Date",),
            "is_won": ("Is Closed Won",),
            "is_closed": ("Is Closed",),
            "company_id": ("Associated Company IDs", "Associated Company IDs (Primary)"),
            "company": ("Associated Company", "Associated Company (Primary)", "Company name"),
            "contact_id": ("Associated Contact IDs", "Associated Contact"),
        },
        "contacts": {
            "id": ("Record ID", "Contact ID"),
            "created": ("Create Date",),
            "owner": ("Contact owner",),
            "assigned": ("Owner assigned date",),
            "lead_status": ("Lead Status",),
            "source": ("Original Source", "Original Traffic Source"),
            "qualified": ("Became a Sales Qualified Lead Date",),
            "deal_id": ("Associated Deal IDs", "Associated Deal"),
            "company_id": ("Associated Company IDs", "Associated Company IDs (Primary)"),
        },
        "calls": {
            "id": ("Record ID",),
            "owner": ("Activity assigned to",),
            "contact_id": ("Associated Contact IDs",),
            "deal_id": ("Associated Deal IDs",),
            "timestamp": ("Activity date", "Call date"),
            "duration": ("Call duration",),
        },
        "meetings": {
            "id": ("Record ID",),
            "owner": ("Activity assigned to",),
            "contact_id": ("Associated Contact IDs",),
            "deal_id": ("Associated Deal IDs",),
            "start": ("Meeting start time", "Activity date"),
            "end": ("Meeting end time",),
        },
        "emails": {
            "id": ("Record ID",),
            "owner": ("Activity assigned to",),
            "contact_id": ("Associated Contact IDs",),
            "deal_id": ("Associated Deal IDs",),
            "timestamp": ("Activity date",),
            "direction": ("Email direction",),
        },
        "owners": {
            "id": ("Owner ID", "User ID"),
            "name": ("Full name", "Owner name"),
            "first_name": ("First Name",),
            "last_name": ("Last Name",),
            "email": ("Email",),
            "team": ("Teams", "Primary team", "Team name"),
        },
        "companies": {
            "id": ("Record ID", "Company ID"),
            "name": ("Company name",),
            "industry": ("Industry",),
            "country": ("Country/Region",),
        },
    },
    signature={
        "deals": ("Deal Name", "Deal Stage", "Deal owner", "Is Closed Won", "Days to close"),
        "contacts": ("Lifecycle Stage", "Lead Status", "Owner assigned date", "Original Source"),
        "calls": ("Call duration", "Call direction", "Call status", "Call outcome"),
        "meetings": ("Meeting start time", "Meeting end time", "Meeting outcome"),
        "emails": ("Email direction", "Email subject", "Email status"),
        "owners": ("First Name", "Last Name", "Email", "Owner ID", "Teams"),
        "companies": ("Company name", "Industry", "Number of Employees", "Annual Revenue"),
    },
    dynamic={"deals": ("Date entered ",)},
)

GERMAN = Language(
    name="German",
    columns={
        "deals": {
            "id": ("Datensatz-ID", "Deal-ID"),
            "stage": ("Deal-Phase", "Dealphase"),
            "amount": ("Betrag", "Betrag in Unternehmenswährung"),
            "owner": ("Deal-Inhaber", "Dealinhaber"),
            "close_date": ("Abschlussdatum",),
            "created": ("Erstellungsdatum", "Erstelldatum"),
            "is_won": ("Ist abgeschlossen und gewonnen", "Ist gewonnen"),
            "is_closed": ("Ist abgeschlossen",),
            "company_id": (
                "IDs der zugehörigen Unternehmen",
                "Zugehörige Unternehmens-IDs",
                "Zugehörige Unternehmens-IDs (primär)",
            ),
            "company": (
                "Zugehörige Unternehmen",
                "Zugehöriges Unternehmen",
                "Zugehöriges Unternehmen (primär)",
                "Unternehmensname",
            ),
            "contact_id": ("IDs der zugehörigen Kontakte", "Zugehörige Kontakt-IDs"),
        },
        "contacts": {
            "id": ("Datensatz-ID", "Kontakt-ID"),
            "created": ("Erstellungsdatum", "Erstelldatum"),
            "owner": ("Kontaktinhaber", "Kontakt-Inhaber"),
            "assigned": ("Datum der Inhaberzuweisung", "Zuweisungsdatum des Inhabers"),
            "lead_status": ("Lead-Status",),
            "source": ("Originalquelle", "Ursprüngliche Quelle", "Ursprüngliche Traffic-Quelle"),
            "qualified": (
                "Datum, an dem der Kontakt zum Sales Qualified Lead wurde",
                "Wurde zum Sales Qualified Lead (Datum)",
            ),
            "deal_id": ("IDs der zugehörigen Deals", "Zugehörige Deal-IDs"),
            "company_id": ("IDs der zugehörigen Unternehmen", "Zugehörige Unternehmens-IDs"),
        },
        "calls": {
            "id": ("Datensatz-ID",),
            "owner": ("Aktivität zugewiesen an",),
            "contact_id": ("IDs der zugehörigen Kontakte", "Zugehörige Kontakt-IDs"),
            "deal_id": ("IDs der zugehörigen Deals", "Zugehörige Deal-IDs"),
            "timestamp": ("Aktivitätsdatum", "Anrufdatum"),
            "duration": ("Anrufdauer",),
        },
        "meetings": {
            "id": ("Datensatz-ID",),
            "owner": ("Aktivität zugewiesen an",),
            "contact_id": ("IDs der zugehörigen Kontakte", "Zugehörige Kontakt-IDs"),
            "deal_id": ("IDs der zugehörigen Deals", "Zugehörige Deal-IDs"),
            "start": ("Startzeit des Meetings", "Meeting-Startzeit", "Aktivitätsdatum"),
            "end": ("Endzeit des Meetings", "Meeting-Endzeit"),
        },
        "emails": {
            "id": ("Datensatz-ID",),
            "owner": ("Aktivität zugewiesen an",),
            "contact_id": ("IDs der zugehörigen Kontakte", "Zugehörige Kontakt-IDs"),
            "deal_id": ("IDs der zugehörigen Deals", "Zugehörige Deal-IDs"),
            "timestamp": ("Aktivitätsdatum",),
            "direction": ("E-Mail-Richtung",),
        },
        "owners": {
            "id": ("Inhaber-ID", "Benutzer-ID"),
            "name": ("Vollständiger Name", "Name des Inhabers"),
            "first_name": ("Vorname",),
            "last_name": ("Nachname",),
            "email": ("E-Mail", "E-Mail-Adresse"),
            "team": ("Teams", "Team", "Hauptteam"),
        },
        "companies": {
            "id": ("Datensatz-ID", "Unternehmens-ID"),
            "name": ("Unternehmensname", "Name des Unternehmens"),
            "industry": ("Branche",),
            "country": ("Land/Region", "Land"),
        },
    },
    signature={
        "deals": ("Name des Deals", "Dealname", "Deal-Phase", "Deal-Inhaber", "Deal-Typ"),
        "contacts": ("Lifecycle-Phase", "Lead-Status", "Originalquelle", "Kontaktinhaber"),
        "calls": ("Anrufdauer", "Anrufrichtung", "Anrufstatus", "Anrufergebnis"),
        "meetings": ("Startzeit des Meetings", "Endzeit des Meetings", "Meeting-Ergebnis"),
        "emails": ("E-Mail-Richtung", "E-Mail-Betreff", "E-Mail-Status"),
        "owners": ("Vorname", "Nachname", "Inhaber-ID", "Benutzer-ID", "Teams"),
        "companies": ("Unternehmensname", "Branche", "Anzahl der Mitarbeiter", "Jahresumsatz"),
    },
    dynamic={"deals": ("Datum des Eintritts in ",)},
    values={
        "stage": {
            "Termin vereinbart": "Appointment Scheduled",
            "Qualifiziert für Kauf": "Qualified To Buy",
            "Präsentation geplant": "Presentation Scheduled",
            "Entscheidungsträger überzeugt": "Decision Maker Bought-In",
            "Vertrag gesendet": "Contract Sent",
            "Abgeschlossen und gewonnen": "Closed Won",
            "Abgeschlossen und verloren": "Closed Lost",
        },
        "pipeline": {"Vertriebspipeline": "Sales Pipeline"},
        "source": {
            "Organische Suche": "Organic Search",
            "Bezahlte Suche": "Paid Search",
            "E-Mail-Marketing": "Email Marketing",
            "Organische soziale Medien": "Organic Social",
            "Soziale Medien": "Social Media",
            "Bezahlte soziale Medien": "Paid Social",
            "Empfehlungen": "Referrals",
            "KI-Empfehlungen": "AI Referrals",
            "Andere Kampagnen": "Other Campaigns",
            "Direkter Traffic": "Direct Traffic",
            "Offline-Quellen": "Offline Sources",
        },
        "direction": {
            "Eingehende E-Mail": "INCOMING_EMAIL",
            "Ausgehende E-Mail": "EMAIL",
            "Weitergeleitete E-Mail": "FORWARDED_EMAIL",
        },
        "is_won": {"Ja": "true", "Nein": "false"},
        "is_closed": {"Ja": "true", "Nein": "false"},
    },
)

LANGUAGES = (ENGLISH, GERMAN)
