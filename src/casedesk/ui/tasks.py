"""Tasks and appointments: a small dialog to add one, and a checkable list to mark them done."""

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QWidget,
)

from casedesk.services.dto import TaskEntry
from casedesk.services.errors import ValidationFailed
from casedesk.services.field_limits import TASK_FIELD_LIMITS
from casedesk.ui import errors, messages
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.vocabulary import format_datetime, from_qdatetime
from casedesk.ui.widgets import ErrorLabel, add_labelled_layout, add_save_cancel


class TaskDialog(QDialog):
    task_saved = Signal(str)  # client id

    def __init__(self, desk_handle: DeskHandle, client_id: str, client_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._client_id = client_id
        self.setWindowTitle(self.tr("New task for %1").replace("%1", client_name))
        self.title = QLineEdit()
        self.title.setMaxLength(TASK_FIELD_LIMITS["title"])
        self.title.setPlaceholderText(self.tr("e.g. accompany to the doctor"))
        self.due_date = QDateEdit(QDate.currentDate())
        self.due_date.setCalendarPopup(True)
        self.due_date.setDisplayFormat("dd.MM.yyyy")
        self.is_appointment = QCheckBox(self.tr("at a set time (appointment)"))
        self.due_time = QTimeEdit(QTime(10, 0))
        self.due_time.setDisplayFormat("HH:mm")
        self.due_time.setEnabled(False)
        self.is_appointment.toggled.connect(self.due_time.setEnabled)
        self.title_error = ErrorLabel()
        when = QHBoxLayout()
        when.addWidget(self.due_date)
        when.addWidget(self.is_appointment)
        when.addWidget(self.due_time)
        form = QFormLayout()
        form.addRow(self.tr("&Task:"), self.title)
        self.title_error.add_to(form)
        add_labelled_layout(form, self.tr("&Due:"), when, self.due_date)
        self.buttons = add_save_cancel(self, form, self._on_buttons_accepted)
        self.setMinimumWidth(460)

    def _on_buttons_accepted(self) -> None:
        time = self.due_time.time() if self.is_appointment.isChecked() else QTime(23, 59)
        due = from_qdatetime(QDateTime(self.due_date.date(), time))
        title, client_id = self.title.text(), self._client_id
        self.title_error.clear_problem()
        self.buttons.setEnabled(False)
        self._desk_handle.op(self, lambda desk: desk.tasks.create(client_id, title, due)).success(
            self._on_saved).failure(self._on_save_failed).run()

    def _on_saved(self, _task_id: str) -> None:
        self.buttons.setEnabled(True)
        self._desk_handle.notify_changed(self._client_id)
        self.task_saved.emit(self._client_id)
        self.accept()

    def _on_save_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationFailed) and "title" in error.problems:
            self.title_error.show_problem(error.problems["title"])
            self.title.setFocus()
        else:
            messages.warning(self, self.tr("Task not saved"), errors.error_text(error))


class TaskList(QListWidget):
    """Open tasks with a checkbox each; ticking one marks it done on the database thread."""

    TaskIdRole = Qt.ItemDataRole.UserRole + 1
    ClientIdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, desk_handle: DeskHandle, show_client: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._show_client = show_client
        self.itemChanged.connect(self._on_item_changed)

    def set_tasks(self, tasks: list[TaskEntry]) -> None:
        self.blockSignals(True)
        self.clear()
        for task in tasks:
            parts = [task.title]
            if self._show_client and task.client_name:
                parts.append(task.client_name)
            if task.due_at:
                parts.append(self.tr("due %1").replace("%1", format_datetime(task.due_at)))
            item = QListWidgetItem(" — ".join(parts))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if task.done else Qt.CheckState.Unchecked)
            item.setData(self.TaskIdRole, task.id)
            item.setData(self.ClientIdRole, task.client_id or "")
            self.addItem(item)
        self.blockSignals(False)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        task_id = item.data(self.TaskIdRole)
        client_id = item.data(self.ClientIdRole)
        done = item.checkState() == Qt.CheckState.Checked
        self._desk_handle.op(self, lambda desk: desk.tasks.set_done(task_id, done)).success(
            lambda _result: self._desk_handle.notify_changed(client_id)).run()
