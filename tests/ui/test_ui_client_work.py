"""The everyday work in the main window: clients, quick capture, search, Today, tasks."""

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import WORKER_TIMEOUT_MS, add_clients, make_overdue, open_main_window, wait_idle

from casedesk.services.dto import ClientFilter
from casedesk.ui import messages
from casedesk.ui.client_dialog import ClientDialog
from casedesk.ui.client_file import ClientFile
from casedesk.ui.errors import problem_text
from casedesk.ui.quick_capture import QuickCaptureDialog


def listed_names(window) -> list[str]:
    """The names as the list shows them."""
    model = window.client_list.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def open_window(qtbot, make_controller, desk, desk_path, **kwargs):
    controller = make_controller(desk_path, **kwargs)
    open_main_window(qtbot, controller, desk)
    return controller, controller.main_window


def test_new_client_dialog_shows_validation_next_to_fields_then_saves(qtbot, make_controller, desk, desk_path):
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ClientDialog) and w.isVisible())
    widgets, problems = dialog.form.widgets, dialog.form.problem_labels
    future = QDate.currentDate().addDays(3)
    qtbot.keyClicks(widgets["birth_date"].line, future.toString("dd.MM.yyyy"))
    qtbot.keyClicks(widgets["phone"], "call me maybe")
    dialog.buttons.accepted.emit()
    wait_idle(qtbot, controller.db_thread)
    assert dialog.isVisible()
    assert problems["first_name"].text() == problem_text("name_or_alias_required")
    assert problems["birth_date"].text() == problem_text("in_future")
    assert problems["phone"].text() == problem_text("invalid_phone")
    assert not problems["consent_date"].isVisibleTo(dialog)

    qtbot.keyClicks(widgets["alias"], "Pille")
    assert not problems["first_name"].isVisibleTo(dialog), "an alias answers the name problem"
    widgets["birth_date"].line.clear()
    qtbot.keyClicks(widgets["birth_date"].line, "01.01.1979")
    widgets["birth_date_approximate"].setChecked(True)
    widgets["phone"].setText("0151 / 234 56 78")
    widgets["no_fixed_abode"].setChecked(True)
    with qtbot.waitSignal(dialog.client_saved, timeout=WORKER_TIMEOUT_MS):
        dialog.buttons.accepted.emit()
    wait_idle(qtbot, controller.db_thread)
    assert "“Pille”" in listed_names(window)
    file = window.client_file
    qtbot.waitUntil(lambda: file.overview.fields["birth_date"].text() == "~1979")
    assert file.overview.fields["address"].text() == "no fixed abode"


def test_archive_asks_first_and_keeps_the_client(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    window.show_client(ids["jonas"])
    wait_idle(qtbot, controller.db_thread)
    messages.set_next_answer(messages.StandardButton.No)
    window.client_file.overview.archive_action.trigger()
    wait_idle(qtbot, controller.db_thread)
    assert "Jonas Albrecht" in listed_names(window)
    messages.set_next_answer(messages.StandardButton.Yes)
    window.client_file.overview.archive_action.trigger()
    wait_idle(qtbot, controller.db_thread)
    assert "Jonas Albrecht" not in listed_names(window)
    assert any(c.id == ids["jonas"] for c in desk.clients.list(ClientFilter(include_closed=True)))


def test_an_archived_client_is_restored_from_its_file(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    desk.clients.archive(ids["jonas"])
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    assert "Jonas Albrecht" not in listed_names(window)
    window.show_client(ids["jonas"])
    wait_idle(qtbot, controller.db_thread)
    client_file = window.client_file
    assert client_file.overview.restore_action.isVisible()
    assert not client_file.overview.archive_action.isVisible()
    client_file.overview.restore_action.trigger()
    wait_idle(qtbot, controller.db_thread)
    assert "Jonas Albrecht" in listed_names(window)
    assert client_file.overview.archive_action.isVisible()
    assert not client_file.overview.restore_action.isVisible()


def test_quick_capture_with_keyboard_only_shows_in_timeline_and_today(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    make_overdue(desk, ids["kalle"], days_ago=9)
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    assert "Karl Meier “Kalle”" in [window.today.lines.index(i, 0).data()
                                     for i in range(window.today.lines.rowCount())]
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QuickCaptureDialog) and w.isVisible())
    qtbot.waitUntil(lambda: dialog.clients_loaded, timeout=WORKER_TIMEOUT_MS)
    assert dialog.focusWidget() is dialog.client or QApplication.focusWidget() is dialog.client
    qtbot.keyClicks(dialog.client, "Kalle")
    qtbot.keyClick(dialog.client, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.type, Qt.Key.Key_Down)  # street -> home visit
    qtbot.keyClicks(dialog.place, "Hauptbahnhof")
    qtbot.keyClicks(dialog.note, "Schlafsack gebracht, will Termin beim Jobcenter.")
    qtbot.keyClicks(dialog.follow_up_title, "Jobcenter anrufen")
    with qtbot.waitSignal(dialog.contact_saved, timeout=WORKER_TIMEOUT_MS):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, controller.db_thread)

    overdue_names = [window.today.lines.index(i, 0).data() for i in range(window.today.lines.rowCount())]
    assert "Karl Meier “Kalle”" not in overdue_names
    window.show_client(ids["kalle"], "tasks")
    wait_idle(qtbot, controller.db_thread)
    assert "Jobcenter anrufen" in window.client_file.tasks.task_list.item(0).text()
    window.client_file.show_tab("contacts")
    wait_idle(qtbot, controller.db_thread)
    newest = window.client_file.contacts.timeline.topLevelItem(0)
    assert newest.text(1) == "Home visit"
    assert newest.text(3) == "Hauptbahnhof"
    assert newest.text(5).startswith("Schlafsack gebracht")


def test_quick_capture_preselects_current_client_and_ctrl_enter_saves(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    window.show_client(ids["mette"], "contacts")
    wait_idle(qtbot, controller.db_thread)
    dialog = window.open_quick_capture()
    qtbot.waitUntil(lambda: dialog.clients_loaded, timeout=WORKER_TIMEOUT_MS)
    assert dialog.client.text() == "Mette Sørensen"
    with qtbot.waitSignal(dialog.contact_saved, timeout=WORKER_TIMEOUT_MS):
        qtbot.keyClick(dialog.type, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, controller.db_thread)
    assert window.client_file.contacts.timeline.topLevelItemCount() == 1


def test_escape_with_a_note_asks_before_discarding(qtbot, make_controller, desk, desk_path):
    add_clients(desk)
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    dialog = window.open_quick_capture()
    qtbot.waitUntil(lambda: dialog.clients_loaded, timeout=WORKER_TIMEOUT_MS)
    qtbot.keyClicks(dialog.note, "halb geschrieben")
    messages.set_next_answer(messages.StandardButton.No)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert messages.shown and "Discard" in messages.shown[-1][0]
    messages.set_next_answer(messages.StandardButton.Yes)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    wait_idle(qtbot, controller.db_thread)


def test_quick_capture_refuses_an_unknown_client(qtbot, make_controller, desk, desk_path):
    add_clients(desk)
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    dialog = window.open_quick_capture()
    qtbot.waitUntil(lambda: dialog.clients_loaded, timeout=WORKER_TIMEOUT_MS)
    qtbot.keyClicks(dialog.client, "Niemand")
    qtbot.keyClick(dialog.client, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert dialog.problem_labels["client_id"].text()
    wait_idle(qtbot, controller.db_thread)


def test_search_as_you_type_filters_the_list(qtbot, make_controller, desk, desk_path):
    add_clients(desk)
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    assert len(listed_names(window)) == 3
    qtbot.keyClicks(window.client_list.search, "Mett")  # QTest types ASCII only
    qtbot.waitUntil(lambda: listed_names(window) == ["Mette Sørensen"], timeout=WORKER_TIMEOUT_MS)
    window.client_list.search.clear()
    qtbot.keyClicks(window.client_list.search, "hauptbahn")  # whereabouts are searched too
    qtbot.waitUntil(lambda: listed_names(window) == ["Karl Meier “Kalle”"], timeout=WORKER_TIMEOUT_MS)
    wait_idle(qtbot, controller.db_thread)


def test_overdue_filter_and_ctrl_f(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    make_overdue(desk, ids["jonas"])
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.client_list.search.hasFocus)
    window.client_list.overdue.setChecked(True)
    qtbot.waitUntil(lambda: listed_names(window) == ["Jonas Albrecht"], timeout=WORKER_TIMEOUT_MS)
    wait_idle(qtbot, controller.db_thread)


def test_today_lists_overdue_client_and_due_task_and_opens_client(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    make_overdue(desk, ids["mette"], days_ago=8)
    from casedesk.models import local_now

    desk.tasks.create(ids["jonas"], "Begleitung zum Sozialamt", local_now() - timedelta(hours=1))
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, controller.db_thread)
    today = window.today
    assert window.pages.currentWidget() is today
    assert today.lines.rowCount() == 1
    assert today.lines.index(0, 0).data() == "Mette Sørensen"
    assert "8" in today.lines.index(0, 1).data()
    assert "1" in today.overdue_heading.text()
    assert "Begleitung zum Sozialamt" in today.tasks.item(0).text()

    today.overdue.activated.emit(today.lines.index(0, 0))
    wait_idle(qtbot, controller.db_thread)
    assert window.current_client_id() == ids["mette"]

    task_item = today.tasks.item(0)
    task_item.setCheckState(Qt.CheckState.Checked)
    wait_idle(qtbot, controller.db_thread)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, controller.db_thread)
    assert desk.tasks.for_client(ids["jonas"]) == []


def test_tasks_tab_adds_and_completes_a_task(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    window.show_client(ids["kalle"], "tasks")
    wait_idle(qtbot, controller.db_thread)
    file: ClientFile = window.client_file
    file.open_task_dialog()
    from casedesk.ui.tasks import TaskDialog

    dialog = next(w for w in file.findChildren(TaskDialog) if w.isVisible())
    dialog.buttons.accepted.emit()  # empty title
    wait_idle(qtbot, controller.db_thread)
    assert dialog.form.problem_labels["title"].text() == problem_text("required")
    qtbot.keyClicks(dialog.form.widgets["title"], "Termin Substitutionsambulanz")
    due = dialog.form.widgets["due_on"].line
    due.clear()
    qtbot.keyClicks(due, QDate.currentDate().addDays(2).toString("dd.MM.yyyy"))
    dialog.buttons.accepted.emit()
    wait_idle(qtbot, controller.db_thread)
    assert file.tasks.task_list.count() == 1
    assert "T&asks (1)" == file.tabText(file.indexOf(file.tasks))
    file.tasks.task_list.item(0).setCheckState(Qt.CheckState.Checked)
    wait_idle(qtbot, controller.db_thread)
    assert file.tasks.task_list.item(0).checkState() == Qt.CheckState.Checked
    assert desk.tasks.for_client(ids["kalle"]) == []


def test_settings_dialog_saves_language_and_idle_minutes(qtbot, make_controller, desk, desk_path, app_settings):
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    dialog = window.open_settings()
    general, security = dialog.pages
    general.language.setCurrentIndex(general.language.findData("da"))
    security.idle_minutes.setValue(12)
    dialog.accept()
    assert app_settings.language == "da"
    assert app_settings.idle_lock_minutes == 12
    assert controller.idle._timer.interval() == 12 * 60_000
    wait_idle(qtbot, controller.db_thread)


def test_extension_point_for_sync_and_print(qtbot, make_controller, desk, desk_path):
    from PySide6.QtGui import QAction

    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    print_action = window.print_menu.menuAction()
    assert print_action in window.extension_toolbar.actions()
    assert print_action in window.tools_menu.actions()
    assert window.crisis_lines_action in window.tools_menu.actions()
    action = QAction("Sync", window)
    window.add_toolbar_action(action)
    assert action in window.extension_toolbar.actions()
    assert action in window.tools_menu.actions()
    wait_idle(qtbot, controller.db_thread)


def test_demo_desk_is_marked(qtbot, make_controller, desk, desk_path):
    desk.set_setting("demo", "1")
    _controller, window = open_window(qtbot, make_controller, desk, desk_path)
    assert window.windowTitle().startswith("DEMO")
    assert window.demo_banner.isVisibleTo(window)


def test_birth_date_and_errors_have_words():
    from casedesk.services.errors import DeskTooNew, ValidationFailed, WrongPassphrase
    from casedesk.ui.errors import error_text
    from casedesk.ui.vocabulary import format_birth_date

    assert format_birth_date(date(1984, 3, 2), approximate=True) == "~1984"
    assert "newer version" in error_text(DeskTooNew("0099"))
    assert "Wrong passphrase" in error_text(WrongPassphrase())
    summary = error_text(ValidationFailed({"phone": "invalid_phone", "birth_date": "too_old"}))
    assert "Phone: This does not look like a phone number." in summary
    assert "too far in the past" in summary
