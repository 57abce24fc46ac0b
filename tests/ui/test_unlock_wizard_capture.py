"""Unlock, first-run wizard, quick capture and erasure, driven from the keyboard as a worker would."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import WORKER_TIMEOUT_MS, wait_idle


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
