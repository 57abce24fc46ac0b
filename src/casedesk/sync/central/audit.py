"""The central store's access log (audit): every laptop's entries, ids only, never content.

``sync_audit`` is bookkeeping, no synced entity: a row is written once by the laptop whose
worker made the access and never changed; no erasure touches it (GDPR Art. 17 keeps the fact).
On PostgreSQL a worker may insert entries in their own name only and read their own; team leads
read their team's (entries by a member, or about a client the lead sees), admins everything;
nobody updates or deletes one. The SQLite store, which has no roles, applies the same rule here.

``seq`` is the cursor of a team lead's pull: entries are written under the change log's lock
(``lock_change_log``), so ``seq`` order is commit order and a cursor skips nothing.
"""

from dataclasses import dataclass

from sqlalchemy import (
    BigInteger,
    Column,
    ColumnElement,
    Connection,
    DateTime,
    Integer,
    String,
    Table,
    or_,
    select,
    true,
)

from casedesk.domain import Role
from casedesk.sync.central.connection import translate_errors
from casedesk.sync.central.messages import Handshake
from casedesk.sync.central.schema import WORKER_GROUP_ROLE, bookkeeping, is_postgres, lock_change_log
from casedesk.sync.central.session import CentralSession, _refusals, server_utc_now
from casedesk.sync.errors import CentralRefused
from casedesk.sync.scope import WORKER, visible_client_ids

SYNC_AUDIT = Table(
    "sync_audit", bookkeeping,
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("id", String(36), nullable=False, unique=True),
    Column("at", DateTime, nullable=False),
    Column("worker_id", String(36), nullable=False, index=True),
    Column("device_id", String(36), nullable=False),
    Column("client_id", String(36), nullable=True, index=True),
    Column("table_name", String(60), nullable=False),
    Column("record_id", String(36), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("received_at", DateTime, nullable=False),
    # A worker may not read back what a handed-over client's entries say: no RETURNING.
    implicit_returning=False,
    sqlite_autoincrement=True,
)

#: The columns a laptop sends (and a team lead's laptop receives).
ENTRY_COLUMNS = ("id", "at", "worker_id", "device_id", "client_id", "table_name", "record_id", "kind")

_LEAD = f"(SELECT casedesk_my_role()) = '{Role.TEAM_LEAD.value}'"
_ADMIN = f"(SELECT casedesk_my_role()) = '{Role.ADMIN.value}'"
#: The worker roles' policies (``security._policy_statements`` form): insert in one's own name;
#: read one's own, a lead their team's, an admin all; no UPDATE or DELETE policy, no privilege.
AUDIT_POLICIES = [
    (f"FOR SELECT USING (worker_id = (SELECT casedesk_me()) OR {_ADMIN} OR ({_LEAD} AND"
     " (worker_id IN (SELECT casedesk_my_team_members()) OR client_id IN (SELECT id FROM client))))"),
    "FOR INSERT WITH CHECK (worker_id = (SELECT casedesk_me()))",
]


def install_audit_security(connection: Connection) -> None:
    """Policies and privileges of ``sync_audit`` for the worker roles (after the general ones,
    which revoke every privilege first and force row-level security on every table)."""
    from casedesk.sync.central.security import _policy_statements

    statements = _policy_statements(SYNC_AUDIT.name, AUDIT_POLICIES)
    statements += [f"GRANT SELECT, INSERT ON {SYNC_AUDIT.name} TO {WORKER_GROUP_ROLE}",
                   f"GRANT USAGE ON SEQUENCE {SYNC_AUDIT.name}_seq_seq TO {WORKER_GROUP_ROLE}"]
    cursor = connection.connection.cursor()
    for statement in statements:
        cursor.execute(statement)
    cursor.close()


@dataclass(frozen=True)
class AuditBatch:
    entries: list[dict]
    #: The ``seq`` of the last entry read (the next cursor), or the cursor given when none.
    cursor: int


def push_entries(central: CentralSession, entries: list[dict]) -> None:
    """Store the laptop's entries (dicts of ``ENTRY_COLUMNS``); one already there is left as it
    is, so a replay after a lost answer changes nothing. Entries in another worker's name are
    refused (PostgreSQL's policy; here for SQLite)."""
    me = _me(central)
    if not entries:
        return
    if any(entry["worker_id"] != me.worker_id for entry in entries):
        raise CentralRefused("audit entry of another worker")
    with _refusals(), translate_errors(), central.engine.begin() as connection:
        lock_change_log(connection)
        now = server_utc_now(connection)
        rows = [{name: entry[name] for name in ENTRY_COLUMNS} | {"received_at": now} for entry in entries]
        if is_postgres(connection):
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            statement = pg_insert(SYNC_AUDIT).on_conflict_do_nothing(index_elements=["id"])
        else:
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert

            statement = sqlite_insert(SYNC_AUDIT).on_conflict_do_nothing(index_elements=["id"])
        connection.execute(statement, rows)


def read_entries(central: CentralSession, after: int, limit: int) -> AuditBatch:
    """The entries after ``after`` this worker may read, oldest first, at most ``limit``."""
    me = _me(central)
    with _refusals(), translate_errors(), central.engine.connect() as connection:
        query = (select(SYNC_AUDIT).where(SYNC_AUDIT.c.seq > after)
                 .order_by(SYNC_AUDIT.c.seq).limit(limit))
        if not is_postgres(connection):
            query = query.where(readable(me))
        rows = [dict(row._mapping) for row in connection.execute(query)]
    cursor = rows[-1]["seq"] if rows else after
    return AuditBatch([{name: row[name] for name in ENTRY_COLUMNS} for row in rows], cursor)


def readable(me: Handshake) -> ColumnElement[bool]:
    """The PostgreSQL read policy as a filter (for the SQLite store)."""
    if me.role == Role.ADMIN.value:
        return true()
    own = SYNC_AUDIT.c.worker_id == me.worker_id
    if me.role == Role.TEAM_LEAD.value and me.team:
        team = select(WORKER.c.id).where(WORKER.c.team == me.team)
        return or_(own, SYNC_AUDIT.c.worker_id.in_(team),
                   SYNC_AUDIT.c.client_id.in_(visible_client_ids(me.worker_id, me.role, me.team)))
    return own


def _me(central: CentralSession) -> Handshake:
    if central.handshake_result is None:
        raise RuntimeError("handshake first")
    return central.handshake_result
