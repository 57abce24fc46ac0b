"""Create or edit a client: the client's fields, declared once, in the shared edit-dialog frame.

A new client is checked against the desk while it is typed: clients that may be the same person
are listed under the form (``DuplicateWarning``), and saving asks first while any are found.
Nothing is merged; the worker may open the existing client instead.
"""

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from casedesk.services.caseload import CaseloadWarning
from casedesk.services.dto import ClientDetails, ClientDraft
from casedesk.services.duplicates import SimilarClients
from casedesk.services.field_limits import CLIENT_FIELD_LIMITS
from casedesk.ui import messages
from casedesk.ui.caseload_view import confirm_assignment
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.duplicates import DuplicateWarning, look_text, reasons_text
from casedesk.ui.edit_dialog import EditDialog
from casedesk.ui.forms import Field, Form, Kind

translate = QCoreApplication.translate


def client_fields() -> tuple[Field, ...]:
    limits = CLIENT_FIELD_LIMITS
    return (
        Field("first_name", translate("ClientDialog", "&First name:"), max_length=limits["first_name"]),
        Field("last_name", translate("ClientDialog", "&Last name:"), max_length=limits["last_name"], answers="first_name"),
        Field("alias", translate("ClientDialog", "&Alias:"), max_length=limits["alias"], placeholder=translate("ClientDialog", "street name, nickname"),
              answers="first_name"),
        Field("birth_date", translate("ClientDialog", "&Date of birth:"), Kind.DATE, unknown_text=translate("ClientDialog", "unknown")),
        Field("birth_date_approximate", translate("ClientDialog", "approximate (only the year is certain)"), Kind.CHECK, beside=True),
        Field("gender", translate("ClientDialog", "&Gender:"), max_length=limits["gender"]),
        Field("languages", translate("ClientDialog", "Lan&guages:"), max_length=limits["languages"], placeholder=translate("ClientDialog", "e.g. German, Polish")),
        Field("whereabouts", translate("ClientDialog", "&Where to find:"), Kind.TEXT, lines=2,
              placeholder=translate("ClientDialog", "where to find them: scene, shelter, clinic…")),
        Field("phone", translate("ClientDialog", "&Phone:"), max_length=limits["phone"]),
        Field("address", translate("ClientDialog", "Add&ress:"), max_length=limits["address"]),
        Field("no_fixed_abode", translate("ClientDialog", "no fixed abode"), Kind.CHECK, beside=True, disables="address"),
        Field("emergency_notes", translate("ClientDialog", "&Emergency notes:"), Kind.TEXT, lines=2),
        Field("consent_data_processing", translate("ClientDialog", "consents to data processing"), Kind.CHECK, row_label=translate("ClientDialog", "C&onsent:")),
        Field("consent_date", translate("ClientDialog", "consent date"), Kind.DATE, unknown_text=translate("ClientDialog", "no date"), beside=True),
    )


#: The fields whose change means checking for duplicates again.
DUPLICATE_FIELDS = ("first_name", "last_name", "alias", "birth_date", "birth_date_approximate")


class ClientDialog(EditDialog):
    client_saved = Signal(str)
    #: The worker chose an existing client instead of creating this one (a possible duplicate).
    existing_client_chosen = Signal(str)

    def __init__(self, desk_handle: DeskHandle, details: ClientDetails | None = None,
                 parent: QWidget | None = None, promote_id: str = "") -> None:
        """``promote_id``: a code person who becomes this new client (the same record, every contact kept)."""
        title = translate("ClientDialog", "Edit client") if details else translate("ClientDialog", "New client")
        if promote_id:
            title = translate("ClientDialog", "Code person becomes a client")
        super().__init__(desk_handle, Form(client_fields()), "client", title, parent, scroll=True)
        client_id = details.id if details else ""
        self.client_id = client_id
        self.reopen_key = "edit_client" if details else "new_client"
        if details:
            self.form.load(details.draft)

        def save(desk, draft: ClientDraft) -> str:
            if client_id:
                desk.clients.update(client_id, draft)
                return client_id
            if promote_id:
                desk.street.promote(promote_id, draft)
                return promote_id
            return desk.clients.create(draft)

        self.set_save(details.draft if details else ClientDraft(), save)
        self.saved.connect(lambda client_id: self.client_saved.emit(client_id))
        self.duplicates: DuplicateWarning | None = None
        #: The clients the worker saw and chose to create this one beside.
        self._accepted_duplicates: frozenset[str] = frozenset()
        if not details:
            self.duplicates = DuplicateWarning(desk_handle, self)
            self.layout().insertWidget(self.layout().indexOf(self.buttons), self.duplicates)
            self.duplicates.open_requested.connect(self._on_duplicates_open_requested)
            self.form.edited.connect(self._on_form_edited)
            self.duplicates.exclude_id = promote_id
            self.duplicates.prepare()
        if promote_id:
            self.client_id = promote_id
            self.reopen_key = ""
            desk_handle.op(self, lambda desk: desk.street.promotion_draft(promote_id)).success(
                self._on_promotion_draft_loaded).run()
        self.resize(560, 600)
        self.form.widgets["first_name"].setFocus()

    def _on_promotion_draft_loaded(self, draft: ClientDraft) -> None:
        if not self.form.is_modified():
            self.form.load(draft)
            self._on_form_edited()

    def _duplicate_draft(self) -> ClientDraft:
        values = {name: self.form.value(name) for name in DUPLICATE_FIELDS}
        return ClientDraft(**values)

    def _on_form_edited(self) -> None:
        if self.duplicates is not None:
            self.duplicates.check(self._duplicate_draft())

    def restore_draft(self, draft: dict) -> None:
        super().restore_draft(draft)
        self._on_form_edited()

    def save(self) -> None:
        """A new client: first the check for duplicates, and a question while any are found."""
        if self.duplicates is None or self.form.problems_before_saving():
            super().save()
            return
        self.buttons.setEnabled(False)
        self.duplicates.check_now(self._duplicate_draft(), self._on_checked_before_saving)

    def _on_checked_before_saving(self, found: SimilarClients) -> None:
        self.buttons.setEnabled(True)
        ids = frozenset(similar.client.id for similar in found.clients)
        if ids and not ids <= self._accepted_duplicates:
            lines = "\n".join(f"• {look_text(similar.client)} — {reasons_text(similar.reasons)}"
                              for similar in found.clients)
            question = translate("ClientDialog", "This person may already be on the desk:\n\n%1\n\nSave a new "
                                                 "client anyway? (No: back to the form, where you can open the "
                                                 "existing client instead.)").replace("%1", lines)
            if not messages.confirm(self, translate("ClientDialog", "Possible duplicate"), question):
                self.duplicates.list.setFocus()
                return
            self._accepted_duplicates |= ids
        # The new client is the worker's own: past the team's caseload limit, they are asked first.
        self.buttons.setEnabled(False)
        self._desk_handle.op(self, lambda desk: desk.caseload.warning(desk.identity.worker_id)) \
            .success(self._on_caseload_checked).failure(self._on_caseload_check_failed).run()

    def _on_caseload_checked(self, warning: CaseloadWarning | None) -> None:
        self.buttons.setEnabled(True)
        if confirm_assignment(self, warning):
            super().save()

    def _on_caseload_check_failed(self, _error: BaseException) -> None:
        # The warning is advice: if it cannot be worked out, the client is saved all the same.
        self.buttons.setEnabled(True)
        super().save()

    def _on_duplicates_open_requested(self, client_id: str) -> None:
        self.reject()  # asks before dropping what was typed
        if not self.isVisible():
            self.existing_client_chosen.emit(client_id)
