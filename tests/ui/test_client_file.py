"""The client file from the keyboard: registered tabs, phase changes on purpose, forms that never
drop what was typed, and change sets that bring in what others wrote."""

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import WORKER_TIMEOUT_MS, add_clients, is_closed, open_main_window, wait_idle

from casedesk.domain import Phase
from casedesk.services.dto import ContactDraft
from casedesk.ui import messages
from casedesk.ui.client_dialog import ClientDialog
from casedesk.ui.client_file import CLIENT_FILE_TABS
from casedesk.ui.episode_dialogs import PhaseDialog

Yes, No = messages.StandardButton.Yes, messages.StandardButton.No


def _visible(kind):
    return next(widget for widget in QApplication.topLevelWidgets() if isinstance(widget, kind) and widget.isVisible())



def _open(qtbot, make_controller, desk, desk_path):
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    return controller, controller.main_window


def _unlock(qtbot, controller, passphrase):
    qtbot.waitUntil(lambda: controller.is_locked and controller.unlock_dialog is not None, timeout=WORKER_TIMEOUT_MS)
    wait_idle(qtbot, controller.db_thread)
    dialog = controller.unlock_dialog
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WORKER_TIMEOUT_MS)
    wait_idle(qtbot, controller.db_thread)


def test_arrow_keys_never_change_the_phase_the_dialog_asks_for_a_reason_and_leaves_closing_to_its_own_dialog(
        qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    desk.clients.set_phase(ids["kalle"], Phase.MONITORING.value)
    controller, window = _open(qtbot, make_controller, desk, desk_path)
    window.show_client(ids["kalle"])
    wait_idle(qtbot, controller.db_thread)
    overview = window.client_file.overview
    overview.phase_button.setFocus()
    qtbot.keyClick(overview.phase_button, Qt.Key.Key_Down)
    qtbot.keyClick(overview.phase_button, Qt.Key.Key_Down)
    wait_idle(qtbot, controller.db_thread)
    assert desk.clients.get(ids["kalle"]).phase == Phase.MONITORING.value

    qtbot.keyClick(overview.phase_button, Qt.Key.Key_Space)
    dialog = _visible(PhaseDialog)
    choice = dialog.form.widgets["phase"]
    offered = [choice.itemData(index) for index in range(choice.count())]
    assert Phase.CLOSED.value not in offered, "closing asks for a reason from the list in its own dialog"
    choice.setFocus()
    while choice.currentData() != Phase.EVALUATION.value:
        qtbot.keyClick(choice, Qt.Key.Key_Down)
    wait_idle(qtbot, controller.db_thread)
    assert desk.clients.get(ids["kalle"]).phase == Phase.MONITORING.value, "choosing is not saving"

    qtbot.keyClick(dialog.form.widgets["phase"], Qt.Key.Key_Return)
    wait_idle(qtbot, controller.db_thread)
    assert dialog.isVisible()
    assert dialog.form.problem_labels["reason"].isVisibleTo(dialog), "a phase change needs a reason"
    qtbot.keyClicks(dialog.form.widgets["reason"], "Goals reached, time to look back")
    assert not dialog.form.problem_labels["reason"].isVisibleTo(dialog), "the stale problem goes once typed"

    qtbot.keyClick(dialog.form.widgets["phase"], Qt.Key.Key_Return)
    wait_idle(qtbot, controller.db_thread)
    qtbot.waitUntil(lambda: is_closed(dialog))
    assert desk.clients.get(ids["kalle"]).phase == Phase.EVALUATION.value
    history = desk.clients.phase_history(ids["kalle"])
    assert (history[0].phase, history[0].reason) == (Phase.EVALUATION.value, "Goals reached, time to look back")
    qtbot.waitUntil(lambda: overview.phase_history.topLevelItemCount() == len(history))
    assert overview.phase_history.topLevelItem(0).text(3) == "Goals reached, time to look back"


@pytest.mark.parametrize("kind", ["new", "busy", "erased"])
def test_every_tab_opens_and_survives_a_lock(qtbot, make_controller, desk, desk_path, passphrase, kind):
    ids = add_clients(desk)
    client_id = ids["kalle"]
    if kind == "busy":
        for day in range(1, 30):
            desk.contacts.record(ContactDraft(client_id=client_id, type="street", note=f"Kontakt {day}",
                                              occurred_at=desk.clients.get(client_id).created_at.replace(day=1)))
        desk.tasks.create(client_id, "Jobcenter anrufen", None)
    if kind == "erased":
        desk.erasure.erase_client(client_id)
    controller, window = _open(qtbot, make_controller, desk, desk_path)
    window.show_client(client_id)
    wait_idle(qtbot, controller.db_thread)
    for tab_class in CLIENT_FILE_TABS:
        window.client_file.show_tab(tab_class.KEY)
        wait_idle(qtbot, controller.db_thread)
        qtbot.waitUntil(lambda: not window.client_file.is_loading)
        assert window.client_file.current_tab_key() == tab_class.KEY
    last_key = CLIENT_FILE_TABS[-1].KEY
    controller.lock()
    _unlock(qtbot, controller, passphrase)
    assert controller.main_window.client_file.current_tab_key() == last_key


def test_a_typed_date_of_birth_is_kept_and_the_calendar_opens_at_today(qtbot, make_controller, desk, desk_path):
    controller, window = _open(qtbot, make_controller, desk, desk_path)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = _visible(ClientDialog)
    qtbot.keyClicks(dialog.form.widgets["first_name"], "Kalle")
    birth = dialog.form.widgets["birth_date"]
    qtbot.keyClicks(birth.line, "15.03.1980")
    qtbot.keyClick(birth.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = birth._menu.actions()[0].defaultWidget()
    assert calendar.selectedDate().toPython() == date(1980, 3, 15)
    birth._menu.close()
    birth.line.clear()
    qtbot.keyClick(birth.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert birth._menu.actions()[0].defaultWidget().selectedDate().toPython() == date.today()
    birth._menu.close()
    qtbot.keyClicks(birth.line, "15031980")
    qtbot.keyClick(dialog.form.widgets["first_name"], Qt.Key.Key_Return)
    wait_idle(qtbot, controller.db_thread)
    qtbot.waitUntil(lambda: is_closed(dialog))
    client_id = window.current_client_id()
    assert desk.clients.get(client_id).draft.birth_date == date(1980, 3, 15)


def test_an_unreadable_date_is_shown_at_its_field_and_nothing_is_saved(qtbot, make_controller, desk, desk_path):
    controller, window = _open(qtbot, make_controller, desk, desk_path)
    dialog = window.open_new_client_dialog()
    qtbot.keyClicks(dialog.form.widgets["first_name"], "Kalle")
    qtbot.keyClicks(dialog.form.widgets["birth_date"].line, "31.02.19")
    qtbot.keyClick(dialog.form.widgets["first_name"], Qt.Key.Key_Return)
    wait_idle(qtbot, controller.db_thread)
    assert dialog.isVisible()
    assert dialog.form.problem_labels["birth_date"].isVisibleTo(dialog)
    assert desk.clients.list() == [] or all(c.display_name != "Kalle" for c in desk.clients.list())


def test_escape_and_ctrl_e_in_a_text_field(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    controller, window = _open(qtbot, make_controller, desk, desk_path)
    window.show_client(ids["kalle"])
    wait_idle(qtbot, controller.db_thread)
    window.activateWindow()
    window.focus_search()
    qtbot.keyClick(window.client_list.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, controller.db_thread)
    dialog = _visible(ClientDialog)
    alias = dialog.form.widgets["alias"]
    qtbot.keyClicks(alias, "Der Lange")
    messages.set_next_answer(No)
    qtbot.keyClick(alias, Qt.Key.Key_Escape)
    assert dialog.isVisible(), "Escape after an edit asks, and No keeps the dialog"
    messages.set_next_answer(Yes)
    qtbot.keyClick(alias, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: is_closed(dialog))
    assert desk.clients.get(ids["kalle"]).draft.alias != "Der Lange"


def test_quitting_over_an_unsaved_card_asks(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    controller, window = _open(qtbot, make_controller, desk, desk_path)
    window.show_client(ids["kalle"], "relapse_card")
    wait_idle(qtbot, controller.db_thread)
    qtbot.waitUntil(lambda: not window.client_file.is_loading)
    editor = window.client_file.relapse_card
    qtbot.keyClicks(editor.situation_boxes[0].whom_to_turn_to, "Streetwork Nord")
    assert editor.has_unsaved_changes()
    messages.set_next_answer(messages.StandardButton.Cancel)
    messages.set_next_answer(No)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, controller.db_thread)
    assert controller.main_window is window and window.isVisible()


def test_the_auto_lock_parks_a_half_written_card_and_a_form_and_offers_them_back(
        qtbot, make_controller, desk, desk_path, passphrase):
    ids = add_clients(desk)
    controller, window = _open(qtbot, make_controller, desk, desk_path)
    window.show_client(ids["kalle"], "relapse_card")
    wait_idle(qtbot, controller.db_thread)
    qtbot.waitUntil(lambda: not window.client_file.is_loading)
    qtbot.keyClicks(window.client_file.relapse_card.situation_boxes[0].whom_to_turn_to, "Streetwork Nord")
    dialog = window.client_file.open_release_dialog()
    qtbot.keyClicks(dialog.form.widgets["helper"], "Jobcenter Mitte")
    controller.lock()
    _unlock(qtbot, controller, passphrase)
    window = controller.main_window
    qtbot.waitUntil(lambda: window.client_file is not None and not window.client_file.is_loading)
    wait_idle(qtbot, controller.db_thread)
    editor = window.client_file.relapse_card
    qtbot.waitUntil(lambda: editor.situation_boxes[0].whom_to_turn_to.text() == "Streetwork Nord")
    assert editor.has_unsaved_changes()
    release = next(d for d in window.client_file.findChildren(type(dialog)) if d.isVisible())
    assert release.form.widgets["helper"].text() == "Jobcenter Mitte"
    assert desk_is_clean_of_parked(qtbot, controller)


def desk_is_clean_of_parked(qtbot, controller) -> bool:
    result = []
    controller.desk_handle.op(None, lambda desk: desk.drafts.parked()).success(result.append).run()
    wait_idle(qtbot, controller.db_thread)
    return result == [[]]


def test_a_card_version_written_elsewhere_shows_without_reopening(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    client_id = ids["kalle"]
    desk.cards.save(client_id, desk.cards.new_card_draft(client_id))
    controller, window = _open(qtbot, make_controller, desk, desk_path)
    window.show_client(client_id, "relapse_card")
    wait_idle(qtbot, controller.db_thread)
    editor = window.client_file.relapse_card
    qtbot.waitUntil(lambda: editor.version_combo.count() == 1)
    before = editor.version_combo.count()

    def save_elsewhere(desk_):
        draft = desk_.cards.current(client_id).draft
        desk_.cards.save(client_id, replace(draft, large_print=not draft.large_print))

    # No initiating widget: as a sync's changes arrive.
    controller.desk_handle.op(None, save_elsewhere).run()
    wait_idle(qtbot, controller.db_thread)
    qtbot.waitUntil(lambda: editor.version_combo.count() == before + 1, timeout=WORKER_TIMEOUT_MS)


def test_the_timeline_is_reached_with_tab_and_a_contact_is_corrected_deleted_and_restored(
        qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    client_id = ids["kalle"]
    desk.contacts.record(ContactDraft(client_id=client_id, type="street", note="Am Bahnhof getroffen"))
    controller, window = _open(qtbot, make_controller, desk, desk_path)
    window.show_client(client_id, "contacts")
    wait_idle(qtbot, controller.db_thread)
    contacts = window.client_file.contacts
    qtbot.waitUntil(lambda: contacts.timeline.topLevelItemCount() == 1)
    window.activateWindow()
    window.client_file.tabBar().setFocus()
    qtbot.keyClick(window.client_file.tabBar(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is contacts.timeline
    qtbot.keyClick(contacts.timeline, Qt.Key.Key_Down)
    assert contacts.current_contact_id()

    messages.set_next_answer(Yes)
    contacts.delete_button.setFocus()
    qtbot.keyClick(contacts.delete_button, Qt.Key.Key_Space)
    wait_idle(qtbot, controller.db_thread)
    qtbot.waitUntil(lambda: contacts.timeline.topLevelItemCount() == 0)
    assert desk.contacts.timeline(client_id) == []
    assert contacts.undo_button.isVisibleTo(contacts)
    qtbot.keyClick(contacts.undo_button, Qt.Key.Key_Space)
    wait_idle(qtbot, controller.db_thread)
    qtbot.waitUntil(lambda: contacts.timeline.topLevelItemCount() == 1)
    assert len(desk.contacts.timeline(client_id)) == 1


def test_the_auto_lock_parks_a_half_typed_quick_capture_note_and_offers_it_back(
        qtbot, make_controller, desk, desk_path, passphrase):
    from casedesk.ui.quick_capture import QuickCaptureDialog

    ids = add_clients(desk)
    controller, window = _open(qtbot, make_controller, desk, desk_path)
    window.show_client(ids["kalle"])
    wait_idle(qtbot, controller.db_thread)
    capture = window.open_quick_capture()
    qtbot.waitUntil(lambda: capture.clients_loaded, timeout=WORKER_TIMEOUT_MS)
    qtbot.keyClicks(capture.note, "Wirkte erschoepft, will morgen zur Notschlafstelle")
    controller.lock()
    _unlock(qtbot, controller, passphrase)
    qtbot.waitUntil(lambda: any(isinstance(w, QuickCaptureDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=WORKER_TIMEOUT_MS)
    restored = _visible(QuickCaptureDialog)
    qtbot.waitUntil(lambda: restored.clients_loaded, timeout=WORKER_TIMEOUT_MS)
    assert restored.note.toPlainText() == "Wirkte erschoepft, will morgen zur Notschlafstelle"
    assert "Kalle" in restored.client.text()
    assert desk_is_clean_of_parked(qtbot, controller)
