"""The main window: client list on the left, the client file or Today on the right."""

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from casedesk import __version__
from casedesk.ui import messages
from casedesk.ui.client_dialog import ClientDialog
from casedesk.ui.client_file import ClientFile
from casedesk.ui.client_list import ClientListPanel
from casedesk.ui.crisis_lines_dialog import CrisisLinesDialog
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.icons import app_icon, icon
from casedesk.ui.print_actions import build_print_menu
from casedesk.ui.quick_capture import QUICK_CAPTURE_SHORTCUT, QuickCaptureDialog
from casedesk.ui.settings import AppSettings
from casedesk.ui.settings_dialog import SettingsDialog
from casedesk.ui.sync_dialog import SyncDialog
from casedesk.ui.today import TodayView
from casedesk.ui.vocabulary import format_datetime
from casedesk.ui.widgets import HINT_STYLE


@dataclass(frozen=True)
class ViewState:
    """Where the worker was, so unlocking brings them back there."""

    client_id: str = ""
    tab_index: int = 0


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quit_requested = Signal()
    settings_changed = Signal()

    def __init__(self, desk_handle: DeskHandle, settings: AppSettings, demo: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk_handle = desk_handle
        self._settings = settings
        self._demo = demo
        self._closing_for_lock = False
        self.client_file: ClientFile | None = None
        self.setWindowIcon(app_icon())
        title = self.tr("CaseDesk — %1").replace("%1", desk_handle.desk_name)
        self.setWindowTitle(self.tr("DEMO — %1").replace("%1", title) if demo else title)

        self.client_list = ClientListPanel(desk_handle)
        self.today = TodayView(desk_handle)
        self.placeholder = QLabel(self.tr("Select a client on the left, or press Ctrl+T for Today."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet(HINT_STYLE)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.today)
        self.pages.addWidget(self.placeholder)
        splitter = QSplitter()
        splitter.addWidget(self.client_list)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([440, 760])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        if demo:
            self.demo_banner = QLabel(self.tr("DEMO — this desk holds made-up example data, not real clients."))
            self.demo_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.demo_banner.setStyleSheet("background: #e8a33d; color: #2b1b00; font-weight: 700; padding: 4px;")
            layout.addWidget(self.demo_banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self._create_actions()
        self._create_menus_and_toolbars()
        self._add_sync()
        self._add_printing()
        self._create_status_bar()
        self.client_list.client_selected.connect(self.show_client)
        self.today.client_activated.connect(self._on_today_client_activated)
        self.desk_handle.data_changed.connect(self._on_session_data_changed)
        self.resize(1200, 760)
        geometry = settings.geometry("main_window")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.client_list.refresh()
        self.show_today()

    # --- actions -------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: str | QKeySequence.StandardKey | None = None,
                icon_name: str = "", tip: str = "", app_wide: bool = False) -> QAction:
        """An action of this window; ``app_wide`` shortcuts also work while a dialog has focus."""
        action = QAction(icon(icon_name), text, self) if icon_name else QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            if app_wide:
                action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            sequence = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip or text.replace('&', '').rstrip('…')} ({sequence})")
        elif tip:
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.new_client_action = self._action(self.tr("&New client…"), self.open_new_client_dialog, "Ctrl+N",
                                              "client-new", self.tr("New client"))
        self.quick_capture_action = self._action(self.tr("&Record contact…"), self.open_quick_capture,
                                                 QUICK_CAPTURE_SHORTCUT, "contact-capture",
                                                 self.tr("Record a contact quickly"), app_wide=True)
        self.new_task_action = self._action(self.tr("New &task…"), self._on_new_task_action_triggered,
                                            "Ctrl+Shift+T", "task-new", self.tr("New task for the selected client"))
        self.edit_client_action = self._action(self.tr("&Edit client…"), self._on_edit_client_action_triggered,
                                               "Ctrl+E")
        self.find_action = self._action(self.tr("&Find client"), self.focus_search, "Ctrl+F")
        self.today_action = self._action(self.tr("&Today"), self.show_today, "Ctrl+T", "today",
                                         self.tr("Who is overdue, what is due"))
        self.refresh_action = self._action(self.tr("Re&fresh"), self.refresh, "F5", "refresh")
        self.lock_action = self._action(self.tr("&Lock"), self.lock_requested.emit, "Ctrl+L", "lock",
                                        self.tr("Lock the desk"), app_wide=True)
        self.settings_action = self._action(self.tr("&Settings…"), self.open_settings, "Ctrl+,", "settings")
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.about_action = self._action(self.tr("&About CaseDesk"), self._on_about_action_triggered)
        self.new_task_action.setEnabled(False)
        self.edit_client_action.setEnabled(False)

    def _create_menus_and_toolbars(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)
        client_menu = self.menuBar().addMenu(self.tr("&Client"))
        for action in (self.new_client_action, self.edit_client_action, self.quick_capture_action,
                       self.new_task_action):
            client_menu.addAction(action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for action in (self.today_action, self.find_action, self.refresh_action):
            view_menu.addAction(action)
        # Filled by add_toolbar_action (sync, printing); hidden while empty.
        self.tools_menu = self.menuBar().addMenu(self.tr("T&ools"))
        self.tools_menu.menuAction().setVisible(False)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        self.main_toolbar = QToolBar(self.tr("Main"))
        self.main_toolbar.setObjectName("mainToolbar")
        self.main_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_client_action, self.quick_capture_action, self.new_task_action, self.today_action):
            self.main_toolbar.addAction(action)
        self.main_toolbar.addSeparator()
        self.main_toolbar.addAction(self.refresh_action)
        self.main_toolbar.addAction(self.lock_action)
        self.addToolBar(self.main_toolbar)
        self.extension_toolbar = QToolBar(self.tr("Sync and print"))
        self.extension_toolbar.setObjectName("extensionToolbar")
        self.extension_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.extension_toolbar.hide()
        self.addToolBar(self.extension_toolbar)

    def _add_sync(self) -> None:
        self.sync_dialog: SyncDialog | None = None
        self.sync_action = self._action(self.tr("&Sync…"), self.open_sync_dialog, "Ctrl+Shift+S", "sync",
                                        self.tr("Sync with the office's central store (Ctrl+Shift+S)"))
        self.add_toolbar_action(self.sync_action)

    def open_sync_dialog(self) -> SyncDialog:
        """Show the sync window and start a sync (the worker asked for one)."""
        if self.sync_dialog is None:
            self.sync_dialog = SyncDialog(self.desk_handle, self)
            self.sync_dialog.status_changed.connect(self._show_sync_status)
        self.sync_dialog.show()
        self.sync_dialog.raise_()
        self.sync_dialog.start_sync()
        return self.sync_dialog

    def _refresh_sync_status(self) -> None:
        self.desk_handle.op(self, lambda desk: desk.sync.status()).success(self._show_sync_status).run()

    def _show_sync_status(self, status) -> None:
        if not status.configured:
            text = self.tr("Sync not set up")
        elif status.last_success is None:
            text = self.tr("Never synced")
        else:
            text = self.tr("Last sync: %1").replace("%1", format_datetime(status.last_success))
        if status.pending_changes:
            text += " · " + self.tr("%n unsynced change(s)", "", status.pending_changes)
        if status.open_conflicts:
            text += " · " + self.tr("%n conflict(s)", "", status.open_conflicts)
        if status.refused_changes:
            text += " · " + self.tr("%n refused change(s)", "", status.refused_changes)
        self.sync_status_label.setText(text)

    def _add_printing(self) -> None:
        self.print_menu = build_print_menu(self, self.desk_handle, self.current_client_id, self.current_contact_id)
        print_action = self.print_menu.menuAction()
        print_action.setIcon(icon("print"))
        print_action.setShortcut(QKeySequence.StandardKey.Print)
        print_action.setToolTip(self.tr("Print documents (%1)").replace(
            "%1", QKeySequence(QKeySequence.StandardKey.Print).toString(QKeySequence.SequenceFormat.NativeText)))
        print_action.triggered.connect(self._on_print_action_triggered)
        self.add_toolbar_action(print_action)
        self.crisis_lines_action = QAction(self.tr("Team phone &numbers…"), self)
        self.crisis_lines_action.triggered.connect(self.open_crisis_lines_dialog)
        self.tools_menu.addAction(self.crisis_lines_action)

    def _on_print_action_triggered(self) -> None:
        # The toolbar button and Ctrl+P open the menu where the worker picks the document.
        button = self.extension_toolbar.widgetForAction(self.print_menu.menuAction())
        anchor = button.mapToGlobal(button.rect().bottomLeft()) if button else self.cursor().pos()
        self.print_menu.popup(anchor)

    def open_crisis_lines_dialog(self) -> CrisisLinesDialog:
        dialog = CrisisLinesDialog(self.desk_handle, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def current_contact_id(self) -> str:
        if self.current_client_id() and self.client_file is not None:
            return self.client_file.current_contact_id()
        return ""

    def add_toolbar_action(self, action: QAction, in_tools_menu: bool = True) -> None:
        """The place for features built elsewhere (sync, printing) to hook into the window."""
        self.extension_toolbar.addAction(action)
        self.extension_toolbar.show()
        if in_tools_menu:
            self.tools_menu.addAction(action)
            self.tools_menu.menuAction().setVisible(True)

    def _create_status_bar(self) -> None:
        identity = self.desk_handle.identity
        worker = QLabel(self.tr("Worker: %1").replace("%1", identity.name)
                        + (f" ({identity.team})" if identity.team else ""))
        desk = QLabel(self.tr("Desk: %1").replace("%1", self.desk_handle.desk_name))
        self.sync_status_label = QLabel()
        self.statusBar().addPermanentWidget(self.sync_status_label)
        self.statusBar().addPermanentWidget(worker)
        self.statusBar().addPermanentWidget(desk)
        self._refresh_sync_status()
        if self._demo:
            demo = QLabel(self.tr("DEMO"))
            demo.setStyleSheet("background: #e8a33d; color: #2b1b00; font-weight: 700; padding: 0 6px;")
            self.statusBar().addPermanentWidget(demo)

    # --- navigation ----------------------------------------------------------------------------
    def show_today(self) -> None:
        self.pages.setCurrentWidget(self.today)
        self.today.refresh()

    def show_client(self, client_id: str, tab_index: int = 0) -> None:
        if self.client_file is not None and self.client_file.client_id == client_id:
            self.pages.setCurrentWidget(self.client_file)
            return
        if self.client_file is not None:
            if not self.client_file.relapse_card.confirm_discard():
                return
            self.pages.removeWidget(self.client_file)
            self.client_file.deleteLater()
        self.client_file = ClientFile(self.desk_handle, client_id)
        self.client_file.setCurrentIndex(tab_index)
        self.client_file.record_contact_requested.connect(self.open_quick_capture)
        self.client_file.erased.connect(self._on_client_file_erased)
        self.pages.addWidget(self.client_file)
        self.pages.setCurrentWidget(self.client_file)
        self.new_task_action.setEnabled(True)
        self.edit_client_action.setEnabled(True)

    def _on_client_file_erased(self, _client_id: str) -> None:
        self.pages.removeWidget(self.client_file)
        self.client_file.deleteLater()
        self.client_file = None
        self.new_task_action.setEnabled(False)
        self.edit_client_action.setEnabled(False)
        self.show_today()

    def current_client_id(self) -> str:
        if self.client_file is not None and self.pages.currentWidget() is self.client_file:
            return self.client_file.client_id
        return ""

    def view_state(self) -> ViewState:
        client_id = self.current_client_id()
        return ViewState(client_id, self.client_file.currentIndex() if client_id and self.client_file else 0)

    def restore_view_state(self, state: ViewState) -> None:
        if state.client_id:
            self.show_client(state.client_id, state.tab_index)
            self.client_list.select_client(state.client_id)

    def focus_search(self) -> None:
        self.client_list.search.setFocus()
        self.client_list.search.selectAll()

    def refresh(self) -> None:
        self.desk_handle.notify_changed("")

    def _on_session_data_changed(self, _client_id: str) -> None:
        self.client_list.refresh()
        self._refresh_sync_status()

    def _on_today_client_activated(self, client_id: str) -> None:
        self.show_client(client_id)
        self.client_list.select_client(client_id)

    # --- dialogs -------------------------------------------------------------------------------
    def open_new_client_dialog(self) -> ClientDialog:
        dialog = ClientDialog(self.desk_handle, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.client_saved.connect(self._on_client_dialog_client_saved)
        dialog.open()
        return dialog

    def _on_client_dialog_client_saved(self, client_id: str) -> None:
        self.show_client(client_id)
        self.client_list.select_client(client_id)

    def open_quick_capture(self, client_id: str = "") -> QuickCaptureDialog:
        dialog = QuickCaptureDialog(self.desk_handle, client_id or self.current_client_id(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_new_task_action_triggered(self) -> None:
        if self.client_file is not None:
            self.client_file.open_task_dialog()

    def _on_edit_client_action_triggered(self) -> None:
        if self.client_file is not None:
            self.client_file.edit_button.click()

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self._settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.settings_changed.emit)
        dialog.open()
        return dialog

    def _on_about_action_triggered(self) -> None:
        messages.information(self, self.tr("About CaseDesk"), self.tr(
            "CaseDesk %1\nEncrypted case management for outreach work.").replace("%1", __version__))

    # --- closing -------------------------------------------------------------------------------
    def close_for_lock(self) -> None:
        """Close without asking to quit: the controller is locking the desk."""
        self._closing_for_lock = True
        self._settings.set_geometry("main_window", self.saveGeometry())
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.set_geometry("main_window", self.saveGeometry())
        super().closeEvent(event)
        if not self._closing_for_lock:
            self.quit_requested.emit()
