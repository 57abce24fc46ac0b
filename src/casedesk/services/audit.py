"""The access log (audit): every view and change of a client's file, ids only, never content.

Changes are logged by the change tracker (``casedesk.store.tracking``) in the same flush as the
change; opening a client's file, an export, a print and an erasure are logged here, in the unit
of work that does them. Offline too: an entry waits on the laptop until a sync takes it to the
central store (``casedesk.sync.audit``). A team lead or an admin reads every entry the desk
holds (their laptop receives the team's); anyone else reads their own.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from casedesk.domain import ClientStatus, Role
from casedesk.models import AccessKind, AuditEntry, Client, Worker, new_id
from casedesk.services.dto import display_name

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

__all__ = ["AccessKind", "AuditLine", "AuditService"]

_AUDIT = AuditEntry.__table__
_READERS = frozenset({Role.TEAM_LEAD.value, Role.ADMIN.value})


@dataclass(frozen=True)
class AuditLine:
    id: str
    at: datetime
    worker_id: str
    #: The colleague's name from the worker directory ("" when the desk does not know them).
    worker_name: str
    client_id: str | None
    #: "" for a client this desk does not hold or whose data were erased.
    client_name: str
    client_erased: bool
    table_name: str
    record_id: str
    kind: str


class AuditService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    # --- writing ------------------------------------------------------------------------------
    def record(self, session: Session, client_id: str, kind: AccessKind, table_name: str = "client",
               record_id: str | None = None) -> None:
        """One entry in ``session``'s unit of work (so it is there exactly when what it logs is)."""
        identity = self._desk.identity
        # Core on the session's connection: no flush, and the views are not told of a change.
        session.connection().execute(insert(_AUDIT), [{
            "id": new_id(), "at": datetime.now(), "worker_id": identity.worker_id,
            "device_id": identity.device_id, "client_id": client_id, "table_name": table_name,
            "record_id": record_id or client_id, "kind": kind.value, "sent": False}])

    def record_access(self, client_id: str, kind: AccessKind, table_name: str = "client",
                      record_id: str | None = None) -> None:
        with self.commit_without_waiting(), self._desk.session() as session:
            self.record(session, client_id, kind, table_name, record_id)

    @contextmanager
    def commit_without_waiting(self) -> Iterator[None]:
        """Inside: commits do not wait for the disk (``synchronous = NORMAL`` in WAL mode), for a
        unit of work that writes nothing but its log entry (opening a file reads; waiting for the
        disk made its entry cost 2-6 ms on a busy machine). An application crash loses nothing;
        a power cut may take back the entries written since the last commit that waited (every
        edit's does), never damage the file."""
        with self._desk.engine.connect() as connection:
            driver, errors = connection.connection.driver_connection, connection.dialect.loaded_dbapi.Error
        # SQLite changes it only outside a transaction: on the driver, between transactions.
        level = int(driver.execute("PRAGMA synchronous").fetchone()[0])
        driver.execute("PRAGMA synchronous = NORMAL")
        try:
            yield
        finally:
            try:
                driver.execute(f"PRAGMA synchronous = {level}")
            except errors:
                pass  # a lock closed the connection meanwhile: nothing commits on it any more

    # --- reading ------------------------------------------------------------------------------
    @property
    def reads_everyone(self) -> bool:
        """Team leads and admins read every entry the desk holds; others their own."""
        return self._desk.identity.role in _READERS

    def lines(self, client_id: str | None = None, limit: int | None = None) -> list[AuditLine]:
        """The entries (of ``client_id``, else all), newest first."""
        query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        if client_id is not None:
            query = query.where(AuditEntry.client_id == client_id)
        if not self.reads_everyone:
            query = query.where(AuditEntry.worker_id == self._desk.identity.worker_id)
        if limit is not None:
            query = query.limit(limit)
        with self._desk.session() as session:
            entries = session.scalars(query).all()
            workers = dict(session.execute(select(Worker.id, Worker.name).where(
                Worker.id.in_({entry.worker_id for entry in entries}))).all())
            clients = {row.id: row for row in session.execute(
                select(Client.id, Client.first_name, Client.last_name, Client.alias, Client.code, Client.status)
                .where(Client.id.in_({entry.client_id for entry in entries if entry.client_id})))}
        lines = []
        for entry in entries:
            client = clients.get(entry.client_id or "")
            erased = client is not None and client.status == ClientStatus.ERASED.value
            name = "" if client is None or erased else display_name(
                client.first_name, client.last_name, client.alias, client.code)
            lines.append(AuditLine(entry.id, entry.at, entry.worker_id, workers.get(entry.worker_id, ""),
                                   entry.client_id, name, erased, entry.table_name, entry.record_id, entry.kind))
        return lines
