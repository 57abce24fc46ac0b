"""Handing a client over to another worker for good, and naming a deputy (Vertretung) for a period.

Both are ordinary tracked edits of the client row; the sync carries them to the central store,
and a laptop that may no longer hold the client purges it at its next sync. A deputy holds the
client on the days of the period only (the central store's row-level security follows it): their
laptop receives the client at the first sync of the period and loses it at the first one after.
"""

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from sqlalchemy import select

from casedesk.domain import ClientStatus
from casedesk.models import Client, Contact, Provider, Referral, Worker
from casedesk.services.dto import display_name
from casedesk.services.errors import NotFound, ValidationFailed

if TYPE_CHECKING:
    from casedesk.services.desk import Desk


@dataclass(frozen=True)
class DeputyPeriod:
    """A client someone deputises for, and when."""

    client_id: str
    display_name: str
    deputy_worker_id: str
    deputy_name: str
    starts_on: date | None
    ends_on: date | None


@dataclass(frozen=True)
class DeputyWork:
    """What a deputy did for one client during their period: for the case manager's return."""

    period: DeputyPeriod
    contacts: tuple[tuple[datetime, str, str], ...]  # (when, contact type, note)
    referrals: tuple[str, ...]  # what the deputy referred the client to


class HandoverService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    def handover_client(self, client_id: str, new_worker_id: str, note: str = "") -> None:
        """``note``: what the new case manager should know (printed on the handover summary)."""
        with self._desk.session() as session:
            client = _client(session, client_id)
            _worker(session, new_worker_id, "new_worker_id")
            client.responsible_worker_id = new_worker_id
            client.handover_note = note.strip()
            if client.deputy_worker_id == new_worker_id:
                client.deputy_worker_id = None
                client.deputy_from = client.deputy_until = None

    def set_deputy(self, client_id: str, deputy_worker_id: str | None, starts_on: date | None = None,
                   ends_on: date | None = None) -> None:
        """A deputy from ``starts_on`` to ``ends_on`` (both included; None: open on that side)."""
        if starts_on is not None and ends_on is not None and ends_on < starts_on:
            raise ValidationFailed({"deputy_until": "before_start"})
        with self._desk.session() as session:
            client = _client(session, client_id)
            if deputy_worker_id is not None:
                _worker(session, deputy_worker_id, "deputy_worker_id")
                if deputy_worker_id == client.responsible_worker_id:
                    raise ValidationFailed({"deputy_worker_id": "is_responsible"})
            client.deputy_worker_id = deputy_worker_id
            client.deputy_from, client.deputy_until = (starts_on, ends_on) if deputy_worker_id else (None, None)

    def deputised_by_me(self, on: date | None = None) -> list[DeputyPeriod]:
        """The clients this desk's worker deputises for on ``on`` (today), by name."""
        on = on or date.today()
        me = self._desk.identity.worker_id
        return [period for period in self._periods(Client.deputy_worker_id == me)
                if (period.starts_on or on) <= on <= (period.ends_on or on)]

    def back_from_absence(self, on: date | None = None, within_days: int = 30) -> list[DeputyWork]:
        """For the case manager's return: each of their clients whose deputy's period ended in
        the last ``within_days`` days, with the contacts the deputy recorded and the referrals
        they made during the period."""
        on = on or date.today()
        me = self._desk.identity.worker_id
        periods = [period for period in self._periods(Client.responsible_worker_id == me)
                   if period.ends_on is not None and 0 < (on - period.ends_on).days <= within_days]
        work = []
        with self._desk.session() as session:
            for period in periods:
                start = datetime.combine(period.starts_on or date.min, time.min)
                end = datetime.combine(period.ends_on, time.max)
                contacts = session.execute(select(Contact.occurred_at, Contact.type, Contact.note).where(
                    Contact.client_id == period.client_id, Contact.worker_id == period.deputy_worker_id,
                    Contact.deleted.is_(False), Contact.occurred_at.between(start, end),
                ).order_by(Contact.occurred_at)).all()
                referrals = session.execute(select(Referral.person, Provider.institution, Referral.service).outerjoin(
                    Provider, Provider.id == Referral.provider_id).where(
                    Referral.client_id == period.client_id, Referral.deleted.is_(False),
                    Referral.worker_id == period.deputy_worker_id, Referral.created_at.between(start, end),
                ).order_by(Referral.created_at)).all()
                work.append(DeputyWork(period, tuple(tuple(row) for row in contacts), tuple(
                    " — ".join(part for part in (provider or person, service) if part)
                    for person, provider, service in referrals)))
        return work

    def _periods(self, whose) -> list[DeputyPeriod]:
        with self._desk.session() as session:
            deputy = Worker.__table__.alias("deputy")
            rows = session.execute(
                select(Client, deputy.c.name).join(deputy, deputy.c.id == Client.deputy_worker_id)
                .where(whose, Client.deleted.is_(False), Client.status == ClientStatus.ACTIVE.value)
                .order_by(Client.first_name, Client.last_name)).all()
            return [DeputyPeriod(client.id, _name(client), client.deputy_worker_id, deputy_name,
                                 client.deputy_from, client.deputy_until) for client, deputy_name in rows]


def _name(client: Client) -> str:
    return display_name(client.first_name, client.last_name, client.alias, client.code)


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
