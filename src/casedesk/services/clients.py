"""Clients: create, edit, archive, list with filters and full-text search."""

import re
from dataclasses import asdict, fields
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    ColumnElement,
    Row,
    Select,
    bindparam,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
    tuple_,
)
from sqlalchemy.orm import Session, aliased

from casedesk.domain import ClientKind, ClientStatus, Phase
from casedesk.models import (
    AccessKind,
    CaseEpisode,
    Client,
    ConfidentialityRelease,
    Contact,
    MonitoringRuleSetting,
    PhaseChange,
    Worker,
    local_now,
)
from casedesk.services import monitoring
from casedesk.services.dto import (
    ClientDetails,
    ClientDraft,
    ClientFilter,
    ClientName,
    ClientPage,
    ClientSummary,
    PageKey,
    PhaseHistoryEntry,
    ReleaseEntry,
    display_name,
)
from casedesk.services.errors import NotFound, ValidationFailed
from casedesk.store.search_index import CLIENT_MATCHES, note_matches

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

#: Lenient on purpose: street clients give numbers in every format; we only refuse obvious junk.
PHONE_PATTERN = re.compile(r"^\+?[0-9 ()/.\-]{3,30}$")
SEARCH_LIMIT = 200
#: Rows per page of the client list: a 1280×720 screen shows about 20, so the first page fills it
#: twice. A page costs one partial sort of the candidates by name plus a few lookups per row.
LIST_PAGE_SIZE = 40
#: Ranks of search hits, in the order the list shows them: the client's own record, then notes.
RECORD_HIT, NOTE_HIT = 0, 1
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
        self._page_statements: dict[tuple, Select] = {}
        # The team's contact rules, by the rule table's change count: looking them up was a
        # third of a short prefix's keystroke, and they change once a year.
        self._contact_rules: tuple[tuple[str, int], tuple[monitoring.MonitoringRule, ...]] | None = None

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

    def set_phase(self, client_id: str, phase: str, reason: str = "") -> None:
        """Move the client's open episode to ``phase``; the reason goes into the history (and,
        on closing, becomes the episode's closure reason)."""
        Phase(phase)
        me = self._desk.identity.worker_id
        reason = reason.strip()
        with self._desk.session() as session:
            episode = _open_episode(session, client_id)
            if episode is None or (episode.closed_on is not None and phase != Phase.CLOSED.value):
                # A closed case taken on again is a new episode; the closed one stays as it was.
                episode = CaseEpisode(client_id=client_id, phase=phase, opened_on=date.today())
                session.add(episode)
                session.flush()
            elif episode.phase == phase:
                return
            episode.phase = phase
            if phase == Phase.CLOSED.value:
                episode.closed_on = date.today()
                episode.closure_reason = reason
            session.add(PhaseChange(client_id=client_id, episode_id=episode.id, phase=phase, worker_id=me,
                                    reason=reason))

    def phase_history(self, client_id: str) -> list[PhaseHistoryEntry]:
        """Every phase change of the client, newest first."""
        with self._desk.session() as session:
            _get(session, client_id)
            rows = session.execute(
                select(PhaseChange.phase, PhaseChange.changed_at, PhaseChange.reason, Worker.name)
                .outerjoin(Worker, Worker.id == PhaseChange.worker_id)
                .where(PhaseChange.client_id == client_id, PhaseChange.deleted.is_(False))
                .order_by(PhaseChange.changed_at.desc(), PhaseChange.hlc.desc())).all()
            return [PhaseHistoryEntry(phase, changed_at, reason or "", name or "")
                    for phase, changed_at, reason, name in rows]

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
            return self._details(session, client_id)

    def open(self, client_id: str) -> ClientDetails:
        """``get`` for a person opening the client's file: the view is logged (``AuditService``)."""
        with self._desk.audit.commit_without_waiting(), self._desk.session() as session:
            details = self._details(session, client_id)
            self._desk.audit.record(session, client_id, AccessKind.VIEW)
            return details

    def _details(self, session: Session, client_id: str) -> ClientDetails:
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
            card_review_since=client.card_review_since,
            is_code_person=client.kind == ClientKind.CODE.value,
            code=client.code,
        )

    def names(self) -> list[ClientName]:
        """Every active client's name, by name: to pick one by typing. Without the phase and last
        contact that ``list`` looks up, a caseload of 10 000 is read in a tenth of the time. A
        pure read: it takes no write lock, so it never waits behind a sync's writes."""
        with self._desk.reading() as session:
            rows = session.execute(
                select(Client.id, Client.first_name, Client.last_name, Client.alias, Client.code, Client.kind)
                .where(Client.deleted.is_(False), Client.status == ClientStatus.ACTIVE.value)
                .order_by(func.lower(Client.first_name), func.lower(Client.last_name), func.lower(Client.alias))).all()
        code = ClientKind.CODE.value
        return [ClientName(client_id, display_name(first, last, alias, code_name), alias, kind == code)
                for client_id, first, last, alias, code_name, kind in rows]

    def list(self, client_filter: ClientFilter | None = None, now: datetime | None = None) -> list[ClientSummary]:
        """Every client the filter selects, in the list's order (see ``page``). A search stops at
        ``SEARCH_LIMIT`` hits: a one-letter prefix matches thousands, and whoever wants them all pages."""
        client_filter = client_filter or ClientFilter()
        limit = SEARCH_LIMIT if search_words(client_filter.text) else None
        return self.page(client_filter, limit=limit, now=now).clients

    def page(self, client_filter: ClientFilter | None = None, after: PageKey | None = None,
             limit: int | None = LIST_PAGE_SIZE, now: datetime | None = None) -> ClientPage:
        """Up to ``limit`` clients (all with None) of the list, from ``after`` (a page's
        ``next_after``) on, ordered by first name, last name, alias.

        A search lists the clients whose own record matches (names, alias, where to find, phone)
        before those found only in what was written about them (``found_in_note``: contact notes,
        assessments, goals; see ``store.search_index.note_matches``), each group by name.
        """
        client_filter = client_filter or ClientFilter()
        now = now or local_now()
        words = search_words(client_filter.text)
        # One row more than asked tells whether another page follows.
        wanted = None if limit is None else limit + 1
        parameters = {"me": self._desk.identity.worker_id, "phase": client_filter.phase,
                      "match": fts_query(words) if words else ""}
        with self._desk.reading() as session:
            rules = self._team_contact_rules(session)
            connection = session.connection()

            def rows_of(rank: int | None, rank_after: PageKey | None, rank_wanted: int | None) -> list[Row]:
                """Sorted batches of candidates until ``rank_wanted`` of them pass the phase check."""
                kept: list[Row] = []
                # A few closed cases among the candidates must not cost a second batch.
                batch = rank_wanted + rank_wanted // 2 if rank_wanted else -1  # -1: no limit
                while True:
                    statement = self._page_statement(client_filter, now, rank, rank_after is not None, rules)
                    values = dict(parameters, batch=batch)
                    if rank_after is not None:
                        values.update(zip(("after_first", "after_last", "after_alias", "after_id"),
                                          rank_after[1:], strict=True))
                    rows = connection.execute(statement, values).all()
                    # A code person has no episode, so no phase: listed whatever the phase filter.
                    kept += (rows if client_filter.include_closed
                             else [row for row in rows if (row.phase or Phase.CLOSED.value) != Phase.CLOSED.value
                                   or row.kind == ClientKind.CODE.value])
                    if rank_wanted is None or len(kept) >= rank_wanted or len(rows) < batch:
                        return kept[:rank_wanted]
                    last = rows[-1]
                    rank_after = (last.rank, last.sort_first, last.sort_last, last.sort_alias, last.id)
                    batch *= 2

            if not words:
                rows = rows_of(None, after, wanted)
            else:
                rows = rows_of(RECORD_HIT, after, wanted) if after is None or after[0] == RECORD_HIT else []
                # When the record hits fill the page the notes are not even looked up: most of a
                # keystroke's time would go there (and a name prefix rarely needs them).
                if (wanted is None or len(rows) < wanted) and min(map(len, words)) >= NOTE_SEARCH_MIN_CHARS:
                    note_after = after if after is not None and after[0] == NOTE_HIT else None
                    rows += rows_of(NOTE_HIT, note_after, None if wanted is None else wanted - len(rows))
        more = wanted is not None and len(rows) == wanted
        rows = rows[:limit] if more else rows
        me = self._desk.identity.worker_id
        closed = Phase.CLOSED.value
        clients = []
        # Unpacked, not read by name: a keystroke's page is built in well under a millisecond.
        for (client_id, first_name, last_name, alias, whereabouts, status, responsible, deputy,
             _first, _last, _alias, rank, kind, code, phase, last_contact_at, last_met_at, episode_opened_on) in rows:
            is_code_person = kind == ClientKind.CODE.value
            phase = "" if is_code_person else phase or closed
            clients.append(ClientSummary(
                id=client_id,
                display_name=display_name(first_name, last_name, alias, code),
                alias=alias,
                whereabouts=whereabouts,
                phase=phase,
                status=status,
                last_contact_at=last_contact_at,
                overdue=bool(monitoring.broken_rules(phase, last_contact_at, last_met_at, episode_opened_on, now,
                                                     rules)),
                is_mine=responsible == me,
                is_deputy=deputy == me,
                found_in_note=rank == NOTE_HIT,
                is_code_person=is_code_person,
            ))
        last = rows[-1] if more else None
        next_after = (last.rank, last.sort_first, last.sort_last, last.sort_alias, last.id) if last else None
        return ClientPage(clients, next_after)

    def _team_contact_rules(self, session: Session) -> tuple[monitoring.MonitoringRule, ...]:
        team = self._desk.identity.team
        version = (team, self._desk.changes.version(MonitoringRuleSetting.__tablename__))
        if self._contact_rules is None or self._contact_rules[0] != version:
            self._contact_rules = (version, monitoring.team_contact_rules(session, team))
        return self._contact_rules[1]

    def _page_statement(self, client_filter: ClientFilter, now: datetime, rank: int | None,
                        paged_on: bool, rules: tuple[monitoring.MonitoringRule, ...]) -> Select:
        """The query for one batch of one rank (None: no search), built once per shape and kept:
        building it cost more than running it (8 ms of a 10 ms keystroke). ``me``, ``phase``,
        ``match``, ``batch`` and ``after_*`` are bound per run; only the overdue filter depends
        on the clock and the team's rules and is built afresh."""
        shape = (client_filter.include_closed, client_filter.mine, client_filter.deputy,
                 bool(client_filter.phase), rank, paged_on)
        statement = None if client_filter.overdue else self._page_statements.get(shape)
        if statement is None:
            statement = _page_query(client_filter, now if client_filter.overdue else None, rank, paged_on, rules)
            if not client_filter.overdue:
                self._page_statements[shape] = statement
        return statement

def _page_query(client_filter: ClientFilter, overdue_at: datetime | None, rank: int | None,
                paged_on: bool, rules: tuple[monitoring.MonitoringRule, ...]) -> Select:
    """The next ``:batch`` candidates of one rank in the list's order, with their phase.

    The candidates are sorted using only their own row (the cheap checks); the costly lookups
    (phase, last contact, last met, episode opening) are made for the batch alone, and the caller
    drops the closed cases. Working out every candidate's phase before sorting cost 25 ms per page on
    10 000 clients; a batch costs about one partial sort of the caseload.
    """
    sort_first, sort_last, sort_alias = (func.lower(Client.first_name), func.lower(Client.last_name),
                                         func.lower(Client.alias))
    # Most of a caseload is active, so ix_client_status would only add a lookup per row; and
    # while searching, the matches must drive the query (walking the index and probing the
    # matches cost 100 ms on 10 000 clients). "status || ''" keeps the index out of the plan.
    status = Client.status.concat("")
    row_id = literal_column("client.rowid")
    # Only the sort keys go through the sort: carrying the shown columns of every candidate
    # along made a short prefix's page a third slower. They are read for the batch alone.
    # A merged record's tombstone (status "merged") is never listed: its rows are the survivor's.
    candidates = select(
        row_id.label("row_id"), Client.id,
        sort_first.label("sort_first"), sort_last.label("sort_last"), sort_alias.label("sort_alias"),
    ).where(Client.deleted.is_(False), status.not_in((ClientStatus.ERASED.value, ClientStatus.MERGED.value)))
    if not client_filter.include_closed:
        candidates = candidates.where(status == ClientStatus.ACTIVE.value)
    me = bindparam("me")
    if client_filter.mine and client_filter.deputy:
        candidates = candidates.where(or_(Client.responsible_worker_id == me, Client.deputy_worker_id == me))
    elif client_filter.mine:
        candidates = candidates.where(Client.responsible_worker_id == me)
    elif client_filter.deputy:
        candidates = candidates.where(Client.deputy_worker_id == me)
    # One phase, or the overdue ones, are a small part of the caseload: checked for every
    # candidate before the sort, so that a batch is not mostly dropped afterwards.
    current_phase = func.coalesce(_current_episode(CaseEpisode.phase, Client.id), Phase.CLOSED.value)
    if client_filter.phase:
        candidates = candidates.where(current_phase == bindparam("phase"))
    if overdue_at is not None:
        candidates = candidates.where(monitoring.overdue_condition(current_phase, _last_contact(), _last_met(),
                                                                   overdue_at, rules))
    if rank == RECORD_HIT:
        candidates = candidates.where(text(f"client.rowid IN ({CLIENT_MATCHES})"))
    elif rank == NOTE_HIT:
        candidates = candidates.where(text(f"client.id IN ({note_matches(NOTE_SEARCH_HITS)})"),
                                      text(f"client.rowid NOT IN ({CLIENT_MATCHES})"))
    if paged_on:
        candidates = candidates.where(tuple_(sort_first, sort_last, sort_alias, Client.id) > tuple_(
            bindparam("after_first"), bindparam("after_last"), bindparam("after_alias"), bindparam("after_id")))
    order = (sort_first, sort_last, sort_alias, Client.id)
    # MATERIALIZED: merged into the outer query, SQLite would make the lookups below for every
    # candidate before sorting them.
    batch = candidates.order_by(*order).limit(bindparam("batch")).cte("batch").prefix_with("MATERIALIZED")
    shown = aliased(Client, name="shown")
    return select(
        batch.c.id, shown.first_name, shown.last_name, shown.alias, shown.whereabouts,
        shown.status, shown.responsible_worker_id, shown.deputy_worker_id,
        batch.c.sort_first, batch.c.sort_last, batch.c.sort_alias,
        literal(RECORD_HIT if rank is None else rank).label("rank"), shown.kind, shown.code,
        _current_episode(CaseEpisode.phase, batch.c.id).label("phase"),
        _last_contact(batch.c.id).label("last_contact_at"),
        _last_met(batch.c.id).label("last_met_at"),
        _current_episode(CaseEpisode.opened_on, batch.c.id).label("episode_opened_on"),
    ).join_from(batch, shown, literal_column("shown.rowid") == batch.c.row_id).order_by(
        batch.c.sort_first, batch.c.sort_last, batch.c.sort_alias, batch.c.id)

def _current_episode(column: ColumnElement, client_id: ColumnElement) -> ColumnElement:
    """``column`` of the client's current episode: the open one, else the latest (None if none)."""
    return (
        select(column)
        .where(CaseEpisode.client_id == client_id, CaseEpisode.deleted.is_(False))
        .order_by(CaseEpisode.closed_on.is_not(None), CaseEpisode.opened_on.desc())
        .limit(1)
        .correlate_except(CaseEpisode)
        .scalar_subquery()
    )

def _last_contact(client_id: ColumnElement = Client.id) -> ColumnElement:
    return (
        select(func.max(Contact.occurred_at))
        .where(Contact.client_id == client_id, Contact.deleted.is_(False))
        .correlate_except(Contact)
        .scalar_subquery()
    )

def _last_met(client_id: ColumnElement = Client.id) -> ColumnElement:
    """The latest contact that is not an attempt (the contact gap's clock, ``monitoring``): the
    newest contacts first along ix_contact_client_live, so mostly one row is read."""
    return (
        select(Contact.occurred_at)
        .where(Contact.client_id == client_id, Contact.deleted.is_(False),
               Contact.type != monitoring.ATTEMPT)
        .order_by(Contact.occurred_at.desc())
        .limit(1)
        .correlate_except(Contact)
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
