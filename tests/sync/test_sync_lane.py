"""Sync on its own lane: a second desk connection on a thread of its own.

The central store is slowed down (its handshake sleeps, as a far-away server would); meanwhile
the main window's search and quick capture work at their usual speed, locking stops the sync
at once and drops both connections and the key, and the next sync loses nothing.
"""

import os
import sys
import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import event, text

from casedesk.models import DeskSetting
from casedesk.services import monitoring, sync_service
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft, ClientFilter
from casedesk.services.sync_service import SyncCancelled, SyncLane
from casedesk.store import database
from casedesk.sync import central
from casedesk.ui import messages
from casedesk.ui.app import CaseDeskController
from casedesk.ui.desk_thread import DatabaseThread, DeskHandle
from casedesk.ui.main_window import MainWindow
from casedesk.ui.settings import AppSettings

#: What a desk operation may take while a sync runs: everyday speed, far below the slow handshake.
EVERYDAY_S = 1.0


@pytest.fixture(autouse=True)
def fresh_messages():
    messages.reset()
    yield
    messages.reset()


@pytest.fixture
def slow_central(monkeypatch):
    """Once ``slow_down(seconds)`` was called, the central store's handshake waits that long;
    ``entered`` is set while it waits."""

    class Slow:
        delay = 0.0
        entered = threading.Event()

        @classmethod
        def slow_down(cls, seconds: float) -> None:
            cls.delay = seconds
            cls.entered.clear()

    original = central.CentralSession.handshake

    def handshake(self, *args, **kwargs):
        if Slow.delay:
            Slow.entered.set()
            time.sleep(Slow.delay)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(central.CentralSession, "handshake", handshake)
    return Slow


@pytest.fixture
def lanes(monkeypatch):
    """Every second engine a sync opens, with whether it was disposed."""
    opened: list[dict] = []
    original = sync_service.open_second_engine

    def tracked(engine):
        second = original(engine)
        record = {"engine": second, "disposed": False}
        event.listen(second, "engine_disposed", lambda _engine: record.update(disposed=True))
        opened.append(record)
        return second

    monkeypatch.setattr(sync_service, "open_second_engine", tracked)
    return opened


def _wait_idle(qtbot, db_thread: DatabaseThread) -> None:
    qtbot.waitUntil(lambda: db_thread.pending == 0, timeout=10_000)


def test_search_and_quick_capture_work_while_a_sync_waits_on_the_network(
        qtbot, sqlite_central_url, make_device, slow_central, lanes):
    anna = make_device(sqlite_central_url, "Anna")
    jens = anna.desk.clients.create(ClientDraft(first_name="Jens", alias="Kralle", whereabouts="Park"))
    anna.desk.clients.create(ClientDraft(first_name="Mette", whereabouts="Hafen"))
    slow_central.slow_down(2.5)
    db_thread = DatabaseThread()
    window = MainWindow(DeskHandle(db_thread, anna.desk), AppSettings())
    qtbot.addWidget(window)
    window.show()
    _wait_idle(qtbot, db_thread)

    dialog = window.open_sync_dialog()
    qtbot.waitUntil(slow_central.entered.is_set, timeout=10_000)
    started = time.monotonic()
    qtbot.keyClicks(window.client_list.search, "Kralle")
    qtbot.waitUntil(lambda: [c.alias for c in window.client_list.model.clients()] == ["Kralle"],
                    timeout=int(EVERYDAY_S * 1000))
    capture = window.open_quick_capture(jens)
    qtbot.waitUntil(lambda: capture.clients_loaded, timeout=int(EVERYDAY_S * 1000))
    with qtbot.waitSignal(capture.contact_saved, timeout=int(EVERYDAY_S * 1000)):
        qtbot.keyClick(capture.type, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert time.monotonic() - started < slow_central.delay
    assert dialog.panel.controller.running, "the sync should still be waiting for the central store"

    with qtbot.waitSignal(dialog.synced, timeout=20_000):
        pass
    assert len(lanes) == 1 and lanes[0]["disposed"]
    # The contact saved during the sync went out with it, or goes with the next one.
    slow_central.slow_down(0)
    with qtbot.waitSignal(dialog.panel.controller.finished, timeout=20_000):
        dialog.panel.sync_button.click()
    assert dialog.panel.status.text().startswith("Applied:"), dialog.panel.status.text()
    _wait_idle(qtbot, db_thread)
    assert anna.desk.sync.status().pending_changes == 0
    assert len(anna.desk.contacts.timeline(jens)) == 1
    db_thread.shutdown()


def test_locking_during_a_sync_cancels_it_at_once_and_drops_both_connections(
        qtbot, sqlite_central_url, make_device, slow_central, lanes, monkeypatch, tmp_path):
    anna = make_device(sqlite_central_url, "Anna")
    anna.desk.clients.create(ClientDraft(first_name="Jens", alias="Kralle"))
    path = anna.desk.path
    slow_central.slow_down(0.5)
    outcomes: list[tuple[BaseException | object, float]] = []
    original_run = SyncLane.run

    def recorded(self, *args, **kwargs):
        try:
            report = original_run(self, *args, **kwargs)
        except BaseException as error:
            outcomes.append((error, time.monotonic()))
            raise
        outcomes.append((report, time.monotonic()))
        return report

    monkeypatch.setattr(SyncLane, "run", recorded)
    desk_disposed = threading.Event()
    event.listen(anna.desk.engine, "engine_disposed", lambda _engine: desk_disposed.set())

    db_thread = DatabaseThread()
    controller = CaseDeskController(path, AppSettings(), db_thread, "en")
    controller.adopt_desk(anna.desk)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    controller.main_window.open_sync_dialog()
    qtbot.waitUntil(slow_central.entered.is_set, timeout=10_000)
    locked_at = time.monotonic()
    controller.lock()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=5_000)
    error, ended_at = outcomes[0]
    assert isinstance(error, SyncCancelled)
    assert ended_at - locked_at < slow_central.delay + EVERYDAY_S
    qtbot.waitUntil(desk_disposed.is_set, timeout=5_000)
    qtbot.waitUntil(lambda: lanes and lanes[0]["disposed"], timeout=5_000)
    _wait_idle(qtbot, db_thread)
    for widget in QApplication.topLevelWidgets():
        widget.close()
    db_thread.shutdown()

    # Unlocked again, the next sync finishes the job: the client reaches the office.
    slow_central.slow_down(0)
    reopened = Desk.open(path, "correct horse battery staple")
    try:
        reopened.sync.run()
        assert reopened.sync.status().pending_changes == 0
    finally:
        reopened.close()
    admin = make_device(sqlite_central_url, "Office", role="admin")
    admin.sync.run()
    assert [c.alias for c in admin.desk.clients.list(ClientFilter(include_closed=True))] == ["Kralle"]


def test_a_write_on_one_connection_waits_for_the_others_instead_of_failing(desk):
    lane = desk.open_sync_lane()
    holding = threading.Event()

    def hold_a_write() -> None:
        with lane.sessions() as session, session.begin():
            session.merge(DeskSetting(key="lane", value="busy"))
            session.flush()
            holding.set()
            time.sleep(0.5)

    writer = threading.Thread(target=hold_a_write)
    writer.start()
    assert holding.wait(5)
    desk.set_setting("desk", "written after the lane's commit")
    writer.join()
    lane.close()
    assert (desk.setting("lane"), desk.setting("desk")) == ("busy", "written after the lane's commit")


def test_a_closed_desk_opens_no_sync_lane(desk):
    desk.cancel_syncs()
    with pytest.raises(SyncCancelled):
        desk.open_sync_lane()


def test_cancelling_a_lane_interrupts_its_running_statement(desk):
    lane = desk.open_sync_lane()
    outcome: list[BaseException] = []

    def endless_query() -> None:
        try:
            with lane.sessions() as session:
                session.execute(text("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                                     "SELECT count(*) FROM n")).scalar()
        except BaseException as error:  # noqa: BLE001 - the test inspects it
            outcome.append(error)

    query = threading.Thread(target=endless_query)
    query.start()
    time.sleep(0.2)
    started = time.monotonic()
    desk.cancel_syncs()
    query.join(5)
    assert not query.is_alive() and time.monotonic() - started < EVERYDAY_S
    assert "interrupted" in str(outcome[0])
    lane.close()


def test_a_search_under_way_does_not_lock_a_sync_out(sqlite_central_url, make_device, monkeypatch):
    """A read (the client list's search) takes no write lock, so a sync beginning meanwhile on its
    lane writes at once. Reads that took it made a stream of searches starve the lane out of its
    busy timeout ("database is locked": the sync failed)."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)
    anna = make_device(sqlite_central_url, "Anna")
    anna.desk.clients.create(ClientDraft(first_name="Jens"))
    searching, finish = threading.Event(), threading.Event()
    rules_of_the_team = monitoring.team_contact_rules

    def slow_rules(*args, **kwargs):
        rules = rules_of_the_team(*args, **kwargs)
        searching.set()
        finish.wait(10)
        return rules

    monkeypatch.setattr(monitoring, "team_contact_rules", slow_rules)
    found: list[list[str]] = []
    search = threading.Thread(target=lambda: found.append(
        [summary.display_name for summary in anna.desk.clients.list(ClientFilter(text="Jens"))]))
    search.start()
    try:
        assert searching.wait(5)
        lane = anna.desk.open_sync_lane()
        try:
            report = lane.run()
        finally:
            lane.close()
    finally:
        finish.set()
        search.join(10)
    assert report.pushed >= 1
    assert found == [["Jens"]]


def test_a_reading_session_saves_nothing(desk):
    with pytest.raises(RuntimeError, match="writes nothing"), desk.reading() as session:
        session.add(DeskSetting(key="read", value="written"))
        session.flush()
    assert desk.setting("read") == ""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice values are Linux's")
def test_a_sync_on_a_thread_of_its_own_yields_the_cpu_to_the_window(desk, monkeypatch):
    """The window's sync thread (and the threads it starts) run at a lower CPU priority, so a
    search typed during a push is not slowed by it; the main thread is never lowered."""
    priority = {}

    def sync_run(*_args, **_kwargs):
        thread = threading.get_native_id()
        priority["sync"] = os.getpriority(os.PRIO_PROCESS, thread)
        helper = threading.Thread(target=lambda: priority.update(
            started=os.getpriority(os.PRIO_PROCESS, threading.get_native_id())))
        helper.start()
        helper.join()
        return "report"

    monkeypatch.setattr(desk.sync, "run", sync_run)
    window = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    lane = desk.open_sync_lane()
    try:
        outcome = []
        thread = threading.Thread(target=lambda: outcome.append(lane.run()))
        thread.start()
        thread.join(10)
        assert outcome == ["report"]
        assert priority["sync"] == priority["started"] == min(19, window + sync_service.LANE_NICENESS)
        lane.run()
        assert priority["sync"] == window == os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    finally:
        lane.close()
