"""What a sync reports, and what the worker does about it: refused changes (listed with their
reason, forwarded or discarded), notices, and conflicts in the worker's words and locale."""

import io
import time
from datetime import date

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from casedesk.cli import main
from casedesk.domain import NoticeKind, RefusalReason
from casedesk.models import PendingChange, SyncConflict, SyncNotice, Worker, new_id
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft, ContactDraft
from casedesk.services.errors import NotFound, ValidationFailed
from casedesk.services.handover import HandoverService
from casedesk.services.sync_service import FORCE_FULL_KEY, synced_fields
from casedesk.sync.codec import encode_value
from casedesk.sync.errors import CentralRefused, ClientOutdated, ClockAhead, SyncError, WorkerDisabled
from casedesk.ui import messages
from casedesk.ui.app import TRANSLATIONS_DIR
from casedesk.ui.conflicts_view import ConflictsView
from casedesk.ui.desk_thread import DatabaseThread, DeskHandle
from casedesk.ui.errors import sync_error_text
from casedesk.ui.main_window import MainWindow
from casedesk.ui.settings import AppSettings
from casedesk.ui.sync_dialog import SyncDialog
from casedesk.ui.vocabulary import field_label, notice_text, refusal_text


@pytest.fixture(autouse=True)
def english_ui():
    messages.reset()
    QLocale.setDefault(QLocale("en_US"))
    yield
    messages.reset()
    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture
def german(qapp):
    translator = QTranslator()
    assert translator.load("casedesk_de", str(TRANSLATIONS_DIR))
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QCoreApplication.removeTranslator(translator)


def _colleague(desk: Desk, name: str) -> str:
    worker_id = new_id()
    with desk.session() as session:
        session.info["applying_remote"] = True
        session.add(Worker(id=worker_id, name=name, team="Nord"))
    return worker_id


def _refuse(desk: Desk, row_id: str, reason: RefusalReason, detail: str = "") -> str:
    """Set a pending change aside as the engine does when the central store refuses it."""
    with desk.session() as session:
        change = session.scalars(select(PendingChange).where(PendingChange.row_id == row_id)).one()
        change.refusal, change.refusal_detail = reason.value, detail
        return change.op_id


def _pending(desk: Desk) -> list[PendingChange]:
    with desk.session() as session:
        rows = list(session.scalars(select(PendingChange).order_by(PendingChange.seq)))
        session.expunge_all()
        return rows


# --- the service ---------------------------------------------------------------------------------
def test_refused_changes_are_listed_with_client_reason_and_colleague(desk):
    ben = _colleague(desk, "Ben Okafor")
    jens = desk.clients.create(ClientDraft(first_name="Jens", alias="Kralle"))
    contact = desk.contacts.record(ContactDraft(client_id=jens, type="street", note="am Park"))
    desk.clients.create(ClientDraft(first_name="Mette"))
    moved = _refuse(desk, jens, RefusalReason.CLIENT_MOVED, ben)
    invalid = _refuse(desk, contact, RefusalReason.INVALID_VALUE, "note")

    entries = desk.sync.refused_changes()
    assert [(e.op_id, e.client_name, e.table_name, e.reason, e.colleague) for e in entries] == [
        (moved, "Jens „Kralle“", "client", "client_moved", "Ben Okafor"),
        (invalid, "Jens „Kralle“", "contact", "invalid_value", ""),
    ]
    assert all(entry.client_id == jens for entry in entries)
    assert entries[0].changed_at.date() == date.today()


def test_forwarding_sets_the_change_to_go_again_to_the_new_worker(desk):
    jens = desk.clients.create(ClientDraft(first_name="Jens"))
    mette = desk.clients.create(ClientDraft(first_name="Mette"))
    moved = _refuse(desk, jens, RefusalReason.CLIENT_MOVED)
    not_permitted = _refuse(desk, mette, RefusalReason.NOT_PERMITTED)
    with pytest.raises(ValidationFailed):
        desk.sync.forward_refused([moved, not_permitted])
    with pytest.raises(NotFound):
        desk.sync.forward_refused(["no-such-operation"])
    desk.sync.forward_refused([moved])
    forwarded = next(change for change in _pending(desk) if change.row_id == jens)
    assert (forwarded.forward, forwarded.refusal, forwarded.refusal_detail) == (True, "", "")
    assert forwarded.op_id != moved, "a fresh operation, judged afresh by the central store"
    assert [entry.op_id for entry in desk.sync.refused_changes()] == [not_permitted]


def test_discarding_drops_the_changes_and_asks_for_a_full_resync(desk):
    jens = desk.clients.create(ClientDraft(first_name="Jens"))
    mette = desk.clients.create(ClientDraft(first_name="Mette"))
    refused = _refuse(desk, jens, RefusalReason.CLIENT_ERASED)
    desk.sync.discard_refused([refused])
    pending = {change.row_id for change in _pending(desk)}
    assert jens not in pending and mette in pending
    assert desk.setting(FORCE_FULL_KEY) == "1"
    assert desk.sync.refused_changes() == []


def test_notices_are_listed_until_marked_read(desk):
    ben = _colleague(desk, "Ben Okafor")
    jens = desk.clients.create(ClientDraft(first_name="Jens"))
    with desk.session() as session:
        session.add(SyncNotice(kind=NoticeKind.FORWARDED.value, client_id=jens, from_worker_id=ben, count=3))
    [notice] = desk.sync.notices()
    assert (notice.kind, notice.client_name, notice.colleague, notice.count) == ("forwarded", "Jens", "Ben Okafor", 3)
    desk.sync.mark_notices_read([notice.id])
    assert desk.sync.notices() == []


# --- words for every code -------------------------------------------------------------------------
def test_every_content_column_of_every_synced_entity_has_a_translated_label(german):
    fields = synced_fields()
    assert ("client", "whereabouts") in fields and ("crisis_line", "number") in fields
    unlabelled = [(table, column) for table, column in fields if field_label(table, column) == column]
    assert unlabelled == []
    assert field_label("client", "no_fixed_abode") == "Ohne festen Wohnsitz"


def test_every_refusal_reason_and_notice_kind_has_its_own_text(german):
    texts = {reason: refusal_text(reason.value, "Ben") for reason in RefusalReason}
    assert len(set(texts.values())) == len(RefusalReason)
    assert "Ben" in texts[RefusalReason.CLIENT_MOVED]
    assert refusal_text("something_new") not in texts.values()
    assert len({notice_text(kind.value, 2, "Ben", "Jens") for kind in NoticeKind}) == len(NoticeKind)
    assert "2 Änderungen" in notice_text(NoticeKind.FORWARDED.value, 2, "Ben", "Jens")


def _every_sync_error(kind: type[SyncError] = SyncError) -> list[type[SyncError]]:
    return [sub for child in kind.__subclasses__() for sub in (child, *_every_sync_error(child))]


def test_every_sync_error_has_its_own_translated_sentence(german):
    samples = {ClientOutdated: ClientOutdated(9, 8), ClockAhead: ClockAhead(600), CentralRefused: CentralRefused("x")}
    kinds = _every_sync_error()
    assert WorkerDisabled in kinds and CentralRefused in kinds
    texts = {kind: sync_error_text(samples.get(kind) or kind()) for kind in kinds}
    assert len(set(texts.values())) == len(kinds), "each error says what happened in its own words"
    assert sync_error_text(SyncError()) not in texts.values()
    assert "gesperrt" in texts[WorkerDisabled]


# --- the window -----------------------------------------------------------------------------------
def test_conflicts_view_names_the_colleague_labels_the_field_and_shows_values_in_the_locale(qtbot, desk, german):
    ben = _colleague(desk, "Ben Okafor")
    jens = desk.clients.create(ClientDraft(first_name="Jens", no_fixed_abode=True))
    with desk.session() as session:
        session.add(SyncConflict(table_name="client", row_id=jens, client_id=jens, field="no_fixed_abode",
                                 mine_value=encode_value(True), mine_hlc=desk.clock.now(),
                                 theirs_value=encode_value(False), theirs_hlc=desk.clock.now(),
                                 winner="mine", theirs_worker_id=ben))
        session.add(SyncConflict(table_name="client", row_id=jens, client_id=jens, field="birth_date",
                                 mine_value=encode_value(date(1984, 6, 1)), mine_hlc=desk.clock.now(),
                                 theirs_value=encode_value(date(1985, 6, 1)), theirs_hlc=desk.clock.now(),
                                 winner="theirs"))
        session.add(SyncConflict(table_name="client", row_id=jens, client_id=jens, field="responsible_worker_id",
                                 mine_value=encode_value(desk.identity.worker_id), mine_hlc=desk.clock.now(),
                                 theirs_value=encode_value(ben), theirs_hlc=desk.clock.now(), winner="mine"))
    db_thread = DatabaseThread()
    view = ConflictsView(DeskHandle(db_thread, desk))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.table.rowCount() == 3)
    assert [view.table.item(0, column).text() for column in range(4)] == [
        "Jens", "Stammdaten: Ohne festen Wohnsitz", "Ja", "Nein"]
    assert "Ben Okafor" in view.details.text()
    assert not view.save_merged_button.isEnabled(), "a yes/no is kept one way or the other, not merged"
    assert [view.table.item(1, column).text() for column in (2, 3)] == ["01.06.1984", "01.06.1985"]
    view.table.selectRow(1)
    assert "einer Kollegin" in view.details.text()
    assert [view.table.item(2, column).text() for column in (1, 2, 3)] == [
        "Stammdaten: Zuständige Fachkraft", "Anna Becker", "Ben Okafor"]
    view.table.selectRow(2)
    assert not view.save_merged_button.isEnabled()
    qtbot.waitUntil(lambda: db_thread.pending == 0)
    db_thread.shutdown()


def test_the_sync_window_lists_refused_changes_and_discards_after_asking(qtbot, desk):
    ben = _colleague(desk, "Ben Okafor")
    jens = desk.clients.create(ClientDraft(first_name="Jens", alias="Kralle"))
    mette = desk.clients.create(ClientDraft(first_name="Mette"))
    _refuse(desk, jens, RefusalReason.CLIENT_MOVED, ben)
    _refuse(desk, mette, RefusalReason.NOT_PERMITTED)
    with desk.session() as session:
        session.add(SyncNotice(kind=NoticeKind.RECEIVED_AFTER_HANDOVER.value, client_id=jens,
                               from_worker_id=ben, count=2))
    db_thread = DatabaseThread()
    dialog = SyncDialog(DeskHandle(db_thread, desk))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.refused.table.rowCount() == 2)
    qtbot.waitUntil(lambda: dialog.notices_list.count() == 1)
    assert "2 change(s) Ben Okafor made offline to Jens „Kralle“" in dialog.notices_list.item(0).text()
    assert dialog.tabs.tabText(dialog.REFUSED_TAB) == "&Refused changes (2)"
    qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert dialog.tabs.currentWidget() is dialog.refused
    view = dialog.refused
    assert "The client is now with Ben Okafor" in view.table.item(0, 3).text()
    assert view.forward_button.isEnabled()
    view.table.selectRow(1)
    assert not view.forward_button.isEnabled(), "no one to hand a not-permitted change to"

    assert view.discard_button.isEnabled()
    messages.set_next_answer(messages.StandardButton.No)
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    # A mnemonic "animates" the click: it lands a moment later.
    qtbot.waitUntil(lambda: bool(messages.shown))
    assert "Discard" in messages.shown[-1][0]
    qtbot.waitUntil(lambda: db_thread.pending == 0)
    assert view.table.rowCount() == 2
    messages.set_next_answer(messages.StandardButton.Yes)
    with qtbot.waitSignal(view.changes_settled):
        qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1)
    assert desk.setting(FORCE_FULL_KEY) == "1"
    with qtbot.waitSignal(view.changes_settled):
        qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not view.empty_label.isHidden())
    assert [(c.row_id, c.forward) for c in _pending(desk) if c.row_id == jens] == [(jens, True)]

    dialog.tabs.setCurrentIndex(dialog.SYNC_TAB)
    qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.notices_box.isHidden())
    qtbot.waitUntil(lambda: db_thread.pending == 0)
    db_thread.shutdown()
    for widget in QApplication.topLevelWidgets():
        widget.close()


def test_the_status_bar_counts_refused_changes(qtbot, desk):
    jens = desk.clients.create(ClientDraft(first_name="Jens"))
    _refuse(desk, jens, RefusalReason.NOT_PERMITTED)
    assert desk.sync.status().refused_changes == 1
    db_thread = DatabaseThread()
    window = MainWindow(DeskHandle(db_thread, desk), AppSettings())
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "1 refused change" in window.sync_status_label.text())
    qtbot.waitUntil(lambda: db_thread.pending == 0)
    db_thread.shutdown()


# --- end to end, against a central store ----------------------------------------------------------
def _team(url, make_device):
    return make_device(url, "Anna"), make_device(url, "Ben"), make_device(url, "Lea", role="team_lead")


def _moved_client_with_an_edit(url, make_device):
    anna, ben, lead = _team(url, make_device)
    client_id = anna.desk.clients.create(ClientDraft(first_name="Jens", alias="Kralle"))
    anna.sync.run()
    lead.sync.run()
    HandoverService(lead.desk).handover_client(client_id, ben.credentials.worker_id)
    lead.sync.run()
    time.sleep(0.01)
    anna.desk.clients.update(client_id, ClientDraft(first_name="Jens", alias="Kralle", phone="0171 999"))
    return anna, ben, client_id


def test_a_refused_change_is_listed_after_a_real_sync_and_forwarded(sqlite_central_url, make_device):
    anna, ben, client_id = _moved_client_with_an_edit(sqlite_central_url, make_device)
    report = anna.sync.run()
    assert (report.applied, report.merged, len(report.refused)) == (0, 0, 1)
    [entry] = anna.sync.refused_changes()
    assert (entry.client_id, entry.reason) == (client_id, RefusalReason.CLIENT_MOVED.value)
    anna.sync.forward_refused([entry.op_id])
    report = anna.sync.run()
    assert report.refused == [] and anna.sync.refused_changes() == []
    ben.sync.run()
    assert ben.desk.clients.get(client_id).draft.phone == "0171 999"
    assert [notice.kind for notice in ben.sync.notices()] == [NoticeKind.FORWARDED.value]


def test_a_discarded_change_brings_back_the_central_version(sqlite_central_url, make_device):
    anna, _ben, client_id = _moved_client_with_an_edit(sqlite_central_url, make_device)
    anna.sync.run()
    [entry] = anna.sync.refused_changes()
    anna.sync.discard_refused([entry.op_id])
    report = anna.sync.run()
    assert report.full_resync
    assert anna.desk.setting(FORCE_FULL_KEY) == ""
    assert anna.sync.status().pending_changes == 0
    # The client is Ben's now: the office's version is that Anna no longer holds it.
    assert client_id not in [c.id for c in anna.desk.clients.list()]
    with pytest.raises(NotFound):
        anna.desk.clients.get(client_id)


def _stdin(monkeypatch, *lines: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))


def test_casedesk_sync_prints_the_counts_and_each_refused_change_with_its_commands(
        sqlite_central_url, make_device, monkeypatch, capsys):
    anna, _ben, _client_id = _moved_client_with_an_edit(sqlite_central_url, make_device)
    path = anna.desk.path
    anna.desk.close()
    _stdin(monkeypatch, PASSPHRASE)
    assert main(["sync", "--desk", str(path), "--passphrase-stdin"]) == 0
    out = capsys.readouterr().out
    assert "0 applied as sent, 0 merged with colleagues' edits; 1 refused" in out
    [line] = [line for line in out.splitlines() if line.startswith("refused ")]
    op_id = line.split()[1]
    assert "the client is now with" in line
    assert f"casedesk sync --forward {op_id}" in out and f"casedesk sync --discard {op_id} --yes" in out

    _stdin(monkeypatch, PASSPHRASE)
    assert main(["sync", "--desk", str(path), "--passphrase-stdin", "--discard", op_id]) == 2
    assert "--yes" in capsys.readouterr().err
    _stdin(monkeypatch, PASSPHRASE)
    assert main(["sync", "--desk", str(path), "--passphrase-stdin", "--discard", op_id, "--yes"]) == 0
    out = capsys.readouterr().out
    assert "1 change(s) discarded" in out and "(full resync)" in out
    assert not [line for line in out.splitlines() if line.startswith("refused ")]
    reopened = Desk.open(path, PASSPHRASE)
    try:
        assert reopened.sync.refused_changes() == []
    finally:
        reopened.close()


def test_after_a_real_sync_the_sync_window_shows_the_refused_change(qtbot, sqlite_central_url, make_device):
    anna, _ben, _client_id = _moved_client_with_an_edit(sqlite_central_url, make_device)
    db_thread = DatabaseThread()
    dialog = SyncDialog(DeskHandle(db_thread, anna.desk))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.panel.sync_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(dialog.synced, timeout=20_000):
        qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert "refused: 1" in dialog.panel.status.text()
    qtbot.waitUntil(lambda: dialog.refused.table.rowCount() == 1)
    assert dialog.tabs.currentWidget() is dialog.refused
    assert "The client is now with" in dialog.refused.table.item(0, 3).text()
    qtbot.waitUntil(lambda: db_thread.pending == 0)
    db_thread.shutdown()
