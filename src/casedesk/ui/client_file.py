"""The client file: one client's registered tabs (``CLIENT_FILE_TABS``) and its dialogs."""

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QToolButton, QWidget

from casedesk.domain import ClientStatus, Phase
from casedesk.services.cards import card_language_of
from casedesk.services.dto import ClientDetails, ReleaseDraft
from casedesk.services.errors import ValidationFailed
from casedesk.services.field_limits import RELEASE_FIELD_LIMITS
from casedesk.ui import messages
from casedesk.ui.access_copy import AccessCopyDialog
from casedesk.ui.assessment_tab import AssessmentTab
from casedesk.ui.audit_dialog import AuditDialog
from casedesk.ui.case_tab import CaseTab
from casedesk.ui.client_dialog import ClientDialog
from casedesk.ui.client_tabs import (
    ClientTab,
    ContactsTab,
    OverviewTab,
    RelapseCardTab,
    TasksTab,
)
from casedesk.ui.consent_tab import ScopedReleaseDialog
from casedesk.ui.contact_dialog import ContactDialog
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.edit_dialog import EditDialog
from casedesk.ui.episode_dialogs import PhaseDialog
from casedesk.ui.erasure import ErasureDialog
from casedesk.ui.forms import Field, Form, Kind
from casedesk.ui.handover_dialog import HandoverDialog
from casedesk.ui.instruments_tab import InstrumentsTab
from casedesk.ui.merge import MergeDialog, MergePartnerDialog
from casedesk.ui.network_tab import NetworkTab
from casedesk.ui.plan_tab import PlanTab
from casedesk.ui.print_actions import ui_document_language
from casedesk.ui.referrals_tab import ReferralsTab
from casedesk.ui.street import CodePersonDialog
from casedesk.ui.tasks import TaskDialog
from casedesk.ui.vocabulary import client_name
from casedesk.ui.whereabouts import WhereaboutsTab

translate = QCoreApplication.translate

#: The client file's tabs, in the order they appear (each tab's ``ORDER``).
CLIENT_FILE_TABS: tuple[type[ClientTab], ...] = tuple(sorted((
    OverviewTab,
    ContactsTab,
    TasksTab,
    RelapseCardTab,
    CaseTab,
    AssessmentTab,
    PlanTab,
    ReferralsTab,
    NetworkTab,
    InstrumentsTab,
), key=lambda tab: tab.ORDER))


#: The tabs a code person's file shows (``street.CodePersonDialog`` edits the code itself).
CODE_PERSON_TABS = frozenset({OverviewTab.KEY, ContactsTab.KEY, TasksTab.KEY})


class ClientFile(QTabWidget):
    """``loaded`` fires once every tab shown so far has its data."""

    loaded = Signal()
    record_contact_requested = Signal(str)
    archived = Signal(str)
    handed_over = Signal(str)
    deputy_changed = Signal(str)
    erased = Signal(str)
    #: Another record was merged with this one; the id is the record that stayed.
    merged = Signal(str)

    def __init__(self, desk_handle: DeskHandle, client_id: str, tab_key: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self.client_id = client_id
        self.tabs: dict[str, ClientTab] = {}
        for tab_class in CLIENT_FILE_TABS:
            tab = tab_class(desk_handle, client_id)
            self.tabs[tab.KEY] = tab
            self.addTab(tab, tab.title())
            tab.title_changed.connect(lambda tab=tab: self.setTabText(self.indexOf(tab), tab.title()))
            tab.loaded.connect(self._on_tab_loaded)
            tab.record_contact_requested.connect(self.record_contact_requested)
        self.overview: OverviewTab = self.tabs[OverviewTab.KEY]
        self.contacts: ContactsTab = self.tabs[ContactsTab.KEY]
        self.tasks: TasksTab = self.tabs[TasksTab.KEY]
        self.relapse_card_tab: RelapseCardTab = self.tabs[RelapseCardTab.KEY]
        self.relapse_card = self.relapse_card_tab.editor
        self.case: CaseTab = self.tabs[CaseTab.KEY]
        self.overview.loaded.connect(self._on_overview_loaded)
        self.overview.edit_requested.connect(self.open_edit_dialog)
        self.overview.phase_change_requested.connect(self.open_phase_dialog)
        self.overview.release_requested.connect(self.open_release_dialog)
        self.overview.handover_requested.connect(self.open_handover_dialog)
        self.overview.deputy_requested.connect(self.open_deputy_dialog)
        self.overview.archive_requested.connect(self._on_overview_archive_requested)
        self.overview.restore_requested.connect(self._on_overview_restore_requested)
        self.overview.erase_requested.connect(self.open_erasure_dialog)
        self.overview.merge_requested.connect(self.open_merge_partner_dialog)
        self.overview.access_log_requested.connect(self.open_access_log)
        # The client's copy of their data (Art. 15) beside the access log in the overview's More menu.
        self.access_copy_action = QAction(self.tr("&Copy for the client (Art. 15)…"), self.overview.more_menu)
        self.access_copy_action.setToolTip(self.tr("A readable PDF of the client's data, the recipients and "
                                                   "their rights, in their language"))
        self.access_copy_action.triggered.connect(self.open_access_copy_dialog)
        self.overview.more_menu.insertAction(self.overview.access_log_action, self.access_copy_action)
        self.contacts.edit_contact_requested.connect(self.open_contact_dialog)
        self.instruments: InstrumentsTab = self.tabs[InstrumentsTab.KEY]
        self.contacts.relapse_requested.connect(self.instruments.open_relapse_dialog)
        self.contacts.disclosure_requested.connect(
            lambda contact_id: self.tabs["referrals"].consent.open_disclosure_dialog(contact_id=contact_id))
        #: Where to find the client, beside the contacts' timeline its trail is read from.
        self.whereabouts = WhereaboutsTab(desk_handle, client_id)
        self.contacts.add_page(self.whereabouts, self.whereabouts.title())
        self.tasks.new_task_requested.connect(self.open_task_dialog)
        # Eleven tabs of the method share a 1280 px screen beside the client list: tighter padding
        # than the style's keeps every title readable without scrolling in all three languages.
        self.setStyleSheet(
            "QTabBar::tab { padding: 4px 5px; margin-right: 1px; border: 1px solid palette(mid);"
            " border-bottom: none; border-top-left-radius: 3px; border-top-right-radius: 3px;"
            " background: palette(button); }"
            " QTabBar::tab:selected { background: palette(window); border-color: palette(dark); }"
            " QTabBar::tab:!selected { margin-top: 3px; }"
            " QTabBar::tab:!selected:hover { background: palette(light); }")
        # With every tab of the cycle the bar may scroll on a small screen; its scroll arrows must
        # not sit in the Tab chain between the tab bar and the tab's own widgets.
        for arrow in self.tabBar().findChildren(QToolButton):
            arrow.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if tab_key in self.tabs:
            self.setCurrentWidget(self.tabs[tab_key])
        # The overview also tells every other tab the client's status; it loads even when hidden.
        self.overview.ensure_loaded()

    # --- tabs ------------------------------------------------------------------------------------
    @property
    def details(self) -> ClientDetails | None:
        return self.overview.details

    @property
    def is_loading(self) -> bool:
        return any(tab.is_loading for tab in self.tabs.values())

    def current_tab_key(self) -> str:
        tab = self.currentWidget()
        return tab.KEY if isinstance(tab, ClientTab) else ""

    def show_tab(self, key: str) -> None:
        if key == WhereaboutsTab.KEY:
            self.setCurrentWidget(self.contacts)
            self.contacts.pages.setCurrentWidget(self.whereabouts)
        elif key in self.tabs:
            self.setCurrentWidget(self.tabs[key])

    def _on_tab_loaded(self) -> None:
        if not self.is_loading:
            self.loaded.emit()

    def _on_overview_loaded(self) -> None:
        details = self.overview.details
        if details is not None:
            for tab in self.tabs.values():
                if tab is not self.overview:
                    tab.set_details(details)
            self.whereabouts.set_details(details)
            self.access_copy_action.setEnabled(details.status != ClientStatus.ERASED.value)
            # A code person met on the street has contacts and tasks, no case, card or plan.
            for key, tab in self.tabs.items():
                self.setTabVisible(self.indexOf(tab), not details.is_code_person or key in CODE_PERSON_TABS)

    def current_contact_id(self) -> str:
        return self.contacts.current_contact_id()

    # --- unsaved work ----------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return any(tab.has_unsaved_changes() for tab in self.tabs.values())

    def confirm_leave(self) -> bool:
        """Ask, tab by tab, before what was typed is lost; False keeps the worker here."""
        for tab in self.tabs.values():
            if tab.has_unsaved_changes():
                self.setCurrentWidget(tab)
                if not tab.confirm_leave():
                    return False
        return True

    def drafts_for_lock(self) -> dict[str, dict]:
        """Each tab's unsaved work, by tab key."""
        drafts = {}
        for key, tab in self.tabs.items():
            draft = tab.draft_for_lock()
            if draft is not None:
                drafts[key] = draft
        return drafts

    def restore_draft(self, tab_key: str, draft: dict) -> None:
        if tab_key in self.tabs:
            self.tabs[tab_key].restore_draft(draft)

    def reopen_form(self, reopen_key: str, draft: dict) -> bool:
        """Open the dialog a lock closed and put back what was typed in it."""
        openers = {"edit_client": self.open_edit_dialog, "phase": self.open_phase_dialog,
                   "release": self.open_release_dialog}
        if reopen_key.startswith("contact:"):
            dialog = self.open_contact_dialog(reopen_key.removeprefix("contact:"))
        elif reopen_key in openers:
            dialog = openers[reopen_key]()
        elif self.case.opener(reopen_key) is not None:
            dialog = self.case.opener(reopen_key)()
        else:
            return False
        if dialog is None:
            return False
        dialog.restore_draft(draft)
        return True

    # --- dialogs ---------------------------------------------------------------------------------
    def _open(self, dialog: QWidget) -> QWidget:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_edit_dialog(self) -> EditDialog | None:
        if self.details is None:
            return None
        if self.details.is_code_person:
            dialog = CodePersonDialog(self._desk_handle, self.client_id, self)
            dialog.promote_requested.connect(self.open_promotion_dialog)
            return self._open(dialog)
        return self._open(ClientDialog(self._desk_handle, self.details, self))

    def open_promotion_dialog(self) -> ClientDialog:
        """The new-client form for this code person: saving makes the same record a client."""
        dialog = ClientDialog(self._desk_handle, None, self, promote_id=self.client_id)
        dialog.client_saved.connect(lambda _client_id: self.overview.mark_stale())
        return self._open(dialog)

    def open_phase_dialog(self) -> EditDialog | None:
        if self.details is None:
            return None
        if self.details.phase == Phase.CLOSED.value:
            # A closed case moves on only as a new episode.
            self.show_tab(self.case.KEY)
            return self.case.open_reopen_dialog()
        return self._open(PhaseDialog(self._desk_handle, self.client_id, self.details.phase, self))

    def open_release_dialog(self) -> ScopedReleaseDialog:
        """A release with its helper (from the directory or a person) and its scope."""
        return self._open(ScopedReleaseDialog(self._desk_handle, self.client_id, self))

    def open_contact_dialog(self, contact_id: str) -> ContactDialog:
        return self._open(ContactDialog(self._desk_handle, contact_id, self, client_id=self.client_id))

    def open_task_dialog(self) -> TaskDialog:
        return self._open(TaskDialog(self._desk_handle, self.client_id, self._client_name(), self))

    def open_handover_dialog(self) -> HandoverDialog:
        dialog = HandoverDialog(self._desk_handle, self.client_id, self._client_name(), deputy=False, parent=self)
        dialog.assignment_changed.connect(self.handed_over)
        return self._open(dialog)

    def open_deputy_dialog(self) -> HandoverDialog:
        dialog = HandoverDialog(self._desk_handle, self.client_id, self._client_name(), deputy=True, parent=self)
        dialog.assignment_changed.connect(self.deputy_changed)
        return self._open(dialog)

    def open_erasure_dialog(self) -> ErasureDialog:
        dialog = ErasureDialog(self._desk_handle, self.client_id, self._client_name(), self)
        dialog.erased.connect(self.erased)
        return self._open(dialog)

    def open_merge_partner_dialog(self) -> MergePartnerDialog:
        dialog = MergePartnerDialog(self._desk_handle, self.client_id, self._client_name(), self)
        dialog.chosen.connect(self.open_merge_dialog)
        return self._open(dialog)

    def open_merge_dialog(self, other_id: str) -> MergeDialog:
        dialog = MergeDialog(self._desk_handle, self.client_id, other_id, self)
        dialog.merged.connect(self.merged)
        return self._open(dialog)

    def open_access_copy_dialog(self) -> AccessCopyDialog:
        """The Art. 15 copy, in the client's language where their file names one of the three."""
        draft = self.details.draft if self.details else None
        language = card_language_of(draft.languages if draft else "") or ui_document_language()
        return self._open(AccessCopyDialog(self._desk_handle, self.client_id, self._client_name(), language, self))

    def open_access_log(self) -> AuditDialog:
        details = self.details
        label = "" if details is None or details.status == ClientStatus.ERASED.value else self._client_name()
        return self._open(AuditDialog(self._desk_handle, self.client_id, label, self))

    def _on_overview_archive_requested(self) -> None:
        if not messages.confirm(self, self.tr("Archive client?"), self.tr(
                "Archive %1? The file is kept and can be found with \"Closed/archived\".").replace(
                "%1", self._client_name())):
            return
        client_id = self.client_id
        self._desk_handle.op(self, lambda desk: desk.clients.archive(client_id)).success(
            lambda _result: self.archived.emit(client_id)).run()

    def _on_overview_restore_requested(self) -> None:
        client_id = self.client_id
        self._desk_handle.op(self, lambda desk: desk.clients.restore(client_id)).run()

    def _client_name(self) -> str:
        return client_name(self.details.display_name) if self.details else ""


def release_fields() -> tuple[Field, ...]:
    return (
        Field("helper", translate("ReleaseDialog", "&Helper:"), max_length=RELEASE_FIELD_LIMITS["helper"],
              placeholder=translate("ReleaseDialog", "e.g. Jobcenter Mitte, Dr. Sommer")),
        Field("granted_on", translate("ReleaseDialog", "&Granted on:"), Kind.DATE),
        Field("expires_on", translate("ReleaseDialog", "&Expires on:"), Kind.DATE,
              unknown_text=translate("ReleaseDialog", "no expiry")),
    )


class ReleaseDialog(EditDialog):
    """Record a release of confidentiality (Schweigepflichtentbindung) towards one helper."""

    def __init__(self, desk_handle: DeskHandle, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(desk_handle, Form(release_fields()), "release",
                         translate("ReleaseDialog", "Release of confidentiality"), parent)
        draft = ReleaseDraft(granted_on=date.today())
        self.form.load(draft)

        def save(desk, draft: ReleaseDraft) -> None:
            if draft.granted_on is None:
                raise ValidationFailed({"granted_on": "required"})
            desk.clients.add_release(client_id, draft.helper, draft.granted_on, draft.expires_on)

        self.set_save(draft, save)
        self.client_id, self.reopen_key = client_id, "release"
        self.setMinimumWidth(420)
