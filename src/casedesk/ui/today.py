"""Today: the worker's clients overdue for a contact (and under which rule), and the tasks due.

Whose clients and which rules come from services.today and services.monitoring; the heading says
both, and each line says which rule the client is overdue under, so the number here can be checked
against the client list with "Mine", "Deputy" and "Overdue" ticked.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.services.monitoring import CONTACT_GAP, WEEKLY_CONTACT, MonitoringRule
from casedesk.services.today import OverdueClient, TodayOverview
from casedesk.ui.desk_thread import DeskHandle, RefreshOnChange
from casedesk.ui.tasks import TaskList
from casedesk.ui.vocabulary import client_name, format_date, format_datetime
from casedesk.ui.widgets import hint_label

# What Today shows: overdue clients (phases, contacts, who holds them) and due tasks.
TODAY_TABLES = ("client", "case_episode", "phase_change", "contact", "task", "worker")


class TodayView(QWidget):
    client_activated = Signal(str)
    loaded = Signal()

    CLIENT, REASON, OVERDUE_SINCE, LAST_CONTACT, WHEREABOUTS = range(5)

    def __init__(self, desk_handle: DeskHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._loading = 0
        heading = QLabel(self.tr("Today"))
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.overdue_heading = QLabel()
        self.overdue_heading.setStyleSheet("font-weight: 600;")
        self.overdue_scope = hint_label("")
        self.overdue = QTreeWidget()
        self.overdue.setRootIsDecorated(False)
        self.overdue.setAlternatingRowColors(True)
        self.overdue.setHeaderLabels([self.tr("Client"), self.tr("Overdue because"), self.tr("Overdue since"),
                                      self.tr("Last contact"), self.tr("Where to find")])
        header = self.overdue.header()
        for column in (self.CLIENT, self.REASON, self.OVERDUE_SINCE, self.LAST_CONTACT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.overdue.itemActivated.connect(self._on_overdue_item_activated)
        self.tasks_heading = QLabel()
        self.tasks_heading.setStyleSheet("font-weight: 600;")
        self.tasks = TaskList(desk_handle, show_client=True)
        self.tasks.itemActivated.connect(self._on_tasks_item_activated)
        self.tasks.task_done_changed.connect(self._on_tasks_task_done_changed)
        self.task_status = QLabel()
        hint = hint_label(self.tr("Return or a double-click opens the client. Space ticks a task done; "
                                  "Ctrl+Z reopens the task ticked last."))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.overdue_heading)
        layout.addWidget(self.overdue_scope)
        layout.addWidget(self.overdue, 3)
        layout.addWidget(self.tasks_heading)
        layout.addWidget(self.tasks, 2)
        layout.addWidget(self.task_status)
        layout.addWidget(hint)
        self.freshness = RefreshOnChange(self, desk_handle, TODAY_TABLES, self.refresh)

    def hideEvent(self, event) -> None:
        # A dashboard: read afresh whenever the worker comes back to it (ticked tasks then leave it).
        self.freshness.stale = True
        super().hideEvent(event)

    @property
    def is_loading(self) -> bool:
        return self._loading > 0

    def refresh(self) -> None:
        self._loading += 1
        self._desk_handle.op(self, lambda desk: desk.today.overview()).success(self._on_overview_loaded).run()

    def rule_name(self, rule: MonitoringRule) -> str:
        if rule.key == WEEKLY_CONTACT.key:
            return self.tr("a contact every %n day(s) in monitoring", "", rule.days)
        if rule.key == CONTACT_GAP.key:
            return self.tr("a contact every %n day(s) in any open phase", "", rule.days)
        return rule.key

    def overdue_reason(self, entry: OverdueClient) -> str:
        """E.g. "no contact for 50 days (rule: a contact every 45 days in any open phase)"."""
        if entry.days_without_contact is None:
            gap = self.tr("never seen")
        else:
            gap = self.tr("no contact for %n day(s)", "", entry.days_without_contact)
        names = "; ".join(self.rule_name(broken.rule) for broken in entry.broken_rules)
        rules = self.tr("(rule: %1)") if len(entry.broken_rules) == 1 else self.tr("(rules: %1)")
        return f"{gap} {rules.replace('%1', names)}"

    def _on_overview_loaded(self, overview: TodayOverview) -> None:
        self._loading -= 1
        if self._loading:
            return  # a newer refresh is on its way
        self.overdue_heading.setText(
            self.tr("Overdue for a contact: %n client(s)", "", len(overview.overdue_clients)))
        self.overdue_scope.setText(
            self.tr("Your clients and the clients you deputise for. Rules: %1.")
            .replace("%1", "; ".join(self.rule_name(rule) for rule in overview.rules)))
        self.overdue.clear()
        for entry in overview.overdue_clients:
            client = entry.client
            item = QTreeWidgetItem([client_name(client.display_name), self.overdue_reason(entry),
                                    format_date(entry.overdue_since.date()),
                                    format_datetime(client.last_contact_at) or "—", client.whereabouts])
            item.setData(self.CLIENT, Qt.ItemDataRole.UserRole, client.id)
            self.overdue.addTopLevelItem(item)
        self.tasks_heading.setText(self.tr("Tasks due (%1)").replace("%1", str(len(overview.due_tasks))))
        self.tasks.set_tasks(overview.due_tasks)
        self.loaded.emit()

    def _on_overdue_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.client_activated.emit(item.data(self.CLIENT, Qt.ItemDataRole.UserRole))

    def _on_tasks_item_activated(self, item: QListWidgetItem) -> None:
        client_id = item.data(TaskList.ClientIdRole)
        if client_id:
            self.client_activated.emit(client_id)

    def _on_tasks_task_done_changed(self, title: str, done: bool) -> None:
        if done:
            text = self.tr("“%1” is done. Ctrl+Z or unticking it reopens it.")
        else:
            text = self.tr("“%1” is open again.")
        self.task_status.setText(text.replace("%1", title))
