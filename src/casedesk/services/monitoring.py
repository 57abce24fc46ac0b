"""Monitoring rules: what Today lists, and the one definition of "overdue for a contact".

Every rule (DOMAIN.md, "Monitoring rules") has a key the UI names it by and a setting per team
(``monitoring_rule_setting``: on or off, and its days; team leads and admins change it, see
services.today). The rules and what their days mean:

- ``weekly_contact``: a contact every 7 days while the case is in monitoring (the method's rule).
  A client in monitoring never seen is due from the start of the episode. A "tried to reach"
  (``ContactType.ATTEMPT``, the outreach round's "not met") counts: the rule is the case
  manager's responsibility for contact, and reaching out is what it asks.
- ``contact_gap``: a contact at least every 45 days in any open phase. The German core data set
  (KDS) ends an episode after 60 days without contact; the 15 days between are the worker's time
  to reach the client before the episode is lost. The clock starts again when an episode opens, so
  a client taken on again is not overdue for the gap before the new episode. An attempt does not
  count, as KDS does not count it as a contact (services.statistics); a missed appointment does
  (it has its own rule, below).
- ``missed_appointment``: the client's latest contact is a missed appointment; it is to be
  followed up by a contact of another kind within the days (3).
- ``referral_follow_up``, ``goal_deadline``, ``plan_review``, ``assessment_time_box`` and
  ``release_expiring`` are due on a date of their own (the follow-up date, the deadline, the
  review date, the end of the time box, the expiry); their days are how long before that date
  Today lists them (CHT's window before: 3, 7, 14, 7 and 30 days), and they are overdue once the
  date has passed.

The two contact rules are due ``days`` after the last contact they count (``counts_attempts``:
the latest contact, or the latest that is not an attempt, "last met"), but not before
``days_after_opening`` days into the current episode; they are overdue from that moment on. They
are written once and evaluated two ways: in Python for one client (which rule, and since when) and
as an SQL condition over the whole caseload (the client list's "Overdue" filter, with the team's
days); tests/test_monitoring.py checks both give the same answer. All times are the desk's naive
wall-clock times.
"""

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, false, or_, select
from sqlalchemy.orm import Session

from casedesk.domain import WEEKLY_CONTACT_DAYS, ContactType, Phase
from casedesk.models import CaseEpisode, Client, MonitoringRuleSetting

#: KDS 3.0 ends an outpatient episode after 60 days without contact; we warn 15 days before.
CONTACT_GAP_DAYS = 45
OPEN_PHASES = frozenset(phase.value for phase in Phase if phase is not Phase.CLOSED)
#: The contact type a rule that does not count attempts passes over: "last met" is the latest other.
ATTEMPT = ContactType.ATTEMPT.value

WEEKLY_CONTACT_RULE = "weekly_contact"
CONTACT_GAP_RULE = "contact_gap"
MISSED_APPOINTMENT_RULE = "missed_appointment"
REFERRAL_FOLLOW_UP_RULE = "referral_follow_up"
GOAL_DEADLINE_RULE = "goal_deadline"
PLAN_REVIEW_RULE = "plan_review"
ASSESSMENT_TIME_BOX_RULE = "assessment_time_box"
RELEASE_EXPIRING_RULE = "release_expiring"
#: Every rule with its days when the team has not set them, in the order settings list them.
DEFAULT_DAYS = {
    WEEKLY_CONTACT_RULE: WEEKLY_CONTACT_DAYS,
    CONTACT_GAP_RULE: CONTACT_GAP_DAYS,
    MISSED_APPOINTMENT_RULE: 3,
    REFERRAL_FOLLOW_UP_RULE: 3,
    GOAL_DEADLINE_RULE: 7,
    PLAN_REVIEW_RULE: 14,
    ASSESSMENT_TIME_BOX_RULE: 7,
    RELEASE_EXPIRING_RULE: 30,
}
RULE_KEYS = tuple(DEFAULT_DAYS)
#: The rules due on a date of their own, listed ``days`` before it.
DATED_RULES = frozenset({REFERRAL_FOLLOW_UP_RULE, GOAL_DEADLINE_RULE, PLAN_REVIEW_RULE, ASSESSMENT_TIME_BOX_RULE,
                         RELEASE_EXPIRING_RULE})


@dataclass(frozen=True)
class RuleSetting:
    rule: str
    enabled: bool
    days: int

    @property
    def default_days(self) -> int:
        return DEFAULT_DAYS[self.rule]


def rule_settings(session: Session, team: str) -> dict[str, RuleSetting]:
    """The team's setting of every rule (the default where the team has none), in ``RULE_KEYS`` order."""
    rows = session.execute(
        select(MonitoringRuleSetting.rule, MonitoringRuleSetting.enabled, MonitoringRuleSetting.days)
        .where(MonitoringRuleSetting.team == team, MonitoringRuleSetting.deleted.is_(False))
        .order_by(MonitoringRuleSetting.hlc))
    # A rule set on two laptops before both synced lands in one row (services.today derives its
    # id); the later stamp wins should two rows still meet.
    stored = {rule: RuleSetting(rule, bool(enabled), days) for rule, enabled, days in rows if rule in DEFAULT_DAYS}
    return {rule: stored.get(rule, RuleSetting(rule, True, days)) for rule, days in DEFAULT_DAYS.items()}


@dataclass(frozen=True)
class MonitoringRule:
    key: str
    #: The longest a client may go without contact while the rule applies.
    days: int
    phases: frozenset[str]
    #: The first contact of an episode is due this many days after it opened.
    days_after_opening: int
    #: Whether a "tried to reach" resets the rule: it reads the last contact, else the last met.
    counts_attempts: bool

    def with_days(self, days: int) -> "MonitoringRule":
        # A rule that waits for the episode waits its whole interval (the 45 days of the gap).
        return replace(self, days=days, days_after_opening=days if self.days_after_opening else 0)

    def due_at(self, phase: str, last_contact_at: datetime | None, last_met_at: datetime | None,
               episode_opened_on: date | None) -> datetime | None:
        """When the next contact is due under this rule, or None when the rule does not apply;
        ``last_met_at`` is the latest contact that is not an attempt."""
        if phase not in self.phases:
            return None
        last = last_contact_at if self.counts_attempts else last_met_at
        due = [last + timedelta(days=self.days)] if last else []
        if episode_opened_on is not None:
            due.append(datetime.combine(episode_opened_on, time.min) + timedelta(days=self.days_after_opening))
        # A case in an open phase with no contact and no episode on record has waited forever.
        return max(due, default=datetime.min)

    def overdue_condition(self, phase: ColumnElement, last_contact_at: ColumnElement, last_met_at: ColumnElement,
                          now: datetime) -> ColumnElement[bool]:
        """The SQL form of ``due_at(...) <= now`` for a query over ``Client``."""
        last = last_contact_at if self.counts_attempts else last_met_at
        by_contact = and_(
            or_(last.is_(None), last <= now - timedelta(days=self.days)),
            phase.in_(sorted(self.phases)),
        )
        if not self.days_after_opening:
            # An episode opened today or earlier is always past a contact due at its opening.
            return by_contact
        # opened + n days at midnight <= now  <=>  opened <= the date n days before now. Last, so
        # the episode is looked up only for the few clients the contact test leaves.
        opened_by = (now - timedelta(days=self.days_after_opening)).date()
        opened_on = current_episode_opened_on()
        return and_(by_contact, or_(opened_on.is_(None), opened_on <= opened_by))


WEEKLY_CONTACT = MonitoringRule(WEEKLY_CONTACT_RULE, WEEKLY_CONTACT_DAYS, frozenset({Phase.MONITORING.value}), 0,
                                counts_attempts=True)
CONTACT_GAP = MonitoringRule(CONTACT_GAP_RULE, CONTACT_GAP_DAYS, OPEN_PHASES, CONTACT_GAP_DAYS, counts_attempts=False)
#: The contact rules with their default days, the shortest interval first.
RULES = (WEEKLY_CONTACT, CONTACT_GAP)


def contact_rules(settings: dict[str, RuleSetting]) -> tuple[MonitoringRule, ...]:
    """The contact rules the team has on, with the team's days."""
    return tuple(rule.with_days(settings[rule.key].days) for rule in RULES if settings[rule.key].enabled)


def team_contact_rules(session: Session, team: str) -> tuple[MonitoringRule, ...]:
    return contact_rules(rule_settings(session, team))


@dataclass(frozen=True)
class BrokenRule:
    rule: MonitoringRule
    due_at: datetime


def broken_rules(phase: str, last_contact_at: datetime | None, last_met_at: datetime | None,
                 episode_opened_on: date | None, now: datetime,
                 rules: tuple[MonitoringRule, ...] = RULES) -> list[BrokenRule]:
    """The rules whose contact is due by ``now``, the longest overdue first; empty if none is."""
    broken = []
    for rule in rules:
        due_at = rule.due_at(phase, last_contact_at, last_met_at, episode_opened_on)
        if due_at is not None and due_at <= now:
            broken.append(BrokenRule(rule, due_at))
    return sorted(broken, key=lambda entry: entry.due_at)


def overdue_condition(phase: ColumnElement, last_contact_at: ColumnElement, last_met_at: ColumnElement,
                      now: datetime, rules: tuple[MonitoringRule, ...] = RULES) -> ColumnElement[bool]:
    """Clients overdue under any of ``rules``, for a query over ``Client``: ``phase`` is the
    current episode's phase (closed when there is none), ``last_contact_at`` the latest contact
    and ``last_met_at`` the latest that is not an attempt, all correlated to ``Client``."""
    if not rules:
        return false()
    return or_(*(rule.overdue_condition(phase, last_contact_at, last_met_at, now) for rule in rules))


def current_episode_opened_on() -> ColumnElement:
    """When the client's current episode opened: the open one, else the latest (as for the phase)."""
    return (
        select(CaseEpisode.opened_on)
        .where(CaseEpisode.client_id == Client.id, CaseEpisode.deleted.is_(False))
        .order_by(CaseEpisode.closed_on.is_not(None), CaseEpisode.opened_on.desc())
        .limit(1)
        .correlate(Client)
        .scalar_subquery()
    )
