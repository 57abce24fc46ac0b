"""Quitting the app ends the process cleanly. After a window session on a desk of a few hundred
clients the process used to crash in the C libraries' exit handlers (OpenSSL's cleanup) on most
quits that made no rolling backup on the way out: every quit of a day but the first, as here."""

import os
import subprocess
import sys
import textwrap

from casedesk.services.demo import DEMO_PASSPHRASE, create_demo_desk

DRIVER = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from casedesk.ui.app import run_app
    from casedesk.ui.main_window import MainWindow
    from casedesk.ui.unlock import UnlockDialog

    app = QApplication([])
    typed = []

    def drive():
        # As a worker would: the passphrase and Return, then close the window once it is up.
        for widget in app.topLevelWidgets():
            if isinstance(widget, UnlockDialog) and widget.isVisible() and not typed:
                typed.append(True)
                QTest.keyClicks(widget.passphrase, sys.argv[2])
                QTest.keyClick(widget.passphrase, Qt.Key.Key_Return)
            elif isinstance(widget, MainWindow) and widget.isVisible():
                widget.close()

    timer = QTimer()
    timer.timeout.connect(drive)
    timer.start(100)
    QTimer.singleShot(90_000, lambda: os._exit(3))  # never hang the suite
    sys.exit(run_app(Path(sys.argv[1]), "de", smoke_test=False))
""")


def test_quitting_again_and_again_ends_the_process_without_a_crash(tmp_path):
    desk = tmp_path / "office.casedesk"
    create_demo_desk(desk, 200, 5000)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASEDESK_HOME": str(tmp_path / "home")}
    # The first quit of the day makes the rolling backup, the others do not.
    for quit_of_the_day in range(1, 5):
        finished = subprocess.run([sys.executable, "-c", DRIVER, str(desk), DEMO_PASSPHRASE], env=environment,
                                  capture_output=True, text=True, timeout=120, check=False)
        assert finished.returncode == 0, (quit_of_the_day, finished.returncode, finished.stderr[-2000:])
    assert list((tmp_path / "home").rglob("*.casedesk-backup")), "the first quit made no rolling backup"
