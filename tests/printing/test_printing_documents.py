import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
from printing_fixtures import (
    A4_POINTS,
    TEXTS,
    assessment_content,
    counselling_content,
    evaluation_content,
    fonts_used,
    handover_content,
    monthly_report_content,
    normalized,
    page_sizes,
    pdf_text,
    service_plan_content,
)
from reportlab.lib.units import mm

from casedesk.printing import (
    render_assessment_summary,
    render_counselling_protocol,
    render_evaluation,
    render_handover_summary,
    render_monthly_report,
    render_service_plan,
)
from casedesk.printing._document import FRAME_WIDTH, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X
from casedesk.printing.content import GoalGroup, Language, ServicePlanContent
from casedesk.printing.labels import format_date, format_decimal, label


@dataclass
class Rendered:
    data: bytes
    pages: int
    header: str
    expected: list[str]


def _render(render: Callable[..., int], content: object) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    pages = render(content, buffer)
    return buffer.getvalue(), pages


def service_plan(language: Language) -> Rendered:
    content = service_plan_content(language, goals=30)
    data, pages = _render(render_service_plan, content)
    expected = [
        label(language, key)
        for key in (
            "plan.title",
            "plan.macro_goal",
            "plan.goals",
            "open_tasks",
            "plan.signatures",
            "plan.sign_client",
            "plan.sign_case_manager",
            "plan.sign_place_date",
            "goal_status.partly_reached",
            "plan.network_support",
            "plan.services",
            "plan.own_activities",
            "plan.agreed",
            "plan.not_agreed",
            "plan.review_date",
        )
    ]
    expected += [
        content.client_label,
        content.worker,
        content.team,
        format_date(language, content.review_date),
    ]
    expected += [goal.text for goal in content.goals] + [goal.indicator for goal in content.goals]
    expected += [group.life_domain for group in content.goal_groups]
    expected += [service.description for service in content.services]
    expected += [task.text for task in content.open_tasks]
    return Rendered(data, pages, f"{label(language, 'plan.title')} – {content.client_label}", expected)


def counselling_protocol(language: Language) -> Rendered:
    content = counselling_content(language)
    data, pages = _render(render_counselling_protocol, content)
    expected = [
        label(language, key)
        for key in (
            "protocol.title",
            "protocol.notes",
            "protocol.follow_up",
            "protocol.motivational_stage",
            "contact.counselling",
            "stage.preparation",
        )
    ]
    expected += [content.client_label, content.worker, content.place, content.client_state]
    expected += [paragraph for paragraph in content.notes.split("\n\n")]
    expected += [task.text for task in content.follow_up_tasks] + content.topics
    return Rendered(data, pages, f"{label(language, 'protocol.title')} – {content.client_label}", expected)


def handover_summary(language: Language) -> Rendered:
    content = handover_content(language)
    data, pages = _render(render_handover_summary, content)
    expected = [
        label(language, key)
        for key in (
            "handover.title",
            "handover.emergency",
            "handover.consents",
            "handover.recent_contacts",
            "handover.relapse_card",
            "deputy",
            "case_manager",
            "contact.crisis",
            "contact.missed",
        )
    ]
    expected += [
        content.display_name,
        content.alias,
        content.deputy,
        content.phone,
        content.emergency_notes,
        content.whereabouts,
    ]
    expected += [contact.note for contact in content.recent_contacts]
    expected += [consent.description for consent in content.consents]
    assert content.relapse_card is not None
    expected += [situation.description for situation in content.relapse_card.risk_situations]
    expected += [entry.number for entry in content.relapse_card.important_numbers]
    # The handover stays in the office: its running header names the document, not the client.
    return Rendered(data, pages, label(language, "handover.title"), expected)


def monthly_report(language: Language) -> Rendered:
    content = monthly_report_content(language)
    data, pages = _render(render_monthly_report, content)
    title = f"{label(language, 'report.title')} {label(language, 'month.3')} 2025"
    expected = [
        title,
        label(language, "report.by_type"),
        label(language, "report.breakdown_week"),
        label(language, "report.clients_seen"),
        content.worker,
    ]
    expected += [label(language, f"contact.{total.contact_type}") for total in content.contacts_by_type]
    return Rendered(data, pages, f"{title} – {content.worker}", expected)


def assessment_summary(language: Language) -> Rendered:
    content = assessment_content(language)
    data, pages = _render(render_assessment_summary, content)
    expected = [
        label(language, key)
        for key in (
            "assessment.title",
            "assessment.overview",
            "assessment.domains",
            "assessment.client_view",
            "assessment.professional_view",
            "assessment.resources_personal",
            "assessment.resources_private",
            "assessment.resources_community",
            "assessment.problems",
            "assessment.not_completed",
            "rating.0",
            "rating.4",
            "rating.none",
            "priority.1",
            "priority.none",
        )
    ]
    expected += [label(language, "quote", text=domain.client_view) for domain in content.domains[:-1]]
    expected += [domain.professional_view for domain in content.domains] + [content.domains[-1].life_domain]
    expected += [domain.problems for domain in content.domains]
    return Rendered(data, pages, label(language, "assessment.title"), expected)


def evaluation(language: Language) -> Rendered:
    content = evaluation_content(language)
    data, pages = _render(render_evaluation, content)
    expected = [
        label(language, key)
        for key in (
            "evaluation.title",
            "evaluation.t_score",
            "evaluation.goals",
            "evaluation.client_view",
            "evaluation.closure",
            "evaluation.not_scored",
            "closure.transferred",
        )
    ]
    expected += [f"−2 · {label(language, 'attainment.-2')}", f"+2 · {label(language, 'attainment.2')}",
                 f"0 · {label(language, 'attainment.0')}", label(language, "evaluation.weight", weight=2)]
    expected += [goal.text for goal in content.goals] + [goal.comment for goal in content.goals]
    expected += [label(language, "evaluation.t_score_value", score=format_decimal(language, 47.25),
                       scored=10, goals=12), content.closure_note]
    return Rendered(data, pages, label(language, "evaluation.title"), expected)


DOCUMENTS = [service_plan, assessment_summary, evaluation, counselling_protocol, handover_summary, monthly_report]


@pytest.fixture(params=DOCUMENTS, ids=lambda document: document.__name__)
def rendered(request: pytest.FixtureRequest, language: Language) -> Rendered:
    return request.param(language)


def test_every_page_is_a4_and_the_page_count_is_returned(rendered):
    sizes = page_sizes(rendered.data)
    assert sizes == [A4_POINTS] * rendered.pages


def test_every_page_has_header_with_page_x_of_y_and_confidential_footer(rendered, language):
    with pdfplumber.open(io.BytesIO(rendered.data)) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            text = page.extract_text()
            assert rendered.header in text
            assert label(language, "page_x_of_y", page=number, pages=rendered.pages) in text
            assert label(language, "confidential") in text


def test_every_expected_text_is_printed(rendered, language):
    repeated = (rendered.header, label(language, "confidential")) + tuple(
        label(language, "page_x_of_y", page=number, pages=rendered.pages)
        for number in range(1, rendered.pages + 1)
    )
    # A running header that is the bare title stays in: the title is expected on the first page.
    repeated = tuple(line for line in repeated if line not in rendered.expected)
    text = normalized(pdf_text(rendered.data, drop=repeated))
    assert [item for item in rendered.expected if normalized(item) not in text] == []


def test_text_stays_within_the_page_margins(rendered):
    with pdfplumber.open(io.BytesIO(rendered.data)) as pdf:
        for page in pdf.pages:
            stray = [
                char["text"]
                for char in page.chars
                if char["x0"] < MARGIN_X - 0.5
                or char["x1"] > page.width - MARGIN_X + 0.5
                or char["top"] < 0
                or char["bottom"] > page.height
            ]
            assert stray == []


def test_only_embedded_dejavu_fonts(rendered):
    used = fonts_used(rendered.data)
    assert used
    assert [name for name, embedded in used if "DejaVu" not in name or not embedded] == []


@pytest.mark.parametrize("document", [service_plan, assessment_summary, evaluation, counselling_protocol,
                                      handover_summary])
def test_long_content_flows_over_several_pages(document):
    assert document("de").pages >= 2


def test_service_plan_without_goals_prints_what_exists(language):
    content = service_plan_content(language, goals=0)
    content.macro_goal = None
    content.services = []
    data, pages = _render(render_service_plan, content)
    assert pages <= 2
    text = normalized(pdf_text(data))
    for expected in (
        label(language, "plan.no_goals"),
        label(language, "plan.no_services"),
        content.open_tasks[0].text,
        label(language, "plan.sign_client"),
    ):
        assert normalized(expected) in text


def test_monthly_report_totals_and_chart():
    content = monthly_report_content("de")
    data, _ = _render(render_monthly_report, content)
    text = pdf_text(data)
    total_count = sum(total.count for total in content.contacts_by_type)
    total_hours = sum(total.minutes for total in content.contacts_by_type) / 60
    totals_row = f"{label('de', 'report.total')}\n{total_count}\n{total_hours:.1f}".replace(".", ",")
    assert totals_row in text
    assert "152,5 Std." in text  # working hours with a German decimal comma
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        bars = [
            rect for rect in pdf.pages[0].rects if rect["fill"] and rect["height"] < 20 and rect["width"] > 1
        ]
    assert len(bars) >= sum(1 for total in content.contacts_by_type if total.count)


def test_english_report_uses_a_decimal_point():
    data, _ = _render(render_monthly_report, monthly_report_content("en"))
    assert "152.5 h" in pdf_text(data)


def test_documents_accept_a_path(tmp_path: Path):
    target = tmp_path / "protocol.pdf"
    pages = render_counselling_protocol(counselling_content("da"), target)
    assert page_sizes(target.read_bytes()) == [A4_POINTS] * pages


def test_danish_document_uses_danish_terms():
    text = pdf_text(handover_summary("da").data)
    assert "Stedfortræder" in text and "Sagsbehandler" in text
    assert str(TEXTS["da"]["worker"]) in text


def _one_domain(content: ServicePlanContent) -> ServicePlanContent:
    """The plan with every goal in one life domain: one long table."""
    content.goal_groups = [GoalGroup(life_domain="Wohnen", goals=content.goals)]
    return content


def test_a_table_continues_on_the_next_page_with_one_header_per_page():
    data, _ = _render(render_service_plan, _one_domain(service_plan_content("de", goals=30)))
    header = label("de", "plan.col_goal")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        counts = [page.extract_text().count(header) for page in pdf.pages]
    assert len(counts) >= 3
    assert max(counts) == 1
    assert sum(counts) >= 2, "the goals table should repeat its header on continuation pages"


def test_a_row_taller_than_a_page_is_split_instead_of_failing():
    content = service_plan_content("en", goals=2)
    huge = " ".join(str(sentence) for sentence in TEXTS["en"]["sentences"]) * 12  # type: ignore[union-attr]
    content.goals[1].text = huge
    data, pages = _render(render_service_plan, content)
    assert pages >= 3
    # Read the goal column alone (after the 20 mm number column), page after page, below the running header.
    goal_column_left = MARGIN_X + 20 * mm
    column_text = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            right = goal_column_left + FRAME_WIDTH - 93 * mm
            area = (goal_column_left, MARGIN_TOP, right, page.height - MARGIN_BOTTOM)
            column_text.append(page.crop(area).extract_text().replace(label("en", "plan.col_goal"), ""))
    assert normalized(huge) in normalized("\n".join(column_text))


def test_overdue_tasks_are_marked_in_words_and_bold(language: Language):
    from casedesk.printing.content import TaskEntry

    content = service_plan_content(language, goals=1)
    content.open_tasks = [TaskEntry(text="Jobcenter", due=content.plan_date, responsible="Kim", overdue=True),
                          TaskEntry(text="Hausarzt", responsible="Kim")]
    buffer = io.BytesIO()
    render_service_plan(content, buffer)
    with pdfplumber.open(io.BytesIO(buffer.getvalue())) as pdf:
        words = [word for page in pdf.pages for word in page.extract_words(extra_attrs=["fontname"])]
    marks = [word for word in words if word["text"] == label(language, "task.overdue")]
    assert len(marks) == 1
    assert "Bold" in marks[0]["fontname"]
