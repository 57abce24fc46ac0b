"""The service plan PDF with 40 goals: from the desk to PDF bytes, target ≤ 300 ms (median).

    .venv/bin/python benchmarks/bench_plan_pdf.py [--rounds 15]

A throwaway desk (in a temp folder, removed afterwards) gets one client with a signed plan of
40 goals — the macro goal, 13 meso goals over five life domains and 26 micro steps, each with a
wording, an indicator and a realistic note of a caseworker's length — plus network support, own
activities and three services. Measured, each after one warm-up run (fonts registered, caches
filled): the whole print (`desk.printing.service_plan_pdf`: the plan read from the desk, its tree
built, the PDF laid out into memory) and its two parts. Prints a table; exits 1 when the target
is missed.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

TARGET_S = 0.300
MESO_GOALS, STEPS_PER_GOAL = 13, 2
DOMAINS = ["housing", "finances", "substance_use", "physical_health", "work"]
MESO = [
    ("Frau K. wohnt bis zum Herbst in einer eigenen Wohnung mit unbefristetem Mietvertrag und zahlt die Miete "
    "pünktlich vom eigenen Konto."),
    ("Die Schulden sind geordnet; Frau K. kennt ihre Gläubiger, hat einen Überblick über alle Forderungen und "
    "zahlt in Raten, die sie tragen kann."),
    "Frau K. trinkt an höchstens zwei Tagen in der Woche und nimmt ihre Termine in der Suchtberatung wahr.",
]
MICRO = [
    ("Wohnberechtigungsschein beim Bezirksamt beantragen; die Unterlagen (Personalausweis, Bescheid des "
    "Jobcenters, Einkommensnachweis) bringt sie zum nächsten Termin mit."),
    "Mit dem Bruder zwei Wohnungsbesichtigungen im Monat wahrnehmen und die Eindrücke im Heft festhalten.",
    "Alle Briefe von Gläubigern in einem Ordner sammeln und zur Schuldnerberatung mitbringen.",
]
INDICATOR = "Belegt durch den unterschriebenen Mietvertrag oder die schriftliche Bestätigung der Stelle."
REALISTIC = "Sie hat im letzten Jahr schon einmal eine Wohnung gefunden; der Bruder hilft mit dem Auto."


def _fill(desk, client_id: str) -> None:
    from sqlalchemy import select

    from casedesk.models import CaseEpisode, new_id
    from casedesk.models.cycle import PlanGoal, PlanService, Provider, ServicePlan

    with desk.session() as session:
        episode = session.scalars(select(CaseEpisode).where(CaseEpisode.client_id == client_id)).one()
        provider = Provider(institution="Diakonie Nord – Schuldnerberatung")
        session.add(provider)
        plan = ServicePlan(
            client_id=client_id, episode_id=episode.id, version=1, created_at=datetime(2025, 3, 3, 9, 0),
            own_activities="Frau K. führt ein Haushaltsbuch und geht zweimal die Woche zum Kontaktladen. " * 2,
            network_support="Der Bruder fährt sie jeden Donnerstag zur Tafel und hilft beim Umzug. " * 2,
            contact_dates="Dienstags 10 Uhr im Kontaktladen; alle zwei Wochen ein Hausbesuch.",
            review_on=date(2025, 9, 3), client_signed_on=date(2025, 3, 4), worker_signed_on=date(2025, 3, 4))
        session.add(plan)
        session.flush()

        def goal(level: str, position: int, wording: str, **values: object) -> PlanGoal:
            return PlanGoal(id=new_id(), client_id=client_id, plan_id=plan.id, lineage_id=new_id(), level=level,
                            position=position, wording=wording, indicator=INDICATOR, realistic_note=REALISTIC,
                            deadline=date(2025, 6, 1) + timedelta(days=7 * position), **values)

        macro = goal("macro", 0, "Frau K. lebt selbstständig in einer eigenen Wohnung und hat ihr Leben im Griff.",
                     responsible="client", agreed_by_client=True)
        rows = [macro]
        for index in range(MESO_GOALS):
            meso = goal("meso", index, MESO[index % len(MESO)], parent_id=macro.id,
                        domain=DOMAINS[index % len(DOMAINS)], responsible="case_manager", agreed_by_client=True,
                        status="in_progress")
            rows.append(meso)
            rows += [goal("micro", step, MICRO[(index + step) % len(MICRO)], parent_id=meso.id, domain=meso.domain,
                          responsible=("network", "provider")[step % 2], responsible_name="Bruder Jonas",
                          provider_id=provider.id)
                     for step in range(STEPS_PER_GOAL)]
        assert len(rows) == 40
        session.add_all(rows)
        session.add_all(PlanService(client_id=client_id, plan_id=plan.id, position=i, provider_id=provider.id,
                                    description="Schuldnerberatung mit Haushaltsplan", cost="45 € je Stunde",
                                    payer="Jobcenter Mitte") for i in range(3))


def _median(run: Callable[[], object], rounds: int) -> float:
    run()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()

    from casedesk.printing.cycle_documents import render_service_plan
    from casedesk.services.desk import Desk
    from casedesk.services.dto import ClientDraft

    with tempfile.TemporaryDirectory() as folder:
        desk = Desk.create(Path(folder) / "bench.casedesk", "bench passphrase for the plan", worker_name="Anna Becker",
                           team="Streetwork Nord", language="de")
        try:
            client_id = desk.clients.create(ClientDraft(first_name="Maria", last_name="Kowalski"))
            _fill(desk, client_id)
            content = desk.documents.service_plan(client_id, "de")
            pages = render_service_plan(content, io.BytesIO())
            whole = _median(lambda: desk.printing.service_plan_pdf(client_id, "de", io.BytesIO()), args.rounds)
            fill = _median(lambda: desk.documents.service_plan(client_id, "de"), args.rounds)
            render = _median(lambda: render_service_plan(content, io.BytesIO()), args.rounds)
        finally:
            desk.close()
    print(f"service plan, 40 goals, {pages} pages, median of {args.rounds}")
    print("| measure | median | target |\n|---|---|---|")
    print(f"| desk → PDF (`printing.service_plan_pdf`) | {whole * 1000:.0f} ms | ≤ {TARGET_S * 1000:.0f} ms |")
    print(f"| of which: content from the desk | {fill * 1000:.0f} ms | |")
    print(f"| of which: layout and PDF | {render * 1000:.0f} ms | |")
    return 0 if whole <= TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
