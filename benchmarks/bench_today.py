"""Today with every monitoring rule on the big demo desk: target ≤ 100 ms to compute (median).

    .venv/bin/python benchmarks/bench_today.py [--rounds 9]

Works on a fresh copy of the desk bench_desk.py generates and caches in ``.benchmarks/`` (10 000
clients, 500 000 contacts; generated on first use), so the cached desk is never written. Measured
as the demo worker (their own and deputised clients, as Today shows them): ``desk.today.overview()``
with every rule on, with only the two contact rules (what Today checked before the other rules),
and with each rule alone (the others switched off in the team's settings on the copy), each after
one warm-up run. Prints a table with the caseload and the number of lines; exits 1 when the
target is missed.
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from bench_desk import REPO, cached_desk, measure

from casedesk.domain import Role
from casedesk.services import monitoring
from casedesk.services.demo import DEMO_PASSPHRASE
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientFilter

TARGET_MS = 100.0
CONTACT_RULES = (monitoring.WEEKLY_CONTACT_RULE, monitoring.CONTACT_GAP_RULE)


def only(desk: Desk, rules: tuple[str, ...]) -> None:
    """Switch the team's rules so that exactly ``rules`` are on (with their default days)."""
    for rule, days in monitoring.DEFAULT_DAYS.items():
        desk.today.set_rule(rule, rule in rules, days)


def run(path: Path, rounds: int) -> list[tuple[str, float, int]]:
    desk = Desk.open(path, DEMO_PASSPHRASE)
    try:
        # The settings are the team's; a lead writes them (on this copy only).
        desk.identity = replace(desk.identity, role=Role.TEAM_LEAD.value)
        caseload = len(desk.clients.list(ClientFilter(mine=True, deputy=True)))
        print(f"caseload: {caseload} active clients with an open episode (mine and deputised)", file=sys.stderr)
        results = []
        for name, rules in [("every rule", monitoring.RULE_KEYS),
                            ("the two contact rules only (Today before)", CONTACT_RULES),
                            *((f"only {rule}", (rule,)) for rule in monitoring.RULE_KEYS)]:
            only(desk, rules)
            lines = len(desk.today.overview().entries)
            median = statistics.median(measure(desk.today.overview, rounds)) * 1000
            print(f"  {name}: {median:.0f} ms, {lines} lines", file=sys.stderr)
            results.append((name, median, lines))
        return results
    finally:
        desk.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--contacts", type=int, default=500_000)
    parser.add_argument("--rounds", type=int, default=9, help="timed rounds per measure (median is reported)")
    parser.add_argument("--cache", type=Path, default=REPO / ".benchmarks", help="where the generated desk is kept")
    args = parser.parse_args()
    source = cached_desk(args.cache, args.clients, args.contacts)
    workdir = Path(tempfile.mkdtemp(prefix="casedesk-bench-today-"))
    try:
        path = workdir / "bench.casedesk"
        shutil.copyfile(source, path)
        os.chmod(path, 0o600)
        results = run(path, args.rounds)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"\nToday on a desk of {args.clients} clients / {args.contacts} contacts, medians of {args.rounds}\n")
    print(f"{'measure':48} {'median':>9} {'lines':>7}  target")
    for index, (name, median, lines) in enumerate(results):
        target = f"≤ {TARGET_MS:g} ms {'ok' if median <= TARGET_MS else 'MISS'}" if index == 0 else ""
        print(f"{name:48} {median:7.0f}ms {lines:7}  {target}")
    return 0 if results[0][1] <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
