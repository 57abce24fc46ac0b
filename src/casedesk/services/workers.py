"""The workers this desk knows (its own, and the colleagues a sync brought in), for handover and deputy."""

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from casedesk.models import Client, Worker
from casedesk.services.errors import NotFound

if TYPE_CHECKING:
    from casedesk.services.desk import Desk


@dataclass(frozen=True)
class WorkerSummary:
    id: str
    name: str
    team: str
    role: str


@dataclass(frozen=True)
class CaseAssignment:
    """Who holds a client now: the ids the handover and deputy choices start from."""

    responsible_worker_id: str | None
    deputy_worker_id: str | None
    #: The deputy's period (both days included; None: open on that side).
    deputy_from: date | None = None
    deputy_until: date | None = None


class WorkerService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    def list(self) -> list[WorkerSummary]:
        with self._desk.session() as session:
            rows = session.scalars(
                select(Worker).where(Worker.deleted.is_(False)).order_by(func.lower(Worker.name), Worker.id))
            return [WorkerSummary(id=row.id, name=row.name, team=row.team, role=row.role) for row in rows]

    def assignment(self, client_id: str) -> CaseAssignment:
        with self._desk.session() as session:
            client = session.get(Client, client_id)
            if client is None or client.deleted:
                raise NotFound(client_id)
            return CaseAssignment(client.responsible_worker_id, client.deputy_worker_id,
                                  client.deputy_from, client.deputy_until)
