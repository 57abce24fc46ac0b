"""The sync protocol end to end on both central backends (SQLite file and real PostgreSQL)."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select, text

from casedesk.models import Client, Contact, PendingChange
from casedesk.services.dto import ClientDraft, ContactDraft
from casedesk.services.erasure import ErasureService
from casedesk.services.handover import HandoverService
from casedesk.services.sync_service import (
    ClientOutdated,
    ClockAhead,
    CredentialsRejected,
    DeviceRevoked,
    SyncService,
)
from casedesk.sync import central


def _client(device, **fields) -> str:
    return device.desk.clients.create(ClientDraft(**{"first_name": "Jens", "alias": "Kralle", **fields}))


def _pending(desk) -> int:
    with desk.session() as session:
        return session.scalar(select(func.count()).select_from(PendingChange))


def test_two_workers_edit_different_fields_and_both_edits_survive(central_url, make_device):
    lead = make_device(central_url, "Lea", role="team_lead")
    anna = make_device(central_url, "Anna")
    client_id = anna.desk.clients.create(ClientDraft(first_name="Jens"))
    anna.sync.run()
    lead.sync.run()
    anna.desk.clients.update(client_id, ClientDraft(first_name="Jens", phone="0171 123"))
    lead.desk.clients.update(client_id, ClientDraft(first_name="Jens", whereabouts="Hauptbahnhof"))
    anna.sync.run()
    lead.sync.run()
    anna.sync.run()
    for device in (anna, lead):
        draft = device.desk.clients.get(client_id).draft
        assert (draft.phone, draft.whereabouts) == ("0171 123", "Hauptbahnhof")
        assert device.sync.conflicts() == []
    assert _pending(anna.desk) == _pending(lead.desk) == 0


def test_same_field_changed_on_both_sides_keeps_the_loser_as_a_conflict(central_url, make_device):
    lead = make_device(central_url, "Lea", role="team_lead")
    anna = make_device(central_url, "Anna")
    client_id = anna.desk.clients.create(ClientDraft(first_name="Jens", whereabouts="Park"))
    anna.sync.run()
    lead.sync.run()
    anna.desk.clients.update(client_id, ClientDraft(first_name="Jens", whereabouts="Unter der Brücke"))
    lead.desk.clients.update(client_id, ClientDraft(first_name="Jens", whereabouts="Notunterkunft Ost"))
    anna.sync.run()
    report = lead.sync.run()
    anna.sync.run()
    assert report.conflicts == 1
    [conflict] = lead.sync.conflicts()
    assert {conflict.mine, conflict.theirs} == {"Unter der Brücke", "Notunterkunft Ost"}
    assert conflict.field == "whereabouts" and conflict.client_name == "Jens"
    # The later edit (the lead's) wins; the worker keeps the other one instead.
    lead.sync.resolve(conflict.id, "theirs")
    lead.sync.run()
    anna.sync.run()
    for device in (anna, lead):
        assert device.desk.clients.get(client_id).draft.whereabouts == "Unter der Brücke"
    assert lead.sync.conflicts() == []


def test_contacts_of_two_workers_never_conflict(central_url, make_device):
    anna = make_device(central_url, "Anna")
    client_id = _client(anna)
    deputy = make_device(central_url, "Dora")
    anna.sync.run()
    HandoverService(anna.desk).set_deputy(client_id, deputy.credentials.worker_id)
    anna.sync.run()
    deputy.sync.run()
    anna.desk.contacts.record(ContactDraft(client_id=client_id, note="Streetwork, wirkte müde"))
    deputy.desk.contacts.record(ContactDraft(client_id=client_id, note="Telefonat wegen Termin"))
    anna.sync.run(), deputy.sync.run(), anna.sync.run()
    for device in (anna, deputy):
        notes = sorted(entry.note for entry in device.desk.contacts.timeline(client_id))
        assert notes == ["Streetwork, wirkte müde", "Telefonat wegen Termin"]
        assert device.sync.conflicts() == []


def test_handover_purges_the_client_from_the_old_laptop(central_url, make_device):
    anna = make_device(central_url, "Anna")
    ben = make_device(central_url, "Ben")
    client_id = _client(anna)
    anna.desk.contacts.record(ContactDraft(client_id=client_id, note="Erstkontakt"))
    anna.sync.run()
    HandoverService(anna.desk).handover_client(client_id, ben.credentials.worker_id)
    report = anna.sync.run()
    assert report.purged_clients == 1
    with anna.desk.session() as session:
        assert session.get(Client, client_id) is None
        assert session.scalar(select(func.count()).select_from(Contact)) == 0
    ben.sync.run()
    assert [entry.note for entry in ben.desk.contacts.timeline(client_id)] == ["Erstkontakt"]


def test_erasure_reaches_every_copy_and_an_offline_push_cannot_resurrect_it(central_url, make_device):
    anna = make_device(central_url, "Anna")
    lead = make_device(central_url, "Lea", role="team_lead")
    client_id = _client(anna, last_name="Sørensen")
    anna.desk.contacts.record(ContactDraft(client_id=client_id, note="Rückfall besprochen"))
    anna.sync.run()
    lead.sync.run()
    # The lead edits offline while Anna erases the client.
    lead.desk.clients.update(client_id, ClientDraft(first_name="Jens", last_name="Sørensen", phone="0170 999"))
    lead.desk.contacts.record(ContactDraft(client_id=client_id, note="Neue Notiz offline"))
    ErasureService(anna.desk).erase_client(client_id)
    anna.sync.run()
    lead.sync.run()
    anna.sync.run()
    for device in (anna, lead):
        with device.desk.session() as session:
            client = session.get(Client, client_id)
            assert (client.status, client.first_name, client.last_name, client.phone) == ("erased", "", "", "")
            notes = session.scalars(select(Contact.note).where(Contact.client_id == client_id)).all()
            assert all(note == "" for note in notes)
            assert session.execute(text("SELECT count(*) FROM client_fts WHERE client_fts MATCH 'Sorensen'")).scalar() == 0
        assert _pending(device.desk) == 0
    engine = central.connect(central_url)
    with engine.connect() as connection:
        notes = connection.execute(text("SELECT note FROM contact")).scalars().all()
    engine.dispose()
    assert notes and all(note == "" for note in notes)


def test_a_revoked_laptop_gets_no_data_and_is_wiped(central_url, make_device):
    anna = make_device(central_url, "Anna")
    _client(anna)
    anna.sync.run()
    assert central.revoke_device(central_url, anna.desk.identity.device_id)
    with pytest.raises(DeviceRevoked):
        anna.sync.run()
    with anna.desk.session() as session:
        assert session.scalar(select(func.count()).select_from(Client)) == 0
    assert not anna.sync.is_configured()


def test_a_laptop_clock_far_ahead_is_refused_before_anything_is_written(central_url, make_device):
    anna = make_device(central_url, "Anna")
    _client(anna)
    with pytest.raises(ClockAhead):
        anna.sync.run(wall_clock=lambda: central.utc_now() + timedelta(minutes=10))
    assert _pending(anna.desk) > 0
    anna.sync.run(wall_clock=lambda: central.utc_now() + timedelta(minutes=2))
    assert _pending(anna.desk) == 0


def test_an_older_app_is_told_to_update_and_writes_nothing(central_url, make_device, monkeypatch):
    anna = make_device(central_url, "Anna")
    _client(anna)
    engine = central.connect(central_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE sync_meta SET value = :v WHERE key = 'schema_version'"),
                           {"v": str(central.SCHEMA_VERSION + 1)})
    with pytest.raises(ClientOutdated):
        anna.sync.run()
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM client")).scalar() == 0
        assert connection.execute(text("SELECT count(*) FROM sync_change")).scalar() == 1  # the worker row
    engine.dispose()


def test_wrong_token_is_refused(central_url, make_device, tmp_path):
    anna = make_device(central_url, "Anna")
    with pytest.raises(CredentialsRejected):
        SyncService(anna.desk).configure(central_url, anna.credentials.login, "not-the-token")


@pytest.mark.parametrize("step", ["handshake", "push_committed", "push_acknowledged", "pull_batch", "before_check"])
def test_a_sync_killed_at_any_step_is_finished_by_the_next(central_url, make_device, step):
    anna = make_device(central_url, "Anna")
    lead = make_device(central_url, "Lea", role="team_lead")
    ids = [_client(anna, first_name=f"Client {n}") for n in range(3)]
    anna.desk.contacts.record(ContactDraft(client_id=ids[0], note="vor dem Abbruch"))

    def kill(at: str) -> None:
        if at == step:
            raise RuntimeError("killed")

    # Anna's own pull skips what she just pushed, so a pull batch is killed on the reader's side.
    killed = lead if step == "pull_batch" else anna
    if killed is lead:
        anna.sync.run()
    with pytest.raises(RuntimeError):
        killed.sync.run(fault=kill)
    anna.sync.run()
    lead.sync.run()
    assert _pending(anna.desk) == 0
    assert sorted(c.id for c in lead.desk.clients.list()) == sorted(ids)
    assert [e.note for e in lead.desk.contacts.timeline(ids[0])] == ["vor dem Abbruch"]
    engine = central.connect(central_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM client")).scalar() == 3
    engine.dispose()


def test_the_newer_edit_wins_even_when_it_reaches_the_central_store_first(central_url, make_device):
    lead = make_device(central_url, "Lea", role="team_lead")
    anna = make_device(central_url, "Anna")
    client_id = anna.desk.clients.create(ClientDraft(first_name="Jens"))
    anna.sync.run()
    lead.sync.run()
    anna.desk.clients.update(client_id, ClientDraft(first_name="Jens", phone="0171 111"))
    lead.desk.clients.update(client_id, ClientDraft(first_name="Jens", phone="0171 222"))
    lead.sync.run()
    report = anna.sync.run()
    lead.sync.run()
    assert report.conflicts == 1
    [conflict] = anna.sync.conflicts()
    assert (conflict.mine, conflict.theirs, conflict.winner) == ("0171 111", "0171 222", "theirs")
    for device in (anna, lead):
        assert device.desk.clients.get(client_id).draft.phone == "0171 222"
    anna.sync.resolve(conflict.id, "merged", "0171 333")
    anna.sync.run()
    lead.sync.run()
    assert lead.desk.clients.get(client_id).draft.phone == "0171 333"
