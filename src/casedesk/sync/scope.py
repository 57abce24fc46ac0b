"""Which client a synced row belongs to, and which rows a worker may hold, from the registry.

The client is the unit of visibility, handover, purge and erasure. Every rule here reads the
scope each entity declares in ``casedesk.models.registry``; none names a table.
"""

from sqlalchemy import Column, ColumnElement, Select, Table, and_, false, func, or_, select, true

from casedesk.domain import Role
from casedesk.models import SYNCED_ENTITIES, CaseEpisode, Client, Scope, ServicePlan, SyncedEntity, Worker

#: In foreign-key order: parents are written before children and deleted after them.
SYNCED_TABLES: tuple[Table, ...] = tuple(entity.model.__table__ for entity in SYNCED_ENTITIES)  # type: ignore[attr-defined]
TABLES_BY_NAME: dict[str, Table] = {table.name: table for table in SYNCED_TABLES}
ENTITY_OF_TABLE: dict[str, SyncedEntity] = {entity.table_name: entity for entity in SYNCED_ENTITIES}
#: Tables whose every row every worker sees (their writers are limited by the registry).
SHARED_TABLES = frozenset(entity.table_name for entity in SYNCED_ENTITIES if entity.scope is Scope.SHARED)
#: Tables of rows that belong to one client, the client table included; children before parents reversed.
CLIENT_TABLES: tuple[Table, ...] = tuple(table for table in SYNCED_TABLES if table.name not in SHARED_TABLES)

CLIENT = Client.__table__
EPISODE = CaseEpisode.__table__
SERVICE_PLAN = ServicePlan.__table__
WORKER = Worker.__table__


def client_id_of(table_name: str, row: dict) -> str | None:
    """The owning client of a row, or None for shared and personal rows."""
    scope = ENTITY_OF_TABLE[table_name].scope
    if scope is Scope.SHARED:
        return None
    if scope is Scope.CLIENT:
        return row["id"]
    return row.get("client_id")


def personal_owner_of(table_name: str, row: dict) -> str | None:
    """The worker a personal row (one without a client) belongs to, or None."""
    entity = ENTITY_OF_TABLE[table_name]
    if entity.scope is Scope.CLIENT_OR_PERSONAL and row.get("client_id") is None and entity.owner_column:
        return row.get(entity.owner_column)
    return None


def client_visibility(worker_id: str, role: str, team: str) -> ColumnElement[bool]:
    """Clients a worker may hold: responsible or deputy; team leads their team; admins all.

    The same rule is PostgreSQL's row-level security policy (``casedesk.sync.central``); here it
    also serves the SQLite central store and keeps queries on PostgreSQL index-friendly.
    """
    if role == Role.ADMIN.value:
        return true()
    mine = or_(CLIENT.c.responsible_worker_id == worker_id, deputising(worker_id))
    if role == Role.TEAM_LEAD.value and team:
        team_members = select(WORKER.c.id).where(WORKER.c.team == team)
        return or_(mine, CLIENT.c.responsible_worker_id.in_(team_members))
    return mine


def deputising(worker_id: str) -> ColumnElement[bool]:
    """The clients ``worker_id`` deputises for today, by the central store's date: within the
    period, both days included (a side without a day is open)."""
    today = func.current_date()
    return and_(CLIENT.c.deputy_worker_id == worker_id,
                or_(CLIENT.c.deputy_from.is_(None), CLIENT.c.deputy_from <= today),
                or_(CLIENT.c.deputy_until.is_(None), CLIENT.c.deputy_until >= today))


def visible_client_ids(worker_id: str, role: str, team: str) -> Select:
    return select(CLIENT.c.id).where(client_visibility(worker_id, role, team))


def rows_of_clients(table: Table, client_ids) -> ColumnElement[bool]:
    """Filter for the rows of ``table`` that belong to ``client_ids`` (a list or a subquery)."""
    if table.name in SHARED_TABLES:
        return false()
    return owner_column(table).in_(client_ids)


def owner_column(table: Table) -> Column:
    """The column naming the client a row of a client's table belongs to."""
    return table.c.id if ENTITY_OF_TABLE[table.name].scope is Scope.CLIENT else table.c.client_id


def personal_rows(table: Table, worker_id: str) -> ColumnElement[bool]:
    """Filter for the personal rows (no client) of ``table`` that belong to ``worker_id``."""
    entity = ENTITY_OF_TABLE[table.name]
    if entity.scope is not Scope.CLIENT_OR_PERSONAL or not entity.owner_column:
        return false()
    return and_(table.c.client_id.is_(None), table.c[entity.owner_column] == worker_id)


def visible_rows(table: Table, worker_id: str, role: str, team: str) -> ColumnElement[bool]:
    if table.name in SHARED_TABLES:
        return true()
    own_clients = visible_client_ids(worker_id, role, team)
    return or_(rows_of_clients(table, own_clients), personal_rows(table, worker_id))
