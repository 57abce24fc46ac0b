"""Quick contact capture: a few fields, saved with Ctrl+Enter, from anywhere in the app.

Everything is reachable from the keyboard, also while the name completer's list is open; the
auto-lock parks what was typed with ``draft_for_lock()`` and hands it back with ``restore_draft()``.

A contact with someone known only by a code is the same path: the code persons are in the list
of names, and "new anonymous code person" (Alt+A) makes one of what was typed as the contact is
saved. The items handed out are typed in one line (``street.ItemsField``).
"""

from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain import ContactType
from casedesk.services.contacts import MAX_DURATION_MINUTES
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientName, ContactDraft
from casedesk.services.errors import ValidationFailed
from casedesk.services.field_limits import CONTACT_FIELD_LIMITS, TASK_FIELD_LIMITS
from casedesk.services.street import CODE_LIMIT, CodePersonDraft
from casedesk.ui import errors, messages
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.street import ItemsField
from casedesk.ui.vocabulary import client_name, contact_type_name, format_datetime, from_qdatetime
from casedesk.ui.widgets import ErrorLabel, OneStopDateEdit, OneStopDateTimeEdit

# Shown in the tooltip and menu; one shortcut from anywhere in the main window.
QUICK_CAPTURE_SHORTCUT = "Ctrl+K"


def match_clients(clients: list[ClientName], typed: str) -> list[ClientName]:
    """Clients the typed text names: an exact display name or alias wins, else a unique part."""
    text = typed.strip().casefold()
    if not text:
        return []
    exact = [c for c in clients if text in (client_name(c.display_name).casefold(), c.alias.casefold())]
    if exact:
        return exact
    return [c for c in clients if text in client_name(c.display_name).casefold()]


class _NoSingleClient(Exception):
    """The name typed before the names arrived names no client, or several."""


class QuickCaptureDialog(QDialog):
    contact_saved = Signal(str, str)  # client id, a translated one-line summary for the status bar

    def __init__(self, desk_handle: DeskHandle, client_id: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._clients: list[ClientName] = []
        self._preselected_id = client_id
        self._clients_loaded = False
        self.setWindowTitle(self.tr("Record contact"))
        self.client = QLineEdit()
        self.client.setPlaceholderText(self.tr("Type a name, alias or code…"))
        self.new_code_person = QCheckBox(self.tr("new &anonymous code person"))
        self.new_code_person.setToolTip(self.tr("Someone known only by a code (initials, birth year, sex) or a "
                                                "street name: what you typed becomes their code"))
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.client.setCompleter(self.completer)
        # While the list of names is open it takes every key press: Alt+N would move the focus
        # unseen and the next letters would still land in the name field (see eventFilter).
        self.completer.popup().installEventFilter(self)
        self.type = QComboBox()
        for contact_type in ContactType:
            self.type.addItem(contact_type_name(contact_type), contact_type.value)
        self.occurred_at = OneStopDateTimeEdit(QDateTime.currentDateTime())
        self.occurred_at.setCalendarPopup(True)
        self.occurred_at.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(0, MAX_DURATION_MINUTES)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.place = QLineEdit()
        self.items = ItemsField()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What happened, what was agreed…"))
        self.follow_up_title = QLineEdit()
        self.follow_up_title.setPlaceholderText(self.tr("optional, e.g. call the job centre"))
        self.follow_up_due = OneStopDateEdit(QDate.currentDate().addDays(7))
        self.follow_up_due.setCalendarPopup(True)
        self.follow_up_due.setDisplayFormat("dd.MM.yyyy")
        self.follow_up_due.setEnabled(False)
        self.place.setMaxLength(CONTACT_FIELD_LIMITS["place"])
        self.follow_up_title.setMaxLength(TASK_FIELD_LIMITS["title"])
        self.problem_labels = {name: ErrorLabel() for name in
                               ("client_id", "occurred_at", "duration_minutes", "follow_up_title")}

        form = QFormLayout()
        client_row = QHBoxLayout()
        client_row.addWidget(self.client, 1)
        client_row.addWidget(self.new_code_person)
        client_label = QLabel(self.tr("&Client:"))
        client_label.setBuddy(self.client)
        form.addRow(client_label, client_row)
        self.problem_labels["client_id"].add_to(form)
        form.addRow(self.tr("&Type:"), self.type)
        form.addRow(self.tr("&When:"), self.occurred_at)
        self.problem_labels["occurred_at"].add_to(form)
        form.addRow(self.tr("&Duration:"), self.duration)
        self.problem_labels["duration_minutes"].add_to(form)
        form.addRow(self.tr("&Place:"), self.place)
        items_label = QLabel(self.tr("&Items:"))
        items_label.setBuddy(self.items.line)
        form.addRow(items_label, self.items)
        self.problem_labels["items"] = ErrorLabel()
        self.problem_labels["items"].add_to(form)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.tr("&Follow-up task:"), self.follow_up_title)
        self.problem_labels["follow_up_title"].add_to(form)
        form.addRow(self.tr("D&ue on:"), self.follow_up_due)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save, context=Qt.ShortcutContext.WindowShortcut)
        self.follow_up_title.textChanged.connect(self._on_follow_up_title_text_changed)
        self.new_code_person.toggled.connect(self._on_new_code_person_toggled)
        # Tab still goes from the name to the type; the check box (Alt+A) comes last.
        QWidget.setTabOrder(self.follow_up_due, self.new_code_person)
        self.resize(560, 560)
        # The names may take a while to load behind the main window's first queries: the worker
        # types on meanwhile, and the focus is never moved under their fingers once they have begun.
        (self.type if client_id else self.client).setFocus()
        self._load_clients()
        self._untouched = self._typed_state()

    def _load_clients(self) -> None:
        # Urgent: the worker may have typed the name and pressed save before the window's
        # first refreshes are done, and the save waits for these names.
        self._desk_handle.op(self, lambda desk: desk.clients.names()).success(self._on_clients_loaded).urgent().run()
        self._desk_handle.op(self, lambda desk: desk.street.item_list()).success(self.items.set_entries).urgent().run()

    def _on_new_code_person_toggled(self, ticked: bool) -> None:
        # A code is short; the completer would offer clients' names for it.
        self.completer.popup().hide()
        self.client.setCompleter(None if ticked else self.completer)
        self.client.setMaxLength(CODE_LIMIT if ticked else 32767)
        # After the check box's own focus (Alt+A focuses and then clicks it): back to the name.
        QTimer.singleShot(0, self._back_to_the_name)

    def _back_to_the_name(self) -> None:
        self.activateWindow()  # from the hidden list of names, which some platforms leave active
        self.client.setFocus()

    def _on_clients_loaded(self, clients: list[ClientName]) -> None:
        untouched = self.draft_for_lock() is None
        self._clients = clients
        self._clients_loaded = True
        self.completer.model().setStringList([client_name(c.display_name) for c in clients])
        preselected = self._client_by_id(self._preselected_id)
        if preselected and (not self.client.text().strip() or self._resolve_client() == preselected.id):
            self.client.setText(client_name(preselected.display_name))
        if untouched:  # the preselected name is not something the worker typed
            self._untouched = self._typed_state()
        if self.client.hasFocus() and self.client.text().strip() and self.buttons.isEnabled():
            # Show the names matching what was typed before they arrived.
            self.completer.setCompletionPrefix(self.client.text())
            self.completer.complete()

    def _client_by_id(self, client_id: str) -> ClientName | None:
        return next((c for c in self._clients if c.id == client_id), None) if client_id else None

    @property
    def clients_loaded(self) -> bool:
        return self._clients_loaded

    def _on_follow_up_title_text_changed(self, text: str) -> None:
        self.follow_up_due.setEnabled(bool(text.strip()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt asks the focused widget (here the list) before it runs a shortcut; closing the list
        # then lets the shortcut run as in the rest of the dialog, and the next key reaches its field.
        if (watched is self.completer.popup() and event.type() == QEvent.Type.ShortcutOverride
                and isinstance(event, QKeyEvent) and self._is_own_shortcut(QKeySequence(event.keyCombination()))):
            self.completer.popup().hide()
        return super().eventFilter(watched, event)

    def _is_own_shortcut(self, pressed: QKeySequence) -> bool:
        """Whether ``pressed`` is a label's mnemonic, a button's or a shortcut's key in this dialog."""
        def is_pressed(sequence: QKeySequence) -> bool:
            return not sequence.isEmpty() and sequence.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch

        return (any(label.buddy() is not None and is_pressed(QKeySequence.mnemonic(label.text()))
                    for label in self.findChildren(QLabel))
                or any(is_pressed(button.shortcut()) for button in self.findChildren(QAbstractButton))
                or any(is_pressed(shortcut.key()) for shortcut in self.findChildren(QShortcut)))

    def _resolve_client(self) -> str:
        matches = match_clients(self._clients, self.client.text())
        return matches[0].id if len(matches) == 1 else ""

    def draft(self) -> ContactDraft:
        due = None
        if self.follow_up_title.text().strip():
            # Due at the end of the chosen day, so a task "for Friday" is still open on Friday.
            due = from_qdatetime(QDateTime(self.follow_up_due.date(), QTime(23, 59)))
        return ContactDraft(
            client_id=self._resolve_client(),
            type=self.type.currentData(),
            occurred_at=from_qdatetime(self.occurred_at.dateTime()),
            duration_minutes=self.duration.value(),
            place=self.place.text(),
            note=self.note.toPlainText(),
            follow_up_title=self.follow_up_title.text(),
            follow_up_due=due,
            items=self.items.items(),
        )

    def _typed_state(self) -> dict:
        """What the worker typed or chose, JSON-serialisable; dates in ISO 8601."""
        return {
            "client": self.client.text(),
            "client_id": self._resolve_client() if self.clients_loaded else self._preselected_id,
            "type": self.type.currentData(),
            "occurred_at": self.occurred_at.dateTime().toString(Qt.DateFormat.ISODate),
            "duration_minutes": self.duration.value(),
            "place": self.place.text(),
            "note": self.note.toPlainText(),
            "follow_up_title": self.follow_up_title.text(),
            "follow_up_due": self.follow_up_due.date().toString(Qt.DateFormat.ISODate),
            "items": self.items.line.text(),
            "new_code_person": self.new_code_person.isChecked(),
        }

    def draft_for_lock(self) -> dict | None:
        """Everything typed so far, for the lock to park; None while the dialog is as it opened."""
        state = self._typed_state()
        return None if state == self._untouched else state

    def restore_draft(self, draft: dict) -> None:
        """Fill the dialog back with what ``draft_for_lock()`` returned (also before the names load)."""
        client_id = str(draft.get("client_id") or "")
        client = self._client_by_id(client_id)
        self._preselected_id = client_id
        self.client.setText(client_name(client.display_name) if client else str(draft.get("client", "")))
        type_index = self.type.findData(draft.get("type"))
        if type_index >= 0:
            self.type.setCurrentIndex(type_index)
        occurred_at = QDateTime.fromString(str(draft.get("occurred_at", "")), Qt.DateFormat.ISODate)
        if occurred_at.isValid():
            self.occurred_at.setDateTime(occurred_at)
        self.duration.setValue(int(draft.get("duration_minutes") or 0))
        self.place.setText(str(draft.get("place", "")))
        self.note.setPlainText(str(draft.get("note", "")))
        self.follow_up_title.setText(str(draft.get("follow_up_title", "")))
        due = QDate.fromString(str(draft.get("follow_up_due", "")), Qt.DateFormat.ISODate)
        if due.isValid():
            self.follow_up_due.setDate(due)
        self.items.line.setText(str(draft.get("items", "")))
        self.new_code_person.setChecked(bool(draft.get("new_code_person")))

    def save(self) -> None:
        if not self.buttons.isEnabled():
            return
        for label in self.problem_labels.values():
            label.clear_problem()
        problem = self.items.problem()
        if problem:
            self.problem_labels["items"].show_text(problem)
            self.items.setFocus()
            return
        draft = self.draft()
        code = self.client.text().strip()
        if self.new_code_person.isChecked():
            if not code:
                self.problem_labels["client_id"].show_text(self.tr("Type the code or street name of the new person."))
                self.client.setFocus()
                return

            def record(desk) -> str:
                draft.client_id = desk.street.create_code_person(CodePersonDraft(code=code))
                return desk.contacts.record(draft)
        elif not self.clients_loaded:
            record = self._record_for_typed_name(draft)
        elif not draft.client_id:
            self._ask_for_one_client()
            return
        else:
            def record(desk) -> str:
                return desk.contacts.record(draft)
        self.buttons.setEnabled(False)
        name = code if self.new_code_person.isChecked() else ""
        self._desk_handle.op(self, record).success(
            lambda _contact_id: self._on_saved(draft, name)).failure(self._on_save_failed).urgent().run()

    def _record_for_typed_name(self, draft: ContactDraft) -> Callable[[Desk], str]:
        """Saved before the names arrived (typed fast, or on a big caseload): the typed name is
        looked up with the save, on the database thread, so the save need not wait for the list."""
        typed, preselected = self.client.text(), self._preselected_id

        def record(desk: Desk) -> str:
            if preselected and not typed.strip():
                draft.client_id = preselected
            else:
                matches = match_clients(desk.clients.names(), typed)
                if len(matches) != 1:
                    raise _NoSingleClient
                draft.client_id = matches[0].id
            return desk.contacts.record(draft)
        return record

    def _ask_for_one_client(self) -> None:
        self.problem_labels["client_id"].show_text(self.tr("Choose one client from the list."))
        self.client.setFocus()

    def _on_saved(self, draft: ContactDraft, new_code: str = "") -> None:
        self.buttons.setEnabled(True)
        self.contact_saved.emit(draft.client_id, self._saved_summary(draft, new_code))
        self.accept()

    def _saved_summary(self, draft: ContactDraft, new_code: str = "") -> str:
        client = self._client_by_id(draft.client_id)
        return (self.tr("Saved: %1 with %2, %3")
                .replace("%1", contact_type_name(draft.type))
                .replace("%2", new_code or (client_name(client.display_name) if client else ""))
                .replace("%3", format_datetime(draft.occurred_at)))

    def _on_save_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, _NoSingleClient):
            self._ask_for_one_client()
            return
        if not isinstance(error, ValidationFailed):
            messages.warning(self, self.tr("Contact not saved"), errors.error_text(error))
            return
        for field, code in error.problems.items():
            label = self.problem_labels.get(field)
            if label is not None:
                label.show_problem(code)
        unplaced = {f: c for f, c in error.problems.items() if f not in self.problem_labels}
        if unplaced:
            messages.warning(self, self.tr("Contact not saved"), errors.validation_summary(ValidationFailed(unplaced)))

    def reject(self) -> None:
        if self.note.toPlainText().strip() and not messages.confirm(
                self, self.tr("Discard contact?"), self.tr("The note you wrote will be lost.")):
            return
        super().reject()
