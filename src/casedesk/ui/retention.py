"""Tools › Retention review…: the clients the team's retention rule offers for erasure, erased in
one reviewed batch (GDPR Art. 17, issue 13 point 6).

The list (``RightsService.due_for_erasure``) starts with nothing ticked: the worker ticks each client
they have looked at, then types how many they ticked, as the single erasure asks for the name.
Erase runs on the database thread one client after the other with a progress bar; Cancel stops
between two clients (those erased stay erased). Team leads and admins set the team's period here.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from casedesk.services.rights import MAX_RETENTION_YEARS, ErasureBatch, RetentionCandidate, RightsService
from casedesk.ui import errors, messages
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.vocabulary import format_date

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class _Progress(QObject):
    """Emitted on the database thread, delivered on the GUI thread (a queued connection)."""

    advanced = Signal(int, int)


class RetentionDialog(QDialog):
    """``erased`` carries the ids of the clients erased, once the batch is done."""

    erased = Signal(list)

    def __init__(self, desk_handle: DeskHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self.candidates: list[RetentionCandidate] = []
        self._cancel = threading.Event()
        self._running = False
        self.setWindowTitle(self.tr("Retention review"))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Client"), self.tr("Last case closed"), self.tr("Years since")])
        self.table.setAccessibleName(self.tr("Clients due for erasure"))
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.empty_note = QLabel(self.tr("No client is due for erasure."))
        self.empty_note.hide()
        self.tick_all_button = QPushButton(self.tr("&Tick all"))
        self.untick_button = QPushButton(self.tr("&Untick all"))
        self.tick_all_button.clicked.connect(lambda: self._tick_all(CHECKED))
        self.untick_button.clicked.connect(lambda: self._tick_all(UNCHECKED))
        ticks = QHBoxLayout()
        ticks.addWidget(self.tick_all_button)
        ticks.addWidget(self.untick_button)
        ticks.addStretch(1)

        self.years = QSpinBox()
        self.years.setRange(1, MAX_RETENTION_YEARS)
        self.years.setAccessibleName(self.tr("Years the team keeps closed cases"))
        years_label = QLabel(self.tr("&Keep closed cases (years):"))
        years_label.setBuddy(self.years)
        self.set_years_button = QPushButton(self.tr("Set &period"))
        self.set_years_button.clicked.connect(self.set_years)
        self.years_row = QWidget()
        row = QHBoxLayout(self.years_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(years_label)
        row.addWidget(self.years)
        row.addWidget(self.set_years_button)
        row.addStretch(1)
        self.years_row.hide()

        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.typed_count = QLineEdit()
        self.typed_count.setAccessibleName(self.tr("Number of clients to erase"))
        self.prompt.setBuddy(self.typed_count)
        self.typed_count.textChanged.connect(self._update_erase_button)
        self.typed_count.returnPressed.connect(self._on_typed_count_return_pressed)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.erase_button = self.buttons.addButton(self.tr("&Erase ticked clients"),
                                                   QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setStyleSheet("QPushButton:enabled { color: #b3261e; font-weight: 600; }")
        # Return (in the count field) never erases, closes or ticks anything unseen.
        for button in (self.close_button, self.erase_button, self.tick_all_button, self.untick_button,
                       self.set_years_button):
            button.setAutoDefault(False)
        self.erase_button.clicked.connect(self._on_erase_button_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note)
        layout.addLayout(ticks)
        layout.addWidget(self.prompt)
        layout.addWidget(self.typed_count)
        layout.addWidget(self.progress)
        layout.addWidget(self.years_row)
        layout.addWidget(self.buttons)
        self.resize(620, 460)
        self._update_erase_button()
        self.reload()

    # --- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        def load(desk):
            rights = RightsService(desk)
            return rights.due_for_erasure(), rights.retention_years(), rights.may_set_retention()

        self._desk_handle.op(self, load).success(self._on_loaded).run()

    def _on_loaded(self, loaded: tuple[list[RetentionCandidate], int, bool]) -> None:
        self.candidates, years, may_set = loaded
        self.intro.setText(self.tr(
            "The team keeps a client's data %n year(s) after their last case closed. These clients' cases "
            "are all closed, the last one longer ago than that, and they have had no contact since. Tick "
            "each client you have checked, then type how many you ticked to erase them for good.", "", years))
        self.table.blockSignals(True)
        self.table.clear()
        for candidate in self.candidates:
            item = QTreeWidgetItem([candidate.name, format_date(candidate.closed_on), str(candidate.years)])
            item.setData(0, Qt.ItemDataRole.UserRole, candidate.client_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, UNCHECKED)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
        self.table.blockSignals(False)
        if self.table.topLevelItemCount():
            self.table.setCurrentItem(self.table.topLevelItem(0))
        has_any = bool(self.candidates)
        self.table.setVisible(has_any)
        self.empty_note.setVisible(not has_any)
        for widget in (self.tick_all_button, self.untick_button, self.prompt, self.typed_count, self.erase_button):
            widget.setVisible(has_any)
        self.years.setValue(years)
        self.years_row.setVisible(may_set)
        self.typed_count.clear()
        self._update_erase_button()

    # --- ticking and confirming ------------------------------------------------------------------
    def ticked_ids(self) -> list[str]:
        ids = []
        iterator = QTreeWidgetItemIterator(self.table)
        while iterator.value():
            item = iterator.value()
            if item.checkState(0) == CHECKED:
                ids.append(str(item.data(0, Qt.ItemDataRole.UserRole)))
            iterator += 1
        return ids

    def _tick_all(self, state: Qt.CheckState) -> None:
        for index in range(self.table.topLevelItemCount()):
            self.table.topLevelItem(index).setCheckState(0, state)

    def _on_table_item_changed(self, _item: QTreeWidgetItem, _column: int) -> None:
        self._update_erase_button()

    def _typed_matches(self) -> bool:
        count = len(self.ticked_ids())
        return count > 0 and self.typed_count.text().strip() == str(count)

    def _update_erase_button(self) -> None:
        count = len(self.ticked_ids())
        self.prompt.setText(self.tr("To confirm, type the number of clients ticked: <b>%n</b>", "", count)
                            if count else self.tr("Tick the clients to erase."))
        self.typed_count.setEnabled(count > 0 and not self._running)
        self.erase_button.setEnabled(self._typed_matches() and not self._running)

    def _on_typed_count_return_pressed(self) -> None:
        if self.erase_button.isEnabled():
            self.erase_button.click()

    # --- erasing ---------------------------------------------------------------------------------
    def _on_erase_button_clicked(self) -> None:
        if not self._typed_matches() or self._running:
            return
        ids = self.ticked_ids()
        self._running = True
        self._cancel.clear()
        self.table.setEnabled(False)
        for widget in (self.tick_all_button, self.untick_button, self.years_row):
            widget.setEnabled(False)
        self.close_button.setText(self.tr("Cancel"))
        self.progress.setRange(0, len(ids))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Erasing %v of %m…"))
        self.progress.show()
        self._update_erase_button()
        progress = _Progress(self)
        progress.advanced.connect(self._on_progress_advanced)
        cancel = self._cancel

        def work(desk) -> ErasureBatch:
            return RightsService(desk).erase(ids, progress=progress.advanced.emit, cancelled=cancel.is_set)

        self._desk_handle.op(self, work).success(self._on_erased).failure(self._on_erase_failed).run()

    def _on_progress_advanced(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _finish(self) -> None:
        self._running = False
        self.progress.hide()
        self.table.setEnabled(True)
        for widget in (self.tick_all_button, self.untick_button, self.years_row):
            widget.setEnabled(True)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setEnabled(True)

    def _on_erased(self, batch: ErasureBatch) -> None:
        self._finish()
        if batch.erased:
            self.erased.emit(batch.erased)
        text = self.tr("%n client(s) erased.", "", len(batch.erased))
        if batch.cancelled:
            text += " " + self.tr("Stopped before the others; they are still on the list.")
        messages.information(self, self.windowTitle(), text)
        self.reload()

    def _on_erase_failed(self, error: BaseException) -> None:
        self._finish()
        messages.warning(self, self.tr("Not erased"), errors.error_text(error))
        self.reload()

    def reject(self) -> None:
        if self._running:
            # Escape or Cancel while erasing: stop between two clients.
            self._cancel.set()
            self.close_button.setEnabled(False)
            return
        super().reject()

    # --- the team's period -----------------------------------------------------------------------
    def set_years(self) -> None:
        value = self.years.value()
        self.set_years_button.setEnabled(False)

        def save(desk) -> None:
            RightsService(desk).set_retention_years(value)

        self._desk_handle.op(self, save) \
            .success(lambda _result: (self.set_years_button.setEnabled(True), self.reload())) \
            .failure(self._on_set_years_failed).run()

    def _on_set_years_failed(self, error: BaseException) -> None:
        self.set_years_button.setEnabled(True)
        messages.warning(self, self.tr("Not saved"), errors.error_text(error))
