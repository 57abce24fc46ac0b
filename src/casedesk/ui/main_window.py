"""The main window: client list on the left, the client file or Today on the right."""

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from casedesk import __version__
from casedesk.domain import Role
from casedesk.services.dto import DraftToPark, ParkedDraftEntry
from casedesk.ui import messages
from casedesk.ui.audit_dialog import AuditDialog
from casedesk.ui.caseload_view import CaseloadDialog
from casedesk.ui.client_dialog import ClientDialog
from casedesk.ui.client_file import ClientFile
from casedesk.ui.client_list import ClientListPanel
from casedesk.ui.crisis_lines_dialog import CrisisLinesDialog
from casedesk.ui.database_settings import DatabaseSettingsDialog
from casedesk.ui.deputy_view import DeputyWorkDialog
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.duplicates import DuplicatesDialog
from casedesk.ui.edit_dialog import EditDialog
from casedesk.ui.icons import app_icon, icon
from casedesk.ui.instrument_items_dialog import InstrumentItemsDialog
from casedesk.ui.items_dialog import ItemsDialog
from casedesk.ui.life_domains_dialog import LifeDomainsDialog
from casedesk.ui.monitoring_rules import MonitoringRulesDialog
from casedesk.ui.print_actions import build_print_menu
from casedesk.ui.provider_directory import ProviderDirectory
from casedesk.ui.quick_capture import QUICK_CAPTURE_SHORTCUT, QuickCaptureDialog
from casedesk.ui.retention import RetentionDialog
from casedesk.ui.settings import AppSettings
from casedesk.ui.settings_dialog import SettingsDialog
from casedesk.ui.statistics_dialog import StatisticsDialog
from casedesk.ui.street import ACTIVITY_SHORTCUT, ROUND_SHORTCUT, ActivityDialog, RoundDialog
from casedesk.ui.sync_dialog import SyncDialog
from casedesk.ui.today import TodayView
from casedesk.ui.vocabulary import format_datetime
from casedesk.ui.widgets import HINT_STYLE, fit_to_screen

# How long a passing message ("contact saved") stays in the status bar.
STATUS_MESSAGE_MS = 8000
# What the client list shows: names, phases, responsibility, last contact, overdue.
CLIENT_LIST_TABLES = ("client", "case_episode", "phase_change", "contact", "worker")
# What the status bar's sync line counts.
SYNC_STATUS_TABLES = ("pending_change", "sync_conflict", "desk_setting")


@dataclass(frozen=True)
class ViewState:
    """Where the worker was, so unlocking brings them back there (the tab by its key: tabs may
    come and go between versions, their keys stay)."""

    client_id: str = ""
    tab_key: str = ""


class _ShortcutsOverTextFields(QObject):
    """Text fields claim some of the window's shortcuts (Ctrl+E moves a line edit's cursor to
    the end on X11); inside this window the window's action wins."""

    def __init__(self, window: QMainWindow, sequences: list[QKeySequence]) -> None:
        super().__init__(window)
        self._window = window
        self._combinations = {sequence[0].toCombined() for sequence in sequences if not sequence.isEmpty()}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Filtered out (not accepted by the text field): Qt then offers the key to the shortcuts.
        return (event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, QWidget)
                and watched.window() is self._window
                and event.keyCombination().toCombined() in self._combinations)


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quit_requested = Signal()
    settings_changed = Signal()
    #: A DeskSwitch: lock, then unlock another desk (a restored backup), see DatabaseSettingsDialog.
    desk_switch_requested = Signal(object)

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
        splitter.setSizes([400, 800])
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
        self.client_list.client_activated.connect(self._on_client_list_client_activated)
        self.today.client_activated.connect(self._on_today_client_activated)
        self.desk_handle.changed.connect(self._on_desk_handle_changed)
        self.resize(1200, 700)
        geometry = settings.geometry("main_window")
        if geometry is not None:
            self.restoreGeometry(geometry)
        fit_to_screen(self)
        self._text_field_guard = _ShortcutsOverTextFields(self, [self.edit_client_action.shortcut()])
        QApplication.instance().installEventFilter(self._text_field_guard)
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
        self.database_settings_action = self._action(self.tr("&Database settings…"), self.open_database_settings)
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.about_action = self._action(self.tr("&About CaseDesk"), self._on_about_action_triggered)
        self.new_task_action.setEnabled(False)
        self.edit_client_action.setEnabled(False)

    def _create_menus_and_toolbars(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.database_settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)
        client_menu = self.menuBar().addMenu(self.tr("&Client"))
        for action in (self.new_client_action, self.edit_client_action, self.quick_capture_action,
                       self.new_task_action):
            client_menu.addAction(action)
        # Street work: a round and working time that is no contact, beside the contacts.
        self.round_action = self._action(self.tr("Street r&ound…"), self.open_round_dialog, ROUND_SHORTCUT,
                                         tip=self.tr("Count a street round or group contact"), app_wide=True)
        self.activity_action = self._action(self.tr("Record &activity…"), self.open_activity_dialog,
                                            ACTIVITY_SHORTCUT, tip=self.tr("Working time that is no contact"),
                                            app_wide=True)
        client_menu.addSeparator()
        client_menu.addAction(self.round_action)
        client_menu.addAction(self.activity_action)
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
        self.provider_directory_action = QAction(self.tr("&Helper directory…"), self)
        self.provider_directory_action.triggered.connect(self.open_provider_directory)
        self.tools_menu.addAction(self.provider_directory_action)
        self.duplicates_action = QAction(self.tr("Possible &duplicates…"), self)
        self.duplicates_action.triggered.connect(self.open_duplicates_dialog)
        self.tools_menu.addAction(self.duplicates_action)
        self.caseload_action = QAction(self.tr("&Caseloads…"), self)
        self.caseload_action.triggered.connect(self.open_caseload_dialog)
        self.tools_menu.addAction(self.caseload_action)
        self.retention_action = QAction(self.tr("&Retention review…"), self)
        self.retention_action.setToolTip(self.tr("Clients whose last case closed longer ago than the team keeps data"))
        self.retention_action.triggered.connect(self.open_retention_dialog)
        self.tools_menu.addAction(self.retention_action)
        self.deputy_work_action = QAction(self.tr("&While you were away…"), self)
        self.deputy_work_action.setToolTip(self.tr("What your deputies did for your clients during their period"))
        self.deputy_work_action.triggered.connect(self.open_deputy_work_dialog)
        self.tools_menu.addAction(self.deputy_work_action)
        self.statistics_action = QAction(self.tr("S&tatistics…"), self)
        self.statistics_action.triggered.connect(self.open_statistics_dialog)
        self.tools_menu.addAction(self.statistics_action)
        # Changing the team's life domains is a team lead's or admin's job (the service refuses others).
        if self.desk_handle.identity.role in (Role.TEAM_LEAD.value, Role.ADMIN.value):
            self.life_domains_action = QAction(self.tr("Team's &life domains…"), self)
            self.life_domains_action.triggered.connect(self.open_life_domains_dialog)
            self.tools_menu.addAction(self.life_domains_action)
            self.monitoring_rules_action = QAction(self.tr("&Monitoring rules…"), self)
            self.monitoring_rules_action.triggered.connect(self.open_monitoring_rules_dialog)
            self.tools_menu.addAction(self.monitoring_rules_action)
            self.instrument_items_action = QAction(self.tr("Self-&efficacy items…"), self)
            self.instrument_items_action.triggered.connect(self.open_instrument_items_dialog)
            self.tools_menu.addAction(self.instrument_items_action)
            self.street_items_action = QAction(self.tr("Harm-reduction &items…"), self)
            self.street_items_action.triggered.connect(self.open_items_dialog)
            self.tools_menu.addAction(self.street_items_action)
            self.access_log_action = QAction(self.tr("Access lo&g…"), self)
            self.access_log_action.triggered.connect(self.open_access_log)
            self.tools_menu.addAction(self.access_log_action)

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

    def open_provider_directory(self) -> ProviderDirectory:
        dialog = ProviderDirectory(self.desk_handle, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_access_log(self) -> AuditDialog:
        """Every entry of the access log this desk holds (a team lead's: the team's)."""
        dialog = AuditDialog(self.desk_handle, None, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_statistics_dialog(self) -> StatisticsDialog:
        """Tools › Statistics…: the funders' statistics of a period, saved as PDF or CSV."""
        dialog = StatisticsDialog(self.desk_handle, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_deputy_work_dialog(self) -> DeputyWorkDialog:
        dialog = DeputyWorkDialog(self.desk_handle, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_caseload_dialog(self) -> CaseloadDialog:
        dialog = CaseloadDialog(self.desk_handle, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.print_requested.connect(self.print_menu.print_actions.caseload_report)
        dialog.show()
        return dialog

    def open_retention_dialog(self) -> RetentionDialog:
        """Tools › Retention review…: the retention rule's clients, erased in one reviewed batch."""
        dialog = RetentionDialog(self.desk_handle, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.erased.connect(self._on_retention_erased)
        dialog.show()
        return dialog

    def _on_retention_erased(self, client_ids: list[str]) -> None:
        if self.client_file is not None and self.client_file.client_id in client_ids:
            self._on_client_file_erased(self.client_file.client_id)
        self.refresh()

    def open_duplicates_dialog(self) -> DuplicatesDialog:
        dialog = DuplicatesDialog(self.desk_handle, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.client_chosen.connect(self._on_client_dialog_client_saved)
        dialog.show()
        return dialog

    def open_life_domains_dialog(self) -> LifeDomainsDialog:
        dialog = LifeDomainsDialog(self.desk_handle, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_instrument_items_dialog(self) -> InstrumentItemsDialog:
        dialog = InstrumentItemsDialog(self.desk_handle, self.locale().name()[:2], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_monitoring_rules_dialog(self) -> MonitoringRulesDialog:
        dialog = MonitoringRulesDialog(self.desk_handle, self)
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
        """Today reads itself when shown and something it shows changed since (change sets)."""
        self.pages.setCurrentWidget(self.today)

    def show_client(self, client_id: str, tab_key: str = "") -> None:
        if self.client_file is not None and self.client_file.client_id == client_id:
            self.pages.setCurrentWidget(self.client_file)
            self.client_file.show_tab(tab_key)
            return
        if self.client_file is not None:
            if not self.client_file.confirm_leave():
                self.pages.setCurrentWidget(self.client_file)
                return
            self.pages.removeWidget(self.client_file)
            self.client_file.deleteLater()
        self.client_file = ClientFile(self.desk_handle, client_id, tab_key)
        self.client_file.record_contact_requested.connect(self.open_quick_capture)
        self.client_file.erased.connect(self._on_client_file_erased)
        self.client_file.merged.connect(self._on_client_dialog_client_saved)
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
        return ViewState(client_id, self.client_file.current_tab_key() if client_id and self.client_file else "")

    def restore_view_state(self, state: ViewState) -> None:
        if state.client_id:
            self.show_client(state.client_id, state.tab_key)
            self.client_list.select_client(state.client_id)

    def focus_search(self) -> None:
        self.client_list.search.setFocus()
        self.client_list.search.selectAll()

    def refresh(self) -> None:
        """F5: read everything again (after a change made outside this window, e.g. by the CLI)."""
        self.client_list.refresh()
        self.today.freshness.mark_stale()
        if self.client_file is not None:
            for tab in self.client_file.tabs.values():
                tab.mark_stale()
        self._refresh_sync_status()

    def _on_desk_handle_changed(self, changes, _initiator) -> None:
        if changes.touches(CLIENT_LIST_TABLES):
            self.client_list.refresh()
        if changes.touches(SYNC_STATUS_TABLES):
            self._refresh_sync_status()

    def _on_client_list_client_activated(self, client_id: str) -> None:
        """Return on a hit: open the client and move to the file, ready for the keyboard."""
        self.show_client(client_id)
        if self.client_file is not None:
            self.client_file.setFocus()

    def _on_today_client_activated(self, client_id: str, tab_key: str) -> None:
        self.show_client(client_id, tab_key)
        self.client_list.select_client(client_id)

    # --- dialogs -------------------------------------------------------------------------------
    def open_new_client_dialog(self) -> ClientDialog:
        dialog = ClientDialog(self.desk_handle, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.client_saved.connect(self._on_client_dialog_client_saved)
        dialog.existing_client_chosen.connect(self._on_client_dialog_client_saved)
        dialog.open()
        return dialog

    def _on_client_dialog_client_saved(self, client_id: str) -> None:
        self.show_client(client_id)
        self.client_list.select_client(client_id)

    def open_quick_capture(self, client_id: str = "") -> QuickCaptureDialog:
        dialog = QuickCaptureDialog(self.desk_handle, client_id or self.current_client_id(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.contact_saved.connect(self._on_quick_capture_contact_saved)
        dialog.open()
        return dialog

    def _on_quick_capture_contact_saved(self, _client_id: str, summary: str) -> None:
        self.statusBar().showMessage(summary, STATUS_MESSAGE_MS)

    def open_items_dialog(self) -> ItemsDialog:
        dialog = ItemsDialog(self.desk_handle, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_round_dialog(self) -> RoundDialog:
        dialog = RoundDialog(self.desk_handle, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda summary: self.statusBar().showMessage(summary, STATUS_MESSAGE_MS))
        dialog.open()
        return dialog

    def open_activity_dialog(self) -> ActivityDialog:
        dialog = ActivityDialog(self.desk_handle, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda summary: self.statusBar().showMessage(summary, STATUS_MESSAGE_MS))
        dialog.open()
        return dialog

    def _on_new_task_action_triggered(self) -> None:
        if self.client_file is not None:
            self.client_file.open_task_dialog()

    def _on_edit_client_action_triggered(self) -> None:
        if self.client_file is not None:
            self.client_file.open_edit_dialog()

    def open_database_settings(self) -> DatabaseSettingsDialog:
        """This desk's passphrase, backups, sync connection and maintenance (KeePassXC's database settings)."""
        dialog = DatabaseSettingsDialog(self.desk_handle, self._settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settings_changed.connect(self.settings_changed.emit)
        dialog.switch_requested.connect(self.desk_switch_requested.emit)
        dialog.open()
        return dialog

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

    def unsaved_dialogs(self) -> list[EditDialog]:
        return [dialog for dialog in self.findChildren(EditDialog) if dialog.isVisible() and dialog.has_unsaved_changes()]

    def _may_quit(self) -> bool:
        """Quitting asks first when something typed is not saved (the lock parks it instead)."""
        if self.client_file is not None and self.client_file.has_unsaved_changes():
            self.pages.setCurrentWidget(self.client_file)
            if not self.client_file.confirm_leave():
                return False
        if self.unsaved_dialogs() or self._quick_capture_typed():
            return messages.confirm(self, self.tr("Quit CaseDesk?"), self.tr(
                "A form is open with changes that are not saved. Quit and lose them?"))
        return True

    def _quick_capture_typed(self) -> bool:
        return any(dialog.isVisible() and dialog.draft_for_lock() is not None
                   for kind in (QuickCaptureDialog, RoundDialog, ActivityDialog) for dialog in self.findChildren(kind))

    # --- the auto-lock ---------------------------------------------------------------------------
    def drafts_for_lock(self) -> list[DraftToPark]:
        """Everything typed and not saved, for the lock to park inside the desk."""
        drafts = []
        if self.client_file is not None:
            for tab_key, draft in self.client_file.drafts_for_lock().items():
                drafts.append(DraftToPark("tab", self.client_file.client_id, {"tab": tab_key, "draft": draft}))
        for dialog in self.findChildren(EditDialog):
            draft = dialog.draft_for_lock() if dialog.isVisible() else None
            if draft is not None and dialog.reopen_key:
                drafts.append(DraftToPark("form", dialog.client_id, {"form": dialog.reopen_key, "draft": draft}))
        for dialog in self.findChildren(QuickCaptureDialog):
            draft = dialog.draft_for_lock() if dialog.isVisible() else None
            if draft is not None:
                drafts.append(DraftToPark("quick_capture", "", draft))
        for kind, dialog_class in (("street_round", RoundDialog), ("activity", ActivityDialog)):
            for dialog in self.findChildren(dialog_class):
                draft = dialog.draft_for_lock() if dialog.isVisible() else None
                if draft is not None:
                    drafts.append(DraftToPark(kind, "", draft))
        return drafts

    def restore_parked_drafts(self) -> None:
        """After unlock: open what the lock parked, unsaved, where it was; then forget it there."""
        self.desk_handle.op(self, lambda desk: desk.drafts.parked()).success(self._on_parked_drafts_loaded).run()

    def _on_parked_drafts_loaded(self, parked: list[ParkedDraftEntry]) -> None:
        restored = []
        for entry in parked:
            if self._restore_parked(entry):
                restored.append(entry.id)
        if restored:
            self.statusBar().showMessage(self.tr("%n unsaved draft(s) from before the lock restored — save or "
                                                 "discard them.", "", len(restored)), STATUS_MESSAGE_MS)
            self.desk_handle.op(self, lambda desk: [desk.drafts.discard(draft_id) for draft_id in restored]).run()

    def _restore_parked(self, entry: ParkedDraftEntry) -> bool:
        payload = entry.payload
        if entry.kind == "quick_capture":
            self.open_quick_capture().restore_draft(payload)
            return True
        if entry.kind in ("street_round", "activity"):
            opener = self.open_round_dialog if entry.kind == "street_round" else self.open_activity_dialog
            opener().restore_draft(payload)
            return True
        if entry.kind == "form" and payload.get("form") == "new_client":
            self.open_new_client_dialog().restore_draft(payload["draft"])
            return True
        if not entry.client_id:
            return False
        if self.client_file is None or self.client_file.client_id != entry.client_id:
            self.show_client(entry.client_id)
        if self.client_file is None or self.client_file.client_id != entry.client_id:
            return False
        if entry.kind == "tab":
            self.client_file.show_tab(payload["tab"])
            self.client_file.restore_draft(payload["tab"], payload["draft"])
            return True
        if entry.kind == "form":
            return self.client_file.reopen_form(payload["form"], payload["draft"])
        return False

    # --- closing -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_for_lock and not self._may_quit():
            event.ignore()
            return
        self._settings.set_geometry("main_window", self.saveGeometry())
        super().closeEvent(event)
        if not self._closing_for_lock:
            self.quit_requested.emit()
