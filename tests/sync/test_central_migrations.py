"""The central store's schema history: created and upgraded in place by Alembic on both backends,
no drift between migrations and metadata, an embedded store that is encrypted, a change log whose
numbers never restart and a pull that reads one consistent state."""

import os
import re
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from conftest import PASSPHRASE, encrypted_central_url
from sqlalchemy import func, select, text

from casedesk.cli import main
from casedesk.models import Base, Client, Contact, PhaseChange, new_id
from casedesk.services.dto import ClientDraft
from casedesk.services.statistics import CODE_PERSONS_INDEX, ITEMS_INDEX, STARTED_REFERRALS_INDEX
from casedesk.services.today_lines import DERIVED_TABLES
from casedesk.store.database import _engine
from casedesk.store.database import migrate as migrate_desk
from casedesk.sync import central
from casedesk.sync.central import migrate
from casedesk.sync.central.connection import writing
from casedesk.sync.central.schema import central_clock, hash_token
from casedesk.sync.errors import CentralUnreachable, ClientOutdated

WORKER_ID = "00000000-0000-4000-8000-00000000000a"
CLIENT_ID = "00000000-0000-4000-8000-00000000000b"
EPISODE_ID = "00000000-0000-4000-8000-00000000000c"
PHASE_CHANGE_ID = "00000000-0000-4000-8000-00000000000d"
CONTACT_ID = "00000000-0000-4000-8000-00000000000e"
LEGACY_LOG_FLOOR = 50


@pytest.fixture(params=["sqlite", "postgres"])
def empty_url(request, tmp_path: Path) -> str:
    """An address where no central store exists yet."""
    if request.param == "sqlite":
        return encrypted_central_url(tmp_path)
    cluster = request.getfixturevalue("postgres_cluster")
    return cluster.create_database(f"migrations_{os.getpid()}_{new_id()[:8]}")


def _sync_columns() -> dict:
    return {"hlc": central_clock().now(), "field_clocks": "{}", "origin_device": "old", "deleted": False}


def _insert(connection, table: str, values: dict) -> None:
    values = {**values, **_sync_columns()} if table not in ("sync_meta", "sync_account", "sync_change") else values
    columns = ", ".join(values)
    connection.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({', '.join(':' + c for c in values)})"),
                       values)


def write_store_at_0001(url: str, legacy: bool) -> None:
    """A central store as the first release left it, with a worker, a client, a phase change and a
    contact; ``legacy``: from before the central migrations (no ``alembic_version`` at all)."""
    engine = central.connect(url, create=True)
    with writing(engine).begin() as connection:
        migrate.upgrade(connection, "0001")
        for key, value in {"central_id": new_id(), "schema_version": "5", "protocol_version": "1",
                           "tombstone_horizon_days": "180", "log_floor": str(LEGACY_LOG_FLOOR),
                           "push_lock": ""}.items():
            _insert(connection, "sync_meta", {"key": key, "value": value})
        _insert(connection, "worker", {"id": WORKER_ID, "name": "Old Timer", "role": "caseworker", "team": "Nord",
                                       "caseload_limit": 8})
        _insert(connection, "sync_account", {"worker_id": WORKER_ID, "login": "cd_oldtimer",
                                             "token_hash": hash_token("old token")})
        _insert(connection, "client", {
            "id": CLIENT_ID, "first_name": "Quirin", "last_name": "Wendeborn", "alias": "", "birth_date": None,
            "birth_date_approximate": False, "gender": "", "languages": "de", "whereabouts": "Hauptbahnhof",
            "phone": "", "address": "", "no_fixed_abode": True, "emergency_notes": "",
            "consent_data_processing": True, "consent_date": None, "status": "active",
            "responsible_worker_id": WORKER_ID, "deputy_worker_id": None, "created_at": "2024-01-02 10:00:00",
            "archived_at": None})
        _insert(connection, "case_episode", {"id": EPISODE_ID, "client_id": CLIENT_ID, "phase": "monitoring",
                                             "opened_on": "2024-01-02", "closed_on": None, "closure_reason": ""})
        _insert(connection, "phase_change", {"id": PHASE_CHANGE_ID, "episode_id": EPISODE_ID, "phase": "monitoring",
                                             "changed_at": "2024-01-03 09:00:00", "worker_id": WORKER_ID})
        _insert(connection, "contact", {
            "id": CONTACT_ID, "client_id": CLIENT_ID, "worker_id": WORKER_ID, "occurred_at": "2024-01-03 11:00:00",
            "duration_minutes": 15, "type": "street", "place": "", "participants": "", "topics": "",
            "client_state": "", "motivational_stage": "", "note": "Erstkontakt"})
        if legacy:
            connection.execute(text("DROP TABLE alembic_version"))
    engine.dispose()


@pytest.mark.parametrize("legacy", [False, True], ids=["at_0001", "before_migrations"])
def test_an_old_central_store_is_upgraded_in_place_and_a_new_laptop_gets_everything(empty_url, legacy,
                                                                                    make_device):
    write_store_at_0001(empty_url, legacy)
    central_id = central.init_central(empty_url)
    assert central.init_central(empty_url) == central_id

    engine = central.connect(empty_url)
    with engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
        meta = dict(connection.execute(select(central.SYNC_META.c.key, central.SYNC_META.c.value)).all())
        assert (meta["schema_version"], meta["log_floor"]) == (str(central.SCHEMA_VERSION), str(LEGACY_LOG_FLOOR))
        assert connection.execute(text("SELECT client_id FROM phase_change")).scalar_one() == CLIENT_ID
        assert connection.execute(text("SELECT disabled FROM sync_account")).scalar_one() in (False, 0)
    engine.dispose()

    office = make_device(empty_url, "Office", role="admin")
    office.sync.run()
    with office.desk.session() as session:
        client = session.get(Client, CLIENT_ID)
        assert (client.first_name, client.last_name) == ("Quirin", "Wendeborn")
        assert session.scalars(select(Contact.note)).all() == ["Erstkontakt"]
        assert session.scalars(select(PhaseChange.client_id)).all() == [CLIENT_ID]
    # Numbers a compaction forgot before the upgrade are not handed out again.
    engine = central.connect(empty_url)
    with engine.connect() as connection:
        assert connection.execute(select(func.min(central.SYNC_CHANGE.c.seq))).scalar_one() > LEGACY_LOG_FLOOR
    engine.dispose()


def test_a_laptop_older_than_the_central_store_is_told_to_update_and_registers_nothing(central_url, make_device):
    anna = make_device(central_url, "Anna")
    anna.desk.clients.create(ClientDraft(first_name="Jens"))
    engine = central.connect(central_url)
    with engine.begin() as connection:
        devices = connection.execute(text("SELECT count(*) FROM sync_device")).scalar_one()
        changes = connection.execute(text("SELECT count(*) FROM sync_change")).scalar_one()
        connection.execute(text("UPDATE sync_meta SET value = :v WHERE key = 'schema_version'"),
                           {"v": str(central.SCHEMA_VERSION + 1)})
    with pytest.raises(ClientOutdated):
        make_device(central_url, "Ben")
    with pytest.raises(ClientOutdated):
        anna.sync.run()
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM sync_device")).scalar_one() == devices
        # Only Ben's worker row, which the office wrote.
        assert connection.execute(text("SELECT count(*) FROM sync_change")).scalar_one() == changes + 1
        assert connection.execute(text("SELECT count(*) FROM client")).scalar_one() == 0
    engine.dispose()


def test_central_migrations_match_the_metadata(central_url):
    engine = central.connect(central_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": migrate.include_object})
        differences = compare_metadata(context, list(migrate.TARGET_METADATA))
    engine.dispose()
    assert differences == []


def test_desk_migrations_match_the_metadata(tmp_path):
    central_only = set(central.bookkeeping.tables)
    engine = _engine(tmp_path / "desk.casedesk", PASSPHRASE)
    migrate_desk(engine)

    def include_object(obj, name, type_, reflected, compare_to) -> bool:
        # The full-text index (FTS5 virtual tables and their shadow tables), Today's derived
        # tables and the statistics' partial indexes are raw SQL.
        table_name = name if type_ == "table" else obj.table.name
        return ("_fts" not in table_name and table_name not in central_only and table_name not in DERIVED_TABLES
                and name not in (ITEMS_INDEX, CODE_PERSONS_INDEX, STARTED_REFERRALS_INDEX))

    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": include_object})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_compaction_that_empties_the_log_never_restarts_its_numbers(central_url):
    for name in ("Anna", "Ben"):
        central.add_worker(central_url, name, "caseworker", "Nord")
    engine = central.connect(central_url)
    with engine.connect() as connection:
        highest = connection.execute(select(func.max(central.SYNC_CHANGE.c.seq))).scalar_one()
    floor = central.compact(central_url, now=central.utc_now().replace(year=central.utc_now().year + 2))
    assert floor == highest
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(central.SYNC_CHANGE)).scalar_one() == 0
    central.add_worker(central_url, "Cem", "caseworker", "Nord")
    with engine.connect() as connection:
        assert connection.execute(select(func.min(central.SYNC_CHANGE.c.seq))).scalar_one() > highest
    engine.dispose()


def test_a_pull_reads_one_state_while_pushes_commit(sqlite_central_url, make_device):
    anna = make_device(sqlite_central_url, "Anna", role="admin")
    ben = make_device(sqlite_central_url, "Ben")
    engine = central.connect(sqlite_central_url, anna.credentials.login, anna.credentials.token)
    session = central.CentralSession(engine, anna.desk.identity.device_id, anna.credentials.login,
                                     anna.credentials.token)
    session.handshake(central.SCHEMA_VERSION, central.PROTOCOL_VERSION, central.utc_now())
    with session.snapshot() as reader:
        high_water = reader.high_water()
        workers = len(reader.shared_rows()["worker"])
        # Meanwhile a colleague's push and an office write (a worker and its log entry) commit.
        ben.desk.clients.create(ClientDraft(first_name="Jens"))
        ben.sync.run()
        central.add_worker(sqlite_central_url, "Cem", "caseworker", "Nord")
        assert reader.high_water() == high_water
        assert reader.visible_client_ids() == set()
        assert len(reader.shared_rows()["worker"]) == workers
    with session.snapshot() as reader:
        assert reader.high_water() > high_water
        assert len(reader.visible_client_ids()) == 1
        assert len(reader.shared_rows()["worker"]) == workers + 1
    session.close()


def test_the_embedded_store_is_encrypted_and_for_the_office_account_only(tmp_path, make_device):
    url = encrypted_central_url(tmp_path)
    central.init_central(url)
    anna = make_device(url, "Anna")
    anna.desk.clients.create(ClientDraft(first_name="Quirin", last_name="Wendeborn"))
    anna.sync.run()
    files = [tmp_path / name for name in ("central.db", "central.db-wal", "central.db-shm", "central.key")]
    engine = central.connect(url)
    # While a connection is open (the last one to close folds the WAL back and removes it).
    with engine.connect() as connection:
        assert connection.execute(text("SELECT last_name FROM client")).scalar_one() == "Wendeborn"
        for path in files:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        for path in files[:2]:
            content = path.read_bytes()
            assert not content.startswith(b"SQLite format 3") and b"Wendeborn" not in content, path
    engine.dispose()

    (tmp_path / "central.key").chmod(0o640)
    with pytest.raises(CentralUnreachable, match="owner only"):
        central.connect(url)
    (tmp_path / "central.key").chmod(0o600)
    wrong_key = tmp_path / "other.key"
    wrong_key.write_text("ab" * 32)
    wrong_key.chmod(0o600)
    with pytest.raises(CentralUnreachable):
        central.list_devices(url.replace("central.key", "other.key"))


def test_a_plain_sqlite_store_needs_an_explicit_flag(tmp_path):
    url = f"sqlite:///{tmp_path / 'plain.db'}"
    with pytest.raises(CentralUnreachable, match="not encrypted"):
        central.init_central(url)
    assert not (tmp_path / "plain.db").exists()
    central.init_central(url, allow_unencrypted=True)
    with pytest.raises(CentralUnreachable, match="not encrypted"):
        central.connect(url, "cd_x", "token")
    assert central.list_devices(url, allow_unencrypted=True) == []


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    return err


def test_central_commands_encrypt_by_default_and_fail_in_one_line(tmp_path, capsys):
    plain = f"sqlite:///{tmp_path / 'plain.db'}"
    assert main(["central", "init", "--url", plain]) == 2
    assert "not encrypted" in _one_line_error(capsys)
    assert main(["central", "init", "--url", plain, "--unencrypted"]) == 0
    url = encrypted_central_url(tmp_path)
    assert main(["central", "init", "--url", url]) == 0
    assert main(["central", "add-worker", "--url", url, "--name", "Anna"]) == 0
    login = re.search(r"login:\s+(\S+)", capsys.readouterr().out).group(1)
    assert main(["central", "disable-worker", "--url", url, login]) == 0
    assert f"worker {login} disabled" in capsys.readouterr().out
    assert main(["central", "enable-worker", "--url", url, login]) == 0
    assert main(["central", "disable-worker", "--url", url, "cd_nobody"]) == 2
    assert "no worker cd_nobody" in _one_line_error(capsys)
    (tmp_path / "central.key").chmod(0o644)
    assert main(["central", "devices", "--url", url]) == 2
    assert "owner only" in _one_line_error(capsys)
