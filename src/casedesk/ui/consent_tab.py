"""The client file's Consent & releases tab and its dialogs (issue 13, points 3 and 4).

Three lists: the consents to data processing (given on, form, recorded by, withdrawn on), the
releases of confidentiality (helper, scope, from, until, recorded by) and the disclosure log
(when, to whom, what, under which release). "Record disclosure…" does it in one step: the release
chosen shows its scope at once, the scope shared is ticked in the same lists, and sharing beyond
the release (or without one) needs a tick that says so. Every dialog is usable by keyboard alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain import ConsentForm, ReleaseInformation
from casedesk.services.consents import (
    LEGACY_CONSENT_ID,
    ConsentEntry,
    ConsentOverview,
    DisclosureDraft,
    ReleaseDetails,
    ReleaseDraft,
    ReleaseScope,
)
from casedesk.services.errors import ValidationFailed
from casedesk.services.providers import ProviderEntry
from casedesk.ui.client_tabs import ClientTab
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.edit_dialog import EditDialog
from casedesk.ui.forms import Field, Form, Kind
from casedesk.ui.vocabulary import consent_form_name, format_date, format_datetime, life_domain_name

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole


def information_name(code: str) -> str:
    names = {
        ReleaseInformation.CONTACT_DETAILS: translate("ConsentVocabulary", "Identity and contact details"),
        ReleaseInformation.CASE_STATUS: translate("ConsentVocabulary", "Case status and appointments"),
        ReleaseInformation.ASSESSMENT: translate("ConsentVocabulary", "Assessment findings"),
        ReleaseInformation.PLAN: translate("ConsentVocabulary", "Service plan and goals"),
        ReleaseInformation.HEALTH: translate("ConsentVocabulary", "Health and treatment"),
        ReleaseInformation.DOCUMENTS: translate("ConsentVocabulary", "Documents and reports"),
    }
    return names.get(code, code)  # type: ignore[call-overload]


def scope_text(scope: ReleaseScope | tuple[tuple[str, ...], tuple[str, ...]], domain_labels: dict[str, str]) -> str:
    domains, information = (scope.domains, scope.information) if isinstance(scope, ReleaseScope) else scope
    words = [life_domain_name(code, domain_labels.get(code, "")) for code in domains]
    words += [information_name(code) for code in information]
    return ", ".join(words) if words else translate("ConsentVocabulary", "no scope recorded")


class ScopePicker(QWidget):
    """Two lists of ticks: the life domains and the kinds of information."""

    changed = Signal()

    def __init__(self, domains: list[tuple[str, str]], domain_label: str, information_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.domain_labels: dict[str, str] = {}
        self.information = self._list([(i.value, information_name(i.value)) for i in ReleaseInformation])
        self.information.setAccessibleName(information_label.replace("&", ""))
        self.domains = self._list([])
        self.domains.setAccessibleName(domain_label.replace("&", ""))
        self.set_domains(domains)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (label_text, widget) in enumerate(((domain_label, self.domains),
                                                       (information_label, self.information))):
            label = QLabel(label_text)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)

    def _list(self, entries: list[tuple[str, str]]) -> QListWidget:
        widget = QListWidget()
        self._fill(widget, entries)
        widget.setMinimumHeight(150)
        # Space ticks the current item; the arrow keys move.
        widget.itemChanged.connect(lambda _item: self.changed.emit())
        return widget

    @staticmethod
    def _fill(widget: QListWidget, entries: list[tuple[str, str]]) -> None:
        for code, text in entries:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)
        if widget.count() and widget.currentRow() < 0:
            widget.setCurrentRow(0)

    def set_domains(self, domains: list[tuple[str, str]]) -> None:
        """The team's life domains (code, the team's label or "" for a built-in); ticks are kept."""
        ticked, _information = self.value()
        self.domain_labels = dict(domains)
        self.domains.clear()
        self._fill(self.domains, [(code, life_domain_name(code, label)) for code, label in domains])
        self.set_value(ticked, self._ticked(self.information))

    @staticmethod
    def _ticked(widget: QListWidget) -> tuple[str, ...]:
        return tuple(widget.item(row).data(ID_ROLE) for row in range(widget.count())
                     if widget.item(row).checkState() == Qt.CheckState.Checked)

    def value(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        return self._ticked(self.domains), self._ticked(self.information)

    def set_value(self, domains: tuple[str, ...], information: tuple[str, ...]) -> None:
        for widget, codes in ((self.domains, domains), (self.information, information)):
            for row in range(widget.count()):
                item = widget.item(row)
                item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in codes else Qt.CheckState.Unchecked)


# --- dialogs ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ConsentDraft:
    given_on: date | None = None
    form: str = ConsentForm.WRITTEN.value
    note: str = ""


class ConsentDialog(EditDialog):
    """Record the client's consent to the processing of their data."""

    def __init__(self, desk_handle: DeskHandle, client_id: str, parent: QWidget | None = None) -> None:
        fields = (
            Field("given_on", translate("ConsentDialog", "&Given on:"), Kind.DATE),
            Field("form", translate("ConsentDialog", "&Form:"), Kind.CHOICE,
                  choices=tuple((f.value, consent_form_name(f.value)) for f in ConsentForm)),
            Field("note", translate("ConsentDialog", "&Note:"), Kind.TEXT, lines=3, max_length=2000),
        )
        super().__init__(desk_handle, Form(fields), "consent", translate("ConsentDialog", "Consent to data processing"),
                         parent)
        draft = ConsentDraft(given_on=date.today())
        self.form.load(draft)

        def save(desk, draft: ConsentDraft) -> str:
            if draft.given_on is None:
                raise ValidationFailed({"given_on": "required"})
            return desk.consents.record_consent(client_id, draft.given_on, draft.form, draft.note)

        self.set_save(draft, save)
        self.client_id = client_id
        self.setMinimumWidth(420)


@dataclass(frozen=True)
class EndDraft:
    on: date | None = None


class WithdrawConsentDialog(EditDialog):
    """The client withdraws a consent (or revokes a release): from which day."""

    def __init__(self, desk_handle: DeskHandle, client_id: str, row_id: str, release: bool,
                 parent: QWidget | None = None) -> None:
        label = (translate("WithdrawConsentDialog", "&Revoked on:") if release
                 else translate("WithdrawConsentDialog", "&Withdrawn on:"))
        title = (translate("WithdrawConsentDialog", "Revoke release") if release
                 else translate("WithdrawConsentDialog", "Withdraw consent"))
        super().__init__(desk_handle, Form((Field("on", label, Kind.DATE),)), "withdraw_consent", title, parent)
        draft = EndDraft(on=date.today())
        self.form.load(draft)

        def save(desk, draft: EndDraft) -> str:
            if draft.on is None:
                raise ValidationFailed({"on": "required"})
            try:
                if release:
                    desk.consents.revoke_release(row_id, draft.on)
                else:
                    desk.consents.withdraw_consent(row_id, draft.on)
            except ValidationFailed as refused:
                # The one date field shows the problem, whichever name the service gave it.
                raise ValidationFailed({"on": next(iter(refused.problems.values()))}) from None
            return row_id

        self.set_save(draft, save)
        self.client_id = client_id
        self.setMinimumWidth(360)


@dataclass(frozen=True)
class ScopedReleaseDraft:
    provider_id: str = ""
    helper: str = ""
    granted_on: date | None = None
    expires_on: date | None = None


class ScopedReleaseDialog(EditDialog):
    """Record a release of confidentiality: for a helper of the directory or a person, its scope,
    from when and until when."""

    def __init__(self, desk_handle: DeskHandle, client_id: str, parent: QWidget | None = None) -> None:
        provider_choices = (("", translate("ReleaseDialog", "a person (name below)")),)
        fields = (
            Field("provider_id", translate("ReleaseDialog", "&Helper:"), Kind.CHOICE, choices=provider_choices),
            Field("helper", translate("ReleaseDialog", "&Person:"), max_length=300,
                  placeholder=translate("ReleaseDialog", "e.g. Dr. Sommer, when not in the directory")),
            Field("granted_on", translate("ReleaseDialog", "&Granted on:"), Kind.DATE),
            Field("expires_on", translate("ReleaseDialog", "&Expires on:"), Kind.DATE,
                  unknown_text=translate("ReleaseDialog", "no expiry")),
        )
        super().__init__(desk_handle, Form(fields), "release", translate("ReleaseDialog", "Release of confidentiality"),
                         parent)
        self.scope = ScopePicker([], translate("ReleaseDialog", "Life &domains:"),
                                 translate("ReleaseDialog", "&Kinds of information:"))
        self.content.layout().insertWidget(1, self.scope)
        self.scope_problem = QLabel()
        self.scope_problem.setWordWrap(True)
        self.scope_problem.hide()
        self.content.layout().insertWidget(2, self.scope_problem)
        self.client_id, self.reopen_key = client_id, "release"
        draft = ScopedReleaseDraft(granted_on=date.today())
        self.form.load(draft)
        self.set_save(draft, self._save_with_scope(()))
        self.setMinimumWidth(560)
        # The directory and the team's domains arrive from the database thread; the dialog is
        # there at once (the lock reopens it with what was typed).
        desk_handle.op(self, lambda desk: (desk.providers.search(""), desk.assessments.life_domains())) \
            .success(self._on_choices_loaded).run()

    def _on_choices_loaded(self, loaded: tuple[list[ProviderEntry], list[tuple[str, str]]]) -> None:
        providers, domains = loaded
        combo = self.form.widgets["provider_id"]
        for provider in providers:
            if combo.findData(provider.id) < 0:
                combo.addItem(provider.institution, provider.id)
        self.scope.set_domains(domains)

    def _save_with_scope(self, scope):
        client_id = self.client_id

        def save(desk, draft: ScopedReleaseDraft) -> str:
            domains, information = scope or ((), ())
            helper = "" if draft.provider_id else draft.helper
            return desk.consents.add_release(client_id, ReleaseDraft(
                helper=helper, provider_id=draft.provider_id or None, granted_on=draft.granted_on,
                expires_on=draft.expires_on, domains=domains, information=information))

        return save

    def save(self) -> None:
        self._save = self._save_with_scope(self.scope.value())
        self.scope_problem.hide()
        super().save()

    def _on_save_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationFailed):
            problems = dict(error.problems)
            scope = {key: problems.pop(key) for key in ("scope", "domains", "information") if key in problems}
            if scope:
                self.scope_problem.setText(translate("ReleaseDialog", "Tick at least one life domain or kind of "
                                                     "information the release covers."))
                self.scope_problem.show()
                self.scope.domains.setFocus()
            if not problems:
                self.buttons.setEnabled(True)
                return
            error = ValidationFailed(problems)
        super()._on_save_failed(error)


@dataclass(frozen=True)
class DisclosureFormDraft:
    release_id: str = ""
    recipient: str = ""
    occurred_at: datetime | None = None
    what: str = ""
    beyond_scope_ok: bool = False


class DisclosureDialog(EditDialog):
    """Record, in one step, what was shared with whom under which release; the release's scope
    shows as soon as it is chosen and is ticked in advance."""

    def __init__(self, desk_handle: DeskHandle, client_id: str, releases: list[ReleaseDetails],
                 domains: list[tuple[str, str]], contact_id: str = "", referral_id: str = "",
                 recipient: str = "", parent: QWidget | None = None) -> None:
        today = date.today()
        self.releases = {r.id: r for r in releases if r.valid_on(today)}
        domain_labels = dict(domains)
        release_choices = ((("", translate("DisclosureDialog", "no release (say why below)")),)
                           + tuple((r.id, r.helper) for r in self.releases.values()))
        fields = (
            Field("release_id", translate("DisclosureDialog", "&Under release:"), Kind.CHOICE,
                  choices=release_choices),
            Field("recipient", translate("DisclosureDialog", "Shared &with:"), max_length=300,
                  placeholder=translate("DisclosureDialog", "the release's helper, unless someone else")),
            Field("occurred_at", translate("DisclosureDialog", "T&ime:"), Kind.DATETIME),
            Field("what", translate("DisclosureDialog", "What was &shared:"), Kind.TEXT, lines=3, max_length=5000),
            Field("beyond_scope_ok", translate("DisclosureDialog", "Shared &beyond the release or without one "
                                                                   "(legal duty, emergency)"), Kind.CHECK),
        )
        super().__init__(desk_handle, Form(fields), "disclosure", translate("DisclosureDialog", "Record disclosure"),
                         parent)
        self.domain_labels = domain_labels
        self.release_scope = QLabel()
        self.release_scope.setWordWrap(True)
        self.release_scope.setAccessibleName(translate("DisclosureDialog", "Scope of the release"))
        self.scope = ScopePicker(domains, translate("DisclosureDialog", "Life &domains shared:"),
                                 translate("DisclosureDialog", "&Kinds of information shared:"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = self.content.layout()
        layout.insertWidget(1, self.release_scope)
        layout.insertWidget(2, self.scope)
        layout.insertWidget(3, self.problem)
        self.client_id = client_id
        self._contact_id, self._referral_id = contact_id, referral_id
        # The release for the helper named (from a referral), else the first valid one.
        first = next((r.id for r in self.releases.values() if recipient
                      and r.helper.strip().casefold() == recipient.strip().casefold()), next(iter(self.releases), ""))
        draft = DisclosureFormDraft(release_id=first, recipient=recipient, occurred_at=datetime.now().replace(
            second=0, microsecond=0))
        self.form.load(draft)
        self.form.widgets["release_id"].currentIndexChanged.connect(self._on_release_changed)
        self._on_release_changed()
        self.set_save(draft, self._save_with_scope(((), ())))
        self.setMinimumWidth(600)

    def chosen_release(self) -> ReleaseDetails | None:
        return self.releases.get(self.form.value("release_id") or "")

    def _on_release_changed(self, *_args) -> None:
        release = self.chosen_release()
        if release is None:
            self.release_scope.setText(translate("DisclosureDialog", "No release chosen: only with a legal duty or "
                                                                     "in an emergency, and say so below."))
            self.scope.set_value((), ())
            return
        until = (format_date(release.expires_on) if release.expires_on
                 else translate("DisclosureDialog", "no expiry"))
        self.release_scope.setText(translate("DisclosureDialog", "The release for %1 (until %2) covers: %3")
                                   .replace("%1", release.helper).replace("%2", until)
                                   .replace("%3", scope_text(release.scope, self.domain_labels)))
        self.scope.set_value(release.scope.domains, release.scope.information)

    def _save_with_scope(self, scope):
        client_id, contact_id, referral_id = self.client_id, self._contact_id, self._referral_id

        def save(desk, draft: DisclosureFormDraft) -> str:
            domains, information = scope
            return desk.consents.record_disclosure(client_id, DisclosureDraft(
                recipient=draft.recipient, release_id=draft.release_id or None, contact_id=contact_id or None,
                referral_id=referral_id or None, domains=domains, information=information, what=draft.what,
                occurred_at=draft.occurred_at, beyond_scope_ok=draft.beyond_scope_ok))

        return save

    def save(self) -> None:
        self._save = self._save_with_scope(self.scope.value())
        self.problem.hide()
        super().save()

    def _on_save_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationFailed):
            problems = dict(error.problems)
            texts = {
                ("scope", "required"): translate("DisclosureDialog", "Tick what was shared: a life domain or a kind "
                                                                     "of information."),
                ("scope", "beyond_release"): translate("DisclosureDialog", "What is ticked goes beyond the release. "
                                                                           "Untick it, or confirm below why it was "
                                                                           "shared."),
                ("release_id", "required"): translate("DisclosureDialog", "Choose the release, or confirm below why "
                                                                          "it was shared without one."),
                ("release_id", "other_helper"): translate("DisclosureDialog", "The release is for another helper. "
                                                                              "Choose theirs, or confirm below."),
                ("release_id", "not_valid"): translate("DisclosureDialog", "The release is not valid on that day."),
            }
            shown = [texts[(key, code)] for key, code in list(problems.items()) if (key, code) in texts]
            for key, code in list(problems.items()):
                if (key, code) in texts:
                    problems.pop(key)
            problems.pop("domains", None), problems.pop("information", None)
            if shown:
                self.problem.setText("\n".join(shown))
                self.problem.show()
                self.form.widgets["beyond_scope_ok"].setFocus()
            if not problems:
                self.buttons.setEnabled(True)
                return
            error = ValidationFailed(problems)
        super()._on_save_failed(error)


# --- the tab ------------------------------------------------------------------------------------

def _tree(headers: list[str], name: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setRootIsDecorated(False)
    tree.setHeaderLabels(headers)
    tree.setAccessibleName(name)
    tree.header().setStretchLastSection(True)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return tree


class ConsentTab(ClientTab):
    """Shown beside the referrals on the Linking tab (``referrals_tab``), not in the file's strip."""

    KEY = "consent"
    ORDER = 29
    TABLES = ("data_consent", "confidentiality_release", "disclosure", "provider", "life_domain", "client")

    dialog_opened = Signal(object)

    def __init__(self, desk_handle: DeskHandle, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(desk_handle, client_id, parent)
        self.overview = ConsentOverview()
        self.domains: list[tuple[str, str]] = []
        self.consent_heading = QLabel(self.tr("<b>Consent to data processing</b>"))
        self.consents = _tree([self.tr("Given on"), self.tr("Form"), self.tr("Recorded by"), self.tr("Withdrawn on"),
                               self.tr("Note")], self.tr("Consents"))
        self.release_heading = QLabel(self.tr("<b>Releases of confidentiality</b>"))
        self.releases = _tree([self.tr("Helper"), self.tr("From"), self.tr("Until"), self.tr("Recorded by"),
                               self.tr("Scope")], self.tr("Releases"))
        self.disclosure_heading = QLabel(self.tr("<b>Disclosures</b>"))
        self.disclosures = _tree([self.tr("When"), self.tr("To whom"), self.tr("By"), self.tr("Scope"),
                                  self.tr("What")], self.tr("Disclosures"))
        self.consent_button = QPushButton(self.tr("Record co&nsent…"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"))
        self.release_button = QPushButton(self.tr("New re&lease…"))
        self.revoke_button = QPushButton(self.tr("Revo&ke…"))
        self.disclosure_button = QPushButton(self.tr("Record &disclosure…"))
        layout = QVBoxLayout(self)
        for heading, tree, buttons in (
                (self.consent_heading, self.consents, (self.consent_button, self.withdraw_button)),
                (self.release_heading, self.releases, (self.release_button, self.revoke_button)),
                (self.disclosure_heading, self.disclosures, (self.disclosure_button,))):
            row = QHBoxLayout()
            row.addWidget(heading, 1)
            for button in buttons:
                row.addWidget(button)
            layout.addLayout(row)
            layout.addWidget(tree, 1)
        self.consent_button.clicked.connect(self.open_consent_dialog)
        self.withdraw_button.clicked.connect(self.open_withdraw_dialog)
        self.release_button.clicked.connect(self.open_release_dialog)
        self.revoke_button.clicked.connect(self.open_revoke_dialog)
        self.disclosure_button.clicked.connect(lambda: self.open_disclosure_dialog())
        self.consents.currentItemChanged.connect(lambda *_: self._enable())
        self.releases.currentItemChanged.connect(lambda *_: self._enable())
        self._enable()

    def title(self) -> str:
        return self.tr("Consent and releases")

    def reload(self) -> None:
        client_id = self.client_id
        self._start(1)
        self._desk_handle.op(self, lambda desk: (desk.consents.overview(client_id),
                                                 desk.assessments.life_domains())) \
            .success(self._on_loaded).run()

    def _on_loaded(self, loaded: tuple[ConsentOverview, list[tuple[str, str]]]) -> None:
        self.overview, self.domains = loaded
        labels = dict(self.domains)
        self.consents.clear()
        for consent in self.overview.consents:
            item = QTreeWidgetItem([format_date(consent.given_on),
                                    consent_form_name(consent.form) if consent.form else self.tr("not recorded"),
                                    consent.recorded_by, format_date(consent.withdrawn_on), consent.note])
            item.setData(0, ID_ROLE, consent.id)
            self.consents.addTopLevelItem(item)
        self.releases.clear()
        today = date.today()
        for release in self.overview.releases:
            until = format_date(release.expires_on) if release.expires_on else self.tr("no expiry")
            if not release.valid_on(today):
                until = self.tr("%1 (no longer valid)").replace("%1", until)
            item = QTreeWidgetItem([release.helper, format_date(release.granted_on), until, release.recorded_by,
                                    scope_text(release.scope, labels)])
            item.setToolTip(4, item.text(4))
            item.setData(0, ID_ROLE, release.id)
            self.releases.addTopLevelItem(item)
        self.disclosures.clear()
        for entry in self.overview.disclosures:
            item = QTreeWidgetItem([format_datetime(entry.occurred_at), entry.recipient, entry.worker_name,
                                    scope_text((entry.domains, entry.information), labels), entry.what])
            item.setToolTip(3, item.text(3))
            item.setToolTip(4, entry.what)
            item.setData(0, ID_ROLE, entry.id)
            self.disclosures.addTopLevelItem(item)
        for tree in (self.consents, self.releases, self.disclosures):
            if tree.topLevelItemCount() and tree.currentItem() is None:
                tree.setCurrentItem(tree.topLevelItem(0))
            for column in range(tree.columnCount() - 1):
                tree.resizeColumnToContents(column)
        self._enable()
        self._part_loaded()

    def set_details(self, details) -> None:
        super().set_details(details)
        self._enable()

    def _selected(self, tree: QTreeWidget) -> str:
        item = tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else ""

    def selected_consent(self) -> ConsentEntry | None:
        chosen = self._selected(self.consents)
        return next((c for c in self.overview.consents if c.id == chosen), None)

    def selected_release(self) -> ReleaseDetails | None:
        chosen = self._selected(self.releases)
        return next((r for r in self.overview.releases if r.id == chosen), None)

    def _enable(self) -> None:
        writable = not self.is_erased
        consent = self.selected_consent()
        release = self.selected_release()
        for button in (self.consent_button, self.release_button, self.disclosure_button):
            button.setEnabled(writable)
        self.withdraw_button.setEnabled(writable and consent is not None and consent.id != LEGACY_CONSENT_ID
                                        and consent.withdrawn_on is None)
        self.revoke_button.setEnabled(writable and release is not None and release.valid_on(date.today()))

    def _open(self, dialog: QWidget) -> QWidget:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def open_consent_dialog(self) -> ConsentDialog:
        return self._open(ConsentDialog(self._desk_handle, self.client_id, self))

    def open_withdraw_dialog(self) -> WithdrawConsentDialog | None:
        consent = self.selected_consent()
        if consent is None or consent.id == LEGACY_CONSENT_ID or consent.withdrawn_on is not None:
            return None
        return self._open(WithdrawConsentDialog(self._desk_handle, self.client_id, consent.id, False, self))

    def open_revoke_dialog(self) -> WithdrawConsentDialog | None:
        release = self.selected_release()
        if release is None:
            return None
        return self._open(WithdrawConsentDialog(self._desk_handle, self.client_id, release.id, True, self))

    def open_release_dialog(self) -> ScopedReleaseDialog:
        return self._open(ScopedReleaseDialog(self._desk_handle, self.client_id, self))

    def open_disclosure_dialog(self, contact_id: str = "", referral_id: str = "", recipient: str = "") -> None:
        client_id = self.client_id
        self._desk_handle.op(self, lambda desk: (desk.consents.releases(client_id), desk.assessments.life_domains())) \
            .success(lambda loaded: self._open(DisclosureDialog(
                self._desk_handle, client_id, loaded[0], loaded[1], contact_id, referral_id, recipient, self))).run()
