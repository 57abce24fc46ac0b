"""GDPR erasure (Art. 17) of one client, after the worker typed the client's name to confirm."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from casedesk.services.typed_confirmation import matches_displayed_name
from casedesk.ui import errors, messages
from casedesk.ui.desk_thread import DeskHandle


class ErasureDialog(QDialog):
    """Names the consequences; Erase stays disabled until the name is typed.

    No button is the default: Return in the name field erases once the name matches and otherwise
    says why nothing happens, so it never cancels (or erases) unseen; Escape cancels.
    """

    erased = Signal(str)

    def __init__(self, desk_handle: DeskHandle, client_id: str, client_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._client_id = client_id
        self._client_name = client_name
        self.setWindowTitle(self.tr("Erase client (GDPR)"))
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        heading = QLabel(self.tr("Erase %1 for good?").replace("%1", client_name))
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        heading.setWordWrap(True)
        consequences = QLabel(self.tr(
            "<ul>"
            "<li>Everything recorded about this client is deleted: personal data, contacts and notes, "
            "tasks, plans and relapse cards.</li>"
            "<li>It is deleted on this laptop now, and on the office's central store and every "
            "colleague's laptop at their next sync.</li>"
            "<li><b>This cannot be undone.</b> Only an anonymous number remains.</li>"
            "</ul>"
            "If the client asked for a copy of their data, print the handover summary, the service plan "
            "and the counselling protocols from the Print menu first."))
        consequences.setWordWrap(True)
        self.prompt = QLabel(self.tr("To confirm, type the client's name as shown: <b>%1</b>")
                             .replace("%1", client_name.replace("&", "&amp;").replace("<", "&lt;")))
        self.prompt.setWordWrap(True)
        self.typed_name = QLineEdit()
        self.prompt.setBuddy(self.typed_name)
        self.typed_name.textChanged.connect(self._on_typed_name_text_changed)
        self.typed_name.returnPressed.connect(self._on_typed_name_return_pressed)
        self.mismatch_hint = QLabel(self.tr(
            "The name does not match yet. Type it as shown above to erase, or press Escape to cancel."))
        self.mismatch_hint.setWordWrap(True)
        self.mismatch_hint.setStyleSheet("color: #b3261e;")
        self.mismatch_hint.hide()
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(self.tr("&Erase for good"),
                                                   QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        self.erase_button.setStyleSheet("QPushButton:enabled { color: #b3261e; font-weight: 600; }")
        self.cancel_button.setAutoDefault(False)  # else the dialog makes it the default when shown
        self.erase_button.clicked.connect(self._on_erase_button_clicked)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addWidget(heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(consequences)
        layout.addWidget(self.prompt)
        layout.addWidget(self.typed_name)
        layout.addWidget(self.mismatch_hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(500)

    def _on_typed_name_text_changed(self, text: str) -> None:
        self.mismatch_hint.hide()
        self.erase_button.setEnabled(matches_displayed_name(text, self._client_name))

    def _on_typed_name_return_pressed(self) -> None:
        if not matches_displayed_name(self.typed_name.text(), self._client_name):
            self.mismatch_hint.show()
        elif self.erase_button.isEnabled():  # not while an erasure already runs
            self.erase_button.click()

    def _on_erase_button_clicked(self) -> None:
        if not matches_displayed_name(self.typed_name.text(), self._client_name):
            return
        client_id = self._client_id
        self.erase_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self._desk_handle.op(self, lambda desk: desk.erasure.erase_client(client_id)).with_progress(
            self.tr("Erasing…")).success(self._on_erased).failure(self._on_erase_failed).run()

    def _on_erased(self, _result: None) -> None:
        self.erased.emit(self._client_id)
        self.accept()

    def _on_erase_failed(self, error: BaseException) -> None:
        self.cancel_button.setEnabled(True)
        self._on_typed_name_text_changed(self.typed_name.text())
        messages.warning(self, self.tr("Not erased"), errors.error_text(error))
