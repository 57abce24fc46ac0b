"""Create or edit a client; the service's validation problems appear next to the fields."""

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casedesk.services.dto import ClientDetails, ClientDraft
from casedesk.services.errors import ValidationFailed
from casedesk.services.field_limits import CLIENT_FIELD_LIMITS
from casedesk.ui import errors, messages
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.widgets import ErrorLabel, add_labelled_layout, add_save_cancel

# QDateEdit cannot be empty: its minimum date stands for "unknown" and shows as blank text.
UNKNOWN_DATE = QDate(1899, 12, 31)


def _date_edit(special_text: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setMinimumDate(UNKNOWN_DATE)
    edit.setSpecialValueText(special_text)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setDate(UNKNOWN_DATE)
    return edit


def _date_of(edit: QDateEdit) -> date | None:
    return None if edit.date() == UNKNOWN_DATE else edit.date().toPython()


def _set_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else UNKNOWN_DATE)


class ClientDialog(QDialog):
    client_saved = Signal(str)

    def __init__(self, desk_handle: DeskHandle, details: ClientDetails | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._client_id = details.id if details else ""
        self.setWindowTitle(self.tr("Edit client") if details else self.tr("New client"))
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.alias = QLineEdit()
        self.alias.setPlaceholderText(self.tr("street name, nickname"))
        self.birth_date = _date_edit(self.tr("unknown"))
        self.birth_date_approximate = QCheckBox(self.tr("approximate (only the year is certain)"))
        self.gender = QLineEdit()
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("e.g. German, Polish"))
        self.whereabouts = QPlainTextEdit()
        self.whereabouts.setPlaceholderText(self.tr("where to find them: scene, shelter, clinic…"))
        self.whereabouts.setTabChangesFocus(True)
        self.whereabouts.setFixedHeight(60)
        self.phone = QLineEdit()
        self.address = QLineEdit()
        self.no_fixed_abode = QCheckBox(self.tr("no fixed abode"))
        self.emergency_notes = QPlainTextEdit()
        self.emergency_notes.setTabChangesFocus(True)
        self.emergency_notes.setFixedHeight(60)
        self.consent_data_processing = QCheckBox(self.tr("consents to data processing"))
        self.consent_date = _date_edit(self.tr("no date"))
        for name in ("first_name", "last_name", "alias", "gender", "languages", "phone", "address"):
            getattr(self, name).setMaxLength(CLIENT_FIELD_LIMITS[name])
        self.problem_labels = {name: ErrorLabel() for name in ("first_name", "birth_date", "phone", "consent_date")}

        form = QFormLayout()
        form.addRow(self.tr("&First name:"), self.first_name)
        form.addRow(self.tr("&Last name:"), self.last_name)
        form.addRow(self.tr("&Alias:"), self.alias)
        self.problem_labels["first_name"].add_to(form)
        birth = QHBoxLayout()
        birth.addWidget(self.birth_date)
        birth.addWidget(self.birth_date_approximate, 1)
        add_labelled_layout(form, self.tr("&Date of birth:"), birth, self.birth_date)
        self.problem_labels["birth_date"].add_to(form)
        form.addRow(self.tr("&Gender:"), self.gender)
        form.addRow(self.tr("Lan&guages:"), self.languages)
        form.addRow(self.tr("&Where to find:"), self.whereabouts)
        form.addRow(self.tr("&Phone:"), self.phone)
        self.problem_labels["phone"].add_to(form)
        address = QHBoxLayout()
        address.addWidget(self.address, 1)
        address.addWidget(self.no_fixed_abode)
        add_labelled_layout(form, self.tr("Add&ress:"), address, self.address)
        form.addRow(self.tr("&Emergency notes:"), self.emergency_notes)
        consent = QHBoxLayout()
        consent.addWidget(self.consent_data_processing, 1)
        consent.addWidget(self.consent_date)
        add_labelled_layout(form, self.tr("C&onsent:"), consent, self.consent_data_processing)
        self.problem_labels["consent_date"].add_to(form)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addLayout(form)
        content_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.buttons = add_save_cancel(self, scroll, self._on_buttons_accepted)
        self.no_fixed_abode.toggled.connect(self._on_no_fixed_abode_toggled)
        self.resize(560, 640)
        if details:
            self._load(details.draft)
        self.first_name.setFocus()

    def _load(self, draft: ClientDraft) -> None:
        self.first_name.setText(draft.first_name)
        self.last_name.setText(draft.last_name)
        self.alias.setText(draft.alias)
        _set_date(self.birth_date, draft.birth_date)
        self.birth_date_approximate.setChecked(draft.birth_date_approximate)
        self.gender.setText(draft.gender)
        self.languages.setText(draft.languages)
        self.whereabouts.setPlainText(draft.whereabouts)
        self.phone.setText(draft.phone)
        self.address.setText(draft.address)
        self.no_fixed_abode.setChecked(draft.no_fixed_abode)
        self.emergency_notes.setPlainText(draft.emergency_notes)
        self.consent_data_processing.setChecked(draft.consent_data_processing)
        _set_date(self.consent_date, draft.consent_date)

    def draft(self) -> ClientDraft:
        return ClientDraft(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            alias=self.alias.text(),
            birth_date=_date_of(self.birth_date),
            birth_date_approximate=self.birth_date_approximate.isChecked(),
            gender=self.gender.text(),
            languages=self.languages.text(),
            whereabouts=self.whereabouts.toPlainText(),
            phone=self.phone.text(),
            address="" if self.no_fixed_abode.isChecked() else self.address.text(),
            no_fixed_abode=self.no_fixed_abode.isChecked(),
            emergency_notes=self.emergency_notes.toPlainText(),
            consent_data_processing=self.consent_data_processing.isChecked(),
            consent_date=_date_of(self.consent_date),
        )

    def _on_no_fixed_abode_toggled(self, checked: bool) -> None:
        self.address.setEnabled(not checked)

    def _on_buttons_accepted(self) -> None:
        draft = self.draft()
        client_id = self._client_id
        for label in self.problem_labels.values():
            label.clear_problem()
        self.buttons.setEnabled(False)

        def save(desk) -> str:
            if client_id:
                desk.clients.update(client_id, draft)
                return client_id
            return desk.clients.create(draft)

        self._desk_handle.op(self, save).success(self._on_saved).failure(self._on_save_failed).run()

    def _on_saved(self, client_id: str) -> None:
        self.buttons.setEnabled(True)
        self._desk_handle.notify_changed(client_id)
        self.client_saved.emit(client_id)
        self.accept()

    def _on_save_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(error, ValidationFailed):
            messages.warning(self, self.tr("Client not saved"), errors.error_text(error))
            return
        unplaced = {}
        for field, code in error.problems.items():
            label = self.problem_labels.get(field)
            if label is None:
                unplaced[field] = code
            else:
                label.show_problem(code)
        if unplaced:
            messages.warning(self, self.tr("Client not saved"), errors.validation_summary(ValidationFailed(unplaced)))
        first = next(iter(error.problems))
        widget = getattr(self, first, None)
        if isinstance(widget, QWidget):
            widget.setFocus()
