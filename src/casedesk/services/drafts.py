"""Unsaved work the auto-lock parks inside the encrypted desk and the next unlock offers back.

The auto-lock must lock whatever the worker was doing, so it never asks; instead each screen
describes what was typed (``DraftToPark``) and it is kept here — never in settings or temp files,
which are not encrypted. Parking replaces what an earlier lock parked and was not taken back.
"""

from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from casedesk.models import Client, ParkedDraft, local_now
from casedesk.services.dto import DraftToPark, ParkedDraftEntry, display_name

if TYPE_CHECKING:
    from casedesk.services.desk import Desk


class DraftService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    def park(self, drafts: list[DraftToPark]) -> None:
        with self._desk.session() as session:
            session.execute(delete(ParkedDraft))
            now = local_now()
            session.add_all(ParkedDraft(kind=draft.kind, client_id=draft.client_id, payload=draft.payload,
                                        parked_at=now) for draft in drafts)

    def parked(self) -> list[ParkedDraftEntry]:
        """What the last lock parked, oldest first; drafts of clients no longer on this desk
        (handed over and purged by a sync, erased) are dropped."""
        with self._desk.session() as session:
            rows = session.execute(select(ParkedDraft, Client).outerjoin(
                Client, Client.id == ParkedDraft.client_id).order_by(ParkedDraft.id)).all()
            entries = []
            for draft, client in rows:
                if draft.client_id and client is None:
                    session.delete(draft)
                    continue
                name = display_name(client.first_name, client.last_name, client.alias) if client else ""
                entries.append(ParkedDraftEntry(draft.id, draft.kind, draft.client_id, name, dict(draft.payload),
                                                draft.parked_at))
            return entries

    def discard(self, draft_id: int) -> None:
        """Taken back (or thrown away by the worker): it is not offered again."""
        with self._desk.session() as session:
            session.execute(delete(ParkedDraft).where(ParkedDraft.id == draft_id))
