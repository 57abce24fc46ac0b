"""Merging from a client file by keyboard: More › Merge with…, find the other record, confirm."""

from PySide6.QtCore import Qt
from ui_helpers import WORKER_TIMEOUT_MS, open_main_window, visible_dialog, wait_idle

from casedesk.domain import ClientStatus
from casedesk.services.dto import ClientDraft
from casedesk.ui.merge import MergeDialog, MergePartnerDialog


def open_window(qtbot, make_controller, desk, desk_path):
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    return controller, controller.main_window


def test_merge_with_from_a_client_file(qtbot, make_controller, desk, desk_path):
    mine = desk.clients.create(ClientDraft(first_name="Mette", last_name="Holm"))
    other = desk.clients.create(ClientDraft(first_name="Mette", last_name="Holm-Jensen", alias="Mus"))
    desk.clients.create(ClientDraft(first_name="Jonas", last_name="Albrecht"))
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    window.show_client(mine)
    qtbot.waitUntil(lambda: window.client_file is not None and window.client_file.details is not None,
                    timeout=WORKER_TIMEOUT_MS)
    window.client_file.overview.merge_action.trigger()
    partner = visible_dialog(qtbot, MergePartnerDialog)
    with qtbot.waitSignal(partner.searched, timeout=WORKER_TIMEOUT_MS):
        qtbot.keyClicks(partner.search, "Jensen")
    assert partner.results.count() == 1
    qtbot.keyClick(partner.search, Qt.Key.Key_Return)
    dialog = visible_dialog(qtbot, MergeDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WORKER_TIMEOUT_MS)
    assert dialog.survivor_id() == mine and dialog.taken_fields() == {"alias"}
    qtbot.keyClicks(dialog.typed_name, "Mette Holm-Jensen Mus")
    with qtbot.waitSignal(dialog.merged, timeout=WORKER_TIMEOUT_MS):
        qtbot.keyClick(dialog.typed_name, Qt.Key.Key_Return)
    wait_idle(qtbot, controller.db_thread)
    assert desk.clients.get(mine).draft.alias == "Mus"
    assert desk.clients.get(other).status == ClientStatus.MERGED.value
    assert window.current_client_id() == mine


def test_a_merged_records_file_says_so_and_offers_nothing(qtbot, make_controller, desk, desk_path):
    from casedesk.services.merge import MergeService

    stays = desk.clients.create(ClientDraft(first_name="Mette", last_name="Holm"))
    goes = desk.clients.create(ClientDraft(first_name="Mette", last_name="Holm-Jensen"))
    MergeService(desk).merge(stays, goes)
    _controller, window = open_window(qtbot, make_controller, desk, desk_path)
    window.show_client(goes)
    qtbot.waitUntil(lambda: window.client_file is not None and window.client_file.details is not None,
                    timeout=WORKER_TIMEOUT_MS)
    overview = window.client_file.overview
    qtbot.waitUntil(lambda: overview.details is not None, timeout=WORKER_TIMEOUT_MS)
    assert overview.status_note.isVisibleTo(overview) and "merged" in overview.status_note.text()
    assert not overview.merge_action.isEnabled() and not overview.edit_button.isEnabled()
