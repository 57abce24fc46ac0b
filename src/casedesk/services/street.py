"""Street work: anonymous code persons, rounds counted as a whole, harm-reduction items, and
working time that is no contact.

- A **code person** is a client row of kind ``code``: a code by the team's rule (initials, birth
  year, sex: ``suggest_code``) or a free street name, and nothing else that identifies them: no
  consent, card or plan, no episode (so no monitoring rule and no caseload figure counts them).
  Their contacts are ordinary contacts (the quick capture records them), and they sync, search,
  export and erase exactly as clients do.
- A **round** (group contact) counts the people met by sex and age band, the talks and the items
  handed out at one place and time; it names no one.
- **Items** come from the team's list: the built-in ones (``domain.HarmReductionItem``) under the
  team's own words, and items of the team's own; leads keep the list, a retired item stays in the
  counts it is in. A contact and a round carry {item code: count}.
- An **activity** is time spent on work that is no contact (team meeting, documentation, travel,
  network work without the client, training), the worker's own.
"""

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from casedesk.domain import (
    CUSTOM_ITEM_PREFIX,
    MAX_ITEM_COUNT,
    TALLY_KEYS,
    ActivityKind,
    ClientKind,
    ClientStatus,
    HarmReductionItem,
    Phase,
    Role,
    Sex,
)
from casedesk.models import (
    Activity,
    CaseEpisode,
    Client,
    Contact,
    HarmReductionItemSetting,
    PhaseChange,
    StreetRound,
    local_now,
)
from casedesk.models.limits import count_map_problem, text_limit
from casedesk.services.clients import _clean, _get, validate_client
from casedesk.services.contacts import FUTURE_TOLERANCE, MAX_DURATION_MINUTES
from casedesk.services.dto import ClientDraft, display_name
from casedesk.services.errors import NotFound, TeamSettingRestricted, ValidationFailed

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

_LEAD_ROLES = frozenset({Role.TEAM_LEAD.value, Role.ADMIN.value})
#: One row per item code on every laptop (two leads renaming one item merge instead of doubling it).
_ITEM_NAMESPACE = uuid.UUID("6c1e2a9b-58f4-4b8e-9d0b-2f5a7c3e91d4")
_POSITION_STEP = 10
_BUILT_IN_ITEMS = tuple(item.value for item in HarmReductionItem)
CODE_LIMIT = text_limit(Client.__table__.columns["code"]) or 0
ITEM_LABEL_LIMIT = text_limit(HarmReductionItemSetting.__table__.columns["label"]) or 0
#: Code persons listed at most (the quick capture's list holds every one anyway).
CODE_PERSON_LIMIT = 200
_GENDER_OF_SEX = {Sex.FEMALE.value: "female", Sex.MALE.value: "male", Sex.DIVERSE.value: "diverse"}
_SEX_OF_GENDER = {gender: sex for sex, gender in _GENDER_OF_SEX.items()}


class ItemListRestricted(TeamSettingRestricted):
    """Only a team lead or an admin changes the team's list of items."""


def suggest_code(first_name: str, last_name: str, birth_year: int | None, sex: str) -> str:
    """The usual code-name rule: first letters of first and last name, the birth year's last two
    digits, the sex ("Karl Meier, 1971, male" → "KM71m"); what is not known is left out."""
    initials = "".join(name.strip()[:1].upper() for name in (first_name, last_name) if name.strip())
    year = f"{birth_year % 100:02d}" if birth_year else ""
    return f"{initials}{year}{sex if sex in _GENDER_OF_SEX else ''}"


# --- code persons ----------------------------------------------------------------------------------

@dataclass
class CodePersonDraft:
    code: str = ""
    #: A street name or nickname the person goes by.
    alias: str = ""
    #: ``domain.Sex`` or "".
    sex: str = ""
    birth_year: int | None = None
    whereabouts: str = ""


@dataclass(frozen=True)
class CodePersonSummary:
    id: str
    code: str
    alias: str
    sex: str
    birth_year: int | None
    whereabouts: str
    last_contact_at: datetime | None

    @property
    def display_name(self) -> str:
        return code_person_name(self.code, self.alias)


def code_person_name(code: str, alias: str) -> str:
    """"KM71m „Kalle“" (the services' way of quoting an alias, as ``dto.display_name``)."""
    return display_name("", "", alias, code)


def validate_code_person(draft: CodePersonDraft, today: date | None = None) -> None:
    today = today or date.today()
    problems: dict[str, str] = {}
    if not (draft.code.strip() or draft.alias.strip()):
        problems["code"] = "required"  # or the alias
    if draft.sex and draft.sex not in _GENDER_OF_SEX:
        problems["sex"] = "unknown"
    year = draft.birth_year
    if year is not None and (isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= today.year):
        problems["birth_year"] = "out_of_range"
    if problems:
        raise ValidationFailed(problems)


class StreetService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    # --- code persons --------------------------------------------------------------------------------
    def create_code_person(self, draft: CodePersonDraft) -> str:
        """A lightweight record of someone met on the street: no episode, consent, card or plan."""
        validate_code_person(draft)
        with self._desk.session() as session:
            person = Client(kind=ClientKind.CODE.value, responsible_worker_id=self._desk.identity.worker_id,
                            **_code_person_values(draft))
            session.add(person)
            session.flush()
            return person.id

    def update_code_person(self, client_id: str, draft: CodePersonDraft) -> None:
        validate_code_person(draft)
        with self._desk.session() as session:
            person = _code_person(session, client_id)
            for name, value in _code_person_values(draft).items():
                if getattr(person, name) != value:
                    setattr(person, name, value)

    def code_person(self, client_id: str) -> CodePersonDraft:
        with self._desk.session() as session:
            person = _code_person(session, client_id)
            return CodePersonDraft(code=person.code, alias=person.alias, sex=_SEX_OF_GENDER.get(person.gender, ""),
                                   birth_year=person.birth_date.year if person.birth_date else None,
                                   whereabouts=person.whereabouts)

    def code_persons(self, limit: int = CODE_PERSON_LIMIT) -> list[CodePersonSummary]:
        """The desk's code persons, the most recently met first."""
        last = (select(func.max(Contact.occurred_at)).where(Contact.client_id == Client.id, Contact.deleted.is_(False))
                .correlate(Client).scalar_subquery())
        with self._desk.session() as session:
            rows = session.execute(
                select(Client.id, Client.code, Client.alias, Client.gender, Client.birth_date, Client.whereabouts,
                       last.label("last_contact_at"))
                .where(Client.kind == ClientKind.CODE.value, Client.deleted.is_(False),
                       Client.status == ClientStatus.ACTIVE.value)
                .order_by(last.desc().nulls_last(), func.lower(Client.code), Client.id).limit(limit)).all()
        return [CodePersonSummary(row.id, row.code, row.alias, _SEX_OF_GENDER.get(row.gender, ""),
                                  row.birth_date.year if row.birth_date else None, row.whereabouts,
                                  row.last_contact_at) for row in rows]

    def promote(self, client_id: str, draft: ClientDraft) -> None:
        """The code person becomes a client (they gave their name, or a case begins): the same
        record, so every contact, task and item stays theirs and every laptop merely sees the
        fields change; the code stays on record. A case episode opens in clarification."""
        validate_client(draft)
        me = self._desk.identity.worker_id
        with self._desk.session() as session:
            person = _code_person(session, client_id)
            for name, value in _clean(draft).items():
                if getattr(person, name) != value:
                    setattr(person, name, value)
            person.kind = ClientKind.CLIENT.value
            episode = CaseEpisode(client_id=client_id, phase=Phase.CLARIFICATION.value, opened_on=date.today())
            session.add(episode)
            session.flush()
            session.add(PhaseChange(client_id=client_id, episode_id=episode.id, phase=episode.phase, worker_id=me))

    def promotion_draft(self, client_id: str) -> ClientDraft:
        """What a code person's record already says, as the new client's first draft."""
        with self._desk.session() as session:
            person = _code_person(session, client_id)
            return ClientDraft(alias=person.alias, birth_date=person.birth_date,
                               birth_date_approximate=person.birth_date_approximate, gender=person.gender,
                               whereabouts=person.whereabouts)

    def is_code_person(self, client_id: str) -> bool:
        with self._desk.session() as session:
            return _get(session, client_id).kind == ClientKind.CODE.value

    # --- the team's items ----------------------------------------------------------------------------
    def item_list(self, include_retired: bool = False) -> list["ItemEntry"]:
        """The team's items in its order (retired ones only when asked for)."""
        with self._desk.session() as session:
            entries = _ordered_items(session)
        return entries if include_retired else [entry for entry in entries if not entry.retired]

    def may_change_items(self) -> bool:
        return self._desk.identity.role in _LEAD_ROLES

    def _require_lead(self) -> None:
        if not self.may_change_items():
            raise ItemListRestricted(self._desk.identity.role)

    def set_item(self, code: str, label: str, retired: bool = False) -> None:
        """Rename an item or retire it; an empty label gives a built-in item its own name back."""
        self._require_lead()
        label = label.strip()
        if len(label) > ITEM_LABEL_LIMIT:
            raise ValidationFailed({"label": "too_long"})
        with self._desk.session() as session:
            if code not in {entry.code for entry in _ordered_items(session)}:
                raise NotFound(code)
            if not label and code not in _BUILT_IN_ITEMS:
                raise ValidationFailed({"label": "required"})
            row = _item_setting(session, code)
            row.label, row.retired = label, retired

    def add_item(self, label: str) -> str:
        """An item of the team's own, placed last; returns its code."""
        self._require_lead()
        label = label.strip()
        if not label:
            raise ValidationFailed({"label": "required"})
        if len(label) > ITEM_LABEL_LIMIT:
            raise ValidationFailed({"label": "too_long"})
        code = f"{CUSTOM_ITEM_PREFIX}{uuid.uuid4().hex[:12]}"
        with self._desk.session() as session:
            position = (len(_ordered_items(session)) + 1) * _POSITION_STEP
            row = _item_setting(session, code)
            row.label, row.position = label, position
        return code

    def move_item(self, code: str, offset: int) -> None:
        """One place up (-1) or down (+1) in the list."""
        self._require_lead()
        with self._desk.session() as session:
            codes = [entry.code for entry in _ordered_items(session)]
            if code not in codes:
                raise NotFound(code)
            index = codes.index(code)
            target = max(0, min(len(codes) - 1, index + offset))
            codes.insert(target, codes.pop(index))
            for position, each in enumerate(codes, start=1):
                row = _item_setting(session, each)
                if row.position != position * _POSITION_STEP:
                    row.position = position * _POSITION_STEP

    # --- rounds ------------------------------------------------------------------------------------------
    def record_round(self, draft: "RoundDraft") -> str:
        validate_round(draft)
        with self._desk.session() as session:
            row = StreetRound(worker_id=self._desk.identity.worker_id, **_round_values(draft))
            session.add(row)
            session.flush()
            return row.id

    def update_round(self, round_id: str, draft: "RoundDraft") -> None:
        validate_round(draft)
        with self._desk.session() as session:
            row = _live(session, StreetRound, round_id)
            for name, value in _round_values(draft).items():
                if getattr(row, name) != value:
                    setattr(row, name, value)

    def delete_round(self, round_id: str) -> None:
        with self._desk.session() as session:
            _live(session, StreetRound, round_id).deleted = True

    def get_round(self, round_id: str) -> "RoundDraft":
        with self._desk.session() as session:
            row = _live(session, StreetRound, round_id)
            return RoundDraft(started_at=row.started_at, duration_minutes=row.duration_minutes, place=row.place,
                              people=dict(row.people or {}), people_total=row.people_total,
                              approximate=row.approximate, talks=row.talks, items=dict(row.items or {}),
                              note=row.note)

    def rounds(self, start: datetime, end: datetime, mine_only: bool = False) -> list["RoundEntry"]:
        """Rounds that started in [start, end), newest first."""
        query = select(StreetRound).where(StreetRound.deleted.is_(False), StreetRound.started_at >= start,
                                          StreetRound.started_at < end)
        if mine_only:
            query = query.where(StreetRound.worker_id == self._desk.identity.worker_id)
        with self._desk.session() as session:
            return [RoundEntry(row.id, row.worker_id, row.started_at, row.duration_minutes, row.place,
                               people_met(row.people or {}, row.people_total), row.talks, dict(row.items or {}))
                    for row in session.scalars(query.order_by(StreetRound.started_at.desc()))]

    # --- activities ------------------------------------------------------------------------------------
    def record_activity(self, draft: "ActivityDraft") -> str:
        validate_activity(draft)
        with self._desk.session() as session:
            if draft.client_id:
                _get(session, draft.client_id)
            row = Activity(worker_id=self._desk.identity.worker_id, client_id=draft.client_id or None,
                           kind=draft.kind, occurred_at=draft.occurred_at or local_now(),
                           duration_minutes=draft.duration_minutes, note=draft.note.strip())
            session.add(row)
            session.flush()
            return row.id

    def delete_activity(self, activity_id: str) -> None:
        with self._desk.session() as session:
            row = _live(session, Activity, activity_id)
            if row.worker_id != self._desk.identity.worker_id and row.client_id is None:
                raise NotFound(activity_id)
            row.deleted = True

    def activities(self, start: datetime, end: datetime) -> list["ActivityEntry"]:
        """This worker's activities in [start, end), newest first."""
        with self._desk.session() as session:
            rows = session.scalars(select(Activity).where(
                Activity.deleted.is_(False), Activity.worker_id == self._desk.identity.worker_id,
                Activity.occurred_at >= start, Activity.occurred_at < end).order_by(Activity.occurred_at.desc()))
            return [ActivityEntry(row.id, row.kind, row.occurred_at, row.duration_minutes, row.note, row.client_id)
                    for row in rows]

    # --- what was handed out -----------------------------------------------------------------------------
    def items_handed_out(self, start: datetime, end: datetime) -> dict[str, int]:
        """{item code: count} of the contacts and rounds in [start, end) on this desk."""
        totals: dict[str, int] = {}
        with self._desk.session() as session:
            for items in session.scalars(select(Contact.items).where(
                    Contact.deleted.is_(False), Contact.occurred_at >= start, Contact.occurred_at < end,
                    func.length(cast(Contact.items, String)) > 2)):
                _add_counts(totals, items)
            for items in session.scalars(select(StreetRound.items).where(
                    StreetRound.deleted.is_(False), StreetRound.started_at >= start, StreetRound.started_at < end)):
                _add_counts(totals, items)
        return totals


# --- drafts and entries ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ItemEntry:
    code: str
    #: The team's word for it; "" means the built-in item's own (translated) name.
    label: str
    built_in: bool
    retired: bool


@dataclass
class RoundDraft:
    started_at: datetime | None = None
    duration_minutes: int = 0
    place: str = ""
    #: {``domain.tally_key``: count}
    people: dict[str, int] = field(default_factory=dict)
    #: All people met, when more were met than the cells count (or the cells are unknown).
    people_total: int = 0
    approximate: bool = False
    talks: int = 0
    items: dict[str, int] = field(default_factory=dict)
    note: str = ""


@dataclass(frozen=True)
class RoundEntry:
    id: str
    worker_id: str | None
    started_at: datetime
    duration_minutes: int
    place: str
    people: int
    talks: int
    items: dict[str, int]


@dataclass
class ActivityDraft:
    kind: str = ActivityKind.OTHER.value
    occurred_at: datetime | None = None
    duration_minutes: int = 0
    note: str = ""
    client_id: str = ""


@dataclass(frozen=True)
class ActivityEntry:
    id: str
    kind: str
    occurred_at: datetime
    duration_minutes: int
    note: str
    client_id: str | None


def people_met(people: dict[str, int], total: int) -> int:
    """How many people a round met: the cells' sum, or the total when that is more."""
    return max(sum(people.values()), total)


def _duration_problem(value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return "whole_minutes"
    if not 0 <= value <= MAX_DURATION_MINUTES:
        return "out_of_range"
    return None


def _count_problem(value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_ITEM_COUNT:
        return "out_of_range"
    return None


def _time_problem(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, datetime) or value.tzinfo is not None:
        return "not_local_time"
    if value > local_now() + FUTURE_TOLERANCE:
        return "in_future"
    return None


def validate_round(draft: RoundDraft) -> None:
    problems = {name: problem for name, problem in (
        ("started_at", _time_problem(draft.started_at)),
        ("duration_minutes", _duration_problem(draft.duration_minutes)),
        ("people", count_map_problem(draft.people, TALLY_KEYS)),
        ("items", count_map_problem(draft.items, None)),
        ("people_total", _count_problem(draft.people_total)),
        ("talks", _count_problem(draft.talks)),
    ) if problem}
    if problems:
        raise ValidationFailed(problems)


def validate_activity(draft: ActivityDraft) -> None:
    problems = {name: problem for name, problem in (
        ("occurred_at", _time_problem(draft.occurred_at)),
        ("duration_minutes", _duration_problem(draft.duration_minutes)),
        ("kind", None if draft.kind in set(ActivityKind) else "unknown"),
    ) if problem}
    if problems:
        raise ValidationFailed(problems)


def _round_values(draft: RoundDraft) -> dict:
    return {"started_at": draft.started_at or local_now() - timedelta(minutes=draft.duration_minutes),
            "duration_minutes": draft.duration_minutes, "place": draft.place.strip(),
            "people": {key: count for key, count in draft.people.items() if count},
            "people_total": draft.people_total, "approximate": draft.approximate, "talks": draft.talks,
            "items": {code: count for code, count in draft.items.items() if count}, "note": draft.note.strip()}


def _code_person_values(draft: CodePersonDraft) -> dict:
    return {"code": draft.code.strip(), "alias": draft.alias.strip(), "gender": _GENDER_OF_SEX.get(draft.sex, ""),
            "birth_date": date(draft.birth_year, 1, 1) if draft.birth_year else None,
            "birth_date_approximate": bool(draft.birth_year), "whereabouts": draft.whereabouts.strip()}


def _code_person(session: Session, client_id: str) -> Client:
    person = _get(session, client_id)
    if person.kind != ClientKind.CODE.value:
        raise NotFound(client_id)
    return person


def _live(session: Session, model, row_id: str):
    row = session.get(model, row_id)
    if row is None or row.deleted:
        raise NotFound(row_id)
    return row


def _add_counts(totals: dict[str, int], counts: object) -> None:
    if isinstance(counts, dict):
        for code, count in counts.items():
            if isinstance(count, int) and not isinstance(count, bool):
                totals[code] = totals.get(code, 0) + count


def _item_id(code: str) -> str:
    return str(uuid.uuid5(_ITEM_NAMESPACE, code))


def _item_setting(session: Session, code: str) -> HarmReductionItemSetting:
    row = session.get(HarmReductionItemSetting, _item_id(code))
    if row is None:
        row = HarmReductionItemSetting(id=_item_id(code), code=code, label="", position=0, retired=False)
        session.add(row)
    row.deleted = False
    return row


def _ordered_items(session: Session) -> list[ItemEntry]:
    settings = {row.code: row for row in session.scalars(
        select(HarmReductionItemSetting).where(HarmReductionItemSetting.deleted.is_(False))
        .order_by(HarmReductionItemSetting.hlc))}
    codes = list(_BUILT_IN_ITEMS) + [code for code in settings if code not in _BUILT_IN_ITEMS]

    def position(code: str) -> tuple[int, int]:
        setting = settings.get(code)
        default = (codes.index(code) + 1) * _POSITION_STEP
        return (setting.position if setting and setting.position else default, codes.index(code))

    return [ItemEntry(code=code, label=settings[code].label if code in settings else "",
                      built_in=code in _BUILT_IN_ITEMS,
                      retired=bool(settings[code].retired) if code in settings else False)
            for code in sorted(codes, key=position)]
