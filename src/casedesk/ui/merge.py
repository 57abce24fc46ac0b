"""Merging two records of one person: both side by side, the record that stays, per field the
value that stays, and the name of the record that goes typed to confirm (it cannot be undone).

``MergeDialog`` is opened from the duplicate review (a pair) and from a client file (More ›
Merge with…, after ``MergePartnerDialog`` chose the other record). The preview and the merge run
on the database thread (``services.merge.MergeService``); ``merged`` carries the survivor's id.
"""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from casedesk.services.dto import ClientFilter
from casedesk.services.errors import ValidationFailed
from casedesk.services.merge import MergePreview, MergeResult, MergeService, MergeSide
from casedesk.services.typed_confirmation import matches_displayed_name
from casedesk.ui import errors, messages
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.vocabulary import client_name, field_label, format_birth_date
from casedesk.ui.widgets import fit_to_screen

CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


class MergeDialog(QDialog):
    """No button is the default: Return in the name field merges once the name matches (and says
    why not otherwise); Escape cancels."""

    merged = Signal(str)
    loaded = Signal()

    def __init__(self, desk_handle: DeskHandle, first_id: str, second_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._ids = (first_id, second_id)
        self.preview: MergePreview | None = None
        #: Field name → (group, the button of the first record, the button of the second).
        self._choices: dict[str, tuple[QButtonGroup, QRadioButton, QRadioButton]] = {}
        self.setWindowTitle(self.tr("Merge two records"))
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        self.heading = QLabel(self.tr("Loading both records…"))
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.survivor_box = QGroupBox(self.tr("Which record stays?"))
        self.keep_first = QRadioButton()
        self.keep_second = QRadioButton()
        self.survivor_group = QButtonGroup(self)
        for number, button in enumerate((self.keep_first, self.keep_second)):
            self.survivor_group.addButton(button, number)
        survivor_layout = QVBoxLayout(self.survivor_box)
        survivor_layout.addWidget(self.keep_first)
        survivor_layout.addWidget(self.keep_second)
        self.fields_box = QGroupBox(self.tr("Values that differ: choose the one to keep"))
        self.fields_grid = QGridLayout()
        fields_inner = QWidget()
        fields_inner.setLayout(self.fields_grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(fields_inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        QVBoxLayout(self.fields_box).addWidget(scroll)
        self.consequences = QLabel()
        self.consequences.setWordWrap(True)
        #: Shown when both records have an open case (``MergePreview.joins_open_episodes``).
        self.joined_cases_note = QLabel(self.tr(
            "Both records have an open case: the two are joined into one case, which keeps the earlier "
            "start and the phase that is further along."))
        self.joined_cases_note.setWordWrap(True)
        self.joined_cases_note.hide()
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.typed_name = QLineEdit()
        self.typed_name.setAccessibleName(self.tr("Name of the record that goes"))
        self.prompt.setBuddy(self.typed_name)
        self.mismatch_hint = QLabel(self.tr(
            "The name does not match yet. Type it as shown above to merge, or press Escape to cancel."))
        self.mismatch_hint.setWordWrap(True)
        self.mismatch_hint.setStyleSheet("color: #b3261e;")
        self.mismatch_hint.hide()
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("&Merge for good"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.merge_button.setEnabled(False)
        self.merge_button.setAutoDefault(False)
        self.cancel_button.setAutoDefault(False)
        self.merge_button.setStyleSheet("QPushButton:enabled { color: #b3261e; font-weight: 600; }")
        self.merge_button.clicked.connect(self._on_merge_button_clicked)
        self.buttons.rejected.connect(self.reject)
        self.survivor_group.idToggled.connect(self._on_survivor_group_id_toggled)
        self.typed_name.textChanged.connect(self._on_typed_name_text_changed)
        self.typed_name.returnPressed.connect(self._on_typed_name_return_pressed)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.survivor_box)
        layout.addWidget(self.fields_box, 1)
        layout.addWidget(self.consequences)
        layout.addWidget(self.joined_cases_note)
        layout.addWidget(self.prompt)
        layout.addWidget(self.typed_name)
        layout.addWidget(self.mismatch_hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self.resize(760, 620)
        fit_to_screen(self)
        for widget in (self.survivor_box, self.fields_box, self.typed_name):
            widget.setEnabled(False)
        first, second = self._ids
        self._desk_handle.op(self, lambda desk: MergeService(desk).preview(first, second)).success(
            self._show).failure(self._on_preview_failed).run()

    # --- the records ----------------------------------------------------------------------------
    def _show(self, preview: MergePreview) -> None:
        self.preview = preview
        self.heading.setText(self.tr("Merge %1 and %2?").replace("%1", client_name(preview.first.display_name))
                             .replace("%2", client_name(preview.second.display_name)))
        self.keep_first.setText(self.tr("Keep the &first: %1").replace("%1", self._side_text(preview.first)))
        self.keep_second.setText(self.tr("Keep the &second: %1").replace("%1", self._side_text(preview.second)))
        self.fields_grid.addWidget(self._bold(self.tr("Field")), 0, 0)
        self.fields_grid.addWidget(self._bold(self.tr("First record")), 0, 1)
        self.fields_grid.addWidget(self._bold(self.tr("Second record")), 0, 2)
        for row, name in enumerate(preview.differing, start=1):
            label = QLabel(field_label("client", name))
            group = QButtonGroup(self)
            buttons = []
            for column, side in ((1, preview.first), (2, preview.second)):
                button = QRadioButton(self._value_text(side, name))
                button.setAccessibleName(f"{label.text()}: {button.text()}")
                group.addButton(button, column - 1)
                self.fields_grid.addWidget(button, row, column)
                buttons.append(button)
            label.setBuddy(buttons[0])
            self.fields_grid.addWidget(label, row, 0)
            self._choices[name] = (group, buttons[0], buttons[1])
        if not preview.differing:
            self.fields_grid.addWidget(QLabel(self.tr("Both records say the same in every field.")), 1, 0, 1, 3)
        self.joined_cases_note.setVisible(preview.joins_open_episodes)
        self.fields_grid.setRowStretch(len(preview.differing) + 1, 1)
        self.fields_grid.setColumnStretch(1, 1)
        self.fields_grid.setColumnStretch(2, 1)
        for widget in (self.survivor_box, self.fields_box, self.typed_name):
            widget.setEnabled(True)
        self.keep_first.setChecked(True)
        self.keep_first.setFocus()
        self.loaded.emit()

    def _side_text(self, side: MergeSide) -> str:
        kind = self.tr("code person") if side.is_code_person else self.tr("client")
        # Each count with its own plural ("1 Fall", "2 Fälle").
        counts = ", ".join((self.tr("%n contact(s)", "", side.contacts), self.tr("%n case(s)", "", side.episodes),
                            self.tr("%n task(s)", "", side.tasks)))
        return f"{client_name(side.display_name)} ({kind}; {counts})"

    @staticmethod
    def _value_text(side: MergeSide, name: str) -> str:
        value = side.values[name]
        if name == "birth_date":
            text = format_birth_date(value, side.birth_date_approximate)
        else:
            text = " ".join(str(value or "").split())
        if len(text) > 80:
            text = text[:79] + "…"
        return text or "—"

    @staticmethod
    def _bold(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: 600;")
        return label

    def survivor_id(self) -> str:
        return self._ids[max(self.survivor_group.checkedId(), 0)]

    def other_id(self) -> str:
        return self._ids[1 - max(self.survivor_group.checkedId(), 0)]

    def choice_buttons(self, name: str) -> tuple[QRadioButton, QRadioButton]:
        """A differing field's two buttons: the first record's value, the second's."""
        _group, first, second = self._choices[name]
        return first, second

    def taken_fields(self) -> set[str]:
        """The fields whose chosen value is the other record's."""
        other = 1 - max(self.survivor_group.checkedId(), 0)
        return {name for name, (group, _first, _second) in self._choices.items() if group.checkedId() == other}

    def _on_survivor_group_id_toggled(self, number: int, checked: bool) -> None:
        if not checked or self.preview is None:
            return
        survivor = self._ids[number]
        take = self.preview.default_take(survivor)
        for name, (_group, first, second) in self._choices.items():
            keep_first = (number == 0) != (name in take)
            (first if keep_first else second).setChecked(True)
        other = self.preview.side(self.other_id())
        name = client_name(other.display_name)
        self.consequences.setText(self.tr(
            "<ul><li>Every contact, case, task, card and other record of %1 moves to the record that stays, "
            "on this laptop now and on every copy at its next sync.</li>"
            "<li>%1 is then no longer listed; what colleagues' laptops still file under it arrives "
            "under the record that stays. Its values not chosen above are deleted.</li>"
            "<li><b>This cannot be undone.</b></li></ul>").replace("%1", _escaped(name)))
        self.prompt.setText(self.tr("To confirm, type the name of the record that goes: <b>%1</b>")
                            .replace("%1", _escaped(name)))
        self._on_typed_name_text_changed(self.typed_name.text())

    # --- confirming -----------------------------------------------------------------------------
    def _other_name(self) -> str:
        if self.preview is None:
            return ""
        return client_name(self.preview.side(self.other_id()).display_name)

    def _on_typed_name_text_changed(self, text: str) -> None:
        self.mismatch_hint.hide()
        self.merge_button.setEnabled(self.preview is not None and matches_displayed_name(text, self._other_name()))

    def _on_typed_name_return_pressed(self) -> None:
        if not matches_displayed_name(self.typed_name.text(), self._other_name()):
            self.mismatch_hint.show()
        elif self.merge_button.isEnabled():  # not while a merge already runs
            self.merge_button.click()

    def _on_merge_button_clicked(self) -> None:
        if self.preview is None or not matches_displayed_name(self.typed_name.text(), self._other_name()):
            return
        survivor, other, take = self.survivor_id(), self.other_id(), self.taken_fields()
        self.merge_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self._desk_handle.op(self, lambda desk: MergeService(desk).merge(survivor, other, take)).with_progress(
            self.tr("Merging…")).success(self._on_merged).failure(self._on_merge_failed).run()

    def _on_merged(self, result: MergeResult) -> None:
        survivor = self.preview.side(result.survivor_id) if self.preview else None
        name = client_name(survivor.display_name) if survivor else ""
        messages.information(self, self.tr("Records merged"), self.tr(
            "The records are one now: %n record(s) moved to %1.", "", result.moved_rows).replace("%1", name))
        self.merged.emit(result.survivor_id)
        self.accept()

    def _on_merge_failed(self, error: BaseException) -> None:
        self.cancel_button.setEnabled(True)
        self._on_typed_name_text_changed(self.typed_name.text())
        messages.warning(self, self.tr("Not merged"), merge_error_text(error))

    def _on_preview_failed(self, error: BaseException) -> None:
        messages.warning(self, self.tr("Not merged"), merge_error_text(error))
        self.reject()


def merge_error_text(error: BaseException) -> str:
    """Words for a merge the service refused (its codes), else for any error."""
    if isinstance(error, ValidationFailed) and "merge" in error.problems:
        code = error.problems["merge"]
        return {
            "not_permitted": QCoreApplication.translate(
                "MergeDialog", "Only the case manager of both records, a team lead or an administrator merges them."),
            "same_record": QCoreApplication.translate("MergeDialog", "A record cannot be merged with itself."),
            "merged": QCoreApplication.translate("MergeDialog", "One of the records was merged already."),
            "erased": QCoreApplication.translate("MergeDialog", "One of the records was erased."),
        }.get(code, errors.error_text(error))
    return errors.error_text(error)


class MergePartnerDialog(QDialog):
    """From a client file: find the other record (search as you type), then ``chosen`` carries it."""

    chosen = Signal(str)
    searched = Signal()

    def __init__(self, desk_handle: DeskHandle, client_id: str, client_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._client_id = client_id
        self._asked = 0
        self.setWindowTitle(self.tr("Merge with…"))
        intro = QLabel(self.tr("Which record is the same person as %1?").replace("%1", _escaped(client_label)))
        intro.setWordWrap(True)
        self.search_label = QLabel(self.tr("Sea&rch:"))
        self.search = QLineEdit()
        self.search_label.setBuddy(self.search)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Records found"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.next_button = self.buttons.addButton(self.tr("&Compare…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.next_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.results.currentItemChanged.connect(lambda *_: self.next_button.setEnabled(self._current() is not None))
        self.results.itemActivated.connect(lambda _item: self._on_buttons_accepted())
        row = QHBoxLayout()
        row.addWidget(self.search_label)
        row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 420)
        fit_to_screen(self)
        self._on_search_text_changed("")

    def _current(self) -> str | None:
        item = self.results.currentItem()
        return item.data(CLIENT_ID_ROLE) if item is not None else None

    def _on_search_text_changed(self, text: str) -> None:
        self._asked += 1
        asked, own = self._asked, self._client_id

        def found(summaries) -> None:
            if asked != self._asked:
                return
            self.results.clear()
            for summary in summaries:
                if summary.id == own:
                    continue
                item = QListWidgetItem(client_name(summary.display_name))
                item.setData(CLIENT_ID_ROLE, summary.id)
                self.results.addItem(item)
            if self.results.count():
                self.results.setCurrentRow(0)
            self.next_button.setEnabled(self._current() is not None)
            self.searched.emit()

        self._desk_handle.op(self, lambda desk: desk.clients.list(ClientFilter(text=text, include_closed=True))).success(
            found).failure(lambda error: messages.warning(self, self.windowTitle(), errors.error_text(error))).run()

    def _on_search_return_pressed(self) -> None:
        if self._current() is not None:
            self._on_buttons_accepted()

    def _on_buttons_accepted(self) -> None:
        chosen = self._current()
        if chosen is not None:
            self.chosen.emit(chosen)
            self.accept()
