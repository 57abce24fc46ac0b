"""The Sync window: the connection to the office's central store, a sync with progress, what it
told the worker, conflicts and refused changes.

The sync runs on a thread and a desk connection of its own (a sync lane), so the main window's
list, search and quick capture keep working while it waits on the network; the window can
cancel it, and locking cancels it at once.
"""

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.services.errors import ValidationFailed
from casedesk.services.sync_service import NoticeEntry, SyncError, SyncReport, SyncStatus
from casedesk.ui.conflicts_view import ConflictsView
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.errors import problem_text, sync_error_text
from casedesk.ui.refused_view import RefusedChangesView
from casedesk.ui.sync_panel import SyncPanel
from casedesk.ui.vocabulary import format_datetime, notice_text
from casedesk.ui.widgets import hint_label


class SyncDialog(QDialog):
    """Non-modal; ``synced`` fires after every successful sync so the window can refresh."""

    synced = Signal(object)
    status_changed = Signal(object)

    SYNC_TAB, CONFLICTS_TAB, REFUSED_TAB = range(3)

    def __init__(self, desk_handle: DeskHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._status_known = False
        self._start_when_ready = False
        self._notices: list[NoticeEntry] = []
        self.setWindowTitle(self.tr("Sync with the office"))
        self.setMinimumWidth(560)

        self.connection_box = QGroupBox(self.tr("Central store"))
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("postgresql://server.example/casedesk?sslmode=verify-full")
        self.login_edit = QLineEdit()
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_connection_button = QPushButton(self.tr("Check and save connection"))
        self.connection_message = QLabel()
        self.connection_message.setWordWrap(True)
        form = QFormLayout(self.connection_box)
        form.addRow(self.tr("&Address:"), self.url_edit)
        form.addRow(self.tr("&Login:"), self.login_edit)
        form.addRow(self.tr("&Token:"), self.token_edit)
        hint = hint_label(self.tr("The office gives you the login and token. They are kept only inside "
                              "your encrypted desk."))
        form.addRow(hint)
        form.addRow(self.connection_message)
        form.addRow(self.save_connection_button)

        self.last_sync_label = QLabel()
        self.panel = SyncPanel(self._run_sync, self)
        self.panel.sync_button.setEnabled(False)
        self.notices_box = QGroupBox(self.tr("Notices"))
        self.notices_list = QListWidget()
        self.notices_list.setWordWrap(True)
        self.notices_list.setMaximumHeight(110)
        self.mark_read_button = QPushButton(self.tr("&Mark as read"))
        notices_layout = QVBoxLayout(self.notices_box)
        notices_layout.addWidget(self.notices_list)
        notices_layout.addWidget(self.mark_read_button)
        self.notices_box.setVisible(False)
        sync_page = QWidget()
        sync_layout = QVBoxLayout(sync_page)
        sync_layout.addWidget(self.connection_box)
        sync_layout.addWidget(self.last_sync_label)
        sync_layout.addWidget(self.panel)
        sync_layout.addWidget(self.notices_box)
        sync_layout.addStretch()

        self.conflicts = ConflictsView(desk_handle)
        self.refused = RefusedChangesView(desk_handle)
        self.tabs = QTabWidget()
        self.tabs.addTab(sync_page, self.tr("&Sync"))
        self.tabs.addTab(self.conflicts, self.tr("&Conflicts"))
        self.tabs.addTab(self.refused, self.tr("&Refused changes"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

        self.save_connection_button.clicked.connect(self._on_save_connection_button_clicked)
        self.panel.controller.succeeded.connect(self._on_controller_succeeded)
        self.panel.controller.finished.connect(self._refresh_status)
        self.panel.conflicts_found.connect(self._on_panel_conflicts_found)
        self.conflicts.loaded.connect(self._on_conflicts_loaded)
        self.conflicts.conflict_resolved.connect(self._refresh_status)
        self.refused.loaded.connect(self._on_refused_loaded)
        self.refused.changes_settled.connect(self._on_refused_changes_settled)
        self.mark_read_button.clicked.connect(self._on_mark_read_button_clicked)
        desk_handle.closed.connect(self.panel.controller.cancel)
        self._desk_handle.op(self, lambda desk: (desk.sync.status(), desk.sync.central_address())).success(
            self._on_first_status).run()
        self._refresh_notices()

    # --- running a sync on its own lane ---------------------------------------------------------
    def _run_sync(self, progress, cancelled) -> SyncReport:
        """On the sync's thread: a connection of its own, dropped when the sync ends."""
        return self._desk_handle.run_on_sync_lane(lambda lane: lane.run(progress, cancelled))

    def start_sync(self) -> None:
        """Sync now if the connection is set up; otherwise as soon as it is known to be."""
        if not self._status_known:
            self._start_when_ready = True
        elif self.panel.sync_button.isEnabled():
            self.panel.controller.start()

    # --- status ---------------------------------------------------------------------------------
    def _on_first_status(self, result: tuple[SyncStatus, str]) -> None:
        status, address = result
        self._status_known = True
        if not self.url_edit.text():
            # Only into an empty field: the worker may have started typing while this loaded.
            self.url_edit.setText(address)
        self._show_status(status)
        if self._start_when_ready and status.configured:
            self.panel.controller.start()

    @Slot()
    def _refresh_status(self, *_args) -> None:
        self._desk_handle.op(self, lambda desk: desk.sync.status()).success(self._show_status).run()

    def _show_status(self, status: SyncStatus) -> None:
        self.panel.sync_button.setEnabled(status.configured and not self.panel.controller.running)
        if not status.configured:
            self.last_sync_label.setText(self.tr("Sync is not set up yet: enter the connection above."))
        elif status.last_success is None:
            self.last_sync_label.setText(self.tr("Not synced yet."))
        else:
            self.last_sync_label.setText(self.tr("Last successful sync: %1").replace(
                "%1", format_datetime(status.last_success)))
        self.tabs.setTabText(self.CONFLICTS_TAB, self.tr("&Conflicts (%n)", "", status.open_conflicts)
                             if status.open_conflicts else self.tr("&Conflicts"))
        self.status_changed.emit(status)

    @Slot(object)
    def _on_controller_succeeded(self, report: SyncReport) -> None:
        self.conflicts.refresh()
        self.refused.refresh()
        self._refresh_notices()
        if report.refused and not report.open_conflicts:
            self.tabs.setCurrentIndex(self.REFUSED_TAB)
        self.synced.emit(report)

    @Slot(int)
    def _on_refused_loaded(self, count: int) -> None:
        self.tabs.setTabText(self.REFUSED_TAB, self.tr("&Refused changes (%n)", "", count)
                             if count else self.tr("&Refused changes"))

    @Slot(str)
    def _on_refused_changes_settled(self, client_id: str) -> None:
        self._refresh_status()

    # --- notices --------------------------------------------------------------------------------
    def _refresh_notices(self) -> None:
        self._desk_handle.op(self, lambda desk: desk.sync.notices()).success(self._show_notices).run()

    def _show_notices(self, notices: list[NoticeEntry]) -> None:
        self._notices = notices
        self.notices_list.clear()
        for notice in notices:
            self.notices_list.addItem(self.tr("%1: %2").replace("%1", format_datetime(notice.received_at)).replace(
                "%2", notice_text(notice.kind, notice.count, notice.colleague, notice.client_name)))
        self.notices_box.setVisible(bool(notices))

    @Slot()
    def _on_mark_read_button_clicked(self) -> None:
        ids = [notice.id for notice in self._notices]
        self._desk_handle.op(self, lambda desk: desk.sync.mark_notices_read(ids)).success(
            lambda _result: self._refresh_notices()).run()

    @Slot(int)
    def _on_panel_conflicts_found(self, _count: int) -> None:
        self.tabs.setCurrentIndex(self.CONFLICTS_TAB)

    @Slot(int)
    def _on_conflicts_loaded(self, _count: int) -> None:
        self._refresh_status()

    # --- connection -----------------------------------------------------------------------------
    @Slot()
    def _on_save_connection_button_clicked(self) -> None:
        url, login, token = self.url_edit.text(), self.login_edit.text(), self.token_edit.text()
        self.save_connection_button.setEnabled(False)
        self.connection_message.setText(self.tr("Checking the connection…"))
        (self._desk_handle.op(self, lambda desk: desk.sync.configure(url, login, token))
         .success(self._on_connection_saved)
         .failure(self._on_connection_failed)
         .with_progress(self.tr("Checking the connection…"))
         .run())

    def _on_connection_saved(self, _result: None) -> None:
        self.save_connection_button.setEnabled(True)
        self.token_edit.clear()
        self.connection_message.setText(self.tr("Connection saved."))
        self._refresh_status()

    def _on_connection_failed(self, error: BaseException) -> None:
        self.save_connection_button.setEnabled(True)
        if isinstance(error, ValidationFailed):
            self.connection_message.setText(" ".join(problem_text(code) for code in error.problems.values()))
        elif isinstance(error, SyncError):
            self.connection_message.setText(sync_error_text(error))
        else:
            raise error
        self.connection_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
