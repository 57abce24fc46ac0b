"""The client file's Network tab: the ecomap, the figures the method reads off it, and snapshots.

The map (``ui.ecomap``) is laid out by ``services.ecomap_layout`` on the database thread with the
network it shows. Dragging a person or moving them with the arrow keys stores the place with
``desk.network.move`` (off the GUI thread); the tab's own moves do not reload it, the map shows
them already. Insert adds a person, Return edits, Delete removes after asking. A tie between two
persons is removed ("untied", after asking) from the Untie… button's menu or the map's context
menu (right click, or the Menu key / Shift+F10 on the selected person); the context menu also
edits, removes and ties. Ctrl+Plus / Ctrl+Minus / Ctrl+0 zoom the map wherever the focus is in
the tab. Export… writes the map as PNG or PDF (0600, named after the kind of document only),
drawn on the database thread from the map's data, not from the scene on screen. The side panel
lists the figures, each with what it means, the legend, and the dated snapshots (read-only).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casedesk.printing.ecomap import EcomapDrawing, render_ecomap
from casedesk.services.ecomap_layout import lay_out, legend
from casedesk.services.network import (
    NetworkFigures,
    NetworkView,
    RelationView,
    SnapshotEntry,
    network_figures,
)
from casedesk.services.output import OutputRefused, write_document
from casedesk.services.providers import ProviderEntry
from casedesk.ui import messages
from casedesk.ui.client_tabs import ClientTab
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.ecomap import (
    EcomapScene,
    EcomapView,
    paint_shape,
    quality_name,
    render_png,
    screen_words,
    strength_name,
)
from casedesk.ui.edit_dialog import EditDialog
from casedesk.ui.errors import error_text
from casedesk.ui.network_dialogs import PersonDialog, RelationDialog, SnapshotDialog, TakeSnapshotDialog
from casedesk.ui.vocabulary import format_date, format_datetime

translate = QCoreApplication.translate
SNAPSHOT_ID_ROLE = Qt.ItemDataRole.UserRole
PNG_MAGIC = b"\x89PNG"
PDF_MAGIC = b"%PDF"
LEGEND_SAMPLE = QSize(46, 14)


@dataclass(frozen=True)
class NetworkLoad:
    view: NetworkView
    drawing: EcomapDrawing
    figures: NetworkFigures
    snapshots: list[SnapshotEntry]


def client_label(details) -> str:
    """The client as the map names them: the alias, else the first name (never the full name)."""
    if details is None:
        return ""
    return details.draft.alias or details.draft.first_name


def _legend_pixmap(shape) -> QPixmap:
    pixmap = QPixmap(LEGEND_SAMPLE * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    xs = [point[0] for line in shape.polylines for point in line]
    scale = (LEGEND_SAMPLE.width() - 2) / (max(xs) - min(xs))
    painter.translate(QPointF(1, LEGEND_SAMPLE.height() / 2))
    painter.scale(scale, scale)
    paint_shape(painter, shape)
    painter.end()
    return pixmap


class NetworkTab(ClientTab):
    KEY = "network"
    ORDER = 27
    TABLES = ("network_person", "network_relation", "ecomap_snapshot", "provider", "client")

    dialog_opened = Signal(object)
    #: The map's context menu, just opened (for tests; it closes itself).
    context_menu_opened = Signal(object)
    map_exported = Signal(Path)

    def __init__(self, desk_handle: DeskHandle, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(desk_handle, client_id, parent)
        self.network = NetworkView((), ())
        self.figures: NetworkFigures | None = None
        self.snapshots: list[SnapshotEntry] = []
        self._select_after_load = ""
        self.scene = EcomapScene(self)
        self.map = EcomapView(self.scene)
        self.map.setMinimumSize(360, 300)
        self.empty_note = QLabel(self.tr("No network persons yet. Insert adds one."))
        self.add_button = QPushButton(self.tr("Add person…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.relate_button = QPushButton(self.tr("Tie between…"))
        self.untie_button = QPushButton(self.tr("Untie…"))
        self.untie_button.setToolTip(self.tr("Removes a tie between two persons (also in the map's context menu)"))
        self.untie_menu = QMenu(self.untie_button)
        self.untie_button.setMenu(self.untie_menu)
        self.export_button = QPushButton(self.tr("Export…"))
        self.add_button.setToolTip(self.tr("Insert"))
        self.edit_button.setToolTip(self.tr("Return"))
        self.remove_button.setToolTip(self.tr("Delete"))
        self.map.setToolTip(self.tr("Tab walks the persons, the arrow keys move the selected one, Return edits. "
                                    "Menu key: more. Ctrl+Plus, Ctrl+Minus, Ctrl+0: zoom."))
        self.map.add_zoom_shortcuts(self)
        self.context_menu: QMenu | None = None
        # Persons in one row, ties in the next: six buttons in one row are too wide at 1280 px in German.
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        tie_buttons = QHBoxLayout()
        tie_buttons.addWidget(self.relate_button)
        tie_buttons.addWidget(self.untie_button)
        tie_buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.map, 1)
        left_layout.addWidget(self.empty_note)
        left_layout.addLayout(buttons)
        left_layout.addLayout(tie_buttons)

        self.figures_label = QLabel()
        self.figures_label.setWordWrap(True)
        self.figures_label.setTextFormat(Qt.TextFormat.RichText)
        self.figures_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        figures_area = QScrollArea()
        figures_area.setWidget(self.figures_label)
        figures_area.setWidgetResizable(True)
        figures_area.setFrameShape(QScrollArea.Shape.NoFrame)
        figures_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.legend_box = QWidget()
        legend_grid = QGridLayout(self.legend_box)
        legend_grid.setContentsMargins(0, 0, 0, 0)
        legend_grid.setVerticalSpacing(1)
        words = screen_words()
        for row, entry in enumerate(legend()):
            sample = QLabel()
            sample.setPixmap(_legend_pixmap(entry.shape))
            legend_grid.addWidget(sample, row, 0)
            legend_grid.addWidget(QLabel(words.legend[entry.key]), row, 1)
        legend_grid.setColumnStretch(1, 1)
        for row, note in enumerate((words.formal_note, words.importance_note), start=len(legend())):
            legend_grid.addWidget(QLabel(note), row, 0, 1, 2)
        self.snapshot_list = QListWidget()
        self.snapshot_list.setAccessibleName(self.tr("Snapshots"))
        self.snapshot_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.snapshot_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.snapshot_button = QPushButton(self.tr("Take snapshot…"))
        self.show_snapshot_button = QPushButton(self.tr("Show snapshot"))
        snapshot_buttons = QHBoxLayout()
        snapshot_buttons.addWidget(self.snapshot_button)
        snapshot_buttons.addWidget(self.show_snapshot_button)
        snapshot_buttons.addStretch(1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self._heading(self.tr("Figures")))
        side_layout.addWidget(figures_area, 3)
        side_layout.addWidget(self._heading(self.tr("Legend")))
        side_layout.addWidget(self.legend_box)
        side_layout.addWidget(self._heading(self.tr("Snapshots")))
        side_layout.addWidget(self.snapshot_list, 2)
        side_layout.addLayout(snapshot_buttons)
        side.setMinimumWidth(250)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)

        self.add_button.clicked.connect(self.open_add_dialog)
        self.edit_button.clicked.connect(lambda: self.open_edit_dialog(self.scene.selected_person_id()))
        self.remove_button.clicked.connect(lambda: self.remove_person(self.scene.selected_person_id()))
        self.relate_button.clicked.connect(self.open_relation_dialog)
        self.untie_menu.aboutToShow.connect(self._on_untie_menu_about_to_show)
        self.map.context_menu_requested.connect(self._on_map_context_menu_requested)
        self.export_button.clicked.connect(self.export)
        self.snapshot_button.clicked.connect(self.open_snapshot_dialog)
        self.show_snapshot_button.clicked.connect(self.show_snapshot)
        self.snapshot_list.itemActivated.connect(lambda _item: self.show_snapshot())
        self.snapshot_list.currentItemChanged.connect(lambda *_: self._enable())
        self.map.add_requested.connect(self.open_add_dialog)
        self.map.edit_requested.connect(self.open_edit_dialog)
        self.map.remove_requested.connect(self.remove_person)
        self.map.selection_changed.connect(lambda _id: self._enable())
        self.scene.person_moved.connect(self._on_scene_person_moved)
        self._enable()

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: 600;")
        return label

    def title(self) -> str:
        return self.tr("Network")

    # --- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        client_id = self.client_id

        def load(desk) -> NetworkLoad:
            view = desk.network.network(client_id)
            label = client_label(desk.clients.get(client_id))
            return NetworkLoad(view, lay_out(view, label), network_figures(view), desk.network.snapshots(client_id))

        self._start(1)
        self._desk_handle.op(self, load).success(self._on_network_loaded).run()

    def _on_network_loaded(self, loaded: NetworkLoad) -> None:
        self.network, self.figures, self.snapshots = loaded.view, loaded.figures, loaded.snapshots
        self.scene.show_drawing(loaded.drawing, screen_words(), loaded.view)
        if self._select_after_load in self.scene.persons:
            self.scene.select_person(self._select_after_load)
        self._select_after_load = ""
        # A reload (an edit, a sync) keeps the zoom the worker chose; a first load shows it all.
        self.map.refit()
        self.empty_note.setVisible(not loaded.view.persons)
        self._show_figures(loaded.figures)
        current = self.snapshot_list.currentItem()
        current_id = current.data(SNAPSHOT_ID_ROLE) if current else None
        self.snapshot_list.clear()
        for entry in loaded.snapshots:
            text = self.tr("%1 · %n person(s)", "", entry.persons).replace("%1", format_datetime(entry.taken_at))
            if entry.label:
                text += f" · {entry.label}"
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(SNAPSHOT_ID_ROLE, entry.id)
            self.snapshot_list.addItem(item)
            if entry.id == current_id:
                self.snapshot_list.setCurrentItem(item)
        self._enable()
        self._part_loaded()

    def _show_figures(self, figures: NetworkFigures) -> None:
        def names(values: tuple[str, ...]) -> str:
            return ", ".join(values) if values else self.tr("none")

        share = (self.tr("%1 %").replace("%1", str(round(figures.informal_share * 100)))
                 if figures.informal_share is not None else "–")
        density = self.locale().toString(float(figures.density), "f", 2) if figures.density is not None else "–"
        rows = (
            (self.tr("Size"), str(figures.size), self.tr("How many persons the client names around them.")),
            (self.tr("Informal help"), self.tr("%1 (%2 informal, %3 formal)").replace("%1", share)
             .replace("%2", str(figures.informal)).replace("%3", str(figures.formal)),
             self.tr("Family, friends, neighbours and the scene come before professional help.")),
            (self.tr("Density"), density,
             self.tr("Ties recorded among the persons out of all possible ties (0 to 1).")),
            (self.tr("Isolated"), names(figures.isolated),
             self.tr("Persons tied to no one else in the network, once such ties are recorded.")),
            (self.tr("Bridges"), names(figures.bridges),
             self.tr("Persons who hold otherwise separate parts together: bridges and gatekeepers.")),
            (self.tr("Strained"), names(figures.strained),
             self.tr("Persons whose tie to the client is stressful or broken off.")),
        )
        self.figures_label.setText("".join(
            f"<p style='margin:0 0 6px 0'><b>{_html(title)}:</b> {_html(value)}<br>"
            f"<span style='color:#5f6368'>{_html(explanation)}</span></p>" for title, value, explanation in rows))

    def set_details(self, details) -> None:
        super().set_details(details)
        self._enable()

    def _enable(self) -> None:
        writable = not self.is_erased
        selected = bool(self.scene.selected_person_id())
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and selected)
        self.remove_button.setEnabled(writable and selected)
        self.relate_button.setEnabled(writable and len(self.network.persons) >= 2)
        self.untie_button.setEnabled(writable and bool(self.network.relations))
        self.snapshot_button.setEnabled(writable)
        self.show_snapshot_button.setEnabled(self.snapshot_list.currentItem() is not None)
        self.export_button.setEnabled(self.scene.drawing is not None)
        self.map.read_only = not writable

    # --- places ------------------------------------------------------------------------------------
    def _on_scene_person_moved(self, person_id: str, x: int, y: int) -> None:
        self._desk_handle.op(self, lambda desk: desk.network.move(person_id, (x, y))).run()

    # --- dialogs ---------------------------------------------------------------------------------
    def open_add_dialog(self) -> None:
        self._with_choices(None)

    def open_edit_dialog(self, person_id: str) -> None:
        person = self.network.person(person_id)
        if person is not None:
            self._with_choices(person)

    def _with_choices(self, person) -> None:
        if self.is_erased:
            return

        def choices(desk) -> tuple[list[ProviderEntry], list[tuple[str, str]]]:
            return desk.providers.search(""), desk.assessments.life_domains()

        self._desk_handle.op(self, choices).success(
            lambda loaded: self._open(PersonDialog(self._desk_handle, self.client_id, loaded[0], loaded[1],
                                                   person, self))).run()

    def open_relation_dialog(self, first_id: str = "") -> RelationDialog | None:
        if len(self.network.persons) < 2 or self.is_erased:
            return None
        return self._open(RelationDialog(self._desk_handle, self.client_id, list(self.network.persons),
                                         first_id or self.scene.selected_person_id(), self))

    def open_snapshot_dialog(self) -> TakeSnapshotDialog:
        return self._open(TakeSnapshotDialog(self._desk_handle, self.client_id, self))

    def show_snapshot(self) -> None:
        item = self.snapshot_list.currentItem()
        if item is None:
            return
        snapshot_id = item.data(SNAPSHOT_ID_ROLE)
        entry = next((s for s in self.snapshots if s.id == snapshot_id), None)
        label = client_label(self.details)

        def load(desk) -> EcomapDrawing:
            return lay_out(desk.network.snapshot_view(snapshot_id), label)

        def shown(drawing: EcomapDrawing) -> None:
            title = self.tr("Network map of %1").replace("%1", format_date(entry.taken_at.date())) if entry else ""
            dialog = SnapshotDialog(drawing, title, self)
            dialog.open()
            self.dialog_opened.emit(dialog)

        self._desk_handle.op(self, load).success(shown).run()

    def remove_person(self, person_id: str) -> None:
        person = self.network.person(person_id)
        if person is None or self.is_erased:
            return
        if not messages.confirm(self, self.tr("Remove from the network?"), self.tr(
                "Remove %1 and their ties from the map? Snapshots keep them.").replace("%1", person.draft.name)):
            return
        self._desk_handle.op(self, lambda desk: desk.network.remove_person(person_id)).success(
            lambda _result: self.reload()).run()

    # --- untying -------------------------------------------------------------------------------------
    def _name(self, person_id: str) -> str:
        person = self.network.person(person_id)
        return person.draft.name if person is not None else ""

    def relation_between(self, person_id: str, other_id: str) -> RelationView | None:
        return next((r for r in self.network.relations
                     if {r.person_a_id, r.person_b_id} == {person_id, other_id}), None)

    def _tie_text(self, relation: RelationView, seen_from: str = "") -> str:
        """"Sabine – Peter (strong, stressful)"; seen from a person: "with Peter (…)"."""
        kind = _arg(self.tr("%1, %2"), strength_name(relation.strength), quality_name(relation.quality))
        if seen_from:
            other = relation.person_b_id if relation.person_a_id == seen_from else relation.person_a_id
            text = _arg(self.tr("with %1 (%2)"), self._name(other), kind)
        else:
            text = _arg(self.tr("%1 – %2 (%3)"), self._name(relation.person_a_id),
                        self._name(relation.person_b_id), kind)
        # Names are the worker's text: an "&" in one is no shortcut letter.
        return text.replace("&", "&&")

    def _add_untie_actions(self, menu: QMenu, relations: list[RelationView], seen_from: str = "") -> None:
        for relation in relations:
            action = menu.addAction(self._tie_text(relation, seen_from))
            action.triggered.connect(lambda _checked=False, chosen=relation.id: self.untie(chosen))

    def _on_untie_menu_about_to_show(self) -> None:
        """Every tie between two persons; those of the selected person first."""
        self.untie_menu.clear()
        selected = self.scene.selected_person_id()
        relations = sorted(self.network.relations, key=lambda r: (
            selected not in (r.person_a_id, r.person_b_id),
            self._name(r.person_a_id).casefold(), self._name(r.person_b_id).casefold()))
        if not relations:
            self.untie_menu.addAction(self.tr("No ties between persons yet")).setEnabled(False)
        self._add_untie_actions(self.untie_menu, relations)

    def untie(self, relation_id: str) -> None:
        """Remove the tie between two persons after asking; snapshots keep it."""
        relation = next((r for r in self.network.relations if r.id == relation_id), None)
        if relation is None or self.is_erased:
            return
        if not messages.confirm(self, self.tr("Remove the tie?"), _arg(self.tr(
                "Remove the tie between %1 and %2 from the map? The persons stay; snapshots keep the tie."),
                self._name(relation.person_a_id), self._name(relation.person_b_id))):
            return
        def failed(error: BaseException) -> None:
            # Untied meanwhile (by a sync, in another window): say so and show the map as it is.
            messages.warning(self, self.tr("Remove the tie?"), error_text(error))
            self.reload()

        self._desk_handle.op(self, lambda desk: desk.network.unrelate(relation_id)).success(
            lambda _result: self.reload()).failure(failed).run()

    # --- the map's context menu ------------------------------------------------------------------
    def _on_map_context_menu_requested(self, person_id: str, other_id: str, at: QPoint) -> None:
        if self.is_erased:
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        relation = self.relation_between(person_id, other_id) if other_id else None
        if relation is not None:
            action = menu.addAction(_arg(self.tr("&Untie %1 and %2…"), self._name(person_id).replace("&", "&&"),
                                         self._name(other_id).replace("&", "&&")))
            action.triggered.connect(lambda _checked=False: self.untie(relation.id))
        elif person_id and self.network.person(person_id) is not None:
            menu.addAction(self.tr("&Edit…"), lambda: self.open_edit_dialog(person_id))
            tie_to = menu.addAction(self.tr("&Tie to…"), lambda: self.open_relation_dialog(person_id))
            tie_to.setEnabled(len(self.network.persons) >= 2)
            ties = [r for r in self.network.relations if person_id in (r.person_a_id, r.person_b_id)]
            untie = menu.addMenu(self.tr("&Untie"))
            untie.setEnabled(bool(ties))
            self._add_untie_actions(untie, sorted(ties, key=lambda r: self._name(
                r.person_b_id if r.person_a_id == person_id else r.person_a_id).casefold()), person_id)
            menu.addSeparator()
            menu.addAction(self.tr("&Remove…"), lambda: self.remove_person(person_id))
        else:
            menu.addAction(self.tr("&Add person…"), self.open_add_dialog)
            menu.addAction(self.tr("&Whole map"), self.map.fit).setEnabled(self.map.zoom > 1)
        self.context_menu = menu
        menu.popup(at)
        self.context_menu_opened.emit(menu)

    def _open(self, dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if isinstance(dialog, EditDialog):
            dialog.saved.connect(self._on_dialog_saved)
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def _on_dialog_saved(self, saved) -> None:
        # A person added or edited is selected once the map shows them.
        if isinstance(saved, str):
            self._select_after_load = saved
        self.reload()

    # --- export ------------------------------------------------------------------------------------
    def export(self) -> None:
        """Ask for a file, draw the map on the database thread (~0.2 s for a PNG of 40 persons)
        from its data, and write it here once drawn (not at all if the desk was locked meanwhile)."""
        drawing = self.scene.drawing
        if drawing is None:
            return
        title = self.tr("Export the map")
        path = messages.save_file(self, title, self.tr("network-map.png"),
                                  self.tr("PNG image (*.png);;PDF document (*.pdf)"))
        if path is None:
            return
        if path.suffix.lower() not in (".png", ".pdf"):
            path = path.with_name(path.name + ".png")
        words = screen_words(self.tr("As of %1").replace("%1", format_date(date.today())))
        view, label = self._view_as_shown(), drawing.client_label
        pdf, language = path.suffix.lower() == ".pdf", self.locale().name()[:2]

        def draw(_desk) -> bytes:
            shown = lay_out(view, label)
            if not pdf:
                return render_png(shown, words)
            out = io.BytesIO()
            render_ecomap(shown, words, out, language)
            return out.getvalue()

        def write(data: bytes) -> None:
            try:
                # The file dialog has asked before replacing a file; the desk's own files stay refused.
                write_document(path, data, overwrite=True, magic=PDF_MAGIC if pdf else PNG_MAGIC)
            except OutputRefused:
                messages.warning(self, title, self.tr("This file is not a map saved before and is never replaced. "
                                                      "Choose another name."))
                return
            except OSError as error:
                messages.warning(self, title, self.tr("The file could not be saved: %1").replace(
                    "%1", error.strerror or str(error)))
                return
            self.map_exported.emit(path)

        self._desk_handle.op(self, draw).with_progress(self.tr("Drawing the map…")).success(write).run()

    def _view_as_shown(self) -> NetworkView:
        """The network with the places of persons moved since the last load (their saves may still
        be on the way)."""
        return NetworkView(tuple(
            type(person)(person.id, person.draft, (round(self.scene.persons[person.id].x()),
                                                   round(self.scene.persons[person.id].y()))
                         if person.id in self.scene.persons else person.position, person.provider_name)
            for person in self.network.persons), self.network.relations)


def _arg(text: str, *values: str) -> str:
    """``%1``, ``%2``… replaced in one pass (a name with "%2" in it stays as typed)."""
    return re.sub(r"%(\d)", lambda match: values[int(match.group(1)) - 1]
                  if 0 < int(match.group(1)) <= len(values) else match.group(0), text)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

