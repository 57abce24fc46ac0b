"""All database work on one background thread; results come back to the GUI thread by signal.

Modelled on Anki's ``CollectionOp`` and task manager: the GUI thread never waits on the database,
and SQLite's single connection is only ever used from one thread. A ``DeskHandle`` pairs the
database thread with the unlocked ``Desk``; once it is closed (on lock) late results are dropped instead of
reaching widgets that no longer show client data.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from casedesk.services.desk import Desk
from casedesk.services.desk_security import OperationCancelled
from casedesk.services.dto import ChangeSet
from casedesk.services.sync_service import SyncCancelled, SyncLane

T = TypeVar("T")

# Fast work should not make a dialog flicker (Anki uses the same delay).
PROGRESS_DELAY_MS = 600


@dataclass
class _Job:
    fn: Callable[[], Any]
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[BaseException], None] | None
    result: Any = None
    error: BaseException | None = None


class DatabaseThread(QObject):
    """One thread for the desk; ``submit`` queues a callable, callbacks run on the GUI thread.

    Jobs run in the order submitted, except that an ``urgent`` one goes ahead of every job not yet
    begun that is not urgent itself: what the worker waits on with their hands on the keys (a
    quick-captured contact) must not queue behind the refreshes that opening the window started.
    """

    _job_finished = Signal(object)
    idle_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="casedesk-db")
        self._pending = 0
        self._lock = threading.Lock()
        # Jobs not yet begun; the first ``_urgent`` of them are urgent ones.
        self._queue: deque[_Job] = deque()
        self._urgent = 0
        self._job_finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def pending(self) -> int:
        """Jobs submitted whose callbacks have not yet run on the GUI thread."""
        return self._pending

    def submit(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        urgent: bool = False,
    ) -> None:
        job = _Job(fn, on_success, on_failure)
        self._pending += 1
        if self._pending == 1:
            self.idle_changed.emit(False)
        with self._lock:
            if urgent:
                self._queue.insert(self._urgent, job)
                self._urgent += 1
            else:
                self._queue.append(job)
        # One run per job: each takes whichever job is first in the queue when its turn comes.
        self._executor.submit(self._run_next)

    def _run_next(self) -> None:
        with self._lock:
            job = self._queue.popleft()
            self._urgent = max(self._urgent - 1, 0)
        try:
            job.result = job.fn()
        except BaseException as error:  # noqa: BLE001 - every failure must reach the GUI thread
            job.error = error
        self._job_finished.emit(job)

    @Slot(object)
    def _deliver(self, job: _Job) -> None:
        self._pending -= 1
        try:
            if job.error is None:
                if job.on_success:
                    job.on_success(job.result)
            elif job.on_failure:
                job.on_failure(job.error)
            else:
                raise job.error
        finally:
            if self._pending == 0:
                self.idle_changed.emit(True)

    def shutdown(self) -> None:
        """Finish queued work and stop the thread (blocks: only for application exit and tests)."""
        self._executor.shutdown(wait=True)


class DeskHandle(QObject):
    """The unlocked desk as the GUI sees it: only reachable through operations on the database thread."""

    closed = Signal()
    #: ``(ChangeSet, initiator)`` after every operation or sync that wrote something; the
    #: initiator is the widget that ran the operation (None for a sync), so it can skip its own.
    changed = Signal(object, object)
    # A sync lane's changes, emitted on the lane's thread; queued over to the GUI thread.
    _lane_changed = Signal(object)

    def __init__(self, db_thread: DatabaseThread, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_thread = db_thread
        self._desk: Desk | None = desk
        # Read once on the database thread during unlock; safe to show from the GUI thread.
        self.identity = desk.identity
        self.desk_name = desk.path.stem
        self._lane_changed.connect(self._on_lane_changed, Qt.ConnectionType.QueuedConnection)

    @property
    def is_open(self) -> bool:
        return self._desk is not None

    def op(self, parent: QWidget | None, fn: Callable[[Desk], T]) -> DeskOp[T]:
        return DeskOp(parent, fn, self)

    def _emit_changed(self, changes: ChangeSet, initiator: object) -> None:
        self.changed.emit(changes, initiator)

    def run(self, fn: Callable[[Desk], Any], on_success: Callable[[Any], None] | None,
            on_failure: Callable[[BaseException], None] | None, initiator: object = None,
            urgent: bool = False) -> None:
        desk = self._desk
        if desk is None:
            return

        def job() -> tuple[Any, ChangeSet, BaseException | None]:
            try:
                result, error = fn(desk), None
            except BaseException as failure:  # noqa: BLE001 - re-raised on the GUI thread below
                result, error = None, failure
            # Taken on the database thread, whatever happened: a failed operation may have
            # committed part of its work.
            return result, desk.changes.take(), error

        def deliver(outcome: tuple[Any, ChangeSet, BaseException | None]) -> None:
            result, changes, error = outcome
            if not self.is_open:
                return
            if changes:
                self._emit_changed(changes, initiator)
            if error is None:
                if on_success:
                    on_success(result)
            elif on_failure:
                on_failure(error)

        # ``job`` never raises: a failure travels in its result, with the changes made before it.
        self.db_thread.submit(job, deliver, urgent=urgent)

    def run_on_sync_lane(self, fn: Callable[[SyncLane], T]) -> T:
        """Run ``fn`` on the calling thread (never the GUI's) with a desk connection of its own.

        For a sync: its network waits must not hold up the database thread. Locking cancels it and
        the lane's connection is dropped as ``fn`` returns; raises ``SyncCancelled`` once locked.
        What the sync wrote reaches ``changed`` on the GUI thread.
        """
        desk = self._desk
        if desk is None:
            raise SyncCancelled()
        lane = desk.open_sync_lane()
        try:
            return fn(lane)
        finally:
            lane.close()
            changes = desk.changes.take()
            if changes:
                self._lane_changed.emit(changes)

    def run_beside(self, fn: Callable[[Desk], T]) -> T:
        """Run ``fn`` on the calling thread (never the GUI's) for work through connections of its
        own (a backup, an integrity check), so the database thread stays free for the window.
        ``fn`` must stop when the desk locks (``closed``); raises OperationCancelled once locked."""
        desk = self._desk
        if desk is None:
            raise OperationCancelled()
        return fn(desk)

    @Slot(object)
    def _on_lane_changed(self, changes: ChangeSet) -> None:
        if self.is_open:
            self._emit_changed(changes, None)

    def close(self, on_closed: Callable[[], None] | None = None) -> None:
        """Drop the desk: queued after all pending work, so nothing runs on a closed engine."""
        desk, self._desk = self._desk, None
        if desk is None:
            return
        # At once, not after the queued work: a sync on its lane holds the key too.
        desk.cancel_syncs()
        self.closed.emit()
        self.db_thread.submit(desk.close, lambda _result: on_closed and on_closed())


class DeskOp(Generic[T]):
    """``desk_handle.op(parent, fn).success(cb).failure(cb).with_progress(label).run()``.

    ``fn`` runs on the database thread with the desk; ``success`` gets its result on the GUI thread.
    A failure without a handler goes to the application's error dialog (sys.excepthook).
    Callbacks are skipped once ``parent`` is deleted or the desk was locked meanwhile.
    """

    def __init__(self, parent: QWidget | None, fn: Callable[[Desk], T], desk_handle: DeskHandle) -> None:
        self._parent = parent
        self._fn = fn
        self._desk_handle = desk_handle
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._progress_label: str | None = None
        self._cancellable = False
        self._urgent = False
        self.cancel_requested = threading.Event()

    def success(self, callback: Callable[[T], None]) -> DeskOp[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> DeskOp[T]:
        self._on_failure = callback
        return self

    def urgent(self) -> DeskOp[T]:
        """Ahead of the work queued before it that is not urgent (``DatabaseThread``): for what
        the worker waits on at the keyboard, never for a refresh."""
        self._urgent = True
        return self

    def with_progress(self, label: str, cancellable: bool = False) -> DeskOp[T]:
        """Show a busy dialog if the work takes longer than ``PROGRESS_DELAY_MS``.

        With ``cancellable`` the dialog has a cancel button that sets ``cancel_requested``; ``fn``
        should poll it, and a cancelled operation's result is dropped.
        """
        self._progress_label = label
        self._cancellable = cancellable
        return self

    def run(self) -> None:
        progress = _DelayedProgress(self._parent, self._progress_label, self._cancellable,
                                    self.cancel_requested) if self._progress_label else None

        def parent_alive() -> bool:
            return self._parent is None or shiboken6.isValid(self._parent)

        def on_success(result: T) -> None:
            if progress:
                progress.finish()
            if self.cancel_requested.is_set() or not parent_alive():
                return
            if self._on_success:
                self._on_success(result)

        def on_failure(error: BaseException) -> None:
            if progress:
                progress.finish()
            if self.cancel_requested.is_set() or not parent_alive():
                return
            if self._on_failure:
                self._on_failure(error)
            else:
                raise error

        self._desk_handle.run(self._fn, on_success, on_failure, initiator=self._parent, urgent=self._urgent)


class _DelayedProgress(QObject):
    def __init__(self, parent: QWidget | None, label: str | None, cancellable: bool,
                 cancel_requested: threading.Event) -> None:
        super().__init__(parent)
        self._parent = parent
        self._label = label or ""
        self._cancellable = cancellable
        self._cancel_requested = cancel_requested
        self._dialog: QProgressDialog | None = None
        self._timer = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._timer.timeout.connect(self._show)
        self._timer.start()

    def _show(self) -> None:
        dialog = QProgressDialog(self._label, "", 0, 0, self._parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        if self._cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("DeskOp", "Cancel"))
            dialog.canceled.connect(self._cancel_requested.set)
        else:
            dialog.setCancelButton(None)
        dialog.show()
        self._dialog = dialog

    def finish(self) -> None:
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self.deleteLater()


class RefreshOnChange(QObject):
    """Keeps ``view`` current with the desk: when a change set touches ``tables`` (for
    ``client_id()``, or any client when it returns None), ``reload`` runs at once if the view is
    visible, else at its next show. Changes the view made itself (``own``, by default the view:
    the initiator its operations name) are skipped, it shows them already.

    The view starts stale: its first show loads it.
    """

    def __init__(self, view: QWidget, desk_handle: DeskHandle, tables: tuple[str, ...], reload: Callable[[], None],
                 client_id: Callable[[], str | None] = lambda: None) -> None:
        super().__init__(view)
        self._view = view
        self._tables = tables
        self._reload = reload
        self._client_id = client_id
        self.own: QObject = view
        self.stale = True
        view.installEventFilter(self)
        desk_handle.changed.connect(self._on_desk_handle_changed)

    def mark_stale(self) -> None:
        """Read again: now if visible, else when next shown."""
        if self._view.isVisible():
            self.stale = False
            self._reload()
        else:
            self.stale = True

    def load_if_stale(self) -> None:
        if self.stale:
            self.stale = False
            self._reload()

    def _on_desk_handle_changed(self, changes: ChangeSet, initiator: object) -> None:
        if initiator is not self.own and changes.touches(self._tables, self._client_id()):
            self.mark_stale()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Show:
            self.load_if_stale()
        return False
