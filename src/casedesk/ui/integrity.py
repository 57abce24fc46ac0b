"""After unlock, the whole desk is checked for damage on a thread of its own.

Every page's HMAC and the database structure take 6 s + 24 s on a desk of 10 000 clients and
500 000 contacts (measured), far too long for unlock, and the database thread must stay free for the
window: so the check reads through its own read-only connection while the worker goes on. A
lock stops it at once; damage is reported as damage, with the advice to restore a backup.
"""

import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from casedesk.services.desk import Desk
from casedesk.services.errors import DeskDamaged
from casedesk.ui import errors, messages
from casedesk.ui.desk_thread import DeskHandle


class IntegrityCheck(QObject):
    # Emitted from the check's thread; the slot below runs on the GUI thread (queued).
    damage_found = Signal(object)  # DeskDamaged

    def __init__(self, desk: Desk, desk_handle: DeskHandle, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._desk_handle = desk_handle
        self.damage_found.connect(self._on_damage_found)
        self.finished = threading.Event()
        threading.Thread(target=self._run, args=(desk,), name="casedesk-integrity", daemon=True).start()

    def _run(self, desk: Desk) -> None:
        try:
            desk.check_integrity(cancelled=lambda: not self._desk_handle.is_open)
        except DeskDamaged as damage:
            self.damage_found.emit(damage)
        finally:
            self.finished.set()

    @Slot(object)
    def _on_damage_found(self, damage: DeskDamaged) -> None:
        if self._desk_handle.is_open:
            messages.warning(self._window, QCoreApplication.translate("Errors", "CaseDesk"),
                             errors.desk_open_error_text(damage))
