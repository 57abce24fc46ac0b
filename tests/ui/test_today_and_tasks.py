"""Today and the task list, from the keyboard: whose clients under which rule, the same clients
as the list's "Overdue" filter, each line opening the file where it is dealt with, putting a
line off, date-only tasks without a time, and undo for a tick."""

from dataclasses import replace
from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select
from ui_helpers import WORKER_TIMEOUT_MS, add_clients, make_overdue, open_main_window, wait_idle

from casedesk.domain import Phase, Role
from casedesk.models import CaseEpisode, Client, Task, Worker, local_now, new_id
from casedesk.services import monitoring
from casedesk.services.dto import ClientDraft, ContactDraft
from casedesk.services.plans import GoalDraft
from casedesk.services.tasks import due_by_end_of
from casedesk.services.today import MonitoringRulesRestricted
from casedesk.ui import messages
from casedesk.ui.errors import error_text
from casedesk.ui.monitoring_rules import MonitoringRulesDialog, RuleSettingDialog, rule_title
from casedesk.ui.tasks import TaskDialog
from casedesk.ui.today import SnoozeDialog, TodayView
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
    lines = today.lines
    return {lines.index(row, 0).data(): [lines.index(row, column).data() for column in range(lines.columnCount())]
            for row in range(lines.rowCount())}


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
    # The plural forms are the catalogue's ("50 days" once casedesk_en.ts has them).
    # The 45 days count no "tried to reach", so they are days not met.
    assert rows["Jonas Albrecht"][TodayView.SUBJECT] == today.tr("not met for %n day(s)", "", 50)
    assert rows["Jonas Albrecht"][TodayView.RULE] == rule_title("contact_gap")
    assert rows["Mette Sørensen"][TodayView.SUBJECT] == today.tr("no contact for %n day(s)", "", 8)
    assert rows["Mette Sørensen"][TodayView.RULE] == rule_title("weekly_contact")
    assert rows["Mette Sørensen"][TodayView.DUE] == today.entry_due(today.entries()[2], local_now().date())
    # The longest overdue first: Karl was due 2 days ago, Mette 1 day ago, Jonas (45 days) 5 days ago.
    assert list(rows) == ["Jonas Albrecht", "Karl Meier “Kalle”", "Mette Sørensen"]
    assert today.overdue_heading.text() == (
        f"{today.tr('To follow up: %n line(s)', '', 3)} · {today.tr('%n overdue', '', 3)}")
    assert today.overdue_scope.text() == (
        "Your clients and the clients you deputise for. Rules: "
        + "; ".join(rule_title(rule) for rule in monitoring.RULE_KEYS) + ".")

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

    # Return on a line opens that client, at the contacts: what the rule asks for.
    today = show_today(qtbot, controller, window)
    today.overdue.setFocus()
    today.overdue.setCurrentIndex(today.lines.index(0, 0))
    press(qtbot, controller, today.overdue, Qt.Key.Key_Return)
    assert window.current_client_id() == ids["jonas"]
    assert window.client_file.currentWidget() is window.client_file.tabs["contacts"]


def cycle_for_today(desk, client_id: str) -> None:
    """A goal past its deadline, a referral to follow up, an assessment over its time box and an
    expired release: one line each in Today."""
    today = local_now().date()
    desk.clients.set_phase(client_id, Phase.LINKING.value)
    with desk.session() as session:
        episode = session.scalars(select(CaseEpisode).where(CaseEpisode.client_id == client_id)).one()
        episode.opened_on = today - timedelta(days=120)
    desk.contacts.record(ContactDraft(client_id=client_id, occurred_at=local_now() - timedelta(days=1), note="Café"))
    plan_id = desk.plans.create(client_id, today=today - timedelta(days=100))
    desk.plans.add_goal(plan_id, "macro", None, GoalDraft(wording="Eine eigene Wohnung",
                                                        deadline=today - timedelta(days=4)))
    desk.referrals.create(client_id, person="Dr. Sommer", service="Hausarzt", on=today - timedelta(days=10),
                          follow_up_on=today - timedelta(days=3), release_override_reason="am Telefon")
    desk.assessments.start(client_id, started_on=today - timedelta(days=60), due_on=today - timedelta(days=2))
    desk.clients.add_release(client_id, "Jobcenter Mitte", today - timedelta(days=400), today - timedelta(days=1))


def test_each_line_opens_the_client_file_where_it_is_dealt_with(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    cycle_for_today(desk, ids["jonas"])
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    today = show_today(qtbot, controller, window)
    rules = [entry.rule for entry in today.entries()]
    assert rules == ["goal_deadline", "referral_follow_up", "assessment_time_box", "release_expiring"]
    rows = [today.lines.index(row, TodayView.SUBJECT).data() for row in range(today.lines.rowCount())]
    assert rows[0] == "“Eine eigene Wohnung”"
    assert rows[1] == "Dr. Sommer"
    assert rows[2] == f"started on {format_date(local_now().date() - timedelta(days=60))}"
    assert rows[3] == "Jobcenter Mitte"
    for row, tab in enumerate(("plan", "referrals", "assessment", "overview")):
        today = show_today(qtbot, controller, window)
        today.overdue.setFocus()
        press(qtbot, controller, today.overdue, Qt.Key.Key_Home)
        for _ in range(row):
            press(qtbot, controller, today.overdue, Qt.Key.Key_Down)
        press(qtbot, controller, today.overdue, Qt.Key.Key_Return)
        assert window.current_client_id() == ids["jonas"]
        assert window.client_file.currentWidget() is window.client_file.tabs[tab], tab


def test_a_line_is_put_off_with_the_keyboard_and_comes_back_on_its_day(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    make_overdue(desk, ids["mette"], days_ago=8)
    make_overdue(desk, ids["kalle"], days_ago=9)
    yesterday = local_now().date() - timedelta(days=1)
    desk.today.snooze(ids["kalle"], "weekly_contact", "", yesterday + timedelta(days=1), "Urlaub", today=yesterday)
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    today = show_today(qtbot, controller, window)
    today.overdue.setFocus()
    press(qtbot, controller, today.overdue, Qt.Key.Key_Home)
    assert today.current_entry().client_id == ids["kalle"]  # put off until today: back

    qtbot.keyClick(today.overdue, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # "&Put off…"

    def dialogs() -> list[SnoozeDialog]:
        return [widget for widget in QApplication.topLevelWidgets()
                if isinstance(widget, SnoozeDialog) and widget.isVisible()]

    qtbot.waitUntil(lambda: bool(dialogs()), timeout=WORKER_TIMEOUT_MS)  # a mnemonic clicks after a moment
    [dialog] = dialogs()
    wait_idle(qtbot, controller.db_thread)
    assert dialog.history.isVisibleTo(dialog) and "Urlaub" in dialog.history.text()
    until = local_now().date() + timedelta(days=3)
    date_line = dialog.form.widgets["snoozed_until"].line
    assert dialog.focusWidget() is date_line or QApplication.focusWidget() is date_line
    qtbot.keyClick(date_line, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(date_line, until.isoformat())
    qtbot.keyClick(date_line, Qt.Key.Key_Tab)
    # Without a reason it is not saved: the reason is what the history is for.
    with qtbot.waitSignal(dialog.buttons.accepted):
        qtbot.keyClick(date_line, Qt.Key.Key_Return)
    wait_idle(qtbot, controller.db_thread)
    assert dialog.isVisible()
    assert dialog.form.problem_labels["reason"].isVisible()
    reason = dialog.form.widgets["reason"]
    reason.setFocus()
    qtbot.keyClicks(reason, "Im Krankenhaus bis Freitag")
    qtbot.keyClick(reason, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(dialog.saved, timeout=WORKER_TIMEOUT_MS):
        qtbot.keyClick(date_line, Qt.Key.Key_Return)
    wait_idle(qtbot, controller.db_thread)

    assert [name for name in overdue_rows(today)] == ["Mette Sørensen"]
    assert [snooze.reason for snooze in desk.today.snoozes(ids["kalle"], "weekly_contact")] == [
        "Im Krankenhaus bis Freitag", "Urlaub"]
    later = desk.today.overview(now=local_now() + timedelta(days=3))
    assert [entry.client_id for entry in later.entries] == [ids["kalle"], ids["mette"]]
    # Mette was never put off: her dialog shows no history.
    dialog = today.open_snooze_dialog()
    wait_idle(qtbot, controller.db_thread)
    assert dialog.history.text() == "" and not dialog.history.isVisibleTo(dialog)
    dialog.done(0)


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


def test_a_team_lead_changes_a_rule_and_today_follows(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    make_overdue(desk, ids["mette"], days_ago=8)
    desk.identity = replace(desk.identity, role=Role.TEAM_LEAD.value)
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    assert window.monitoring_rules_action in window.tools_menu.actions()
    today = show_today(qtbot, controller, window)
    assert list(overdue_rows(today)) == ["Mette Sørensen"]

    window.monitoring_rules_action.trigger()
    dialog = next(widget for widget in QApplication.topLevelWidgets()
                  if isinstance(widget, MonitoringRulesDialog) and widget.isVisible())
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == len(monitoring.RULE_KEYS), timeout=WORKER_TIMEOUT_MS)
    assert dialog.list.topLevelItem(0).text(MonitoringRulesDialog.DAYS) == dialog.tr(
        "a contact at least every %n day(s)", "", 7)
    dialog.list.setFocus()
    press(qtbot, controller, dialog.list, Qt.Key.Key_Home)
    press(qtbot, controller, dialog.list, Qt.Key.Key_Return)  # the weekly contact
    setting = next(widget for widget in QApplication.topLevelWidgets()
                   if isinstance(widget, RuleSettingDialog) and widget.isVisible())
    days = setting.form.widgets["days"]
    days.setFocus()
    qtbot.keyClick(days, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(days, "10")
    with qtbot.waitSignal(setting.saved, timeout=WORKER_TIMEOUT_MS):
        qtbot.keyClick(days, Qt.Key.Key_Return)
    wait_idle(qtbot, controller.db_thread)
    qtbot.waitUntil(lambda: "10" in dialog.list.topLevelItem(0).text(MonitoringRulesDialog.DAYS),
                    timeout=WORKER_TIMEOUT_MS)
    first = desk.today.rule_settings()[0]
    assert (first.rule, first.days) == ("weekly_contact", 10)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
    wait_idle(qtbot, controller.db_thread)
    # Eight days without contact are within the team's ten.
    assert overdue_rows(window.today) == {}


def test_a_caseworker_gets_no_rule_settings_and_the_service_refuses(qtbot, make_controller, desk, desk_path):
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    assert not hasattr(window, "monitoring_rules_action")
    # Opened anyway, a change is refused by the service and nothing changes.
    dialog = MonitoringRulesDialog(window.desk_handle, window)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == len(monitoring.RULE_KEYS), timeout=WORKER_TIMEOUT_MS)
    setting = dialog.change_selected()
    setting.form.widgets["enabled"].setFocus()
    qtbot.keyClick(setting.form.widgets["enabled"], Qt.Key.Key_Space)
    messages.set_next_answer(messages.StandardButton.Ok)
    setting.save()
    wait_idle(qtbot, controller.db_thread)
    assert setting.isVisible()
    assert messages.shown[-1][1] == error_text(MonitoringRulesRestricted(Role.CASEWORKER.value))
    assert all(s.enabled for s in desk.today.rule_settings())
    setting.close_without_asking()
    dialog.done(0)
