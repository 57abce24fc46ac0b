"""The frame every edit dialog shares: a form above Save/Cancel, that asks before discarding.

A dialog supplies its ``Form`` and the operation that saves the draft; the frame shows the
form's own problems before anything is sent, the service's problems at their fields after,
keeps its size per dialog for the next time, never opens larger than the screen, and parks
what was typed when the auto-lock strikes (``draft_for_lock``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casedesk.services.errors import ValidationFailed
from casedesk.ui import errors, messages
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.forms import Form
from casedesk.ui.settings import AppSettings
from casedesk.ui.widgets import fit_to_screen


class EditDialog(QDialog):
    """``name`` keys the remembered geometry; ``save`` runs on the database thread with the desk
    and the form's draft and returns what ``saved`` then carries."""

    saved = Signal(object)

    #: How the window that opened this dialog reopens it after the lock ("" when it cannot);
    #: ``client_id`` is the client it is about.
    reopen_key = ""
    client_id = ""

    def __init__(self, desk_handle: DeskHandle, form: Form, name: str, title: str,
                 parent: QWidget | None = None, scroll: bool = False) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self.form = form
        self._name = name
        self._discard_confirmed = False
        self.setWindowTitle(title)
        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(form.layout)
        content_layout.addStretch()
        layout = QVBoxLayout(self)
        if scroll:
            area = QScrollArea()
            area.setWidget(self.content)
            area.setWidgetResizable(True)
            area.setFrameShape(QScrollArea.Shape.NoFrame)
            layout.addWidget(area, 1)
        else:
            layout.addWidget(self.content, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._save: Callable[[Any, Any], Any] | None = None
        self._draft: Any = None

    def set_save(self, draft: Any, save: Callable[[Any, Any], Any]) -> None:
        """``draft``: the dataclass the form reads into; ``save(desk, draft)`` stores it."""
        self._draft = draft
        self._save = save

    def showEvent(self, event) -> None:
        if not self.property("geometry_restored"):
            self.setProperty("geometry_restored", True)
            geometry = AppSettings().geometry(f"dialog/{self._name}")
            if geometry is not None:
                self.restoreGeometry(geometry)
            fit_to_screen(self)
        super().showEvent(event)

    # --- saving ----------------------------------------------------------------------------------
    def save(self) -> None:
        problems = self.form.problems_before_saving()
        if problems:
            self.form.show_problems(problems)
            return
        assert self._save is not None, "set_save() before showing the dialog"
        draft, save = self.form.read(self._draft), self._save
        self.buttons.setEnabled(False)
        self._desk_handle.op(self, lambda desk: save(desk, draft)).success(self._on_saved).failure(
            self._on_save_failed).run()

    def _on_saved(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(result)
        self._discard_confirmed = True
        self.accept()

    def _on_save_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(error, ValidationFailed):
            messages.warning(self, self.tr("Not saved"), errors.error_text(error))
            return
        unplaced = self.form.show_problems(error.problems)
        if unplaced:
            messages.warning(self, self.tr("Not saved"), errors.validation_summary(ValidationFailed(unplaced)))

    # --- leaving -----------------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.form.is_modified() and not self._discard_confirmed

    def _may_leave(self) -> bool:
        if not self.has_unsaved_changes():
            return True
        if messages.confirm(self, self.tr("Discard changes?"),
                            self.tr("You changed this form. Close it and lose what you typed?")):
            self._discard_confirmed = True
            return True
        return False

    def reject(self) -> None:
        if self._may_leave():
            self._remember_geometry()
            super().reject()

    def done(self, result: int) -> None:
        self._remember_geometry()
        super().done(result)
        # Back to the window the dialog came from, keys and shortcuts included (some window
        # managers, and Qt's offscreen platform, leave no window active otherwise).
        parent = self.parentWidget()
        if parent is not None:
            parent.window().activateWindow()

    def close_without_asking(self) -> None:
        """For the lock: what was typed is parked (``draft_for_lock``) before this is called."""
        self._discard_confirmed = True
        self.done(QDialog.DialogCode.Rejected)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_leave():
            self._remember_geometry()
            event.accept()
        else:
            event.ignore()

    def _remember_geometry(self) -> None:
        AppSettings().set_geometry(f"dialog/{self._name}", self.saveGeometry())

    # --- the auto-lock ---------------------------------------------------------------------------
    def draft_for_lock(self) -> dict | None:
        """What was typed, for the lock to park; None when nothing changed."""
        if not self.has_unsaved_changes():
            return None
        return {"values": self.form.parked_values()}

    def restore_draft(self, draft: dict) -> None:
        self.form.restore_parked(draft.get("values", {}))
