"""The service plan: goal tree and level rules, the SMART check, signing freezes (progress stays
editable), new versions keep history, comparing versions, and whether a goal's help started."""

from dataclasses import replace
from datetime import date

import pytest
from service_fixtures import add_client, desk  # noqa: F401 (fixture)

from casedesk.domain import GoalLevel, GoalStatus, LifeDomain, ReferralState, Responsible
from casedesk.models import PlanGoal, Provider, Referral
from casedesk.services.errors import ValidationFailed
from casedesk.services.plans import GoalDraft, PlanFieldsDraft, PlanFrozen, ServiceDraft, smart_problems

TODAY = date(2026, 3, 10)
MACRO, MESO, MICRO = GoalLevel.MACRO.value, GoalLevel.MESO.value, GoalLevel.MICRO.value


def smart_goal(wording: str, **fields) -> GoalDraft:
    complete = GoalDraft(wording=wording, indicator="tenancy signed", agreed_by_client=True,
                         realistic_note="flat offers exist", deadline=date(2026, 6, 30),
                         responsible=Responsible.CLIENT.value)
    return replace(complete, **fields)


@pytest.fixture
def plan_id(desk):  # noqa: F811
    return desk.plans.create(add_client(desk, first_name="Kim"), today=TODAY)


def problems_of(call) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as raised:
        call()
    return raised.value.problems


def test_create_makes_version_one_with_the_default_review_date(desk):  # noqa: F811
    client_id = add_client(desk, first_name="Kim")
    assert desk.plans.current(client_id) is None
    plan_id = desk.plans.create(client_id, today=date(2026, 8, 31))
    plan = desk.plans.current(client_id)
    assert (plan.id, plan.version, plan.frozen, plan.goals) == (plan_id, 1, False, ())
    assert plan.fields.review_on == date(2027, 2, 28)
    assert problems_of(lambda: desk.plans.create(client_id)) == {"plan": "exists"}


def test_goals_form_a_tree_macro_first_then_meso_with_micro_steps(desk, plan_id):  # noqa: F811
    meso = desk.plans.add_goal(plan_id, MESO, None, smart_goal("Own flat", domain=LifeDomain.HOUSING.value))
    macro = desk.plans.add_goal(plan_id, MACRO, None, smart_goal("Lives on his own"))
    second_meso = desk.plans.add_goal(plan_id, MESO, macro, smart_goal("Debts in order", domain="finances"))
    step_b = desk.plans.add_goal(plan_id, MICRO, meso, smart_goal("Visit the housing office"))
    step_a = desk.plans.add_goal(plan_id, MICRO, meso, smart_goal("Fill in the application"))
    desk.plans.move_goal(step_a, 0)

    plan = desk.plans.plan(plan_id)
    assert [goal.id for goal in plan.goals] == [macro, meso]
    assert [child.id for child in plan.goals[0].children] == [second_meso]
    assert [child.id for child in plan.goals[1].children] == [step_a, step_b]
    assert [goal.draft.wording for goal in plan.all_goals()] == [
        "Lives on his own", "Debts in order", "Own flat", "Fill in the application", "Visit the housing office"]


def test_level_rules(desk, plan_id):  # noqa: F811
    macro = desk.plans.add_goal(plan_id, MACRO, None, smart_goal("Lives on his own"))
    meso = desk.plans.add_goal(plan_id, MESO, macro, smart_goal("Own flat", domain="housing"))
    micro = desk.plans.add_goal(plan_id, MICRO, meso, smart_goal("Apply"))
    add = desk.plans.add_goal
    assert problems_of(lambda: add(plan_id, MACRO, None, smart_goal("Another"))) == {"level": "one_macro"}
    assert problems_of(lambda: add(plan_id, MESO, micro, smart_goal("x", domain="housing"))) == {
        "parent_id": "meso_under_macro"}
    assert problems_of(lambda: add(plan_id, MESO, None, smart_goal("x"))) == {"domain": "required"}
    assert problems_of(lambda: add(plan_id, MESO, None, smart_goal("x", domain="astrology"))) == {
        "domain": "unknown"}
    assert problems_of(lambda: add(plan_id, MICRO, None, smart_goal("x"))) == {"parent_id": "micro_under_meso"}
    assert problems_of(lambda: add(plan_id, MICRO, macro, smart_goal("x"))) == {"parent_id": "micro_under_meso"}
    assert problems_of(lambda: add(plan_id, "nano", None, smart_goal("x"))) == {"level": "unknown"}


def test_smart_check_names_the_missing_parts_without_refusing_the_save(desk, plan_id):  # noqa: F811
    assert smart_problems(smart_goal("Own flat")) == ()
    goal_id = desk.plans.add_goal(plan_id, MACRO, None, GoalDraft(wording="  "))
    (goal,) = desk.plans.plan(plan_id).goals
    assert goal.id == goal_id
    assert goal.smart_problems == ("specific", "measurable", "acceptable", "realistic", "time_bound")
    desk.plans.update_goal(goal_id, GoalDraft(wording="Lives on his own", agreed_by_client=True))
    assert desk.plans.plan(plan_id).goals[0].smart_problems == ("measurable", "realistic", "time_bound")


def test_remove_goal_tombstones_its_sub_goals(desk, plan_id):  # noqa: F811
    macro = desk.plans.add_goal(plan_id, MACRO, None, smart_goal("Lives on his own"))
    meso = desk.plans.add_goal(plan_id, MESO, macro, smart_goal("Own flat", domain="housing"))
    micro = desk.plans.add_goal(plan_id, MICRO, meso, smart_goal("Apply"))
    desk.plans.remove_goal(meso)
    assert [goal.id for goal in desk.plans.plan(plan_id).all_goals()] == [macro]
    with desk.session() as session:
        assert session.get(PlanGoal, micro).deleted and session.get(PlanGoal, meso).deleted


def test_signed_plan_is_frozen_but_progress_stays_editable(desk, plan_id):  # noqa: F811
    macro = desk.plans.add_goal(plan_id, MACRO, None, smart_goal("Lives on his own"))
    desk.plans.sign(plan_id, client_signed_on=TODAY, worker_signed_on=None)
    desk.plans.add_goal(plan_id, MESO, macro, smart_goal("Own flat", domain="housing"))  # one signature: open
    desk.plans.sign(plan_id, client_signed_on=TODAY, worker_signed_on=TODAY)
    plan = desk.plans.plan(plan_id)
    assert plan.frozen
    signed = plan.goals[0].draft

    with pytest.raises(PlanFrozen):
        desk.plans.update_goal(macro, replace(signed, wording="Something else"))
    for content_edit in (
        lambda: desk.plans.add_goal(plan_id, MESO, macro, smart_goal("Job", domain="work")),
        lambda: desk.plans.remove_goal(macro),
        lambda: desk.plans.move_goal(macro, 1),
        lambda: desk.plans.save_plan_fields(plan_id, PlanFieldsDraft(own_activities="x")),
        lambda: desk.plans.add_service(plan_id, ServiceDraft(description="Debt counselling")),
        lambda: desk.plans.sign(plan_id, TODAY, TODAY),
    ):
        with pytest.raises(PlanFrozen):
            content_edit()

    progress = replace(signed, status=GoalStatus.REACHED.value, attainment=1, attainment_comment="moved in")
    desk.plans.update_goal(macro, progress)
    desk.plans.set_progress(macro, GoalStatus.PARTLY_REACHED.value, 0, "")
    goal = desk.plans.plan(plan_id).goals[0]
    assert (goal.draft.status, goal.draft.attainment, goal.draft.wording) == ("partly_reached", 0, "Lives on his own")


def test_sign_needs_a_date(desk, plan_id):  # noqa: F811
    assert problems_of(lambda: desk.plans.sign(plan_id, None, None)) == {
        "client_signed_on": "required", "worker_signed_on": "required"}


def test_new_version_copies_everything_and_leaves_the_signed_version_untouched(desk, plan_id):  # noqa: F811
    provider_id = _provider(desk, "Schuldnerberatung Mitte")
    macro = desk.plans.add_goal(plan_id, MACRO, None, smart_goal("Lives on his own"))
    meso = desk.plans.add_goal(plan_id, MESO, macro, smart_goal("Debts in order", domain="finances"))
    desk.plans.add_goal(plan_id, MICRO, meso, smart_goal("Collect the letters"))
    lineage = desk.plans.plan(plan_id).goals[0].children[0].lineage_id
    desk.plans.add_service(plan_id, ServiceDraft(description="Debt counselling", provider_id=provider_id,
                                                 cost="0", payer="city", goal_lineage_id=lineage))
    desk.plans.save_plan_fields(plan_id, PlanFieldsDraft(own_activities="sorts letters",
                                                         network_support="sister helps", review_on=TODAY))
    desk.plans.sign(plan_id, TODAY, TODAY)
    signed_before = desk.plans.plan(plan_id)

    new_id = desk.plans.new_version(plan_id, today=date(2026, 4, 1))
    new = desk.plans.plan(new_id)
    assert (new.version, new.previous_id, new.frozen) == (2, plan_id, False)
    assert new.fields.network_support == "sister helps" and new.fields.review_on == date(2026, 10, 1)
    old_goals, new_goals = signed_before.all_goals(), new.all_goals()
    assert [g.lineage_id for g in new_goals] == [g.lineage_id for g in old_goals]
    assert not {g.id for g in new_goals} & {g.id for g in old_goals}
    assert new.goals[0].children[0].children[0].parent_id == new.goals[0].children[0].id
    (service,) = new.services
    assert (service.provider_name, service.goal_lineage_id) == ("Schuldnerberatung Mitte", lineage)

    new_meso = new.goals[0].children[0]
    desk.plans.update_goal(new_meso.id, replace(new_meso.draft, wording="Debts settled"))
    desk.plans.remove_goal(new.goals[0].children[0].children[0].id)
    assert desk.plans.plan(plan_id) == signed_before
    assert [v.version for v in desk.plans.versions(signed_before.client_id)] == [2, 1]
    assert desk.plans.current(signed_before.client_id).id == new_id
    assert problems_of(lambda: desk.plans.new_version(plan_id)) == {"plan": "not_latest"}


def test_compare_reports_per_goal_lineage(desk, plan_id):  # noqa: F811
    macro = desk.plans.add_goal(plan_id, MACRO, None, smart_goal("Lives on his own"))
    desk.plans.add_goal(plan_id, MESO, macro, smart_goal("Debts in order", domain="finances"))
    desk.plans.add_goal(plan_id, MESO, macro, smart_goal("Job", domain="work"))
    desk.plans.sign(plan_id, TODAY, TODAY)
    new_id = desk.plans.new_version(plan_id, today=TODAY)
    new = desk.plans.plan(new_id)
    debts, job = new.goals[0].children
    desk.plans.update_goal(debts.id, replace(debts.draft, wording="Debts settled",
                                                      deadline=date(2026, 12, 31)))
    desk.plans.remove_goal(job.id)
    added = desk.plans.add_goal(new_id, MESO, new.goals[0].id, smart_goal("Sees a doctor", domain="physical_health"))

    comparison = desk.plans.compare(plan_id, new_id)
    by_lineage = {change.lineage_id: change for change in comparison.goals}
    assert (comparison.old_version, comparison.new_version, comparison.plan_fields) == (1, 2, ())
    assert by_lineage[debts.lineage_id].change == "changed"
    assert by_lineage[debts.lineage_id].fields == ("wording", "deadline")
    assert by_lineage[job.lineage_id].change == "removed"
    added_lineage = desk.plans.plan(new_id).goals[0].children[-1].lineage_id
    assert desk.plans.plan(new_id).goals[0].children[-1].id == added
    assert by_lineage[added_lineage].change == "added"
    assert new.goals[0].lineage_id not in by_lineage


def test_help_started_per_goal_lineage(desk, plan_id):  # noqa: F811
    macro = desk.plans.add_goal(plan_id, MACRO, None, smart_goal("Lives on his own"))
    debts = desk.plans.add_goal(plan_id, MESO, macro, smart_goal("Debts in order", domain="finances"))
    job = desk.plans.add_goal(plan_id, MESO, macro, smart_goal("Job", domain="work"))
    plan = desk.plans.plan(plan_id)
    lineage = {goal.id: goal.lineage_id for goal in plan.all_goals()}
    with desk.session() as session:
        session.add(Referral(client_id=plan.client_id, goal_lineage_id=lineage[debts],
                             state=ReferralState.STARTED.value, state_on=TODAY))
        session.add(Referral(client_id=plan.client_id, goal_lineage_id=lineage[job],
                             state=ReferralState.CONTACTED.value, state_on=TODAY))
    assert desk.plans.help_started(plan_id) == {lineage[macro]: False, lineage[debts]: True, lineage[job]: False}
    # The lineage carries over: the next version still sees the started help.
    desk.plans.sign(plan_id, TODAY, TODAY)
    new_id = desk.plans.new_version(plan_id, today=TODAY)
    assert desk.plans.help_started(new_id)[lineage[debts]] is True


def test_services_with_provider_and_validation(desk, plan_id):  # noqa: F811
    provider_id = _provider(desk, "Wohnhilfe e.V.")
    first = desk.plans.add_service(plan_id, ServiceDraft(description=" Housing support ", provider_id=provider_id,
                                                         cost="120 EUR/month", payer="district"))
    second = desk.plans.add_service(plan_id, ServiceDraft(description="Food bank"))
    desk.plans.update_service(second, ServiceDraft(description="Food bank card", payer="self"))
    assert problems_of(lambda: desk.plans.add_service(plan_id, ServiceDraft(description=""))) == {
        "description": "required"}
    assert problems_of(lambda: desk.plans.add_service(plan_id, ServiceDraft(description="x", provider_id="nope"))) == {
        "provider_id": "unknown"}
    services = desk.plans.plan(plan_id).services
    assert [(s.id, s.description, s.provider_name, s.payer) for s in services] == [
        (first, "Housing support", "Wohnhilfe e.V.", "district"), (second, "Food bank card", "", "self")]
    desk.plans.remove_service(first)
    assert [s.id for s in desk.plans.plan(plan_id).services] == [second]


def _provider(desk, institution: str) -> str:  # noqa: F811
    with desk.session() as session:
        provider = Provider(institution=institution)
        session.add(provider)
        session.flush()
        return provider.id
