"""Caseloads against the team's limit, and the team's contact compliance, from what the desk holds.

A worker's caseload is the active clients (not code persons, not archived or erased) they are
responsible for; the clients they deputise for are counted beside it. The limit is the team's
(``TeamSetting``, changed by team leads and admins and synced; ``DEFAULT_CASELOAD_LIMIT`` until one
is set). An assignment that would take a worker past the limit — a new client, a handover, a
deputy (own and deputised clients together) — is warned about: ``warning`` says so before the
UI asks, the assignment itself is never refused. Contact compliance is the share of a worker's
clients in the monitoring phase with a contact in the last ``COMPLIANCE_DAYS`` days. A team lead's
desk holds the team after a sync, so ``team`` is every member's figures; a caseworker's desk
holds only their own clients, so ``team`` shows them alone.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import and_, case, exists, func, select

from casedesk.domain import COMPLIANCE_DAYS, DEFAULT_CASELOAD_LIMIT, ClientKind, ClientStatus, Phase, Role
from casedesk.models import CaseEpisode, Client, Contact, TeamSetting, Worker
from casedesk.models.base import local_now
from casedesk.services.errors import ValidationFailed

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

MAX_CASELOAD_LIMIT = 100


@dataclass(frozen=True)
class CaseloadFigure:
    worker_id: str
    name: str
    active: int
    deputy: int
    limit: int
    in_monitoring: int
    seen_in_time: int

    @property
    def over_limit(self) -> bool:
        return self.active > self.limit

    @property
    def compliance(self) -> float | None:
        """Share 0–1 of the clients in monitoring with a recent contact; None without any."""
        return self.seen_in_time / self.in_monitoring if self.in_monitoring else None


@dataclass(frozen=True)
class CaseloadWarning:
    worker_name: str
    clients_after: int
    limit: int


def _active_client():
    return and_(Client.deleted.is_(False), Client.status == ClientStatus.ACTIVE.value,
                Client.kind != ClientKind.CODE.value)


class CaseloadService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    # --- the team's limit --------------------------------------------------------------------
    def limit(self, team: str | None = None) -> int:
        team = self._desk.identity.team if team is None else team
        with self._desk.session() as session:
            return self._limit(session, team)

    @staticmethod
    def _limit(session, team: str) -> int:
        value = session.scalars(select(TeamSetting.caseload_limit).where(
            TeamSetting.team == team, TeamSetting.deleted.is_(False))
            .order_by(TeamSetting.hlc.desc(), TeamSetting.id)).first()
        return value or DEFAULT_CASELOAD_LIMIT

    def may_set_limit(self) -> bool:
        return self._desk.identity.role in (Role.TEAM_LEAD.value, Role.ADMIN.value)

    def set_limit(self, limit: int) -> None:
        if not self.may_set_limit():
            raise ValidationFailed({"caseload_limit": "leads_only"})
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_CASELOAD_LIMIT:
            raise ValidationFailed({"caseload_limit": "out_of_range"})
        team = self._desk.identity.team
        with self._desk.session() as session:
            row = session.scalars(select(TeamSetting).where(TeamSetting.team == team, TeamSetting.deleted.is_(False))
                                  .order_by(TeamSetting.hlc.desc(), TeamSetting.id)).first()
            if row is None:
                session.add(TeamSetting(team=team, caseload_limit=limit))
            else:
                row.caseload_limit = limit

    # --- figures -----------------------------------------------------------------------------
    def mine(self, now: datetime | None = None) -> CaseloadFigure:
        return self._figures([self._desk.identity.worker_id], now)[0]

    def team(self, now: datetime | None = None) -> list[CaseloadFigure]:
        """Every member's figures (a lead's or admin's desk; anyone else: their own), by name."""
        me = self._desk.identity
        if me.role not in (Role.TEAM_LEAD.value, Role.ADMIN.value):
            return [self.mine(now)]
        with self._desk.session() as session:
            query = select(Worker.id).where(Worker.deleted.is_(False))
            if me.role == Role.TEAM_LEAD.value:
                query = query.where(Worker.team == me.team)
            ids = list(session.scalars(query))
        if me.worker_id not in ids:
            ids.append(me.worker_id)
        return sorted(self._figures(ids, now), key=lambda f: (f.name.casefold(), f.worker_id))

    def _figures(self, worker_ids: list[str], now: datetime | None) -> list[CaseloadFigure]:
        since = (now or local_now()) - timedelta(days=COMPLIANCE_DAYS)
        with self._desk.session() as session:
            workers = {w.id: w for w in session.scalars(select(Worker).where(Worker.id.in_(worker_ids)))}
            active = dict(session.execute(
                select(Client.responsible_worker_id, func.count()).where(
                    _active_client(), Client.responsible_worker_id.in_(worker_ids))
                .group_by(Client.responsible_worker_id)).all())
            deputy = dict(session.execute(
                select(Client.deputy_worker_id, func.count()).where(
                    _active_client(), Client.deputy_worker_id.in_(worker_ids))
                .group_by(Client.deputy_worker_id)).all())
            in_monitoring = exists().where(
                CaseEpisode.client_id == Client.id, CaseEpisode.deleted.is_(False),
                CaseEpisode.closed_on.is_(None), CaseEpisode.phase == Phase.MONITORING.value)
            seen = exists().where(Contact.client_id == Client.id, Contact.deleted.is_(False),
                                  Contact.occurred_at >= since)
            monitoring = {worker: (total, recent or 0) for worker, total, recent in session.execute(
                select(Client.responsible_worker_id, func.count(), func.sum(case((seen, 1), else_=0)))
                .where(_active_client(), Client.responsible_worker_id.in_(worker_ids), in_monitoring)
                .group_by(Client.responsible_worker_id)).all()}
            figures = []
            for worker_id in worker_ids:
                worker = workers.get(worker_id)
                name = worker.name if worker else self._desk.identity.name
                team = worker.team if worker else self._desk.identity.team
                total, recent = monitoring.get(worker_id, (0, 0))
                figures.append(CaseloadFigure(worker_id, name, active.get(worker_id, 0), deputy.get(worker_id, 0),
                                              self._limit(session, team), total, int(recent)))
            return figures

    def warning(self, worker_id: str | None, adding: int = 1, as_deputy: bool = False) -> CaseloadWarning | None:
        """A warning if giving ``worker_id`` ``adding`` more clients (as deputy: counted with their
        own) takes them past their team's limit; None if it does not."""
        if not worker_id:
            return None
        [figure] = self._figures([worker_id], None)
        after = figure.active + adding + (figure.deputy if as_deputy else 0)
        if after <= figure.limit:
            return None
        return CaseloadWarning(figure.name, after, figure.limit)
