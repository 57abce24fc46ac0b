"""Today and the task list, from the keyboard: whose overdue clients under which rule, the same
clients as the list's "Overdue" filter, date-only tasks without a time, and undo for a tick."""

from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select
from ui_helpers import WORKER_TIMEOUT_MS, add_clients, make_overdue, open_main_window, wait_idle

from casedesk.domain import Phase
from casedesk.models import CaseEpisode, Client, Task, Worker, local_now, new_id
from casedesk.services.dto import ClientDraft, ContactDraft
from casedesk.services.monitoring import CONTACT_GAP, WEEKLY_CONTACT
from casedesk.services.tasks import due_by_end_of
from casedesk.ui.tasks import TaskDialog
from casedesk.ui.vocabulary import client_name, format_date, format_datetime

CTRL = Qt.KeyboardModifier.ControlModifier


def open_window(qtbot, make_controller, desk, desk_path):
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    return controller, controller.main_window


def show_today(qtbot, controller, window):
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL)
    wait_idle(qtbot, controller.db_thread)
    return window.today


def press(qtbot, controller, widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)
    wait_idle(qtbot, controller.db_thread)


def overdue_rows(today) -> dict[str, list[str]]:
    tree = today.overdue
    return {tree.topLevelItem(row).text(0): [tree.topLevelItem(row).text(column)
                                             for column in range(tree.columnCount())]
            for row in range(tree.topLevelItemCount())}


def linking_without_contact(desk, client_id: str, days: int) -> None:
    desk.clients.set_phase(client_id, Phase.LINKING.value)
    with desk.session() as session:
        episode = session.scalars(select(CaseEpisode).where(CaseEpisode.client_id == client_id)).one()
        episode.opened_on = (local_now() - timedelta(days=days + 30)).date()
    desk.contacts.record(ContactDraft(client_id=client_id, occurred_at=local_now() - timedelta(days=days),
                                      note="Im Café getroffen"))


def hand_over(desk, client_id: str, responsible: str, deputy: str | None) -> None:
    with desk.session() as session:
        client = session.get(Client, client_id)
        client.responsible_worker_id, client.deputy_worker_id = responsible, deputy


def test_today_says_whose_clients_and_which_rule_and_matches_the_overdue_filter(
        qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    ids["carl"] = desk.clients.create(ClientDraft(first_name="Carl", last_name="Colleague"))
    colleague = new_id()
    with desk.session() as session:
        session.add(Worker(id=colleague, name="Sabine Krüger", team="Streetwork Nord"))
    me = desk.identity.worker_id
    make_overdue(desk, ids["mette"], days_ago=8)  # mine, in monitoring
    linking_without_contact(desk, ids["jonas"], days=50)  # mine, in linking: only the 45-day rule
    make_overdue(desk, ids["kalle"], days_ago=9)
    hand_over(desk, ids["kalle"], colleague, me)  # I deputise
    make_overdue(desk, ids["carl"], days_ago=10)
    hand_over(desk, ids["carl"], colleague, None)  # a colleague's own client: not Today's
    controller, window = open_window(qtbot, make_controller, desk, desk_path)

    today = show_today(qtbot, controller, window)
    rows = overdue_rows(today)
    assert set(rows) == {"Mette Sørensen", "Jonas Albrecht", "Karl Meier “Kalle”"}
    # The plural forms are the catalogue's ("50 days" once casedesk_en.ts has them); the rule is ours.
    assert rows["Jonas Albrecht"][1] == (
        f"{today.tr('no contact for %n day(s)', '', 50)} (rule: {today.rule_name(CONTACT_GAP)})")
    assert today.rule_name(CONTACT_GAP) == today.tr("a contact every %n day(s) in any open phase", "", 45)
    assert rows["Mette Sørensen"][1] == (
        f"{today.tr('no contact for %n day(s)', '', 8)} (rule: {today.rule_name(WEEKLY_CONTACT)})")
    assert today.rule_name(WEEKLY_CONTACT) == today.tr("a contact every %n day(s) in monitoring", "", 7)
    # The longest overdue first: Karl was due 2 days ago, Mette 1 day ago, Jonas (45 days) 5 days ago.
    assert list(rows) == ["Jonas Albrecht", "Karl Meier “Kalle”", "Mette Sørensen"]
    assert today.overdue_heading.text() == today.tr("Overdue for a contact: %n client(s)", "", 3)
    assert today.overdue_scope.text() == (
        f"Your clients and the clients you deputise for. Rules: {today.rule_name(WEEKLY_CONTACT)}; "
        f"{today.rule_name(CONTACT_GAP)}.")

    # The list with Mine, Deputy and Overdue ticked (Space on each box) shows the same clients.
    client_list = window.client_list
    for box in (client_list.mine, client_list.deputy, client_list.overdue):
        box.setFocus()
        press(qtbot, controller, box, Qt.Key.Key_Space)
    assert {client_name(client.display_name) for client in client_list.model.clients()} == set(rows)
    assert all(client.overdue for client in client_list.model.clients())
    # Overdue alone also lists the colleague's own client.
    for box in (client_list.mine, client_list.deputy):
        press(qtbot, controller, box, Qt.Key.Key_Space)
    assert {client_name(client.display_name) for client in client_list.model.clients()} == {*rows, "Carl Colleague"}

    # Return on a line opens that client.
    today = show_today(qtbot, controller, window)
    today.overdue.setFocus()
    today.overdue.setCurrentItem(today.overdue.topLevelItem(0))
    press(qtbot, controller, today.overdue, Qt.Key.Key_Return)
    assert window.current_client_id() == ids["jonas"]


def test_a_task_due_on_a_day_shows_the_day_and_an_appointment_its_time(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    appointment = datetime.combine(local_now().date(), time(10, 30))
    desk.tasks.create(ids["jonas"], "Arzttermin begleiten", appointment)
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    window.show_client(ids["jonas"])
    wait_idle(qtbot, controller.db_thread)

    qtbot.keyClick(window, Qt.Key.Key_T, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = next(widget for widget in QApplication.topLevelWidgets()
                  if isinstance(widget, TaskDialog) and widget.isVisible())
    qtbot.keyClicks(dialog.form.widgets["title"], "Ausweis beantragen")  # due today, no time: the default
    with qtbot.waitSignal(dialog.task_saved, timeout=WORKER_TIMEOUT_MS):
        qtbot.keyClick(dialog.form.widgets["title"], Qt.Key.Key_Return)
    wait_idle(qtbot, controller.db_thread)

    today = show_today(qtbot, controller, window)
    texts = {today.tasks.item(row).text() for row in range(today.tasks.count())}
    assert texts == {
        f"Arzttermin begleiten — Jonas Albrecht — due {format_datetime(appointment)}",
        f"Ausweis beantragen — Jonas Albrecht — due {format_date(local_now().date())}",
    }
    assert not any("11:59" in text or "23:59" in text for text in texts)


def task_done(desk, task_id: str) -> bool:
    with desk.session() as session:
        return session.scalar(select(Task.done_at).where(Task.id == task_id)) is not None


def test_a_ticked_task_stays_struck_through_and_can_be_undone(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    first = desk.tasks.create(ids["jonas"], "Begleitung zum Sozialamt", local_now() - timedelta(hours=2))
    second = desk.tasks.create(ids["mette"], "Ausweis beantragen", due_by_end_of(local_now().date()))
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    today = show_today(qtbot, controller, window)
    tasks = today.tasks
    tasks.setFocus()
    tasks.setCurrentRow(0)

    press(qtbot, controller, tasks, Qt.Key.Key_Space)  # ticks the current task
    assert task_done(desk, first)
    item = tasks.item(0)
    assert item.text().startswith("Begleitung zum Sozialamt")
    assert item.checkState() == Qt.CheckState.Checked and item.font().strikeOut()
    assert today.task_status.text() == "“Begleitung zum Sozialamt” is done. Ctrl+Z or unticking it reopens it."
    assert today.tasks_heading.text() == "Tasks due (1)"  # the count is of open tasks

    press(qtbot, controller, window, Qt.Key.Key_F5)  # a refresh keeps it in view
    assert tasks.count() == 2 and tasks.item(0).font().strikeOut()

    press(qtbot, controller, tasks, Qt.Key.Key_Z, CTRL)
    assert not task_done(desk, first)
    item = tasks.item(0)
    assert item.checkState() == Qt.CheckState.Unchecked and not item.font().strikeOut()
    assert today.task_status.text() == "“Begleitung zum Sozialamt” is open again."
    assert tasks.currentRow() == 0

    # Space again ticks it, Space once more unticks it: the mouse-free way of undoing.
    press(qtbot, controller, tasks, Qt.Key.Key_Space)
    assert task_done(desk, first)
    press(qtbot, controller, tasks, Qt.Key.Key_Space)
    assert not task_done(desk, first)
    assert not task_done(desk, second)

    # Once the worker leaves Today, ticked tasks leave it too.
    press(qtbot, controller, tasks, Qt.Key.Key_Space)
    window.show_client(ids["mette"])
    wait_idle(qtbot, controller.db_thread)
    today = show_today(qtbot, controller, window)
    assert [today.tasks.item(row).text().split(" — ")[0] for row in range(today.tasks.count())] == [
        "Ausweis beantragen"]
