"""Possible duplicates in the window: the new-client dialog warns and asks, the review list (Tools)."""

from datetime import date

from PySide6.QtCore import Qt
from ui_helpers import WORKER_TIMEOUT_MS, add_clients, is_closed, open_main_window, visible_dialog, wait_idle

from casedesk.services.dto import ClientDraft
from casedesk.ui import messages
from casedesk.ui.client_dialog import ClientDialog
from casedesk.ui.duplicates import DuplicatesDialog

Yes, No = messages.StandardButton.Yes, messages.StandardButton.No


def open_window(qtbot, make_controller, desk, desk_path):
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    return controller, controller.main_window


def names(dialog: ClientDialog) -> list[str]:
    return [dialog.duplicates.list.item(row).text() for row in range(dialog.duplicates.list.count())]


def test_typing_a_client_who_is_there_warns_and_saving_asks_first(qtbot, make_controller, desk, desk_path):
    add_clients(desk)
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = visible_dialog(qtbot, ClientDialog)
    warning = dialog.duplicates
    qtbot.keyClicks(dialog.form.widgets["first_name"], "Karl")
    qtbot.keyClick(dialog.form.widgets["first_name"], Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.form.widgets["last_name"], "Mayer")
    qtbot.waitUntil(lambda: warning.isVisible() and warning.list.count() == 1, timeout=WORKER_TIMEOUT_MS)
    assert names(dialog) == ["Karl Meier “Kalle” — sounds alike"]

    messages.set_next_answer(No)
    qtbot.keyClick(dialog.form.widgets["last_name"], Qt.Key.Key_Return)
    wait_idle(qtbot, controller.db_thread)
    assert dialog.isVisible(), "No goes back to the form"
    title, text = messages.shown[-1]
    assert title == "Possible duplicate" and "Karl Meier “Kalle”" in text
    assert warning.list.hasFocus()
    assert len(desk.clients.names()) == 3

    messages.set_next_answer(Yes)
    with qtbot.waitSignal(dialog.client_saved, timeout=WORKER_TIMEOUT_MS):
        qtbot.keyClick(dialog.form.widgets["last_name"], Qt.Key.Key_Return)
    wait_idle(qtbot, controller.db_thread)
    assert sorted(name.display_name for name in desk.clients.names())[:2] == ["Jonas Albrecht", "Karl Mayer"]


def test_a_different_birth_year_is_no_warning_and_saves_without_asking(qtbot, make_controller, desk, desk_path):
    desk.clients.create(ClientDraft(first_name="Karl", last_name="Meier", birth_date=date(1970, 2, 2)))
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    dialog = window.open_new_client_dialog()
    qtbot.keyClicks(dialog.form.widgets["first_name"], "Karl")
    qtbot.keyClicks(dialog.form.widgets["last_name"], "Meier")
    qtbot.waitUntil(lambda: dialog.duplicates.isVisible(), timeout=WORKER_TIMEOUT_MS)
    qtbot.keyClicks(dialog.form.widgets["birth_date"].line, "01.01.1990")
    qtbot.waitUntil(lambda: not dialog.duplicates.isVisible() and dialog.duplicates.shown_for is not None,
                    timeout=WORKER_TIMEOUT_MS)
    shown_before = len(messages.shown)
    with qtbot.waitSignal(dialog.client_saved, timeout=WORKER_TIMEOUT_MS):
        qtbot.keyClick(dialog.form.widgets["first_name"], Qt.Key.Key_Return)
    wait_idle(qtbot, controller.db_thread)
    assert len(messages.shown) == shown_before, "nothing to ask"


def test_enter_on_a_possible_duplicate_opens_that_client_instead(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    dialog = window.open_new_client_dialog()
    qtbot.keyClicks(dialog.form.widgets["alias"], "Kale")
    qtbot.waitUntil(lambda: dialog.duplicates.list.count() == 1, timeout=WORKER_TIMEOUT_MS)
    # Alt+S, the warning's letter, reaches the list from the keyboard.
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert dialog.duplicates.list.hasFocus()
    messages.set_next_answer(Yes)  # drop what was typed
    qtbot.keyClick(dialog.duplicates.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, controller.db_thread)
    assert window.current_client_id() == ids["kalle"]
    assert len(desk.clients.names()) == 3


def test_the_review_list_opens_either_client_and_forgets_a_pair_that_is_two_people(
        qtbot, make_controller, desk, desk_path):
    first = desk.clients.create(ClientDraft(first_name="Karl", last_name="Meier", birth_date=date(1970, 1, 1)))
    second = desk.clients.create(ClientDraft(first_name="Karl", last_name="Meyer", birth_date=date(1970, 6, 1)))
    desk.clients.create(ClientDraft(first_name="Mette", last_name="Holm"))
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    window.duplicates_action.trigger()
    dialog = visible_dialog(qtbot, DuplicatesDialog)
    wait_idle(qtbot, controller.db_thread)
    assert dialog.table.topLevelItemCount() == 1
    row = dialog.table.topLevelItem(0)
    assert {row.text(0), row.text(1)} == {"Karl Meier, born 1/1/1970", "Karl Meyer, born 6/1/1970"}
    assert row.text(3) == "similar name, sounds alike, same birth year"
    assert dialog.summary.text() == dialog.tr("%n pair(s) of clients may be the same person.", "", 1)

    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    wait_idle(qtbot, controller.db_thread)
    pair = dialog.selected()
    assert window.current_client_id() == pair.first.id
    assert dialog.table.hasFocus()
    # A button's letter clicks it after its 100 ms press animation.
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.current_client_id() == pair.second.id)
    assert {pair.first.id, pair.second.id} == {first, second}

    with qtbot.waitSignal(dialog.loaded, timeout=WORKER_TIMEOUT_MS):
        qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    wait_idle(qtbot, controller.db_thread)
    assert dialog.table.topLevelItemCount() == 0
    assert dialog.tr("%n pair(s) marked as not the same person are left out.", "", 1) in dialog.summary.text()
    assert dialog.undo_button.isEnabled()
    with qtbot.waitSignal(dialog.loaded, timeout=WORKER_TIMEOUT_MS):
        qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    wait_idle(qtbot, controller.db_thread)
    assert dialog.table.topLevelItemCount() == 1

    # A renamed client leaves the list by itself.
    desk_handle = window.desk_handle
    with qtbot.waitSignal(dialog.loaded, timeout=WORKER_TIMEOUT_MS):
        desk_handle.op(window, lambda d: d.clients.update(second, ClientDraft(first_name="Karl", last_name="Schulz")))\
            .run()
    wait_idle(qtbot, controller.db_thread)
    assert dialog.table.topLevelItemCount() == 0
