"""Contacts: the quick capture, corrections and deletion, and the client's timeline.

Who may change a saved contact: any worker who holds its client on this desk (responsible,
deputy or team lead: the sync brought the client here because that worker may see it), not only
the worker who recorded it, since colleagues correct each other's entries. A contact of an
erased client is gone for good and can be neither edited nor restored. The contact keeps its
author (``worker_id``) when someone else corrects it.

Edits go through the ORM, so ``store.tracking`` stamps the changed fields' clocks and writes the
outbox: the sync merges a correction field by field like any other edit. A delete is a
tombstone (``deleted = True``), never a DELETE, so it syncs and can be undone with ``restore``.
Every reader of contacts (timeline, search index, last contact, protocol, statistics) skips
tombstones.
"""

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.domain import ClientStatus, ContactType, MotivationalStage
from casedesk.models import Client, Contact, Task, Worker, local_now
from casedesk.models.limits import count_map_problem
from casedesk.services.clients import _get
from casedesk.services.dto import ContactDraft, ContactEntry
from casedesk.services.errors import NotFound, ValidationFailed

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

MAX_DURATION_MINUTES = 24 * 60
#: A contact "now" from a laptop whose clock runs a little fast is still fine.
FUTURE_TOLERANCE = timedelta(minutes=5)
#: The fields of a contact a worker fills in and may correct later (ContactDraft minus the
#: client it belongs to and the follow-up, which becomes a task of its own).
EDITABLE_FIELDS = ("type", "occurred_at", "duration_minutes", "place", "note", "participants", "topics",
                   "client_state", "motivational_stage", "items")
_STRIPPED_FIELDS = ("place", "note", "participants", "topics", "client_state")


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
    problem = item_counts_problem(draft.items)
    if problem:
        problems["items"] = problem
    if problems:
        raise ValidationFailed(problems)


def item_counts_problem(items: object) -> str | None:
    """What is wrong with {item code: count}, or None (the desk's value rule, said before saving)."""
    return count_map_problem(items, None)


class ContactService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    def record(self, draft: ContactDraft) -> str:
        """Save a contact (and its follow-up task) in one transaction; returns the contact id."""
        validate_contact(draft)
        me = self._desk.identity.worker_id
        with self._desk.session() as session:
            _get(session, draft.client_id)
            contact = Contact(client_id=draft.client_id, worker_id=me, **_contact_values(draft))
            session.add(contact)
            session.flush()
            self._add_follow_up(session, contact, draft)
            return contact.id

    def get(self, contact_id: str) -> ContactDraft:
        """The saved contact as a draft to correct (its follow-up fields empty: follow-ups are tasks)."""
        with self._desk.session() as session:
            contact = _live_contact(session, contact_id)
            return ContactDraft(client_id=contact.client_id,
                                **{name: getattr(contact, name) for name in EDITABLE_FIELDS})

    def update(self, contact_id: str, draft: ContactDraft) -> None:
        """Correct a saved contact. Only the fields that changed get new clocks, so a colleague's
        correction of another field on another laptop survives the merge. A follow-up in the
        draft is added as a new task, as when recording."""
        validate_contact(draft)
        with self._desk.session() as session:
            contact = _live_contact(session, contact_id)
            if draft.client_id != contact.client_id:
                # Moving a contact would move its notes into another client's file (and scope).
                raise ValidationFailed({"client_id": "cannot_change"})
            values = _contact_values(draft)
            if draft.occurred_at is None:
                del values["occurred_at"]  # "no time given" keeps the saved time instead of moving it to now
            for name, value in values.items():
                if getattr(contact, name) != value:
                    setattr(contact, name, value)
            self._add_follow_up(session, contact, draft)

    def delete(self, contact_id: str) -> None:
        """Tombstone the contact (undo with ``restore``); deleting a deleted contact changes nothing."""
        with self._desk.session() as session:
            contact = _held_contact(session, contact_id)
            if not contact.deleted:
                contact.deleted = True

    def restore(self, contact_id: str) -> None:
        """Undo ``delete``: the contact is back in the timeline, the protocol and the statistics."""
        with self._desk.session() as session:
            contact = _held_contact(session, contact_id)
            if contact.deleted:
                contact.deleted = False

    def _add_follow_up(self, session: Session, contact: Contact, draft: ContactDraft) -> None:
        if draft.follow_up_title.strip():
            session.add(Task(
                client_id=contact.client_id,
                title=draft.follow_up_title.strip(),
                due_at=draft.follow_up_due,
                assignee_worker_id=self._desk.identity.worker_id,
                source_contact_id=contact.id,
            ))

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
                ContactEntry(c.id, c.client_id, c.occurred_at, c.type, c.duration_minutes, c.place, c.note, name or "",
                             dict(c.items or {}))
                for c, name in session.execute(query)
            ]


def _contact_values(draft: ContactDraft) -> dict:
    values = {name: getattr(draft, name) for name in EDITABLE_FIELDS}
    values.update({name: values[name].strip() for name in _STRIPPED_FIELDS})
    values["occurred_at"] = draft.occurred_at or local_now()
    values["items"] = {code: count for code, count in draft.items.items() if count}
    return values


def _held_contact(session: Session, contact_id: str) -> Contact:
    """The contact, live or tombstoned, if this desk holds its client (see the module docstring)."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFound(contact_id)
    client = session.get(Client, contact.client_id)
    if client is None or client.deleted or client.status in (ClientStatus.ERASED.value, ClientStatus.MERGED.value):
        raise NotFound(contact_id)
    return contact


def _live_contact(session: Session, contact_id: str) -> Contact:
    contact = _held_contact(session, contact_id)
    if contact.deleted:
        raise NotFound(contact_id)
    return contact
