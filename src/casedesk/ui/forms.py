"""Declarative forms: a list of fields builds the widgets, reads and writes a draft, shows problems.

A ``Field``'s name is the draft's attribute and the key of a ``ValidationFailed`` problem, so a
field is declared once and every edit dialog gets the same widgets, limits, errors and parking
for the auto-lock. Kinds: a line, a text, a date that may be unknown, a date and time, a check,
a choice and a scale.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from casedesk.ui.vocabulary import date_format, datetime_format, time_format, to_qdatetime
from casedesk.ui.widgets import ErrorLabel, OneStopDateTimeEdit

INVALID_DATE = "invalid_date"
# Typed dates are read in the locale's order first, then in these, so "15.03.1980", "15031980",
# "15.3.80" and "1980-03-15" all work whatever the display format.
_TYPED_DATE_FORMATS = ("dd.MM.yyyy", "d.M.yyyy", "dd.MM.yy", "d.M.yy", "ddMMyyyy", "ddMMyy", "yyyy-MM-dd",
                       "dd-MM-yyyy", "d-M-yyyy", "dd/MM/yyyy", "d/M/yyyy")


class Kind(Enum):
    LINE = "line"
    TEXT = "text"
    DATE = "date"
    DATETIME = "datetime"
    TIME = "time"
    CHECK = "check"
    CHOICE = "choice"
    SCALE = "scale"


@dataclass(frozen=True)
class Field:
    """One input. ``label`` is translated and carries its mnemonic (``&``).

    ``beside``: sits to the right of the field declared before it, in the same row (a check that
    qualifies it). ``disables``/``enables``: a check that greys out the named field while it is
    ticked / while it is not.
    ``unknown_text``: a date's placeholder while it is empty (unknown). ``answers``: editing
    this field also settles that field's problem (a name problem is solved by typing an alias).
    ``row_label``: the row's label when a check starts a row (the check keeps ``label``).
    """

    name: str
    label: str
    kind: Kind = Kind.LINE
    max_length: int = 0
    placeholder: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    minimum: int = 0
    maximum: int = 100
    unknown_text: str = ""
    beside: bool = False
    disables: str = ""
    lines: int = 3
    answers: str = ""
    row_label: str = ""
    enables: str = ""


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def parse_typed_date(text: str) -> date | None:
    """The date the worker typed, or None when it cannot be read (empty text is not a date either)."""
    text = text.strip()
    if not text:
        return None
    for pattern in (date_format(), *_TYPED_DATE_FORMATS):
        parsed = QDate.fromString(text, pattern)
        if parsed.isValid():
            if "yyyy" not in pattern and parsed.year() < 1930:
                # Two-digit years: Qt reads "80" as 1980 but "25" as 1925; a date in this
                # century is what a worker means by a small number.
                parsed = parsed.addYears(100)
            return parsed.toPython()
    return None


class DateField(QWidget):
    """A date that may be unknown: typed as text (any common order), or picked from a calendar.

    ``QDateEdit`` cannot be empty; the old "minimum date means unknown" trick swallowed typed
    digits and opened its calendar in December 1899. Empty text here means unknown.
    """

    edited = Signal()

    def __init__(self, unknown_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setPlaceholderText(unknown_text or date_format().lower())
        self.line.setToolTip(QCoreApplication.translate("Forms", "Type a date such as %1, or press Alt+Down for a "
                                                        "calendar; leave it empty when it is not known.")
                             .replace("%1", QDate(1980, 3, 15).toString(date_format())))
        self.calendar_button = QToolButton()
        self.calendar_button.setText("…")
        self.calendar_button.setToolTip(QCoreApplication.translate("Forms", "Pick a date (Alt+Down)"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.clicked.connect(self.open_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.line)
        self.line.textEdited.connect(lambda _text: self.edited.emit())
        self.line.installEventFilter(self)
        self._menu: QMenu | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.line and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
                and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.open_calendar()
            return True
        if watched is self.line and event.type() == QEvent.Type.FocusOut:
            value = self.value()
            if value is not None:
                self.line.setText(_qdate(value).toString(date_format()))
        return super().eventFilter(watched, event)

    def is_valid(self) -> bool:
        return not self.line.text().strip() or self.value() is not None

    def value(self) -> date | None:
        return parse_typed_date(self.line.text())

    def set_value(self, value: date | None) -> None:
        self.line.setText(_qdate(value).toString(date_format()) if value else "")

    def open_calendar(self) -> None:
        """Opens at the field's date, or today when it is empty (never at Qt's minimum date)."""
        calendar = QCalendarWidget()
        calendar.setGridVisible(True)
        current = self.value()
        calendar.setSelectedDate(_qdate(current) if current else QDate.currentDate())
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def picked(chosen: QDate) -> None:
            self.line.setText(chosen.toString(date_format()))
            self.edited.emit()
            menu.close()
            self.line.setFocus()

        calendar.activated.connect(picked)
        calendar.clicked.connect(picked)
        self._menu = menu
        menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.setFocus()


def one_stop_datetime_edit() -> QDateTimeEdit:
    edit = OneStopDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(datetime_format())
    return edit


class Form(QObject):
    """The widgets of ``fields`` in a ``QFormLayout``; ``edited`` fires on any change by the worker."""

    edited = Signal()

    def __init__(self, fields: Sequence[Field], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields = tuple(fields)
        self.layout = QFormLayout()
        self.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.widgets: dict[str, QWidget] = {}
        self.problem_labels: dict[str, ErrorLabel] = {}
        self._loaded: dict[str, Any] = {}
        row: QHBoxLayout | None = None
        for position, field in enumerate(self.fields):
            widget = self._build(field)
            self.widgets[field.name] = widget
            following = self.fields[position + 1] if position + 1 < len(self.fields) else None
            if field.beside:
                assert row is not None, f"{field.name} cannot sit beside nothing"
                row.addWidget(widget)
            elif following is not None and following.beside:
                row = QHBoxLayout()
                row.addWidget(widget, 1)
                label = QLabel(field.row_label or field.label)
                label.setBuddy(widget)
                self.layout.addRow(label, row)
            else:
                row = None
                self.layout.addRow(field.row_label or (field.label if field.kind is not Kind.CHECK else ""), widget)
            if following is None or not following.beside:
                self._add_problem_rows(position)
        for field in self.fields:
            check = self.widgets[field.name]
            if field.disables:
                target = self.widgets[field.disables]
                check.toggled.connect(lambda ticked, target=target: target.setEnabled(not ticked))
            if field.enables:
                target = self.widgets[field.enables]
                target.setEnabled(False)
                check.toggled.connect(target.setEnabled)
        self._loaded = self.values()

    def _add_problem_rows(self, position: int) -> None:
        """One problem line under a row, for the row's field and the ones beside it."""
        names = [self.fields[position].name]
        index = position
        while self.fields[index].beside:
            index -= 1
            names.append(self.fields[index].name)
        label = ErrorLabel()
        label.add_to(self.layout)
        for name in names:
            self.problem_labels[name] = label

    def _build(self, field: Field) -> QWidget:
        kind = field.kind
        if kind is Kind.LINE:
            widget = QLineEdit()
            if field.max_length:
                widget.setMaxLength(field.max_length)
            widget.setPlaceholderText(field.placeholder)
            widget.textEdited.connect(lambda _text: self._on_widget_edited(field.name))
        elif kind is Kind.TEXT:
            widget = QPlainTextEdit()
            widget.setTabChangesFocus(True)
            widget.setPlaceholderText(field.placeholder)
            height = widget.fontMetrics().lineSpacing() * field.lines + 12
            widget.setFixedHeight(height)
            widget.textChanged.connect(lambda: self._on_widget_edited(field.name))
        elif kind is Kind.DATE:
            widget = DateField(field.unknown_text)
            widget.edited.connect(lambda: self._on_widget_edited(field.name))
        elif kind is Kind.DATETIME:
            widget = one_stop_datetime_edit()
            widget.dateTimeChanged.connect(lambda _value: self._on_widget_edited(field.name))
        elif kind is Kind.TIME:
            widget = QTimeEdit(QTime(10, 0))
            widget.setDisplayFormat(time_format())
            widget.timeChanged.connect(lambda _value: self._on_widget_edited(field.name))
        elif kind is Kind.CHECK:
            widget = QCheckBox(field.label)
            widget.toggled.connect(lambda _ticked: self._on_widget_edited(field.name))
        elif kind is Kind.CHOICE:
            widget = QComboBox()
            for value, text in field.choices:
                widget.addItem(text, value)
            widget.currentIndexChanged.connect(lambda _index: self._on_widget_edited(field.name))
        else:
            widget = QSpinBox()
            widget.setRange(field.minimum, field.maximum)
            widget.valueChanged.connect(lambda _value: self._on_widget_edited(field.name))
        widget.setObjectName(field.name)
        return widget

    def _on_widget_edited(self, name: str) -> None:
        # A problem is about what was typed before; once that changes it no longer applies.
        field = next(field for field in self.fields if field.name == name)
        for settled in (name, field.answers):
            label = self.problem_labels.get(settled)
            if label is not None:
                label.clear_problem()
        self.edited.emit()

    # --- values ------------------------------------------------------------------------------------
    def value(self, name: str) -> Any:
        widget = self.widgets[name]
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, DateField):
            return widget.value()
        if isinstance(widget, QTimeEdit):
            return widget.time().toPython().replace(second=0, microsecond=0)
        if isinstance(widget, QDateTimeEdit):
            return widget.dateTime().toPython().replace(second=0, microsecond=0)
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        return widget.value()

    def set_value(self, name: str, value: Any) -> None:
        widget = self.widgets[name]
        if isinstance(widget, QLineEdit):
            widget.setText(value or "")
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif isinstance(widget, DateField):
            widget.set_value(value)
        elif isinstance(widget, QTimeEdit):
            widget.setTime(QTime(value.hour, value.minute) if value else QTime(10, 0))
        elif isinstance(widget, QDateTimeEdit):
            widget.setDateTime(to_qdatetime(value) if value else QDateTime.currentDateTime())
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        else:
            widget.setValue(int(value or 0))

    def values(self) -> dict[str, Any]:
        return {field.name: self.value(field.name) for field in self.fields}

    def load(self, draft: Any) -> None:
        """Show ``draft`` (a dataclass holding at least the fields' names); it counts as unchanged."""
        for field in self.fields:
            self.set_value(field.name, getattr(draft, field.name))
        self.clear_problems()
        self._loaded = self.values()

    def read(self, draft: Any) -> Any:
        """``draft`` with the fields' values put in (a disabled field reads as empty)."""
        values = self.values()
        for field in self.fields:
            if field.disables and values[field.name]:
                values[field.disables] = type(values[field.disables])()
        return dataclasses.replace(draft, **values)

    def is_modified(self) -> bool:
        return self.values() != self._loaded

    # --- parking for the auto-lock ------------------------------------------------------------------
    def parked_values(self) -> dict[str, Any]:
        """The values as JSON: dates as ISO text, and what a date field holds that is not a date yet."""
        parked: dict[str, Any] = {}
        for field in self.fields:
            widget = self.widgets[field.name]
            if isinstance(widget, DateField):
                parked[field.name] = {"typed": widget.line.text()}
            else:
                value = self.value(field.name)
                parked[field.name] = value.isoformat() if isinstance(value, (datetime, time)) else value
        return parked

    def restore_parked(self, parked: dict[str, Any]) -> None:
        for field in self.fields:
            if field.name not in parked:
                continue
            value = parked[field.name]
            widget = self.widgets[field.name]
            if isinstance(widget, DateField):
                widget.line.setText(value.get("typed", "") if isinstance(value, dict) else "")
            elif isinstance(widget, QTimeEdit):
                self.set_value(field.name, time.fromisoformat(value) if value else None)
            elif isinstance(widget, QDateTimeEdit):
                self.set_value(field.name, datetime.fromisoformat(value) if value else None)
            else:
                self.set_value(field.name, value)

    # --- problems --------------------------------------------------------------------------------
    def problems_before_saving(self) -> dict[str, str]:
        """What the form itself can tell is wrong (a date that cannot be read)."""
        return {name: INVALID_DATE for name, widget in self.widgets.items()
                if isinstance(widget, DateField) and not widget.is_valid()}

    def clear_problems(self) -> None:
        for label in set(self.problem_labels.values()):
            label.clear_problem()

    def show_problems(self, problems: dict[str, str]) -> dict[str, str]:
        """Show each problem at its field and focus the first; returns those without a field here."""
        self.clear_problems()
        unplaced = {}
        first: QWidget | None = None
        for name, code in problems.items():
            label = self.problem_labels.get(name)
            if label is None:
                unplaced[name] = code
                continue
            if code == INVALID_DATE:
                label.show_text(QCoreApplication.translate("Forms", "Enter a date such as %1, or leave it empty.")
                                .replace("%1", QDate(1980, 3, 15).toString(date_format())))
            else:
                label.show_problem(code)
            first = first or self.widgets[name]
        if first is not None:
            first.setFocus()
        return unplaced

