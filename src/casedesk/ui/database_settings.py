"""The Database settings of the open desk, in the manner of KeePassXC's: sections on the left
(General, Security, Backup, Sync connection, Maintenance), the section on the right.

What the dialog shows is read once, on the database thread (``desk.security.overview()``).
Actions (a new passphrase, a backup, a restore, an integrity check) run at once with their own
progress; OK saves the settings (rolling backups in the desk, the auto-lock time on this
computer, the same setting as Settings → Security).

A passphrase change exports the desk under the new key and then puts it in the old one's place
(see ``store.backup.rekey``): it can be cancelled until then, and the dialog cannot be closed
while it runs.
"""

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain import Role
from casedesk.services.desk_security import (
    BACKUP_SUFFIX,
    MAX_ROLLING_KEEP,
    DeskOverview,
    OperationCancelled,
)
from casedesk.services.errors import DeskDamaged, ValidationFailed, WrongPassphrase
from casedesk.ui import errors
from casedesk.ui.desk_security_dialogs import (
    BackupDialog,
    DeskSwitch,
    PassphraseFields,
    ProgressPanel,
    RestoreDialog,
    SideTask,
    security_error_text,
    stage_text,
)
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.settings import AppSettings
from casedesk.ui.settings_dialog import SecurityPage as AutoLockPage
from casedesk.ui.vocabulary import format_datetime, yes_no
from casedesk.ui.widgets import ErrorLabel, fit_to_screen, fit_window_title, hint_label

OK_STYLE = "color: #2e7d32;"
PROBLEM_STYLE = "color: #b3261e;"


def _size(value: int) -> str:
    return QLocale().formattedDataSize(value)


def _number(value: int) -> str:
    return QLocale().toString(value)


def _selectable(label: QLabel) -> QLabel:
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class _ProgressRelay(QObject):
    """Carries progress from the database thread to the GUI thread (queued). Without a parent:
    the operation holds it, so emitting never meets a deleted object."""

    progressed = Signal(str, object)

    def report(self, stage: str, fraction: float | None) -> None:
        self.progressed.emit(stage, fraction)


class Section(QWidget):
    def title(self) -> str:
        raise NotImplementedError

    def load(self, overview: DeskOverview) -> None:
        raise NotImplementedError


class GeneralSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path_label = _selectable(QLabel("…"))
        self.size_label = QLabel("…")
        self.worker_label = _selectable(QLabel("…"))
        self.team_label = QLabel("…")
        self.role_label = QLabel("…")
        self.device_label = _selectable(QLabel("…"))
        self.copy_device_button = QPushButton(self.tr("Cop&y device id"))
        self.copy_device_button.setAutoDefault(False)
        self.copy_device_button.clicked.connect(self._on_copy_device_button_clicked)
        self.revision_label = QLabel("…")
        form = QFormLayout(self)
        form.addRow(self.tr("Desk file:"), self.path_label)
        form.addRow(self.tr("Size:"), self.size_label)
        form.addRow(self.tr("Worker:"), self.worker_label)
        form.addRow(self.tr("Team:"), self.team_label)
        form.addRow(self.tr("Role:"), self.role_label)
        device_row = QHBoxLayout()
        device_row.addWidget(self.device_label, 1)
        device_row.addWidget(self.copy_device_button)
        form.addRow(self.tr("This laptop's device id:"), device_row)
        form.addRow("", hint_label(self.tr(
            "If this laptop is lost or stolen, the office revokes it by this id on the central store; it wipes "
            "its desk when it next reaches the office.")))
        form.addRow(self.tr("Schema version:"), self.revision_label)

    def title(self) -> str:
        return self.tr("General")

    def load(self, overview: DeskOverview) -> None:
        roles = {Role.CASEWORKER.value: self.tr("Caseworker"), Role.TEAM_LEAD.value: self.tr("Team lead"),
                 Role.ADMIN.value: self.tr("Administrator")}
        self.path_label.setText(str(overview.path))
        self.size_label.setText(_size(overview.file_bytes))
        self.worker_label.setText(overview.worker_name)
        self.team_label.setText(overview.team or "—")
        self.role_label.setText(roles.get(overview.role, overview.role))
        self.device_label.setText(overview.device_id)
        self.revision_label.setText(overview.schema_revision)

    def _on_copy_device_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.device_label.text())


class SecuritySection(Section):
    """A new passphrase (rekey), how the desk is encrypted, and the auto-lock time."""

    passphrase_changed = Signal()

    def __init__(self, desk_handle: DeskHandle, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self.rekeying = False
        #: Set by Cancel while the passphrase changes; the export stops at its next check.
        self._cancel_requested = threading.Event()
        self.passphrase_box = QGroupBox(self.tr("Passphrase"))
        form = QFormLayout(self.passphrase_box)
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("C&urrent passphrase:"), self.current)
        self.current_error = ErrorLabel()
        self.current_error.add_to(form)
        self.new = PassphraseFields(form, self.tr("&New passphrase:"), self.tr("&Repeat new passphrase:"), self)
        self.change_button = QPushButton(self.tr("Change &passphrase"))
        self.change_button.setAutoDefault(False)
        self.change_button.clicked.connect(self._on_change_button_clicked)
        change_row = QHBoxLayout()
        change_row.addWidget(self.change_button)
        change_row.addStretch()
        form.addRow("", change_row)
        form.addRow(hint_label(self.tr(
            "Every page of the desk is encrypted again under the new passphrase, into a copy that takes the "
            "desk's place when it is complete (about half a minute for a very big desk). Until then Cancel "
            "leaves the desk as it was. The rolling backups are made anew under the new passphrase; backups "
            "you saved elsewhere keep the passphrase they were made with.")))
        self.progress = ProgressPanel()
        self.progress.cancel_clicked.connect(self._cancel_requested.set)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        form.addRow(self.progress)
        form.addRow(self.message)

        self.encryption_box = QGroupBox(self.tr("Encryption"))
        info = QFormLayout(self.encryption_box)
        self.cipher_label = QLabel("…")
        self.kdf_label = QLabel("…")
        self.page_label = QLabel("…")
        self.library_label = QLabel("…")
        info.addRow(self.tr("Cipher:"), self.cipher_label)
        info.addRow(self.tr("Key derivation:"), self.kdf_label)
        info.addRow(self.tr("Page size:"), self.page_label)
        info.addRow(self.tr("Library:"), self.library_label)

        self.lock_box = QGroupBox(self.tr("Auto-lock (this computer)"))
        self.auto_lock = AutoLockPage()
        self.auto_lock.load(settings)
        lock_layout = QVBoxLayout(self.lock_box)
        lock_layout.setContentsMargins(0, 0, 0, 0)
        lock_layout.addWidget(self.auto_lock)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.passphrase_box)
        layout.addWidget(self.encryption_box)
        layout.addWidget(self.lock_box)
        layout.addStretch()

    def title(self) -> str:
        return self.tr("Security")

    def load(self, overview: DeskOverview) -> None:
        cipher = overview.cipher
        self.cipher_label.setText(self.tr("%1, every page authenticated with %2").replace(
            "%1", cipher.cipher).replace("%2", cipher.hmac_algorithm.replace("_", "-")))
        self.kdf_label.setText(self.tr("%1, %2 iterations").replace(
            "%1", cipher.kdf_algorithm.replace("_", "-")).replace("%2", _number(cipher.kdf_iterations)))
        self.page_label.setText(self.tr("%1 bytes").replace("%1", _number(cipher.page_size)))
        self.library_label.setText(f"SQLCipher {cipher.sqlcipher_version} ({cipher.provider_version or cipher.provider})")

    def _show_message(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet(OK_STYLE if ok else PROBLEM_STYLE)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _set_fields_enabled(self, enabled: bool) -> None:
        self.current.setEnabled(enabled)
        self.new.set_enabled(enabled)
        self.change_button.setEnabled(enabled)

    def _on_change_button_clicked(self) -> None:
        if self.rekeying:
            return
        self._show_message("", True)
        self.current_error.clear_problem()
        if not self.current.text():
            self.current_error.show_problem("required")
            self.current.setFocus()
            return
        if not self.new.check():
            self.new.passphrase.setFocus()
            return
        current, new, repeated = self.current.text(), self.new.passphrase.text(), self.new.repeated.text()
        relay = _ProgressRelay()
        relay.progressed.connect(self.progress.update_progress)
        self.rekeying = True
        self._set_fields_enabled(False)
        cancel = self._cancel_requested
        cancel.clear()
        self.progress.begin(stage_text("rekey"), cancellable=True)

        def change(desk) -> None:
            desk.security.change_passphrase(current, new, repeated, relay.report, cancel.is_set)

        (self._desk_handle.op(self, change)
         .success(self._on_passphrase_changed).failure(self._on_change_failed).run())

    def _finish(self) -> None:
        self.rekeying = False
        self.progress.end()
        self._set_fields_enabled(True)

    def _on_passphrase_changed(self, _result: Any) -> None:
        self._finish()
        self.current.clear()
        self.new.clear()
        self._show_message(self.tr("Passphrase changed. From now on only the new passphrase opens this desk."), True)
        self.passphrase_changed.emit()

    def _on_change_failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, WrongPassphrase):
            self.current_error.show_text(security_error_text(error))
            self.current.selectAll()
            self.current.setFocus()
        elif isinstance(error, ValidationFailed) and self.new.show_problems(error.problems):
            self.new.passphrase.setFocus()
        else:
            self._show_message(security_error_text(error), False)


class BackupSection(Section):
    """Back up now, restore, and the rolling backups in the data folder."""

    switch_requested = Signal(object)  # DeskSwitch
    backed_up = Signal()

    def __init__(self, desk_handle: DeskHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._desk_path: Path | None = None
        self.backup_button = QPushButton(self.tr("Back up &now…"))
        self.restore_button = QPushButton(self.tr("&Restore a backup…"))
        for button in (self.backup_button, self.restore_button):
            button.setAutoDefault(False)
        self.backup_button.clicked.connect(self.open_backup_dialog)
        self.restore_button.clicked.connect(self.open_restore_dialog)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet(OK_STYLE)
        self.status.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch()

        self.rolling_box = QGroupBox(self.tr("Rolling backups"))
        self.keep = QSpinBox()
        self.keep.setRange(0, MAX_ROLLING_KEEP)
        self.keep.setSpecialValueText(self.tr("off"))
        self.when = QComboBox()
        self.when.addItem(self.tr("Once a day, at the first lock or close"), "daily")
        self.when.addItem(self.tr("At every lock and close"), "lock")
        self.folder_label = _selectable(QLabel("…"))
        self.list_label = QLabel("…")
        self.list_label.setWordWrap(True)
        self.failure_label = QLabel()
        self.failure_label.setWordWrap(True)
        self.failure_label.setStyleSheet(PROBLEM_STYLE)
        self.failure_label.hide()
        form = QFormLayout(self.rolling_box)
        form.addRow(self.tr("&Keep the newest:"), self.keep)
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("Folder:"), self.folder_label)
        form.addRow(self.tr("Kept now:"), self.list_label)
        form.addRow(self.failure_label)
        form.addRow(hint_label(self.tr(
            "Encrypted with the desk's passphrase, in this computer's data folder. They help when the desk "
            "file is damaged; they do not help when the laptop is lost — that is what the sync with the office "
            "is for.")))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint_label(self.tr(
            "A backup is a complete, encrypted copy of this desk in one file, for a USB stick or the office's "
            "safe.")))
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.rolling_box)
        layout.addStretch()

    def title(self) -> str:
        return self.tr("Backup")

    def load(self, overview: DeskOverview) -> None:
        self._desk_path = overview.path
        self.keep.setValue(overview.rolling.keep)
        self.when.setCurrentIndex(max(0, self.when.findData(overview.rolling.when)))
        self.folder_label.setText(str(overview.rolling_folder))
        lines = [f"{format_datetime(backup.made_at)} · {_size(backup.size)}" for backup in overview.rolling_backups]
        self.list_label.setText("\n".join(lines) if lines else self.tr("none yet"))
        if overview.rolling_failure:
            reasons = {"disk_full": self.tr("the disk is full"), "read_only": self.tr("the folder cannot be written"),
                       "damaged": self.tr("the desk file has damaged pages"),
                       "busy": self.tr("the desk was busy")}
            self.failure_label.setText(self.tr("The last automatic backup failed on %1: %2.").replace(
                "%1", format_datetime(overview.rolling_failed_at)).replace(
                "%2", reasons.get(overview.rolling_failure, self.tr("the file could not be written"))))
        self.failure_label.setVisible(bool(overview.rolling_failure))

    def rolling_choice(self) -> tuple[int, str]:
        return self.keep.value(), self.when.currentData()

    def open_backup_dialog(self) -> BackupDialog:
        # The desk's name and the date: nothing about a client.
        today = QDate.currentDate().toString("yyyy-MM-dd")
        suggested = Path.home() / f"{self._desk_handle.desk_name}-{today}{BACKUP_SUFFIX}"
        dialog = BackupDialog(self._desk_handle, suggested, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.backup_written.connect(self._on_backup_written)
        dialog.open()
        return dialog

    def _on_backup_written(self, path: Path) -> None:
        self.status.setText(self.tr("Backup written to %1.").replace("%1", str(path)))
        self.status.show()
        self.backed_up.emit()

    def open_restore_dialog(self) -> RestoreDialog:
        dialog = RestoreDialog(self._desk_path or Path(self._desk_handle.desk_name), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.switch_requested.connect(self.switch_requested.emit)
        dialog.open()
        return dialog


class SyncSection(Section):
    """What the desk knows of its connection to the office (set up in the Sync window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.configured_label = QLabel("…")
        self.address_label = _selectable(QLabel("…"))
        self.login_label = _selectable(QLabel("…"))
        self.last_label = QLabel("…")
        self.pending_label = QLabel("…")
        self.conflicts_label = QLabel("…")
        form = QFormLayout(self)
        form.addRow(self.tr("Set up:"), self.configured_label)
        form.addRow(self.tr("Central store:"), self.address_label)
        form.addRow(self.tr("Login:"), self.login_label)
        form.addRow(self.tr("Last sync:"), self.last_label)
        form.addRow(self.tr("Unsynced changes:"), self.pending_label)
        form.addRow(self.tr("Open conflicts:"), self.conflicts_label)
        form.addRow(hint_label(self.tr(
            "The connection is set up and syncs are run in the Sync window (Ctrl+Shift+S) or with casedesk "
            "sync-setup. The token is kept inside the encrypted desk and never shown.")))

    def title(self) -> str:
        return self.tr("Sync connection")

    def load(self, overview: DeskOverview) -> None:
        sync = overview.sync
        self.configured_label.setText(yes_no(sync.configured))
        self.address_label.setText(sync.address or "—")
        self.login_label.setText(sync.login or "—")
        self.last_label.setText(format_datetime(sync.last_success) or self.tr("never"))
        self.pending_label.setText(_number(sync.pending_changes))
        self.conflicts_label.setText(_number(sync.open_conflicts))


class MaintenanceSection(Section):
    """Statistics and the integrity check (every page's authentication code, then the structure)."""

    def __init__(self, desk_handle: DeskHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self.task: SideTask | None = None
        self.statistics_box = QGroupBox(self.tr("Statistics"))
        self.clients_label = QLabel("…")
        self.contacts_label = QLabel("…")
        self.size_label = QLabel("…")
        self.pages_label = QLabel("…")
        form = QFormLayout(self.statistics_box)
        form.addRow(self.tr("Clients:"), self.clients_label)
        form.addRow(self.tr("Contacts:"), self.contacts_label)
        form.addRow(self.tr("File size:"), self.size_label)
        form.addRow(self.tr("Pages:"), self.pages_label)
        self.check_box = QGroupBox(self.tr("Integrity"))
        self.check_button = QPushButton(self.tr("Check &integrity"))
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.start_check)
        self.progress = ProgressPanel()
        self.progress.cancel_clicked.connect(self.cancel_check)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        check_layout = QVBoxLayout(self.check_box)
        check_layout.addWidget(hint_label(self.tr(
            "Reads every page of the desk and checks its authentication code and the database's structure. "
            "You can go on working meanwhile; on a very big desk it takes about half a minute.")))
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addStretch()
        check_layout.addLayout(row)
        check_layout.addWidget(self.progress)
        check_layout.addWidget(self.result_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.statistics_box)
        layout.addWidget(self.check_box)
        layout.addStretch()

    def title(self) -> str:
        return self.tr("Maintenance")

    def load(self, overview: DeskOverview) -> None:
        self.clients_label.setText(_number(overview.clients))
        self.contacts_label.setText(_number(overview.contacts))
        self.size_label.setText(_size(overview.file_bytes))
        self.pages_label.setText(self.tr("%1 of %2 bytes, %3 free").replace(
            "%1", _number(overview.cipher.page_count)).replace("%2", _number(overview.cipher.page_size)).replace(
            "%3", _number(overview.cipher.free_pages)))

    def start_check(self) -> None:
        if self.task is not None:
            return
        self.result_label.hide()

        def check(_progress, cancelled: Callable[[], bool]) -> bool:
            self._desk_handle.run_beside(lambda desk: desk.check_integrity(cancelled))
            return not cancelled()

        task = SideTask(check, self._desk_handle)
        self.task = task
        task.succeeded.connect(self._on_check_succeeded)
        task.failed.connect(self._on_check_failed)
        self.check_button.setEnabled(False)
        self.progress.begin(stage_text("check"), cancellable=True)
        task.start()

    def cancel_check(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _show_result(self, text: str, ok: bool) -> None:
        self.task = None
        self.progress.end()
        self.check_button.setEnabled(True)
        self.result_label.setStyleSheet(OK_STYLE if ok else PROBLEM_STYLE)
        self.result_label.setText(text)
        self.result_label.show()

    def _on_check_succeeded(self, whole: bool) -> None:
        if whole:
            self._show_result(self.tr("No damage found: every page and the structure are whole."), True)
        else:
            self._show_result(self.tr("Check cancelled."), False)

    def _on_check_failed(self, error: BaseException) -> None:
        if isinstance(error, DeskDamaged):
            text = errors.desk_open_error_text(error) + (f" ({error.detail})" if error.detail else "")
        elif isinstance(error, OperationCancelled):
            text = self.tr("Check cancelled.")
        else:
            text = security_error_text(error)
        self._show_result(text, False)


class DatabaseSettingsDialog(QDialog):
    """Modal; ``switch_requested`` asks the app to lock and unlock another (restored) desk."""

    switch_requested = Signal(object)  # DeskSwitch
    settings_changed = Signal()

    def __init__(self, desk_handle: DeskHandle, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._settings = settings
        self.overview: DeskOverview | None = None
        self.setWindowTitle(self.tr("Database settings — %1").replace("%1", desk_handle.desk_name))
        self.general = GeneralSection()
        self.security = SecuritySection(desk_handle, settings)
        self.backup = BackupSection(desk_handle)
        self.sync = SyncSection()
        self.maintenance = MaintenanceSection(desk_handle)
        self.sections: list[Section] = [self.general, self.security, self.backup, self.sync, self.maintenance]
        self.section_list = QListWidget()
        self.section_list.setMaximumWidth(190)
        self.stack = QStackedWidget()
        for section in self.sections:
            self.section_list.addItem(section.title())
            self.stack.addWidget(section)
        self.section_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.section_list.setCurrentRow(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.security.passphrase_changed.connect(self.reload)
        self.backup.backed_up.connect(self.reload)
        self.backup.switch_requested.connect(self._on_backup_switch_requested)
        body = QHBoxLayout()
        body.addWidget(self.section_list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 640)
        fit_window_title(self)
        fit_to_screen(self)
        self.reload()

    def show_section(self, section: Section) -> None:
        self.section_list.setCurrentRow(self.sections.index(section))

    def reload(self) -> None:
        self._desk_handle.op(self, lambda desk: desk.security.overview()).success(self._on_overview_loaded).run()

    def _on_overview_loaded(self, overview: DeskOverview) -> None:
        self.overview = overview
        for section in self.sections:
            section.load(overview)

    @property
    def busy(self) -> bool:
        return self.security.rekeying

    def _on_backup_switch_requested(self, switch: DeskSwitch) -> None:
        self.switch_requested.emit(switch)

    def accept(self) -> None:
        if self.busy:
            return
        self.security.auto_lock.save(self._settings)
        self._settings.sync()
        self.settings_changed.emit()
        if self.overview is not None:
            keep, when = self.backup.rolling_choice()
            if (keep, when) != (self.overview.rolling.keep, self.overview.rolling.when):
                # Parented to the window: the dialog is gone when it runs.
                self._desk_handle.op(self.parentWidget(),
                                     lambda desk: desk.security.set_rolling_settings(keep, when)).run()
        self.maintenance.cancel_check()
        super().accept()

    def reject(self) -> None:
        # A passphrase change cannot be stopped; the dialog stays until it is done.
        if self.busy:
            return
        self.maintenance.cancel_check()
        super().reject()

    def done(self, result: int) -> None:
        # The lock closes every dialog, even during a passphrase change (which then finishes alone).
        self.maintenance.cancel_check()
        super().done(result)
