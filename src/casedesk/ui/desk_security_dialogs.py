"""The pieces of the Database settings that do the work: a new passphrase's fields, work beside
the database thread with progress and cancel, and the Backup and Restore dialogs.

Backups, restores and integrity checks read through connections of their own, so they run on a
thread of their own (``SideTask``) and the window stays usable; locking stops them. A rekey needs
the desk's own connection and runs on the database thread (see ``database_settings``).
"""

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.services.desk import check_new_passphrase, passphrase_strength
from casedesk.services.desk_security import (
    BACKUP_SUFFIX,
    BackupRefused,
    DeskBusy,
    OperationCancelled,
    PreparedRestore,
    prepare_restore,
)
from casedesk.services.errors import ValidationFailed, WrongPassphrase
from casedesk.ui import errors, messages
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.widgets import ErrorLabel, add_labelled_layout, fit_window_title, hint_label

translate = QCoreApplication.translate

#: What a running task reports: ``(stage, fraction or None)``.
Progress = Callable[[str, float | None], None]


def backup_file_filter() -> str:
    return translate("DeskSecurity", "CaseDesk backups (*%1);;All files (*)").replace("%1", BACKUP_SUFFIX)


def stage_text(stage: str) -> str:
    texts = {
        "rekey": translate("DeskSecurity", "Encrypting every page under the new passphrase…"),
        "finish": translate("DeskSecurity", "Writing the desk…"),
        "export": translate("DeskSecurity", "Writing the backup…"),
        "copy": translate("DeskSecurity", "Copying the backup…"),
        "check": translate("DeskSecurity", "Checking every page…"),
    }
    return texts.get(stage, translate("DeskSecurity", "Working…"))


def refusal_text(refused: BackupRefused) -> str:
    texts = {
        "not_found": translate("DeskSecurity", "There is no backup file at this place."),
        "folder": translate("DeskSecurity", "This is a folder. Choose a file."),
        "not_a_backup": translate("DeskSecurity", "This file is not a CaseDesk backup."),
        "wrong_passphrase": translate("DeskSecurity", "The passphrase does not open this backup (if you are sure "
                                                      "it is right, the start of the file is damaged). Nothing "
                                                      "was changed."),
        "damaged": translate("DeskSecurity", "This backup is damaged (%1). Nothing was restored; choose "
                                             "another backup."),
        "too_new": translate("DeskSecurity", "This backup was made by a newer CaseDesk. Please update CaseDesk "
                                             "first."),
        "exists": translate("DeskSecurity", "A file of this name exists already."),
        "not_replaceable": translate("DeskSecurity", "A file of this name exists and is no CaseDesk desk or "
                                                     "backup. It is never replaced; choose another name."),
        "desk_file": translate("DeskSecurity", "This is the desk file itself or one of its side files. Choose "
                                               "another file."),
        "in_use": translate("DeskSecurity", "This desk is open in another CaseDesk. Close it there first."),
    }
    return texts.get(refused.reason, translate("DeskSecurity", "This file cannot be used.")).replace(
        "%1", refused.detail)


def busy_text(busy: DeskBusy) -> str:
    texts = {
        "sync": translate("DeskSecurity", "A sync is running. Try again when it has finished."),
        "backup": translate("DeskSecurity", "A backup is being written. Try again when it is done."),
        "check": translate("DeskSecurity", "The integrity check did not stop in time. Try again in a moment."),
        "rekey": translate("DeskSecurity", "The passphrase is being changed. Try again when it is done."),
    }
    return texts.get(busy.reason, texts["rekey"])


def security_error_text(error: BaseException) -> str:
    """Words for whatever a passphrase change, a backup or a restore may raise."""
    if isinstance(error, BackupRefused):
        return refusal_text(error)
    if isinstance(error, DeskBusy):
        return busy_text(error)
    if isinstance(error, OperationCancelled):
        return translate("DeskSecurity", "Cancelled. Nothing was written.")
    if isinstance(error, WrongPassphrase):
        return translate("DeskSecurity", "This is not the desk's passphrase.")
    if isinstance(error, OSError):
        return translate("DeskSecurity", "The file could not be written: %1").replace(
            "%1", error.strerror or type(error).__name__)
    return errors.error_text(error)


def passphrase_problem_text(code: str) -> str:
    return errors.problem_text(code)


class PassphraseFields(QObject):
    """A new passphrase typed twice, with the wizard's strength hint and its rules
    (``check_new_passphrase``), as rows of a form."""

    def __init__(self, form: QFormLayout, label: str, repeat_label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeated = QLineEdit()
        self.repeated.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength_bar = QProgressBar()
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setMaximumHeight(8)
        self.strength_text = QLabel()
        self.strength_text.setWordWrap(True)
        self.passphrase_error = ErrorLabel()
        self.repeated_error = ErrorLabel()
        form.addRow(label, self.passphrase)
        form.addRow("", self.strength_bar)
        form.addRow("", self.strength_text)
        self.passphrase_error.add_to(form)
        form.addRow(repeat_label, self.repeated)
        self.repeated_error.add_to(form)
        self.passphrase.textChanged.connect(self._on_passphrase_text_changed)
        self.repeated.textChanged.connect(self._on_repeated_text_changed)
        self._on_passphrase_text_changed("")

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.passphrase, self.repeated, self.strength_bar, self.strength_text):
            widget.setEnabled(enabled)

    def _on_repeated_text_changed(self, _text: str) -> None:
        self.repeated_error.clear_problem()

    def _on_passphrase_text_changed(self, text: str) -> None:
        self.passphrase_error.clear_problem()
        self.repeated_error.clear_problem()
        score = passphrase_strength(text)
        hints = [
            self.tr("Strength: very weak"),
            self.tr("Strength: weak"),
            self.tr("Strength: fair"),
            self.tr("Strength: good"),
            self.tr("Strength: strong"),
        ]
        self.strength_bar.setValue(score)
        colour = ["#c8553d", "#c8553d", "#e8a33d", "#3b9a5a", "#3b9a5a"][score]
        self.strength_bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        hint = hints[score]
        if score < 3:
            hint += " — " + self.tr("several words or a long sentence are easier to remember and harder to guess")
        self.strength_text.setText(hint)

    def show_problems(self, problems: dict[str, str]) -> bool:
        """Show the problems at their fields; True if there were any."""
        self.passphrase_error.clear_problem()
        self.repeated_error.clear_problem()
        if problems.get("passphrase"):
            self.passphrase_error.show_text(passphrase_problem_text(problems["passphrase"]))
        if problems.get("passphrase_repeat"):
            self.repeated_error.show_text(passphrase_problem_text(problems["passphrase_repeat"]))
        return bool(problems.get("passphrase") or problems.get("passphrase_repeat"))

    def check(self) -> bool:
        try:
            check_new_passphrase(self.passphrase.text(), self.repeated.text())
        except ValidationFailed as failure:
            self.show_problems(failure.problems)
            return False
        self.show_problems({})
        return True

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeated.clear()


class SideTask(QObject):
    """``fn(progress, cancelled)`` on a thread of its own; its progress and outcome come back to
    the GUI thread by signal. Locking the desk (``stop_on``) cancels it."""

    progressed = Signal(str, object)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[Progress, Callable[[], bool]], Any], stop_on: DeskHandle | None = None) -> None:
        # No parent: the thread keeps the task alive until it has reported, whoever closed meanwhile.
        super().__init__()
        self._fn = fn
        self._cancel = threading.Event()
        if stop_on is not None:
            stop_on.closed.connect(self._cancel.set)
        self._thread = threading.Thread(target=self._run, name="casedesk-desk-security", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def join(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def _run(self) -> None:
        try:
            result = self._fn(self.progressed.emit, self._cancel.is_set)
        except BaseException as error:  # noqa: BLE001 - every failure goes back to the GUI thread
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


class ProgressPanel(QWidget):
    """What a running task says: its stage, a bar (busy when the share cannot be told) and Cancel."""

    cancel_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel_clicked.emit)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self.hide()

    def begin(self, text: str, cancellable: bool) -> None:
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(True)
        self.show()

    @Slot(str, object)
    def update_progress(self, stage: str, fraction: float | None) -> None:
        self.label.setText(stage_text(stage))
        if fraction is None:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, 1000)
            self.bar.setValue(round(1000 * fraction))

    def end(self) -> None:
        self.hide()


class _TaskDialog(QDialog):
    """A small dialog that runs one side task: while it runs, its fields are locked, Escape cancels
    the task instead of closing, and what went wrong is shown in the dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task: SideTask | None = None
        # The file a file dialog picked: it asked before replacing, so it is not asked again.
        self._confirmed_replace: Path | None = None
        self.progress = ProgressPanel()
        self.progress.cancel_clicked.connect(self._on_progress_cancel_clicked)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()

    @property
    def busy(self) -> bool:
        return self.task is not None

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _set_fields_enabled(self, enabled: bool) -> None:
        raise NotImplementedError

    def run_task(self, task: SideTask, text: str, on_success: Callable[[Any], None]) -> None:
        self.task = task
        self.show_message("")
        self._set_fields_enabled(False)
        self.progress.begin(text, cancellable=True)
        task.progressed.connect(self.progress.update_progress)
        task.succeeded.connect(lambda result: self._finished(on_success, result))
        task.failed.connect(self._failed)
        task.start()

    def _finished(self, on_success: Callable[[Any], None], result: Any) -> None:
        self.task = None
        self.progress.end()
        self._set_fields_enabled(True)
        on_success(result)

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.progress.end()
        self._set_fields_enabled(True)
        self.show_message(security_error_text(error))

    def _on_progress_cancel_clicked(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.progress.cancel_button.setEnabled(False)

    def reject(self) -> None:
        if self.task is not None:
            self._on_progress_cancel_clicked()
            return
        super().reject()

    def done(self, result: int) -> None:
        # Closed from outside (the lock closes every dialog): the task must not outlive it.
        if self.task is not None:
            self.task.cancel()
        super().done(result)


class BackupDialog(_TaskDialog):
    """A backup to a file the worker chooses, under the desk's passphrase or one of its own."""

    backup_written = Signal(object)  # Path

    def __init__(self, desk_handle: DeskHandle, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self.setWindowTitle(self.tr("Back up the desk"))
        self.path_edit = QLineEdit(str(suggested))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.desk_passphrase_radio = QRadioButton(self.tr("Encrypt with the &desk's passphrase"))
        self.own_passphrase_radio = QRadioButton(self.tr("Encrypt with a passphrase of its o&wn"))
        self.desk_passphrase_radio.setChecked(True)
        self._choice = QButtonGroup(self)
        self._choice.addButton(self.desk_passphrase_radio)
        self._choice.addButton(self.own_passphrase_radio)
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        add_labelled_layout(form, self.tr("Backup &file:"), row, self.path_edit)
        form.addRow(hint_label(self.tr("The backup holds every client of this desk, encrypted. Keep it where "
                                       "only you and the office can reach it, e.g. on an encrypted USB stick.")))
        form.addRow(self.desk_passphrase_radio)
        form.addRow(self.own_passphrase_radio)
        self.own = PassphraseFields(form, self.tr("&New passphrase:"), self.tr("&Repeat:"), self)
        self.own.set_enabled(False)
        self.own_passphrase_radio.toggled.connect(self.own.set_enabled)
        self.buttons = QDialogButtonBox()
        self.backup_button = self.buttons.addButton(self.tr("&Back up"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.backup_button.setDefault(True)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        fit_window_title(self)

    def _set_fields_enabled(self, enabled: bool) -> None:
        for widget in (self.path_edit, self.choose_button, self.desk_passphrase_radio, self.own_passphrase_radio,
                       self.backup_button):
            widget.setEnabled(enabled)
        self.own.set_enabled(enabled and self.own_passphrase_radio.isChecked())

    def _on_choose_button_clicked(self) -> None:
        chosen = messages.save_file(self, self.tr("Back up the desk"), self.path_edit.text(), backup_file_filter())
        if chosen is not None:
            self.path_edit.setText(str(chosen))
            self._confirmed_replace = chosen

    def _on_buttons_accepted(self) -> None:
        if self.busy:
            return
        text = self.path_edit.text().strip()
        if not text:
            self.show_message(errors.problem_text("required"))
            self.path_edit.setFocus()
            return
        target = Path(text).expanduser()
        own = self.own_passphrase_radio.isChecked()
        if own and not self.own.check():
            self.own.passphrase.setFocus()
            return
        overwrite = False
        if target.exists() and not target.is_dir():
            # A file dialog asked already; a typed name is asked here.
            if self._confirmed_replace != target and not messages.confirm(
                    self, self.tr("Back up the desk"), self.tr("A file of this name exists. Replace it?")):
                return
            overwrite = True
        passphrase = self.own.passphrase.text() if own else None
        repeated = self.own.repeated.text() if own else None

        def work(progress: Progress, cancelled: Callable[[], bool]) -> Path:
            return self._desk_handle.run_beside(lambda desk: desk.security.backup(
                target, passphrase, repeated, overwrite=overwrite, progress=progress, cancelled=cancelled))

        self.run_task(SideTask(work, self._desk_handle), stage_text("export"), self._on_backup_written)

    def _on_backup_written(self, path: Path) -> None:
        self.own.clear()
        self.backup_written.emit(path)
        self.accept()


@dataclass(frozen=True)
class DeskSwitch:
    """The window is to lock and unlock ``path`` instead; ``prepared`` (a checked restore) is put in
    place on the database thread once the open desk is closed."""

    path: Path
    prepared: PreparedRestore | None = None


class RestoreDialog(_TaskDialog):
    """A backup, checked, becomes a desk: a new desk file, or this desk (after the lock)."""

    restored = Signal(object)  # Path of a new desk
    switch_requested = Signal(object)  # DeskSwitch

    def __init__(self, desk_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_path = desk_path
        self.setWindowTitle(self.tr("Restore a backup"))
        self.backup_edit = QLineEdit()
        self.choose_backup_button = QPushButton(self.tr("C&hoose…"))
        self.choose_backup_button.setAutoDefault(False)
        self.choose_backup_button.clicked.connect(self._on_choose_backup_button_clicked)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_desk_radio = QRadioButton(self.tr("Restore as a &new desk:"))
        self.replace_radio = QRadioButton(self.tr("&Replace this desk (CaseDesk locks first)"))
        self.new_desk_radio.setChecked(True)
        self._choice = QButtonGroup(self)
        self._choice.addButton(self.new_desk_radio)
        self._choice.addButton(self.replace_radio)
        self.target_edit = QLineEdit(str(desk_path.with_name(f"{desk_path.stem}-restored{desk_path.suffix}")))
        self.choose_target_button = QPushButton(self.tr("&Browse…"))
        self.choose_target_button.setAutoDefault(False)
        self.choose_target_button.clicked.connect(self._on_choose_target_button_clicked)
        self.new_desk_radio.toggled.connect(self.target_edit.setEnabled)
        self.new_desk_radio.toggled.connect(self.choose_target_button.setEnabled)
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.backup_edit, 1)
        row.addWidget(self.choose_backup_button)
        add_labelled_layout(form, self.tr("Backup &file:"), row, self.backup_edit)
        form.addRow(self.tr("Pass&phrase of the backup:"), self.passphrase)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(self.choose_target_button)
        form.addRow(self.new_desk_radio)
        form.addRow(target_row)
        form.addRow(self.replace_radio)
        form.addRow(hint_label(self.tr("The backup is checked first: its passphrase, its version and every "
                                       "page. The restored desk opens with the backup's passphrase.")))
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(self.tr("Res&tore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button.setDefault(True)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        fit_window_title(self)

    def _set_fields_enabled(self, enabled: bool) -> None:
        for widget in (self.backup_edit, self.choose_backup_button, self.passphrase, self.new_desk_radio,
                       self.replace_radio, self.restore_button):
            widget.setEnabled(enabled)
        for widget in (self.target_edit, self.choose_target_button):
            widget.setEnabled(enabled and self.new_desk_radio.isChecked())

    def _on_choose_backup_button_clicked(self) -> None:
        chosen = messages.open_file(self, self.tr("Restore a backup"), backup_file_filter())
        if chosen is not None:
            self.backup_edit.setText(str(chosen))
            self.passphrase.setFocus()

    def _on_choose_target_button_clicked(self) -> None:
        chosen = messages.save_file(self, self.tr("Restore as a new desk"), self.target_edit.text(),
                                    self.tr("CaseDesk desks (*.casedesk);;All files (*)"))
        if chosen is not None:
            self.target_edit.setText(str(chosen))
            self._confirmed_replace = chosen

    def _on_buttons_accepted(self) -> None:
        if self.busy:
            return
        backup_text = self.backup_edit.text().strip()
        if not backup_text:
            self.show_message(self.tr("Choose the backup file."))
            self.backup_edit.setFocus()
            return
        if not self.passphrase.text():
            self.show_message(self.tr("Enter the backup's passphrase."))
            self.passphrase.setFocus()
            return
        backup = Path(backup_text).expanduser()
        passphrase = self.passphrase.text()
        replace = self.replace_radio.isChecked()
        if replace:
            if not messages.confirm(self, self.tr("Replace this desk?"), self.tr(
                    "CaseDesk locks, puts the backup in place of this desk and asks for the backup's passphrase. "
                    "What was recorded after the backup and not synced is lost. Replace this desk?")):
                return
            target, overwrite, protected = self._desk_path, True, []
        else:
            target_text = self.target_edit.text().strip()
            if not target_text:
                self.show_message(errors.problem_text("required"))
                self.target_edit.setFocus()
                return
            target = Path(target_text).expanduser()
            overwrite = False
            if target.exists() and not target.is_dir():
                if self._confirmed_replace != target and not messages.confirm(
                        self, self.tr("Restore a backup"), self.tr("A desk file of this name exists. Replace it?")):
                    return
                overwrite = True
            protected = [self._desk_path.with_name(self._desk_path.name + suffix)
                         for suffix in ("", "-wal", "-shm", "-journal")]

        def work(progress: Progress, cancelled: Callable[[], bool]) -> PreparedRestore | Path:
            prepared = prepare_restore(backup, passphrase, target, overwrite, protected, progress, cancelled)
            if replace:
                return prepared  # put in place once the open desk is closed
            return prepared.commit()

        self.run_task(SideTask(work), stage_text("copy"), self._on_restored)

    def _on_restored(self, outcome: PreparedRestore | Path) -> None:
        self.passphrase.clear()
        if isinstance(outcome, PreparedRestore):
            self.switch_requested.emit(DeskSwitch(self._desk_path, outcome))
            self.accept()
            return
        self.restored.emit(outcome)
        self.accept()
        if messages.confirm(self.parentWidget(), self.tr("Restore a backup"), self.tr(
                "The backup was restored to %1. Open it now? This desk locks first.").replace("%1", str(outcome))):
            self.switch_requested.emit(DeskSwitch(outcome))
