"""Administration of the central store, run by the office with the owner's credentials."""

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    Table,
    false,
    func,
    insert,
    or_,
    select,
    update,
)

from casedesk.domain import Role
from casedesk.models import Base, new_id
from casedesk.sync.central.connection import connect, translate_errors
from casedesk.sync.central.schema import (
    CENTRAL_DEVICE,
    DEFAULT_TOMBSTONE_HORIZON_DAYS,
    PROTOCOL_VERSION,
    SCHEMA_VERSION,
    SYNC_ACCOUNT,
    SYNC_CHANGE,
    SYNC_DEVICE,
    SYNC_META,
    WORKER_GROUP_ROLE,
    bookkeeping,
    central_clock,
    hash_token,
    is_postgres,
    lock_change_log,
    log_changes,
    read_meta,
    utc_now,
)
from casedesk.sync.central.security import install_row_level_security
from casedesk.sync.scope import (
    SYNCED_TABLES,
    WORKER,
)


# --- administration (run by the office with the owner's credentials) -------------------------------
@dataclass(frozen=True)
class WorkerCredentials:
    worker_id: str
    login: str
    token: str


def init_central(url: str, tombstone_horizon_days: int = DEFAULT_TOMBSTONE_HORIZON_DAYS) -> str:
    """Create (or bring up to date) the central store; returns its id. Safe to run twice."""
    engine = connect(url, create=True)
    try:
        with translate_errors(), engine.begin() as connection:
            Base.metadata.create_all(connection, tables=list(SYNCED_TABLES))
            bookkeeping.create_all(connection)
            meta = dict(connection.execute(select(SYNC_META.c.key, SYNC_META.c.value)).all())
            wanted = {
                "central_id": meta.get("central_id", new_id()),
                "schema_version": str(max(SCHEMA_VERSION, int(meta.get("schema_version", 0)))),
                "protocol_version": str(PROTOCOL_VERSION),
                "tombstone_horizon_days": meta.get("tombstone_horizon_days", str(tombstone_horizon_days)),
                "log_floor": meta.get("log_floor", "0"),
                "push_lock": "",
            }
            for key, value in wanted.items():
                if key in meta:
                    connection.execute(update(SYNC_META).where(SYNC_META.c.key == key).values(value=value))
                else:
                    connection.execute(insert(SYNC_META).values(key=key, value=value))
            if is_postgres(connection):
                install_row_level_security(connection)
            return wanted["central_id"]
    finally:
        engine.dispose()


def add_worker(url: str, name: str, role: str, team: str) -> WorkerCredentials:
    """A worker row (travels to every laptop), its login and a fresh token to hand to the worker."""
    Role(role)
    worker_id = new_id()
    login = "cd_" + worker_id.replace("-", "")[:20]
    token = secrets.token_urlsafe(24)
    engine = connect(url)
    try:
        with translate_errors(), engine.begin() as connection:
            lock_change_log(connection)
            stamp = central_clock().now()
            row = {"id": worker_id, "name": name.strip(), "role": role, "team": team.strip(), "caseload_limit": 8,
                   "deleted": False, "origin_device": CENTRAL_DEVICE}
            row["field_clocks"] = {column: stamp for column in row if column not in ("id", "origin_device")}
            row["hlc"] = stamp
            connection.execute(insert(WORKER), [row])
            log_changes(connection, [("worker", worker_id, None)])
            connection.execute(insert(SYNC_ACCOUNT).values(worker_id=worker_id, login=login,
                                                           token_hash=hash_token(token)))
            if is_postgres(connection):
                # Identifiers cannot be bound parameters; ``login`` is built from hex digits above and
                # the password goes through a quoted literal.
                password = connection.exec_driver_sql("SELECT quote_literal(%s)", (token,)).scalar_one()
                connection.exec_driver_sql(
                    f"CREATE ROLE {login} LOGIN PASSWORD {password} IN ROLE {WORKER_GROUP_ROLE}")
    finally:
        engine.dispose()
    return WorkerCredentials(worker_id, login, token)


def revoke_device(url: str, device_id: str) -> bool:
    engine = connect(url)
    try:
        with translate_errors(), engine.begin() as connection:
            result = connection.execute(update(SYNC_DEVICE).where(SYNC_DEVICE.c.device_id == device_id)
                                        .values(revoked=True))
            return bool(result.rowcount)
    finally:
        engine.dispose()


def list_devices(url: str) -> list[dict[str, Any]]:
    engine = connect(url)
    try:
        with translate_errors(), engine.connect() as connection:
            query = (select(SYNC_DEVICE, WORKER.c.name)
                     .join(WORKER, WORKER.c.id == SYNC_DEVICE.c.worker_id, isouter=True)
                     .order_by(SYNC_DEVICE.c.last_seen.desc()))
            return [dict(row._mapping) for row in connection.execute(query)]
    finally:
        engine.dispose()


def compact(url: str, now: datetime | None = None) -> int:
    """Forget change-log entries and tombstones older than the horizon; returns the new log floor.

    A laptop whose cursor lies below the floor has been offline longer than the horizon and does
    a full resync instead of reading the (now incomplete) log.
    """
    now = now or utc_now()
    engine = connect(url)
    try:
        with translate_errors(), engine.begin() as connection:
            lock_change_log(connection)
            horizon = int(read_meta(connection)["tombstone_horizon_days"])
            cutoff = now - timedelta(days=horizon)
            floor = connection.execute(select(func.max(SYNC_CHANGE.c.seq))
                                       .where(SYNC_CHANGE.c.changed_at < cutoff)).scalar() or 0
            if floor:
                cutoff_stamp = f"{int(cutoff.timestamp() * 1000):013d}"
                for table in reversed(SYNCED_TABLES):
                    connection.execute(table.delete().where(table.c.deleted.is_(True), table.c.hlc < cutoff_stamp,
                                                            ~_referenced(table)))
                connection.execute(SYNC_CHANGE.delete().where(SYNC_CHANGE.c.seq <= floor))
                connection.execute(update(SYNC_META).where(SYNC_META.c.key == "log_floor").values(value=str(floor)))
            return floor
    finally:
        engine.dispose()


def _referenced(table: Table):
    """Tombstones that a live row still points at must stay (foreign keys)."""
    conditions = []
    for child in SYNCED_TABLES:
        for fk in child.foreign_keys:
            if fk.column.table is table:
                conditions.append(table.c.id.in_(select(fk.parent).where(fk.parent.is_not(None))))
    return or_(*conditions) if conditions else false()


#: Child rows follow their client. Reads use a semi-join against ``client`` (filtered by its own
#: policy, evaluated once per client: cheap for bulk pulls); writes check their one row with a
