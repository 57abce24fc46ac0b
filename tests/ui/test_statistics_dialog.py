"""Tools › Statistics… with the keyboard: a year as CSV, the team for a lead, a PDF in Danish, and
Escape cancelling a computation under way."""

import csv
import io
import os
import threading
from dataclasses import replace
from datetime import date, timedelta

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import WORKER_TIMEOUT_MS, is_closed, open_main_window, visible_dialog, wait_idle

from casedesk.domain import UI_LANGUAGES, Role
from casedesk.models import local_now
from casedesk.services import statistics as statistics_service
from casedesk.services.dto import ContactDraft
from casedesk.services.street import CodePersonDraft
from casedesk.ui import messages
from casedesk.ui.statistics_dialog import StatisticsDialog

ALT = Qt.KeyboardModifier.AltModifier


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.activePopupWidget() or QApplication.focusWidget() or QApplication.activeWindow(),
                   key, modifier)


def _open(qtbot, make_controller, desk, desk_path):
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WORKER_TIMEOUT_MS)
    window.statistics_action.trigger()
    dialog = visible_dialog(qtbot, StatisticsDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WORKER_TIMEOUT_MS)
    return controller, dialog


def _anonymous_contact(desk) -> None:
    person = desk.street.create_code_person(CodePersonDraft(code="ZZ80m", alias="Nachtfalter"))
    desk.contacts.record(ContactDraft(client_id=person, occurred_at=local_now() - timedelta(minutes=30),
                                      place="Bahnhof", items={"syringes": 7}))


def test_a_year_as_csv_with_the_keyboard(qtbot, make_controller, desk, desk_path, tmp_path):
    _anonymous_contact(desk)
    controller, dialog = _open(qtbot, make_controller, desk, desk_path)
    assert dialog.team.isHidden()  # a caseworker's desk: no team figures to offer
    # Alt+P, the period's kind: Year (the third); its days follow.
    _press(qtbot, Qt.Key.Key_P, ALT)
    assert QApplication.focusWidget() is dialog.kind
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Down)
    assert dialog.period_kind() == "year"
    # From: the first day's year is last month's; go to this year by typing the date.
    _press(qtbot, Qt.Key.Key_F, ALT)
    assert QApplication.focusWidget() is dialog.first
    today = date.today()
    qtbot.keyClicks(dialog.first, today.strftime("%d%m%Y"))
    assert dialog.period() == (date(today.year, 1, 1), date(today.year, 12, 31))
    assert not dialog.last.isEnabled()  # a year's last day follows from it
    # Alt+R, the format: CSV.
    _press(qtbot, Qt.Key.Key_R, ALT)
    _press(qtbot, Qt.Key.Key_Down)
    assert dialog.format.currentData() == "csv" and not dialog.language.isEnabled()
    out = tmp_path / "figures"
    messages.set_next_answer(out)
    with qtbot.waitSignal(dialog.saved, timeout=WORKER_TIMEOUT_MS) as saved:
        _press(qtbot, Qt.Key.Key_S, ALT)
    wait_idle(qtbot, controller.db_thread)
    assert saved.args == [tmp_path / "figures.csv"]
    written = (tmp_path / "figures.csv").read_text("utf-8")
    rows = list(csv.reader(io.StringIO(written)))
    assert ["street_summary", "anonymous_contacts", "", "1"] in rows and ["street_items", "syringes", "", "7"] in rows
    assert "ZZ80m" not in written and "Nachtfalter" not in written
    assert os.stat(tmp_path / "figures.csv").st_mode & 0o777 == 0o600
    assert "Saved to" in dialog.message.text()
    _press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: is_closed(dialog))


def test_a_lead_saves_the_teams_pdf_in_danish(qtbot, make_controller, desk, desk_path, tmp_path):
    _anonymous_contact(desk)
    desk.identity = replace(desk.identity, role=Role.TEAM_LEAD.value)
    controller, dialog = _open(qtbot, make_controller, desk, desk_path)
    assert not dialog.team.isHidden()
    _press(qtbot, Qt.Key.Key_T, ALT)
    assert QApplication.focusWidget() is dialog.team
    _press(qtbot, Qt.Key.Key_Space)
    assert dialog.team.isChecked()
    # Chosen days: from a week ago to today.
    _press(qtbot, Qt.Key.Key_P, ALT)
    for _ in range(3):
        _press(qtbot, Qt.Key.Key_Down)
    assert dialog.period_kind() == "custom" and dialog.last.isEnabled()
    _press(qtbot, Qt.Key.Key_F, ALT)
    qtbot.keyClicks(dialog.first, (date.today() - timedelta(days=7)).strftime("%d%m%Y"))
    _press(qtbot, Qt.Key.Key_O, ALT)
    assert QApplication.focusWidget() is dialog.last
    qtbot.keyClicks(dialog.last, date.today().strftime("%d%m%Y"))
    assert dialog.period() == (date.today() - timedelta(days=7), date.today())
    _press(qtbot, Qt.Key.Key_L, ALT)
    assert QApplication.focusWidget() is dialog.language
    _press(qtbot, Qt.Key.Key_Home)
    for _ in range(len(UI_LANGUAGES)):
        if dialog.language.currentData() == "da":
            break
        _press(qtbot, Qt.Key.Key_Down)
    assert dialog.language.currentData() == "da"
    messages.set_next_answer(tmp_path / "team.pdf")
    with qtbot.waitSignal(dialog.saved, timeout=WORKER_TIMEOUT_MS):
        _press(qtbot, Qt.Key.Key_Return)  # Save… is the default button
    wait_idle(qtbot, controller.db_thread)
    reader = pypdf.PdfReader(tmp_path / "team.pdf")
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Statistik til bevillingsgivere" in text and "Nøgletal pr. medarbejder" in text
    assert desk.identity.name in text  # workers are named, clients never
    assert "Sprøjter" in text and "Nachtfalter" not in text and "ZZ80m" not in text


def test_escape_cancels_the_computation_and_saves_nothing(qtbot, make_controller, desk, desk_path, tmp_path,
                                                          monkeypatch):
    controller, dialog = _open(qtbot, make_controller, desk, desk_path)
    started, release = threading.Event(), threading.Event()
    original = statistics_service._Computation._episodes

    def slow_episodes(self):
        started.set()
        release.wait(WORKER_TIMEOUT_MS / 1000)
        return original(self)

    monkeypatch.setattr(statistics_service._Computation, "_episodes", slow_episodes)
    messages.set_next_answer(tmp_path / "never.pdf")
    _press(qtbot, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(started.is_set, timeout=WORKER_TIMEOUT_MS)
    assert dialog.running and not dialog.progress.isHidden() and not dialog.save_button.isEnabled()
    _press(qtbot, Qt.Key.Key_Escape)  # stops the figures; the dialog stays open
    release.set()
    wait_idle(qtbot, controller.db_thread)
    qtbot.waitUntil(lambda: not dialog.running, timeout=WORKER_TIMEOUT_MS)
    assert dialog.isVisible() and "Cancelled" in dialog.message.text()
    assert not (tmp_path / "never.pdf").exists()
    assert dialog.save_button.isEnabled()
