"""Bulk writes index their rows once at the end, exactly as the per-row triggers would have."""

from datetime import datetime

import pytest
from sqlalchemy import insert

from casedesk.models import Client, Contact, new_id
from casedesk.services.desk import Desk
from casedesk.store.search_index import backfill_statement, deferred_search_index


def _rows(count: int) -> tuple[list[dict], list[dict]]:
    clients, contacts = [], []
    for n in range(count):
        client_id = new_id()
        clients.append({"id": client_id, "first_name": f"Søren{n}", "last_name": "Straße", "alias": "Kaptajn",
                        "whereabouts": "Mændenes Hjem", "phone": "0171", "hlc": "", "field_clocks": {},
                        "origin_device": "", "deleted": n % 5 == 0})
        contacts.append({"id": new_id(), "client_id": client_id, "occurred_at": datetime(2026, 1, 1),
                         "place": "Bahnhof", "note": f"Gespräch über Wohnung {n}", "topics": "housing",
                         "hlc": "", "field_clocks": {}, "origin_device": "", "deleted": n % 7 == 0})
    return clients, contacts


def _index_contents(desk: Desk) -> list[list[tuple]]:
    with desk.engine.connect() as connection:
        return [connection.exec_driver_sql(f"SELECT rowid, client_id, body FROM {name} ORDER BY rowid").all()
                for name in ("client_fts", "contact_fts")]


def _triggers(desk: Desk) -> list[tuple]:
    with desk.engine.connect() as connection:
        return connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all()


def _write(desk: Desk, clients: list[dict], contacts: list[dict], deferred: bool) -> None:
    with desk.session() as session:
        session.info["applying_remote"] = True
        connection = session.connection()
        if deferred:
            with deferred_search_index(connection):
                connection.execute(insert(Client.__table__), clients)
                connection.execute(insert(Contact.__table__), contacts)
        else:
            connection.execute(insert(Client.__table__), clients)
            connection.execute(insert(Contact.__table__), contacts)


def test_deferred_index_equals_the_triggers_index(tmp_path) -> None:
    clients, contacts = _rows(60)
    one = Desk.create(tmp_path / "one.casedesk", "passphrase one", "Anna", "", "de")
    two = Desk.create(tmp_path / "two.casedesk", "passphrase two", "Anna", "", "de")
    try:
        triggers = _triggers(two)
        _write(one, clients[:10], contacts[:10], deferred=False)
        _write(two, clients[:10], contacts[:10], deferred=False)
        _write(one, clients[10:], contacts[10:], deferred=False)
        _write(two, clients[10:], contacts[10:], deferred=True)
        assert _index_contents(two) == _index_contents(one)
        assert _triggers(two) == triggers
        with two.engine.connect() as connection:
            # Folded names are indexed, deleted rows are not.
            assert connection.exec_driver_sql(
                "SELECT count(*) FROM client_fts WHERE client_fts MATCH 'Soren1*'").scalar_one() == 11 - 2  # 1, 10–19; 10 and 15 deleted
    finally:
        one.close()
        two.close()


def test_a_failed_bulk_write_puts_the_triggers_back(tmp_path) -> None:
    desk = Desk.create(tmp_path / "desk.casedesk", "passphrase one", "Anna", "", "de")
    try:
        triggers = _triggers(desk)
        clients, _ = _rows(3)
        with pytest.raises(RuntimeError), desk.session() as session:
            connection = session.connection()
            with deferred_search_index(connection):
                connection.execute(insert(Client.__table__), clients)
                raise RuntimeError("killed mid-write")
        assert _triggers(desk) == triggers
        assert _index_contents(desk) == [[], []]
    finally:
        desk.close()


def test_only_our_own_trigger_shape_is_accepted() -> None:
    with pytest.raises(ValueError):
        backfill_statement("CREATE TRIGGER t AFTER DELETE ON client BEGIN SELECT 1; END")
