"""Foundation benchmarks on a big generated desk: 10 000 clients, 500 000 contacts.

    /work/venv/bin/python benchmarks/bench_desk.py            # or: .venv/bin/python ...
    python benchmarks/bench_desk.py --clients 2000 --contacts 100000 --rounds 5   # quicker

The desk is generated once into ``.benchmarks/`` (or ``--cache DIR``) and reused; each run works
on a fresh copy so the cached desk never drifts. Prints a table of medians against the targets and
exits 1 if one is missed. See benchmarks/README.md.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import text

from casedesk.models import local_now
from casedesk.services.clients import (
    LIST_PAGE_SIZE,
    NOTE_SEARCH_HITS,
    NOTE_SEARCH_MIN_CHARS,
    fts_query,
    search_words,
)
from casedesk.services.demo import DEMO_PASSPHRASE, DemoGenerator, create_demo_desk, demo_desk_files
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientFilter, ContactDraft
from casedesk.services.printing import PrintService
from casedesk.store.search_index import CLIENT_MATCHES, note_matches

REPO = Path(__file__).resolve().parents[1]
HEAVY_CLIENT_CONTACTS = 500
HEAVY_CLIENT_SETTING = "bench_heavy_client"
#: Bump when the generator changes in a way that matters for timings, so old caches are rebuilt.
CACHE_VERSION = 1

#: What a worker types, keystroke by keystroke: surnames (German, Danish typed without ø),
#: an alias, a place and a word that appears only in contact notes.
TYPED_WORDS = ("Schneider", "sorensen", "Kaptajn", "Istedgade", "Jobcenter", "Entgiftung")
MAX_PREFIX = 6


@dataclass
class Result:
    name: str
    median: float
    unit: str
    target: float | None
    note: str = ""

    @property
    def ok(self) -> bool:
        return self.target is None or self.median <= self.target


def measure_side_by_side(first: Callable[[], object], second: Callable[[], object],
                         rounds: int) -> tuple[float, float]:
    """Medians of two actions timed in turns, so a busy machine slows both alike."""
    first(), second()
    timings: tuple[list[float], list[float]] = ([], [])
    for _ in range(rounds):
        for action, into in ((first, timings[0]), (second, timings[1])):
            started = time.perf_counter()
            action()
            into.append(time.perf_counter() - started)
    return statistics.median(timings[0]), statistics.median(timings[1])


def raw_lookup(desk: Desk, typed: str) -> Callable[[], object]:
    """The bare FTS5 lookups behind a search, in one desk session: the client index always, the
    newest matching notes from NOTE_SEARCH_MIN_CHARS letters on; every matching id fetched.
    Printed beside the ratio: not the same result (every id, unsorted, no phase), so not its base."""
    words = search_words(typed)
    statement = CLIENT_MATCHES
    if min(map(len, words)) >= NOTE_SEARCH_MIN_CHARS:
        statement += f" UNION ALL {note_matches(NOTE_SEARCH_HITS)}"

    def run() -> object:
        with desk.reading() as session:
            return session.connection().execute(text(statement), {"match": fts_query(words)}).all()

    return run


#: The search's first page written by hand, as one SQL statement: the clients the FTS5 indexes
#: match (their own record first, then those found in notes), active and not closed, in the list's
#: order, with the phase, last contact, last met and episode opening the list shows. The candidates are
#: sorted by their keys alone and a third more are taken than shown, so that the few closed
#: cases among them can be dropped: the cheapest plan found for this result.
RAW_PAGE = """
WITH hits AS MATERIALIZED ({hits}),
batch AS MATERIALIZED (
  SELECT client.rowid AS row_id, client.id AS id, hits.rank AS rank, lower(client.first_name) AS sort_first,
         lower(client.last_name) AS sort_last, lower(client.alias) AS sort_alias
  FROM hits JOIN client ON client.rowid = hits.row_id
  WHERE client.deleted = 0 AND client.status || '' = 'active'
  ORDER BY 3, 4, 5, 6, 2 LIMIT :batch),
shown AS (
  SELECT batch.*, client.first_name, client.last_name, client.alias, client.whereabouts, client.kind,
         client.code, client.responsible_worker_id, client.deputy_worker_id,
         (SELECT phase FROM case_episode WHERE case_episode.client_id = batch.id AND case_episode.deleted = 0
          ORDER BY case_episode.closed_on IS NOT NULL, case_episode.opened_on DESC LIMIT 1) AS phase,
         (SELECT max(occurred_at) FROM contact WHERE contact.client_id = batch.id AND contact.deleted = 0)
           AS last_contact_at,
         (SELECT occurred_at FROM contact WHERE contact.client_id = batch.id AND contact.deleted = 0
          AND contact.type != 'attempt' ORDER BY occurred_at DESC LIMIT 1) AS last_met_at,
         (SELECT opened_on FROM case_episode WHERE case_episode.client_id = batch.id AND case_episode.deleted = 0
          ORDER BY case_episode.closed_on IS NOT NULL, case_episode.opened_on DESC LIMIT 1) AS episode_opened_on
  FROM batch JOIN client ON client.rowid = batch.row_id)
SELECT * FROM shown WHERE coalesce(phase, 'closed') != 'closed' OR kind = 'code'
ORDER BY rank, sort_first, sort_last, sort_alias, id LIMIT :page
"""


def raw_search(desk: Desk, typed: str) -> Callable[[], object]:
    """``RAW_PAGE`` for what was typed, in one desk session: the same clients, in the same order, as
    the service's first page (``check_same_result``). As the service does, the notes are searched
    only when the clients' own records do not fill the page."""
    words = search_words(typed)
    record_hits = text(RAW_PAGE.format(hits=f"SELECT rowid AS row_id, 0 AS rank FROM ({CLIENT_MATCHES})"))
    note_hits = text(RAW_PAGE.format(
        hits=f"SELECT rowid AS row_id, 1 AS rank FROM client WHERE id IN ({note_matches(NOTE_SEARCH_HITS)})"
             f" AND rowid NOT IN ({CLIENT_MATCHES})"))
    notes_too = min(map(len, words)) >= NOTE_SEARCH_MIN_CHARS
    page_size = LIST_PAGE_SIZE + 1
    match = fts_query(words)

    def run() -> object:
        # A reading session, as the service's: no write lock to take and give back.
        with desk.reading() as session:
            connection = session.connection()
            rows = connection.execute(record_hits, {"match": match, "batch": page_size + page_size // 2,
                                                    "page": page_size}).all()
            if notes_too and len(rows) < page_size:
                left = page_size - len(rows)
                rows += connection.execute(note_hits, {"match": match, "batch": left + left // 2, "page": left}).all()
            return rows

    return run


def check_same_result(desk: Desk, typed: str) -> None:
    """The hand-written page lists the clients the service lists, in its order, or the ratio means nothing."""
    service = [client.id for client in desk.clients.page(ClientFilter(text=typed)).clients]
    by_hand = [row.id for row in raw_search(desk, typed)()][:LIST_PAGE_SIZE]
    if service != by_hand:
        raise SystemExit(f"the raw page for {typed!r} lists other clients than the service: the benchmark is wrong")


def measure(action: Callable[[], object], rounds: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        action()
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return timings


def cached_desk(cache: Path, clients: int, contacts: int) -> Path:
    path = cache / f"desk-{clients}-{contacts}-v{CACHE_VERSION}.casedesk"
    if path.exists():
        return path
    cache.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    for file in demo_desk_files(partial):
        file.unlink(missing_ok=True)
    print(f"generating {clients} clients / {contacts} contacts into {path} (once) ...", file=sys.stderr)
    started = time.perf_counter()
    create_demo_desk(partial, clients, contacts - HEAVY_CLIENT_CONTACTS, seed=7,
                     progress=lambda stage, done, total: print(f"  {stage} {done}/{total}", file=sys.stderr))
    desk = Desk.open(partial, DEMO_PASSPHRASE)
    try:
        heavy = desk.clients.list(ClientFilter(mine=True))[0].id
        DemoGenerator(desk, seed=8).add_contacts(heavy, HEAVY_CLIENT_CONTACTS)
        desk.set_setting(HEAVY_CLIENT_SETTING, heavy)
    finally:
        desk.close()
    partial.rename(path)
    print(f"generated in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path


def process_start_to_unlocked(path: Path, rounds: int) -> list[float]:
    """Fresh interpreter → imports → Desk.open: what a worker waits for after typing the passphrase."""
    script = textwrap.dedent(f"""
        from pathlib import Path
        from casedesk.services.desk import Desk
        Desk.open(Path({str(path)!r}), {DEMO_PASSPHRASE!r}).close()
    """)
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", script], check=True)
        timings.append(time.perf_counter() - started)
    return timings


def gui_start_to_main_window(path: Path, rounds: int) -> tuple[list[float], str]:
    """Process start → unlocked main window shown (offscreen), through the app's own controller.

    The passphrase dialog is skipped: the desk is opened on the app's worker thread exactly as the
    unlock dialog does, then ``adopt_desk`` builds and shows the main window. Returns no timings and
    the reason if the UI cannot do this (yet).
    """
    script = textwrap.dedent(f"""
        import sys, time
        started = float(sys.argv[1])
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from casedesk.services.desk import Desk
        from casedesk.ui.app import CaseDeskController
        from casedesk.ui.settings import AppSettings
        from casedesk.ui.desk_thread import DatabaseThread
        app = QApplication([])
        db_thread = DatabaseThread()
        path = Path({str(path)!r})
        controller = CaseDeskController(path, AppSettings(), db_thread, "de")
        def on_unlocked():
            print(time.time() - started, flush=True)
            controller.quit()
        controller.unlocked.connect(on_unlocked)
        controller.finished.connect(app.quit)
        db_thread.submit(lambda: Desk.open(path, {DEMO_PASSPHRASE!r}), controller.adopt_desk)
        QTimer.singleShot(60_000, app.quit)
        app.exec()
        db_thread.shutdown()
        import os
        os._exit(0)  # as casedesk.ui.app.run_app leaves: no C exit handlers
    """)
    timings, crashed_on_quit = [], 0
    with tempfile.TemporaryDirectory(prefix="casedesk-bench-home-") as home:
        environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASEDESK_HOME": home}
        for _ in range(rounds):
            completed = subprocess.run([sys.executable, "-c", script, repr(time.time())], capture_output=True,
                                       text=True, env=environment, timeout=120, check=False)
            output = completed.stdout.strip().splitlines()
            if not output:
                last_line = (completed.stderr.strip().splitlines() or ["no output"])[-1]
                return [], f"GUI path not measurable: {last_line[:90]}"
            # The time is printed once the window is up; a crash while quitting does not void it.
            crashed_on_quit += completed.returncode != 0
            timings.append(float(output[-1]))
    return timings, f"{crashed_on_quit} of {rounds} runs crashed while quitting" if crashed_on_quit else ""


def run(cache: Path, clients: int, contacts: int, rounds: int) -> list[Result]:
    source = cached_desk(cache, clients, contacts)
    workdir = Path(tempfile.mkdtemp(prefix="casedesk-bench-"))
    try:
        path = workdir / "bench.casedesk"
        shutil.copyfile(source, path)
        os.chmod(path, 0o600)
        return _run_on(path, rounds)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _run_on(path: Path, rounds: int) -> list[Result]:
    results = []

    def open_and_close() -> None:
        Desk.open(path, DEMO_PASSPHRASE).close()

    results.append(Result("unlock: Desk.open (KDF + migration check)", statistics.median(
        measure(open_and_close, rounds)), "s", 1.5))
    results.append(Result("unlock: process start → Desk.open", statistics.median(
        process_start_to_unlocked(path, max(3, rounds // 2))), "s", 1.5))
    gui, why_not = gui_start_to_main_window(path, max(3, rounds // 2))
    if gui:
        results.append(Result("unlock: process start → main window shown (GUI)", statistics.median(gui), "s", 1.0,
                              why_not or "QT_QPA_PLATFORM=offscreen; passphrase entry excluded"))
    else:
        results.append(Result("unlock: process start → main window shown (GUI)", float("nan"), "s", None, why_not))
    first_screen, why_not = list_first_screen(path, rounds)
    results.append(Result("client list: first screen shown (GUI)", statistics.median(first_screen) * 1000
                          if first_screen else float("nan"), "ms", 100 if first_screen else None,
                          why_not or "refresh() → rows in the model → the view painted"))

    desk = Desk.open(path, DEMO_PASSPHRASE)
    try:
        heavy = desk.setting(HEAVY_CLIENT_SETTING)
        per_prefix, ratios = {}, {}
        print(f"\n{'prefix':8} {'raw page':>9} {'first page':>10} {'ratio':>6} {'bare FTS5 ids':>14}", file=sys.stderr)
        for word in TYPED_WORDS:
            for length in range(1, MAX_PREFIX + 1):
                prefix = word[:length]
                check_same_result(desk, prefix)
                raw, page = measure_side_by_side(
                    raw_search(desk, prefix), lambda prefix=prefix: desk.clients.page(ClientFilter(text=prefix)),
                    rounds)
                bare = statistics.median(measure(raw_lookup(desk, prefix), rounds))
                per_prefix[prefix], ratios[prefix] = page, page / raw
                print(f"{prefix:8} {raw * 1000:7.2f}ms {page * 1000:8.2f}ms {page / raw:6.2f} {bare * 1000:12.2f}ms",
                      file=sys.stderr)
        worst = max(per_prefix, key=per_prefix.get)
        worst_ratio = max(ratios, key=ratios.get)
        results.append(Result("search keystroke → first page (median of all prefixes)",
                              statistics.median(per_prefix.values()) * 1000, "ms", 30,
                              f"{len(per_prefix)} prefixes of {', '.join(TYPED_WORDS)}"))
        results.append(Result("search keystroke → first page (slowest prefix)", per_prefix[worst] * 1000, "ms", 30,
                              f"{worst!r}"))
        results.append(Result("search: first page ÷ the same page in raw SQL (worst prefix)", ratios[worst_ratio], "×", 2,
                              f"{worst_ratio!r}; median ratio {statistics.median(ratios.values()):.2f}; per prefix"
                              " on stderr"))

        moment = local_now() - timedelta(minutes=1)

        def save_contact() -> None:
            desk.contacts.record(ContactDraft(client_id=heavy, type="street", occurred_at=moment,
                                              duration_minutes=10, place="Kottbusser Tor",
                                              note="Kurz gesprochen, Termin beim Jobcenter am Montag."))

        results.append(Result("save a contact", statistics.median(measure(save_contact, rounds * 2)) * 1000,
                              "ms", 20))

        def open_client_file() -> None:
            desk.clients.get(heavy)
            desk.contacts.timeline(heavy)
            desk.tasks.for_client(heavy)

        count = len(desk.contacts.timeline(heavy))
        results.append(Result(f"open a client file ({count} contacts)",
                              statistics.median(measure(open_client_file, rounds)) * 1000, "ms", 150,
                              "get + timeline + tasks.for_client"))

        results.append(Result("list: first page (no filter)",
                              statistics.median(measure(lambda: desk.clients.page(ClientFilter()), rounds)) * 1000,
                              "ms", None, "what the list loads before any typing"))
        results.append(Result("list all active clients (no filter)",
                              statistics.median(measure(lambda: desk.clients.list(ClientFilter()), rounds)) * 1000,
                              "ms", None, "the whole caseload at once (Today, quick capture)"))
        results.append(Result("Today overview", statistics.median(measure(desk.today.overview, rounds)) * 1000,
                              "ms", None))

        printer = PrintService(desk)
        year, month = desk.documents.current_month()
        results.append(Result("service plan PDF (heavy client)", statistics.median(measure(
            lambda: printer.to_bytes(printer.service_plan_pdf, heavy, "de"), rounds)) * 1000, "ms", None,
            "content from the desk + ReportLab, in memory"))
        results.append(Result("monthly activity report PDF", statistics.median(measure(
            lambda: printer.to_bytes(printer.monthly_report_pdf, year, month, "de"), rounds)) * 1000, "ms", None,
            "this month's contacts of the worker, aggregated"))

    finally:
        desk.close()
    results.append(Result("RSS with the desk open (after listing all, opening a file)",
                          resident_memory_mb(path), "MB", 250, "fresh process"))
    return results


def list_first_screen(path: Path, rounds: int) -> tuple[list[float], str]:
    """The client list as the main window shows it on open: ``refresh()`` until the first rows are
    in the model and the view has painted them (offscreen Qt, the app's database thread)."""
    script = textwrap.dedent(f"""
        import time
        from pathlib import Path
        from PySide6.QtCore import QEventLoop
        from PySide6.QtWidgets import QApplication
        from casedesk.services.desk import Desk
        from casedesk.ui.client_list import ClientListPanel
        from casedesk.ui.desk_thread import DatabaseThread, DeskHandle
        app = QApplication([])
        db_thread = DatabaseThread()
        desk = Desk.open(Path({str(path)!r}), {DEMO_PASSPHRASE!r})
        desk_handle = DeskHandle(db_thread, desk)
        for _ in range({rounds} + 1):
            panel = ClientListPanel(desk_handle)
            panel.resize(440, 600)
            panel.show()
            loaded = QEventLoop()
            panel.model.modelReset.connect(loaded.quit)
            started = time.perf_counter()
            panel.refresh()
            loaded.exec()
            panel.view.viewport().repaint()
            print(time.perf_counter() - started, flush=True)
            panel.close()
            panel.deleteLater()
        db_thread.shutdown()
        desk.close()
    """)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=environment,
                               timeout=300, check=False)
    lines = completed.stdout.strip().splitlines()
    if completed.returncode != 0 or not lines:
        return [], f"not measurable: {(completed.stderr.strip().splitlines() or ['no output'])[-1][:90]}"
    return [float(line) for line in lines[1:]], ""  # the first round warms the caches


def resident_memory_mb(path: Path) -> float:
    """Measured in a fresh process: the benchmark's own garbage must not count."""
    script = textwrap.dedent(f"""
        from pathlib import Path
        import psutil
        from casedesk.services.desk import Desk
        from casedesk.services.dto import ClientFilter
        desk = Desk.open(Path({str(path)!r}), {DEMO_PASSPHRASE!r})
        heavy = desk.setting({HEAVY_CLIENT_SETTING!r})
        desk.clients.list(ClientFilter(include_closed=True))
        desk.clients.get(heavy); desk.contacts.timeline(heavy); desk.tasks.for_client(heavy)
        print(psutil.Process().memory_info().rss / 2**20)
        desk.close()
    """)
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return float(completed.stdout.strip().splitlines()[-1])


def print_table(results: list[Result], clients: int, contacts: int) -> None:
    print(f"\nCaseDesk benchmarks — desk of {clients} clients / {contacts} contacts, medians\n")
    print(f"{'measure':58} {'median':>10} {'target':>9}  {'':4} note")
    for result in results:
        target = f"≤ {result.target:g} {result.unit}" if result.target is not None else "—"
        verdict = "ok" if result.ok and result.target is not None else ("MISS" if not result.ok else "")
        value = "n/a" if result.median != result.median else f"{result.median:.3g} {result.unit}"
        print(f"{result.name:58} {value:>10} {target:>9}  {verdict:4} {result.note}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--contacts", type=int, default=500_000)
    parser.add_argument("--rounds", type=int, default=9, help="timed rounds per measure (median is reported)")
    parser.add_argument("--cache", type=Path, default=REPO / ".benchmarks", help="where the generated desk is kept")
    args = parser.parse_args()
    results = run(args.cache, args.clients, args.contacts, args.rounds)
    print_table(results, args.clients, args.contacts)
    return 0 if all(result.ok for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())
