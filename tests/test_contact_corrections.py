"""A saved contact can be corrected, deleted (a tombstone) and restored, and every reader agrees.

Sync of corrections and deletions is tested on both central backends in
tests/sync/test_contact_corrections_sync.py.
"""

# Fixtures are imported from service_fixtures by name, so their parameters "redefine" them.
# ruff: noqa: F811

from datetime import datetime

import pytest
from service_fixtures import add_client, add_worker, casedesk_home, desk, desk_path  # noqa: F401
from sqlalchemy import select

from casedesk.models import Contact, PendingChange, Task
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft, ClientFilter, ContactDraft
from casedesk.services.erasure import ErasureService
from casedesk.services.errors import NotFound, ValidationFailed

MARCH_VISIT = datetime(2026, 3, 10, 14, 30)


def record(desk: Desk, client_id: str, **fields) -> str:
    values = {"occurred_at": MARCH_VISIT, "duration_minutes": 30, "type": "street", "place": "Hauptbahnhof",
              "note": "Wirkte müde", "participants": "Jens", **fields}
    return desk.contacts.record(ContactDraft(client_id=client_id, **values))


def corrected(desk: Desk, contact_id: str, **changes) -> ContactDraft:
    draft = desk.contacts.get(contact_id)
    for name, value in changes.items():
        setattr(draft, name, value)
    return draft


def march_report(desk: Desk):
    return desk.documents.monthly_report(2026, 3, "de")


def by_type(report) -> list[tuple[str, int, int]]:
    return [(total.contact_type, total.count, total.minutes) for total in report.contacts_by_type]


def pending_fields(desk: Desk, contact_id: str) -> list[str]:
    with desk.session() as session:
        pending = session.scalars(select(PendingChange).where(PendingChange.row_id == contact_id)).one()
        return list(pending.fields)


def push_done(desk: Desk) -> None:
    """As after a successful push: the outbox is empty, so the next edit's outbox entry is its own."""
    with desk.session() as session:
        for pending in session.scalars(select(PendingChange)):
            session.delete(pending)


# --- reading and correcting ----------------------------------------------------------------
def test_get_returns_the_saved_contact_as_a_draft(desk):
    client_id = add_client(desk, first_name="Jens")
    contact_id = record(desk, client_id, topics="Wohnung", client_state="ruhig", motivational_stage="preparation")
    assert desk.contacts.get(contact_id) == ContactDraft(
        client_id=client_id, type="street", occurred_at=MARCH_VISIT, duration_minutes=30, place="Hauptbahnhof",
        note="Wirkte müde", participants="Jens", topics="Wohnung", client_state="ruhig",
        motivational_stage="preparation")


def test_a_correction_shows_in_the_timeline_and_the_protocol(desk):
    client_id = add_client(desk, first_name="Jens")
    contact_id = record(desk, client_id)
    draft = corrected(desk, contact_id, type="office", place="  Büro Nord ", note="Termin beim Jobcenter",
                      duration_minutes=45, participants="Jens, Mutter", occurred_at=datetime(2026, 3, 11, 9, 0))
    desk.contacts.update(contact_id, draft)

    [entry] = desk.contacts.timeline(client_id)
    assert (entry.type, entry.place, entry.note, entry.duration_minutes, entry.occurred_at) == (
        "office", "Büro Nord", "Termin beim Jobcenter", 45, datetime(2026, 3, 11, 9, 0))
    protocol = desk.documents.counselling_protocol(contact_id, "de")
    assert (protocol.contact_type, protocol.place, protocol.notes, protocol.duration_minutes) == (
        "office", "Büro Nord", "Termin beim Jobcenter", 45)
    assert protocol.participants == ["Jens", "Mutter"]
    assert protocol.started_at == datetime(2026, 3, 11, 9, 0)


def test_a_correction_stamps_only_the_changed_fields_for_the_sync(desk):
    client_id = add_client(desk, first_name="Jens")
    contact_id = record(desk, client_id)
    with desk.session() as session:
        before = dict(session.get(Contact, contact_id).field_clocks)
    push_done(desk)
    desk.contacts.update(contact_id, corrected(desk, contact_id, note="Wirkte wach", place="Park"))
    with desk.session() as session:
        after = dict(session.get(Contact, contact_id).field_clocks)
    assert pending_fields(desk, contact_id) == ["note", "place"]
    assert {name for name in after if after[name] != before[name]} == {"note", "place"}


def test_a_correction_without_changes_writes_nothing_to_sync(desk):
    client_id = add_client(desk, first_name="Jens")
    contact_id = record(desk, client_id)
    push_done(desk)
    desk.contacts.update(contact_id, desk.contacts.get(contact_id))
    with desk.session() as session:
        assert session.scalars(select(PendingChange)).all() == []


def test_a_correction_is_validated_like_a_new_contact_and_changes_nothing_when_refused(desk):
    client_id = add_client(desk, first_name="Jens")
    contact_id = record(desk, client_id)
    for changes, problem in (
        ({"duration_minutes": -5}, {"duration_minutes": "out_of_range"}),
        ({"type": "teleportation"}, {"type": "unknown"}),
        ({"occurred_at": datetime(2999, 1, 1)}, {"occurred_at": "in_future"}),
        ({"follow_up_due": datetime(2026, 4, 1)}, {"follow_up_title": "required"}),
    ):
        with pytest.raises(ValidationFailed) as refused:
            desk.contacts.update(contact_id, corrected(desk, contact_id, note="geändert", **changes))
        assert refused.value.problems == problem
    assert desk.contacts.get(contact_id).note == "Wirkte müde"


def test_a_correction_cannot_move_the_contact_to_another_client(desk):
    client_id = add_client(desk, first_name="Jens")
    other_id = add_client(desk, first_name="Kalle")
    contact_id = record(desk, client_id)
    with pytest.raises(ValidationFailed) as refused:
        desk.contacts.update(contact_id, corrected(desk, contact_id, client_id=other_id))
    assert refused.value.problems == {"client_id": "cannot_change"}
    assert [entry.id for entry in desk.contacts.timeline(client_id)] == [contact_id]
    assert desk.contacts.timeline(other_id) == []


def test_a_correction_without_a_time_keeps_the_saved_time(desk):
    client_id = add_client(desk, first_name="Jens")
    contact_id = record(desk, client_id)
    desk.contacts.update(contact_id, corrected(desk, contact_id, occurred_at=None, note="ergänzt"))
    assert desk.contacts.get(contact_id).occurred_at == MARCH_VISIT


def test_a_follow_up_given_with_a_correction_becomes_a_new_task(desk):
    client_id = add_client(desk, first_name="Jens")
    contact_id = record(desk, client_id)
    desk.contacts.update(contact_id, corrected(desk, contact_id, follow_up_title="Ausweis beantragen"))
    assert [task.title for task in desk.tasks.for_client(client_id)] == ["Ausweis beantragen"]
    protocol = desk.documents.counselling_protocol(contact_id, "de")
    assert [task.text for task in protocol.follow_up_tasks] == ["Ausweis beantragen"]


# --- who may change a contact -----------------------------------------------------------------
def test_a_colleague_holding_the_client_may_correct_a_contact_and_its_author_stays(desk):
    colleague_id = add_worker(desk, "Dora Kollegin")
    client_id = add_client(desk, first_name="Jens")
    with desk.session() as session:
        contact = Contact(client_id=client_id, worker_id=colleague_id, occurred_at=MARCH_VISIT, note="Doras Notiz")
        session.add(contact)
        session.flush()
        contact_id = contact.id
    desk.contacts.update(contact_id, corrected(desk, contact_id, note="Doras Notiz, korrigiert"))
    [entry] = desk.contacts.timeline(client_id)
    assert (entry.note, entry.worker_name) == ("Doras Notiz, korrigiert", "Dora Kollegin")
    # The protocol names who had the contact, not who prints or corrected it.
    assert desk.documents.counselling_protocol(contact_id, "de").worker == "Dora Kollegin"
    desk.contacts.delete(contact_id)
    assert desk.contacts.timeline(client_id) == []


def test_contacts_of_an_erased_client_can_be_neither_changed_nor_restored(desk):
    client_id = add_client(desk, first_name="Jens")
    contact_id = record(desk, client_id)
    ErasureService(desk).erase_client(client_id)
    for action in (lambda: desk.contacts.get(contact_id),
                   lambda: desk.contacts.update(contact_id, ContactDraft(client_id=client_id)),
                   lambda: desk.contacts.delete(contact_id),
                   lambda: desk.contacts.restore(contact_id)):
        with pytest.raises(NotFound):
            action()
    with desk.session() as session:
        assert session.get(Contact, contact_id).deleted


def test_an_unknown_contact_is_not_found(desk):
    for action in (lambda: desk.contacts.get("no-such-contact"),
                   lambda: desk.contacts.update("no-such-contact", ContactDraft(client_id="x")),
                   lambda: desk.contacts.delete("no-such-contact"),
                   lambda: desk.contacts.restore("no-such-contact")):
        with pytest.raises(NotFound):
            action()


# --- delete and restore ---------------------------------------------------------------------
def test_a_deleted_contact_leaves_every_reader_and_a_restored_one_comes_back(desk):
    client_id = add_client(desk, first_name="Jens")
    kept_id = record(desk, client_id, occurred_at=datetime(2026, 3, 2, 10, 0), duration_minutes=20, type="phone",
                     note="Anruf")
    deleted_id = record(desk, client_id, occurred_at=datetime(2026, 3, 20, 10, 0), duration_minutes=40,
                        note="Hafenkran gesehen")
    other_client = add_client(desk, first_name="Kalle")
    other_id = record(desk, other_client, occurred_at=datetime(2026, 3, 5, 10, 0), duration_minutes=15)
    desk.contacts.delete(other_id)  # the only contact of its client: the client no longer counts as seen
    full = march_report(desk)
    assert (sorted(by_type(full)), full.clients_seen) == ([("phone", 1, 20), ("street", 1, 40)], 1)

    desk.contacts.delete(deleted_id)

    assert [entry.id for entry in desk.contacts.timeline(client_id)] == [kept_id]
    with pytest.raises(NotFound):
        desk.contacts.get(deleted_id)
    with pytest.raises(NotFound):
        desk.documents.counselling_protocol(deleted_id, "de")
    report = march_report(desk)
    assert by_type(report) == [("phone", 1, 20)]
    assert [(period.contacts, period.minutes) for period in report.breakdown] == [(1, 20)]
    assert report.clients_seen == 1
    [summary] = desk.clients.list(ClientFilter(text="Jens"))
    assert summary.last_contact_at == datetime(2026, 3, 2, 10, 0)  # what Today and the overdue rule read
    assert desk.clients.list(ClientFilter(text="Hafenkran")) == []  # the note left the search index
    with desk.session() as session:
        assert session.get(Contact, deleted_id).deleted  # a tombstone, not a DELETE

    desk.contacts.restore(deleted_id)

    assert [entry.id for entry in desk.contacts.timeline(client_id)] == [deleted_id, kept_id]
    assert desk.documents.counselling_protocol(deleted_id, "de").notes == "Hafenkran gesehen"
    assert march_report(desk) == full
    assert desk.clients.list(ClientFilter(text="Jens"))[0].last_contact_at == datetime(2026, 3, 20, 10, 0)
    assert [summary.id for summary in desk.clients.list(ClientFilter(text="Hafenkran"))] == [client_id]


def test_delete_and_restore_are_tracked_for_the_sync_and_repeat_harmlessly(desk):
    client_id = add_client(desk, first_name="Jens")
    contact_id = record(desk, client_id)
    push_done(desk)
    desk.contacts.delete(contact_id)
    desk.contacts.delete(contact_id)
    assert pending_fields(desk, contact_id) == ["deleted"]
    push_done(desk)
    desk.contacts.restore(contact_id)
    desk.contacts.restore(contact_id)
    assert pending_fields(desk, contact_id) == ["deleted"]
    assert [entry.id for entry in desk.contacts.timeline(client_id)] == [contact_id]


def test_deleting_a_contact_keeps_its_follow_up_task(desk):
    client_id = add_client(desk, first_name="Jens")
    contact_id = desk.contacts.record(ContactDraft(client_id=client_id, follow_up_title="Arzttermin"))
    desk.contacts.delete(contact_id)
    # The task is the worker's own to-do; it stays until ticked off (or deleted) in the tasks list.
    with desk.session() as session:
        [task] = session.scalars(select(Task).where(Task.source_contact_id == contact_id)).all()
        assert not task.deleted


def test_a_deleted_contact_cannot_be_corrected_until_restored(desk):
    client_id = add_client(desk, first_name="Jens")
    contact_id = record(desk, client_id)
    draft = desk.contacts.get(contact_id)
    desk.contacts.delete(contact_id)
    draft.note = "zu spät"
    with pytest.raises(NotFound):
        desk.contacts.update(contact_id, draft)
    desk.contacts.restore(contact_id)
    desk.contacts.update(contact_id, draft)
    assert desk.contacts.get(contact_id).note == "zu spät"


def test_an_archived_clients_contact_may_still_be_corrected(desk):
    client_id = desk.clients.create(ClientDraft(first_name="Jens"))
    contact_id = record(desk, client_id)
    desk.clients.archive(client_id)
    desk.contacts.update(contact_id, corrected(desk, contact_id, note="nachgetragen"))
    assert desk.contacts.get(contact_id).note == "nachgetragen"
