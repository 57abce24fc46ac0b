"""A pulled batch written in bulk leaves the desk exactly as row-by-row writes would: the Today
tables' insert triggers (which mark a new row's client) run once for the batch, then come back."""

from datetime import datetime

import pytest
from sqlalchemy import text

from casedesk.models import Client, Contact, new_id
from casedesk.services.desk import Desk
from casedesk.sync import engine as engine_module
from casedesk.sync.engine import SyncEngine, _deferred_client_marks, _set_based

PASSPHRASE = "correct horse battery staple"


def _row(table, **values) -> dict:
    """A whole row as a pull brings it: the given values, every other column at its default."""
    row = {column.name: column.default.arg if column.default is not None and not callable(column.default.arg)
           else None for column in table.columns}
    row.update(hlc="", field_clocks={}, origin_device="", **values)
    return row


def _pulled(clients: int) -> dict[str, list[dict]]:
    """Rows as a pull brings them: clients (of a colleague not on this desk) with two contacts each."""
    client_rows, contact_rows = [], []
    for n in range(clients):
        client_id = new_id()
        client_rows.append(_row(Client.__table__, id=client_id, first_name=f"Klient{n}", last_name="Muster",
                                created_at=datetime(2026, 1, 1)))
        contact_rows += [_row(Contact.__table__, id=new_id(), client_id=client_id,
                              occurred_at=datetime(2026, 1, 1 + m), note=f"Gespräch {n}") for m in range(2)]
    return {"client": client_rows, "contact": contact_rows}


def _state(desk: Desk) -> tuple:
    with desk.engine.connect() as connection:
        return (sorted(connection.exec_driver_sql("SELECT client_id FROM today_dirty").scalars()),
                connection.exec_driver_sql("SELECT count(*) FROM today_case").scalar_one(),
                connection.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                                           " ORDER BY name").all())


def _apply(desk: Desk, rows: dict[str, list[dict]]) -> None:
    engine = SyncEngine(desk._sessions, desk.clock, desk.identity.worker_id, None)
    with desk.session() as session:
        session.info["applying_remote"] = True
        engine._apply(session, rows)


def test_a_bulk_pull_marks_the_same_clients_for_today_as_row_by_row_writes(tmp_path, monkeypatch):
    bulk = Desk.create(tmp_path / "bulk.casedesk", PASSPHRASE, "Anna", "", "de")
    single = Desk.create(tmp_path / "single.casedesk", PASSPHRASE, "Anna", "", "de")
    try:
        before = _state(bulk)
        # Derived rows of a client already here, which the pull's new contact makes stale.
        first = _pulled(1)
        _apply(bulk, first)
        _apply(single, first)
        for desk in (bulk, single):
            with desk.session() as session:
                session.execute(text("DELETE FROM today_dirty"))
                session.execute(text(
                    "INSERT INTO today_case (worker_id, client_id, name, sort_name, whereabouts, phase, opened_on,"
                    " episode_id) VALUES ('w', :client, 'Klient0', 'klient0', '', 'planning', '2026-01-01', 'e')"),
                    {"client": first["client"][0]["id"]})
        rows = _pulled(engine_module.BULK_INDEX_ROWS)
        rows["contact"].append({**rows["contact"][0], "id": new_id(), "client_id": first["client"][0]["id"]})
        deferred = []
        monkeypatch.setattr(engine_module, "_set_based", lambda sql: deferred.append(sql) or _set_based(sql))
        _apply(bulk, rows)
        assert len(deferred) >= 2
        monkeypatch.setattr(engine_module, "BULK_INDEX_ROWS", 10**9)
        _apply(single, rows)
        assert _state(bulk) == _state(single)
        dirty, cases, triggers = _state(bulk)
        assert (len(dirty), cases) == (len(rows["client"]) + 1, 0)
        assert triggers == before[2]
    finally:
        bulk.close()
        single.close()


def test_a_failed_bulk_write_puts_the_client_mark_triggers_back(tmp_path):
    desk = Desk.create(tmp_path / "desk.casedesk", PASSPHRASE, "Anna", "", "de")
    try:
        before = _state(desk)
        with pytest.raises(RuntimeError), desk.session() as session:
            connection = session.connection()
            with _deferred_client_marks(connection, ["client", "contact"]):
                assert connection.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                                                  " AND name LIKE 'today_%_insert'").scalar_one() == 6
                raise RuntimeError("killed mid-write")
        assert _state(desk) == before
    finally:
        desk.close()


def test_only_triggers_that_just_mark_a_client_are_deferred():
    marks = ("CREATE TRIGGER today_contact_insert AFTER INSERT ON contact BEGIN\n"
             "    DELETE FROM today_case WHERE client_id = new.client_id;\n"
             "    INSERT OR IGNORE INTO today_dirty (client_id) VALUES (new.client_id);\nEND")
    assert _set_based(marks) == [
        "DELETE FROM today_case WHERE client_id IN (SELECT client_id FROM contact WHERE rowid > ?)",
        "INSERT OR IGNORE INTO today_dirty (client_id) SELECT DISTINCT client_id FROM contact WHERE rowid > ?"]
    # A condition, another statement, an index row: row by row as before.
    assert _set_based(marks.replace("AFTER INSERT ON contact", "AFTER INSERT ON contact WHEN new.deleted")) is None
    assert _set_based(marks.replace("END", "    UPDATE client SET phone = '' WHERE id = new.client_id;\nEND")) is None
    assert _set_based("CREATE TRIGGER contact_fts_insert AFTER INSERT ON contact WHEN NOT new.deleted BEGIN"
                      " INSERT INTO contact_fts(rowid, client_id, body) VALUES (new.rowid, new.client_id, new.note);"
                      " END") is None
