"""Today: clients in monitoring without contact for a week or more, and tasks due."""

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

from casedesk.domain import WEEKLY_CONTACT_DAYS
from casedesk.services.dto import TodayOverview
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.tasks import TaskList
from casedesk.ui.vocabulary import format_datetime
from casedesk.ui.widgets import hint_label


class TodayView(QWidget):
    client_activated = Signal(str)
    loaded = Signal()

    def __init__(self, desk_handle: DeskHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._loading = 0
        heading = QLabel(self.tr("Today"))
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.overdue_heading = QLabel()
        self.overdue_heading.setStyleSheet("font-weight: 600;")
        self.overdue = QTreeWidget()
        self.overdue.setRootIsDecorated(False)
        self.overdue.setAlternatingRowColors(True)
        self.overdue.setHeaderLabels([self.tr("Client"), self.tr("Days without contact"),
                                      self.tr("Last contact"), self.tr("Where to find")])
        header = self.overdue.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.overdue.itemActivated.connect(self._on_overdue_item_activated)
        self.tasks_heading = QLabel()
        self.tasks_heading.setStyleSheet("font-weight: 600;")
        self.tasks = TaskList(desk_handle, show_client=True)
        self.tasks.itemActivated.connect(self._on_tasks_item_activated)
        hint = hint_label(self.tr("Double-click a line to open the client. Tick a task to mark it done."))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.overdue_heading)
        layout.addWidget(self.overdue, 3)
        layout.addWidget(self.tasks_heading)
        layout.addWidget(self.tasks, 2)
        layout.addWidget(hint)
        desk_handle.data_changed.connect(self.refresh)
        self.refresh()

    @property
    def is_loading(self) -> bool:
        return self._loading > 0

    def refresh(self) -> None:
        self._loading += 1
        self._desk_handle.op(self, lambda desk: desk.today.overview()).success(self._on_overview_loaded).run()

    def _on_overview_loaded(self, overview: TodayOverview) -> None:
        self._loading -= 1
        if self._loading:
            return  # a newer refresh is on its way
        self.overdue_heading.setText(
            self.tr("Clients without contact for %1 days or more (%2)")
            .replace("%1", str(WEEKLY_CONTACT_DAYS)).replace("%2", str(len(overview.overdue_clients))))
        self.overdue.clear()
        for entry in overview.overdue_clients:
            days = str(entry.days_without_contact) if entry.days_without_contact is not None else self.tr("never seen")
            item = QTreeWidgetItem([entry.client.display_name, days,
                                    format_datetime(entry.client.last_contact_at) or "—", entry.client.whereabouts])
            item.setData(0, Qt.ItemDataRole.UserRole, entry.client.id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.overdue.addTopLevelItem(item)
        self.tasks_heading.setText(self.tr("Tasks due (%1)").replace("%1", str(len(overview.due_tasks))))
        self.tasks.set_tasks(overview.due_tasks)
        self.loaded.emit()

    def _on_overdue_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.client_activated.emit(item.data(0, Qt.ItemDataRole.UserRole))

    def _on_tasks_item_activated(self, item: QListWidgetItem) -> None:
        client_id = item.data(TaskList.ClientIdRole)
        if client_id:
            self.client_activated.emit(client_id)
