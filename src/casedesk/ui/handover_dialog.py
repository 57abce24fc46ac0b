"""Choose who holds a client: hand the case over to another worker for good, or name a deputy."""

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casedesk.services.caseload import CaseloadWarning
from casedesk.services.errors import ValidationFailed
from casedesk.services.workers import CaseAssignment, WorkerSummary
from casedesk.ui import errors, messages
from casedesk.ui.caseload_view import confirm_assignment
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.widgets import hint_label

#: A deputy's period as first offered: two weeks from today.
DEFAULT_PERIOD_DAYS = 14


class HandoverDialog(QDialog):
    """``deputy=False``: a new responsible worker (asks again, the client may leave this laptop).

    ``deputy=True``: a deputy, or none. The workers list is loaded on the database thread; ``loaded``
    fires when it is shown, ``assignment_changed`` after the choice was saved.
    """

    loaded = Signal()
    assignment_changed = Signal(str)

    def __init__(self, desk_handle: DeskHandle, client_id: str, client_name: str, deputy: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._client_id = client_id
        self._client_name = client_name
        self._deputy = deputy
        self.setWindowTitle(self.tr("Deputy") if deputy else self.tr("Hand over client"))
        self.explanation = QLabel(
            (self.tr("Choose who deputises for %1 while the case manager is away, and for which days. "
                     "The deputy's laptop receives this client at its first sync in the period and "
                     "lets it go at the first sync after it.") if deputy else
             self.tr("Choose the worker who takes over %1 for good. Unless you deputise for this "
                     "client, the client disappears from this laptop at the next sync."))
            .replace("%1", client_name))
        self.explanation.setWordWrap(True)
        self.workers = QComboBox()
        self.workers.setEnabled(False)
        self.workers.setMinimumContentsLength(28)
        self.hint = hint_label(self.tr("Loading workers…"))
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Deputy:") if deputy else self.tr("&New case manager:"), self.workers)
        today = QDate.currentDate()
        self.starts_on = QDateEdit(today)
        self.ends_on = QDateEdit(today.addDays(DEFAULT_PERIOD_DAYS))
        for edit in (self.starts_on, self.ends_on):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.open_ended = QCheckBox(self.tr("Until further &notice"))
        self.open_ended.toggled.connect(lambda checked: self.ends_on.setEnabled(not checked))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What the new case manager needs to know: agreements, risks, "
                                             "next steps. Printed on the handover summary."))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 5)
        if deputy:
            form.addRow(self.tr("&From:"), self.starts_on)
            form.addRow(self.tr("&Until:"), self.ends_on)
            form.addRow("", self.open_ended)
        else:
            form.addRow(self.tr("Handover n&ote:"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(
            self.tr("&Save") if deputy else self.tr("&Hand over…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._desk_handle.op(self, lambda desk: (desk.workers.list(), desk.workers.assignment(client_id))
                         ).success(self._on_workers_loaded).failure(self._on_failed).run()

    def _on_workers_loaded(self, result: tuple[list[WorkerSummary], CaseAssignment]) -> None:
        workers, assignment = result
        me = self._desk_handle.identity.worker_id
        choices = [worker for worker in workers if worker.id != assignment.responsible_worker_id]
        if self._deputy:
            self.workers.addItem(self.tr("No deputy"), None)
        for worker in choices:
            label = worker.name + (self.tr(" (you)") if worker.id == me else "")
            self.workers.addItem(f"{label} — {worker.team}" if worker.team else label, worker.id)
        if self._deputy:
            self.workers.setCurrentIndex(max(0, self.workers.findData(assignment.deputy_worker_id)))
            if assignment.deputy_worker_id is not None:
                if assignment.deputy_from is not None:
                    self.starts_on.setDate(QDate(assignment.deputy_from))
                self.open_ended.setChecked(assignment.deputy_until is None)
                if assignment.deputy_until is not None:
                    self.ends_on.setDate(QDate(assignment.deputy_until))
        has_choice = self.workers.count() > (1 if self._deputy else 0)
        self.workers.setEnabled(self.workers.count() > 0)
        self.ok_button.setEnabled(self.workers.count() > 0)
        if has_choice:
            self.hint.hide()
        else:
            self.hint.setText(self.tr("This desk knows no other worker yet. Colleagues appear here after "
                                      "the first sync with the office."))
        self.loaded.emit()

    def chosen_worker_id(self) -> str | None:
        return self.workers.currentData()

    def _on_buttons_accepted(self) -> None:
        worker_id, deputy = self.chosen_worker_id(), self._deputy
        # A worker taken past the team's caseload limit is warned about first (never refused).
        self._desk_handle.op(self, lambda desk: desk.caseload.warning(worker_id, as_deputy=deputy)) \
            .success(self._assign_after_warning).run()

    def _assign_after_warning(self, warning: CaseloadWarning | None) -> None:
        if not confirm_assignment(self, warning):
            return
        worker_id, client_id = self.chosen_worker_id(), self._client_id
        if self._deputy:
            starts_on, ends_on = self.period()
            self._desk_handle.op(self, lambda desk: desk.handover.set_deputy(client_id, worker_id, starts_on, ends_on)
                             ).success(self._on_saved).failure(self._on_failed).run()
            return
        if worker_id is None:
            return
        worker_name = self.workers.currentText()
        if not messages.confirm(self, self.tr("Hand over client?"), self.tr(
                "Hand %1 over to %2?\n\n%2 becomes the case manager. Unless you deputise for this client, "
                "the client disappears from this laptop at the next sync.")
                .replace("%1", self._client_name).replace("%2", worker_name)):
            return
        note = self.note.toPlainText()
        self._desk_handle.op(self, lambda desk: desk.handover.handover_client(client_id, worker_id, note)
                         ).success(self._on_saved).failure(self._on_failed).run()

    def period(self) -> tuple[date, date | None]:
        """The deputy's days as chosen (no end: until further notice)."""
        starts_on = self.starts_on.date().toPython()
        return starts_on, None if self.open_ended.isChecked() else self.ends_on.date().toPython()

    def _on_saved(self, _result: None) -> None:
        self.assignment_changed.emit(self._client_id)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        messages.warning(self, self.tr("Not saved"), self._failure_text(error))

    def _failure_text(self, error: BaseException) -> str:
        if isinstance(error, ValidationFailed):
            codes = set(error.problems.values())
            if "is_responsible" in codes:
                return self.tr("The case manager cannot be the deputy as well.")
            if "before_start" in codes:
                return self.tr("The period ends before it starts.")
            if "unknown_worker" in codes:
                return self.tr("This worker is no longer known on this desk. Sync and try again.")
        return errors.error_text(error)

