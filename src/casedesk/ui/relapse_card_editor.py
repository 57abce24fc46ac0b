"""The client file's "Relapse card" tab: edit, version, check the fit, preview and print the card.

Every save is a new card version; older versions open read-only so the worker can see (and
reprint) the card the client actually carries. The fit check runs on the database thread a moment
after typing stops, and printing a card whose text does not fit needs the worker's explicit "yes".

The client's network offers its phone numbers (``desk.network.phone_numbers``): "From network…"
adds a person's name and number to the important numbers (a number already on the card is shown
ticked and not added twice; a full card adds none), and "whom to turn to" completes a person with
their number. What is added is the worker's own entry, measured by the same fit check.

Typed work is never dropped here: ``reload()`` (a sync brought a new version) keeps unsaved
edits, and ``draft_for_lock()`` / ``restore_draft()`` carry them across a lock. A default number
(put in by the editor for the card's language) follows the card language until the worker edits
it; a number the worker typed stays whatever the language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain import TriggerCategory
from casedesk.services.cards import (
    CARD_LANGUAGES,
    MAX_NUMBERS,
    MAX_SITUATIONS,
    CardDraft,
    CardVersion,
    CrisisLineEntry,
    NumberDraft,
    SituationDraft,
    card_draft_from_dict,
    normalised_card,
)
from casedesk.services.errors import ValidationFailed
from casedesk.services.network import NetworkNumber
from casedesk.ui import messages
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.document_preview import (
    DocumentPreviewDialog,
    load_pdf,
    print_with_dialog,
    save_pdf,
    show_preview,
)
from casedesk.ui.errors import error_text, problem_text
from casedesk.ui.vocabulary import format_date, language_name, trigger_name
from casedesk.ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from casedesk.services.printing import CardFit, CardFitProblem, CardPreview

# lupdate reads ``translate("Context", "literal")`` calls; the alias keeps lines short.
translate = QCoreApplication.translate

# Check the fit once typing pauses: a layout pass costs tens of milliseconds.
FIT_CHECK_DELAY_MS = 400
CARD_FILE_NAME = "relapse-card.pdf"
WARNING_STYLE = "background: #fff4ce; color: #5c4400; border: 1px solid #e0b400; border-radius: 4px; padding: 6px;"
PROBLEM_STYLE = "background: #fde7e9; color: #8a1c1c; border: 1px solid #b3261e; border-radius: 4px; padding: 6px;"
FIELD_PROBLEM_STYLE = "border: 2px solid #b3261e;"
TEXT_ROWS = 3
#: Marks a number row the worker typed into, so a change of card language leaves it alone.
TYPED_ROLE = Qt.ItemDataRole.UserRole
DRAFT_KIND = "relapse_card"


def _digits(number: str) -> str:
    """A number as compared for "already on the card": without spaces, dashes, slashes, dots."""
    return "".join(character for character in number if character not in " -/.()")


def network_completion(entry: NetworkNumber) -> str:
    """What "whom to turn to" completes a network person to: who, and the number to call."""
    return _person_and_number(translate("RelapseCardEditor", "%1, %2"), entry)


def _person_and_number(text: str, entry: NetworkNumber) -> str:
    # The number goes in first: a "%2" typed into a name stays as typed.
    return text.replace("%2", entry.phone).replace("%1", entry.label)


def fit_problem_text(problem: CardFitProblem) -> str:
    parts = problem.field.split(".")
    parts_names = {
        "description": translate("RelapseCardEditor", "situation"),
        "triggers": translate("RelapseCardEditor", "triggers"),
        "alternatives": translate("RelapseCardEditor", "alternatives"),
        "whom_to_turn_to": translate("RelapseCardEditor", "whom to turn to"),
    }
    if parts[0] == "situations" and len(parts) >= 2:
        where = translate("RelapseCardEditor", "Risk situation %1").replace("%1", str(int(parts[1]) + 1))
        if len(parts) == 3:
            where += " – " + parts_names.get(parts[2], parts[2])
    elif parts[0] == "important_numbers" and len(parts) >= 2:
        where = translate("RelapseCardEditor", "Important number %1").replace("%1", str(int(parts[1]) + 1))
    elif problem.panel == "important_numbers":
        where = translate("RelapseCardEditor", "Important numbers")
    elif parts[0] == "display_name":
        where = translate("RelapseCardEditor", "Name on the card")
    else:
        where = translate("RelapseCardEditor", "Front of the card")
    panel = {
        "cover": translate("RelapseCardEditor", "front"),
        "risk_situations": translate("RelapseCardEditor", "inside left"),
        "what_to_do": translate("RelapseCardEditor", "inside right"),
        "important_numbers": translate("RelapseCardEditor", "back"),
    }.get(problem.panel, problem.panel)
    millimetres = QLocale().toString(problem.overflow_mm, "f", 1)
    if problem.entries:
        amount = translate("RelapseCardEditor", "%n number(s) find no room on the card", "", problem.entries)
    elif problem.excess_chars:
        amount = translate("RelapseCardEditor", "about %n character(s) too long", "", problem.excess_chars)
        amount += " " + translate("RelapseCardEditor", "(%1 mm)").replace("%1", millimetres)
    else:
        amount = translate("RelapseCardEditor", "%1 mm too long").replace("%1", millimetres)
    where = translate("RelapseCardEditor", "%1 (%2 panel)").replace("%1", where).replace("%2", panel)
    return f"{where}: {amount}"


def not_printable_text(client_name: str, problems: Sequence[CardFitProblem]) -> str:
    """Why a card is not printed: the client, and per problem the panel, the field and how much."""
    lines = [translate("RelapseCardEditor", "The relapse card of %1 is not printed: its text does not fit, "
                       "even in the smallest print and with the room a card can take. Shorten:")
             .replace("%1", client_name)]
    lines += [f"• {fit_problem_text(problem)}" for problem in problems]
    return "\n".join(lines)


def _text_edit(placeholder: str, accessible_name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(accessible_name)
    edit.setTabChangesFocus(True)  # the form is filled with the keyboard: Tab moves on
    line_height = edit.fontMetrics().lineSpacing()
    edit.setFixedHeight(line_height * TEXT_ROWS + 14)
    return edit


class SituationBox(QGroupBox):
    """One risk situation: triggers, the client's own words, alternatives, whom to turn to."""

    changed = Signal()

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Risk situation %1").replace("%1", str(number)))
        self.trigger_checks: dict[str, QCheckBox] = {}
        triggers = QGridLayout()
        triggers.setHorizontalSpacing(16)
        for index, code in enumerate(TriggerCategory):
            check = QCheckBox(trigger_name(code))
            self.trigger_checks[code.value] = check
            # Two columns: three would not fit beside the client list at 1280 px in German.
            triggers.addWidget(check, index // 2, index % 2)
            check.toggled.connect(self.changed)
        self.description = _text_edit(self.tr("In the client's own words: when, where, with whom, how it starts"),
                                      self.tr("Situation %1").replace("%1", str(number)))
        self.alternatives = _text_edit(self.tr("What the client can realistically do instead"),
                                       self.tr("Alternatives %1").replace("%1", str(number)))
        self.whom_to_turn_to = QLineEdit()
        self.whom_to_turn_to.setPlaceholderText(self.tr("A trusted person, the outreach team, a crisis line"))
        self.whom_to_turn_to.setToolTip(self.tr("Type part of a name from the client's network to fill in "
                                                "the person and their number."))
        self.whom_to_turn_to.setAccessibleName(self.tr("Whom to turn to %1").replace("%1", str(number)))
        self.error = ErrorLabel()
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Triggers:"), triggers)
        form.addRow(self.tr("Situation:"), self.description)
        form.addRow(self.tr("Alternatives:"), self.alternatives)
        form.addRow(self.tr("Whom to turn to:"), self.whom_to_turn_to)
        form.addRow(self.error)
        for edit in (self.description, self.alternatives):
            edit.textChanged.connect(self.changed)
        self.whom_to_turn_to.textChanged.connect(self.changed)

    def text_field(self, part: str) -> QWidget | None:
        return {"description": self.description, "alternatives": self.alternatives,
                "whom_to_turn_to": self.whom_to_turn_to}.get(part)

    def draft(self) -> SituationDraft:
        return SituationDraft(
            description=self.description.toPlainText(),
            triggers=[code for code, check in self.trigger_checks.items() if check.isChecked()],
            alternatives=self.alternatives.toPlainText(),
            whom_to_turn_to=self.whom_to_turn_to.text(),
        )

    def set_draft(self, situation: SituationDraft) -> None:
        for code, check in self.trigger_checks.items():
            check.setChecked(code in situation.triggers)
        self.description.setPlainText(situation.description)
        self.alternatives.setPlainText(situation.alternatives)
        self.whom_to_turn_to.setText(situation.whom_to_turn_to)

    def set_completer(self, completer: QCompleter) -> None:
        self.whom_to_turn_to.setCompleter(completer)

    def set_read_only(self, read_only: bool) -> None:
        for check in self.trigger_checks.values():
            check.setEnabled(not read_only)
        self.description.setReadOnly(read_only)
        self.alternatives.setReadOnly(read_only)
        self.whom_to_turn_to.setReadOnly(read_only)


class RelapseCardEditor(QWidget):
    """The relapse card of one client; ``show_client(id)`` loads it, ``clear()`` empties the tab."""

    card_loaded = Signal()
    card_saved = Signal(str, int)  # client id, version number
    #: Printed unchanged after a relapse, the worker saying it was gone through with the client.
    card_reviewed = Signal()
    dirty_changed = Signal(bool)
    fit_checked = Signal(list)  # the CardFitProblem list, empty when everything fits
    preview_opened = Signal(object)  # the DocumentPreviewDialog
    pdf_saved = Signal(Path)

    def __init__(self, desk_handle: DeskHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._client_id: str | None = None
        self._versions: list[CardVersion] = []
        self._viewed: CardVersion | None = None  # an older version shown read-only
        #: Since when a relapse asks for a look at the card (the tab tells the editor).
        self.review_since: date | None = None
        self._baseline = CardDraft()
        self._dirty = False
        self._loading = False
        self._load_generation = 0
        self._load_pending = False
        # A parked draft to put back once the card being loaded has arrived, with its typed rows.
        self._restore_after_load: tuple[CardDraft, set[int]] | None = None
        # The default numbers of each card language, and the language the form shows now: a
        # change of language swaps the defaults of the one for the other's.
        self._default_numbers: dict[str, list[NumberDraft]] = {}
        self._card_language = CARD_LANGUAGES[0]
        self._fit_generation = 0
        self._fit_problems: list[CardFitProblem] = []
        # The network persons with a phone number, read with the card and again as the menu opens.
        self._network_numbers: list[NetworkNumber] = []
        self._network_generation = 0
        self._build()
        self._fit_timer = QTimer(self, singleShot=True, interval=FIT_CHECK_DELAY_MS)
        self._fit_timer.timeout.connect(self._check_fit)
        # On lock the card's texts leave the screen at once, and no late check is queued.
        desk_handle.closed.connect(self.clear)
        self.clear()

    # --- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.version_combo = QComboBox()
        self.version_combo.setAccessibleName(self.tr("Card version"))
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Version:")))
        top.addWidget(self.version_combo)
        top.addWidget(self.status_label, 1)

        self.old_version_banner = QFrame()
        self.old_version_banner.setObjectName("oldVersionBanner")
        # Scoped by name: a bare style sheet would also paint the banner's buttons and label.
        self.old_version_banner.setStyleSheet(f"QFrame#oldVersionBanner {{ {WARNING_STYLE} }}")
        self.old_version_label = QLabel()
        self.old_version_label.setWordWrap(True)
        self.back_to_current_button = QPushButton(self.tr("Back to the current card"))
        self.reuse_version_button = QPushButton(self.tr("Use as basis for a new version"))
        banner_layout = QHBoxLayout(self.old_version_banner)
        banner_layout.setContentsMargins(4, 2, 4, 2)
        banner_layout.addWidget(self.old_version_label, 1)
        banner_layout.addWidget(self.back_to_current_button)
        banner_layout.addWidget(self.reuse_version_button)

        self.fit_banner = QLabel()
        self.fit_banner.setWordWrap(True)
        self.fit_banner.setStyleSheet(PROBLEM_STYLE)
        self.fit_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.fit_banner.setAccessibleName(self.tr("Fit warning"))
        self.room_label = QLabel()
        self.room_label.setWordWrap(True)
        self.room_label.setStyleSheet(WARNING_STYLE)
        self.room_label.setTextFormat(Qt.TextFormat.PlainText)
        self.room_label.hide()

        self.situation_boxes = [SituationBox(number) for number in range(1, MAX_SITUATIONS + 1)]
        situations = QWidget()
        situations_layout = QVBoxLayout(situations)
        situations_layout.setContentsMargins(0, 0, 6, 0)
        for box in self.situation_boxes:
            situations_layout.addWidget(box)
            box.changed.connect(self._on_form_changed)
        situations_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(situations)

        self.language_combo = QComboBox()
        for code in CARD_LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        self.language_combo.setToolTip(self.tr("The card prints in this language, whatever the program's language."))
        self.large_print_check = QCheckBox(self.tr("Large print"))
        self.show_first_name_check = QCheckBox(self.tr("First name"))
        self.show_surname_check = QCheckBox(self.tr("Surname"))
        self.show_birth_date_check = QCheckBox(self.tr("Date of birth"))
        privacy = QVBoxLayout()
        privacy.setSpacing(2)
        for check in (self.show_first_name_check, self.show_surname_check, self.show_birth_date_check):
            privacy.addWidget(check)
        settings = QGroupBox(self.tr("Card"))
        settings_form = QFormLayout(settings)
        settings_form.addRow(self.tr("Card language:"), self.language_combo)
        settings_form.addRow("", self.large_print_check)
        settings_form.addRow(self.tr("Print on the card:"), privacy)

        self.numbers_table = QTableWidget(0, 2)
        self.numbers_table.setHorizontalHeaderLabels([self.tr("Who"), self.tr("Number")])
        self.numbers_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.numbers_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.numbers_table.verticalHeader().hide()
        self.numbers_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.numbers_table.setTabKeyNavigation(False)
        self.numbers_table.setAccessibleName(self.tr("Important numbers"))
        self.add_number_button = QPushButton(self.tr("Add"))
        self.remove_number_button = QPushButton(self.tr("Remove"))
        self.defaults_button = QPushButton(self.tr("Add team numbers"))
        self.defaults_menu = QMenu(self.defaults_button)
        self.defaults_button.setMenu(self.defaults_menu)
        self.network_button = QPushButton(self.tr("From network…"))
        self.network_button.setToolTip(self.tr("Adds the name and number of a person from the client's network"))
        self.network_menu = QMenu(self.network_button)
        self.network_button.setMenu(self.network_menu)
        self.network_model = QStringListModel(self)
        self.network_completer = QCompleter(self.network_model, self)
        self.network_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.network_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        for box in self.situation_boxes:
            box.set_completer(self.network_completer)
        self.numbers_error = ErrorLabel()
        number_buttons = QHBoxLayout()
        number_buttons.addWidget(self.add_number_button)
        number_buttons.addWidget(self.remove_number_button)
        number_buttons.addStretch(1)
        # A row of their own: four buttons side by side do not fit the side panel in German.
        source_buttons = QHBoxLayout()
        source_buttons.addStretch(1)
        source_buttons.addWidget(self.network_button)
        source_buttons.addWidget(self.defaults_button)
        numbers = QGroupBox(self.tr("Important numbers"))
        numbers_layout = QVBoxLayout(numbers)
        numbers_layout.addWidget(self.numbers_table, 1)
        numbers_layout.addLayout(number_buttons)
        numbers_layout.addLayout(source_buttons)
        numbers_layout.addWidget(self.numbers_error)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        side_layout.addWidget(settings)
        side_layout.addWidget(numbers, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        self.save_button = QPushButton(self.tr("&Save card"))
        self.save_button.setToolTip(self.tr("Saves a new version of the card (Ctrl+S)"))
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_pdf_button = QPushButton(self.tr("Save as P&DF…"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.preview_button, self.print_button, self.save_pdf_button, self.save_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.old_version_banner)
        layout.addWidget(self.fit_banner)
        layout.addWidget(self.room_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.version_combo.activated.connect(self._on_version_combo_activated)
        self.back_to_current_button.clicked.connect(self._on_back_to_current_button_clicked)
        self.reuse_version_button.clicked.connect(self._on_reuse_version_button_clicked)
        self.language_combo.currentIndexChanged.connect(self._on_language_combo_current_index_changed)
        for check in (self.large_print_check, self.show_first_name_check, self.show_surname_check,
                      self.show_birth_date_check):
            check.toggled.connect(self._on_form_changed)
        self.numbers_table.itemChanged.connect(self._on_numbers_table_item_changed)
        self.add_number_button.clicked.connect(self._on_add_number_button_clicked)
        self.remove_number_button.clicked.connect(self._on_remove_number_button_clicked)
        self.defaults_menu.aboutToShow.connect(self._on_defaults_menu_about_to_show)
        self.network_menu.aboutToShow.connect(self._on_network_menu_about_to_show)
        self.save_button.clicked.connect(self.save)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_pdf_button.clicked.connect(self._on_save_pdf_button_clicked)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # --- public API ---------------------------------------------------------------------------
    @property
    def client_id(self) -> str | None:
        return self._client_id

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def confirm_discard(self) -> bool:
        """Ask before unsaved edits are thrown away (switching client, closing); True to go on."""
        if not self._dirty:
            return True
        return messages.confirm(self, self.tr("Relapse card"),
                                self.tr("The relapse card has unsaved changes. Discard them?"))

    def clear(self) -> None:
        self._load_generation += 1
        self._fit_generation += 1
        self._fit_timer.stop()
        self._client_id = None
        self._versions = []
        self._viewed = None
        self._load_pending = False
        self._restore_after_load = None
        self._default_numbers = {}
        self._network_generation += 1
        self._set_network_numbers([])
        self._fill_form(CardDraft(situations=[], important_numbers=[]))
        self._baseline = normalised_card(self.draft())
        self._set_dirty(False)
        self.version_combo.clear()
        self.status_label.clear()
        self.old_version_banner.hide()
        self._show_fit_problems([])
        self.room_label.hide()
        self.setEnabled(False)

    def show_client(self, client_id: str) -> None:
        """Load the client's current card (a new one in the client's language if there is none).

        For the client already shown this is ``reload()``: unsaved edits stay.
        """
        if client_id == self._client_id:
            self.reload()
            return
        self.clear()
        self._client_id = client_id
        self._load(keep_form=False)

    def reload(self) -> None:
        """Re-read the saved card (a sync may have brought a new version).

        Without unsaved changes the form shows the newest version; with them the edits stay and
        are measured against, and saved on top of, the newest version. An older version being
        looked at stays on screen.
        """
        if self._client_id:
            self._load(keep_form=self._dirty or self._viewed is not None)

    def draft_for_lock(self) -> dict | None:
        """The unsaved edit as plain JSON data, to be parked in the desk over a lock; None if none."""
        if not self._client_id:
            return None
        if self._restore_after_load is not None:  # locked again before the parked edit was back
            card, typed_rows = self._restore_after_load
        elif self._dirty and self._viewed is None:
            card = self.draft()
            typed_rows = {row for row in range(self.numbers_table.rowCount()) if self._row_typed(row)}
        else:
            return None
        return {
            "kind": DRAFT_KIND,
            "client_id": self._client_id,
            "based_on_version": self._versions[0].version if self._versions else 0,
            "card": asdict(card),
            "typed_number_rows": sorted(typed_rows),
        }

    def restore_draft(self, draft: dict) -> None:
        """Put an edit parked by ``draft_for_lock()`` back into the form, as unsaved changes.

        Loads the draft's client first if another (or none) is shown. A draft that cannot be read
        is reported, never half applied.
        """
        try:
            client_id = str(draft["client_id"])
            card = card_draft_from_dict(draft["card"])
            typed_rows = {int(row) for row in draft.get("typed_number_rows", [])}
        except (KeyError, TypeError, ValueError):
            messages.warning(self, self.tr("Relapse card"),
                             self.tr("The unsaved relapse card could not be restored."))
            return
        if client_id != self._client_id:
            self.clear()
            self._client_id = client_id
            self._load(keep_form=False)
        self._restore_after_load = (card, typed_rows)
        if not self._load_pending:
            self._apply_restored_draft()

    def _apply_restored_draft(self) -> None:
        if self._restore_after_load is None:
            return
        (card, typed_rows), self._restore_after_load = self._restore_after_load, None
        if self._viewed is not None:
            self._viewed = None
            self.old_version_banner.hide()
            self.version_combo.setCurrentIndex(0)
        self._set_read_only(False)
        self._fill_form(card)
        for row in typed_rows:
            if row < self.numbers_table.rowCount():
                self._mark_row_typed(row)
        self._set_dirty(normalised_card(self.draft()) != self._baseline)
        if self._dirty:
            self.status_label.setText(self.tr("Unsaved changes from before the lock – save or discard them."))
        self._schedule_fit_check()

    def _load(self, keep_form: bool) -> None:
        """Read the versions (and, for a new card, its first draft) on the database thread."""
        self._load_generation += 1
        self._load_pending = True
        generation, client_id = self._load_generation, self._client_id

        def load(desk):  # runs on the database thread
            versions = desk.cards.versions(client_id)
            draft = versions[0].draft if versions else desk.cards.new_card_draft(client_id)
            defaults = {language: desk.cards.default_numbers(language) for language in CARD_LANGUAGES}
            return versions, draft, defaults, desk.network.phone_numbers(client_id)

        def loaded(result: tuple[list[CardVersion], CardDraft, dict[str, list[NumberDraft]],
                                 list[NetworkNumber]]) -> None:
            if generation != self._load_generation:
                return
            self._load_pending = False
            versions, draft, self._default_numbers, network_numbers = result
            self._set_network_numbers(network_numbers)
            newest_before = self._versions[0].version if self._versions else 0
            viewed = self._viewed
            self._set_versions(versions)
            self._baseline = normalised_card(draft)
            if viewed is not None and keep_form:
                self.version_combo.setCurrentIndex(
                    next((i for i, v in enumerate(versions) if v.id == viewed.id), 0))
            elif keep_form:
                self._set_dirty(normalised_card(self.draft()) != self._baseline)
                if self._dirty and versions and versions[0].version != newest_before:
                    self.status_label.setText(self.tr(
                        "Version %1 arrived meanwhile. Your unsaved changes are kept and will be saved as "
                        "the next version.").replace("%1", str(versions[0].version)))
            else:
                self._fill_form(draft)
                self._set_dirty(False)
                self._set_read_only(False)
            self.setEnabled(True)
            if self._restore_after_load is not None:
                self._apply_restored_draft()
            self._schedule_fit_check()
            self.card_loaded.emit()

        def failed(error: BaseException) -> None:
            if generation == self._load_generation:
                self._load_pending = False
                self._show_error(error)

        self._desk_handle.op(self, load).success(loaded).failure(failed).run()

    def draft(self) -> CardDraft:
        numbers = []
        for row in range(self.numbers_table.rowCount()):
            label, number = (self.numbers_table.item(row, column) for column in (0, 1))
            numbers.append(NumberDraft(label.text() if label else "", number.text() if number else ""))
        return CardDraft(
            language=self.language_combo.currentData() or CARD_LANGUAGES[0],
            large_print=self.large_print_check.isChecked(),
            show_first_name=self.show_first_name_check.isChecked(),
            show_surname=self.show_surname_check.isChecked(),
            show_birth_date=self.show_birth_date_check.isChecked(),
            situations=[box.draft() for box in self.situation_boxes],
            important_numbers=numbers,
        )

    def save(self) -> None:
        """Store the form as the client's next card version (nothing happens if it did not change)."""
        if not self._client_id or self._viewed is not None:
            return
        client_id, draft = self._client_id, self.draft()
        self._clear_validation()
        self._desk_handle.op(self, lambda desk: (desk.cards.save(client_id, draft), desk.cards.versions(client_id))) \
            .success(lambda result: self._on_saved(client_id, *result)) \
            .failure(self._on_save_failed).run()

    def preview(self) -> None:
        """Open the card as it would print now; unsaved edits are shown, marked as the next version."""
        if not self._client_id:
            return
        client_id, draft, viewed = self._client_id, self.draft(), self._viewed

        def render(desk):
            printer = desk.printing
            if viewed is not None:
                return printer.card_version_preview(viewed.id)
            return printer.card_preview(client_id, draft)

        self._desk_handle.op(self, render).with_progress(self.tr("Preparing the preview…")) \
            .success(self._open_preview).failure(self._show_error).run()

    # --- loading and state --------------------------------------------------------------------
    def _set_versions(self, versions: list[CardVersion]) -> None:
        self._versions = versions
        self.version_combo.clear()
        if not versions:
            self.version_combo.addItem(self.tr("New card – not saved yet"), "")
        for index, version in enumerate(versions):
            text = self.tr("Version %1 — %2 — %3").replace("%1", str(version.version)).replace(
                "%2", format_date(version.created_at.date())).replace("%3", version.worker_name or "?")
            if index == 0:
                text += " " + self.tr("(current)")
            self.version_combo.addItem(text, version.id)
        self.version_combo.setCurrentIndex(0)

    def _fill_form(self, draft: CardDraft) -> None:
        self._loading = True
        try:
            index = self.language_combo.findData(draft.language)
            self.language_combo.setCurrentIndex(max(index, 0))
            self.large_print_check.setChecked(draft.large_print)
            self.show_first_name_check.setChecked(draft.show_first_name)
            self.show_surname_check.setChecked(draft.show_surname)
            self.show_birth_date_check.setChecked(draft.show_birth_date)
            situations = list(draft.situations) + [SituationDraft()] * MAX_SITUATIONS
            for box, situation in zip(self.situation_boxes, situations, strict=False):
                box.set_draft(situation)
            self.numbers_table.setRowCount(0)
            for entry in draft.important_numbers:
                self._append_number(entry.label, entry.number)
        finally:
            self._loading = False
        self._clear_validation()

    def _append_number(self, label: str, number: str) -> int:
        return self._insert_number(self.numbers_table.rowCount(), label, number)

    def _insert_number(self, row: int, label: str, number: str) -> int:
        self.numbers_table.insertRow(row)
        self.numbers_table.setItem(row, 0, QTableWidgetItem(label))
        self.numbers_table.setItem(row, 1, QTableWidgetItem(number))
        return row

    def _row_entry(self, row: int) -> tuple[str, str]:
        label, number = (self.numbers_table.item(row, column) for column in (0, 1))
        return (label.text().strip() if label else "", number.text().strip() if number else "")

    def _row_typed(self, row: int) -> bool:
        item = self.numbers_table.item(row, 0)
        return bool(item and item.data(TYPED_ROLE))

    def _mark_row_typed(self, row: int) -> None:
        item = self.numbers_table.item(row, 0)
        if item is None or item.data(TYPED_ROLE):
            return
        self._loading = True  # the mark itself is no edit
        try:
            item.setData(TYPED_ROLE, True)
        finally:
            self._loading = False

    def _swap_default_numbers(self, previous: str, language: str) -> None:
        """Replace the previous language's default numbers the worker has not edited by the new
        language's; numbers the worker typed or changed stay where they are."""
        old = {(entry.label, entry.number) for entry in self._default_numbers.get(previous, [])}
        new = self._default_numbers.get(language, [])
        if old == {(entry.label, entry.number) for entry in new}:
            return
        rows = [row for row in range(self.numbers_table.rowCount())
                if not self._row_typed(row) and self._row_entry(row) in old]
        if not rows:
            return  # the worker removed or changed every default: their numbers, not ours
        self._loading = True
        try:
            for row in reversed(rows):
                self.numbers_table.removeRow(row)
            # A default the worker has already entered (or corrected: same name) is not added twice.
            kept = [self._row_entry(row) for row in range(self.numbers_table.rowCount())]
            present = {label.casefold() for label, _ in kept} | {number.replace(" ", "") for _, number in kept}
            position = rows[0]
            for entry in new:
                if entry.label.casefold() not in present and entry.number.replace(" ", "") not in present:
                    self._insert_number(position, entry.label, entry.number)
                    position += 1
        finally:
            self._loading = False

    def _set_read_only(self, read_only: bool) -> None:
        for box in self.situation_boxes:
            box.set_read_only(read_only)
        for widget in (self.language_combo, self.large_print_check, self.show_first_name_check,
                       self.show_surname_check, self.show_birth_date_check, self.add_number_button,
                       self.remove_number_button, self.defaults_button, self.network_button, self.save_button):
            widget.setEnabled(not read_only)
        self.numbers_table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only
            else QAbstractItemView.EditTrigger.AllEditTriggers & ~QAbstractItemView.EditTrigger.CurrentChanged)

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        if dirty:
            self.status_label.setText(self.tr("Unsaved changes"))
        elif self._client_id and not self._versions:
            self.status_label.setText(self.tr("This client has no card yet."))
        else:
            self.status_label.clear()
        if changed:
            self.dirty_changed.emit(dirty)

    def _on_language_combo_current_index_changed(self, _index: int) -> None:
        language = self.language_combo.currentData() or CARD_LANGUAGES[0]
        previous, self._card_language = self._card_language, language
        if not self._loading and self._viewed is None and self._client_id and language != previous:
            self._swap_default_numbers(previous, language)
        self._on_form_changed()

    def _on_numbers_table_item_changed(self, item: QTableWidgetItem) -> None:
        if not self._loading:
            self._mark_row_typed(item.row())
        self._on_form_changed()

    def _on_form_changed(self) -> None:
        if self._loading or self._viewed is not None or not self._client_id:
            return
        self._set_dirty(normalised_card(self.draft()) != self._baseline)
        self._schedule_fit_check()

    # --- versions -----------------------------------------------------------------------------
    def _on_version_combo_activated(self, index: int) -> None:
        version_id = self.version_combo.itemData(index)
        if not version_id:
            return
        if index == 0:
            self._on_back_to_current_button_clicked()
            return
        if self._viewed is None and not self.confirm_discard():
            self.version_combo.setCurrentIndex(0)
            return
        version = next(v for v in self._versions if v.id == version_id)
        self._viewed = version
        self._fill_form(version.draft)
        self._set_dirty(False)
        self._set_read_only(True)
        self.old_version_label.setText(self.tr(
            "You are looking at version %1 of %2. It can be previewed and printed again, but not changed.")
            .replace("%1", str(version.version)).replace("%2", format_date(version.created_at.date())))
        self.old_version_banner.show()
        self._schedule_fit_check()

    def _on_back_to_current_button_clicked(self) -> None:
        if self._viewed is None:
            return
        self._viewed = None
        self.old_version_banner.hide()
        current = self._versions[0].draft if self._versions else CardDraft()
        self._fill_form(current)
        self._baseline = normalised_card(current)
        self._set_dirty(False)
        self._set_read_only(False)
        self.version_combo.setCurrentIndex(0)
        self._schedule_fit_check()

    def _on_reuse_version_button_clicked(self) -> None:
        """Start editing from an older version: it becomes the next version once saved."""
        if self._viewed is None:
            return
        draft = self._viewed.draft
        self._viewed = None
        self.old_version_banner.hide()
        self._set_read_only(False)
        self.version_combo.setCurrentIndex(0)
        self._fill_form(draft)
        self._baseline = normalised_card(self._versions[0].draft) if self._versions else normalised_card(CardDraft())
        self._set_dirty(normalised_card(draft) != self._baseline)
        self._schedule_fit_check()

    # --- saving -------------------------------------------------------------------------------
    def _on_saved(self, client_id: str, saved: CardVersion, versions: list[CardVersion]) -> None:
        if client_id != self._client_id:
            return
        previous = self._versions[0].version if self._versions else 0
        self._set_versions(versions)
        self._baseline = normalised_card(saved.draft)
        self._set_dirty(normalised_card(self.draft()) != self._baseline)
        if saved.version != previous:
            self.status_label.setText(self.tr("Saved as version %1.").replace("%1", str(saved.version)))
            self.card_saved.emit(client_id, saved.version)
        else:
            self.status_label.setText(self.tr("No changes – the card is still version %1.")
                                      .replace("%1", str(saved.version)))

    def _on_save_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationFailed):
            self._show_validation(error.problems)
            return
        self._show_error(error)

    def _show_validation(self, problems: dict[str, str]) -> None:
        for key, code in problems.items():
            parts = key.split(".")
            if parts[0] == "situations" and len(parts) == 3:
                box = self.situation_boxes[int(parts[1])]
                what = {"description": self.tr("Situation"), "triggers": self.tr("Triggers")}.get(parts[2], parts[2])
                box.error.show_problem(code)
                box.error.setText(f"{what}: {problem_text(code)}")
            elif parts[0] == "important_numbers":
                if len(parts) == 3:
                    row_text = self.tr("Row %1").replace("%1", str(int(parts[1]) + 1))
                    self.numbers_error.show_problem(code)
                    self.numbers_error.setText(f"{row_text}: {problem_text(code)}")
                else:
                    self.numbers_error.show_problem(code)
                    self.numbers_error.setText(self.tr("At most %1 numbers fit on the card.")
                                               .replace("%1", str(MAX_NUMBERS)))
            else:
                messages.warning(self, self.tr("Relapse card"), problem_text(code))

    def _clear_validation(self) -> None:
        for box in self.situation_boxes:
            box.error.clear_problem()
        self.numbers_error.clear_problem()

    # --- important numbers --------------------------------------------------------------------
    def _on_add_number_button_clicked(self) -> None:
        row = self._append_number("", "")
        self.numbers_table.setCurrentCell(row, 0)
        self.numbers_table.editItem(self.numbers_table.item(row, 0))
        self._on_form_changed()

    def _on_remove_number_button_clicked(self) -> None:
        rows = sorted({index.row() for index in self.numbers_table.selectedIndexes()}, reverse=True)
        if not rows and self.numbers_table.currentRow() >= 0:
            rows = [self.numbers_table.currentRow()]
        for row in rows:
            self.numbers_table.removeRow(row)
        self._on_form_changed()

    def _on_defaults_menu_about_to_show(self) -> None:
        self.defaults_menu.clear()
        waiting = self.defaults_menu.addAction(self.tr("Loading…"))
        waiting.setEnabled(False)
        self._desk_handle.op(self, lambda desk: desk.cards.default_number_sets()) \
            .success(self._fill_defaults_menu).failure(self._show_error).run()

    def _fill_defaults_menu(self, number_sets: dict[str, list[NumberDraft]]) -> None:
        self.defaults_menu.clear()
        for country, numbers in number_sets.items():
            action = self.defaults_menu.addAction(
                self.tr("%1 (%n number(s))", "", len(numbers)).replace("%1", country))
            action.triggered.connect(lambda _checked=False, chosen=numbers: self.add_team_numbers(chosen))
        if not number_sets:
            empty = self.defaults_menu.addAction(self.tr("The team has no default numbers yet"))
            empty.setEnabled(False)
        self.defaults_menu.addSeparator()
        edit = self.defaults_menu.addAction(self.tr("Edit the team's numbers…"))
        edit.triggered.connect(self._open_crisis_lines_dialog)

    def add_team_numbers(self, lines: Sequence[CrisisLineEntry | NumberDraft]) -> None:
        """Append the team's default numbers the card does not have yet."""
        present = {self.numbers_table.item(row, 1).text().replace(" ", "")
                   for row in range(self.numbers_table.rowCount()) if self.numbers_table.item(row, 1)}
        self._loading = True
        try:
            for line in lines:
                if line.number.replace(" ", "") not in present:
                    self._append_number(line.label, line.number)
        finally:
            self._loading = False
        self._on_form_changed()

    # --- numbers from the client's network -------------------------------------------------------
    def _on_network_menu_about_to_show(self) -> None:
        """Read the network afresh (a person may have been added in the Network tab meanwhile)."""
        if not self._client_id:
            return
        self._network_generation += 1
        generation, client_id = self._network_generation, self._client_id
        # The numbers read with the card show at once (the keyboard can go on); a change replaces them.
        waiting = not self._network_numbers
        if waiting:
            self.network_menu.clear()
            self.network_menu.addAction(self.tr("Loading…")).setEnabled(False)
        else:
            self._fill_network_menu()

        def read(numbers: list[NetworkNumber]) -> None:
            if generation == self._network_generation and client_id == self._client_id \
                    and (waiting or numbers != self._network_numbers):
                self._set_network_numbers(numbers)
                self._fill_network_menu()

        self._desk_handle.op(self, lambda desk: desk.network.phone_numbers(client_id)) \
            .success(read).failure(self._show_error).run()

    def _set_network_numbers(self, numbers: list[NetworkNumber]) -> None:
        self._network_numbers = list(numbers)
        self.network_model.setStringList([network_completion(entry) for entry in numbers])

    def _numbers_on_card(self) -> set[str]:
        return {_digits(number) for _label, number in
                (self._row_entry(row) for row in range(self.numbers_table.rowCount())) if number}

    def _filled_number_rows(self) -> int:
        return sum(1 for row in range(self.numbers_table.rowCount()) if any(self._row_entry(row)))

    def _fill_network_menu(self) -> None:
        self.network_menu.clear()
        if not self._network_numbers:
            empty = self.network_menu.addAction(self.tr("No one in the client's network has a phone number yet"))
            empty.setEnabled(False)
            return
        full = self._filled_number_rows() >= MAX_NUMBERS
        if full:
            note = self.network_menu.addAction(self.tr("The card holds at most %1 numbers: remove one first.")
                                               .replace("%1", str(MAX_NUMBERS)))
            note.setEnabled(False)
            self.network_menu.addSeparator()
        present = self._numbers_on_card()
        for entry in self._network_numbers:
            on_card = _digits(entry.phone) in present
            text = _person_and_number(self.tr("%1: %2"), entry)
            if on_card:
                text = self.tr("%1 (on the card)").replace("%1", text)
            # A name with "&" would otherwise underline the letter after it as a shortcut.
            action = self.network_menu.addAction(text.replace("&", "&&"))
            action.setCheckable(on_card)
            action.setChecked(on_card)
            action.setEnabled(not on_card and not full)
            action.triggered.connect(lambda _checked=False, chosen=entry: self.add_network_number(chosen))

    def add_network_number(self, entry: NetworkNumber) -> None:
        """Append a network person's name and number (not if the number is there or the card is full)."""
        if self._viewed is not None or not self._client_id:
            return
        if _digits(entry.phone) in self._numbers_on_card() or self._filled_number_rows() >= MAX_NUMBERS:
            return
        self._loading = True
        try:
            row = self._append_number(entry.label, entry.phone)
        finally:
            self._loading = False
        # The worker's own choice: a change of card language leaves it where it is.
        self._mark_row_typed(row)
        self.numbers_table.setCurrentCell(row, 0)
        self._on_form_changed()

    def _open_crisis_lines_dialog(self) -> None:
        from casedesk.ui.crisis_lines_dialog import CrisisLinesDialog

        dialog = CrisisLinesDialog(self._desk_handle, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.lines_changed.connect(self._on_crisis_lines_changed)
        dialog.open()

    def _on_crisis_lines_changed(self) -> None:
        """The team's numbers changed: a later change of card language swaps in the new ones."""
        if not self._client_id:
            return
        client_id = self._client_id

        def refreshed(defaults: dict[str, list[NumberDraft]]) -> None:
            if client_id == self._client_id:
                self._default_numbers = defaults

        self._desk_handle.op(
            self, lambda desk: {language: desk.cards.default_numbers(language) for language in CARD_LANGUAGES}) \
            .success(refreshed).failure(self._show_error).run()

    # --- fit ----------------------------------------------------------------------------------
    def _schedule_fit_check(self) -> None:
        if self._client_id:
            self._fit_timer.start()

    def _check_fit(self) -> None:
        if not self._client_id:
            return
        self._fit_generation += 1
        generation, client_id, draft = self._fit_generation, self._client_id, self.draft()

        def checked(fit: CardFit) -> None:
            if generation == self._fit_generation:
                self._show_fit_problems(fit.problems)
                self._show_room_taken(fit)
                self.fit_checked.emit(fit.problems)

        self._desk_handle.op(self, lambda desk: desk.printing.card_fit(client_id, draft)) \
            .success(checked).failure(self._show_error).run()

    def _show_fit_problems(self, problems: list[CardFitProblem]) -> None:
        self._fit_problems = problems
        for box in self.situation_boxes:
            for part in ("description", "alternatives", "whom_to_turn_to"):
                field = box.text_field(part)
                if field is not None:
                    field.setStyleSheet("")
        if not problems:
            self.fit_banner.hide()
            self.fit_banner.clear()
            return
        for problem in problems:
            parts = problem.field.split(".")
            if parts[0] == "situations" and len(parts) == 3 and int(parts[1]) < len(self.situation_boxes):
                field = self.situation_boxes[int(parts[1])].text_field(parts[2])
                if field is not None:
                    field.setStyleSheet(FIELD_PROBLEM_STYLE)
        if self.large_print_check.isChecked():
            advice = self.tr("The text does not fit on the card, even in the smallest large print. "
                             "Shorten the marked text or turn off large print:")
        else:
            advice = self.tr("The text does not fit on the card, even in the smallest print. "
                             "Shorten the marked text:")
        lines = [advice]
        lines += [f"• {fit_problem_text(problem)}" for problem in problems]
        self.fit_banner.setText("\n".join(lines))
        self.fit_banner.show()

    def _show_room_taken(self, fit: CardFit) -> None:
        """Says, while typing, that the text made the card take more fold-outs than planned."""
        extra = fit.fold_outs - fit.planned
        if fit.problems or extra <= 0:
            self.room_label.hide()
            return
        self.room_label.setText(self.tr(
            "The text needs more room than planned: the card prints as %n fold-out(s), "
            "numbers or situations continue on the next one.", "", fit.fold_outs))
        self.room_label.show()

    @property
    def fit_check_pending(self) -> bool:
        """A fit check is waiting for typing to pause (its result follows as ``fit_checked``)."""
        return self._fit_timer.isActive()

    @property
    def fit_problems(self) -> list[CardFitProblem]:
        return list(self._fit_problems)

    # --- printing -----------------------------------------------------------------------------
    def _on_print_button_clicked(self) -> None:
        self._render_for_output(self._print_pdf)

    def _on_save_pdf_button_clicked(self) -> None:
        self._render_for_output(self._save_pdf)

    def _render_for_output(self, deliver: Callable[[bytes], None]) -> None:
        """Save the form as a version if it changed, then render exactly that saved version.

        A card that does not fit is never printed (text would be lost or run over the other card):
        the worker is told what to shorten. An empty card is printed only when the worker says so.
        """
        if not self._client_id:
            return
        client_id, draft, viewed = self._client_id, self.draft(), self._viewed
        shown = viewed.draft if viewed is not None else draft
        if not any(situation.description.strip() for situation in shown.situations) and not messages.confirm(
                self, self.tr("Relapse card"),
                self.tr("The card has no risk situation yet: it would print with empty inner panels.\n\n"
                        "Print it anyway?")):
            return
        # A relapse asks for a look at the card; printing it unchanged asks whether that happened.
        review_since, unchanged = self.review_since, viewed is not None or not self._dirty
        if review_since is not None and unchanged and not messages.confirm(
                self, self.tr("Relapse card"),
                self.tr("A relapse was recorded on %1 and the card is unchanged since.\n\n"
                        "Have you gone through it with the client? Yes prints it and marks it as looked at.")
                .replace("%1", format_date(review_since))):
            return
        self._clear_validation()

        def render(desk):
            if review_since is not None and unchanged:
                desk.cards.mark_reviewed(client_id)
            from casedesk.services.printing import (
                CardNotPrintable,  # printing loads ReportLab: on first print
            )

            printer = desk.printing
            saved = None
            version_id = viewed.id if viewed is not None else None
            if version_id is None:
                version = desk.cards.save(client_id, draft)
                saved, version_id = (version, desk.cards.versions(client_id)), version.id
            try:
                return saved, printer.card_version_bytes(version_id), None
            except CardNotPrintable as refused:
                return saved, None, refused

        def rendered(result) -> None:
            saved, pdf, refused = result
            if review_since is not None and unchanged:
                self.review_since = None
                self.card_reviewed.emit()
            if saved is not None:
                self._on_saved(client_id, *saved)
            if pdf is not None:
                deliver(pdf)
                return
            self._show_fit_problems(refused.problems)
            messages.warning(self, self.tr("Relapse card"), not_printable_text(refused.client_name, refused.problems))

        self._desk_handle.op(self, render).with_progress(self.tr("Preparing the card…")) \
            .success(rendered).failure(self._on_save_failed).run()

    def _print_pdf(self, pdf: bytes) -> None:
        document, buffer = load_pdf(pdf, self)
        try:
            print_with_dialog(self, document, pdf)
        finally:
            document.deleteLater()
            buffer.deleteLater()

    def _save_pdf(self, pdf: bytes) -> None:
        path = save_pdf(self, pdf, CARD_FILE_NAME)
        if path is not None:
            self.pdf_saved.emit(path)

    def _open_preview(self, preview: CardPreview) -> None:
        dialog: DocumentPreviewDialog = show_preview(
            self, preview.pdf, self.tr("Relapse card – preview"), CARD_FILE_NAME,
            refusal=self.tr("This card does not fit and is not printed like this: shorten the text marked in "
                            "the card editor.") if preview.problems else "")
        self.preview_opened.emit(dialog)

    def _show_error(self, error: BaseException) -> None:
        messages.warning(self, self.tr("Relapse card"), error_text(error))
