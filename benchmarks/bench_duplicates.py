"""Possible duplicates on the 10 000-client benchmark desk: the check while a new client is typed, the review.

    .venv/bin/python benchmarks/bench_duplicates.py            # the cached desk of bench_desk.py
    .venv/bin/python benchmarks/bench_duplicates.py --rounds 5

Works on a copy of the desk ``bench_desk.cached_desk`` keeps in ``.benchmarks/``. All of it runs
on the app's database thread, never the GUI's; the targets say what a worker notices: a check
per pause in typing ≤ 20 ms (the dialog waits 250 ms for the pause anyway); the first check
of a session (every name's Kölner code worked out) ≤ 1 s and the first after a client changed
(the names read again, the codes kept) ≤ 250 ms, both asked for as the dialog opens, before
the first pause in typing; the review list ≤ 2 s (with a progress dialog after 600 ms), and
≤ 100 ms when it is opened again before a client changed (the pairs are kept).
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bench_desk import REPO, Result, cached_desk, measure, print_table

from casedesk.services.demo import DEMO_PASSPHRASE
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft

#: What a worker types into the new-client dialog, field by field, pause by pause.
TYPED = (
    ClientDraft(first_name="Thomas"),
    ClientDraft(first_name="Thomas", last_name="Mül"),
    ClientDraft(first_name="Thomas", last_name="Müller"),
    ClientDraft(first_name="Thomas", last_name="Müller", birth_date=date(1980, 5, 1)),
    ClientDraft(first_name="Soren", last_name="Sorensen"),
    ClientDraft(alias="Kaptajn"),
    ClientDraft(first_name="Jörg", last_name="Schnieder", alias="Prinsessen"),
)


def run(cache: Path, clients: int, contacts: int, rounds: int) -> list[Result]:
    source = cached_desk(cache, clients, contacts)
    workdir = Path(tempfile.mkdtemp(prefix="casedesk-bench-"))
    try:
        path = workdir / "bench.casedesk"
        shutil.copyfile(source, path)
        os.chmod(path, 0o600)
        desk = Desk.open(path, DEMO_PASSPHRASE)
        try:
            return _run_on(desk, rounds)
        finally:
            desk.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _run_on(desk: Desk, rounds: int) -> list[Result]:
    results = []
    started = time.perf_counter()
    desk.duplicates.prepare()
    results.append(Result("first check after the dialog opens (prepare)", (time.perf_counter() - started) * 1000,
                          "ms", 1000, "every client's names read and their Kölner codes worked out"))
    per_draft = [statistics.median(measure(lambda draft=draft: desk.duplicates.similar_to(draft), rounds))
                 for draft in TYPED]
    results.append(Result("check while typing (median of the typed states)", statistics.median(per_draft) * 1000,
                          "ms", 20, f"{len(TYPED)} states; slowest {max(per_draft) * 1000:.2f} ms"))
    client_id = desk.clients.names()[0].id
    draft = desk.clients.get(client_id).draft
    phones = iter(f"0151 {number:07d}" for number in range(10_000))
    timings = []
    for _ in range(rounds):
        draft.phone = next(phones)
        desk.clients.update(client_id, draft)  # a commit that changed a client: the names are read again
        started = time.perf_counter()
        desk.duplicates.similar_to(TYPED[2])
        timings.append(time.perf_counter() - started)
    results.append(Result("first check after a client changed", statistics.median(timings) * 1000, "ms", 250,
                          "names read again, codes kept; the dialog asks for it as it opens"))

    def review_afresh():
        desk.duplicates._review_cache = None  # as after a commit that changed a client
        return desk.duplicates.review()

    found = review_afresh()
    results.append(Result("review list (Tools › Possible duplicates…)",
                          statistics.median(measure(review_afresh, max(3, rounds // 3))), "s", 2,
                          f"{found.total} pairs on the generated desk (its names are drawn from short lists)"))
    results.append(Result("review list again, no client changed", statistics.median(
        measure(desk.duplicates.review, rounds)) * 1000, "ms", 100, "the pairs kept; dismissals applied"))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--contacts", type=int, default=500_000)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--cache", type=Path, default=REPO / ".benchmarks")
    args = parser.parse_args()
    results = run(args.cache, args.clients, args.contacts, args.rounds)
    print_table(results, args.clients, args.contacts)
    return 0 if all(result.ok for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())
