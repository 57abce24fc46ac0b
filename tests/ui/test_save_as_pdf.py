"""Save as PDF goes through the service's output rules: never over the desk, always 0600."""

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from casedesk.ui import messages
from casedesk.ui.document_preview import save_pdf


def test_save_as_refuses_the_desk_file_and_writes_a_private_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    desk = tmp_path / "desk.casedesk.pdf"
    desk.write_bytes(b"encrypted pages")
    messages.set_next_answer(desk)
    messages.set_next_answer(messages.StandardButton.Ok)

    assert save_pdf(parent, b"%PDF-1.4 new", "plan.pdf") is None

    assert desk.read_bytes() == b"encrypted pages"
    assert "never replaced" in messages.shown[-1][1]
    messages.set_next_answer(tmp_path / "plan")
    saved = save_pdf(parent, b"%PDF-1.4 new", "plan.pdf")
    assert saved == tmp_path / "plan.pdf"
    assert saved.stat().st_mode & 0o777 == 0o600
