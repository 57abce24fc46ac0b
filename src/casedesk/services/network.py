"""The client's network: persons around the client, ties between them, places on the ecomap,
dated snapshots, and the figures the method reads off a network.

Contract:
- A person is informal or formal and sits in one sector of the map; a formal person may be an
  entry of the helper directory. Removing a person tombstones it and its relations.
- ``move`` stores where the worker placed a person (scene units); None lets the map lay it out.
- ``snapshot`` keeps the persons and relations as they are now, dated, and never changes them;
  ``snapshots`` lists them, newest first, and ``snapshot_view`` reads one back as a ``NetworkView``.
- ``figures`` computes with networkx over the client and their persons: size, informal share,
  density among the persons (where ties between them are recorded), isolated persons (no tie to
  another person, once ties among the persons are recorded at all), bridges (persons whose removal
  would split the persons' own ties into more parts: networkx articulation points) with the
  highest betweenness first, and the stressful or broken-off ties.
- ``phone_numbers`` lists the persons with a phone number for the relapse card (strong ties
  first; a broken-off tie is nobody to call in a crisis).
"""

import json
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from casedesk.domain import (
    NETWORK_IMPORTANCE,
    ContactFrequency,
    NetworkKind,
    NetworkSector,
    SupportDirection,
    TieQuality,
    TieStrength,
)
from casedesk.models import EcomapSnapshot, NetworkPerson, NetworkRelation, Provider, Worker
from casedesk.models.limits import text_limit
from casedesk.services.clients import _get
from casedesk.services.errors import NotFound, ValidationFailed

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

#: How many characters each person field holds, for widgets that stop typing at the limit.
PERSON_FIELD_LIMITS = {column.key: limit for column in NetworkPerson.__table__.columns
                       if (limit := text_limit(column))}
#: The node that stands for the client in the figures' graph.
CLIENT_NODE = "client"


@dataclass(frozen=True)
class PersonDraft:
    name: str = ""
    kind: str = NetworkKind.INFORMAL.value
    sector: str = NetworkSector.FAMILY.value
    relationship: str = ""
    provider_id: str | None = None
    strength: str = TieStrength.MEDIUM.value
    quality: str = TieQuality.SUPPORTIVE.value
    direction: str = ""
    frequency: str = ""
    #: Life-domain codes the relationship covers.
    domains: tuple[str, ...] = ()
    phone: str = ""
    importance: int = 2
    note: str = ""


_PERSON_COLUMNS = tuple(f.name for f in fields(PersonDraft))


@dataclass(frozen=True)
class PersonView:
    id: str
    draft: PersonDraft
    position: tuple[int, int] | None
    provider_name: str = ""


@dataclass(frozen=True)
class RelationView:
    id: str
    person_a_id: str
    person_b_id: str
    strength: str
    quality: str


@dataclass(frozen=True)
class NetworkView:
    persons: tuple[PersonView, ...]
    relations: tuple[RelationView, ...]

    def person(self, person_id: str) -> PersonView | None:
        return next((person for person in self.persons if person.id == person_id), None)


@dataclass(frozen=True)
class SnapshotEntry:
    id: str
    taken_at: datetime
    label: str
    worker_name: str
    persons: int


@dataclass(frozen=True)
class NetworkNumber:
    """A network person's phone number, as the relapse-card editor offers it."""

    person_id: str
    name: str
    #: The relationship to the client (or the institution of a directory entry); may be empty.
    role: str
    phone: str

    @property
    def label(self) -> str:
        """The card's "who": the name, with the role in brackets when there is one."""
        return f"{self.name} ({self.role})" if self.role else self.name


@dataclass(frozen=True)
class NetworkFigures:
    size: int
    informal: int
    formal: int
    #: Informal persons' share of all persons, 0 … 1; None without persons.
    informal_share: float | None
    #: Recorded ties among the persons ÷ possible ties; None with fewer than two persons.
    density: float | None
    #: Persons tied to no other person (empty while no tie among the persons is recorded).
    isolated: tuple[str, ...]
    #: Persons whose removal splits the persons' own ties into more parts, the most between first.
    bridges: tuple[str, ...]
    #: Persons whose tie to the client is stressful or broken off.
    strained: tuple[str, ...]


def _checked(draft: PersonDraft) -> PersonDraft:
    values = asdict(draft)
    for name, value in values.items():
        if isinstance(value, str):
            values[name] = value.strip()
    values["domains"] = tuple(sorted({code.strip() for code in draft.domains if code.strip()}))
    problems: dict[str, str] = {}
    if not values["name"]:
        problems["name"] = "required"
    choices = {"kind": NetworkKind, "sector": NetworkSector, "strength": TieStrength, "quality": TieQuality}
    for name, kind in choices.items():
        if values[name] not in {member.value for member in kind}:
            problems[name] = "unknown"
    for name, kind in (("direction", SupportDirection), ("frequency", ContactFrequency)):
        if values[name] and values[name] not in {member.value for member in kind}:
            problems[name] = "unknown"
    if values["importance"] not in NETWORK_IMPORTANCE:
        problems["importance"] = "out_of_range"
    for name, limit in PERSON_FIELD_LIMITS.items():
        if name in values and isinstance(values[name], str) and len(values[name]) > limit:
            problems.setdefault(name, "too_long")
    if len(",".join(values["domains"])) > PERSON_FIELD_LIMITS["domains"]:
        problems["domains"] = "too_long"
    if problems:
        raise ValidationFailed(problems)
    values["provider_id"] = values["provider_id"] or None
    return PersonDraft(**values)


def _draft_of(person: NetworkPerson) -> PersonDraft:
    values = {name: getattr(person, name) for name in _PERSON_COLUMNS}
    values["domains"] = tuple(code for code in (person.domains or "").split(",") if code)
    return PersonDraft(**values)


class NetworkService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    # Reading

    def network(self, client_id: str) -> NetworkView:
        with self._desk.session() as session:
            _get(session, client_id)
            return _network(session, client_id)

    def snapshots(self, client_id: str) -> list[SnapshotEntry]:
        with self._desk.session() as session:
            _get(session, client_id)
            rows = session.execute(
                select(EcomapSnapshot, Worker.name).outerjoin(Worker, Worker.id == EcomapSnapshot.worker_id)
                .where(EcomapSnapshot.client_id == client_id, EcomapSnapshot.deleted.is_(False))
                .order_by(EcomapSnapshot.taken_at.desc(), EcomapSnapshot.id)).all()
            return [SnapshotEntry(row.id, row.taken_at, row.label, name or "",
                                  len(_snapshot_content(row).get("persons", []))) for row, name in rows]

    def snapshot_view(self, snapshot_id: str) -> NetworkView:
        with self._desk.session() as session:
            row = session.get(EcomapSnapshot, snapshot_id)
            if row is None or row.deleted:
                raise NotFound(snapshot_id)
            _get(session, row.client_id)
            content = _snapshot_content(row)
        persons = tuple(PersonView(entry["id"], PersonDraft(**{**entry["draft"], "domains": tuple(
            entry["draft"].get("domains", ()))}), tuple(entry["position"]) if entry.get("position") else None,
            entry.get("provider_name", "")) for entry in content.get("persons", []))
        relations = tuple(RelationView(**entry) for entry in content.get("relations", []))
        return NetworkView(persons, relations)

    def figures(self, client_id: str) -> NetworkFigures:
        return network_figures(self.network(client_id))

    def phone_numbers(self, client_id: str) -> list[NetworkNumber]:
        """The persons with a phone number, strong ties first, then by name; not those whose tie
        is broken off. Offered in the relapse-card editor."""
        order = {TieStrength.STRONG.value: 0, TieStrength.MEDIUM.value: 1, TieStrength.WEAK.value: 2}
        persons = sorted((p for p in self.network(client_id).persons
                          if p.draft.phone and p.draft.quality != TieQuality.BROKEN_OFF.value),
                         key=lambda p: (order.get(p.draft.strength, 3), p.draft.name.casefold(), p.id))
        return [NetworkNumber(p.id, p.draft.name, p.draft.relationship or p.provider_name, p.draft.phone)
                for p in persons]

    # Changing

    def add_person(self, client_id: str, draft: PersonDraft) -> str:
        draft = _checked(draft)
        with self._desk.session() as session:
            _get(session, client_id)
            _check_provider(session, draft.provider_id)
            person = NetworkPerson(client_id=client_id, **_columns(draft))
            session.add(person)
            session.flush()
            return person.id

    def update_person(self, person_id: str, draft: PersonDraft) -> None:
        draft = _checked(draft)
        with self._desk.session() as session:
            person = _live_person(session, person_id)
            _check_provider(session, draft.provider_id)
            for name, value in _columns(draft).items():
                if getattr(person, name) != value:
                    setattr(person, name, value)

    def move(self, person_id: str, position: tuple[int, int] | None) -> None:
        with self._desk.session() as session:
            person = _live_person(session, person_id)
            x, y = (int(position[0]), int(position[1])) if position is not None else (None, None)
            if (person.position_x, person.position_y) != (x, y):
                person.position_x, person.position_y = x, y

    def remove_person(self, person_id: str) -> None:
        """Tombstone the person and every relation they are part of."""
        with self._desk.session() as session:
            person = _live_person(session, person_id)
            person.deleted = True
            for relation in session.scalars(select(NetworkRelation).where(
                    NetworkRelation.deleted.is_(False),
                    or_(NetworkRelation.person_a_id == person_id, NetworkRelation.person_b_id == person_id))):
                relation.deleted = True

    def relate(self, person_a_id: str, person_b_id: str, strength: str = TieStrength.MEDIUM.value,
               quality: str = TieQuality.SUPPORTIVE.value) -> str:
        """A tie between two persons of one client (the same pair again updates the tie)."""
        problems = {}
        if person_a_id == person_b_id:
            problems["person_b_id"] = "same_person"
        if strength not in {member.value for member in TieStrength}:
            problems["strength"] = "unknown"
        if quality not in {member.value for member in TieQuality}:
            problems["quality"] = "unknown"
        if problems:
            raise ValidationFailed(problems)
        with self._desk.session() as session:
            first, second = _live_person(session, person_a_id), _live_person(session, person_b_id)
            if first.client_id != second.client_id:
                raise ValidationFailed({"person_b_id": "other_client"})
            existing = session.scalars(select(NetworkRelation).where(
                NetworkRelation.deleted.is_(False),
                or_((NetworkRelation.person_a_id == person_a_id) & (NetworkRelation.person_b_id == person_b_id),
                    (NetworkRelation.person_a_id == person_b_id) & (NetworkRelation.person_b_id == person_a_id)))
            ).first()
            if existing is not None:
                existing.strength, existing.quality = strength, quality
                return existing.id
            relation = NetworkRelation(client_id=first.client_id, person_a_id=person_a_id, person_b_id=person_b_id,
                                       strength=strength, quality=quality)
            session.add(relation)
            session.flush()
            return relation.id

    def unrelate(self, relation_id: str) -> None:
        with self._desk.session() as session:
            relation = session.get(NetworkRelation, relation_id)
            if relation is None or relation.deleted:
                raise NotFound(relation_id)
            relation.deleted = True

    def snapshot(self, client_id: str, label: str = "") -> str:
        """Keep the map as it is now, dated."""
        with self._desk.session() as session:
            _get(session, client_id)
            view = _network(session, client_id)
            content = {
                "persons": [{"id": p.id, "draft": {**asdict(p.draft), "domains": list(p.draft.domains)},
                             "position": list(p.position) if p.position else None,
                             "provider_name": p.provider_name} for p in view.persons],
                "relations": [asdict(r) for r in view.relations],
            }
            row = EcomapSnapshot(client_id=client_id, worker_id=self._desk.identity.worker_id,
                                 label=label.strip()[:200], content=json.dumps(content, ensure_ascii=False))
            session.add(row)
            session.flush()
            return row.id


def network_figures(view: NetworkView) -> NetworkFigures:
    # networkx costs a tenth of a second to import: only when figures are asked for, not at start.
    import networkx as nx

    persons = {person.id: person for person in view.persons}
    among = nx.Graph()
    among.add_nodes_from(persons)
    for relation in view.relations:
        if relation.person_a_id in persons and relation.person_b_id in persons \
                and relation.quality != TieQuality.BROKEN_OFF.value:
            among.add_edge(relation.person_a_id, relation.person_b_id)
    informal = sum(p.draft.kind == NetworkKind.INFORMAL.value for p in persons.values())
    size = len(persons)

    def names(ids) -> tuple[str, ...]:
        return tuple(persons[person_id].draft.name for person_id in ids)

    # Without any tie among the persons recorded, nobody can be told apart as isolated.
    isolated = sorted((pid for pid in persons if among.number_of_edges() and among.degree(pid) == 0),
                      key=lambda pid: persons[pid].draft.name.casefold())
    betweenness = nx.betweenness_centrality(among) if size > 2 else {}
    bridges = sorted(nx.articulation_points(among), key=lambda pid: (-betweenness.get(pid, 0.0),
                                                                      persons[pid].draft.name.casefold()))
    strained = sorted((pid for pid, p in persons.items()
                       if p.draft.quality in (TieQuality.STRESSFUL.value, TieQuality.BROKEN_OFF.value)),
                      key=lambda pid: persons[pid].draft.name.casefold())
    return NetworkFigures(
        size=size, informal=informal, formal=size - informal,
        informal_share=informal / size if size else None,
        density=nx.density(among) if size >= 2 else None,
        isolated=names(isolated), bridges=names(bridges), strained=names(strained))


def _network(session: Session, client_id: str) -> NetworkView:
    rows = session.execute(
        select(NetworkPerson, Provider.institution).outerjoin(Provider, Provider.id == NetworkPerson.provider_id)
        .where(NetworkPerson.client_id == client_id, NetworkPerson.deleted.is_(False))
        .order_by(NetworkPerson.sector, NetworkPerson.name, NetworkPerson.id)).all()
    persons = tuple(
        PersonView(person.id, _draft_of(person),
                   (person.position_x, person.position_y) if person.position_x is not None
                   and person.position_y is not None else None, institution or "")
        for person, institution in rows)
    live = {person.id for person in persons}
    relations = tuple(
        RelationView(r.id, r.person_a_id, r.person_b_id, r.strength, r.quality)
        for r in session.scalars(select(NetworkRelation).where(
            NetworkRelation.client_id == client_id, NetworkRelation.deleted.is_(False)).order_by(NetworkRelation.id))
        if r.person_a_id in live and r.person_b_id in live)
    return NetworkView(persons, relations)


def _snapshot_content(row: EcomapSnapshot) -> dict:
    try:
        content = json.loads(row.content or "{}")
    except ValueError:
        return {}
    return content if isinstance(content, dict) else {}


def _columns(draft: PersonDraft) -> dict:
    values = asdict(draft)
    values["domains"] = ",".join(draft.domains)
    return values


def _check_provider(session: Session, provider_id: str | None) -> None:
    if provider_id is None:
        return
    provider = session.get(Provider, provider_id)
    if provider is None or provider.deleted:
        raise ValidationFailed({"provider_id": "unknown"})


def _live_person(session: Session, person_id: str) -> NetworkPerson:
    person = session.get(NetworkPerson, person_id)
    if person is None or person.deleted:
        raise NotFound(person_id)
    _get(session, person.client_id)
    return person
