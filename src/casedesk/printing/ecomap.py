"""The ecomap as drawn: what ``services.ecomap_layout`` lays out, and its rendering as a PDF page.

The drawing is plain geometry in scene units (y grows downwards, as on screen): circles, the
strokes of every tie already cut into dashes, zigzags and gaps, and filled arrowheads. The Qt
scene and this page draw exactly these shapes, so screen and paper agree line for line, and
only black ink is used: a black-and-white print reads the same.

ReportLab is imported inside ``render_ecomap``: the screen imports these classes at start-up.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import BinaryIO

Point = tuple[float, float]
Output = str | os.PathLike[str] | BinaryIO


@dataclass(frozen=True)
class TieShape:
    """A tie's ink: open polylines stroked ``width`` wide, closed polygons filled (arrowheads)."""

    width: float
    polylines: tuple[tuple[Point, ...], ...]
    arrowheads: tuple[tuple[Point, ...], ...]


@dataclass(frozen=True)
class EcomapNode:
    person_id: str
    name: str
    relationship: str
    x: float
    y: float
    radius: float
    formal: bool
    sector: str


@dataclass(frozen=True)
class EcomapTie:
    #: ``None``: the tie to the client in the centre.
    person_a_id: str | None
    person_b_id: str
    shape: TieShape


@dataclass(frozen=True)
class EcomapSector:
    key: str
    #: Where the sector's name is written (its centre) and where its boundary runs.
    label_at: Point
    boundary: tuple[Point, Point]


@dataclass(frozen=True)
class LegendEntry:
    key: str
    shape: TieShape


@dataclass(frozen=True)
class EcomapDrawing:
    client_label: str
    client_radius: float
    nodes: tuple[EcomapNode, ...]
    ties: tuple[EcomapTie, ...]
    sectors: tuple[EcomapSector, ...]
    #: (left, top, right, bottom) around everything drawn, sector names included.
    bounds: tuple[float, float, float, float]
    legend: tuple[LegendEntry, ...]
    #: Scene units of the names' and the relationships' text.
    name_size: float
    relationship_size: float


@dataclass(frozen=True)
class EcomapWords:
    """The page's words in one language: the screen passes its translations, the CLI ``ECOMAP_WORDS``."""

    title: str
    subtitle: str
    sectors: dict[str, str]
    legend: dict[str, str]
    legend_title: str
    formal_note: str
    importance_note: str


ECOMAP_WORDS: dict[str, dict[str, object]] = {
    "de": {
        "title": "Netzwerkkarte", "legend_title": "Legende",
        "sectors": {"family": "Familie", "friends": "Freunde", "scene": "Szene",
                    "neighbourhood": "Nachbarschaft", "institutions": "Institutionen"},
        "legend": {"strong": "starke Beziehung", "medium": "mittlere Beziehung", "weak": "schwache Beziehung",
                   "ambivalent": "ambivalent", "stressful": "belastend", "broken_off": "abgebrochen",
                   "to_client": "Unterstützung zur KlientIn", "both": "Unterstützung gegenseitig"},
        "formal_note": "Doppelter Kreis: formelle Hilfe", "importance_note": "Kreisgröße: Wichtigkeit",
    },
    "da": {
        "title": "Netværkskort", "legend_title": "Signaturforklaring",
        "sectors": {"family": "Familie", "friends": "Venner", "scene": "Miljø",
                    "neighbourhood": "Nabolag", "institutions": "Institutioner"},
        "legend": {"strong": "stærk relation", "medium": "middel relation", "weak": "svag relation",
                   "ambivalent": "ambivalent", "stressful": "belastende", "broken_off": "afbrudt",
                   "to_client": "støtte til borgeren", "both": "gensidig støtte"},
        "formal_note": "Dobbelt cirkel: formel hjælp", "importance_note": "Cirklens størrelse: betydning",
    },
    "en": {
        "title": "Ecomap", "legend_title": "Legend",
        "sectors": {"family": "Family", "friends": "Friends", "scene": "Scene",
                    "neighbourhood": "Neighbourhood", "institutions": "Institutions"},
        "legend": {"strong": "strong tie", "medium": "medium tie", "weak": "weak tie",
                   "ambivalent": "ambivalent", "stressful": "stressful", "broken_off": "broken off",
                   "to_client": "support to the client", "both": "support both ways"},
        "formal_note": "Double circle: formal help", "importance_note": "Circle size: importance",
    },
}


def ecomap_words(language: str, subtitle: str = "") -> EcomapWords:
    words = ECOMAP_WORDS.get(language, ECOMAP_WORDS["en"])
    return EcomapWords(title=words["title"], subtitle=subtitle, sectors=dict(words["sectors"]),
                       legend=dict(words["legend"]), legend_title=words["legend_title"],
                       formal_note=words["formal_note"], importance_note=words["importance_note"])


#: What the PDF's metadata says: the kind of document only, never whose map it is.
PDF_TITLE = "Ecomap"
FORMAL_RING_GAP = 3.5


def render_ecomap(drawing: EcomapDrawing, words: EcomapWords, out: Output, language: str = "en") -> None:
    """One A4 landscape page: the map on the left, the legend on the right."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from casedesk.printing import fonts

    fonts.register_fonts()
    width, height = landscape(A4)
    canvas = Canvas(os.fspath(out) if isinstance(out, (str, os.PathLike)) else out, pagesize=(width, height),
                    initialFontName=fonts.REGULAR, lang=language)
    canvas.setTitle(PDF_TITLE)
    canvas.setAuthor("CaseDesk")
    canvas.setCreator("CaseDesk")
    canvas.setSubject("")
    margin = 14 * mm
    canvas.setFont(fonts.BOLD, 16)
    canvas.drawString(margin, height - margin - 10, words.title)
    if words.subtitle:
        canvas.setFont(fonts.REGULAR, 10)
        canvas.drawString(margin, height - margin - 26, words.subtitle)

    legend_width = 68 * mm
    area = (margin, margin, width - 2 * margin - legend_width - 6 * mm, height - 2 * margin - 34)
    left, top, right, bottom = drawing.bounds
    scale = min(area[2] / (right - left), area[3] / (bottom - top))
    # Centred in its area; scene y grows downwards, the page's upwards.
    origin_x = area[0] + (area[2] - (right - left) * scale) / 2
    origin_y = area[1] + area[3] - (area[3] - (bottom - top) * scale) / 2

    def at(point: Point) -> Point:
        return origin_x + (point[0] - left) * scale, origin_y - (point[1] - top) * scale

    canvas.setStrokeGray(0)
    canvas.setFillGray(0)
    canvas.setLineCap(0)
    canvas.setLineJoin(1)
    canvas.saveState()
    canvas.setStrokeGray(0.55)
    canvas.setLineWidth(0.6)
    canvas.setDash(1, 3)
    for sector in drawing.sectors:
        (x1, y1), (x2, y2) = at(sector.boundary[0]), at(sector.boundary[1])
        canvas.line(x1, y1, x2, y2)
    canvas.restoreState()
    canvas.setFont(fonts.BOLD, max(7.0, drawing.name_size * scale * 1.1))
    for sector in drawing.sectors:
        x, y = at(sector.label_at)
        canvas.drawCentredString(x, y - 3, words.sectors.get(sector.key, sector.key).upper())

    for tie in drawing.ties:
        _draw_shape(canvas, tie.shape, at, scale)

    def circle(x: float, y: float, radius: float, formal: bool, line: float) -> None:
        canvas.setLineWidth(line)
        canvas.setFillGray(1)
        canvas.circle(x, y, radius, stroke=1, fill=1)
        if formal:
            canvas.circle(x, y, max(radius - FORMAL_RING_GAP * scale, 1), stroke=1, fill=0)
        canvas.setFillGray(0)

    cx, cy = at((0.0, 0.0))
    circle(cx, cy, drawing.client_radius * scale, False, 2)
    _centred_fitting(canvas, fonts.BOLD, drawing.name_size * scale * 1.15, drawing.client_label, cx, cy - 4,
                     drawing.client_radius * scale * 1.9)
    for node in drawing.nodes:
        x, y = at((node.x, node.y))
        radius = node.radius * scale
        circle(x, y, radius, node.formal, 1.1)
        name_size = drawing.name_size * scale
        label_width = max(radius * 2, 95 * scale)
        _centred_fitting(canvas, fonts.BOLD, name_size, node.name, x, y - radius - name_size - 1, label_width)
        if node.relationship:
            size = drawing.relationship_size * scale
            _centred_fitting(canvas, fonts.REGULAR, size, node.relationship, x,
                             y - radius - name_size - size - 2.5, label_width)

    # The legend: a sample of each line with its meaning.
    lx = width - margin - legend_width
    ly = height - margin - 60
    canvas.setFont(fonts.BOLD, 11)
    canvas.drawString(lx, ly, words.legend_title)
    ly -= 20
    sample = 18 * mm
    for entry in drawing.legend:
        xs = [p[0] for line in entry.shape.polylines for p in line]
        x0, sample_scale = min(xs), sample / (max(xs) - min(xs))

        def legend_at(point: Point, y=ly, s=sample_scale, x0=x0) -> Point:
            return lx + (point[0] - x0) * s, y + 3 - point[1] * s

        _draw_shape(canvas, entry.shape, legend_at, sample_scale)
        canvas.setFont(fonts.REGULAR, 9)
        canvas.drawString(lx + sample + 6 * mm, ly, words.legend.get(entry.key, entry.key))
        ly -= 17
    ly -= 6
    circle(lx + 5 * mm, ly + 3, 3 * mm, True, 1.1)
    canvas.setFont(fonts.REGULAR, 9)
    canvas.drawString(lx + sample + 6 * mm, ly, words.formal_note)
    ly -= 17
    canvas.drawString(lx + sample + 6 * mm, ly, words.importance_note)
    canvas.showPage()
    canvas.save()


def _draw_shape(canvas, shape: TieShape, at, scale: float) -> None:
    canvas.setLineWidth(max(shape.width * scale, 0.4))
    for line in shape.polylines:
        path = canvas.beginPath()
        path.moveTo(*at(line[0]))
        for point in line[1:]:
            path.lineTo(*at(point))
        canvas.drawPath(path, stroke=1, fill=0)
    for head in shape.arrowheads:
        path = canvas.beginPath()
        path.moveTo(*at(head[0]))
        for point in head[1:]:
            path.lineTo(*at(point))
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)


def _centred_fitting(canvas, font: str, size: float, text: str, x: float, y: float, width: float) -> None:
    """``text`` centred at x, shortened with an ellipsis where it would run into its neighbours."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size = max(size, 5.0)
    if stringWidth(text, font, size) > width:
        while text and stringWidth(text + "…", font, size) > width:
            text = text[:-1]
        text = text.rstrip() + "…"
    canvas.setFont(font, size)
    canvas.drawCentredString(x, y, text)
