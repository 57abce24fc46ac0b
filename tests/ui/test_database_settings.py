"""The Database settings dialog with the keyboard: a new passphrase, a backup now, a restore as a
new desk and over the open one, the rolling backups' settings and the integrity check."""

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import WORKER_TIMEOUT_MS, add_clients, is_closed, open_main_window, visible_dialog, wait_idle

from casedesk.services.desk import Desk
from casedesk.services.desk_security import BACKUP_SUFFIX
from casedesk.services.dto import ClientDraft, ClientFilter
from casedesk.services.errors import WrongPassphrase
from casedesk.ui import messages
from casedesk.ui.database_settings import DatabaseSettingsDialog
from casedesk.ui.desk_security_dialogs import BackupDialog, RestoreDialog

ALT = Qt.KeyboardModifier.AltModifier
NEW = "four new words are enough"  # QTest types ASCII only


def open_dialog(qtbot, controller) -> DatabaseSettingsDialog:
    controller.main_window.database_settings_action.trigger()
    dialog = visible_dialog(qtbot, DatabaseSettingsDialog)
    wait_idle(qtbot, controller.db_thread)
    qtbot.waitUntil(lambda: dialog.overview is not None)
    return dialog


def go_to(qtbot, dialog: DatabaseSettingsDialog, row: int) -> None:
    dialog.section_list.setFocus()
    qtbot.keyClick(dialog.section_list, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(dialog.section_list, Qt.Key.Key_Down)
    assert dialog.stack.currentIndex() == row


def activate(qtbot, window) -> None:
    """Shortcuts reach the active window only (a closed dialog does not hand activation back offscreen)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def press(qtbot, window, letter: Qt.Key) -> None:
    """Alt+letter on a button: Qt clicks it after a short animation (animateClick)."""
    activate(qtbot, window)
    qtbot.keyClick(window, letter, ALT)
    qtbot.wait(200)


def type_into(qtbot, window, letter: Qt.Key, text: str) -> None:
    """Alt+letter to the field, then type, as a worker does."""
    activate(qtbot, window)
    qtbot.keyClick(window, letter, ALT)
    field = QApplication.focusWidget()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_a_new_passphrase_with_the_keyboard(qtbot, make_controller, desk, desk_path, passphrase):
    add_clients(desk)
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    dialog = open_dialog(qtbot, controller)
    go_to(qtbot, dialog, 1)
    security = dialog.security
    assert "256" in security.kdf_label.text() and "AES-256" in security.cipher_label.text()

    type_into(qtbot, dialog, Qt.Key.Key_U, "not the passphrase")
    type_into(qtbot, dialog, Qt.Key.Key_N, NEW)
    assert "strong" in security.new.strength_text.text() or "good" in security.new.strength_text.text()
    type_into(qtbot, dialog, Qt.Key.Key_R, NEW)
    press(qtbot, dialog, Qt.Key.Key_P)
    wait_idle(qtbot, controller.db_thread)
    qtbot.waitUntil(lambda: not security.rekeying)
    assert security.current_error.isVisible()
    assert "not the desk's passphrase" in security.current_error.text()

    type_into(qtbot, dialog, Qt.Key.Key_U, passphrase)
    type_into(qtbot, dialog, Qt.Key.Key_R, NEW + "!")
    press(qtbot, dialog, Qt.Key.Key_P)
    assert security.new.repeated_error.isVisible()
    assert not security.rekeying

    type_into(qtbot, dialog, Qt.Key.Key_R, NEW)
    press(qtbot, dialog, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: not security.rekeying, timeout=WORKER_TIMEOUT_MS)
    wait_idle(qtbot, controller.db_thread)
    assert "only the new passphrase" in security.message.text()
    assert security.current.text() == security.new.passphrase.text() == ""
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: is_closed(dialog))

    controller.quit()
    wait_idle(qtbot, controller.db_thread)
    try:
        Desk.open(desk_path, passphrase)
        raise AssertionError("the old passphrase still opens the desk")
    except WrongPassphrase:
        pass
    reopened = Desk.open(desk_path, NEW)
    try:
        assert len(reopened.clients.list(ClientFilter())) == 3
    finally:
        reopened.close()


def test_the_dialog_stays_while_the_passphrase_changes_and_cancel_stops_it(qtbot, make_controller, desk, desk_path, passphrase,
                                                       monkeypatch):
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    dialog = open_dialog(qtbot, controller)
    go_to(qtbot, dialog, 1)
    release = threading.Event()
    real = desk.security.change_passphrase

    def slow_change(*args, **kwargs) -> None:
        release.wait(10)
        real(*args, **kwargs)

    monkeypatch.setattr(desk.security, "change_passphrase", slow_change)
    type_into(qtbot, dialog, Qt.Key.Key_U, passphrase)
    type_into(qtbot, dialog, Qt.Key.Key_N, NEW)
    type_into(qtbot, dialog, Qt.Key.Key_R, NEW)
    press(qtbot, dialog, Qt.Key.Key_P)
    assert dialog.security.rekeying and dialog.security.progress.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible()
    # Cancel stops it before the re-encrypted copy takes the desk's place: nothing changes.
    cancel = dialog.security.progress.cancel_button
    assert cancel.isVisible()
    cancel.setFocus()
    qtbot.keyClick(cancel, Qt.Key.Key_Space)
    release.set()
    qtbot.waitUntil(lambda: not dialog.security.rekeying, timeout=WORKER_TIMEOUT_MS)
    wait_idle(qtbot, controller.db_thread)
    assert "Nothing was written" in dialog.security.message.text()
    assert desk.engine.url.password == passphrase
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: is_closed(dialog))


def test_back_up_now_and_restore_as_a_new_desk(qtbot, make_controller, desk, desk_path, passphrase, tmp_path):
    add_clients(desk)
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    dialog = open_dialog(qtbot, controller)
    go_to(qtbot, dialog, 2)

    press(qtbot, dialog, Qt.Key.Key_N)
    backup_dialog = visible_dialog(qtbot, BackupDialog)
    assert backup_dialog.path_edit.text().endswith(BACKUP_SUFFIX)
    assert desk_path.stem in Path(backup_dialog.path_edit.text()).name
    target = tmp_path / "usb" / ("desk" + BACKUP_SUFFIX)
    type_into(qtbot, backup_dialog, Qt.Key.Key_F, str(target))
    press(qtbot, backup_dialog, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: is_closed(backup_dialog), timeout=WORKER_TIMEOUT_MS)
    assert target.stat().st_mode & 0o777 == 0o600
    assert str(target) in dialog.backup.status.text()

    press(qtbot, dialog, Qt.Key.Key_R)
    restore_dialog = visible_dialog(qtbot, RestoreDialog)
    type_into(qtbot, restore_dialog, Qt.Key.Key_F, str(target))
    type_into(qtbot, restore_dialog, Qt.Key.Key_P, "wrong passphrase")
    press(qtbot, restore_dialog, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: not restore_dialog.busy, timeout=WORKER_TIMEOUT_MS)
    assert "does not open this backup" in restore_dialog.message.text()

    restored = tmp_path / "restored.casedesk"
    type_into(qtbot, restore_dialog, Qt.Key.Key_P, passphrase)
    press(qtbot, restore_dialog, Qt.Key.Key_N)
    restore_dialog.target_edit.setFocus()
    restore_dialog.target_edit.selectAll()
    qtbot.keyClicks(restore_dialog.target_edit, str(restored))
    messages.set_next_answer(messages.StandardButton.No)  # "Open it now?"
    press(qtbot, restore_dialog, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: is_closed(restore_dialog), timeout=WORKER_TIMEOUT_MS)
    assert any("Open it now?" in text for _title, text in messages.shown)
    assert restored.stat().st_mode & 0o777 == 0o600
    copy = Desk.open(restored, passphrase)
    try:
        assert len(copy.clients.list(ClientFilter())) == 3
    finally:
        copy.close()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: is_closed(dialog))


def test_a_restore_over_the_open_desk_locks_and_opens_the_backup(qtbot, make_controller, desk, desk_path,
                                                                 passphrase, tmp_path):
    add_clients(desk)
    backup = desk.security.backup(tmp_path / ("b" + BACKUP_SUFFIX))
    desk.clients.create(ClientDraft(first_name="Recorded after the backup"))
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    dialog = open_dialog(qtbot, controller)
    go_to(qtbot, dialog, 2)
    press(qtbot, dialog, Qt.Key.Key_R)
    restore_dialog = visible_dialog(qtbot, RestoreDialog)
    type_into(qtbot, restore_dialog, Qt.Key.Key_F, str(backup))
    type_into(qtbot, restore_dialog, Qt.Key.Key_P, passphrase)
    press(qtbot, restore_dialog, Qt.Key.Key_R)
    assert restore_dialog.replace_radio.isChecked()
    messages.set_next_answer(messages.StandardButton.Yes)  # "Replace this desk?"
    press(qtbot, restore_dialog, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: controller.is_locked, timeout=WORKER_TIMEOUT_MS)
    wait_idle(qtbot, controller.db_thread)
    unlock = controller.unlock_dialog
    assert unlock is not None and unlock.isVisible()
    qtbot.keyClicks(unlock.passphrase, passphrase)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WORKER_TIMEOUT_MS)
    wait_idle(qtbot, controller.db_thread)
    result = []
    controller.desk_handle.op(None, lambda desk: [c.display_name for c in desk.clients.list(ClientFilter())]) \
        .success(result.append).run()
    wait_idle(qtbot, controller.db_thread)
    assert len(result[0]) == 3
    assert not any("Recorded after" in name for name in result[0])
    assert [path.name for path in tmp_path.iterdir() if ".partial-" in path.name] == []
    assert [path.name for path in desk_path.parent.iterdir() if ".partial-" in path.name] == []


def test_rolling_backups_are_set_with_the_keyboard_and_made_at_the_lock(qtbot, make_controller, desk, desk_path):
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    dialog = open_dialog(qtbot, controller)
    go_to(qtbot, dialog, 2)
    backup = dialog.backup
    assert backup.keep.value() == 5 and backup.when.currentData() == "daily"
    assert backup.list_label.text() == "none yet"
    qtbot.keyClick(dialog, Qt.Key.Key_K, ALT)
    assert QApplication.focusWidget() is backup.keep
    backup.keep.selectAll()
    qtbot.keyClicks(backup.keep, "2")
    qtbot.keyClick(dialog, Qt.Key.Key_W, ALT)
    assert QApplication.focusWidget() is backup.when
    qtbot.keyClick(backup.when, Qt.Key.Key_Down)
    assert backup.when.currentData() == "lock"
    qtbot.keyClick(backup.when, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, controller.db_thread)
    assert desk.security.rolling_settings().keep == 2
    assert desk.security.rolling_settings().when == "lock"

    controller.main_window.lock_action.trigger()
    wait_idle(qtbot, controller.db_thread)
    assert len(desk.security.rolling_backups()) == 1


def test_the_other_sections_tell_what_the_desk_holds(qtbot, make_controller, desk, desk_path):
    add_clients(desk)
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    dialog = open_dialog(qtbot, controller)
    assert dialog.general.device_label.text() == desk.identity.device_id
    assert dialog.general.path_label.text() == str(desk_path)
    go_to(qtbot, dialog, 3)
    assert dialog.sync.configured_label.text() == "No"
    go_to(qtbot, dialog, 4)
    assert dialog.maintenance.clients_label.text() == "3"
    press(qtbot, dialog, Qt.Key.Key_I)
    qtbot.waitUntil(lambda: dialog.maintenance.result_label.isVisible(), timeout=WORKER_TIMEOUT_MS)
    assert "No damage found" in dialog.maintenance.result_label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: is_closed(dialog))


def test_the_auto_lock_time_is_the_one_of_settings_security(qtbot, make_controller, desk, desk_path, app_settings):
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    dialog = open_dialog(qtbot, controller)
    go_to(qtbot, dialog, 1)
    assert dialog.security.auto_lock.idle_minutes.value() == app_settings.idle_lock_minutes
    type_into(qtbot, dialog, Qt.Key.Key_I, "7")
    qtbot.keyClick(dialog.security.auto_lock.idle_minutes, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, controller.db_thread)
    assert app_settings.idle_lock_minutes == 7
    assert controller.idle._timer.interval() == 7 * 60_000
