"""Street work in the window: items typed as "10 syringes, 1 naloxone", the round tally, activities.

- ``ItemsField``: the items handed out, typed in one line ("10 spr 2 nal": a number and the start
  of an item's name, in either order); the line under it says what was understood. The quick
  capture and the round tally both use it.
- ``RoundDialog`` (Street › Street round…, Ctrl+Shift+R): place, time, duration, the people met
  by sex and age band (or only in all, estimated), talks, items. Ctrl+Enter saves.
- ``ActivityDialog`` (Street › Record activity…, Ctrl+Shift+A): work that is no contact, in two
  keystrokes: it opens on the kind and duration used last, so Ctrl+Enter saves it; a digit picks
  another kind.
"""

import dataclasses
import re
import unicodedata
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain import MAX_ITEM_COUNT, ActivityKind, AgeBand, HarmReductionItem, Sex, tally_key
from casedesk.paths import config_dir
from casedesk.services.contacts import MAX_DURATION_MINUTES
from casedesk.services.errors import ValidationFailed
from casedesk.services.field_limits import CLIENT_FIELD_LIMITS as CODE_PERSON_LIMITS
from casedesk.services.street import CODE_LIMIT, ActivityDraft, CodePersonDraft, ItemEntry, RoundDraft
from casedesk.ui import errors, messages
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.edit_dialog import EditDialog
from casedesk.ui.forms import Field, Form, Kind
from casedesk.ui.settings import SETTINGS_FILE_NAME
from casedesk.ui.vocabulary import from_qdatetime
from casedesk.ui.widgets import HINT_STYLE, ErrorLabel, OneStopDateTimeEdit, fit_to_screen

translate = QCoreApplication.translate
ROUND_SHORTCUT = "Ctrl+Shift+R"
ACTIVITY_SHORTCUT = "Ctrl+Shift+A"
#: How long an activity is when the worker has not recorded one of its kind yet.
DEFAULT_ACTIVITY_MINUTES = 60


# --- words ----------------------------------------------------------------------------------------

def built_in_item_name(code: str) -> str:
    return {
        HarmReductionItem.SYRINGES: translate("Street", "syringes"),
        HarmReductionItem.NEEDLES: translate("Street", "needles"),
        HarmReductionItem.NALOXONE: translate("Street", "naloxone kits"),
        HarmReductionItem.FOIL: translate("Street", "foil"),
        HarmReductionItem.PIPES: translate("Street", "pipes"),
        HarmReductionItem.CONDOMS: translate("Street", "condoms"),
        HarmReductionItem.FOOD: translate("Street", "food"),
        HarmReductionItem.DRINKS: translate("Street", "drinks"),
        HarmReductionItem.SLEEPING_BAG: translate("Street", "sleeping bags"),
        HarmReductionItem.CLOTHING: translate("Street", "clothing"),
        HarmReductionItem.HYGIENE: translate("Street", "hygiene articles"),
        HarmReductionItem.INFO_MATERIAL: translate("Street", "information material"),
    }.get(code, code)


def item_name(entry: ItemEntry) -> str:
    return entry.label or built_in_item_name(entry.code)


def activity_kind_name(code: str) -> str:
    return {
        ActivityKind.TEAM_MEETING: translate("Street", "Team meeting"),
        ActivityKind.DOCUMENTATION: translate("Street", "Documentation"),
        ActivityKind.TRAVEL: translate("Street", "Travel"),
        ActivityKind.NETWORK: translate("Street", "Network work without the client"),
        ActivityKind.TRAINING: translate("Street", "Further training"),
        ActivityKind.SUPERVISION: translate("Street", "Supervision"),
        ActivityKind.OTHER: translate("Street", "Other"),
    }.get(code, code)


def sex_name(code: str) -> str:
    return {Sex.FEMALE: translate("Street", "female"), Sex.MALE: translate("Street", "male"),
            Sex.DIVERSE: translate("Street", "diverse"), Sex.UNKNOWN: translate("Street", "not known")}.get(code, code)


def age_band_name(code: str) -> str:
    if code == AgeBand.UNKNOWN:
        return translate("Street", "age not known")
    if code == AgeBand.FROM_60:
        return translate("Street", "60 and older")
    if code == AgeBand.UNDER_18:
        return translate("Street", "under 18")
    return code.replace("-", "–")


# --- items in one line ------------------------------------------------------------------------------

def _folded(text: str) -> str:
    """Case, accents and the ways of typing umlauts away: "Wärme", "waerme" and "warme" are one."""
    text = text.casefold().translate(str.maketrans({"ß": "ss", "ø": "o", "æ": "a", "å": "a"}))
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return re.sub(r"([aou])e", r"\1", text)


_TOKENS = re.compile(r"\d+|[^\W\d_][^\d,;]*", re.UNICODE)


def parse_items(text: str, entries: list[ItemEntry]) -> tuple[dict[str, int], str]:
    """({item code: count}, "") or ({}, what could not be read). A name without a number counts once."""
    names = [(entry.code, _folded(item_name(entry))) for entry in entries]

    def code_of(word: str) -> tuple[str, str]:
        folded = _folded(word.strip(" x×:-"))
        exact = [code for code, name in names if name == folded]
        found = exact or [code for code, name in names if name.startswith(folded) or folded.startswith(name)]
        if len(set(found)) == 1:
            return found[0], ""
        template = (translate("Street", "“%1” names more than one item.") if found
                    else translate("Street", "“%1” is no item on the team's list."))
        return "", template.replace("%1", word.strip())

    counts: dict[str, int] = {}
    number: int | None = None
    word: str | None = None

    def add(name: str, count: int) -> str:
        code, problem = code_of(name)
        if not problem:
            counts[code] = counts.get(code, 0) + count
        return problem

    for token in _TOKENS.findall(text):
        token = token.strip()
        if not token or token in "x×":
            continue
        if token.isdigit():
            if word is not None:
                problem, word = add(word, int(token)), None
            elif number is None:
                number, problem = int(token), ""
            else:
                problem = translate("Street", "Two numbers follow each other: %1.").replace("%1", token)
        elif number is not None:
            problem, number = add(token, number), None
        elif word is not None:
            problem, word = add(word, 1), token
        else:
            word, problem = token, ""
        if problem:
            return {}, problem
    if number is not None:
        return {}, translate("Street", "Which item are the last %1?").replace("%1", str(number))
    if word is not None:
        problem = add(word, 1)
        if problem:
            return {}, problem
    if any(count > MAX_ITEM_COUNT for count in counts.values()):
        return {}, translate("Street", "At most %1 of one item.").replace("%1", str(MAX_ITEM_COUNT))
    return counts, ""


def items_text(items: dict[str, int], entries: list[ItemEntry]) -> str:
    """"10 syringes, 1 naloxone kits" (in the list's order)."""
    order = {entry.code: (position, item_name(entry)) for position, entry in enumerate(entries)}
    ordered = sorted(items.items(), key=lambda pair: order.get(pair[0], (len(order), pair[0])))
    return ", ".join(f"{count} {order.get(code, (0, code))[1]}" for code, count in ordered if count)


class ItemsField(QWidget):
    """A line for the items handed out and, under it, what was understood (or what not)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[ItemEntry] = []
        self.line = QLineEdit()
        self.line.setPlaceholderText(translate("Street", "e.g. 10 syringes, 1 naloxone"))
        self.hint = QLabel()
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.line)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.line)
        self.line.textChanged.connect(self._on_line_text_changed)
        self._show_hint()

    def set_entries(self, entries: list[ItemEntry]) -> None:
        self.entries = entries
        self.line.setToolTip(translate("Street", "Items on the team's list: %1").replace(
            "%1", ", ".join(item_name(entry) for entry in entries)))
        self._show_hint()

    def items(self) -> dict[str, int]:
        return parse_items(self.line.text(), self.entries)[0]

    def problem(self) -> str:
        return parse_items(self.line.text(), self.entries)[1]

    def set_items(self, items: dict[str, int]) -> None:
        self.line.setText(items_text(items, self.entries))

    def _on_line_text_changed(self, _text: str) -> None:
        self._show_hint()
        self.edited.emit()

    def _show_hint(self) -> None:
        if not self.line.text().strip():
            self.hint.setText(translate("Street", "nothing handed out"))
            return
        items, problem = parse_items(self.line.text(), self.entries)
        self.hint.setText(problem or "= " + items_text(items, self.entries))


def _load_items(desk_handle: DeskHandle, parent: QWidget, field: ItemsField) -> None:
    desk_handle.op(parent, lambda desk: desk.street.item_list()).success(field.set_entries).run()


def _shortcuts_save(dialog: QDialog, save) -> None:
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog, save, context=Qt.ShortcutContext.WindowShortcut)


def _spin(maximum: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    if suffix:
        spin.setSuffix(suffix)
    return spin


# --- the round tally ------------------------------------------------------------------------------

class RoundDialog(QDialog):
    """A street round or group contact, counted. ``saved`` carries a one-line summary."""

    saved = Signal(str)

    def __init__(self, desk_handle: DeskHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self.setWindowTitle(self.tr("Street round"))
        self.started_at = OneStopDateTimeEdit(QDateTime.currentDateTime().addSecs(-3600))
        self.started_at.setCalendarPopup(True)
        self.started_at.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.duration = _spin(MAX_DURATION_MINUTES, self.tr(" min"))
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("e.g. Kottbusser Tor"))
        self.cells: dict[str, QSpinBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        sexes = [Sex.FEMALE, Sex.MALE, Sex.DIVERSE, Sex.UNKNOWN]
        for column, sex in enumerate(sexes, start=1):
            grid.addWidget(QLabel(sex_name(sex)), 0, column, Qt.AlignmentFlag.AlignCenter)
        for row, band in enumerate(AgeBand, start=1):
            grid.addWidget(QLabel(age_band_name(band)), row, 0)
            for column, sex in enumerate(sexes, start=1):
                spin = _spin(MAX_ITEM_COUNT)
                spin.setAccessibleName(f"{sex_name(sex)}, {age_band_name(band)}")
                self.cells[tally_key(sex, band)] = spin
                grid.addWidget(spin, row, column)
        self.people_box = QWidget()
        self.people_box.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        self.people_total = _spin(MAX_ITEM_COUNT)
        self.people_total.setToolTip(self.tr("When more were met than the table counts, or only roughly how many"))
        self.approximate = QCheckBox(self.tr("&approximate"))
        total_row = QHBoxLayout()
        total_row.addWidget(self.people_total)
        total_row.addWidget(self.approximate)
        total_row.addStretch(1)
        self.talks = _spin(MAX_ITEM_COUNT)
        self.items = ItemsField()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 2 + 12)
        self.note.setPlaceholderText(self.tr("Counts only: no names here"))
        self.problem = ErrorLabel()

        form = QFormLayout()
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("&Started:"), self.started_at)
        form.addRow(self.tr("&Duration:"), self.duration)
        people_label = QLabel(self.tr("People &met:"))
        people_label.setBuddy(self.cells[tally_key(Sex.FEMALE, AgeBand.UNDER_18)])
        form.addRow(people_label, self.people_box)
        # Labels of a row that is a layout, or a widget that hands its focus on, need their buddy named.
        total_label = QLabel(self.tr("&In all:"))
        total_label.setBuddy(self.people_total)
        form.addRow(total_label, total_row)
        form.addRow(self.tr("&Talks:"), self.talks)
        items_label = QLabel(self.tr("It&ems:"))
        items_label.setBuddy(self.items.line)
        form.addRow(items_label, self.items)
        form.addRow(self.tr("&Note:"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        _shortcuts_save(self, self.save)
        for spin in self.cells.values():
            spin.valueChanged.connect(self._on_cell_value_changed)
        self.place.setFocus()
        _load_items(desk_handle, self, self.items)
        fit_to_screen(self)

    def _on_cell_value_changed(self, _value: int) -> None:
        counted = sum(spin.value() for spin in self.cells.values())
        if self.people_total.value() < counted:
            self.people_total.setValue(counted)

    def draft(self) -> RoundDraft:
        return RoundDraft(started_at=from_qdatetime(self.started_at.dateTime()),
                          duration_minutes=self.duration.value(), place=self.place.text(),
                          people={key: spin.value() for key, spin in self.cells.items() if spin.value()},
                          people_total=self.people_total.value(), approximate=self.approximate.isChecked(),
                          talks=self.talks.value(), items=self.items.items(), note=self.note.toPlainText())

    def save(self) -> None:
        if not self.buttons.isEnabled():
            return
        self.problem.clear_problem()
        problem = self.items.problem()
        if problem:
            self.problem.show_text(problem)
            self.items.setFocus()
            return
        draft = self.draft()
        self.buttons.setEnabled(False)
        self._desk_handle.op(self, lambda desk: desk.street.record_round(draft)).success(
            lambda _round_id: self._on_saved(draft)).failure(self._on_save_failed).run()

    def _on_saved(self, draft: RoundDraft) -> None:
        self.buttons.setEnabled(True)
        met = max(sum(draft.people.values()), draft.people_total)
        self.saved.emit(self.tr("Round saved: %n people met", "", met))
        self.accept()

    def _on_save_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        text = (errors.validation_summary(error) if isinstance(error, ValidationFailed)
                else errors.error_text(error))
        messages.warning(self, self.tr("Round not saved"), text)

    def _typed(self) -> bool:
        return bool(self.place.text().strip() or self.note.toPlainText().strip() or self.items.line.text().strip()
                    or any(spin.value() for spin in self.cells.values()) or self.people_total.value()
                    or self.talks.value())

    def reject(self) -> None:
        if self._typed() and not messages.confirm(self, self.tr("Discard round?"),
                                                  self.tr("The counts you entered will be lost.")):
            return
        super().reject()

    # --- the auto-lock parks what was typed (inside the desk) and gives it back after unlock -------
    def draft_for_lock(self) -> dict | None:
        if not self._typed():
            return None
        return {"started_at": self.started_at.dateTime().toString(Qt.DateFormat.ISODate),
                "duration_minutes": self.duration.value(), "place": self.place.text(),
                "people": {key: spin.value() for key, spin in self.cells.items() if spin.value()},
                "people_total": self.people_total.value(), "approximate": self.approximate.isChecked(),
                "talks": self.talks.value(), "items": self.items.line.text(), "note": self.note.toPlainText()}

    def restore_draft(self, draft: dict) -> None:
        started = QDateTime.fromString(str(draft.get("started_at", "")), Qt.DateFormat.ISODate)
        if started.isValid():
            self.started_at.setDateTime(started)
        self.duration.setValue(int(draft.get("duration_minutes") or 0))
        self.place.setText(str(draft.get("place", "")))
        people = draft.get("people") if isinstance(draft.get("people"), dict) else {}
        for key, spin in self.cells.items():
            spin.setValue(int(people.get(key) or 0))
        self.people_total.setValue(int(draft.get("people_total") or 0))
        self.approximate.setChecked(bool(draft.get("approximate")))
        self.talks.setValue(int(draft.get("talks") or 0))
        self.items.line.setText(str(draft.get("items", "")))
        self.note.setPlainText(str(draft.get("note", "")))


# --- activities -----------------------------------------------------------------------------------

class _ActivityMemory:
    """The kind and, per kind, the duration last recorded on this computer (no client data)."""

    def __init__(self) -> None:
        self._store = QSettings(str(config_dir() / SETTINGS_FILE_NAME), QSettings.Format.IniFormat)

    @property
    def kind(self) -> str:
        value = str(self._store.value("activity/last_kind", ActivityKind.DOCUMENTATION.value))
        return value if value in set(ActivityKind) else ActivityKind.DOCUMENTATION.value

    def minutes(self, kind: str) -> int:
        try:
            return int(self._store.value(f"activity/minutes_{kind}", DEFAULT_ACTIVITY_MINUTES))
        except (TypeError, ValueError):
            return DEFAULT_ACTIVITY_MINUTES

    def remember(self, kind: str, minutes: int) -> None:
        self._store.setValue("activity/last_kind", kind)
        self._store.setValue(f"activity/minutes_{kind}", int(minutes))


class ActivityDialog(QDialog):
    """Work that is no contact. Opens on the kind last used with its duration: Ctrl+Enter saves."""

    saved = Signal(str)
    KIND_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, desk_handle: DeskHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._memory = _ActivityMemory()
        self.setWindowTitle(self.tr("Record activity"))
        self.kinds = QListWidget()
        for number, kind in enumerate(ActivityKind, start=1):
            item = QListWidgetItem(f"{number}  {activity_kind_name(kind)}")
            item.setData(self.KIND_ROLE, kind.value)
            self.kinds.addItem(item)
        # Every kind in sight, without scrolling (the row height is not known before the first show).
        row = max(self.kinds.sizeHintForRow(0), self.kinds.fontMetrics().height() + 6)
        self.kinds.setFixedHeight(row * len(ActivityKind) + 2 * self.kinds.frameWidth() + 4)
        self.kinds.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kinds.setMinimumWidth(max(self.kinds.sizeHintForColumn(0), 200) + 24)
        self.kinds.setAccessibleName(self.tr("Kind of activity"))
        self.duration = _spin(MAX_DURATION_MINUTES, self.tr(" min"))
        self.duration.setSingleStep(15)
        self.ended_at = OneStopDateTimeEdit(QDateTime.currentDateTime())
        self.ended_at.setCalendarPopup(True)
        self.ended_at.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("optional"))
        kinds_label = QLabel(self.tr("&Kind (1–%1):").replace("%1", str(len(ActivityKind))))
        kinds_label.setBuddy(self.kinds)
        form = QFormLayout()
        form.addRow(kinds_label, self.kinds)
        form.addRow(self.tr("&Duration:"), self.duration)
        form.addRow(self.tr("&Ended:"), self.ended_at)
        form.addRow(self.tr("&Note:"), self.note)
        hint = QLabel(self.tr("Ctrl+Enter saves; a digit picks the kind."))
        hint.setStyleSheet(HINT_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        _shortcuts_save(self, self.save)
        self.kinds.installEventFilter(self)
        self.kinds.currentItemChanged.connect(self._on_kinds_current_item_changed)
        self.choose(self._memory.kind)
        self.kinds.setFocus()
        fit_to_screen(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A digit picks the kind (the list's own type-to-search would look for a name starting with it).
        if (watched is self.kinds and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
                and event.text().isdigit() and 1 <= int(event.text()) <= len(ActivityKind)):
            self.choose(list(ActivityKind)[int(event.text()) - 1].value)
            return True
        return super().eventFilter(watched, event)

    def choose(self, kind: str) -> None:
        for row in range(self.kinds.count()):
            if self.kinds.item(row).data(self.KIND_ROLE) == kind:
                self.kinds.setCurrentRow(row)

    def kind(self) -> str:
        item = self.kinds.currentItem()
        return item.data(self.KIND_ROLE) if item else ActivityKind.OTHER.value

    def _on_kinds_current_item_changed(self, *_items) -> None:
        self.duration.setValue(self._memory.minutes(self.kind()))

    def draft(self) -> ActivityDraft:
        ended = from_qdatetime(self.ended_at.dateTime())
        return ActivityDraft(kind=self.kind(), occurred_at=ended - timedelta(minutes=self.duration.value()),
                             duration_minutes=self.duration.value(), note=self.note.text())

    def save(self) -> None:
        if not self.buttons.isEnabled():
            return
        draft = self.draft()
        self.buttons.setEnabled(False)
        self._desk_handle.op(self, lambda desk: desk.street.record_activity(draft)).success(
            lambda _id: self._on_saved(draft)).failure(self._on_save_failed).run()

    def _on_saved(self, draft: ActivityDraft) -> None:
        self.buttons.setEnabled(True)
        self._memory.remember(draft.kind, draft.duration_minutes)
        self.saved.emit(self.tr("Saved: %1, %2 min").replace("%1", activity_kind_name(draft.kind))
                        .replace("%2", str(draft.duration_minutes)))
        self.accept()

    def _on_save_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        text = (errors.validation_summary(error) if isinstance(error, ValidationFailed)
                else errors.error_text(error))
        messages.warning(self, self.tr("Activity not saved"), text)

    def draft_for_lock(self) -> dict | None:
        """Only a note is worth parking: the rest is two keystrokes away."""
        if not self.note.text().strip():
            return None
        return {"kind": self.kind(), "duration_minutes": self.duration.value(), "note": self.note.text(),
                "ended_at": self.ended_at.dateTime().toString(Qt.DateFormat.ISODate)}

    def restore_draft(self, draft: dict) -> None:
        self.choose(str(draft.get("kind", "")))
        self.duration.setValue(int(draft.get("duration_minutes") or 0))
        self.note.setText(str(draft.get("note", "")))
        ended = QDateTime.fromString(str(draft.get("ended_at", "")), Qt.DateFormat.ISODate)
        if ended.isValid():
            self.ended_at.setDateTime(ended)


# --- a code person's own record -------------------------------------------------------------------

def code_person_fields() -> tuple[Field, ...]:
    this_year = date.today().year
    return (
        Field("code", translate("CodePersonDialog", "&Code:"), max_length=CODE_LIMIT,
              placeholder=translate("CodePersonDialog", "e.g. KM71m: initials, birth year, sex")),
        Field("alias", translate("CodePersonDialog", "&Street name:"), max_length=CODE_PERSON_LIMITS["alias"],
              answers="code"),
        Field("sex", translate("CodePersonDialog", "Se&x:"), Kind.CHOICE,
              choices=(("", translate("CodePersonDialog", "not recorded")),
                       *((sex.value, sex_name(sex)) for sex in (Sex.FEMALE, Sex.MALE, Sex.DIVERSE)))),
        Field("birth_year", translate("CodePersonDialog", "Birth &year:"), Kind.SCALE, minimum=0, maximum=this_year),
        Field("whereabouts", translate("CodePersonDialog", "&Where to find:"), Kind.TEXT, lines=2),
    )


class CodePersonDialog(EditDialog):
    """A code person's few fields (no consent, card or plan); birth year 0 means not known.
    ``promote_requested`` asks for the new-client form that makes them a client."""

    reopen_key = "edit_client"
    promote_requested = Signal(str)

    def __init__(self, desk_handle: DeskHandle, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(desk_handle, Form(code_person_fields()), "code_person",
                         translate("CodePersonDialog", "Code person"), parent)
        self.client_id = client_id
        self.form.widgets["birth_year"].setSpecialValueText(translate("CodePersonDialog", "not known"))

        def save(desk, draft: CodePersonDraft) -> str:
            draft.birth_year = draft.birth_year or None
            desk.street.update_code_person(client_id, draft)
            return client_id

        self.set_save(CodePersonDraft(), save)
        self.promote_button = self.buttons.addButton(translate("CodePersonDialog", "Make a c&lient…"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.promote_button.setToolTip(translate("CodePersonDialog", "They gave their name, or a case begins: "
                                                 "the same record becomes a client, every contact stays theirs"))
        self.promote_button.clicked.connect(self._on_promote_button_clicked)
        desk_handle.op(self, lambda desk: desk.street.code_person(client_id)).success(self._on_loaded).run()
        self.form.widgets["code"].setFocus()

    def _on_promote_button_clicked(self) -> None:
        self.reject()  # asks before dropping an edit
        if not self.isVisible():
            self.promote_requested.emit(self.client_id)

    def _on_loaded(self, draft: CodePersonDraft) -> None:
        if self.form.is_modified():  # what the lock parked was put back before this arrived
            return
        self.form.load(dataclasses.replace(draft, birth_year=draft.birth_year or 0))
