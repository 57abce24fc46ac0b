"""Search while a sync runs on its own lane, against a throwaway PostgreSQL cluster on loopback.

    .venv/bin/python benchmarks/bench_sync_lane.py [--rows 20000]

A laptop holding ROWS unsynced rows (clients and their contacts) pushes them on the sync lane's
thread and connection; meanwhile the desk's own connection answers a search for a rotating set of
name prefixes as fast as it can, as a worker typing would. Reports the searches' median, p95 and
slowest time during the push (target p95 ≤ 50 ms) and, for comparison, with no sync running.
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench_sync import create_database, fresh_device, generate, postgres_cluster

from casedesk.services.dto import ClientFilter

PREFIXES = ["K", "Kl", "Kli", "Klient1", "Mus", "Muster", "a1", "Haupt"]


def searches(desk, until: threading.Event | None, count: int | None = None) -> list[float]:
    times: list[float] = []
    n = 0
    while (until is None or not until.is_set()) and (count is None or n < count):
        begin = time.perf_counter()
        # What the client list asks per keystroke: its first page (``ClientListPanel``).
        desk.clients.page(ClientFilter(text=PREFIXES[n % len(PREFIXES)]))
        times.append(time.perf_counter() - begin)
        n += 1
    return times


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    return (f"{len(times)} searches: median {statistics.median(times) * 1000:.1f} ms, "
            f"p95 {p95 * 1000:.1f} ms, slowest {ordered[-1] * 1000:.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="casedesk-bench-lane-"))
    os.environ["CASEDESK_HOME"] = str(folder / "home")
    try:
        with postgres_cluster() as port:
            url = create_database(port, "bench_lane")
            desk, _service = fresh_device(folder, url, "writer", "caseworker")
            # Open cases: without them every client is closed, and each search would check all
            # the matches' phases to list nothing.
            generate(desk, args.rows, episodes=True)
            print("idle:", summary(searches(desk, None, count=200)))
            lane = desk.open_sync_lane()
            done = threading.Event()
            result: dict[str, object] = {}

            def push() -> None:
                try:
                    result["report"] = lane.run()
                finally:
                    done.set()

            thread = threading.Thread(target=push)
            begin = time.perf_counter()
            thread.start()
            during = searches(desk, done)
            thread.join()
            lane.close()
            report = result["report"]
            print(f"push of {report.pushed} rows on the sync lane: {time.perf_counter() - begin:.1f} s")
            print("during the push:", summary(during), "(target p95 ≤ 50 ms)")
            desk.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
