"""Syncing a desk with the office's central store: set-up, a run, conflicts and their resolution.

The central address and the worker's credentials live in the desk's encrypted settings, never in
a plain file. TLS towards PostgreSQL is the address's business: ``?sslmode=verify-full`` (with
``sslrootcert=`` for an office CA) in the URL given to ``sync-setup``.
"""

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from casedesk.models import SYNCED_MODELS, Client, DeskSetting, PendingChange, SyncConflict, Worker, local_now
from casedesk.services.dto import display_name
from casedesk.services.errors import NotFound, ValidationFailed
from casedesk.store.hlc import Stamp
from casedesk.sync import central
from casedesk.sync.codec import decode_value
from casedesk.sync.engine import LAST_SUCCESS_KEY, FaultHook, ProgressCallback, SyncEngine, SyncReport
from casedesk.sync.errors import (
    CentralNotInitialised,
    CentralOutdated,
    CentralUnreachable,
    ClientOutdated,
    ClockAhead,
    CredentialsRejected,
    DeviceRevoked,
    SyncCancelled,
    SyncError,
    SyncNotConfigured,
    WrongWorker,
)

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

__all__ = [
    "CentralNotInitialised",
    "CentralOutdated",
    "CentralUnreachable",
    "ClientOutdated",
    "ClockAhead",
    "ConflictEntry",
    "CredentialsRejected",
    "DeviceRevoked",
    "SyncCancelled",
    "SyncError",
    "SyncNotConfigured",
    "SyncReport",
    "SyncService",
    "SyncStatus",
    "WrongWorker",
]

URL_KEY = "sync.url"
LOGIN_KEY = "sync.login"
TOKEN_KEY = "sync.token"
_MODELS = {model.__tablename__: model for model in SYNCED_MODELS}


@dataclass(frozen=True)
class SyncStatus:
    configured: bool
    last_success: datetime | None
    pending_changes: int
    open_conflicts: int


@dataclass(frozen=True)
class ConflictEntry:
    """One losing value, for the Conflicts view."""

    id: str
    client_id: str | None
    client_name: str
    table_name: str
    field: str
    mine: str
    mine_at: datetime
    theirs: str
    theirs_at: datetime
    theirs_device: str
    winner: str
    current: str


def _stamp_time(stamp: str) -> datetime:
    return datetime.fromtimestamp(Stamp.parse(stamp).millis / 1000) if stamp else datetime.min


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


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
            pending = session.scalar(select(func.count()).select_from(PendingChange)) or 0
            conflicts = session.scalar(select(func.count()).select_from(SyncConflict)
                                       .where(SyncConflict.resolved_at.is_(None))) or 0
        last = self._desk.setting(LAST_SUCCESS_KEY)
        last_local = None
        if last:
            last_local = datetime.fromisoformat(last).replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
        return SyncStatus(configured=self.is_configured(), last_success=last_local,
                          pending_changes=pending, open_conflicts=conflicts)

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
    ) -> SyncReport:
        """Handshake, push, pull, check. Raises a ``SyncError``; a revoked laptop is wiped first."""
        if not self.is_configured():
            raise SyncNotConfigured()
        session = self._open(self._desk.setting(URL_KEY), self._desk.setting(LOGIN_KEY), self._desk.setting(TOKEN_KEY))
        try:
            engine = SyncEngine(
                self._desk._sessions, self._desk.clock, self._desk.identity.worker_id, session,
                wall_clock=wall_clock, progress=progress, cancelled=cancelled, fault=fault)
            try:
                report = engine.run(force_full=force_full)
                report.open_conflicts = self.status().open_conflicts
                return report
            except DeviceRevoked:
                for key in (URL_KEY, LOGIN_KEY, TOKEN_KEY):
                    self._desk.set_setting(key, "")
                raise
        finally:
            session.close()

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
                client = session.get(Client, conflict.client_id) if conflict.client_id else None
                entries.append(ConflictEntry(
                    id=conflict.id, client_id=conflict.client_id,
                    client_name=display_name(client.first_name, client.last_name, client.alias) if client else "",
                    table_name=conflict.table_name, field=conflict.field,
                    mine=_shown(decode_value(table, conflict.field, conflict.mine_value)),
                    mine_at=_stamp_time(conflict.mine_hlc),
                    theirs=_shown(decode_value(table, conflict.field, conflict.theirs_value)),
                    theirs_at=_stamp_time(conflict.theirs_hlc),
                    theirs_device=Stamp.parse(conflict.theirs_hlc).device[:8] if conflict.theirs_hlc else "",
                    winner=conflict.winner,
                    current=_shown(getattr(record, conflict.field)) if record is not None else "",
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
                if not isinstance(getattr(record, conflict.field), str | None):
                    raise ValidationFailed({"merged_text": "text_fields_only"})
                value = merged_text
            else:
                value = decode_value(table, conflict.field,
                                     conflict.mine_value if choice == "mine" else conflict.theirs_value)
            setattr(record, conflict.field, value)
            conflict.resolved_at = local_now()
