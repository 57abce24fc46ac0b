"""A client's case-management cycle written straight into a desk's models, for the printing tests.

The services that edit plans, assessments and evaluations are built alongside the printing; these
rows are what they store, so the printed documents are tested against the data itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select

from casedesk.domain import LifeDomain
from casedesk.models import CaseEpisode, new_id
from casedesk.models.cycle import (
    Assessment,
    AssessmentDomain,
    LifeDomainSetting,
    PlanGoal,
    PlanService,
    Provider,
    ServicePlan,
    assessment_domain_id,
)
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft

#: The team's own name for the housing domain (a LifeDomainSetting).
TEAM_HOUSING_LABEL = "Wohnen & Unterkunft"
PROVIDER = "Diakonie Nord – Schuldnerberatung"
NETWORK_PERSON = "Bruder Jonas Kowalski"
NETWORK_SUPPORT = "NETZWERK: Der Bruder fährt sie jeden Donnerstag zur Tafel und hilft beim Umzug."
OWN_ACTIVITIES = "SELBST: Frau K. führt ein Haushaltsbuch und geht zweimal die Woche zum Kontaktladen."
SERVICE = "HILFE: Schuldnerberatung mit Haushaltsplan und Verhandlung mit den Gläubigern"

# Realistic goal wordings: a caseworker's sentences, not lorem ipsum.
MESO_TEXTS = [
    "Frau K. wohnt bis zum Herbst in einer eigenen Wohnung mit unbefristetem Mietvertrag.",
    "Die Schulden sind geordnet; Frau K. kennt ihre Gläubiger und zahlt in Raten, die sie tragen kann.",
    "Frau K. trinkt an höchstens zwei Tagen in der Woche und nimmt ihre Termine in der Suchtberatung wahr.",
    "Frau K. hat eine feste Hausärztin und lässt ihren Diabetes regelmäßig einstellen.",
    "Frau K. hat eine Tagesstruktur mit mindestens drei festen Terminen in der Woche.",
]
MICRO_TEXTS = [
    "Wohnberechtigungsschein beim Bezirksamt beantragen; die Unterlagen bringt sie zum nächsten Termin mit.",
    "Mit dem Bruder zwei Wohnungsbesichtigungen im Monat wahrnehmen und die Eindrücke festhalten.",
    "Alle Briefe von Gläubigern in einem Ordner sammeln und zur Schuldnerberatung mitbringen.",
    "Den Antrag auf Weiterbewilligung des Bürgergelds rechtzeitig vor Ablauf stellen.",
    "Einmal in der Woche zur offenen Sprechstunde der Suchtberatung gehen.",
]
INDICATOR = "Belegt durch den unterschriebenen Mietvertrag oder die Bescheinigung der Stelle."


@dataclass
class Cycle:
    client_id: str
    episode_id: str
    plan_id: str = ""
    #: Goal wordings in the order the plan must print them, with their numbers.
    printed_goals: list[tuple[str, str]] = field(default_factory=list)
    assessment_ids: list[str] = field(default_factory=list)


def client_with_episode(desk: Desk) -> Cycle:
    client_id = desk.clients.create(ClientDraft(first_name="Maria", last_name="Kowalski-Ærø", alias="Mia"))
    with desk.session() as session:
        episode = session.scalars(select(CaseEpisode).where(CaseEpisode.client_id == client_id)).one()
        episode.opened_on = date(2025, 1, 6)
        return Cycle(client_id, episode.id)


def _goal(cycle: Cycle, plan_id: str, level: str, position: int, wording: str, **values: object) -> PlanGoal:
    return PlanGoal(id=new_id(), client_id=cycle.client_id, plan_id=plan_id, lineage_id=new_id(), level=level,
                    position=position, wording=wording, **values)


def add_plan(desk: Desk, cycle: Cycle, *, meso_goals: int = 3, steps: int = 2, version: int = 2) -> Cycle:
    """Version ``version`` of the plan (an older version 1 exists with other wording), with a macro goal and
    ``meso_goals`` meso goals across housing, finances and substance use, each with ``steps`` micro steps.

    The rows are added in a shuffled order and with positions that differ from insertion, so the printed
    order must come from the tree, the domains' order and the positions.
    """
    domains = ["finances", "housing", "substance_use", "physical_health", "work"]
    with desk.session() as session:
        session.add(LifeDomainSetting(code="housing", label=TEAM_HOUSING_LABEL, position=0))
        provider = Provider(institution=PROVIDER, service_type="Schuldnerberatung")
        session.add(provider)
        old = ServicePlan(client_id=cycle.client_id, episode_id=cycle.episode_id, version=1,
                          created_at=datetime(2025, 1, 20, 10, 0))
        session.add(old)
        session.flush()
        session.add(_goal(cycle, old.id, "macro", 0, "ALTE VERSION: dieses Ziel gilt nicht mehr."))
        plan = ServicePlan(client_id=cycle.client_id, episode_id=cycle.episode_id, version=version,
                           previous_id=old.id, created_at=datetime(2025, 3, 3, 9, 0),
                           own_activities=OWN_ACTIVITIES, network_support=NETWORK_SUPPORT,
                           contact_dates="Dienstags 10 Uhr im Kontaktladen; alle zwei Wochen ein Hausbesuch.",
                           review_on=date(2025, 9, 3), client_signed_on=date(2025, 3, 4),
                           worker_signed_on=date(2025, 3, 4))
        session.add(plan)
        session.flush()
        macro = _goal(cycle, plan.id, "macro", 0,
                      "Frau K. lebt selbstständig in einer eigenen Wohnung und hat ihr Leben wieder im Griff.",
                      indicator="Eigene Wohnung, geordnete Finanzen, kein Rückfall seit drei Monaten.",
                      deadline=date(2026, 3, 1), responsible="client", agreed_by_client=True)
        rows = [macro]
        by_domain: dict[str, list[tuple[PlanGoal, list[PlanGoal]]]] = {}
        for index in range(meso_goals):
            domain = domains[index % len(domains)]
            # Positions descend, so a naive insertion order would print them backwards.
            meso = _goal(cycle, plan.id, "meso", 100 - index, f"M{index}: {MESO_TEXTS[index % 5]}",
                         parent_id=macro.id, domain=domain, indicator=INDICATOR,
                         deadline=date(2025, 6, 1) + timedelta(days=14 * index), responsible="case_manager",
                         agreed_by_client=index % 2 == 0, status="in_progress")
            children = [
                _goal(cycle, plan.id, "micro", steps - step, f"M{index}S{step}: {MICRO_TEXTS[(index + step) % 5]}",
                      parent_id=meso.id, domain=domain, indicator=INDICATOR,
                      deadline=date(2025, 4, 1) + timedelta(days=7 * step),
                      responsible=("network", "provider", "client")[step % 3],
                      responsible_name=NETWORK_PERSON if step % 3 == 0 else "",
                      provider_id=provider.id if step % 3 == 1 else None, status="open")
                for step in range(steps)
            ]
            by_domain.setdefault(domain, []).append((meso, children))
            rows += [*reversed(children), meso]
        session.add_all(reversed(rows))
        session.add(PlanService(client_id=cycle.client_id, plan_id=plan.id, description=SERVICE,
                                provider_id=provider.id, cost="45 € je Stunde", payer="Jobcenter Mitte"))
        # The expected order: the method's order of the life domains, whatever order the rows came in.
        order = [domain.value for domain in LifeDomain]
        printed = [("1", macro.wording)]
        count = 0
        for domain in order:
            for meso, children in sorted(by_domain.get(domain, []), key=lambda pair: pair[0].position):
                count += 1
                printed.append((f"1.{count}", meso.wording))
                printed += [(f"1.{count}.{n}", child.wording)
                            for n, child in enumerate(sorted(children, key=lambda c: c.position), start=1)]
        cycle.plan_id = plan.id
        cycle.printed_goals = printed
    return cycle


def add_assessments(desk: Desk, cycle: Cycle) -> Cycle:
    with desk.session() as session:
        for started, view in ((date(2025, 1, 10), "ALT: alles in Ordnung"),
                              (date(2025, 2, 3), "Ich will endlich wieder eine eigene Tür zum Abschließen.")):
            assessment = Assessment(client_id=cycle.client_id, episode_id=cycle.episode_id, started_on=started,
                                    due_on=started + timedelta(days=42),
                                    completed_on=started + timedelta(days=30) if view.startswith("Ich") else None,
                                    note="Gespräche im Kontaktladen und bei einem Hausbesuch.")
            session.add(assessment)
            session.flush()
            session.add(AssessmentDomain(
                id=assessment_domain_id(assessment.id, "housing"), client_id=cycle.client_id,
                assessment_id=assessment.id, domain="housing", client_view=view,
                professional_view="Wohnungslos seit acht Monaten, schläft in der Notunterkunft.", rating=3,
                resources_personal="Hält Termine zuverlässig ein.", resources_private="Bruder mit Auto.",
                resources_community="Wohnungsnotfallhilfe im Bezirk.", problems="Mietschulden aus dem letzten Vertrag.",
                client_priority=1))
            session.add(AssessmentDomain(
                id=assessment_domain_id(assessment.id, "finances"), client_id=cycle.client_id,
                assessment_id=assessment.id, domain="finances", rating=2, client_priority=2,
                problems="Etwa 4 000 € Schulden bei drei Gläubigern."))
            cycle.assessment_ids.append(assessment.id)
    return cycle


def evaluate(desk: Desk, cycle: Cycle, attainments: dict[str, int]) -> None:
    """Score the goals whose wording starts with a key of ``attainments``; close the episode."""
    with desk.session() as session:
        for goal in session.scalars(select(PlanGoal).where(PlanGoal.plan_id == cycle.plan_id)):
            for prefix, value in attainments.items():
                if goal.wording.startswith(prefix):
                    goal.attainment = value
                    goal.attainment_comment = f"KOMMENTAR {prefix}: Wohnung gefunden, Vertrag unterschrieben."
        episode = session.get(CaseEpisode, cycle.episode_id)
        assert episode is not None
        episode.evaluated_on = date(2025, 11, 3)
        episode.evaluation_client_view = "Ohne den Bruder und Sie hätte ich das nicht geschafft."
        episode.closure_code = "goals_reached"
        episode.closure_reason = "Alle vereinbarten Ziele erreicht, Nachsorge-Anruf im Januar."
        episode.closed_on = date(2025, 11, 10)
        episode.phase = "closed"
