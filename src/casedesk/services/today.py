"""The "Today" view: who is overdue for the weekly contact, and what is due."""

from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from casedesk.models import local_now
from casedesk.services.dto import ClientFilter, OverdueClient, TodayOverview

if TYPE_CHECKING:
    from casedesk.services.desk import Desk


class TodayService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    def overview(self, now: datetime | None = None) -> TodayOverview:
        now = now or local_now()
        overdue = self._desk.clients.list(ClientFilter(mine=True, deputy=True, overdue=True), now=now)
        overdue_clients = [
            OverdueClient(summary, (now - summary.last_contact_at).days if summary.last_contact_at else None)
            for summary in overdue
        ]
        # Never-seen clients first, then the longest without contact.
        overdue_clients.sort(key=lambda entry: -(entry.days_without_contact if entry.days_without_contact is not None else 10**6))
        end_of_today = datetime.combine(now.date() + timedelta(days=1), time.min)
        return TodayOverview(overdue_clients=overdue_clients, due_tasks=self._desk.tasks.due(end_of_today))
