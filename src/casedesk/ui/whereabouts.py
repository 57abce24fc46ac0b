"""Where to find a client (the client file's Whereabouts tab) and the outreach round (from Today).

The tab shows where the client was last seen (when, where, by whom, from the contacts' places,
newest first), their usual places (Insert adds, Return edits, Delete removes) and the photo-free
description they agreed to. The round: "Plan outreach round…" in Today lists the clients a
contact rule lists, the overdue ticked; printing keeps the choice inside the desk and opens the
sheet in the preview (save it where you choose, or print it). "Round results…" afterwards ticks,
per client, met (a street contact) or not met (a "tried to reach", which counts for the contact
rules), with the place.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain import UsualPlaceKind
from casedesk.services.whereabouts import (
    DESCRIPTION_LIMIT,
    PLACE_FIELD_LIMITS,
    PlannedRound,
    RoundCandidate,
    RoundResult,
    UsualPlaceDraft,
    UsualPlaceEntry,
    WhereaboutsView,
)
from casedesk.ui import errors, messages
from casedesk.ui.client_tabs import ClientTab
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.edit_dialog import EditDialog
from casedesk.ui.forms import Field, Form, Kind
from casedesk.ui.monitoring_rules import rule_title
from casedesk.ui.print_actions import ui_document_language
from casedesk.ui.vocabulary import client_name, format_date, format_datetime, printed_word
from casedesk.ui.widgets import fit_window_title, hint_label

translate = QCoreApplication.translate
PLACE_ID_ROLE = Qt.ItemDataRole.UserRole
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole
#: Minutes a contact met on the round counts unless the worker says otherwise (a KDS contact: 10).
ROUND_CONTACT_MINUTES = 10


def usual_place_kind_name(code: str) -> str:
    """A kind of usual place, in the words the round sheet prints."""
    return printed_word(f"usual_place.{code}", code)


# --- the client file's tab ---------------------------------------------------------------------

class UsualPlaceDialog(EditDialog):
    def __init__(self, desk_handle: DeskHandle, client_id: str, place: UsualPlaceEntry | None,
                 parent: QWidget | None = None) -> None:
        fields = (
            Field("kind", translate("UsualPlaceDialog", "&Kind:"), Kind.CHOICE,
                  choices=tuple((kind.value, usual_place_kind_name(kind.value)) for kind in UsualPlaceKind)),
            Field("name", translate("UsualPlaceDialog", "&Place:"), max_length=PLACE_FIELD_LIMITS["name"],
                  placeholder=translate("UsualPlaceDialog", "e.g. Kottbusser Tor, Praxis Dr. Sommer")),
            Field("hours", translate("UsualPlaceDialog", "&Hours:"), max_length=PLACE_FIELD_LIMITS["hours"],
                  placeholder=translate("UsualPlaceDialog", "e.g. Mon–Fri 8–10, dosing at 9")),
            Field("note", translate("UsualPlaceDialog", "&Note:"), Kind.TEXT, max_length=PLACE_FIELD_LIMITS["note"],
                  lines=2),
        )
        title = (translate("UsualPlaceDialog", "Usual place") if place is None
                 else translate("UsualPlaceDialog", "Edit usual place"))
        super().__init__(desk_handle, Form(fields), "usual_place", title, parent)
        self.client_id = client_id
        draft = place.draft if place is not None else UsualPlaceDraft()
        self.form.load(draft)
        place_id = place.id if place is not None else None

        def save(desk, saved: UsualPlaceDraft) -> str:
            if place_id is None:
                return desk.whereabouts.add_place(client_id, saved)
            desk.whereabouts.update_place(place_id, saved)
            return place_id

        self.set_save(draft, save)
        self.setMinimumWidth(440)


@dataclass(frozen=True)
class DescriptionDraft:
    agreed_description: str = ""
    description_agreed_on: date | None = None


class DescriptionDialog(EditDialog):
    """The photo-free description the client agreed to, and the day they agreed."""

    def __init__(self, desk_handle: DeskHandle, client_id: str, description: str, agreed_on: date | None,
                 parent: QWidget | None = None) -> None:
        fields = (
            Field("agreed_description", translate("DescriptionDialog", "&Description:"), Kind.TEXT,
                  max_length=DESCRIPTION_LIMIT, lines=4,
                  placeholder=translate("DescriptionDialog", "What a colleague may look for: clothes, a dog, "
                                                             "how they like to be addressed")),
            Field("description_agreed_on", translate("DescriptionDialog", "&Agreed on:"), Kind.DATE,
                  unknown_text=translate("DescriptionDialog", "not agreed")),
        )
        super().__init__(desk_handle, Form(fields), "agreed_description",
                         translate("DescriptionDialog", "Description the client agreed to"), parent)
        self.client_id = client_id
        note = hint_label(translate("DescriptionDialog", "No photo. Only what the client agreed to be described "
                                                         "by; the outreach round prints it. Empty clears it."))
        self.content.layout().insertWidget(0, note)
        draft = DescriptionDraft(description, agreed_on or (date.today() if not description else None))
        self.form.load(draft)
        self.set_save(draft, lambda desk, saved: desk.whereabouts.set_description(
            client_id, saved.agreed_description, saved.description_agreed_on))
        self.setMinimumWidth(480)


class WhereaboutsTab(ClientTab):
    KEY = "whereabouts"
    ORDER = 15
    TABLES = ("usual_place", "contact", "client", "worker")

    dialog_opened = Signal(object)

    def __init__(self, desk_handle: DeskHandle, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(desk_handle, client_id, parent)
        self.view: WhereaboutsView | None = None
        self.whereabouts_label = QLabel()
        self.whereabouts_label.setWordWrap(True)
        self.whereabouts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description_label = QLabel()
        self.description_label.setWordWrap(True)
        self.description_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description_button = QPushButton(self.tr("Descri&ption…"))
        self.description_button.setToolTip(self.tr("The photo-free description the client agreed to"))
        self.description_button.clicked.connect(self.open_description_dialog)

        self.places = QTreeWidget()
        self.places.setRootIsDecorated(False)
        self.places.setHeaderLabels([self.tr("Kind"), self.tr("Place"), self.tr("Hours"), self.tr("Note")])
        self.places.setAccessibleName(self.tr("Usual places"))
        header = self.places.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.places.itemActivated.connect(lambda _item: self.open_place_dialog(self.selected_place()))
        self.places.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add_button = QPushButton(self.tr("Add p&lace…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.add_button.clicked.connect(lambda: self.open_place_dialog(None))
        self.edit_button.clicked.connect(lambda: self.open_place_dialog(self.selected_place()))
        self.remove_button.clicked.connect(self.remove_selected_place)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.places, lambda: self.open_place_dialog(None),
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.places, self.remove_selected_place,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.places_empty = hint_label(self.tr("No usual places yet: the scene, a shelter, the substitution "
                                               "clinic with its hours."))

        self.trail = QTreeWidget()
        self.trail.setRootIsDecorated(False)
        self.trail.setHeaderLabels([self.tr("When"), self.tr("Where"), self.tr("By"), self.tr("Seen")])
        self.trail.setAccessibleName(self.tr("Last seen"))
        trail_header = self.trail.header()
        trail_header.setStretchLastSection(False)
        trail_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        trail_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        trail_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        trail_header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.trail_empty = hint_label(self.tr("No contact with a place yet: each contact's place is added here."))

        about = QGroupBox(self.tr("Where to find them"))
        about_layout = QFormLayout(about)
        about_layout.addRow(self.tr("In the client's details:"), self.whereabouts_label)
        description_row = QHBoxLayout()
        description_row.addWidget(self.description_label, 1)
        description_row.addWidget(self.description_button, 0, Qt.AlignmentFlag.AlignTop)
        about_layout.addRow(self.tr("Agreed description:"), description_row)
        places_box = QGroupBox(self.tr("Usual places"))
        places_layout = QVBoxLayout(places_box)
        places_layout.addWidget(self.places, 1)
        places_layout.addWidget(self.places_empty)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        places_layout.addLayout(buttons)
        trail_box = QGroupBox(self.tr("Last seen (from the contacts)"))
        trail_layout = QVBoxLayout(trail_box)
        trail_layout.addWidget(self.trail, 1)
        trail_layout.addWidget(self.trail_empty)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(places_box, 2)
        layout.addWidget(trail_box, 3)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Whereabouts")

    def reload(self) -> None:
        client_id = self.client_id
        self._start(1)
        self._desk_handle.op(self, lambda desk: desk.whereabouts.view(client_id)).success(self._on_view_loaded).run()

    def _on_view_loaded(self, view: WhereaboutsView) -> None:
        current = self.selected_place()
        self.view = view
        self.whereabouts_label.setText(view.whereabouts or self.tr("—"))
        if view.agreed_description and view.description_agreed_on:
            self.description_label.setText(self.tr("%1 (agreed on %2)").replace("%1", view.agreed_description)
                                           .replace("%2", format_date(view.description_agreed_on)))
        else:
            self.description_label.setText(self.tr("none agreed"))
        self.places.clear()
        for place in view.places:
            item = QTreeWidgetItem([usual_place_kind_name(place.draft.kind), place.draft.name, place.draft.hours,
                                    " ".join(place.draft.note.split())])
            item.setData(0, PLACE_ID_ROLE, place.id)
            self.places.addTopLevelItem(item)
            if current is not None and current.id == place.id:
                self.places.setCurrentItem(item)
        if self.places.currentItem() is None and view.places:
            self.places.setCurrentItem(self.places.topLevelItem(0))
        self.places_empty.setVisible(not view.places)
        self.trail.clear()
        for entry in view.trail:
            self.trail.addTopLevelItem(QTreeWidgetItem([
                format_datetime(entry.occurred_at), entry.place, entry.worker_name,
                self.tr("seen") if entry.met else self.tr("tried, not found")]))
        self.trail_empty.setVisible(not view.trail)
        self._update_buttons()
        self._part_loaded()

    def set_details(self, details) -> None:
        super().set_details(details)
        self._update_buttons()

    def selected_place(self) -> UsualPlaceEntry | None:
        item = self.places.currentItem()
        if item is None or self.view is None:
            return None
        return next((p for p in self.view.places if p.id == item.data(0, PLACE_ID_ROLE)), None)

    def _update_buttons(self) -> None:
        editable = not self.is_erased
        selected = self.selected_place() is not None
        self.add_button.setEnabled(editable)
        self.description_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and selected)
        self.remove_button.setEnabled(editable and selected)

    def open_place_dialog(self, place: UsualPlaceEntry | None) -> UsualPlaceDialog | None:
        if self.is_erased:
            return None
        return self._open(UsualPlaceDialog(self._desk_handle, self.client_id, place, self))

    def open_description_dialog(self) -> DescriptionDialog | None:
        if self.is_erased or self.view is None:
            return None
        return self._open(DescriptionDialog(self._desk_handle, self.client_id, self.view.agreed_description,
                                            self.view.description_agreed_on, self))

    def remove_selected_place(self) -> None:
        place = self.selected_place()
        if place is None or self.is_erased:
            return
        shown = place.draft.name or usual_place_kind_name(place.draft.kind)
        if not messages.confirm(self, self.tr("Remove usual place?"),
                                self.tr("Remove “%1” from the usual places?").replace("%1", shown)):
            return
        self._desk_handle.op(self, lambda desk: desk.whereabouts.remove_place(place.id)) \
            .success(lambda _result: self.reload()).run()

    def _open(self, dialog: EditDialog) -> EditDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _saved: self.reload())
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog


# --- the outreach round ------------------------------------------------------------------------

class RoundPlanDialog(QDialog):
    """Choose whom to look for (the overdue ticked) and print the round sheet."""

    #: The sheet is ready: its PDF (the preview shows it, saves it where the worker chooses, prints it).
    sheet_ready = Signal(bytes)
    loaded = Signal()

    def __init__(self, desk_handle: DeskHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self.setWindowTitle(self.tr("Plan outreach round"))
        about = hint_label(self.tr("Clients a contact rule lists on Today; the overdue are ticked. Space ticks "
                                   "or unticks. The sheet shows where each was last seen, their usual places "
                                   "and hours, the description they agreed to and what to do if you do not "
                                   "find them. Enter the results afterwards with Today › Round results…"))
        self.clients = QTreeWidget()
        self.clients.setRootIsDecorated(False)
        self.clients.setHeaderLabels([self.tr("Client"), self.tr("Why"), self.tr("Where to find")])
        self.clients.setAccessibleName(self.tr("Clients for the round"))
        header = self.clients.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.clients.itemChanged.connect(lambda *_: self._update_buttons())
        self.empty_note = hint_label(self.tr("No client is due for a contact."))
        self.empty_note.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.print_button = self.buttons.addButton(self.tr("&Print round…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.setDefault(True)
        self.buttons.accepted.connect(self.print_round)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.clients, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.buttons)
        self.resize(720, 440)
        fit_window_title(self)
        self._update_buttons()
        desk_handle.op(self, lambda desk: desk.whereabouts.round_candidates()).success(self._on_loaded).run()

    def _on_loaded(self, candidates: list[RoundCandidate]) -> None:
        self.clients.blockSignals(True)
        for candidate in candidates:
            if candidate.rule == "missed_appointment":
                why = rule_title(candidate.rule)
            elif candidate.days_without_contact is None:
                why = self.tr("never seen")
            elif candidate.rule == "contact_gap":
                why = self.tr("not met for %n day(s)", "", candidate.days_without_contact)
            else:
                why = self.tr("no contact for %n day(s)", "", candidate.days_without_contact)
            if candidate.overdue:
                why = self.tr("%1 (overdue)").replace("%1", why)
            item = QTreeWidgetItem([client_name(candidate.name), why, candidate.whereabouts])
            item.setData(0, CLIENT_ID_ROLE, candidate.client_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if candidate.overdue else Qt.CheckState.Unchecked)
            self.clients.addTopLevelItem(item)
        self.clients.blockSignals(False)
        if candidates:
            self.clients.setCurrentItem(self.clients.topLevelItem(0))
        self.empty_note.setVisible(not candidates)
        self.clients.setFocus()
        self._update_buttons()
        self.loaded.emit()

    def chosen_ids(self) -> list[str]:
        items = (self.clients.topLevelItem(row) for row in range(self.clients.topLevelItemCount()))
        return [item.data(0, CLIENT_ID_ROLE) for item in items if item.checkState(0) == Qt.CheckState.Checked]

    def _update_buttons(self) -> None:
        self.print_button.setEnabled(bool(self.chosen_ids()))
        # Return prints (never cancels), also after the button was greyed out for a moment.
        self.print_button.setDefault(True)

    def print_round(self) -> None:
        chosen = self.chosen_ids()
        if not chosen:
            return
        language = ui_document_language()

        def work(desk) -> bytes:
            desk.whereabouts.plan_round(chosen)
            buffer = io.BytesIO()
            desk.whereabouts.round_sheet_pdf(chosen, language, buffer)
            return buffer.getvalue()

        self.print_button.setEnabled(False)
        self._desk_handle.op(self, work).with_progress(self.tr("Preparing the round sheet…")) \
            .success(self._on_printed).failure(self._on_failed).run()

    def _on_printed(self, pdf: bytes) -> None:
        self.sheet_ready.emit(pdf)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._update_buttons()
        messages.warning(self, self.tr("Round not printed"), errors.error_text(error))


class RoundResultsDialog(QDialog):
    """After the round: per client met, not met (a "tried to reach") or not looked for, and where."""

    recorded = Signal(int, int)
    loaded = Signal()

    NOT_VISITED, MET, NOT_MET = "", "met", "not_met"

    def __init__(self, desk_handle: DeskHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self.rows: list[tuple[str, QComboBox, QLineEdit, QLineEdit]] = []
        self.setWindowTitle(self.tr("Round results"))
        self.about = hint_label("")
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        self.when.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 600)
        self.minutes.setValue(ROUND_CONTACT_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        top = QFormLayout()
        when_label = QLabel(self.tr("Round &on:"))
        when_label.setBuddy(self.when)
        minutes_label = QLabel(self.tr("&Minutes per client met:"))
        minutes_label.setBuddy(self.minutes)
        top.addRow(when_label, self.when)
        top.addRow(minutes_label, self.minutes)
        self.grid_widget = QWidget()
        self.grid = QGridLayout(self.grid_widget)
        for column, title in enumerate((self.tr("Client"), self.tr("Outcome"), self.tr("Place"), self.tr("Note"))):
            heading = QLabel(title)
            heading.setStyleSheet("font-weight: 600;")
            self.grid.addWidget(heading, 0, column)
        self.grid.setColumnStretch(2, 2)
        self.grid.setColumnStretch(3, 2)
        area = QScrollArea()
        area.setWidget(self.grid_widget)
        area.setWidgetResizable(True)
        self.empty_note = hint_label(self.tr("No round is planned and no client is due for a contact."))
        self.empty_note.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.save_button = self.buttons.addButton(self.tr("&Save results"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(top)
        layout.addWidget(area, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.buttons)
        self.resize(820, 460)
        fit_window_title(self)
        self.save_button.setEnabled(False)
        desk_handle.op(self, _round_to_enter).success(self._on_loaded).run()

    def _on_loaded(self, loaded: tuple[PlannedRound | None, list[tuple[str, str, str]]]) -> None:
        planned, clients = loaded
        if planned is not None:
            self.about.setText(self.tr("The round planned on %1. Met records a street contact; not met records "
                                       "“tried to reach”, which counts for the contact rules. Leave “not looked "
                                       "for” for a client you did not get to.")
                               .replace("%1", format_datetime(planned.planned_at)))
        else:
            self.about.setText(self.tr("No round was printed: the clients due for a contact. Met records a street "
                                       "contact; not met records “tried to reach”, which counts for the contact "
                                       "rules."))
        outcomes = ((self.NOT_VISITED, self.tr("not looked for")), (self.MET, self.tr("met")),
                    (self.NOT_MET, self.tr("not met (tried to reach)")))
        previous: QWidget = self.minutes
        for row, (client_id, name, place) in enumerate(clients, start=1):
            label = QLabel(client_name(name))
            outcome = QComboBox()
            for value, text in outcomes:
                outcome.addItem(text, value)
            outcome.setAccessibleName(self.tr("Outcome for %1").replace("%1", client_name(name)))
            where = QLineEdit(place)
            where.setMaxLength(300)
            where.setAccessibleName(self.tr("Place for %1").replace("%1", client_name(name)))
            note = QLineEdit()
            note.setAccessibleName(self.tr("Note for %1").replace("%1", client_name(name)))
            for column, widget in enumerate((label, outcome, where, note)):
                self.grid.addWidget(widget, row, column)
                widget.show()  # now, not when the layout gets to it: the first outcome takes the focus
            for widget in (outcome, where, note):
                QWidget.setTabOrder(previous, widget)
                previous = widget
            outcome.currentIndexChanged.connect(lambda *_: self._update_buttons())
            self.rows.append((client_id, outcome, where, note))
        self.grid.setRowStretch(len(clients) + 1, 1)
        self.empty_note.setVisible(not clients)
        if self.rows:
            self.rows[0][1].setFocus()
        self._update_buttons()
        self.loaded.emit()

    def results(self) -> list[RoundResult]:
        minutes = self.minutes.value()
        results = []
        for client_id, outcome, where, note in self.rows:
            value = outcome.currentData()
            if value == self.MET:
                results.append(RoundResult(client_id, True, where.text().strip(), note.text().strip(), minutes))
            elif value == self.NOT_MET:
                results.append(RoundResult(client_id, False, where.text().strip(), note.text().strip()))
        return results

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(bool(self.results()))
        self.save_button.setDefault(True)

    def save(self) -> None:
        results = self.results()
        if not results:
            return
        at = self.when.dateTime().toPython().replace(microsecond=0, second=0)
        self.save_button.setEnabled(False)
        met = sum(1 for result in results if result.met)
        self._desk_handle.op(self, lambda desk: desk.whereabouts.record_round(results, at)) \
            .success(lambda _ids: self._on_saved(met, len(results) - met)).failure(self._on_failed).run()

    def _on_saved(self, met: int, not_met: int) -> None:
        self.recorded.emit(met, not_met)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._update_buttons()
        messages.warning(self, self.tr("Results not saved"), errors.error_text(error))


def _round_to_enter(desk) -> tuple[PlannedRound | None, list[tuple[str, str, str]]]:
    """The planned round's clients (else those due for a contact), each with a place to start from:
    the last place seen, else the first usual place."""
    planned = desk.whereabouts.planned_round()
    if planned is not None:
        clients = list(planned.clients)
    else:
        clients = [(c.client_id, c.name) for c in desk.whereabouts.round_candidates()]
    rows = []
    for client_id, name in clients:
        view = desk.whereabouts.view(client_id, trail_limit=1)
        place = view.trail[0].place if view.trail else (view.places[0].draft.name if view.places else "")
        rows.append((client_id, name, place))
    return planned, rows
