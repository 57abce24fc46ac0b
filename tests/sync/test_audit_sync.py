"""The access log travels: a laptop's entries (offline views included) reach the central store,
a team lead's laptop receives the team's, a caseworker's nobody else's; on PostgreSQL the
database itself keeps a worker to inserting their own entries and away from reading others'."""

import psycopg
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from casedesk.models import AccessKind, AuditEntry, new_id
from casedesk.services.dto import ClientDraft
from casedesk.sync import central
from casedesk.sync.audit import CURSOR_KEY
from casedesk.sync.central.audit import SYNC_AUDIT
from casedesk.sync.errors import DeviceRevoked


def _connect_as(url: str, credentials: central.WorkerCredentials) -> psycopg.Connection:
    parsed = make_url(url)
    return psycopg.connect(host=parsed.host, port=parsed.port, dbname=parsed.database,
                           user=credentials.login, password=credentials.token, autocommit=True)


def _central_entries(url: str) -> list[tuple[str, str, str]]:
    engine = central.connect(url)
    try:
        with engine.connect() as connection:
            return [(row.worker_id, row.client_id, row.kind) for row in connection.execute(
                select(SYNC_AUDIT).order_by(SYNC_AUDIT.c.seq))]
    finally:
        engine.dispose()


def _local(desk) -> list[tuple[str, str, str, bool]]:
    with desk.session() as session:
        return [(e.worker_id, e.client_id, e.kind, e.sent) for e in session.scalars(select(AuditEntry))]


def test_entries_reach_the_central_store_once_and_a_team_lead_but_no_colleague(central_url, make_device):
    anna = make_device(central_url, "Anna", team="Nord")
    ben = make_device(central_url, "Ben", team="Nord")
    lea = make_device(central_url, "Lea", role="team_lead", team="Nord")
    other_lead = make_device(central_url, "Sven", role="team_lead", team="Süd")
    client_id = anna.desk.clients.create(ClientDraft(first_name="Karl", last_name="Meier"))
    # Offline: the view waits on the laptop.
    anna.desk.clients.open(client_id)
    anna_id = anna.desk.identity.worker_id
    assert (anna_id, client_id, AccessKind.VIEW.value, False) in _local(anna.desk)

    report = anna.sync.run()
    assert report.audit_sent == len(_local(anna.desk)) > 1
    assert all(sent for *_, sent in _local(anna.desk))
    assert (anna_id, client_id, AccessKind.VIEW.value) in _central_entries(central_url)
    sent = len(_central_entries(central_url))
    assert anna.sync.run().audit_sent == 0
    assert len(_central_entries(central_url)) == sent

    assert lea.sync.run().audit_received == sent
    assert {(w, c, k) for w, c, k, _ in _local(lea.desk)} >= {(anna_id, client_id, AccessKind.VIEW.value)}
    assert lea.sync.run().audit_received == 0
    line = next(line for line in lea.desk.audit.lines(client_id) if line.kind == AccessKind.VIEW.value)
    assert (line.worker_name, line.client_name) == ("Anna", "Karl Meier")
    assert ben.sync.run().audit_received == 0
    assert not [entry for entry in _local(ben.desk) if entry[0] == anna_id]
    assert other_lead.sync.run().audit_received == 0


def test_an_erased_clients_entries_stay_on_the_central_store_with_the_erasure(central_url, make_device):
    anna = make_device(central_url, "Anna", team="Nord")
    client_id = anna.desk.clients.create(ClientDraft(first_name="Karl", last_name="Meier"))
    anna.desk.clients.open(client_id)
    anna.sync.run()
    before = _central_entries(central_url)
    anna.desk.erasure.erase_client(client_id)
    anna.sync.run()
    after = _central_entries(central_url)
    assert after[:len(before)] == before
    assert after[len(before):] == [(anna.desk.identity.worker_id, client_id, AccessKind.ERASE.value)]


def _insert(connection: psycopg.Connection, worker_id: str, client_id: str | None = None) -> None:
    connection.execute(
        "INSERT INTO sync_audit (id, at, worker_id, device_id, client_id, table_name, record_id, kind, received_at)"
        " VALUES (%s, now(), %s, %s, %s, 'client', %s, 'view', now())",
        (new_id(), worker_id, new_id(), client_id, client_id or new_id()))


def test_on_postgres_a_worker_writes_their_own_entries_and_reads_no_one_elses(postgres_central_url, make_device):
    url = postgres_central_url
    anna = make_device(url, "Anna", team="Nord")
    ben = make_device(url, "Ben", team="Nord")
    lea = make_device(url, "Lea", role="team_lead", team="Nord")
    sven = make_device(url, "Sven", role="team_lead", team="Süd")
    admin = make_device(url, "Ada", role="admin", team="")
    client_id = anna.desk.clients.create(ClientDraft(first_name="Karl"))
    anna.desk.clients.open(client_id)
    anna.sync.run()
    ben.sync.run()
    anna_id, ben_id = anna.desk.identity.worker_id, ben.desk.identity.worker_id
    anna_entries = len([entry for entry in _central_entries(url) if entry[0] == anna_id])

    with _connect_as(url, ben.credentials) as connection:
        # Nobody else's entries, not even of a colleague in the team.
        assert connection.execute("SELECT count(*) FROM sync_audit WHERE worker_id <> %s",
                                  (ben_id,)).fetchone() == (0,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _insert(connection, anna_id, client_id)
        _insert(connection, ben_id)
        assert connection.execute("SELECT count(*) FROM sync_audit").fetchone() == (1,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE sync_audit SET kind = 'change'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("DELETE FROM sync_audit")
    with _connect_as(url, anna.credentials) as connection:
        assert connection.execute("SELECT count(*) FROM sync_audit").fetchone() == (anna_entries,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("TRUNCATE sync_audit")
    with _connect_as(url, lea.credentials) as connection:
        assert connection.execute("SELECT count(*) FROM sync_audit").fetchone() == (anna_entries + 1,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE sync_audit SET worker_id = casedesk_me()")
    with _connect_as(url, sven.credentials) as connection:
        assert connection.execute("SELECT count(*) FROM sync_audit").fetchone() == (0,)
    with _connect_as(url, admin.credentials) as connection:
        assert connection.execute("SELECT count(*) FROM sync_audit").fetchone() == (anna_entries + 1,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("DELETE FROM sync_audit")
    assert len(_central_entries(url)) == anna_entries + 1


def test_a_revoked_laptop_loses_its_access_log_with_the_rest(central_url, make_device):
    lea = make_device(central_url, "Lea", role="team_lead", team="Nord")
    anna = make_device(central_url, "Anna", team="Nord")
    anna.desk.clients.open(anna.desk.clients.create(ClientDraft(first_name="Karl")))
    anna.sync.run()
    assert lea.sync.run().audit_received
    lea.desk.clients.open(lea.desk.clients.create(ClientDraft(first_name="Jonas")))
    assert central.revoke_device(central_url, lea.desk.identity.device_id)
    with pytest.raises(DeviceRevoked):
        lea.sync.run()
    assert _local(lea.desk) == []
    assert lea.desk.setting(CURSOR_KEY) == ""
