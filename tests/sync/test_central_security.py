"""What the central store's database itself enforces: worker roles, registry-generated row-level
security that fails closed, private erasure lists and personal tasks, disabled accounts."""

import psycopg
import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from casedesk.models import new_id
from casedesk.services.dto import ClientDraft
from casedesk.sync import central
from casedesk.sync.central.schema import log_changes
from casedesk.sync.errors import DeviceRevoked, WorkerDisabled
from casedesk.sync.scope import SYNCED_TABLES

_SYNC_COLUMNS = "hlc, field_clocks, origin_device, deleted"
_SYNC_VALUES = "'', '{}', '', false"


def _connect_as(url: str, credentials: central.WorkerCredentials) -> psycopg.Connection:
    parsed = make_url(url)
    return psycopg.connect(host=parsed.host, port=parsed.port, dbname=parsed.database,
                           user=credentials.login, password=credentials.token, autocommit=True)


def _owner(url: str) -> psycopg.Connection:
    parsed = make_url(url)
    return psycopg.connect(host=parsed.host, port=parsed.port, dbname=parsed.database, user=parsed.username,
                           autocommit=True)


def _insert_crisis_line(connection: psycopg.Connection, number: str) -> str:
    line_id = new_id()
    connection.execute(f"INSERT INTO crisis_line (id, country, label, number, {_SYNC_COLUMNS})"
                       f" VALUES (%s, 'DE', 'Krisendienst', %s, {_SYNC_VALUES})", (line_id, number))
    return line_id


def test_a_caseworker_cannot_promote_themselves_nor_write_crisis_lines(postgres_central_url, make_device):
    url = postgres_central_url
    anna = make_device(url, "Anna", team="Nord")
    ben = make_device(url, "Ben", team="Süd")
    lead = make_device(url, "Lea", role="team_lead", team="Nord")
    ben.desk.clients.create(ClientDraft(first_name="Ben's client"))
    ben.sync.run()

    with _connect_as(url, lead.credentials) as connection:
        line_id = _insert_crisis_line(connection, "0800 111 0 111")
    with _connect_as(url, anna.credentials) as connection:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE worker SET role = 'admin' WHERE id = casedesk_me()")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(f"INSERT INTO worker (id, name, role, team, caseload_limit, {_SYNC_COLUMNS})"
                               f" VALUES (%s, 'Mallory', 'admin', 'Nord', 8, {_SYNC_VALUES})", (new_id(),))
        assert connection.execute("SELECT count(*) FROM client").fetchone() == (0,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _insert_crisis_line(connection, "0900 666")
        assert connection.execute("UPDATE crisis_line SET number = '0900 666' WHERE id = %s",
                                  (line_id,)).rowcount == 0
        assert connection.execute("SELECT number FROM crisis_line").fetchall() == [("0800 111 0 111",)]
    with _connect_as(url, lead.credentials) as connection:
        assert connection.execute("UPDATE crisis_line SET number = '0800 111 0 222' WHERE id = %s",
                                  (line_id,)).rowcount == 1


def test_every_table_has_row_level_security_forced_and_a_policy(postgres_central_url):
    with _owner(postgres_central_url) as connection:
        tables = connection.execute(
            "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,"
            " (SELECT count(*) FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname)"
            " FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')").fetchall()
        worker_policies = {name for (name,) in connection.execute(
            "SELECT DISTINCT tablename FROM pg_policies WHERE 'casedesk_worker' = ANY (roles)")}
    names = {name for name, *_ in tables}
    assert {table.name for table in SYNCED_TABLES} | set(central.bookkeeping.tables) | {"alembic_version"} <= names
    assert [row for row in tables if not (row[1] and row[2] and row[3] >= 1)] == []
    assert {table.name for table in SYNCED_TABLES} <= worker_policies
    assert "alembic_version" not in worker_policies


def test_a_table_nobody_wrote_policies_for_stays_closed_to_workers(postgres_central_url, make_device):
    url = postgres_central_url
    anna = make_device(url, "Anna")
    with _owner(url) as connection:
        connection.execute("CREATE TABLE scratch (id text PRIMARY KEY)")
        connection.execute("INSERT INTO scratch VALUES ('secret')")
    central.init_central(url)
    with _owner(url) as connection:
        connection.execute("GRANT SELECT ON scratch TO casedesk_worker")
    with _connect_as(url, anna.credentials) as connection:
        assert connection.execute("SELECT count(*) FROM scratch").fetchone() == (0,)


def test_erasures_and_personal_tasks_are_listed_to_their_own_workers_only(postgres_central_url, make_device):
    url = postgres_central_url
    anna = make_device(url, "Anna", team="Nord")
    ben = make_device(url, "Ben", team="Süd")
    client_id = anna.desk.clients.create(ClientDraft(first_name="Jens"))
    anna.sync.run()
    task_id = new_id()
    engine = central.connect(url)
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO sync_erasure (client_id, worker_id, erased_at)"
                                " VALUES (:c, :w, now())"), {"c": client_id, "w": anna.credentials.worker_id})
        connection.execute(text(f"INSERT INTO task (id, title, assignee_worker_id, {_SYNC_COLUMNS})"
                                f" VALUES (:id, 'Arzttermin für mich', :w, {_SYNC_VALUES})"),
                           {"id": task_id, "w": anna.credentials.worker_id})
        # As a push logs a personal row: its owner is the entry's optional fourth element.
        log_changes(connection, [("task", task_id, None, anna.credentials.worker_id)])
    engine.dispose()

    with _connect_as(url, ben.credentials) as connection:
        assert connection.execute("SELECT count(*) FROM sync_erasure").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM task").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM sync_change WHERE row_id = %s", (task_id,)).fetchone() == (0,)
        assert connection.execute("UPDATE task SET title = 'x' WHERE id = %s", (task_id,)).rowcount == 0
    with _connect_as(url, anna.credentials) as connection:
        assert connection.execute("SELECT client_id FROM sync_erasure").fetchall() == [(client_id,)]
        assert connection.execute("SELECT title FROM task").fetchall() == [("Arzttermin für mich",)]
        assert connection.execute("SELECT count(*) FROM sync_change WHERE row_id = %s", (task_id,)).fetchone() == (1,)


def test_a_disabled_worker_gets_nothing_on_any_device_until_enabled(central_url, make_device):
    anna = make_device(central_url, "Anna")
    anna.desk.clients.create(ClientDraft(first_name="Jens"))
    anna.sync.run()
    assert central.set_worker_disabled(central_url, anna.credentials.login, True) == anna.credentials.login

    with pytest.raises(WorkerDisabled):
        anna.sync.run()
    engine = central.connect(central_url)
    with engine.connect() as connection:
        devices_before = connection.execute(text("SELECT count(*) FROM sync_device")).scalar_one()
    # A new desk with the same login and token: refused at set-up, no device registered, no data.
    with pytest.raises(WorkerDisabled):
        make_device(central_url, "Anna", credentials=anna.credentials)
    session = central.CentralSession(central.connect(central_url, anna.credentials.login, anna.credentials.token),
                                     new_id(), anna.credentials.login, anna.credentials.token)
    with pytest.raises(WorkerDisabled):
        session.handshake(central.SCHEMA_VERSION, central.PROTOCOL_VERSION, central.utc_now())
    session.close()
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM sync_device")).scalar_one() == devices_before
    engine.dispose()

    assert central.set_worker_disabled(central_url, anna.credentials.worker_id, False) == anna.credentials.login
    anna.sync.run()
    assert central.set_worker_disabled(central_url, "nobody", True) is None


def test_revoking_one_device_leaves_the_workers_other_devices_working(central_url, make_device):
    first = make_device(central_url, "Anna")
    second = make_device(central_url, "Anna", credentials=first.credentials)
    client_id = first.desk.clients.create(ClientDraft(first_name="Jens"))
    first.sync.run()
    second.sync.run()
    assert central.revoke_device(central_url, first.desk.identity.device_id)
    with pytest.raises(DeviceRevoked):
        first.sync.run()
    second.desk.clients.update(client_id, ClientDraft(first_name="Jens", phone="0170 1"))
    second.sync.run()
    engine = central.connect(central_url)
    with engine.connect() as connection:
        assert connection.execute(select(text("phone")).select_from(text("client"))).scalar_one() == "0170 1"
    engine.dispose()


def test_init_replaces_every_policy_an_older_release_left(postgres_central_url, make_device):
    url = postgres_central_url
    anna = make_device(url, "Anna", team="Nord")
    ben = make_device(url, "Ben", team="Süd")
    anna.desk.clients.create(ClientDraft(first_name="Jens"))
    anna.sync.run()
    with _owner(url) as connection:
        connection.execute("CREATE FUNCTION casedesk_is_admin() RETURNS boolean LANGUAGE sql AS $$ SELECT true $$")
        connection.execute("CREATE POLICY casedesk_9 ON client FOR SELECT USING (casedesk_is_admin())")
        connection.execute("GRANT UPDATE ON worker TO casedesk_worker")
    central.init_central(url)
    with _connect_as(url, ben.credentials) as connection:
        assert connection.execute("SELECT count(*) FROM client").fetchone() == (0,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE worker SET role = 'admin' WHERE id = casedesk_me()")


def test_the_admin_commands_work_for_an_owner_that_is_no_superuser(postgres_cluster, make_device):
    """Row-level security is forced on the owner too; the owner's policy lets the admin path through."""
    name = f"owned_{new_id()[:8]}"
    with psycopg.connect(host="127.0.0.1", port=postgres_cluster.port, user="postgres", dbname="postgres",
                         autocommit=True) as connection:
        if connection.execute("SELECT 1 FROM pg_roles WHERE rolname = 'office'").fetchone() is None:
            connection.execute("CREATE ROLE office LOGIN CREATEROLE NOSUPERUSER NOBYPASSRLS PASSWORD 'office pw'")
        connection.execute(f'CREATE DATABASE "{name}" OWNER office')
    url = f"postgresql://office:office%20pw@127.0.0.1:{postgres_cluster.port}/{name}"
    central.init_central(url)
    anna = make_device(url, "Anna")
    anna.desk.clients.create(ClientDraft(first_name="Jens"))
    anna.sync.run()
    assert [device["name"] for device in central.list_devices(url)] == ["Anna"]
    assert central.set_worker_disabled(url, anna.credentials.login, True) == anna.credentials.login
    central.compact(url)
    central.init_central(url)
    engine = central.connect(url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT first_name FROM client")).scalars().all() == ["Jens"]
    engine.dispose()
