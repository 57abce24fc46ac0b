"""Case episodes: intake (clarification), phase moves with history and the phase the data suggests, re-assessment, re-opening, evaluation with goal attainment and closure.

Contract:
- A client has episodes; the current one is the open one, else the latest closed one (as
  ``clients.get`` shows its phase). A phase moves only with a reason, into the append-only phase
  history (``clients.set_phase``); moving a closed case opens a new episode (``reopen``).
- ``suggestion`` reads the data and names the phase it points to, with the evidence: an assessment
  started → assessment, a completed assessment → planning, a plan signed by both → linking, a referral started → monitoring. It only
  counts what happened since the case entered its current phase, so a re-assessment is not pushed
  straight back to monitoring by the old plan. The worker confirms; nothing moves by itself.
- Evaluation scores the goals of the episode's current plan version (−2 … +2 with a comment; the
  progress fields stay editable on a signed plan) and keeps the client's view; ``evaluation``
  gives the Kiresuk & Sherman T-score from ``services.goal_attainment``.
- Closing needs a reason from the list (``ClosureReason``) and may leave an after-care call task.
"""

from dataclasses import dataclass, fields
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casedesk.domain import (
    GOAL_ATTAINMENT_LEVELS,
    AccessRoute,
    ClosureReason,
    ConsentForm,
    Phase,
    ReferralState,
)
from casedesk.models import (
    Assessment,
    CaseEpisode,
    PhaseChange,
    PlanGoal,
    Referral,
    ReferralChange,
    ServicePlan,
    Task,
    Worker,
)
from casedesk.services.clients import _get, _open_episode
from casedesk.services.dto import PhaseHistoryEntry
from casedesk.services.errors import NotFound, ValidationFailed
from casedesk.services.goal_attainment import goal_attainment_t_score, scored_pairs
from casedesk.services.plans import GoalView

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

#: The phases in the order a case moves through them.
PHASE_ORDER = tuple(phase.value for phase in Phase)


@dataclass(frozen=True)
class IntakeDraft:
    access_route: str = ""
    #: Who referred the client, when the access route is "referred".
    referred_by: str = ""
    #: The method's screening questions: True yes, False no, None not asked yet.
    screening_several_domains: bool | None = None
    screening_several_helpers: bool | None = None
    screening_client_agrees: bool | None = None
    screening_appropriate: bool | None = None
    screening_note: str = ""
    intake_agreed_on: date | None = None
    intake_agreement: str = ""
    consent_recorded_on: date | None = None
    consent_form: str = ""


INTAKE_FIELDS = tuple(f.name for f in fields(IntakeDraft))


@dataclass(frozen=True)
class EpisodeView:
    id: str
    phase: str
    opened_on: date
    closed_on: date | None
    closure_code: str
    closure_reason: str
    intake: IntakeDraft
    evaluated_on: date | None
    evaluation_client_view: str
    #: This episode's phase changes, newest first.
    history: tuple[PhaseHistoryEntry, ...]

    @property
    def closed(self) -> bool:
        return self.closed_on is not None


@dataclass(frozen=True)
class PhaseSuggestion:
    phase: str
    #: What points there: ``assessment_started``, ``assessment_completed``, ``plan_signed`` or
    #: ``referral_started``.
    evidence: str
    evidence_on: date


@dataclass(frozen=True)
class GoalScore:
    goal_id: str
    #: −2 … +2, None for a goal not scored (it leaves the T-score out).
    attainment: int | None
    comment: str = ""


@dataclass(frozen=True)
class EvaluationDraft:
    evaluated_on: date
    client_view: str
    scores: tuple[GoalScore, ...] = ()


@dataclass(frozen=True)
class EvaluationView:
    episode_id: str
    evaluated_on: date | None
    client_view: str
    #: The goals of the episode's current plan version, depth first; empty before a plan.
    goals: tuple[GoalView, ...]
    #: None until a goal with a weight is scored.
    t_score: float | None


@dataclass(frozen=True)
class ClosureDraft:
    closure_code: str
    note: str = ""
    closed_on: date | None = None
    #: An after-care call task for the worker, due that day; None for none.
    aftercare_on: date | None = None
    #: The task's title in the worker's language (the UI words it).
    aftercare_title: str = ""


class EpisodeService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    # Reading

    def episodes(self, client_id: str) -> list[EpisodeView]:
        """Every episode of the client, the current one first, then the older by opening date."""
        with self._desk.session() as session:
            _get(session, client_id)
            episodes = session.scalars(
                select(CaseEpisode)
                .where(CaseEpisode.client_id == client_id, CaseEpisode.deleted.is_(False))
                .order_by(CaseEpisode.closed_on.is_not(None), CaseEpisode.opened_on.desc(), CaseEpisode.id)
            ).all()
            history: dict[str, list[PhaseHistoryEntry]] = {}
            for episode_id, phase, changed_at, reason, name in session.execute(
                    select(PhaseChange.episode_id, PhaseChange.phase, PhaseChange.changed_at, PhaseChange.reason,
                           Worker.name)
                    .outerjoin(Worker, Worker.id == PhaseChange.worker_id)
                    .where(PhaseChange.client_id == client_id, PhaseChange.deleted.is_(False))
                    .order_by(PhaseChange.changed_at.desc(), PhaseChange.hlc.desc())):
                history.setdefault(episode_id, []).append(PhaseHistoryEntry(phase, changed_at, reason or "", name or ""))
            return [_view(episode, history.get(episode.id, [])) for episode in episodes]

    def current(self, client_id: str) -> EpisodeView | None:
        return next(iter(self.episodes(client_id)), None)

    def suggestion(self, client_id: str) -> PhaseSuggestion | None:
        """The furthest phase the data of the open episode points to, when it lies ahead."""
        with self._desk.session() as session:
            _get(session, client_id)
            episode = _open_episode(session, client_id)
            if episode is None or episode.closed_on is not None:
                return None
            entered_on = session.scalar(
                select(func.max(PhaseChange.changed_at))
                .where(PhaseChange.episode_id == episode.id, PhaseChange.phase == episode.phase,
                       PhaseChange.deleted.is_(False)))
            since = entered_on.date() if entered_on else episode.opened_on
            evidence = [
                (Phase.ASSESSMENT, "assessment_started", session.scalar(
                    select(func.max(Assessment.started_on))
                    .where(Assessment.episode_id == episode.id, Assessment.deleted.is_(False),
                           Assessment.started_on >= since))),
                (Phase.PLANNING, "assessment_completed", session.scalar(
                    select(func.max(Assessment.completed_on))
                    .where(Assessment.episode_id == episode.id, Assessment.deleted.is_(False),
                           Assessment.completed_on >= since))),
                (Phase.LINKING, "plan_signed", _latest_signing(session, episode.id, since)),
                (Phase.MONITORING, "referral_started", session.scalar(
                    select(func.max(ReferralChange.changed_on))
                    .join(Referral, Referral.id == ReferralChange.referral_id)
                    .where(Referral.episode_id == episode.id, Referral.deleted.is_(False),
                           ReferralChange.deleted.is_(False), ReferralChange.state == ReferralState.STARTED.value,
                           ReferralChange.changed_on >= since))),
            ]
            current = PHASE_ORDER.index(episode.phase)
            for phase, code, on in reversed(evidence):
                if on is not None and PHASE_ORDER.index(phase.value) > current:
                    return PhaseSuggestion(phase.value, code, on)
            return None

    def evaluation(self, client_id: str) -> EvaluationView | None:
        """The evaluation of the current episode, or None for a client without an episode."""
        episode = self.current(client_id)
        if episode is None:
            return None
        plan = self._desk.plans.current(client_id)
        goals = tuple(plan.all_goals()) if plan is not None else ()
        return EvaluationView(episode.id, episode.evaluated_on, episode.evaluation_client_view, goals,
                              _t_score(goals))

    # Changing

    def save_intake(self, client_id: str, draft: IntakeDraft, today: date | None = None) -> None:
        """The clarification phase's record of the open episode (a first episode opens with it)."""
        draft = _checked_intake(draft, today or date.today())
        with self._desk.session() as session:
            client = _get(session, client_id)
            episode = _open_episode(session, client_id)
            if episode is None or episode.closed_on is not None:
                raise ValidationFailed({"episode": "none_open"})
            for name in INTAKE_FIELDS:
                if getattr(episode, name) != getattr(draft, name):
                    setattr(episode, name, getattr(draft, name))
            # The client's own consent fields say whether data may be processed at all.
            if draft.consent_recorded_on is not None:
                client.consent_data_processing = True
                client.consent_date = draft.consent_recorded_on

    def move(self, client_id: str, phase: str, reason: str) -> None:
        """A phase move of the open episode, with the worker's reason; closing goes through ``close``."""
        if phase not in PHASE_ORDER:
            raise ValidationFailed({"phase": "unknown"})
        if phase == Phase.CLOSED.value:
            raise ValidationFailed({"phase": "close_with_reason"})
        if not reason.strip():
            raise ValidationFailed({"reason": "required"})
        current = self.current(client_id)
        if current is not None and current.closed:
            raise ValidationFailed({"episode": "none_open"})
        self._desk.clients.set_phase(client_id, phase, reason)

    def reassess(self, client_id: str, reason: str, copy_from_previous: bool = True) -> str:
        """Back to assessment (after a relapse, say) with a new assessment; returns its id."""
        self.move(client_id, Phase.ASSESSMENT.value, reason)
        return self._desk.assessments.start(client_id, copy_from_previous=copy_from_previous)

    def reopen(self, client_id: str, reason: str) -> None:
        """A closed case taken on again: a new episode in clarification."""
        if not reason.strip():
            raise ValidationFailed({"reason": "required"})
        current = self.current(client_id)
        if current is not None and not current.closed:
            raise ValidationFailed({"episode": "still_open"})
        self._desk.clients.set_phase(client_id, Phase.CLARIFICATION.value, reason)

    def save_evaluation(self, client_id: str, draft: EvaluationDraft, today: date | None = None) -> None:
        """Goal attainment per goal and the client's view, on the open episode."""
        if draft.evaluated_on > (today or date.today()):
            raise ValidationFailed({"evaluated_on": "in_future"})
        problems = {f"attainment:{score.goal_id}": "out_of_range" for score in draft.scores
                    if score.attainment is not None and score.attainment not in GOAL_ATTAINMENT_LEVELS}
        if problems:
            raise ValidationFailed(problems)
        with self._desk.session() as session:
            _get(session, client_id)
            episode = _open_episode(session, client_id)
            if episode is None or episode.closed_on is not None:
                raise ValidationFailed({"episode": "none_open"})
            plan_ids = set(session.scalars(select(ServicePlan.id).where(ServicePlan.episode_id == episode.id)))
            for score in draft.scores:
                goal = session.get(PlanGoal, score.goal_id)
                if goal is None or goal.deleted or goal.plan_id not in plan_ids:
                    raise NotFound(score.goal_id)
                goal.attainment = score.attainment
                goal.attainment_comment = score.comment.strip()
            episode.evaluated_on = draft.evaluated_on
            episode.evaluation_client_view = draft.client_view.strip()

    def close(self, client_id: str, draft: ClosureDraft, today: date | None = None) -> str | None:
        """Close the open episode with a reason from the list; returns the after-care task's id."""
        today = today or date.today()
        closed_on = draft.closed_on or today
        problems = {}
        if draft.closure_code not in {reason.value for reason in ClosureReason}:
            problems["closure_code"] = "required" if not draft.closure_code else "unknown"
        if draft.closure_code == ClosureReason.OTHER.value and not draft.note.strip():
            problems["note"] = "required"
        if closed_on > today:
            problems["closed_on"] = "in_future"
        if draft.aftercare_on is not None and draft.aftercare_on < closed_on:
            problems["aftercare_on"] = "before_closure"
        if draft.aftercare_on is not None and not draft.aftercare_title.strip():
            problems["aftercare_title"] = "required"
        if problems:
            raise ValidationFailed(problems)
        me = self._desk.identity.worker_id
        with self._desk.session() as session:
            _get(session, client_id)
            episode = _open_episode(session, client_id)
            if episode is None or episode.closed_on is not None:
                raise ValidationFailed({"episode": "none_open"})
            if closed_on < episode.opened_on:
                raise ValidationFailed({"closed_on": "before_opening"})
            episode.phase = Phase.CLOSED.value
            episode.closed_on = closed_on
            episode.closure_code = draft.closure_code
            episode.closure_reason = draft.note.strip()
            session.add(PhaseChange(client_id=client_id, episode_id=episode.id, phase=Phase.CLOSED.value,
                                    worker_id=me, reason=draft.note.strip()))
            if draft.aftercare_on is None:
                return None
            task = Task(client_id=client_id, title=draft.aftercare_title.strip(),
                        due_at=datetime.combine(draft.aftercare_on, time.min), assignee_worker_id=me)
            session.add(task)
            session.flush()
            return task.id


def _checked_intake(draft: IntakeDraft, today: date) -> IntakeDraft:
    values = {name: getattr(draft, name) for name in INTAKE_FIELDS}
    for name, value in values.items():
        if isinstance(value, str):
            values[name] = value.strip()
    problems: dict[str, str] = {}
    if values["access_route"] and values["access_route"] not in {route.value for route in AccessRoute}:
        problems["access_route"] = "unknown"
    if values["access_route"] == AccessRoute.REFERRED.value and not values["referred_by"]:
        problems["referred_by"] = "required"
    if values["consent_form"] and values["consent_form"] not in {form.value for form in ConsentForm}:
        problems["consent_form"] = "unknown"
    # A consent is recorded with both its date and its form, or not at all.
    if values["consent_recorded_on"] is not None and not values["consent_form"]:
        problems["consent_form"] = "required"
    if values["consent_form"] and values["consent_recorded_on"] is None:
        problems["consent_recorded_on"] = "required"
    if values["intake_agreed_on"] is not None and not values["intake_agreement"]:
        problems["intake_agreement"] = "required"
    for name in ("intake_agreed_on", "consent_recorded_on"):
        if values[name] is not None and values[name] > today:
            problems[name] = "in_future"
    if problems:
        raise ValidationFailed(problems)
    return IntakeDraft(**values)


def _latest_signing(session: Session, episode_id: str, since: date) -> date | None:
    """When the latest plan version signed by both was signed (the later of the two signatures)."""
    signed_on = None
    for client_signed, worker_signed in session.execute(
            select(ServicePlan.client_signed_on, ServicePlan.worker_signed_on)
            .where(ServicePlan.episode_id == episode_id, ServicePlan.deleted.is_(False),
                   ServicePlan.client_signed_on.is_not(None), ServicePlan.worker_signed_on.is_not(None))):
        both = max(client_signed, worker_signed)
        if both >= since and (signed_on is None or both > signed_on):
            signed_on = both
    return signed_on


def _t_score(goals: tuple[GoalView, ...]) -> float | None:
    return goal_attainment_t_score(scored_pairs(goal.draft for goal in goals))


def _view(episode: CaseEpisode, history: list[PhaseHistoryEntry]) -> EpisodeView:
    return EpisodeView(
        id=episode.id, phase=episode.phase, opened_on=episode.opened_on, closed_on=episode.closed_on,
        closure_code=episode.closure_code or "", closure_reason=episode.closure_reason or "",
        intake=IntakeDraft(**{name: getattr(episode, name) for name in INTAKE_FIELDS}),
        evaluated_on=episode.evaluated_on, evaluation_client_view=episode.evaluation_client_view or "",
        history=tuple(history))

