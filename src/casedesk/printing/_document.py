"""A4 page frame and building blocks shared by the Platypus documents."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from casedesk.printing import fonts
from casedesk.printing._text import markup
from casedesk.printing.content import Language, TaskEntry
from casedesk.printing.labels import format_date, label

Output = str | os.PathLike[str] | BinaryIO

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
CELL_PADDING = 4

ACCENT = colors.HexColor("#0B2545")
RULE = colors.HexColor("#9AA5B1")
SHADE = colors.HexColor("#EEF1F4")
MUTED_INK = colors.HexColor("#333333")

# DejaVu Sans is wide: 9.5 pt reads like 10.5 pt of most office fonts.
BODY = ParagraphStyle(
    "body", fontName=fonts.REGULAR, fontSize=9.5, leading=13, embeddedHyphenation=1, splitLongWords=1
)
CELL = ParagraphStyle("cell", parent=BODY, fontName=fonts.CONDENSED, fontSize=9, leading=11.5)
CELL_LABEL = ParagraphStyle("cell_label", parent=CELL, fontName=fonts.CONDENSED_BOLD)
CELL_HEAD = ParagraphStyle("cell_head", parent=CELL, fontName=fonts.CONDENSED_BOLD, textColor=colors.white)
TITLE = ParagraphStyle("title", parent=BODY, fontName=fonts.BOLD, fontSize=17, leading=21, textColor=ACCENT)
SUBTITLE = ParagraphStyle("subtitle", parent=BODY, fontSize=11, leading=15, spaceAfter=8)
SECTION = ParagraphStyle(
    "section",
    parent=BODY,
    fontName=fonts.BOLD,
    fontSize=12,
    leading=15,
    textColor=ACCENT,
    spaceBefore=12,
    spaceAfter=5,
)
# A heading needs at least this much room below it, or it moves to the next page.
# (keepWithNext would drag a whole long table along to the next page instead.)
MIN_SPACE_BELOW_HEADING = 35 * mm
MIN_ROW_PIECE = 12 * mm


def text(language: Language, value: str, style: ParagraphStyle = BODY, width: float = FRAME_WIDTH) -> Paragraph:
    """A paragraph of user-entered text, hyphenating words too long for `width` in `language`."""
    return Paragraph(markup(value, style.fontName, style.fontSize, width - style.leftIndent, language), style)


def lines(
    language: Language, parts: Sequence[str], style: ParagraphStyle = CELL, width: float = FRAME_WIDTH
) -> Paragraph:
    """Several short values in one cell, one per line; empty parts are left out."""
    return Paragraph(
        "<br/>".join(
            markup(part, style.fontName, style.fontSize, width, language) for part in parts if part.strip()
        ),
        style,
    )


def section(language: Language, title: str) -> list[Flowable]:
    return [
        CondPageBreak(MIN_SPACE_BELOW_HEADING),
        Paragraph(markup(title, SECTION.fontName, SECTION.fontSize, FRAME_WIDTH, language), SECTION),
    ]


class ContinuedTable(Table):
    """A table that continues on the next page, never further down the same page.

    Rows are kept whole where possible; only a row that does not fit even on an
    empty page is split inside (plain tables raise LayoutError for it). Without
    the page break, ReportLab would try the rest of a split table in the space
    left below the first part and could put a repeated header and a sliver of
    the next row there.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # setdefault: ReportLab builds the split parts through this class, passing these on.
        kwargs.setdefault("splitByRow", 1)
        kwargs.setdefault("splitInRow", MIN_ROW_PIECE)
        super().__init__(*args, **kwargs)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        return [parts[0], PageBreak(), *parts[1:]] if len(parts) > 1 else parts


def grid(
    rows: list[list[Any]], widths: Sequence[float], *, header: bool = True, extra: Sequence[tuple] = ()
) -> Table:
    """A ruled table; the header row (if any) repeats on every page it continues on."""
    commands: list[tuple] = [
        # Plain-string cells would otherwise use the table default, Helvetica.
        ("FONTNAME", (0, 0), (-1, -1), CELL.fontName),
        ("FONTSIZE", (0, 0), (-1, -1), CELL.fontSize),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("FONTNAME", (0, 0), (-1, 0), CELL_HEAD.fontName),
        ]
    table = ContinuedTable(rows, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    table.setStyle(TableStyle(commands + list(extra)))
    return table


def header_row(language: Language, labels: Sequence[str], widths: Sequence[float]) -> list[Paragraph]:
    return [
        Paragraph(
            markup(caption, CELL_HEAD.fontName, CELL_HEAD.fontSize, width - 2 * CELL_PADDING, language),
            CELL_HEAD,
        )
        for caption, width in zip(labels, widths)
    ]


def cell(language: Language, value: str, width: float, style: ParagraphStyle = CELL) -> Paragraph:
    return text(language, value, style, width - 2 * CELL_PADDING)


def facts(language: Language, pairs: Sequence[tuple[str, str]], label_width: float = 45 * mm) -> Table:
    """Label/value pairs such as "Team: Nord"; pairs with an empty value are left out."""
    value_width = FRAME_WIDTH - label_width
    rows = [
        [cell(language, caption, label_width, CELL_LABEL), cell(language, value, value_width)]
        for caption, value in pairs
        if value.strip()
    ]
    return grid(rows, [label_width, value_width], header=False)


def tasks_table(language: Language, tasks: Sequence[TaskEntry]) -> Flowable:
    if not tasks:
        return text(language, label(language, "no_open_tasks"))
    widths = [FRAME_WIDTH - 70 * mm, 25 * mm, 45 * mm]
    rows: list[list[Any]] = [
        header_row(language, [label(language, key) for key in ("task", "due", "responsible")], widths)
    ]
    for task in tasks:
        due = format_date(language, task.due) if task.due else ""
        if task.overdue:
            # In words and in bold: a black-and-white print shows it as well as a screen.
            due = f"{due}\n{label(language, 'task.overdue')}"
        rows.append(
            [cell(language, task.text, widths[0]),
             cell(language, due, widths[1], CELL_LABEL if task.overdue else CELL),
             cell(language, task.responsible, widths[2])]
        )
    return grid(rows, widths)


def title_block(language: Language, title: str, subtitle: str) -> list[Flowable]:
    return [text(language, title, TITLE), text(language, subtitle, SUBTITLE)]


BOX_PADDING = 8


BOX_TEXT_WIDTH = FRAME_WIDTH - 2 * BOX_PADDING


def boxed(language: Language, content: str | Paragraph) -> ContinuedTable:
    """Free text (or a paragraph already marked up) set off on a shaded background (overall goal,
    emergency notes)."""
    paragraph = text(language, content, BODY, BOX_TEXT_WIDTH) if isinstance(content, str) else content
    box = ContinuedTable([[paragraph]], colWidths=[FRAME_WIDTH])
    box.setStyle(
        TableStyle(
            [
                # Tables set their cells' default font (Helvetica) even around Paragraphs.
                ("FONTNAME", (0, 0), (-1, -1), BODY.fontName),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), BOX_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), BOX_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return box


def long_text(language: Language, value: str) -> list[Flowable]:
    """Blank lines separate paragraphs; each paragraph may break across pages."""
    blocks = [block for block in value.split("\n\n") if block.strip()]
    story: list[Flowable] = []
    for block in blocks:
        story += [text(language, block), Spacer(0, 5)]
    return story


_RUNNING_TITLE_SIZES = (9.0, 8.0, 7.0)


def _running_title_size(title: str, room: float) -> float:
    for size in _RUNNING_TITLE_SIZES:
        if stringWidth(title, fonts.BOLD, size) <= room:
            return size
    return _RUNNING_TITLE_SIZES[-1]


def _running_title(title: str, room: float) -> str:
    """The title as it fits the header line; the first page shows it in full anyway."""
    size = _running_title_size(title, room)
    while stringWidth(title, fonts.BOLD, size) > room and len(title) > 1:
        title = title[:-2] + "…"
    return title


class _PagedCanvas(Canvas):
    """Draws header and footer once the page count is known, for "page 2 of 5".

    Platypus only knows the number of pages at the end, so every page's drawing
    state is kept until `save` (ReportLab's standard numbered-canvas recipe).
    """

    def __init__(self, *args: Any, document_title: str, language: Language, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._document_title = document_title
        self._language = language
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        for number, state in enumerate(self._page_states, start=1):
            self.__dict__.update(state)
            self._decorate(number, total)
            super().showPage()
        super().save()

    def _decorate(self, page: int, pages: int) -> None:
        top = PAGE_HEIGHT - 13 * mm
        page_label = label(self._language, "page_x_of_y", page=page, pages=pages)
        room = FRAME_WIDTH - stringWidth(page_label, fonts.REGULAR, 9) - 8 * mm
        self.saveState()
        self.setFillColor(ACCENT)
        self.setFont(fonts.BOLD, _running_title_size(self._document_title, room))
        self.drawString(MARGIN_X, top, _running_title(self._document_title, room))
        self.setFont(fonts.REGULAR, 9)
        self.drawRightString(PAGE_WIDTH - MARGIN_X, top, page_label)
        self.setStrokeColor(ACCENT)
        self.setLineWidth(0.8)
        self.line(MARGIN_X, top - 2.5 * mm, PAGE_WIDTH - MARGIN_X, top - 2.5 * mm)
        self.setFillColor(MUTED_INK)
        self.setFont(fonts.REGULAR, 7.5)
        self.drawCentredString(PAGE_WIDTH / 2, 10 * mm, label(self._language, "confidential"))
        self.restoreState()


def build(
    out: Output, language: Language, document_title: str, story: list[Flowable], *, subject: str = ""
) -> int:
    """Lay out `story` on A4 pages with header and footer; returns the page count.

    `subject` (the client's name, for the plan and the protocol, whose loose pages must be matched
    to their client) joins the title in the running header on paper only: the PDF's metadata
    carries the bare document kind, author and creator "CaseDesk", so a file passed on or indexed by
    a desktop search does not name the client outside its pages.
    """
    running_title = f"{document_title} – {subject}" if subject else document_title
    target = os.fspath(out) if isinstance(out, (str, os.PathLike)) else out
    # Unpadded frame, so that tables FRAME_WIDTH wide line up with header and footer.
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    document = BaseDocTemplate(
        target,
        pagesize=A4,
        pageTemplates=[PageTemplate(frames=[frame])],
        title=document_title,
        author="CaseDesk",
        creator="CaseDesk",
        subject="",
        lang=language,
        initialFontName=fonts.REGULAR,
    )

    def make_canvas(*args: Any, **kwargs: Any) -> _PagedCanvas:
        return _PagedCanvas(*args, document_title=running_title, language=language, **kwargs)

    document.build(story, canvasmaker=make_canvas)
    return document.page
