"""Tasks and appointments: due dates, delegation, done.

A task due on a day, not at a time, is stored due at ``END_OF_DAY`` of that day (it stays due
until the day is over, and sorts after that day's appointments); ``due_by_end_of`` makes such a
due time and ``is_date_only`` recognises one, so no screen shows "due … 23:59".
"""

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from sqlalchemy import or_, select

from casedesk.models import Client, Task, local_now
from casedesk.services.clients import _get
from casedesk.services.dto import TaskEntry, display_name
from casedesk.services.errors import NotFound, ValidationFailed

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

END_OF_DAY = time(23, 59)


def due_by_end_of(day: date) -> datetime:
    """The due time of a task due on ``day`` rather than at a set time."""
    return datetime.combine(day, END_OF_DAY)


def is_date_only(due_at: datetime) -> bool:
    return due_at.time() == END_OF_DAY


class TaskService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    def create(self, client_id: str | None, title: str, due_at: datetime | None) -> str:
        if not title.strip():
            raise ValidationFailed({"title": "required"})
        if due_at is not None and (not isinstance(due_at, datetime) or due_at.tzinfo is not None):
            raise ValidationFailed({"due_at": "not_local_time"})
        # No client (a personal task) is None; an empty id names no client either.
        client_id = client_id or None
        with self._desk.session() as session:
            if client_id is not None:
                _get(session, client_id)
            task = Task(client_id=client_id, title=title.strip(), due_at=due_at,
                        assignee_worker_id=self._desk.identity.worker_id)
            session.add(task)
            session.flush()
            return task.id

    def set_done(self, task_id: str, done: bool = True) -> None:
        with self._desk.session() as session:
            task = session.get(Task, task_id)
            if task is None or task.deleted:
                raise NotFound(task_id)
            task.done_at = local_now() if done else None

    def for_client(self, client_id: str, include_done: bool = False) -> list[TaskEntry]:
        query = self._query().where(Task.client_id == client_id)
        if not include_done:
            query = query.where(Task.done_at.is_(None))
        return self._entries(query)

    def due(self, until: datetime) -> list[TaskEntry]:
        """Open tasks of this worker (assigned, or on their clients) due up to ``until``."""
        me = self._desk.identity.worker_id
        query = self._query().where(
            Task.done_at.is_(None),
            Task.due_at.is_not(None),
            Task.due_at <= until,
            or_(Task.assignee_worker_id == me, Client.responsible_worker_id == me, Client.deputy_worker_id == me),
        )
        return self._entries(query)

    @staticmethod
    def _query():
        # Columns, not entities: Today lists thousands of due tasks on a big caseload, and loading
        # each task's and client's whole row (field clocks, addresses) took most of its time.
        return (
            select(Task.id, Task.client_id, Client.first_name, Client.last_name, Client.alias, Task.title,
                   Task.due_at, Task.done_at)
            .outerjoin(Client, Client.id == Task.client_id)
            .where(Task.deleted.is_(False))
            .order_by(Task.due_at.is_(None), Task.due_at)
        )

    def _entries(self, query) -> list[TaskEntry]:
        with self._desk.session() as session:
            return [
                TaskEntry(
                    id=task_id,
                    client_id=client_id,
                    client_name=display_name(first, last, alias) if client_id else "",
                    title=title,
                    due_at=due_at,
                    done=done_at is not None,
                )
                for task_id, client_id, first, last, alias, title, due_at, done_at in session.execute(query)
            ]
