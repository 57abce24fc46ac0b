"""Annual funders' statistics (``services.statistics``) on a big desk: the computation, the CSV and
the PDF with charts.

    .venv/bin/python benchmarks/bench_statistics.py        # the cached 10 000-client / 500 000-contact desk
    .venv/bin/python benchmarks/bench_statistics.py --desk path/to.casedesk
    .venv/bin/python benchmarks/bench_statistics.py --clients 2000 --contacts 100000   # a new demo desk in /tmp

The cached desk (``.benchmarks/desk-10000-500000-v1.casedesk``, made by bench_desk.py) is copied and
never changed; without it, ``--clients/--contacts`` make a demo desk in a temporary folder. The
year is the one ending today (the demo's contacts lie in the last years up to today), computed
for this worker and as a team lead for the team. Prints medians; exits 1 when the annual
statistics take more than 2 s.
"""

import argparse
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select, text

from casedesk.domain import Role
from casedesk.models import Worker
from casedesk.services.demo import DEMO_PASSPHRASE, create_demo_desk
from casedesk.services.desk import Desk
from casedesk.services.statistics import ITEMS_INDEX, StatisticsService, statistics_csv, statistics_pdf_bytes

REPO = Path(__file__).resolve().parents[1]
CACHED = REPO / ".benchmarks" / "desk-10000-500000-v1.casedesk"
TARGET_SECONDS = 2.0


def _median(action, rounds: int) -> float:
    action()  # warm the page cache
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def _spread_over_workers(desk: Desk, count: int) -> None:
    """Give the copy ``count`` workers in the lead's team, each responsible for an equal share of
    the clients and the author of their contacts; the rounds and activities spread alike."""
    team = desk.identity.team
    with desk.session() as session:
        existing = list(session.scalars(select(Worker.id).where(Worker.team == team).order_by(Worker.name)))
        for number in range(len(existing), count):
            worker = Worker(id=str(uuid.uuid4()), name=f"Kollegin {number + 1:02d}", team=team)
            session.add(worker)
            existing.append(worker.id)
        session.flush()
        workers = existing[:count]
        session.execute(text("create temp table spread (number integer primary key, worker_id text)"))
        session.execute(text("insert into spread values (:number, :worker)"),
                        [{"number": number, "worker": worker} for number, worker in enumerate(workers)])
        session.execute(text(f"update client set responsible_worker_id = (select worker_id from spread "
                             f"where number = client.rowid % {count})"))
        # The contacts' full-text trigger would index every note again: not what is measured.
        trigger = session.scalar(text("select sql from sqlite_master where name = 'contact_fts_update'"))
        session.execute(text("drop trigger contact_fts_update"))
        session.execute(text("update contact set worker_id = coalesce((select responsible_worker_id from client "
                             "where client.id = contact.client_id), worker_id)"))
        session.execute(text(trigger))
        for table in ("street_round", "activity"):
            session.execute(text(f"update {table} set worker_id = (select worker_id from spread "
                                 f"where number = {table}.rowid % {count})"))
        session.execute(text("drop table spread"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--desk", type=Path, default=None, help="a desk to copy (default: the cached big desk)")
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--contacts", type=int, default=500_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--workers", type=int, default=0,
                        help="spread the copy's clients (and their contacts, rounds, activities) over this many"
                             " workers of the team: a team lead's desk after pulling N workers' data")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "statistics.casedesk"
        source = args.desk or (CACHED if CACHED.exists() else None)
        if source:
            shutil.copyfile(source, path)
            print(f"desk: a copy of {source}")
        else:
            started = time.perf_counter()
            create_demo_desk(path, args.clients, args.contacts)
            print(f"desk: a new demo desk, {args.clients} clients, {args.contacts} contacts "
                  f"({time.perf_counter() - started:.0f} s to make)")
        desk = Desk.open(path, DEMO_PASSPHRASE)
        # The cached desk may predate a migration: opening the copy brings it up to date, so the
        # figures are those of the current schema.
        with desk.reading() as session:
            indexed = bool(session.scalar(text(
                "select count(*) from sqlite_master where type = 'index' and name = :name"), {"name": ITEMS_INDEX}))
        print(f"the partial index {ITEMS_INDEX}: {'present' if indexed else 'MISSING'}")
        if args.workers:
            _spread_over_workers(desk, args.workers)
            print(f"the copy's clients spread over {args.workers} workers of the team")
        try:
            last = date.today()
            first = last - timedelta(days=364)
            service = StatisticsService(desk)
            steps: list[str] = []
            mine = _median(lambda: service.compute(first, last, progress=lambda step, _f: steps.append(step)),
                           args.rounds)
            desk.identity = replace(desk.identity, role=Role.TEAM_LEAD.value)
            team = _median(lambda: service.compute(first, last, team=True), args.rounds)
            figures = service.compute(first, last, team=True)
            csv_time = _median(lambda: statistics_csv(figures), args.rounds)
            pdf_time = _median(lambda: statistics_pdf_bytes(desk, figures, "de"),
                               max(1, args.rounds // 2))
            episodes = figures.table("kds_episodes").value("in_period")
            contacts = figures.table("kds_contacts").value("counted")
        finally:
            desk.close()
    print(f"annual statistics, this worker:          {mine:6.3f} s (target ≤ {TARGET_SECONDS} s)")
    print(f"annual statistics, team ({len(figures.workers)} workers):     {team:6.3f} s (target ≤ {TARGET_SECONDS} s)")
    print(f"CSV of the team statistics:              {csv_time:6.3f} s")
    print(f"PDF of the team statistics (charts):     {pdf_time:6.3f} s")
    print(f"(episodes in the year {episodes}, counted contacts {contacts}; progress steps {len(set(steps))})")
    return 0 if max(mine, team) <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
