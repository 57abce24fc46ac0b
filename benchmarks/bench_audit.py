"""What the access log (audit) costs: opening a client file, target ≤ 5 ms more; saving a contact.

    .venv/bin/python benchmarks/bench_audit.py [--rounds 25] [--entries 500000]

Works on a fresh copy of bench_desk.py's cached 10 000-client / 500 000-contact desk when it is
there (it is never generated here: ``--clients/--contacts`` make a smaller desk in a temporary
folder instead, or that is done when the cache is missing). The copy's access log is first
filled with ``--entries`` entries (a team's year: ~10 workers opening ~40 files a day and
changing as many records), so the index the new entry goes into has its working size.

Measured in turns (so a busy machine slows both alike), medians after a warm-up:

- opening a client file: ``clients.open`` (the overview's first load: the client's details and
  one audit entry in the same unit of work) against ``clients.get`` (the same read, no entry);
  the difference is the overhead;
- saving a contact (``contacts.record``) with the change tracker's audit entry and without
  (sessions told ``AUDIT_OFF``), both arms without waiting for the disk at commit (the wait is
  the contact's own, the same either way, and only noise here).

Prints a table; exits 1 when the opening overhead misses its target.
"""

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_desk import CACHE_VERSION, HEAVY_CLIENT_SETTING, REPO, measure_side_by_side

from casedesk.domain import ContactType
from casedesk.models import AccessKind, AuditEntry, Client, local_now, new_id
from casedesk.services.demo import DEMO_PASSPHRASE, create_demo_desk
from casedesk.services.desk import Desk
from casedesk.services.dto import ContactDraft
from casedesk.store.tracking import AUDIT_OFF

TARGET_MS = 5.0
_KINDS = [AccessKind.VIEW.value] * 5 + [AccessKind.CHANGE.value] * 3 + [AccessKind.CREATE.value] * 2


def fill_log(desk: Desk, entries: int) -> None:
    """``entries`` entries spread over the last year, about every client, as a sync would bring them."""
    with desk.session() as session:
        clients = list(session.scalars(select(Client.id)))
    workers = [new_id() for _ in range(10)]
    start = datetime.now() - timedelta(days=365)
    step = timedelta(days=365) / max(entries, 1)
    batch = []
    with desk.session() as session:
        for number in range(entries):
            client_id = clients[(number * 7919) % len(clients)]
            batch.append({"id": new_id(), "at": start + step * number, "worker_id": workers[number % 10],
                          "device_id": workers[number % 10], "client_id": client_id, "table_name": "client",
                          "record_id": client_id, "kind": _KINDS[number % 10], "sent": True})
            if len(batch) == 10_000:
                session.connection().execute(insert(AuditEntry.__table__), batch)
                batch = []
        if batch:
            session.connection().execute(insert(AuditEntry.__table__), batch)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=25)
    parser.add_argument("--entries", type=int, default=500_000, help="access-log entries the desk holds already")
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--contacts", type=int, default=500_000)
    parser.add_argument("--cache", type=Path, default=REPO / ".benchmarks")
    args = parser.parse_args()
    cached = args.cache / f"desk-{args.clients}-{args.contacts}-v{CACHE_VERSION}.casedesk"
    workdir = Path(tempfile.mkdtemp(prefix="casedesk-bench-"))
    try:
        path = workdir / "bench.casedesk"
        if cached.exists():
            shutil.copyfile(cached, path)
            os.chmod(path, 0o600)
            origin = f"a copy of {cached.name}"
        else:
            started = time.perf_counter()
            create_demo_desk(path, args.clients, args.contacts, seed=7)
            origin = f"generated here ({time.perf_counter() - started:.0f} s; no cached desk at {cached})"
        desk = Desk.open(path, DEMO_PASSPHRASE)
        try:
            fill_log(desk, args.entries)
            with desk.session() as session:
                held = session.scalar(select(func.count()).select_from(AuditEntry))
                client_count = session.scalar(select(func.count()).select_from(Client))
            client_id = desk.setting(HEAVY_CLIENT_SETTING) or desk.clients.names()[0].id
            get_s, open_s = measure_side_by_side(lambda: desk.clients.get(client_id),
                                                 lambda: desk.clients.open(client_id), args.rounds)

            def record() -> None:
                desk.contacts.record(ContactDraft(client_id=client_id, type=ContactType.STREET.value,
                                                  occurred_at=local_now(), duration_minutes=10, note="Bench"))

            def record_without_audit() -> None:
                desk._sessions.configure(info={AUDIT_OFF: True})
                try:
                    record()
                finally:
                    desk._sessions.configure(info={})

            # Both arms' commits skip the wait for the disk: that wait is the same for both (the
            # contact is written either way) and only adds its noise (±4 ms on a busy machine).
            with desk.audit.commit_without_waiting():
                plain_s, audited_s = measure_side_by_side(record_without_audit, record, args.rounds)
        finally:
            desk.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    overhead = (open_s - get_s) * 1000
    ok = overhead <= TARGET_MS
    print(f"desk: {origin}, {client_count} clients, {held} access-log entries before the runs; "
          f"{args.rounds} rounds, medians")
    print(f"  open a client file: get {get_s * 1000:.2f} ms, open (with its entry) {open_s * 1000:.2f} ms, "
          f"overhead {overhead:.2f} ms (target ≤ {TARGET_MS:.0f} ms) {'✅' if ok else '❌'}")
    print(f"  save a contact: without audit {plain_s * 1000:.2f} ms, with {audited_s * 1000:.2f} ms, "
          f"overhead {(audited_s - plain_s) * 1000:.2f} ms")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
