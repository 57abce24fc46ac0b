"""Sync trust: nothing is answered "applied" unless it was, refusals are kept and judged afresh,
erasure leaves no value behind, stamps and values are checked, compacted rows stay deleted."""

import json
import time
from datetime import timedelta

import psycopg
import pytest
from sqlalchemy import func, inspect, select, text
from sqlalchemy.engine import make_url

from casedesk.domain import NoticeKind, RefusalReason
from casedesk.models import Client, Contact, CrisisLine, PendingChange, SyncConflict, SyncNotice, Task
from casedesk.services.dto import ClientDraft, ContactDraft
from casedesk.services.erasure import ErasureService
from casedesk.services.handover import HandoverService
from casedesk.store.hlc import Stamp
from casedesk.sync import central


def _client(device, **fields) -> str:
    return device.desk.clients.create(ClientDraft(**{"first_name": "Jens", "alias": "Kralle", **fields}))


def _pending(desk) -> list[PendingChange]:
    with desk.session() as session:
        rows = session.scalars(select(PendingChange).order_by(PendingChange.seq)).all()
        session.expunge_all()
        return list(rows)


def _central_rows(url: str, table: str, where: str = "", **params) -> list[dict]:
    engine = central.connect(url)
    try:
        with engine.connect() as connection:
            query = f"SELECT * FROM {table}" + (f" WHERE {where}" if where else "")
            return [dict(row._mapping) for row in connection.execute(text(query), params)]
    finally:
        engine.dispose()


def _notes(url: str, client_id: str) -> list[str]:
    return sorted(row["note"] for row in _central_rows(url, "contact", "client_id = :c", c=client_id))


def _notices(desk) -> list[SyncNotice]:
    with desk.session() as session:
        rows = session.scalars(select(SyncNotice)).all()
        session.expunge_all()
        return list(rows)


def _team(url, make_device):
    anna = make_device(url, "Anna")
    ben = make_device(url, "Ben")
    lead = make_device(url, "Lea", role="team_lead")
    return anna, ben, lead


# --- 2: offline work and handovers -------------------------------------------------------------
def test_edits_made_before_a_handover_arrive_and_the_new_worker_is_told(central_url, make_device):
    anna, ben, lead = _team(central_url, make_device)
    client_id = _client(anna)
    anna.sync.run()
    lead.sync.run()
    # Anna works offline; meanwhile the team lead hands the client to Ben.
    anna.desk.contacts.record(ContactDraft(client_id=client_id, note="Offline vor der Übergabe"))
    time.sleep(0.01)
    HandoverService(lead.desk).handover_client(client_id, ben.credentials.worker_id)
    lead.sync.run()
    report = anna.sync.run()
    assert report.refused == [] and report.applied == 1
    assert _notes(central_url, client_id) == ["Offline vor der Übergabe"]
    assert _pending(anna.desk) == []
    with anna.desk.session() as session:
        assert session.get(Client, client_id) is None
    report = ben.sync.run()
    assert [entry.note for entry in ben.desk.contacts.timeline(client_id)] == ["Offline vor der Übergabe"]
    assert report.notices == 1
    [notice] = _notices(ben.desk)
    assert (notice.kind, notice.client_id, notice.from_worker_id) == (
        NoticeKind.RECEIVED_AFTER_HANDOVER.value, client_id, anna.credentials.worker_id)


def test_an_edit_made_after_the_handover_is_refused_kept_and_can_be_forwarded(central_url, make_device):
    anna, ben, lead = _team(central_url, make_device)
    client_id = _client(anna)
    good = _client(anna, first_name="Bleibt")
    anna.sync.run()
    lead.sync.run()
    HandoverService(lead.desk).handover_client(client_id, ben.credentials.worker_id)
    lead.sync.run()
    time.sleep(0.01)
    anna.desk.clients.update(client_id, ClientDraft(first_name="Jens", alias="Kralle", phone="0171 999"))
    anna.desk.clients.update(good, ClientDraft(first_name="Bleibt", phone="0171 555"))
    report = anna.sync.run()
    [refused] = report.refused
    assert (refused.row_id, refused.reason) == (client_id, RefusalReason.CLIENT_MOVED.value)
    assert report.applied == 1 and report.pushed == 1
    [kept] = _pending(anna.desk)
    assert (kept.row_id, kept.refusal) == (client_id, RefusalReason.CLIENT_MOVED.value)
    assert kept.refusal_detail == ben.credentials.worker_id  # whom to hand it to
    assert anna.sync.refused_changes()[0].colleague == "Ben"
    # The client stays on Anna's laptop until she has settled the change.
    with anna.desk.session() as session:
        assert session.get(Client, client_id).phone == "0171 999"
    assert _central_rows(central_url, "client", "id = :c", c=client_id)[0]["phone"] == ""
    assert anna.sync.run().refused  # judged again, still refused
    with anna.desk.session() as session:
        session.get(PendingChange, kept.seq).forward = True
    report = anna.sync.run()
    assert report.refused == [] and report.pushed == 1
    assert _pending(anna.desk) == []
    with anna.desk.session() as session:
        assert session.get(Client, client_id) is None
    ben.sync.run()
    assert ben.desk.clients.get(client_id).draft.phone == "0171 999"
    assert [notice.kind for notice in _notices(ben.desk)] == [NoticeKind.FORWARDED.value]


# --- 3: erasure leaves no value anywhere ---------------------------------------------------------
def _tables_containing(url: str, marker: str) -> list[str]:
    engine = central.connect(url)
    found = []
    try:
        with engine.connect() as connection:
            for table in inspect(connection).get_table_names():
                for row in connection.execute(text(f'SELECT * FROM "{table}"')):
                    if marker in json.dumps([str(value) for value in row]):
                        found.append(table)
                        break
    finally:
        engine.dispose()
    return found


def test_erasure_purges_every_value_from_every_central_table(central_url, make_device):
    anna, ben, lead = _team(central_url, make_device)
    client_id = _client(anna, last_name="Markerson")
    anna.sync.run()
    HandoverService(anna.desk).set_deputy(client_id, ben.credentials.worker_id)
    anna.sync.run(), ben.sync.run(), lead.sync.run()
    # Clashing edits leave conflicts holding both values, one of them not yet delivered.
    anna.desk.clients.update(client_id, ClientDraft(first_name="Jens", last_name="Markerson", whereabouts="MARKER-1"))
    time.sleep(0.01)
    ben.desk.clients.update(client_id, ClientDraft(first_name="Jens", last_name="Markerson", whereabouts="MARKER-2"))
    anna.desk.contacts.record(ContactDraft(client_id=client_id, note="MARKER-3 Diagnose"))
    anna.sync.run()
    ben.sync.run()
    assert _tables_containing(central_url, "MARKER")
    lead.sync.run()
    ErasureService(lead.desk).erase_client(client_id)
    lead.sync.run()
    assert _tables_containing(central_url, "MARKER") == []
    assert _tables_containing(central_url, "Markerson") == []


# --- 4: refusals are judged afresh ---------------------------------------------------------------
def test_a_refused_change_goes_through_once_the_client_is_this_workers_again(central_url, make_device):
    anna, ben, _lead = _team(central_url, make_device)
    client_id = _client(anna)
    anna.sync.run()
    HandoverService(anna.desk).set_deputy(client_id, ben.credentials.worker_id)
    anna.sync.run(), ben.sync.run()
    HandoverService(anna.desk).set_deputy(client_id, None)
    anna.sync.run()
    time.sleep(0.01)
    ben.desk.contacts.record(ContactDraft(client_id=client_id, note="Nach dem Ende der Vertretung"))
    report = ben.sync.run()
    assert [change.reason for change in report.refused] == [RefusalReason.CLIENT_MOVED.value]
    assert [change.refusal for change in _pending(ben.desk)] == [RefusalReason.CLIENT_MOVED.value]
    HandoverService(anna.desk).set_deputy(client_id, ben.credentials.worker_id)
    anna.sync.run()
    report = ben.sync.run()
    assert report.refused == [] and report.applied == 1
    assert _pending(ben.desk) == []
    assert _notes(central_url, client_id) == ["Nach dem Ende der Vertretung"]


# --- 5: stamps from a clock far ahead ------------------------------------------------------------
def _year_ahead(device) -> str:
    return str(Stamp(int(time.time() * 1000) + 365 * 24 * 3600 * 1000, 0, device.desk.identity.device_id.replace("-", "")))


def test_edits_stamped_a_year_ahead_are_refused_and_move_no_clock(central_url, make_device):
    anna, _ben, lead = _team(central_url, make_device)
    client_id = _client(anna)
    anna.sync.run(), lead.sync.run()
    future = _year_ahead(anna)
    with anna.desk.session() as session:
        session.info["applying_remote"] = True
        client = session.get(Client, client_id)
        client.phone = "0999 1"
        client.field_clocks = {**client.field_clocks, "phone": future}
        client.hlc = future
        session.add(PendingChange(op_id=central.utc_now().isoformat(), table_name="client", row_id=client_id,
                                  fields=["phone"], hlc=future, base_clocks={}))
    other = _client(anna, first_name="Pünktlich")
    session = central.CentralSession(central.connect(central_url, anna.credentials.login, anna.credentials.token),
                                     anna.desk.identity.device_id, anna.credentials.login, anna.credentials.token)
    session.handshake(central.SCHEMA_VERSION, central.PROTOCOL_VERSION, central.utc_now())
    with anna.desk.session() as local:
        row = dict(local.execute(select(Client.__table__).where(Client.id == client_id)).one()._mapping)
    outcome = session.push([central.OutgoingChange("op-ahead", "client", row, ["phone"], {})])
    session.close()
    assert [(r.row_id, r.reason) for r in outcome.refused] == [(client_id, RefusalReason.STAMP_AHEAD.value)]
    assert outcome.acknowledged == []
    # The laptop's own run re-stamps the edit with its (right) wall clock and sends it again.
    anna.sync.run()
    limit = (time.time() + 6 * 60) * 1000
    [stored] = _central_rows(central_url, "client", "id = :c", c=client_id)
    clocks = stored["field_clocks"] if isinstance(stored["field_clocks"], dict) else json.loads(stored["field_clocks"])
    assert all(Stamp.parse(stamp).millis < limit for stamp in [stored["hlc"], *clocks.values()])
    lead.sync.run()
    assert lead.desk.clients.get(other).draft.first_name == "Pünktlich"
    assert Stamp.parse(lead.desk.clock.last).millis < time.time() * 1000 + 6 * 60 * 1000
    lead.desk.clients.update(client_id, ClientDraft(first_name="Jens", alias="Kralle", phone="0171 222"))
    lead.sync.run()
    anna.sync.run()
    assert _central_rows(central_url, "client", "id = :c", c=client_id)[0]["phone"] == "0171 222"


def test_a_far_ahead_stamp_pulled_from_the_central_store_is_not_adopted(central_url, make_device):
    anna, _ben, lead = _team(central_url, make_device)
    client_id = _client(anna)
    anna.sync.run()
    future = _year_ahead(anna)
    engine = central.connect(central_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE client SET hlc = :s WHERE id = :c"), {"s": future, "c": client_id})
        connection.execute(text("INSERT INTO sync_change (table_name, row_id, client_id, changed_at)"
                                " VALUES ('client', :c, :c, :t)"), {"c": client_id, "t": central.utc_now()})
    engine.dispose()
    lead.sync.run()
    assert Stamp.parse(lead.desk.clock.last).millis < time.time() * 1000 + 6 * 60 * 1000


# --- 6: past the tombstone horizon -----------------------------------------------------------------
def test_a_laptop_offline_past_the_horizon_cannot_bring_back_a_compacted_contact(central_url, make_device):
    anna, dora, _lead = _team(central_url, make_device)
    client_id = _client(anna)
    contact_id = anna.desk.contacts.record(ContactDraft(client_id=client_id, note="alt"))
    anna.sync.run()
    HandoverService(anna.desk).set_deputy(client_id, dora.credentials.worker_id)
    anna.sync.run(), dora.sync.run()
    with anna.desk.session() as session:
        session.get(Contact, contact_id).deleted = True
    anna.sync.run()
    assert central.compact(central_url, now=central.utc_now() + timedelta(days=200)) > 0
    assert _central_rows(central_url, "contact", "id = :c", c=contact_id) == []
    # Dora was offline all along: she edited the deleted contact and recorded a new one.
    with dora.desk.session() as session:
        session.get(Contact, contact_id).note = "alt, ergänzt"
    fresh = dora.desk.contacts.record(ContactDraft(client_id=client_id, note="neu offline"))
    report = dora.sync.run()
    assert report.full_resync and report.discarded == 1
    assert _central_rows(central_url, "contact", "id = :c", c=contact_id) == []
    assert _notes(central_url, client_id) == ["neu offline"]
    assert _pending(dora.desk) == []
    with dora.desk.session() as session:
        assert session.get(Contact, contact_id) is None
        assert session.get(Contact, fresh).note == "neu offline"


# --- 9: honest reports, both sides of a conflict, no existence oracle -------------------------------
def test_the_report_counts_applied_merged_and_refused_separately(central_url, make_device):
    anna, _ben, lead = _team(central_url, make_device)
    client_id = _client(anna)
    anna.sync.run(), lead.sync.run()
    lead.desk.clients.update(client_id, ClientDraft(first_name="Jens", alias="Kralle", phone="0171 333"))
    lead.sync.run()
    anna.desk.clients.update(client_id, ClientDraft(first_name="Jens", alias="Kralle", whereabouts="Park"))
    _client(anna, first_name="Neu")
    with anna.desk.session() as session:
        session.add(CrisisLine(country="DE", label="Eigenmächtig", number="0800"))
    sent = len(_pending(anna.desk))
    report = anna.sync.run()
    assert (report.applied, report.merged, report.pushed) == (sent - 2, 1, sent - 1)
    assert [(c.table_name, c.reason) for c in report.refused] == [("crisis_line", RefusalReason.LEADS_ONLY.value)]
    assert report.rejected == 1
    assert anna.desk.clients.get(client_id).draft.phone == "0171 333"


def test_the_worker_whose_value_was_replaced_is_told(central_url, make_device):
    anna, _ben, lead = _team(central_url, make_device)
    client_id = _client(anna)
    anna.sync.run(), lead.sync.run()
    anna.desk.clients.update(client_id, ClientDraft(first_name="Jens", alias="Kralle", phone="0171 444"))
    time.sleep(0.01)
    lead.desk.clients.update(client_id, ClientDraft(first_name="Jens", alias="Kralle", phone="0171 333"))
    anna.sync.run()
    assert lead.sync.run().conflicts == 1
    report = anna.sync.run()
    assert report.conflicts == 1
    with anna.desk.session() as session:
        [conflict] = session.scalars(select(SyncConflict)).all()
        assert (json.loads(conflict.mine_value), json.loads(conflict.theirs_value), conflict.winner) == (
            "0171 444", "0171 333", "theirs")
    assert anna.sync.run().conflicts == 0
    assert _central_rows(central_url, "sync_inbox_conflict") == []


def test_the_held_rows_function_is_no_oracle_for_other_clients(postgres_central_url, make_device):
    anna = make_device(postgres_central_url, "Anna", team="Nord")
    ben = make_device(postgres_central_url, "Ben", team="Süd")
    client_id = _client(anna)
    anna.sync.run()
    parsed = make_url(postgres_central_url)
    with psycopg.connect(host=parsed.host, port=parsed.port, dbname=parsed.database, user=ben.credentials.login,
                         password=ben.credentials.token, autocommit=True) as connection:
        found = connection.execute("SELECT casedesk_existing_ids('client', %s)", ([client_id],)).fetchall()
        assert found == []
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("SELECT casedesk_write_held('client', %s::jsonb)",
                               (json.dumps([{"id": client_id, "first_name": "x"}]),))


# --- 10: one bad value blocks nothing else --------------------------------------------------------
def _smuggle(desk, client_id: str, field: str, value: str) -> None:
    """A value an older CaseDesk let in (today's value rules refuse it before any flush): a
    tracked edit of the client, then the value written straight into the file under its stamp."""
    with desk.session() as session:
        client = session.get(Client, client_id)
        client.languages = "de"
    with desk.engine.begin() as connection:
        stamp = connection.execute(text("SELECT hlc FROM client WHERE id = :c"), {"c": client_id}).scalar_one()
        connection.execute(text(f"UPDATE client SET {field} = :v,"
                                f" field_clocks = json_set(field_clocks, '$.{field}', :s) WHERE id = :c"),
                           {"v": value, "s": stamp, "c": client_id})
        connection.execute(text("UPDATE pending_change SET fields = json_insert(fields, '$[#]', :f)"
                                " WHERE row_id = :c"), {"f": field, "c": client_id})


@pytest.mark.parametrize("field, value", [("first_name", "x" * 201), ("gender", "g" * 42), ("alias", "nul\x00byte")])
def test_a_value_the_central_store_cannot_hold_is_refused_and_the_rest_goes_through(
        central_url, make_device, field, value):
    anna = make_device(central_url, "Anna")
    bad = _client(anna)
    anna.sync.run()
    _smuggle(anna.desk, bad, field, value)
    good = _client(anna, first_name="Gut")
    anna.desk.contacts.record(ContactDraft(client_id=good, note="kommt an"))
    report = anna.sync.run()
    assert [(c.row_id, c.reason, c.detail) for c in report.refused] == [(bad, RefusalReason.INVALID_VALUE.value, field)]
    assert _notes(central_url, good) == ["kommt an"]
    [kept] = _pending(anna.desk)
    assert (kept.row_id, kept.refusal, kept.refusal_detail) == (bad, RefusalReason.INVALID_VALUE.value, field)
    assert anna.sync.run().refused  # the next sync is not stalled either
    with anna.desk.session() as session:
        setattr(session.get(Client, bad), field, "ok")
    assert anna.sync.run().refused == []
    with anna.desk.session() as session:
        assert session.scalar(select(func.count()).select_from(PendingChange)) == 0


def test_compaction_keeps_no_content_in_the_tombstones_it_must_keep(central_url, make_device):
    anna = make_device(central_url, "Anna")
    client_id = _client(anna)
    contact_id = anna.desk.contacts.record(ContactDraft(client_id=client_id, note="MARKER gelöscht"))
    with anna.desk.session() as session:
        session.add(Task(client_id=client_id, title="Nachfassen", source_contact_id=contact_id,
                         assignee_worker_id=anna.desk.identity.worker_id))
    anna.sync.run()
    with anna.desk.session() as session:
        session.get(Contact, contact_id).deleted = True
    anna.sync.run()
    central.compact(central_url, now=central.utc_now() + timedelta(days=200))
    [kept] = _central_rows(central_url, "contact", "id = :c", c=contact_id)
    assert kept["deleted"] and kept["note"] == ""
    anna.sync.run()
    with anna.desk.session() as session:
        assert session.get(Contact, contact_id).note == ""


def test_a_losing_edit_pushed_after_a_full_resync_still_takes_the_winning_value(central_url, make_device):
    anna, _ben, lead = _team(central_url, make_device)
    client_id = _client(anna)
    anna.sync.run(), lead.sync.run()
    lead.desk.clients.update(client_id, ClientDraft(first_name="Jens", alias="Kralle", phone="0171 111"))
    time.sleep(0.01)
    anna.desk.clients.update(client_id, ClientDraft(first_name="Jens", alias="Kralle", phone="0171 222"))
    anna.sync.run()
    report = lead.sync.run(force_full=True)
    assert report.merged == 1 and report.conflicts == 1
    assert lead.desk.clients.get(client_id).draft.phone == "0171 222"


def test_a_relapse_recorded_offline_reaches_the_deputy_as_one_notice(central_url, make_device):
    from datetime import date

    anna, ben, _lead = _team(central_url, make_device)
    client_id = _client(anna)
    ben.sync.run()
    anna.sync.run()  # Anna's desk now knows Ben
    HandoverService(anna.desk).set_deputy(client_id, ben.credentials.worker_id)
    anna.sync.run()
    ben.sync.run()
    anna.desk.instruments.record_relapse(client_id, date.today(), "Re-assess", "Contact within 48 hours")
    anna.sync.run()
    report = ben.sync.run()
    assert report.notices == 1
    [notice] = _notices(ben.desk)
    assert (notice.kind, notice.client_id, notice.from_worker_id) == (
        NoticeKind.RELAPSE_RECORDED.value, client_id, anna.credentials.worker_id)
    assert ben.sync.run().notices == 0, "told once"
    assert _notices(anna.desk) == [], "the one who recorded it is not told"
