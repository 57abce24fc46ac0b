"""First run: who works on this laptop, and the passphrase that encrypts the desk."""

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from casedesk.domain import UI_LANGUAGES
from casedesk.services.desk import Desk, check_new_passphrase, passphrase_strength
from casedesk.services.errors import DeskOpenError, ValidationFailed
from casedesk.services.field_limits import WORKER_FIELD_LIMITS
from casedesk.ui import errors
from casedesk.ui.desk_thread import DatabaseThread
from casedesk.ui.icons import app_icon
from casedesk.ui.vocabulary import language_name
from casedesk.ui.widgets import ErrorLabel


class WelcomePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to CaseDesk"))
        self.setSubTitle(self.tr("CaseDesk keeps your case notes encrypted on this computer."))
        text = QLabel(self.tr(
            "There is no desk on this computer yet. The next steps create one:\n\n"
            "• who works with this desk,\n"
            "• a passphrase that encrypts everything in it.\n\n"
            "Client data never leaves the encrypted desk file, except when you sync with your office."))
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch()


class WorkerPage(QWizardPage):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("About you"))
        self.setSubTitle(self.tr("Your name appears on the contacts and tasks you record."))
        self.worker_name = QLineEdit()
        self.worker_name.setMaxLength(WORKER_FIELD_LIMITS["name"])
        self.worker_name.setPlaceholderText(self.tr("e.g. Anna Becker"))
        self.team = QLineEdit()
        self.team.setMaxLength(WORKER_FIELD_LIMITS["team"])
        self.team.setPlaceholderText(self.tr("e.g. Streetwork Nord"))
        self.language = QComboBox()
        for code in UI_LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.name_error = ErrorLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("Your &name:"), self.worker_name)
        self.name_error.add_to(form)
        form.addRow(self.tr("&Team:"), self.team)
        form.addRow(self.tr("&Language:"), self.language)
        self.registerField("worker_name*", self.worker_name)
        self.worker_name.textChanged.connect(self._on_worker_name_text_changed)

    def _on_worker_name_text_changed(self, _text: str) -> None:
        self.name_error.clear_problem()  # a problem is only shown for what was checked

    def validatePage(self) -> bool:
        if not self.worker_name.text().strip():
            self.name_error.show_problem("required")
            return False
        self.name_error.clear_problem()
        return True


class PassphrasePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Passphrase"))
        self.setSubTitle(self.tr("The passphrase encrypts your desk. You type it every time you unlock CaseDesk."))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeated = QLineEdit()
        self.repeated.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength_bar = QProgressBar()
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setMaximumHeight(8)
        self.strength_text = QLabel()
        self.passphrase_error = ErrorLabel()
        self.repeated_error = ErrorLabel()
        warning = QLabel(self.tr(
            "<b>Write the passphrase down and keep it safe.</b> Nobody can recover it, not even the "
            "office. If you lose it, the data on this laptop is lost; what was already synced can be "
            "restored from the office."))
        warning.setWordWrap(True)
        warning.setTextFormat(Qt.TextFormat.RichText)
        warning.setObjectName("passphraseWarning")
        warning.setStyleSheet("#passphraseWarning { background: #fff4d6; border: 1px solid #e8c36a;"
                              " border-radius: 4px; padding: 8px; }")
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow("", self.strength_bar)
        form.addRow("", self.strength_text)
        self.passphrase_error.add_to(form)
        form.addRow(self.tr("&Repeat:"), self.repeated)
        self.repeated_error.add_to(form)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(warning)
        layout.addStretch()
        self.passphrase.textChanged.connect(self._on_passphrase_text_changed)
        self.repeated.textChanged.connect(self._on_repeated_text_changed)
        self._on_passphrase_text_changed("")

    def _on_repeated_text_changed(self, _text: str) -> None:
        self.repeated_error.clear_problem()

    def _on_passphrase_text_changed(self, text: str) -> None:
        # A problem is only shown for what was checked; a mismatch involves both fields.
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
        self.strength_text.setWordWrap(True)

    def validatePage(self) -> bool:
        self.passphrase_error.clear_problem()
        self.repeated_error.clear_problem()
        try:
            check_new_passphrase(self.passphrase.text(), self.repeated.text())
        except ValidationFailed as failure:
            self.passphrase_error.show_problem(failure.problems.get("passphrase", ""))
            self.repeated_error.show_problem(failure.problems.get("passphrase_repeat", ""))
            return False
        return True


class CreatingPage(QWizardPage):
    """A summary; after Finish, a busy bar while the desk is created on the database thread."""

    def __init__(self, desk_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Ready"))
        self.setSubTitle(self.tr("Click Finish to create your encrypted desk."))
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self._desk_path = desk_path
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(12)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addStretch()

    def initializePage(self) -> None:
        worker_page = self.wizard().worker_page
        rows = [
            (self.tr("Name:"), worker_page.worker_name.text().strip()),
            (self.tr("Team:"), worker_page.team.text().strip() or "—"),
            (self.tr("Language:"), worker_page.language.currentText()),
            (self.tr("Desk file:"), str(self._desk_path)),
        ]
        cells = "".join(f"<tr><td style='padding-right:12px'>{html.escape(label)}</td>"
                        f"<td>{html.escape(value)}</td></tr>" for label, value in rows)
        self.summary.setText(f"<table>{cells}</table>")


class FirstRunWizard(QWizard):
    desk_created = Signal(object)  # Desk, opened on the database thread
    language_chosen = Signal(str)

    def __init__(self, db_thread: DatabaseThread, desk_path: Path, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db_thread = db_thread
        self._desk_path = desk_path
        self._creating = False
        self.setWindowTitle(self.tr("Set up CaseDesk"))
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.welcome_page = WelcomePage()
        self.worker_page = WorkerPage(language)
        self.passphrase_page = PassphrasePage()
        self.creating_page = CreatingPage(desk_path)
        for page in (self.welcome_page, self.worker_page, self.passphrase_page, self.creating_page):
            self.addPage(page)
        self.setMinimumSize(620, 480)

    def accept(self) -> None:
        if self._creating:
            return
        self._creating = True
        for button in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                       QWizard.WizardButton.CancelButton):
            self.button(button).setEnabled(False)
        self.creating_page.busy.show()
        self.creating_page.status.setText(self.tr("Creating your encrypted desk…"))
        path = self._desk_path
        passphrase = self.passphrase_page.passphrase.text()
        worker_name = self.worker_page.worker_name.text()
        team = self.worker_page.team.text()
        language = self.worker_page.language.currentData()
        self._db_thread.submit(lambda: Desk.create(path, passphrase, worker_name, team, language),
                            self._on_desk_created, self._on_create_failed)

    def _on_desk_created(self, desk: Desk) -> None:
        self.passphrase_page.passphrase.clear()
        self.passphrase_page.repeated.clear()
        self.language_chosen.emit(self.worker_page.language.currentData())
        self.desk_created.emit(desk)
        super().accept()

    def _on_create_failed(self, error: BaseException) -> None:
        self._creating = False
        self.creating_page.busy.hide()
        for button in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                       QWizard.WizardButton.CancelButton):
            self.button(button).setEnabled(True)
        if isinstance(error, (ValidationFailed, DeskOpenError)):
            self.creating_page.status.setText(errors.error_text(error))
        else:
            self.creating_page.status.setText(errors.generic_error_text())
