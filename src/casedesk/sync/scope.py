"""Which client a synced row belongs to: the unit of visibility, handover, purge and erasure."""

from sqlalchemy import ColumnElement, Select, Table, false, or_, select, true

from casedesk.domain import Role
from casedesk.models import SYNCED_MODELS, CaseEpisode, Client, PhaseChange, Task, Worker

#: In foreign-key order: parents are written before children and deleted after them.
SYNCED_TABLES: tuple[Table, ...] = tuple(model.__table__ for model in SYNCED_MODELS)  # type: ignore[attr-defined]
TABLES_BY_NAME: dict[str, Table] = {table.name: table for table in SYNCED_TABLES}

CLIENT = Client.__table__
EPISODE = CaseEpisode.__table__
PHASE_CHANGE = PhaseChange.__table__
TASK = Task.__table__
WORKER = Worker.__table__

#: Rows every worker sees: the worker directory, crisis lines, and tasks that belong to no client
#: (a personal to-do holds no client's data).
SHARED_TABLES = frozenset({"worker", "crisis_line"})


def client_id_of(table_name: str, row: dict, episode_clients: dict[str, str]) -> str | None:
    """The owning client of a row, or None for shared rows (``episode_clients``: episode id → client id)."""
    if table_name in SHARED_TABLES:
        return None
    if table_name == "client":
        return row["id"]
    if table_name == "phase_change":
        return episode_clients.get(row["episode_id"])
    return row.get("client_id")


def client_visibility(worker_id: str, role: str, team: str) -> ColumnElement[bool]:
    """Clients a worker may hold: responsible or deputy; team leads their team; admins all.

    The same rule is PostgreSQL's row-level security policy (``casedesk.sync.central``); here it
    also serves the SQLite central store and keeps queries on PostgreSQL index-friendly.
    """
    if role == Role.ADMIN.value:
        return true()
    mine = or_(CLIENT.c.responsible_worker_id == worker_id, CLIENT.c.deputy_worker_id == worker_id)
    if role == Role.TEAM_LEAD.value and team:
        team_members = select(WORKER.c.id).where(WORKER.c.team == team)
        return or_(mine, CLIENT.c.responsible_worker_id.in_(team_members))
    return mine


def visible_client_ids(worker_id: str, role: str, team: str) -> Select:
    return select(CLIENT.c.id).where(client_visibility(worker_id, role, team))


def rows_of_clients(table: Table, client_ids) -> ColumnElement[bool]:
    """Filter for the rows of ``table`` that belong to ``client_ids`` (a list or a subquery)."""
    if table.name in SHARED_TABLES:
        return false()
    if table.name == "client":
        return table.c.id.in_(client_ids)
    if table.name == "phase_change":
        return table.c.episode_id.in_(select(EPISODE.c.id).where(EPISODE.c.client_id.in_(client_ids)))
    return table.c.client_id.in_(client_ids)


def visible_rows(table: Table, worker_id: str, role: str, team: str) -> ColumnElement[bool]:
    if table.name in SHARED_TABLES:
        return true()
    own_clients = visible_client_ids(worker_id, role, team)
    if table.name == "task":
        return or_(table.c.client_id.is_(None), table.c.client_id.in_(own_clients))
    return rows_of_clients(table, own_clients)
