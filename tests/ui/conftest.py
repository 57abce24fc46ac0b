"""UI fixtures: one database thread per test that must be idle when the test ends, and controllers."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import WORKER_TIMEOUT_MS

from casedesk.ui import messages
from casedesk.ui.app import CaseDeskController
from casedesk.ui.desk_thread import DatabaseThread
from casedesk.ui.settings import AppSettings


@pytest.fixture(autouse=True)
def fresh_ui_state() -> Iterator[None]:
    messages.reset()
    QLocale.setDefault(QLocale("en_US"))
    yield
    messages.reset()


@pytest.fixture
def db_thread(qtbot: QtBot) -> Iterator[DatabaseThread]:
    """Fails the test if it ends with desk operations still running or undelivered."""
    db_thread = DatabaseThread()
    yield db_thread
    left_running = db_thread.pending
    qtbot.waitUntil(lambda: db_thread.pending == 0, timeout=WORKER_TIMEOUT_MS)
    db_thread.shutdown()
    assert left_running == 0, f"the test left {left_running} desk operation(s) running; wait for them"


@pytest.fixture
def app_settings() -> AppSettings:
    return AppSettings()


@pytest.fixture
def make_controller(qtbot: QtBot, db_thread: DatabaseThread,
                    app_settings: AppSettings) -> Iterator[Callable[..., CaseDeskController]]:
    controllers: list[CaseDeskController] = []

    def make(desk_path: Path, language: str = "en", idle_timeout_ms: int | None = None) -> CaseDeskController:
        controller = CaseDeskController(desk_path, app_settings, db_thread, language, idle_timeout_ms)
        controllers.append(controller)
        return controller

    yield make
    left_running = db_thread.pending
    for controller in controllers:
        controller.quit()
    qtbot.waitUntil(lambda: db_thread.pending == 0, timeout=WORKER_TIMEOUT_MS)
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    assert left_running == 0, f"the test left {left_running} desk operation(s) running; wait for them"

