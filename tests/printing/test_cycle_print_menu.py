"""The Print menu's cycle documents for the current client, driven from the keyboard like a worker."""

from collections.abc import Iterator

import pytest
from cycle_fixtures import Cycle, add_assessments, add_plan, client_with_episode
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from casedesk.services.desk import Desk
from casedesk.ui import messages
from casedesk.ui.desk_thread import DatabaseThread, DeskHandle
from casedesk.ui.print_actions import build_print_menu

TIMEOUT_MS = 15_000


@pytest.fixture(autouse=True)
def fresh_ui_state() -> Iterator[None]:
    messages.reset()
    QLocale.setDefault(QLocale("en_US"))
    yield
    messages.reset()


@pytest.fixture
def session(qtbot: QtBot, desk: Desk) -> Iterator[DeskHandle]:
    db_thread = DatabaseThread()
    desk_session = DeskHandle(db_thread, desk)
    yield desk_session
    qtbot.waitUntil(lambda: db_thread.pending == 0, timeout=TIMEOUT_MS)
    db_thread.shutdown()


@pytest.fixture
def cycle(desk: Desk) -> Cycle:
    return client_with_episode(desk)


def _menu(qtbot: QtBot, session: DeskHandle, client_id: str | None):
    window = QWidget()
    qtbot.addWidget(window)
    menu = build_print_menu(window, session, lambda: client_id, lambda: None)
    return menu


def test_each_cycle_document_opens_in_the_preview_by_its_mnemonic(qtbot: QtBot, session: DeskHandle,
                                                                   desk: Desk, cycle: Cycle) -> None:
    add_plan(desk, cycle, meso_goals=2, steps=1)
    add_assessments(desk, cycle)
    menu = _menu(qtbot, session, cycle.client_id)
    actions = menu.print_actions
    for key, expected_pages in ((Qt.Key.Key_S, 2), (Qt.Key.Key_A, 1), (Qt.Key.Key_E, 1)):
        menu.popup(menu.parentWidget().mapToGlobal(menu.parentWidget().rect().center()))
        qtbot.waitExposed(menu)
        with qtbot.waitSignal(actions.preview_opened, timeout=TIMEOUT_MS) as opened:
            qtbot.keyClick(menu, key)
        dialog = opened.args[0]
        assert dialog.page_count >= expected_pages
        assert "Kowalski" not in dialog._suggested_name and "Maria" not in dialog._suggested_name
        dialog.close()


def test_without_an_assessment_the_worker_is_told_so(qtbot: QtBot, session: DeskHandle, cycle: Cycle) -> None:
    actions = _menu(qtbot, session, cycle.client_id).print_actions
    actions.assessment_summary(cycle.client_id)
    qtbot.waitUntil(lambda: bool(messages.shown), timeout=TIMEOUT_MS)
    assert messages.shown[-1] == ("Assessment summary", "This client has no assessment yet.")


def test_the_cycle_documents_need_a_current_client(qtbot: QtBot, session: DeskHandle) -> None:
    actions = _menu(qtbot, session, None).print_actions
    actions.update_enabled()
    assert not actions.assessment_action.isEnabled() and not actions.evaluation_action.isEnabled()


def test_a_sheet_of_cards_names_the_card_left_out_and_the_empty_one(qtbot: QtBot, session: DeskHandle,
                                                                    desk: Desk) -> None:
    from casedesk.services.cards import CardDraft, NumberDraft, SituationDraft
    from casedesk.services.dto import ClientDraft

    fits = desk.clients.create(ClientDraft(first_name="Mette", last_name="Søndergaard"))
    too_long = desk.clients.create(ClientDraft(first_name="Jonas", last_name="Brandt"))
    empty = desk.clients.create(ClientDraft(first_name="Kalle", last_name="Berg"))
    numbers = [NumberDraft("Notruf", "112")]
    desk.cards.save(fits, CardDraft(situations=[SituationDraft("Zahltag", ["craving"], "Geld abgeben")],
                                    important_numbers=numbers))
    desk.cards.save(too_long, CardDraft(situations=[SituationDraft("Streit", [], "Weggehen. " * 400)],
                                        important_numbers=numbers))
    desk.cards.save(empty, CardDraft(important_numbers=numbers))
    actions = _menu(qtbot, session, None).print_actions

    with qtbot.waitSignal(actions.preview_opened, timeout=TIMEOUT_MS) as opened:
        actions.card_sheet()
    qtbot.waitUntil(lambda: bool(messages.shown), timeout=TIMEOUT_MS)
    note = messages.shown[-1][1]
    assert "Jonas Brandt" in note and "alternatives" in note and "too long" in note
    assert "Kalle Berg" in note and "no risk situation" in note
    assert "Mette" not in note
    opened.args[0].close()
