"""Correct a saved contact: its fields, declared once, in the shared edit-dialog frame.

The dialog opens at once and loads the contact on the database thread; until it has, nothing
can be typed or saved. A correction keeps the contact's author and client; the follow-up task of
a contact is a task of its own and is changed in the tasks list, so it is not a field here.
What the lock parks is put back once the contact has loaded, never overwritten by it.
"""

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QSpinBox, QWidget

from casedesk.domain import ContactType, MotivationalStage
from casedesk.services.contacts import MAX_DURATION_MINUTES
from casedesk.services.dto import ContactDraft
from casedesk.services.field_limits import CONTACT_FIELD_LIMITS
from casedesk.ui import errors, messages
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.edit_dialog import EditDialog
from casedesk.ui.forms import Field, Form, Kind
from casedesk.ui.vocabulary import contact_type_name, motivational_stage_name

translate = QCoreApplication.translate


def contact_fields() -> tuple[Field, ...]:
    limits = CONTACT_FIELD_LIMITS
    return (
        Field("type", translate("ContactDialog", "&Type:"), Kind.CHOICE,
              choices=tuple((kind.value, contact_type_name(kind)) for kind in ContactType)),
        Field("occurred_at", translate("ContactDialog", "&When:"), Kind.DATETIME),
        Field("duration_minutes", translate("ContactDialog", "&Duration:"), Kind.SCALE,
              maximum=MAX_DURATION_MINUTES),
        Field("place", translate("ContactDialog", "&Place:"), max_length=limits["place"]),
        Field("participants", translate("ContactDialog", "Pa&rticipants:"),
              placeholder=translate("ContactDialog", "separated by commas, e.g. client, mother")),
        Field("topics", translate("ContactDialog", "T&opics:"),
              placeholder=translate("ContactDialog", "separated by commas, e.g. housing, debts")),
        Field("client_state", translate("ContactDialog", "Client's &condition:"), Kind.TEXT, lines=2),
        Field("motivational_stage", translate("ContactDialog", "&Stage of change:"), Kind.CHOICE,
              choices=(("", translate("ContactDialog", "not assessed")),
                       *((stage.value, motivational_stage_name(stage)) for stage in MotivationalStage))),
        Field("note", translate("ContactDialog", "&Note:"), Kind.TEXT, lines=5),
    )


class ContactDialog(EditDialog):
    #: The client whose contact was corrected.
    contact_saved = Signal(str)
    #: The contact is on screen and may be edited (when it cannot be loaded, the dialog says so and closes).
    contact_loaded = Signal()

    def __init__(self, desk_handle: DeskHandle, contact_id: str, parent: QWidget | None = None,
                 client_id: str = "") -> None:
        """``client_id``, when the caller knows it, names the client a lock parks the draft under
        before the contact has loaded (it is the contact's own client once loaded)."""
        super().__init__(desk_handle, Form(contact_fields()), "contact",
                         translate("ContactDialog", "Correct contact"), parent, scroll=True)
        self.contact_id = contact_id
        self.client_id = client_id
        self.reopen_key = f"contact:{contact_id}"
        self._loaded_draft: ContactDraft | None = None
        self._parked: dict | None = None
        duration = self.form.widgets["duration_minutes"]
        assert isinstance(duration, QSpinBox)
        duration.setSingleStep(5)
        duration.setSuffix(translate("ContactDialog", " min"))
        self.saved.connect(self._on_dialog_saved)
        self._set_loading(True)
        self.resize(560, 560)
        desk_handle.op(self, lambda desk: desk.contacts.get(contact_id)).success(self._on_contact_loaded).failure(
            self._on_contact_load_failed).run()

    @property
    def is_loading(self) -> bool:
        return self._loaded_draft is None

    def _set_loading(self, loading: bool) -> None:
        self.content.setEnabled(not loading)
        self.buttons.setEnabled(not loading)

    def _on_contact_loaded(self, draft: ContactDraft) -> None:
        self._loaded_draft = draft
        self.client_id = draft.client_id
        self.form.load(draft)
        if self._parked is not None:
            self.form.restore_parked(self._parked)
            self._parked = None
        self.set_save(draft, _correction_saver(self.contact_id, draft))
        self._set_loading(False)
        self.form.widgets["type"].setFocus()
        self.contact_loaded.emit()

    def _on_contact_load_failed(self, error: BaseException) -> None:
        messages.warning(self, translate("ContactDialog", "Contact cannot be corrected"), errors.error_text(error))
        self.close_without_asking()

    def _on_dialog_saved(self, client_id: str) -> None:
        self.contact_saved.emit(client_id)

    def save(self) -> None:
        if self.is_loading:
            return
        super().save()

    # --- the auto-lock ---------------------------------------------------------------------------
    def restore_draft(self, draft: dict) -> None:
        """Put back what the lock parked: now if the contact has loaded, else as soon as it has."""
        if self.is_loading:
            self._parked = draft.get("values", {})
        else:
            super().restore_draft(draft)

    def has_unsaved_changes(self) -> bool:
        return (self.is_loading and self._parked is not None) or super().has_unsaved_changes()

    def draft_for_lock(self) -> dict | None:
        if self.is_loading and self._parked is not None:
            return {"values": self._parked}  # locked again before the contact came back: keep it
        return super().draft_for_lock()


def _correction_saver(contact_id: str, loaded: ContactDraft):
    """What the frame runs on the database thread to store the corrected draft; returns the client id."""

    def save(desk, draft: ContactDraft) -> str:
        if loaded.occurred_at and draft.occurred_at == loaded.occurred_at.replace(second=0):
            # The editor shows minutes; an untouched time keeps its seconds (no needless edit to sync).
            draft = replace(draft, occurred_at=loaded.occurred_at)
        desk.contacts.update(contact_id, draft)
        return draft.client_id

    return save
