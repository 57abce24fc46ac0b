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

Text is never cut, never shrunk below a readable size and never printed over a fold or the
other card. Each panel is set at the largest size from a preferred size down to a minimum
(normal print 7 pt, large print 9 pt) at which everything fits. Where even the minimum is too big
the card takes more room by design: normal-print risk situations that do not fit one spread go
on to a second fold-out ("card 2 of 2"; large print gives each situation its own fold-out from
the start), and numbers that do not fit the back continue on the front below the title. Crisis
lines (112, 1813, 116117, the team's) are placed first, so they are never what finds no room.
Only what does not fit even so - one situation longer than a whole spread, more numbers than
back and front hold - stops printing: `check_card_fits` names the card, panel and field and
says by how much. A preview of such a card draws every panel cut off at its own edge, the
panels in trouble outlined, with a note saying so.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
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
from casedesk.printing.phones import REGION_OF_LANGUAGE, format_number, is_emergency_number

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
HINT_SIZE = 8

INK = colors.black
ACCENT = colors.HexColor("#0B2545")  # navy: 15:1 contrast on white, still reads as a colour
FOLD_LINE = colors.HexColor("#9AA5B1")
PROBLEM = colors.HexColor("#B3261E")

Panel = Literal["cover", "risk_situations", "what_to_do", "important_numbers"]
#: The field of a FitProblem about the numbers as a whole: more of them than back and front hold.
NUMBERS_FIELD = "important_numbers"


@dataclass(frozen=True)
class FitProblem:
    """Text that does not fit its panel even at the minimum font size."""

    card: int  # 1-based fold-out of the client's card
    panel: Panel
    field: str  # "risk_situations[1].alternatives", "important_numbers[0].number", "important_numbers"
    overflow_pt: float  # how much taller (or, for a phone number, wider) than the panel
    # About how many characters of `field` to cut at the minimum size (0: not a text to shorten).
    excess_chars: int = 0
    # For NUMBERS_FIELD: how many numbers find no room.
    entries: int = 0

    def __str__(self) -> str:
        amount = f"{self.overflow_pt / mm:.1f} mm"
        if self.entries:
            amount = f"{self.entries} number(s), {amount}"
        elif self.excess_chars:
            amount = f"about {self.excess_chars} characters, {amount}"
        return f"card {self.card}, {self.panel}: {self.field} is too long ({amount})"


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
NORMAL_PRINT = _PrintSize(fonts.CONDENSED, fonts.CONDENSED_BOLD, 9.5, 7.0, 1.2, MAX_RISK_SITUATIONS)
LARGE_PRINT = _PrintSize(fonts.REGULAR, fonts.BOLD, 13.0, 9.0, 1.3, 1)


@dataclass
class _Item:
    field: str
    flowable: Flowable
    space_before: float = 0.0
    # Width that must fit on one line (phone numbers are never broken).
    unbreakable_width: float = 0.0
    # For estimating how much to shorten: characters per line and the line height.
    chars_per_line: float = 0.0
    leading: float = 0.0
    height: float = 0.0
    # A line nobody can shorten (the title, the issue date): what pushes it out is blamed instead.
    fixed: bool = False


@dataclass
class _Row:
    columns: list[list[_Item]]
    space_before: float = 0.0
    height: float = 0.0


@dataclass
class _FittedPanel:
    rows: list[_Row]
    problems: list[FitProblem] = field(default_factory=list)
    size: float = 0.0


@dataclass
class _FoldOut:
    cover: _FittedPanel
    spread: _FittedPanel  # two columns: risk situations | what to do
    numbers: _FittedPanel
    language: str = "en"

    @property
    def problems(self) -> list[FitProblem]:
        return self.cover.problems + self.spread.problems + self.numbers.problems


@dataclass(frozen=True)
class _Number:
    index: int  # in content.important_numbers: the field names follow the worker's order
    label: str
    number: str  # as printed: grouped for the card's country


class _Styles:
    """Paragraph styles for one base font size."""

    def __init__(self, size: float, print_size: _PrintSize, language: str, region: str) -> None:
        self.size = size
        self.print_size = print_size
        self.language = language
        self.region = region
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
        return markup(text, style.fontName, style.fontSize, width - style.leftIndent, self.language, self.region)

    def labelled(self, caption: str, text: str, style: ParagraphStyle) -> str:
        return f"<b>{self.text(caption, style)}:</b> {self.text(text, style)}"

    def text_item(self, field_name: str, text: str, paragraph: Paragraph, style: ParagraphStyle,
                  space_before: float = 0.0) -> _Item:
        average = stringWidth(text, style.fontName, style.fontSize) / len(text) if text else 0.0
        per_line = (CONTENT_WIDTH - style.leftIndent) / average if average else 0.0
        return _Item(field_name, paragraph, space_before, chars_per_line=per_line, leading=style.leading)


def _heading(styles: _Styles, text: str, field_name: str) -> list[_Item]:
    return [
        _Item(field_name, Paragraph(styles.text(text, styles.heading), styles.heading)),
        _Item(field_name, HRFlowable(width="100%", thickness=1.2, color=ACCENT), space_before=1.5),
    ]


def _cover_rows(
    content: RelapseCardContent, part: int, parts: int, numbers: Sequence[_Number], styles: _Styles
) -> list[_Row]:
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
    rows = [_Row([[_Item("title", band, fixed=True)]])]
    if content.display_name.strip():
        name = Paragraph(styles.text(content.display_name, styles.name), styles.name)
        rows.append(
            _Row([[styles.text_item("display_name", content.display_name, name, styles.name)]],
                 space_before=styles.size * 0.8)
        )
    if content.date_of_birth_text:
        born = label(language, "card.born", date_of_birth=content.date_of_birth_text)
        rows.append(
            _Row([[_Item("date_of_birth_text", Paragraph(styles.text(born, styles.body), styles.body), fixed=True)]])
        )
    if numbers:
        items = _number_items(content, numbers, styles, "card.more_numbers")
        rows.append(_Row([items], space_before=styles.size * 0.6))
    issued = label(
        language, "card.issued", version=content.version, date=format_date(language, content.issued_on)
    )
    if parts > 1:
        issued += "<br/>" + label(language, "card.part", part=part, parts=parts)
    rows.append(
        _Row([[_Item("issued_on", Paragraph(issued, styles.small), fixed=True)]], space_before=styles.size * 0.5)
    )
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
        description = Paragraph(
            styles.text(situation.description, styles.numbered), styles.numbered, bulletText=number
        )
        left = [styles.text_item(f"{prefix}.description", situation.description, description, styles.numbered)]
        if situation.triggers:
            triggers = ", ".join(label(language, f"trigger.{code}") for code in situation.triggers)
            text = styles.labelled(label(language, "card.triggers"), triggers, styles.indented)
            left.append(_Item(f"{prefix}.triggers", Paragraph(text, styles.indented), space_before=1))
        right = []
        if situation.alternatives.strip():
            text = styles.labelled(label(language, "card.instead"), situation.alternatives, styles.numbered)
            paragraph = Paragraph(text, styles.numbered, bulletText=number)
            right.append(
                styles.text_item(f"{prefix}.alternatives", situation.alternatives, paragraph, styles.numbered)
            )
        if situation.whom_to_turn_to.strip():
            # Without alternatives this line carries the number so the rows still pair up.
            style = styles.indented if right else styles.numbered
            text = styles.labelled(label(language, "card.turn_to"), situation.whom_to_turn_to, style)
            paragraph = Paragraph(text, style, bulletText=None if right else number)
            right.append(
                styles.text_item(f"{prefix}.whom_to_turn_to", situation.whom_to_turn_to, paragraph, style,
                                 space_before=1 if right else 0)
            )
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


def _number_items(
    content: RelapseCardContent, numbers: Sequence[_Number], styles: _Styles, heading_key: str
) -> list[_Item]:
    items = _heading(styles, label(content.language, heading_key), NUMBERS_FIELD)
    label_style, number_style = styles.phone_label, styles.phone_number
    widths = [stringWidth(entry.number, number_style.fontName, number_style.fontSize) for entry in numbers]
    gap = styles.size
    # The cell gives the number (gap + width) - gap, which floating point can make a hair less
    # than its width: ReportLab then splits "0800 111 0 111" over two lines.
    number_column = max(widths, default=0.0) + gap + ROUNDING_ALLOWANCE
    label_width = CONTENT_WIDTH - number_column
    list_style = _phone_list_style(gap, label_style.fontName)
    for entry, width in zip(numbers, widths):
        prefix = f"important_numbers[{entry.index}]"
        caption_text = _SHORT_WORD_BREAK.sub(NO_BREAK_SPACE, entry.label)
        longest_word = max(
            (stringWidth(word, label_style.fontName, label_style.fontSize) for word in caption_text.split(" ")),
            default=0.0,
        )
        number = Paragraph(unbreakable(entry.number), number_style)
        # Label left and number right saves a line; a label with a word too wide to stand beside
        # the numbers goes above its number instead.
        if 0 < label_width and longest_word <= label_width:
            caption = Paragraph(styles.text(caption_text, label_style, label_width), label_style)
            line = Table([[caption, number]], colWidths=[label_width, number_column], style=list_style)
            items.append(_Item(prefix, line, space_before=styles.size * 0.35))
            continue
        space = styles.size * 0.6
        if entry.label:
            caption = Paragraph(styles.text(caption_text, label_style), label_style)
            items.append(_Item(f"{prefix}.label", caption, space_before=space))
            space = 0.0
        items.append(_Item(f"{prefix}.number", number, space_before=space, unbreakable_width=width))
    return items


def _numbers_rows(content: RelapseCardContent, numbers: Sequence[_Number], styles: _Styles) -> list[_Row]:
    return [_Row([_number_items(content, numbers, styles, "card.numbers")])]


def _column_panel(panel: Panel, column: int) -> Panel:
    if panel == "risk_situations" and column == 1:
        return "what_to_do"
    return panel


def _measure(rows: list[_Row], card: int, panel: Panel) -> FitProblem | None:
    """Wrap every flowable; return the first item that sticks out of the panel."""
    worst: FitProblem | None = None
    worst_item: _Item | None = None
    last_free: _Item | None = None
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
                    worst_item = item if not item.fixed or last_free is None else last_free
                    worst = FitProblem(card, _column_panel(panel, column), worst_item.field,
                                       max(too_wide, too_tall))
                if not item.fixed:
                    last_free = item
            row.height = max(row.height, bottom - top)
        top += row.height
    if worst is None or worst_item is None:
        return None
    overflow = max(worst.overflow_pt, top - CONTENT_HEIGHT)
    # Report the total shortfall: shortening that one field by less would not do.
    excess = 0
    if worst_item.chars_per_line and worst_item.leading:
        excess = math.ceil(overflow / worst_item.leading) * math.ceil(worst_item.chars_per_line)
    return FitProblem(worst.card, worst.panel, worst.field, overflow, excess_chars=excess)


def _sizes(print_size: _PrintSize, enlarge: float) -> list[float]:
    largest = print_size.preferred_size * enlarge
    steps = round((largest - print_size.min_size) / SIZE_STEP)
    return [largest - i * SIZE_STEP for i in range(steps + 1)]


class _Fitter:
    """Lays out one card's panels; every attempt at a size builds the panel's flowables afresh."""

    def __init__(self, content: RelapseCardContent) -> None:
        self.content = content
        self.print_size = LARGE_PRINT if content.large_print else NORMAL_PRINT
        self.region = content.country or REGION_OF_LANGUAGE[content.language]
        self._styles: dict[float, _Styles] = {}
        self._attempts: dict[tuple, tuple[list[_Row], FitProblem | None]] = {}

    def styles(self, size: float) -> _Styles:
        if size not in self._styles:
            self._styles[size] = _Styles(size, self.print_size, self.content.language, self.region)
        return self._styles[size]

    def attempt(self, build: Callable[[_Styles], list[_Row]], size: float, card: int,
                panel: Panel, key: tuple | None = None) -> tuple[list[_Row], FitProblem | None]:
        """Build and measure at `size`; `key` names what is built, so the same panel (the numbers
        of every large-print fold-out, the spread the grouping tried) is laid out only once."""
        cached = self._attempts.get((key, size, panel)) if key is not None else None
        if cached is None:
            rows = build(self.styles(size))
            cached = rows, _measure(rows, card, panel)
            if key is not None:
                self._attempts[(key, size, panel)] = cached
        rows, problem = cached
        if problem is not None and problem.card != card:
            problem = replace(problem, card=card)
        return rows, problem

    def fits_at_minimum(self, build: Callable[[_Styles], list[_Row]], card: int, panel: Panel,
                        key: tuple | None = None) -> bool:
        return self.attempt(build, self.print_size.min_size, card, panel, key)[1] is None

    def fit(self, build: Callable[[_Styles], list[_Row]], card: int, panel: Panel,
            enlarge: float = 1.0, key: tuple | None = None) -> _FittedPanel:
        """Lay out at the largest size that fits, or at the minimum with the problem reported.

        `enlarge` raises the starting size for a panel that should use its room for bigger type.
        """
        sizes = _sizes(self.print_size, enlarge)
        rows, problem = self.attempt(build, sizes[0], card, panel, key)
        if problem is None:
            return _FittedPanel(rows, size=sizes[0])
        found: dict[int, tuple[list[_Row], FitProblem | None]] = {}

        def fits(index: int) -> bool:
            found[index] = self.attempt(build, sizes[index], card, panel, key)
            return found[index][1] is None

        # Text needs room with the square of its size: the overflow says about where the size that
        # fits is, and the sizes on either side of that guess settle it (a layout pass each).
        needed = CONTENT_HEIGHT + problem.overflow_pt
        guess = sizes[0] * math.sqrt(CONTENT_HEIGHT / needed) if needed > 0 else sizes[-1]
        index = min(max(round((sizes[0] - guess) / SIZE_STEP), 1), len(sizes) - 1)
        low, high = 1, len(sizes) - 1
        if fits(index):
            high = index - 1
            if index == 1 or not fits(index - 1):
                low = high + 1
            else:
                high = index - 2
        else:
            low = index + 1
            if low <= high and fits(low):
                high = low - 1
            else:
                low += 1
        # Binary search for the rest: a smaller size never needs more room.
        while low <= high:
            middle = (low + high) // 2
            if fits(middle):
                high = middle - 1
            else:
                low = middle + 1
        best = min((i for i, (_, p) in found.items() if p is None), default=None)
        if best is None:
            best = len(sizes) - 1
            if best not in found:
                fits(best)
        rows, problem = found[best]
        return _FittedPanel(rows, [problem] if problem else [], sizes[best])

    def most_that_fit(self, build: Callable[[int], Callable[[_Styles], list[_Row]]], count: int,
                      card: int, panel: Panel, key: Callable[[int], tuple] | None = None) -> int:
        """The largest k ≤ count whose first k entries fit at the minimum size (0 if none)."""
        if self.fits_at_minimum(build(count), card, panel, key(count) if key else None):
            return count
        low, high = 0, count - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.fits_at_minimum(build(middle), card, panel, key(middle) if key else None):
                low = middle
            else:
                high = middle - 1
        return low


def _ordered_numbers(content: RelapseCardContent, region: str) -> list[_Number]:
    numbers = [
        _Number(index, entry.label.strip(), format_number(entry.number, region))
        for index, entry in enumerate(content.important_numbers)
    ]
    urgent = {
        index for index, entry in enumerate(content.important_numbers)
        if entry.emergency or is_emergency_number(entry.number)
    }
    return sorted(numbers, key=lambda entry: entry.index not in urgent)


def _situation_groups(fitter: _Fitter) -> list[list[tuple[int, RiskSituation]]]:
    """The situations of each fold-out: as many on one spread as fit at the minimum size."""
    numbered = list(enumerate(fitter.content.risk_situations))
    groups: list[list[tuple[int, RiskSituation]]] = []
    start = 0
    while start < len(numbered):
        candidates = numbered[start : start + fitter.print_size.situations_per_card]

        def spread(count: int, chosen: list[tuple[int, RiskSituation]] = candidates):
            return lambda styles: _spread_rows(fitter.content, chosen[:count], styles)

        # A situation too long for a spread of its own still gets one, and its problem reported.
        def key(count: int, chosen: list[tuple[int, RiskSituation]] = candidates) -> tuple:
            return ("spread", tuple(index for index, _ in chosen[:count]))

        count = max(1, fitter.most_that_fit(spread, len(candidates), len(groups) + 1, "risk_situations", key))
        groups.append(candidates[:count])
        start += count
    return groups or [[]]


def _fold_out(fitter: _Fitter, numbers: list[_Number], part: int, parts: int,
              situations: list[tuple[int, RiskSituation]], continued: bool) -> tuple[_FoldOut, list[_Number]]:
    """One fold-out, and the numbers it has no room for (which a numbers card takes if `continued`)."""
    content = fitter.content

    def on_back(count: int) -> Callable[[_Styles], list[_Row]]:
        return lambda styles: _numbers_rows(content, numbers[:count], styles)

    def on_front(extra: Sequence[_Number]) -> Callable[[_Styles], list[_Row]]:
        return lambda styles: _cover_rows(content, part, parts, extra, styles)

    def back_key(count: int) -> tuple:
        return ("back", count)

    # The back of the card is read in a hurry: numbers as big as the panel allows.
    placed = len(numbers)
    back = fitter.fit(on_back(placed), part, "important_numbers", enlarge=1.25, key=back_key(placed))
    if back.problems:
        placed = fitter.most_that_fit(on_back, len(numbers), part, "important_numbers", back_key)
        back = fitter.fit(on_back(placed), part, "important_numbers", enlarge=1.25, key=back_key(placed))
    rest = numbers[placed:]
    cover = fitter.fit(on_front(rest), part, "cover", key=("front", part, parts, len(rest)))
    left_out: list[_Number] = []
    if rest and cover.problems and fitter.fits_at_minimum(on_front(()), part, "cover"):
        # The front holds the card's own lines but not every remaining number.
        fitting = fitter.most_that_fit(lambda count: on_front(rest[:count]), len(rest), part, "cover")
        left_out = rest[fitting:]
        if continued:
            cover = fitter.fit(on_front(rest[:fitting]), part, "cover")
        else:
            cover.problems = [_numbers_problem(fitter, left_out, part, cover.problems[0].overflow_pt)]
    spread = fitter.fit(lambda styles: _spread_rows(content, situations, styles), part, "risk_situations",
                        key=("spread", tuple(index for index, _ in situations)))
    return _FoldOut(cover=cover, spread=spread, numbers=back, language=content.language), left_out


def _numbers_problem(fitter: _Fitter, left_out: Sequence[_Number], part: int, overflow: float) -> FitProblem:
    field_name = NUMBERS_FIELD
    if _too_wide(left_out[0], fitter):
        field_name = f"important_numbers[{left_out[0].index}].number"
    return FitProblem(part, "important_numbers", field_name, overflow, entries=len(left_out))


def _numbers_fold_out(fitter: _Fitter, numbers: list[_Number], part: int) -> _FoldOut:
    """A fold-out of numbers only, for the numbers a card's back and front have no room for:
    on its back (what shows when folded), then inside, left and right."""
    content = fitter.content

    def on_back(count: int) -> Callable[[_Styles], list[_Row]]:
        return lambda styles: [_Row([_number_items(content, numbers[:count], styles, "card.more_numbers")])]

    on_back_count = fitter.most_that_fit(on_back, len(numbers), part, "important_numbers")
    back = fitter.fit(on_back(on_back_count), part, "important_numbers", 1.25)
    columns: list[list[_Number]] = []
    rest = numbers[on_back_count:]
    for _column in range(2):

        def in_column(count: int, pending: list[_Number] = rest) -> Callable[[_Styles], list[_Row]]:
            return lambda styles: [
                _Row([_number_items(content, pending[:count], styles, "card.more_numbers"), []])
            ]

        count = fitter.most_that_fit(in_column, len(rest), part, "risk_situations")
        columns.append(rest[:count])
        rest = rest[count:]
    left, right = columns

    def spread(styles: _Styles) -> list[_Row]:
        return [_Row([_number_items(content, chosen, styles, "card.more_numbers") if chosen else []
                      for chosen in (left, right)])]

    inside = fitter.fit(spread, part, "risk_situations")
    if rest:
        overflow = fitter.attempt(on_back(len(numbers)), fitter.print_size.min_size, part, "important_numbers")[1]
        back.problems = [_numbers_problem(fitter, rest, part, overflow.overflow_pt if overflow else 0.0)]
    return _FoldOut(
        cover=fitter.fit(lambda styles: _cover_rows(content, part, part, (), styles), part, "cover"),
        spread=inside,
        numbers=back,
        language=content.language,
    )


def _fold_outs(content: RelapseCardContent) -> list[_FoldOut]:
    fitter = _Fitter(content)
    numbers = _ordered_numbers(content, fitter.region)
    groups = _situation_groups(fitter)
    laid_out = [
        _fold_out(fitter, numbers, part, len(groups), situations, continued=False)
        for part, situations in enumerate(groups, start=1)
    ]
    if not any(left_out for _, left_out in laid_out):
        return [fold_out for fold_out, _ in laid_out]
    # More numbers than back and front hold: they go on to a card of numbers at the end.
    parts = len(groups) + 1
    laid_out = [
        _fold_out(fitter, numbers, part, parts, situations, continued=True)
        for part, situations in enumerate(groups, start=1)
    ]
    # Every fold-out carries the same numbers in the same room, so the first one's rest is all.
    remaining = laid_out[0][1]
    return [fold_out for fold_out, _ in laid_out] + [_numbers_fold_out(fitter, remaining, parts)]


def _too_wide(entry: _Number, fitter: _Fitter) -> bool:
    style = fitter.styles(fitter.print_size.min_size).phone_number
    return stringWidth(entry.number, style.fontName, style.fontSize) > CONTENT_WIDTH


def _unique(problems: Sequence[FitProblem]) -> list[FitProblem]:
    """Each field once: in large print every fold-out repeats the numbers and their problem."""
    seen: set[tuple[str, str]] = set()
    unique = []
    for problem in problems:
        if (problem.panel, problem.field) not in seen:
            seen.add((problem.panel, problem.field))
            unique.append(problem)
    return unique


@dataclass
class CardLayout:
    """One client's card laid out: its fold-outs, and what does not fit (empty: it prints)."""

    content: RelapseCardContent
    fold_outs: list[_FoldOut]

    @property
    def problems(self) -> list[FitProblem]:
        return _unique([problem for fold_out in self.fold_outs for problem in fold_out.problems])

    @property
    def fold_outs_by_design(self) -> int:
        """Fold-outs the card has without taking more room: one, in large print one per situation."""
        if self.content.large_print:
            return max(1, len(self.content.risk_situations))
        return 1

    @property
    def smallest_size(self) -> float:
        """The smallest body size any panel is set in (pt)."""
        return min(
            panel.size for fold_out in self.fold_outs for panel in (fold_out.cover, fold_out.spread, fold_out.numbers)
        )


def lay_out_card(content: RelapseCardContent) -> CardLayout:
    fonts.register_fonts()
    return CardLayout(content, _fold_outs(content))


def check_card_fits(content: RelapseCardContent) -> list[FitProblem]:
    """Problems that would stop `render_card`; empty when everything fits."""
    return lay_out_card(content).problems


def _draw_rows(
    canvas: Canvas, panel: _FittedPanel, column_origins: Sequence[float | None], pin_last_row: bool
) -> None:
    """Draw rows top-down inside panels whose content boxes start at y = 0 (columns at None are skipped)."""
    top = CONTENT_HEIGHT
    for position, row in enumerate(panel.rows):
        top -= row.space_before
        if pin_last_row and position == len(panel.rows) - 1:
            top = min(top, row.height)
        for x, items in zip(column_origins, row.columns):
            if x is None:
                continue
            bottom = top
            for item in items:
                bottom -= item.space_before + item.height
                item.flowable.drawOn(canvas, x, bottom)
        top -= row.height


def _clip(canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
    path = canvas.beginPath()
    path.rect(x, y, width, height)
    canvas.clipPath(path, stroke=0, fill=0)


def _outline_problem(canvas: Canvas, x: float, y: float) -> None:
    """A red frame around a panel whose text does not fit (previews only)."""
    canvas.saveState()
    canvas.setStrokeColor(PROBLEM)
    canvas.setLineWidth(1.5)
    canvas.setDash(4, 2)
    canvas.rect(x + 1, y + 1, ID1_WIDTH - 2, ID1_HEIGHT - 2, stroke=1, fill=0)
    canvas.restoreState()


def _draw_panel(
    canvas: Canvas, panel: _FittedPanel, x: float, y: float, upside_down: bool, pin_last_row: bool
) -> None:
    canvas.saveState()
    if upside_down:
        canvas.translate(x + ID1_WIDTH, y + ID1_HEIGHT)
        canvas.rotate(180)
    else:
        canvas.translate(x, y)
    # Whatever does not fit stays inside its own panel: never on the fold, another panel or card.
    _clip(canvas, 0, 0, ID1_WIDTH, ID1_HEIGHT)
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
    for column in (0, 1):
        canvas.saveState()
        _clip(canvas, x + column * ID1_WIDTH, y, ID1_WIDTH, ID1_HEIGHT)
        canvas.translate(x + SAFE_MARGIN, y + SAFE_MARGIN)
        _draw_rows(canvas, fold_out.spread, [0.0, None] if column == 0 else [None, ID1_WIDTH], pin_last_row=False)
        canvas.restoreState()
    canvas.restoreState()
    origins = {
        "cover": (x, y + ID1_HEIGHT),
        "important_numbers": (x + ID1_WIDTH, y + ID1_HEIGHT),
        "risk_situations": (x, y),
        "what_to_do": (x + ID1_WIDTH, y),
    }
    for panel in {problem.panel for problem in fold_out.problems}:
        _outline_problem(canvas, *origins[panel])


def _hint_style(color: colors.Color = INK) -> ParagraphStyle:
    return ParagraphStyle("hint", fontName=fonts.REGULAR, fontSize=HINT_SIZE, leading=10, textColor=color)


def _draw_note(canvas: Canvas, paragraph: Paragraph, fold_out_y: float, above: bool) -> None:
    """A note beside a fold-out: above its top marks or below its bottom marks."""
    height = paragraph.wrap(FOLD_OUT_WIDTH, PAGE_SIZE[1])[1]
    x = (PAGE_SIZE[0] - FOLD_OUT_WIDTH) / 2
    clearance = MARK_OFFSET + MARK_LENGTH + 3 * mm
    if above:
        paragraph.drawOn(canvas, x, fold_out_y + FOLD_OUT_HEIGHT + clearance)
    else:
        paragraph.drawOn(canvas, x, fold_out_y - clearance - height)


def _problem_note(fold_out: _FoldOut) -> Paragraph:
    language = fold_out.language
    lines = [label(language, "card.not_printable")] + [str(problem) for problem in fold_out.problems]
    return Paragraph("<br/>".join(lines), _hint_style(PROBLEM))


def _fold_out_origin(slot: int) -> tuple[float, float]:
    page_width, page_height = PAGE_SIZE
    used = FOLD_OUTS_PER_PAGE * FOLD_OUT_HEIGHT + (FOLD_OUTS_PER_PAGE - 1) * FOLD_OUT_GAP
    top_margin = (page_height - used) / 2
    x = (page_width - FOLD_OUT_WIDTH) / 2
    y = page_height - top_margin - (slot + 1) * FOLD_OUT_HEIGHT - slot * FOLD_OUT_GAP
    return x, y


def render_card_layouts(layouts: Sequence[CardLayout], out: Output, *, preview: bool = False) -> int:
    """Print laid-out cards, two fold-outs per A4 page; returns the page count.

    Raises `CardDoesNotFit` (naming the first such card's position) for a card that does not fit,
    unless `preview`: then each panel is cut off at its edge, outlined, and a note says so.
    """
    if not layouts:
        raise ValueError("render_card_layouts needs at least one card")
    fonts.register_fonts()
    for index, layout in enumerate(layouts):
        if layout.problems and not preview:
            raise CardDoesNotFit(layout.problems, index if len(layouts) > 1 else None)
    placed = [fold_out for layout in layouts for fold_out in layout.fold_outs]
    first = layouts[0].content
    canvas = Canvas(
        os.fspath(out) if isinstance(out, (str, os.PathLike)) else out,
        pagesize=PAGE_SIZE,
        initialFontName=fonts.REGULAR,
        lang=first.language,
    )
    canvas.setTitle(label(first.language, "card.title"))
    canvas.setAuthor("CaseDesk")
    canvas.setCreator("CaseDesk")
    # Scaling to the printable area would make the card too small for a wallet.
    canvas.setViewerPreference("PrintScaling", "None")
    pages = math.ceil(len(placed) / FOLD_OUTS_PER_PAGE)
    for page in range(pages):
        on_page = placed[page * FOLD_OUTS_PER_PAGE : (page + 1) * FOLD_OUTS_PER_PAGE]
        origins = [_fold_out_origin(slot) for slot in range(len(on_page))]
        for fold_out, (x, y) in zip(on_page, origins):
            _draw_fold_out(canvas, fold_out, x, y)
        languages = list(dict.fromkeys(fold_out.language for fold_out in on_page))
        bottom_y = origins[-1][1]
        if len(languages) == 1:
            _draw_note(canvas, Paragraph(label(languages[0], "card.print_hint"), _hint_style()), bottom_y, False)
        else:
            # Each card's hint in its own language, beside it: above the top card, below the bottom one.
            for slot, (fold_out, (_, y)) in enumerate(zip(on_page, origins)):
                hint = Paragraph(label(fold_out.language, "card.print_hint"), _hint_style())  # type: ignore[arg-type]
                _draw_note(canvas, hint, y, above=slot == 0)
        troubled = [fold_out for fold_out in on_page if fold_out.problems]
        if troubled:
            note_y = origins[0][1] if len(languages) == 1 else bottom_y
            _draw_note(canvas, _problem_note(troubled[0]), note_y, above=len(languages) == 1)
        canvas.showPage()
    canvas.save()
    return pages


def render_card(content: RelapseCardContent, out: Output, *, preview: bool = False) -> int:
    """Print one client's card on A4; returns the page count.

    Normal print is one fold-out unless the situations need a second; large print one fold-out
    per risk situation (two per page). Raises `CardDoesNotFit` if any text would not fit even
    so; a `preview` draws it anyway, cut off at its panel and marked.
    """
    return render_card_layouts([lay_out_card(content)], out, preview=preview)


def render_card_sheet(contents: Sequence[RelapseCardContent], out: Output) -> int:
    """Print many cards, two fold-outs per A4 page with crop marks; returns the page count."""
    if not contents:
        raise ValueError("render_card_sheet needs at least one card")
    return render_card_layouts([lay_out_card(content) for content in contents], out)
