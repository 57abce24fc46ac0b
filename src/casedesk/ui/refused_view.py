"""Refused changes: what the central store did not take, why, and the worker's two ways out.

A refused change stays on the laptop and goes again (judged afresh) at every sync. For a client
now with a colleague it can be handed to them (Forward); any refused change can be discarded,
after a confirmation, and the next sync brings back the office's version.
"""

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain import RefusalReason
from casedesk.services.sync_service import RefusedEntry
from casedesk.ui import messages
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.vocabulary import format_datetime, refusal_text, table_label

# lupdate reads ``translate("Context", "literal")`` calls; the alias keeps lines short.
translate = QCoreApplication.translate


class RefusedChangesView(QWidget):
    loaded = Signal(int)
    # Forwarded or discarded; the client's id, or "" when the changes concern no single client.
    changes_settled = Signal(str)

    def __init__(self, desk_handle: DeskHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._entries: list[RefusedEntry] = []
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([
            translate("RefusedChangesView", "Client"), translate("RefusedChangesView", "Record"),
            translate("RefusedChangesView", "Changed"), translate("RefusedChangesView", "Why, and what to do")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(translate("RefusedChangesView", "The office took every change."))
        self.forward_button = QPushButton(translate("RefusedChangesView", "&Forward to their worker"))
        self.forward_button.setToolTip(translate(
            "RefusedChangesView", "The client's new responsible worker gets these changes at your next sync."))
        self.discard_button = QPushButton(translate("RefusedChangesView", "&Discard…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.forward_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.forward_button.clicked.connect(self._on_forward_button_clicked)
        self.discard_button.clicked.connect(self._on_discard_button_clicked)
        self.refresh()

    def refresh(self) -> None:
        self._desk_handle.op(self, lambda desk: desk.sync.refused_changes()).success(self._on_refused_loaded).run()

    def _on_refused_loaded(self, entries: list[RefusedEntry]) -> None:
        self._entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (entry.client_name, table_label(entry.table_name), format_datetime(entry.changed_at),
                     refusal_text(entry.reason, entry.colleague))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.empty_label.setVisible(not entries)
        self.table.setVisible(bool(entries))
        self.table.resizeColumnsToContents()
        if entries:
            self.table.selectRow(0)
        self._update_buttons()
        self.loaded.emit(len(entries))

    def selected(self) -> list[RefusedEntry]:
        return [self._entries[index.row()] for index in self.table.selectionModel().selectedRows()]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.discard_button.setEnabled(bool(chosen))
        # Only a client now with a colleague has someone to hand the change to.
        self.forward_button.setEnabled(bool(chosen) and all(
            entry.reason == RefusalReason.CLIENT_MOVED for entry in chosen))

    @Slot()
    def _on_table_item_selection_changed(self) -> None:
        self._update_buttons()

    def _settle(self, chosen: list[RefusedEntry], work) -> None:
        op_ids = [entry.op_id for entry in chosen]
        clients = {entry.client_id or "" for entry in chosen}
        self.forward_button.setEnabled(False)
        self.discard_button.setEnabled(False)

        def settled(_result: None) -> None:
            self.changes_settled.emit(clients.pop() if len(clients) == 1 else "")
            self.refresh()

        self._desk_handle.op(self, lambda desk: work(desk, op_ids)).success(settled).run()

    @Slot()
    def _on_forward_button_clicked(self) -> None:
        chosen = self.selected()
        if chosen:
            self._settle(chosen, lambda desk, op_ids: desk.sync.forward_refused(op_ids))

    @Slot()
    def _on_discard_button_clicked(self) -> None:
        chosen = self.selected()
        if not chosen or not messages.confirm(
                self, translate("RefusedChangesView", "Discard changes"),
                # self.tr: pyside6-lupdate 6.11 reads plural forms from tr() calls only.
                self.tr("Discard %n change(s)? They are removed from this laptop, and "
                        "the next sync brings back the office's version.", "", len(chosen))):
            return
        self._settle(chosen, lambda desk, op_ids: desk.sync.discard_refused(op_ids))
