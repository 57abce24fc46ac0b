"""Every field list of the edit dialogs round-trips: a draft shown in its form reads back equal,
and what the lock parks restores the same values (JSON in between, as in the desk)."""

import json
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QLocale

from casedesk.domain import ContactType, Phase
from casedesk.services.dto import ClientDraft, ContactDraft, PhaseDraft, ReleaseDraft, TaskDraft
from casedesk.ui.client_dialog import client_fields
from casedesk.ui.client_file import release_fields
from casedesk.ui.contact_dialog import contact_fields
from casedesk.ui.episode_dialogs import IntakeFormDraft, intake_fields, phase_fields
from casedesk.ui.forms import Form
from casedesk.ui.tasks import task_fields

CASES = {
    "client": (client_fields, ClientDraft(
        first_name="Karl", last_name="Meier", alias="Kalle", birth_date=date(1971, 1, 1),
        birth_date_approximate=True, gender="male", languages="de, pl", whereabouts="Hauptbahnhof Süd",
        phone="0151 2345678", address="", no_fixed_abode=True, emergency_notes="Epilepsie",
        consent_data_processing=True, consent_date=date(2024, 3, 4))),
    "phase": (lambda: phase_fields(Phase.MONITORING.value), PhaseDraft(Phase.EVALUATION.value, "Ziele erreicht")),
    "intake": (intake_fields, IntakeFormDraft(
        access_route="referred", referred_by="Bahnhofsmission", screening_several_domains="yes",
        screening_several_helpers="no", screening_client_agrees="yes", screening_appropriate="",
        screening_note="Wohnung und Schulden", intake_agreed_on=date(2026, 11, 2), intake_agreement="wöchentlich",
        consent_recorded_on=date(2026, 11, 2), consent_form="written")),
    "release": (release_fields, ReleaseDraft("Jobcenter Mitte", date(2024, 5, 10), date(2026, 5, 10))),
    "task": (task_fields, TaskDraft("Arzttermin begleiten", date(2026, 12, 9), True, time(10, 30))),
    "contact": (contact_fields, ContactDraft(
        client_id="", type=ContactType.HOME_VISIT.value, occurred_at=datetime(2026, 11, 23, 15, 42),
        duration_minutes=45, place="Wohnung", note="Schlafsack gebracht", participants="Kalle, Mutter",
        topics="Wohnen", client_state="müde", motivational_stage="contemplation")),
}


@pytest.mark.parametrize("language", ["en_US", "de_DE", "da_DK"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_a_field_list_shows_reads_parks_and_restores_its_draft(qtbot, name, language) -> None:
    QLocale.setDefault(QLocale(language))
    fields, draft = CASES[name]
    form = Form(fields())
    form.load(draft)
    assert form.read(draft) == draft
    assert not form.is_modified()
    parked = json.loads(json.dumps(form.parked_values()))
    again = Form(fields())
    again.restore_parked(parked)
    assert again.read(draft) == draft
