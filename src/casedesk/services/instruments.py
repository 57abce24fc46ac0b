"""The method's instruments, each use dated and kept as history, and the one-action relapse protocol.

Contract:
- Stages of change (also from a contact's motivational stage), decisional balance (pros and cons
  of changing and of staying, each with an optional weight), general self-efficacy (10 items 1–4;
  the sum 10–40 only when at most 3 items are missing, the missing ones counted as the mean of the
  answered ones; no cut-off) and dependence criteria per substance (ICD-10 F1x.2: 3 or more of 6;
  ICD-11 6C4x.2: 2 of 3 groups), side by side.
- Records are append-only: a correction is a new record; ``history`` lists them newest first.
- ``record_relapse`` dates a relapse (a late entry keeps its true date): the stage "relapse", a
  re-assessment task, a contact task due within 48 hours, and the relapse card flagged for
  review. Pressed twice for the same day it does nothing the second time.
- The self-efficacy items are the team's wording where it set one, else the shipped items.
"""

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.domain import (
    ICD10_DEPENDENCE_THRESHOLD,
    ICD11_DEPENDENCE_THRESHOLD,
    ICD11_GROUP_OF,
    SELF_EFFICACY_ANSWERS,
    SELF_EFFICACY_ITEMS,
    SELF_EFFICACY_MAX_MISSING,
    Icd10DependenceCriterion,
    InstrumentKind,
    MotivationalStage,
    Role,
)
from casedesk.models import Contact, InstrumentItemSetting, InstrumentRecord, Task, Worker, local_now
from casedesk.services.clients import _get
from casedesk.services.errors import TeamSettingRestricted, ValidationFailed
from casedesk.services.instrument_items import SELF_EFFICACY_ITEMS as SHIPPED_ITEMS
from casedesk.services.instrument_items import SELF_EFFICACY_SOURCE

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

#: The contact after a relapse is due within this time.
RELAPSE_CONTACT_WITHIN = timedelta(hours=48)
#: The re-assessment after a relapse is due within this time.
RELAPSE_REASSESSMENT_WITHIN = timedelta(days=7)


@dataclass(frozen=True)
class Reason:
    text: str
    weight: int | None = None


@dataclass(frozen=True)
class DecisionalBalance:
    change_pros: tuple[Reason, ...] = ()
    change_cons: tuple[Reason, ...] = ()
    stay_pros: tuple[Reason, ...] = ()
    stay_cons: tuple[Reason, ...] = ()

    def weight_for_change(self) -> int:
        """Weighted reasons for changing (its pros, staying's cons) minus those against."""
        def total(reasons: tuple[Reason, ...]) -> int:
            return sum(reason.weight or 0 for reason in reasons)
        return total(self.change_pros) + total(self.stay_cons) - total(self.change_cons) - total(self.stay_pros)


@dataclass(frozen=True)
class DependenceResult:
    criteria: frozenset[str]
    icd10_dependent: bool
    icd11_groups: frozenset[str]
    icd11_dependent: bool


@dataclass(frozen=True)
class InstrumentEntry:
    id: str
    kind: str
    recorded_on: date
    worker_name: str
    stage: str = ""
    substance: str = ""
    score: int | None = None
    note: str = ""
    #: Self-efficacy: the ten answers (None missing); dependence: the criteria met.
    answers: tuple = ()
    balance: DecisionalBalance | None = None
    #: The stage came from a contact's motivational stage, not from a record of its own.
    from_contact: bool = False


@dataclass(frozen=True)
class RelapseRecorded:
    stage_record_id: str
    task_ids: tuple[str, ...] = field(default=())
    #: False when the relapse of that day was recorded already (nothing new was written).
    new: bool = True


def self_efficacy_score(answers: list[int | None] | tuple[int | None, ...]) -> int | None:
    """The GSE sum (10–40), or None when more than 3 of the 10 items are missing."""
    if len(answers) != SELF_EFFICACY_ITEMS:
        raise ValueError(f"the scale has {SELF_EFFICACY_ITEMS} items")
    given = [answer for answer in answers if answer is not None]
    if any(answer not in SELF_EFFICACY_ANSWERS for answer in given):
        raise ValueError("answers are 1 … 4")
    if SELF_EFFICACY_ITEMS - len(given) > SELF_EFFICACY_MAX_MISSING:
        return None
    return round(sum(given) / len(given) * SELF_EFFICACY_ITEMS)


def dependence(criteria: set[str] | frozenset[str]) -> DependenceResult:
    known = {criterion.value for criterion in Icd10DependenceCriterion}
    unknown = set(criteria) - known
    if unknown:
        raise ValueError(f"unknown criteria {sorted(unknown)}")
    groups = frozenset(ICD11_GROUP_OF[Icd10DependenceCriterion(code)].value for code in criteria)
    return DependenceResult(frozenset(criteria), len(criteria) >= ICD10_DEPENDENCE_THRESHOLD, groups,
                            len(groups) >= ICD11_DEPENDENCE_THRESHOLD)


class InstrumentService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    # Reading

    def history(self, client_id: str, kind: str | None = None) -> list[InstrumentEntry]:
        """Every record (of ``kind``), newest first; stages include the contacts' motivational stages."""
        with self._desk.session() as session:
            _get(session, client_id)
            query = (select(InstrumentRecord, Worker.name).outerjoin(Worker, Worker.id == InstrumentRecord.worker_id)
                     .where(InstrumentRecord.client_id == client_id, InstrumentRecord.deleted.is_(False)))
            if kind is not None:
                query = query.where(InstrumentRecord.kind == kind)
            entries = [_entry(record, name or "") for record, name in session.execute(query)]
            if kind in (None, InstrumentKind.STAGE.value):
                linked = set(session.scalars(select(InstrumentRecord.contact_id).where(
                    InstrumentRecord.client_id == client_id, InstrumentRecord.contact_id.is_not(None))))
                for contact, name in session.execute(
                        select(Contact, Worker.name).outerjoin(Worker, Worker.id == Contact.worker_id)
                        .where(Contact.client_id == client_id, Contact.deleted.is_(False),
                               Contact.motivational_stage != "")):
                    # A stage recorded from a contact is listed once, as its record.
                    if contact.id not in linked:
                        entries.append(InstrumentEntry(contact.id, InstrumentKind.STAGE.value,
                                                       contact.occurred_at.date(), name or "",
                                                       stage=contact.motivational_stage, from_contact=True))
        return sorted(entries, key=lambda entry: (entry.recorded_on, entry.id), reverse=True)

    def self_efficacy_items(self, language: str) -> tuple[tuple[str, ...], str]:
        """The ten items in ``language`` (the team's wording where set) and the source to cite."""
        shipped = SHIPPED_ITEMS.get(language, SHIPPED_ITEMS["en"])
        with self._desk.reading() as session:
            team = {row.position: row.text for row in session.scalars(select(InstrumentItemSetting).where(
                InstrumentItemSetting.instrument == InstrumentKind.SELF_EFFICACY.value,
                InstrumentItemSetting.language == language, InstrumentItemSetting.deleted.is_(False),
                InstrumentItemSetting.retired.is_(False)))}
        return tuple(team.get(index + 1) or text for index, text in enumerate(shipped)), SELF_EFFICACY_SOURCE

    # Recording

    def record_stage(self, client_id: str, stage: str, on: date, contact_id: str | None = None,
                     note: str = "") -> str:
        if stage not in {member.value for member in MotivationalStage}:
            raise ValidationFailed({"stage": "unknown"})
        return self._record(client_id, InstrumentKind.STAGE, on, stage=stage, contact_id=contact_id, note=note)

    def record_decisional_balance(self, client_id: str, on: date, balance: DecisionalBalance, note: str = "") -> str:
        sides = {"change_pros": balance.change_pros, "change_cons": balance.change_cons,
                 "stay_pros": balance.stay_pros, "stay_cons": balance.stay_cons}
        problems = {name: "out_of_range" for name, reasons in sides.items()
                    if any(reason.weight is not None and not 0 <= reason.weight <= 10 for reason in reasons)}
        if not any(reason.text.strip() for reasons in sides.values() for reason in reasons):
            problems["change_pros"] = "required"
        if problems:
            raise ValidationFailed(problems)
        answers = {name: [{"text": reason.text.strip(), "weight": reason.weight} for reason in reasons
                          if reason.text.strip()] for name, reasons in sides.items()}
        return self._record(client_id, InstrumentKind.DECISIONAL_BALANCE, on, answers=answers, note=note)

    def record_self_efficacy(self, client_id: str, on: date, answers: list[int | None], note: str = "") -> str:
        try:
            score = self_efficacy_score(answers)
        except ValueError:
            raise ValidationFailed({"answers": "out_of_range"}) from None
        return self._record(client_id, InstrumentKind.SELF_EFFICACY, on, answers=list(answers), score=score,
                            note=note)

    def record_dependence(self, client_id: str, on: date, substance: str, criteria: set[str], note: str = "") -> str:
        if not substance.strip():
            raise ValidationFailed({"substance": "required"})
        try:
            result = dependence(criteria)
        except ValueError:
            raise ValidationFailed({"criteria": "unknown"}) from None
        return self._record(client_id, InstrumentKind.DEPENDENCE, on, substance=substance.strip(),
                            answers=sorted(result.criteria), score=len(result.criteria), note=note)

    def record_relapse(self, client_id: str, on: date, reassessment_title: str, contact_title: str,
                       contact_id: str | None = None, note: str = "") -> RelapseRecorded:
        """The relapse protocol in one action (task titles in the worker's language, from the UI)."""
        if on > date.today():
            raise ValidationFailed({"on": "in_future"})
        if not reassessment_title.strip() or not contact_title.strip():
            raise ValidationFailed({"title": "required"})
        me = self._desk.identity.worker_id
        with self._desk.session() as session:
            client = _get(session, client_id)
            _check_contact(session, client_id, contact_id)
            already = session.scalars(select(InstrumentRecord.id).where(
                InstrumentRecord.client_id == client_id, InstrumentRecord.deleted.is_(False),
                InstrumentRecord.kind == InstrumentKind.STAGE.value,
                InstrumentRecord.stage == MotivationalStage.RELAPSE.value, InstrumentRecord.recorded_on == on)).first()
            if already is not None:
                return RelapseRecorded(already, new=False)
            record = _new_record(session, client_id, me, InstrumentKind.STAGE, on,
                                 stage=MotivationalStage.RELAPSE.value, contact_id=contact_id, note=note)
            now = local_now()
            tasks = [Task(client_id=client_id, title=contact_title.strip(), due_at=now + RELAPSE_CONTACT_WITHIN,
                          assignee_worker_id=me),
                     Task(client_id=client_id, title=reassessment_title.strip(),
                          due_at=datetime.combine((now + RELAPSE_REASSESSMENT_WITHIN).date(), time.min),
                          assignee_worker_id=me)]
            session.add_all(tasks)
            if client.card_review_since is None or client.card_review_since > on:
                client.card_review_since = on
            session.flush()
            return RelapseRecorded(record.id, tuple(task.id for task in tasks))

    # The team's wording

    def set_self_efficacy_item(self, language: str, position: int, text: str) -> None:
        """A team lead's wording of item ``position`` (1–10); an empty text brings back the shipped one."""
        if self._desk.identity.role not in (Role.TEAM_LEAD.value, Role.ADMIN.value):
            raise TeamSettingRestricted(self._desk.identity.role)
        if not 1 <= position <= SELF_EFFICACY_ITEMS:
            raise ValidationFailed({"position": "out_of_range"})
        with self._desk.session() as session:
            row = session.scalars(select(InstrumentItemSetting).where(
                InstrumentItemSetting.instrument == InstrumentKind.SELF_EFFICACY.value,
                InstrumentItemSetting.language == language, InstrumentItemSetting.position == position,
                InstrumentItemSetting.deleted.is_(False))).first()
            if row is None:
                session.add(InstrumentItemSetting(instrument=InstrumentKind.SELF_EFFICACY.value, language=language,
                                                  position=position, text=text.strip()))
            else:
                row.text = text.strip()

    def _record(self, client_id: str, kind: InstrumentKind, on: date, **values) -> str:
        if on > date.today():
            raise ValidationFailed({"recorded_on": "in_future"})
        with self._desk.session() as session:
            _get(session, client_id)
            _check_contact(session, client_id, values.get("contact_id"))
            return _new_record(session, client_id, self._desk.identity.worker_id, kind, on, **values).id


def _check_contact(session: Session, client_id: str, contact_id: str | None) -> None:
    if contact_id is None:
        return
    contact = session.get(Contact, contact_id)
    if contact is None or contact.deleted or contact.client_id != client_id:
        raise ValidationFailed({"contact_id": "other_client"})


def _new_record(session: Session, client_id: str, worker_id: str, kind: InstrumentKind, on: date,
                answers: object = None, **values) -> InstrumentRecord:
    record = InstrumentRecord(client_id=client_id, kind=kind.value, recorded_on=on, worker_id=worker_id,
                              answers=json.dumps(answers, ensure_ascii=False) if answers is not None else "",
                              **{name: value.strip() if isinstance(value, str) else value
                                 for name, value in values.items()})
    session.add(record)
    session.flush()
    return record


def _entry(record: InstrumentRecord, worker_name: str) -> InstrumentEntry:
    try:
        answers = json.loads(record.answers) if record.answers else None
    except ValueError:
        answers = None
    balance = None
    listed: tuple = ()
    if record.kind == InstrumentKind.DECISIONAL_BALANCE.value and isinstance(answers, dict):
        balance = DecisionalBalance(**{side: tuple(Reason(item.get("text", ""), item.get("weight"))
                                                   for item in answers.get(side, []))
                                       for side in ("change_pros", "change_cons", "stay_pros", "stay_cons")})
    elif isinstance(answers, list):
        listed = tuple(answers)
    return InstrumentEntry(record.id, record.kind, record.recorded_on, worker_name, stage=record.stage or "",
                           substance=record.substance or "", score=record.score, note=record.note or "",
                           answers=listed, balance=balance)

