"""Printing benchmarks (pytest-benchmark), each checked against its target median.

    /work/venv/bin/pytest benchmarks/bench_printing.py --benchmark-only

Everything renders into memory; font registration happens once, before timing.
"""

import io
from datetime import date, timedelta

import pytest

from casedesk.printing import render_card, render_card_sheet, render_monthly_report, render_service_plan
from casedesk.printing.content import (
    ContactTypeTotal,
    GoalEntry,
    GoalGroup,
    MonthlyReportContent,
    PeriodTotal,
    PhoneEntry,
    RelapseCardContent,
    RiskSituation,
    ServicePlanContent,
    TaskEntry,
)
from casedesk.printing.fonts import register_fonts

CARD_TARGET_S = 0.150
SHEET_OF_100_TARGET_S = 5.0
SERVICE_PLAN_TARGET_S = 1.0
MONTHLY_REPORT_TARGET_S = 0.5


def _card(index: int) -> RelapseCardContent:
    language = ("de", "da", "en")[index % 3]
    return RelapseCardContent(
        language=language,
        issued_on=date(2025, 3, 14),
        version=2,
        large_print=index % 10 == 0,
        display_name=f"Klient {index}",
        risk_situations=[
            RiskSituation(
                description="Wenn am Monatsanfang das Geld kommt und ich allein zu Hause bin.",
                triggers=["craving", "unpleasant_feelings"],
                alternatives="Geld zur Suchtberatungsstellenmitarbeiterin bringen, mit dem Hund rausgehen.",
                whom_to_turn_to="Bruder Jonas oder Kontaktladen",
            ),
            RiskSituation(
                description="Streit mit meinem Freund.",
                triggers=["conflicts"],
                alternatives="Weggehen und durchatmen.",
                whom_to_turn_to="Streetwork-Team",
            ),
        ],
        important_numbers=[
            PhoneEntry(label="Streetwork", number="040 428 11 22 33"),
            PhoneEntry(label="Krisendienst", number="0800 111 0 111"),
            PhoneEntry(label="Notruf", number="112"),
        ],
    )


def _service_plan() -> ServicePlanContent:
    sentence = "Frau K. findet bis zum Sommer eine eigene Wohnung und hält den Kontakt zur Schuldnerberatung."
    return ServicePlanContent(
        language="de",
        client_label="Maria K.",
        worker="Jörg Weißmüller",
        team="Team Nord",
        phase="Stabilisierung",
        plan_date=date(2025, 3, 3),
        review_date=date(2025, 6, 2),
        macro_goal=GoalEntry(number="1", level="macro", life_domain="", text=sentence * 3),
        goal_groups=[
            GoalGroup(
                life_domain="Wohnen",
                goals=[
                    GoalEntry(
                        number=f"1.{i}",
                        level=("meso", "micro", "micro")[i % 3],
                        life_domain="Wohnen",
                        text=sentence,
                        indicator="Mietvertrag liegt vor.",
                        deadline=date(2025, 4, 1) + timedelta(days=7 * i),
                        responsible="Jörg Weißmüller",
                        agreed_with_client=i % 2 == 0,
                        status="in_progress",
                    )
                    for i in range(30)
                ],
            )
        ],
        open_tasks=[TaskEntry(text=sentence, due=date(2025, 3, 10), responsible="JW")] * 5,
        client_signatory="Maria K.",
        case_manager_signatory="Jörg Weißmüller",
    )


def _monthly_report() -> MonthlyReportContent:
    return MonthlyReportContent(
        language="da",
        worker="Birgitte Østergård",
        team="Gadeholdet",
        year=2025,
        month=3,
        contacts_by_type=[
            ContactTypeTotal(contact_type=code, count=10 + i, minutes=300 + 30 * i)
            for i, code in enumerate(("street", "home_visit", "office", "phone", "accompaniment", "crisis"))
        ],
        clients_seen=57,
        total_hours=152.5,
        breakdown=[
            PeriodTotal(start=date(2025, 3, 1) + timedelta(days=day), contacts=5, minutes=240)
            for day in range(31)
        ],
        breakdown_unit="day",
    )


@pytest.fixture(scope="module", autouse=True)
def _fonts_registered() -> None:
    register_fonts()


def _median(benchmark) -> float:
    return benchmark.stats.stats.median


def test_one_card(benchmark):
    content = _card(1)
    benchmark(lambda: render_card(content, io.BytesIO()))
    assert _median(benchmark) <= CARD_TARGET_S


def test_sheet_of_100_cards(benchmark):
    contents = [_card(index) for index in range(100)]
    benchmark.pedantic(lambda: render_card_sheet(contents, io.BytesIO()), rounds=5, iterations=1)
    assert _median(benchmark) <= SHEET_OF_100_TARGET_S


def test_service_plan_with_30_goals(benchmark):
    content = _service_plan()
    benchmark(lambda: render_service_plan(content, io.BytesIO()))
    assert _median(benchmark) <= SERVICE_PLAN_TARGET_S


def test_monthly_report(benchmark):
    content = _monthly_report()
    benchmark(lambda: render_monthly_report(content, io.BytesIO()))
    assert _median(benchmark) <= MONTHLY_REPORT_TARGET_S


@pytest.mark.parametrize("large_print", [False, True])
@pytest.mark.parametrize("language", ["de", "da", "en"])
def test_three_situation_card_type_size(benchmark, language, large_print):
    """The smallest type on a three-situation card, read from the PDF (the print hint excluded);
    target at least 7 pt in normal print and 9 pt in large print."""
    import pdfplumber

    content = _card(0)
    content.language, content.large_print = language, large_print
    content.risk_situations = [content.risk_situations[0], content.risk_situations[1], content.risk_situations[0]]
    buffer = io.BytesIO()
    benchmark.pedantic(lambda: render_card(content, buffer), rounds=1, iterations=1)
    with pdfplumber.open(io.BytesIO(buffer.getvalue())) as pdf:
        # The hint under the fold-outs is set at 8 pt and is not on the card.
        sizes = [char["size"] for page in pdf.pages for char in page.chars if char["size"] != 8]
    smallest = min(sizes)
    benchmark.extra_info["smallest_pt"] = round(smallest, 2)
    print(f"\n{language} large_print={large_print}: smallest type {smallest:.2f} pt")
    assert smallest >= (9.0 if large_print else 7.0) - 0.01
