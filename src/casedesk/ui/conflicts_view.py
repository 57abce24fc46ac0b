"""The Conflicts view: values that lost a clash, side by side with the winner, to resolve.

Reads and resolves through the desk session, on the database thread. Resolving is a
normal tracked edit that the next sync carries to everyone.
"""

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.services.sync_service import ConflictEntry
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.vocabulary import field_label, format_datetime, format_value, table_label

# lupdate reads ``translate("Context", "literal")`` calls; the alias keeps lines short.
translate = QCoreApplication.translate


class ConflictsView(QWidget):
    conflict_resolved = Signal(str)
    loaded = Signal(int)

    COLUMNS = ("client", "field", "mine", "theirs", "winner")

    def __init__(self, desk_handle: DeskHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._entries: list[ConflictEntry] = []
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("ConflictsView", "Client"), translate("ConflictsView", "Field"), translate("ConflictsView", "My value"),
                                              translate("ConflictsView", "Their value"), translate("ConflictsView", "Kept now")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.merged = QPlainTextEdit()
        self.merged.setPlaceholderText(translate("ConflictsView", "Write the merged text here"))
        self.keep_mine_button = QPushButton(translate("ConflictsView", "Keep &mine"))
        self.keep_theirs_button = QPushButton(translate("ConflictsView", "Keep &theirs"))
        self.save_merged_button = QPushButton(translate("ConflictsView", "Save merged te&xt"))
        self.empty_label = QLabel(translate("ConflictsView", "No conflicts. Everything merged cleanly."))
        buttons = QHBoxLayout()
        for button in (self.keep_mine_button, self.keep_theirs_button, self.save_merged_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table)
        layout.addWidget(self.details)
        layout.addWidget(self.merged)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.keep_mine_button.clicked.connect(self._on_keep_mine_button_clicked)
        self.keep_theirs_button.clicked.connect(self._on_keep_theirs_button_clicked)
        self.save_merged_button.clicked.connect(self._on_save_merged_button_clicked)
        self.refresh()

    def refresh(self) -> None:
        self._desk_handle.op(self, lambda desk: desk.sync.conflicts()).success(self._on_conflicts_loaded).run()

    def _on_conflicts_loaded(self, entries: list[ConflictEntry]) -> None:
        self._entries = entries
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            winner = translate("ConflictsView", "mine") if entry.winner == "mine" else translate("ConflictsView", "theirs")
            field = translate("ConflictsView", "%1: %2").replace("%1", table_label(entry.table_name)).replace(
                "%2", field_label(entry.table_name, entry.field))
            cells = (entry.client_name, field, format_value(entry.table_name, entry.field, entry.mine),
                     format_value(entry.table_name, entry.field, entry.theirs), winner)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.empty_label.setVisible(not self._entries)
        if self._entries:
            self.table.selectRow(0)
        self._update_buttons()
        self.loaded.emit(len(self._entries))

    def selected(self) -> ConflictEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self._entries[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        entry = self.selected()
        for button in (self.keep_mine_button, self.keep_theirs_button, self.save_merged_button):
            button.setEnabled(entry is not None)
        self.merged.setEnabled(entry is not None)
        if entry is None:
            self.details.clear()
            return
        colleague = entry.theirs_worker or translate("ConflictsView", "a colleague")
        self.details.setText(translate("ConflictsView", "Mine: %1 on this laptop. Theirs: %2 by %3.")
                             .replace("%1", format_datetime(entry.mine_at))
                             .replace("%2", format_datetime(entry.theirs_at)).replace("%3", colleague))
        self.merged.setEnabled(entry.mergeable)
        self.save_merged_button.setEnabled(entry.mergeable)
        self.merged.setPlainText(format_value(entry.table_name, entry.field, entry.current))

    @Slot()
    def _on_table_selection_changed(self) -> None:
        self._update_buttons()

    def _resolve(self, choice: str, merged_text: str | None = None) -> None:
        entry = self.selected()
        if entry is None:
            return
        for button in (self.keep_mine_button, self.keep_theirs_button, self.save_merged_button):
            button.setEnabled(False)

        def resolved(_result: None) -> None:
            self.conflict_resolved.emit(entry.id)
            self.refresh()

        self._desk_handle.op(self, lambda desk: desk.sync.resolve(entry.id, choice, merged_text)).success(resolved).run()

    @Slot()
    def _on_keep_mine_button_clicked(self) -> None:
        self._resolve("mine")

    @Slot()
    def _on_keep_theirs_button_clicked(self) -> None:
        self._resolve("theirs")

    @Slot()
    def _on_save_merged_button_clicked(self) -> None:
        self._resolve("merged", self.merged.toPlainText())
