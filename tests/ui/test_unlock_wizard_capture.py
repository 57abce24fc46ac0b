"""Unlock, first-run wizard, quick capture and erasure, driven from the keyboard as a worker would."""

import json
import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QLabel
from ui_helpers import WORKER_TIMEOUT_MS, add_clients, open_main_window, wait_idle

from casedesk.domain import ClientStatus
from casedesk.paths import default_desk_path
from casedesk.ui.quick_capture import QuickCaptureDialog


def _activate(qtbot, widget) -> None:
    """Make ``widget`` the active window so focus moves as under a window manager."""
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=WORKER_TIMEOUT_MS)


def test_return_unlocks_after_a_wrong_passphrase(qtbot, make_controller, desk, desk_path, passphrase):
    desk.close()
    controller = make_controller(desk_path)
    controller.start()
    dialog = controller.unlock_dialog
    _activate(qtbot, dialog)
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.isVisible() and dialog.unlock_button.isEnabled(), timeout=WORKER_TIMEOUT_MS)
    assert not dialog.quit_button.isDefault()
    # The wrong passphrase is selected: typing replaces it.
    qtbot.keyClicks(QApplication.focusWidget(), passphrase)
    assert dialog.passphrase.text() == passphrase
    quit_emitted = []
    controller.finished.connect(lambda: quit_emitted.append(True))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None or bool(quit_emitted), timeout=WORKER_TIMEOUT_MS)
    assert not quit_emitted, "Return after a wrong passphrase quit the program"
    wait_idle(qtbot, controller.db_thread)
    assert not controller.is_locked


# --- quick capture ----------------------------------------------------------------------------

def _open_capture(qtbot, make_controller, desk, desk_path, client_id: str = ""):
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    _activate(qtbot, window)
    dialog = window.open_quick_capture(client_id)
    qtbot.waitUntil(lambda: dialog.clients_loaded, timeout=WORKER_TIMEOUT_MS)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WORKER_TIMEOUT_MS)
    return controller, dialog


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where a real keyboard's press goes: an open popup list takes it first."""
    qtbot.keyClick(QApplication.activePopupWidget() or QApplication.focusWidget(), key, modifier)


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.activePopupWidget() or QApplication.focusWidget(), text)


def test_alt_mnemonic_leaves_the_open_name_list_for_its_field(qtbot, make_controller, desk, desk_path):
    add_clients(desk)
    controller, dialog = _open_capture(qtbot, make_controller, desk, desk_path)
    _type(qtbot, "Ka")
    qtbot.waitUntil(lambda: dialog.completer.popup().isVisible())
    _press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # &Note
    assert not dialog.completer.popup().isVisible()
    assert QApplication.focusWidget() is dialog.note
    _type(qtbot, "Hallo")
    assert dialog.client.text() == "Ka"
    assert dialog.note.toPlainText() == "Hallo"
    wait_idle(qtbot, controller.db_thread)


def test_ctrl_enter_saves_while_the_name_list_is_open(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    controller, dialog = _open_capture(qtbot, make_controller, desk, desk_path)
    _type(qtbot, "Kall")
    qtbot.waitUntil(lambda: dialog.completer.popup().isVisible())
    with qtbot.waitSignal(dialog.contact_saved, timeout=WORKER_TIMEOUT_MS) as saved:
        _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, controller.db_thread)
    assert saved.args[0] == ids["kalle"]


def test_tab_leaves_the_date_time_editor_in_one_stop_and_arrows_still_move_within(
        qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    controller, dialog = _open_capture(qtbot, make_controller, desk, desk_path, ids["kalle"])
    assert QApplication.focusWidget() is dialog.type
    _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.occurred_at
    assert dialog.occurred_at.currentSection() == QDateTimeEdit.Section.DaySection
    _press(qtbot, Qt.Key.Key_Right)
    _press(qtbot, Qt.Key.Key_Right)
    _press(qtbot, Qt.Key.Key_Right)
    assert dialog.occurred_at.currentSection() == QDateTimeEdit.Section.MonthSection
    _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.duration
    _press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is dialog.occurred_at
    _press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is dialog.type

    dialog.follow_up_title.setFocus()
    _type(qtbot, "Jobcenter anrufen")
    _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.follow_up_due
    _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not dialog.follow_up_due
    wait_idle(qtbot, controller.db_thread)


def test_saving_tells_which_contact_was_saved(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    controller, dialog = _open_capture(qtbot, make_controller, desk, desk_path)
    _type(qtbot, "Mette")
    _press(qtbot, Qt.Key.Key_Tab)
    with qtbot.waitSignal(dialog.contact_saved, timeout=WORKER_TIMEOUT_MS) as saved:
        _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, controller.db_thread)
    client_id, summary = saved.args
    assert client_id == ids["mette"]
    assert "Mette Sørensen" in summary and "Street contact" in summary


def test_a_half_typed_contact_is_parked_and_filled_back(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    controller, dialog = _open_capture(qtbot, make_controller, desk, desk_path, ids["kalle"])
    assert dialog.draft_for_lock() is None, "a preselected client is nothing the worker typed"
    dialog.client.setFocus()
    dialog.client.selectAll()
    _type(qtbot, "Mett")
    _press(qtbot, Qt.Key.Key_Escape)  # close the name list
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_Down)  # street -> home visit
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "140320241530")  # each full section moves on to the next
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "45")
    dialog.place.setFocus()
    _type(qtbot, "Istedgade")
    dialog.note.setFocus()
    _type(qtbot, "Ny sovepose")
    dialog.follow_up_title.setFocus()
    _type(qtbot, "Ring til kommunen")
    parked = dialog.draft_for_lock()
    assert parked is not None
    parked = json.loads(json.dumps(parked))  # the lock stores it as JSON
    assert parked["client_id"] == ids["mette"]
    assert parked["occurred_at"].startswith("2024-03-14T15:30")
    expected_due = dialog.follow_up_due.date()
    dialog.done(0)
    wait_idle(qtbot, controller.db_thread)

    again = controller.main_window.open_quick_capture()
    again.restore_draft(parked)  # before the names have loaded, as after an unlock
    qtbot.waitUntil(lambda: again.clients_loaded, timeout=WORKER_TIMEOUT_MS)
    assert again.client.text() == "Mette Sørensen"
    assert again.type.currentData() == "home_visit"
    assert again.occurred_at.dateTime().toString("yyyy-MM-dd HH:mm") == "2024-03-14 15:30"
    assert again.duration.value() == 45
    assert (again.place.text(), again.note.toPlainText()) == ("Istedgade", "Ny sovepose")
    assert again.follow_up_title.text() == "Ring til kommunen"
    assert again.follow_up_due.isEnabled() and again.follow_up_due.date() == expected_due
    assert again.draft_for_lock() == parked | {"client": "Mette Sørensen"}
    again.note.setFocus()
    with qtbot.waitSignal(again.contact_saved, timeout=WORKER_TIMEOUT_MS):
        _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, controller.db_thread)
    saved = desk.contacts.timeline(ids["mette"])
    assert [c.note for c in saved] == ["Ny sovepose"]


def _capture_with_the_desk_thread_held(qtbot, make_controller, desk, desk_path, client_id: str = ""):
    """Quick capture opened while the window's first refreshes still hold the database thread
    (a big caseload): the names have not arrived when the worker has typed and saved. The queued
    refresh notes (on the database thread) whether ``client_id`` had a contact when it ran."""
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    _activate(qtbot, window)
    release = threading.Event()
    refreshed: list[bool] = []
    controller.db_thread.submit(lambda: release.wait(WORKER_TIMEOUT_MS / 1000))
    # A refresh queued before Ctrl+K.
    controller.db_thread.submit(lambda: refreshed.append(bool(client_id and desk.contacts.timeline(client_id))))
    dialog = window.open_quick_capture()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WORKER_TIMEOUT_MS)
    return controller, dialog, release, refreshed


def test_a_contact_saved_before_the_names_arrive_is_saved_ahead_of_the_windows_refreshes(
        qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    controller, dialog, release, refreshed = _capture_with_the_desk_thread_held(
        qtbot, make_controller, desk, desk_path, ids["mette"])
    _type(qtbot, "Mette")
    _press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    _type(qtbot, "Ny sovepose")
    _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.clients_loaded
    with qtbot.waitSignal(dialog.contact_saved, timeout=WORKER_TIMEOUT_MS):
        release.set()
    wait_idle(qtbot, controller.db_thread)
    assert refreshed == [True], "the save waited behind the refresh"
    assert [c.note for c in desk.contacts.timeline(ids["mette"])] == ["Ny sovepose"]


def test_a_name_saved_before_the_names_arrive_that_names_no_one_is_asked_about(
        qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    controller, dialog, release, _refreshed = _capture_with_the_desk_thread_held(
        qtbot, make_controller, desk, desk_path)
    _type(qtbot, "Niemand")
    _press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    _type(qtbot, "Ny sovepose")
    _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    release.set()
    wait_idle(qtbot, controller.db_thread)
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    assert dialog.problem_labels["client_id"].isVisible()
    assert dialog.client.hasFocus() and dialog.note.toPlainText() == "Ny sovepose"
    assert all(desk.contacts.timeline(client_id) == [] for client_id in ids.values())
    dialog.done(0)


# --- first-run wizard -------------------------------------------------------------------------

def test_wizard_problems_disappear_when_their_input_changes(qtbot, make_controller):
    controller = make_controller(default_desk_path())
    controller.start()
    wizard = controller.wizard
    _activate(qtbot, wizard)
    _press(qtbot, Qt.Key.Key_Return)  # Next on the welcome page
    worker_page = wizard.worker_page
    assert wizard.currentPage() is worker_page
    worker_page.worker_name.setFocus()
    _type(qtbot, "  ")
    _press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is worker_page and worker_page.name_error.isVisible()
    _type(qtbot, "Jens Hansen")
    assert not worker_page.name_error.isVisible()
    _press(qtbot, Qt.Key.Key_Return)

    page = wizard.passphrase_page
    assert wizard.currentPage() is page
    page.passphrase.setFocus()
    _type(qtbot, "kort")
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "kort")
    _press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is page and page.passphrase_error.isVisible()
    _press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    _type(qtbot, " og lang nok")
    assert not page.passphrase_error.isVisible()
    _press(qtbot, Qt.Key.Key_Return)  # the repetition is still "kort"
    assert wizard.currentPage() is page and page.repeated_error.isVisible()
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, " og lang")
    assert not page.repeated_error.isVisible()
    _type(qtbot, " nok")
    _press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.creating_page
    wizard.reject()


# --- erasure ----------------------------------------------------------------------------------

def test_return_in_the_erasure_dialog_never_cancels_unseen(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    window.show_client(ids["jonas"])
    wait_idle(qtbot, controller.db_thread)
    dialog = window.client_file.open_erasure_dialog()
    _activate(qtbot, dialog)
    dialog.typed_name.setFocus()
    _type(qtbot, "Jonas")
    _press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible(), "Return cancelled the erasure"
    assert dialog.mismatch_hint.isVisible(), "Return with a name that does not match must say why nothing happens"
    _type(qtbot, " Albrecht")
    assert not dialog.mismatch_hint.isVisible()
    with qtbot.waitSignal(dialog.erased, timeout=WORKER_TIMEOUT_MS) as erased:
        _press(qtbot, Qt.Key.Key_Return)
    wait_idle(qtbot, controller.db_thread)
    assert erased.args == [ids["jonas"]]
    assert desk.clients.get(ids["jonas"]).status == ClientStatus.ERASED.value


def test_escape_cancels_the_erasure(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    window.show_client(ids["jonas"])
    wait_idle(qtbot, controller.db_thread)
    dialog = window.client_file.open_erasure_dialog()
    _activate(qtbot, dialog)
    dialog.typed_name.setFocus()
    assert not any("export" in label.text() for label in dialog.findChildren(QLabel)), "there is no export"
    _type(qtbot, "Jonas Albrecht")
    _press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    wait_idle(qtbot, controller.db_thread)
    assert desk.clients.get(ids["jonas"]).status != ClientStatus.ERASED.value


def test_what_is_typed_before_the_names_have_loaded_is_kept_and_saved(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    _activate(qtbot, window)
    busy = threading.Event()
    controller.db_thread.submit(busy.wait)  # the main window's first queries, still running
    _press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QuickCaptureDialog) and w.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WORKER_TIMEOUT_MS)
    assert not dialog.clients_loaded
    _type(qtbot, "Kalle")
    _press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    _type(qtbot, "Schlafsack gebracht")
    with qtbot.waitSignal(dialog.contact_saved, timeout=WORKER_TIMEOUT_MS) as saved:
        _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        busy.set()
    wait_idle(qtbot, controller.db_thread)
    assert saved.args[0] == ids["kalle"]
    assert [c.note for c in desk.contacts.timeline(ids["kalle"])] == ["Schlafsack gebracht"]
