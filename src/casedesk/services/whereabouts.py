"""Where to find a client, and the outreach round that goes looking for the overdue (issue 14,
points 4 and 5).

Contract:
- The trail is read from the contacts' places: every live contact of the client with a place,
  newest first, with when, where and by whom (the colleague's name). A "tried to reach"
  (``ContactType.ATTEMPT``) is on the trail as looked there and not found; a missed appointment
  is not on it (no one was seen).
- Usual places (scene, shelter, substitution clinic with its hours, day centre, other) are rows
  owned by the client (``usual_place``); removing one tombstones it.
- The description the client agreed to is short, photo-free text on the client with the day
  they agreed; cleared, both go (an undated description is not printed).
- An outreach round starts from Today: the clients with a contact rule's line (weekly contact,
  contact gap, missed appointment), the overdue first and pre-chosen. ``plan_round`` keeps the
  chosen ids inside the desk (ids only), so the results can be entered after the round even
  after a lock or a restart; the sheet is printed for offline use (``printing.round_sheet``).
- ``record_round``: a client met gets a street contact at the place given; a client not met gets
  a "tried to reach" contact (``ATTEMPT``) at the place looked. Both are contacts for the weekly
  contact rule (the method's responsibility for contact, DOMAIN.md): the worker reached out
  actively, and a missed appointment is followed up. The 45-day contact gap counts the street
  contact only, as KDS counts no attempt (services.monitoring): a client not met for that long
  stays on Today. Clients neither ticked get nothing. The planned round is then closed.
"""

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casedesk.domain import ClientStatus, ContactType, UsualPlaceKind
from casedesk.models import AccessKind, Client, Contact, DeskSetting, RelapseCardVersion, Worker, local_now
from casedesk.models.limits import text_limit
from casedesk.models.whereabouts import UsualPlace
from casedesk.services import monitoring
from casedesk.services.clients import _get
from casedesk.services.contacts import validate_contact
from casedesk.services.dto import ContactDraft, display_name
from casedesk.services.errors import NotFound, ValidationFailed

if TYPE_CHECKING:
    from casedesk.printing._document import Output
    from casedesk.printing.round_sheet import RoundSheetContent
    from casedesk.services.desk import Desk

#: How many characters each usual-place field holds, for widgets that stop typing at the limit.
PLACE_FIELD_LIMITS = {column.key: limit for column in UsualPlace.__table__.columns
                      if column.key in ("name", "hours", "note") and (limit := text_limit(column))}
#: A description for colleagues on the street is a few lines, not a file.
DESCRIPTION_LIMIT = 1000
#: The contact rules whose lines make a client a candidate for the round.
ROUND_RULES = (monitoring.WEEKLY_CONTACT_RULE, monitoring.CONTACT_GAP_RULE, monitoring.MISSED_APPOINTMENT_RULE)
#: The places with a desk to ask at when the client is not found.
DESK_PLACES = frozenset({UsualPlaceKind.SUBSTITUTION_CLINIC.value, UsualPlaceKind.SHELTER.value,
                         UsualPlaceKind.DAY_CENTRE.value})
#: How many places seen the sheet prints per client.
SHEET_SEEN = 3
ROUND_SETTING = "outreach_round"


@dataclass(frozen=True)
class UsualPlaceDraft:
    kind: str = UsualPlaceKind.SCENE.value
    name: str = ""
    hours: str = ""
    note: str = ""


@dataclass(frozen=True)
class UsualPlaceEntry:
    id: str
    draft: UsualPlaceDraft

    @property
    def has_desk(self) -> bool:
        return self.draft.kind in DESK_PLACES


@dataclass(frozen=True)
class TrailEntry:
    contact_id: str
    occurred_at: datetime
    place: str
    type: str
    worker_name: str

    @property
    def met(self) -> bool:
        """Seen there (False: tried to reach there, not found)."""
        return self.type != ContactType.ATTEMPT.value


@dataclass(frozen=True)
class WhereaboutsView:
    client_id: str
    whereabouts: str
    agreed_description: str
    description_agreed_on: date | None
    places: tuple[UsualPlaceEntry, ...]
    trail: tuple[TrailEntry, ...]


@dataclass(frozen=True)
class RoundCandidate:
    client_id: str
    name: str
    whereabouts: str
    rule: str
    due_at: datetime
    overdue: bool
    days_without_contact: int | None


@dataclass(frozen=True)
class PlannedRound:
    planned_at: datetime
    #: (client id, name) in the order chosen; clients no longer on this desk are left out.
    clients: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class RoundResult:
    client_id: str
    met: bool
    #: Where the client was met, or where the worker looked.
    place: str = ""
    note: str = ""
    duration_minutes: int = 0


def _checked(draft: UsualPlaceDraft) -> UsualPlaceDraft:
    values = {name: value.strip() for name, value in asdict(draft).items()}
    problems: dict[str, str] = {}
    if values["kind"] not in {kind.value for kind in UsualPlaceKind}:
        problems["kind"] = "unknown"
    if not values["name"] and values["kind"] == UsualPlaceKind.OTHER.value:
        problems["name"] = "required"
    for name, limit in PLACE_FIELD_LIMITS.items():
        if len(values[name]) > limit:
            problems[name] = "too_long"
    if problems:
        raise ValidationFailed(problems)
    return UsualPlaceDraft(**values)


def _sheet_name(client: Client) -> str:
    """First name, the surname's initial and the street name: enough to tell clients apart on a
    sheet that goes out on the street."""
    initial = f"{client.last_name.strip()[:1]}." if client.last_name.strip() else ""
    return display_name(client.first_name, initial, client.alias, client.code)


class WhereaboutsService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    # --- reading ------------------------------------------------------------------------------
    def view(self, client_id: str, trail_limit: int | None = 100) -> WhereaboutsView:
        with self._desk.session() as session:
            client = _get(session, client_id)
            return WhereaboutsView(client_id, client.whereabouts, client.agreed_description,
                                   client.description_agreed_on, tuple(_places(session, client_id)),
                                   tuple(_trail(session, client_id, trail_limit)))

    def trail(self, client_id: str, limit: int | None = None) -> list[TrailEntry]:
        with self._desk.session() as session:
            _get(session, client_id)
            return _trail(session, client_id, limit)

    def usual_places(self, client_id: str) -> list[UsualPlaceEntry]:
        with self._desk.session() as session:
            _get(session, client_id)
            return _places(session, client_id)

    # --- usual places -------------------------------------------------------------------------
    def add_place(self, client_id: str, draft: UsualPlaceDraft) -> str:
        draft = _checked(draft)
        with self._desk.session() as session:
            _get(session, client_id)
            last = session.scalar(select(func.max(UsualPlace.position)).where(
                UsualPlace.client_id == client_id, UsualPlace.deleted.is_(False)))
            place = UsualPlace(client_id=client_id, position=(last or 0) + 1, **asdict(draft))
            session.add(place)
            session.flush()
            return place.id

    def update_place(self, place_id: str, draft: UsualPlaceDraft) -> None:
        draft = _checked(draft)
        with self._desk.session() as session:
            place = _live_place(session, place_id)
            for name, value in asdict(draft).items():
                if getattr(place, name) != value:
                    setattr(place, name, value)

    def remove_place(self, place_id: str) -> None:
        with self._desk.session() as session:
            _live_place(session, place_id).deleted = True

    # --- the description ----------------------------------------------------------------------
    def set_description(self, client_id: str, description: str, agreed_on: date | None) -> None:
        """The photo-free description the client agreed to, and when; an empty text clears both."""
        description = description.strip()
        problems = {}
        if len(description) > DESCRIPTION_LIMIT:
            problems["agreed_description"] = "too_long"
        if description and agreed_on is None:
            problems["description_agreed_on"] = "required"
        elif agreed_on is not None and agreed_on > local_now().date():
            problems["description_agreed_on"] = "in_future"
        if problems:
            raise ValidationFailed(problems)
        with self._desk.session() as session:
            client = _get(session, client_id)
            agreed_on = agreed_on if description else None
            if client.agreed_description != description:
                client.agreed_description = description
            if client.description_agreed_on != agreed_on:
                client.description_agreed_on = agreed_on

    # --- the outreach round -------------------------------------------------------------------
    def round_candidates(self, now: datetime | None = None) -> list[RoundCandidate]:
        """Today's clients with a contact rule's line, once each, as Today orders them (overdue first)."""
        seen: set[str] = set()
        candidates = []
        for entry in self._desk.today.overview(now).entries:
            if entry.rule in ROUND_RULES and entry.client_id not in seen:
                seen.add(entry.client_id)
                candidates.append(RoundCandidate(entry.client_id, entry.client_name, entry.whereabouts, entry.rule,
                                                 entry.due_at, entry.overdue, entry.days_without_contact))
        return candidates

    def plan_round(self, client_ids: list[str]) -> None:
        """Keep the chosen clients (ids only, inside the desk) for the results after the round."""
        chosen = list(dict.fromkeys(client_ids))
        if not chosen:
            raise ValidationFailed({"clients": "required"})
        with self._desk.session() as session:
            for client_id in chosen:
                _get(session, client_id)
            session.merge(DeskSetting(key=ROUND_SETTING, value=json.dumps(
                {"planned_at": local_now().isoformat(), "clients": chosen})))

    def planned_round(self) -> PlannedRound | None:
        with self._desk.session() as session:
            row = session.get(DeskSetting, ROUND_SETTING)
            if row is None or not row.value:
                return None
            stored = json.loads(row.value)
            clients = []
            for client_id in stored.get("clients", []):
                client = session.get(Client, client_id)
                if client is not None and not client.deleted and client.status == ClientStatus.ACTIVE.value:
                    clients.append((client_id, display_name(client.first_name, client.last_name, client.alias,
                                                            client.code)))
            return PlannedRound(datetime.fromisoformat(stored["planned_at"]), tuple(clients)) if clients else None

    def round_sheet(self, client_ids: list[str], language: str, day: date | None = None) -> "RoundSheetContent":
        """What the round sheet prints for the clients, in their order."""
        from casedesk.printing import round_sheet as sheet

        with self._desk.session() as session:
            clients = []
            for client_id in dict.fromkeys(client_ids):
                client = _get(session, client_id)
                seen = _trail(session, client_id, SHEET_SEEN)
                places = _places(session, client_id)
                card = session.scalars(
                    select(RelapseCardVersion).where(RelapseCardVersion.client_id == client_id,
                                                     RelapseCardVersion.deleted.is_(False))
                    .order_by(RelapseCardVersion.version.desc()).limit(1)).first()
                numbers = tuple((str(n.get("label", "")), str(n.get("number", "")))
                                for n in (card.important_numbers if card else []) if n.get("number"))
                clients.append(sheet.RoundClient(
                    name=_sheet_name(client), whereabouts=client.whereabouts,
                    seen=tuple(sheet.SeenAt(e.occurred_at, e.place, e.worker_name, e.met) for e in seen),
                    places=tuple(sheet.UsualPlaceLine(p.draft.kind, p.draft.name, p.draft.hours, p.draft.note,
                                                      p.has_desk) for p in places),
                    description=client.agreed_description if client.description_agreed_on else "",
                    description_agreed_on=client.description_agreed_on, phone=client.phone,
                    card_on=card.created_at.date() if card else None, card_numbers=numbers))
            if not clients:
                raise ValidationFailed({"clients": "required"})
        return sheet.RoundSheetContent(language=language, day=day or local_now().date(),  # type: ignore[arg-type]
                                       worker=self._desk.identity.name, clients=tuple(clients))

    def round_sheet_pdf(self, client_ids: list[str], language: str, out: "Output", day: date | None = None) -> int:
        """Print the round sheet to ``out`` (a path the worker chose, or a buffer); returns its pages."""
        from casedesk.printing.round_sheet import render_round_sheet

        pages = render_round_sheet(self.round_sheet(client_ids, language, day), out)
        # The access log: each client on the sheet was printed (as any document about a client).
        for client_id in dict.fromkeys(client_ids):
            self._desk.audit.record_access(client_id, AccessKind.PRINT)
        return pages

    def record_round(self, results: list[RoundResult], at: datetime | None = None) -> list[str]:
        """A contact per client met, a "tried to reach" per client not met; returns their ids."""
        at = at or local_now()
        drafts = [ContactDraft(client_id=result.client_id,
                               type=(ContactType.STREET if result.met else ContactType.ATTEMPT).value,
                               occurred_at=at, duration_minutes=result.duration_minutes, place=result.place,
                               note=result.note) for result in results]
        for draft in drafts:
            validate_contact(draft)
        me = self._desk.identity.worker_id
        ids = []
        with self._desk.session() as session:
            for draft in drafts:
                _get(session, draft.client_id)
                contact = Contact(client_id=draft.client_id, worker_id=me, occurred_at=draft.occurred_at,
                                  duration_minutes=draft.duration_minutes, type=draft.type,
                                  place=draft.place.strip(), note=draft.note.strip())
                session.add(contact)
                session.flush()
                ids.append(contact.id)
            row = session.get(DeskSetting, ROUND_SETTING)
            if row is not None:
                session.delete(row)
        return ids


def _trail(session: Session, client_id: str, limit: int | None) -> list[TrailEntry]:
    query = (select(Contact.id, Contact.occurred_at, Contact.place, Contact.type, Worker.name)
             .outerjoin(Worker, Worker.id == Contact.worker_id)
             .where(Contact.client_id == client_id, Contact.deleted.is_(False), Contact.place != "",
                    Contact.type.not_in([ContactType.MISSED.value]))
             .order_by(Contact.occurred_at.desc(), Contact.id))
    if limit:
        query = query.limit(limit)
    return [TrailEntry(contact_id, at, place, kind, name or "") for contact_id, at, place, kind, name in
            session.execute(query)]


def _places(session: Session, client_id: str) -> list[UsualPlaceEntry]:
    rows = session.scalars(select(UsualPlace).where(UsualPlace.client_id == client_id,
                                                    UsualPlace.deleted.is_(False))
                           .order_by(UsualPlace.position, UsualPlace.id))
    return [UsualPlaceEntry(row.id, UsualPlaceDraft(row.kind, row.name, row.hours, row.note)) for row in rows]


def _live_place(session: Session, place_id: str) -> UsualPlace:
    place = session.get(UsualPlace, place_id)
    if place is None or place.deleted:
        raise NotFound(place_id)
    _get(session, place.client_id)
    return place
