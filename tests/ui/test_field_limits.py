"""Every text field of the small editing dialogs stops typing where the column's limit is, so a
save can never fail at the central store for a value the laptop let through."""

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft
from casedesk.services.field_limits import (
    CRISIS_LINE_FIELD_LIMITS,
    RELEASE_FIELD_LIMITS,
    TASK_FIELD_LIMITS,
    WORKER_FIELD_LIMITS,
)
from casedesk.ui.client_file import ReleaseDialog
from casedesk.ui.crisis_lines_dialog import CrisisLinesDialog
from casedesk.ui.desk_thread import DatabaseThread, DeskHandle
from casedesk.ui.tasks import TaskDialog
from casedesk.ui.wizard import WorkerPage


@pytest.fixture
def session(qtbot: QtBot, desk: Desk) -> Iterator[DeskHandle]:
    db_thread = DatabaseThread()
    desk_session = DeskHandle(db_thread, desk)
    yield desk_session
    qtbot.waitUntil(lambda: db_thread.pending == 0, timeout=5000)
    db_thread.shutdown()


def _typed_length(qtbot: QtBot, line_edit, limit: int) -> int:
    line_edit.setFocus()
    qtbot.keyClicks(line_edit, "x" * (limit + 3))
    return len(line_edit.text())


def test_the_dialogs_stop_typing_at_the_column_limit(qtbot: QtBot, session: DeskHandle, desk: Desk) -> None:
    client_id = desk.clients.create(ClientDraft(first_name="Jens"))
    task = TaskDialog(session, client_id, "Jens")
    release = ReleaseDialog(session, client_id)
    lines = CrisisLinesDialog(session)
    page = WorkerPage("de")
    for widget in (task, release, lines, page):
        qtbot.addWidget(widget)
    fields = [(task.form.widgets["title"], TASK_FIELD_LIMITS["title"]), (release.form.widgets["helper"], RELEASE_FIELD_LIMITS["helper"]),
              (lines.label, CRISIS_LINE_FIELD_LIMITS["label"]), (lines.number, CRISIS_LINE_FIELD_LIMITS["number"]),
              (page.worker_name, WORKER_FIELD_LIMITS["name"]), (page.team, WORKER_FIELD_LIMITS["team"])]
    for line_edit, limit in fields:
        assert _typed_length(qtbot, line_edit, limit) == limit
