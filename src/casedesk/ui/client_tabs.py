"""The client file's tabs: each a class with a stable key, an order and the tables it shows.

The client file builds itself from ``client_file.CLIENT_FILE_TABS``; a new tab (assessment, plan,
network…) is one class (here, or in a module of its own) and one entry there. A tab loads when it is first shown and reloads
when a change set touches its tables for its client — at once if visible, else when next shown —
skipping changes it made itself. ``draft_for_lock`` hands unsaved work to the auto-lock.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain import ClientStatus
from casedesk.services.dto import ClientDetails, ContactEntry, PhaseHistoryEntry, TaskEntry
from casedesk.ui import errors, messages
from casedesk.ui.desk_thread import DeskHandle, RefreshOnChange
from casedesk.ui.icons import icon
from casedesk.ui.relapse_card_editor import RelapseCardEditor
from casedesk.ui.tasks import TaskList
from casedesk.ui.vocabulary import (
    client_name,
    contact_type_name,
    format_birth_date,
    format_date,
    format_datetime,
    gender_name,
    languages_text,
    phase_name,
)
from casedesk.ui.widgets import hint_label

# The timeline loads this many contacts first; "Show all" fetches the rest.
TIMELINE_PAGE = 200
NOTE_ROLE = Qt.ItemDataRole.UserRole
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ClientTab(QWidget):
    """Base of every client-file tab.

    Subclasses set ``KEY`` (stable: it survives a lock in the view state), ``ORDER`` and
    ``TABLES`` (what they show), build their widgets in ``__init__`` and load in ``reload``,
    calling ``_loaded()`` when every part has arrived.
    """

    KEY: ClassVar[str]
    ORDER: ClassVar[int]
    TABLES: ClassVar[tuple[str, ...]]

    loaded = Signal()
    title_changed = Signal()
    record_contact_requested = Signal(str)

    def __init__(self, desk_handle: DeskHandle, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self.client_id = client_id
        self.details: ClientDetails | None = None
        self._outstanding = 0
        self.freshness = RefreshOnChange(self, desk_handle, self.TABLES, self.reload, lambda: self.client_id)

    def title(self) -> str:
        raise NotImplementedError

    @property
    def is_loading(self) -> bool:
        return self._outstanding > 0

    def reload(self) -> None:
        raise NotImplementedError

    def mark_stale(self) -> None:
        """Read again: now if visible, else when next shown."""
        self.freshness.mark_stale()

    def ensure_loaded(self) -> None:
        self.freshness.load_if_stale()

    def set_details(self, details: ClientDetails) -> None:
        """The client's details as the file loaded them (status, name): for tabs that depend on them."""
        self.details = details

    def has_unsaved_changes(self) -> bool:
        return False

    def draft_for_lock(self) -> dict | None:
        return None

    def restore_draft(self, draft: dict) -> None:
        """Put parked work back (only tabs with a ``draft_for_lock`` receive one)."""

    def confirm_leave(self) -> bool:
        """May the worker leave this tab's client (switch client, quit)? Asks when work is unsaved."""
        return True

    def _start(self, parts: int) -> None:
        self._outstanding += parts

    def _part_loaded(self) -> None:
        if self._outstanding == 0:
            return  # a part that arrived without being asked for (the card editor after a save)
        self._outstanding -= 1
        if self._outstanding == 0:
            self.loaded.emit()

    @property
    def is_erased(self) -> bool:
        return self.details is not None and self.details.status == ClientStatus.ERASED.value


class OverviewTab(ClientTab):
    KEY = "overview"
    ORDER = 10
    TABLES = ("client", "worker", "confidentiality_release", "case_episode", "phase_change")

    phase_change_requested = Signal()
    edit_requested = Signal()
    release_requested = Signal()
    handover_requested = Signal()
    deputy_requested = Signal()
    archive_requested = Signal()
    restore_requested = Signal()
    erase_requested = Signal()
    access_log_requested = Signal()
    merge_requested = Signal()

    def __init__(self, desk_handle: DeskHandle, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(desk_handle, client_id, parent)
        self.history: list[PhaseHistoryEntry] = []
        self._opened = False
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_note = QLabel()
        self.status_note.setStyleSheet("color: #8a5a00; font-weight: 600;")
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        rows = [
            ("name", self.tr("Name:")),
            ("alias", self.tr("Alias:")),
            ("birth_date", self.tr("Date of birth:")),
            ("gender", self.tr("Gender:")),
            ("languages", self.tr("Languages:")),
            ("whereabouts", self.tr("Where to find:")),
            ("phone", self.tr("Phone:")),
            ("address", self.tr("Address:")),
            ("emergency_notes", self.tr("Emergency notes:")),
            ("consent", self.tr("Data processing:")),
            ("releases", self.tr("Confidentiality releases:")),
            ("responsible", self.tr("Case manager:")),
            ("deputy", self.tr("Deputy:")),
            ("phase", self.tr("Phase:")),
        ]
        for key, label in rows:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(label, value)
        self.phase_history = QTreeWidget()
        self.phase_history.setRootIsDecorated(False)
        self.phase_history.setHeaderLabels([self.tr("When"), self.tr("Phase"), self.tr("By"), self.tr("Reason")])
        self.phase_history.setMaximumHeight(140)
        history_header = self.phase_history.header()
        for column in range(3):
            history_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        history_header.setStretchLastSection(True)
        form.addRow(self.tr("Phase history:"), self.phase_history)

        # Two rows of buttons fit a 1280 px window in every language; the rarely used and the
        # destructive steps sit behind "More".
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.record_button = QPushButton(icon("contact-capture"), self.tr("Recor&d contact…"))
        self.phase_button = QPushButton(self.tr("Change &phase…"))
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("&More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self.more_button)
        self.more_button.setMenu(self.more_menu)
        self.release_action = self.more_menu.addAction(self.tr("Add &release…"))
        self.handover_action = self.more_menu.addAction(self.tr("Hand &over…"))
        self.deputy_action = self.more_menu.addAction(self.tr("&Deputy…"))
        self.access_log_action = self.more_menu.addAction(self.tr("Access &log…"))
        self.access_log_action.setToolTip(self.tr("Who opened or changed this client's records, when and how"))
        self.more_menu.addSeparator()
        self.archive_action = self.more_menu.addAction(self.tr("&Archive…"))
        self.restore_action = self.more_menu.addAction(self.tr("Re&store"))
        self.restore_action.setToolTip(self.tr("Take the client back into the active caseload"))
        self.more_menu.addSeparator()
        self.merge_action = self.more_menu.addAction(self.tr("&Merge with…"))
        self.merge_action.setToolTip(self.tr("This person has a second record: make the two one"))
        self.erase_action = self.more_menu.addAction(self.tr("&Erase (GDPR)…"))
        self.erase_action.setToolTip(self.tr("Delete this client's data on every copy, for good"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.record_button.clicked.connect(lambda: self.record_contact_requested.emit(self.client_id))
        self.phase_button.clicked.connect(self.phase_change_requested)
        self.release_action.triggered.connect(self.release_requested)
        self.handover_action.triggered.connect(self.handover_requested)
        self.deputy_action.triggered.connect(self.deputy_requested)
        self.archive_action.triggered.connect(self.archive_requested)
        self.restore_action.triggered.connect(self.restore_requested)
        self.erase_action.triggered.connect(self.erase_requested)
        self.merge_action.triggered.connect(self.merge_requested)
        self.access_log_action.triggered.connect(self.access_log_requested)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.record_button, self.phase_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.more_button)

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.title_label)
        inner.addWidget(self.status_note)
        inner.addLayout(form)
        inner.addStretch()
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def title(self) -> str:
        return self.tr("&Overview")

    def reload(self) -> None:
        client_id = self.client_id
        self._start(1)
        # The first load opens the file (an entry in the access log); reloads after a change do not.
        opening, self._opened = not self._opened, True

        def load(desk):
            details = desk.clients.open(client_id) if opening else desk.clients.get(client_id)
            return details, desk.clients.phase_history(client_id)

        self._desk_handle.op(self, load).success(self._on_details_loaded).run()

    def _on_details_loaded(self, loaded: tuple[ClientDetails, list[PhaseHistoryEntry]]) -> None:
        details, self.history = loaded
        self.details = details
        draft = details.draft
        archived = details.status == ClientStatus.ARCHIVED.value
        erased = details.status == ClientStatus.ERASED.value
        # A merged record's tombstone: its rows are the other record's now; nothing is done here.
        merged = details.status == ClientStatus.MERGED.value
        self.title_label.setText(self.tr("Erased client") if erased else client_name(details.display_name))
        if erased:
            self.status_note.setText(self.tr("This client's data was erased (GDPR)."))
        elif merged:
            self.status_note.setText(self.tr("This record was merged into another one; its records are there."))
        else:
            self.status_note.setText(self.tr("Archived") if archived else "")
        self.status_note.setVisible(archived or erased or merged)
        self.archive_action.setVisible(not archived)
        self.archive_action.setEnabled(not (erased or merged))
        self.restore_action.setVisible(archived)
        for control in (self.edit_button, self.record_button, self.phase_button, self.release_action,
                        self.handover_action, self.deputy_action, self.erase_action, self.merge_action):
            control.setEnabled(not (erased or merged))
        name = " ".join(part for part in (draft.first_name, draft.last_name) if part)
        address = self.tr("no fixed abode") if draft.no_fixed_abode else draft.address
        if draft.consent_data_processing:
            consent = self.tr("given")
            if draft.consent_date:
                consent = self.tr("given on %1").replace("%1", format_date(draft.consent_date))
        else:
            consent = self.tr("not given")
        releases = [
            (self.tr("%1 (since %2, until %3)") if release.expires_on else self.tr("%1 (since %2)"))
            .replace("%1", release.helper).replace("%2", format_date(release.granted_on))
            .replace("%3", format_date(release.expires_on))
            for release in details.releases
        ]
        values = {
            "name": name,
            "alias": draft.alias,
            "birth_date": format_birth_date(draft.birth_date, draft.birth_date_approximate),
            "gender": gender_name(draft.gender),
            "languages": languages_text(draft.languages),
            "whereabouts": draft.whereabouts,
            "phone": draft.phone,
            "address": address,
            "emergency_notes": draft.emergency_notes,
            "consent": consent,
            "releases": "\n".join(releases) or self.tr("none"),
            "responsible": details.responsible_name,
            "deputy": details.deputy_name or self.tr("none"),
            "phase": phase_name(details.phase),
        }
        for key, value in values.items():
            self.fields[key].setText(value or "—")
        self.phase_history.clear()
        self.phase_history.addTopLevelItems([
            QTreeWidgetItem([format_datetime(entry.changed_at), phase_name(entry.phase), entry.worker_name,
                             entry.reason]) for entry in self.history])
        self.phase_history.setVisible(bool(self.history))
        self.title_changed.emit()
        self._part_loaded()


class ContactsTab(ClientTab):
    KEY = "contacts"
    ORDER = 20
    TABLES = ("contact", "worker")

    edit_contact_requested = Signal(str)
    relapse_requested = Signal(str)
    #: Record what was shared with a helper in this contact (the consent page's disclosure dialog).
    disclosure_requested = Signal(str)
    delete_contact_requested = Signal(str)
    undo_delete_requested = Signal(str)

    def __init__(self, desk_handle: DeskHandle, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(desk_handle, client_id, parent)
        self._timeline_limit: int | None = TIMELINE_PAGE
        self.deleted_contact_id = ""
        self.timeline = QTreeWidget()
        self.timeline.setRootIsDecorated(False)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setHeaderLabels([self.tr("When"), self.tr("Type"), self.tr("Minutes"),
                                       self.tr("Place"), self.tr("By"), self.tr("Note")])
        header = self.timeline.header()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # Reachable with Tab (a tree takes focus only by click by default on some styles).
        self.timeline.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.note_view = QPlainTextEdit()
        self.note_view.setReadOnly(True)
        self.note_view.setTabChangesFocus(True)
        self.note_view.setPlaceholderText(self.tr("Select a contact to read its full note."))
        self.timeline.currentItemChanged.connect(self._on_timeline_current_item_changed)
        self.timeline.itemActivated.connect(lambda _item, _column: self._on_edit_button_clicked())
        self.show_all_button = QPushButton(self.tr("Show all contacts"))
        self.show_all_button.hide()
        self.show_all_button.clicked.connect(self._on_show_all_button_clicked)
        self.record_button = QPushButton(icon("contact-capture"), self.tr("Recor&d contact…"))
        self.record_button.clicked.connect(lambda: self.record_contact_requested.emit(self.client_id))
        self.edit_button = QPushButton(self.tr("Corr&ect…"))
        self.edit_button.setToolTip(self.tr("Correct the selected contact (Return)"))
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.relapse_button = QPushButton(self.tr("Relapse…"))
        self.relapse_button.setToolTip(self.tr("Record a relapse told in the selected contact"))
        self.relapse_button.clicked.connect(lambda: self.relapse_requested.emit(self.current_contact_id()))
        self.disclosure_button = QPushButton(self.tr("Shared…"))
        self.disclosure_button.setToolTip(self.tr("Record what was shared with a helper in the selected contact, "
                                                  "and under which release"))
        self.disclosure_button.clicked.connect(lambda: self.disclosure_requested.emit(self.current_contact_id()))
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.undo_label.hide()
        self.undo_button.hide()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.timeline)
        splitter.addWidget(self.note_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.relapse_button)
        buttons.addWidget(self.disclosure_button)
        buttons.addWidget(self.undo_label)
        buttons.addWidget(self.undo_button)
        buttons.addStretch()
        buttons.addWidget(self.show_all_button)
        timeline_page = QWidget()
        layout = QVBoxLayout(timeline_page)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        # The timeline, and beside it where the contacts' places lead (``add_page``: the client
        # file's whereabouts): the file's own tab strip has no room for another tab at 1280 px.
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(timeline_page, self.tr("Timeli&ne"))
        # Alt+letter switches the pages; Tab goes from the file's tab bar straight to the timeline.
        self.pages.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self._update_buttons()

    def add_page(self, page: QWidget, title: str) -> None:
        self.pages.addTab(page, title)

    def title(self) -> str:
        return self.tr("Contact&s")

    def reload(self) -> None:
        client_id, limit = self.client_id, self._timeline_limit
        self._start(1)
        self._desk_handle.op(self, lambda desk: desk.contacts.timeline(client_id, limit=limit + 1 if limit else None)
                             ).success(self._on_timeline_loaded).run()

    def _on_timeline_loaded(self, entries: list[ContactEntry]) -> None:
        limit = self._timeline_limit
        more = limit is not None and len(entries) > limit
        self.show_all_button.setVisible(more)
        current = self.current_contact_id()
        self.timeline.clear()
        items = []
        for entry in entries[:limit] if limit else entries:
            first_line = entry.note.splitlines()[0] if entry.note else ""
            item = QTreeWidgetItem([format_datetime(entry.occurred_at), contact_type_name(entry.type),
                                    str(entry.duration_minutes or ""), entry.place, entry.worker_name, first_line])
            item.setData(0, NOTE_ROLE, entry.note)
            item.setData(0, CONTACT_ID_ROLE, entry.id)
            items.append(item)
        self.timeline.addTopLevelItems(items)
        self.note_view.clear()
        for item in items:
            if item.data(0, CONTACT_ID_ROLE) == current:
                self.timeline.setCurrentItem(item)
        self._update_buttons()
        self._part_loaded()

    def _on_timeline_current_item_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        self.note_view.setPlainText(current.data(0, NOTE_ROLE) if current else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = bool(self.current_contact_id()) and not self.is_erased
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.relapse_button.setEnabled(selected)
        self.disclosure_button.setEnabled(selected)
        self.record_button.setEnabled(not self.is_erased)

    def set_details(self, details: ClientDetails) -> None:
        super().set_details(details)
        self._update_buttons()

    def current_contact_id(self) -> str:
        item = self.timeline.currentItem()
        return item.data(0, CONTACT_ID_ROLE) if item is not None else ""

    def _on_show_all_button_clicked(self) -> None:
        self._timeline_limit = None
        self.reload()

    def _on_edit_button_clicked(self) -> None:
        contact_id = self.current_contact_id()
        if contact_id and not self.is_erased:
            self.edit_contact_requested.emit(contact_id)

    def _on_delete_button_clicked(self) -> None:
        contact_id = self.current_contact_id()
        if not contact_id:
            return
        item = self.timeline.currentItem()
        when = item.text(0)
        if not messages.confirm(self, self.tr("Delete contact?"), self.tr(
                "Delete the contact of %1? It disappears from the timeline, the protocol and the statistics "
                "on every copy. You can undo this right after.").replace("%1", when)):
            return
        self._desk_handle.op(self, lambda desk: desk.contacts.delete(contact_id)).success(
            lambda _result: self._on_contact_deleted(contact_id, when)).failure(self._on_contact_change_failed).run()

    def _on_contact_deleted(self, contact_id: str, when: str) -> None:
        self.deleted_contact_id = contact_id
        self.undo_label.setText(self.tr("Contact of %1 deleted.").replace("%1", when))
        self.undo_label.show()
        self.undo_button.show()
        self.reload()

    def _on_undo_button_clicked(self) -> None:
        contact_id, self.deleted_contact_id = self.deleted_contact_id, ""
        self.undo_label.hide()
        self.undo_button.hide()
        if contact_id:
            self._desk_handle.op(self, lambda desk: desk.contacts.restore(contact_id)).success(
                lambda _result: self.reload()).failure(self._on_contact_change_failed).run()

    def _on_contact_change_failed(self, error: BaseException) -> None:
        """A sync may have erased the client or handed it over meanwhile: say so and show what is there."""
        messages.warning(self, self.tr("Contact not changed"), errors.error_text(error))
        self.reload()


class TasksTab(ClientTab):
    KEY = "tasks"
    ORDER = 30
    TABLES = ("task", "worker")

    new_task_requested = Signal()

    def __init__(self, desk_handle: DeskHandle, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(desk_handle, client_id, parent)
        self._count = 0
        self.task_list = TaskList(desk_handle, show_client=False)
        self.add_task_button = QPushButton(icon("task-new"), self.tr("&New task…"))
        self.add_task_button.clicked.connect(self.new_task_requested)
        hint = hint_label(self.tr("Tick a task (Space) to mark it done."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_task_button)
        buttons.addStretch()
        buttons.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.task_list, 1)
        layout.addLayout(buttons)

    def title(self) -> str:
        return self.tr("T&asks (%1)").replace("%1", str(self._count)) if self._count else self.tr("T&asks")

    def reload(self) -> None:
        client_id = self.client_id
        self._start(1)
        self._desk_handle.op(self, lambda desk: desk.tasks.for_client(client_id)).success(self._on_tasks_loaded).run()

    def _on_tasks_loaded(self, tasks: list[TaskEntry]) -> None:
        self.task_list.set_tasks(tasks)
        self._count = len(tasks)
        self.title_changed.emit()
        self._part_loaded()

    def set_details(self, details: ClientDetails) -> None:
        super().set_details(details)
        self.add_task_button.setEnabled(not self.is_erased)


class RelapseCardTab(ClientTab):
    KEY = "relapse_card"
    ORDER = 40
    # The client row holds the review flag a relapse sets.
    TABLES = ("relapse_card_version", "crisis_line", "client")

    def __init__(self, desk_handle: DeskHandle, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(desk_handle, client_id, parent)
        self.editor = RelapseCardEditor(desk_handle)
        # The editor's own saves are the ones it shows already.
        self.freshness.own = self.editor
        self.review_note = QLabel()
        self.review_note.setWordWrap(True)
        self.review_note.setStyleSheet("font-weight: 600; padding: 4px;")
        self.review_note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.review_note)
        layout.addWidget(self.editor)
        self.editor.card_loaded.connect(self._part_loaded)
        self.editor.card_reviewed.connect(lambda: self._show_review(None))

    def title(self) -> str:
        return self.tr("&Relapse card")

    def set_details(self, details: ClientDetails) -> None:
        super().set_details(details)
        self._show_review(details.card_review_since)

    def _show_review(self, since: date | None) -> None:
        self.editor.review_since = since
        self.review_note.setVisible(since is not None)
        if since is not None:
            self.review_note.setText(self.tr(
                "A relapse was recorded on %1: go through the card with the client. Saving a new version "
                "marks it as looked at.").replace("%1", format_date(since)))

    def reload(self) -> None:
        # The editor keeps unsaved edits over a reload and measures them against the newest version.
        self._start(1)
        self.editor.show_client(self.client_id)
        client_id = self.client_id
        self._desk_handle.op(self, lambda desk: desk.clients.get(client_id).card_review_since).success(
            self._show_review).run()


    def has_unsaved_changes(self) -> bool:
        return self.editor.has_unsaved_changes()

    def draft_for_lock(self) -> dict | None:
        return self.editor.draft_for_lock()

    def restore_draft(self, draft: dict) -> None:
        self.freshness.stale = False
        self.editor.restore_draft(draft)

    def confirm_leave(self) -> bool:
        return self.editor.confirm_discard()
