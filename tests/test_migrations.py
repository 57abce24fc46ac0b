"""Schema migrations: an older desk is migrated on open, a newer one is refused untouched."""

# Fixtures are imported from service_fixtures by name, so their parameters "redefine" them.
# ruff: noqa: F811

import hashlib
import os
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from service_fixtures import PASSPHRASE, casedesk_home, desk_path  # noqa: F401
from sqlalchemy import Engine, text

from casedesk.services.desk import Desk
from casedesk.services.dto import ClientFilter
from casedesk.services.errors import DeskTooNew
from casedesk.store.database import (
    APPLICATION_ID,
    DESK_SCHEMA_HEAD,
    _engine,
    alembic_config,
    current_revision,
    head_revision,
    migrate,
)

WORKER_ID = "00000000-0000-4000-8000-000000000001"
DEVICE_ID = "00000000-0000-4000-8000-000000000002"
CLIENT_ID = "00000000-0000-4000-8000-000000000003"
CONTACT_ID = "00000000-0000-4000-8000-000000000004"
EPISODE_ID = "00000000-0000-4000-8000-000000000005"
SYNC_DEFAULTS = {"hlc": "", "field_clocks": "{}", "origin_device": DEVICE_ID, "deleted": 0}


def insert(connection, table: str, values: dict) -> None:
    values = {**values, **SYNC_DEFAULTS}
    columns = ", ".join(values)
    placeholders = ", ".join(f":{name}" for name in values)
    connection.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"), values)


def write_desk_at_revision_0001(path: Path) -> None:
    """A desk as the first release wrote it, with one client and one contact already in it."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    engine = _engine(path, PASSPHRASE)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.exec_driver_sql("PRAGMA journal_mode = WAL")
    migrate(engine, "0001")
    with engine.begin() as connection:
        for key, value in {"worker_id": WORKER_ID, "device_id": DEVICE_ID, "worker_name": "Old Timer"}.items():
            connection.execute(text("INSERT INTO desk_setting (key, value) VALUES (:k, :v)"), {"k": key, "v": value})
        insert(connection, "worker", {"id": WORKER_ID, "name": "Old Timer", "role": "caseworker", "team": "",
                                      "caseload_limit": 8})
        insert(connection, "client", {
            "id": CLIENT_ID, "first_name": "Quirin", "last_name": "Wendeborn", "alias": "Leuchtturm",
            "birth_date": None, "birth_date_approximate": 0, "gender": "", "languages": "de",
            "whereabouts": "Hauptbahnhof", "phone": "", "address": "", "no_fixed_abode": 1,
            "emergency_notes": "", "consent_data_processing": 1, "consent_date": "2024-01-02",
            "status": "active", "responsible_worker_id": WORKER_ID, "deputy_worker_id": None,
            "created_at": "2024-01-02 10:00:00.000000", "archived_at": None,
        })
        insert(connection, "case_episode", {"id": EPISODE_ID, "client_id": CLIENT_ID, "phase": "monitoring",
                                            "opened_on": "2024-01-02", "closed_on": None, "closure_reason": ""})
        insert(connection, "contact", {
            "id": CONTACT_ID, "client_id": CLIENT_ID, "worker_id": WORKER_ID,
            "occurred_at": "2024-01-03 11:00:00.000000", "duration_minutes": 15, "type": "street", "place": "",
            "participants": "", "topics": "", "client_state": "", "motivational_stage": "",
            "note": "Sprach über den Hafenkran und die Schuldnerberatung.",
        })
    assert current_revision(engine) == "0001"
    engine.dispose()


def test_an_old_desk_is_migrated_on_open_and_its_data_becomes_searchable(desk_path: Path) -> None:
    write_desk_at_revision_0001(desk_path)

    desk = Desk.open(desk_path, PASSPHRASE)
    try:
        assert current_revision(desk.engine) == head_revision()
        assert desk.identity.worker_id == WORKER_ID
        by_name = desk.clients.list(ClientFilter(text="Wendeb"))
        by_alias = desk.clients.list(ClientFilter(text="leucht"))
        by_note = desk.clients.list(ClientFilter(text="Hafenkran"))
        assert [c.id for c in by_name] == [CLIENT_ID]
        assert [c.id for c in by_alias] == [CLIENT_ID]
        assert [c.id for c in by_note] == [CLIENT_ID]
        assert by_name[0].phase == "monitoring"
        assert [entry.id for entry in desk.contacts.timeline(CLIENT_ID)] == [CONTACT_ID]
    finally:
        desk.close()


def test_a_desk_from_a_newer_casedesk_is_refused_and_left_untouched(desk_path: Path) -> None:
    Desk.create(desk_path, PASSPHRASE, worker_name="Anna Test", team="", language="de").close()
    engine = _engine(desk_path, PASSPHRASE)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    engine.dispose()
    before = hashlib.sha256(desk_path.read_bytes()).hexdigest()

    with pytest.raises(DeskTooNew) as refused:
        Desk.open(desk_path, PASSPHRASE)

    assert refused.value.revision == "9999_from_the_future"
    assert hashlib.sha256(desk_path.read_bytes()).hexdigest() == before


def test_the_head_the_desk_opens_without_alembic_is_the_scripts_head() -> None:
    assert DESK_SCHEMA_HEAD == head_revision()


def _release_triggers(engine) -> set[str]:
    with engine.connect() as connection:
        return set(connection.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'confidentiality_release'")).scalars())


def downgraded(desk_path: Path, revision: str) -> Engine:
    """An engine on the desk after its schema went back to ``revision``."""
    engine = _engine(desk_path, PASSPHRASE)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    return engine


def test_0014_gives_releases_a_scope_keeps_todays_triggers_and_goes_back(desk_path: Path) -> None:
    write_desk_at_revision_0001(desk_path)
    engine = _engine(desk_path, PASSPHRASE)
    migrate(engine, "0013")
    triggers = _release_triggers(engine)
    with engine.begin() as connection:
        insert(connection, "confidentiality_release", {"id": "rel-old", "client_id": CLIENT_ID, "helper": "Dr. Weber",
                                                       "granted_on": "2024-01-02", "expires_on": "2024-12-31"})
    migrate(engine, "0014")
    assert current_revision(engine) == "0014"
    assert triggers and _release_triggers(engine) == triggers
    with engine.connect() as connection:
        row = connection.execute(text("SELECT helper, domains, information, provider_id, worker_id"
                                      " FROM confidentiality_release")).one()
        assert tuple(row) == ("Dr. Weber", "[]", "[]", None, None)
        assert connection.execute(text("SELECT count(*) FROM data_consent")).scalar() == 0
    engine.dispose()

    desk = Desk.open(desk_path, PASSPHRASE)
    try:
        [release] = desk.consents.releases(CLIENT_ID)
        assert release.helper == "Dr. Weber" and release.scope.empty
        # The first release's yes/no shows as one consent of unknown form.
        [consent] = desk.consents.consents(CLIENT_ID)
        assert (consent.id, consent.form, str(consent.given_on)) == ("legacy", "", "2024-01-02")
    finally:
        desk.close()

    engine = downgraded(desk_path, "0013")
    assert _release_triggers(engine) == triggers
    with engine.connect() as connection:
        assert connection.execute(text("SELECT helper FROM confidentiality_release")).scalar() == "Dr. Weber"
        tables = set(connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars())
        assert not tables & {"data_consent", "disclosure", "team_setting"}
    engine.dispose()


def test_0022_computes_todays_rows_again_so_a_try_to_reach_no_longer_stops_the_45_days(desk_path: Path) -> None:
    write_desk_at_revision_0001(desk_path)
    engine = _engine(desk_path, PASSPHRASE)
    migrate(engine, "0021")
    with engine.begin() as connection:
        # Tried to reach after the street contact of 2024-01-03, the client in monitoring.
        insert(connection, "contact", {
            "id": "tried-0022", "client_id": CLIENT_ID, "worker_id": WORKER_ID,
            "occurred_at": "2024-02-28 10:00:00.000000", "duration_minutes": 0, "type": "attempt", "place": "",
            "participants": "", "topics": "", "client_state": "", "motivational_stage": "", "note": "",
        })
        # Today's rows as 0021 computed them (the attempt as the latest contact), nothing dirty.
        connection.execute(text(
            "INSERT INTO today_case (worker_id, client_id, name, sort_name, whereabouts, phase, opened_on,"
            " last_contact_at, missed_contact_id, episode_id) VALUES (:w, :c, 'Quirin Wendeborn',"
            " 'quirin wendeborn', '', 'monitoring', '2024-01-02', '2024-02-28 10:00:00.000000', NULL, :e)"),
            {"w": WORKER_ID, "c": CLIENT_ID, "e": EPISODE_ID})
        connection.execute(text("DELETE FROM today_dirty"))
    migrate(engine, "0022")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT client_id FROM today_dirty")).scalars().all() == [CLIENT_ID]
    engine.dispose()

    desk = Desk.open(desk_path, PASSPHRASE)
    try:
        [entry] = desk.today.overview(now=datetime(2024, 3, 1, 12, 0)).entries
        # 45 days after the street contact: the try counts for the weekly rule only.
        assert (entry.rule, entry.due_at, entry.days_without_contact) == (
            "contact_gap", datetime(2024, 2, 17, 11, 0), 58)
    finally:
        desk.close()

    engine = downgraded(desk_path, "0021")
    with engine.connect() as connection:
        columns = {row[1] for row in connection.execute(text("PRAGMA table_info(today_case)"))}
        assert "last_met_at" not in columns and "last_contact_at" in columns
        assert connection.execute(text("SELECT count(*) FROM today_dirty")).scalar() == 1
    engine.dispose()
