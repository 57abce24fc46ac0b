"""Stamps every change to a synced row and records it in the outbox in the same flush.

Doing this in one ``before_flush`` hook, instead of in each service, means no code path can
change synced data without the sync learning about it.
"""

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from casedesk.models import PendingChange, Synced, new_id
from casedesk.store.hlc import HybridLogicalClock


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


def install_change_tracking(session_factory, clock: HybridLogicalClock, device_id: str) -> None:
    """Attach the tracker to sessions made by ``session_factory`` (a sessionmaker)."""

    @event.listens_for(session_factory, "before_flush")
    def _stamp_changes(session: Session, _flush_context, _instances) -> None:
        if session.info.get("applying_remote"):
            return
        for obj in session.deleted:
            if isinstance(obj, Synced):
                raise PhysicalDeleteRefused(type(obj).__tablename__)
        for obj in list(session.new) + list(session.dirty):
            if not isinstance(obj, Synced):
                continue
            is_new = obj in session.new
            if is_new and obj.id is None:
                obj.id = new_id()
            fields = _changed_fields(obj, is_new)
            if fields:
                _record(session, obj, fields, clock.now(), device_id)
