"""The client file's Linking tab: the client's referrals, each with its state history, and their dialogs.

New referral… picks a helper from the directory (or names a person), the service, a follow-up
date and, when the current plan has goals, the goal it serves. Without a release of
confidentiality for that helper the worker is asked whether to refer anyway, with a required
reason (kept on the referral). Change state… offers only the states the referral may move to;
a failed state asks for the alternative, a provider's refusal also for its reason.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain import FAILED_REFERRAL_STATES, ReferralState
from casedesk.services.errors import ReleaseMissing, ValidationFailed
from casedesk.services.providers import ProviderEntry
from casedesk.services.referrals import GoalChoice, ReferralEntry, allowed_next_states
from casedesk.ui.client_tabs import ClientTab
from casedesk.ui.consent_tab import ConsentTab
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.edit_dialog import EditDialog
from casedesk.ui.forms import Field, Form, Kind
from casedesk.ui.provider_directory import ProviderDirectory
from casedesk.ui.vocabulary import format_date, goal_level_name, referral_state_name

translate = QCoreApplication.translate
REFERRAL_ID_ROLE = Qt.ItemDataRole.UserRole
#: A new referral's follow-up, unless the worker sets another: check back after a week.
DEFAULT_FOLLOW_UP = timedelta(days=7)


@dataclass(frozen=True)
class ReferralDraft:
    provider_id: str = ""
    person: str = ""
    service: str = ""
    follow_up_on: date | None = None
    goal_lineage_id: str = ""


@dataclass(frozen=True)
class StateDraft:
    state: str = ""
    on: date | None = None
    follow_up_on: date | None = None
    decline_reason: str = ""
    alternative: str = ""
    note: str = ""


class ReleaseOverrideDialog(QDialog):
    """"No release for … Refer anyway?" — only with a reason."""

    def __init__(self, helper: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("No release of confidentiality"))
        question = QLabel(self.tr("There is no release of confidentiality for %1. Refer anyway?")
                          .replace("%1", helper))
        question.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why refer without it (kept with the referral)"))
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.refer_button = self.buttons.addButton(self.tr("Refer &anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.refer_button.setEnabled(False)
        self.reason.textChanged.connect(lambda text: self.refer_button.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(reason_label)
        row.addWidget(self.reason, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)


class ReferralDialog(EditDialog):
    def __init__(self, desk_handle: DeskHandle, client_id: str, providers: list[ProviderEntry],
                 goals: list[GoalChoice], parent: QWidget | None = None) -> None:
        provider_choices = ((("", translate("ReferralDialog", "a person (name below)")),)
                            + tuple((p.id, p.institution) for p in providers))
        goal_choices = ((("", translate("ReferralDialog", "not tied to a goal")),)
                        + tuple((g.lineage_id, f"{goal_level_name(g.level)}: {g.wording}") for g in goals))
        fields = (
            Field("provider_id", translate("ReferralDialog", "&Helper:"), Kind.CHOICE, choices=provider_choices),
            Field("person", translate("ReferralDialog", "&Person:"), max_length=300,
                  placeholder=translate("ReferralDialog", "when not a helper from the directory")),
            Field("service", translate("ReferralDialog", "&Service:"), max_length=2000,
                  placeholder=translate("ReferralDialog", "e.g. outpatient counselling")),
            Field("follow_up_on", translate("ReferralDialog", "&Follow up on:"), Kind.DATE,
                  unknown_text=translate("ReferralDialog", "no follow-up")),
            Field("goal_lineage_id", translate("ReferralDialog", "&Goal:"), Kind.CHOICE, choices=goal_choices),
        )
        super().__init__(desk_handle, Form(fields), "referral", translate("ReferralDialog", "New referral"), parent)
        self.client_id = client_id
        self.override_reason = ""
        self.override_dialog: ReleaseOverrideDialog | None = None
        self.directory: ProviderDirectory | None = None
        draft = ReferralDraft(follow_up_on=date.today() + DEFAULT_FOLLOW_UP)
        self.form.load(draft)
        self.directory_button = self.buttons.addButton(translate("ReferralDialog", "Find in &directory…"),
                                                       QDialogButtonBox.ButtonRole.ActionRole)
        self.directory_button.clicked.connect(self.open_directory)

        def save(desk, draft: ReferralDraft) -> str:
            person = "" if draft.provider_id else draft.person
            if not draft.provider_id and not person.strip():
                raise ValidationFailed({"person": "required"})
            return desk.referrals.create(
                client_id, draft.provider_id or None, person=person, service=draft.service,
                goal_lineage_id=draft.goal_lineage_id or None, follow_up_on=draft.follow_up_on,
                release_override_reason=self.override_reason)

        self.set_save(draft, save)
        self.setMinimumWidth(520)

    def open_directory(self) -> ProviderDirectory:
        self.directory = ProviderDirectory(self._desk_handle, picking=True, parent=self)
        self.directory.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.directory.chosen.connect(self._on_provider_chosen)
        self.directory.open()
        return self.directory

    def _on_provider_chosen(self, provider_id: str, institution: str) -> None:
        combo = self.form.widgets["provider_id"]
        if combo.findData(provider_id) < 0:
            combo.addItem(institution, provider_id)
        self.form.set_value("provider_id", provider_id)
        self.form.widgets["service"].setFocus()

    def _on_save_failed(self, error: BaseException) -> None:
        if not isinstance(error, ReleaseMissing):
            super()._on_save_failed(error)
            return
        self.buttons.setEnabled(True)
        self.override_dialog = ReleaseOverrideDialog(error.helper, self)
        self.override_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.override_dialog.accepted.connect(self._refer_anyway)
        self.override_dialog.open()

    def _refer_anyway(self) -> None:
        assert self.override_dialog is not None
        self.override_reason = self.override_dialog.reason.text().strip()
        self.save()


class ReferralStateDialog(EditDialog):
    def __init__(self, desk_handle: DeskHandle, referral: ReferralEntry, parent: QWidget | None = None) -> None:
        states = allowed_next_states(referral.state)
        fields = (
            Field("state", translate("ReferralStateDialog", "&New state:"), Kind.CHOICE,
                  choices=tuple((s.value, referral_state_name(s)) for s in states)),
            Field("on", translate("ReferralStateDialog", "&On:"), Kind.DATE),
            Field("follow_up_on", translate("ReferralStateDialog", "&Follow up on:"), Kind.DATE,
                  unknown_text=translate("ReferralStateDialog", "keep as it is")),
            Field("decline_reason", translate("ReferralStateDialog", "&Reason for declining:"), max_length=2000),
            Field("alternative", translate("ReferralStateDialog", "&Alternative:"), max_length=2000,
                  placeholder=translate("ReferralStateDialog", "what happens instead")),
            Field("note", translate("ReferralStateDialog", "No&te:"), Kind.TEXT, lines=3),
        )
        title = translate("ReferralStateDialog", "Referral to %1").replace("%1", referral.to_whom)
        super().__init__(desk_handle, Form(fields), "referral_state", title, parent)
        self.client_id = referral.client_id
        draft = StateDraft(state=states[0].value if states else "", on=date.today())
        self.form.load(draft)
        self.form.widgets["state"].currentIndexChanged.connect(self._show_state_fields)
        self._show_state_fields()

        def save(desk, draft: StateDraft) -> str:
            if draft.on is None:
                raise ValidationFailed({"on": "required"})
            desk.referrals.move(referral.id, draft.state, on=draft.on, follow_up_on=draft.follow_up_on,
                                note=draft.note, decline_reason=draft.decline_reason,
                                alternative=draft.alternative)
            return referral.id

        self.set_save(draft, save)
        self.setMinimumWidth(480)

    def _show_state_fields(self, *_args) -> None:
        state = self.form.value("state") or ""
        failed = state in {s.value for s in FAILED_REFERRAL_STATES}
        self.form.widgets["decline_reason"].setEnabled(state == ReferralState.DECLINED_BY_PROVIDER.value)
        self.form.widgets["alternative"].setEnabled(failed)


class ReferralsTab(ClientTab):
    KEY = "referrals"
    ORDER = 26
    TABLES = ("referral", "referral_change", "provider", "plan_goal", "service_plan", "confidentiality_release")

    dialog_opened = Signal(object)

    def __init__(self, desk_handle: DeskHandle, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(desk_handle, client_id, parent)
        self.referrals: list[ReferralEntry] = []
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("To whom"), self.tr("Service"), self.tr("State"), self.tr("Since"),
                                   self.tr("Follow-up"), self.tr("Goal")])
        self.list.setAccessibleName(self.tr("Referrals"))
        header = self.list.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate((QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels([self.tr("Date"), self.tr("State"), self.tr("By"), self.tr("Note")])
        self.history.setAccessibleName(self.tr("State history"))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_button = QPushButton(self.tr("&New referral…"))
        self.state_button = QPushButton(self.tr("Change state…"))
        self.directory_button = QPushButton(self.tr("Helper d&irectory…"))
        #: What was shared with the helper of the chosen referral (the disclosure log, one step).
        self.disclose_button = QPushButton(self.tr("Record what was shared…"))
        self.empty_note = QLabel(self.tr("No referrals yet."))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.state_button, self.disclose_button, self.directory_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail)
        lower_layout.addWidget(self.history, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(lower)
        referrals_page = QWidget()
        layout = QVBoxLayout(referrals_page)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty_note)
        layout.addLayout(buttons)
        # Consent and releases sit beside the referrals they allow: the client file's own tab strip
        # has no room for another tab at 1280 px (German, Danish).
        self.consent = ConsentTab(desk_handle, client_id)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(referrals_page, self.tr("Referrals"))
        self.pages.addTab(self.consent, self.consent.title())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.new_button.clicked.connect(self.open_new_referral)
        self.state_button.clicked.connect(self.open_state_dialog)
        self.directory_button.clicked.connect(self.open_directory)
        self.disclose_button.clicked.connect(self.open_disclosure_dialog)
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.list.itemActivated.connect(lambda _item: self.open_state_dialog())
        self._show_selected()

    def title(self) -> str:
        return self.tr("Linking")

    def reload(self) -> None:
        client_id = self.client_id
        self._start(1)
        self._desk_handle.op(self, lambda desk: desk.referrals.for_client(client_id)) \
            .success(self._on_referrals_loaded).run()

    def _on_referrals_loaded(self, referrals: list[ReferralEntry]) -> None:
        current = self.selected()
        self.referrals = referrals
        self.list.clear()
        for entry in referrals:
            item = QTreeWidgetItem([entry.to_whom, entry.service, referral_state_name(entry.state),
                                    format_date(entry.state_on),
                                    "" if entry.final else format_date(entry.follow_up_on), entry.goal_wording])
            item.setData(0, REFERRAL_ID_ROLE, entry.id)
            self.list.addTopLevelItem(item)
            if current is not None and current.id == entry.id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and referrals:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.empty_note.setVisible(not referrals)
        self._show_selected()
        self._part_loaded()

    def selected(self) -> ReferralEntry | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return next((r for r in self.referrals if r.id == item.data(0, REFERRAL_ID_ROLE)), None)

    def _show_selected(self) -> None:
        entry = self.selected()
        self.state_button.setEnabled(entry is not None and not entry.final and not self.is_erased)
        self.disclose_button.setEnabled(entry is not None and not self.is_erased)
        self.history.clear()
        if entry is None:
            self.detail.clear()
            return
        for change in reversed(entry.history):
            self.history.addTopLevelItem(QTreeWidgetItem([format_date(change.changed_on),
                                                          referral_state_name(change.state), change.worker_name,
                                                          change.note]))
        lines = []
        if entry.decline_reason:
            lines.append(self.tr("Reason for declining: %1").replace("%1", entry.decline_reason))
        if entry.alternative:
            lines.append(self.tr("Alternative: %1").replace("%1", entry.alternative))
        if entry.release_override_reason:
            lines.append(self.tr("Referred without a release of confidentiality: %1")
                         .replace("%1", entry.release_override_reason))
        self.detail.setText("\n".join(lines))
        self.detail.setVisible(bool(lines))

    def set_details(self, details) -> None:
        super().set_details(details)
        self.consent.set_details(details)
        self.new_button.setEnabled(not self.is_erased)
        self._show_selected()

    def open_disclosure_dialog(self) -> None:
        """Record what was shared with the selected referral's helper, under its release."""
        entry = self.selected()
        if entry is None or self.is_erased:
            return
        self.consent.open_disclosure_dialog(referral_id=entry.id, recipient=entry.to_whom)

    def open_new_referral(self) -> None:
        client_id = self.client_id
        self._desk_handle.op(self, lambda desk: (desk.providers.search(""), desk.referrals.goals_to_tie(client_id))) \
            .success(self._show_new_referral).run()

    def _show_new_referral(self, loaded: tuple[list[ProviderEntry], list[GoalChoice]]) -> None:
        providers, goals = loaded
        self._open(ReferralDialog(self._desk_handle, self.client_id, providers, goals, self))

    def open_state_dialog(self) -> ReferralStateDialog | None:
        entry = self.selected()
        if entry is None or entry.final or self.is_erased:
            return None
        return self._open(ReferralStateDialog(self._desk_handle, entry, self))

    def open_directory(self) -> ProviderDirectory:
        directory = ProviderDirectory(self._desk_handle, parent=self)
        directory.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        directory.open()
        self.dialog_opened.emit(directory)
        return directory

    def _open(self, dialog: EditDialog) -> EditDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _saved: self.reload())
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog
