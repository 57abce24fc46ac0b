"""Damage the quick checks at unlock miss is found right after the window shows, and named as damage."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft
from casedesk.services.errors import DeskDamaged
from casedesk.ui import messages

WORKER_TIMEOUT_MS = 20_000


def _damage_a_page_that_still_opens(desk_path: Path, passphrase: str) -> None:
    pristine = desk_path.read_bytes()
    for page in range(len(pristine) // 4096 - 1, 1, -1):
        damaged = bytearray(pristine)
        damaged[page * 4096 + 300] ^= 0x01
        desk_path.write_bytes(damaged)
        try:
            Desk.open(desk_path, passphrase).close()
        except DeskDamaged:
            continue
        return
    raise AssertionError("every damaged page was already found at open")


# The window's own first queries may meet the damaged page too; they fail as DeskDamaged, which
# is not what this test is about.
@pytest.mark.qt_no_exception_capture
def test_damage_is_reported_after_the_window_shows(qtbot, make_controller, desk, desk_path, passphrase) -> None:
    for number in range(80):
        desk.clients.create(ClientDraft(first_name=f"Client{number}", emergency_notes="n" * 1500))
    desk.close()
    _damage_a_page_that_still_opens(desk_path, passphrase)
    controller = make_controller(desk_path)
    controller.start()
    messages.set_next_answer(messages.StandardButton.Ok)
    qtbot.keyClicks(controller.unlock_dialog.passphrase, passphrase)
    qtbot.keyClick(controller.unlock_dialog.passphrase, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WORKER_TIMEOUT_MS)
    qtbot.waitUntil(lambda: any("damaged" in text for _title, text in messages.shown), timeout=WORKER_TIMEOUT_MS)
    assert "backup" in messages.shown[-1][1]
