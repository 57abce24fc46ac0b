"""Helpers the UI tests share (imported by name; conftest.py holds the fixtures)."""

from datetime import date, timedelta

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from casedesk.domain import ContactType, Phase
from casedesk.models import local_now
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft, ContactDraft
from casedesk.ui.app import CaseDeskController
from casedesk.ui.desk_thread import DatabaseThread

WORKER_TIMEOUT_MS = 10_000


def wait_idle(qtbot: QtBot, db_thread: DatabaseThread) -> None:
    """Wait until every queued desk operation has run and delivered its result."""
    qtbot.waitUntil(lambda: db_thread.pending == 0, timeout=WORKER_TIMEOUT_MS)


def add_clients(desk: Desk) -> dict[str, str]:
    """A small caseload: name -> client id."""
    ids = {
        "kalle": desk.clients.create(ClientDraft(first_name="Karl", last_name="Meier", alias="Kalle",
                                                 whereabouts="Hauptbahnhof, Südseite")),
        "mette": desk.clients.create(ClientDraft(first_name="Mette", last_name="Sørensen",
                                                 birth_date=date(1984, 6, 1), birth_date_approximate=True,
                                                 whereabouts="Værestedet Istedgade")),
        "jonas": desk.clients.create(ClientDraft(first_name="Jonas", last_name="Albrecht",
                                                 whereabouts="Notschlafstelle Nord")),
    }
    return ids


def make_overdue(desk: Desk, client_id: str, days_ago: int = 8) -> None:
    """Put a client into monitoring with the last contact ``days_ago`` days back."""
    desk.clients.set_phase(client_id, Phase.MONITORING.value)
    desk.contacts.record(ContactDraft(client_id=client_id, type=ContactType.STREET.value,
                                      occurred_at=local_now() - timedelta(days=days_ago), note="Am Bahnhof getroffen"))


def open_main_window(qtbot: QtBot, controller: CaseDeskController, desk: Desk) -> None:
    """Hand an already open desk to the controller (skips the unlock dialog) and wait for the window."""
    controller.adopt_desk(desk)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WORKER_TIMEOUT_MS)
    wait_idle(qtbot, controller.db_thread)


def visible_dialog(qtbot: QtBot, kind: type[QWidget]) -> QWidget:
    """The visible top-level window of ``kind``, once it is open."""
    qtbot.waitUntil(lambda: any(isinstance(w, kind) and w.isVisible() for w in QApplication.topLevelWidgets()))
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def is_closed(dialog: QWidget) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def choose(qtbot: QtBot, combo: QComboBox, value) -> None:
    """Pick ``value`` in a combo box with the keyboard, from its first entry down."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentData() != value:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
