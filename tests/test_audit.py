"""The access log: viewing and changing a client's file leave entries (ids only), an erasure keeps
them and adds its own, a caseworker reads their own and a team lead everyone's."""

from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import select, text

from casedesk.domain import ContactType, Role
from casedesk.models import AccessKind, AuditEntry, Contact, Worker, new_id
from casedesk.services.dto import ClientDraft, ContactDraft
from casedesk.services.rights import RightsService


def _entries(desk, client_id=None):
    with desk.session() as session:
        query = select(AuditEntry).order_by(AuditEntry.at)
        if client_id:
            query = query.where(AuditEntry.client_id == client_id)
        return [(e.table_name, e.record_id, e.kind) for e in session.scalars(query)]


def _contact(desk, client_id: str) -> str:
    return desk.contacts.record(ContactDraft(client_id=client_id, type=ContactType.STREET.value,
                                             occurred_at=datetime(2026, 3, 2, 10, 0), duration_minutes=15,
                                             note="Schlafplatz am Hafen"))


def test_opening_a_client_file_is_logged_and_reading_it_for_other_purposes_is_not(desk):
    client_id = desk.clients.create(ClientDraft(first_name="Karl", last_name="Meier"))
    before = _entries(desk, client_id)
    desk.clients.get(client_id)
    assert _entries(desk, client_id) == before
    details = desk.clients.open(client_id)
    assert details.draft.first_name == "Karl"
    # Its commit did not wait for the disk; every other one still does.
    with desk.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    assert _entries(desk, client_id)[len(before):] == [("client", client_id, AccessKind.VIEW.value)]
    [line] = [line for line in desk.audit.lines(client_id) if line.kind == AccessKind.VIEW.value]
    assert (line.worker_id, line.worker_name, line.client_name) == (desk.identity.worker_id, desk.identity.name,
                                                                    "Karl Meier")
    with desk.session() as session:
        device = session.scalars(select(AuditEntry.device_id)).first()
    assert device == desk.identity.device_id


def test_every_change_of_a_clients_row_is_logged_with_its_kind(desk):
    client_id = desk.clients.create(ClientDraft(first_name="Karl", last_name="Meier"))
    created = _entries(desk, client_id)
    assert ("client", client_id, AccessKind.CREATE.value) in created
    desk.clients.update(client_id, ClientDraft(first_name="Karl", last_name="Maier"))
    contact_id = _contact(desk, client_id)
    desk.contacts.delete(contact_id)
    after = _entries(desk, client_id)[len(created):]
    assert after == [("client", client_id, AccessKind.CHANGE.value), ("contact", contact_id, AccessKind.CREATE.value),
                     ("contact", contact_id, AccessKind.DELETE.value)]
    # A personal task (no client) and a remote row the sync applies are in no client's file.
    before = len(_entries(desk))
    desk.tasks.create(None, "Dienstplan", None)
    with desk._sessions(info={"applying_remote": True}) as session, session.begin():
        session.add(Contact(id=new_id(), client_id=client_id, worker_id=desk.identity.worker_id,
                            type=ContactType.PHONE.value, occurred_at=datetime(2026, 3, 3), note=""))
    assert len(_entries(desk)) == before


def test_an_erasure_keeps_the_log_without_content_and_adds_its_own_entry(desk):
    client_id = desk.clients.create(ClientDraft(first_name="Karl", last_name="Meier", alias="Kalle"))
    desk.clients.open(client_id)
    contact_id = _contact(desk, client_id)
    before = _entries(desk, client_id)
    desk.erasure.erase_client(client_id)
    after = _entries(desk, client_id)
    assert after[:len(before)] == before
    assert after[len(before):] == [("client", client_id, AccessKind.ERASE.value)]
    assert ("contact", contact_id, AccessKind.CREATE.value) in after
    lines = desk.audit.lines(client_id)
    assert lines[0].kind == AccessKind.ERASE.value and lines[0].client_erased and lines[0].client_name == ""
    with desk.session() as session:
        stored = " ".join(str(value) for row in session.execute(text("SELECT * FROM audit_entry")) for value in row)
    for word in ("Karl", "Meier", "Kalle", "Hafen"):
        assert word not in stored


def test_exports_and_printed_documents_are_logged(desk):
    client_id = desk.clients.create(ClientDraft(first_name="Karl", last_name="Meier"))
    contact_id = _contact(desk, client_id)
    desk.export.client_json(client_id)
    desk.printing.to_bytes(desk.printing.protocol_pdf, contact_id, "de")
    RightsService(desk).access_copy_bytes(client_id, "de")
    kinds = [(table, record, kind) for table, record, kind in _entries(desk, client_id)
             if kind in (AccessKind.EXPORT.value, AccessKind.PRINT.value)]
    assert kinds == [("client", client_id, AccessKind.EXPORT.value), ("contact", contact_id, AccessKind.PRINT.value),
                     ("client", client_id, AccessKind.EXPORT.value)]


def test_a_caseworker_reads_their_own_entries_a_team_lead_everyones_newest_first(desk):
    client_id = desk.clients.create(ClientDraft(first_name="Karl", last_name="Meier"))
    colleague = new_id()
    with desk.session() as session:
        session.add(Worker(id=colleague, name="Ben Kollege", team="Streetwork Nord"))
        session.add(AuditEntry(id=new_id(), at=datetime.now() + timedelta(minutes=1), worker_id=colleague,
                               device_id=new_id(), client_id=client_id, table_name="client", record_id=client_id,
                               kind=AccessKind.VIEW.value, sent=True))
    mine = desk.audit.lines(client_id)
    assert mine and {line.worker_id for line in mine} == {desk.identity.worker_id}
    desk.identity = replace(desk.identity, role=Role.TEAM_LEAD.value)
    everyone = desk.audit.lines(client_id)
    assert everyone[0].worker_name == "Ben Kollege"
    assert len(everyone) == len(mine) + 1
    assert [line.at for line in everyone] == sorted((line.at for line in everyone), reverse=True)
    assert len(desk.audit.lines(limit=1)) == 1
