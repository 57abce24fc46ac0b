"""A4 documents: counselling record, handover summary, monthly report (the cycle's are in cycle_documents).

Each takes its content dataclass and a path or binary file, and returns the
number of pages. All fixed wording comes from the label catalogue in the
document's language; long free texts wrap and continue on further pages.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import partial
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from casedesk.printing import fonts
from casedesk.printing._document import (
    ACCENT,
    CELL,
    CELL_LABEL,
    CELL_PADDING,
    FRAME_WIDTH,
    Output,
    boxed,
    build,
    cell,
    facts,
    grid,
    header_row,
    lines,
    long_text,
    section,
    tasks_table,
    text,
    title_block,
)
from casedesk.printing.content import (
    CounsellingProtocolContent,
    HandoverSummaryContent,
    Language,
    MonthlyReportContent,
    RelapseCardContent,
)
from casedesk.printing.labels import (
    format_date,
    format_datetime,
    format_decimal,
    format_hours,
    format_integer,
    label,
)


def render_counselling_protocol(content: CounsellingProtocolContent, out: Output) -> int:
    fonts.register_fonts()
    language = content.language
    title = label(language, "protocol.title")
    stage = label(language, f"stage.{content.motivational_stage}") if content.motivational_stage else ""
    story: list[Flowable] = title_block(language, title, content.client_label)
    story.append(
        facts(language, 
            [
                (label(language, "client"), content.client_label),
                (label(language, "worker"), content.worker),
                (label(language, "protocol.date_time"), format_datetime(language, content.started_at)),
                (
                    label(language, "protocol.duration"),
                    label(language, "minutes", minutes=content.duration_minutes),
                ),
                (
                    label(language, "protocol.contact_type"),
                    label(language, f"contact.{content.contact_type}"),
                ),
                (label(language, "protocol.place"), content.place),
                (label(language, "protocol.participants"), ", ".join(content.participants)),
                (label(language, "protocol.topics"), ", ".join(content.topics)),
                (label(language, "protocol.client_state"), content.client_state),
                (label(language, "protocol.motivational_stage"), stage),
            ]
        )
    )
    if content.notes.strip():
        story += [*section(language, label(language, "protocol.notes")), *long_text(language, content.notes)]
    story += [*section(language, label(language, "protocol.follow_up")), tasks_table(language, content.follow_up_tasks)]
    return build(out, language, title, story, subject=content.header_name or content.client_label)


def _relapse_card_summary(language: Language, card: RelapseCardContent) -> list[Flowable]:
    story: list[Flowable] = []
    widths = [8 * mm, (FRAME_WIDTH - 8 * mm) / 2, (FRAME_WIDTH - 8 * mm) / 2]
    rows: list[list[Any]] = [
        header_row(language, 
            ["#", label(language, "handover.risk_situations"), label(language, "handover.what_helps")], widths
        )
    ]
    for number, situation in enumerate(card.risk_situations, start=1):
        triggers = ", ".join(label(language, f"trigger.{code}") for code in situation.triggers)
        left = [situation.description, f"{label(language, 'card.triggers')}: {triggers}" if triggers else ""]
        right = [
            f"{label(language, 'card.instead')}: {situation.alternatives}"
            if situation.alternatives.strip()
            else "",
            f"{label(language, 'card.turn_to')}: {situation.whom_to_turn_to}"
            if situation.whom_to_turn_to.strip()
            else "",
        ]
        rows.append(
            [
                cell(language, str(number), widths[0]),
                lines(language, left, width=widths[1] - 2 * CELL_PADDING),
                lines(language, right, width=widths[2] - 2 * CELL_PADDING),
            ]
        )
    if card.risk_situations:
        story.append(grid(rows, widths))
    if card.important_numbers:
        numbers = [(entry.label, entry.number) for entry in card.important_numbers]
        story += [
            Spacer(0, 3 * mm),
            text(language, label(language, "card.numbers"), CELL_LABEL),
            facts(language, numbers, 70 * mm),
        ]
    return story


def render_handover_summary(content: HandoverSummaryContent, out: Output) -> int:
    fonts.register_fonts()
    title = label(content.language, "handover.title")
    return build(out, content.language, title, _handover_story(content, title))


def render_deputy_briefing(language: Language, contents: Sequence[HandoverSummaryContent], out: Output) -> int:
    """The deputy's first-day pages: one handover summary per client, each from a new page."""
    fonts.register_fonts()
    title = label(language, "briefing.title")
    story: list[Flowable] = []
    for number, content in enumerate(contents):
        if number:
            story.append(PageBreak())
        story += _handover_story(content, title)
    if not contents:
        story = [*title_block(language, title, ""), text(language, label(language, "briefing.none"))]
    return build(out, language, title, story)


def _deputy_period_text(content: HandoverSummaryContent) -> str:
    language = content.language
    start = format_date(language, content.deputy_from) if content.deputy_from else ""
    end = format_date(language, content.deputy_until) if content.deputy_until else ""
    if start and end:
        return label(language, "handover.deputy_period", start=start, end=end)
    if start:
        return label(language, "handover.deputy_from", start=start)
    if end:
        return label(language, "handover.deputy_until", end=end)
    return ""


def _handover_story(content: HandoverSummaryContent, title: str) -> list[Flowable]:
    language = content.language
    prepared = label(
        language,
        "handover.prepared",
        date=format_date(language, content.prepared_on),
        name=content.prepared_by,
    )
    story: list[Flowable] = title_block(language, title, content.display_name)
    story.append(text(language, prepared))
    # Whoever covers in a crisis reads the top of the first page first.
    if content.emergency_notes.strip():
        story += [*section(language, label(language, "handover.emergency")), boxed(language, content.emergency_notes)]
    if content.handover_note.strip():
        story += [*section(language, label(language, "handover.note")), boxed(language, content.handover_note)]
    story += [
        *section(language, label(language, "handover.person")),
        facts(language, 
            [
                (label(language, "handover.name"), content.display_name),
                (label(language, "handover.alias"), content.alias),
                (label(language, "handover.date_of_birth"), content.date_of_birth_text or ""),
                (label(language, "handover.whereabouts"), content.whereabouts),
                (label(language, "handover.phone"), content.phone),
                (label(language, "handover.languages"), ", ".join(content.languages)),
                (label(language, "phase"), content.phase),
            ]
        ),
        *section(language, label(language, "handover.responsibility")),
        facts(language, 
            [
                (label(language, "case_manager"), content.case_manager),
                (label(language, "deputy"), " · ".join(part for part in (content.deputy, _deputy_period_text(content))
                                                        if part)),
            ]
        ),
    ]
    if content.next_contact_due is not None:
        story += [Spacer(1, 2 * mm), text(language, label(language, "handover.next_contact",
                                                          date=format_date(language, content.next_contact_due)))]
    if content.consents:
        widths = [FRAME_WIDTH - 70 * mm, 30 * mm, 40 * mm]
        rows: list[list[Any]] = []
        for consent in content.consents:
            until = consent.valid_until
            rows.append(
                [
                    cell(language, consent.description, widths[0]),
                    cell(language, 
                        label(language, "handover.granted" if consent.granted else "handover.not_granted"),
                        widths[1],
                    ),
                    cell(language, 
                        label(language, "handover.valid_until", date=format_date(language, until))
                        if until
                        else "",
                        widths[2],
                    ),
                ]
            )
        story += [*section(language, label(language, "handover.consents")), grid(rows, widths, header=False)]
    if content.open_referrals:
        widths = [FRAME_WIDTH - 75 * mm, 45 * mm, 30 * mm]
        rows = [header_row(language, [label(language, f"handover.col_{key}")
                                      for key in ("referral", "state", "follow_up")], widths)]
        rows += [[cell(language, what, widths[0]), cell(language, state, widths[1]),
                  cell(language, format_date(language, follow_up) if follow_up else "", widths[2])]
                 for what, state, follow_up in content.open_referrals]
        story += [*section(language, label(language, "handover.open_referrals")), grid(rows, widths)]
    if content.recent_contacts:
        widths = [25 * mm, 40 * mm, FRAME_WIDTH - 65 * mm]
        rows = [
            header_row(language, [label(language, f"handover.col_{key}") for key in ("date", "type", "note")], widths)
        ]
        for contact in content.recent_contacts:
            rows.append(
                [
                    cell(language, format_date(language, contact.occurred_on), widths[0]),
                    cell(language, label(language, f"contact.{contact.contact_type}"), widths[1]),
                    cell(language, contact.note, widths[2]),
                ]
            )
        story += [*section(language, label(language, "handover.recent_contacts")), grid(rows, widths)]
    story += [*section(language, label(language, "open_tasks")), tasks_table(language, content.open_tasks)]
    if content.relapse_card is not None:
        story += [
            *section(language, label(language, "handover.relapse_card")),
            *_relapse_card_summary(language, content.relapse_card),
        ]
    return story


def _axis_step(largest: int) -> int:
    """A whole step of 1, 2 or 5 times a power of ten giving at most about six ticks."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            if largest / (factor * magnitude) <= 6:
                return factor * magnitude
        magnitude *= 10


def _whole_number(language: Language, value: float) -> str:
    return format_integer(language, round(value))


def _contacts_chart(language: Language, content: MonthlyReportContent) -> Drawing:
    totals = [total for total in content.contacts_by_type if total.count]
    bar_height = 14
    height = bar_height * len(totals) + 30
    drawing = Drawing(FRAME_WIDTH, height, initialFontName=fonts.REGULAR)
    chart = HorizontalBarChart()
    chart.x, chart.y = 55 * mm, 18
    chart.width, chart.height = FRAME_WIDTH - 70 * mm, bar_height * len(totals)
    # Reversed so the chart lists the types top-down in the same order as the table.
    chart.data = [[total.count for total in reversed(totals)]]
    chart.categoryAxis.categoryNames = [
        label(language, f"contact.{total.contact_type}") for total in reversed(totals)
    ]
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barSpacing = 2
    chart.valueAxis.valueMin = 0
    # Counts are whole numbers: whole steps (ReportLab would pick 0.2 for a quiet month), numbered
    # the language's way (1.000 in German and Danish), ending at or beyond the longest bar.
    step = _axis_step(max(total.count for total in totals))
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = step * math.ceil(max(total.count for total in totals) / step)
    chart.valueAxis.labelTextFormat = partial(_whole_number, language)
    for axis_labels in (chart.categoryAxis.labels, chart.valueAxis.labels, chart.barLabels):
        axis_labels.fontName = fonts.CONDENSED
        axis_labels.fontSize = 8.5
    chart.barLabelFormat = partial(_whole_number, language)
    chart.barLabels.nudge = 7
    drawing.add(chart)
    return drawing


def _kept_together(heading: list[Flowable], table: Flowable) -> KeepTogether:
    """A heading and its short table on one page: the next page takes both rather than leaving a
    row behind. The heading's conditional page break is left out - inside KeepTogether it would
    claim the rest of the page and let the table split after all."""
    return KeepTogether([flowable for flowable in heading if not isinstance(flowable, CondPageBreak)] + [table])


def render_monthly_report(content: MonthlyReportContent, out: Output) -> int:
    fonts.register_fonts()
    language = content.language
    month = label(language, f"month.{content.month}")
    period = label(language, "report.period", month=month, year=content.year)
    title = f"{label(language, 'report.title')} {period}"
    contact_minutes = sum(total.minutes for total in content.contacts_by_type)
    story: list[Flowable] = title_block(language, title, f"{content.worker} · {content.team}")
    contact_time = label(language, "hours", hours=format_hours(language, contact_minutes))
    contacts = sum(total.count for total in content.contacts_by_type)
    if content.total_hours:
        hours = [
            (
                label(language, "report.total_hours"),
                label(language, "hours", hours=format_decimal(language, content.total_hours)),
            ),
            (label(language, "report.contact_hours"), contact_time),
        ]
        what_hours_count = label(language, "report.total_hours_note")
    else:
        # No working time logged (the desk records contacts only): say what the figure is.
        hours = [(label(language, "report.contact_time"), contact_time)]
        what_hours_count = label(language, "report.contact_time_note")
    story.append(
        facts(
            language,
            [
                (label(language, "worker"), content.worker),
                (label(language, "team"), content.team),
                (label(language, "report.clients_seen"), format_integer(language, content.clients_seen)),
                *hours,
            ],
            label_width=60 * mm,
        )
    )
    story += [Spacer(0, 2 * mm), text(language, what_hours_count, CELL)]
    if not contacts:
        story += [Spacer(0, 6 * mm), boxed(language, label(language, "report.empty", period=period))]
        return build(out, language, title, story, subject=content.worker)
    widths = [FRAME_WIDTH - 60 * mm, 30 * mm, 30 * mm]
    right = [("ALIGN", (1, 0), (-1, -1), "RIGHT")]
    # Plain strings rather than Paragraphs, so the numeric columns can be right-aligned.
    rows: list[list[Any]] = [[label(language, f"report.col_{key}") for key in ("type", "count", "hours")]]
    for total in content.contacts_by_type:
        rows.append(
            [
                label(language, f"contact.{total.contact_type}"),
                format_integer(language, total.count),
                format_hours(language, total.minutes),
            ]
        )
    rows.append([label(language, "report.total"), format_integer(language, contacts),
                 format_hours(language, contact_minutes)])
    totals_row = [
        ("FONTNAME", (0, -1), (-1, -1), fonts.CONDENSED_BOLD),
        ("LINEABOVE", (0, -1), (-1, -1), 1, ACCENT),
    ]
    # A table of a few rows moves to the next page whole rather than leaving one row behind.
    story.append(_kept_together(section(language, label(language, "report.by_type")),
                                grid(rows, widths, extra=right + totals_row)))
    story += [Spacer(0, 4 * mm), _contacts_chart(language, content)]
    if content.breakdown:
        unit = content.breakdown_unit
        rows = [[label(language, f"report.col_{key}") for key in ("period", "count", "hours")]]
        for period_total in content.breakdown:
            start = format_date(language, period_total.start)
            name = (
                label(language, "report.week", week=period_total.start.isocalendar().week, date=start)
                if unit == "week"
                else start
            )
            rows.append([name, format_integer(language, period_total.contacts),
                         format_hours(language, period_total.minutes)])
        story.append(_kept_together(section(language, label(language, f"report.breakdown_{unit}")),
                                    grid(rows, widths, extra=right)))
    return build(out, language, title, story, subject=content.worker)
