"""Case actions in the client file: hand over, deputy, and GDPR erasure with a typed confirmation."""

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import update
from ui_helpers import WORKER_TIMEOUT_MS, add_clients, open_main_window, wait_idle

from casedesk.domain import ClientStatus
from casedesk.models import Contact, Worker
from casedesk.services.dto import ClientFilter, ContactDraft
from casedesk.ui import messages
from casedesk.ui.erasure import ErasureDialog
from casedesk.ui.handover_dialog import DEFAULT_PERIOD_DAYS, HandoverDialog

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


def test_a_deputy_is_named_for_a_period_from_the_keyboard(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    controller, _window, client_file = open_client(qtbot, make_controller, desk, desk_path, ids["kalle"])
    today = date.today()

    dialog = client_file.open_deputy_dialog()
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=WORKER_TIMEOUT_MS)
    dialog.workers.setFocus()
    qtbot.keyClick(dialog.workers, Qt.Key.Key_Down)  # "No deputy" -> Ben Olsen
    assert dialog.chosen_worker_id() == "w-ben"
    assert dialog.period() == (today, today + timedelta(days=DEFAULT_PERIOD_DAYS))
    with qtbot.waitSignal(client_file.deputy_changed, timeout=WORKER_TIMEOUT_MS):
        qtbot.keyClick(dialog.workers, Qt.Key.Key_Return)
    wait_idle(qtbot, controller.db_thread)
    assignment = desk.workers.assignment(ids["kalle"])
    assert (assignment.deputy_worker_id, assignment.deputy_from, assignment.deputy_until) == (
        "w-ben", today, today + timedelta(days=DEFAULT_PERIOD_DAYS))

    # Reopened, the dialog shows the period; the deputy stays until further notice now.
    dialog = client_file.open_deputy_dialog()
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=WORKER_TIMEOUT_MS)
    assert dialog.period() == (today, today + timedelta(days=DEFAULT_PERIOD_DAYS))
    dialog.open_ended.setFocus()
    qtbot.keyClick(dialog.open_ended, Qt.Key.Key_Space)
    assert not dialog.ends_on.isEnabled()
    with qtbot.waitSignal(client_file.deputy_changed, timeout=WORKER_TIMEOUT_MS):
        qtbot.keyClick(dialog.workers, Qt.Key.Key_Return)
    wait_idle(qtbot, controller.db_thread)
    assert desk.workers.assignment(ids["kalle"]).deputy_until is None


def test_a_handover_carries_the_note_typed_for_the_new_case_manager(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    controller, _window, client_file = open_client(qtbot, make_controller, desk, desk_path, ids["mette"])
    dialog = client_file.open_handover_dialog()
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=WORKER_TIMEOUT_MS)
    dialog.workers.setCurrentIndex(dialog.workers.findData("w-clara"))
    dialog.note.setFocus()
    qtbot.keyClicks(dialog.note, "Termin beim Jobcenter am Montag, sie bringt den Ausweis mit.")
    messages.set_next_answer(messages.StandardButton.Yes)
    with qtbot.waitSignal(client_file.handed_over, timeout=WORKER_TIMEOUT_MS):
        dialog.ok_button.click()
    wait_idle(qtbot, controller.db_thread)
    content = desk.documents.handover_summary(ids["mette"], "de")
    assert content.handover_note == "Termin beim Jobcenter am Montag, sie bringt den Ausweis mit."


def test_while_you_were_away_shows_what_the_deputy_recorded(qtbot, make_controller, desk, desk_path):
    ids = add_clients(desk)
    _controller, window, _client_file = open_client(qtbot, make_controller, desk, desk_path, ids["kalle"])
    today = date.today()
    desk.handover.set_deputy(ids["kalle"], "w-ben", today - timedelta(days=10), today - timedelta(days=2))
    contact_id = desk.contacts.record(ContactDraft(client_id=ids["kalle"], note="Hausbesuch, alles ruhig",
                                                   occurred_at=datetime.combine(today - timedelta(days=5),
                                                                                datetime.min.time())))
    with desk.session() as session:
        session.execute(update(Contact).where(Contact.id == contact_id).values(worker_id="w-ben"))
    dialog = window.open_deputy_work_dialog()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=WORKER_TIMEOUT_MS)
    top = dialog.tree.topLevelItem(0)
    assert "Karl Meier" in top.text(0) and "Ben Olsen" in top.text(1)
    assert top.childCount() == 1 and "Hausbesuch, alles ruhig" in top.child(0).text(1)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
