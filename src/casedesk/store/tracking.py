"""Stamps every change to a synced row and records it in the outbox in the same flush.

Doing this in one ``before_flush`` hook, instead of in each service, means no code path can
change synced data without the sync learning about it. The same hook writes the access log
(``AuditEntry``) of every change to a row about a client: who, which record, what kind.
"""

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session

from casedesk.models import (
    SYNCED_ENTITIES,
    AccessKind,
    AuditEntry,
    Disclosure,
    PendingChange,
    Scope,
    Synced,
    new_id,
)
from casedesk.store.hlc import HybridLogicalClock

#: A session whose ``info`` holds this key writes no audit entries of its own (an erasure records
#: one for the whole client instead of one per blanked row).
AUDIT_OFF = "audit_off"
_SCOPES = {entity.table_name: entity.scope for entity in SYNCED_ENTITIES}
_AUDIT = AuditEntry.__table__


class PhysicalDeleteRefused(RuntimeError):
    """Synced rows are tombstoned (``deleted = True``); a DELETE would be resurrected by sync."""


def _changed_fields(obj: Synced, is_new: bool) -> list[str]:
    columns = type(obj).content_columns()
    if is_new:
        return columns
    state = inspect(obj)
    return [name for name in columns if state.attrs[name].history.has_changes()]


def _record(session: Session, obj: Synced, fields: list[str], stamp: str, device_id: str) -> None:
    agreed_clocks = dict(obj.field_clocks or {})
    clocks = dict(agreed_clocks)
    clocks.update({name: stamp for name in fields})
    obj.field_clocks = clocks
    obj.hlc = stamp
    obj.origin_device = device_id
    table = type(obj).__tablename__
    with session.no_autoflush:
        pending = session.scalars(
            select(PendingChange).where(PendingChange.table_name == table, PendingChange.row_id == obj.id)
        ).first()
    if pending is None:
        session.add(PendingChange(op_id=new_id(), table_name=table, row_id=obj.id, fields=sorted(fields), hlc=stamp,
                                  base_clocks=agreed_clocks))
    else:
        pending.fields = sorted(set(pending.fields) | set(fields))
        pending.hlc = stamp
        # A new operation id: the central store may already hold a receipt for the old one.
        pending.op_id = new_id()


def audited_client(obj: Synced) -> str | None:
    """The client whose file the row belongs to, or None (a shared or a personal row)."""
    scope = _SCOPES.get(type(obj).__tablename__)
    if scope is None or scope is Scope.SHARED:
        return None
    return obj.id if scope is Scope.CLIENT else getattr(obj, "client_id", None)


def _access_kind(obj: Synced, is_new: bool, fields: list[str]) -> str:
    if is_new:
        return AccessKind.DISCLOSE.value if isinstance(obj, Disclosure) else AccessKind.CREATE.value
    if "deleted" in fields and obj.deleted:
        return AccessKind.DELETE.value
    return AccessKind.CHANGE.value


def install_change_tracking(session_factory, clock: HybridLogicalClock, device_id: str,
                            worker_id: Callable[[], str] | None = None) -> None:
    """Attach the tracker to sessions made by ``session_factory`` (a sessionmaker); changes are
    logged in the name ``worker_id()`` gives at the time (none without it)."""

    @event.listens_for(session_factory, "before_flush")
    def _stamp_changes(session: Session, _flush_context, _instances) -> None:
        if session.info.get("applying_remote"):
            return
        for obj in session.deleted:
            if isinstance(obj, Synced):
                raise PhysicalDeleteRefused(type(obj).__tablename__)
        worker = worker_id() if worker_id is not None and not session.info.get(AUDIT_OFF) else ""
        audit: list[dict] | None = [] if worker else None
        now = datetime.now()
        for obj in list(session.new) + list(session.dirty):
            if not isinstance(obj, Synced):
                continue
            is_new = obj in session.new
            if is_new and obj.id is None:
                obj.id = new_id()
            fields = _changed_fields(obj, is_new)
            if fields:
                _record(session, obj, fields, clock.now(), device_id)
                client_id = audited_client(obj) if audit is not None else None
                if client_id is not None:
                    audit.append({"id": new_id(), "at": now, "worker_id": worker, "device_id": device_id,
                                  "client_id": client_id, "table_name": type(obj).__tablename__,
                                  "record_id": obj.id, "kind": _access_kind(obj, is_new, fields), "sent": False})
        if audit:
            # Core, on the flush's own connection: the ORM would flush these again (and report
            # them to the views as a change of the client).
            session.connection().execute(insert(_AUDIT), audit)
