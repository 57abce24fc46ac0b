"""The client's copy of their data (GDPR Art. 15): pick the language, then preview or save it.

The copy is made on the database thread (``RightsService.access_copy_bytes``; a long file takes a
second or more) and lives in memory until the worker saves it: the preview's Save as PDF and this
dialog's Save as PDF… both write through ``document_preview.save_pdf`` (0600, only where the
worker chose, a file name that names no one).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from casedesk.domain import UI_LANGUAGES
from casedesk.ui import messages
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.errors import error_text
from casedesk.ui.vocabulary import language_name

#: Names the kind of document only: a client's name in a file name leaks into recent-file lists.
SUGGESTED_NAME = "art15-copy.pdf"


class AccessCopyDialog(QDialog):
    """``preview_opened`` carries the preview dialog; ``saved`` the path the copy was saved to."""

    preview_opened = Signal(object)
    saved = Signal(object)

    def __init__(self, desk_handle: DeskHandle, client_id: str, client_name: str, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._client_id = client_id
        self._busy = False
        self.setWindowTitle(self.tr("Copy for the client (Art. 15)"))
        intro = QLabel(self.tr(
            "A readable copy of everything the desk holds about %1, with the purposes, the recipients "
            "from the disclosure log, the retention period and the client's rights (GDPR Art. 15). "
            "Contact notes and the names of others present are left out, because they may name other "
            "people (Art. 15(4)).").replace("%1", client_name))
        intro.setWordWrap(True)
        self.language_combo = QComboBox()
        for code in UI_LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_combo.setToolTip(self.tr("The client's language where their file names one"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = self.buttons.addButton(self.tr("&Preview…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button = self.buttons.addButton(self.tr("&Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        # Else the dialog makes the first of them (Cancel) the default when shown.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.save_button.setAutoDefault(False)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Document &language:"), self.language_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The button box picks its own default when shown; Return makes the preview.
        self.preview_button.setDefault(True)

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    def _make(self, then) -> None:
        if self._busy:
            return
        self._busy = True
        self.buttons.setEnabled(False)
        client_id, language = self._client_id, self.language

        def work(desk):
            from casedesk.services.rights import RightsService

            return RightsService(desk).access_copy_bytes(client_id, language)

        def failed(error: BaseException) -> None:
            self._busy = False
            self.buttons.setEnabled(True)
            messages.warning(self, self.windowTitle(), error_text(error))

        def done(pdf: bytes) -> None:
            self._busy = False
            self.buttons.setEnabled(True)
            then(pdf)

        self._desk_handle.op(self, work).with_progress(self.tr("Preparing the copy…")).success(done) \
            .failure(failed).run()

    def _on_preview_button_clicked(self) -> None:
        def show(pdf: bytes) -> None:
            from casedesk.ui.document_preview import show_preview  # Qt's PDF modules load on first use

            # Not a child of this dialog, which closes now; the client file's, like the Print menu's.
            preview = show_preview(self.parentWidget(), pdf, self.windowTitle(), SUGGESTED_NAME)  # type: ignore[arg-type]
            self.preview_opened.emit(preview)
            super(AccessCopyDialog, self).accept()

        self._make(show)

    def _on_save_button_clicked(self) -> None:
        def save(pdf: bytes) -> None:
            from casedesk.ui.document_preview import save_pdf

            path = save_pdf(self, pdf, SUGGESTED_NAME)
            if path is not None:
                self.saved.emit(path)
                super(AccessCopyDialog, self).accept()

        self._make(save)
