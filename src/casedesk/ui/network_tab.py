"""The client file's Network tab: the ecomap, the figures the method reads off it, and snapshots.

The map (``ui.ecomap``) is laid out by ``services.ecomap_layout`` on the database thread with the
network it shows. Dragging a person or moving them with the arrow keys stores the place with
``desk.network.move`` (off the GUI thread); the tab's own moves do not reload it, the map shows
them already. Insert adds a person, Return edits, Delete removes after asking. Export… writes
the map as PNG or PDF (0600, named after the kind of document only). The side panel lists the
figures, each with what it means, the legend, and the dated snapshots (shown read-only).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casedesk.printing.ecomap import EcomapDrawing, render_ecomap
from casedesk.services.ecomap_layout import lay_out, legend
from casedesk.services.network import NetworkFigures, NetworkView, SnapshotEntry, network_figures
from casedesk.services.output import OutputRefused, write_document
from casedesk.services.providers import ProviderEntry
from casedesk.ui import messages
from casedesk.ui.client_tabs import ClientTab
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.ecomap import EcomapScene, EcomapView, paint_shape, render_png, screen_words
from casedesk.ui.edit_dialog import EditDialog
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
        self.export_button = QPushButton(self.tr("Export…"))
        self.add_button.setToolTip(self.tr("Insert"))
        self.edit_button.setToolTip(self.tr("Return"))
        self.remove_button.setToolTip(self.tr("Delete"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.relate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.map, 1)
        left_layout.addWidget(self.empty_note)
        left_layout.addLayout(buttons)

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
        self.map.fit()
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

    def open_relation_dialog(self) -> RelationDialog | None:
        if len(self.network.persons) < 2 or self.is_erased:
            return None
        return self._open(RelationDialog(self._desk_handle, self.client_id, list(self.network.persons),
                                         self.scene.selected_person_id(), self))

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
        drawing = self._drawing_as_shown(drawing)
        if path.suffix.lower() == ".pdf":
            out = io.BytesIO()
            render_ecomap(drawing, words, out, self.locale().name()[:2])
            data, magic = out.getvalue(), PDF_MAGIC
        else:
            data, magic = render_png(drawing, words), PNG_MAGIC
        try:
            # The file dialog has asked before replacing a file; the desk's own files stay refused.
            write_document(path, data, overwrite=True, magic=magic)
        except OutputRefused:
            messages.warning(self, title, self.tr("This file is not a map saved before and is never replaced. "
                                                  "Choose another name."))
        except OSError as error:
            messages.warning(self, title, self.tr("The file could not be saved: %1").replace(
                "%1", error.strerror or str(error)))

    def _drawing_as_shown(self, drawing: EcomapDrawing) -> EcomapDrawing:
        """With the places of persons moved since the last load (their saves may still be on the way)."""
        view = NetworkView(tuple(
            type(person)(person.id, person.draft, (round(self.scene.persons[person.id].x()),
                                                   round(self.scene.persons[person.id].y()))
                         if person.id in self.scene.persons else person.position, person.provider_name)
            for person in self.network.persons), self.network.relations)
        return lay_out(view, drawing.client_label)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

