"""Service plans: versioned per episode, a goal hierarchy (macro, meso, micro) with SMART checks and goal attainment scales; a signed version is frozen.

Contract:
- A plan belongs to an episode; ``current`` reads the latest version of the client's current
  episode (the open one, else the latest closed one) as a ``PlanView``: the goal tree, the
  services, the plan's own fields and the signatures. ``plan(plan_id)`` reads any version the same
  way; printing and export read these views, so their shape stays stable.
- Level rules: at most one macro goal per plan, at the top; a meso goal sits under the macro goal
  or at the top and names a life domain; a micro goal sits under a meso goal.
- A version signed by both the client and the case manager is frozen: every content change raises
  ``PlanFrozen``, except the progress fields (``PROGRESS_FIELDS``) which follow the help as it
  happens. Changing a signed plan means ``new_version``, which copies everything into version n+1
  (goals keep their ``lineage_id``) and leaves the signed version as it was.
- Deleting is a tombstone (removing a goal tombstones its sub-goals too), so sync never resurrects.
- ``smart_problems`` is a check shown to the worker, never a reason to refuse a save.
"""

from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casedesk.domain import PLAN_REVIEW_MONTHS, GoalLevel, GoalStatus, LifeDomain, ReferralState
from casedesk.models import LifeDomainSetting, PlanGoal, PlanService, Provider, Referral, ServicePlan, new_id
from casedesk.models.limits import text_limit
from casedesk.services.clients import _get, _open_episode
from casedesk.services.errors import NotFound, ValidationFailed

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

#: Goal fields that record the help as it happens; they stay editable on a signed plan.
PROGRESS_FIELDS = ("status", "attainment", "attainment_comment")
#: The SMART parts in the order they are shown, each with the goal field that satisfies it.
SMART_PARTS = (
    ("specific", "wording"),
    ("measurable", "indicator"),
    ("acceptable", "agreed_by_client"),
    ("realistic", "realistic_note"),
    ("time_bound", "deadline"),
)


def _limits(model: type) -> dict[str, int]:
    return {column.key: limit for column in model.__table__.columns if (limit := text_limit(column))}


#: How many characters each text field holds, for widgets that stop typing at the limit.
PLAN_FIELD_LIMITS = _limits(ServicePlan)
GOAL_FIELD_LIMITS = _limits(PlanGoal)
SERVICE_FIELD_LIMITS = _limits(PlanService)
#: The plan's own fields (besides goals and services) that ``compare`` looks at.
PLAN_FIELDS = ("own_activities", "network_support", "contact_dates", "review_on")


class PlanFrozen(Exception):
    """The plan version is signed: its agreed content cannot change; make a new version."""

    def __init__(self, plan_id: str) -> None:
        super().__init__(plan_id)
        self.plan_id = plan_id


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clipped to the last day of a shorter month."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


@dataclass(frozen=True)
class GoalDraft:
    """What the worker writes about one goal (level, parent and plan are given separately)."""

    wording: str = ""
    domain: str = ""
    indicator: str = ""
    agreed_by_client: bool = False
    realistic_note: str = ""
    deadline: date | None = None
    responsible: str = ""
    responsible_name: str = ""
    provider_id: str | None = None
    status: str = GoalStatus.OPEN.value
    attainment: int | None = None
    attainment_comment: str = ""
    weight: int = 1
    scale_minus2: str = ""
    scale_minus1: str = ""
    scale_0: str = ""
    scale_plus1: str = ""
    scale_plus2: str = ""


GOAL_FIELDS = tuple(f.name for f in fields(GoalDraft))
#: Goal fields fixed by the signatures.
CONTENT_FIELDS = tuple(name for name in GOAL_FIELDS if name not in PROGRESS_FIELDS)
_STRIPPED_GOAL_FIELDS = ("wording", "domain", "indicator", "realistic_note", "responsible_name",
                         "attainment_comment", "scale_minus2", "scale_minus1", "scale_0",
                         "scale_plus1", "scale_plus2")


@dataclass(frozen=True)
class PlanFieldsDraft:
    own_activities: str = ""
    network_support: str = ""
    contact_dates: str = ""
    review_on: date | None = None


@dataclass(frozen=True)
class ServiceDraft:
    description: str = ""
    provider_id: str | None = None
    cost: str = ""
    payer: str = ""
    goal_lineage_id: str | None = None


@dataclass(frozen=True)
class GoalView:
    id: str
    plan_id: str
    lineage_id: str
    parent_id: str | None
    level: str
    position: int
    draft: GoalDraft
    #: The directory entry's institution when a provider is responsible.
    provider_name: str
    #: The SMART parts this goal misses (codes of ``SMART_PARTS``).
    smart_problems: tuple[str, ...]
    children: tuple["GoalView", ...] = ()

    def walk(self):
        """This goal and all its sub-goals, depth first in their order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class ServiceView:
    id: str
    position: int
    description: str
    provider_id: str | None
    provider_name: str
    cost: str
    payer: str
    goal_lineage_id: str | None


@dataclass(frozen=True)
class PlanView:
    id: str
    client_id: str
    episode_id: str
    version: int
    previous_id: str | None
    created_at: datetime
    worker_id: str | None
    fields: PlanFieldsDraft
    client_signed_on: date | None
    worker_signed_on: date | None
    #: The top-level goals (the macro goal first), each with its sub-goals.
    goals: tuple[GoalView, ...]
    services: tuple[ServiceView, ...]

    @property
    def frozen(self) -> bool:
        return self.client_signed_on is not None and self.worker_signed_on is not None

    def all_goals(self) -> list[GoalView]:
        return [goal for top in self.goals for goal in top.walk()]


@dataclass(frozen=True)
class PlanVersionEntry:
    id: str
    version: int
    created_at: datetime
    client_signed_on: date | None
    worker_signed_on: date | None

    @property
    def frozen(self) -> bool:
        return self.client_signed_on is not None and self.worker_signed_on is not None


@dataclass(frozen=True)
class GoalChange:
    lineage_id: str
    #: "added", "removed" or "changed".
    change: str
    #: The wording in the newer version (the older one's for a removed goal).
    wording: str
    level: str
    #: The changed fields (for "changed"), ``parent`` when the goal moved under another goal.
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlanComparison:
    old_version: int
    new_version: int
    plan_fields: tuple[str, ...]
    goals: tuple[GoalChange, ...] = field(default_factory=tuple)
    services_changed: bool = False


def smart_problems(goal: GoalDraft) -> tuple[str, ...]:
    """The SMART parts the goal misses: specific, measurable, acceptable, realistic, time_bound."""
    missing = []
    for part, name in SMART_PARTS:
        value = getattr(goal, name)
        if value is None or value is False or (isinstance(value, str) and not value.strip()):
            missing.append(part)
    return tuple(missing)


def _draft_of(goal: PlanGoal) -> GoalDraft:
    return GoalDraft(**{name: getattr(goal, name) for name in GOAL_FIELDS})


def _is_frozen(plan: ServicePlan) -> bool:
    return plan.client_signed_on is not None and plan.worker_signed_on is not None


def _live_plan(session: Session, plan_id: str) -> ServicePlan:
    plan = session.get(ServicePlan, plan_id)
    if plan is None or plan.deleted:
        raise NotFound(plan_id)
    _get(session, plan.client_id)
    return plan


def _unfrozen_plan(session: Session, plan_id: str) -> ServicePlan:
    plan = _live_plan(session, plan_id)
    if _is_frozen(plan):
        raise PlanFrozen(plan_id)
    return plan


def _live_goal(session: Session, goal_id: str) -> tuple[PlanGoal, ServicePlan]:
    goal = session.get(PlanGoal, goal_id)
    if goal is None or goal.deleted:
        raise NotFound(goal_id)
    return goal, _live_plan(session, goal.plan_id)


def _live_goals(session: Session, plan_id: str) -> list[PlanGoal]:
    return list(session.scalars(
        select(PlanGoal).where(PlanGoal.plan_id == plan_id, PlanGoal.deleted.is_(False))
        .order_by(PlanGoal.position, PlanGoal.id)
    ))


def _live_services(session: Session, plan_id: str) -> list[PlanService]:
    return list(session.scalars(
        select(PlanService).where(PlanService.plan_id == plan_id, PlanService.deleted.is_(False))
        .order_by(PlanService.position, PlanService.id)
    ))


def _known_domains(session: Session) -> set[str]:
    own = session.scalars(select(LifeDomainSetting.code).where(LifeDomainSetting.deleted.is_(False)))
    return {domain.value for domain in LifeDomain} | set(own)


def _check_provider(session: Session, provider_id: str | None, problems: dict[str, str]) -> None:
    if provider_id is not None:
        provider = session.get(Provider, provider_id)
        if provider is None or provider.deleted:
            problems["provider_id"] = "unknown"


def _clean(draft: GoalDraft) -> GoalDraft:
    return replace(draft, **{name: getattr(draft, name).strip() for name in _STRIPPED_GOAL_FIELDS})


def _check_draft(session: Session, level: str, draft: GoalDraft) -> None:
    problems: dict[str, str] = {}
    if level == GoalLevel.MESO.value:
        if not draft.domain:
            problems["domain"] = "required"
        elif draft.domain not in _known_domains(session):
            problems["domain"] = "unknown"
    _check_provider(session, draft.provider_id, problems)
    if problems:
        raise ValidationFailed(problems)


def _check_place(session: Session, plan: ServicePlan, level: str, parent_id: str | None,
                 moving_id: str | None = None) -> None:
    """The level rules: one macro at the top, meso under the macro or at the top, micro under a meso."""
    if level not in {lvl.value for lvl in GoalLevel}:
        raise ValidationFailed({"level": "unknown"})
    parent = None
    if parent_id is not None:
        parent = session.get(PlanGoal, parent_id)
        if parent is None or parent.deleted or parent.plan_id != plan.id:
            raise ValidationFailed({"parent_id": "unknown"})
    if level == GoalLevel.MACRO.value:
        if parent is not None:
            raise ValidationFailed({"parent_id": "macro_at_top"})
        others = [g for g in _live_goals(session, plan.id) if g.level == GoalLevel.MACRO.value and g.id != moving_id]
        if others:
            raise ValidationFailed({"level": "one_macro"})
    elif level == GoalLevel.MESO.value:
        if parent is not None and parent.level != GoalLevel.MACRO.value:
            raise ValidationFailed({"parent_id": "meso_under_macro"})
    elif parent is None or parent.level != GoalLevel.MESO.value:
        raise ValidationFailed({"parent_id": "micro_under_meso"})


def _siblings(session: Session, plan_id: str, parent_id: str | None) -> list[PlanGoal]:
    return [g for g in _live_goals(session, plan_id) if g.parent_id == parent_id]


def _descendants(goals: list[PlanGoal], goal_id: str) -> list[PlanGoal]:
    found, frontier = [], [goal_id]
    while frontier:
        parent = frontier.pop()
        for goal in goals:
            if goal.parent_id == parent:
                found.append(goal)
                frontier.append(goal.id)
    return found


def _top_order(goal: PlanGoal) -> tuple[int, int, str]:
    # The macro goal heads the plan whatever its stored position.
    return (0 if goal.level == GoalLevel.MACRO.value else 1, goal.position, goal.id)


class ServicePlanService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    # Reading

    def current(self, client_id: str) -> PlanView | None:
        """The latest plan version of the client's current episode, or None before the first plan."""
        with self._desk.session() as session:
            _get(session, client_id)
            episode = _open_episode(session, client_id)
            if episode is None:
                return None
            plan = session.scalars(
                select(ServicePlan)
                .where(ServicePlan.episode_id == episode.id, ServicePlan.deleted.is_(False))
                .order_by(ServicePlan.version.desc())
            ).first()
            return self._view(session, plan) if plan is not None else None

    def plan(self, plan_id: str) -> PlanView:
        with self._desk.session() as session:
            return self._view(session, _live_plan(session, plan_id))

    def versions(self, client_id: str) -> list[PlanVersionEntry]:
        """Every plan version of the client's current episode, newest first."""
        with self._desk.session() as session:
            _get(session, client_id)
            episode = _open_episode(session, client_id)
            if episode is None:
                return []
            plans = session.scalars(
                select(ServicePlan)
                .where(ServicePlan.episode_id == episode.id, ServicePlan.deleted.is_(False))
                .order_by(ServicePlan.version.desc())
            )
            return [PlanVersionEntry(id=p.id, version=p.version, created_at=p.created_at,
                                     client_signed_on=p.client_signed_on, worker_signed_on=p.worker_signed_on)
                    for p in plans]

    def provider_choices(self) -> list[tuple[str, str]]:
        """The directory's providers as (id, institution), for choosing who carries a goal or service."""
        with self._desk.session() as session:
            return [tuple(row) for row in session.execute(
                select(Provider.id, Provider.institution).where(Provider.deleted.is_(False))
                .order_by(Provider.institution))]

    def domains(self) -> list[tuple[str, str]]:
        """The life domains a meso goal may name, as (code, the team's label or "" for the built-in word)."""
        with self._desk.session() as session:
            settings = {s.code: s for s in session.scalars(
                select(LifeDomainSetting).where(LifeDomainSetting.deleted.is_(False))
                .order_by(LifeDomainSetting.position))}
        built_in = [(domain.value, settings[domain.value].label if domain.value in settings else "")
                    for domain in LifeDomain
                    if domain.value not in settings or not settings[domain.value].retired]
        own = [(code, setting.label or code) for code, setting in settings.items()
               if code not in {domain.value for domain in LifeDomain} and not setting.retired]
        return built_in + own

    def help_started(self, plan_id: str) -> dict[str, bool]:
        """Per goal lineage of the plan: whether a referral tied to that goal has started."""
        with self._desk.session() as session:
            plan = _live_plan(session, plan_id)
            lineages = {goal.lineage_id for goal in _live_goals(session, plan_id)}
            started = set(session.scalars(
                select(Referral.goal_lineage_id).where(
                    Referral.client_id == plan.client_id,
                    Referral.deleted.is_(False),
                    Referral.state == ReferralState.STARTED.value,
                    Referral.goal_lineage_id.in_(lineages),
                )
            ))
            return {lineage: lineage in started for lineage in lineages}

    def compare(self, old_plan_id: str, new_plan_id: str) -> PlanComparison:
        """What changed from one version to another, per goal lineage and in the plan's own fields."""
        with self._desk.session() as session:
            old, new = _live_plan(session, old_plan_id), _live_plan(session, new_plan_id)
            if old.episode_id != new.episode_id:
                raise ValidationFailed({"plan": "other_episode"})
            old_goals = {g.lineage_id: g for g in _live_goals(session, old.id)}
            new_goals = {g.lineage_id: g for g in _live_goals(session, new.id)}
            old_lineage_of = {g.id: g.lineage_id for g in old_goals.values()}
            new_lineage_of = {g.id: g.lineage_id for g in new_goals.values()}
            changes: list[GoalChange] = []
            for lineage, goal in new_goals.items():
                before = old_goals.get(lineage)
                if before is None:
                    changes.append(GoalChange(lineage, "added", goal.wording, goal.level))
                    continue
                changed = [name for name in ("level", *GOAL_FIELDS) if getattr(before, name) != getattr(goal, name)]
                if old_lineage_of.get(before.parent_id) != new_lineage_of.get(goal.parent_id):
                    changed.append("parent")
                if changed:
                    changes.append(GoalChange(lineage, "changed", goal.wording, goal.level, tuple(changed)))
            changes += [GoalChange(lineage, "removed", goal.wording, goal.level)
                        for lineage, goal in old_goals.items() if lineage not in new_goals]

            def service_rows(plan_id: str) -> list[tuple]:
                return [(s.description, s.provider_id, s.cost, s.payer, s.goal_lineage_id)
                        for s in _live_services(session, plan_id)]

            return PlanComparison(
                old_version=old.version,
                new_version=new.version,
                plan_fields=tuple(name for name in PLAN_FIELDS if getattr(old, name) != getattr(new, name)),
                goals=tuple(changes),
                services_changed=service_rows(old.id) != service_rows(new.id),
            )

    # The plan itself

    def create(self, client_id: str, today: date | None = None) -> str:
        """Version 1 of the plan for the client's open episode."""
        today = today or date.today()
        with self._desk.session() as session:
            _get(session, client_id)
            episode = _open_episode(session, client_id)
            if episode is None or episode.closed_on is not None:
                raise ValidationFailed({"episode": "none_open"})
            existing = session.scalar(select(func.count()).select_from(ServicePlan).where(
                ServicePlan.episode_id == episode.id, ServicePlan.deleted.is_(False)))
            if existing:
                raise ValidationFailed({"plan": "exists"})
            plan = ServicePlan(client_id=client_id, episode_id=episode.id, version=1,
                               worker_id=self._desk.identity.worker_id,
                               review_on=add_months(today, PLAN_REVIEW_MONTHS))
            session.add(plan)
            session.flush()
            return plan.id

    def save_plan_fields(self, plan_id: str, draft: PlanFieldsDraft) -> None:
        with self._desk.session() as session:
            plan = _unfrozen_plan(session, plan_id)
            plan.own_activities = draft.own_activities.strip()
            plan.network_support = draft.network_support.strip()
            plan.contact_dates = draft.contact_dates.strip()
            plan.review_on = draft.review_on

    def sign(self, plan_id: str, client_signed_on: date | None, worker_signed_on: date | None) -> None:
        """Record the signatures; with both dates the version is frozen."""
        if client_signed_on is None and worker_signed_on is None:
            raise ValidationFailed({"client_signed_on": "required", "worker_signed_on": "required"})
        with self._desk.session() as session:
            plan = _unfrozen_plan(session, plan_id)
            plan.client_signed_on = client_signed_on
            plan.worker_signed_on = worker_signed_on

    def new_version(self, plan_id: str, today: date | None = None) -> str:
        """Version n+1, unsigned, with copies of the goals (same lineage) and services; n stays as it was."""
        today = today or date.today()
        with self._desk.session() as session:
            old = _live_plan(session, plan_id)
            latest = session.scalar(select(func.max(ServicePlan.version)).where(
                ServicePlan.episode_id == old.episode_id, ServicePlan.deleted.is_(False)))
            if old.version != latest:
                raise ValidationFailed({"plan": "not_latest"})
            plan = ServicePlan(
                client_id=old.client_id, episode_id=old.episode_id, version=old.version + 1,
                previous_id=old.id, worker_id=self._desk.identity.worker_id,
                own_activities=old.own_activities, network_support=old.network_support,
                contact_dates=old.contact_dates, review_on=add_months(today, PLAN_REVIEW_MONTHS),
            )
            session.add(plan)
            session.flush()
            goals = _live_goals(session, old.id)
            new_ids = {goal.id: new_id() for goal in goals}
            for goal in goals:
                session.add(PlanGoal(
                    id=new_ids[goal.id], client_id=goal.client_id, plan_id=plan.id,
                    parent_id=new_ids.get(goal.parent_id) if goal.parent_id else None,
                    lineage_id=goal.lineage_id, level=goal.level, position=goal.position,
                    **{name: getattr(goal, name) for name in GOAL_FIELDS},
                ))
            for service in _live_services(session, old.id):
                session.add(PlanService(
                    client_id=service.client_id, plan_id=plan.id, goal_lineage_id=service.goal_lineage_id,
                    position=service.position, description=service.description,
                    provider_id=service.provider_id, cost=service.cost, payer=service.payer,
                ))
            return plan.id

    # Goals

    def add_goal(self, plan_id: str, level: str, parent_id: str | None, draft: GoalDraft) -> str:
        draft = _clean(draft)
        with self._desk.session() as session:
            plan = _unfrozen_plan(session, plan_id)
            _check_place(session, plan, level, parent_id)
            _check_draft(session, level, draft)
            siblings = _siblings(session, plan_id, parent_id)
            goal = PlanGoal(client_id=plan.client_id, plan_id=plan_id, parent_id=parent_id,
                            lineage_id=new_id(), level=level,
                            position=max((g.position for g in siblings), default=-1) + 1,
                            **{name: getattr(draft, name) for name in GOAL_FIELDS})
            session.add(goal)
            session.flush()
            return goal.id

    def update_goal(self, goal_id: str, draft: GoalDraft) -> None:
        """Save the goal; on a signed plan only the progress fields may differ from what was signed."""
        draft = _clean(draft)
        with self._desk.session() as session:
            goal, plan = _live_goal(session, goal_id)
            if _is_frozen(plan):
                if any(getattr(goal, name) != getattr(draft, name) for name in CONTENT_FIELDS):
                    raise PlanFrozen(plan.id)
                names = PROGRESS_FIELDS
            else:
                _check_draft(session, goal.level, draft)
                names = GOAL_FIELDS
            for name in names:
                setattr(goal, name, getattr(draft, name))

    def set_progress(self, goal_id: str, status: str, attainment: int | None, attainment_comment: str) -> None:
        """The progress fields alone: allowed on a signed plan (monitoring and evaluation)."""
        with self._desk.session() as session:
            goal, _plan = _live_goal(session, goal_id)
            goal.status = status
            goal.attainment = attainment
            goal.attainment_comment = attainment_comment.strip()

    def remove_goal(self, goal_id: str) -> None:
        """Tombstone the goal and its sub-goals."""
        with self._desk.session() as session:
            goal, plan = _live_goal(session, goal_id)
            if _is_frozen(plan):
                raise PlanFrozen(plan.id)
            for doomed in [goal, *_descendants(_live_goals(session, plan.id), goal.id)]:
                doomed.deleted = True

    def move_goal(self, goal_id: str, position: int) -> None:
        """Put the goal at ``position`` (0-based) among its siblings, renumbering them."""
        with self._desk.session() as session:
            goal, plan = _live_goal(session, goal_id)
            if _is_frozen(plan):
                raise PlanFrozen(plan.id)
            others = [g for g in _siblings(session, plan.id, goal.parent_id) if g.id != goal.id]
            position = max(0, min(position, len(others)))
            for index, sibling in enumerate([*others[:position], goal, *others[position:]]):
                if sibling.position != index:
                    sibling.position = index

    # Services

    def add_service(self, plan_id: str, draft: ServiceDraft) -> str:
        with self._desk.session() as session:
            plan = _unfrozen_plan(session, plan_id)
            self._check_service(session, draft)
            position = max((s.position for s in _live_services(session, plan_id)), default=-1) + 1
            service = PlanService(client_id=plan.client_id, plan_id=plan_id, position=position,
                                  **self._service_values(draft))
            session.add(service)
            session.flush()
            return service.id

    def update_service(self, service_id: str, draft: ServiceDraft) -> None:
        with self._desk.session() as session:
            service = self._live_service(session, service_id)
            _unfrozen_plan(session, service.plan_id)
            self._check_service(session, draft)
            for name, value in self._service_values(draft).items():
                setattr(service, name, value)

    def remove_service(self, service_id: str) -> None:
        with self._desk.session() as session:
            service = self._live_service(session, service_id)
            _unfrozen_plan(session, service.plan_id)
            service.deleted = True

    @staticmethod
    def _live_service(session: Session, service_id: str) -> PlanService:
        service = session.get(PlanService, service_id)
        if service is None or service.deleted:
            raise NotFound(service_id)
        return service

    @staticmethod
    def _check_service(session: Session, draft: ServiceDraft) -> None:
        problems: dict[str, str] = {}
        if not draft.description.strip():
            problems["description"] = "required"
        _check_provider(session, draft.provider_id, problems)
        if problems:
            raise ValidationFailed(problems)

    @staticmethod
    def _service_values(draft: ServiceDraft) -> dict:
        return {"description": draft.description.strip(), "provider_id": draft.provider_id,
                "cost": draft.cost.strip(), "payer": draft.payer.strip(),
                "goal_lineage_id": draft.goal_lineage_id}

    # Views

    @staticmethod
    def _view(session: Session, plan: ServicePlan) -> PlanView:
        goals = _live_goals(session, plan.id)
        services = _live_services(session, plan.id)
        provider_ids = {g.provider_id for g in goals} | {s.provider_id for s in services}
        provider_ids.discard(None)
        names = dict(session.execute(
            select(Provider.id, Provider.institution).where(Provider.id.in_(provider_ids))
        ).all()) if provider_ids else {}
        by_parent: dict[str | None, list[PlanGoal]] = {}
        live_ids = {g.id for g in goals}
        for goal in goals:
            # A sub-goal whose parent is gone (a tombstone arrived by sync) shows at the top, not lost.
            parent = goal.parent_id if goal.parent_id in live_ids else None
            by_parent.setdefault(parent, []).append(goal)

        def build(goal: PlanGoal) -> GoalView:
            draft = _draft_of(goal)
            return GoalView(
                id=goal.id, plan_id=goal.plan_id, lineage_id=goal.lineage_id, parent_id=goal.parent_id,
                level=goal.level, position=goal.position, draft=draft,
                provider_name=names.get(goal.provider_id, "") if goal.provider_id else "",
                smart_problems=smart_problems(draft),
                children=tuple(build(child) for child in by_parent.get(goal.id, [])),
            )

        return PlanView(
            id=plan.id, client_id=plan.client_id, episode_id=plan.episode_id, version=plan.version,
            previous_id=plan.previous_id, created_at=plan.created_at, worker_id=plan.worker_id,
            fields=PlanFieldsDraft(own_activities=plan.own_activities, network_support=plan.network_support,
                                   contact_dates=plan.contact_dates, review_on=plan.review_on),
            client_signed_on=plan.client_signed_on, worker_signed_on=plan.worker_signed_on,
            goals=tuple(build(goal) for goal in sorted(by_parent.get(None, []), key=_top_order)),
            services=tuple(
                ServiceView(id=s.id, position=s.position, description=s.description, provider_id=s.provider_id,
                            provider_name=names.get(s.provider_id, "") if s.provider_id else "",
                            cost=s.cost, payer=s.payer, goal_lineage_id=s.goal_lineage_id)
                for s in services
            ),
        )
