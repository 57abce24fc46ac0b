"""The monthly report names the contact time as such: the desk logs no working time."""

import io
from datetime import datetime

import pytest
from printing_fixtures import normalized, pdf_text

from casedesk.printing import render_monthly_report
from casedesk.printing.labels import label
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft, ContactDraft


@pytest.mark.parametrize(("language", "hours"), [("de", "3,0 Std."), ("da", "3,0 t."), ("en", "3.0 h")])
def test_contact_minutes_are_shown_as_contact_hours_not_as_working_hours(desk: Desk, language: str,
                                                                          hours: str) -> None:
    client_id = desk.clients.create(ClientDraft(first_name="Mette", last_name="Søndergaard"))
    for day, minutes in ((3, 30), (4, 45), (20, 90), (31, 15)):  # 180 minutes
        desk.contacts.record(ContactDraft(client_id=client_id, occurred_at=datetime(2025, 3, day, 10, 0),
                                          duration_minutes=minutes, note="gesehen"))
    content = desk.documents.monthly_report(2025, 3, language)
    buffer = io.BytesIO()
    render_monthly_report(content, buffer)
    text = normalized(pdf_text(buffer.getvalue()))

    assert normalized(f"{label(language, 'report.contact_time')}{hours}") in text
    assert normalized(label(language, "report.total_hours")) not in text
    assert normalized(label(language, "report.contact_hours")) not in text
