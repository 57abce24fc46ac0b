"""The ecomap on screen: a QGraphicsScene of ``services.ecomap_layout``'s drawing, and its view.

The scene draws the layout's shapes as they are (the printed page draws the same ones). A person
is dragged with the mouse or moved with the arrow keys; their ties are reshaped with
``tie_shape`` as they go, and ``person_moved`` fires once the mouse is released (or shortly after
the last arrow key), for the tab to store the place off the GUI thread. The view walks persons
with Tab, asks to edit with Return, to add with Insert and to remove with Delete.
"""

from __future__ import annotations

import math

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from casedesk.domain import (
    ContactFrequency,
    NetworkKind,
    NetworkSector,
    SupportDirection,
    TieQuality,
    TieStrength,
)
from casedesk.printing.ecomap import FORMAL_RING_GAP, EcomapDrawing, EcomapNode, EcomapWords, TieShape
from casedesk.services.ecomap_layout import TieStyle, tie_shape, tie_style
from casedesk.services.network import NetworkView

translate = QCoreApplication.translate
#: One press of an arrow key moves a person this far (scene units); with Shift a quarter.
ARROW_STEP = 20
#: The place is stored this long after the last arrow key, not once per key (auto-repeat).
KEY_MOVE_SAVE_MS = 350
#: Screen text never shrinks below this (pixels) when the map is fitted into a small view.
MIN_TEXT_PX = 9.5
#: A PNG has this many pixels per scene unit: about 2000 px across for a full map.
PNG_SCALE = 2.0
INK = QColor(0, 0, 0)
PAPER = QColor(255, 255, 255)
BOUNDARY_INK = QColor(140, 140, 140)


def sector_name(code: str) -> str:
    return {
        NetworkSector.FAMILY.value: translate("Ecomap", "Family"),
        NetworkSector.FRIENDS.value: translate("Ecomap", "Friends"),
        NetworkSector.SCENE.value: translate("Ecomap", "Scene"),
        NetworkSector.NEIGHBOURHOOD.value: translate("Ecomap", "Neighbourhood"),
        NetworkSector.INSTITUTIONS.value: translate("Ecomap", "Institutions"),
    }.get(code, code)


def kind_name(code: str) -> str:
    return {NetworkKind.INFORMAL.value: translate("Ecomap", "informal"),
            NetworkKind.FORMAL.value: translate("Ecomap", "formal (professional)")}.get(code, code)


def strength_name(code: str) -> str:
    return {TieStrength.STRONG.value: translate("Ecomap", "strong"),
            TieStrength.MEDIUM.value: translate("Ecomap", "medium"),
            TieStrength.WEAK.value: translate("Ecomap", "weak")}.get(code, code)


def quality_name(code: str) -> str:
    return {TieQuality.SUPPORTIVE.value: translate("Ecomap", "supportive"),
            TieQuality.AMBIVALENT.value: translate("Ecomap", "ambivalent"),
            TieQuality.STRESSFUL.value: translate("Ecomap", "stressful"),
            TieQuality.BROKEN_OFF.value: translate("Ecomap", "broken off")}.get(code, code)


def direction_name(code: str) -> str:
    return {"": translate("Ecomap", "not recorded"),
            SupportDirection.TO_CLIENT.value: translate("Ecomap", "to the client"),
            SupportDirection.FROM_CLIENT.value: translate("Ecomap", "from the client"),
            SupportDirection.BOTH.value: translate("Ecomap", "both ways")}.get(code, code)


def frequency_name(code: str) -> str:
    return {"": translate("Ecomap", "not recorded"),
            ContactFrequency.DAILY.value: translate("Ecomap", "daily"),
            ContactFrequency.WEEKLY.value: translate("Ecomap", "weekly"),
            ContactFrequency.MONTHLY.value: translate("Ecomap", "monthly"),
            ContactFrequency.RARELY.value: translate("Ecomap", "rarely")}.get(code, code)


def screen_words(subtitle: str = "") -> EcomapWords:
    """The map's words in the UI language, for the screen, the PNG and the PDF saved from it."""
    return EcomapWords(
        title=translate("Ecomap", "Ecomap"), subtitle=subtitle,
        sectors={sector.value: sector_name(sector.value) for sector in NetworkSector},
        legend={"strong": translate("Ecomap", "strong tie"), "medium": translate("Ecomap", "medium tie"),
                "weak": translate("Ecomap", "weak tie"), "ambivalent": translate("Ecomap", "ambivalent"),
                "stressful": translate("Ecomap", "stressful"), "broken_off": translate("Ecomap", "broken off"),
                "to_client": translate("Ecomap", "support to the client"),
                "both": translate("Ecomap", "support both ways")},
        legend_title=translate("Ecomap", "Legend"),
        formal_note=translate("Ecomap", "Double circle: formal help"),
        importance_note=translate("Ecomap", "Circle size: importance"))


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    return font


def paint_shape(painter: QPainter, shape: TieShape) -> None:
    pen = QPen(INK, shape.width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for line in shape.polylines:
        path = QPainterPath(QPointF(*line[0]))
        for point in line[1:]:
            path.lineTo(QPointF(*point))
        painter.drawPath(path)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(INK))
    for head in shape.arrowheads:
        painter.drawPolygon([QPointF(*point) for point in head])


def shape_rect(shape: TieShape) -> QRectF:
    points = [point for line in (*shape.polylines, *shape.arrowheads) for point in line]
    if not points:
        return QRectF()
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    grow = shape.width + 6
    return QRectF(min(xs) - grow, min(ys) - grow, max(xs) - min(xs) + 2 * grow, max(ys) - min(ys) + 2 * grow)


class TieItem(QGraphicsItem):
    """A tie between the client (``start`` None) or a person and a person."""

    def __init__(self, shape: TieShape, style: TieStyle | None, start: PersonItem | None, end: PersonItem,
                 client_radius: float) -> None:
        super().__init__()
        self.shape_ = shape
        self.style = style
        self.start, self.end = start, end
        self._client_radius = client_radius
        self._rect = shape_rect(shape)
        self.setZValue(-1)

    def refresh(self) -> None:
        if self.style is None:
            return
        start = (self.start.x(), self.start.y()) if self.start else (0.0, 0.0)
        start_radius = self.start.node.radius if self.start else self._client_radius
        self.prepareGeometryChange()
        self.shape_ = tie_shape(self.style, start, start_radius, (self.end.x(), self.end.y()), self.end.node.radius)
        self._rect = shape_rect(self.shape_)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_shape(painter, self.shape_)


class PersonItem(QGraphicsItem):
    """A person's circle with the name (bold) and the relationship beneath it."""

    def __init__(self, node: EcomapNode, name_size: float, relationship_size: float, movable: bool) -> None:
        super().__init__()
        self.node = node
        self.person_id = node.person_id
        self.ties: list[TieItem] = []
        self.name_size, self.relationship_size = name_size, relationship_size
        self._pressed_at: QPointF | None = None
        flags = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        if movable:
            flags |= (QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setFlags(flags)
        self.setPos(node.x, node.y)
        self.setCursor(Qt.CursorShape.OpenHandCursor if movable else Qt.CursorShape.ArrowCursor)
        tooltip = node.name if not node.relationship else f"{node.name} ({node.relationship})"
        self.setToolTip(tooltip)

    def label_width(self) -> float:
        return max(self.node.radius * 2, 95.0, 7 * self.name_size)

    def set_text_sizes(self, name_size: float, relationship_size: float) -> None:
        self.prepareGeometryChange()
        self.name_size, self.relationship_size = name_size, relationship_size

    def boundingRect(self) -> QRectF:
        radius = self.node.radius + 5
        width = self.label_width()
        below = radius + self.name_size * 1.3 + self.relationship_size * 1.3 + 6
        return QRectF(-width / 2, -radius, width, radius + below)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = self.node.radius
        selected = self.isSelected()
        painter.setPen(QPen(INK, 3.5 if selected else 1.6))
        painter.setBrush(QBrush(PAPER))
        painter.drawEllipse(QPointF(0, 0), radius, radius)
        if self.node.formal:
            painter.setPen(QPen(INK, 1.2))
            painter.drawEllipse(QPointF(0, 0), radius - FORMAL_RING_GAP, radius - FORMAL_RING_GAP)
        if selected:
            # The selection also as a pattern (a dashed ring), not as a colour alone.
            pen = QPen(INK, 1.2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), radius + 4, radius + 4)
        width = self.label_width()
        painter.setPen(INK)
        top = radius + 2
        for text, size, bold in ((self.node.name, self.name_size, True),
                                 (self.node.relationship, self.relationship_size, False)):
            if not text:
                continue
            font = _font(size, bold)
            painter.setFont(font)
            metrics = QFontMetricsF(font)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            height = metrics.height()
            painter.drawText(QRectF(-width / 2, top, width, height), Qt.AlignmentFlag.AlignHCenter, shown)
            top += height

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for tie in self.ties:
                tie.refresh()
        return super().itemChange(change, value)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._pressed_at = self.pos()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._pressed_at is not None and self.pos() != self._pressed_at:
            scene = self.scene()
            if isinstance(scene, EcomapScene):
                scene.person_moved.emit(self.person_id, round(self.x()), round(self.y()))
        self._pressed_at = None


class _ClientItem(QGraphicsItem):
    def __init__(self, label: str, radius: float, size: float) -> None:
        super().__init__()
        self.label, self.radius, self.size = label, radius, size

    def boundingRect(self) -> QRectF:
        return QRectF(-self.radius - 3, -self.radius - 3, 2 * self.radius + 6, 2 * self.radius + 6)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(INK, 2.5))
        painter.setBrush(QBrush(PAPER))
        painter.drawEllipse(QPointF(0, 0), self.radius, self.radius)
        font = _font(self.size, True)
        painter.setFont(font)
        shown = QFontMetricsF(font).elidedText(self.label, Qt.TextElideMode.ElideRight, self.radius * 1.9)
        painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter, shown)


class _SectorItem(QGraphicsItem):
    def __init__(self, name: str, at: tuple[float, float], boundary, size: float) -> None:
        super().__init__()
        self.name, self.at, self.boundary, self.size = name, at, boundary, size
        self.setZValue(-2)

    def boundingRect(self) -> QRectF:
        (x1, y1), (x2, y2) = self.boundary
        width = 12 * self.size
        text = QRectF(self.at[0] - width / 2, self.at[1] - self.size, width, 2 * self.size)
        return text.united(QRectF(QPointF(min(x1, x2), min(y1, y2)), QPointF(max(x1, x2), max(y1, y2)))
                           .adjusted(-2, -2, 2, 2))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(BOUNDARY_INK, 1, Qt.PenStyle.DotLine))
        (x1, y1), (x2, y2) = self.boundary
        painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
        painter.setPen(INK)
        painter.setFont(_font(self.size, True))
        width = 12 * self.size
        painter.drawText(QRectF(self.at[0] - width / 2, self.at[1] - self.size, width, 2 * self.size),
                         Qt.AlignmentFlag.AlignCenter, self.name.upper())


class _LegendItem(QGraphicsItem):
    """The legend beside the map, for the PNG (on screen it sits in the tab's side panel)."""

    ROW = 30.0
    SAMPLE = 60.0

    def __init__(self, drawing: EcomapDrawing, words: EcomapWords) -> None:
        super().__init__()
        self.drawing, self.words = drawing, words

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, 330, self.ROW * (len(self.drawing.legend) + 4))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(INK)
        painter.setFont(_font(17, True))
        painter.drawText(QPointF(0, 18), self.words.legend_title)
        y = self.ROW + 14
        for entry in self.drawing.legend:
            painter.save()
            painter.translate(0, y)
            paint_shape(painter, entry.shape)
            painter.restore()
            painter.setPen(INK)
            painter.setFont(_font(14))
            painter.drawText(QPointF(self.SAMPLE + 16, y + 5), self.words.legend.get(entry.key, entry.key))
            y += self.ROW
        painter.setPen(QPen(INK, 1.6))
        painter.setBrush(QBrush(PAPER))
        painter.drawEllipse(QPointF(14, y), 12, 12)
        painter.drawEllipse(QPointF(14, y), 12 - FORMAL_RING_GAP, 12 - FORMAL_RING_GAP)
        painter.drawText(QPointF(self.SAMPLE + 16, y + 5), self.words.formal_note)
        painter.drawText(QPointF(self.SAMPLE + 16, y + self.ROW + 5), self.words.importance_note)


class EcomapScene(QGraphicsScene):
    """``person_moved(person_id, x, y)``: a person was put somewhere else (mouse or keys)."""

    person_moved = Signal(str, int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.persons: dict[str, PersonItem] = {}
        self.ties: list[TieItem] = []
        self.drawing: EcomapDrawing | None = None
        self._text_items: list[_SectorItem | _ClientItem] = []
        self.setBackgroundBrush(QBrush(PAPER))

    def show_drawing(self, drawing: EcomapDrawing, words: EcomapWords, view: NetworkView | None = None,
                     legend: bool = False) -> None:
        """``view``: the network the drawing shows; with it, persons can be moved and their ties follow."""
        selected = self.selected_person_id()
        self.clear()
        self.persons, self.ties, self._text_items = {}, [], []
        self.drawing = drawing
        for sector in drawing.sectors:
            item = _SectorItem(words.sectors.get(sector.key, sector.key), sector.label_at, sector.boundary,
                               drawing.name_size * 1.15)
            self.addItem(item)
            self._text_items.append(item)
        client = _ClientItem(drawing.client_label, drawing.client_radius, drawing.name_size * 1.2)
        self.addItem(client)
        self._text_items.append(client)
        for node in drawing.nodes:
            item = PersonItem(node, drawing.name_size, drawing.relationship_size, movable=view is not None)
            self.addItem(item)
            self.persons[node.person_id] = item
        styles: dict[tuple[str | None, str], TieStyle] = {}
        if view is not None:
            for person in view.persons:
                styles[(None, person.id)] = tie_style(person.draft.strength, person.draft.quality,
                                                      person.draft.direction)
            for relation in view.relations:
                styles[(relation.person_a_id, relation.person_b_id)] = tie_style(relation.strength, relation.quality)
        for tie in drawing.ties:
            start = self.persons.get(tie.person_a_id) if tie.person_a_id else None
            end = self.persons[tie.person_b_id]
            item = TieItem(tie.shape, styles.get((tie.person_a_id, tie.person_b_id)), start, end,
                           drawing.client_radius)
            self.addItem(item)
            self.ties.append(item)
            end.ties.append(item)
            if start is not None:
                start.ties.append(item)
        if legend:
            item = _LegendItem(drawing, words)
            item.setPos(drawing.bounds[2] + 20, drawing.bounds[1] + 20)
            self.addItem(item)
        if selected in self.persons:
            self.persons[selected].setSelected(True)

    def map_rect(self) -> QRectF:
        if self.drawing is None:
            return QRectF()
        left, top, right, bottom = self.drawing.bounds
        return QRectF(left, top, right - left, bottom - top)

    def ordered_persons(self) -> list[PersonItem]:
        """Clockwise from the top, as the eye walks the map: Tab's order."""
        return sorted(self.persons.values(), key=lambda item: (math.atan2(item.x(), -item.y()) % (2 * math.pi),
                                                              item.x() ** 2 + item.y() ** 2))

    def selected_person_id(self) -> str:
        for item in self.selectedItems():
            if isinstance(item, PersonItem):
                return item.person_id
        return ""

    def select_person(self, person_id: str) -> None:
        self.clearSelection()
        item = self.persons.get(person_id)
        if item is not None:
            item.setSelected(True)

    def set_min_text(self, scale: float) -> None:
        """Keep the names readable when the map is fitted small: at least ``MIN_TEXT_PX`` on screen."""
        if self.drawing is None or scale <= 0:
            return
        name = max(self.drawing.name_size, MIN_TEXT_PX / scale)
        relationship = max(self.drawing.relationship_size, (MIN_TEXT_PX - 1) / scale)
        for item in self.persons.values():
            if (item.name_size, item.relationship_size) != (name, relationship):
                item.set_text_sizes(name, relationship)


class EcomapView(QGraphicsView):
    """The map fitted into the view. ``read_only``: a snapshot, nothing moves."""

    edit_requested = Signal(str)
    add_requested = Signal()
    remove_requested = Signal(str)
    selection_changed = Signal(str)

    def __init__(self, scene: EcomapScene, read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.ecomap = scene
        self.read_only = read_only
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(translate("Ecomap", "Ecomap"))
        self._key_moved: set[str] = set()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(KEY_MOVE_SAVE_MS)
        self._save_timer.timeout.connect(self.flush_key_moves)
        scene.selectionChanged.connect(self._on_scene_selection_changed)

    def _on_scene_selection_changed(self) -> None:
        # The scene also clears its selection while it is being destroyed.
        if shiboken6.isValid(self.ecomap) and shiboken6.isValid(self):
            self.selection_changed.emit(self.ecomap.selected_person_id())

    def fit(self) -> None:
        rect = self.ecomap.map_rect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.ecomap.set_min_text(self.transform().m11())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if not self.ecomap.selected_person_id():
            ordered = self.ecomap.ordered_persons()
            if ordered:
                self.ecomap.select_person(ordered[0].person_id)

    def focusOutEvent(self, event) -> None:
        self.flush_key_moves()
        super().focusOutEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        # Tab walks the persons; past the last (or before the first) it leaves the map.
        ordered = self.ecomap.ordered_persons()
        current = self.ecomap.selected_person_id()
        ids = [item.person_id for item in ordered]
        if ids and current in ids:
            index = ids.index(current) + (1 if forward else -1)
            if 0 <= index < len(ids):
                self.ecomap.select_person(ids[index])
                self.ensureVisible(self.ecomap.persons[ids[index]])
                return True
        elif ids:
            self.ecomap.select_person(ids[0 if forward else -1])
            return True
        self.flush_key_moves()
        return super().focusNextPrevChild(forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        current = self.ecomap.selected_person_id()
        steps = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in steps and current and not self.read_only:
            step = ARROW_STEP / 4 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else ARROW_STEP
            dx, dy = steps[key]
            self.ecomap.persons[current].moveBy(dx * step, dy * step)
            self._key_moved.add(current)
            self._save_timer.start()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current and not self.read_only:
            self.edit_requested.emit(current)
            return
        if key == Qt.Key.Key_Insert and not self.read_only:
            self.add_requested.emit()
            return
        if key == Qt.Key.Key_Delete and current and not self.read_only:
            self.remove_requested.emit(current)
            return
        super().keyPressEvent(event)

    def flush_key_moves(self) -> None:
        self._save_timer.stop()
        moved, self._key_moved = self._key_moved, set()
        for person_id in moved:
            item = self.ecomap.persons.get(person_id)
            if item is not None:
                self.ecomap.person_moved.emit(person_id, round(item.x()), round(item.y()))


def render_png(drawing: EcomapDrawing, words: EcomapWords) -> bytes:
    """The map with its legend as a PNG (white, black ink), ``PNG_SCALE`` pixels per scene unit."""
    scene = EcomapScene()
    scene.show_drawing(drawing, words, legend=True)
    rect = scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
    image = QImage(round(rect.width() * PNG_SCALE), round(rect.height() * PNG_SCALE), QImage.Format.Format_RGB32)
    image.fill(PAPER)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), rect)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # Qt writes no text chunks of its own; nothing names the client beyond the picture.
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
