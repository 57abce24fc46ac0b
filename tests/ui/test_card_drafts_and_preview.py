"""The relapse card tab driven from the keyboard: its language and default numbers follow the client,
its words are the printed card's, typed work survives a lock and a sync, and the preview fits the screen."""

import json
from collections.abc import Iterator
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QPushButton, QTableWidget, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import WORKER_TIMEOUT_MS

from casedesk.printing.labels import LABELS
from casedesk.services.cards import BUILT_IN_NUMBERS, CardDraft, SituationDraft
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft
from casedesk.ui import messages
from casedesk.ui.app import install_translations
from casedesk.ui.desk_thread import DatabaseThread, DeskHandle
from casedesk.ui.document_preview import DocumentPreviewDialog
from casedesk.ui.relapse_card_editor import RelapseCardEditor

GERMAN_DEFAULTS = [(label, number) for label, number in BUILT_IN_NUMBERS["DE"]]
DANISH_DEFAULTS = [(label, number) for label, number in BUILT_IN_NUMBERS["DK"]]
# A small laptop's free area (a 32 px panel at the top) and a common office screen's.
SMALL_SCREENS = [QRect(0, 32, 1280, 688), QRect(0, 0, 1366, 738)]


@pytest.fixture
def desk_handle(qtbot: QtBot, db_thread: DatabaseThread, desk: Desk) -> Iterator[DeskHandle]:
    yield DeskHandle(db_thread, desk)


def _idle(qtbot: QtBot, db_thread: DatabaseThread, editor: RelapseCardEditor | None = None) -> None:
    """Every queued desk operation has run, the editor's debounced fit check included."""
    qtbot.waitUntil(lambda: db_thread.pending == 0 and not (editor and editor.fit_check_pending),
                    timeout=WORKER_TIMEOUT_MS)
    qtbot.waitUntil(lambda: db_thread.pending == 0, timeout=WORKER_TIMEOUT_MS)


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


def _cell_editor(table: QTableWidget) -> QLineEdit:
    """The line edit a table opened on its current cell (the focus widget only once the window is active)."""
    editors = [widget for widget in table.viewport().findChildren(QLineEdit) if widget.isVisible()]
    assert len(editors) == 1, "no cell is being edited"
    return editors[0]


def _type_into_open_cell(qtbot: QtBot, table: QTableWidget, text: str) -> None:
    editor = _cell_editor(table)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits a Return on a queued call.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState, timeout=WORKER_TIMEOUT_MS)


def _type_into_cell(qtbot: QtBot, table: QTableWidget, row: int, column: int, text: str) -> None:
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = _cell_editor(table)
    editor.selectAll()
    _type_into_open_cell(qtbot, table, text)


def _press(qtbot: QtBot, button: QPushButton) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _type_situation(qtbot: QtBot, editor: RelapseCardEditor, text: str) -> None:
    box = editor.situation_boxes[0]
    box.description.setFocus()
    qtbot.keyClicks(box.description, text)


# --- item 11: the card's language and numbers follow the client ------------------------------------

def test_a_copenhagen_clients_card_is_danish_and_its_defaults_follow_the_language(
        qtbot: QtBot, desk_handle: DeskHandle, desk: Desk, db_thread: DatabaseThread) -> None:
    client_id = desk.clients.create(ClientDraft(first_name="Mette", languages="da",
                                                whereabouts="Værestedet Istedgade"))
    editor = _open_editor(qtbot, desk_handle, client_id)
    assert editor.language_combo.currentData() == "da"
    assert _numbers(editor) == DANISH_DEFAULTS

    _press(qtbot, editor.add_number_button)
    _type_into_open_cell(qtbot, editor.numbers_table, "Mormor")
    typed_row = editor.numbers_table.rowCount() - 1
    _type_into_cell(qtbot, editor.numbers_table, typed_row, 1, "+45 20 30 40 50")
    _type_into_cell(qtbot, editor.numbers_table, 1, 1, "70 201 202")  # the worker corrects a default

    editor.language_combo.setFocus()
    qtbot.keyClick(editor.language_combo, Qt.Key.Key_Up)  # Dansk -> Deutsch
    assert editor.language_combo.currentData() == "de"
    german = _numbers(editor)
    assert ("Livslinien", "70 201 202") in german and ("Mormor", "+45 20 30 40 50") in german
    assert [entry for entry in german if entry in DANISH_DEFAULTS] == []
    assert [entry for entry in german if entry in GERMAN_DEFAULTS] == GERMAN_DEFAULTS
    assert german.index(GERMAN_DEFAULTS[0]) == 0  # where the defaults stood

    qtbot.keyClick(editor.language_combo, Qt.Key.Key_Down)  # back to Dansk
    assert sorted(_numbers(editor)) == sorted([("Alarm", "112"), ("Livslinien", "70 201 202"),
                                               ("Alkolinjen", "80 200 500"), ("Giftlinjen", "82 12 12 12"),
                                               ("Mormor", "+45 20 30 40 50")])
    _idle(qtbot, db_thread, editor)


def test_a_new_danish_desk_gives_a_new_card_danish_numbers(qtbot: QtBot, db_thread: DatabaseThread,
                                                            tmp_path: Path) -> None:
    desk = Desk.create(tmp_path / "kbh.casedesk", "Kaffe og kage og 42 duer", "Mikkel Jensen", "Gadeteam",
                       language="da")
    try:
        client_id = desk.clients.create(ClientDraft(first_name="Mads"))
        editor = _open_editor(qtbot, DeskHandle(db_thread, desk), client_id)
        assert editor.language_combo.currentData() == "da"
        assert _numbers(editor) == DANISH_DEFAULTS
        _type_situation(qtbot, editor, "Når pengene er væk")
        with qtbot.waitSignal(editor.card_saved, timeout=WORKER_TIMEOUT_MS):
            qtbot.keyClick(editor.situation_boxes[0].description, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert [(n.label, n.number) for n in desk.cards.current(client_id).draft.important_numbers] \
            == DANISH_DEFAULTS
        _idle(qtbot, db_thread, editor)
    finally:
        desk.close()


# --- item 13: the editor's trigger words are the printed card's ------------------------------------

@pytest.mark.parametrize("language", ["de", "da"])
def test_the_ticked_trigger_is_printed_in_the_same_words(qtbot: QtBot, desk_handle: DeskHandle, desk: Desk,
                                                         db_thread: DatabaseThread, language: str) -> None:
    translators = install_translations(QApplication.instance(), language)
    try:
        client_id = desk.clients.create(ClientDraft(first_name="Jonas", languages=language))
        editor = _open_editor(qtbot, desk_handle, client_id)
        box = editor.situation_boxes[0]
        for code in ("conflicts", "group_pressure"):
            box.trigger_checks[code].setFocus()
            qtbot.keyClick(box.trigger_checks[code], Qt.Key.Key_Space)
        _type_situation(qtbot, editor, "Zahltag")
        on_screen = [box.trigger_checks[code].text() for code in ("conflicts", "group_pressure")]
        assert on_screen == [LABELS[language][f"trigger.{code}"].capitalize()
                             for code in ("conflicts", "group_pressure")]

        with qtbot.waitSignal(editor.preview_opened, timeout=WORKER_TIMEOUT_MS) as opened:
            _press(qtbot, editor.preview_button)
        dialog: DocumentPreviewDialog = opened.args[0]
        pdf_path = Path(desk.path.parent / "card.pdf")
        pdf_path.write_bytes(dialog._pdf)
        with pdfplumber.open(pdf_path) as pdf:
            printed = " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)
        for word in on_screen:
            assert word.lower() in printed.lower()
        dialog.close()
        _idle(qtbot, db_thread, editor)
    finally:
        for translator in translators:
            QApplication.instance().removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))


# --- item 9: typed work survives a lock, and a sync's new version ----------------------------------

def test_a_half_written_card_is_parked_over_a_lock_and_comes_back(qtbot: QtBot, desk_handle: DeskHandle,
                                                                  desk: Desk, db_thread: DatabaseThread) -> None:
    client_id = desk.clients.create(ClientDraft(first_name="Karl", languages="de"))
    editor = _open_editor(qtbot, desk_handle, client_id)
    _idle(qtbot, db_thread, editor)
    assert editor.draft_for_lock() is None

    _type_situation(qtbot, editor, "Am Monatsanfang am Bahnhof")
    _press(qtbot, editor.add_number_button)
    _type_into_open_cell(qtbot, editor.numbers_table, "Schwester")
    _type_into_cell(qtbot, editor.numbers_table, editor.numbers_table.rowCount() - 1, 1, "0171 555 01 02")
    assert editor.has_unsaved_changes()
    parked = json.loads(json.dumps(editor.draft_for_lock()))  # what the lock writes into the desk

    editor.clear()  # the lock empties the tab
    assert not editor.has_unsaved_changes()
    with qtbot.waitSignal(editor.card_loaded, timeout=WORKER_TIMEOUT_MS):
        editor.restore_draft(parked)
        assert editor.draft_for_lock() == parked  # a second lock before the card is back loses nothing
    assert editor.client_id == client_id
    assert editor.situation_boxes[0].description.toPlainText() == "Am Monatsanfang am Bahnhof"
    assert ("Schwester", "0171 555 01 02") in _numbers(editor)
    assert editor.has_unsaved_changes()
    assert desk.cards.versions(client_id) == []

    # The typed number is still the worker's: a change of language leaves it where it is.
    editor.language_combo.setFocus()
    qtbot.keyClick(editor.language_combo, Qt.Key.Key_Down)  # Deutsch -> Dansk
    assert ("Schwester", "0171 555 01 02") in _numbers(editor)
    qtbot.keyClick(editor.language_combo, Qt.Key.Key_Up)

    with qtbot.waitSignal(editor.card_saved, timeout=WORKER_TIMEOUT_MS):
        qtbot.keyClick(editor.situation_boxes[0].description, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = desk.cards.current(client_id).draft
    assert saved.situations[0].description == "Am Monatsanfang am Bahnhof"
    assert editor.draft_for_lock() is None
    _idle(qtbot, db_thread, editor)


def test_a_damaged_parked_card_is_reported_not_applied(qtbot: QtBot, desk_handle: DeskHandle, desk: Desk,
                                                       db_thread: DatabaseThread) -> None:
    client_id = desk.clients.create(ClientDraft(first_name="Karl"))
    editor = _open_editor(qtbot, desk_handle, client_id)
    messages.set_next_answer(messages.StandardButton.Ok)
    editor.restore_draft({"client_id": client_id, "card": {"situations": "not a list of situations"}})
    assert messages.shown and "could not be restored" in messages.shown[-1][1]
    assert not editor.has_unsaved_changes()
    _idle(qtbot, db_thread, editor)


def test_a_version_a_sync_brings_is_shown_and_unsaved_edits_stay(qtbot: QtBot, desk_handle: DeskHandle,
                                                                 desk: Desk, db_thread: DatabaseThread) -> None:
    client_id = desk.clients.create(ClientDraft(first_name="Karl", languages="de"))
    desk.cards.save(client_id, CardDraft(situations=[SituationDraft("Version eins")]))
    editor = _open_editor(qtbot, desk_handle, client_id)
    _idle(qtbot, db_thread, editor)

    desk.cards.save(client_id, CardDraft(situations=[SituationDraft("Version zwei von Sabine")]))  # pulled
    with qtbot.waitSignal(editor.card_loaded, timeout=WORKER_TIMEOUT_MS):
        editor.reload()
    assert editor.situation_boxes[0].description.toPlainText() == "Version zwei von Sabine"
    assert editor.version_combo.currentText().startswith("Version 2 ")
    assert not editor.has_unsaved_changes()

    box = editor.situation_boxes[1]
    box.description.setFocus()
    qtbot.keyClicks(box.description, "Nachts allein")
    desk.cards.save(client_id, CardDraft(situations=[SituationDraft("Version drei von Sabine")]))
    with qtbot.waitSignal(editor.card_loaded, timeout=WORKER_TIMEOUT_MS):
        editor.show_client(client_id)  # the same client again: a reload, the typing stays
    assert box.description.toPlainText() == "Nachts allein"
    assert editor.has_unsaved_changes()
    assert editor.version_combo.currentText().startswith("Version 3 ")
    assert "Version 3 arrived" in editor.status_label.text()

    with qtbot.waitSignal(editor.card_saved, timeout=WORKER_TIMEOUT_MS) as saved:
        qtbot.keyClick(box.description, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args[1] == 4
    _idle(qtbot, db_thread, editor)


# --- item 4: the preview fits a small screen and keeps its size ------------------------------------

def _inside(area: QRect, widget: QWidget) -> bool:
    rect = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    return area.contains(rect)


@pytest.mark.parametrize("area", SMALL_SCREENS, ids=["1280x720", "1366x768"])
def test_the_preview_fits_the_screen_and_remembers_its_size(qtbot: QtBot, desk_handle: DeskHandle, desk: Desk,
                                                            db_thread: DatabaseThread, area: QRect,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(area))
    client_id = desk.clients.create(ClientDraft(first_name="Karl", languages="de"))
    editor = _open_editor(qtbot, desk_handle, client_id)
    _type_situation(qtbot, editor, "Zahltag")

    with qtbot.waitSignal(editor.preview_opened, timeout=WORKER_TIMEOUT_MS) as opened:
        _press(qtbot, editor.preview_button)
    dialog: DocumentPreviewDialog = opened.args[0]
    qtbot.waitExposed(dialog)
    assert area.contains(dialog.frameGeometry())
    for button in (dialog.print_button, dialog.save_button, dialog.close_button, dialog.fit_button):
        assert _inside(area, button), button.text()

    dialog.resize(700, 520)
    with qtbot.waitSignal(dialog.finished, timeout=WORKER_TIMEOUT_MS):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    with qtbot.waitSignal(editor.preview_opened, timeout=WORKER_TIMEOUT_MS) as reopened:
        _press(qtbot, editor.preview_button)
    again: DocumentPreviewDialog = reopened.args[0]
    qtbot.waitExposed(again)
    assert again.size().width() == 700 and again.size().height() == 520
    assert area.contains(again.frameGeometry())
    again.close()
    _idle(qtbot, db_thread, editor)
