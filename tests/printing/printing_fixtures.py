"""Content with long texts in German, Danish and English, plus PDF inspection helpers.

A module of its own (not conftest) so the test modules can import it by a name
that cannot clash with other test directories' conftest modules.
"""

from __future__ import annotations

import io
import re
from datetime import date, datetime, timedelta

import pdfplumber
import pypdf

from casedesk.printing.content import (
    AssessmentDomainEntry,
    AssessmentSummaryContent,
    ConsentEntry,
    ContactEntry,
    ContactTypeTotal,
    CounsellingProtocolContent,
    EvaluatedGoalEntry,
    EvaluationContent,
    GoalEntry,
    GoalGroup,
    HandoverSummaryContent,
    Language,
    MonthlyReportContent,
    PeriodTotal,
    PhoneEntry,
    PlanServiceEntry,
    RelapseCardContent,
    RiskSituation,
    ServicePlanContent,
    TaskEntry,
)

A4_POINTS = (595.28, 841.89)

# Per language: a long compound that must be hyphenated in narrow columns, and
# sentences that make notes run over several pages.
TEXTS: dict[str, dict[str, object]] = {
    "de": {
        "compound": "Suchtberatungsstellenmitarbeiterin",
        "agreement": "Rückfallprophylaxevereinbarung",
        "sentences": [
            "Frau K. berichtet, dass sie seit drei Wochen keinen Alkohol getrunken hat.",
            "Am Monatsanfang ist der Suchtdruck am stärksten, besonders wenn sie allein zu Hause ist.",
            "Wir besprechen, wie sie das Geld direkt zur Schuldnerberatung bringen kann.",
            "Sie möchte die Übergangswohnung behalten und fürchtet die Räumungsklage.",
            "Der Kontakt zum Bruder ist wieder regelmäßiger geworden, das tut ihr gut.",
        ],
        "client": "Maria Kowalski",
        "worker": "Jörg Weißmüller",
    },
    "da": {
        "compound": "tilbagefaldsforebyggelsesaftale",
        "agreement": "misbrugsbehandlingsinstitution",
        "sentences": [
            "Borgeren fortæller, at han ikke har drukket alkohol i tre uger.",
            "Trangen er størst, når kontanthjælpen kommer, især hvis han er alene i lejligheden.",
            "Vi taler om, hvordan pengene kan gå direkte til gældsrådgivningen.",
            "Han vil gerne beholde værelset på herberget og er bange for en udsættelse.",
            "Kontakten til søsteren Åse er blevet bedre, og det gør ham godt.",
        ],
        "client": "Søren Ærø",
        "worker": "Birgitte Østergård",
    },
    "en": {
        "compound": "counterproductiveness",
        "agreement": "relapse-prevention agreement",
        "sentences": [
            "The client reports that she has not had a drink for three weeks.",
            "Cravings are strongest at the start of the month, especially when she is alone at home.",
            "We discuss how the money could go straight to the debt advice service.",
            "She wants to keep the supported flat and is worried about the eviction notice.",
            "Contact with her brother has become more regular, which does her good.",
        ],
        "client": "Alex Morgan",
        "worker": "Sam Taylor",
    },
}


def long_text(language: str, paragraphs: int = 12) -> str:
    sentences = TEXTS[language]["sentences"]
    assert isinstance(sentences, list)
    return "\n\n".join(
        " ".join(sentences[(i + j) % len(sentences)] for j in range(5)) for i in range(paragraphs)
    )


def card_content(language: Language, *, large_print: bool = False, situations: int = 3) -> RelapseCardContent:
    words = TEXTS[language]
    risk = [
        RiskSituation(
            description=f"{words['sentences'][i]}",
            triggers=[
                ["craving", "unpleasant_feelings"],
                ["conflicts"],
                ["group_pressure", "pleasant_feelings"],
            ][i],
            alternatives=f"{words['sentences'][(i + 2) % 5]} {words['compound']}",
            whom_to_turn_to=f"{words['worker']}, Streetwork",
        )
        for i in range(situations)
    ]
    return RelapseCardContent(
        language=language,
        issued_on=date(2025, 3, 14),
        version=4,
        large_print=large_print,
        display_name=str(words["client"]).split()[0],
        date_of_birth_text="12.04.1987",
        risk_situations=risk,
        important_numbers=[
            PhoneEntry(label="Streetwork", number="040 428 11 22 33"),
            PhoneEntry(label=str(words["worker"]), number="+45 20 12 34 56"),
            PhoneEntry(label="Krisendienst / Livslinien", number="0800 111 0 111"),
            PhoneEntry(label="112", number="112"),
        ],
    )


DOMAINS: dict[str, list[str]] = {
    "de": ["Wohnen", "Körperliche Gesundheit", "Suchtmittelkonsum", "Finanzen und Schulden", "Soziales Netzwerk"],
    "da": ["Bolig", "Fysisk helbred", "Rusmiddelbrug", "Økonomi og gæld", "Socialt netværk"],
    "en": ["Housing", "Physical health", "Substance use", "Finances and debt", "Social network"],
}
STEPS_PER_GOAL = 3


def _goal(language: Language, i: int, level: str, number: str, domain: str) -> GoalEntry:
    words = TEXTS[language]
    sentences = words["sentences"]
    assert isinstance(sentences, list)
    statuses = ["open", "in_progress", "reached", "partly_reached", "not_reached", "dropped"]
    responsible = [str(words["worker"]), "KlientIn", "Bruder Jonas", "Schuldnerberatung Diakonie Nord"]
    return GoalEntry(
        number=number,
        level=level,  # type: ignore[arg-type]
        life_domain=domain,
        text=f"{number}: {sentences[i % 5]} {words['compound']}",
        indicator=sentences[(i + 1) % 5],
        realistic_note=sentences[(i + 2) % 5] if i % 4 == 0 else "",
        deadline=date(2025, 4, 1) + timedelta(days=7 * i),
        responsible=responsible[i % len(responsible)],
        agreed_with_client=i % 2 == 0,
        status=statuses[i % len(statuses)],  # type: ignore[arg-type]
    )


def goal_groups(language: Language, goals: int) -> list[GoalGroup]:
    """`goals` meso and micro goals under macro goal 1: meso 1.k, each with up to three steps 1.k.j."""
    groups: dict[str, GoalGroup] = {}
    made, meso = 0, 0
    while made < goals:
        meso += 1
        domain = DOMAINS[language][(meso - 1) % len(DOMAINS[language])]
        group = groups.setdefault(domain, GoalGroup(life_domain=domain))
        group.goals.append(_goal(language, made, "meso", f"1.{meso}", domain))
        made += 1
        for step in range(1, STEPS_PER_GOAL + 1):
            if made == goals:
                break
            group.goals.append(_goal(language, made, "micro", f"1.{meso}.{step}", domain))
            made += 1
    # Numbers run in printed order: renumber after grouping by domain.
    ordered = list(groups.values())
    meso = 0
    for group in ordered:
        step = 0
        for goal in group.goals:
            if goal.level == "meso":
                meso, step = meso + 1, 0
                goal.number = f"1.{meso}"
            else:
                step += 1
                goal.number = f"1.{meso}.{step}"
            goal.text = f"{goal.number}: {goal.text.split(': ', 1)[1]}"
    return ordered


def service_plan_content(language: Language, *, goals: int = 8) -> ServicePlanContent:
    words = TEXTS[language]
    sentences = words["sentences"]
    assert isinstance(sentences, list)
    return ServicePlanContent(
        language=language,
        client_label=str(words["client"]),
        worker=str(words["worker"]),
        team="Team Nord",
        phase="Stabilisierung / stabilisering",
        plan_date=date(2025, 3, 3),
        version=3,
        review_date=date(2025, 9, 3),
        macro_goal=GoalEntry(
            number="1",
            level="macro",
            life_domain="",
            text=" ".join(sentences),
            indicator=sentences[0],
            deadline=date(2026, 3, 1),
            responsible=str(words["client"]),
            agreed_with_client=True,
            status="in_progress",
        ),
        goal_groups=goal_groups(language, goals),
        own_activities=f"OWN-ACTIVITIES {sentences[2]} {sentences[3]}",
        network_support=f"NETWORK-SUPPORT {sentences[4]} {sentences[0]}",
        services=[
            PlanServiceEntry(description=f"SERVICE-{i} {sentences[i]}", provider="Diakonie Nord, Schuldnerberatung",
                             cost="45 € / Std." if i else "", payer="Jobcenter Mitte")
            for i in range(3)
        ],
        contact_dates="Jeden Dienstag 10 Uhr im Kontaktladen; Hausbesuch alle zwei Wochen.",
        open_tasks=[
            TaskEntry(text=sentences[i], due=date(2025, 3, 10 + i), responsible=str(words["worker"]))
            for i in range(3)
        ],
        client_signatory=str(words["client"]),
        case_manager_signatory=str(words["worker"]),
        client_signed_on=date(2025, 3, 4),
    )


def assessment_content(language: Language) -> AssessmentSummaryContent:
    words = TEXTS[language]
    sentences = words["sentences"]
    assert isinstance(sentences, list)
    domains = [
        AssessmentDomainEntry(
            life_domain=name,
            rating=index % 5 if index != 2 else None,
            client_priority=(1, 2, 3, None)[index % 4],
            client_view=f"{sentences[index % 5]} {words['agreement']}",
            professional_view=" ".join(sentences[(index + j) % 5] for j in range(3)),
            resources_personal=sentences[(index + 1) % 5],
            resources_private=sentences[(index + 2) % 5],
            resources_community=sentences[(index + 3) % 5],
            problems=f"{sentences[(index + 4) % 5]} {words['compound']}",
        )
        for index, name in enumerate(DOMAINS[language])
    ]
    domains.append(AssessmentDomainEntry(life_domain="NOT-ASSESSED-DOMAIN"))
    return AssessmentSummaryContent(
        language=language,
        client_label=str(words["client"]),
        worker=str(words["worker"]),
        team="Team Nord",
        started_on=date(2025, 2, 3),
        due_on=date(2025, 3, 17),
        completed_on=None,
        note=long_text(language, 2),
        domains=domains,
    )


def evaluation_content(language: Language) -> EvaluationContent:
    words = TEXTS[language]
    sentences = words["sentences"]
    assert isinstance(sentences, list)
    goals = [goal for group in goal_groups(language, 12) for goal in group.goals]
    return EvaluationContent(
        language=language,
        client_label=str(words["client"]),
        worker=str(words["worker"]),
        team="Team Nord",
        opened_on=date(2025, 1, 6),
        evaluated_on=date(2025, 11, 3),
        plan_version=3,
        goals=[
            EvaluatedGoalEntry(
                number=goal.number,
                level=goal.level,
                life_domain=goal.life_domain,
                text=goal.text,
                attainment=(-2, -1, 0, 1, 2, None)[index % 6],
                comment=f"{sentences[(index + 3) % 5]} {words['compound']}",
                weight=1 + index % 2,
                status=goal.status,
            )
            for index, goal in enumerate(goals)
        ],
        t_score=47.25,
        client_view=long_text(language, 2),
        closure_code="transferred",
        closure_note=sentences[1],
        closed_on=date(2025, 11, 10),
    )


def counselling_content(language: Language) -> CounsellingProtocolContent:
    words = TEXTS[language]
    return CounsellingProtocolContent(
        language=language,
        client_label=str(words["client"]),
        worker=str(words["worker"]),
        started_at=datetime(2025, 3, 12, 14, 30),
        duration_minutes=55,
        contact_type="counselling",
        place="Kontaktladen Altona",
        participants=[str(words["worker"]), str(words["client"])],
        topics=["Wohnen", "Sucht", str(words["agreement"])],
        client_state=str(words["sentences"][0]),  # type: ignore[index]
        motivational_stage="preparation",
        notes=long_text(language, paragraphs=14),
        follow_up_tasks=[TaskEntry(text=str(words["compound"]), due=date(2025, 3, 19), responsible="KM")],
    )


def handover_content(language: Language) -> HandoverSummaryContent:
    words = TEXTS[language]
    sentences = words["sentences"]
    assert isinstance(sentences, list)
    return HandoverSummaryContent(
        language=language,
        prepared_on=date(2025, 3, 20),
        prepared_by=str(words["worker"]),
        display_name=str(words["client"]),
        alias="Mia",
        date_of_birth_text="12.04.1987",
        whereabouts=" ".join(sentences[:2]),
        phone="0176 123 456 78",
        languages=["Deutsch", "Polski", "Dansk"],
        consents=[
            ConsentEntry(description=sentences[2], granted=True, valid_until=date(2025, 12, 31)),
            ConsentEntry(description=str(words["agreement"]), granted=False),
        ],
        phase="Stabilisierung",
        case_manager=str(words["worker"]),
        deputy="Kim Larsen",
        recent_contacts=[
            ContactEntry(
                occurred_on=date(2025, 3, 1) + timedelta(days=2 * i),
                contact_type=["street", "home_visit", "phone", "crisis", "missed"][i % 5],  # type: ignore[arg-type]
                note=" ".join(sentences[i % 5 : i % 5 + 2]),
            )
            for i in range(15)
        ],
        open_tasks=[TaskEntry(text=sentences[3], due=date(2025, 3, 25), responsible="Kim Larsen")],
        relapse_card=card_content(language),
        emergency_notes=" ".join(sentences) + f" {words['compound']}",
    )


def monthly_report_content(language: Language) -> MonthlyReportContent:
    minutes = {
        "street": (41, 1230),
        "home_visit": (12, 900),
        "office": (25, 750),
        "phone": (38, 420),
        "accompaniment": (6, 840),
        "crisis": (3, 270),
        "counselling": (14, 980),
        "helper_conference": (2, 180),
        "missed": (5, 0),
        "other": (1, 30),
    }
    return MonthlyReportContent(
        language=language,
        worker=str(TEXTS[language]["worker"]),
        team="Team Nord",
        year=2025,
        month=3,
        contacts_by_type=[
            ContactTypeTotal(contact_type=code, count=count, minutes=total)  # type: ignore[arg-type]
            for code, (count, total) in minutes.items()
        ],
        clients_seen=57,
        total_hours=152.5,
        breakdown=[
            PeriodTotal(start=date(2025, 3, 3) + timedelta(weeks=i), contacts=30 + i, minutes=1100 + 10 * i)
            for i in range(4)
        ],
        breakdown_unit="week",
    )


def normalized(text: str) -> str:
    """Text without whitespace and hyphens, so words broken across lines compare equal."""
    return re.sub(r"[\s\-\u00ad\u2010]", "", text)


def pdf_text(data: bytes, *, drop: tuple[str, ...] = ()) -> str:
    """All pages' text in drawing order (pypdf keeps table cells together)."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    pages = []
    for page in reader.pages:
        page_text = page.extract_text()
        for repeated in drop:
            page_text = page_text.replace(repeated, "")
        pages.append(page_text)
    return "\n".join(pages).replace("\u00a0", " ")


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [
        (round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2)) for page in reader.pages
    ]


def fonts_used(data: bytes) -> list[tuple[str, bool]]:
    """(BaseFont, embedded) for every font resource on every page."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    found = []
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found.append((str(font["/BaseFont"]), embedded))
    return found


def chars_outside_page(data: bytes) -> list[str]:
    outside = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            for char in page.chars:
                if (
                    char["x0"] < 0
                    or char["x1"] > page.width
                    or char["top"] < 0
                    or char["bottom"] > page.height
                ):
                    outside.append(f"page {number}: {char['text']!r} at {char['x0']:.1f},{char['top']:.1f}")
    return outside
