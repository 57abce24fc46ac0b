"""First run, unlock, lock on demand and on idle."""

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from ui_helpers import WORKER_TIMEOUT_MS, add_clients, open_main_window, wait_idle

from casedesk.paths import default_desk_path
from casedesk.services.desk import Desk
from casedesk.ui.client_file import ClientFile
from casedesk.ui.main_window import MainWindow


def client_files_alive() -> list[ClientFile]:
    return [widget for widget in QApplication.allWidgets() if isinstance(widget, ClientFile)]


def test_wizard_creates_desk_and_opens_main_window(qtbot, make_controller, app_settings):
    path = default_desk_path()
    controller = make_controller(path)
    controller.start()
    wizard = controller.wizard
    assert wizard is not None and controller.unlock_dialog is None
    wizard.next()
    qtbot.keyClicks(wizard.worker_page.worker_name, "Jens Hansen")
    qtbot.keyClicks(wizard.worker_page.team, "Gadeteam Vesterbro")
    wizard.worker_page.language.setCurrentIndex(wizard.worker_page.language.findData("da"))
    wizard.next()
    page = wizard.passphrase_page
    qtbot.keyClicks(page.passphrase, "kort")
    assert "weak" in page.strength_text.text()
    qtbot.keyClicks(page.repeated, "kort")
    wizard.next()
    assert wizard.currentPage() is page, "a too short passphrase must keep the wizard on this page"
    assert page.passphrase_error.isVisible() or not page.passphrase_error.isHidden()
    page.passphrase.setText("fire heste på en grøn eng")
    page.repeated.setText("fire heste på en grøn eng")
    wizard.next()
    assert wizard.currentPage() is wizard.creating_page
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WORKER_TIMEOUT_MS)
    wait_idle(qtbot, controller.db_thread)
    assert path.exists()
    assert app_settings.language == "da"
    status = " ".join(label.text() for label in controller.main_window.statusBar().findChildren(type(page.strength_text)))
    assert "Jens Hansen" in status
    desk = Desk.open(path, "fire heste på en grøn eng")
    try:
        assert desk.identity.team == "Gadeteam Vesterbro"
    finally:
        desk.close()


def test_unlock_refuses_wrong_passphrase_and_stays_open(qtbot, make_controller, desk, desk_path, passphrase):
    desk.close()
    controller = make_controller(desk_path)
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.isVisible() and dialog.passphrase.isEnabled(), timeout=WORKER_TIMEOUT_MS)
    assert "Wrong passphrase" in dialog.message.text()
    assert dialog.isVisible() and controller.is_locked
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WORKER_TIMEOUT_MS)
    wait_idle(qtbot, controller.db_thread)
    assert not controller.is_locked
    assert controller.unlock_dialog is None


def test_unlock_explains_a_file_that_is_no_desk(qtbot, make_controller, tmp_path):
    not_a_desk = tmp_path / "letter.casedesk"
    not_a_desk.write_bytes(b"Dear office, " * 100)
    controller = make_controller(not_a_desk)
    controller.start()
    dialog = controller.unlock_dialog
    qtbot.keyClicks(dialog.passphrase, "whatever it is")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.isVisible() and dialog.passphrase.isEnabled(), timeout=WORKER_TIMEOUT_MS)
    assert "not a CaseDesk desk" in dialog.message.text()


def _lock_and_unlock_back(qtbot, controller, trigger_lock, monkeypatch, passphrase):
    closed = []
    original_close = Desk.close
    monkeypatch.setattr(Desk, "close", lambda self: (closed.append(self), original_close(self)))
    window = controller.main_window
    file_before = window.client_file
    trigger_lock(window)
    qtbot.waitUntil(lambda: controller.is_locked and controller.unlock_dialog is not None, timeout=WORKER_TIMEOUT_MS)
    wait_idle(qtbot, controller.db_thread)
    assert closed, "locking must close the desk (and with it the key)"
    assert QApplication.clipboard().text() == "", "text copied from the app must not outlive the lock"
    assert controller.main_window is None
    qtbot.waitUntil(lambda: not client_files_alive())
    assert not any(isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets())
    assert file_before is not None
    dialog = controller.unlock_dialog
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WORKER_TIMEOUT_MS)
    wait_idle(qtbot, controller.db_thread)


def test_ctrl_l_locks_and_unlock_returns_to_the_same_client(qtbot, make_controller, desk, desk_path, monkeypatch, passphrase):
    ids = add_clients(desk)
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    window.client_list.select_client(ids["mette"])
    wait_idle(qtbot, controller.db_thread)
    window.client_file.show_tab("contacts")
    assert window.current_client_id() == ids["mette"]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QApplication.clipboard().setText("Mette Sørensen")  # as if copied from the client file

    _lock_and_unlock_back(qtbot, controller, lambda w: qtbot.keyClick(w, Qt.Key.Key_L,
                                                                       Qt.KeyboardModifier.ControlModifier), monkeypatch, passphrase)
    window = controller.main_window
    assert window.current_client_id() == ids["mette"]
    assert window.client_file.current_tab_key() == "contacts"
    assert window.client_list.selected_client_id() == ids["mette"]


def test_lock_closes_open_dialogs(qtbot, make_controller, desk, desk_path, monkeypatch, passphrase):
    ids = add_clients(desk)
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    window.show_client(ids["kalle"])
    wait_idle(qtbot, controller.db_thread)
    capture = window.open_quick_capture()
    wait_idle(qtbot, controller.db_thread)
    capture.note.setPlainText("Wirkte müde")
    _lock_and_unlock_back(qtbot, controller, lambda w: w.lock_action.trigger(), monkeypatch, passphrase)
    qtbot.waitUntil(lambda: not shiboken6.isValid(capture))


def test_idle_timeout_locks(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    controller = make_controller(desk_path, idle_timeout_ms=300)
    open_main_window(qtbot, controller, desk)
    controller.main_window.show_client(ids["jonas"])
    wait_idle(qtbot, controller.db_thread)
    qtbot.waitUntil(lambda: controller.is_locked, timeout=3000)
    wait_idle(qtbot, controller.db_thread)
    assert controller.main_window is None
    assert controller.unlock_dialog is not None and controller.unlock_dialog.isVisible()


def test_input_postpones_idle_lock(qtbot, make_controller, desk, desk_path):
    # Keys every 200 ms against a 1.5 s timeout: a loaded CI machine may stall the GUI thread
    # for a few hundred milliseconds, which must not count as the worker being away.
    controller = make_controller(desk_path, idle_timeout_ms=1500)
    open_main_window(qtbot, controller, desk)
    search = controller.main_window.client_list.search
    for _ in range(10):
        qtbot.wait(200)
        qtbot.keyClick(search, Qt.Key.Key_A)
    assert not controller.is_locked
    wait_idle(qtbot, controller.db_thread)


@pytest.mark.parametrize("language, expected_title", [("de", "CaseDesk entsperren"), ("da", "Lås CaseDesk op")])
def test_unlock_dialog_speaks_the_chosen_language(qtbot, make_controller, desk, desk_path, language,
                                                   expected_title, qapp):
    from casedesk.ui.app import install_translations

    desk.close()
    translators = install_translations(qapp, language)
    try:
        controller = make_controller(desk_path, language=language)
        controller.start()
        assert controller.unlock_dialog.windowTitle() == expected_title
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_smoke_test_starts_and_exits_cleanly(tmp_path):
    import os
    import subprocess
    import sys

    env = dict(os.environ, CASEDESK_HOME=str(tmp_path / "smoke-home"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "casedesk", "--smoke-test"], env=env, timeout=60,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert not any(Path(tmp_path / "smoke-home").rglob("*.casedesk"))
