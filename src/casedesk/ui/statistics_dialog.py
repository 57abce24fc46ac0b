"""Tools › Statistics…: the funders' statistics of a month, quarter, year or chosen days, as a PDF
with charts or as CSV, saved where the worker chooses (``services.statistics``).

The figures are computed on the database thread; the dialog shows each step and Cancel (or
Escape) stops the computation. Team leads and admins may ask for the team: every worker whose
records this desk holds after a sync, each worker's figures beside the team's.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QObject, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain import UI_LANGUAGES, Role
from casedesk.services.output import OutputRefused, write_document
from casedesk.services.statistics import (
    CSV_MAGIC,
    OperationCancelled,
    PeriodKind,
    StatisticsService,
    period_of,
    statistics_csv,
    statistics_pdf_bytes,
)
from casedesk.ui import errors, messages
from casedesk.ui.desk_security_dialogs import ProgressPanel
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.print_actions import ui_document_language
from casedesk.ui.vocabulary import language_name

translate = QCoreApplication.translate
PDF_MAGIC = b"%PDF"


def step_text(step: str) -> str:
    texts = {
        "episodes": translate("StatisticsDialog", "Counting case episodes and end reasons…"),
        "contacts": translate("StatisticsDialog", "Counting contacts…"),
        "clients": translate("StatisticsDialog", "Counting clients by sex, age and main substance…"),
        "housing": translate("StatisticsDialog", "Counting housing situations and services used…"),
        "street": translate("StatisticsDialog", "Counting street work and items handed out…"),
        "time": translate("StatisticsDialog", "Adding up working time…"),
        "done": translate("StatisticsDialog", "Writing the file…"),
    }
    return texts.get(step, translate("StatisticsDialog", "Working…"))


class _ProgressRelay(QObject):
    """Carries progress from the database thread to the GUI thread (queued). Without a parent:
    the computation holds it, so emitting never meets a deleted object."""

    progressed = Signal(str, object)

    def report(self, step: str, fraction: float) -> None:
        self.progressed.emit(step, fraction)


class StatisticsDialog(QDialog):
    #: The file was written (its path).
    saved = Signal(Path)

    def __init__(self, desk_handle: DeskHandle, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._today = today or date.today()
        self._cancel: threading.Event | None = None
        self.setWindowTitle(self.tr("Statistics for funders"))
        intro = QLabel(self.tr("Figures of a period as funders ask for them (addiction care, homeless help, street "
                               "work, working time), each with a line saying which records it counts. They name "
                               "no client."))
        intro.setWordWrap(True)
        self.kind = QComboBox()
        for kind, text in ((PeriodKind.MONTH, self.tr("Month")), (PeriodKind.QUARTER, self.tr("Quarter")),
                           (PeriodKind.YEAR, self.tr("Year")), (PeriodKind.CUSTOM, self.tr("Chosen days"))):
            self.kind.addItem(text, kind.value)
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.team = QCheckBox(self.tr("The &team's figures (every worker whose records this desk holds), each "
                                      "worker's beside them"))
        # A caseworker's desk holds only their own clients: the team's figures are a lead's (and an admin's).
        self.team.setVisible(desk_handle.identity.role in (Role.TEAM_LEAD.value, Role.ADMIN.value))
        self.format = QComboBox()
        self.format.addItem(self.tr("PDF with charts"), "pdf")
        self.format.addItem(self.tr("CSV (for a spreadsheet)"), "csv")
        self.language = QComboBox()
        for code in UI_LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(ui_document_language())))
        form = QFormLayout()
        form.addRow(self.tr("&Period:"), self.kind)
        form.addRow(self.tr("&From:"), self.first)
        form.addRow(self.tr("T&o:"), self.last)
        form.addRow(self.tr("Fo&rmat:"), self.format)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.team)
        self.progress = ProgressPanel()
        self.progress.cancel_clicked.connect(self.cancel)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close_button.setText(self.tr("&Close"))
        # Enter saves (Escape closes): the Close button is never the default.
        close_button.setAutoDefault(False)
        self.save_button = QPushButton(self.tr("&Save…"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.first.dateChanged.connect(self._on_first_date_changed)
        self.format.currentIndexChanged.connect(self._on_format_current_index_changed)
        # The last complete month: what a monthly report is about.
        previous = self._today.replace(day=1).toordinal() - 1
        self._set_period(period_of(PeriodKind.MONTH, date.fromordinal(previous)))
        self._on_kind_current_index_changed(0)
        self.resize(560, 360)

    # --- the period ----------------------------------------------------------------------------------
    def period_kind(self) -> PeriodKind:
        return PeriodKind(self.kind.currentData())

    def period(self) -> tuple[date, date]:
        return self.first.date().toPython(), self.last.date().toPython()

    def _set_period(self, period: tuple[date, date]) -> None:
        first, last = period
        self.first.blockSignals(True)
        self.first.setDate(QDate(first.year, first.month, first.day))
        self.first.blockSignals(False)
        self.last.setDate(QDate(last.year, last.month, last.day))

    def _on_kind_current_index_changed(self, _index: int) -> None:
        custom = self.period_kind() is PeriodKind.CUSTOM
        self.last.setEnabled(custom)
        if not custom:
            self._set_period(period_of(self.period_kind(), self.first.date().toPython()))

    def _on_first_date_changed(self, _day: QDate) -> None:
        if self.period_kind() is not PeriodKind.CUSTOM:
            self._set_period(period_of(self.period_kind(), self.first.date().toPython()))
        elif self.last.date() < self.first.date():
            self.last.setDate(self.first.date())

    def _on_format_current_index_changed(self, _index: int) -> None:
        self.language.setEnabled(self.format.currentData() == "pdf")

    # --- saving ----------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._cancel is not None

    def _show_message(self, text: str, problem: bool = False) -> None:
        self.message.setStyleSheet("color: #b3261e;" if problem else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def save(self) -> None:
        if self.running:
            return
        first, last = self.period()
        if last < first:
            self._show_message(self.tr("The last day lies before the first."), True)
            self.last.setFocus()
            return
        pdf = self.format.currentData() == "pdf"
        # The file name says what and when, never whom.
        name = f"statistics-{first.isoformat()}-{last.isoformat()}.{'pdf' if pdf else 'csv'}"
        file_filter = self.tr("PDF files (*.pdf)") if pdf else self.tr("CSV files (*.csv)")
        path = messages.save_file(self, self.tr("Save the statistics"), name, file_filter)
        if path is None:
            return
        suffix = ".pdf" if pdf else ".csv"
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        team = not self.team.isHidden() and self.team.isChecked()
        language = self.language.currentData()
        cancel = threading.Event()
        relay = _ProgressRelay()
        relay.progressed.connect(self._on_relay_progressed)

        def compute(desk) -> bytes:
            figures = StatisticsService(desk).compute(first, last, team=team, progress=relay.report,
                                                      cancelled=cancel.is_set)
            data = statistics_pdf_bytes(desk, figures, language) if pdf else statistics_csv(figures).encode("utf-8")
            if cancel.is_set():
                raise OperationCancelled()
            return data

        self._cancel = cancel
        self._set_fields_enabled(False)
        self._show_message("")
        self.progress.begin(step_text("episodes"), cancellable=True)
        (self._desk_handle.op(self, compute)
         .success(lambda data: self._on_computed(path, data, PDF_MAGIC if pdf else CSV_MAGIC))
         .failure(self._on_compute_failed).run())

    @Slot(str, object)
    def _on_relay_progressed(self, step: str, fraction: object) -> None:
        if self.running:
            self.progress.update_progress(step, fraction)
            self.progress.label.setText(step_text(step))

    def _finish(self) -> None:
        self._cancel = None
        self.progress.end()
        self._set_fields_enabled(True)

    def _on_computed(self, path: Path, data: bytes, magic: bytes) -> None:
        self._finish()
        try:
            # The file dialog has asked before replacing a file; never over a file of another kind.
            write_document(path, data, overwrite=True, magic=magic)
        except OutputRefused:
            self._show_message(self.tr("This file is no statistics file of this kind and is never replaced. "
                                       "Choose another name."), True)
            return
        except OSError as error:
            self._show_message(self.tr("The file could not be saved: %1").replace("%1", error.strerror or str(error)),
                               True)
            return
        self._show_message(self.tr("Saved to %1.").replace("%1", str(path)))
        self.saved.emit(path)

    def _on_compute_failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, OperationCancelled):
            self._show_message(self.tr("Cancelled: nothing was saved."))
        else:
            self._show_message(errors.error_text(error), True)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.progress.cancel_button.setEnabled(False)

    def reject(self) -> None:
        # Escape while the figures are being computed stops them; the dialog stays open.
        if self.running:
            self.cancel()
            return
        super().reject()

    def _set_fields_enabled(self, enabled: bool) -> None:
        for widget in (self.kind, self.first, self.format, self.team, self.save_button):
            widget.setEnabled(enabled)
        self.last.setEnabled(enabled and self.period_kind() is PeriodKind.CUSTOM)
        self.language.setEnabled(enabled and self.format.currentData() == "pdf")
