"""The relapse card tab, the preview dialog, the team numbers and the print menu, driven like a worker."""

from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from card_fixtures import contains, long_card
from PySide6.QtCore import QLocale, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casedesk.services.desk import Desk
from casedesk.ui import messages
from casedesk.ui.crisis_lines_dialog import CrisisLinesDialog
from casedesk.ui.desk_thread import DatabaseThread, DeskHandle
from casedesk.ui.document_preview import DocumentPreviewDialog, print_document
from casedesk.ui.print_actions import build_print_menu
from casedesk.ui.relapse_card_editor import RelapseCardEditor

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
    left_running = db_thread.pending
    qtbot.waitUntil(lambda: db_thread.pending == 0, timeout=TIMEOUT_MS)
    db_thread.shutdown()
    assert left_running == 0, f"the test left {left_running} desk operation(s) running"


def _idle(qtbot: QtBot, session: DeskHandle, editor: RelapseCardEditor | None = None) -> None:
    """Wait for every queued desk operation, including an editor's debounced fit check."""
    qtbot.waitUntil(lambda: session.db_thread.pending == 0 and not (editor and editor.fit_check_pending),
                    timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: session.db_thread.pending == 0, timeout=TIMEOUT_MS)


@pytest.fixture
def editor(qtbot: QtBot, session: DeskHandle, client_id: str) -> Iterator[RelapseCardEditor]:
    widget = RelapseCardEditor(session)
    widget.resize(1100, 800)
    widget.show()
    with qtbot.waitSignal(widget.card_loaded, timeout=TIMEOUT_MS):
        widget.show_client(client_id)
    _idle(qtbot, session, widget)
    yield widget
    _idle(qtbot, session, widget)
    widget.close()
    widget.deleteLater()


def _close_previews() -> None:
    for window in QApplication.topLevelWidgets():
        if isinstance(window, DocumentPreviewDialog):
            window.close()


def test_fill_with_keyboard_save_preview_and_save_pdf(qtbot: QtBot, editor: RelapseCardEditor,
                                                      session: DeskHandle, tmp_path: Path) -> None:
    box = editor.situation_boxes[0]
    assert editor.version_combo.currentText() == "New card – not saved yet"
    assert editor.show_first_name_check.isChecked()
    assert not editor.show_surname_check.isChecked() and not editor.show_birth_date_check.isChecked()

    box.trigger_checks["craving"].setFocus()
    qtbot.keyClick(box.trigger_checks["craving"], Qt.Key.Key_Space)
    box.description.setFocus()
    qtbot.keyClicks(box.description, "Am Monatsanfang am Hauptbahnhof, wenn das Geld da ist")
    qtbot.keyClick(box.description, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Geld aufs Verwahrkonto; nicht allein zum Bahnhof")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Streetwork-Team Nord")
    assert box.whom_to_turn_to.text() == "Streetwork-Team Nord"
    assert editor.has_unsaved_changes()

    with qtbot.waitSignal(editor.card_saved, timeout=TIMEOUT_MS) as saved:
        qtbot.keyClick(box.whom_to_turn_to, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args[1] == 1
    assert editor.version_combo.currentText().startswith("Version 1 — ")
    assert not editor.has_unsaved_changes()

    with qtbot.waitSignal(editor.preview_opened, timeout=TIMEOUT_MS) as opened:
        editor.preview_button.click()
    dialog: DocumentPreviewDialog = opened.args[0]
    assert dialog.page_count >= 1

    messages.set_next_answer(tmp_path / "karte")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS) as written:
        dialog.save_button.click()
    path = written.args[0]
    assert path == tmp_path / "karte.pdf"
    text = "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    assert contains(text, "Verwahrkonto") and contains(text, "Jürgen") and not contains(text, "Großmann")
    dialog.close()
    _idle(qtbot, session)


def test_saving_an_unchanged_card_makes_no_new_version(qtbot: QtBot, editor: RelapseCardEditor,
                                                       session: DeskHandle, desk: Desk, client_id: str) -> None:
    editor.situation_boxes[0].description.setPlainText("Nachts allein")
    with qtbot.waitSignal(editor.card_saved, timeout=TIMEOUT_MS):
        editor.save_button.click()
    editor.save()
    _idle(qtbot, session)
    assert "still version 1" in editor.status_label.text()
    assert len(desk.cards.versions(client_id)) == 1


def test_old_versions_open_read_only(qtbot: QtBot, session: DeskHandle, desk: Desk, client_id: str) -> None:
    desk.cards.save(client_id, long_card("de"))
    newer = long_card("de")
    newer.situations[0].alternatives = "Zum Kontaktladen gehen."
    desk.cards.save(client_id, newer)
    editor = RelapseCardEditor(session)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.card_loaded, timeout=TIMEOUT_MS):
        editor.show_client(client_id)
    assert editor.version_combo.count() == 2
    assert editor.situation_boxes[0].alternatives.toPlainText() == "Zum Kontaktladen gehen."

    editor.version_combo.setCurrentIndex(1)
    editor.version_combo.activated.emit(1)

    assert editor.situation_boxes[0].alternatives.isReadOnly()
    assert editor.situation_boxes[0].alternatives.toPlainText().startswith("Spaziergang zum Hafen")
    assert not editor.save_button.isEnabled()
    assert editor.old_version_banner.isVisibleTo(editor)

    editor.back_to_current_button.click()
    assert not editor.old_version_banner.isVisibleTo(editor)
    assert not editor.situation_boxes[0].alternatives.isReadOnly()
    assert editor.situation_boxes[0].alternatives.toPlainText() == "Zum Kontaktladen gehen."
    _idle(qtbot, session, editor)


def test_text_that_does_not_fit_warns_and_printing_is_refused(qtbot: QtBot, editor: RelapseCardEditor,
                                                              session: DeskHandle, tmp_path: Path) -> None:
    box = editor.situation_boxes[1]
    box.description.setPlainText("Wenn ich Streit habe")
    box.alternatives.setPlainText("Ich gehe zum Kontaktladen und rede mit jemandem darüber. " * 50)

    qtbot.waitUntil(lambda: editor.fit_banner.isVisibleTo(editor), timeout=TIMEOUT_MS)
    assert "does not fit" in editor.fit_banner.text()
    assert "Risk situation 2 – alternatives (inside right panel): about" in editor.fit_banner.text()
    assert "too long" in editor.fit_banner.text()
    assert any(problem.field.startswith("situations.1") for problem in editor.fit_problems)

    editor.save_pdf_button.click()
    qtbot.waitUntil(lambda: bool(messages.shown), timeout=TIMEOUT_MS)
    refusal = messages.shown[-1][1]
    # No "print anyway": the message names the client, the panel, the field and how much.
    assert "Print anyway" not in refusal
    assert "Jürgen" in refusal and "inside right panel" in refusal and "alternatives" in refusal
    assert "too long" in refusal
    _idle(qtbot, session)
    assert list(tmp_path.glob("*.pdf")) == []

    box.alternatives.setPlainText("Zum Kontaktladen gehen.")
    qtbot.waitUntil(lambda: not editor.fit_banner.isVisibleTo(editor), timeout=TIMEOUT_MS)
    _idle(qtbot, session)


def test_the_preview_of_a_card_that_does_not_fit_cannot_be_printed_or_saved(
        qtbot: QtBot, editor: RelapseCardEditor, session: DeskHandle, tmp_path: Path) -> None:
    box = editor.situation_boxes[0]
    box.description.setPlainText("Wenn ich Streit habe")
    box.alternatives.setPlainText("Ich gehe zum Kontaktladen und rede mit jemandem darüber. " * 50)
    with qtbot.waitSignal(editor.preview_opened, timeout=TIMEOUT_MS) as opened:
        editor.preview_button.click()
    dialog: DocumentPreviewDialog = opened.args[0]
    assert dialog.refusal_label.isVisibleTo(dialog) and "does not fit" in dialog.refusal_label.text()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # the shortcut is off too
    assert list(tmp_path.glob("*.pdf")) == [] and messages.shown == []
    dialog.close()
    _idle(qtbot, session)


def test_the_editor_says_while_typing_that_the_card_takes_a_second_fold_out(
        qtbot: QtBot, editor: RelapseCardEditor, session: DeskHandle) -> None:
    for number, box in enumerate(editor.situation_boxes, start=1):
        box.description.setPlainText(f"Situation {number}: wenn am Monatsanfang das Geld kommt und ich allein bin.")
        box.alternatives.setPlainText("Ich gehe zum Kontaktladen und rede mit jemandem darüber. " * 4)

    qtbot.waitUntil(lambda: editor.room_label.isVisibleTo(editor), timeout=TIMEOUT_MS)
    assert "more room" in editor.room_label.text()
    assert not editor.fit_banner.isVisibleTo(editor)

    for box in editor.situation_boxes:
        box.alternatives.setPlainText("Zum Kontaktladen gehen.")
    qtbot.waitUntil(lambda: not editor.room_label.isVisibleTo(editor), timeout=TIMEOUT_MS)
    _idle(qtbot, session)


def test_an_empty_card_is_printed_only_after_asking(qtbot: QtBot, editor: RelapseCardEditor,
                                                    session: DeskHandle, tmp_path: Path) -> None:
    for box in editor.situation_boxes:
        box.description.setPlainText("")
    messages.set_next_answer(messages.StandardButton.No)
    editor.save_pdf_button.click()
    assert "no risk situation" in messages.shown[-1][1]
    _idle(qtbot, session)
    assert list(tmp_path.glob("*.pdf")) == []


def test_team_numbers_are_added_without_duplicates(qtbot: QtBot, editor: RelapseCardEditor,
                                                   session: DeskHandle, desk: Desk) -> None:
    desk.cards.save_crisis_line("DE", "Berliner Krisendienst", "030 390 63 00")
    lines = desk.cards.crisis_lines("DE")
    before = editor.numbers_table.rowCount()  # the new card's built-in German numbers
    editor.add_team_numbers(lines)
    editor.add_team_numbers(lines)
    assert editor.numbers_table.rowCount() == before + 1
    assert editor.draft().important_numbers[-1].number == "030 390 63 00"
    _idle(qtbot, session)


def test_crisis_lines_dialog_adds_and_removes_after_confirmation(qtbot: QtBot, session: DeskHandle,
                                                                 desk: Desk) -> None:
    dialog = CrisisLinesDialog(session)
    qtbot.addWidget(dialog)
    _idle(qtbot, session)
    dialog.country.setCurrentText("DK")
    dialog.label.setText("Livslinien")
    dialog.number.setText("70 201 201")
    with qtbot.waitSignal(dialog.lines_loaded, timeout=TIMEOUT_MS):
        dialog.save_button.click()
    assert dialog.table.rowCount() == 1

    dialog.table.selectRow(0)
    messages.set_next_answer(messages.StandardButton.No)
    dialog.remove_button.click()
    _idle(qtbot, session)
    assert len(desk.cards.crisis_lines()) == 1

    messages.set_next_answer(messages.StandardButton.Yes)
    with qtbot.waitSignal(dialog.lines_loaded, timeout=TIMEOUT_MS):
        dialog.remove_button.click()
    assert dialog.table.rowCount() == 0
    assert desk.cards.crisis_lines() == []


def test_print_menu_opens_each_document_in_the_preview(qtbot: QtBot, session: DeskHandle, desk: Desk,
                                                       client_id: str) -> None:
    from casedesk.services.dto import ContactDraft

    contact_id = desk.contacts.record(ContactDraft(client_id=client_id, type="phone", note="Kurz telefoniert"))
    desk.cards.save(client_id, long_card("da"))
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    menu = build_print_menu(window, session, lambda: client_id, lambda: contact_id)
    actions = menu.print_actions
    actions.update_enabled()
    assert actions.protocol_action.isEnabled()
    for open_document in (lambda: actions.service_plan(client_id), lambda: actions.handover_summary(client_id),
                          lambda: actions.counselling_protocol(contact_id), lambda: actions.monthly_report(2025, 3),
                          actions.card_sheet):
        with qtbot.waitSignal(actions.preview_opened, timeout=TIMEOUT_MS) as opened:
            open_document()
        assert opened.args[0].page_count >= 1
        assert "rgen" not in opened.args[0]._suggested_name  # never a client's name in a file name
        opened.args[0].close()
    _idle(qtbot, session)


def test_printing_paints_pages_at_true_size(qtbot: QtBot, session: DeskHandle, desk: Desk, client_id: str,
                                            tmp_path: Path) -> None:
    from casedesk.services.printing import PrintService

    version = desk.cards.save(client_id, long_card("de"))
    pdf = PrintService(desk).card_version_bytes(version.id)
    dialog = DocumentPreviewDialog(pdf, "Karte", "relapse-card.pdf")
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_document(dialog.document, printer)
    printed = pypdf.PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == dialog.page_count
    assert float(printed.pages[0].mediabox.width) == pytest.approx(595.3, abs=2)
