"""Printing from the window sends the PDF itself (CUPS lp, print to file), off the GUI thread."""

import os
import stat
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtPrintSupport import QPrinter

from casedesk.ui import document_preview
from casedesk.ui.document_preview import PdfPrintJob, cups_command

PDF = b"%PDF-1.4\n% a relapse card\n%%EOF\n"


def test_lp_prints_at_true_size_with_copies_and_pages_and_a_title_without_the_client(monkeypatch):
    monkeypatch.setattr(document_preview.shutil, "which", lambda name: "/usr/bin/lp")
    monkeypatch.setattr(document_preview.sys, "platform", "linux")
    command = cups_command("Office_HP", copies=2, first_page=1, last_page=3)
    assert command is not None
    assert command[:3] == ["/usr/bin/lp", "-d", "Office_HP"]
    assert command[command.index("-n") + 1] == "2"
    assert command[command.index("-P") + 1] == "1-3"
    assert "fit-to-page=false" in command
    assert command[command.index("-t") + 1] == "CaseDesk"
    assert "-P" not in cups_command("Office_HP", copies=1, first_page=0, last_page=0)


def test_without_cups_the_raster_path_remains(monkeypatch):
    monkeypatch.setattr(document_preview.shutil, "which", lambda name: None)
    assert cups_command("Office_HP", 1, 0, 0) is None
    monkeypatch.setattr(document_preview.shutil, "which", lambda name: "C:/lp.exe")
    monkeypatch.setattr(document_preview.sys, "platform", "win32")
    assert cups_command("Office_HP", 1, 0, 0) is None


def _receiver(target: Path) -> list[str]:
    return [sys.executable, "-c", f"import sys; open({str(target)!r}, 'wb').write(sys.stdin.buffer.read())"]


def test_the_job_hands_the_pdf_itself_to_lp_and_reports_on_the_gui_thread(qtbot, tmp_path):
    from PySide6.QtCore import QThread

    received = tmp_path / "spooled.pdf"
    job = PdfPrintJob(_receiver(received), PDF)
    gui_thread = QThread.currentThread()
    threads = []
    job.succeeded.connect(lambda: threads.append(QThread.currentThread()))
    with qtbot.waitSignal(job.succeeded, timeout=10_000):
        job.start()
    assert received.read_bytes() == PDF
    assert threads == [gui_thread]


def test_a_failing_lp_is_reported_so_the_raster_path_can_take_over(qtbot):
    job = PdfPrintJob([sys.executable, "-c", "import sys; sys.stderr.write('lp: no such queue'); sys.exit(1)"], PDF)
    with qtbot.waitSignal(job.failed, timeout=10_000) as failed:
        job.start()
    assert failed.args == ["lp: no such queue"]


def test_print_to_file_writes_the_pdf_itself_for_the_user_only(qtbot, tmp_path):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    assert document_preview._print_pdf_itself(parent, printer, PDF)
    assert target.read_bytes() == PDF  # the vector PDF, not page images
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.parametrize("platform_has_lp", [True, False])
def test_a_printer_gets_the_pdf_through_lp_where_there_is_one(qtbot, tmp_path, monkeypatch, platform_has_lp):
    from PySide6.QtWidgets import QWidget

    received = tmp_path / "spooled.pdf"
    monkeypatch.setattr(document_preview, "cups_command",
                        lambda *args: _receiver(received) if platform_has_lp else None)
    parent = QWidget()
    qtbot.addWidget(parent)
    printer = QPrinter()
    printer.setPrinterName("Office_HP")
    sent = document_preview._print_pdf_itself(parent, printer, PDF)
    assert sent is platform_has_lp
    if platform_has_lp:
        qtbot.waitUntil(received.exists, timeout=10_000)
        qtbot.waitUntil(lambda: received.read_bytes() == PDF, timeout=10_000)


def test_a_window_closed_while_lp_runs_is_left_alone(qtbot, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from casedesk.ui import messages

    slow_refusal = [sys.executable, "-c", "import sys, time; time.sleep(0.3); sys.exit(1)"]
    monkeypatch.setattr(document_preview, "cups_command", lambda *args: slow_refusal)
    parent = QWidget()
    printer = QPrinter()
    printer.setPrinterName("Office_HP")
    shown_before = len(messages.shown)
    assert document_preview._print_pdf_itself(parent, printer, PDF)
    parent.deleteLater()  # the preview closed, the desk locked: the job outlives its window
    qtbot.wait(1500)
    assert len(messages.shown) == shown_before, "nobody is left to tell"
