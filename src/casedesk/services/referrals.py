"""Linking: referrals of a client to a provider or person, their states with history and follow-up dates.

A referral starts *prepared* and moves prepared → contacted → accepted → started, one step at a
time; from any state that is not final it may instead fail: declined by the provider (a decline
reason is required), declined by the client, service unavailable, withdrawn. *Started* and the
failed states are final. A failed state always asks what happens instead: ``alternative`` is
required (the method's point is that a failed referral leads to a next step; "none found" is a
valid answer, a silently empty field is not). Each change is dated (never before the previous
change) and appended to ``ReferralChange``; nothing in the history is overwritten.

Referring needs a release of confidentiality (DOMAIN.md, after Primero): the client must hold a
release valid on the day recorded for that provider (``provider_id``) or whose helper is the
provider's institution or the person (compared without regard to case or surrounding spaces). Without one, ``create`` raises ``ReleaseMissing``
unless an override reason is given; the reason is kept on the referral.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from casedesk.domain import FAILED_REFERRAL_STATES, ReferralState
from casedesk.models import (
    Client,
    PlanGoal,
    Provider,
    Referral,
    ReferralChange,
    ServicePlan,
    Worker,
)
from casedesk.services.clients import _get, _open_episode
from casedesk.services.consents import valid_release_rows
from casedesk.services.dto import display_name
from casedesk.services.errors import NotFound, ReleaseMissing, ValidationFailed

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

_NEXT_STEP = {
    ReferralState.PREPARED: ReferralState.CONTACTED,
    ReferralState.CONTACTED: ReferralState.ACCEPTED,
    ReferralState.ACCEPTED: ReferralState.STARTED,
}
FINAL_REFERRAL_STATES = frozenset({ReferralState.STARTED, *FAILED_REFERRAL_STATES})


def allowed_next_states(state: str) -> list[ReferralState]:
    """The states a referral in ``state`` may move to, the next step first."""
    current = ReferralState(state)
    if current in FINAL_REFERRAL_STATES:
        return []
    return [_NEXT_STEP[current], *(s for s in ReferralState if s in FAILED_REFERRAL_STATES)]


@dataclass(frozen=True)
class ReferralChangeEntry:
    state: str
    changed_on: date
    worker_name: str
    note: str


@dataclass(frozen=True)
class ReferralEntry:
    id: str
    client_id: str
    client_name: str
    provider_id: str | None
    #: The provider's institution (a retired entry's too) or the person referred to.
    to_whom: str
    service: str
    state: str
    state_on: date
    follow_up_on: date | None
    decline_reason: str
    alternative: str
    release_override_reason: str
    goal_lineage_id: str | None
    #: The tied goal's wording in its latest plan version; "" when untied.
    goal_wording: str
    history: tuple[ReferralChangeEntry, ...]

    @property
    def final(self) -> bool:
        return ReferralState(self.state) in FINAL_REFERRAL_STATES


@dataclass(frozen=True)
class GoalChoice:
    lineage_id: str
    level: str
    wording: str


def _same_helper(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


class ReferralService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    # --- writing ---------------------------------------------------------------------------
    def create(self, client_id: str, provider_id: str | None = None, person: str = "", service: str = "",
               goal_lineage_id: str | None = None, follow_up_on: date | None = None,
               release_override_reason: str = "", on: date | None = None) -> str:
        """A referral in state prepared on ``on`` (today by default), to a provider or a person."""
        on = on or date.today()
        person, service, override = person.strip(), service.strip(), release_override_reason.strip()
        problems: dict[str, str] = {}
        if bool(provider_id) == bool(person):
            problems["provider"] = "provider_or_person"
        if not service:
            problems["service"] = "required"
        if follow_up_on is not None and follow_up_on < on:
            problems["follow_up_on"] = "before_referral"
        if problems:
            raise ValidationFailed(problems)
        with self._desk.session() as session:
            _get(session, client_id)
            helper = person
            if provider_id:
                provider = session.get(Provider, provider_id)
                if provider is None or provider.deleted:
                    raise NotFound(provider_id)
                helper = provider.institution
            if not override and not self._has_release(session, client_id, helper, on, provider_id):
                raise ReleaseMissing(helper)
            episode = _open_episode(session, client_id)
            referral = Referral(
                client_id=client_id, episode_id=episode.id if episode else None,
                goal_lineage_id=goal_lineage_id or None, provider_id=provider_id or None, person=person,
                service=service, state=ReferralState.PREPARED.value, state_on=on, follow_up_on=follow_up_on,
                release_override_reason=override, worker_id=self._desk.identity.worker_id)
            session.add(referral)
            session.flush()
            session.add(ReferralChange(client_id=client_id, referral_id=referral.id,
                                       state=ReferralState.PREPARED.value, changed_on=on,
                                       worker_id=self._desk.identity.worker_id, note=""))
            return referral.id

    def move(self, referral_id: str, state: str, on: date, follow_up_on: date | None = None, note: str = "",
             decline_reason: str = "", alternative: str = "") -> None:
        """Move a referral to ``state`` on ``on``; a new follow-up date replaces the old one."""
        note, decline_reason, alternative = note.strip(), decline_reason.strip(), alternative.strip()
        with self._desk.session() as session:
            referral = session.get(Referral, referral_id)
            if referral is None or referral.deleted:
                raise NotFound(referral_id)
            try:
                target = ReferralState(state)
            except ValueError:
                raise ValidationFailed({"state": "unknown"}) from None
            problems: dict[str, str] = {}
            if target not in allowed_next_states(referral.state):
                problems["state"] = "not_allowed"
            if on < referral.state_on:
                problems["on"] = "before_last_change"
            if follow_up_on is not None and follow_up_on < on:
                problems["follow_up_on"] = "before_change"
            if target is ReferralState.DECLINED_BY_PROVIDER and not decline_reason:
                problems["decline_reason"] = "required"
            if target in FAILED_REFERRAL_STATES and not alternative:
                problems["alternative"] = "required"
            if problems:
                raise ValidationFailed(problems)
            referral.state, referral.state_on = target.value, on
            if follow_up_on is not None:
                referral.follow_up_on = follow_up_on
            if decline_reason:
                referral.decline_reason = decline_reason
            if alternative:
                referral.alternative = alternative
            session.add(ReferralChange(client_id=referral.client_id, referral_id=referral.id, state=target.value,
                                       changed_on=on, worker_id=self._desk.identity.worker_id, note=note))

    # --- reading ---------------------------------------------------------------------------
    def has_release(self, client_id: str, helper: str, on: date, provider_id: str | None = None) -> bool:
        with self._desk.session() as session:
            return self._has_release(session, client_id, helper, on, provider_id)

    def for_client(self, client_id: str) -> list[ReferralEntry]:
        """The client's referrals with their history, newest first."""
        return self._entries(Referral.client_id == client_id)

    def get(self, referral_id: str) -> ReferralEntry:
        entries = self._entries(Referral.id == referral_id)
        if not entries:
            raise NotFound(referral_id)
        return entries[0]

    def follow_ups_due(self, on: date) -> list[ReferralEntry]:
        """Referrals not in a final state whose follow-up date is ``on`` or earlier, earliest first."""
        entries = self._entries(Referral.follow_up_on.is_not(None), Referral.follow_up_on <= on,
                                Referral.state.not_in([s.value for s in FINAL_REFERRAL_STATES]))
        return sorted(entries, key=lambda e: (e.follow_up_on, e.client_name))

    def goals_to_tie(self, client_id: str) -> list[GoalChoice]:
        """The goals of the client's latest plan version (of the open episode when there is one)."""
        with self._desk.session() as session:
            query = select(ServicePlan).where(ServicePlan.client_id == client_id, ServicePlan.deleted.is_(False))
            if episode := _open_episode(session, client_id):
                query = query.where(ServicePlan.episode_id == episode.id)
            plan = session.scalars(query.order_by(ServicePlan.version.desc()).limit(1)).first()
            if plan is None:
                return []
            goals = session.scalars(select(PlanGoal).where(PlanGoal.plan_id == plan.id, PlanGoal.deleted.is_(False))
                                    .order_by(PlanGoal.position)).all()
            order = {"macro": 0, "meso": 1, "micro": 2}
            return [GoalChoice(g.lineage_id, g.level, g.wording)
                    for g in sorted(goals, key=lambda g: (order.get(g.level, 3), g.position))]

    @staticmethod
    def _has_release(session, client_id: str, helper: str, on: date, provider_id: str | None = None) -> bool:
        # A release recorded for the provider's directory entry counts even after the entry was
        # renamed; one written for a name counts for the helper of that name.
        return bool(valid_release_rows(session, client_id, on, provider_id, helper))

    def _entries(self, *conditions) -> list[ReferralEntry]:
        with self._desk.session() as session:
            rows = session.execute(
                select(Referral, Provider.institution, Client)
                .outerjoin(Provider, Provider.id == Referral.provider_id)
                .join(Client, Client.id == Referral.client_id)
                .where(Referral.deleted.is_(False), *conditions)
                .order_by(Referral.created_at.desc())).all()
            ids = [referral.id for referral, _, _ in rows]
            history: dict[str, list[ReferralChangeEntry]] = defaultdict(list)
            for change, worker_name in session.execute(
                    select(ReferralChange, Worker.name)
                    .outerjoin(Worker, Worker.id == ReferralChange.worker_id)
                    .where(ReferralChange.referral_id.in_(ids), ReferralChange.deleted.is_(False))
                    .order_by(ReferralChange.changed_on, ReferralChange.hlc)):
                history[change.referral_id].append(
                    ReferralChangeEntry(change.state, change.changed_on, worker_name or "", change.note))
            wordings = self._goal_wordings(session, {r.goal_lineage_id for r, _, _ in rows if r.goal_lineage_id})
            return [
                ReferralEntry(
                    id=referral.id, client_id=referral.client_id,
                    client_name=display_name(client.first_name, client.last_name, client.alias),
                    provider_id=referral.provider_id, to_whom=institution or referral.person,
                    service=referral.service, state=referral.state, state_on=referral.state_on,
                    follow_up_on=referral.follow_up_on, decline_reason=referral.decline_reason,
                    alternative=referral.alternative, release_override_reason=referral.release_override_reason,
                    goal_lineage_id=referral.goal_lineage_id,
                    goal_wording=wordings.get(referral.goal_lineage_id or "", ""),
                    history=tuple(history[referral.id]))
                for referral, institution, client in rows
            ]

    @staticmethod
    def _goal_wordings(session, lineage_ids: set[str]) -> dict[str, str]:
        """Each goal lineage's wording in its latest plan version."""
        if not lineage_ids:
            return {}
        wordings: dict[str, str] = {}
        for lineage_id, wording in session.execute(
                select(PlanGoal.lineage_id, PlanGoal.wording)
                .join(ServicePlan, ServicePlan.id == PlanGoal.plan_id)
                .where(PlanGoal.lineage_id.in_(lineage_ids), PlanGoal.deleted.is_(False))
                .order_by(ServicePlan.version)):
            wordings[lineage_id] = wording
        return wordings
