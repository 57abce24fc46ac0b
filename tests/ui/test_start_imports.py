"""What the first window does not need is not imported at start: the start-up target (1 s from
process start to the main window) has no room for it. Measured costs on the reference machine:
QtCharts ~0.15 s, networkx ~0.2 s, ReportLab ~0.17 s."""

import subprocess
import sys

LOADED_ON_FIRST_USE = ("PySide6.QtCharts", "networkx", "reportlab")


def test_the_app_starts_without_charts_networkx_or_reportlab():
    script = ("import sys, casedesk.ui.app, casedesk.ui.client_file; "
              f"print(','.join(name for name in {LOADED_ON_FIRST_USE!r} if name in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == ""
