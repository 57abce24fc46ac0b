"""Sync benchmarks against a throwaway PostgreSQL cluster on loopback.

    .venv/bin/python benchmarks/bench_sync.py [--rows 100000]

Measures (targets of issue #7): the initial push of ROWS rows from one laptop (≥ 5,000 rows/s);
the initial sync of a fresh laptop from a central store holding them (≥ 15,000 rows/s); the
sync's apply throughput vs a raw bulk insert of the same rows into a SQLCipher desk (≥ 0.8×);
and an incremental sync of 50 changes on a ROWS-row desk vs a 1k-row desk (ratio ≤ 1.5). The
generator writes rows directly with SQLAlchemy Core, with hlc/field_clocks set and matching
outbox rows, as the change tracker would.
"""

import argparse
import glob
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

import psycopg
from sqlalchemy import insert, select

from casedesk.models import CaseEpisode, Client, Contact, PendingChange, new_id
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft
from casedesk.services.sync_service import SyncService
from casedesk.sync import central
from casedesk.sync.scope import SYNCED_TABLES

PASSPHRASE = "benchmark passphrase"
CONTACTS_PER_CLIENT = 9


@contextmanager
def postgres_cluster():
    bin_dir = Path(max(glob.glob("/usr/lib/postgresql/*/bin/initdb"))).parent \
        if not shutil.which("initdb") else Path(shutil.which("initdb")).parent
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    directory = Path(tempfile.mkdtemp(prefix="casedesk-bench-pg-"))
    if prefix:
        shutil.chown(directory, "postgres", "postgres")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    data = directory / "data"
    subprocess.run([*prefix, str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"],
                   check=True, capture_output=True)
    # CASEDESK_BENCH_NICE_SERVER=1: the cluster at the lowest CPU priority, as a central store on
    # another machine would take none of the laptop's two cores (the lane benchmark's searches).
    nice = ["nice", "-n", "19"] if os.environ.get("CASEDESK_BENCH_NICE_SERVER") else []
    subprocess.run([*prefix, *nice, str(bin_dir / "pg_ctl"), "-D", str(data), "-o",
                    f"-p {port} -k {directory} -c listen_addresses=127.0.0.1", "-l", str(directory / "log"),
                    "-w", "start"], check=True, capture_output=True)
    try:
        yield port
    finally:
        subprocess.run([*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                       check=False, capture_output=True)
        shutil.rmtree(directory, ignore_errors=True)


def create_database(port: int, name: str) -> str:
    with psycopg.connect(host="127.0.0.1", port=port, user="postgres", dbname="postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"postgresql://postgres@127.0.0.1:{port}/{name}"
    central.init_central(url)
    return url


def generate(desk: Desk, rows: int, episodes: bool = False) -> None:
    """Fill a desk with ~``rows`` synced rows (clients and their contacts) plus outbox entries;
    with ``episodes`` each client also gets an open case episode (one row more per client), so
    that the client list, which leaves out closed cases, shows them."""
    me, device = desk.identity.worker_id, desk.identity.device_id
    clients = max(rows // (CONTACTS_PER_CLIENT + 1), 1)
    start = datetime(2025, 1, 1)
    client_rows, contact_rows, episode_rows, pending = [], [], [], []
    for n in range(clients):
        stamp = desk.clock.now()
        client = {"id": new_id(), "first_name": f"Klient{n}", "last_name": "Muster", "alias": f"a{n}",
                  "whereabouts": "Hauptbahnhof", "responsible_worker_id": me, "status": "active",
                  "created_at": start, "hlc": stamp, "origin_device": device, "deleted": False}
        client_rows.append(client)
        if episodes:
            episode_rows.append({"id": new_id(), "client_id": client["id"], "phase": "clarification",
                                 "opened_on": start.date(), "hlc": desk.clock.now(), "origin_device": device,
                                 "deleted": False})
        for m in range(CONTACTS_PER_CLIENT):
            contact_stamp = desk.clock.now()
            contact_rows.append({"id": new_id(), "client_id": client["id"], "worker_id": me,
                                 "occurred_at": start + timedelta(hours=n + m), "duration_minutes": 20,
                                 "type": "street", "note": f"Kontakt {m} am Bahnhof, Gespräch über Wohnung",
                                 "hlc": contact_stamp, "origin_device": device, "deleted": False})
    tables = ((Client.__table__, client_rows), (CaseEpisode.__table__, episode_rows), (Contact.__table__, contact_rows))
    for table, table_rows in tables:
        content = [c.name for c in table.columns if c.name not in ("id", "hlc", "field_clocks", "origin_device")]
        for row in table_rows:
            for column in table.columns:
                if column.name not in row and column.default is not None and not callable(column.default.arg):
                    row[column.name] = column.default.arg
            row["field_clocks"] = {name: row["hlc"] for name in content}
            pending.append({"op_id": new_id(), "table_name": table.name, "row_id": row["id"], "fields": content,
                            "hlc": row["hlc"], "base_clocks": {}})
    with desk.session() as session:
        for table, table_rows in tables:
            for begin in range(0, len(table_rows), 5000):
                session.execute(insert(table), table_rows[begin:begin + 5000])
        session.execute(insert(PendingChange.__table__), pending)


def fresh_device(folder: Path, url: str, name: str, role: str = "admin") -> tuple[Desk, SyncService]:
    credentials = central.add_worker(url, name, role, "Nord")
    desk = Desk.create(folder / f"{name}.casedesk", PASSPHRASE, worker_name=name, team="Nord", language="de")
    service = SyncService(desk)
    service.configure(url, credentials.login, credentials.token)
    return desk, service


def timed(fn):
    begin = time.perf_counter()
    result = fn()
    return time.perf_counter() - begin, result


def incremental(folder: Path, port: int, rows: int, label: str) -> float:
    """The median of three syncs of 50 changes each: one sync is a fifth of a second, and one
    alone varies by half on this shared machine."""
    url = create_database(port, f"bench_incr_{label}")
    desk, service = fresh_device(folder / label, url, f"writer_{label}", "caseworker")
    generate(desk, rows)
    service.run()
    # Straight from the table: the client list shows only clients with an open case, and the
    # generator writes none (the list found no client to change, so nothing was measured).
    with desk.session() as session:
        ids = list(session.scalars(select(Client.id).order_by(Client.id).limit(50)))
    times = []
    for round_ in range(3):
        for n, client_id in enumerate(ids):
            desk.clients.update(client_id, ClientDraft(first_name=f"Klient{n}", last_name="Muster",
                                                       whereabouts=f"Park {n} {round_}"))
        seconds, report = timed(service.run)
        assert report.pushed == len(ids) == 50 and not report.full_resync
        times.append(seconds)
    desk.close()
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="casedesk-bench-"))
    os.environ["CASEDESK_HOME"] = str(folder / "home")
    try:
        with postgres_cluster() as port:
            url = create_database(port, "bench_initial")
            writer, writer_sync = fresh_device(folder, url, "writer", "caseworker")
            seconds, _ = timed(lambda: generate(writer, args.rows))
            print(f"generate {args.rows} rows locally: {seconds:.1f} s")
            seconds, report = timed(writer_sync.run)
            print(f"initial push of {report.pushed} rows: {seconds:.1f} s ({report.pushed / seconds:,.0f} rows/s;"
                  " target ≥ 5,000)")
            reader, reader_sync = fresh_device(folder, url, "reader")
            seconds, report = timed(reader_sync.run)
            pulled = report.pulled
            print(f"initial sync of a fresh laptop: {pulled} rows in {seconds:.1f} s "
                  f"({pulled / seconds:,.0f} rows/s; target ≥ 15,000)")
            sync_seconds = seconds

            # The same rows, bulk-inserted raw into a new SQLCipher desk in one transaction.
            with reader.session() as session:
                rows = {table.name: [dict(r._mapping) for r in session.execute(select(table))]
                        for table in SYNCED_TABLES}
            raw = Desk.create(folder / "raw.casedesk", PASSPHRASE, worker_name="raw", team="", language="de")
            with raw.session() as session:
                session.info["applying_remote"] = True
                begin = time.perf_counter()
                for table in SYNCED_TABLES:
                    for start in range(0, len(rows[table.name]), 5000):
                        session.execute(insert(table), rows[table.name][start:start + 5000])
            raw_seconds = time.perf_counter() - begin
            print(f"raw bulk insert of the same rows: {raw_seconds:.1f} s; sync apply throughput = "
                  f"{raw_seconds / sync_seconds:.2f}× raw (target ≥ 0.8×, sync includes reading PostgreSQL)")
            raw.close()
            reader.close()
            writer.close()

            small = incremental(folder, port, 1_000, "small")
            large = incremental(folder, port, args.rows, "large")
            print(f"incremental sync of 50 changes (median of 3): 1k-row desk {small:.2f} s, {args.rows}-row desk"
                  f" {large:.2f} s, ratio {large / small:.2f} (target ≤ 1.5)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
