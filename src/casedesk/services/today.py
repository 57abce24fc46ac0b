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
- Performance: one query for the caseload (phase, episode, latest contact), one for the missed
  appointments and one per dated rule over the same caseload, never one per client; see
  benchmarks/bench_today.py for the figures on the 10 000-client desk.
"""

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, DateTime, bindparam, func, select, text
from sqlalchemy.orm import Session

from casedesk.domain import ClientStatus, ContactType, GoalStatus, Phase, Role
from casedesk.models import (
    Assessment,
    ConfidentialityRelease,
    Contact,
    MonitoringRuleSetting,
    PlanGoal,
    Provider,
    Referral,
    RuleSnooze,
    ServicePlan,
    Worker,
    local_now,
)
from casedesk.models.limits import RANGES, text_limit
from casedesk.services import monitoring
from casedesk.services.clients import _get
from casedesk.services.dto import TaskEntry, display_name
from casedesk.services.errors import NotFound, ValidationFailed
from casedesk.services.referrals import FINAL_REFERRAL_STATES

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

#: The days a team may give a rule.
RULE_DAYS = RANGES[("monitoring_rule_setting", "days")]
#: Namespace for the ids of the team's rule settings: one row per team and rule on every laptop.
_SETTING_NAMESPACE = uuid.UUID("3c1e6f0a-94d2-4b7e-a5c8-2f6d0b9e71a4")
_LEAD_ROLES = frozenset({Role.TEAM_LEAD.value, Role.ADMIN.value})
_OPEN_GOAL_STATES = (GoalStatus.OPEN.value, GoalStatus.IN_PROGRESS.value)
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


@dataclass(frozen=True)
class TodayOverview:
    #: The overdue first, then by due date.
    entries: list[RuleEntry]
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


@dataclass(frozen=True)
class _Case:
    """A client of the worker's caseload with an open episode, as the rules read it."""

    name: str
    whereabouts: str
    episode_id: str
    phase: str
    opened_on: date
    last_contact_at: datetime | None


def _setting_id(team: str, rule: str) -> str:
    return str(uuid.uuid5(_SETTING_NAMESPACE, f"{team}/{rule}"))


#: The worker's active clients with an open episode, its phase and opening, and the latest
#: contact. The episode is joined by rowid: a synced row is about a page (its field clocks), and
#: a second lookup through the text primary key would read another.
_CASELOAD = text(f"""
    SELECT c.id, c.first_name, c.last_name, c.alias, c.whereabouts, e.id, e.phase, e.opened_on,
           (SELECT max(occurred_at) FROM contact WHERE client_id = c.id AND deleted = 0)
    FROM client c
    JOIN case_episode e ON e.rowid = (
        SELECT rowid FROM case_episode WHERE client_id = c.id AND deleted = 0
        ORDER BY closed_on IS NOT NULL, opened_on DESC LIMIT 1)
    WHERE c.deleted = 0 AND c.status = '{ClientStatus.ACTIVE.value}'
      AND (c.responsible_worker_id = :me OR c.deputy_worker_id = :me)
      AND e.closed_on IS NULL AND e.phase != '{Phase.CLOSED.value}'
""")
#: Missed appointments since ``:since``, read from ix_contact_worker_month alone (it holds the
#: type; every contact names its worker): reading half a million contact rows for their type
#: would cost more than the rest of Today.
_MISSED_SINCE = text(f"""
    SELECT client_id, max(occurred_at) FROM contact
    WHERE worker_id IN (SELECT id FROM worker) AND occurred_at > :since AND deleted = 0
      AND type = '{ContactType.MISSED.value}'
    GROUP BY client_id
""").bindparams(bindparam("since", type_=DateTime))


def _caseload(session: Session, me: str) -> dict[str, _Case]:
    cases = {}
    for (client_id, first, last, alias, whereabouts, episode, phase, opened_on,
         contact_at) in session.execute(_CASELOAD, {"me": me}):
        cases[client_id] = _Case(display_name(first, last, alias), whereabouts, episode, phase,
                                 date.fromisoformat(opened_on), _datetime(contact_at))
    return cases


def _missed_appointments(session: Session, cases: dict[str, _Case], since: datetime) -> dict[str, tuple[str, datetime]]:
    """Per client whose latest contact (after ``since``, in its current episode) is a missed
    appointment: that contact's id and time."""
    latest = {}
    for client_id, occurred_at in session.execute(_MISSED_SINCE, {"since": since}):
        case = cases.get(client_id)
        missed_at = datetime.fromisoformat(occurred_at)
        # Any contact of another kind after it would be the client's latest contact.
        if case is not None and missed_at == case.last_contact_at and missed_at.date() >= case.opened_on:
            latest[client_id] = missed_at
    ids = {}
    for client_id, contact_id, occurred_at in session.execute(
            select(Contact.client_id, Contact.id, Contact.occurred_at)
            .where(_among(Contact.client_id, latest), Contact.occurred_at.in_(set(latest.values())),
                   Contact.type == ContactType.MISSED.value, Contact.deleted.is_(False))
            .order_by(Contact.id)):
        if occurred_at == latest[client_id]:
            ids.setdefault(client_id, contact_id)
    return {client_id: (ids[client_id], missed_at) for client_id, missed_at in latest.items() if client_id in ids}


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


#: One dated rule's finding: client, subject id, due date, subject, the subject's own date.
_Found = tuple[str, str, date, str, date | None]


def _referral_follow_ups(session: Session, cases: dict[str, _Case], by: date) -> list[_Found]:
    rows = session.execute(
        select(Referral.client_id, Referral.id, Referral.follow_up_on,
               func.coalesce(Provider.institution, Referral.person))
        .outerjoin(Provider, Provider.id == Referral.provider_id)
        .where(_among(Referral.client_id, cases), Referral.deleted.is_(False), Referral.follow_up_on <= by,
               Referral.state.not_in([state.value for state in FINAL_REFERRAL_STATES])))
    return [(client_id, referral_id, on, helper, None) for client_id, referral_id, on, helper in rows]


def _current_plans(session: Session, cases: dict[str, _Case]) -> dict[str, tuple[str, date | None]]:
    """The current plan (the latest version of the current episode) by id: (client, review date)."""
    latest: dict[str, tuple[int, str, str, date | None]] = {}
    for plan_id, client_id, episode_id, version, review_on in session.execute(
            select(ServicePlan.id, ServicePlan.client_id, ServicePlan.episode_id, ServicePlan.version,
                   ServicePlan.review_on)
            .where(_among(ServicePlan.episode_id, (case.episode_id for case in cases.values())),
                   ServicePlan.deleted.is_(False))):
        if episode_id not in latest or version > latest[episode_id][0]:
            latest[episode_id] = (version, plan_id, client_id, review_on)
    return {plan_id: (client_id, review_on) for _version, plan_id, client_id, review_on in latest.values()}


def _goal_deadlines(session: Session, plans: dict[str, tuple[str, date | None]], by: date) -> list[_Found]:
    rows = session.execute(
        select(PlanGoal.client_id, PlanGoal.id, PlanGoal.deadline, PlanGoal.wording)
        .where(_among(PlanGoal.plan_id, plans), PlanGoal.deleted.is_(False), PlanGoal.deadline <= by,
               PlanGoal.status.in_(_OPEN_GOAL_STATES)))
    return [(client_id, goal_id, deadline, wording, None) for client_id, goal_id, deadline, wording in rows]


def _assessment_time_boxes(session: Session, cases: dict[str, _Case], by: date) -> list[_Found]:
    rows = session.execute(
        select(Assessment.client_id, Assessment.id, Assessment.due_on, Assessment.started_on)
        .where(_among(Assessment.episode_id, (case.episode_id for case in cases.values())),
               Assessment.deleted.is_(False), Assessment.completed_on.is_(None), Assessment.due_on <= by))
    return [(client_id, assessment_id, due_on, "", started) for client_id, assessment_id, due_on, started in rows]


def _releases_expiring(session: Session, cases: dict[str, _Case], today: date, by: date) -> list[_Found]:
    # A release renewed for the same helper (expiring later, or never) settles the older one.
    longest: dict[tuple[str, str], tuple[str, date | None, str]] = {}
    for client_id, release_id, helper, expires_on in session.execute(
            select(ConfidentialityRelease.client_id, ConfidentialityRelease.id, ConfidentialityRelease.helper,
                   ConfidentialityRelease.expires_on)
            .where(_among(ConfidentialityRelease.client_id, cases), ConfidentialityRelease.deleted.is_(False),
                   ConfidentialityRelease.granted_on <= today)):
        key = (client_id, helper.strip().casefold())
        kept = longest.get(key)
        if kept is None or (kept[1] is not None and (expires_on is None or expires_on > kept[1])):
            longest[key] = (release_id, expires_on, helper)
    return [(client_id, release_id, expires_on, helper, None)
            for (client_id, _helper), (release_id, expires_on, helper) in longest.items()
            if expires_on is not None and expires_on <= by]


def _dated(session: Session, cases: dict[str, _Case], settings: dict[str, monitoring.RuleSetting],
           today: date) -> list[tuple[str, list[_Found]]]:
    """What each dated rule the team has on lists by ``today``: one query each over the caseload."""

    def until(rule: str) -> date | None:
        setting = settings[rule]
        return today + timedelta(days=setting.days) if setting.enabled else None

    found = []
    if (by := until(monitoring.REFERRAL_FOLLOW_UP_RULE)) is not None:
        found.append((monitoring.REFERRAL_FOLLOW_UP_RULE, _referral_follow_ups(session, cases, by)))
    review_by, deadline_by = until(monitoring.PLAN_REVIEW_RULE), until(monitoring.GOAL_DEADLINE_RULE)
    if review_by is not None or deadline_by is not None:
        plans = _current_plans(session, cases)
        if review_by is not None:
            found.append((monitoring.PLAN_REVIEW_RULE, [
                (client_id, plan_id, review_on, "", None) for plan_id, (client_id, review_on) in plans.items()
                if review_on is not None and review_on <= review_by]))
        if deadline_by is not None:
            found.append((monitoring.GOAL_DEADLINE_RULE, _goal_deadlines(session, plans, deadline_by)))
    if (by := until(monitoring.ASSESSMENT_TIME_BOX_RULE)) is not None:
        found.append((monitoring.ASSESSMENT_TIME_BOX_RULE, _assessment_time_boxes(session, cases, by)))
    if (by := until(monitoring.RELEASE_EXPIRING_RULE)) is not None:
        found.append((monitoring.RELEASE_EXPIRING_RULE, _releases_expiring(session, cases, today, by)))
    return found


class TodayService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    # --- the overview -------------------------------------------------------------------------
    def overview(self, now: datetime | None = None) -> TodayOverview:
        now = now or local_now()
        today = now.date()
        with self._desk.session() as session:
            settings = monitoring.rule_settings(session, self._desk.identity.team)
            cases = _caseload(session, self._desk.identity.worker_id)
            snoozes = _latest_snoozes(session, cases)
            contact_rules = monitoring.contact_rules(settings)
            missed_appointments = {}
            if settings[monitoring.MISSED_APPOINTMENT_RULE].enabled:
                # Listed until the contact gap's days have passed: then that rule lists the client.
                gap = settings[monitoring.CONTACT_GAP_RULE].days
                missed_appointments = _missed_appointments(session, cases, now - timedelta(days=gap))
            dated = _dated(session, cases, settings, today)
        tasks = self._desk.tasks.due(datetime.combine(today + timedelta(days=1), time.min))

        def snoozed(rule: str, client_id: str, subject_id: str = "") -> bool:
            until = snoozes.get((client_id, rule, subject_id))
            return until is not None and today < until

        def entry(rule: str, client_id: str, due_at: datetime, overdue: bool, **subject) -> RuleEntry:
            case = cases[client_id]
            return RuleEntry(rule, client_id, case.name, case.whereabouts, due_at, overdue, **subject)

        entries = []
        for client_id, case in cases.items():
            broken = [broken for broken in monitoring.broken_rules(case.phase, case.last_contact_at, case.opened_on,
                                                                   now, contact_rules)
                      if not snoozed(broken.rule.key, client_id)]
            if broken:
                days = (now - case.last_contact_at).days if case.last_contact_at else None
                entries.append(entry(broken[0].rule.key, client_id, broken[0].due_at, True, days_without_contact=days))
        for client_id, (contact_id, missed_at) in missed_appointments.items():
            if not snoozed(monitoring.MISSED_APPOINTMENT_RULE, client_id, contact_id):
                due_at = missed_at + timedelta(days=settings[monitoring.MISSED_APPOINTMENT_RULE].days)
                entries.append(entry(monitoring.MISSED_APPOINTMENT_RULE, client_id, due_at, due_at <= now,
                                     subject_id=contact_id, subject_on=missed_at.date()))
        for rule, found in dated:
            for client_id, subject_id, due_on, subject, subject_on in found:
                if not snoozed(rule, client_id, subject_id):
                    entries.append(entry(rule, client_id, datetime.combine(due_on, time.min), due_on < today,
                                         subject_id=subject_id, subject=subject, subject_on=subject_on))
        order = {rule: index for index, rule in enumerate(monitoring.RULE_KEYS)}
        entries.sort(key=lambda e: (not e.overdue, e.due_at, e.client_name.casefold(), order[e.rule], e.subject))
        return TodayOverview(entries=entries, due_tasks=tasks,
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
