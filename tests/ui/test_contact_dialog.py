"""Correcting a saved contact from the keyboard: typed, saved, asked before discarding, parked for the lock."""

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from ui_helpers import WORKER_TIMEOUT_MS, wait_idle
from window_tour import mnemonic_clashes

from casedesk.models import PendingChange
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft, ContactDraft
from casedesk.ui import messages
from casedesk.ui.contact_dialog import ContactDialog
from casedesk.ui.desk_thread import DatabaseThread, DeskHandle

Yes, No = messages.StandardButton.Yes, messages.StandardButton.No
#: Saved to the second, as the quick capture saves "now".
VISIT = datetime(2026, 3, 10, 14, 30, 17)


@pytest.fixture
def desk_handle(db_thread: DatabaseThread, desk: Desk) -> Iterator[DeskHandle]:
    yield DeskHandle(db_thread, desk)


@pytest.fixture
def contact_id(desk: Desk) -> str:
    client_id = desk.clients.create(ClientDraft(first_name="Jens", alias="Kralle"))
    return desk.contacts.record(ContactDraft(client_id=client_id, type="street", occurred_at=VISIT,
                                             duration_minutes=30, place="Hauptbahnhof", note="Wirkte müde"))


def _open(qtbot: QtBot, desk_handle: DeskHandle, contact_id: str) -> ContactDialog:
    dialog = ContactDialog(desk_handle, contact_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.contact_loaded, timeout=WORKER_TIMEOUT_MS):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.form.widgets["type"])
    return dialog


def _tab(qtbot: QtBot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def _pending_fields(desk: Desk, contact_id: str) -> list[str]:
    with desk.session() as session:
        return list(session.scalars(select(PendingChange).where(PendingChange.row_id == contact_id)).one().fields)


def _push_done(desk: Desk) -> None:
    with desk.session() as session:
        for pending in session.scalars(select(PendingChange)):
            session.delete(pending)


def test_a_correction_typed_from_the_keyboard_is_saved(qtbot, desk_handle, desk, db_thread, contact_id):
    dialog = _open(qtbot, desk_handle, contact_id)
    assert dialog.form.value("place") == "Hauptbahnhof"
    form = dialog.form.widgets
    qtbot.keyClick(form["type"], Qt.Key.Key_Down)  # street -> home visit
    _tab(qtbot)
    assert QApplication.focusWidget() is form["occurred_at"]
    qtbot.keyClick(form["occurred_at"], Qt.Key.Key_Down)  # the month, the first part in English: March -> February
    _tab(qtbot)
    assert QApplication.focusWidget() is form["duration_minutes"]
    qtbot.keyClick(form["duration_minutes"], Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form["duration_minutes"], "45")
    _tab(qtbot)
    qtbot.keyClick(form["place"], Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form["place"], "Bahnhofsmission")
    _tab(qtbot)
    qtbot.keyClicks(form["participants"], "Jens, Mutter")
    _tab(qtbot)
    qtbot.keyClicks(form["topics"], "Wohnen")
    _tab(qtbot)
    qtbot.keyClicks(form["client_state"], "ruhig")
    _tab(qtbot)
    qtbot.keyClick(form["motivational_stage"], Qt.Key.Key_Down)  # not assessed -> precontemplation
    _tab(qtbot)
    assert QApplication.focusWidget() is form["note"]
    qtbot.keyClick(form["note"], Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form["note"], ", hat nach der Notunterkunft gefragt")
    with qtbot.waitSignal(dialog.contact_saved, timeout=WORKER_TIMEOUT_MS) as saved:
        qtbot.keyClick(form["place"], Qt.Key.Key_Return)
    wait_idle(qtbot, db_thread)

    assert not dialog.isVisible()
    draft = desk.contacts.get(contact_id)
    assert saved.args == [draft.client_id]
    assert draft == ContactDraft(
        client_id=draft.client_id, type="home_visit", occurred_at=datetime(2026, 2, 10, 14, 30),
        duration_minutes=45, place="Bahnhofsmission", participants="Jens, Mutter", topics="Wohnen",
        client_state="ruhig", motivational_stage="precontemplation",
        note="Wirkte müde, hat nach der Notunterkunft gefragt")
    [entry] = desk.contacts.timeline(draft.client_id)
    assert (entry.type, entry.place) == ("home_visit", "Bahnhofsmission")


def test_an_untouched_time_keeps_its_seconds_and_only_the_edited_field_goes_to_sync(
        qtbot, desk_handle, desk, db_thread, contact_id):
    _push_done(desk)
    dialog = _open(qtbot, desk_handle, contact_id)
    qtbot.keyClicks(dialog.form.widgets["note"], "Nachtrag: ")
    with qtbot.waitSignal(dialog.contact_saved, timeout=WORKER_TIMEOUT_MS):
        qtbot.keyClick(dialog.form.widgets["place"], Qt.Key.Key_Return)
    wait_idle(qtbot, db_thread)
    assert desk.contacts.get(contact_id).occurred_at == VISIT
    assert _pending_fields(desk, contact_id) == ["note"]


def test_escape_after_an_edit_asks_before_discarding(qtbot, desk_handle, desk, db_thread, contact_id):
    dialog = _open(qtbot, desk_handle, contact_id)
    note = dialog.form.widgets["note"]
    qtbot.keyClicks(note, "verworfen ")
    messages.set_next_answer(No)
    qtbot.keyClick(note, Qt.Key.Key_Escape)
    assert dialog.isVisible(), "Escape after an edit asks, and No keeps the dialog and what was typed"
    assert [title for title, _text in messages.shown] == ["Discard changes?"]
    assert note.toPlainText().startswith("verworfen ")
    messages.set_next_answer(Yes)
    qtbot.keyClick(note, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle(qtbot, db_thread)
    assert desk.contacts.get(contact_id).note == "Wirkte müde"


def test_escape_without_an_edit_closes_without_asking(qtbot, desk_handle, contact_id):
    dialog = _open(qtbot, desk_handle, contact_id)
    qtbot.keyClick(dialog.form.widgets["type"], Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert messages.shown == []


def test_a_contact_deleted_meanwhile_is_said_and_the_dialog_closes(qtbot, desk_handle, desk, db_thread, contact_id):
    desk.contacts.delete(contact_id)
    messages.set_next_answer(messages.StandardButton.Ok)
    dialog = ContactDialog(desk_handle, contact_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finished, timeout=WORKER_TIMEOUT_MS):
        dialog.show()
    wait_idle(qtbot, db_thread)
    assert not dialog.isVisible()
    assert [title for title, _text in messages.shown] == ["Contact cannot be corrected"]


def test_what_the_lock_parks_comes_back_after_the_contact_has_loaded(qtbot, desk_handle, db_thread, contact_id):
    dialog = _open(qtbot, desk_handle, contact_id)
    assert dialog.draft_for_lock() is None
    qtbot.keyClick(dialog.form.widgets["place"], Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.form.widgets["place"], "Park am Fluss")
    parked = dialog.draft_for_lock()
    assert dialog.reopen_key == f"contact:{contact_id}" and dialog.client_id
    dialog.close_without_asking()

    reopened = ContactDialog(desk_handle, contact_id)
    qtbot.addWidget(reopened)
    reopened.restore_draft(parked)  # as after unlock: before the contact has come back from the desk
    with qtbot.waitSignal(reopened.contact_loaded, timeout=WORKER_TIMEOUT_MS):
        reopened.show()
    assert reopened.form.value("place") == "Park am Fluss"
    assert reopened.has_unsaved_changes()
    reopened.close_without_asking()
    wait_idle(qtbot, db_thread)


def test_no_two_fields_share_a_mnemonic(qtbot, desk_handle, contact_id):
    dialog = _open(qtbot, desk_handle, contact_id)
    assert mnemonic_clashes(dialog) == []
    dialog.close_without_asking()
