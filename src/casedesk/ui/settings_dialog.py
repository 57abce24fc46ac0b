"""Settings of this computer's app, as pages (after Picard's options dialog)."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain import DEFAULT_IDLE_LOCK_MINUTES, UI_LANGUAGES
from casedesk.ui.settings import MAX_IDLE_LOCK_MINUTES, MIN_IDLE_LOCK_MINUTES, AppSettings
from casedesk.ui.vocabulary import language_name
from casedesk.ui.widgets import hint_label


class SettingsPage(QWidget):
    """A page loads from and saves to AppSettings; ``restore_defaults`` resets only its own fields."""

    def title(self) -> str:
        raise NotImplementedError

    def load(self, settings: AppSettings) -> None:
        raise NotImplementedError

    def save(self, settings: AppSettings) -> None:
        raise NotImplementedError

    def restore_defaults(self) -> None:
        raise NotImplementedError


class GeneralPage(SettingsPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the system"), "")
        for code in UI_LANGUAGES:
            self.language.addItem(language_name(code), code)
        note = hint_label(self.tr("A new language takes effect when CaseDesk is restarted."))
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", note)

    def title(self) -> str:
        return self.tr("General")

    def load(self, settings: AppSettings) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))

    def save(self, settings: AppSettings) -> None:
        settings.language = self.language.currentData()

    def restore_defaults(self) -> None:
        self.language.setCurrentIndex(0)


class SecurityPage(SettingsPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(MIN_IDLE_LOCK_MINUTES, MAX_IDLE_LOCK_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" min"))
        note = hint_label(self.tr("CaseDesk locks itself when you have not used it for this long. "
                              "You can always lock at once with Ctrl+L."))
        form = QFormLayout(self)
        form.addRow(self.tr("Lock after &inactivity:"), self.idle_minutes)
        form.addRow("", note)

    def title(self) -> str:
        return self.tr("Security")

    def load(self, settings: AppSettings) -> None:
        self.idle_minutes.setValue(settings.idle_lock_minutes)

    def save(self, settings: AppSettings) -> None:
        settings.idle_lock_minutes = self.idle_minutes.value()

    def restore_defaults(self) -> None:
        self.idle_minutes.setValue(DEFAULT_IDLE_LOCK_MINUTES)


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.pages: list[SettingsPage] = [GeneralPage(), SecurityPage()]
        self.page_list = QListWidget()
        self.page_list.setMaximumWidth(160)
        self.stack = QStackedWidget()
        for page in self.pages:
            page.load(settings)
            self.page_list.addItem(page.title())
            self.stack.addWidget(page)
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.page_list.setCurrentRow(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self._on_restore_defaults_clicked)
        body = QHBoxLayout()
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 300)

    def _on_restore_defaults_clicked(self) -> None:
        self.stack.currentWidget().restore_defaults()

    def accept(self) -> None:
        for page in self.pages:
            page.save(self._settings)
        self._settings.sync()
        super().accept()
