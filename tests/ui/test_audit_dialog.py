"""The access log from the keyboard: opening a client's file is logged, More › Access log… shows
it (a caseworker their own accesses only), Tools › Access log… is a team lead's and shows the
team's entries with the colleague's name and an erased client as such."""

from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu
from ui_helpers import add_clients, is_closed, open_main_window, visible_dialog, wait_idle

from casedesk.domain import Role
from casedesk.models import AccessKind, AuditEntry, Worker, new_id
from casedesk.ui.audit_dialog import AuditDialog


def _colleague_entry(desk, client_id: str, minutes: int = 5) -> None:
    with desk.session() as session:
        if session.get(Worker, "w-ben") is None:
            session.add(Worker(id="w-ben", name="Ben Olsen", team="Streetwork Nord"))
        session.add(AuditEntry(id=new_id(), at=datetime.now() + timedelta(minutes=minutes), worker_id="w-ben",
                               device_id=new_id(), client_id=client_id, table_name="contact", record_id=new_id(),
                               kind=AccessKind.CHANGE.value, sent=True))


def _texts(dialog: AuditDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.topLevelItem(row).text(column) for column in range(table.columnCount())]
            for row in range(table.topLevelItemCount())]


def _press_in_menu(qtbot, key: Qt.Key) -> None:
    """Press ``key`` in the popup menu once it is open (its own event loop runs meanwhile)."""

    def press() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            qtbot.keyClick(menu, key)
        else:
            QTimer.singleShot(50, press)

    QTimer.singleShot(50, press)


def test_a_caseworker_opens_the_clients_access_log_from_more(qtbot, make_controller, desk, desk_path):
    client_id = add_clients(desk)["kalle"]
    _colleague_entry(desk, client_id)
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    assert not hasattr(window, "access_log_action")
    window.show_client(client_id)
    wait_idle(qtbot, controller.db_thread)
    # Opening the file was logged, once; reloading it after a change is no new view.
    views = [line for line in desk.audit.lines(client_id) if line.kind == AccessKind.VIEW.value]
    assert len(views) == 1
    overview = window.client_file.overview
    overview.more_button.setFocus()
    _press_in_menu(qtbot, Qt.Key.Key_L)
    qtbot.keyClick(overview.more_button, Qt.Key.Key_Space)
    dialog = visible_dialog(qtbot, AuditDialog)
    wait_idle(qtbot, controller.db_thread)
    rows = _texts(dialog)
    assert dialog.table.columnCount() == 4
    assert rows[0][1:] == ["Anna Becker", "Opened the file", "Client file"]
    assert "Ben Olsen" not in {row[1] for row in rows}
    assert any(row[2] == "Created" for row in rows)
    assert dialog.note.isVisibleTo(dialog) and "own accesses only" in dialog.note.text()
    assert "Karl Meier" in dialog.intro.text()
    assert dialog.table.hasFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.table.currentItem() is dialog.table.topLevelItem(1)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: is_closed(dialog))
    assert len([line for line in desk.audit.lines(client_id) if line.kind == AccessKind.VIEW.value]) == 1


def test_a_team_lead_reads_the_teams_log_from_tools(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    _colleague_entry(desk, ids["kalle"], minutes=10)
    desk.erasure.erase_client(ids["mette"])
    desk.identity = replace(desk.identity, role=Role.TEAM_LEAD.value)
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    assert window.access_log_action in window.tools_menu.actions()
    window.access_log_action.trigger()
    dialog = visible_dialog(qtbot, AuditDialog)
    wait_idle(qtbot, controller.db_thread)
    rows = _texts(dialog)
    assert dialog.table.columnCount() == 5
    assert rows[0][1:] == ["Ben Olsen", "Changed", "Contact", "Karl Meier “Kalle”"]
    assert ["Anna Becker", "Erased (GDPR)", "Client file", "Erased client"] in [row[1:] for row in rows]
    assert not dialog.note.isVisibleTo(dialog)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: is_closed(dialog))
