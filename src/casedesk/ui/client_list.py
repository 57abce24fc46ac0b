"""The client list: search as you type and filters, all queries on the database thread.

The list loads a page at a time (``desk.clients.page``): the first page when it opens or the
filter changes, the next ones as the worker scrolls (Qt's ``canFetchMore``/``fetchMore``). On the
10 000-client benchmark desk the whole caseload took 150–220 ms to load and lay out; a page shows
in a fraction of that, whatever the size of the caseload.

Keyboard: Down in the search field moves into the hits, Up on the first hit goes back; Return
opens the current hit (the first one if none is current), waiting for the hits of what was just
typed. A search lists name, alias and where-to-find hits first; a client found only in a contact
note comes after them and says so.
"""

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
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
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientFilter, ClientPage, ClientSummary, PageKey
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.vocabulary import client_name, format_datetime, phase_name

# Wait for a pause in typing so a fast typist does not queue a query per key.
SEARCH_DEBOUNCE_MS = 150
#: Rows per page while looking for a client to select that is not loaded yet: few round trips
#: through a long caseload, each still quick (about 30 ms for 1 000 rows on the benchmark desk).
SELECTION_PAGE_SIZE = 1_000
OVERDUE_COLOUR = QColor("#b3261e")
NOTE_HIT_COLOUR = QColor("#5f6368")

AnyIndex = QModelIndex | QPersistentModelIndex


class ClientListModel(QAbstractTableModel):
    """Loaded pages of the list; asks for the next one (``fetch_requested``) as the view scrolls."""

    NAME, PHASE, LAST_CONTACT = range(3)
    ClientIdRole = Qt.ItemDataRole.UserRole + 1

    #: More rows are wanted: load the page after this key (this many rows; 0: a normal page)
    #: and ``add_page`` it.
    fetch_requested = Signal(object, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clients: list[ClientSummary] = []
        self._next_after: PageKey | None = None
        self._fetching = False

    def set_page(self, page: ClientPage) -> None:
        """Show this first page instead of everything loaded so far."""
        self.beginResetModel()
        self._clients = list(page.clients)
        self._next_after = page.next_after
        self._fetching = False
        self.endResetModel()

    def add_page(self, page: ClientPage) -> None:
        self._fetching = False
        self._next_after = page.next_after
        if page.clients:
            first = len(self._clients)
            self.beginInsertRows(QModelIndex(), first, first + len(page.clients) - 1)
            self._clients.extend(page.clients)
            self.endInsertRows()

    def fetch_failed(self) -> None:
        """The next page did not come; scrolling on asks again."""
        self._fetching = False

    def has_more(self) -> bool:
        return self._next_after is not None

    def clients(self) -> list[ClientSummary]:
        """The clients loaded so far, in the list's order."""
        return list(self._clients)

    def row_of(self, client_id: str) -> int:
        return next((row for row, client in enumerate(self._clients) if client.id == client_id), -1)

    def fetch_more(self, rows: int = 0) -> None:
        """Ask for the next page, unless it is on its way or there is none."""
        if self._next_after is not None and not self._fetching:
            self._fetching = True
            self.fetch_requested.emit(self._next_after, rows)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._next_after is not None and not self._fetching

    def fetchMore(self, parent: AnyIndex) -> None:
        if not parent.isValid():
            self.fetch_more()

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
                if client.found_in_note:
                    return self.tr("%1 — found in a note").replace("%1", client_name(client.display_name))
                return client_name(client.display_name)
            if column == self.PHASE:
                # A code person has no case, so no phase: the column says what they are.
                return self.tr("code person") if client.is_code_person else phase_name(client.phase)
            return format_datetime(client.last_contact_at) or self.tr("never")
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [client_name(client.display_name)]
            if client.found_in_note:
                lines.append(self.tr("The search found this client in what was written about them "
                                     "(a contact note, the assessment or a goal), not in the name."))
            if client.whereabouts:
                lines.append(self.tr("Where to find: %1").replace("%1", client.whereabouts))
            if client.overdue:
                lines.append(self.tr("Overdue for a contact"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole:
            if client.overdue and column == self.LAST_CONTACT:
                return QBrush(OVERDUE_COLOUR)
            if client.found_in_note and column == self.NAME:
                return QBrush(NOTE_HIT_COLOUR)
        if role == self.ClientIdRole:
            return client.id
        return None


class ClientListPanel(QWidget):
    #: The current client changed (by click, arrow key or ``select_client``).
    client_selected = Signal(str)
    #: The worker opened a client: Return or a double click on a hit, Return in the search field.
    client_activated = Signal(str)

    def __init__(self, desk_handle: DeskHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._latest_request = 0
        self._loading = False
        # The filter the loaded pages belong to: later pages must continue the same list.
        self._loaded_filter = ClientFilter()
        self._pending_selection = ""
        # A client to select again once a refresh has loaded it (it was selected before).
        self._reselect = ""
        # What Down or Return in the search field asked for before the hits had arrived.
        self._key_waiting_for_hits: Qt.Key | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, alias, place, notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Down: go to the hits. Return: open the first hit."))
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
        self.search.installEventFilter(self)
        self.view.installEventFilter(self)
        for box in (self.mine, self.deputy, self.overdue, self.include_closed):
            box.toggled.connect(self.refresh)
        self.phase.currentIndexChanged.connect(self.refresh)
        self.model.fetch_requested.connect(self._on_model_fetch_requested)
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
        """Load the first page for the filter as it is now (and drop what is loaded after it)."""
        self._debounce.stop()
        self._latest_request += 1
        request = self._latest_request
        client_filter = self.current_filter()
        self._loading = True
        self._desk_handle.op(self, lambda desk: desk.clients.page(client_filter)).success(
            lambda page: self._on_first_page_loaded(request, client_filter, page)).failure(
            lambda error: self._on_page_failed(request, error)).run()

    def is_loading(self) -> bool:
        """True while the hits for what is typed (or the filters) have not arrived yet."""
        return self._loading or self._debounce.isActive()

    def _on_first_page_loaded(self, request: int, client_filter: ClientFilter, page: ClientPage) -> None:
        if request != self._latest_request:
            return  # a newer search is on its way; this answer is stale
        self._loading = False
        self._loaded_filter = client_filter
        self._reselect = self._pending_selection or self.selected_client_id()
        self.view.selectionModel().blockSignals(True)
        self.model.set_page(page)
        self.view.selectionModel().blockSignals(False)
        self._select_wanted_client()
        self._answer_waiting_key()

    def _on_model_fetch_requested(self, after: PageKey, rows: int) -> None:
        request = self._latest_request
        client_filter = self._loaded_filter

        def load(desk: Desk) -> ClientPage:
            return desk.clients.page(client_filter, after, rows) if rows else desk.clients.page(client_filter, after)

        self._desk_handle.op(self, load).success(lambda page: self._on_next_page_loaded(request, page)).failure(
            lambda error: self._on_page_failed(request, error)).run()

    def _on_next_page_loaded(self, request: int, page: ClientPage) -> None:
        if request != self._latest_request:
            return  # the list was reloaded meanwhile; this page belongs to the old one
        self.model.add_page(page)
        self._select_wanted_client()

    def _on_page_failed(self, request: int, error: BaseException) -> None:
        if request == self._latest_request:
            self._loading = False
            self._key_waiting_for_hits = None
            self.model.fetch_failed()
        raise error  # the application's error dialog says what went wrong

    def _select_wanted_client(self) -> None:
        """Select the client asked for (or selected before a refresh) once its page is loaded."""
        wanted = self._pending_selection or self._reselect
        if not wanted:
            return
        row = self.model.row_of(wanted)
        if row >= 0:
            self._pending_selection = self._reselect = ""
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        elif self.model.has_more():
            self.model.fetch_more(SELECTION_PAGE_SIZE)
        else:
            self._reselect = ""  # gone from this list; a pending selection waits for another filter

    def select_client(self, client_id: str) -> None:
        """Select a client now, or as soon as the list has loaded it."""
        row = self.model.row_of(client_id)
        if row >= 0:
            self._pending_selection = ""
            self.view.selectRow(row)
        else:
            self._pending_selection = client_id
            if not self._loading:
                self._select_wanted_client()

    def selected_client_id(self) -> str:
        index = self.view.selectionModel().currentIndex()
        return self.model.data(index, ClientListModel.ClientIdRole) or "" if index.isValid() else ""

    # --- keyboard ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            key = event.key()
            if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._on_search_key(Qt.Key.Key_Return if key == Qt.Key.Key_Enter else Qt.Key(key))
                return True
            if watched is self.view and key == Qt.Key.Key_Up and self.view.currentIndex().row() <= 0:
                self.search.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _on_search_key(self, key: Qt.Key) -> None:
        if self.is_loading():
            # The hits on screen are for what was typed before: act on the ones coming.
            self._key_waiting_for_hits = key
            if self._debounce.isActive():
                self.refresh()
            return
        self._key_waiting_for_hits = key
        self._answer_waiting_key()

    def _answer_waiting_key(self) -> None:
        key, self._key_waiting_for_hits = self._key_waiting_for_hits, None
        if key is None or self.model.rowCount() == 0:
            return
        row = max(self.view.currentIndex().row(), 0)
        if key == Qt.Key.Key_Down:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.view.currentIndex().isValid():
                self.view.selectRow(row)
            return
        self.view.selectRow(row)
        self.client_activated.emit(self.model.data(self.model.index(row, 0), ClientListModel.ClientIdRole))

    def _on_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.client_selected.emit(self.model.data(current, ClientListModel.ClientIdRole))

    def _on_view_activated(self, index: QModelIndex) -> None:
        self.client_activated.emit(self.model.data(index, ClientListModel.ClientIdRole))
