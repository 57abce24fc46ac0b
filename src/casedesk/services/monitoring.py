"""Monitoring rules: when a client is due for a contact, and when that client is overdue.

This is the one definition of "overdue": Today lists these clients and the client list's
"Overdue" filter selects them (and colours them), so both always agree. Each rule (DOMAIN.md,
"Monitoring rules") has a key the UI names it by, the phases it applies in, the days allowed
between contacts, and how long into an episode the first contact may wait:

- ``weekly_contact``: a contact every 7 days while the case is in monitoring (the method's rule).
  A client in monitoring never seen is due from the start of the episode.
- ``contact_gap``: a contact at least every 45 days in any open phase. The German core data set
  (KDS) ends an episode after 60 days without contact; the 15 days between are the worker's time
  to reach the client before the episode is lost. The clock starts again when an episode opens, so
  a client taken on again is not overdue for the gap before the new episode.

A rule is due ``days`` after the last contact, but not before ``days_after_opening`` days into the
current episode; it is overdue from that moment on. It is written once and evaluated two ways: in
Python for one client (which rule, and since when) and as an SQL condition over the whole caseload
(the list filter); tests/test_monitoring.py checks both give the same answer. All times are the
desk's naive wall-clock times.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from casedesk.domain import WEEKLY_CONTACT_DAYS, Phase
from casedesk.models import CaseEpisode, Client

#: KDS 3.0 ends an outpatient episode after 60 days without contact; we warn 15 days before.
CONTACT_GAP_DAYS = 45
OPEN_PHASES = frozenset(phase.value for phase in Phase if phase is not Phase.CLOSED)
#: Client ids per lookup of episode openings (SQLite's bound-parameter limit is far above).
_LOOKUP_BATCH = 500


@dataclass(frozen=True)
class MonitoringRule:
    key: str
    #: The longest a client may go without contact while the rule applies.
    days: int
    phases: frozenset[str]
    #: The first contact of an episode is due this many days after it opened.
    days_after_opening: int

    def due_at(self, phase: str, last_contact_at: datetime | None, episode_opened_on: date | None) -> datetime | None:
        """When the next contact is due under this rule, or None when the rule does not apply."""
        if phase not in self.phases:
            return None
        due = [last_contact_at + timedelta(days=self.days)] if last_contact_at else []
        if episode_opened_on is not None:
            due.append(datetime.combine(episode_opened_on, time.min) + timedelta(days=self.days_after_opening))
        # A case in an open phase with no contact and no episode on record has waited forever.
        return max(due, default=datetime.min)

    def overdue_condition(self, phase: ColumnElement, last_contact_at: ColumnElement, now: datetime) -> ColumnElement[bool]:
        """The SQL form of ``due_at(...) <= now`` for a query over ``Client``."""
        by_contact = and_(
            or_(last_contact_at.is_(None), last_contact_at <= now - timedelta(days=self.days)),
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


WEEKLY_CONTACT = MonitoringRule("weekly_contact", WEEKLY_CONTACT_DAYS, frozenset({Phase.MONITORING.value}), 0)
CONTACT_GAP = MonitoringRule("contact_gap", CONTACT_GAP_DAYS, OPEN_PHASES, CONTACT_GAP_DAYS)
#: Every rule a client is checked against, the shortest interval first.
RULES = (WEEKLY_CONTACT, CONTACT_GAP)


@dataclass(frozen=True)
class BrokenRule:
    rule: MonitoringRule
    due_at: datetime


def broken_rules(phase: str, last_contact_at: datetime | None, episode_opened_on: date | None,
                 now: datetime) -> list[BrokenRule]:
    """The rules whose contact is due by ``now``, the longest overdue first; empty if none is."""
    broken = []
    for rule in RULES:
        due_at = rule.due_at(phase, last_contact_at, episode_opened_on)
        if due_at is not None and due_at <= now:
            broken.append(BrokenRule(rule, due_at))
    return sorted(broken, key=lambda entry: entry.due_at)


def overdue_condition(phase: ColumnElement, last_contact_at: ColumnElement, now: datetime) -> ColumnElement[bool]:
    """Clients overdue under any rule, for a query over ``Client``: ``phase`` is the current
    episode's phase (closed when there is none) and ``last_contact_at`` the latest contact, both
    correlated to ``Client``."""
    return or_(*(rule.overdue_condition(phase, last_contact_at, now) for rule in RULES))


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


def episode_openings(session: Session, client_ids: list[str]) -> dict[str, date]:
    """The current episode's opening date per client."""
    openings: dict[str, date] = {}
    for start in range(0, len(client_ids), _LOOKUP_BATCH):
        batch = client_ids[start:start + _LOOKUP_BATCH]
        query = select(Client.id, current_episode_opened_on()).where(Client.id.in_(batch))
        openings.update((client_id, opened_on) for client_id, opened_on in session.execute(query) if opened_on)
    return openings
