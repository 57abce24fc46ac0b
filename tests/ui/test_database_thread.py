"""The database thread's order: jobs run as submitted, an urgent one ahead of those not begun."""

import threading

from ui_helpers import WORKER_TIMEOUT_MS, wait_idle


def test_an_urgent_job_goes_ahead_of_queued_ones_and_urgent_ones_keep_their_order(qtbot, db_thread):
    release = threading.Event()
    ran: list[str] = []
    db_thread.submit(lambda: release.wait(WORKER_TIMEOUT_MS / 1000))  # the job under way
    for name, urgent in (("refresh 1", False), ("refresh 2", False), ("names", True), ("save", True)):
        db_thread.submit(lambda name=name: ran.append(name), urgent=urgent)
    release.set()
    wait_idle(qtbot, db_thread)
    assert ran == ["names", "save", "refresh 1", "refresh 2"]


def test_without_urgent_jobs_the_order_is_the_order_submitted(qtbot, db_thread):
    ran: list[int] = []
    for number in range(20):
        db_thread.submit(lambda number=number: ran.append(number))
    wait_idle(qtbot, db_thread)
    assert ran == list(range(20))
