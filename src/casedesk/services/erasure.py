"""GDPR erasure (Art. 17): a client's content is purged on every copy; only the ids remain.

Here the laptop blanks the client and every row about them as tracked edits (the FTS triggers
drop the index entries; ``secure_delete`` overwrites freed pages); the push tells the central
store, which blanks its copy, records the erasure and refuses any later content for the id, and
every other laptop purges its copy at its next sync. The access log keeps its entries about the
client (they hold ids only) and gains one for the erasure itself.
"""

from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from casedesk.domain import ClientStatus
from casedesk.models import SYNCED_MODELS, AccessKind, Client, ParkedDraft, SyncConflict
from casedesk.services.errors import NotFound
from casedesk.store.database import checkpoint
from casedesk.store.tracking import AUDIT_OFF
from casedesk.sync.codec import erased_values
from casedesk.sync.scope import SHARED_TABLES, rows_of_clients

if TYPE_CHECKING:
    from casedesk.services.desk import Desk


class ErasureService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    def erase_client(self, client_id: str) -> None:
        with self._desk.session() as session:
            client = session.get(Client, client_id)
            if client is None:
                raise NotFound(client_id)
            # The access log keeps the fact (ids only): one entry for the erasure, none per blanked row.
            session.info[AUDIT_OFF] = True
            self._desk.audit.record(session, client_id, AccessKind.ERASE)
            for model in reversed(SYNCED_MODELS):
                if model is Client or model.__tablename__ in SHARED_TABLES:
                    continue
                for row in session.scalars(select(model).where(rows_of_clients(model.__table__, [client_id]))):
                    _blank(row)
                    row.deleted = True
            _blank(client)
            client.status = ClientStatus.ERASED.value
            session.execute(delete(SyncConflict).where(SyncConflict.client_id == client_id))
            # Unsaved work the auto-lock parked about the client is the client's data too.
            session.execute(delete(ParkedDraft).where(ParkedDraft.client_id == client_id))
        # Old page images of the client live on in the write-ahead log until a checkpoint.
        checkpoint(self._desk.engine)


def _blank(row) -> None:
    table = type(row).__table__
    values = {column.name: getattr(row, column.name) for column in table.columns}
    for name, value in erased_values(table, values).items():
        setattr(row, name, value)
