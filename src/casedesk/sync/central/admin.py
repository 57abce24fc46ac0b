"""Administration of the central store, run by the office with the owner's credentials."""

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Engine,
    Table,
    false,
    func,
    insert,
    or_,
    select,
    update,
)

from casedesk.domain import Role
from casedesk.models import new_id
from casedesk.sync.central.audit import install_audit_security
from casedesk.sync.central.connection import connect, translate_errors, writing
from casedesk.sync.central.migrate import upgrade
from casedesk.sync.central.push import forget_old_content
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


def init_central(url: str, tombstone_horizon_days: int = DEFAULT_TOMBSTONE_HORIZON_DAYS,
                 allow_unencrypted: bool = False) -> str:
    """Create the central store or upgrade it in place (keeping all data); returns its id. Safe
    to run twice. Roles and policies are installed afresh every time.

    On PostgreSQL the address must be a superuser's or the tables' owner's: row-level security is
    forced on every table, and the owner passes it through the policy ``casedesk_owner`` only.
    """
    engine = connect(url, create=True, allow_unencrypted=allow_unencrypted)
    try:
        if engine.dialect.name == "sqlite":
            _prepare_file(engine)
        with translate_errors(), writing(engine).begin() as connection:
            upgrade(connection)
            meta = dict(connection.execute(select(SYNC_META.c.key, SYNC_META.c.value)).all())
            wanted = {
                "central_id": meta.get("central_id", new_id()),
                # Only now that the tables are those of this release may its laptops come in.
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
                install_audit_security(connection)
            return wanted["central_id"]
    finally:
        engine.dispose()


def _prepare_file(engine: Engine) -> None:
    """WAL (a pull's snapshot never blocks a push), and the file and its companions for the
    office account only: SQLite gives -wal and -shm the main file's mode."""
    raw = engine.raw_connection()
    try:
        raw.cursor().execute("PRAGMA journal_mode = WAL")
    finally:
        raw.close()
    path = Path(engine.url.database or "")
    for companion in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if companion.exists():
            companion.chmod(0o600)


def add_worker(url: str, name: str, role: str, team: str, allow_unencrypted: bool = False) -> WorkerCredentials:
    """A worker row (travels to every laptop), its login and a fresh token to hand to the worker."""
    Role(role)
    worker_id = new_id()
    login = "cd_" + worker_id.replace("-", "")[:20]
    token = secrets.token_urlsafe(24)
    engine = connect(url, allow_unencrypted=allow_unencrypted)
    try:
        with translate_errors(), writing(engine).begin() as connection:
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


def revoke_device(url: str, device_id: str, allow_unencrypted: bool = False) -> bool:
    engine = connect(url, allow_unencrypted=allow_unencrypted)
    try:
        with translate_errors(), writing(engine).begin() as connection:
            result = connection.execute(update(SYNC_DEVICE).where(SYNC_DEVICE.c.device_id == device_id)
                                        .values(revoked=True))
            return bool(result.rowcount)
    finally:
        engine.dispose()


def set_worker_disabled(url: str, worker: str, disabled: bool, allow_unencrypted: bool = False) -> str | None:
    """Disable (or enable again) a worker's account, named by worker id or login: the token, every
    device of theirs and, on PostgreSQL, the role's login stop together. Returns the login, or
    None when no account matches. The worker row stays: their clients' history names them."""
    engine = connect(url, allow_unencrypted=allow_unencrypted)
    try:
        with translate_errors(), writing(engine).begin() as connection:
            login = connection.execute(select(SYNC_ACCOUNT.c.login).where(
                or_(SYNC_ACCOUNT.c.worker_id == worker, SYNC_ACCOUNT.c.login == worker))).scalar()
            if login is None:
                return None
            connection.execute(update(SYNC_ACCOUNT).where(SYNC_ACCOUNT.c.login == login).values(disabled=disabled))
            if is_postgres(connection):
                role = connection.exec_driver_sql("SELECT quote_ident(%s)", (login,)).scalar_one()
                connection.exec_driver_sql(f"ALTER ROLE {role} {'NOLOGIN' if disabled else 'LOGIN'}")
            return login
    finally:
        engine.dispose()


def list_devices(url: str, allow_unencrypted: bool = False) -> list[dict[str, Any]]:
    engine = connect(url, allow_unencrypted=allow_unencrypted)
    try:
        with translate_errors(), engine.connect() as connection:
            query = (select(SYNC_DEVICE, WORKER.c.name)
                     .join(WORKER, WORKER.c.id == SYNC_DEVICE.c.worker_id, isouter=True)
                     .order_by(SYNC_DEVICE.c.last_seen.desc()))
            return [dict(row._mapping) for row in connection.execute(query)]
    finally:
        engine.dispose()


def compact(url: str, now: datetime | None = None, allow_unencrypted: bool = False) -> int:
    """Forget change-log entries and tombstones older than the horizon; returns the new log floor.

    A laptop whose cursor lies below the floor has been offline longer than the horizon and does
    a full resync instead of reading the (now incomplete) log.
    """
    now = now or utc_now()
    engine = connect(url, allow_unencrypted=allow_unencrypted)
    try:
        with translate_errors(), writing(engine).begin() as connection:
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
                forget_old_content(connection, cutoff, cutoff_stamp)
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
