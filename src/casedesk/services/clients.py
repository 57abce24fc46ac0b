"""Clients: create, edit, archive, list with filters and full-text search."""

import re
from dataclasses import asdict, fields
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from casedesk.domain import WEEKLY_CONTACT_DAYS, ClientStatus, Phase
from casedesk.models import (
    CaseEpisode,
    Client,
    ConfidentialityRelease,
    Contact,
    PhaseChange,
    Worker,
    local_now,
)
from casedesk.services.dto import (
    ClientDetails,
    ClientDraft,
    ClientFilter,
    ClientSummary,
    ReleaseEntry,
    display_name,
)
from casedesk.services.errors import NotFound, ValidationFailed

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

#: Lenient on purpose: street clients give numbers in every format; we only refuse obvious junk.
PHONE_PATTERN = re.compile(r"^\+?[0-9 ()/.\-]{3,30}$")
SEARCH_LIMIT = 200
#: Contact notes are searched from this many characters on: one-letter prefixes over half a
#: million notes would cost more than a keystroke may.
NOTE_SEARCH_MIN_CHARS = 3
#: A note word is looked up in the newest this-many matching notes (rowids grow with time). A
#: word found in 80 000 of half a million notes cost a second per keystroke uncapped; the newest
#: 2 000 take a few milliseconds, and a word that common matches most of the caseload anyway.
NOTE_SEARCH_HITS = 2_000


def validate_client(draft: ClientDraft, today: date | None = None) -> None:
    today = today or date.today()
    problems: dict[str, str] = {}
    if not (draft.first_name.strip() or draft.last_name.strip() or draft.alias.strip()):
        problems["first_name"] = "name_or_alias_required"
    if draft.birth_date and draft.birth_date > today:
        problems["birth_date"] = "in_future"
    if draft.birth_date and draft.birth_date.year < 1900:
        problems["birth_date"] = "too_old"
    if draft.consent_date and draft.consent_date > today:
        problems["consent_date"] = "in_future"
    if draft.phone.strip() and not PHONE_PATTERN.match(draft.phone.strip()):
        problems["phone"] = "invalid_phone"
    if problems:
        raise ValidationFailed(problems)


#: Search words beyond these are ignored: each prefix term is a scan of the index, and 3 000
#: one-letter words took 7–17 s and up to 1.7 GB. Nobody types more than a few words to find a
#: client, and no name or note word needs more than 64 characters to be told apart.
SEARCH_MAX_WORDS = 8
SEARCH_MAX_WORD_CHARS = 64


def search_words(text_: str) -> list[str]:
    """The words a search looks for: bounded in number and length whatever was typed or pasted."""
    words: dict[str, None] = {}
    for match in re.finditer(r"\w+", text_, flags=re.UNICODE):
        words.setdefault(match.group()[:SEARCH_MAX_WORD_CHARS])
        if len(words) == SEARCH_MAX_WORDS:
            break
    return list(words)


def fts_query(words: list[str]) -> str:
    """An FTS5 prefix query for ``words`` that cannot be a syntax error."""
    return " AND ".join(f'"{word}"*' for word in words)


class ClientService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    # --- writing ---------------------------------------------------------------------------
    def create(self, draft: ClientDraft) -> str:
        validate_client(draft)
        me = self._desk.identity.worker_id
        with self._desk.session() as session:
            client = Client(**_clean(draft), responsible_worker_id=me)
            session.add(client)
            session.flush()
            episode = CaseEpisode(client_id=client.id, phase=Phase.CLARIFICATION.value, opened_on=date.today())
            session.add(episode)
            session.flush()
            session.add(PhaseChange(client_id=client.id, episode_id=episode.id, phase=episode.phase, worker_id=me))
            return client.id

    def update(self, client_id: str, draft: ClientDraft) -> None:
        validate_client(draft)
        with self._desk.session() as session:
            client = _get(session, client_id)
            for name, value in _clean(draft).items():
                if getattr(client, name) != value:
                    setattr(client, name, value)

    def archive(self, client_id: str) -> None:
        with self._desk.session() as session:
            client = _get(session, client_id)
            client.status = ClientStatus.ARCHIVED.value
            client.archived_at = local_now()

    def restore(self, client_id: str) -> None:
        with self._desk.session() as session:
            client = _get(session, client_id)
            client.status = ClientStatus.ACTIVE.value
            client.archived_at = None

    def set_phase(self, client_id: str, phase: str) -> None:
        Phase(phase)
        me = self._desk.identity.worker_id
        with self._desk.session() as session:
            episode = _open_episode(session, client_id)
            if episode is None:
                episode = CaseEpisode(client_id=client_id, phase=phase, opened_on=date.today())
                session.add(episode)
                session.flush()
            elif episode.phase == phase:
                return
            episode.phase = phase
            if phase == Phase.CLOSED.value:
                episode.closed_on = date.today()
            session.add(PhaseChange(client_id=client_id, episode_id=episode.id, phase=phase, worker_id=me))

    def add_release(self, client_id: str, helper: str, granted_on: date, expires_on: date | None) -> None:
        if not helper.strip():
            raise ValidationFailed({"helper": "required"})
        if granted_on > date.today():
            raise ValidationFailed({"granted_on": "in_future"})
        if expires_on and expires_on < granted_on:
            raise ValidationFailed({"expires_on": "before_granted"})
        with self._desk.session() as session:
            _get(session, client_id)
            session.add(ConfidentialityRelease(
                client_id=client_id, helper=helper.strip(), granted_on=granted_on, expires_on=expires_on))

    # --- reading ---------------------------------------------------------------------------
    def get(self, client_id: str) -> ClientDetails:
        with self._desk.session() as session:
            client = _get(session, client_id)
            episode = _open_episode(session, client_id)
            names = {w.id: w.name for w in session.scalars(select(Worker).where(
                Worker.id.in_([client.responsible_worker_id or "", client.deputy_worker_id or ""])))}
            releases = session.scalars(select(ConfidentialityRelease).where(
                ConfidentialityRelease.client_id == client_id, ConfidentialityRelease.deleted.is_(False),
            ).order_by(ConfidentialityRelease.granted_on)).all()
            return ClientDetails(
                id=client.id,
                draft=ClientDraft(**{f.name: getattr(client, f.name) for f in fields(ClientDraft)}),
                status=client.status,
                phase=episode.phase if episode else Phase.CLOSED.value,
                responsible_name=names.get(client.responsible_worker_id or "", ""),
                deputy_name=names.get(client.deputy_worker_id or "", ""),
                is_mine=client.responsible_worker_id == self._desk.identity.worker_id,
                created_at=client.created_at,
                releases=[ReleaseEntry(r.helper, r.granted_on, r.expires_on) for r in releases],
            )

    def list(self, client_filter: ClientFilter | None = None, now: datetime | None = None) -> list[ClientSummary]:
        client_filter = client_filter or ClientFilter()
        now = now or local_now()
        me = self._desk.identity.worker_id
        overdue_before = now - timedelta(days=WEEKLY_CONTACT_DAYS)
        phase = (
            select(CaseEpisode.phase)
            .where(CaseEpisode.client_id == Client.id, CaseEpisode.deleted.is_(False))
            .order_by(CaseEpisode.closed_on.is_not(None), CaseEpisode.opened_on.desc())
            .limit(1)
            .correlate(Client)
            .scalar_subquery()
        )
        # Plain columns, not the entity: loading 10 000 Client objects would also decode every
        # row's field_clocks JSON (~1.4 kB each) and fill the identity map, for a list that shows
        # none of it. This keeps the whole-caseload list and search-as-you-type fast.
        query = select(
            Client.id,
            Client.first_name,
            Client.last_name,
            Client.alias,
            Client.whereabouts,
            Client.status,
            Client.responsible_worker_id,
            Client.deputy_worker_id,
            phase.label("phase"),
            _last_contact().label("last_contact_at"),
        )
        matches = self._search_ids(client_filter.text) if client_filter.text.strip() else None
        # While searching, the few matches must drive the query. Seeing "status = 'active'",
        # SQLite would walk ix_client_status over the whole caseload and probe the matches
        # instead (100 ms on 10 000 clients); "status || ''" keeps the index out of the plan.
        status = Client.status.concat("") if matches is not None else Client.status
        query = query.where(Client.deleted.is_(False), status != ClientStatus.ERASED.value)
        current_phase = func.coalesce(phase, Phase.CLOSED.value)
        if not client_filter.include_closed:
            query = query.where(status == ClientStatus.ACTIVE.value, current_phase != Phase.CLOSED.value)
        if client_filter.mine and client_filter.deputy:
            query = query.where(or_(Client.responsible_worker_id == me, Client.deputy_worker_id == me))
        elif client_filter.mine:
            query = query.where(Client.responsible_worker_id == me)
        elif client_filter.deputy:
            query = query.where(Client.deputy_worker_id == me)
        if client_filter.phase:
            query = query.where(current_phase == client_filter.phase)
        if client_filter.overdue:
            last_contact = _last_contact()
            query = query.where(
                current_phase == Phase.MONITORING.value,
                or_(last_contact.is_(None), last_contact < overdue_before),
            )
        query = query.order_by(func.lower(Client.first_name), func.lower(Client.last_name), func.lower(Client.alias))
        if matches is not None:
            # A one-letter prefix matches thousands; the worker types on rather than scroll them.
            query = query.where(Client.id.in_(matches)).limit(SEARCH_LIMIT)
        with self._desk.session() as session:
            # Core execution: the ORM's row loading adds ~25 µs per row and we select no entities.
            rows = session.connection().execute(query).all()
        monitoring, closed = Phase.MONITORING.value, Phase.CLOSED.value
        summaries = []
        for client in rows:
            client_phase = client.phase or closed
            last_contact_at = client.last_contact_at
            overdue = client_phase == monitoring and (
                last_contact_at is None or last_contact_at < overdue_before)
            summaries.append(ClientSummary(
                id=client.id,
                display_name=display_name(client.first_name, client.last_name, client.alias),
                alias=client.alias,
                whereabouts=client.whereabouts,
                phase=client_phase,
                status=client.status,
                last_contact_at=last_contact_at,
                overdue=overdue,
                is_mine=client.responsible_worker_id == me,
                is_deputy=client.deputy_worker_id == me,
            ))
        return summaries

    def _search_ids(self, typed: str):
        words = search_words(typed)
        if not words:
            return None
        query = fts_query(words)
        statement = "SELECT client_id FROM client_fts WHERE client_fts MATCH :q"
        # Per word: eight one-letter prefixes over half a million notes took a second (measured).
        if min(len(word) for word in words) >= NOTE_SEARCH_MIN_CHARS:
            statement += (
                " UNION SELECT client_id FROM (SELECT client_id FROM contact_fts WHERE contact_fts MATCH :q"
                f" ORDER BY rowid DESC LIMIT {NOTE_SEARCH_HITS})"
            )
        return select(text("client_id")).select_from(text(f"({statement} LIMIT {SEARCH_LIMIT * 50})")).params(q=query)


def _last_contact():
    return (
        select(func.max(Contact.occurred_at))
        .where(Contact.client_id == Client.id, Contact.deleted.is_(False))
        .correlate(Client)
        .scalar_subquery()
    )


def _clean(draft: ClientDraft) -> dict:
    values = asdict(draft)
    return {key: value.strip() if isinstance(value, str) else value for key, value in values.items()}


def _get(session: Session, client_id: str) -> Client:
    client = session.get(Client, client_id)
    if client is None or client.deleted:
        raise NotFound(client_id)
    return client


def _open_episode(session: Session, client_id: str) -> CaseEpisode | None:
    return session.scalars(
        select(CaseEpisode)
        .where(CaseEpisode.client_id == client_id, CaseEpisode.deleted.is_(False))
        .order_by(CaseEpisode.closed_on.is_not(None), CaseEpisode.opened_on.desc())
    ).first()
