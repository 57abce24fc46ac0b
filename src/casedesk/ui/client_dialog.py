"""Create or edit a client: the client's fields, declared once, in the shared edit-dialog frame."""

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from casedesk.services.dto import ClientDetails, ClientDraft
from casedesk.services.field_limits import CLIENT_FIELD_LIMITS
from casedesk.ui.desk_thread import DeskHandle
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


class ClientDialog(EditDialog):
    client_saved = Signal(str)

    def __init__(self, desk_handle: DeskHandle, details: ClientDetails | None = None,
                 parent: QWidget | None = None) -> None:
        title = translate("ClientDialog", "Edit client") if details else translate("ClientDialog", "New client")
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
            return desk.clients.create(draft)

        self.set_save(details.draft if details else ClientDraft(), save)
        self.saved.connect(lambda client_id: self.client_saved.emit(client_id))
        self.resize(560, 600)
        self.form.widgets["first_name"].setFocus()
