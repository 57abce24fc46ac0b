"""Fill the printing layer's contents from the desk: service plan, protocol, handover, report."""

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from casedesk.models import Contact, Task, Worker, local_now
from casedesk.printing import content as printed
from casedesk.printing.labels import label
from casedesk.services.cards import birth_date_text
from casedesk.services.errors import NotFound

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

HANDOVER_RECENT_CONTACTS = 10
#: The method's default review interval for a service plan.
PLAN_REVIEW_MONTHS = 6


def _phase_name(phase: str, language: str) -> str:
    """The printing layer prints the phase as given, so it is worded here in the document's language."""
    return label(language, f"phase.{phase}")  # type: ignore[arg-type]


def _split_list(text: str) -> list[str]:
    return [part.strip() for part in text.replace("\n", ",").split(",") if part.strip()]


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise ValueError(day)


class DocumentService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    def _task_entries(self, client_id: str) -> list[printed.TaskEntry]:
        return [
            printed.TaskEntry(text=task.title, due=task.due_at.date() if task.due_at else None,
                              responsible=self._desk.identity.name)
            for task in self._desk.tasks.for_client(client_id)
        ]

    def service_plan(self, client_id: str, language: str) -> printed.ServicePlanContent:
        details = self._desk.clients.get(client_id)
        today = date.today()
        return printed.ServicePlanContent(
            language=language,  # type: ignore[arg-type]
            client_label=details.display_name,
            worker=details.responsible_name or self._desk.identity.name,
            team=self._desk.identity.team,
            phase=_phase_name(details.phase, language),
            plan_date=today,
            review_date=_add_months(today, PLAN_REVIEW_MONTHS),
            open_tasks=self._task_entries(client_id),
            client_signatory=details.display_name,
            case_manager_signatory=details.responsible_name or self._desk.identity.name,
        )

    def counselling_protocol(self, contact_id: str, language: str) -> printed.CounsellingProtocolContent:
        with self._desk.session() as session:
            contact = session.get(Contact, contact_id)
            if contact is None or contact.deleted:
                raise NotFound(contact_id)
            follow_ups = session.scalars(select(Task).where(Task.source_contact_id == contact_id,
                                                            Task.deleted.is_(False))).all()
            tasks = [printed.TaskEntry(text=t.title, due=t.due_at.date() if t.due_at else None) for t in follow_ups]
            client_id = contact.client_id
            # The worker who had the contact, not whoever prints it (a deputy, or after a correction).
            author = session.get(Worker, contact.worker_id) if contact.worker_id else None
            worker_name = author.name if author else self._desk.identity.name
            values = (contact.occurred_at, contact.duration_minutes, contact.type, contact.place,
                      contact.participants, contact.topics, contact.client_state, contact.motivational_stage,
                      contact.note)
        started_at, minutes, kind, place, participants, topics, state, stage, note = values
        return printed.CounsellingProtocolContent(
            language=language,  # type: ignore[arg-type]
            client_label=self._desk.clients.get(client_id).display_name,
            worker=worker_name,
            started_at=started_at,
            duration_minutes=minutes,
            contact_type=kind,  # type: ignore[arg-type]
            place=place,
            participants=_split_list(participants),
            topics=_split_list(topics),
            client_state=state,
            motivational_stage=stage or None,  # type: ignore[arg-type]
            notes=note,
            follow_up_tasks=tasks,
        )

    def handover_summary(self, client_id: str, language: str) -> printed.HandoverSummaryContent:
        details = self._desk.clients.get(client_id)
        draft = details.draft
        consent_text = label(language, "consent.data_processing")  # type: ignore[arg-type]
        consents = [printed.ConsentEntry(description=consent_text, granted=draft.consent_data_processing)]
        consents += [printed.ConsentEntry(description=r.helper, granted=True, valid_until=r.expires_on)
                     for r in details.releases]
        card = self._desk.cards.current(client_id)
        return printed.HandoverSummaryContent(
            language=language,  # type: ignore[arg-type]
            prepared_on=date.today(),
            prepared_by=self._desk.identity.name,
            display_name=details.display_name,
            alias=draft.alias,
            date_of_birth_text=birth_date_text(draft.birth_date, draft.birth_date_approximate) or None,
            whereabouts=draft.whereabouts,
            phone=draft.phone,
            languages=_split_list(draft.languages),
            consents=consents,
            phase=_phase_name(details.phase, language),
            case_manager=details.responsible_name,
            deputy=details.deputy_name,
            recent_contacts=[
                printed.ContactEntry(occurred_on=c.occurred_at.date(), contact_type=c.type, note=c.note)  # type: ignore[arg-type]
                for c in self._desk.contacts.timeline(client_id, limit=HANDOVER_RECENT_CONTACTS)
            ],
            open_tasks=self._task_entries(client_id),
            relapse_card=self._desk.cards.version_content(card.id) if card else None,
            emergency_notes=draft.emergency_notes,
        )

    def monthly_report(self, year: int, month: int, language: str) -> printed.MonthlyReportContent:
        start = datetime(year, month, 1)
        end = datetime(year + month // 12, month % 12 + 1, 1)
        me = self._desk.identity.worker_id
        mine = (Contact.worker_id == me, Contact.deleted.is_(False),
                Contact.occurred_at >= start, Contact.occurred_at < end)
        with self._desk.session() as session:
            by_type = session.execute(
                select(Contact.type, func.count(), func.coalesce(func.sum(Contact.duration_minutes), 0))
                .where(*mine).group_by(Contact.type).order_by(func.count().desc())
            ).all()
            clients_seen = session.scalar(select(func.count(func.distinct(Contact.client_id))).where(*mine)) or 0
            by_day = session.execute(
                select(func.date(Contact.occurred_at), func.count(),
                       func.coalesce(func.sum(Contact.duration_minutes), 0))
                .where(*mine).group_by(func.date(Contact.occurred_at))
            ).all()
        weeks: dict[date, list[int]] = {}
        for day_text, count, minutes in by_day:
            day = date.fromisoformat(day_text)
            week_start = max(day - timedelta(days=day.weekday()), start.date())
            totals = weeks.setdefault(week_start, [0, 0])
            totals[0] += count
            totals[1] += minutes
        return printed.MonthlyReportContent(
            language=language,  # type: ignore[arg-type]
            worker=self._desk.identity.name,
            team=self._desk.identity.team,
            year=year,
            month=month,
            contacts_by_type=[printed.ContactTypeTotal(contact_type=kind, count=count, minutes=minutes)  # type: ignore[arg-type]
                              for kind, count, minutes in by_type],
            clients_seen=clients_seen,
            # No total_hours: the desk logs contacts, not working time, so the report names the
            # contact time as what it is rather than as working hours.
            breakdown=[printed.PeriodTotal(start=week, contacts=c, minutes=m) for week, (c, m) in sorted(weeks.items())],
            breakdown_unit="week",
        )

    def current_month(self) -> tuple[int, int]:
        now = local_now()
        return now.year, now.month
