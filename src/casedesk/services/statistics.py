"""The statistics funders ask for (issue #14, points 8 and 9), for a period, per worker and team.

Four parts, each a list of ``Table``s that say in ``definition`` exactly which records they count:

- **KDS 3.0 style** (German addiction care): case episodes in the period, begun, ended, ongoing;
  the contacts that count (≥ 10 minutes, not a missed appointment nor a try to reach; a helper conference or a
  network activity about the client counts without the client present); end reasons grouped
  planned / unplanned (``domain.PLANNED_CLOSURES``); the clients by sex and age band and by main
  substance (F10–F19, gambling, media) — without the one-contact cases, which are shown apart.
- **BAG W style** (homeless help): the housing life domain's rating at the client's first
  assessment and at the latest one up to the period's end; no fixed abode; the services used
  (referrals that started, by the directory's service type).
- **Street work**: anonymous contacts and persons, rounds, people met, talks, items handed out;
  by place and by ISO week.
- **Working time**: contacts by type and activities by kind, their minutes summed.

Attribution: a client's figures go to the worker responsible for them, a contact to the worker
who made it, a round or an activity to its worker. ``team=True`` takes every worker of the team
whose records this desk holds (a team lead's desk holds the team after a sync, as
``services.caseload`` does; an admin's every worker; a caseworker's desk only their own), with
each worker's figures beside the team's.

Contacts, activities, rounds and items are aggregated in the database (GROUP BY); only rows of
at most one per episode or client (dates, codes, no names) are tallied in Python. No figure
names a client.
"""

import csv
import functools
import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, Select, func, literal, or_, select, text
from sqlalchemy.orm import Session

from casedesk.domain import (
    PLANNED_CLOSURES,
    UNPLANNED_CLOSURES,
    ActivityKind,
    AgeBand,
    ClientKind,
    ClosureReason,
    ContactType,
    InstrumentKind,
    LifeDomain,
    ReferralState,
    Role,
)
from casedesk.models import (
    Activity,
    Assessment,
    AssessmentDomain,
    CaseEpisode,
    Client,
    Contact,
    InstrumentRecord,
    Provider,
    Referral,
    ReferralChange,
    Worker,
)
from casedesk.models.cycle import assessment_domain_id
from casedesk.printing.statistics_words import DEFINITIONS as DEFINITION_WORDS
from casedesk.printing.statistics_words import KDS_MINUTES
from casedesk.store.backup import OperationCancelled

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

#: How every statistics CSV begins (its header), so only such a file is ever replaced.
CSV_MAGIC = b"section,"
#: Contact types KDS does not count as contacts: a missed appointment, and a try to reach the
#: client that did not find them (the outreach round's "not met").
_NOT_CONTACTS = (ContactType.MISSED.value, ContactType.ATTEMPT.value)
#: The partial index on the contacts with items (desk migration 0021), which the items count uses.
ITEMS_INDEX = "ix_contact_items"
#: The partial index on the code persons (desk migration 0021): without it, finding them reads every client.
CODE_PERSONS_INDEX = "ix_client_code_persons"
#: The partial index on the referrals' "started" changes (desk migration 0021), for the services used.
STARTED_REFERRALS_INDEX = "ix_referral_started"
#: A KDS contact lasts at least ``KDS_MINUTES`` (10) minutes (KDS 3.0 manual).
Progress = Callable[[str, float], None]
Row = tuple[str, tuple[int, ...]]


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


def period_of(kind: PeriodKind | str, day: date) -> tuple[date, date]:
    """The month, quarter or year ``day`` lies in: (first day, last day)."""
    kind = PeriodKind(kind)
    if kind is PeriodKind.CUSTOM:
        return day, day
    if kind is PeriodKind.YEAR:
        return date(day.year, 1, 1), date(day.year, 12, 31)
    first_month = day.month if kind is PeriodKind.MONTH else 3 * ((day.month - 1) // 3) + 1
    months = 1 if kind is PeriodKind.MONTH else 3
    first = date(day.year, first_month, 1)
    following = date(first.year + (first.month + months - 1) // 12, (first.month + months - 1) % 12 + 1, 1)
    return first, following - timedelta(days=1)


# --- the vocabulary of the tables (row and column keys; the PDF words them) -------------------------

class SubstanceGroup(StrEnum):
    F10 = "F10"
    F11 = "F11"
    F12 = "F12"
    F13 = "F13"
    F14 = "F14"
    F15 = "F15"
    F16 = "F16"
    F17 = "F17"
    F18 = "F18"
    F19 = "F19"
    GAMBLING = "gambling"
    MEDIA = "media"
    #: A substance was recorded but is none of the groups' words.
    OTHER = "other"
    NOT_RECORDED = "not_recorded"


#: Words (lower case, German, Danish, English, common street names) that name each group. The
#: first group whose word is in the recorded substance wins; an ICD code ("F11.2") wins over words.
SUBSTANCE_WORDS: tuple[tuple[SubstanceGroup, tuple[str, ...]], ...] = (
    (SubstanceGroup.F11, ("opioid", "opiat", "opiod", "heroin", "methadon", "metadon", "polamidon", "fentanyl",
                          "morphin", "buprenorphin", "subutex", "codein", "kodein", "oxycodon")),
    (SubstanceGroup.F10, ("alkohol", "alcohol", "alk", "beer", "bier", "øl", "wodka", "vodka", "sprit")),
    (SubstanceGroup.F12, ("cannabis", "hasch", "hash", "marihuana", "marijuana", "gras", "thc", "joint", "skunk")),
    (SubstanceGroup.F13, ("benzo", "sedativ", "hypnoti", "beroligende", "diazepam", "valium", "rivotril",
                          "clonazepam", "lorazepam", "tavor", "zolpidem", "zopiclon", "pregabalin", "lyrica")),
    (SubstanceGroup.F14, ("kokain", "cocaine", "crack", "koks", "coke")),
    (SubstanceGroup.F15, ("amphetamin", "amfetamin", "speed", "crystal", "meth", "stimul", "ecstasy", "mdma",
                          "koffein", "caffeine")),
    (SubstanceGroup.F16, ("lsd", "hallu", "psilocybin", "pilze", "svampe", "mushroom", "mescalin", "ketamin")),
    (SubstanceGroup.F17, ("tabak", "tobak", "tobacco", "nikotin", "nicotine", "zigarett", "cigaret", "rygning")),
    (SubstanceGroup.F18, ("lösungsmittel", "losungsmittel", "solvent", "inhalant", "schnüffel", "opløsningsmiddel",
                          "lightergas", "feuerzeuggas")),
    (SubstanceGroup.F19, ("mehrere", "several", "multiple", "poly", "flere", "blandings", "misch")),
    (SubstanceGroup.MEDIA, ("medien", "media", "internet", "gaming", "computerspiel", "videospiel", "skærm",
                            "online-spiel", "social media")),
    (SubstanceGroup.GAMBLING, ("glücksspiel", "glucksspiel", "gambling", "spielsucht", "ludomani", "spielautomat",
                               "wetten", "betting", "spil")),
)
_ICD_CODE = re.compile(r"\bF\s*1([0-9])", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)  # a year's thousands of clients name a few dozen substances
def substance_group(substance: str) -> SubstanceGroup:
    """The KDS main-substance group of a recorded substance ("Heroin" → F11, "F10.2" → F10)."""
    words = substance.strip().casefold()
    if not words:
        return SubstanceGroup.NOT_RECORDED
    code = _ICD_CODE.search(words)
    if code:
        return SubstanceGroup(f"F1{code.group(1)}")
    for group, names in SUBSTANCE_WORDS:
        if any(name in words for name in names):
            return group
    return SubstanceGroup.OTHER


class ClosureGroup(StrEnum):
    PLANNED = "planned"
    UNPLANNED = "unplanned"
    #: Death, "other" and no reason recorded: neither planned nor unplanned.
    NEITHER = "neither"


def closure_group(code: str) -> ClosureGroup:
    if code in PLANNED_CLOSURES:
        return ClosureGroup.PLANNED
    if code in UNPLANNED_CLOSURES:
        return ClosureGroup.UNPLANNED
    return ClosureGroup.NEITHER


#: The end-reason table's rows: a group, then its reasons ("planned", "planned.goals_reached", …).
NOT_RECORDED = "not_recorded"
END_REASON_ROWS: tuple[str, ...] = tuple(
    key for group in ClosureGroup for key in (group.value, *(
        f"{group.value}.{reason.value}" for reason in ClosureReason if closure_group(reason.value) is group),
        *((f"{group.value}.{NOT_RECORDED}",) if group is ClosureGroup.NEITHER else ())))

SEXES = ("f", "m", "d", "u")
_SEX_OF_GENDER = {"female": "f", "male": "m", "diverse": "d"}
AGE_BANDS = tuple(band.value for band in AgeBand)
_AGE_LIMITS = ((18, AgeBand.UNDER_18), (27, AgeBand.FROM_18), (40, AgeBand.FROM_27), (60, AgeBand.FROM_40))
HOUSING_ROWS = ("0", "1", "2", "3", "4", "not_assessed")
#: Working time: a round is time on the street beside the contacts' types.
ROUND_TIME = "street_round"


def age_band(birth_date: date | None, on: date) -> str:
    """The age band of someone born on ``birth_date`` on the day ``on`` (unknown without a date)."""
    if birth_date is None:
        return AgeBand.UNKNOWN.value
    age = on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))
    for limit, band in _AGE_LIMITS:
        if age < limit:
            return band.value
    return AgeBand.FROM_60.value


# --- what comes out ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Table:
    """One figure: rows of counts under ``columns``; ``definition`` says which records it counts.
    ``by_worker`` holds each worker's rows (in team statistics; the totals are ``rows``)."""

    key: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    definition: str
    by_worker: dict[str, tuple[Row, ...]] = field(default_factory=dict)

    def value(self, row: str, column: str | None = None, worker: str | None = None) -> int:
        rows = self.rows if worker is None else self.by_worker.get(worker, ())
        index = self.columns.index(column) if column else 0
        return next((values[index] for key, values in rows if key == row), 0)

    def as_dict(self, worker: str | None = None) -> dict[str, tuple[int, ...]]:
        return dict(self.rows if worker is None else self.by_worker.get(worker, ()))


@dataclass(frozen=True)
class Statistics:
    first_day: date
    last_day: date
    team: bool
    team_name: str
    #: (worker id, name) of every worker counted, by name.
    workers: tuple[tuple[str, str], ...]
    tables: tuple[Table, ...]
    #: Whose records: this worker's, or the team's as this desk holds them.
    scope: str

    def table(self, key: str) -> Table:
        return next(table for table in self.tables if table.key == key)


#: The tables in their order, with their definitions (the PDF says them in its language).
DEFINITIONS: dict[str, str] = DEFINITION_WORDS["en"]
COLUMNS: dict[str, tuple[str, ...]] = {
    "kds_episodes": ("count",),
    "kds_contacts": ("contacts", "minutes"),
    "kds_end_reasons": ("episodes",),
    "kds_sex_age": (*SEXES, "total"),
    "kds_substance": ("clients",),
    "bagw_housing": ("first", "now"),
    "bagw_abode": ("clients",),
    "bagw_services": ("referrals", "clients"),
    "street_summary": ("count",),
    "street_items": ("count",),
    "street_places": ("anonymous_contacts", "rounds", "people_met"),
    "street_weeks": ("anonymous_contacts", "rounds", "people_met", "items"),
    "time_contacts": ("count", "minutes"),
    "time_activities": ("count", "minutes"),
    "workers": ("episodes", "kds_contacts", "anonymous_contacts", "rounds", "contact_minutes", "activity_minutes"),
}
EPISODE_ROWS = ("in_period", "begun", "ended", "ongoing", "first_time_clients", "one_contact", "without_one_contact")
STREET_ROWS = ("anonymous_contacts", "anonymous_persons", "rounds", "people_met", "talks")
#: Steps reported to the progress callback.
STEPS = ("episodes", "contacts", "clients", "housing", "street", "time")


class _Tally:
    """Counts by (worker, row), each a list of ``width`` numbers."""

    def __init__(self, width: int) -> None:
        self.width = width
        self.cells: dict[tuple[str, str], list[int]] = {}

    def add(self, worker: str | None, row: str, column: int, amount: int = 1) -> None:
        cell = self.cells.setdefault((worker or "", row), [0] * self.width)
        cell[column] += int(amount or 0)

    def rows(self, worker: str | None, order: Iterable[str] | None = None) -> tuple[Row, ...]:
        if worker is None:
            totals: dict[str, list[int]] = {}
            for (_worker, row), values in self.cells.items():
                cell = totals.setdefault(row, [0] * self.width)
                for index, value in enumerate(values):
                    cell[index] += value
        else:
            totals = {row: values for (each, row), values in self.cells.items() if each == worker}
        keys = list(order) if order is not None else sorted(totals)
        return tuple((key, tuple(totals.get(key, [0] * self.width))) for key in keys)


class StatisticsService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    def may_show_team(self) -> bool:
        """Team statistics make sense on a lead's or admin's desk (others hold their own clients only)."""
        return self._desk.identity.role in (Role.TEAM_LEAD.value, Role.ADMIN.value)

    def compute(self, first_day: date, last_day: date, team: bool = False, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> Statistics:
        """The figures of the days ``first_day`` … ``last_day`` (both included).

        ``progress(step, fraction)`` is called before each step (``STEPS``); when ``cancelled()``
        turns true the computation stops with ``OperationCancelled``.
        """
        if last_day < first_day:
            raise ValueError("last_day before first_day")
        with self._desk.session() as session:
            workers = self._workers(session, team)
            return _Computation(session, first_day, last_day, workers, team, progress, cancelled).run(
                self._scope(team, workers), self._desk.identity.team)

    def _workers(self, session: Session, team: bool) -> tuple[tuple[str, str], ...]:
        me = self._desk.identity
        query = select(Worker.id, Worker.name).where(Worker.deleted.is_(False))
        if not team or me.role not in (Role.TEAM_LEAD.value, Role.ADMIN.value):
            query = query.where(Worker.id == me.worker_id)
        elif me.role == Role.TEAM_LEAD.value:
            query = query.where(or_(Worker.team == me.team, Worker.id == me.worker_id))
        names = dict(session.execute(query).all())
        names.setdefault(me.worker_id, me.name)
        return tuple(sorted(names.items(), key=lambda pair: (pair[1].casefold(), pair[0])))

    def _scope(self, team: bool, workers: tuple[tuple[str, str], ...]) -> str:
        me = self._desk.identity
        if not team:
            return f"the records of {me.name} on this desk"
        if me.role not in (Role.TEAM_LEAD.value, Role.ADMIN.value):
            return (f"team {me.team}: this desk holds only the records of {me.name} (a caseworker's desk); "
                    f"a team lead's desk holds the team after a sync")
        return (f"team {me.team}: every worker whose records this desk holds after its last sync "
                f"({len(workers)}), each worker's figures beside the team's")


def _listed(ids: Iterable[str]) -> Select:
    """``ids`` for an IN, as one JSON array: a list of bound values was cut into chunks (SQLite
    takes 32 766) and spelled out, 10 000 of them, on every statement."""
    return select(func.json_each(json.dumps(list(ids))).table_valued("value").c.value)


class _Computation:
    def __init__(self, session: Session, first_day: date, last_day: date, workers: tuple[tuple[str, str], ...],
                 team: bool, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self.session = session
        self.first_day, self.last_day = first_day, last_day
        self.start = datetime.combine(first_day, datetime.min.time())
        self.end = datetime.combine(last_day + timedelta(days=1), datetime.min.time())
        self.workers = workers
        self.worker_ids = [worker_id for worker_id, _name in workers]
        self.team = team
        self._progress = progress
        self._cancelled = cancelled
        self.tables: dict[str, Table] = {}
        self.worker_figures = _Tally(len(COLUMNS["workers"]))

    def _step(self, name: str) -> None:
        if self._cancelled and self._cancelled():
            raise OperationCancelled()
        if self._progress:
            self._progress(name, STEPS.index(name) / len(STEPS))

    def _table(self, key: str, tally: _Tally, order: Iterable[str] | None = None,
               totals: tuple[Row, ...] | None = None) -> None:
        order = tuple(order) if order is not None else None
        by_worker = {worker: tally.rows(worker, order) for worker in self.worker_ids} if self.team else {}
        self.tables[key] = Table(key, COLUMNS[key], totals if totals is not None else tally.rows(None, order),
                                 DEFINITIONS[key], by_worker)

    def run(self, scope: str, team_name: str) -> Statistics:
        self._step("episodes")
        # Spelled as CODE_PERSONS_INDEX's condition, so that the few code persons come from it.
        self.code_person_ids = list(self.session.scalars(select(Client.id).where(text(f"client.kind = '{ClientKind.CODE.value}'"))))
        sample = self._episodes()
        self._step("contacts")
        self._contacts()
        self._step("clients")
        self._clients(sample)
        self._step("housing")
        self._housing(sample)
        self._step("street")
        self._street()
        self._step("time")
        self._time()
        # One row per worker (keyed by their id): no breakdown of its own.
        self.tables["workers"] = Table("workers", COLUMNS["workers"], self.worker_figures.rows(None, self.worker_ids),
                                       DEFINITIONS["workers"])
        if self._progress:
            self._progress("done", 1.0)
        order = tuple(DEFINITIONS)
        return Statistics(self.first_day, self.last_day, self.team, team_name, self.workers,
                          tuple(self.tables[key] for key in order), scope)

    # --- KDS ------------------------------------------------------------------------------------------------
    def _clients_in_period(self) -> Select:
        """The ids of ``client_workers``, for an IN."""
        return _listed(self.client_workers)

    def _counted_contacts_of_episode(self):
        """Counted contacts (and network activities) of the episode's client from its opening up to
        the end of the episode or of the period, whichever is first: 0, 1 or 2 (= more than one;
        each side stops at its second match)."""
        end_text = literal(self.end.date().isoformat())
        upper = func.min(func.coalesce(func.date(CaseEpisode.closed_on, "+1 day"), end_text), end_text)
        contacts = (select(Contact.id).where(
            Contact.client_id == CaseEpisode.client_id, Contact.deleted.is_(False),
            Contact.occurred_at >= CaseEpisode.opened_on, Contact.occurred_at < upper,
            Contact.type.not_in(_NOT_CONTACTS), Contact.duration_minutes >= KDS_MINUTES)
            .correlate(CaseEpisode).limit(2).subquery())
        activities = (select(Activity.id).where(
            Activity.client_id == CaseEpisode.client_id, Activity.deleted.is_(False),
            Activity.kind == ActivityKind.NETWORK.value, Activity.occurred_at >= CaseEpisode.opened_on,
            Activity.occurred_at < upper, Activity.duration_minutes >= KDS_MINUTES)
            .correlate(CaseEpisode).limit(2).subquery())
        return (select(func.count()).select_from(contacts).scalar_subquery()
                + select(func.count()).select_from(activities).scalar_subquery())

    def _episodes(self) -> dict[str, str]:
        """Episode figures and end reasons; returns {client id: worker} of the clients with an
        episode in the period, ``""`` marking those whose every such episode is a one-contact case."""
        rows = self.session.execute(
            select(CaseEpisode.client_id, Client.responsible_worker_id, CaseEpisode.opened_on, CaseEpisode.closed_on,
                   CaseEpisode.closure_code, self._counted_contacts_of_episode().label("counted"))
            .join(Client, Client.id == CaseEpisode.client_id)
            .where(CaseEpisode.deleted.is_(False), Client.deleted.is_(False),
                   Client.kind == ClientKind.CLIENT.value, Client.responsible_worker_id.in_(self.worker_ids),
                   CaseEpisode.opened_on <= self.last_day,
                   or_(CaseEpisode.closed_on.is_(None), CaseEpisode.closed_on >= self.first_day))).all()
        episodes = _Tally(1)
        reasons = _Tally(1)
        sample: dict[str, str] = {}
        #: Every client with an episode in the period: their worker (one-contact cases too).
        self.client_workers = {client_id: worker for client_id, worker, *_rest in rows}
        first_opened: dict[str, date] = dict(self.session.execute(
            select(CaseEpisode.client_id, func.min(CaseEpisode.opened_on))
            .where(CaseEpisode.client_id.in_(self._clients_in_period()), CaseEpisode.deleted.is_(False))
            .group_by(CaseEpisode.client_id)).all())
        for client_id, worker in self.client_workers.items():
            if first_opened.get(client_id, self.first_day) >= self.first_day:
                episodes.add(worker, "first_time_clients", 0)
        for client_id, worker, opened_on, closed_on, code, counted in rows:
            one_contact = counted == 1
            episodes.add(worker, "in_period", 0)
            self.worker_figures.add(worker, worker, 0)
            if opened_on >= self.first_day:
                episodes.add(worker, "begun", 0)
            if closed_on is not None and closed_on <= self.last_day:
                episodes.add(worker, "ended", 0)
                group = closure_group(code)
                reason = code if code in set(ClosureReason) else NOT_RECORDED
                reasons.add(worker, group.value, 0)
                reasons.add(worker, f"{group.value}.{reason}", 0)
            else:
                episodes.add(worker, "ongoing", 0)
            episodes.add(worker, "one_contact" if one_contact else "without_one_contact", 0)
            if not one_contact:
                sample[client_id] = worker or ""
            else:
                sample.setdefault(client_id, "")
        self._table("kds_episodes", episodes, EPISODE_ROWS)
        self._table("kds_end_reasons", reasons, END_REASON_ROWS)
        return sample

    def _with_code_persons(self) -> tuple[ColumnElement[bool], ...]:
        """The period's contacts of the counted workers with code persons. Found through each code
        person's contacts (a few dozen people): "|| ''" keeps the worker index, which would walk every
        contact of the year, out of the plan."""
        return (Contact.deleted.is_(False), Contact.occurred_at >= self.start, Contact.occurred_at < self.end,
                Contact.client_id.in_(self.code_person_ids), Contact.worker_id.concat("").in_(self.worker_ids))

    def _contact_groups(self, code_persons: bool | None) -> list[tuple[str, str, bool, int, int]]:
        """(worker, type, lasted ≥ 10 minutes, contacts, minutes) of the period's contacts by the counted
        workers: all of them (None; from the covering index), or only those with code persons (True)."""
        long = Contact.duration_minutes >= KDS_MINUTES
        query = select(Contact.worker_id, Contact.type, long, func.count(), func.sum(Contact.duration_minutes))
        if code_persons:
            query = query.where(*self._with_code_persons())
        else:
            query = query.where(Contact.deleted.is_(False), Contact.occurred_at >= self.start,
                                Contact.occurred_at < self.end, Contact.worker_id.in_(self.worker_ids))
        return [tuple(row) for row in self.session.execute(
            query.group_by(Contact.worker_id, Contact.type, long))]  # type: ignore[misc]

    def _contacts(self) -> None:
        # KDS contacts are with clients proper: every contact less those with code persons (few, and
        # found through the client index), so the big count runs on the covering index alone.
        self.all_contacts = self._contact_groups(None)
        counts: dict[tuple[str, str, bool], list[int]] = {}
        for sign, groups in ((1, self.all_contacts), (-1, self._contact_groups(True))):
            for worker, kind, long, number, minutes in groups:
                cell = counts.setdefault((worker, kind, bool(long)), [0, 0])
                cell[0] += sign * number
                cell[1] += sign * int(minutes or 0)
        tally = _Tally(2)
        for (worker, kind, long), (number, minutes) in counts.items():
            if not number:
                continue
            if kind in _NOT_CONTACTS:
                key = f"not_counted.{kind}"
            elif not long:
                key = "not_counted.short"
            else:
                key = kind
            tally.add(worker, key, 0, number)
            tally.add(worker, key, 1, minutes)
            if not key.startswith("not_counted"):
                tally.add(worker, "counted", 0, number)
                tally.add(worker, "counted", 1, minutes)
                self.worker_figures.add(worker, worker, 1, number)
        for worker, number, minutes in self.session.execute(
                select(Activity.worker_id, func.count(), func.sum(Activity.duration_minutes))
                .where(Activity.deleted.is_(False), Activity.kind == ActivityKind.NETWORK.value,
                       Activity.client_id.is_not(None), Activity.client_id.not_in(self.code_person_ids),
                       Activity.duration_minutes >= KDS_MINUTES,
                       Activity.occurred_at >= self.start, Activity.occurred_at < self.end,
                       Activity.worker_id.in_(self.worker_ids))
                .group_by(Activity.worker_id)):
            for key in ("network_activity", "counted"):
                tally.add(worker, key, 0, number)
                tally.add(worker, key, 1, minutes)
            self.worker_figures.add(worker, worker, 1, number)
        order = ["counted", *(kind.value for kind in ContactType if kind.value not in _NOT_CONTACTS),
                 "network_activity", "not_counted.short", *(f"not_counted.{kind}" for kind in _NOT_CONTACTS)]
        self._table("kds_contacts", tally, order)

    def _clients(self, sample: dict[str, str]) -> None:
        """Sex, age band, main substance and abode of the clients with an episode in the period."""
        latest = (select(InstrumentRecord.client_id, InstrumentRecord.substance,
                         func.row_number().over(partition_by=InstrumentRecord.client_id,
                                                order_by=(InstrumentRecord.recorded_on.desc(),
                                                          InstrumentRecord.hlc.desc())).label("rank"))
                  .where(InstrumentRecord.client_id.in_(self._clients_in_period()), InstrumentRecord.deleted.is_(False),
                         InstrumentRecord.kind == InstrumentKind.DEPENDENCE.value,
                         InstrumentRecord.recorded_on <= self.last_day).subquery())
        substances: dict[str, str] = dict(self.session.execute(
            select(latest.c.client_id, latest.c.substance).where(latest.c.rank == 1)).all())
        people = self.session.execute(
            select(Client.id, Client.gender, Client.birth_date, Client.no_fixed_abode)
            .where(Client.id.in_(self._clients_in_period()))).all()
        sexes = _Tally(len(COLUMNS["kds_sex_age"]))
        groups = _Tally(1)
        abode = _Tally(1)
        for client_id, gender, birth_date, no_fixed_abode in people:
            worker = self.client_workers[client_id]
            abode.add(worker, "no_fixed_abode" if no_fixed_abode else "abode_or_unknown", 0)
            if not sample.get(client_id):
                continue  # one-contact cases are shown apart
            sex = _SEX_OF_GENDER.get(gender, "u")
            band = age_band(birth_date, self.first_day)
            sexes.add(worker, band, SEXES.index(sex))
            sexes.add(worker, band, len(SEXES))
            sexes.add(worker, "total", SEXES.index(sex))
            sexes.add(worker, "total", len(SEXES))
            groups.add(worker, substance_group(substances.get(client_id, "")).value, 0)
        self._table("kds_sex_age", sexes, (*AGE_BANDS, "total"))
        self._table("kds_substance", groups, tuple(group.value for group in SubstanceGroup))
        self._table("bagw_abode", abode, ("no_fixed_abode", "abode_or_unknown"))

    # --- BAG W ---------------------------------------------------------------------------------------------
    def _housing(self, sample: dict[str, str]) -> None:
        # The housing row of an assessment has a known id (``assessment_domain_id``): the rows are
        # fetched by it, not by reading every domain of every assessment.
        assessments: dict[str, list[tuple[date, str, str]]] = {}
        for client_id, assessment_id, started_on, stamp in self.session.execute(
                select(Assessment.client_id, Assessment.id, Assessment.started_on, Assessment.hlc)
                .where(Assessment.client_id.in_(self._clients_in_period()), Assessment.deleted.is_(False),
                       Assessment.started_on <= self.last_day)):
            assessments.setdefault(client_id, []).append((started_on, stamp, assessment_id))
        housing_ids = {assessment_domain_id(assessment_id, LifeDomain.HOUSING.value): assessment_id
                       for rows in assessments.values() for _day, _stamp, assessment_id in rows}
        ratings: dict[str, int | None] = {}
        for row_id, rating in self.session.execute(
                select(AssessmentDomain.id, AssessmentDomain.rating)
                .where(AssessmentDomain.id.in_(_listed(housing_ids)), AssessmentDomain.deleted.is_(False))):
            ratings[housing_ids[row_id]] = rating
        first: dict[str, int | None] = {}
        now: dict[str, int | None] = {}
        for client_id, rows in assessments.items():
            rated = sorted(row for row in rows if row[2] in ratings)
            if rated:
                first[client_id] = ratings[rated[0][2]]
                now[client_id] = ratings[rated[-1][2]]
        housing = _Tally(2)
        for client_id, worker in self.client_workers.items():
            for column, ratings in enumerate((first, now)):
                rating = ratings.get(client_id)
                housing.add(worker, str(rating) if rating in range(5) else "not_assessed", column)
        self._table("bagw_housing", housing, HOUSING_ROWS)
        # Services used: referrals started by the period's end, in an episode open in the period.
        # Spelled as STARTED_REFERRALS_INDEX's condition: the look into each referral's changes then
        # stays in that index (reading the changes' rows was nine tenths of the query).
        started = (select(ReferralChange.referral_id).where(
            ReferralChange.referral_id == Referral.id, ReferralChange.changed_on <= self.last_day,
            text(f"referral_change.state = '{ReferralState.STARTED.value}'"), ReferralChange.deleted.is_(False))
            .correlate(Referral).exists())
        service_type = func.coalesce(func.nullif(func.trim(Provider.service_type), ""), "")

        services = _Tally(2)
        # Per client and kind, the worker looked up here: joining each referral's client for it
        # (and counting distinct clients in SQL) took half of this step.
        for client_id, kind, referrals in self.session.execute(
                select(Referral.client_id, service_type, func.count()).select_from(Referral)
                .join(CaseEpisode, CaseEpisode.id == Referral.episode_id)
                .outerjoin(Provider, Provider.id == Referral.provider_id)
                .where(Referral.client_id.in_(self._clients_in_period()), Referral.deleted.is_(False), started,
                       CaseEpisode.deleted.is_(False), CaseEpisode.opened_on <= self.last_day,
                       or_(CaseEpisode.closed_on.is_(None), CaseEpisode.closed_on >= self.first_day))
                .group_by(Referral.client_id, service_type)):
            worker = self.client_workers[client_id]
            services.add(worker, kind, 0, referrals)
            services.add(worker, kind, 1)
        # A client is responsible to one worker: the team's clients per kind are the workers' sum.
        self._table("bagw_services", services)

    # --- street work ---------------------------------------------------------------------------------------
    def _worker_list(self) -> str:
        return ", ".join(f":w{index}" for index in range(len(self.worker_ids)))

    def _params(self) -> dict:
        params = {f"w{index}": worker for index, worker in enumerate(self.worker_ids)}
        params.update(start=self.start, end=self.end, code=ClientKind.CODE.value)
        return params

    def _street(self) -> None:
        workers = self._worker_list()
        params = self._params()
        summary = _Tally(1)
        places = _Tally(3)
        weeks = _Tally(4)
        items = _Tally(1)
        for worker, day, place, number in self.session.execute(
                select(Contact.worker_id, func.date(Contact.occurred_at), func.trim(Contact.place), func.count())
                .where(*self._with_code_persons())
                .group_by(Contact.worker_id, func.date(Contact.occurred_at), func.trim(Contact.place))):
            summary.add(worker, "anonymous_contacts", 0, number)
            places.add(worker, place or "", 0, number)
            weeks.add(worker, _week(day), 0, number)
            self.worker_figures.add(worker, worker, 2, number)
        persons = dict(self.session.execute(
            select(Contact.worker_id, func.count(Contact.client_id.distinct()))
            .where(*self._with_code_persons())
            .group_by(Contact.worker_id)).all())
        for worker, number in persons.items():
            summary.add(worker, "anonymous_persons", 0, number)
        people = ("max(people_total, coalesce((select sum(j.value) from json_each(street_round.people) j "
                  "where j.type = 'integer'), 0))")
        for worker, day, place, rounds, met, talks in self.session.execute(text(
                f"select worker_id, date(started_at), trim(place), count(*), sum({people}), sum(talks) "
                f"from street_round where deleted = 0 and started_at >= :start and started_at < :end "
                f"and worker_id in ({workers}) group by worker_id, date(started_at), trim(place)"), params):
            for key, amount in (("rounds", rounds), ("people_met", met), ("talks", talks)):
                summary.add(worker, key, 0, amount)
            places.add(worker, place or "", 1, rounds)
            places.add(worker, place or "", 2, met)
            weeks.add(worker, _week(day), 1, rounds)
            weeks.add(worker, _week(day), 2, met)
            self.worker_figures.add(worker, worker, 3, rounds)
        # The items are the one figure that needs whole contact rows: ITEMS_INDEX holds the few
        # contacts with items ("{}" is 2 characters), which the condition below must repeat for
        # the index to be used; "+" keeps the worker index (every contact of the year) out.
        for source, moment in (("contact", "occurred_at"), ("street_round", "started_at")):
            by_worker = "+s.worker_id" if source == "contact" else "s.worker_id"
            for worker, day, code, number in self.session.execute(text(
                    f"select s.worker_id, date(s.{moment}), j.key, sum(j.value) from {source} s, json_each(s.items) j "
                    f"where s.deleted = 0 and s.{moment} >= :start and s.{moment} < :end "
                    f"and {by_worker} in ({workers}) and length(s.items) > 2 and j.type = 'integer' "
                    f"group by s.worker_id, date(s.{moment}), j.key"), params):
                items.add(worker, code, 0, number)
                weeks.add(worker, _week(day), 3, number)
        totals = None
        if self.team:
            distinct = self.session.scalar(
                select(func.count(Contact.client_id.distinct())).where(*self._with_code_persons())) or 0
            totals = tuple((key, (distinct,) if key == "anonymous_persons" else values)
                           for key, values in summary.rows(None, STREET_ROWS))
        self._table("street_summary", summary, STREET_ROWS, totals=totals)
        self._table("street_items", items)
        self._table("street_places", places)
        self._table("street_weeks", weeks)

    # --- working time -----------------------------------------------------------------------------------
    def _time(self) -> None:
        contacts = _Tally(2)
        for worker, kind, _long, number, minutes in self.all_contacts:
            contacts.add(worker, kind, 0, number)
            contacts.add(worker, kind, 1, minutes)
            self.worker_figures.add(worker, worker, 4, minutes)
        for worker, number, minutes in self.session.execute(text(
                f"select worker_id, count(*), sum(duration_minutes) from street_round where deleted = 0 "
                f"and started_at >= :start and started_at < :end and worker_id in ({self._worker_list()}) "
                f"group by worker_id"), self._params()):
            contacts.add(worker, ROUND_TIME, 0, number)
            contacts.add(worker, ROUND_TIME, 1, minutes)
            self.worker_figures.add(worker, worker, 4, minutes)
        activities = _Tally(2)
        for worker, kind, number, minutes in self.session.execute(
                select(Activity.worker_id, Activity.kind, func.count(), func.sum(Activity.duration_minutes))
                .where(Activity.deleted.is_(False), Activity.occurred_at >= self.start,
                       Activity.occurred_at < self.end, Activity.worker_id.in_(self.worker_ids))
                .group_by(Activity.worker_id, Activity.kind)):
            activities.add(worker, kind, 0, number)
            activities.add(worker, kind, 1, minutes)
            self.worker_figures.add(worker, worker, 5, minutes)
        self._table("time_contacts", contacts, [*(kind.value for kind in ContactType), ROUND_TIME])
        self._table("time_activities", activities, [kind.value for kind in ActivityKind])


def _week(day: str | date) -> str:
    moment = date.fromisoformat(day) if isinstance(day, str) else day
    year, week, _weekday = moment.isocalendar()
    return f"{year}-W{week:02d}"


# --- CSV ------------------------------------------------------------------------------------------------

def statistics_csv(statistics: Statistics, names: dict[str, str] | None = None) -> str:
    """Every table as CSV: ``section,key,worker,value…``. A table begins with its definition
    (key ``#definition``) and its columns (``#columns``); team statistics add each worker's rows
    (the worker's name in ``worker``) after the team's."""
    names = names or dict(statistics.workers)
    out = io.StringIO()
    writer = csv.writer(out)
    width = max(len(columns) for columns in COLUMNS.values())
    writer.writerow(["section", "key", "worker", "value", *(f"value {index}" for index in range(2, width + 1))])
    writer.writerow(["period", statistics.first_day.isoformat(), "", statistics.last_day.isoformat()])
    writer.writerow(["scope", "team" if statistics.team else "worker", "", statistics.scope])
    for table in statistics.tables:
        writer.writerow([table.key, "#definition", "", table.definition])
        writer.writerow([table.key, "#columns", "", *table.columns])
        rows: list[tuple[str, Row]] = [("", row) for row in table.rows]
        for worker_id, worker_rows in table.by_worker.items():
            rows += [(names.get(worker_id, worker_id), row) for row in worker_rows]
        for worker, (key, values) in rows:
            if table.key == "workers" and key in names:
                key = names[key]
            writer.writerow([table.key, key, worker, *values])
    return out.getvalue()


# --- PDF ------------------------------------------------------------------------------------------------

def statistics_pdf(desk: "Desk", statistics: Statistics, language: str, out) -> int:
    """The statistics as a PDF with charts (``printing.statistics_report``) in ``language``; the
    team's own words for its items; returns the page count. Names workers, never a client."""
    from casedesk.printing.statistics_report import (
        ReportTable,
        StatisticsReportContent,
        render_statistics_report,
    )

    me = desk.identity
    if not statistics.team:
        scope = "worker"
    elif me.role in (Role.TEAM_LEAD.value, Role.ADMIN.value):
        scope = "team"
    else:
        scope = "own_only"
    labels = {entry.code: entry.label for entry in desk.street.item_list(include_retired=True) if entry.label}
    content = StatisticsReportContent(
        language=language if language in ("de", "da", "en") else "en",  # type: ignore[arg-type]
        first_day=statistics.first_day, last_day=statistics.last_day, made_on=date.today(), scope=scope,
        team=statistics.team_name or me.team, name=me.name,
        tables=tuple(ReportTable(table.key, table.columns, table.rows) for table in statistics.tables),
        workers=dict(statistics.workers), item_labels=labels)
    return render_statistics_report(content, out)


def statistics_pdf_bytes(desk: "Desk", statistics: Statistics, language: str) -> bytes:
    buffer = io.BytesIO()
    statistics_pdf(desk, statistics, language, buffer)
    return buffer.getvalue()
