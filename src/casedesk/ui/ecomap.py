"""The ecomap on screen: a QGraphicsScene of ``services.ecomap_layout``'s drawing, and its view.

The scene draws the layout's shapes as they are (the printed page draws the same ones). A person
is dragged with the mouse or moved with the arrow keys; their ties are reshaped with
``tie_shape`` as they go, and ``person_moved`` fires once the mouse is released (or shortly after
the last arrow key), for the tab to store the place off the GUI thread. The view walks persons
with Tab, asks to edit with Return, to add with Insert and to remove with Delete, and asks for a
context menu on a right click or the Menu key (Shift+F10) on a person, on a tie between two
persons, or on the empty map.

The view zooms with Ctrl+Plus / Ctrl+Minus, Ctrl+wheel (about the mouse) and its corner buttons,
from the whole map (Ctrl+0, fit) up to ``MAX_ZOOM`` times that; zoomed in, it scrolls and pans by
dragging the background. Zooming only changes the view's transform: no person moves, nothing is
stored.

``render_png`` paints the same shapes with a QPainter onto a QImage, without a scene or any other
widget-module object, so it can run off the GUI thread (Qt supports QPainter on a QImage, text
included, in any thread; a QGraphicsScene and its items belong to the GUI thread).
"""

from __future__ import annotations

import math

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QShortcut,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QHBoxLayout,
    QStyleOptionGraphicsItem,
    QToolButton,
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
#: Zoom relative to the whole map fitted into the view: from the whole map to this many times it.
MIN_ZOOM, MAX_ZOOM = 1.0, 8.0
#: One Ctrl+Plus or button press; one notch of the wheel zooms by ``WHEEL_ZOOM_STEP``.
ZOOM_STEP = 1.25
WHEEL_ZOOM_STEP = 1.15
#: A tie is hit by a click this far (scene units) beside its ink, at the least.
TIE_HIT_WIDTH = 10.0
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


def tie_path(shape: TieShape) -> QPainterPath:
    """The ink of a tie widened to where a click still hits it (its arrowheads included)."""
    path = QPainterPath()
    for line in shape.polylines:
        path.moveTo(QPointF(*line[0]))
        for point in line[1:]:
            path.lineTo(QPointF(*point))
    stroker = QPainterPathStroker()
    stroker.setWidth(max(shape.width + 6, TIE_HIT_WIDTH))
    hit = stroker.createStroke(path)
    for head in shape.arrowheads:
        polygon = QPainterPath()
        polygon.moveTo(QPointF(*head[0]))
        for point in head[1:]:
            polygon.lineTo(QPointF(*point))
        polygon.closeSubpath()
        hit.addPath(polygon)
    return hit


def person_label_width(node: EcomapNode, name_size: float) -> float:
    return max(node.radius * 2, 95.0, 7 * name_size)


def person_rect(node: EcomapNode, name_size: float, relationship_size: float) -> QRectF:
    """Around a person's circle and the two lines of text beneath it, about the circle's centre."""
    radius = node.radius + 5
    width = person_label_width(node, name_size)
    below = radius + name_size * 1.3 + relationship_size * 1.3 + 6
    return QRectF(-width / 2, -radius, width, radius + below)


def person_hit_path(node: EcomapNode, name_size: float, relationship_size: float) -> QPainterPath:
    """Where a click hits a person: the circle and the ink of the two lines beneath it (the text
    as wide as it is, not the whole label box, so a tie beside a short name can still be hit)."""
    path = QPainterPath()
    path.addEllipse(QPointF(0, 0), node.radius + 5, node.radius + 5)
    width = person_label_width(node, name_size)
    top = node.radius + 2
    for text, size, bold in ((node.name, name_size, True), (node.relationship, relationship_size, False)):
        if not text:
            continue
        metrics = QFontMetricsF(_font(size, bold))
        shown = metrics.horizontalAdvance(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
        path.addRect(QRectF(-shown / 2 - 2, top, shown + 4, metrics.height()))
        top += metrics.height()
    return path


def paint_person(painter: QPainter, node: EcomapNode, name_size: float, relationship_size: float,
                 selected: bool = False) -> None:
    """A person's circle (double for formal help) with the name (bold) and the relationship beneath."""
    radius = node.radius
    painter.setPen(QPen(INK, 3.5 if selected else 1.6))
    painter.setBrush(QBrush(PAPER))
    painter.drawEllipse(QPointF(0, 0), radius, radius)
    if node.formal:
        painter.setPen(QPen(INK, 1.2))
        painter.drawEllipse(QPointF(0, 0), radius - FORMAL_RING_GAP, radius - FORMAL_RING_GAP)
    if selected:
        # The selection also as a pattern (a dashed ring), not as a colour alone.
        pen = QPen(INK, 1.2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(0, 0), radius + 4, radius + 4)
    width = person_label_width(node, name_size)
    painter.setPen(INK)
    top = radius + 2
    for text, size, bold in ((node.name, name_size, True), (node.relationship, relationship_size, False)):
        if not text:
            continue
        font = _font(size, bold)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        height = metrics.height()
        painter.drawText(QRectF(-width / 2, top, width, height), Qt.AlignmentFlag.AlignHCenter, shown)
        top += height


def client_rect(radius: float) -> QRectF:
    return QRectF(-radius - 3, -radius - 3, 2 * radius + 6, 2 * radius + 6)


def paint_client(painter: QPainter, label: str, radius: float, size: float) -> None:
    painter.setPen(QPen(INK, 2.5))
    painter.setBrush(QBrush(PAPER))
    painter.drawEllipse(QPointF(0, 0), radius, radius)
    font = _font(size, True)
    painter.setFont(font)
    shown = QFontMetricsF(font).elidedText(label, Qt.TextElideMode.ElideRight, radius * 1.9)
    painter.drawText(client_rect(radius), Qt.AlignmentFlag.AlignCenter, shown)


def _sector_text_rect(at: tuple[float, float], size: float) -> QRectF:
    width = 12 * size
    return QRectF(at[0] - width / 2, at[1] - size, width, 2 * size)


def sector_rect(at: tuple[float, float], boundary, size: float) -> QRectF:
    (x1, y1), (x2, y2) = boundary
    return _sector_text_rect(at, size).united(
        QRectF(QPointF(min(x1, x2), min(y1, y2)), QPointF(max(x1, x2), max(y1, y2))).adjusted(-2, -2, 2, 2))


def paint_sector(painter: QPainter, name: str, at: tuple[float, float], boundary, size: float) -> None:
    """A sector's boundary (dotted, grey) and its name in capitals."""
    painter.setPen(QPen(BOUNDARY_INK, 1, Qt.PenStyle.DotLine))
    (x1, y1), (x2, y2) = boundary
    painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
    painter.setPen(INK)
    painter.setFont(_font(size, True))
    painter.drawText(_sector_text_rect(at, size), Qt.AlignmentFlag.AlignCenter, name.upper())


LEGEND_ROW = 30.0
LEGEND_SAMPLE = 60.0


def legend_rect(drawing: EcomapDrawing) -> QRectF:
    return QRectF(0, 0, 330, LEGEND_ROW * (len(drawing.legend) + 4))


def paint_legend(painter: QPainter, drawing: EcomapDrawing, words: EcomapWords) -> None:
    """The legend beside the map, for the PNG (on screen it sits in the tab's side panel)."""
    painter.setPen(INK)
    painter.setFont(_font(17, True))
    painter.drawText(QPointF(0, 18), words.legend_title)
    y = LEGEND_ROW + 14
    for entry in drawing.legend:
        painter.save()
        painter.translate(0, y)
        paint_shape(painter, entry.shape)
        painter.restore()
        painter.setPen(INK)
        painter.setFont(_font(14))
        painter.drawText(QPointF(LEGEND_SAMPLE + 16, y + 5), words.legend.get(entry.key, entry.key))
        y += LEGEND_ROW
    painter.setPen(QPen(INK, 1.6))
    painter.setBrush(QBrush(PAPER))
    painter.drawEllipse(QPointF(14, y), 12, 12)
    painter.drawEllipse(QPointF(14, y), 12 - FORMAL_RING_GAP, 12 - FORMAL_RING_GAP)
    painter.drawText(QPointF(LEGEND_SAMPLE + 16, y + 5), words.formal_note)
    painter.drawText(QPointF(LEGEND_SAMPLE + 16, y + LEGEND_ROW + 5), words.importance_note)


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

    def shape(self) -> QPainterPath:
        # Only near its ink: the bounding box of a long diagonal tie covers half the map.
        return tie_path(self.shape_)

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
        self._hit: QPainterPath | None = None
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
        return person_label_width(self.node, self.name_size)

    def set_text_sizes(self, name_size: float, relationship_size: float) -> None:
        self.prepareGeometryChange()
        self.name_size, self.relationship_size = name_size, relationship_size
        self._hit = None

    def boundingRect(self) -> QRectF:
        return person_rect(self.node, self.name_size, self.relationship_size)

    def shape(self) -> QPainterPath:
        if self._hit is None:
            self._hit = person_hit_path(self.node, self.name_size, self.relationship_size)
        return self._hit

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_person(painter, self.node, self.name_size, self.relationship_size, self.isSelected())

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
        return client_rect(self.radius)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_client(painter, self.label, self.radius, self.size)


class _SectorItem(QGraphicsItem):
    def __init__(self, name: str, at: tuple[float, float], boundary, size: float) -> None:
        super().__init__()
        self.name, self.at, self.boundary, self.size = name, at, boundary, size
        self.setZValue(-2)

    def boundingRect(self) -> QRectF:
        return sector_rect(self.at, self.boundary, self.size)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_sector(painter, self.name, self.at, self.boundary, self.size)


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

    def show_drawing(self, drawing: EcomapDrawing, words: EcomapWords, view: NetworkView | None = None) -> None:
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
    """The map fitted into the view, zoomable. ``read_only``: a snapshot, nothing moves.

    ``context_menu_requested(person_id, other_id, global_pos)``: a right click or the Menu key on
    a person (``other_id`` empty), on a tie between two persons (both set) or on the empty map
    (both empty). The view selects the person first; the owner builds the menu.
    """

    edit_requested = Signal(str)
    add_requested = Signal()
    remove_requested = Signal(str)
    selection_changed = Signal(str)
    context_menu_requested = Signal(str, str, QPoint)
    zoom_changed = Signal(float)

    def __init__(self, scene: EcomapScene, read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.ecomap = scene
        self.read_only = read_only
        self._zoom = MIN_ZOOM
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        # The view places the map itself (``_apply_zoom``); no anchor of Qt's moves it on a resize.
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self._set_scroll_bars(False)
        self.setAccessibleName(translate("Ecomap", "Ecomap"))
        self._key_moved: set[str] = set()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(KEY_MOVE_SAVE_MS)
        self._save_timer.timeout.connect(self.flush_key_moves)
        scene.selectionChanged.connect(self._on_scene_selection_changed)
        self._build_zoom_buttons()

    def _build_zoom_buttons(self) -> None:
        """Three small buttons in the top right corner; the keys do the same from anywhere in the map."""
        self.zoom_bar = QWidget(self)
        layout = QHBoxLayout(self.zoom_bar)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("\u2212")
        self.zoom_out_button.setToolTip(translate("Ecomap", "Zoom out (Ctrl+Minus, Ctrl+wheel)"))
        self.zoom_out_button.setAccessibleName(translate("Ecomap", "Zoom out"))
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(translate("Ecomap", "Zoom in (Ctrl+Plus, Ctrl+wheel)"))
        self.zoom_in_button.setAccessibleName(translate("Ecomap", "Zoom in"))
        self.fit_button = QToolButton()
        self.fit_button.setText(translate("Ecomap", "Whole map"))
        self.fit_button.setToolTip(translate("Ecomap", "Show the whole map (Ctrl+0)"))
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            # The keyboard zooms with the shortcuts; Tab walks the persons, not these.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRaise(False)
            layout.addWidget(button)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button.clicked.connect(self.fit)
        self.zoom_bar.adjustSize()
        self._enable_zoom_buttons()

    def add_zoom_shortcuts(self, host: QWidget) -> None:
        """Ctrl+Plus (also Ctrl+=), Ctrl+Minus and Ctrl+0 wherever the focus is inside ``host``."""
        for keys, slot in (([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+="),
                             QKeySequence("Ctrl+Shift+=")], self.zoom_in),
                           ([QKeySequence(QKeySequence.StandardKey.ZoomOut)], self.zoom_out),
                           ([QKeySequence("Ctrl+0")], self.fit)):
            shortcut = QShortcut(host)
            shortcut.setKeys(keys)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _on_scene_selection_changed(self) -> None:
        # The scene also clears its selection while it is being destroyed.
        if shiboken6.isValid(self.ecomap) and shiboken6.isValid(self):
            self.selection_changed.emit(self.ecomap.selected_person_id())

    # --- zoom ------------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        """1.0: the whole map fills the view; 2.0: twice as large."""
        return self._zoom

    def fit(self) -> None:
        """The whole map in the view (Ctrl+0)."""
        self._apply_zoom(MIN_ZOOM, None)

    def refit(self) -> None:
        """The map anew (loaded again, or the view resized) at the zoom the worker chose."""
        self._apply_zoom(self._zoom, self._view_centre() if self._zoom > MIN_ZOOM else None)

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by ``factor`` keeping the scene point under ``anchor`` (viewport pixels; else the
        selected person if shown, else the view's centre) where it is."""
        zoom = min(max(self._zoom * factor, MIN_ZOOM), MAX_ZOOM)
        if abs(zoom - self._zoom) < 1e-9:
            return
        if anchor is None:
            selected = self.ecomap.persons.get(self.ecomap.selected_person_id())
            shown = QRectF(self.viewport().rect())
            if selected is not None and shown.contains(QPointF(self.mapFromScene(selected.pos()))):
                anchor = QPointF(self.mapFromScene(selected.pos()))
            else:
                anchor = shown.center()
        self._apply_zoom(zoom, (self.mapToScene(anchor.toPoint()), anchor))

    def _view_centre(self) -> tuple[QPointF, QPointF]:
        centre = QRectF(self.viewport().rect()).center()
        return self.mapToScene(centre.toPoint()), centre

    def _fit_scale(self) -> float:
        rect = self.ecomap.map_rect()
        # The viewport as large as it is without scroll bars: the whole map needs none.
        size = self.maximumViewportSize()
        if rect.isEmpty() or size.width() <= 4 or size.height() <= 4:
            return 0.0
        return min((size.width() - 4) / rect.width(), (size.height() - 4) / rect.height())

    def _apply_zoom(self, zoom: float, keep: tuple[QPointF, QPointF] | None) -> None:
        """Scale to ``zoom`` times the fit; ``keep``: (scene point, viewport point) to stay together,
        None centres the whole map."""
        fit = self._fit_scale()
        if fit <= 0:
            return
        changed = abs(zoom - self._zoom) > 1e-9
        self._zoom = zoom
        zoomed = zoom > MIN_ZOOM + 1e-9
        self._set_scroll_bars(zoomed)
        scale = fit * zoom
        self.setTransform(QTransform.fromScale(scale, scale))
        if keep is None or not zoomed:
            self.centerOn(self.ecomap.map_rect().center())
        else:
            scene_point, view_point = keep
            centre = QRectF(self.viewport().rect()).center()
            self.centerOn(scene_point + (centre - view_point) / scale)
        self.ecomap.set_min_text(scale)
        self._enable_zoom_buttons()
        if changed:
            self.zoom_changed.emit(zoom)

    def _set_scroll_bars(self, zoomed: bool) -> None:
        policy = Qt.ScrollBarPolicy.ScrollBarAsNeeded if zoomed else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)
        # Zoomed in, dragging the empty background pans; persons are still dragged as before.
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag if zoomed else QGraphicsView.DragMode.NoDrag)
        if zoomed:
            # The map may be scrolled a little past its edge, so a person there can be dragged out.
            rect = self.ecomap.map_rect().united(self.ecomap.itemsBoundingRect())
            self.setSceneRect(rect.adjusted(-40, -40, 40, 40))
        else:
            self.setSceneRect(QRectF())

    def _enable_zoom_buttons(self) -> None:
        self.zoom_in_button.setEnabled(self._zoom < MAX_ZOOM - 1e-9)
        self.zoom_out_button.setEnabled(self._zoom > MIN_ZOOM + 1e-9)
        self.fit_button.setEnabled(self._zoom > MIN_ZOOM + 1e-9)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            notches = event.angleDelta().y() / 120
            if notches:
                self.zoom_by(WHEEL_ZOOM_STEP ** notches, event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.refit()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            # Also when the scroll bars come and go: the buttons stay clear of them.
            area = self.viewport().geometry()
            self.zoom_bar.move(area.right() - self.zoom_bar.width() - 5, area.top() + 5)
        return super().viewportEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refit()

    # --- keyboard ----------------------------------------------------------------------------------
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
            self.ensureVisible(self.ecomap.persons[ids[0 if forward else -1]])
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
            item = self.ecomap.persons[current]
            item.moveBy(dx * step, dy * step)
            self.ensureVisible(item)
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
        if key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            # Accepted here, so the platform does not open a second menu from the same key.
            self._request_context_menu(current, "", None)
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self._request_context_menu(self.ecomap.selected_person_id(), "", None)
            return
        person_id, other_id = "", ""
        for item in self.items(event.pos()):
            if isinstance(item, PersonItem):
                person_id = item.person_id
                break
            if isinstance(item, TieItem):
                if item.start is not None:
                    person_id, other_id = item.start.person_id, item.end.person_id
                else:
                    person_id = item.end.person_id  # the tie to the client: the person's own
                break
        self._request_context_menu(person_id, other_id, event.globalPos())

    def _request_context_menu(self, person_id: str, other_id: str, at: QPoint | None) -> None:
        if self.read_only:
            return
        if person_id and not other_id:
            self.ecomap.select_person(person_id)
        if at is None:
            item = self.ecomap.persons.get(person_id)
            shown = self.viewport().rect()
            point = self.mapFromScene(item.pos()) if item is not None else shown.center()
            if not shown.contains(point):
                point = shown.center()
            at = self.viewport().mapToGlobal(point)
        self.context_menu_requested.emit(person_id, other_id, at)

    def flush_key_moves(self) -> None:
        self._save_timer.stop()
        moved, self._key_moved = self._key_moved, set()
        for person_id in moved:
            item = self.ecomap.persons.get(person_id)
            if item is not None:
                self.ecomap.person_moved.emit(person_id, round(item.x()), round(item.y()))


def _picture_rect(drawing: EcomapDrawing, sector_size: float, client_size: float) -> QRectF:
    """Around everything ``paint_map`` draws with the legend, as the scene's bounding rect would be."""
    rect = client_rect(drawing.client_radius)
    for sector in drawing.sectors:
        rect = rect.united(sector_rect(sector.label_at, sector.boundary, sector_size))
    for node in drawing.nodes:
        rect = rect.united(person_rect(node, drawing.name_size, drawing.relationship_size)
                           .translated(node.x, node.y))
    for tie in drawing.ties:
        rect = rect.united(shape_rect(tie.shape))
    return rect.united(legend_rect(drawing).translated(*_legend_at(drawing)))


def _legend_at(drawing: EcomapDrawing) -> tuple[float, float]:
    return drawing.bounds[2] + 20, drawing.bounds[1] + 20


def paint_map(painter: QPainter, drawing: EcomapDrawing, words: EcomapWords) -> None:
    """The whole map with its legend, in scene units, as the scene stacks it: sectors, ties, the
    client, the persons, the legend. Widget-free: safe on any thread onto a QImage."""
    sector_size, client_size = drawing.name_size * 1.15, drawing.name_size * 1.2
    for sector in drawing.sectors:
        paint_sector(painter, words.sectors.get(sector.key, sector.key), sector.label_at, sector.boundary,
                     sector_size)
    for tie in drawing.ties:
        paint_shape(painter, tie.shape)
    paint_client(painter, drawing.client_label, drawing.client_radius, client_size)
    for node in drawing.nodes:
        painter.save()
        painter.translate(node.x, node.y)
        paint_person(painter, node, drawing.name_size, drawing.relationship_size)
        painter.restore()
    painter.save()
    painter.translate(*_legend_at(drawing))
    paint_legend(painter, drawing, words)
    painter.restore()


def render_png(drawing: EcomapDrawing, words: EcomapWords) -> bytes:
    """The map with its legend as a PNG (white, black ink), ``PNG_SCALE`` pixels per scene unit.

    Only QImage, QPainter and fonts: it may run on a worker thread (the Network tab exports on
    the database thread), as long as a QGuiApplication exists.
    """
    rect = _picture_rect(drawing, drawing.name_size * 1.15, drawing.name_size * 1.2).adjusted(-20, -20, 20, 20)
    image = QImage(round(rect.width() * PNG_SCALE), round(rect.height() * PNG_SCALE), QImage.Format.Format_RGB32)
    image.fill(PAPER)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    # As QGraphicsScene.render maps the source rect into the image (keeping the aspect ratio).
    scale = min(image.width() / rect.width(), image.height() / rect.height())
    painter.translate((image.width() - rect.width() * scale) / 2, (image.height() - rect.height() * scale) / 2)
    painter.scale(scale, scale)
    painter.translate(-rect.left(), -rect.top())
    paint_map(painter, drawing, words)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # Qt writes no text chunks of its own; nothing names the client beyond the picture.
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
