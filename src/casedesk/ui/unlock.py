"""Unlock: the passphrase opens the desk on the database thread while a busy bar runs."""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from casedesk.services.desk import Desk
from casedesk.services.errors import DeskOpenError, WrongPassphrase
from casedesk.ui import errors, messages
from casedesk.ui.desk_thread import DatabaseThread
from casedesk.ui.icons import app_icon


class UnlockDialog(QDialog):
    unlocked = Signal(object)  # Desk, opened on the database thread

    def __init__(self, db_thread: DatabaseThread, desk_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db_thread = db_thread
        self._desk_path = desk_path
        self._busy = False
        self.setWindowTitle(self.tr("Unlock CaseDesk"))
        self.setWindowIcon(app_icon())
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(48, 48))
        heading = QLabel(self.tr("<b>Your desk is locked.</b><br>Enter your passphrase to unlock it."))
        heading.setTextFormat(Qt.TextFormat.RichText)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(heading, 1)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(8)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.unlock_button.setDefault(True)
        # Return always means "unlock": Quit must never become the default, which an auto-default
        # button does while it holds the focus.
        self.quit_button.setAutoDefault(False)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def _on_buttons_accepted(self) -> None:
        if self._busy:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self._show_message(self.tr("Please enter your passphrase."))
            return
        self._set_busy(True)
        path = self._desk_path
        self._db_thread.submit(lambda: Desk.open(path, passphrase), self._on_opened, self._on_open_failed)

    def _on_opened(self, desk: Desk) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        for warning in desk.open_warnings:
            messages.information(self, self.tr("Unlock CaseDesk"), errors.open_warning_text(warning.moved_to.name))
        self.unlocked.emit(desk)
        self.accept()

    def _on_open_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, DeskOpenError):
            self._show_message(errors.desk_open_error_text(error))
        else:
            self._show_message(errors.generic_error_text())
        if isinstance(error, WrongPassphrase):
            self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        # Read-only, not disabled: a disabled field hands the focus on to the buttons, and the
        # button that last held it would answer the next Return.
        self.passphrase.setReadOnly(busy)
        self.unlock_button.setEnabled(not busy)
        self.quit_button.setEnabled(not busy)
        if busy:
            self.message.hide()
