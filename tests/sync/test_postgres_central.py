"""Guarantees that PostgreSQL itself must give: row-level security and a cursor that skips nothing."""

import random
import threading
import time

import psycopg
import pytest
from sqlalchemy import JSON
from sqlalchemy.engine import make_url

from casedesk.models import Contact, new_id
from casedesk.services.dto import ClientDraft, ContactDraft
from casedesk.services.erasure import ErasureService
from casedesk.sync import central
from casedesk.sync.central import push as push_module
from casedesk.sync.errors import CentralRefused


def _connect_as(url: str, credentials: central.WorkerCredentials) -> psycopg.Connection:
    parsed = make_url(url)
    return psycopg.connect(host=parsed.host, port=parsed.port, dbname=parsed.database,
                           user=credentials.login, password=credentials.token, autocommit=True)


def test_a_worker_role_cannot_read_or_change_another_workers_clients(postgres_central_url, make_device):
    url = postgres_central_url
    anna = make_device(url, "Anna", team="Nord")
    ben = make_device(url, "Ben", team="Süd")
    anna_client = anna.desk.clients.create(ClientDraft(first_name="Anna's client"))
    anna.desk.contacts.record(ContactDraft(client_id=anna_client, note="vertraulich"))
    anna.sync.run()
    ben_client = ben.desk.clients.create(ClientDraft(first_name="Ben's client"))
    ben.sync.run()

    with _connect_as(url, ben.credentials) as connection:
        assert connection.execute("SELECT id FROM client").fetchall() == [(ben_client,)]
        assert connection.execute("SELECT count(*) FROM contact").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM case_episode WHERE client_id = %s",
                                  (anna_client,)).fetchone() == (0,)
        updated = connection.execute("UPDATE client SET first_name = 'x' WHERE id = %s", (anna_client,))
        assert updated.rowcount == 0
        # Taking a client over by making oneself responsible is refused by WITH CHECK semantics:
        # the row is not even visible to update.
        assert connection.execute("UPDATE client SET responsible_worker_id = %s WHERE id = %s",
                                  (ben.credentials.worker_id, anna_client)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(
                "INSERT INTO contact (id, client_id, occurred_at, duration_minutes, type, place, participants,"
                " topics, client_state, motivational_stage, note, hlc, field_clocks, origin_device, deleted)"
                " VALUES (%s, %s, now(), 0, 'street', '', '', '', '', '', 'injected', '', '{}', '', false)",
                (new_id(), anna_client))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            # Creating a client in someone else's name fails WITH CHECK.
            connection.execute(
                "INSERT INTO client (id, first_name, last_name, alias, birth_date_approximate, gender, languages,"
                " whereabouts, phone, address, no_fixed_abode, emergency_notes, consent_data_processing, status,"
                " responsible_worker_id, created_at, hlc, field_clocks, origin_device, deleted) VALUES"
                " (%s, 'x', '', '', false, '', '', '', '', '', false, '', false, 'active', %s, now(), '', '{}', '',"
                " false)", (new_id(), anna.credentials.worker_id))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("DELETE FROM client WHERE id = %s", (ben_client,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("SELECT casedesk_set_custody(%s, %s, NULL)", (anna_client, ben.credentials.worker_id))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE sync_device SET revoked = false")
        assert connection.execute("SELECT count(*) FROM sync_account").fetchone() == (1,)


def test_a_team_lead_sees_the_team_but_not_other_teams(postgres_central_url, make_device):
    url = postgres_central_url
    anna = make_device(url, "Anna", team="Nord")
    ben = make_device(url, "Ben", team="Süd")
    lead = make_device(url, "Lea", role="team_lead", team="Nord")
    north = anna.desk.clients.create(ClientDraft(first_name="Nord"))
    ben.desk.clients.create(ClientDraft(first_name="Süd"))
    anna.sync.run(), ben.sync.run(), lead.sync.run()
    assert [c.id for c in lead.desk.clients.list()] == [north]
    with _connect_as(url, lead.credentials) as connection:
        assert connection.execute("SELECT id FROM client").fetchall() == [(north,)]


def test_concurrent_pushers_with_delayed_commits_never_make_a_puller_skip_a_row(postgres_central_url, monkeypatch):
    url = postgres_central_url
    pushers = 4
    rows_per_pusher = 6
    workers = [central.add_worker(url, f"Admin {n}", "admin", "") for n in range(pushers + 1)]
    from casedesk.sync.central import push as push_module

    original_log = push_module.log_changes

    def slow_log(connection, entries):
        original_log(connection, entries)
        # Hold the transaction open after taking sequence numbers, as a slow network would.
        time.sleep(random.uniform(0.0, 0.15))

    monkeypatch.setattr(push_module, "log_changes", slow_log)

    def session_for(credentials: central.WorkerCredentials) -> central.CentralSession:
        session = central.CentralSession(central.connect(url, credentials.login, credentials.token), new_id(),
                                         credentials.login, credentials.token)
        session.handshake(central.SCHEMA_VERSION, central.PROTOCOL_VERSION, central.utc_now())
        return session

    pushed: set[str] = set()
    errors: list[BaseException] = []

    def push(credentials: central.WorkerCredentials) -> None:
        try:
            session = session_for(credentials)
            for _ in range(rows_per_pusher):
                row_id = new_id()
                stamp = f"{int(time.time() * 1000):013d}-00000-{session._device}"
                row = {"id": row_id, "country": "DE", "label": "Krisendienst", "number": "0800 111 0 111",
                       "hlc": stamp, "field_clocks": {"label": stamp}, "origin_device": session.device_id,
                       "deleted": False}
                session.push([central.OutgoingChange(new_id(), "crisis_line", row, ["label"], {})])
                pushed.add(row_id)
            session.close()
        except BaseException as error:  # noqa: BLE001 - reported by the main thread
            errors.append(error)

    threads = [threading.Thread(target=push, args=(worker,)) for worker in workers[:pushers]]
    for thread in threads:
        thread.start()
    puller = session_for(workers[-1])
    cursor, seen = 0, set()

    def poll() -> None:
        nonlocal cursor
        with puller.snapshot() as reader:
            for seq, table_name, row_id in reader.log_entries(cursor, reader.high_water(), 1000):
                assert seq > cursor
                cursor = seq
                if table_name == "crisis_line":
                    seen.add(row_id)

    started = time.monotonic()
    while any(thread.is_alive() for thread in threads):
        poll()
        assert time.monotonic() - started < 60
    for thread in threads:
        thread.join()
    # A row that committed behind the cursor would never show up, however often we poll now.
    poll()
    puller.close()
    assert not errors
    assert len(pushed) == pushers * rows_per_pusher
    assert seen == pushed


def _session_for(url: str, credentials: central.WorkerCredentials) -> central.CentralSession:
    session = central.CentralSession(central.connect(url, credentials.login, credentials.token), new_id(),
                                     credentials.login, credentials.token)
    session.handshake(central.SCHEMA_VERSION, central.PROTOCOL_VERSION, central.utc_now())
    return session


def _new_contact(session: central.CentralSession, client_id: str) -> central.OutgoingChange:
    stamp = f"{int(time.time() * 1000):013d}-00000-{session._device}"
    table = Contact.__table__
    row = {column.name: column.default.arg if column.default is not None and not callable(column.default.arg)
           else {} if isinstance(column.type, JSON) else None for column in table.columns}
    row.update(id=new_id(), client_id=client_id, worker_id=None, occurred_at=central.utc_now(), note="injected",
               hlc=stamp, field_clocks={"note": stamp}, origin_device=session.device_id)
    return central.OutgoingChange(new_id(), "contact", row, ["note"], {})


def _written(url: str, op_id: str, row_id: str) -> tuple[int, int, int]:
    parsed = make_url(url)
    with psycopg.connect(host=parsed.host, port=parsed.port, dbname=parsed.database, user=parsed.username,
                         autocommit=True) as connection:
        return tuple(connection.execute(
            "SELECT (SELECT count(*) FROM contact WHERE id = %(row)s), (SELECT count(*) FROM sync_receipt"
            " WHERE op_id = %(op)s), (SELECT count(*) FROM sync_change WHERE row_id = %(row)s)",
            {"row": row_id, "op": op_id}).fetchone())


def test_new_rows_staged_by_a_push_still_meet_row_level_security(postgres_central_url, make_device, monkeypatch):
    """A push COPYs its new rows into a temporary table and inserts them from there as the worker:
    with the laptop's own judgement out of the way (a tampered laptop), the database still refuses
    a contact for a colleague's client and one for an erased client, and writes nothing of them."""
    url = postgres_central_url
    anna = make_device(url, "Anna", team="Nord")
    ben = make_device(url, "Ben", team="Süd")
    kept = anna.desk.clients.create(ClientDraft(first_name="Jens"))
    erased = anna.desk.clients.create(ClientDraft(first_name="Ole"))
    anna.sync.run()
    ErasureService(anna.desk).erase_client(erased)
    anna.sync.run()
    monkeypatch.setattr(push_module.Push, "_judge", lambda self, *args: push_module._OWN)
    for credentials, client_id in ((ben.credentials, kept), (anna.credentials, erased)):
        session = _session_for(url, credentials)
        change = _new_contact(session, client_id)
        with pytest.raises(CentralRefused):
            session.push([change])
        session.close()
        assert _written(url, change.op_id, change.row["id"]) == (0, 0, 0)
    # The same path writes the row, its receipt and its log entry for the client's own worker.
    session = _session_for(url, anna.credentials)
    change = _new_contact(session, kept)
    assert session.push([change]).applied == [change.op_id]
    session.close()
    assert _written(url, change.op_id, change.row["id"]) == (1, 1, 1)


def test_workers_push_new_rows_when_the_office_revoked_temporary_tables_from_everyone(postgres_central_url,
                                                                                      make_device):
    url = postgres_central_url
    parsed = make_url(url)
    with psycopg.connect(host=parsed.host, port=parsed.port, dbname="postgres", user=parsed.username,
                         autocommit=True) as connection:
        connection.execute(f'REVOKE TEMPORARY ON DATABASE "{parsed.database}" FROM PUBLIC')
    central.init_central(url)
    anna = make_device(url, "Anna")
    client_id = anna.desk.clients.create(ClientDraft(first_name="Jens"))
    anna.desk.contacts.record(ContactDraft(client_id=client_id, note="Erstkontakt"))
    assert anna.sync.run().pushed >= 2
    lead = make_device(url, "Lea", role="team_lead")
    lead.sync.run()
    assert [entry.note for entry in lead.desk.contacts.timeline(client_id)] == ["Erstkontakt"]
