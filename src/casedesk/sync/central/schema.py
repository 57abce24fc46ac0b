"""Bookkeeping tables of the central store, its constants, and helpers every writer shares.

Both backends hold the entities with the same SQLAlchemy metadata as the laptops, plus the
tables below; ``migrations/`` (``casedesk.sync.central.migrate``) creates and upgrades them all:

- ``sync_meta``: the central store's id, schema and protocol version, tombstone horizon, log floor;
- ``sync_account``: worker ↔ login (the PostgreSQL role; on SQLite a hashed device token), and
  whether the office disabled it;
- ``sync_device``: every laptop that ever synced, and whether it is revoked;
- ``sync_change``: the change log. ``seq`` is the pull cursor. Pushes are serialised (an advisory
  transaction lock on PostgreSQL, the write lock on SQLite) and take their ``seq`` numbers while
  holding the lock, so ``seq`` order is commit order and a cursor can never skip a row that
  commits later with a smaller number (the out-of-order hazard of a bare sequence);
- ``sync_receipt``: one row per applied push operation, with its outcome, so a replayed push —
  a lost acknowledgement, a duplicate delivery — is answered from the receipt and changes nothing;
- ``sync_erasure``: ids of erased clients; content pushed for them later is refused.

On PostgreSQL every worker logs in with a role of their own (member of ``casedesk_worker``) that
holds only the privileges ``security`` grants from the registry; row-level security policies
(USING and WITH CHECK, forced on every table) restrict it to the clients it is responsible for or deputises for (team leads: their team;
admins: all), so a worker's credentials cannot read or change another worker's clients even
with plain SQL. The Python side applies the same rule (``casedesk.sync.scope``) for the SQLite
backend, which has no roles.
"""

import hashlib
import json
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ARRAY,
    JSON,
    BigInteger,
    Boolean,
    Column,
    ColumnElement,
    Connection,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    all_,
    any_,
    bindparam,
    false,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.exc import DBAPIError

from casedesk.store.database import DESK_SCHEMA_HEAD
from casedesk.store.hlc import HybridLogicalClock, Stamp
from casedesk.sync.central.messages import JsonText

PROTOCOL_VERSION = 1
SCHEMA_VERSION = int(DESK_SCHEMA_HEAD)
#: Anki's tolerance: a laptop clock further ahead than this would win every merge it touches.
MAX_CLOCK_AHEAD = timedelta(minutes=5)
DEFAULT_TOMBSTONE_HORIZON_DAYS = 180
#: Key of the PostgreSQL advisory lock that serialises writers of the change log ("CSDK").
PUSH_LOCK_KEY = 0x4353444B
WORKER_GROUP_ROLE = "casedesk_worker"
CENTRAL_DEVICE = "central"

bookkeeping = MetaData()
SYNC_META = Table(
    "sync_meta", bookkeeping,
    Column("key", String(60), primary_key=True),
    Column("value", Text, nullable=False),
)
SYNC_ACCOUNT = Table(
    "sync_account", bookkeeping,
    Column("worker_id", String(36), primary_key=True),
    Column("login", String(63), nullable=False, unique=True),
    Column("token_hash", String(64), nullable=False),
    #: ``casedesk central disable-worker``: login, token and (on PostgreSQL) the role stop at once.
    Column("disabled", Boolean, nullable=False, default=False, server_default=false()),
)
SYNC_DEVICE = Table(
    "sync_device", bookkeeping,
    Column("device_id", String(36), primary_key=True),
    Column("worker_id", String(36), nullable=False, index=True),
    Column("revoked", Boolean, nullable=False, default=False),
    Column("registered_at", DateTime, nullable=False),
    Column("last_seen", DateTime, nullable=False),
)
SYNC_CHANGE = Table(
    "sync_change", bookkeeping,
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("table_name", String(60), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("client_id", String(36), nullable=True, index=True),
    #: The worker a personal row (no client) belongs to: only they see its entries.
    Column("owner_worker_id", String(36), nullable=True),
    #: The laptop whose push wrote the row exactly as it holds it: its own pull skips the entry.
    Column("device_id", String(36), nullable=True),
    Column("changed_at", DateTime, nullable=False),
    # RETURNING would need read access to the new entry, which RLS denies for a handed-over client.
    implicit_returning=False,
    # Numbers never restart, not even after a compaction emptied the log: a laptop's cursor
    # above a reused number would skip the new entries.
    sqlite_autoincrement=True,
)
SYNC_RECEIPT = Table(
    "sync_receipt", bookkeeping,
    Column("op_id", String(36), primary_key=True),
    Column("worker_id", String(36), nullable=False),
    Column("device_id", String(36), nullable=False),
    Column("received_at", DateTime, nullable=False),
    # Only "applied" or "merged": a refusal gets no receipt, so it is judged afresh at every sync,
    # and no receipt carries a value, so nothing of a client outlives its erasure here.
    Column("outcome", Text, nullable=False),
    Column("client_id", String(36), nullable=True, index=True),
)
SYNC_ERASURE = Table(
    "sync_erasure", bookkeeping,
    Column("client_id", String(36), primary_key=True),
    Column("worker_id", String(36), nullable=False),
    Column("erased_at", DateTime, nullable=False),
)

# --- push bookkeeping: custody history and deliveries (owned by the push; migration 0003) ------
#: Who held a client until when: written whenever responsible or deputy change. A change a worker
#: made while they held the client (its stamps <= ``until_hlc``) still counts after a handover.
SYNC_CUSTODY = Table(
    "sync_custody", bookkeeping,
    Column("client_id", String(36), primary_key=True),
    Column("worker_id", String(36), primary_key=True),
    Column("relation", String(12), primary_key=True),
    Column("until_hlc", String(64), nullable=False),
    Column("until_at", DateTime, nullable=False),
)
#: A conflict waiting for the device whose value was involved (the pusher's, and the one whose
#: value was replaced); deleted when that device has stored it, purged with its client's erasure.
SYNC_INBOX_CONFLICT = Table(
    "sync_inbox_conflict", bookkeeping,
    Column("id", String(36), primary_key=True),
    #: The recipient laptop, as its stamps name it (device id without dashes).
    Column("device", String(36), nullable=False, index=True),
    Column("client_id", String(36), nullable=True, index=True),
    Column("table_name", String(60), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("field", String(60), nullable=False),
    Column("mine_value", Text, nullable=False),
    Column("mine_hlc", String(64), nullable=False),
    Column("theirs_value", Text, nullable=False),
    Column("theirs_hlc", String(64), nullable=False),
    Column("winner", String(10), nullable=False),
    #: Who wrote ``theirs``, where the push knows it (the pusher, for the side whose value lost).
    Column("theirs_worker_id", String(36), nullable=True),
    Column("created_at", DateTime, nullable=False),
    implicit_returning=False,
)
#: A ``NoticeKind`` for one worker, deleted when their laptop has stored it.
SYNC_INBOX_NOTICE = Table(
    "sync_inbox_notice", bookkeeping,
    Column("id", String(36), primary_key=True),
    Column("worker_id", String(36), nullable=False, index=True),
    Column("kind", String(40), nullable=False),
    Column("client_id", String(36), nullable=True, index=True),
    Column("from_worker_id", String(36), nullable=True),
    Column("count", Integer, nullable=False),
    Column("created_at", DateTime, nullable=False),
    implicit_returning=False,
)
# --- end of push bookkeeping ------------------------------------------------------------------



# --- helpers shared by writers ---------------------------------------------------------------
def read_meta(connection: Connection) -> dict[str, str]:
    return dict(connection.execute(select(SYNC_META.c.key, SYNC_META.c.value)).all())


def lock_change_log(connection: Connection) -> None:
    """Serialise writers of the change log until this transaction ends, so seq order = commit order."""
    if is_postgres(connection):
        connection.execute(select(func.pg_advisory_xact_lock(PUSH_LOCK_KEY)))
    else:
        # A write takes SQLite's single write lock now instead of at the first real write.
        connection.execute(update(SYNC_META).where(SYNC_META.c.key == "push_lock").values(value=""))


def log_changes(connection: Connection, entries: Sequence[tuple[str, ...]]) -> None:
    """Entries are ``(table, row_id, client_id[, owner_worker_id[, device_id]])``. The owner
    (``scope.personal_owner_of``) keeps a personal row's entries private; the device is the laptop
    that already holds the row as written, so its pull need not fetch it back."""
    if entries:
        now = utc_now()
        write_rows(connection, SYNC_CHANGE, [
            {"table_name": entry[0], "row_id": entry[1], "client_id": entry[2],
             "owner_worker_id": entry[3] if len(entry) > 3 else None,
             "device_id": entry[4] if len(entry) > 4 else None, "changed_at": now}
            for entry in entries
        ])


def write_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows. On PostgreSQL in one statement from a JSON array: row-level security's
    checks and the round trips are paid per statement, not per row (measured: 10 000 contacts as
    a worker role in 1.8 s instead of 3.1 s with executemany)."""
    if not rows:
        return
    if not is_postgres(connection):
        connection.execute(insert(table), rows)
        return
    columns = ", ".join(f'"{name}"' for name in rows[0])
    connection.execute(
        text(f'INSERT INTO {table.name} ({columns}) SELECT {columns}'
             f' FROM jsonb_populate_recordset(NULL::{table.name}, CAST(:rows AS jsonb))'),
        {"rows": json.dumps(rows, default=json_value)})


def copy_rows(connection: Connection, statement: str, table: Table,
              rows: Iterable[tuple[dict[str, Any], tuple[Any, ...] | None, Any]]) -> None:
    """``COPY … FROM STDIN`` of whole rows of ``table`` (the table's columns in their order, then
    one extra value each), on PostgreSQL: each row as stored on the laptop where that came along
    (nothing to convert: 30k new rows 0.6 -> 0.2 s of the laptop's time), else from its values,
    JSON as JSON text. The driver's failures leave as SQLAlchemy's, as those of any statement do."""
    names = [column.name for column in table.columns]
    as_json = [index for index, column in enumerate(table.columns) if isinstance(column.type, JSON)]
    driver_error = connection.dialect.loaded_dbapi.Error
    cursor = connection.connection.driver_connection.cursor()
    try:
        with cursor.copy(statement) as copy:
            for row, stored, extra in rows:
                if stored is not None:
                    values = [*stored, extra]
                    for index in as_json:
                        if values[index] == "null":
                            # SQLAlchemy's JSON keeps None as JSON null; read back, it is None.
                            values[index] = None
                    copy.write_row(values)
                    continue
                values = [row.get(name) for name in names]
                for index in as_json:
                    value = values[index]
                    if value is not None and not isinstance(value, JsonText):
                        values[index] = json.dumps(value)
                values.append(extra)
                copy.write_row(values)
    except driver_error as error:
        raise DBAPIError.instance(statement, None, error, driver_error) from None
    finally:
        cursor.close()


def json_value(value: Any) -> Any:
    """Dates and times as PostgreSQL reads them back from JSON (ISO 8601)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")


def among(column: ColumnElement, values: Iterable[Any], connection: Connection) -> ColumnElement[bool]:
    """``column IN (values)``; on PostgreSQL ``column = ANY(:array)``, one parameter however many
    values. An IN list of a batch's thousands of ids was rendered, sent and parsed anew for every
    statement (too long for psycopg's query cache): a tenth of a push's time."""
    if is_postgres(connection):
        return column == any_(_array_parameter(column, list(values)))
    return column.in_(list(values))


def outside(column: ColumnElement, values: Iterable[Any], connection: Connection) -> ColumnElement[bool]:
    """``column NOT IN (values)`` (for values without NULL), as ``among`` does it."""
    if is_postgres(connection):
        return column != all_(_array_parameter(column, list(values)))
    return column.not_in(list(values))


def _array_parameter(column: ColumnElement, values: list[Any]) -> ColumnElement:
    """The values as one array parameter. Ids (text without a comma) travel as one string that
    PostgreSQL splits: psycopg adapts a list element by element in Python, and the server then
    parses an array literal; for a batch's 5000 ids 35 -> 22 ms a statement, a dozen statements
    a push batch or pull chunk."""
    if values and all(isinstance(value, str) for value in values) and all(values):
        joined = ",".join(values)
        if joined.count(",") == len(values) - 1:
            return func.string_to_array(bindparam("values", joined, type_=Text, unique=True), ",")
    return bindparam("values", values, type_=ARRAY(column.type), unique=True)


def device_of(stamp: str) -> str:
    return Stamp.parse(stamp).device if stamp else ""


def is_postgres(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def central_clock() -> HybridLogicalClock:
    return HybridLogicalClock(CENTRAL_DEVICE)


def utc_now() -> datetime:
    """Bookkeeping and clock checks compare across machines, so they use UTC, not the worker's zone."""
    return datetime.now(UTC).replace(tzinfo=None)
