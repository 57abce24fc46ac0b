"""Street work with the keyboard only: an anonymous contact through the quick capture (Ctrl+K),
the round tally (Ctrl+Shift+R), an activity in two keystrokes (Ctrl+Shift+A, Ctrl+Enter)."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import WORKER_TIMEOUT_MS, is_closed, open_main_window, visible_dialog, wait_idle

from casedesk.models import local_now
from casedesk.services.street import CodePersonDraft, ItemEntry
from casedesk.ui.quick_capture import QuickCaptureDialog
from casedesk.ui.street import ActivityDialog, RoundDialog, parse_items

CTRL, ALT, SHIFT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
                    Qt.KeyboardModifier.ShiftModifier)


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Where a real keyboard's press goes: an open popup list takes it first."""
    qtbot.keyClick(QApplication.activePopupWidget() or QApplication.focusWidget() or QApplication.activeWindow(),
                   key, modifier)


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.activePopupWidget() or QApplication.focusWidget(), text)


def _active(qtbot, kind):
    """The dialog of ``kind`` once it is open and has the keyboard."""
    dialog = visible_dialog(qtbot, kind)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WORKER_TIMEOUT_MS)
    return dialog


def _window(qtbot, make_controller, desk, desk_path):
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WORKER_TIMEOUT_MS)
    return controller, window


def _today(desk):
    now = local_now()
    return now - timedelta(days=1), now + timedelta(minutes=5)


def test_items_are_read_from_one_line():
    entries = [ItemEntry("syringes", "", True, False), ItemEntry("naloxone", "", True, False),
               ItemEntry("needles", "", True, False), ItemEntry("custom:1", "Wärmepflaster", False, False)]
    assert parse_items("10 syringes, 1 naloxone", entries) == ({"syringes": 10, "naloxone": 1}, "")
    assert parse_items("syr 10 nal 2 wärme", entries) == ({"syringes": 10, "naloxone": 2, "custom:1": 1}, "")
    assert parse_items("3x waermepflaster", entries) == ({"custom:1": 3}, "")
    assert parse_items("", entries) == ({}, "")
    assert parse_items("5 n", entries)[1] == "“n” names more than one item."
    assert parse_items("5 bananas", entries)[1] == "“bananas” is no item on the team's list."
    assert parse_items("syringes 4 5", entries)[1] == "Which item are the last 5?"


def test_an_anonymous_contact_from_ctrl_k_to_saved_with_the_keyboard(qtbot, make_controller, desk, desk_path):
    desk.street.create_code_person(CodePersonDraft(code="KM71m", alias="Kalle"))
    controller, window = _window(qtbot, make_controller, desk, desk_path)
    keys = []

    def press(key, modifier=Qt.KeyboardModifier.NoModifier):
        keys.append((key, modifier))
        _press(qtbot, key, modifier)

    # Someone new: Ctrl+K, the code, Alt+A (new code person), Alt+I, the items, Ctrl+Enter.
    press(Qt.Key.Key_K, CTRL)
    dialog = _active(qtbot, QuickCaptureDialog)
    qtbot.waitUntil(lambda: dialog.clients_loaded and bool(dialog.items.entries), timeout=WORKER_TIMEOUT_MS)
    _type(qtbot, "AB85f")
    press(Qt.Key.Key_A, ALT)
    # A check box's letter clicks it after its 100 ms press animation; the focus returns to the name.
    qtbot.waitUntil(lambda: dialog.new_code_person.isChecked() and dialog.client.hasFocus())
    press(Qt.Key.Key_I, ALT)
    _type(qtbot, "10 syr 1 nal")
    assert dialog.items.hint.text() == "= 10 syringes, 1 naloxone kits"
    with qtbot.waitSignal(dialog.contact_saved, timeout=WORKER_TIMEOUT_MS) as saved:
        press(Qt.Key.Key_Return, CTRL)
    wait_idle(qtbot, controller.db_thread)
    assert len(keys) == 4
    new_id = saved.args[0]
    assert desk.street.code_person(new_id).code == "AB85f"
    [contact] = desk.contacts.timeline(new_id)
    assert contact.items == {"syringes": 10, "naloxone": 1} and contact.type == "street"
    assert "AB85f" in window.statusBar().currentMessage()

    # Someone known by code: Ctrl+K, part of the code, Ctrl+Enter.
    window.activateWindow()  # as a window manager does when the dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WORKER_TIMEOUT_MS)
    _press(qtbot, Qt.Key.Key_K, CTRL)
    dialog = _active(qtbot, QuickCaptureDialog)
    qtbot.waitUntil(lambda: dialog.clients_loaded, timeout=WORKER_TIMEOUT_MS)
    _type(qtbot, "KM71")
    with qtbot.waitSignal(dialog.contact_saved, timeout=WORKER_TIMEOUT_MS) as saved:
        _press(qtbot, Qt.Key.Key_Return, CTRL)
    wait_idle(qtbot, controller.db_thread)
    assert desk.street.code_person(saved.args[0]).alias == "Kalle"


def test_an_item_that_is_not_on_the_list_keeps_the_contact_open(qtbot, make_controller, desk, desk_path):
    controller, window = _window(qtbot, make_controller, desk, desk_path)
    dialog = window.open_quick_capture()
    qtbot.waitUntil(lambda: dialog.clients_loaded and bool(dialog.items.entries), timeout=WORKER_TIMEOUT_MS)
    dialog.client.setText("XY00d")
    dialog.new_code_person.setChecked(True)
    dialog.items.line.setText("3 bananas")
    dialog.save()
    wait_idle(qtbot, controller.db_thread)
    assert dialog.isVisible()
    assert dialog.problem_labels["items"].text() == "“bananas” is no item on the team's list."
    assert desk.street.code_persons() == []


def test_a_round_is_counted_with_the_keyboard(qtbot, make_controller, desk, desk_path):
    controller, _window_shown = _window(qtbot, make_controller, desk, desk_path)
    _press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    dialog = _active(qtbot, RoundDialog)
    qtbot.waitUntil(lambda: bool(dialog.items.entries), timeout=WORKER_TIMEOUT_MS)
    _type(qtbot, "Kottbusser Tor")
    # Alt+M: the people met, female under 18 first; Tab walks the table row by row.
    _press(qtbot, Qt.Key.Key_M, ALT)
    for _ in range(4):  # across the under-18 row to 18–26, female
        _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_A, CTRL)
    _type(qtbot, "3")
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_A, CTRL)
    _type(qtbot, "5")
    assert dialog.people_total.value() == 8
    _press(qtbot, Qt.Key.Key_I, ALT)
    _press(qtbot, Qt.Key.Key_A, CTRL)
    _type(qtbot, "12")
    _press(qtbot, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(dialog.approximate.isChecked)  # after the check box's 100 ms press animation
    _press(qtbot, Qt.Key.Key_T, ALT)
    _press(qtbot, Qt.Key.Key_A, CTRL)
    _type(qtbot, "4")
    _press(qtbot, Qt.Key.Key_E, ALT)
    _type(qtbot, "40 syr, 20 condoms")
    with qtbot.waitSignal(dialog.saved, timeout=WORKER_TIMEOUT_MS):
        _press(qtbot, Qt.Key.Key_Return, CTRL)
    wait_idle(qtbot, controller.db_thread)
    [entry] = desk.street.rounds(*_today(desk))
    assert (entry.place, entry.people, entry.talks, entry.items) == ("Kottbusser Tor", 12, 4,
                                                                     {"syringes": 40, "condoms": 20})
    draft = desk.street.get_round(entry.id)
    assert draft.people == {"f:18-26": 3, "m:18-26": 5} and draft.approximate and draft.duration_minutes == 60


def test_an_activity_in_two_keystrokes(qtbot, make_controller, desk, desk_path):
    controller, window = _window(qtbot, make_controller, desk, desk_path)
    # The first time: Ctrl+Shift+A, 1 (team meeting), the duration, Ctrl+Enter.
    _press(qtbot, Qt.Key.Key_A, CTRL | SHIFT)
    dialog = _active(qtbot, ActivityDialog)
    _press(qtbot, Qt.Key.Key_1)
    assert dialog.kind() == "team_meeting"
    _press(qtbot, Qt.Key.Key_D, ALT)
    _press(qtbot, Qt.Key.Key_A, CTRL)
    _type(qtbot, "90")
    with qtbot.waitSignal(dialog.saved, timeout=WORKER_TIMEOUT_MS):
        _press(qtbot, Qt.Key.Key_Return, CTRL)
    wait_idle(qtbot, controller.db_thread)
    qtbot.waitUntil(lambda: is_closed(dialog))
    # The next one of the same kind: two keystrokes.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WORKER_TIMEOUT_MS)
    _press(qtbot, Qt.Key.Key_A, CTRL | SHIFT)
    dialog = _active(qtbot, ActivityDialog)
    assert (dialog.kind(), dialog.duration.value()) == ("team_meeting", 90)
    with qtbot.waitSignal(dialog.saved, timeout=WORKER_TIMEOUT_MS):
        _press(qtbot, Qt.Key.Key_Return, CTRL)
    wait_idle(qtbot, controller.db_thread)
    entries = desk.street.activities(*_today(desk))
    assert [(entry.kind, entry.duration_minutes) for entry in entries] == [("team_meeting", 90)] * 2


def test_a_code_persons_file_has_no_case_card_or_plan_and_edits_the_code(qtbot, make_controller, desk, desk_path):
    from casedesk.ui.street import CodePersonDialog

    person = desk.street.create_code_person(CodePersonDraft(code="KM71m", alias="Kalle", sex="m", birth_year=1971))
    controller, window = _window(qtbot, make_controller, desk, desk_path)
    window.show_client(person)
    wait_idle(qtbot, controller.db_thread)
    client_file = window.client_file
    qtbot.waitUntil(lambda: client_file.details is not None, timeout=WORKER_TIMEOUT_MS)
    shown = {key for key, tab in client_file.tabs.items() if client_file.isTabVisible(client_file.indexOf(tab))}
    assert shown == {"overview", "contacts", "tasks"}
    _press(qtbot, Qt.Key.Key_E, CTRL)
    dialog = _active(qtbot, CodePersonDialog)
    wait_idle(qtbot, controller.db_thread)
    assert (dialog.form.value("code"), dialog.form.value("birth_year")) == ("KM71m", 1971)
    dialog.form.widgets["code"].selectAll()
    _type(qtbot, "KM72m")
    with qtbot.waitSignal(dialog.saved, timeout=WORKER_TIMEOUT_MS):
        _press(qtbot, Qt.Key.Key_Return)
    wait_idle(qtbot, controller.db_thread)
    assert desk.street.code_person(person) == CodePersonDraft("KM72m", "Kalle", "m", 1971, "")


def test_a_team_lead_keeps_the_item_list_and_the_quick_capture_reads_it(qtbot, make_controller, desk, desk_path):
    from dataclasses import replace

    from casedesk.domain import Role
    from casedesk.ui.items_dialog import ItemNameDialog, ItemsDialog

    desk.identity = replace(desk.identity, role=Role.TEAM_LEAD.value)
    controller, window = _window(qtbot, make_controller, desk, desk_path)
    assert window.street_items_action in window.tools_menu.actions()
    window.street_items_action.trigger()
    dialog = _active(qtbot, ItemsDialog)
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 12, timeout=WORKER_TIMEOUT_MS)
    _press(qtbot, Qt.Key.Key_A, ALT)  # a new item of the team's own
    name = _active(qtbot, ItemNameDialog)
    _type(qtbot, "Heat pads")  # QTest types ASCII only
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(name))
    wait_idle(qtbot, controller.db_thread)
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 13, timeout=WORKER_TIMEOUT_MS)
    assert dialog.current_entry().label == "Heat pads"
    dialog.list.setCurrentItem(dialog.list.topLevelItem(4))  # pipes
    with qtbot.waitSignal(dialog.items_loaded, timeout=WORKER_TIMEOUT_MS):
        _press(qtbot, Qt.Key.Key_T, ALT)
    wait_idle(qtbot, controller.db_thread)
    assert [entry.code for entry in desk.street.item_list()].count("pipes") == 0
    dialog.done(0)

    capture = window.open_quick_capture()
    qtbot.waitUntil(lambda: len(capture.items.entries) == 12, timeout=WORKER_TIMEOUT_MS)
    capture.items.line.setText("2 heat 1 pipes")
    assert capture.items.problem() == "“pipes” is no item on the team's list."
    capture.items.line.setText("2 heat pad")
    assert list(capture.items.items().values()) == [2]
    capture.done(0)
    wait_idle(qtbot, controller.db_thread)


def test_a_half_counted_round_survives_the_lock(qtbot, make_controller, desk, desk_path, passphrase):
    controller, window = _window(qtbot, make_controller, desk, desk_path)
    dialog = window.open_round_dialog()
    dialog.place.setText("Görlitzer Park")
    dialog.cells["m:27-39"].setValue(4)
    dialog.items.line.setText("20 syr")
    window.lock_action.trigger()
    qtbot.waitUntil(lambda: controller.is_locked and controller.unlock_dialog is not None, timeout=WORKER_TIMEOUT_MS)
    wait_idle(qtbot, controller.db_thread)
    unlock = controller.unlock_dialog
    qtbot.keyClicks(unlock.passphrase, passphrase)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WORKER_TIMEOUT_MS)
    wait_idle(qtbot, controller.db_thread)
    back = visible_dialog(qtbot, RoundDialog)
    assert (back.place.text(), back.cells["m:27-39"].value(), back.people_total.value()) == ("Görlitzer Park", 4, 4)
    assert back.items.line.text() == "20 syr"
    back.done(0)
    wait_idle(qtbot, controller.db_thread)


def test_a_code_person_is_made_a_client_from_the_keyboard(qtbot, make_controller, desk, desk_path):
    from casedesk.ui.client_dialog import ClientDialog
    from casedesk.ui.street import CodePersonDialog

    person = desk.street.create_code_person(CodePersonDraft(code="KM71m", alias="Kalle", sex="m", birth_year=1971))
    controller, window = _window(qtbot, make_controller, desk, desk_path)
    window.show_client(person)
    wait_idle(qtbot, controller.db_thread)
    client_file = window.client_file
    qtbot.waitUntil(lambda: client_file.details is not None, timeout=WORKER_TIMEOUT_MS)
    _press(qtbot, Qt.Key.Key_E, CTRL)
    code_dialog = _active(qtbot, CodePersonDialog)
    wait_idle(qtbot, controller.db_thread)
    _press(qtbot, Qt.Key.Key_L, ALT)
    dialog = _active(qtbot, ClientDialog)
    wait_idle(qtbot, controller.db_thread)
    assert is_closed(code_dialog)
    qtbot.waitUntil(lambda: dialog.form.value("alias") == "Kalle", timeout=WORKER_TIMEOUT_MS)
    _type(qtbot, "Karl")
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Meier")
    with qtbot.waitSignal(dialog.client_saved, timeout=WORKER_TIMEOUT_MS):
        _press(qtbot, Qt.Key.Key_Return)
    wait_idle(qtbot, controller.db_thread)
    details = desk.clients.get(person)
    assert (details.display_name, details.is_code_person, details.phase) == ("Karl Meier „Kalle“", False,
                                                                            "clarification")
    qtbot.waitUntil(lambda: all(client_file.isTabVisible(index) for index in range(client_file.count())),
                    timeout=WORKER_TIMEOUT_MS)
