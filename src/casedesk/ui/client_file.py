"""The client file: overview, contacts timeline and tasks of one client, in tabs."""

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain import ClientStatus, Phase
from casedesk.services.dto import ClientDetails, ContactEntry, TaskEntry
from casedesk.services.errors import ValidationFailed
from casedesk.services.field_limits import RELEASE_FIELD_LIMITS
from casedesk.ui import errors, messages
from casedesk.ui.client_dialog import UNKNOWN_DATE, ClientDialog
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.erasure import ErasureDialog
from casedesk.ui.handover_dialog import HandoverDialog
from casedesk.ui.icons import icon
from casedesk.ui.relapse_card_editor import RelapseCardEditor
from casedesk.ui.tasks import TaskDialog, TaskList
from casedesk.ui.vocabulary import (
    contact_type_name,
    format_birth_date,
    format_date,
    format_datetime,
    phase_name,
)
from casedesk.ui.widgets import ErrorLabel, add_save_cancel, hint_label

# The timeline loads this many contacts first; "Show all" fetches the rest.
TIMELINE_PAGE = 200
NOTE_ROLE = Qt.ItemDataRole.UserRole
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ClientFile(QTabWidget):
    """Loads everything on the database thread; ``loaded`` fires when all three parts arrived."""

    loaded = Signal()
    record_contact_requested = Signal(str)
    archived = Signal(str)
    handed_over = Signal(str)
    deputy_changed = Signal(str)
    erased = Signal(str)

    OVERVIEW, CONTACTS, TASKS, RELAPSE_CARD = range(4)

    def __init__(self, desk_handle: DeskHandle, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self.client_id = client_id
        self.details: ClientDetails | None = None
        self._timeline_limit: int | None = TIMELINE_PAGE
        self._outstanding = 0
        self.overview = QWidget()
        self.contacts = QWidget()
        self.tasks = QWidget()
        self.addTab(self.overview, self.tr("&Overview"))
        self.addTab(self.contacts, self.tr("&Contacts"))
        self.addTab(self.tasks, self.tr("T&asks"))
        self.relapse_card = RelapseCardEditor(desk_handle)
        self.addTab(self.relapse_card, self.tr("&Relapse card"))
        self.relapse_card.show_client(client_id)
        self._build_overview()
        self._build_contacts()
        self._build_tasks()
        desk_handle.data_changed.connect(self._on_session_data_changed)
        self.reload()

    # --- building ------------------------------------------------------------------------------
    def _build_overview(self) -> None:
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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
        ]
        for key, label in rows:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(label, value)
        self.phase = QComboBox()
        for phase in Phase:
            self.phase.addItem(phase_name(phase), phase.value)
        self.phase.activated.connect(self._on_phase_activated)
        form.addRow(self.tr("&Phase:"), self.phase)

        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.record_button = QPushButton(icon("contact-capture"), self.tr("&Record contact…"))
        self.release_button = QPushButton(self.tr("Add &release…"))
        self.handover_button = QPushButton(self.tr("Hand o&ver…"))
        self.deputy_button = QPushButton(self.tr("Dep&uty…"))
        self.archive_button = QPushButton(self.tr("Arc&hive…"))
        self.restore_button = QPushButton(self.tr("Re&store"))
        self.restore_button.setToolTip(self.tr("Take the client back into the active caseload"))
        self.restore_button.hide()
        self.erase_button = QPushButton(self.tr("Erase (GDPR)…"))
        self.erase_button.setToolTip(self.tr("Delete this client's data on every copy, for good"))
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.record_button.clicked.connect(lambda: self.record_contact_requested.emit(self.client_id))
        self.release_button.clicked.connect(self._on_release_button_clicked)
        self.handover_button.clicked.connect(self.open_handover_dialog)
        self.deputy_button.clicked.connect(self.open_deputy_dialog)
        self.archive_button.clicked.connect(self._on_archive_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.erase_button.clicked.connect(self.open_erasure_dialog)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.record_button, self.release_button, self.handover_button,
                       self.deputy_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.restore_button)
        # Set apart from Archive, which is undone with one click; erasure is not undone at all.
        buttons.addSpacing(24)
        buttons.addWidget(self.erase_button)

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.title)
        inner.addWidget(self.status_note)
        inner.addLayout(form)
        inner.addStretch()
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self.overview)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def _build_contacts(self) -> None:
        self.timeline = QTreeWidget()
        self.timeline.setRootIsDecorated(False)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setHeaderLabels([self.tr("When"), self.tr("Type"), self.tr("Minutes"),
                                       self.tr("Place"), self.tr("By"), self.tr("Note")])
        header = self.timeline.header()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.note_view = QPlainTextEdit()
        self.note_view.setReadOnly(True)
        self.note_view.setPlaceholderText(self.tr("Select a contact to read its full note."))
        self.timeline.currentItemChanged.connect(self._on_timeline_current_item_changed)
        self.show_all_button = QPushButton(self.tr("Show all contacts"))
        self.show_all_button.hide()
        self.show_all_button.clicked.connect(self._on_show_all_button_clicked)
        record = QPushButton(icon("contact-capture"), self.tr("&Record contact…"))
        record.clicked.connect(lambda: self.record_contact_requested.emit(self.client_id))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.timeline)
        splitter.addWidget(self.note_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(record)
        buttons.addStretch()
        buttons.addWidget(self.show_all_button)
        layout = QVBoxLayout(self.contacts)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def _build_tasks(self) -> None:
        self.task_list = TaskList(self._desk_handle, show_client=False)
        self.add_task_button = QPushButton(icon("task-new"), self.tr("&New task…"))
        self.add_task_button.clicked.connect(self.open_task_dialog)
        hint = hint_label(self.tr("Tick a task to mark it done."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_task_button)
        buttons.addStretch()
        buttons.addWidget(hint)
        layout = QVBoxLayout(self.tasks)
        layout.addWidget(self.task_list, 1)
        layout.addLayout(buttons)

    # --- loading ---------------------------------------------------------------------------------
    @property
    def is_loading(self) -> bool:
        return self._outstanding > 0

    def reload(self) -> None:
        client_id, limit = self.client_id, self._timeline_limit
        self._outstanding += 3
        self._desk_handle.op(self, lambda desk: desk.clients.get(client_id)).success(self._on_details_loaded).run()
        self._desk_handle.op(self, lambda desk: desk.contacts.timeline(client_id, limit=limit + 1 if limit else None)
                         ).success(self._on_timeline_loaded).run()
        self._desk_handle.op(self, lambda desk: desk.tasks.for_client(client_id)).success(self._on_tasks_loaded).run()

    def _part_loaded(self) -> None:
        self._outstanding -= 1
        if self._outstanding == 0:
            self.loaded.emit()

    def _on_details_loaded(self, details: ClientDetails) -> None:
        self.details = details
        draft = details.draft
        self.title.setText(details.display_name)
        archived = details.status == ClientStatus.ARCHIVED.value
        erased = details.status == ClientStatus.ERASED.value
        if erased:
            self.title.setText(self.tr("Erased client"))
            self.status_note.setText(self.tr("This client's data was erased (GDPR)."))
        else:
            self.status_note.setText(self.tr("Archived") if archived else "")
        self.status_note.setVisible(archived or erased)
        self.archive_button.setVisible(not archived)
        self.archive_button.setEnabled(not erased)
        self.restore_button.setVisible(archived)
        for control in (self.edit_button, self.record_button, self.release_button, self.handover_button,
                        self.deputy_button, self.erase_button, self.phase):
            control.setEnabled(not erased)
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
            "gender": draft.gender,
            "languages": draft.languages,
            "whereabouts": draft.whereabouts,
            "phone": draft.phone,
            "address": address,
            "emergency_notes": draft.emergency_notes,
            "consent": consent,
            "releases": "\n".join(releases) or self.tr("none"),
            "responsible": details.responsible_name,
            "deputy": details.deputy_name or self.tr("none"),
        }
        for key, value in values.items():
            self.fields[key].setText(value or "—")
        self.phase.setCurrentIndex(max(0, self.phase.findData(details.phase)))
        self._part_loaded()

    def _on_timeline_loaded(self, entries: list[ContactEntry]) -> None:
        limit = self._timeline_limit
        more = limit is not None and len(entries) > limit
        self.show_all_button.setVisible(more)
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
        self._part_loaded()

    def _on_tasks_loaded(self, tasks: list[TaskEntry]) -> None:
        self.task_list.set_tasks(tasks)
        self.setTabText(self.TASKS, self.tr("T&asks (%1)").replace("%1", str(len(tasks))) if tasks
                        else self.tr("T&asks"))
        self._part_loaded()

    # --- reacting --------------------------------------------------------------------------------
    def _on_session_data_changed(self, client_id: str) -> None:
        if client_id in ("", self.client_id):
            self.reload()

    def _on_timeline_current_item_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        self.note_view.setPlainText(current.data(0, NOTE_ROLE) if current else "")

    def current_contact_id(self) -> str:
        item = self.timeline.currentItem()
        return item.data(0, CONTACT_ID_ROLE) if item is not None else ""

    def _on_show_all_button_clicked(self) -> None:
        self._timeline_limit = None
        self.reload()

    def _on_edit_button_clicked(self) -> None:
        if self.details is None:
            return
        dialog = ClientDialog(self._desk_handle, self.details, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_task_dialog(self) -> None:
        name = self.details.display_name if self.details else ""
        dialog = TaskDialog(self._desk_handle, self.client_id, name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_phase_activated(self, _index: int) -> None:
        phase, client_id = self.phase.currentData(), self.client_id
        if self.details and phase == self.details.phase:
            return
        self._desk_handle.op(self, lambda desk: desk.clients.set_phase(client_id, phase)).success(
            lambda _result: self._desk_handle.notify_changed(client_id)).run()

    def _on_release_button_clicked(self) -> None:
        dialog = ReleaseDialog(self._desk_handle, self.client_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_archive_button_clicked(self) -> None:
        name = self.details.display_name if self.details else ""
        if not messages.confirm(self, self.tr("Archive client?"), self.tr(
                "Archive %1? The file is kept and can be found with \"Closed/archived\".").replace("%1", name)):
            return
        client_id = self.client_id
        self._desk_handle.op(self, lambda desk: desk.clients.archive(client_id)).success(
            lambda _result: self._on_archived()).run()

    def _on_restore_button_clicked(self) -> None:
        client_id = self.client_id
        self.restore_button.setEnabled(False)

        def restored(_result: None) -> None:
            self.restore_button.setEnabled(True)
            self._desk_handle.notify_changed(client_id)

        self._desk_handle.op(self, lambda desk: desk.clients.restore(client_id)).success(restored).run()

    def _on_archived(self) -> None:
        self._desk_handle.notify_changed(self.client_id)
        self.archived.emit(self.client_id)

    def open_handover_dialog(self) -> HandoverDialog:
        dialog = HandoverDialog(self._desk_handle, self.client_id, self._client_name(), deputy=False, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.assignment_changed.connect(self.handed_over)
        dialog.open()
        return dialog

    def open_deputy_dialog(self) -> HandoverDialog:
        dialog = HandoverDialog(self._desk_handle, self.client_id, self._client_name(), deputy=True, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.assignment_changed.connect(self.deputy_changed)
        dialog.open()
        return dialog

    def open_erasure_dialog(self) -> ErasureDialog:
        dialog = ErasureDialog(self._desk_handle, self.client_id, self._client_name(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.erased.connect(self.erased)
        dialog.open()
        return dialog

    def _client_name(self) -> str:
        return self.details.display_name if self.details else ""


class ReleaseDialog(QDialog):
    """Record a release of confidentiality (Schweigepflichtentbindung) towards one helper."""

    def __init__(self, desk_handle: DeskHandle, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._client_id = client_id
        self.setWindowTitle(self.tr("Release of confidentiality"))
        self.helper = QLineEdit()
        self.helper.setMaxLength(RELEASE_FIELD_LIMITS["helper"])
        self.helper.setPlaceholderText(self.tr("e.g. Jobcenter Mitte, Dr. Sommer"))
        self.granted_on = QDateEdit(QDate.currentDate())
        self.granted_on.setCalendarPopup(True)
        self.granted_on.setDisplayFormat("dd.MM.yyyy")
        self.expires_on = QDateEdit(UNKNOWN_DATE)
        self.expires_on.setMinimumDate(UNKNOWN_DATE)
        self.expires_on.setSpecialValueText(self.tr("no expiry"))
        self.expires_on.setCalendarPopup(True)
        self.expires_on.setDisplayFormat("dd.MM.yyyy")
        self.problem_labels = {name: ErrorLabel() for name in ("helper", "granted_on", "expires_on")}
        form = QFormLayout()
        form.addRow(self.tr("&Helper:"), self.helper)
        self.problem_labels["helper"].add_to(form)
        form.addRow(self.tr("&Granted on:"), self.granted_on)
        self.problem_labels["granted_on"].add_to(form)
        form.addRow(self.tr("&Expires on:"), self.expires_on)
        self.problem_labels["expires_on"].add_to(form)
        self.buttons = add_save_cancel(self, form, self._on_buttons_accepted)
        self.setMinimumWidth(420)

    def _on_buttons_accepted(self) -> None:
        client_id, helper = self._client_id, self.helper.text()
        granted = self.granted_on.date().toPython()
        expires = None if self.expires_on.date() == UNKNOWN_DATE else self.expires_on.date().toPython()
        for label in self.problem_labels.values():
            label.clear_problem()
        self._desk_handle.op(self, lambda desk: desk.clients.add_release(client_id, helper, granted, expires)).success(
            self._on_saved).failure(self._on_save_failed).run()

    def _on_saved(self, _result: None) -> None:
        self._desk_handle.notify_changed(self._client_id)
        self.accept()

    def _on_save_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationFailed):
            for field, code in error.problems.items():
                if field in self.problem_labels:
                    self.problem_labels[field].show_problem(code)
        else:
            messages.warning(self, self.tr("Not saved"), errors.error_text(error))
