"""The "Today" view: what the monitoring rules ask of the worker now, and the tasks due.

Contract:
- Today looks at the clients the worker is responsible for and those they deputise for, active
  and with an open episode (the client list with "Mine" and "Deputy" ticked).
- Every rule of services.monitoring that the worker's team has on gives entries (``RuleEntry``):
  the rule, the client, what it is about (``subject_id``/``subject``: the goal, the referral's
  helper, ...) and when it is due. The two contact rules give one entry per client, the one
  overdue longest; they are the client list's "Overdue" (same definition, same team days:
  the list with "Mine", "Deputy" and "Overdue" ticked shows the clients of these entries). A
  missed appointment is listed from the moment it is recorded until the contact gap's days have
  passed (then the gap lists the client); the dated rules from their days before the date. The
  overdue come first, then by due date.
- Everything is computed from the data, so a contact entered late with its true date clears the
  contact rules as if it had been entered that day.
- ``snooze`` puts one entry off until a date with a reason; the rows are append-only (history),
  and the latest for a client, rule and subject counts: the entry is left out of Today before
  that date and back on it. The client list keeps marking a snoozed client overdue: the contact
  is still missing, only the worker's reminder was put off.
- The team's rule settings (``rule_settings``, ``set_rule``) are changed by team leads and admins
  only (``MonitoringRulesRestricted`` for everyone else). A setting's row id derives from the team
  and the rule, so two laptops changing one rule offline write one row (merged per field).
- Performance: Today reads narrow derived rows (``services.today_lines``, desk migration 0012), not
  the synced tables, whose rows are about a page each: one range per dated rule of the worker's
  rows, and the caseload's cases; the contact rules are evaluated per case. Lines stay packed
  texts until shown (``TodayLines``). benchmarks/bench_today.py has the figures on the 10 000-client
  desk. The first Today after the upgrade (or after a laptop's first full pull) computes every
  client once (6–9 s on that desk).
"""

import json
import uuid
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, overload

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from casedesk.domain import Role
from casedesk.models import (
    MonitoringRuleSetting,
    RuleSnooze,
    Worker,
    local_now,
)
from casedesk.models.limits import RANGES, text_limit
from casedesk.services import monitoring, today_lines
from casedesk.services.clients import _get
from casedesk.services.dto import TaskEntry
from casedesk.services.errors import NotFound, ValidationFailed

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

#: The days a team may give a rule.
RULE_DAYS = RANGES[("monitoring_rule_setting", "days")]
#: Namespace for the ids of the team's rule settings: one row per team and rule on every laptop.
_SETTING_NAMESPACE = uuid.UUID("3c1e6f0a-94d2-4b7e-a5c8-2f6d0b9e71a4")
_LEAD_ROLES = frozenset({Role.TEAM_LEAD.value, Role.ADMIN.value})
#: How far ahead a snooze may reach: a year, after which the rule asks again.
MAX_SNOOZE_DAYS = 365
SNOOZE_REASON_LIMIT = text_limit(RuleSnooze.__table__.columns["reason"]) or 0


class MonitoringRulesRestricted(PermissionError):
    """Only a team lead or an admin changes the team's monitoring rules."""


@dataclass(frozen=True)
class RuleEntry:
    rule: str
    client_id: str
    client_name: str
    whereabouts: str
    #: When it is (or was) due: for the dated rules the start of their date.
    due_at: datetime
    overdue: bool
    #: The row the entry is about (a goal, referral, plan, assessment, release, the missed
    #: contact); "" for the contact rules, which are about the client.
    subject_id: str = ""
    #: The subject in the file's words: a goal's wording, the helper referred to or released to.
    subject: str = ""
    #: The subject's own date where it says what it is: the missed appointment, the assessment's start.
    subject_on: date | None = None
    #: The contact rules: days since the latest contact, None for a client never seen.
    days_without_contact: int | None = None

    @property
    def due_on(self) -> date:
        return self.due_at.date()


class TodayLines(Sequence[RuleEntry]):
    """Today's lines in order, each made into a ``RuleEntry`` when it is asked for: a big caseload
    has tens of thousands, and a view shows a screenful. The lines are packed texts
    (``today_lines.pack``)."""

    def __init__(self, lines: list[str], names: dict[str, tuple[str, str]]) -> None:
        self._lines = lines
        self._names = names
        #: Overdue lines sort first.
        self.overdue_count = bisect_left(lines, "1")

    def __len__(self) -> int:
        return len(self._lines)

    @overload
    def __getitem__(self, index: int) -> RuleEntry: ...

    @overload
    def __getitem__(self, index: slice) -> list[RuleEntry]: ...

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._entry(line) for line in self._lines[index]]
        return self._entry(self._lines[index])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, (list, TodayLines)) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]  # equal to a list, so unhashable like one

    def _entry(self, line: str) -> RuleEntry:
        overdue, due_at, subject, rule, client_id, subject_id, subject_on, days = today_lines.unpack(line)
        name, whereabouts = self._names[client_id]
        return RuleEntry(rule, client_id, name, whereabouts, due_at, overdue, subject_id, subject, subject_on, days)

    def index_of(self, rule: str, client_id: str, subject_id: str) -> int | None:
        """Where the line of ``rule`` about ``client_id`` and ``subject_id`` is, if it is listed."""
        for index, line in enumerate(self._lines):
            if client_id in line and today_lines.snooze_key(line) == (client_id, rule, subject_id):
                return index
        return None


@dataclass(frozen=True)
class TodayOverview:
    #: The overdue first, then by due date.
    entries: TodayLines
    #: Open tasks due by the end of today, the earliest first.
    due_tasks: list[TaskEntry]
    #: The rules the team has on, in ``monitoring.RULE_KEYS`` order (for the heading).
    rules: tuple[monitoring.RuleSetting, ...]


@dataclass(frozen=True)
class SnoozeEntry:
    snoozed_until: date
    reason: str
    created_at: datetime
    worker_name: str


def _setting_id(team: str, rule: str) -> str:
    return str(uuid.uuid5(_SETTING_NAMESPACE, f"{team}/{rule}"))


@dataclass(frozen=True)
class _Case:
    """A client of the worker's caseload with an open episode, as the rules read it."""

    name: str
    sort_name: str
    whereabouts: str
    phase: str
    opened_on: date
    last_contact_at: datetime | None
    #: The latest contact's id when it is a missed appointment of the current episode.
    missed_contact_id: str | None


def _caseload(session: Session, me: str) -> dict[str, _Case]:
    return {
        client_id: _Case(name, sort_name, whereabouts, phase, date.fromisoformat(opened_on), _datetime(contact_at),
                         missed_id)
        for client_id, name, sort_name, whereabouts, phase, opened_on, contact_at, missed_id
        in today_lines.rows(session, today_lines.CASES_OF, {"me": me})
    }


def _datetime(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value is not None else None


def _among(column, values: Iterable[str]) -> ColumnElement[bool]:
    """``column IN values`` with the values as one JSON parameter: thousands of ids, one bound value."""
    return column.in_(select(func.json_each(json.dumps(list(values))).table_valued("value").c.value))


def _latest_snoozes(session: Session, client_ids: Iterable[str]) -> dict[tuple[str, str, str], date]:
    """The snooze in force per client, rule and subject: the latest written."""
    rows = session.execute(
        select(RuleSnooze.client_id, RuleSnooze.rule, RuleSnooze.subject_id, RuleSnooze.snoozed_until)
        .where(_among(RuleSnooze.client_id, client_ids), RuleSnooze.deleted.is_(False))
        .order_by(RuleSnooze.created_at, RuleSnooze.hlc))
    return {(client_id, rule, subject_id): until for client_id, rule, subject_id, until in rows}


class TodayService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    # --- the overview -------------------------------------------------------------------------
    def overview(self, now: datetime | None = None) -> TodayOverview:
        now = now or local_now()
        today = now.date()
        me = self._desk.identity.worker_id
        with self._desk.session() as session:
            today_lines.refresh(session)
            settings = monitoring.rule_settings(session, self._desk.identity.team)
            cases = _caseload(session, me)
            snoozes = _latest_snoozes(session, cases)
            dated_by = {rule: today + timedelta(days=settings[rule].days)
                        for rule in monitoring.DATED_RULES if settings[rule].enabled}
            release_by = dated_by.pop(monitoring.RELEASE_EXPIRING_RULE, None)
            lines: list[str] = []
            for rule, by in dated_by.items():
                sql, params = today_lines.dated_lines(rule, by, today)
                lines.extend(line for (line,) in today_lines.rows(session, sql, {"me": me, **params}))
            releases = today_lines.rows(session, today_lines.RELEASE_CANDIDATES, {
                "me": me, "today": today.isoformat(), "by": release_by.isoformat()}) if release_by is not None else []
        tasks = self._desk.tasks.due(datetime.combine(today + timedelta(days=1), time.min))

        active_snoozes = {key for key, until in snoozes.items() if today < until}
        if active_snoozes:
            lines = [line for line in lines if today_lines.snooze_key(line) not in active_snoozes]

        def line(rule: str, client_id: str, due_at: datetime, overdue: bool, subject_id: str = "", subject: str = "",
                 subject_on: date | None = None, days: int | None = None) -> str:
            return today_lines.pack(overdue, due_at, cases[client_id].sort_name, rule, subject, client_id, subject_id,
                                    subject_on, days)

        more: list[str] = []
        contact_rules = monitoring.contact_rules(settings)
        missed = settings[monitoring.MISSED_APPOINTMENT_RULE]
        # A missed appointment is listed until the contact gap's days have passed: then that rule lists the client.
        missed_since = now - timedelta(days=settings[monitoring.CONTACT_GAP_RULE].days)
        for client_id, case in cases.items():
            broken = [broken for broken in monitoring.broken_rules(case.phase, case.last_contact_at, case.opened_on,
                                                                   now, contact_rules)
                      if (client_id, broken.rule.key, "") not in active_snoozes]
            if broken:
                days = (now - case.last_contact_at).days if case.last_contact_at else None
                more.append(line(broken[0].rule.key, client_id, broken[0].due_at, True, days=days))
            if (missed.enabled and case.missed_contact_id is not None and case.last_contact_at > missed_since
                    and (client_id, monitoring.MISSED_APPOINTMENT_RULE, case.missed_contact_id) not in active_snoozes):
                due_at = case.last_contact_at + timedelta(days=missed.days)
                more.append(line(monitoring.MISSED_APPOINTMENT_RULE, client_id, due_at, due_at <= now,
                                 subject_id=case.missed_contact_id, subject_on=case.last_contact_at.date()))
        # A release renewed for the same helper (expiring later, or never) settles the older one.
        longest: dict[tuple[str, str], tuple[str, str, str]] = {}
        for client_id, release_id, helper, expires_on in releases:
            key = (client_id, helper.strip().casefold())
            kept = longest.get(key)
            if kept is None or expires_on > kept[1]:
                longest[key] = (release_id, expires_on, helper)
        for (client_id, _helper), (release_id, expires_on, helper) in longest.items():
            if expires_on != today_lines.NEVER and (due := date.fromisoformat(expires_on)) <= release_by \
                    and (client_id, monitoring.RELEASE_EXPIRING_RULE, release_id) not in active_snoozes:
                more.append(line(monitoring.RELEASE_EXPIRING_RULE, client_id, datetime.combine(due, time.min),
                                 due < today, subject_id=release_id, subject=helper))
        lines.extend(more)
        lines.sort()
        names = {client_id: (case.name, case.whereabouts) for client_id, case in cases.items()}
        return TodayOverview(entries=TodayLines(lines, names), due_tasks=tasks,
                             rules=tuple(setting for setting in settings.values() if setting.enabled))

    # --- snoozing -----------------------------------------------------------------------------
    def snooze(self, client_id: str, rule: str, subject_id: str, snoozed_until: date | None, reason: str,
               today: date | None = None) -> None:
        """Put a rule's entry off until ``snoozed_until`` (Today lists it again on that day)."""
        today = today or local_now().date()
        problems = {}
        if rule not in monitoring.RULE_KEYS:
            problems["rule"] = "unknown"
        if snoozed_until is None:
            problems["snoozed_until"] = "required"
        elif not today < snoozed_until <= today + timedelta(days=MAX_SNOOZE_DAYS):
            problems["snoozed_until"] = "out_of_range"
        if not reason.strip():
            problems["reason"] = "required"
        if problems:
            raise ValidationFailed(problems)
        with self._desk.session() as session:
            _get(session, client_id)
            session.add(RuleSnooze(client_id=client_id, rule=rule, subject_id=subject_id, snoozed_until=snoozed_until,
                                   reason=reason.strip(), worker_id=self._desk.identity.worker_id))

    def snoozes(self, client_id: str, rule: str, subject_id: str = "") -> list[SnoozeEntry]:
        """Every snooze of one entry, the latest first."""
        with self._desk.session() as session:
            rows = session.execute(
                select(RuleSnooze.snoozed_until, RuleSnooze.reason, RuleSnooze.created_at, Worker.name)
                .outerjoin(Worker, Worker.id == RuleSnooze.worker_id)
                .where(RuleSnooze.client_id == client_id, RuleSnooze.rule == rule,
                       RuleSnooze.subject_id == subject_id, RuleSnooze.deleted.is_(False))
                .order_by(RuleSnooze.created_at.desc(), RuleSnooze.hlc.desc()))
            return [SnoozeEntry(until, reason, created_at, name or "") for until, reason, created_at, name in rows]

    # --- the team's settings ------------------------------------------------------------------
    def rule_settings(self) -> list[monitoring.RuleSetting]:
        """Every rule with the team's setting, in ``monitoring.RULE_KEYS`` order."""
        with self._desk.session() as session:
            return list(monitoring.rule_settings(session, self._desk.identity.team).values())

    def may_change_rules(self) -> bool:
        return self._desk.identity.role in _LEAD_ROLES

    def set_rule(self, rule: str, enabled: bool, days: int) -> None:
        if not self.may_change_rules():
            raise MonitoringRulesRestricted(self._desk.identity.role)
        if rule not in monitoring.RULE_KEYS:
            raise NotFound(rule)
        team = self._desk.identity.team
        # Days outside ``RULE_DAYS`` leave the session as ValidationFailed (models.limits).
        with self._desk.session() as session:
            row = session.get(MonitoringRuleSetting, _setting_id(team, rule))
            if row is None:
                row = MonitoringRuleSetting(id=_setting_id(team, rule), team=team, rule=rule)
                session.add(row)
            row.deleted, row.enabled, row.days = False, enabled, days
