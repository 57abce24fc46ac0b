"""The client's rights from the keyboard: the Art. 15 copy in the chosen language, previewed or saved
0600, and Tools › Retention review…: nothing ticked at first, a typed count confirms, the ticked
clients are erased in one batch, a lead changes the team's period."""

import io
import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

import pypdf
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from ui_helpers import is_closed, open_main_window, visible_dialog, wait_idle
from window_tour import mnemonic_clashes

from casedesk.domain import ClientStatus, Role
from casedesk.models import CaseEpisode, Client
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft
from casedesk.services.rights import RightsService, add_years
from casedesk.ui import messages
from casedesk.ui.access_copy import AccessCopyDialog
from casedesk.ui.desk_thread import DatabaseThread, DeskHandle
from casedesk.ui.document_preview import DocumentPreviewDialog
from casedesk.ui.retention import CHECKED, RetentionDialog

ALT = Qt.KeyboardModifier.AltModifier
TODAY = date.today()


@pytest.fixture
def desk_handle(db_thread: DatabaseThread, desk: Desk) -> Iterator[DeskHandle]:
    yield DeskHandle(db_thread, desk)


def _client(desk: Desk, name: str, closed_years_ago: int | None, **fields) -> str:
    client_id = desk.clients.create(ClientDraft(first_name=name, **fields))
    if closed_years_ago is not None:
        with desk.session() as session:
            [episode] = session.scalars(select(CaseEpisode).where(CaseEpisode.client_id == client_id)).all()
            episode.closed_on = add_years(TODAY, -closed_years_ago) - timedelta(days=1)
            episode.opened_on = episode.closed_on - timedelta(days=90)
            episode.phase = "closed"
    return client_id


def _show(qtbot: QtBot, dialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def _pdf_text(path) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_the_copy_is_saved_in_the_chosen_language_and_previewed(qtbot: QtBot, desk_handle, desk, db_thread,
                                                                tmp_path):
    client_id = _client(desk, "Mette", None, last_name="Sørensen", languages="dansk")
    dialog = AccessCopyDialog(desk_handle, client_id, "Mette Sørensen", "da")
    _show(qtbot, dialog)
    assert dialog.language == "da" and not mnemonic_clashes(dialog)

    # Alt+L to the language, German instead, Alt+S saves where the (answered) file dialog says.
    qtbot.keyClick(dialog, Qt.Key.Key_L, ALT)
    assert dialog.language_combo.hasFocus()
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Home)
    assert dialog.language == "de"
    out = tmp_path / "out"
    out.mkdir()
    messages.set_next_answer(out / "kopie")
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as saved:
        qtbot.keyClick(dialog, Qt.Key.Key_S, ALT)
    path = saved.args[0]
    assert path == out / "kopie.pdf"
    assert os.stat(path).st_mode & 0o777 == 0o600
    text = _pdf_text(path)
    assert "Auskunft über Ihre Daten" in text and "Mette Sørensen" in text
    assert [p.name for p in out.iterdir()] == ["kopie.pdf"], "no other file, no temp file"
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, db_thread)
    qtbot.wait(100)


def test_return_previews_the_copy(qtbot: QtBot, desk_handle, desk, db_thread):
    client_id = _client(desk, "Mette", None, last_name="Sørensen", languages="dansk")
    # Return previews it (the default button); the preview saves and prints these bytes.
    dialog = AccessCopyDialog(desk_handle, client_id, "Mette Sørensen", "da")
    _show(qtbot, dialog)
    with qtbot.waitSignal(dialog.preview_opened, timeout=20_000) as opened:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    preview = opened.args[0]
    assert isinstance(preview, DocumentPreviewDialog) and preview.page_count >= 2
    assert "Indsigt i dine oplysninger" in pypdf.PdfReader(io.BytesIO(preview._pdf)).pages[0] \
        .extract_text()
    # QtPdf renders the pages on threads of its own: closing the preview before they are drawn
    # crashes in QPdfView (seen here in tests, which close within milliseconds).
    qtbot.waitExposed(preview)
    qtbot.wait(500)
    preview.close()
    qtbot.waitUntil(lambda: is_closed(preview))
    wait_idle(qtbot, db_thread)
    qtbot.wait(200)


def _open_review(qtbot: QtBot, desk_handle, db_thread) -> RetentionDialog:
    dialog = RetentionDialog(desk_handle)
    _show(qtbot, dialog)
    wait_idle(qtbot, db_thread)
    return dialog


def test_the_retention_review_erases_the_ticked_clients_after_a_typed_count(qtbot: QtBot, desk_handle, desk,
                                                                            db_thread):
    eleven = _client(desk, "Elf", 11)
    twelve = _client(desk, "Zwölf", 12)
    recent = _client(desk, "Neun", 9)
    dialog = _open_review(qtbot, desk_handle, db_thread)
    assert not mnemonic_clashes(dialog)
    table = dialog.table
    assert [table.topLevelItem(i).text(0) for i in range(table.topLevelItemCount())] == ["Zwölf", "Elf"]
    assert dialog.ticked_ids() == [] and not dialog.erase_button.isEnabled()
    assert not dialog.years_row.isVisibleTo(dialog), "a caseworker sees the rule, a lead sets it"

    # Space ticks the current client (the second, "Elf"); a wrong count keeps Erase off.
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert dialog.ticked_ids() == [eleven]
    dialog.typed_count.setFocus()
    qtbot.keyClicks(dialog.typed_count, "2")
    qtbot.keyClick(dialog.typed_count, Qt.Key.Key_Return)
    assert not dialog.erase_button.isEnabled()
    wait_idle(qtbot, db_thread)
    with desk.session() as session:
        assert session.get(Client, eleven).status == ClientStatus.ACTIVE.value
    dialog.typed_count.clear()
    qtbot.keyClicks(dialog.typed_count, "1")
    assert dialog.erase_button.isEnabled()

    messages.set_next_answer(messages.StandardButton.Ok)
    with qtbot.waitSignal(dialog.erased, timeout=20_000) as erased:
        qtbot.keyClick(dialog.typed_count, Qt.Key.Key_Return)
    assert erased.args[0] == [eleven]
    wait_idle(qtbot, db_thread)
    with desk.session() as session:
        assert [session.get(Client, i).status for i in (eleven, twelve, recent)] == [
            ClientStatus.ERASED.value, ClientStatus.ACTIVE.value, ClientStatus.ACTIVE.value]
    qtbot.waitUntil(lambda: table.topLevelItemCount() == 1)
    assert table.topLevelItem(0).checkState(0) != CHECKED
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: is_closed(dialog))


def test_a_lead_sets_the_teams_period_in_the_review(qtbot: QtBot, desk_handle, desk, db_thread):
    _client(desk, "Neun", 9)
    desk.identity = replace(desk.identity, role=Role.TEAM_LEAD.value)
    dialog = _open_review(qtbot, desk_handle, db_thread)
    assert dialog.years_row.isVisibleTo(dialog) and dialog.years.value() == 10
    assert dialog.empty_note.isVisibleTo(dialog) and not dialog.table.isVisibleTo(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_K, ALT)
    assert dialog.years.hasFocus()
    dialog.years.selectAll()
    qtbot.keyClicks(dialog.years, "5")
    qtbot.keyClick(dialog, Qt.Key.Key_P, ALT)
    wait_idle(qtbot, db_thread)
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 1)
    assert dialog.table.topLevelItem(0).text(0) == "Neun" and dialog.table.topLevelItem(0).text(2) == "9"
    assert RightsService(desk).retention_years() == 5
    # Tick all, then untick all: the count follows.
    qtbot.keyClick(dialog, Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: len(dialog.ticked_ids()) == 1)
    qtbot.keyClick(dialog, Qt.Key.Key_U, ALT)
    qtbot.waitUntil(lambda: dialog.ticked_ids() == [])
    dialog.done(0)


def _press_in_menu(qtbot: QtBot, key: Qt.Key) -> None:
    """Press ``key`` in the popup menu once it is open (its own event loop runs meanwhile)."""

    def press() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            qtbot.keyClick(menu, key)
        else:
            QTimer.singleShot(50, press)

    QTimer.singleShot(50, press)


def test_more_opens_the_copy_in_the_clients_language_and_tools_the_review(qtbot, make_controller, desk,
                                                                            desk_path):
    client_id = _client(desk, "Mette", None, last_name="Sørensen", languages="ar, dansk")
    erased_soon = _client(desk, "Elf", 11)
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    window.show_client(client_id)
    wait_idle(qtbot, controller.db_thread)
    overview = window.client_file.overview
    overview.more_button.setFocus()
    _press_in_menu(qtbot, Qt.Key.Key_C)
    qtbot.keyClick(overview.more_button, Qt.Key.Key_Space)
    dialog = visible_dialog(qtbot, AccessCopyDialog)
    assert dialog.language == "da"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: is_closed(dialog))

    # The review erases the client shown: the window leaves their file.
    window.show_client(erased_soon)
    wait_idle(qtbot, controller.db_thread)
    window.retention_action.trigger()
    review = visible_dialog(qtbot, RetentionDialog)
    wait_idle(qtbot, controller.db_thread)
    review._tick_all(CHECKED)
    review.typed_count.setText("1")
    messages.set_next_answer(messages.StandardButton.Ok)
    with qtbot.waitSignal(review.erased, timeout=20_000):
        review.erase_button.click()
    wait_idle(qtbot, controller.db_thread)
    assert window.client_file is None
    review.done(0)
