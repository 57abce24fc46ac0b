"""Opening a client file with a full case-management cycle on the 10 000-client desk: target ≤ 150 ms.

    .venv/bin/python benchmarks/bench_client_file.py [--rounds 9]

Works on a fresh copy of bench_desk.py's cached desk (generated there once). The client is the one
of the demo's cycles that holds the most: episodes, assessments with their domains, plan versions
with goals, referrals with their history, contacts. Measured, each the median after a warm-up:

- every tab's reads, exactly what each tab runs on the database thread when it loads (overview,
  contacts, case, assessment, plan, linking, tasks, relapse card), one after the other: the worst
  case, as if the worker clicked through every tab;
- the file as it opens: the overview and the tab it opens on (the case tab), which is all a
  worker waits for (the other tabs load when first shown).

The Qt side (laying out the rows) is not included. Prints a table; exits 1 when a target is missed.
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_desk import REPO, cached_desk, measure

from casedesk.models import Assessment, AssessmentDomain, CaseEpisode, Contact, PlanGoal, Referral
from casedesk.services.demo import DEMO_PASSPHRASE
from casedesk.services.desk import Desk
from casedesk.ui.assessment_tab import AssessmentScreen
from casedesk.ui.plan_tab import _read_plan
from casedesk.ui.relapse_card_editor import CARD_LANGUAGES

TARGET_MS = 150.0


def fullest_cycle_client(desk: Desk) -> str:
    """The client whose cycle holds the most rows (goals, assessment domains, referrals, episodes)."""
    counts: dict[str, int] = {}
    with desk.session() as session:
        for model in (PlanGoal, AssessmentDomain, Referral, CaseEpisode, Assessment):
            for client_id, count in session.execute(
                    select(model.client_id, func.count()).where(model.deleted.is_(False)).group_by(model.client_id)):
                counts[client_id] = counts.get(client_id, 0) + count
    return max(counts, key=counts.get)


def describe(desk: Desk, client_id: str) -> str:
    with desk.session() as session:
        def count(model) -> int:
            return session.scalar(select(func.count()).select_from(model).where(
                model.client_id == client_id, model.deleted.is_(False)))
        return (f"{count(CaseEpisode)} episodes, {count(Assessment)} assessments ({count(AssessmentDomain)} domains), "
                f"{count(PlanGoal)} goals, {count(Referral)} referrals, {count(Contact)} contacts")


def tab_reads(desk: Desk, client_id: str) -> dict[str, object]:
    """Each tab's load, as the tab runs it (see each tab's ``reload``)."""
    def card() -> object:
        versions = desk.cards.versions(client_id)
        draft = versions[0].draft if versions else desk.cards.new_card_draft(client_id)
        return versions, draft, {language: desk.cards.default_numbers(language) for language in CARD_LANGUAGES}

    return {
        "overview": lambda: (desk.clients.get(client_id), desk.clients.phase_history(client_id)),
        "contacts": lambda: desk.contacts.timeline(client_id, limit=101),
        "case": lambda: (desk.episodes.episodes(client_id), desk.episodes.suggestion(client_id),
                         desk.episodes.evaluation(client_id)),
        "assessment": lambda: AssessmentScreen(desk.assessments.for_client(client_id), date.today()),
        "plan": lambda: _read_plan(desk, client_id, ""),
        "linking": lambda: desk.referrals.for_client(client_id),
        "tasks": lambda: desk.tasks.for_client(client_id),
        "relapse card": card,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--cache", type=Path, default=REPO / ".benchmarks")
    args = parser.parse_args()
    source = cached_desk(args.cache, 10_000, 500_000)
    workdir = Path(tempfile.mkdtemp(prefix="casedesk-bench-"))
    try:
        path = workdir / "bench.casedesk"
        shutil.copyfile(source, path)
        os.chmod(path, 0o600)
        desk = Desk.open(path, DEMO_PASSPHRASE)
        try:
            client_id = fullest_cycle_client(desk)
            reads = tab_reads(desk, client_id)
            print(f"client: {describe(desk, client_id)}")
            per_tab = {name: statistics.median(measure(read, args.rounds)) * 1000 for name, read in reads.items()}

            def every_tab() -> None:
                for read in reads.values():
                    read()

            def as_it_opens() -> None:
                reads["overview"]()
                reads["case"]()

            every = statistics.median(measure(every_tab, args.rounds)) * 1000
            opening = statistics.median(measure(as_it_opens, args.rounds)) * 1000
        finally:
            desk.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    for name, ms in per_tab.items():
        print(f"  {name:14} {ms:7.1f} ms")
    ok = every <= TARGET_MS and opening <= TARGET_MS
    print(f"every tab's reads: {every:.1f} ms; as it opens (overview + case): {opening:.1f} ms; "
          f"target ≤ {TARGET_MS:.0f} ms {'✅' if ok else '❌'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
