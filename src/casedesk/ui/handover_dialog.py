"""Choose who holds a client: hand the case over to another worker for good, or name a deputy."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
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
            (self.tr("Choose who deputises for %1 while the case manager is away. The deputy's "
                     "laptop receives this client at its next sync.") if deputy else
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
            self._desk_handle.op(self, lambda desk: desk.handover.set_deputy(client_id, worker_id)
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
        self._desk_handle.op(self, lambda desk: desk.handover.handover_client(client_id, worker_id)
                         ).success(self._on_saved).failure(self._on_failed).run()

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
            if "unknown_worker" in codes:
                return self.tr("This worker is no longer known on this desk. Sync and try again.")
        return errors.error_text(error)

