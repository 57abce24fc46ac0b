"""Handing a client over to another worker for good, and naming a deputy (Vertretung).

Both are ordinary tracked edits of the client row; the sync carries them to the central store,
and a laptop that may no longer hold the client purges it at its next sync.
"""

from typing import TYPE_CHECKING

from casedesk.models import Client, Worker
from casedesk.services.errors import NotFound, ValidationFailed

if TYPE_CHECKING:
    from casedesk.services.desk import Desk


class HandoverService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    def handover_client(self, client_id: str, new_worker_id: str) -> None:
        with self._desk.session() as session:
            client = _client(session, client_id)
            _worker(session, new_worker_id, "new_worker_id")
            client.responsible_worker_id = new_worker_id
            if client.deputy_worker_id == new_worker_id:
                client.deputy_worker_id = None

    def set_deputy(self, client_id: str, deputy_worker_id: str | None) -> None:
        with self._desk.session() as session:
            client = _client(session, client_id)
            if deputy_worker_id is not None:
                _worker(session, deputy_worker_id, "deputy_worker_id")
                if deputy_worker_id == client.responsible_worker_id:
                    raise ValidationFailed({"deputy_worker_id": "is_responsible"})
            client.deputy_worker_id = deputy_worker_id


def _client(session, client_id: str) -> Client:
    client = session.get(Client, client_id)
    if client is None or client.deleted:
        raise NotFound(client_id)
    return client


def _worker(session, worker_id: str, field: str) -> Worker:
    worker = session.get(Worker, worker_id)
    if worker is None or worker.deleted:
        raise ValidationFailed({field: "unknown_worker"})
    return worker
