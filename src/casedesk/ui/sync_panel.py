"""Sync from the window: a controller that runs a sync off the GUI thread, and a small panel
(button, progress, cancel, result line) around it.

Self-contained on purpose: it needs only a callable ``run_sync(progress, cancelled) -> SyncReport``
(``SyncService.run`` fits) and, optionally, ``submit`` — how to run a function off the GUI thread.
Pass the main window's desk worker there so the sync never uses the desk's connection at the same
time as other database work; without it a plain thread is used.
"""

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from casedesk.services.sync_service import (
    CentralNotInitialised,
    CentralOutdated,
    CentralUnreachable,
    ClientOutdated,
    ClockAhead,
    CredentialsRejected,
    DeviceRevoked,
    SyncCancelled,
    SyncError,
    SyncNotConfigured,
    SyncReport,
    WrongWorker,
)

RunSync = Callable[[Callable[[str, int, int], None], Callable[[], bool]], SyncReport]
Submit = Callable[[Callable[[], None]], None]


# lupdate reads ``translate("Context", "literal")`` calls; the alias keeps lines short.
translate = QCoreApplication.translate


def sync_error_text(error: BaseException) -> str:
    """The worker-facing sentence for a failed sync."""
    messages: list[tuple[type[BaseException], str]] = [
        (SyncNotConfigured, translate("SyncPanel", "Sync is not set up yet. Ask the office for your login and token.")),
        (CentralUnreachable, translate("SyncPanel", "The office's central store cannot be reached. Nothing was lost; "
                                 "try again when you are online.")),
        (CredentialsRejected, translate("SyncPanel", "The central store refused your login. Ask the office for new credentials.")),
        (CentralNotInitialised, translate("SyncPanel", "There is no CaseDesk central store at the configured address.")),
        (DeviceRevoked, translate("SyncPanel", "This laptop was revoked by the office. Its local copy has been wiped.")),
        (ClientOutdated, translate("SyncPanel", "The central store needs a newer CaseDesk. Please update; nothing was sent.")),
        (CentralOutdated, translate("SyncPanel", "The central store is older than this CaseDesk. Please tell the office.")),
        (ClockAhead, translate("SyncPanel", "This laptop's clock is ahead of the office's. Correct the date and time, "
                         "then sync again.")),
        (WrongWorker, translate("SyncPanel", "These credentials belong to another worker.")),
        (SyncCancelled, translate("SyncPanel", "Sync cancelled. What was already sent stays sent.")),
    ]
    return next((text for kind, text in messages if isinstance(error, kind)), translate("SyncPanel", "Sync failed."))


def report_text(report: SyncReport, open_conflicts: int = 0) -> str:
    parts = [translate("SyncPanel", "Sent {sent}, received {received}.").format(sent=report.pushed, received=report.pulled)]
    if report.purged_clients:
        parts.append(translate("SyncPanel", "{count} client(s) no longer yours were removed.").format(count=report.purged_clients))
    if report.erased_clients:
        parts.append(translate("SyncPanel", "{count} client(s) were erased.").format(count=report.erased_clients))
    if report.rejected:
        parts.append(translate("SyncPanel", "{count} change(s) were refused and stay here.").format(count=report.rejected))
    if open_conflicts:
        parts.append(translate("SyncPanel", "{count} conflict(s) need resolving.").format(count=open_conflicts))
    return " ".join(parts)


class SyncController(QObject):
    """Runs one sync at a time in the background; all signals arrive on the GUI thread."""

    started = Signal()
    progressed = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, run_sync: RunSync, parent: QObject | None = None, submit: Submit | None = None) -> None:
        super().__init__(parent)
        self._run_sync = run_sync
        self._submit = submit or (lambda fn: threading.Thread(target=fn, name="casedesk-sync", daemon=True).start())
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
        self._submit(self._work)
        return True

    def cancel(self) -> None:
        self._cancel.set()

    def _work(self) -> None:
        try:
            report = self._run_sync(self.progressed.emit, self._cancel.is_set)
        except SyncError as error:
            self._done()
            self.failed.emit(sync_error_text(error))
        except Exception:  # noqa: BLE001 - shown as "sync failed"; the outbox keeps everything
            self._done()
            self.failed.emit(translate("SyncPanel", "Sync failed."))
        else:
            self._done()
            self.succeeded.emit(report)
        self.finished.emit()

    def _done(self) -> None:
        self._running = False


class SyncPanel(QWidget):
    """"Sync now", a progress bar while it runs, "Cancel", and one line saying what happened."""

    conflicts_found = Signal(int)

    def __init__(self, run_sync: RunSync, parent: QWidget | None = None, submit: Submit | None = None) -> None:
        super().__init__(parent)
        self.controller = SyncController(run_sync, self, submit)
        self.sync_button = QPushButton(translate("SyncPanel", "Sync now"))
        self.cancel_button = QPushButton(translate("SyncPanel", "Cancel"))
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

    @Slot(object)
    def _on_controller_succeeded(self, report: SyncReport) -> None:
        self.status.setText(report_text(report, report.open_conflicts))
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
