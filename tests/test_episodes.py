"""Case episodes: intake, phase moves with history, the phase the data suggests, re-assessment,
re-opening as a new episode, evaluation with the goal attainment T-score, and closure."""

from datetime import date, timedelta

import pytest
from service_fixtures import add_client, desk  # noqa: F401 (fixture)

from casedesk.domain import AccessRoute, ClosureReason, ConsentForm, GoalLevel, Phase, ReferralState
from casedesk.models import CaseEpisode
from casedesk.services.episodes import ClosureDraft, EvaluationDraft, GoalScore, IntakeDraft
from casedesk.services.errors import NotFound, ValidationFailed
from casedesk.services.plans import GoalDraft

TODAY = date.today()


def problems_of(call) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as raised:
        call()
    return raised.value.problems


@pytest.fixture
def client_id(desk):  # noqa: F811
    return add_client(desk, first_name="Kim", last_name="Kaiser")


def signed_plan_with_goals(desk, client_id: str, count: int) -> list[str]:  # noqa: F811
    plan_id = desk.plans.create(client_id)
    macro = desk.plans.add_goal(plan_id, GoalLevel.MACRO.value, None, GoalDraft(wording="Lives in a flat"))
    goal_ids = [desk.plans.add_goal(plan_id, GoalLevel.MESO.value, macro, GoalDraft(wording=f"Goal {n}",
                                                                                    domain="housing"))
                for n in range(count)]
    desk.plans.sign(plan_id, TODAY, TODAY)
    return goal_ids


def test_intake_is_saved_on_the_open_episode_and_records_the_clients_consent(desk, client_id):  # noqa: F811
    intake = IntakeDraft(access_route=AccessRoute.REFERRED.value, referred_by=" Jobcenter Mitte ",
                         screening_several_domains=True, screening_several_helpers=False,
                         screening_client_agrees=True, screening_appropriate=None, screening_note="debts, flat",
                         intake_agreed_on=TODAY, intake_agreement="Weekly meetings at the drop-in",
                         consent_recorded_on=TODAY, consent_form=ConsentForm.WRITTEN.value)
    desk.episodes.save_intake(client_id, intake)
    episode = desk.episodes.current(client_id)
    assert episode.intake.referred_by == "Jobcenter Mitte"
    assert episode.intake.screening_several_helpers is False and episode.intake.screening_appropriate is None
    assert episode.intake.consent_form == "written"
    details = desk.clients.get(client_id)
    assert details.draft.consent_data_processing is True and details.draft.consent_date == TODAY


@pytest.mark.parametrize(("intake", "expected"), [
    (IntakeDraft(access_route="by_bus"), {"access_route": "unknown"}),
    (IntakeDraft(access_route=AccessRoute.REFERRED.value), {"referred_by": "required"}),
    (IntakeDraft(consent_recorded_on=TODAY), {"consent_form": "required"}),
    (IntakeDraft(consent_form=ConsentForm.ORAL.value), {"consent_recorded_on": "required"}),
    (IntakeDraft(intake_agreed_on=TODAY), {"intake_agreement": "required"}),
    (IntakeDraft(intake_agreed_on=TODAY + timedelta(days=1), intake_agreement="x"), {"intake_agreed_on": "in_future"}),
])
def test_intake_refuses_what_the_method_does_not_allow(desk, client_id, intake, expected):  # noqa: F811
    assert problems_of(lambda: desk.episodes.save_intake(client_id, intake)) == expected
    assert desk.episodes.current(client_id).intake == IntakeDraft()


def test_a_move_needs_a_reason_and_closing_goes_through_close(desk, client_id):  # noqa: F811
    assert problems_of(lambda: desk.episodes.move(client_id, Phase.ASSESSMENT.value, "  ")) == {"reason": "required"}
    assert problems_of(lambda: desk.episodes.move(client_id, Phase.CLOSED.value, "done")) == {
        "phase": "close_with_reason"}
    desk.episodes.move(client_id, Phase.ASSESSMENT.value, "agreed at intake")
    [entry, first] = desk.episodes.current(client_id).history
    assert (entry.phase, entry.reason, entry.worker_name) == ("assessment", "agreed at intake", "Anna Test")
    assert first.phase == "clarification"


def test_the_data_suggests_the_next_phase_and_only_forward(desk, client_id):  # noqa: F811
    assert desk.episodes.suggestion(client_id) is None
    assessment_id = desk.assessments.start(client_id)
    assert desk.episodes.suggestion(client_id).evidence == "assessment_started"
    desk.assessments.complete(assessment_id, TODAY)
    suggestion = desk.episodes.suggestion(client_id)
    assert (suggestion.phase, suggestion.evidence, suggestion.evidence_on) == ("planning", "assessment_completed", TODAY)
    signed_plan_with_goals(desk, client_id, 1)
    assert desk.episodes.suggestion(client_id).phase == "linking"
    referral_id = desk.referrals.create(client_id, person="Dr. Sommer", service="GP", release_override_reason="asked by phone")
    for state in (ReferralState.CONTACTED, ReferralState.ACCEPTED, ReferralState.STARTED):
        desk.referrals.move(referral_id, state.value, TODAY)
    assert desk.episodes.suggestion(client_id).evidence == "referral_started"
    desk.episodes.move(client_id, Phase.MONITORING.value, "help started")
    assert desk.episodes.suggestion(client_id) is None  # nothing lies ahead of where the case is


def test_a_reassessment_is_not_pushed_back_by_the_old_plan(desk, client_id):  # noqa: F811
    earlier = TODAY - timedelta(days=30)
    plan_id = desk.plans.create(client_id)
    desk.plans.sign(plan_id, earlier, earlier)
    desk.episodes.move(client_id, Phase.MONITORING.value, "plan running")
    assessment_id = desk.episodes.reassess(client_id, "relapse after three months")
    assert desk.clients.get(client_id).phase == "assessment"
    assert desk.assessments.assessment(assessment_id).completed_on is None
    assert desk.episodes.suggestion(client_id) is None  # the plan was signed before the re-assessment
    desk.assessments.complete(assessment_id, TODAY)
    assert desk.episodes.suggestion(client_id).phase == "planning"


def test_evaluation_scores_goals_and_gives_the_t_score(desk, client_id):  # noqa: F811
    goal_ids = signed_plan_with_goals(desk, client_id, 3)
    desk.episodes.save_evaluation(client_id, EvaluationDraft(
        TODAY, " It helped me ", tuple(GoalScore(goal_id, 1, "better than expected") for goal_id in goal_ids)))
    evaluation = desk.episodes.evaluation(client_id)
    assert evaluation.client_view == "It helped me" and evaluation.evaluated_on == TODAY
    assert round(evaluation.t_score, 1) == 63.7  # Kiresuk & Sherman: three goals of weight 1 at +1
    scored = [goal for goal in evaluation.goals if goal.id in goal_ids]
    assert {goal.draft.attainment_comment for goal in scored} == {"better than expected"}


def test_evaluation_refuses_a_score_off_the_scale_and_a_goal_of_another_client(desk, client_id):  # noqa: F811
    [goal_id] = signed_plan_with_goals(desk, client_id, 1)
    assert problems_of(lambda: desk.episodes.save_evaluation(client_id, EvaluationDraft(
        TODAY, "", (GoalScore(goal_id, 3),)))) == {f"attainment:{goal_id}": "out_of_range"}
    other = add_client(desk, first_name="Other")
    with pytest.raises(NotFound):
        desk.episodes.save_evaluation(other, EvaluationDraft(TODAY, "", (GoalScore(goal_id, 1),)))
    assert desk.episodes.evaluation(client_id).t_score is None


def test_close_needs_a_reason_from_the_list_and_leaves_an_aftercare_task(desk, client_id):  # noqa: F811
    assert problems_of(lambda: desk.episodes.close(client_id, ClosureDraft(""))) == {"closure_code": "required"}
    assert problems_of(lambda: desk.episodes.close(client_id, ClosureDraft(ClosureReason.OTHER.value))) == {
        "note": "required"}
    assert problems_of(lambda: desk.episodes.close(client_id, ClosureDraft(
        ClosureReason.MOVED.value, aftercare_on=TODAY - timedelta(days=1), aftercare_title="Call"))) == {
        "aftercare_on": "before_closure"}
    task_id = desk.episodes.close(client_id, ClosureDraft(
        ClosureReason.GOALS_REACHED.value, "all goals reached", aftercare_on=TODAY + timedelta(days=28),
        aftercare_title="After-care call"))
    episode = desk.episodes.current(client_id)
    assert (episode.phase, episode.closed_on, episode.closure_code) == ("closed", TODAY, "goals_reached")
    assert episode.history[0].reason == "all goals reached"
    [task] = desk.tasks.for_client(client_id)
    assert (task.id, task.title, task.due_at.date()) == (task_id, "After-care call", TODAY + timedelta(days=28))
    assert problems_of(lambda: desk.episodes.close(client_id, ClosureDraft(ClosureReason.MOVED.value))) == {
        "episode": "none_open"}


def test_a_closed_case_reopens_as_a_new_episode_and_the_old_one_stays(desk, client_id):  # noqa: F811
    assert problems_of(lambda: desk.episodes.reopen(client_id, "back again")) == {"episode": "still_open"}
    desk.episodes.close(client_id, ClosureDraft(ClosureReason.CONTACT_LOST.value))
    assert problems_of(lambda: desk.episodes.move(client_id, Phase.ASSESSMENT.value, "x")) == {
        "episode": "none_open"}
    assert problems_of(lambda: desk.episodes.reopen(client_id, "")) == {"reason": "required"}
    desk.episodes.reopen(client_id, "came back to the drop-in")
    current, older = desk.episodes.episodes(client_id)
    assert (current.phase, current.closed_on) == ("clarification", None)
    assert [entry.reason for entry in current.history] == ["came back to the drop-in"]
    assert (older.phase, older.closure_code) == ("closed", "contact_lost")
    with desk.session() as session:
        assert session.query(CaseEpisode).filter_by(client_id=client_id).count() == 2
