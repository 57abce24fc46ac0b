"""Contacts: the quick capture and the client's timeline."""

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from casedesk.domain import ContactType, MotivationalStage
from casedesk.models import Contact, Task, Worker, local_now
from casedesk.services.clients import _get
from casedesk.services.dto import ContactDraft, ContactEntry
from casedesk.services.errors import ValidationFailed

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

MAX_DURATION_MINUTES = 24 * 60
#: A contact "now" from a laptop whose clock runs a little fast is still fine.
FUTURE_TOLERANCE = timedelta(minutes=5)


def validate_contact(draft: ContactDraft) -> None:
    problems: dict[str, str] = {}
    if not draft.client_id:
        problems["client_id"] = "required"
    if draft.type not in set(ContactType):
        problems["type"] = "unknown"
    if draft.motivational_stage and draft.motivational_stage not in set(MotivationalStage):
        problems["motivational_stage"] = "unknown"
    for name in ("occurred_at", "follow_up_due"):
        value = getattr(draft, name)
        if value is not None and (not isinstance(value, datetime) or value.tzinfo is not None):
            # Contact times are the worker's local wall clock (models.local_now).
            problems[name] = "not_local_time"
    if "occurred_at" not in problems and draft.occurred_at and draft.occurred_at > local_now() + FUTURE_TOLERANCE:
        problems["occurred_at"] = "in_future"
    duration = draft.duration_minutes
    if isinstance(duration, bool) or not isinstance(duration, int):
        problems["duration_minutes"] = "whole_minutes"
    elif not 0 <= duration <= MAX_DURATION_MINUTES:
        problems["duration_minutes"] = "out_of_range"
    if draft.follow_up_due and not draft.follow_up_title.strip():
        problems["follow_up_title"] = "required"
    if problems:
        raise ValidationFailed(problems)


class ContactService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    def record(self, draft: ContactDraft) -> str:
        """Save a contact (and its follow-up task) in one transaction; returns the contact id."""
        validate_contact(draft)
        me = self._desk.identity.worker_id
        with self._desk.session() as session:
            _get(session, draft.client_id)
            contact = Contact(
                client_id=draft.client_id,
                worker_id=me,
                occurred_at=draft.occurred_at or local_now(),
                duration_minutes=draft.duration_minutes,
                type=draft.type,
                place=draft.place.strip(),
                note=draft.note.strip(),
                participants=draft.participants.strip(),
                topics=draft.topics.strip(),
                client_state=draft.client_state.strip(),
                motivational_stage=draft.motivational_stage,
            )
            session.add(contact)
            session.flush()
            if draft.follow_up_title.strip():
                session.add(Task(
                    client_id=draft.client_id,
                    title=draft.follow_up_title.strip(),
                    due_at=draft.follow_up_due,
                    assignee_worker_id=me,
                    source_contact_id=contact.id,
                ))
            return contact.id

    def timeline(self, client_id: str, limit: int | None = None) -> list[ContactEntry]:
        query = (
            select(Contact, Worker.name)
            .outerjoin(Worker, Worker.id == Contact.worker_id)
            .where(Contact.client_id == client_id, Contact.deleted.is_(False))
            .order_by(Contact.occurred_at.desc())
        )
        if limit:
            query = query.limit(limit)
        with self._desk.session() as session:
            return [
                ContactEntry(c.id, c.client_id, c.occurred_at, c.type, c.duration_minutes, c.place, c.note, name or "")
                for c, name in session.execute(query)
            ]
