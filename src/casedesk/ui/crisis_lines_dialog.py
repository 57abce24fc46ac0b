"""The team's default numbers per country (crisis lines, outreach team) offered on every new card.

A country the team has entered no numbers for still gives new cards its built-in national numbers
(``services.cards.BUILT_IN_NUMBERS``); the dialog says so, since they are not rows in this table.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.services.cards import CrisisLineEntry
from casedesk.services.errors import ValidationFailed
from casedesk.services.field_limits import CRISIS_LINE_FIELD_LIMITS
from casedesk.ui import messages
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.errors import error_text, problem_text
from casedesk.ui.widgets import ErrorLabel

# Offered in the country box; a team elsewhere types its own two-letter code.
SUGGESTED_COUNTRIES = ("DE", "DK")


class CrisisLinesDialog(QDialog):
    lines_loaded = Signal()
    lines_changed = Signal()

    def __init__(self, desk_handle: DeskHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._lines: list[CrisisLineEntry] = []
        self._editing_id: str | None = None
        self.setWindowTitle(self.tr("Team numbers for relapse cards"))

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Country"), self.tr("Who"), self.tr("Number")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Team numbers"))
        self.built_in_note = QLabel(self.tr(
            "New cards for a country without team numbers get that country's standard numbers "
            "(emergency, crisis and addiction lines). The team's numbers for a country replace them."))
        self.built_in_note.setWordWrap(True)

        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.addItems(SUGGESTED_COUNTRIES)
        self.country.lineEdit().setMaxLength(2)
        self.label = QLineEdit()
        self.label.setMaxLength(CRISIS_LINE_FIELD_LIMITS["label"])
        self.label.setPlaceholderText(self.tr("e.g. Crisis line (24 h)"))
        self.number = QLineEdit()
        self.number.setMaxLength(CRISIS_LINE_FIELD_LIMITS["number"])
        self.number.setPlaceholderText(self.tr("e.g. 0800 111 0 111"))
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Country:"), self.country)
        form.addRow(self.tr("Who:"), self.label)
        form.addRow(self.tr("Number:"), self.number)
        form.addRow(self.error)

        self.new_button = QPushButton(self.tr("New"))
        self.save_button = QPushButton(self.tr("&Save number"))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.setEnabled(False)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.new_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.save_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.built_in_note)
        layout.addLayout(form)
        layout.addLayout(row_buttons)
        layout.addWidget(close)

        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.new_button.clicked.connect(self._start_new)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        close.rejected.connect(self.reject)
        self.resize(560, 460)
        self.reload()

    def reload(self) -> None:
        self._desk_handle.op(self, lambda desk: desk.cards.crisis_lines()) \
            .success(self._show_lines).failure(self._show_error).run()

    def _show_lines(self, lines: list[CrisisLineEntry]) -> None:
        self._lines = lines
        self.table.setRowCount(0)
        for row, line in enumerate(lines):
            self.table.insertRow(row)
            for column, text in enumerate((line.country, line.label, line.number)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, line.id)
                self.table.setItem(row, column, item)
        self._start_new()
        self.lines_loaded.emit()

    def _selected_line(self) -> CrisisLineEntry | None:
        row = self.table.currentRow()
        return self._lines[row] if 0 <= row < len(self._lines) and self.table.selectedItems() else None

    def _on_table_item_selection_changed(self) -> None:
        line = self._selected_line()
        self.remove_button.setEnabled(line is not None)
        if line is None:
            return
        self._editing_id = line.id
        self.country.setCurrentText(line.country)
        self.label.setText(line.label)
        self.number.setText(line.number)
        self.error.clear_problem()

    def _start_new(self) -> None:
        self._editing_id = None
        self.table.clearSelection()
        self.label.clear()
        self.number.clear()
        self.error.clear_problem()
        self.label.setFocus()

    def _on_save_button_clicked(self) -> None:
        country, label, number, line_id = (self.country.currentText(), self.label.text(), self.number.text(),
                                           self._editing_id)
        self._desk_handle.op(self, lambda desk: desk.cards.save_crisis_line(country, label, number, line_id)) \
            .success(self._on_changed).failure(self._on_save_failed).run()

    def _on_save_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationFailed):
            field, code = next(iter(error.problems.items()))
            names = {"country": self.tr("Country"), "label": self.tr("Who"), "number": self.tr("Number")}
            text = self.tr("Use a two-letter country code such as DE or DK.") if code == "invalid_country" \
                else problem_text(code)
            self.error.show_problem(code)
            self.error.setText(f"{names.get(field, field)}: {text}")
            return
        self._show_error(error)

    def _on_remove_button_clicked(self) -> None:
        line = self._selected_line()
        if line is None:
            return
        question = self.tr("Remove “%1” (%2) from the team's numbers? Cards already saved keep it.") \
            .replace("%1", line.label).replace("%2", line.number)
        if not messages.confirm(self, self.tr("Remove number"), question):
            return
        self._desk_handle.op(self, lambda desk: desk.cards.remove_crisis_line(line.id)) \
            .success(self._on_changed).failure(self._show_error).run()

    def _on_changed(self, _result: object = None) -> None:
        self.lines_changed.emit()
        self.reload()

    def _show_error(self, error: BaseException) -> None:
        messages.warning(self, self.windowTitle(), error_text(error))
