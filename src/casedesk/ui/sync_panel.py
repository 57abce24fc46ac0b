"""Sync from the window: a controller that runs a sync off the GUI thread, and a small panel
(button, progress, cancel, result line) around it.

Self-contained on purpose: it needs only a callable ``run_sync(progress, cancelled) -> SyncReport``
(``SyncService.run`` or a ``SyncLane``'s ``run`` fits). The sync runs on a thread of its own, not
the desk's database thread: it waits on the network, and list, search and quick capture must not
wait with it. Give it a connection of its own (``DeskHandle.run_on_sync_lane``).
"""

import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from casedesk.services.sync_service import SyncError, SyncReport
from casedesk.ui.errors import sync_error_text

RunSync = Callable[[Callable[[str, int, int], None], Callable[[], bool]], SyncReport]


# lupdate reads ``translate("Context", "literal")`` calls; the alias keeps lines short.
translate = QCoreApplication.translate


class SyncController(QObject):
    """Runs one sync at a time in the background; all signals arrive on the GUI thread."""

    started = Signal()
    progressed = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, run_sync: RunSync, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._run_sync = run_sync
        self._cancel = threading.Event()
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> bool:
        if self._running:
            return False
        self._running = True
        self._cancel.clear()
        self.started.emit()
        threading.Thread(target=self._work, name="casedesk-sync", daemon=True).start()
        return True

    def cancel(self) -> None:
        self._cancel.set()

    def _work(self) -> None:
        try:
            report = self._run_sync(self._emit_progress, self._cancel.is_set)
        except SyncError as error:
            self._finish(self.failed, sync_error_text(error))
        except Exception:  # noqa: BLE001 - shown as "sync failed"; the outbox keeps everything
            self._finish(self.failed, translate("SyncPanel", "Sync failed."))
        else:
            self._finish(self.succeeded, report)

    def _alive(self) -> bool:
        # Locking deletes the window while the sync thread winds down: nobody is left to tell.
        return shiboken6.isValid(self)

    def _emit_progress(self, stage: str, done: int, total: int) -> None:
        if self._alive():
            self.progressed.emit(stage, done, total)

    def _finish(self, signal, outcome: object) -> None:
        if not self._alive():
            return
        self._running = False
        signal.emit(outcome)
        self.finished.emit()


class SyncPanel(QWidget):
    """"Sync now", a progress bar while it runs, "Cancel", and one line saying what happened."""

    conflicts_found = Signal(int)

    def __init__(self, run_sync: RunSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = SyncController(run_sync, self)
        self.sync_button = QPushButton(translate("SyncPanel", "Sync &now"))
        self.cancel_button = QPushButton(translate("SyncPanel", "Cancel s&ync"))
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel(translate("SyncPanel", "Not synced in this session."))
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.sync_button.clicked.connect(self._on_sync_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.controller.started.connect(self._on_controller_started)
        self.controller.progressed.connect(self._on_controller_progressed)
        self.controller.succeeded.connect(self._on_controller_succeeded)
        self.controller.failed.connect(self._on_controller_failed)
        self.controller.finished.connect(self._on_controller_finished)

    @Slot()
    def _on_sync_button_clicked(self) -> None:
        self.controller.start()

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self.controller.cancel()
        self.cancel_button.setEnabled(False)

    @Slot()
    def _on_controller_started(self) -> None:
        self.sync_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(True)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(translate("SyncPanel", "Syncing…"))

    @Slot(str, int, int)
    def _on_controller_progressed(self, stage: str, done: int, total: int) -> None:
        labels = {"push": translate("SyncPanel", "Sending changes…"), "pull": translate("SyncPanel", "Receiving changes…"), "check": translate("SyncPanel", "Checking…")}
        self.status.setText(labels.get(stage, translate("SyncPanel", "Syncing…")))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def report_text(self, report: SyncReport, open_conflicts: int = 0) -> str:
        # self.tr, not translate(): pyside6-lupdate 6.11 reads plural forms from tr() calls only.
        number = QLocale().toString
        parts = [self.tr("Applied: %1 · merged: %2 · refused: %3 · received: %4.")
                 .replace("%1", number(report.applied)).replace("%2", number(report.merged))
                 .replace("%3", number(len(report.refused))).replace("%4", number(report.pulled))]
        purged, erased, refused = report.purged_clients, report.erased_clients, len(report.refused)
        if purged:
            parts.append(self.tr("%n client(s) no longer yours were removed.", "", purged))
        if erased:
            parts.append(self.tr("%n client(s) were erased.", "", erased))
        if refused:
            parts.append(self.tr("%n refused change(s) wait for your decision.", "", refused))
        if open_conflicts:
            parts.append(self.tr("%n conflict(s) need resolving.", "", open_conflicts))
        return " ".join(parts)

    @Slot(object)
    def _on_controller_succeeded(self, report: SyncReport) -> None:
        self.status.setText(self.report_text(report, report.open_conflicts))
        if report.open_conflicts:
            self.conflicts_found.emit(report.open_conflicts)

    @Slot(str)
    def _on_controller_failed(self, message: str) -> None:
        self.status.setText(message)

    @Slot()
    def _on_controller_finished(self) -> None:
        self.sync_button.setEnabled(True)
        self.cancel_button.setVisible(False)
        self.progress.setVisible(False)
