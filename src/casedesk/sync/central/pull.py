"""The server side of a pull: reads inside one snapshot, limited to what the worker may see."""

from typing import Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    Connection,
    Table,
    Text,
    cast,
    func,
    literal,
    select,
    text,
    union_all,
)

from casedesk.models import Scope
from casedesk.sync.central.messages import ConflictRecord, Handshake, JsonText, NoticeRecord
from casedesk.sync.central.schema import (
    SYNC_CHANGE,
    SYNC_ERASURE,
    SYNC_INBOX_CONFLICT,
    SYNC_INBOX_NOTICE,
    among,
    outside,
)
from casedesk.sync.scope import (
    CLIENT,
    ENTITY_OF_TABLE,
    SHARED_TABLES,
    SYNCED_TABLES,
    TABLES_BY_NAME,
    client_visibility,
    owner_column,
    personal_rows,
    visible_client_ids,
    visible_rows,
)


class PullReader:
    """Reads inside one snapshot; every query is limited to what this worker may see."""

    def __init__(self, connection: Connection, me: Handshake, device: str) -> None:
        self.connection = connection
        self.me = me
        self.device = device
        self.postgres = connection.dialect.name == "postgresql"

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
                                           .where(among(SYNC_ERASURE.c.client_id, client_ids, self.connection)))
                   .scalars())

    def shared_rows(self) -> dict[str, list[dict[str, Any]]]:
        """Every shared row, and this worker's own personal rows (tasks without a client)."""
        rows: dict[str, list[dict[str, Any]]] = {}
        for table in SYNCED_TABLES:
            if table.name in SHARED_TABLES:
                rows[table.name] = self._rows(table)
            elif ENTITY_OF_TABLE[table.name].scope is Scope.CLIENT_OR_PERSONAL:
                rows[table.name] = self._rows(table, personal_rows(table, self.me.worker_id))
        return rows

    def client_rows(self, client_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        """Everything of these clients (their whole subtree), table by table; JSON as ``JsonText``."""
        return {table.name: self._rows(table, among(owner_column(table), client_ids, self.connection), json_text=True)
                for table in SYNCED_TABLES if table.name not in SHARED_TABLES}

    def log_entries(self, after: int, up_to: int, limit: int) -> list[tuple[int, str, str]]:
        me = self.me
        query = (select(SYNC_CHANGE.c.seq, SYNC_CHANGE.c.table_name, SYNC_CHANGE.c.row_id)
                 .where(SYNC_CHANGE.c.seq > after, SYNC_CHANGE.c.seq <= up_to)
                 .where(SYNC_CHANGE.c.client_id.is_(None)
                        | SYNC_CHANGE.c.client_id.in_(visible_client_ids(me.worker_id, me.role, me.team)))
                 # A personal row's entries are its owner's alone (PostgreSQL's policy says the same).
                 .where(SYNC_CHANGE.c.owner_worker_id.is_(None) | (SYNC_CHANGE.c.owner_worker_id == me.worker_id))
                 # What this laptop wrote exactly as it holds it need not come back.
                 .where(SYNC_CHANGE.c.device_id.is_(None) | (SYNC_CHANGE.c.device_id != self.device))
                 .order_by(SYNC_CHANGE.c.seq).limit(limit))
        return [tuple(row) for row in self.connection.execute(query)]

    def rows_by_id(self, table_name: str, ids: list[str]) -> list[dict[str, Any]]:
        table = TABLES_BY_NAME[table_name]
        me = self.me
        return self._rows(table, among(table.c.id, ids, self.connection),
                          visible_rows(table, me.worker_id, me.role, me.team), json_text=True)

    def fingerprints(self, pending: dict[str, set[str]],
                     client_ids: list[str] | None = None) -> dict[str, tuple[int, str]]:
        """Per table: how many rows this worker sees and the newest stamp, leaving out rows that
        are pending on the laptop (they legitimately differ until the next push). With
        ``client_ids``, client-owned tables count only those clients' rows."""
        me = self.me
        scoped = None
        if client_ids is not None:
            # Those of the clients this worker sees, looked up by id: the visibility rule applied
            # to every client of the caseload cost each table a pass over all of them (a sync of
            # 50 changes on a 10k-client desk at load 5: 0.46 -> 0.24 s here; what is left is
            # row-level security's own pass over the caseload, once per table). Worked out once
            # for every table, in one statement: per table it was a third of a small sync's time
            # on a 100 000-row desk.
            scoped = (select(CLIENT.c.id).where(among(CLIENT.c.id, client_ids, self.connection),
                                                client_visibility(me.worker_id, me.role, me.team))
                      .cte("scoped").prefix_with("MATERIALIZED"))
        counts = []
        for table in SYNCED_TABLES:
            query = select(literal(table.name).label("table_name"), func.count().label("rows"),
                           func.coalesce(func.max(table.c.hlc), "").label("newest"))
            if scoped is not None and table.name not in SHARED_TABLES:
                query = query.where(owner_column(table).in_(select(scoped.c.id)))
            else:
                query = query.where(visible_rows(table, me.worker_id, me.role, me.team))
            if pending.get(table.name):
                query = query.where(outside(table.c.id, pending[table.name], self.connection))
            counts.append(query)
        return {name: (count, newest) for name, count, newest in self.connection.execute(union_all(*counts))}

    def conflicts(self) -> list[ConflictRecord]:
        """Conflicts waiting for this laptop: its own pushes', and those where its value lost."""
        columns = [SYNC_INBOX_CONFLICT.c[name] for name in ConflictRecord.__dataclass_fields__]
        return [ConflictRecord(**row._mapping) for row in self.connection.execute(
            select(*columns).where(SYNC_INBOX_CONFLICT.c.device == self.device)
            .order_by(SYNC_INBOX_CONFLICT.c.created_at))]

    def notices(self) -> list[NoticeRecord]:
        columns = [SYNC_INBOX_NOTICE.c[name] for name in NoticeRecord.__dataclass_fields__]
        return [NoticeRecord(**row._mapping) for row in self.connection.execute(
            select(*columns).where(SYNC_INBOX_NOTICE.c.worker_id == self.me.worker_id)
            .order_by(SYNC_INBOX_NOTICE.c.created_at))]

    def _rows(self, table: Table, *conditions: ColumnElement[bool], json_text: bool = False) -> list[dict[str, Any]]:
        """Whole rows; with ``json_text`` their JSON values as ``JsonText`` (for bulk reads)."""
        texts = [column.name for column in table.columns if json_text and isinstance(column.type, JSON)]
        columns = [cast(column, Text).label(column.name) if column.name in texts else column
                   for column in table.columns]
        result = self.connection.execute(select(*columns).where(*conditions))
        names = list(result.keys())
        rows = [dict(zip(names, values, strict=True)) for values in result.all()]
        for row in rows:
            for name in texts:
                if row[name] is not None:
                    row[name] = JsonText(row[name])
        return rows
