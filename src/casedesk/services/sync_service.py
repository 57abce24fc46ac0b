"""Syncing a desk with the office's central store: set-up, a run, conflicts and their resolution.

The central address and the worker's credentials live in the desk's encrypted settings, never in
a plain file. TLS towards PostgreSQL is the address's business: ``?sslmode=verify-full`` (with
``sslrootcert=`` for an office CA) in the URL given to ``sync-setup``.
"""

import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from casedesk.domain import RefusalReason
from casedesk.models import (
    ENTITIES_BY_TABLE,
    SYNCED_ENTITIES,
    SYNCED_MODELS,
    AuditEntry,
    Client,
    DeskSetting,
    PendingChange,
    Scope,
    SyncConflict,
    SyncNotice,
    Worker,
    local_now,
    new_id,
)
from casedesk.services.dto import display_name
from casedesk.services.errors import NotFound, ValidationFailed
from casedesk.store.database import open_second_engine, units_of_work
from casedesk.store.hlc import Stamp
from casedesk.store.tracking import AUDIT_OFF, install_change_tracking
from casedesk.sync import central
from casedesk.sync.audit import sync_audit
from casedesk.sync.codec import decode_value
from casedesk.sync.engine import LAST_SUCCESS_KEY, FaultHook, ProgressCallback, SyncEngine, SyncReport
from casedesk.sync.errors import (
    CentralNotInitialised,
    CentralOutdated,
    CentralRefused,
    CentralUnreachable,
    ClientOutdated,
    ClockAhead,
    CredentialsRejected,
    DeviceRevoked,
    SyncCancelled,
    SyncError,
    SyncNotConfigured,
    WorkerDisabled,
    WrongWorker,
)

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

__all__ = [
    "CentralNotInitialised",
    "CentralOutdated",
    "CentralRefused",
    "CentralUnreachable",
    "ClientOutdated",
    "ClockAhead",
    "ConflictEntry",
    "CredentialsRejected",
    "DeviceRevoked",
    "NoticeEntry",
    "RefusedEntry",
    "SyncCancelled",
    "SyncError",
    "SyncLane",
    "SyncNotConfigured",
    "SyncReport",
    "SyncService",
    "SyncStatus",
    "WorkerDisabled",
    "WrongWorker",
]

URL_KEY = "sync.url"
LOGIN_KEY = "sync.login"
TOKEN_KEY = "sync.token"
#: Set when the worker discarded refused changes: the next sync is a full resync, so the central
#: store's version of what was discarded comes back.
FORCE_FULL_KEY = "sync.force_full"
_MODELS = {model.__tablename__: model for model in SYNCED_MODELS}


@dataclass(frozen=True)
class SyncStatus:
    configured: bool
    last_success: datetime | None
    pending_changes: int
    open_conflicts: int
    #: Pending changes the central store refused: they wait for the worker's decision.
    refused_changes: int = 0


@dataclass(frozen=True)
class ConflictEntry:
    """One losing value, for the Conflicts view. Values are as stored (a date stays a date), so
    the UI shows them in the worker's locale."""

    id: str
    client_id: str | None
    client_name: str
    table_name: str
    field: str
    mine: object
    mine_at: datetime
    theirs: object
    theirs_at: datetime
    #: The colleague whose value clashed with ours; "" when the laptop does not know them.
    theirs_worker: str
    winner: str
    current: object
    #: Text the worker may merge by hand; other values (dates, yes/no, a worker) are one side's
    #: or the other's.
    mergeable: bool


@dataclass(frozen=True)
class RefusedEntry:
    """A change the central store refused; it waits on the laptop for the worker's decision."""

    op_id: str
    client_id: str | None
    client_name: str
    table_name: str
    #: A ``casedesk.domain.RefusalReason`` value.
    reason: str
    detail: str
    #: For ``client_moved``: the name of the client's new responsible worker, when known here.
    colleague: str
    #: When the change was made on this laptop (local time).
    changed_at: datetime


@dataclass(frozen=True)
class NoticeEntry:
    id: str
    #: A ``casedesk.domain.NoticeKind`` value.
    kind: str
    client_id: str | None
    client_name: str
    colleague: str
    count: int
    received_at: datetime


def synced_fields() -> list[tuple[str, str]]:
    """(table, column) of every content column of every synced entity: what a conflict or a
    refused change can name, so the UI can label each one."""
    return [(entity.table_name, column) for entity in SYNCED_ENTITIES for column in entity.content_columns]


def _stamp_time(stamp: str) -> datetime:
    return datetime.fromtimestamp(Stamp.parse(stamp).millis / 1000) if stamp else datetime.min


def _worker_name(session: Session, worker_id: str | None) -> str:
    worker = session.get(Worker, worker_id) if worker_id else None
    return worker.name if worker is not None else ""


def _client_name(session: Session, client_id: str | None) -> str:
    client = session.get(Client, client_id) if client_id else None
    return display_name(client.first_name, client.last_name, client.alias) if client is not None else ""


def _readable(session: Session, table, column: str, value: object) -> object:
    """A worker reference reads as the worker's name; every other value as stored."""
    if value and any(key.column.table.name == "worker" for key in table.c[column].foreign_keys):
        return _worker_name(session, str(value)) or value
    return value


def _mergeable(table, column: str) -> bool:
    definition = table.c[column]
    return definition.type.python_type is str and not definition.foreign_keys


def _client_of(session: Session, table_name: str, row_id: str) -> str | None:
    entity = ENTITIES_BY_TABLE[table_name]
    if entity.scope is Scope.CLIENT:
        return row_id
    if entity.scope is Scope.SHARED:
        return None
    record = session.get(entity.model, row_id)
    return record.client_id if record is not None else None


def _read_settings(sessions: sessionmaker, *keys: str) -> dict[str, str]:
    with sessions() as session:
        rows = session.scalars(select(DeskSetting).where(DeskSetting.key.in_(keys)))
        found = {row.key: row.value for row in rows}
    return {key: found.get(key, "") for key in keys}


def _write_settings(sessions: sessionmaker, values: dict[str, str]) -> None:
    with sessions() as session, session.begin():
        for key, value in values.items():
            session.merge(DeskSetting(key=key, value=value))


def _open_conflicts(sessions: sessionmaker) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(SyncConflict)
                              .where(SyncConflict.resolved_at.is_(None))) or 0


#: How much lower a sync on its own thread runs than the window's threads (``nice`` steps).
LANE_NICENESS = 10


def _yield_the_cpu_to_the_window() -> None:
    """A sync on a thread of its own (the window's: one per sync) runs at a lower CPU priority,
    and so do the threads it starts. The push keeps a core busy with its Python, and the central
    store's server the other: a search typed meanwhile took twice as long, its 95th percentile
    80-115 ms on 2 cores; at the lower priority 32-38 ms (idle 20 ms), while the push takes the
    time the window leaves. Linux only, where each thread has its own nice value; it cannot be
    raised again, so the main thread (a command line's, a test's) is left alone."""
    if not sys.platform.startswith("linux") or threading.current_thread() is threading.main_thread():
        return
    thread = threading.get_native_id()
    try:
        os.setpriority(os.PRIO_PROCESS, thread, min(19, os.getpriority(os.PRIO_PROCESS, thread) + LANE_NICENESS))
    except OSError:
        pass  # a sandbox that forbids it: the sync runs at the window's priority


class SyncLane:
    """A sync's own connection to the desk file, for a sync on a thread of its own.

    The desk's connection stays with list, search and quick capture while the sync waits on the
    network; both connections wait for each other's writes (``busy_timeout``) instead of failing.
    Change tracking and the clock are the desk's, so whatever the sync writes here is stamped and
    tracked exactly as on the desk's connection. Use it from one thread; only ``cancel`` may be
    called from another.
    """

    def __init__(self, desk: "Desk") -> None:
        self._desk = desk
        self._cancelled = threading.Event()
        self._connection_lock = threading.Lock()
        self._engine: Engine | None = open_second_engine(desk.engine)
        # The engine's one connection (a StaticPool's): ``cancel`` interrupts it from another thread.
        with self._engine.connect() as connection:
            self._dbapi_connection = connection.connection.dbapi_connection
        self.sessions = sessionmaker(units_of_work(self._engine), expire_on_commit=False)
        install_change_tracking(self.sessions, desk.clock, desk.identity.device_id, lambda: desk.identity.worker_id)
        desk.changes.install(self.sessions)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    @property
    def is_open(self) -> bool:
        """Whether the lane still holds its connection (and the key)."""
        return self._engine is not None

    def run(self, progress: ProgressCallback | None = None, cancelled: Callable[[], bool] | None = None,
            **options) -> SyncReport:
        """``SyncService.run`` on this lane; stops with ``SyncCancelled`` once ``cancel`` was called."""
        asked = cancelled or (lambda: False)
        _yield_the_cpu_to_the_window()
        try:
            return self._desk.sync.run(progress, lambda: self.cancelled or asked(), sessions=self.sessions,
                                       **options)
        except Exception as error:
            if self.cancelled and not isinstance(error, SyncCancelled):
                # An interrupted local statement or a dropped connection: the lock's doing.
                raise SyncCancelled() from None
            raise

    def cancel(self) -> None:
        """Stop the sync at once (any thread): a running local statement is interrupted."""
        self._cancelled.set()
        with self._connection_lock:
            if self._engine is not None:
                self._dbapi_connection.interrupt()

    def close(self) -> None:
        """Drop the connection and with it this lane's copy of the key."""
        with self._connection_lock:
            engine, self._engine = self._engine, None
        if engine is not None:
            engine.dispose()


class SyncService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    # --- set-up -----------------------------------------------------------------------------
    def is_configured(self) -> bool:
        return all(self._desk.setting(key) for key in (URL_KEY, LOGIN_KEY, TOKEN_KEY))

    def central_address(self) -> str:
        return self._desk.setting(URL_KEY)

    def status(self) -> "SyncStatus":
        """For the status bar: when the last sync succeeded (local time) and what waits to go out."""
        with self._desk.session() as session:
            # Both counts come from ix_pending_change_refusal: a desk that never synced holds a
            # row per record in its outbox.
            pending = session.scalar(select(func.count()).select_from(PendingChange)) or 0
            refused = session.scalar(select(func.count()).select_from(PendingChange)
                                     .where(PendingChange.refusal > "")) or 0
        conflicts = _open_conflicts(self._desk._sessions)
        last = self._desk.setting(LAST_SUCCESS_KEY)
        last_local = None
        if last:
            last_local = datetime.fromisoformat(last).replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
        return SyncStatus(configured=self.is_configured(), last_success=last_local,
                          pending_changes=pending, open_conflicts=conflicts, refused_changes=refused)

    def configure(self, url: str, login: str, token: str) -> None:
        """Check the address and credentials against the central store and remember them.

        A desk set up on its own before has a worker id of its own; the first set-up moves its
        records to the worker id the office created, as tracked edits, so they travel.
        """
        if not url.strip() or not login.strip() or not token:
            raise ValidationFailed({key: "required" for key, value in
                                    (("url", url.strip()), ("login", login.strip()), ("token", token)) if not value})
        session = self._open(url.strip(), login.strip(), token)
        try:
            handshake = session.handshake(central.SCHEMA_VERSION, central.PROTOCOL_VERSION, central.utc_now())
            with session.snapshot() as reader:
                worker_row = next(row for row in reader.shared_rows()["worker"] if row["id"] == handshake.worker_id)
        finally:
            session.close()
        if handshake.worker_id != self._desk.identity.worker_id:
            if self._desk.setting("sync.central_id"):
                raise WrongWorker()
            self._adopt_worker(worker_row)
        for key, value in ((URL_KEY, url.strip()), (LOGIN_KEY, login.strip()), (TOKEN_KEY, token)):
            self._desk.set_setting(key, value)

    def _adopt_worker(self, worker_row: dict) -> None:
        old_id = self._desk.identity.worker_id
        new_id = worker_row["id"]
        references = [(model, column.name) for model in SYNCED_MODELS for column in model.__table__.columns
                      if any(fk.column.table.name == "worker" for fk in column.foreign_keys)]
        with self._desk.session() as session:
            session.info["applying_remote"] = True
            # Re-keying is no access to a client's file; the log's entries change name with it.
            session.info[AUDIT_OFF] = True
            session.execute(update(AuditEntry).where(AuditEntry.worker_id == old_id).values(worker_id=new_id))
            if session.get(Worker, new_id) is None:
                session.add(Worker(**worker_row))
                session.flush()
            session.info["applying_remote"] = False
            for model, column in references:
                for row in session.scalars(select(model).where(getattr(model, column) == old_id)):
                    setattr(row, column, new_id)
            session.flush()
            session.info["applying_remote"] = True
            old = session.get(Worker, old_id)
            if old is not None:
                session.delete(old)
            for pending in session.scalars(select(PendingChange).where(PendingChange.table_name == "worker",
                                                                         PendingChange.row_id == old_id)):
                session.delete(pending)
            for key, value in (("worker_id", new_id), ("worker_name", worker_row["name"]),
                               ("team", worker_row["team"]), ("role", worker_row["role"])):
                session.merge(DeskSetting(key=key, value=value))
            session.flush()
        self._desk.identity = replace(self._desk.identity, worker_id=new_id, name=worker_row["name"],
                                      team=worker_row["team"], role=worker_row["role"])

    def _open(self, url: str, login: str, token: str) -> central.CentralSession:
        with central.translate_errors():
            engine = central.connect(url, login, token)
        return central.CentralSession(engine, self._desk.identity.device_id, login, token)

    # --- a run ------------------------------------------------------------------------------
    def run(
        self,
        progress: ProgressCallback | None = None,
        cancelled: Callable[[], bool] | None = None,
        *,
        force_full: bool = False,
        fault: FaultHook | None = None,
        wall_clock: Callable[[], datetime] = central.utc_now,
        sessions: sessionmaker | None = None,
    ) -> SyncReport:
        """Handshake, push, pull, check. Raises a ``SyncError``; a revoked laptop is wiped first.

        ``sessions``: the connection to do it on (a ``SyncLane``'s); by default the desk's own.
        """
        sessions = sessions or self._desk._sessions
        settings = _read_settings(sessions, URL_KEY, LOGIN_KEY, TOKEN_KEY, FORCE_FULL_KEY)
        if not all(settings[key] for key in (URL_KEY, LOGIN_KEY, TOKEN_KEY)):
            raise SyncNotConfigured()
        session = self._open(settings[URL_KEY], settings[LOGIN_KEY], settings[TOKEN_KEY])
        try:
            engine = SyncEngine(
                sessions, self._desk.clock, self._desk.identity.worker_id, session,
                wall_clock=wall_clock, progress=progress, cancelled=cancelled, fault=fault)
            try:
                report = engine.run(force_full=force_full or settings[FORCE_FULL_KEY] == "1")
                # The access log after the data: its entries never hold back a push or a pull.
                audit = sync_audit(sessions, session)
                report.audit_sent, report.audit_received = audit.sent, audit.received
            except DeviceRevoked:
                _write_settings(sessions, {URL_KEY: "", LOGIN_KEY: "", TOKEN_KEY: ""})
                # The rolling backups are copies of what was just wiped.
                self._desk.security.remove_rolling_backups()
                raise
        finally:
            session.close()
        if settings[FORCE_FULL_KEY]:
            _write_settings(sessions, {FORCE_FULL_KEY: ""})
        report.open_conflicts = _open_conflicts(sessions)
        return report

    # --- refused changes and notices -----------------------------------------------------------
    def refused_changes(self) -> list[RefusedEntry]:
        """Changes the central store refused, oldest edit first, each with its reason."""
        entries = []
        with self._desk.session() as session:
            rows = session.scalars(select(PendingChange).where(PendingChange.refusal != "")
                                   .order_by(PendingChange.seq)).all()
            for change in rows:
                client_id = _client_of(session, change.table_name, change.row_id)
                entries.append(RefusedEntry(
                    op_id=change.op_id, client_id=client_id, client_name=_client_name(session, client_id),
                    table_name=change.table_name, reason=change.refusal, detail=change.refusal_detail,
                    colleague=_worker_name(session, change.refusal_detail),
                    changed_at=_stamp_time(change.hlc)))
        return entries

    def _refused(self, session: Session, op_ids: list[str]) -> list[PendingChange]:
        rows = session.scalars(select(PendingChange).where(PendingChange.op_id.in_(op_ids),
                                                           PendingChange.refusal != "")).all()
        missing = set(op_ids) - {row.op_id for row in rows}
        if missing:
            raise NotFound(min(missing))
        return list(rows)

    def forward_refused(self, op_ids: list[str]) -> None:
        """Hand these refused changes to the client's new responsible worker at the next sync."""
        with self._desk.session() as session:
            changes = self._refused(session, op_ids)
            if any(change.refusal != RefusalReason.CLIENT_MOVED for change in changes):
                # Only a client now with a colleague has someone to take the change.
                raise ValidationFailed({"op_ids": "not_forwardable"})
            for change in changes:
                change.forward = True
                change.refusal = change.refusal_detail = ""
                # A fresh operation: the central store judges it anew instead of answering from
                # the receipt of the refused one.
                change.op_id = new_id()

    def discard_refused(self, op_ids: list[str]) -> None:
        """Drop these refused changes; the next sync brings back the central store's version."""
        with self._desk.session() as session:
            changes = self._refused(session, op_ids)
            session.execute(delete(PendingChange).where(PendingChange.seq.in_([c.seq for c in changes])))
            session.merge(DeskSetting(key=FORCE_FULL_KEY, value="1"))

    def notices(self) -> list[NoticeEntry]:
        """What syncs told the worker and they have not marked read, newest first."""
        with self._desk.session() as session:
            rows = session.scalars(select(SyncNotice).where(SyncNotice.read_at.is_(None))
                                   .order_by(SyncNotice.received_at.desc())).all()
            return [NoticeEntry(id=notice.id, kind=notice.kind, client_id=notice.client_id,
                                client_name=_client_name(session, notice.client_id),
                                colleague=_worker_name(session, notice.from_worker_id), count=notice.count,
                                received_at=notice.received_at) for notice in rows]

    def mark_notices_read(self, notice_ids: list[str]) -> None:
        with self._desk.session() as session:
            for notice in session.scalars(select(SyncNotice).where(SyncNotice.id.in_(notice_ids))):
                notice.read_at = local_now()

    # --- conflicts ----------------------------------------------------------------------------
    def conflicts(self) -> list[ConflictEntry]:
        entries = []
        with self._desk.session() as session:
            rows = session.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None))
                                   .order_by(SyncConflict.detected_at)).all()
            for conflict in rows:
                model = _MODELS[conflict.table_name]
                table = model.__table__
                record = session.get(model, conflict.row_id)
                entries.append(ConflictEntry(
                    id=conflict.id, client_id=conflict.client_id,
                    client_name=_client_name(session, conflict.client_id),
                    table_name=conflict.table_name, field=conflict.field,
                    mine=_readable(session, table, conflict.field,
                                   decode_value(table, conflict.field, conflict.mine_value)),
                    mine_at=_stamp_time(conflict.mine_hlc),
                    theirs=_readable(session, table, conflict.field,
                                     decode_value(table, conflict.field, conflict.theirs_value)),
                    theirs_at=_stamp_time(conflict.theirs_hlc),
                    theirs_worker=_worker_name(session, conflict.theirs_worker_id),
                    winner=conflict.winner,
                    current=_readable(session, table, conflict.field, getattr(record, conflict.field))
                    if record is not None else None,
                    mergeable=_mergeable(table, conflict.field),
                ))
        return entries

    def resolve(self, conflict_id: str, choice: str, merged_text: str | None = None) -> None:
        """Keep ``mine``, keep ``theirs`` or store ``merged`` text; written as a normal tracked edit."""
        if choice not in ("mine", "theirs", "merged"):
            raise ValidationFailed({"choice": "unknown"})
        with self._desk.session() as session:
            conflict = session.get(SyncConflict, conflict_id)
            if conflict is None or conflict.resolved_at is not None:
                raise NotFound(conflict_id)
            model = _MODELS[conflict.table_name]
            record = session.get(model, conflict.row_id)
            if record is None:
                raise NotFound(conflict.row_id)
            table = model.__table__
            if choice == "merged":
                if merged_text is None:
                    raise ValidationFailed({"merged_text": "required"})
                if not _mergeable(table, conflict.field):
                    raise ValidationFailed({"merged_text": "text_fields_only"})
                value = merged_text
            else:
                value = decode_value(table, conflict.field,
                                     conflict.mine_value if choice == "mine" else conflict.theirs_value)
            setattr(record, conflict.field, value)
            conflict.resolved_at = local_now()
