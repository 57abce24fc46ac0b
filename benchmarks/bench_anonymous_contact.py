"""An anonymous street contact from Ctrl+K to saved, on the 10 000-client benchmark desk (offscreen).

    .venv/bin/python benchmarks/bench_anonymous_contact.py              # a copy of the cached desk
    .venv/bin/python benchmarks/bench_anonymous_contact.py --desk FILE  # any desk (demo passphrase)

Two paths, each a few rounds in one process with the main window open: someone new (Ctrl+K, the
code typed, Alt+A "new anonymous code person", Alt+I, the items typed, Ctrl+Enter) and someone
known by code (Ctrl+K, part of the code typed, Ctrl+Enter). Keys are counted as in
bench_street.py: what is typed is not an action. Typing is instantaneous here, so the time from
Ctrl+K to the contact_saved signal is the program's own, with one exception said in the output:
a check box clicked by its letter waits for Qt's 100 ms press animation before it ticks.
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_desk import REPO, cached_desk


def run(path: Path, rounds: int) -> dict[str, list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from casedesk.services.demo import DEMO_PASSPHRASE
    from casedesk.services.desk import Desk
    from casedesk.services.street import CodePersonDraft
    from casedesk.ui.app import CaseDeskController
    from casedesk.ui.desk_thread import DatabaseThread
    from casedesk.ui.quick_capture import QuickCaptureDialog
    from casedesk.ui.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    db_thread = DatabaseThread()
    desk = Desk.open(path, DEMO_PASSPHRASE)
    desk.street.create_code_person(CodePersonDraft(code="ZZ77m", alias="Benchmark"))
    controller = CaseDeskController(path, AppSettings(), db_thread, "en")
    Mod = Qt.KeyboardModifier

    def wait_for(condition, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit("timed out")
            app.processEvents()
            time.sleep(0.0005)

    def target():
        return QApplication.activePopupWidget() or QApplication.focusWidget() or QApplication.activeWindow()

    controller.adopt_desk(desk)
    wait_for(lambda: controller.main_window is not None and db_thread.pending == 0)
    window = controller.main_window
    timings: dict[str, list[float]] = {"new code person (4 actions)": [], "known code (2 actions)": []}
    for number in range(rounds + 1):  # the first round warms up
        for path_name, values in timings.items():
            window.activateWindow()
            wait_for(lambda: QApplication.activeWindow() is window and db_thread.pending == 0)
            started = time.perf_counter()
            QTest.keyClick(target(), Qt.Key.Key_K, Mod.ControlModifier)
            wait_for(lambda: isinstance(QApplication.activeWindow(), QuickCaptureDialog))
            capture = QApplication.activeWindow()
            saved = []
            capture.contact_saved.connect(lambda *args, saved=saved: saved.append(args))
            if path_name.startswith("new"):
                QTest.keyClicks(target(), f"QB{number:02d}f")
                QTest.keyClick(target(), Qt.Key.Key_A, Mod.AltModifier)
                wait_for(lambda capture=capture: capture.new_code_person.isChecked() and capture.client.hasFocus())
                QTest.keyClick(target(), Qt.Key.Key_I, Mod.AltModifier)
                wait_for(lambda capture=capture: bool(capture.items.entries))
                QTest.keyClicks(target(), "10 syr 1 nal")
            else:
                wait_for(lambda capture=capture: capture.clients_loaded)
                QTest.keyClicks(target(), "ZZ77")
            QTest.keyClick(target(), Qt.Key.Key_Return, Mod.ControlModifier)
            wait_for(lambda saved=saved: bool(saved))
            if number:
                values.append(time.perf_counter() - started)
    controller.quit()
    wait_for(lambda: db_thread.pending == 0)
    db_thread.shutdown()
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--desk", type=Path, help="a desk with the demo passphrase (default: the cached 10k desk)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=REPO / ".benchmarks")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="casedesk-bench-"))
    os.environ["CASEDESK_HOME"] = str(workdir / "home")
    try:
        path = workdir / "bench.casedesk"
        shutil.copyfile(args.desk or cached_desk(args.cache, 10_000, 500_000), path)
        os.chmod(path, 0o600)
        timings = run(path, args.rounds)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print("\nAnonymous contact, Ctrl+K → saved (medians; typing not counted as actions):")
    for name, values in timings.items():
        print(f"  {name:30} {statistics.median(values) * 1000:7.0f} ms   (min {min(values) * 1000:.0f} ms,"
              f" {len(values)} rounds)")
    print("  the new-person path includes Qt's 100 ms press animation of the check box (Alt+A)")
    sys.stdout.flush()
    os._exit(0)  # PySide6 may abort in the interpreter's last garbage collection


if __name__ == "__main__":
    main()
