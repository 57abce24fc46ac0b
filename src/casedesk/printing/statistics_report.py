"""The funders' statistics as a PDF (issue #14, 8): every table with its definition under it, a
bar chart of the anonymous contacts and rounds per week and one of the working time by kind.

Aggregates only: the document names workers (in team statistics), never a client. Dates and
numbers are the chosen language's (babel, through ``labels``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from casedesk.printing import fonts
from casedesk.printing._document import (
    ACCENT,
    BODY,
    CELL,
    CELL_HEAD,
    CELL_LABEL,
    FRAME_WIDTH,
    MUTED_INK,
    Output,
    build,
    cell,
    grid,
    header_row,
    section,
    text,
    title_block,
)
from casedesk.printing.content import Language
from casedesk.printing.labels import format_date, format_decimal, format_integer
from casedesk.printing.statistics_words import DEFINITIONS, TITLES, word

DEFINITION = ParagraphStyle("definition", parent=BODY, fontName=fonts.CONDENSED, fontSize=7.8, leading=9.8,
                            textColor=MUTED_INK, spaceBefore=2, spaceAfter=6)
TABLE_TITLE = ParagraphStyle("table_title", parent=BODY, fontName=fonts.BOLD, fontSize=10, leading=13,
                             textColor=ACCENT, spaceBefore=6, spaceAfter=3)
#: An end reason under its group.
INDENTED = ParagraphStyle("indented", parent=CELL, leftIndent=4 * mm)
HEAD_RIGHT = ParagraphStyle("head_right", parent=CELL_HEAD, alignment=TA_RIGHT)
LIGHT_BAR = colors.HexColor("#9AB3CF")
PARTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("kds", ("kds_episodes", "kds_contacts", "kds_end_reasons", "kds_sex_age", "kds_substance")),
    ("bagw", ("bagw_housing", "bagw_abode", "bagw_services")),
    ("street", ("street_summary", "street_items", "street_places", "street_weeks")),
    ("time", ("time_contacts", "time_activities")),
    ("per_worker", ("workers",)),
)


@dataclass(frozen=True)
class ReportTable:
    key: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, tuple[int, ...]], ...]


@dataclass(frozen=True)
class StatisticsReportContent:
    language: Language
    first_day: date
    last_day: date
    made_on: date
    #: "worker", "team" or "own_only" (team statistics on a caseworker's desk).
    scope: str
    team: str
    name: str
    tables: tuple[ReportTable, ...]
    #: worker id → name (the per-worker table's rows).
    workers: dict[str, str] = field(default_factory=dict)
    #: The team's own words for its items (item code → label).
    item_labels: dict[str, str] = field(default_factory=dict)


def _title(language: Language, key: str) -> str:
    return TITLES[language].get(key) or TITLES["en"][key]


def _row_label(content: StatisticsReportContent, table: str, key: str) -> str:
    language = content.language
    if table == "workers":
        return content.workers.get(key, key)
    if table == "street_items":
        return content.item_labels.get(key) or word(language, key)
    if table == "street_places":
        return key or word(language, "place.none")
    if table == "bagw_services":
        return key or word(language, "service.none")
    if table == "street_weeks" and "-W" in key:
        year, week = key.split("-W")
        return word(language, "week", week=int(week), year=year)
    if table == "kds_substance" and key == "other":
        return word(language, "substance.other")
    if table == "kds_end_reasons" and "." in key:
        return word(language, key.split(".", 1)[1])
    return word(language, key)


def _table(content: StatisticsReportContent, table: ReportTable) -> list[Flowable]:
    language = content.language
    story: list[Flowable] = [Paragraph(_title(language, table.key), TABLE_TITLE)]
    rows = [row for row in table.rows if any(row[1]) or table.key in ("kds_episodes", "kds_end_reasons",
                                                                       "bagw_housing", "street_summary")]
    definition = text(language, DEFINITIONS[language][table.key], DEFINITION)
    if not rows:
        return [KeepTogether([*story, text(language, word(language, "no_rows"), CELL), definition])]
    value_width = 21 * mm if len(table.columns) > 3 else 28 * mm
    label_width = max(FRAME_WIDTH - value_width * len(table.columns), 55 * mm)
    if label_width + value_width * len(table.columns) > FRAME_WIDTH:
        value_width = (FRAME_WIDTH - label_width) / len(table.columns)
    widths = [label_width, *([value_width] * len(table.columns))]
    header = [*header_row(language, [""], widths[:1]),
              *(cell(language, word(language, column), value_width, HEAD_RIGHT) for column in table.columns)]
    body: list[list[Any]] = [header]
    bold_rows = []
    for index, (key, values) in enumerate(rows, start=1):
        strong = (table.key == "kds_end_reasons" and "." not in key) or key in ("counted", "total")
        if strong:
            bold_rows.append(index)
        style = CELL_LABEL if strong else INDENTED if table.key == "kds_end_reasons" else CELL
        body.append([cell(language, _row_label(content, table.key, key), label_width, style),
                     *(format_integer(language, value) for value in values)])
    extra = [("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("TOPPADDING", (0, 1), (-1, -1), 2),
             ("BOTTOMPADDING", (0, 1), (-1, -1), 2.5)]
    extra += [("FONTNAME", (1, row), (-1, row), fonts.CONDENSED_BOLD) for row in bold_rows]
    story.append(grid(body, widths, extra=extra))
    # The title, a short table and its definition stay on one page; a long table breaks after its title.
    if len(rows) <= 12:
        return [KeepTogether([*story, definition])]
    return [*story, definition]


def _bar_chart(content: StatisticsReportContent, weeks: ReportTable) -> Flowable | None:
    language = content.language
    rows = [row for row in weeks.rows if row[1][0] or row[1][1]]
    if not rows:
        return None
    height = 62 * mm
    drawing = Drawing(FRAME_WIDTH, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 14 * mm
    chart.width, chart.height = FRAME_WIDTH - 16 * mm, height - 26 * mm
    chart.data = [[values[0] for _key, values in rows], [values[1] for _key, values in rows]]
    step = max(1, len(rows) // 13)
    chart.categoryAxis.categoryNames = [
        (key.split("-W")[1] if index % step == 0 else "") for index, (key, _values) in enumerate(rows)]
    chart.categoryAxis.labels.fontName = fonts.CONDENSED
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.dy = -2
    chart.valueAxis.labels.fontName = fonts.CONDENSED
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda value: format_integer(language, int(value))
    chart.bars[0].fillColor = ACCENT
    chart.bars[1].fillColor = LIGHT_BAR
    chart.bars.strokeColor = colors.black
    chart.bars.strokeWidth = 0.3
    chart.barSpacing = 0.5
    chart.groupSpacing = 2
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 14 * mm, height - 4 * mm
    legend.fontName, legend.fontSize = fonts.CONDENSED, 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 45 * mm
    legend.colorNamePairs = [(ACCENT, word(language, "anonymous_contacts")), (LIGHT_BAR, word(language, "rounds"))]
    drawing.add(legend)
    first_week, last_week = rows[0][0], rows[-1][0]
    caption = f"{_row_label(content, 'street_weeks', first_week)} – {_row_label(content, 'street_weeks', last_week)}"
    drawing.add(String(FRAME_WIDTH / 2, 2 * mm, caption, fontName=fonts.CONDENSED, fontSize=7, textAnchor="middle"))
    return KeepTogether([Paragraph(_title(language, "chart_weeks"), TABLE_TITLE), drawing])


def _time_chart(content: StatisticsReportContent, tables: Sequence[ReportTable]) -> Flowable | None:
    language = content.language
    rows = [(_row_label(content, table.key, key), values[1] / 60) for table in tables
            for key, values in table.rows if values[1]]
    if not rows:
        return None
    rows.sort(key=lambda row: -row[1])
    bar = 5.5 * mm
    height = bar * len(rows) + 16 * mm
    drawing = Drawing(FRAME_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 58 * mm, 8 * mm
    chart.width, chart.height = FRAME_WIDTH - 78 * mm, bar * len(rows)
    # The chart draws its first category at the bottom: the longest bar goes on top.
    chart.data = [[hours for _label, hours in reversed(rows)]]
    chart.categoryAxis.categoryNames = [label for label, _hours in reversed(rows)]
    chart.categoryAxis.labels.fontName = fonts.CONDENSED
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -2
    chart.valueAxis.labels.fontName = fonts.CONDENSED
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda value: format_integer(language, int(value))
    chart.bars[0].fillColor = ACCENT
    chart.bars.strokeColor = colors.black
    chart.bars.strokeWidth = 0.3
    # Tenths of an hour where they matter, whole hours for big figures.
    chart.barLabelFormat = lambda value: (format_decimal(language, value, 1) if value < 100
                                          else format_integer(language, round(value)))
    chart.barLabels.fontName = fonts.CONDENSED
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    drawing.add(String(chart.x + chart.width / 2, 0, word(language, "hours"), fontName=fonts.CONDENSED,
                       fontSize=7, textAnchor="middle", fillColor=MUTED_INK))
    return KeepTogether([Paragraph(_title(language, "chart_time"), TABLE_TITLE), drawing])


def render_statistics_report(content: StatisticsReportContent, out: Output) -> int:
    fonts.register_fonts()
    language = content.language
    title = _title(language, "document")
    period = word(language, "period", first=format_date(language, content.first_day),
                  last=format_date(language, content.last_day))
    scope = word(language, f"scope.{content.scope}", name=content.name, team=content.team,
                 count=len(content.workers))
    story: list[Flowable] = title_block(language, title, period)
    story += [text(language, scope, BODY),
              text(language, word(language, "made", day=format_date(language, content.made_on)), DEFINITION)]
    tables = {table.key: table for table in content.tables}
    for part, keys in PARTS:
        if part == "per_worker" and content.scope != "team":
            continue
        blocks: list[Flowable] = []
        if part == "street" and "street_weeks" in tables:
            chart = _bar_chart(content, tables["street_weeks"])
            if chart:
                blocks.append(chart)
        if part == "time":
            chart = _time_chart(content, [tables[key] for key in keys if key in tables])
            if chart:
                blocks.append(chart)
        for key in keys:
            if key in tables:
                blocks += _table(content, tables[key])
        # The part's heading never stays behind alone at the foot of a page.
        heading = section(language, _title(language, part))
        first = list(blocks[0]._content) if isinstance(blocks[0], KeepTogether) else [blocks[0]]
        story += [heading[0], KeepTogether([*heading[1:], *first]), *blocks[1:], Spacer(0, 2 * mm)]
    return build(out, language, title, story)
