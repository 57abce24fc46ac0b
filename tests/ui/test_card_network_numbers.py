"""The relapse card offers the numbers of the client's network, driven from the keyboard: "From
network…" adds a person's name and number (strong ties first, none broken off, none twice, none
past a full card), "whom to turn to" completes a person with their number, and the editor's live
fit check measures what was added."""

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton
from pytestqt.qtbot import QtBot
from ui_helpers import WORKER_TIMEOUT_MS

from casedesk.domain import TieQuality, TieStrength
from casedesk.services.cards import MAX_NUMBERS, NumberDraft
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft
from casedesk.services.network import PersonDraft
from casedesk.ui.desk_thread import DatabaseThread, DeskHandle
from casedesk.ui.relapse_card_editor import RelapseCardEditor

LONG_NAME = ("Maximiliane Sabine " * 12)[:200].strip()
LONG_ROLE = ("Schwester der Mutter aus Oberhausen " * 6)[:200].strip()


@pytest.fixture
def desk_handle(db_thread: DatabaseThread, desk: Desk) -> Iterator[DeskHandle]:
    yield DeskHandle(db_thread, desk)


def _idle(qtbot: QtBot, db_thread: DatabaseThread, editor: RelapseCardEditor) -> None:
    qtbot.waitUntil(lambda: db_thread.pending == 0 and not editor.fit_check_pending, timeout=WORKER_TIMEOUT_MS)
    qtbot.waitUntil(lambda: db_thread.pending == 0, timeout=WORKER_TIMEOUT_MS)


def _client_with_network(desk: Desk) -> str:
    client_id = desk.clients.create(ClientDraft(first_name="Karl", alias="Kalle", languages="de"))
    for name, relationship, strength, quality, phone in (
            ("Peter", "Freund", TieStrength.WEAK.value, TieQuality.SUPPORTIVE.value, "0170 3"),
            ("Sabine", "Schwester", TieStrength.STRONG.value, TieQuality.SUPPORTIVE.value, "0171 222 333"),
            ("Vater", "", TieStrength.STRONG.value, TieQuality.BROKEN_OFF.value, "0172 9"),
            ("Micha", "Kumpel", TieStrength.STRONG.value, TieQuality.STRESSFUL.value, ""),
            (LONG_NAME, LONG_ROLE, TieStrength.MEDIUM.value, TieQuality.SUPPORTIVE.value, "0160 444 555 666")):
        desk.network.add_person(client_id, PersonDraft(name=name, relationship=relationship, strength=strength,
                                                       quality=quality, phone=phone))
    return client_id


def _open_editor(qtbot: QtBot, desk_handle: DeskHandle, client_id: str) -> RelapseCardEditor:
    editor = RelapseCardEditor(desk_handle)
    qtbot.addWidget(editor)
    editor.resize(1100, 640)
    editor.show()
    with qtbot.waitSignal(editor.card_loaded, timeout=WORKER_TIMEOUT_MS):
        editor.show_client(client_id)
    return editor


def _numbers(editor: RelapseCardEditor) -> list[tuple[str, str]]:
    return [(entry.label, entry.number) for entry in editor.draft().important_numbers]


def _entries(menu: QMenu) -> list[QAction]:
    return [action for action in menu.actions() if not action.isSeparator()]


def _in_menu(qtbot: QtBot, button: QPushButton, keys: list[Qt.Key],
             look: Callable[[QMenu], None] = lambda _menu: None) -> None:
    """Open the button's menu with Space, let ``look`` read it once filled, then press ``keys`` in it."""
    menu = button.menu()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: menu.isVisible() and not any(a.text() == "Loading…" for a in menu.actions()),
                    timeout=WORKER_TIMEOUT_MS)
    try:
        look(menu)
        for key in keys:
            qtbot.keyClick(menu, key)
    finally:
        menu.close()
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=WORKER_TIMEOUT_MS)


def test_from_network_adds_name_and_number_and_the_fit_check_still_applies(
        qtbot: QtBot, desk_handle: DeskHandle, desk: Desk, db_thread: DatabaseThread) -> None:
    editor = _open_editor(qtbot, desk_handle, _client_with_network(desk))
    defaults = _numbers(editor)
    assert len(defaults) == 3 and not editor.has_unsaved_changes()
    _idle(qtbot, db_thread, editor)
    seen: list[list[tuple[str, bool, bool]]] = []

    def look(menu: QMenu) -> None:
        seen.append([(action.text(), action.isEnabled(), action.isChecked()) for action in _entries(menu)])

    # Down, Return: the first entry, the strongest tie. Nobody broken off, nobody without a number.
    _in_menu(qtbot, editor.network_button, [Qt.Key.Key_Down, Qt.Key.Key_Return], look)
    assert [text for text, _enabled, _checked in seen[0]] == [
        "Sabine (Schwester): 0171 222 333", f"{LONG_NAME} ({LONG_ROLE}): 0160 444 555 666", "Peter (Freund): 0170 3"]
    assert _numbers(editor) == [*defaults, ("Sabine (Schwester)", "0171 222 333")]
    assert editor.has_unsaved_changes() and editor.fit_check_pending, "the added number is measured"
    _idle(qtbot, db_thread, editor)
    assert not editor.fit_problems

    # Sabine is on the card now: ticked, not offered again; Down skips her to the next.
    editor.large_print_check.setFocus()
    qtbot.keyClick(editor.large_print_check, Qt.Key.Key_Space)
    _in_menu(qtbot, editor.network_button, [Qt.Key.Key_Down, Qt.Key.Key_Return], look)
    assert seen[1][0] == ("Sabine (Schwester): 0171 222 333 (on the card)", False, True)
    assert _numbers(editor)[-1] == (f"{LONG_NAME} ({LONG_ROLE})", "0160 444 555 666")
    # In large print that long entry finds no room: the editor says so, as for a typed one.
    _idle(qtbot, db_thread, editor)
    [problem] = editor.fit_problems
    assert problem.panel == "important_numbers" and problem.entries == 1
    assert editor.fit_banner.isVisibleTo(editor) and "find no room on the card" in editor.fit_banner.text()
    qtbot.keyClick(editor.large_print_check, Qt.Key.Key_Space)
    _idle(qtbot, db_thread, editor)
    assert not editor.fit_problems and not editor.fit_banner.isVisibleTo(editor)

    # Fill the card to its limit: then the menu says why and adds nothing.
    _in_menu(qtbot, editor.network_button, [Qt.Key.Key_Down, Qt.Key.Key_Return])
    assert _numbers(editor)[-1] == ("Peter (Freund)", "0170 3")
    while len(_numbers(editor)) < MAX_NUMBERS:
        editor.add_team_numbers([NumberDraft("Extra", f"0800 {len(_numbers(editor))}")])
    _in_menu(qtbot, editor.network_button, [Qt.Key.Key_Down, Qt.Key.Key_Return], look)
    assert seen[-1][0] == (f"The card holds at most {MAX_NUMBERS} numbers: remove one first.", False, False)
    assert not any(enabled for _text, enabled, _checked in seen[-1])
    assert len(_numbers(editor)) == MAX_NUMBERS
    _idle(qtbot, db_thread, editor)


def test_whom_to_turn_to_completes_a_network_person_with_their_number(
        qtbot: QtBot, desk_handle: DeskHandle, desk: Desk, db_thread: DatabaseThread) -> None:
    client_id = _client_with_network(desk)
    editor = _open_editor(qtbot, desk_handle, client_id)
    field = editor.situation_boxes[1].whom_to_turn_to
    field.setFocus()
    qtbot.keyClicks(field, "schw")  # part of the role: Sabine (Schwester) and the long one
    popup = editor.network_completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert editor.network_completer.completionCount() == 2
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert field.text() == "Sabine (Schwester), 0171 222 333"
    assert editor.draft().situations[1].whom_to_turn_to == "Sabine (Schwester), 0171 222 333"
    _idle(qtbot, db_thread, editor)

    # A person added in the Network tab meanwhile is offered once the menu opens again.
    desk.network.add_person(client_id, PersonDraft(name="Frau Krüger", relationship="Nachbarin", phone="0151 7"))
    _in_menu(qtbot, editor.network_button, [Qt.Key.Key_Escape])
    _idle(qtbot, db_thread, editor)
    assert "Frau Krüger (Nachbarin), 0151 7" in editor.network_model.stringList()
    _idle(qtbot, db_thread, editor)
