"""A corrected contact merges field by field on another desk; a deleted one arrives as a tombstone.

On both central backends (SQLite file and real PostgreSQL); the local rules are tested in
tests/test_contact_corrections.py.
"""

from datetime import datetime

import pytest
from sqlalchemy import select

from casedesk.models import Contact
from casedesk.services.dto import ClientDraft, ClientFilter, ContactDraft
from casedesk.services.errors import NotFound
from casedesk.services.handover import HandoverService

VISIT = datetime(2026, 3, 10, 14, 30)


def _shared_contact(central_url, make_device):
    """Anna's client with Dora as deputy, and one contact both desks hold."""
    anna = make_device(central_url, "Anna")
    dora = make_device(central_url, "Dora")
    client_id = anna.desk.clients.create(ClientDraft(first_name="Jens", alias="Kralle"))
    anna.sync.run()
    HandoverService(anna.desk).set_deputy(client_id, dora.credentials.worker_id)
    contact_id = anna.desk.contacts.record(ContactDraft(
        client_id=client_id, occurred_at=VISIT, duration_minutes=30, place="Hauptbahnhof", note="Wirkte müde"))
    anna.sync.run()
    dora.sync.run()
    return anna, dora, client_id, contact_id


def _row(desk, contact_id) -> Contact:
    with desk.session() as session:
        row = session.scalars(select(Contact).where(Contact.id == contact_id)).one()
        session.expunge(row)
        return row


def test_corrections_of_different_fields_on_two_desks_both_survive(central_url, make_device):
    anna, dora, client_id, contact_id = _shared_contact(central_url, make_device)
    draft = anna.desk.contacts.get(contact_id)
    draft.note = "Wirkte müde, hat nach der Notunterkunft gefragt"
    anna.desk.contacts.update(contact_id, draft)
    draft = dora.desk.contacts.get(contact_id)
    draft.place, draft.duration_minutes = "Bahnhofsmission", 45
    dora.desk.contacts.update(contact_id, draft)

    anna.sync.run(), dora.sync.run(), anna.sync.run()

    for device in (anna, dora):
        merged = device.desk.contacts.get(contact_id)
        assert (merged.note, merged.place, merged.duration_minutes) == (
            "Wirkte müde, hat nach der Notunterkunft gefragt", "Bahnhofsmission", 45)
        assert device.sync.conflicts() == []
        [entry] = device.desk.contacts.timeline(client_id)
        assert (entry.place, entry.duration_minutes) == ("Bahnhofsmission", 45)
        assert device.desk.documents.counselling_protocol(contact_id, "de").place == "Bahnhofsmission"
    # The correction kept the contact Anna's, on both desks.
    assert _row(dora.desk, contact_id).worker_id == anna.credentials.worker_id


def test_a_deleted_contact_arrives_as_a_tombstone_and_a_restore_brings_it_back(central_url, make_device):
    anna, dora, client_id, contact_id = _shared_contact(central_url, make_device)
    assert [entry.id for entry in dora.desk.contacts.timeline(client_id)] == [contact_id]

    anna.desk.contacts.delete(contact_id)
    anna.sync.run(), dora.sync.run()

    assert dora.desk.contacts.timeline(client_id) == []
    assert _row(dora.desk, contact_id).deleted  # the row stays, so no offline copy can resurrect it
    assert dora.desk.clients.list(ClientFilter(text="Jens"))[0].last_contact_at is None
    with pytest.raises(NotFound):
        dora.desk.documents.counselling_protocol(contact_id, "de")

    dora.desk.contacts.restore(contact_id)
    dora.sync.run(), anna.sync.run()

    for device in (anna, dora):
        assert [entry.id for entry in device.desk.contacts.timeline(client_id)] == [contact_id]
        assert device.sync.conflicts() == []
    # Anna's statistics count her contact again once Dora's undo has reached her.
    report = anna.desk.documents.monthly_report(2026, 3, "de")
    assert [(total.count, total.minutes) for total in report.contacts_by_type] == [(1, 30)]
