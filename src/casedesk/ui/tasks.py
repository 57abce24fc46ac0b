"""Tasks and appointments: a small dialog to add one, and a checkable list to mark them done (with undo)."""

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from casedesk.services.dto import TaskDraft, TaskEntry
from casedesk.services.field_limits import TASK_FIELD_LIMITS
from casedesk.services.tasks import due_by_end_of, is_date_only
from casedesk.ui import errors, messages
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.edit_dialog import EditDialog
from casedesk.ui.forms import Field, Form, Kind
from casedesk.ui.vocabulary import client_name, format_date, format_datetime
from casedesk.ui.widgets import fit_window_title

translate = QCoreApplication.translate


def task_fields() -> tuple[Field, ...]:
    return (
        Field("title", translate("TaskDialog", "&Task:"), max_length=TASK_FIELD_LIMITS["title"],
              placeholder=translate("TaskDialog", "e.g. accompany to the doctor")),
        Field("due_on", translate("TaskDialog", "&Due:"), Kind.DATE,
              unknown_text=translate("TaskDialog", "no due date")),
        Field("is_appointment", translate("TaskDialog", "at a set time (appointment)"), Kind.CHECK, beside=True,
              enables="due_time"),
        Field("due_time", translate("TaskDialog", "time"), Kind.TIME, beside=True),
    )


class TaskDialog(EditDialog):
    task_saved = Signal(str)  # client id

    def __init__(self, desk_handle: DeskHandle, client_id: str, client_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk_handle, Form(task_fields()), "task",
                         translate("TaskDialog", "New task for %1").replace("%1", client_name), parent)
        draft = TaskDraft(due_on=date.today())
        self.form.load(draft)

        def save(desk, draft: TaskDraft) -> str:
            due = None
            if draft.due_on is not None:
                due = (datetime.combine(draft.due_on, draft.due_time) if draft.is_appointment
                       else due_by_end_of(draft.due_on))
            desk.tasks.create(client_id, draft.title, due)
            return client_id

        self.set_save(draft, save)
        self.client_id = client_id
        self.saved.connect(lambda saved_for: self.task_saved.emit(saved_for))
        self.setMinimumWidth(460)
        fit_window_title(self)


class TaskList(QListWidget):
    """Tasks with a checkbox each; ticking one (Space or a click) marks it done on the database thread.

    A task ticked here stays in the list, struck through, while the list stays on screen, even when
    a refresh no longer brings it: a slip of the Space bar is undone by unticking it again, or by
    Ctrl+Z, which reopens the task ticked last. Leaving the view (the list is hidden) lets them go.
    """

    TaskIdRole = Qt.ItemDataRole.UserRole + 1
    ClientIdRole = Qt.ItemDataRole.UserRole + 2
    #: A task was ticked done (True) or reopened (False) here: its title, for a status line.
    task_done_changed = Signal(str, bool)

    def __init__(self, desk_handle: DeskHandle, show_client: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._show_client = show_client
        self._tasks: dict[str, TaskEntry] = {}
        #: Tasks ticked done in this list and not reopened since, the latest last.
        self._ticked: dict[str, TaskEntry] = {}
        # One line each: the list lays out thousands (Today on a big caseload) without measuring each.
        self.setUniformItemSizes(True)
        self.itemChanged.connect(self._on_item_changed)

    def set_tasks(self, tasks: list[TaskEntry]) -> None:
        current_id = self.currentItem().data(self.TaskIdRole) if self.currentItem() else None
        shown = {task.id for task in tasks}
        kept = [task for task_id, task in self._ticked.items() if task_id not in shown]
        tasks = sorted([*tasks, *kept], key=lambda task: (task.due_at is None, task.due_at or datetime.min))
        self._tasks = {task.id: task for task in tasks}
        self.blockSignals(True)
        self.clear()
        for task in tasks:
            item = QListWidgetItem(self._describe(task))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(self.TaskIdRole, task.id)
            item.setData(self.ClientIdRole, task.client_id or "")
            self._show_done(item, task.done or task.id in self._ticked)
            self.addItem(item)
            if task.id == current_id:
                self.setCurrentItem(item)
        self.blockSignals(False)

    def undo_last_tick(self) -> bool:
        """Reopen the task ticked done last; False when there is none."""
        if not self._ticked:
            return False
        task_id = next(reversed(self._ticked))
        item = self._item_of(task_id)
        if item is None:
            return False
        self.setCurrentItem(item)
        item.setCheckState(Qt.CheckState.Unchecked)  # itemChanged reopens it on the database thread
        return True

    def event(self, event: QEvent) -> bool:
        # Claim Ctrl+Z before a window-wide shortcut does, but only while there is a tick to undo.
        if (event.type() == QEvent.Type.ShortcutOverride and self._ticked
                and isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Undo)):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo) and self.undo_last_tick():
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():  # a minimised window is not a view left
            self._ticked.clear()
        super().hideEvent(event)

    def _describe(self, task: TaskEntry) -> str:
        parts = [task.title]
        if self._show_client and task.client_name:
            parts.append(client_name(task.client_name))
        if task.due_at:
            due = format_date(task.due_at.date()) if is_date_only(task.due_at) else format_datetime(task.due_at)
            parts.append(self.tr("due %1").replace("%1", due))
        return " — ".join(parts)

    def _show_done(self, item: QListWidgetItem, done: bool) -> None:
        """Check and strike through (or not) without reporting it as the worker's change."""
        blocked = self.blockSignals(True)
        item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        font = item.font()
        font.setStrikeOut(done)
        item.setFont(font)
        self.blockSignals(blocked)

    def _item_of(self, task_id: str) -> QListWidgetItem | None:
        return next((self.item(row) for row in range(self.count())
                     if self.item(row).data(self.TaskIdRole) == task_id), None)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        task_id = item.data(self.TaskIdRole)
        task = self._tasks.get(task_id)
        done = item.checkState() == Qt.CheckState.Checked
        if task is None or done == (task_id in self._ticked or task.done):
            return  # not a tick: the text or font changed
        self._set_ticked(task, done)
        self._show_done(item, done)
        self._desk_handle.op(self, lambda desk: desk.tasks.set_done(task_id, done)).success(
            lambda _result: self._on_done_saved(task, done)).failure(
            lambda error: self._on_done_failed(task, done, error)).run()

    def _set_ticked(self, task: TaskEntry, done: bool) -> None:
        self._ticked.pop(task.id, None)
        self._tasks[task.id] = replace(task, done=done)
        if done:
            self._ticked[task.id] = replace(task, done=True)

    def _on_done_saved(self, task: TaskEntry, done: bool) -> None:
        self.task_done_changed.emit(task.title, done)

    def _on_done_failed(self, task: TaskEntry, done: bool, error: BaseException) -> None:
        self._set_ticked(task, not done)
        item = self._item_of(task.id)
        if item is not None:
            self._show_done(item, not done)
        messages.warning(self, self.tr("Task not changed"), errors.error_text(error))
