"""Case actions in the client file: hand over, deputy, and GDPR erasure with a typed confirmation."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from ui_helpers import WORKER_TIMEOUT_MS, add_clients, open_main_window, wait_idle

from casedesk.domain import ClientStatus
from casedesk.models import Worker
from casedesk.services.dto import ClientFilter
from casedesk.ui import messages
from casedesk.ui.erasure import ErasureDialog
from casedesk.ui.handover_dialog import HandoverDialog

COLLEAGUES = {"w-ben": "Ben Olsen", "w-clara": "Clara Hansen"}


def listed_names(window) -> list[str]:
    """The names as the list shows them."""
    model = window.client_list.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def visible_child(parent, kind):
    return next(child for child in parent.findChildren(kind) if child.isVisible())


def open_client(qtbot, make_controller, desk, desk_path, client_id):
    with desk.session() as session:
        for worker_id, name in COLLEAGUES.items():
            session.add(Worker(id=worker_id, name=name, team="Streetwork Süd"))
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    window.show_client(client_id)
    wait_idle(qtbot, controller.db_thread)
    return controller, window, window.client_file


def test_erase_needs_the_typed_name_then_the_client_is_gone_from_list_and_search(
        qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    controller, window, client_file = open_client(qtbot, make_controller, desk, desk_path, ids["kalle"])
    assert "Karl Meier “Kalle”" in listed_names(window)

    client_file.overview.erase_action.trigger()
    dialog = visible_child(client_file, ErasureDialog)
    assert not (dialog.cancel_button.isDefault() or dialog.erase_button.isDefault())
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.typed_name, "Karl Meier")
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.typed_name, " Kalle")  # the alias's quotes need not be typed
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(client_file.erased, timeout=WORKER_TIMEOUT_MS) as erased:
        dialog.erase_button.click()
    wait_idle(qtbot, controller.db_thread)

    assert erased.args == [ids["kalle"]]
    assert "Karl Meier “Kalle”" not in listed_names(window)
    # The erased file leaves the window; Today takes its place.
    assert window.client_file is None and window.pages.currentWidget() is window.today
    details = desk.clients.get(ids["kalle"])
    assert (details.status, details.draft.first_name, details.draft.whereabouts) == (
        ClientStatus.ERASED.value, "", "")
    assert listed_names(window) == ["Jonas Albrecht", "Mette Sørensen"]
    qtbot.keyClicks(window.client_list.search, "Kalle")
    qtbot.waitUntil(lambda: listed_names(window) == [], timeout=WORKER_TIMEOUT_MS)
    wait_idle(qtbot, controller.db_thread)
    assert desk.clients.list(ClientFilter(text="Hauptbahnhof", include_closed=True)) == []


def test_cancelled_erasure_and_handover_change_nothing(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    controller, window, client_file = open_client(qtbot, make_controller, desk, desk_path, ids["jonas"])

    erasure = client_file.open_erasure_dialog()
    qtbot.keyClicks(erasure.typed_name, "Jonas Albrecht")
    qtbot.keyClick(erasure.typed_name, Qt.Key.Key_Escape)
    assert not erasure.isVisible()

    handover = client_file.open_handover_dialog()
    qtbot.waitUntil(lambda: handover.ok_button.isEnabled(), timeout=WORKER_TIMEOUT_MS)
    handover.workers.setCurrentIndex(handover.workers.findData("w-ben"))
    messages.set_next_answer(messages.StandardButton.No)
    handover.ok_button.click()
    wait_idle(qtbot, controller.db_thread)
    assert messages.shown and "Ben Olsen" in messages.shown[-1][1]
    handover.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    wait_idle(qtbot, controller.db_thread)

    details = desk.clients.get(ids["jonas"])
    assert (details.status, details.draft.first_name, details.is_mine) == (ClientStatus.ACTIVE.value, "Jonas", True)
    assert "Jonas Albrecht" in listed_names(window)


def test_handover_asks_then_the_file_shows_the_new_case_manager(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    controller, _window, client_file = open_client(qtbot, make_controller, desk, desk_path, ids["mette"])

    client_file.overview.handover_action.trigger()
    dialog = visible_child(client_file, HandoverDialog)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=WORKER_TIMEOUT_MS)
    offered = [dialog.workers.itemData(index) for index in range(dialog.workers.count())]
    assert offered == ["w-ben", "w-clara"]  # the current case manager is not offered
    dialog.workers.setCurrentIndex(dialog.workers.findData("w-clara"))
    messages.set_next_answer(messages.StandardButton.Yes)
    with qtbot.waitSignal(client_file.handed_over, timeout=WORKER_TIMEOUT_MS):
        dialog.ok_button.click()
    wait_idle(qtbot, controller.db_thread)

    assert "next sync" in messages.shown[-1][1]
    details = desk.clients.get(ids["mette"])
    assert (details.responsible_name, details.is_mine) == ("Clara Hansen", False)
    assert client_file.overview.fields["responsible"].text() == "Clara Hansen"


def test_deputy_is_named_and_removed(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    controller, _window, client_file = open_client(qtbot, make_controller, desk, desk_path, ids["kalle"])

    dialog = client_file.open_deputy_dialog()
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=WORKER_TIMEOUT_MS)
    assert dialog.chosen_worker_id() is None
    dialog.workers.setCurrentIndex(dialog.workers.findData("w-ben"))
    with qtbot.waitSignal(client_file.deputy_changed, timeout=WORKER_TIMEOUT_MS):
        dialog.ok_button.click()
    wait_idle(qtbot, controller.db_thread)
    assert client_file.overview.fields["deputy"].text() == "Ben Olsen"

    dialog = client_file.open_deputy_dialog()
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=WORKER_TIMEOUT_MS)
    assert dialog.chosen_worker_id() == "w-ben"
    dialog.workers.setCurrentIndex(0)
    with qtbot.waitSignal(client_file.deputy_changed, timeout=WORKER_TIMEOUT_MS):
        dialog.ok_button.click()
    wait_idle(qtbot, controller.db_thread)
    assert desk.clients.get(ids["kalle"]).deputy_name == ""
