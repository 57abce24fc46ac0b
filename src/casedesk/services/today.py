"""The "Today" view: which of the worker's clients are overdue for a contact, and what is due.

"Overdue" is services.monitoring's definition, the same the client list's "Overdue" filter uses;
Today looks at the clients the worker is responsible for and those they deputise for
(``TODAY_CLIENTS``), so the list with "Mine", "Deputy" and "Overdue" ticked shows the same clients.
"""

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from casedesk.models import local_now
from casedesk.services import monitoring
from casedesk.services.dto import ClientFilter, ClientSummary, TaskEntry

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

#: Whose clients Today checks: the worker's own and those they deputise for.
TODAY_CLIENTS = ClientFilter(mine=True, deputy=True, overdue=True)


@dataclass(frozen=True)
class OverdueClient:
    client: ClientSummary
    #: None for a client never seen.
    days_without_contact: int | None
    #: The rules the client is overdue under, the longest overdue first (never empty).
    broken_rules: list[monitoring.BrokenRule]

    @property
    def overdue_since(self) -> datetime:
        return self.broken_rules[0].due_at


@dataclass(frozen=True)
class TodayOverview:
    #: The longest overdue first.
    overdue_clients: list[OverdueClient]
    #: Open tasks due by the end of today, the earliest first.
    due_tasks: list[TaskEntry]
    #: Every rule the clients were checked against, for the heading.
    rules: tuple[monitoring.MonitoringRule, ...] = monitoring.RULES


class TodayService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    def overview(self, now: datetime | None = None) -> TodayOverview:
        now = now or local_now()
        overdue = self._desk.clients.list(TODAY_CLIENTS, now=now)
        with self._desk.session() as session:
            openings = monitoring.episode_openings(session, [summary.id for summary in overdue])
        overdue_clients = []
        for summary in overdue:
            broken = monitoring.broken_rules(summary.phase, summary.last_contact_at, openings.get(summary.id), now)
            if not broken:
                continue  # its episode changed between the two reads
            days = (now - summary.last_contact_at).days if summary.last_contact_at else None
            overdue_clients.append(OverdueClient(summary, days, broken))
        overdue_clients.sort(key=lambda entry: (entry.overdue_since, entry.client.display_name.casefold()))
        end_of_today = datetime.combine(now.date() + timedelta(days=1), time.min)
        return TodayOverview(overdue_clients=overdue_clients, due_tasks=self._desk.tasks.due(end_of_today))
