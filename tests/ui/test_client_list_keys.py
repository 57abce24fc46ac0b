"""The client list from the keyboard: from the search field into the hits and open one; note hits
ranked after name hits and saying so; pages loaded as the worker scrolls."""

from datetime import timedelta

from PySide6.QtCore import Qt
from ui_helpers import WORKER_TIMEOUT_MS, add_clients, open_main_window, wait_idle

from casedesk.models import local_now
from casedesk.services.clients import LIST_PAGE_SIZE
from casedesk.services.dto import ClientDraft, ContactDraft
from casedesk.ui.client_list import ClientListModel


def open_window(qtbot, make_controller, desk, desk_path):
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    window.focus_search()
    qtbot.waitUntil(window.client_list.search.hasFocus, timeout=WORKER_TIMEOUT_MS)
    return controller, window


def shown_client(window) -> str:
    return window.current_client_id()


def test_down_in_the_search_field_goes_to_the_first_hit_and_shows_it(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    client_list = window.client_list
    qtbot.keyClicks(client_list.search, "Mett")
    qtbot.keyClick(client_list.search, Qt.Key.Key_Down)  # before the hits for "Mett" have arrived
    qtbot.waitUntil(lambda: shown_client(window) == ids["mette"], timeout=WORKER_TIMEOUT_MS)
    assert client_list.view.hasFocus()
    assert client_list.selected_client_id() == ids["mette"]
    wait_idle(qtbot, controller.db_thread)


def test_up_on_the_first_hit_goes_back_to_the_search_field(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    client_list = window.client_list
    wait_idle(qtbot, controller.db_thread)
    qtbot.keyClick(client_list.search, Qt.Key.Key_Down)
    qtbot.waitUntil(client_list.view.hasFocus, timeout=WORKER_TIMEOUT_MS)
    qtbot.keyClick(client_list.view, Qt.Key.Key_Down)
    assert client_list.selected_client_id() == ids["kalle"]  # Jonas, Karl, Mette
    qtbot.keyClick(client_list.view, Qt.Key.Key_Up)
    assert client_list.view.hasFocus()
    qtbot.keyClick(client_list.view, Qt.Key.Key_Up)
    qtbot.waitUntil(client_list.search.hasFocus, timeout=WORKER_TIMEOUT_MS)
    qtbot.keyClicks(client_list.search, "Kal")  # typing goes on where it left off
    assert client_list.search.text() == "Kal"
    wait_idle(qtbot, controller.db_thread)


def test_return_in_the_search_field_opens_the_hit_for_what_was_just_typed(qtbot, make_controller, desk,
                                                                        desk_path):
    ids = add_clients(desk)
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    client_list = window.client_list
    wait_idle(qtbot, controller.db_thread)
    with qtbot.waitSignal(client_list.client_activated, timeout=WORKER_TIMEOUT_MS) as activated:
        qtbot.keyClicks(client_list.search, "Kalle")
        qtbot.keyClick(client_list.search, Qt.Key.Key_Return)  # within the typing pause
    assert activated.args == [ids["kalle"]]
    assert shown_client(window) == ids["kalle"]
    wait_idle(qtbot, controller.db_thread)


def test_return_opens_the_current_hit_and_does_nothing_without_hits(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    client_list = window.client_list
    wait_idle(qtbot, controller.db_thread)
    qtbot.keyClick(client_list.search, Qt.Key.Key_Down)
    qtbot.keyClick(client_list.view, Qt.Key.Key_Down)  # Jonas, Karl, Mette: Karl is current
    client_list.search.setFocus()  # the worker clicks back into the search field
    with qtbot.waitSignal(client_list.client_activated, timeout=WORKER_TIMEOUT_MS) as activated:
        qtbot.keyClick(client_list.search, Qt.Key.Key_Return)
    assert activated.args == [ids["kalle"]]

    qtbot.keyClicks(client_list.search, "Niemand")
    with qtbot.assertNotEmitted(client_list.client_activated, wait=300):
        qtbot.keyClick(client_list.search, Qt.Key.Key_Return)
        wait_idle(qtbot, controller.db_thread)
    assert client_list.model.rowCount() == 0
    wait_idle(qtbot, controller.db_thread)


def test_note_hits_come_after_name_hits_and_say_why_they_matched(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    wendel = desk.clients.create(ClientDraft(first_name="Zora", last_name="Wendel"))
    desk.contacts.record(ContactDraft(client_id=ids["jonas"], occurred_at=local_now() - timedelta(hours=1),
                                      note="Hat Frau Wendel am Bahnhof getroffen"))
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    client_list = window.client_list
    qtbot.keyClicks(client_list.search, "Wendel")
    qtbot.keyClick(client_list.search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: shown_client(window) == wendel, timeout=WORKER_TIMEOUT_MS)  # "Jonas" sorts first
    qtbot.keyClick(client_list.view, Qt.Key.Key_Down)
    assert shown_client(window) == ids["jonas"]
    model = client_list.model
    assert model.data(model.index(0, ClientListModel.NAME)) == "Zora Wendel"
    assert model.data(model.index(1, ClientListModel.NAME)) == "Jonas Albrecht — found in a note"
    assert "contact note" in model.data(model.index(1, ClientListModel.NAME), Qt.ItemDataRole.ToolTipRole)
    wait_idle(qtbot, controller.db_thread)


def test_the_list_loads_the_next_page_as_the_worker_scrolls_to_the_end(qtbot, make_controller, desk, desk_path):
    created = [desk.clients.create(ClientDraft(first_name=f"Klient{index:02}")) for index in range(LIST_PAGE_SIZE + 5)]
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    client_list = window.client_list
    wait_idle(qtbot, controller.db_thread)
    assert client_list.model.rowCount() == LIST_PAGE_SIZE  # the first page only
    qtbot.keyClick(client_list.search, Qt.Key.Key_Down)
    qtbot.keyClick(client_list.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: client_list.model.rowCount() == len(created), timeout=WORKER_TIMEOUT_MS)
    qtbot.keyClick(client_list.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert client_list.selected_client_id() == created[-1]
    assert [client.id for client in client_list.model.clients()] == created
    wait_idle(qtbot, controller.db_thread)


def test_a_client_beyond_the_first_page_is_selected_once_its_page_is_loaded(qtbot, make_controller, desk,
                                                                          desk_path):
    created = [desk.clients.create(ClientDraft(first_name=f"Klient{index:02}")) for index in range(LIST_PAGE_SIZE + 5)]
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    client_list = window.client_list
    wait_idle(qtbot, controller.db_thread)
    client_list.select_client(created[-2])
    qtbot.waitUntil(lambda: client_list.selected_client_id() == created[-2], timeout=WORKER_TIMEOUT_MS)
    # and again after a refresh, which starts from the first page
    client_list.refresh()
    wait_idle(qtbot, controller.db_thread)
    assert client_list.selected_client_id() == created[-2]
    wait_idle(qtbot, controller.db_thread)
