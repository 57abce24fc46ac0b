"""Merging two records of the same person (issue 14, point 6): never automatic, cannot be undone.

``merge(survivor, other)`` moves every row the other record owns to the survivor — every table
the registry (``casedesk.models.registry``) declares as owned by a client, so a new synced table
is covered without a line here — and turns the other record into a tombstone: status ``merged``,
``merged_into`` the survivor, its content blanked as an erasure blanks it (hidden from the list,
search, Today and the duplicate review; the central store keeps it so, whatever an offline laptop
still sends for its fields, and carries what such a laptop typed into the person's fields to the
survivor, as an edit of it: ``casedesk.sync.central.push.CARRIED_TO_SURVIVOR``). The moves are ordinary tracked edits (``client_id`` changes), so
they sync as field changes; the central store writes whatever still arrives for the tombstone
from a laptop that was offline under the survivor (``casedesk.sync.central.push``), and every
laptop follows the tombstone at its next pull, so nothing comes back.

The survivor keeps its own values; a field it lacks is filled from the other record, and the
worker may take any other field from it (``take``). A code person merged with a client becomes a
client. A merge needs rights on both records: the responsible worker of both, a team lead or an
admin; the central store checks the same again.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from casedesk.domain import ClientKind, ClientStatus, Phase, Role
from casedesk.models import (
    ENTITIES_BY_TABLE,
    EPISODE_REFERENCES,
    SYNCED_ENTITIES,
    CaseEpisode,
    Client,
    Contact,
    ParkedDraft,
    PhaseChange,
    Scope,
    ServicePlan,
    SyncConflict,
    Task,
)
from casedesk.models.limits import text_limit
from casedesk.services.dto import display_name
from casedesk.services.errors import NotFound, ValidationFailed
from casedesk.sync.codec import erased_values

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

#: The record's own fields the merge dialog offers, in its order (``birth_date`` brings its
#: "approximate" flag along, ``address`` the "no fixed abode" flag).
MERGE_FIELDS: tuple[str, ...] = ("first_name", "last_name", "alias", "code", "birth_date", "gender", "languages",
                                 "phone", "address", "whereabouts", "emergency_notes")
_COMPANIONS = {"birth_date": ("birth_date_approximate",), "address": ("no_fixed_abode",)}
#: Tables whose rows belong to one client through their own ``client_id``.
_OWNED = tuple(entity.model for entity in SYNCED_ENTITIES
               if entity.scope in (Scope.CLIENT_OWNED, Scope.CLIENT_OR_PERSONAL))
_GONE = (ClientStatus.ERASED.value, ClientStatus.MERGED.value)
#: What a tombstone keeps besides its ids and custody: the kind, for the sync's checks.
_TOMBSTONE_KEEPS = frozenset({"kind", "merged_into"})
#: (model, column) of every synced column that names an episode: they follow a joined episode.
_EPISODE_REFERENCES = tuple((ENTITIES_BY_TABLE[table].model, column)
                            for table, columns in EPISODE_REFERENCES.items() for column in columns)
#: The phases in the order a case moves through them (closure ends it: never taken from a join).
_PHASE_ORDER = tuple(phase.value for phase in Phase if phase is not Phase.CLOSED)
#: An episode's own record (intake, evaluation) that a joined episode fills in where the kept one
#: has nothing; the structure (client, phase, dates, closure) is not taken.
_EPISODE_STRUCTURE = frozenset({"client_id", "phase", "opened_on", "closed_on", "closure_reason", "closure_code",
                                 "joined_into"})
_EPISODE_RECORD = tuple(name for name in CaseEpisode.content_columns() if name not in _EPISODE_STRUCTURE)
_EPISODE_FREE_TEXT = ENTITIES_BY_TABLE[CaseEpisode.__tablename__].free_text


@dataclass(frozen=True)
class MergeSide:
    """One of the two records as the merge dialog shows it."""

    client_id: str
    display_name: str
    is_code_person: bool
    #: Field name → its value as stored (``MERGE_FIELDS``; a birth date is a ``date`` or None).
    values: dict[str, Any]
    birth_date_approximate: bool
    contacts: int
    episodes: int
    tasks: int
    #: Every row the record owns, across all tables.
    rows: int
    #: Whether the record has an open episode (a case not closed).
    open_episode: bool = False


@dataclass(frozen=True)
class MergePreview:
    first: MergeSide
    second: MergeSide
    #: Fields whose values differ, in ``MERGE_FIELDS`` order.
    differing: tuple[str, ...]

    def side(self, client_id: str) -> MergeSide:
        return self.first if self.first.client_id == client_id else self.second

    @property
    def joins_open_episodes(self) -> bool:
        """Both records have an open case: the merge joins them into one (the one opened first)."""
        return self.first.open_episode and self.second.open_episode

    def default_take(self, survivor_id: str) -> frozenset[str]:
        """The fields taken from the other record unless the worker chooses: those the survivor lacks."""
        survivor = self.side(survivor_id)
        other = self.second if survivor is self.first else self.first
        return frozenset(name for name in self.differing if _empty(survivor.values[name]) and not _empty(other.values[name]))


@dataclass(frozen=True)
class MergeResult:
    survivor_id: str
    merged_id: str
    #: Rows moved to the survivor, per table.
    moved: dict[str, int] = field(default_factory=dict)

    @property
    def moved_rows(self) -> int:
        return sum(self.moved.values())


def _empty(value: Any) -> bool:
    return value is None or value == ""


class MergeService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    # --- reading ------------------------------------------------------------------------------
    def may_merge(self, first_id: str, second_id: str) -> bool:
        with self._desk.reading() as session:
            clients = [session.get(Client, first_id), session.get(Client, second_id)]
            return all(client is not None for client in clients) and self._permitted(clients)

    def preview(self, first_id: str, second_id: str) -> MergePreview:
        with self._desk.reading() as session:
            first, second = self._pair(session, first_id, second_id)
            sides = (self._side(session, first), self._side(session, second))
        differing = tuple(name for name in MERGE_FIELDS if sides[0].values[name] != sides[1].values[name])
        return MergePreview(sides[0], sides[1], differing)

    def _side(self, session: Session, client: Client) -> MergeSide:
        counts = {model.__tablename__: session.scalar(select(func.count()).select_from(model).where(
            model.client_id == client.id, model.deleted.is_(False))) or 0 for model in _OWNED}
        return MergeSide(
            client_id=client.id, display_name=display_name(client.first_name, client.last_name, client.alias,
                                                           client.code),
            is_code_person=client.kind == ClientKind.CODE.value,
            values={name: getattr(client, name) for name in MERGE_FIELDS},
            birth_date_approximate=bool(client.birth_date_approximate),
            contacts=counts[Contact.__tablename__], episodes=counts[CaseEpisode.__tablename__],
            tasks=counts[Task.__tablename__], rows=sum(counts.values()),
            open_episode=bool(_open_episodes(session, client.id)))

    # --- merging ------------------------------------------------------------------------------
    def merge(self, survivor_id: str, other_id: str, take: Iterable[str] | None = None) -> MergeResult:
        """Merge ``other_id`` into ``survivor_id``; ``take``: the fields to take from the other
        record (None: those the survivor lacks)."""
        if take is not None:
            take = frozenset(take)
            unknown = take - set(MERGE_FIELDS)
            if unknown:
                raise ValidationFailed({min(unknown): "not_mergeable"})
        moved: dict[str, int] = {}
        with self._desk.session() as session:
            survivor, other = self._pair(session, survivor_id, other_id)
            if not self._permitted([survivor, other]):
                raise ValidationFailed({"merge": "not_permitted"})
            if take is None:
                take = frozenset(name for name in MERGE_FIELDS
                                 if _empty(getattr(survivor, name)) and not _empty(getattr(other, name)))
            for name in sorted(take):
                for column in (name, *_COMPANIONS.get(name, ())):
                    setattr(survivor, column, getattr(other, column))
            if other.kind == ClientKind.CLIENT.value and survivor.kind == ClientKind.CODE.value:
                # Whoever the client is, they are no longer only a code: the record is a client's.
                survivor.kind = ClientKind.CLIENT.value
            open_episodes = [*_open_episodes(session, survivor.id), *_open_episodes(session, other.id)]
            for model in _OWNED:
                rows = session.scalars(select(model).where(model.client_id == other.id)).all()
                for row in rows:
                    row.client_id = survivor.id
                if rows:
                    moved[model.__tablename__] = len(rows)
            if len(open_episodes) > 1:
                _join_open_episodes(session, open_episodes, self._desk.identity.worker_id)
            # The tombstone keeps no content: what the worker did not take is gone, and an erasure
            # of the survivor later leaves nothing of the person behind in it.
            table = Client.__table__
            for name, value in erased_values(table, {column.name: getattr(other, column.name)
                                                     for column in table.columns}).items():
                if name not in _TOMBSTONE_KEEPS:
                    setattr(other, name, value)
            other.status = ClientStatus.MERGED.value
            other.merged_into = survivor.id
            # The desk's own bookkeeping about the record follows it too.
            session.execute(update(SyncConflict).where(SyncConflict.client_id == other.id)
                            .values(client_id=survivor.id))
            session.execute(update(ParkedDraft).where(ParkedDraft.client_id == other.id)
                            .values(client_id=survivor.id))
        return MergeResult(survivor_id, other_id, moved)

    def _pair(self, session: Session, first_id: str, second_id: str) -> tuple[Client, Client]:
        if first_id == second_id:
            raise ValidationFailed({"merge": "same_record"})
        clients = []
        for client_id in (first_id, second_id):
            client = session.get(Client, client_id)
            if client is None or client.deleted:
                raise NotFound(client_id)
            if client.status in _GONE:
                raise ValidationFailed({"merge": client.status})
            clients.append(client)
        return clients[0], clients[1]

    def _permitted(self, clients: list[Client]) -> bool:
        identity = self._desk.identity
        if identity.role in (Role.TEAM_LEAD.value, Role.ADMIN.value):
            return True
        return all(client.responsible_worker_id == identity.worker_id for client in clients)


def _open_episodes(session: Session, client_id: str) -> list[CaseEpisode]:
    """The client's open episodes, the first opened first (normally one, or none)."""
    return list(session.scalars(select(CaseEpisode).where(
        CaseEpisode.client_id == client_id, CaseEpisode.deleted.is_(False), CaseEpisode.closed_on.is_(None))
        .order_by(CaseEpisode.opened_on, CaseEpisode.id)))


def _join_open_episodes(session: Session, episodes: list[CaseEpisode], worker_id: str | None) -> CaseEpisode:
    """Join the open episodes of the merged person into one; ``episodes``: the survivor's first.

    The one opened first is kept: the case began then, and KDS counts an episode from its
    beginning (statistics would otherwise count a case "begun" that was already running). Its
    phase stays unless a joined one is further along: the joined episode's work (a completed
    assessment, a signed plan, a started referral) now belongs to the kept one, and the method
    moves a case forward on that evidence (``EpisodeService.suggestion``), so setting the case
    back would ask the worker to repeat steps already done and drop the rules of the later phase
    (the weekly contact in monitoring). A move back (a re-assessment) stays the worker's decision.
    """
    # Stable on equal dates: the survivor's own episode comes first in ``episodes``.
    kept = min(episodes, key=lambda episode: episode.opened_on)
    joined = [episode for episode in episodes if episode is not kept]
    joined_ids = [episode.id for episode in joined]
    # Plan versions go on after the kept episode's, in their order, so each version number stays
    # one plan and the latest version is the latest work (the later-opened record's, usually).
    live = ServicePlan.deleted.is_(False)
    plans = session.scalars(select(ServicePlan).where(ServicePlan.episode_id.in_(joined_ids), live)
                            .order_by(ServicePlan.created_at, ServicePlan.version, ServicePlan.id)).all()
    latest = session.scalars(select(ServicePlan).where(ServicePlan.episode_id == kept.id, live)
                             .order_by(ServicePlan.version.desc())).first()
    for plan in plans:
        plan.version = (latest.version if latest is not None else 0) + 1
        if plan.previous_id is None and latest is not None:
            plan.previous_id = latest.id
        latest = plan
    for model, column in _EPISODE_REFERENCES:
        for row in session.scalars(select(model).where(getattr(model, column).in_(joined_ids))):
            setattr(row, column, kept.id)
    phase = max((episode.phase for episode in episodes if episode.phase in _PHASE_ORDER),
                key=_PHASE_ORDER.index, default=kept.phase)
    if phase != kept.phase:
        kept.phase = phase
        session.add(PhaseChange(client_id=kept.client_id, episode_id=kept.id, phase=phase, worker_id=worker_id))
    for episode in joined:
        # What the kept episode lacks comes from the joined one; two texts are both kept (one
        # too long for that stays the kept one's: the other's words stay on the tombstone).
        for name in _EPISODE_RECORD:
            mine, theirs = getattr(kept, name), getattr(episode, name)
            if _empty(theirs) or mine == theirs:
                continue
            both = f"{mine}\n\n{theirs}"
            if _empty(mine):
                setattr(kept, name, theirs)
            elif name in _EPISODE_FREE_TEXT and len(both) <= (text_limit(CaseEpisode.__table__.c[name]) or 0):
                setattr(kept, name, both)
        episode.deleted = True
        episode.joined_into = kept.id
    return kept


def birth_text(value: date | None, approximate: bool) -> str:
    """A birth date as the dialog and the CLI show it ("~1984" when only roughly known)."""
    if value is None:
        return ""
    return f"~{value.year}" if approximate else value.isoformat()
