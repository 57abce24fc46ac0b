"""The client's relapse-prevention wallet card, printed as a four-panel fold-out.

Why a four-panel French fold (2 × 2 ID-1 panels, folded twice) and not a
front/back card:

* Three risk situations, what to do instead, whom to turn to and a handful of
  phone numbers do not fit on two ID-1 faces at sizes clients with poor
  eyesight can read; four faces double the room.
* It needs only one printed side, so any office printer will do. Front/back
  pages depend on duplex registration, which is off by millimetres on office
  printers and easily prints the back upside down.
* Folded it is exactly ID-1 and opens like a book: the title on the front,
  the risk situations facing what to do about each of them (row by row), and
  the numbers on the back, readable in a crisis without unfolding anything.
  The front and back panels are printed upside down in the sheet's top row
  because folding that row behind the bottom one turns them upright.

Why A4 pages rather than pages of the card's own size: a custom-sized page is
scaled by "fit to page" print dialogs and then no longer fits a wallet. On A4
(paper or A4 card stock) at 100 %, with crop marks outside the trim and dashed
fold marks, the card comes out at its true size. Two fold-outs fit on a page.

Text never gets cut. Each panel is set at the largest size from a preferred
size down to a minimum (normal print 6.5 pt, large print 9 pt) at which
everything fits; if even the minimum is too big, `check_card_fits` names the
panel and field and says by how much. Large print also gives each risk
situation a card of its own (each with cover and numbers), because two
situations side by side already push large print down to its minimum.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Literal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from casedesk.printing import fonts
from casedesk.printing._document import Output
from casedesk.printing._text import NO_BREAK_SPACE, markup, unbreakable
from casedesk.printing.content import MAX_RISK_SITUATIONS, RelapseCardContent, RiskSituation
from casedesk.printing.labels import format_date, label

ID1_WIDTH = 85.6 * mm
ID1_HEIGHT = 54 * mm
FOLD_OUT_WIDTH = 2 * ID1_WIDTH
FOLD_OUT_HEIGHT = 2 * ID1_HEIGHT
PAGE_SIZE = A4
FOLD_OUTS_PER_PAGE = 2

# Distance kept from cuts and folds: hand cutting and folding is rarely better than 2 mm.
SAFE_MARGIN = 3.5 * mm
CONTENT_WIDTH = ID1_WIDTH - 2 * SAFE_MARGIN
CONTENT_HEIGHT = ID1_HEIGHT - 2 * SAFE_MARGIN
MARK_OFFSET = 3 * mm
MARK_LENGTH = 6 * mm
# Room between two fold-outs on a page for both sets of marks.
FOLD_OUT_GAP = 2 * (MARK_OFFSET + MARK_LENGTH) + 2 * mm
SIZE_STEP = 0.25
ROUNDING_ALLOWANCE = 0.01  # pt: far below anything a printer shows

INK = colors.black
ACCENT = colors.HexColor("#0B2545")  # navy: 15:1 contrast on white, still reads as a colour
FOLD_LINE = colors.HexColor("#9AA5B1")

Panel = Literal["cover", "risk_situations", "what_to_do", "important_numbers"]


@dataclass(frozen=True)
class FitProblem:
    """Text that does not fit its panel even at the minimum font size."""

    card: int  # 1-based; in large print every risk situation has a card of its own
    panel: Panel
    field: str  # e.g. "risk_situations[1].alternatives", "important_numbers[0].number"
    overflow_pt: float  # how much taller (or, for a phone number, wider) than the panel

    def __str__(self) -> str:
        return f"card {self.card}, {self.panel}: {self.field} is {self.overflow_pt / mm:.1f} mm too large"


class CardDoesNotFit(ValueError):
    def __init__(self, problems: Sequence[FitProblem], card_index: int | None = None) -> None:
        self.problems = list(problems)
        self.card_index = card_index  # position in the list given to render_card_sheet
        where = "" if card_index is None else f"card #{card_index}: "
        super().__init__(where + "; ".join(map(str, self.problems)))


@dataclass(frozen=True)
class _PrintSize:
    body_font: str
    bold_font: str
    preferred_size: float
    min_size: float
    leading: float  # as a multiple of the font size
    situations_per_card: int


# Condensed letters get more words onto a narrow panel at normal size; large print
# uses the regular width because wide letter shapes are what low-vision readers need.
NORMAL_PRINT = _PrintSize(fonts.CONDENSED, fonts.CONDENSED_BOLD, 9.5, 6.5, 1.2, MAX_RISK_SITUATIONS)
LARGE_PRINT = _PrintSize(fonts.REGULAR, fonts.BOLD, 13.0, 9.0, 1.3, 1)


@dataclass
class _Item:
    field: str
    flowable: Flowable
    space_before: float = 0.0
    # Width that must fit on one line (phone numbers are never broken).
    unbreakable_width: float = 0.0
    height: float = 0.0


@dataclass
class _Row:
    columns: list[list[_Item]]
    space_before: float = 0.0
    height: float = 0.0


@dataclass
class _FittedPanel:
    rows: list[_Row]
    problems: list[FitProblem] = field(default_factory=list)


@dataclass
class _FoldOut:
    cover: _FittedPanel
    spread: _FittedPanel  # two columns: risk situations | what to do
    numbers: _FittedPanel

    @property
    def problems(self) -> list[FitProblem]:
        return self.cover.problems + self.spread.problems + self.numbers.problems


class _Styles:
    """Paragraph styles for one base font size."""

    def __init__(self, size: float, print_size: _PrintSize) -> None:
        self.size = size
        self.print_size = print_size
        lead = print_size.leading
        body, bold = print_size.body_font, print_size.bold_font

        def style(name: str, font: str, font_size: float, color: colors.Color = INK) -> ParagraphStyle:
            return ParagraphStyle(
                name,
                fontName=font,
                fontSize=font_size,
                leading=font_size * lead,
                textColor=color,
                embeddedHyphenation=1,
                splitLongWords=1,
            )

        self.body = style("body", body, size)
        self.numbered = ParagraphStyle(
            "numbered", parent=self.body, leftIndent=size * 1.3, bulletFontName=bold, bulletFontSize=size
        )
        self.indented = ParagraphStyle("indented", parent=self.body, leftIndent=size * 1.3)
        self.heading = style("heading", bold, size + 1.5, ACCENT)
        self.title = style("title", bold, size * 1.45, colors.white)
        self.name = style("name", bold, size * 1.3)
        # The least important line gets the smallest allowed size, whatever the panel's size.
        self.small = style("small", body, print_size.min_size)
        self.phone_label = style("phone_label", body, size)
        self.phone_number = style("phone_number", bold, size * 1.3)

    def text(self, text: str, style: ParagraphStyle, width: float = CONTENT_WIDTH) -> str:
        return markup(text, style.fontName, style.fontSize, width - style.leftIndent)

    def labelled(self, caption: str, text: str, style: ParagraphStyle) -> str:
        return f"<b>{self.text(caption, style)}:</b> {self.text(text, style)}"


def _heading(styles: _Styles, text: str, field_name: str) -> list[_Item]:
    return [
        _Item(field_name, Paragraph(styles.text(text, styles.heading), styles.heading)),
        _Item(field_name, HRFlowable(width="100%", thickness=1.2, color=ACCENT), space_before=1.5),
    ]


def _cover_rows(content: RelapseCardContent, part: int, parts: int, styles: _Styles) -> list[_Row]:
    language = content.language
    title = Paragraph(
        styles.text(label(language, "card.title"), styles.title, CONTENT_WIDTH - 8), styles.title
    )
    # A navy band with white type makes the card recognisable at a glance in a full wallet.
    band = Table([[title]], colWidths=[CONTENT_WIDTH], cornerRadii=[3, 3, 3, 3])
    band.setStyle(
        TableStyle(
            [
                # Tables set their cells' default font (Helvetica) even around Paragraphs.
                ("FONTNAME", (0, 0), (-1, -1), styles.print_size.body_font),
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    rows = [_Row([[_Item("title", band)]])]
    if content.display_name.strip():
        name = Paragraph(styles.text(content.display_name, styles.name), styles.name)
        rows.append(_Row([[_Item("display_name", name)]], space_before=styles.size * 0.8))
    if content.date_of_birth_text:
        born = label(language, "card.born", date_of_birth=content.date_of_birth_text)
        rows.append(
            _Row([[_Item("date_of_birth_text", Paragraph(styles.text(born, styles.body), styles.body))]])
        )
    issued = label(
        language, "card.issued", version=content.version, date=format_date(language, content.issued_on)
    )
    if parts > 1:
        issued += "<br/>" + label(language, "card.part", part=part, parts=parts)
    rows.append(_Row([[_Item("issued_on", Paragraph(issued, styles.small))]], space_before=styles.size * 0.5))
    return rows


def _spread_rows(
    content: RelapseCardContent, situations: Sequence[tuple[int, RiskSituation]], styles: _Styles
) -> list[_Row]:
    language = content.language
    rows = [
        _Row(
            [
                _heading(styles, label(language, "card.situations"), "risk_situations"),
                _heading(styles, label(language, "card.what_to_do"), "what_to_do"),
            ]
        )
    ]
    for index, situation in situations:
        prefix = f"risk_situations[{index}]"
        number = str(index + 1)
        left = [
            _Item(
                f"{prefix}.description",
                Paragraph(
                    styles.text(situation.description, styles.numbered), styles.numbered, bulletText=number
                ),
            )
        ]
        if situation.triggers:
            triggers = ", ".join(label(language, f"trigger.{code}") for code in situation.triggers)
            text = styles.labelled(label(language, "card.triggers"), triggers, styles.indented)
            left.append(_Item(f"{prefix}.triggers", Paragraph(text, styles.indented), space_before=1))
        right = []
        if situation.alternatives.strip():
            text = styles.labelled(label(language, "card.instead"), situation.alternatives, styles.numbered)
            right.append(_Item(f"{prefix}.alternatives", Paragraph(text, styles.numbered, bulletText=number)))
        if situation.whom_to_turn_to.strip():
            # Without alternatives this line carries the number so the rows still pair up.
            style = styles.indented if right else styles.numbered
            text = styles.labelled(label(language, "card.turn_to"), situation.whom_to_turn_to, style)
            paragraph = Paragraph(text, style, bulletText=None if right else number)
            right.append(_Item(f"{prefix}.whom_to_turn_to", paragraph, space_before=1 if right else 0))
        rows.append(_Row([left, right], space_before=styles.size * 0.7))
    return rows


# Spaces before words of up to three characters, which should not start a line:
# "Krisendienst (24 h)" wraps before "(24 h)" as a whole, "Team / Nord" not after "/".
_SHORT_WORD_BREAK = re.compile(r" (?=\S{1,3}(?: |$))")


def _phone_list_style(gap: float, font_name: str) -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), font_name),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("LEFTPADDING", (1, 0), (1, 0), gap),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, FOLD_LINE),
        ]
    )


def _numbers_rows(content: RelapseCardContent, styles: _Styles) -> list[_Row]:
    items = _heading(styles, label(content.language, "card.numbers"), "important_numbers")
    label_style, number_style = styles.phone_label, styles.phone_number
    widths = [
        stringWidth(entry.number.strip(), number_style.fontName, number_style.fontSize)
        for entry in content.important_numbers
    ]
    gap = styles.size
    # The cell gives the number (gap + width) - gap, which floating point can make a hair less
    # than its width: ReportLab then splits "0800 111 0 111" over two lines.
    number_column = max(widths, default=0.0) + gap + ROUNDING_ALLOWANCE
    # A phone list (label left, number right) saves a line per entry; labels may wrap
    # between words, but if a word does not fit beside the numbers, each label goes
    # above its number instead.
    captions = [
        _SHORT_WORD_BREAK.sub(NO_BREAK_SPACE, entry.label.strip()) for entry in content.important_numbers
    ]
    label_width = CONTENT_WIDTH - number_column
    longest_word = max(
        (
            stringWidth(word, label_style.fontName, label_style.fontSize)
            for caption in captions
            for word in caption.split(" ")
        ),
        default=0.0,
    )
    as_list = 0 < label_width and longest_word <= label_width
    if not as_list:
        label_width = CONTENT_WIDTH
    list_style = _phone_list_style(gap, label_style.fontName)
    for index, (entry, caption_text, width) in enumerate(zip(content.important_numbers, captions, widths)):
        prefix = f"important_numbers[{index}]"
        space = styles.size * (0.35 if as_list else 0.6)
        caption = Paragraph(styles.text(caption_text, label_style, label_width), label_style)
        number = Paragraph(unbreakable(entry.number), number_style)
        if as_list:
            line = Table([[caption, number]], colWidths=[label_width, number_column], style=list_style)
            items.append(_Item(prefix, line, space_before=space))
            continue
        if entry.label.strip():
            items.append(_Item(f"{prefix}.label", caption, space_before=space))
            space = 0.0
        items.append(_Item(f"{prefix}.number", number, space_before=space, unbreakable_width=width))
    return [_Row([items])]


def _column_panel(panel: Panel, column: int) -> Panel:
    if panel == "risk_situations" and column == 1:
        return "what_to_do"
    return panel


def _measure(rows: list[_Row], card: int, panel: Panel) -> FitProblem | None:
    """Wrap every flowable; return the first item that sticks out of the panel."""
    worst: FitProblem | None = None
    top = 0.0
    for row in rows:
        top += row.space_before
        row.height = 0.0
        for column, items in enumerate(row.columns):
            bottom = top
            for item in items:
                bottom += item.space_before
                item.height = item.flowable.wrap(CONTENT_WIDTH, CONTENT_HEIGHT)[1]
                bottom += item.height
                too_wide = item.unbreakable_width - CONTENT_WIDTH
                too_tall = bottom - CONTENT_HEIGHT
                if worst is None and max(too_wide, too_tall) > 0.01:
                    worst = FitProblem(
                        card, _column_panel(panel, column), item.field, max(too_wide, too_tall)
                    )
            row.height = max(row.height, bottom - top)
        top += row.height
    if worst is not None and top - CONTENT_HEIGHT > worst.overflow_pt:
        # Report the total shortfall: shortening that one field by less would not do.
        worst = FitProblem(worst.card, worst.panel, worst.field, top - CONTENT_HEIGHT)
    return worst


def _fit(
    build: Callable[[_Styles], list[_Row]],
    content: RelapseCardContent,
    card: int,
    panel: Panel,
    enlarge: float = 1.0,
) -> _FittedPanel:
    """Lay out at the largest size that fits, or at the minimum with the problem reported.

    `enlarge` raises the starting size for a panel that should use its room for bigger type.
    """
    print_size = _print_size(content)
    largest = print_size.preferred_size * enlarge
    steps = round((largest - print_size.min_size) / SIZE_STEP)
    sizes = [largest - i * SIZE_STEP for i in range(steps + 1)]

    def attempt(size: float) -> tuple[list[_Row], FitProblem | None]:
        rows = build(_Styles(size, print_size))
        return rows, _measure(rows, card, panel)

    rows, problem = attempt(sizes[0])
    if problem is None:
        return _FittedPanel(rows)
    # Binary search for the largest size that fits: a smaller size never needs more room.
    low, high = 1, len(sizes) - 1
    best: tuple[list[_Row], FitProblem | None] | None = None
    while low <= high:
        middle = (low + high) // 2
        candidate = attempt(sizes[middle])
        if candidate[1] is None:
            best, high = candidate, middle - 1
        else:
            low = middle + 1
    if best is None:
        best = attempt(sizes[-1])
    rows, problem = best
    return _FittedPanel(rows, [problem] if problem else [])


def _print_size(content: RelapseCardContent) -> _PrintSize:
    return LARGE_PRINT if content.large_print else NORMAL_PRINT


def _layout(content: RelapseCardContent) -> list[_FoldOut]:
    per_card = _print_size(content).situations_per_card
    numbered = list(enumerate(content.risk_situations))
    cards = [numbered[start : start + per_card] for start in range(0, len(numbered), per_card)] or [[]]
    fold_outs = []
    for part, situations in enumerate(cards, start=1):
        fold_outs.append(
            _FoldOut(
                cover=_fit(partial(_cover_rows, content, part, len(cards)), content, part, "cover"),
                spread=_fit(partial(_spread_rows, content, situations), content, part, "risk_situations"),
                # The back of the card is read in a hurry: numbers as big as the panel allows.
                numbers=_fit(
                    partial(_numbers_rows, content), content, part, "important_numbers", enlarge=1.25
                ),
            )
        )
    return fold_outs


def check_card_fits(content: RelapseCardContent) -> list[FitProblem]:
    """Problems that would stop `render_card`; empty when everything fits."""
    fonts.register_fonts()
    return [problem for fold_out in _layout(content) for problem in fold_out.problems]


def _draw_rows(
    canvas: Canvas, panel: _FittedPanel, column_origins: Sequence[float], pin_last_row: bool
) -> None:
    """Draw rows top-down inside panels whose content boxes start at y = 0."""
    top = CONTENT_HEIGHT
    for position, row in enumerate(panel.rows):
        top -= row.space_before
        if pin_last_row and position == len(panel.rows) - 1:
            top = min(top, row.height)
        for x, items in zip(column_origins, row.columns):
            bottom = top
            for item in items:
                bottom -= item.space_before + item.height
                item.flowable.drawOn(canvas, x, bottom)
        top -= row.height


def _draw_panel(
    canvas: Canvas, panel: _FittedPanel, x: float, y: float, upside_down: bool, pin_last_row: bool
) -> None:
    canvas.saveState()
    if upside_down:
        canvas.translate(x + ID1_WIDTH, y + ID1_HEIGHT)
        canvas.rotate(180)
    else:
        canvas.translate(x, y)
    canvas.translate(SAFE_MARGIN, SAFE_MARGIN)
    _draw_rows(canvas, panel, [0.0], pin_last_row)
    canvas.restoreState()


def _draw_marks(canvas: Canvas, x: float, y: float) -> None:
    """Crop marks at the corners and dashed fold marks, all outside the trim box."""
    right, top = x + FOLD_OUT_WIDTH, y + FOLD_OUT_HEIGHT
    near, far = MARK_OFFSET, MARK_OFFSET + MARK_LENGTH
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.3)
    for corner_x, corner_y, dx, dy in (
        (x, y, -1, -1),
        (right, y, 1, -1),
        (x, top, -1, 1),
        (right, top, 1, 1),
    ):
        canvas.line(corner_x + dx * near, corner_y, corner_x + dx * far, corner_y)
        canvas.line(corner_x, corner_y + dy * near, corner_x, corner_y + dy * far)
    canvas.setDash(2, 1.5)
    fold_x, fold_y = x + ID1_WIDTH, y + ID1_HEIGHT
    canvas.line(fold_x, y - near, fold_x, y - far)
    canvas.line(fold_x, top + near, fold_x, top + far)
    canvas.line(x - near, fold_y, x - far, fold_y)
    canvas.line(right + near, fold_y, right + far, fold_y)
    # A faint line on the folds themselves: the marks outside are gone once the card is cut.
    canvas.setStrokeColor(FOLD_LINE)
    canvas.setLineWidth(0.25)
    canvas.line(fold_x, y, fold_x, top)
    canvas.line(x, fold_y, right, fold_y)
    canvas.restoreState()


def _draw_fold_out(canvas: Canvas, fold_out: _FoldOut, x: float, y: float) -> None:
    _draw_marks(canvas, x, y)
    _draw_panel(canvas, fold_out.cover, x, y + ID1_HEIGHT, upside_down=True, pin_last_row=True)
    _draw_panel(canvas, fold_out.numbers, x + ID1_WIDTH, y + ID1_HEIGHT, upside_down=True, pin_last_row=False)
    canvas.saveState()
    canvas.translate(x + SAFE_MARGIN, y + SAFE_MARGIN)
    _draw_rows(canvas, fold_out.spread, [0.0, ID1_WIDTH], pin_last_row=False)
    canvas.restoreState()


def _draw_print_hint(canvas: Canvas, language: str, below_y: float) -> None:
    style = ParagraphStyle("hint", fontName=fonts.REGULAR, fontSize=8, leading=10, textColor=INK)
    hint = Paragraph(label(language, "card.print_hint"), style)
    height = hint.wrap(FOLD_OUT_WIDTH, PAGE_SIZE[1])[1]
    hint.drawOn(
        canvas, (PAGE_SIZE[0] - FOLD_OUT_WIDTH) / 2, below_y - MARK_OFFSET - MARK_LENGTH - 3 * mm - height
    )


def _fold_out_origin(slot: int) -> tuple[float, float]:
    page_width, page_height = PAGE_SIZE
    used = FOLD_OUTS_PER_PAGE * FOLD_OUT_HEIGHT + (FOLD_OUTS_PER_PAGE - 1) * FOLD_OUT_GAP
    top_margin = (page_height - used) / 2
    x = (page_width - FOLD_OUT_WIDTH) / 2
    y = page_height - top_margin - (slot + 1) * FOLD_OUT_HEIGHT - slot * FOLD_OUT_GAP
    return x, y


def _render(contents: Sequence[RelapseCardContent], out: Output, allow_overflow: bool) -> int:
    fonts.register_fonts()
    placed: list[tuple[RelapseCardContent, _FoldOut]] = []
    for index, content in enumerate(contents):
        fold_outs = _layout(content)
        problems = [problem for fold_out in fold_outs for problem in fold_out.problems]
        if problems and not allow_overflow:
            raise CardDoesNotFit(problems, index if len(contents) > 1 else None)
        placed.extend((content, fold_out) for fold_out in fold_outs)

    first = contents[0]
    canvas = Canvas(
        os.fspath(out) if isinstance(out, (str, os.PathLike)) else out,
        pagesize=PAGE_SIZE,
        initialFontName=fonts.REGULAR,
        lang=first.language,
    )
    canvas.setTitle(label(first.language, "card.title"))
    canvas.setAuthor("CaseDesk")
    # Scaling to the printable area would make the card too small for a wallet.
    canvas.setViewerPreference("PrintScaling", "None")
    pages = math.ceil(len(placed) / FOLD_OUTS_PER_PAGE)
    for page in range(pages):
        on_page = placed[page * FOLD_OUTS_PER_PAGE : (page + 1) * FOLD_OUTS_PER_PAGE]
        for slot, (_, fold_out) in enumerate(on_page):
            _draw_fold_out(canvas, fold_out, *_fold_out_origin(slot))
        _draw_print_hint(canvas, on_page[0][0].language, _fold_out_origin(len(on_page) - 1)[1])
        canvas.showPage()
    canvas.save()
    return pages


def render_card(content: RelapseCardContent, out: Output, *, allow_overflow: bool = False) -> int:
    """Print one client's card on A4; returns the page count.

    Normal print is one fold-out; large print one fold-out per risk situation
    (two per page).

    Raises `CardDoesNotFit` if any text would overflow its panel at the minimum
    size; with `allow_overflow=True` such text is printed anyway, running past
    its panel, so it is visibly wrong rather than silently missing.
    """
    return _render([content], out, allow_overflow)


def render_card_sheet(
    contents: Sequence[RelapseCardContent], out: Output, *, allow_overflow: bool = False
) -> int:
    """Print many cards, two fold-outs per A4 page with crop marks; returns the page count."""
    if not contents:
        raise ValueError("render_card_sheet needs at least one card")
    return _render(contents, out, allow_overflow)
