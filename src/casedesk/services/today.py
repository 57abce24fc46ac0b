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

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
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

    @staticmethod
    def _entry(line: str) -> RuleEntry:
        found = today_lines.unpack(line)
        return RuleEntry(found.rule, found.client_id, found.name, found.whereabouts, found.due_at, found.overdue,
                         found.subject_id, found.subject, found.subject_on, found.days_without_contact)

    def index_of(self, rule: str, client_id: str, subject_id: str) -> int | None:
        """Where the line of ``rule`` about ``client_id`` and ``subject_id`` is, if it is listed."""
        key = today_lines.snooze_key_of(client_id, rule, subject_id)
        return next((index for index, line in enumerate(self._lines)
                     if client_id in line and today_lines.snooze_key(line) == key), None)


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


def _datetime(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value is not None else None


def _among(column, values: Iterable[str]) -> ColumnElement[bool]:
    """``column IN values`` with the values as one JSON parameter: thousands of ids, one bound value."""
    return column.in_(select(func.json_each(json.dumps(list(values))).table_valued("value").c.value))


def _latest_snoozes(session: Session, me: str) -> dict[tuple[str, str, str], date]:
    """The snooze in force per client of the worker's caseload, rule and subject: the latest written."""
    rows = session.execute(
        select(RuleSnooze.client_id, RuleSnooze.rule, RuleSnooze.subject_id, RuleSnooze.snoozed_until)
        .where(RuleSnooze.client_id.in_(today_lines.caseload(me)), RuleSnooze.deleted.is_(False))
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
            snoozed = json.dumps(sorted(today_lines.snooze_key_of(*key) for key, until in _latest_snoozes(
                session, me).items() if today < until))
            lines = [line for (line,) in today_lines.rows(session, today_lines.CONTACT_LINES, {
                "me": me, "snoozed": snoozed, **today_lines.contact_parameters(settings, now)})]
            dated_by = {rule: today + timedelta(days=settings[rule].days)
                        for rule in monitoring.DATED_RULES if settings[rule].enabled}
            release_by = dated_by.pop(monitoring.RELEASE_EXPIRING_RULE, None)
            for rule, by in dated_by.items():
                sql, params = today_lines.dated_lines(rule, by, today)
                lines.extend(line for (line,) in today_lines.rows(session, sql, {"me": me, **params}))
            releases = today_lines.rows(session, today_lines.RELEASE_CANDIDATES, {
                "me": me, "today": today.isoformat(), "by": release_by.isoformat()}) if release_by is not None else []
        tasks = self._desk.tasks.due(datetime.combine(today + timedelta(days=1), time.min))
        if snoozed != "[]":
            put_off = set(json.loads(snoozed))
            lines = [line for line in lines if today_lines.snooze_key(line) not in put_off]
        # A release renewed for the same helper (expiring later, or never) settles the older one.
        longest: dict[tuple[str, str], tuple] = {}
        for release in releases:
            client_id, _release_id, helper, expires_on = release[:4]
            key = (client_id, helper.strip().casefold())
            if key not in longest or expires_on > longest[key][3]:
                longest[key] = release
        for client_id, release_id, helper, expires_on, sort_name, name, whereabouts in longest.values():
            if expires_on != today_lines.NEVER and (due := date.fromisoformat(expires_on)) <= release_by:
                lines.append(today_lines.pack(due < today, datetime.combine(due, time.min), sort_name,
                                              monitoring.RELEASE_EXPIRING_RULE,
                                              helper.replace(today_lines.SEPARATOR, " "), client_id, release_id,
                                              None, None, name, whereabouts))
        lines.sort()
        return TodayOverview(entries=TodayLines(lines), due_tasks=tasks,
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
