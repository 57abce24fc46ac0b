"""The central store: bookkeeping tables, PostgreSQL roles and row-level security, and the
server side of one sync run (handshake, push with receipts and per-field merge, pulls).

Both backends hold the entities with the same SQLAlchemy metadata as the laptops, plus:

- ``sync_meta``: the central store's id, schema and protocol version, tombstone horizon, log floor;
- ``sync_account``: worker ↔ login (the PostgreSQL role; on SQLite a hashed device token);
- ``sync_device``: every laptop that ever synced, and whether it is revoked;
- ``sync_change``: the change log. ``seq`` is the pull cursor. Pushes are serialised (an advisory
  transaction lock on PostgreSQL, the write lock on SQLite) and take their ``seq`` numbers while
  holding the lock, so ``seq`` order is commit order and a cursor can never skip a row that
  commits later with a smaller number (the out-of-order hazard of a bare sequence);
- ``sync_receipt``: one row per applied push operation, with its outcome, so a replayed push —
  a lost acknowledgement, a duplicate delivery — is answered from the receipt and changes nothing;
- ``sync_erasure``: ids of erased clients; content pushed for them later is refused.

On PostgreSQL every worker logs in with a role of their own (member of ``casedesk_worker``) that
holds only the privileges listed in ``_GRANTS``; row-level security policies (USING and WITH CHECK)
restrict it to the clients it is responsible for or deputises for (team leads: their team;
admins: all), so a worker's credentials cannot read or change another worker's clients even
with plain SQL. The Python side applies the same rule (``casedesk.sync.scope``) for the SQLite
backend, which has no roles.
"""

import hashlib
import hmac
import json
import secrets
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    DateTime,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    create_engine,
    event,
    false,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, ProgrammingError
from sqlalchemy.pool import NullPool

from casedesk.domain import ClientStatus, Role
from casedesk.models import Base, new_id
from casedesk.store.database import head_revision
from casedesk.store.hlc import HybridLogicalClock, Stamp
from casedesk.sync.codec import encode_value, erased_values
from casedesk.sync.errors import (
    CentralNotInitialised,
    CentralOutdated,
    CentralUnreachable,
    ClientOutdated,
    ClockAhead,
    CredentialsRejected,
    DeviceRevoked,
)
from casedesk.sync.scope import (
    CLIENT,
    EPISODE,
    SHARED_TABLES,
    SYNCED_TABLES,
    TABLES_BY_NAME,
    WORKER,
    client_id_of,
    rows_of_clients,
    visible_client_ids,
    visible_rows,
)

PROTOCOL_VERSION = 1
SCHEMA_VERSION = int(head_revision())
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
    Column("changed_at", DateTime, nullable=False),
    # RETURNING would need read access to the new entry, which RLS denies for a handed-over client.
    implicit_returning=False,
)
SYNC_RECEIPT = Table(
    "sync_receipt", bookkeeping,
    Column("op_id", String(36), primary_key=True),
    Column("worker_id", String(36), nullable=False),
    Column("device_id", String(36), nullable=False),
    Column("received_at", DateTime, nullable=False),
    Column("outcome", Text, nullable=False),
)
SYNC_ERASURE = Table(
    "sync_erasure", bookkeeping,
    Column("client_id", String(36), primary_key=True),
    Column("worker_id", String(36), nullable=False),
    Column("erased_at", DateTime, nullable=False),
)


# --- connecting ------------------------------------------------------------------------------
def central_url(url: str, login: str | None = None, token: str | None = None) -> URL:
    """Parse a central-store address; ``postgresql://`` uses psycopg 3. TLS is the URL's business
    (``?sslmode=verify-full&sslrootcert=…``)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise CentralUnreachable(f"not a database address: {url.split('@')[-1]}") from None
    if parsed.get_backend_name() == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
        if login:
            parsed = parsed.set(username=login, password=token)
    elif parsed.get_backend_name() != "sqlite" or not parsed.database:
        raise CentralUnreachable("the central store must be postgresql://… or sqlite:///path")
    return parsed


def connect(url: str, login: str | None = None, token: str | None = None, create: bool = False) -> Engine:
    parsed = central_url(url, login, token)
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "")
        if not create and not path.is_file():
            raise CentralUnreachable(f"no central store file at {path}")
        engine = create_engine(parsed, poolclass=NullPool, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection, _record) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA secure_delete = ON")
            cursor.execute("PRAGMA busy_timeout = 30000")
            cursor.close()

        return engine
    return create_engine(parsed, poolclass=NullPool, connect_args={"connect_timeout": 10})


@contextmanager
def translate_errors() -> Iterator[None]:
    """Driver failures → typed sync errors (an unreachable server, a refused login, no schema)."""
    try:
        yield
    except OperationalError as error:
        message = str(error.orig).lower()
        if "password authentication failed" in message or "role" in message and "does not exist" in message:
            raise CredentialsRejected() from None
        if "no such table" in message:
            raise CentralNotInitialised() from None
        raise CentralUnreachable(str(error.orig).splitlines()[0] if error.orig else "") from None
    except ProgrammingError as error:
        if "does not exist" in str(error.orig) or "no such table" in str(error.orig):
            raise CentralNotInitialised() from None
        raise


def utc_now() -> datetime:
    """Bookkeeping and clock checks compare across machines, so they use UTC, not the worker's zone."""
    return datetime.now(UTC).replace(tzinfo=None)


def bulk_update(table: Table, rows: list[dict[str, Any]]) -> tuple[Any, list[dict[str, Any]]]:
    """An executemany UPDATE by id of whole rows (statement, parameters)."""
    columns = [column.name for column in table.columns if column.name != "id"]
    statement = update(table).where(table.c.id == bindparam("p_id")).values(
        {name: bindparam(f"p_{name}") for name in columns})
    return statement, [{f"p_{name}": row[name] for name in ("id", *columns)} for row in rows]


def _is_postgres(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _central_clock() -> HybridLogicalClock:
    return HybridLogicalClock(CENTRAL_DEVICE)


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
            if _is_postgres(connection):
                _install_row_level_security(connection)
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
            _lock_change_log(connection)
            stamp = _central_clock().now()
            row = {"id": worker_id, "name": name.strip(), "role": role, "team": team.strip(), "caseload_limit": 8,
                   "deleted": False, "origin_device": CENTRAL_DEVICE}
            row["field_clocks"] = {column: stamp for column in row if column not in ("id", "origin_device")}
            row["hlc"] = stamp
            connection.execute(insert(WORKER), [row])
            _log(connection, [("worker", worker_id, None)])
            connection.execute(insert(SYNC_ACCOUNT).values(worker_id=worker_id, login=login,
                                                           token_hash=_hash_token(token)))
            if _is_postgres(connection):
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
            _lock_change_log(connection)
            horizon = int(_meta(connection)["tombstone_horizon_days"])
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
#: point lookup (a semi-join per written row would scan every client).
_OWN_CLIENT = "client_id IN (SELECT id FROM client)"
_OWN_EPISODE = "episode_id IN (SELECT id FROM case_episode)"
_CHILD_TABLES_WITH_CLIENT_ID = ("confidentiality_release", "case_episode", "contact", "relapse_card_version")


def _install_row_level_security(connection: Connection) -> None:
    synced = ", ".join(table.name for table in SYNCED_TABLES)
    synced_literals = ", ".join(f"'{table.name}'" for table in SYNCED_TABLES)
    definer = "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public"
    statements = [
        f"""DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{WORKER_GROUP_ROLE}') THEN
                CREATE ROLE {WORKER_GROUP_ROLE} NOLOGIN;
            END IF; END $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk_me() RETURNS text {definer} AS $$
            SELECT worker_id FROM sync_account WHERE login = session_user $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk_is_admin() RETURNS boolean {definer} AS $$
            SELECT coalesce((SELECT w.role = 'admin' FROM worker w WHERE w.id = casedesk_me()), false) $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk_client_visible(responsible text, deputy text) RETURNS boolean
            {definer} AS $$
            SELECT coalesce((SELECT me.role = 'admin' OR responsible = me.id OR deputy = me.id
                OR (me.role = 'team_lead' AND me.team <> '' AND EXISTS (
                    SELECT 1 FROM worker r WHERE r.id = responsible AND r.team = me.team))
              FROM worker me WHERE me.id = casedesk_me()), false) $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk_can_see_client(cid text) RETURNS boolean {definer} AS $$
            SELECT coalesce((SELECT casedesk_client_visible(c.responsible_worker_id, c.deputy_worker_id)
              FROM client c WHERE c.id = cid), false) $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk_can_see_episode(eid text) RETURNS boolean {definer} AS $$
            SELECT coalesce((SELECT casedesk_can_see_client(e.client_id) FROM case_episode e WHERE e.id = eid),
                            false) $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk_client_erased(cid text) RETURNS boolean {definer} AS $$
            SELECT EXISTS (SELECT 1 FROM sync_erasure WHERE client_id = cid) $$""",
        # Which of these ids exist at all (visible or not): a push must tell "new row" from "row
        # that is no longer yours" without reading anything of the latter.
        f"""CREATE OR REPLACE FUNCTION casedesk_existing_ids(tbl text, ids text[]) RETURNS SETOF text
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$ BEGIN
                IF tbl NOT IN ({synced_literals}) THEN RAISE EXCEPTION 'not a synced table: %', tbl; END IF;
                RETURN QUERY EXECUTE format('SELECT id::text FROM %I WHERE id = ANY($1)', tbl) USING ids;
            END $$""",
        # The log's newest sequence number for everyone. Under the SELECT policy, max(seq) would
        # first collect every visible client (the policy's subquery), a cost that grows with the
        # caseload on every sync; the number itself reveals nothing but how much was written.
        f"""CREATE OR REPLACE FUNCTION casedesk_high_water() RETURNS bigint {definer} AS $$
            SELECT coalesce(max(seq), 0) FROM sync_change $$""",
        # Handing a client over makes it invisible to the giver, which a plain UPDATE under the
        # SELECT policy cannot do; this function checks that the caller holds the client now.
        """CREATE OR REPLACE FUNCTION casedesk_set_custody(cid text, responsible text, deputy text) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$ BEGIN
                IF NOT casedesk_can_see_client(cid) OR casedesk_client_erased(cid) THEN
                    RAISE EXCEPTION 'client % is not held by %', cid, session_user USING ERRCODE = '42501';
                END IF;
                IF NOT EXISTS (SELECT 1 FROM worker WHERE id = responsible) THEN
                    RAISE EXCEPTION 'unknown worker %', responsible USING ERRCODE = '23503';
                END IF;
                UPDATE client SET responsible_worker_id = responsible, deputy_worker_id = deputy WHERE id = cid;
            END $$""",
        ("REVOKE ALL ON FUNCTION casedesk_me(), casedesk_is_admin(), casedesk_client_visible(text, text),"
        " casedesk_can_see_client(text), casedesk_can_see_episode(text), casedesk_client_erased(text),"
        " casedesk_existing_ids(text, text[]), casedesk_set_custody(text, text, text),"
        " casedesk_high_water() FROM PUBLIC"),
        (f"GRANT EXECUTE ON FUNCTION casedesk_me(), casedesk_is_admin(), casedesk_client_visible(text, text),"
        f" casedesk_can_see_client(text), casedesk_can_see_episode(text), casedesk_client_erased(text),"
        f" casedesk_existing_ids(text, text[]), casedesk_set_custody(text, text, text),"
        f" casedesk_high_water() TO {WORKER_GROUP_ROLE}"),
    ]
    policies: dict[str, list[str]] = {
        "client": [
            "FOR SELECT USING (casedesk_client_visible(responsible_worker_id, deputy_worker_id))",
            "FOR INSERT WITH CHECK (casedesk_client_visible(responsible_worker_id, deputy_worker_id))",
            ("FOR UPDATE USING (casedesk_client_visible(responsible_worker_id, deputy_worker_id))"
            " WITH CHECK (casedesk_client_visible(responsible_worker_id, deputy_worker_id))"),
            "AS RESTRICTIVE FOR UPDATE USING (status <> 'erased') WITH CHECK (true)",
        ],
        "phase_change": [
            f"FOR SELECT USING ({_OWN_EPISODE})",
            "FOR INSERT WITH CHECK (casedesk_can_see_episode(episode_id))",
            "FOR UPDATE USING (casedesk_can_see_episode(episode_id)) WITH CHECK (casedesk_can_see_episode(episode_id))",
        ],
        "task": [
            f"FOR SELECT USING (client_id IS NULL OR {_OWN_CLIENT})",
            "FOR INSERT WITH CHECK (client_id IS NULL OR casedesk_can_see_client(client_id))",
            ("FOR UPDATE USING (client_id IS NULL OR casedesk_can_see_client(client_id))"
            " WITH CHECK (client_id IS NULL OR casedesk_can_see_client(client_id))"),
        ],
        "worker": [
            "FOR SELECT USING (true)",
            "FOR INSERT WITH CHECK (casedesk_is_admin())",
            ("FOR UPDATE USING (id = casedesk_me() OR casedesk_is_admin())"
            " WITH CHECK (id = casedesk_me() OR casedesk_is_admin())"),
        ],
        "crisis_line": ["FOR SELECT USING (true)", "FOR INSERT WITH CHECK (true)",
                        "FOR UPDATE USING (true) WITH CHECK (true)"],
        "sync_change": [f"FOR SELECT USING (client_id IS NULL OR {_OWN_CLIENT})",
                        "FOR INSERT WITH CHECK (true)"],
        "sync_receipt": ["FOR SELECT USING (worker_id = casedesk_me())",
                         "FOR INSERT WITH CHECK (worker_id = casedesk_me())"],
        "sync_device": ["FOR SELECT USING (worker_id = casedesk_me())",
                        "FOR INSERT WITH CHECK (worker_id = casedesk_me() AND NOT revoked)",
                        "FOR UPDATE USING (worker_id = casedesk_me()) WITH CHECK (worker_id = casedesk_me())"],
        "sync_erasure": ["FOR SELECT USING (true)", "FOR INSERT WITH CHECK (casedesk_can_see_client(client_id))"],
        "sync_account": ["FOR SELECT USING (login = session_user)"],
    }
    for name in _CHILD_TABLES_WITH_CLIENT_ID:
        policies[name] = [
            f"FOR SELECT USING ({_OWN_CLIENT})",
            "FOR INSERT WITH CHECK (casedesk_can_see_client(client_id))",
            "FOR UPDATE USING (casedesk_can_see_client(client_id)) WITH CHECK (casedesk_can_see_client(client_id))",
        ]
    for name in (*_CHILD_TABLES_WITH_CLIENT_ID, "task"):
        # Content for an erased client can never come back, whatever a laptop pushes.
        policies[name].append("AS RESTRICTIVE FOR INSERT WITH CHECK (client_id IS NULL OR NOT casedesk_client_erased(client_id))")
    for table_name, table_policies in policies.items():
        statements.append(f"ALTER TABLE {table_name} ENABLE ROW LEVEL SECURITY")
        for number, policy in enumerate(table_policies):
            statements.append(f"DROP POLICY IF EXISTS casedesk_{number} ON {table_name}")
            statements.append(f"CREATE POLICY casedesk_{number} ON {table_name} {policy}")
    statements += [
        (f"REVOKE ALL ON {synced}, sync_meta, sync_account, sync_device, sync_change, sync_receipt, sync_erasure"
        f" FROM PUBLIC"),
        # No DELETE anywhere: deletions are tombstones, erasures are blanking updates.
        f"GRANT SELECT, INSERT, UPDATE ON {synced} TO {WORKER_GROUP_ROLE}",
        f"GRANT SELECT, INSERT ON sync_change, sync_receipt, sync_erasure, sync_device TO {WORKER_GROUP_ROLE}",
        f"GRANT UPDATE (last_seen) ON sync_device TO {WORKER_GROUP_ROLE}",
        f"GRANT SELECT ON sync_meta, sync_account TO {WORKER_GROUP_ROLE}",
        f"GRANT USAGE ON SEQUENCE sync_change_seq_seq TO {WORKER_GROUP_ROLE}",
    ]
    # Straight to the driver: without parameters psycopg leaves the functions' "%" alone.
    cursor = connection.connection.cursor()
    for statement in statements:
        cursor.execute(statement)
    cursor.close()


# --- helpers shared by writers ---------------------------------------------------------------
def _meta(connection: Connection) -> dict[str, str]:
    return dict(connection.execute(select(SYNC_META.c.key, SYNC_META.c.value)).all())


def _lock_change_log(connection: Connection) -> None:
    """Serialise writers of the change log until this transaction ends, so seq order = commit order."""
    if _is_postgres(connection):
        connection.execute(select(func.pg_advisory_xact_lock(PUSH_LOCK_KEY)))
    else:
        # A write takes SQLite's single write lock now instead of at the first real write.
        connection.execute(update(SYNC_META).where(SYNC_META.c.key == "push_lock").values(value=""))


def _log(connection: Connection, entries: list[tuple[str, str, str | None]]) -> None:
    if entries:
        now = utc_now()
        connection.execute(insert(SYNC_CHANGE), [
            {"table_name": table, "row_id": row_id, "client_id": client_id, "changed_at": now}
            for table, row_id, client_id in entries
        ])


def _device_of(stamp: str) -> str:
    return Stamp.parse(stamp).device if stamp else ""


# --- one worker's sync run ---------------------------------------------------------------------
@dataclass(frozen=True)
class Handshake:
    central_id: str
    worker_id: str
    role: str
    team: str
    server_now: datetime
    log_floor: int
    tombstone_horizon_days: int


@dataclass(frozen=True)
class OutgoingChange:
    op_id: str
    table_name: str
    row: dict[str, Any]
    fields: list[str]
    base_clocks: dict[str, str]


@dataclass(frozen=True)
class ConflictRecord:
    table_name: str
    row_id: str
    client_id: str | None
    field: str
    mine_value: str
    mine_hlc: str
    theirs_value: str
    theirs_hlc: str
    winner: str


@dataclass
class PushOutcome:
    applied: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    #: client id → "erased" or "moved": the laptop must purge (erased: keep only ids).
    purge: dict[str, str] = field(default_factory=dict)
    conflicts: list[ConflictRecord] = field(default_factory=list)

    @property
    def acknowledged(self) -> list[str]:
        """Operations the laptop may forget: applied, or answered by a purge."""
        return self.applied


class CentralSession:
    """The central store as seen by one worker's laptop during one sync run."""

    def __init__(self, engine: Engine, device_id: str, login: str, token: str) -> None:
        self.engine = engine
        self.device_id = device_id
        self._device = device_id.replace("-", "")
        self.login = login
        self.token = token
        self.handshake_result: Handshake | None = None

    def close(self) -> None:
        self.engine.dispose()

    @property
    def _me(self) -> Handshake:
        if self.handshake_result is None:
            raise RuntimeError("handshake first")
        return self.handshake_result

    def handshake(self, client_schema: int, client_protocol: int, device_now: datetime) -> Handshake:
        """Check versions, credentials, revocation and the clock; register a new device. Writes
        nothing unless all checks pass."""
        with translate_errors(), self.engine.begin() as connection:
            meta = _meta(connection)
            if not meta:
                raise CentralNotInitialised()
            central_schema = int(meta["schema_version"])
            if client_protocol < int(meta["protocol_version"]) or client_schema < central_schema:
                raise ClientOutdated(central_schema, client_schema)
            if client_schema > central_schema or client_protocol > int(meta["protocol_version"]):
                raise CentralOutdated()
            account = connection.execute(select(SYNC_ACCOUNT).where(SYNC_ACCOUNT.c.login == self.login)).first()
            if account is None or (not _is_postgres(connection) and not hmac.compare_digest(
                    account.token_hash, _hash_token(self.token))):
                raise CredentialsRejected()
            worker = connection.execute(select(WORKER).where(WORKER.c.id == account.worker_id)).first()
            if worker is None or worker.deleted:
                raise CredentialsRejected()
            device = connection.execute(select(SYNC_DEVICE).where(SYNC_DEVICE.c.device_id == self.device_id)).first()
            if device is not None and (device.revoked or device.worker_id != account.worker_id):
                raise DeviceRevoked()
            server_utc = _server_utc_now(connection)
            ahead = (device_now - server_utc).total_seconds()
            if ahead > MAX_CLOCK_AHEAD.total_seconds():
                raise ClockAhead(ahead)
            if device is None:
                connection.execute(insert(SYNC_DEVICE).values(
                    device_id=self.device_id, worker_id=account.worker_id, revoked=False,
                    registered_at=server_utc, last_seen=server_utc))
            else:
                connection.execute(update(SYNC_DEVICE).where(SYNC_DEVICE.c.device_id == self.device_id)
                                   .values(last_seen=server_utc))
            self.handshake_result = Handshake(
                central_id=meta["central_id"], worker_id=account.worker_id, role=worker.role, team=worker.team,
                server_now=server_utc, log_floor=int(meta.get("log_floor", "0")),
                tombstone_horizon_days=int(meta.get("tombstone_horizon_days", DEFAULT_TOMBSTONE_HORIZON_DAYS)))
            return self.handshake_result

    # --- push -----------------------------------------------------------------------------
    def push(self, changes: list[OutgoingChange]) -> PushOutcome:
        """Apply one batch in one central transaction; replayed operations answer from receipts."""
        with translate_errors(), self.engine.begin() as connection:
            _lock_change_log(connection)
            return _Push(connection, self._me, self.device_id, self._device).run(changes)

    # --- pull -----------------------------------------------------------------------------
    @contextmanager
    def snapshot(self) -> Iterator["PullReader"]:
        """One consistent read of the central store (REPEATABLE READ on PostgreSQL)."""
        with translate_errors(), self.engine.connect() as connection:
            if _is_postgres(connection):
                connection = connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin():
                yield PullReader(connection, self._me)


def _server_utc_now(connection: Connection) -> datetime:
    if _is_postgres(connection):
        return connection.execute(text("SELECT now() AT TIME ZONE 'UTC'")).scalar_one()
    return datetime.fromisoformat(connection.execute(text("SELECT datetime('now')")).scalar_one())


class _Push:
    def __init__(self, connection: Connection, me: Handshake, device_id: str, device: str) -> None:
        self.connection = connection
        self.me = me
        self.device_id = device_id
        self.device = device
        self.outcome = PushOutcome()
        self.visible: set[str] = set()
        self.erased: set[str] = set()
        self.episode_clients: dict[str, str] = {}
        self.log_entries: list[tuple[str, str, str | None]] = []
        self.receipts: list[dict[str, Any]] = []

    def run(self, changes: list[OutgoingChange]) -> PushOutcome:
        replayed = self._replayed({change.op_id for change in changes})
        fresh = [change for change in changes if change.op_id not in replayed]
        if fresh:
            self._load_context(fresh)
            by_table: dict[str, list[OutgoingChange]] = defaultdict(list)
            for change in fresh:
                by_table[change.table_name].append(change)
            for table in SYNCED_TABLES:
                if by_table.get(table.name):
                    self._apply_table(table, by_table[table.name])
            _log(self.connection, self.log_entries)
            if self.receipts:
                self.connection.execute(insert(SYNC_RECEIPT), self.receipts)
        return self.outcome

    def _replayed(self, op_ids: set[str]) -> set[str]:
        rows = self.connection.execute(select(SYNC_RECEIPT.c.op_id, SYNC_RECEIPT.c.outcome)
                                       .where(SYNC_RECEIPT.c.op_id.in_(op_ids))).all()
        for op_id, stored in rows:
            self._report(op_id, json.loads(stored))
        return {op_id for op_id, _ in rows}

    def _report(self, op_id: str, outcome: dict[str, Any]) -> None:
        status = outcome["status"]
        if status == "rejected":
            self.outcome.rejected.append(op_id)
        else:
            self.outcome.applied.append(op_id)
        if status in ("erased", "moved"):
            self.outcome.purge[outcome["client_id"]] = status
        self.outcome.conflicts.extend(ConflictRecord(**record) for record in outcome.get("conflicts", []))

    def _finish(self, change: OutgoingChange, status: str, client_id: str | None = None,
                conflicts: list[ConflictRecord] = ()) -> None:
        outcome = {"status": status, "client_id": client_id,
                   "conflicts": [record.__dict__ for record in conflicts]}
        self._report(change.op_id, outcome)
        self.receipts.append({"op_id": change.op_id, "worker_id": self.me.worker_id, "device_id": self.device_id,
                              "received_at": utc_now(), "outcome": json.dumps(outcome)})

    def _load_context(self, changes: list[OutgoingChange]) -> None:
        me = self.me
        self.visible = set(self.connection.execute(visible_client_ids(me.worker_id, me.role, me.team)).scalars())
        episode_ids = {c.row["episode_id"] for c in changes if c.table_name == "phase_change"}
        self.episode_clients = {c.row["id"]: c.row["client_id"] for c in changes if c.table_name == "case_episode"}
        missing = episode_ids - set(self.episode_clients)
        if missing:
            self.episode_clients.update(self.connection.execute(
                select(EPISODE.c.id, EPISODE.c.client_id).where(EPISODE.c.id.in_(missing))).all())
        self.erased = set(self.connection.execute(select(SYNC_ERASURE.c.client_id)).scalars())

    def _existing(self, table: Table, ids: set[str]) -> set[str]:
        if not ids:
            return set()
        if _is_postgres(self.connection):
            return set(self.connection.execute(text("SELECT casedesk_existing_ids(:t, :ids)"),
                                               {"t": table.name, "ids": list(ids)}).scalars())
        return set(self.connection.execute(select(table.c.id).where(table.c.id.in_(ids))).scalars())

    def _may_hold(self, client_row: dict[str, Any]) -> bool:
        me = self.me
        if me.role == Role.ADMIN.value:
            return True
        if me.worker_id in (client_row.get("responsible_worker_id"), client_row.get("deputy_worker_id")):
            return True
        if me.role == Role.TEAM_LEAD.value and me.team:
            team = self.connection.execute(select(WORKER.c.team)
                                           .where(WORKER.c.id == client_row.get("responsible_worker_id"))).scalar()
            return team == me.team
        return False

    def _apply_table(self, table: Table, changes: list[OutgoingChange]) -> None:
        ids = [change.row["id"] for change in changes]
        current = {row.id: dict(row._mapping) for row in self.connection.execute(
            select(table).where(table.c.id.in_(ids)).with_for_update())}
        previous = {row_id: dict(row) for row_id, row in current.items()}
        unseen = self._existing(table, set(ids) - set(current))
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        for change in changes:
            row = change.row
            client_id = client_id_of(table.name, row, self.episode_clients)
            if client_id in self.erased:
                self._finish(change, "erased", client_id)
                continue
            if row["id"] in unseen:
                # The row exists but this worker may no longer see it: the client was handed over.
                self._finish(change, "moved", client_id)
                continue
            if table.name == "client" and row["id"] not in current:
                if not self._may_hold(row):
                    self._finish(change, "rejected", client_id)
                    continue
                self.visible.add(row["id"])
            elif client_id is not None and client_id not in self.visible:
                moved = bool(self._existing(CLIENT, {client_id}))
                self._finish(change, "moved" if moved else "rejected", client_id)
                continue
            if table.name == "client" and row["status"] == ClientStatus.ERASED.value and row["id"] in current:
                self._erase(row["id"], row["hlc"])
                self._finish(change, "applied", client_id)
                continue
            existing = current.get(row["id"])
            if existing is None:
                inserts.append(row)
                current[row["id"]] = row
                self.log_entries.append((table.name, row["id"], client_id))
                self._finish(change, "applied", client_id)
                continue
            merged, conflicts = self._merge(table, existing, change, client_id)
            if merged is not None:
                updates.append(merged)
                current[row["id"]] = merged
                self.log_entries.append((table.name, row["id"], client_id))
            self._finish(change, "applied", client_id, conflicts)
        if inserts:
            self.connection.execute(insert(table), inserts)
        custody: list[dict[str, Any]] = []
        if table.name == "client" and _is_postgres(self.connection):
            for merged in updates:
                before = previous[merged["id"]]
                if (merged["responsible_worker_id"], merged["deputy_worker_id"]) != (
                        before["responsible_worker_id"], before["deputy_worker_id"]):
                    custody.append({"cid": merged["id"], "responsible": merged["responsible_worker_id"],
                                    "deputy": merged["deputy_worker_id"]})
                    merged["responsible_worker_id"] = before["responsible_worker_id"]
                    merged["deputy_worker_id"] = before["deputy_worker_id"]
        if updates:
            self.connection.execute(*bulk_update(table, updates))
        for change in custody:
            self.connection.execute(text("SELECT casedesk_set_custody(:cid, :responsible, :deputy)"), change)

    def _merge(self, table: Table, existing: dict[str, Any], change: OutgoingChange,
               client_id: str | None) -> tuple[dict[str, Any] | None, list[ConflictRecord]]:
        """Per field against the agreed base: one-sided changes merge, two-sided ones go by HLC."""
        merged = dict(existing)
        clocks = dict(existing["field_clocks"] or {})
        conflicts: list[ConflictRecord] = []
        incoming = change.row
        incoming_clocks = incoming["field_clocks"] or {}
        for name in change.fields:
            if name not in table.c:
                continue
            mine_clock = incoming_clocks.get(name, "")
            theirs_clock = clocks.get(name, "")
            if mine_clock == theirs_clock:
                continue
            changed_centrally = (theirs_clock != change.base_clocks.get(name, "")
                                 and _device_of(theirs_clock) != self.device)
            if changed_centrally and existing[name] != incoming[name]:
                winner = "mine" if mine_clock > theirs_clock else "theirs"
                conflicts.append(ConflictRecord(
                    table.name, incoming["id"], client_id, name,
                    encode_value(incoming[name]), mine_clock, encode_value(existing[name]), theirs_clock, winner))
                if winner == "theirs":
                    continue
            elif mine_clock < theirs_clock:
                continue
            merged[name] = incoming[name]
            clocks[name] = mine_clock
        if clocks == (existing["field_clocks"] or {}):
            return None, conflicts
        merged["field_clocks"] = clocks
        merged["hlc"] = max(clocks.values())
        merged["origin_device"] = incoming["origin_device"]
        return merged, conflicts

    def _erase(self, client_id: str, stamp: str) -> None:
        for table in reversed(SYNCED_TABLES):
            if table.name in SHARED_TABLES:
                continue
            rows = [dict(row._mapping) for row in self.connection.execute(
                select(table).where(rows_of_clients(table, [client_id])))]
            for row in rows:
                values = erased_values(table, row)
                if table.name == "client":
                    values["status"] = ClientStatus.ERASED.value
                else:
                    values["deleted"] = True
                clocks = dict(row["field_clocks"] or {})
                clocks.update({name: max(stamp, clocks.get(name, "")) for name in values})
                values.update(field_clocks=clocks, hlc=max(clocks.values()), origin_device=self.device_id)
                self.connection.execute(update(table).where(table.c.id == row["id"]).values(values))
                self.log_entries.append((table.name, row["id"], client_id))
        self.connection.execute(insert(SYNC_ERASURE).values(client_id=client_id, worker_id=self.me.worker_id,
                                                            erased_at=utc_now()))
        self.erased.add(client_id)


class PullReader:
    """Reads inside one snapshot; every query is limited to what this worker may see."""

    def __init__(self, connection: Connection, me: Handshake) -> None:
        self.connection = connection
        self.me = me

    def high_water(self) -> int:
        if self.connection.dialect.name == "postgresql":
            return self.connection.execute(text("SELECT casedesk_high_water()")).scalar_one()
        return self.connection.execute(select(func.coalesce(func.max(SYNC_CHANGE.c.seq), 0))).scalar_one()

    def visible_client_ids(self) -> set[str]:
        me = self.me
        return set(self.connection.execute(visible_client_ids(me.worker_id, me.role, me.team)).scalars())

    def erased_client_ids(self, client_ids: set[str]) -> set[str]:
        if not client_ids:
            return set()
        return set(self.connection.execute(select(SYNC_ERASURE.c.client_id)
                                           .where(SYNC_ERASURE.c.client_id.in_(client_ids))).scalars())

    def shared_rows(self) -> dict[str, list[dict[str, Any]]]:
        rows: dict[str, list[dict[str, Any]]] = {}
        for table in SYNCED_TABLES:
            if table.name in SHARED_TABLES:
                rows[table.name] = self._rows(select(table))
        task = TABLES_BY_NAME["task"]
        rows["task"] = self._rows(select(task).where(task.c.client_id.is_(None)))
        return rows

    def client_rows(self, client_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        """Everything of these clients (their whole subtree), table by table."""
        return {table.name: self._rows(select(table).where(rows_of_clients(table, client_ids)))
                for table in SYNCED_TABLES if table.name not in SHARED_TABLES}

    def log_entries(self, after: int, up_to: int, limit: int) -> list[tuple[int, str, str]]:
        me = self.me
        query = (select(SYNC_CHANGE.c.seq, SYNC_CHANGE.c.table_name, SYNC_CHANGE.c.row_id)
                 .where(SYNC_CHANGE.c.seq > after, SYNC_CHANGE.c.seq <= up_to)
                 .where(SYNC_CHANGE.c.client_id.is_(None)
                        | SYNC_CHANGE.c.client_id.in_(visible_client_ids(me.worker_id, me.role, me.team)))
                 .order_by(SYNC_CHANGE.c.seq).limit(limit))
        return [tuple(row) for row in self.connection.execute(query)]

    def rows_by_id(self, table_name: str, ids: list[str]) -> list[dict[str, Any]]:
        table = TABLES_BY_NAME[table_name]
        me = self.me
        return self._rows(select(table).where(table.c.id.in_(ids), visible_rows(table, me.worker_id, me.role, me.team)))

    def fingerprints(self, pending: dict[str, set[str]],
                     client_ids: list[str] | None = None) -> dict[str, tuple[int, str]]:
        """Per table: how many rows this worker sees and the newest stamp, leaving out rows that
        are pending on the laptop (they legitimately differ until the next push). With
        ``client_ids``, client-owned tables count only those clients' rows."""
        me = self.me
        result = {}
        for table in SYNCED_TABLES:
            query = select(func.count(), func.coalesce(func.max(table.c.hlc), "")).where(
                visible_rows(table, me.worker_id, me.role, me.team))
            if client_ids is not None and table.name not in SHARED_TABLES:
                query = query.where(rows_of_clients(table, client_ids))
            if pending.get(table.name):
                query = query.where(table.c.id.not_in(pending[table.name]))
            count, newest = self.connection.execute(query).one()
            result[table.name] = (count, newest)
        return result

    def _rows(self, query) -> list[dict[str, Any]]:
        return [dict(row._mapping) for row in self.connection.execute(query)]
