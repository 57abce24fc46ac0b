"""Two laptops edit one synced service plan offline: different fields of a goal merge, the same
goal's wording edited on both sides stays a conflict with both wordings kept (free text)."""

from dataclasses import replace
from datetime import date

from casedesk.domain import GoalLevel
from casedesk.services.dto import ClientDraft
from casedesk.services.handover import HandoverService
from casedesk.services.plans import GoalDraft

TODAY = date(2026, 3, 10)


def _shared_plan(central_url, make_device):
    """Anna's client with Dora as deputy; a plan with a macro and a meso goal both desks hold."""
    anna = make_device(central_url, "Anna")
    dora = make_device(central_url, "Dora")
    client_id = anna.desk.clients.create(ClientDraft(first_name="Jens", alias="Kralle"))
    anna.sync.run()
    HandoverService(anna.desk).set_deputy(client_id, dora.credentials.worker_id)
    plan_id = anna.desk.plans.create(client_id, today=TODAY)
    macro = anna.desk.plans.add_goal(plan_id, GoalLevel.MACRO.value, None, GoalDraft(wording="Lebt selbständig"))
    meso = anna.desk.plans.add_goal(plan_id, GoalLevel.MESO.value, macro,
                                    GoalDraft(wording="Eigene Wohnung", domain="housing"))
    anna.sync.run()
    dora.sync.run()
    return anna, dora, client_id, meso


def _goal(desk, client_id, goal_id):
    return next(goal for goal in desk.plans.current(client_id).all_goals() if goal.id == goal_id)


def test_different_fields_of_one_goal_merge(sqlite_central_url, make_device):
    anna, dora, client_id, meso = _shared_plan(sqlite_central_url, make_device)
    assert _goal(dora.desk, client_id, meso).draft.wording == "Eigene Wohnung"
    anna.desk.plans.update_goal(meso, replace(_goal(anna.desk, client_id, meso).draft,
                                              indicator="Mietvertrag unterschrieben"))
    dora.desk.plans.update_goal(meso, replace(_goal(dora.desk, client_id, meso).draft,
                                              deadline=date(2026, 9, 30), agreed_by_client=True))

    anna.sync.run(), dora.sync.run(), anna.sync.run()

    for device in (anna, dora):
        merged = _goal(device.desk, client_id, meso).draft
        assert (merged.wording, merged.indicator, merged.deadline, merged.agreed_by_client) == (
            "Eigene Wohnung", "Mietvertrag unterschrieben", date(2026, 9, 30), True)
        assert device.sync.conflicts() == []


def test_the_same_wording_edited_on_both_laptops_is_kept_as_a_conflict(sqlite_central_url, make_device):
    anna, dora, client_id, meso = _shared_plan(sqlite_central_url, make_device)
    anna.desk.plans.update_goal(meso, replace(_goal(anna.desk, client_id, meso).draft,
                                              wording="Eigene Wohnung bis Herbst"))
    dora.desk.plans.update_goal(meso, replace(_goal(dora.desk, client_id, meso).draft,
                                              wording="Betreutes Wohnen", indicator="Platz zugesagt"))

    anna.sync.run()
    report = dora.sync.run()
    anna.sync.run()

    assert report.conflicts == 1
    [conflict] = dora.sync.conflicts()
    assert (conflict.table_name, conflict.field) == ("plan_goal", "wording")
    assert {conflict.mine, conflict.theirs} == {"Eigene Wohnung bis Herbst", "Betreutes Wohnen"}
    assert conflict.client_name == "Jens „Kralle“"
    # One wording is on both desks meanwhile, and the other field of Dora's edit merged.
    wordings = {_goal(device.desk, client_id, meso).draft.wording for device in (anna, dora)}
    assert len(wordings) == 1 and wordings <= {"Eigene Wohnung bis Herbst", "Betreutes Wohnen"}
    assert _goal(anna.desk, client_id, meso).draft.indicator == "Platz zugesagt"
    # The worker keeps the other wording: it replaces the winner everywhere.
    kept = ({"Eigene Wohnung bis Herbst", "Betreutes Wohnen"} - wordings).pop()
    dora.sync.resolve(conflict.id, "theirs" if conflict.theirs == kept else "mine")
    dora.sync.run(), anna.sync.run()
    for device in (anna, dora):
        assert _goal(device.desk, client_id, meso).draft.wording == kept
    assert dora.sync.conflicts() == []
