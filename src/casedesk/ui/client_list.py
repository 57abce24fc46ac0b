"""The client list: search as you type and filters, all queries on the database thread."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain import Phase
from casedesk.services.dto import ClientFilter, ClientSummary
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.vocabulary import format_datetime, phase_name

# Wait for a pause in typing so a fast typist does not queue a query per key.
SEARCH_DEBOUNCE_MS = 150
OVERDUE_COLOUR = QColor("#b3261e")

AnyIndex = QModelIndex | QPersistentModelIndex


class ClientListModel(QAbstractTableModel):
    NAME, PHASE, LAST_CONTACT = range(3)
    ClientIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clients: list[ClientSummary] = []

    def set_clients(self, clients: list[ClientSummary]) -> None:
        self.beginResetModel()
        self._clients = clients
        self.endResetModel()

    def clients(self) -> list[ClientSummary]:
        return list(self._clients)

    def row_of(self, client_id: str) -> int:
        return next((row for row, client in enumerate(self._clients) if client.id == client_id), -1)

    def rowCount(self, parent: AnyIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._clients)

    def columnCount(self, parent: AnyIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Phase"), self.tr("Last contact"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        client = self._clients[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return client.display_name
            if column == self.PHASE:
                return phase_name(client.phase)
            return format_datetime(client.last_contact_at) or self.tr("never")
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [client.display_name]
            if client.whereabouts:
                lines.append(self.tr("Where to find: %1").replace("%1", client.whereabouts))
            if client.overdue:
                lines.append(self.tr("No contact for 7 days or more"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and client.overdue and column == self.LAST_CONTACT:
            return QBrush(OVERDUE_COLOUR)
        if role == self.ClientIdRole:
            return client.id
        return None


class ClientListPanel(QWidget):
    client_selected = Signal(str)
    client_activated = Signal(str)

    def __init__(self, desk_handle: DeskHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._latest_request = 0
        self._pending_selection = ""
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, alias, place, notes…"))
        self.search.setClearButtonEnabled(True)
        self.mine = QCheckBox(self.tr("Mine"))
        self.deputy = QCheckBox(self.tr("Deputy"))
        self.overdue = QCheckBox(self.tr("Overdue"))
        self.include_closed = QCheckBox(self.tr("Closed/archived"))
        self.include_closed.setToolTip(self.tr("Also list closed and archived clients"))
        self.phase = QComboBox()
        self.phase.addItem(self.tr("All phases"), "")
        for phase in Phase:
            self.phase.addItem(phase_name(phase), phase.value)
        self.model = ClientListModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(ClientListModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ClientListModel.PHASE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ClientListModel.LAST_CONTACT, QHeaderView.ResizeMode.ResizeToContents)
        filters = QGridLayout()
        filters.addWidget(self.mine, 0, 0)
        filters.addWidget(self.deputy, 0, 1)
        filters.addWidget(self.overdue, 0, 2)
        filters.addWidget(self.phase, 1, 0, 1, 2)
        filters.addWidget(self.include_closed, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        for box in (self.mine, self.deputy, self.overdue, self.include_closed):
            box.toggled.connect(self.refresh)
        self.phase.currentIndexChanged.connect(self.refresh)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        self.view.activated.connect(self._on_view_activated)

    def current_filter(self) -> ClientFilter:
        return ClientFilter(
            text=self.search.text(),
            mine=self.mine.isChecked(),
            deputy=self.deputy.isChecked(),
            overdue=self.overdue.isChecked(),
            phase=self.phase.currentData() or "",
            include_closed=self.include_closed.isChecked(),
        )

    def refresh(self) -> None:
        self._debounce.stop()
        self._latest_request += 1
        request = self._latest_request
        client_filter = self.current_filter()
        self._desk_handle.op(self, lambda desk: desk.clients.list(client_filter)).success(
            lambda clients: self._on_clients_loaded(request, clients)).run()

    def _on_clients_loaded(self, request: int, clients: list[ClientSummary]) -> None:
        if request != self._latest_request:
            return  # a newer search is on its way; this answer is stale
        keep = self._pending_selection or self.selected_client_id()
        self.view.selectionModel().blockSignals(True)
        self.model.set_clients(clients)
        self.view.selectionModel().blockSignals(False)
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self._pending_selection = ""
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def select_client(self, client_id: str) -> None:
        """Select a client now, or as soon as the list has loaded it."""
        row = self.model.row_of(client_id)
        if row >= 0:
            self.view.selectRow(row)
        else:
            self._pending_selection = client_id

    def selected_client_id(self) -> str:
        index = self.view.selectionModel().currentIndex()
        return self.model.data(index, ClientListModel.ClientIdRole) or "" if index.isValid() else ""

    def _on_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.client_selected.emit(self.model.data(current, ClientListModel.ClientIdRole))

    def _on_view_activated(self, index: QModelIndex) -> None:
        self.client_activated.emit(self.model.data(index, ClientListModel.ClientIdRole))
