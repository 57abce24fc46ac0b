"""Merging two records from the keyboard: from the duplicate review and from a client file."""

from datetime import date

from PySide6.QtCore import Qt
from ui_helpers import WORKER_TIMEOUT_MS, is_closed, open_main_window, visible_dialog, wait_idle

from casedesk.domain import ClientStatus
from casedesk.services.dto import ClientDraft, ClientFilter, ContactDraft
from casedesk.ui import messages
from casedesk.ui.duplicates import DuplicatesDialog
from casedesk.ui.merge import MergeDialog


def open_window(qtbot, make_controller, desk, desk_path):
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    return controller, controller.main_window


def test_merging_a_pair_from_the_review_list_by_keyboard(qtbot, make_controller, desk, desk_path):
    first = desk.clients.create(ClientDraft(first_name="Karl", last_name="Meier", birth_date=date(1970, 1, 1)))
    desk.clients.create(ClientDraft(first_name="Karl", last_name="Meyer", birth_date=date(1970, 6, 1), phone="0170 123"))
    desk.contacts.record(ContactDraft(client_id=first, note="am Bahnhof"))
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    window.duplicates_action.trigger()
    review = visible_dialog(qtbot, DuplicatesDialog)
    wait_idle(qtbot, controller.db_thread)
    review.table.setFocus()
    pair = review.selected()
    qtbot.keyClick(review, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: review.merge_dialog is not None and review.merge_dialog.isVisible())
    dialog = review.merge_dialog
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WORKER_TIMEOUT_MS)
    assert dialog.keep_first.isChecked() and dialog.keep_first.hasFocus()
    assert set(dialog.preview.differing) == {"last_name", "birth_date", "phone"}
    # The survivor lacks a phone: the other's is chosen; the rest stays the survivor's.
    assert dialog.survivor_id() == pair.first.id and dialog.taken_fields() == (
        {"phone"} if pair.first.id == first else set())

    # Keep the second (Alt+S), and take the first's birth date by arrow keys.
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.keep_second.isChecked)  # after the button's press animation
    goes = dialog.preview.side(dialog.other_id()).display_name
    stays = dialog.preview.side(dialog.survivor_id()).display_name
    from_first, from_second = dialog.choice_buttons("birth_date")
    from_second.setFocus()
    qtbot.keyClick(from_second, Qt.Key.Key_Left)
    assert from_first.isChecked() and "birth_date" in dialog.taken_fields()

    qtbot.keyClicks(dialog.typed_name, "Karl")
    qtbot.keyClick(dialog.typed_name, Qt.Key.Key_Return)
    assert dialog.mismatch_hint.isVisibleTo(dialog) and not dialog.merge_button.isEnabled()
    qtbot.keyClicks(dialog.typed_name, " " + goes.split()[-1])
    assert dialog.merge_button.isEnabled()
    with qtbot.waitSignal(dialog.merged, timeout=WORKER_TIMEOUT_MS) as merged:
        qtbot.keyClick(dialog.typed_name, Qt.Key.Key_Return)
    wait_idle(qtbot, controller.db_thread)
    survivor = merged.args[0]
    assert survivor == pair.second.id
    title, text = messages.shown[-1]
    assert title == "Records merged" and f"moved to {stays}" in text
    assert [client.id for client in desk.clients.list(ClientFilter(include_closed=True))] == [survivor]
    kept = desk.clients.get(survivor)
    assert kept.draft.birth_date == (date(1970, 1, 1) if pair.first.id == first else date(1970, 6, 1))
    assert len(desk.contacts.timeline(survivor)) == 1
    assert desk.clients.get(pair.first.id).status == ClientStatus.MERGED.value
    qtbot.waitUntil(lambda: window.current_client_id() == survivor)
    qtbot.waitUntil(lambda: review.table.topLevelItemCount() == 0, timeout=WORKER_TIMEOUT_MS)
    assert is_closed(dialog)


def test_a_merge_without_rights_on_both_records_is_refused_in_words(qtbot, make_controller, desk, desk_path):
    from casedesk.models import Client, Worker

    mine = desk.clients.create(ClientDraft(first_name="Karl", last_name="Meier"))
    with desk.session() as session:
        session.add(Worker(id="w-dora", name="Dora", team="Streetwork"))
    with desk.session() as session:
        theirs = Client(first_name="Karl", last_name="Meyer", responsible_worker_id="w-dora")
        session.add(theirs)
    controller, window = open_window(qtbot, make_controller, desk, desk_path)
    dialog = MergeDialog(window.desk_handle, mine, theirs.id, window)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WORKER_TIMEOUT_MS)
    qtbot.keyClicks(dialog.typed_name, "Karl Meyer")
    qtbot.keyClick(dialog.typed_name, Qt.Key.Key_Return)
    wait_idle(qtbot, controller.db_thread)
    qtbot.waitUntil(lambda: bool(messages.shown) and messages.shown[-1][0] == "Not merged")
    assert "case manager of both records" in messages.shown[-1][1]
    assert dialog.isVisible() and dialog.cancel_button.isEnabled()
    assert desk.clients.get(theirs.id).status == ClientStatus.ACTIVE.value
    dialog.done(0)


def test_the_dialog_says_when_two_open_cases_are_joined(qtbot, make_controller, desk, desk_path):
    from casedesk.domain import ClosureReason
    from casedesk.services.episodes import ClosureDraft

    first = desk.clients.create(ClientDraft(first_name="Karl", last_name="Meier"))
    second = desk.clients.create(ClientDraft(first_name="Karl", last_name="Meyer"))
    third = desk.clients.create(ClientDraft(first_name="Karl", last_name="Mayer"))
    desk.episodes.close(third, ClosureDraft(ClosureReason.MOVED.value))
    _controller, window = open_window(qtbot, make_controller, desk, desk_path)
    for other, joined in ((second, True), (third, False)):
        dialog = MergeDialog(window.desk_handle, first, other, window)
        dialog.open()
        qtbot.waitUntil(lambda dialog=dialog: dialog.preview is not None, timeout=WORKER_TIMEOUT_MS)
        assert dialog.joined_cases_note.isVisibleTo(dialog) is joined
        assert "joined into one case" in dialog.joined_cases_note.text()
        qtbot.keyClick(dialog.typed_name, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda dialog=dialog: is_closed(dialog))


def test_the_records_counts_take_their_plural_in_german(qtbot, make_controller, desk, desk_path, qapp):
    from casedesk.ui.app import install_translations

    first = desk.clients.create(ClientDraft(first_name="Karl", last_name="Meier"))
    second = desk.clients.create(ClientDraft(first_name="Karl", last_name="Meyer"))
    desk.contacts.record(ContactDraft(client_id=second, note="am Bahnhof"))
    desk.contacts.record(ContactDraft(client_id=second, note="im Büro"))
    translators = install_translations(qapp, "de")
    try:
        _controller, window = open_window(qtbot, make_controller, desk, desk_path)
        dialog = MergeDialog(window.desk_handle, first, second, window)
        dialog.open()
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WORKER_TIMEOUT_MS)
        assert "0 Kontakte, 1 Fall, 0 Aufgaben" in dialog.keep_first.text()
        assert "2 Kontakte, 1 Fall, 0 Aufgaben" in dialog.keep_second.text()
        qtbot.keyClick(dialog.typed_name, Qt.Key.Key_Escape)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
