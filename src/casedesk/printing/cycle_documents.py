"""A4 documents of the case-management cycle: service plan, assessment summary, evaluation.

Each takes its content dataclass and a path or binary file, and returns the number of pages.
The plan is printed for signatures: the macro goal, then per life domain the meso goals each
followed by its micro steps (numbered 1.1, 1.1.1 and indented), then what the client does, what the
informal network gives and only then the services (subsidiarity), contact dates and the signature
lines. Long texts wrap; every table continues on the next page with its header repeated.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from casedesk.printing import fonts
from casedesk.printing._document import (
    ACCENT,
    BODY,
    BOX_TEXT_WIDTH,
    CELL,
    CELL_LABEL,
    CELL_PADDING,
    FRAME_WIDTH,
    SHADE,
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
from casedesk.printing._text import markup, unbreakable
from casedesk.printing.content import (
    AssessmentDomainEntry,
    AssessmentSummaryContent,
    EvaluationContent,
    GoalEntry,
    GoalGroup,
    Language,
    ServicePlanContent,
)
from casedesk.printing.labels import format_date, format_decimal, label

DOMAIN_HEADING = ParagraphStyle(
    "domain_heading",
    parent=BODY,
    fontName=fonts.BOLD,
    fontSize=10.5,
    leading=13,
    textColor=ACCENT,
    spaceBefore=8,
    spaceAfter=3,
)
# A domain heading with less room than this below it moves to the next page with its goals.
MIN_SPACE_BELOW_DOMAIN = 28 * mm
#: Micro steps are set in by this much under their meso goal (number and text alike).
STEP_INDENT = 5 * mm
STEP = ParagraphStyle("step", parent=CELL, leftIndent=STEP_INDENT)
STEP_LABEL = ParagraphStyle("step_label", parent=CELL_LABEL, leftIndent=STEP_INDENT)


def _date(language: Language, day: Any) -> str:
    return format_date(language, day) if day else ""


def _bold(language: Language, caption: str) -> str:
    return f"<b>{markup(caption, CELL_LABEL.fontName, CELL.fontSize, FRAME_WIDTH, language)}:</b>"


def _number(number: str, micro: bool) -> Paragraph:
    """A goal's number ("1.10.3") on one line: the column is made wide enough, never hyphenated."""
    return Paragraph(unbreakable(number), STEP_LABEL if micro else CELL_LABEL)


def _goal_paragraph(language: Language, goal: GoalEntry, width: float, style: ParagraphStyle) -> Paragraph:
    """Wording in bold, then indicator and the realistic note, each on its own line."""
    room = width - 2 * CELL_PADDING - style.leftIndent
    parts = [f"<b>{markup(goal.text, CELL_LABEL.fontName, style.fontSize, room, language)}</b>"]
    for caption, value in (
        (label(language, "plan.indicator"), goal.indicator),
        (label(language, "plan.realistic"), goal.realistic_note),
    ):
        if value.strip():
            parts.append(f"{_bold(language, caption)} {markup(value, style.fontName, style.fontSize, room, language)}")
    return Paragraph("<br/>".join(parts), style)


def _goal_row(language: Language, goal: GoalEntry, widths: Sequence[float]) -> list[Any]:
    micro = goal.level == "micro"
    agreed = label(language, "plan.agreed" if goal.agreed_with_client else "plan.not_agreed")
    return [
        _number(goal.number, micro),
        _goal_paragraph(language, goal, widths[1], STEP if micro else CELL),
        lines(language, [_date(language, goal.deadline), goal.responsible], width=widths[2] - 2 * CELL_PADDING),
        lines(language, [agreed, label(language, f"goal_status.{goal.status}")], width=widths[3] - 2 * CELL_PADDING),
    ]


_GOAL_WIDTHS = [20 * mm, FRAME_WIDTH - 93 * mm, 40 * mm, 33 * mm]


def _goal_header(language: Language) -> list[Paragraph]:
    captions = [
        label(language, f"plan.{key}")
        for key in ("col_number", "col_goal", "col_deadline", "col_agreed_status")
    ]
    return header_row(language, captions, _GOAL_WIDTHS)


def _goal_group(language: Language, group: GoalGroup) -> list[Flowable]:
    rows: list[list[Any]] = [_goal_header(language)]
    shaded: list[tuple] = []
    for goal in group.goals:
        if goal.level != "micro":
            # Meso goals on a shade, so the steps under each read as belonging to it.
            shaded.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), SHADE))
        rows.append(_goal_row(language, goal, _GOAL_WIDTHS))
    heading = Paragraph(
        markup(group.life_domain, DOMAIN_HEADING.fontName, DOMAIN_HEADING.fontSize, FRAME_WIDTH, language),
        DOMAIN_HEADING,
    )
    return [CondPageBreak(MIN_SPACE_BELOW_DOMAIN), heading, grid(rows, _GOAL_WIDTHS, extra=shaded)]


def _macro_goal(language: Language, goal: GoalEntry) -> list[Flowable]:
    """The overall goal in a box: its wording in bold, then indicator, deadline, who, status, agreement."""

    def marked(value: str) -> str:
        return markup(value, BODY.fontName, BODY.fontSize, BOX_TEXT_WIDTH, language)

    number = f"{goal.number} " if goal.number else ""
    details = [
        (label(language, "plan.indicator"), goal.indicator),
        (label(language, "plan.realistic"), goal.realistic_note),
        (label(language, "due"), _date(language, goal.deadline)),
        (label(language, "responsible"), goal.responsible),
        (label(language, "plan.col_status"), label(language, f"goal_status.{goal.status}")),
    ]
    agreed = label(language, "plan.agreed" if goal.agreed_with_client else "plan.not_agreed")
    parts = [f"<b>{marked(number + goal.text)}</b>"]
    parts += [f"<b>{marked(caption)}:</b> {marked(value)}" for caption, value in details if value.strip()]
    parts.append(marked(agreed))
    return [*section(language, label(language, "plan.macro_goal")), boxed(language, Paragraph("<br/>".join(parts), BODY))]


def _free_text(language: Language, heading: str, value: str) -> list[Flowable]:
    return [
        *section(language, heading),
        *(long_text(language, value) if value.strip() else [text(language, label(language, "plan.nothing_recorded"))]),
    ]


def _services_table(language: Language, content: ServicePlanContent) -> Flowable:
    if not content.services:
        return text(language, label(language, "plan.no_services"))
    widths = [FRAME_WIDTH - 100 * mm, 45 * mm, 25 * mm, 30 * mm]
    rows: list[list[Any]] = [
        header_row(language, 
            [label(language, f"plan.col_{key}") for key in ("service", "provider", "cost", "payer")], widths
        )
    ]
    for service in content.services:
        rows.append(
            [
                cell(language, value, width)
                for value, width in zip(
                    (service.description, service.provider, service.cost, service.payer), widths
                )
            ]
        )
    return grid(rows, widths)


def _signatures(language: Language, content: ServicePlanContent) -> Flowable:
    gap = 12 * mm
    column = (FRAME_WIDTH - gap) / 2

    def caption(role: str, name: str, signed_on: Any) -> Paragraph:
        when = (
            label(language, "plan.signed_on", date=format_date(language, signed_on))
            if signed_on
            else f"{label(language, 'plan.sign_place_date')}:"
        )
        return lines(language, [label(language, role), name, when], width=column)

    client = caption("plan.sign_client", content.client_signatory, content.client_signed_on)
    worker = caption("plan.sign_case_manager", content.case_manager_signatory, content.case_manager_signed_on)
    # Room for the pen above one rule per signature.
    table = Table(
        [["", "", ""], [client, "", worker]], colWidths=[column, gap, column], rowHeights=[18 * mm, None]
    )
    table.setStyle(
        TableStyle(
            [("LINEBELOW", (index, 0), (index, 0), 0.8, ACCENT) for index in (0, 2)]
            + [
                ("FONTNAME", (0, 0), (-1, -1), CELL.fontName),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return KeepTogether([*section(language, label(language, "plan.signatures")), table])


def render_service_plan(content: ServicePlanContent, out: Output) -> int:
    fonts.register_fonts()
    language = content.language
    title = label(language, "plan.title")
    story: list[Flowable] = title_block(language, title, content.client_label)
    story.append(
        facts(language, 
            [
                (label(language, "client"), content.client_label),
                (label(language, "worker"), content.worker),
                (label(language, "team"), content.team),
                (label(language, "phase"), content.phase),
                (label(language, "plan.version"), str(content.version) if content.version else ""),
                (label(language, "plan.plan_date"), format_date(language, content.plan_date)),
                (label(language, "plan.review_date"), _date(language, content.review_date)),
            ]
        )
    )
    if content.macro_goal is not None:
        story += _macro_goal(language, content.macro_goal)
    story += section(language, label(language, "plan.goals"))
    if content.goal_groups:
        for group in content.goal_groups:
            story += _goal_group(language, group)
    else:
        story.append(text(language, label(language, "plan.no_goals")))
    story += _free_text(language, label(language, "plan.own_activities"), content.own_activities)
    story += _free_text(language, label(language, "plan.network_support"), content.network_support)
    story += [*section(language, label(language, "plan.services")), _services_table(language, content)]
    if content.contact_dates.strip():
        story += [*section(language, label(language, "plan.contact_dates")), *long_text(language, content.contact_dates)]
    if content.open_tasks:
        story += [*section(language, label(language, "open_tasks")), tasks_table(language, content.open_tasks)]
    story += [Spacer(0, 4 * mm), _signatures(language, content)]
    return build(out, language, title, story, subject=content.header_name or content.client_label)


# --- assessment summary -----------------------------------------------------------------------
def _rating(language: Language, rating: int | None) -> str:
    return label(language, f"rating.{rating}" if rating is not None else "rating.none")


def _priority(language: Language, priority: int | None) -> str:
    return label(language, f"priority.{priority}" if priority is not None else "priority.none")


def _overview(language: Language, domains: Sequence[AssessmentDomainEntry]) -> Flowable:
    widths = [FRAME_WIDTH - 105 * mm, 60 * mm, 45 * mm]
    rows: list[list[Any]] = [
        header_row(language, 
            [label(language, f"assessment.col_{key}") for key in ("domain", "rating", "priority")], widths
        )
    ]
    for domain in domains:
        rows.append(
            [
                cell(language, domain.life_domain, widths[0], CELL_LABEL),
                cell(language, _rating(language, domain.rating), widths[1]),
                cell(language, _priority(language, domain.client_priority), widths[2]),
            ]
        )
    return grid(rows, widths)


def _domain_details(language: Language, domain: AssessmentDomainEntry) -> list[Flowable]:
    client_view = (
        label(language, "quote", text=domain.client_view.strip()) if domain.client_view.strip() else ""
    )
    resources = [
        (label(language, f"assessment.resources_{key}"), value)
        for key, value in (
            ("personal", domain.resources_personal),
            ("private", domain.resources_private),
            ("community", domain.resources_community),
        )
    ]
    pairs = [
        (label(language, "assessment.col_rating"), _rating(language, domain.rating)),
        (label(language, "assessment.col_priority"), _priority(language, domain.client_priority)),
        (label(language, "assessment.client_view"), client_view),
        (label(language, "assessment.professional_view"), domain.professional_view),
        *((f"{label(language, 'assessment.resources')} – {caption}", value) for caption, value in resources),
        (label(language, "assessment.problems"), domain.problems),
    ]
    heading = Paragraph(
        markup(domain.life_domain, DOMAIN_HEADING.fontName, DOMAIN_HEADING.fontSize, FRAME_WIDTH, language),
        DOMAIN_HEADING,
    )
    return [CondPageBreak(MIN_SPACE_BELOW_DOMAIN), heading, facts(language, pairs, label_width=52 * mm)]


def render_assessment_summary(content: AssessmentSummaryContent, out: Output) -> int:
    fonts.register_fonts()
    language = content.language
    title = label(language, "assessment.title")
    completed = _date(language, content.completed_on) or label(language, "assessment.not_completed")
    story: list[Flowable] = title_block(language, title, content.client_label)
    story.append(
        facts(language, 
            [
                (label(language, "client"), content.client_label),
                (label(language, "worker"), content.worker),
                (label(language, "team"), content.team),
                (label(language, "assessment.started"), format_date(language, content.started_on)),
                (label(language, "assessment.time_box"), format_date(language, content.due_on)),
                (label(language, "assessment.completed"), completed),
            ]
        )
    )
    if content.note.strip():
        story += [*section(language, label(language, "assessment.note")), *long_text(language, content.note)]
    story += [*section(language, label(language, "assessment.overview")), _overview(language, content.domains)]
    story += section(language, label(language, "assessment.domains"))
    found = [domain for domain in content.domains if domain.has_findings]
    if found:
        for domain in found:
            story += _domain_details(language, domain)
    else:
        story.append(text(language, label(language, "assessment.no_findings")))
    return build(out, language, title, story)


# --- evaluation -------------------------------------------------------------------------------
def _attainment(language: Language, attainment: int | None) -> str:
    if attainment is None:
        return label(language, "evaluation.not_scored")
    # "+1", "−1", and a plain "0" for the expected outcome.
    score = f"{attainment:+d}".replace("-", "−") if attainment else "0"
    return f"{score} · {label(language, f'attainment.{attainment}')}"


def _evaluated_goals(language: Language, content: EvaluationContent) -> Flowable:
    if not content.goals:
        return text(language, label(language, "evaluation.no_goals"))
    widths = [20 * mm, FRAME_WIDTH - 106 * mm, 36 * mm, 50 * mm]
    rows: list[list[Any]] = [
        header_row(language, 
            [
                label(language, "plan.col_number"),
                label(language, "evaluation.col_goal"),
                label(language, "evaluation.col_attainment"),
                label(language, "evaluation.col_comment"),
            ],
            widths,
        )
    ]
    shaded: list[tuple] = []
    for goal in content.goals:
        micro = goal.level == "micro"
        if not micro:
            shaded.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), SHADE))
        style = STEP if micro else CELL
        room = widths[1] - 2 * CELL_PADDING - style.leftIndent
        wording = [f"<b>{markup(goal.text, CELL_LABEL.fontName, style.fontSize, room, language)}</b>"]
        context = [
            label(language, f"goal_level.{goal.level}"),
            goal.life_domain,
            label(language, f"goal_status.{goal.status}"),
        ]
        if goal.weight != 1:
            context.append(label(language, "evaluation.weight", weight=goal.weight))
        wording.append(
            markup(" · ".join(part for part in context if part), style.fontName, style.fontSize, room, language)
        )
        rows.append(
            [
                _number(goal.number, micro),
                Paragraph("<br/>".join(wording), style),
                cell(language, _attainment(language, goal.attainment), widths[2]),
                cell(language, goal.comment, widths[3]),
            ]
        )
    return grid(rows, widths, extra=shaded)


def _t_score(language: Language, content: EvaluationContent) -> str:
    if content.t_score is None:
        return label(language, "evaluation.t_score_none")
    scored = sum(1 for goal in content.goals if goal.attainment is not None)
    return label(
        language,
        "evaluation.t_score_value",
        score=format_decimal(language, content.t_score),
        scored=scored,
        goals=len(content.goals),
    )


def render_evaluation(content: EvaluationContent, out: Output) -> int:
    fonts.register_fonts()
    language = content.language
    title = label(language, "evaluation.title")
    story: list[Flowable] = title_block(language, title, content.client_label)
    story.append(
        facts(language, 
            [
                (label(language, "client"), content.client_label),
                (label(language, "worker"), content.worker),
                (label(language, "team"), content.team),
                (label(language, "evaluation.opened"), format_date(language, content.opened_on)),
                (label(language, "evaluation.evaluated_on"), _date(language, content.evaluated_on)),
                (
                    label(language, "evaluation.plan_version"),
                    str(content.plan_version) if content.plan_version else "",
                ),
            ]
        )
    )
    story += [
        *section(language, label(language, "evaluation.t_score")),
        boxed(language, _t_score(language, content)),
        Spacer(0, 2 * mm),
        text(language, label(language, "evaluation.t_score_note"), CELL),
        *section(language, label(language, "evaluation.goals")),
        _evaluated_goals(language, content),
    ]
    if content.client_view.strip():
        story += [
            *section(language, label(language, "evaluation.client_view")),
            *long_text(language, label(language, "quote", text=content.client_view.strip())),
        ]
    story += section(language, label(language, "evaluation.closure"))
    if content.closure_code or content.closed_on:
        story.append(
            facts(language, 
                [
                    (label(language, "evaluation.closed_on"), _date(language, content.closed_on)),
                    (
                        label(language, "evaluation.closure_reason"),
                        label(language, f"closure.{content.closure_code}") if content.closure_code else "",
                    ),
                    (label(language, "evaluation.closure_note"), content.closure_note),
                ]
            )
        )
    else:
        story.append(text(language, label(language, "evaluation.not_closed")))
    return build(out, language, title, story)
