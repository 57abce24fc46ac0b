"""The helper directory and referrals: CRUD, every state transition, history, the release check."""

from datetime import date

import pytest
from service_fixtures import add_client, casedesk_home, desk, desk_path  # noqa: F401

from casedesk.domain import FAILED_REFERRAL_STATES, ReferralState, Role
from casedesk.models import CaseEpisode, PlanGoal, ReferralChange, ServicePlan
from casedesk.models.registry import SYNCED_ENTITIES
from casedesk.services.errors import NotFound, ReleaseMissing, ValidationFailed
from casedesk.services.providers import ProviderDraft
from casedesk.services.referrals import FINAL_REFERRAL_STATES, allowed_next_states

ON = date(2025, 3, 3)


@pytest.fixture
def client_id(desk):  # noqa: F811
    client = add_client(desk, first_name="Jonas", last_name="Berg")
    desk.clients.add_release(client, "Suchtberatung Nord", date(2025, 1, 1), None)
    return client


@pytest.fixture
def provider_id(desk):  # noqa: F811
    return desk.providers.create(ProviderDraft("Suchtberatung Nord", "Addiction counselling", "Frau Roth",
                                               "+49 30 1234567"))


def _referral(desk, client_id, provider_id, **kwargs):  # noqa: F811
    return desk.referrals.create(client_id, provider_id, service="Counselling", on=ON, **kwargs)


# --- providers ------------------------------------------------------------------------------
def test_provider_crud_and_search(desk, provider_id):  # noqa: F811
    other = desk.providers.create(ProviderDraft(" Herberg Øst ", "Shelter", "Søren Lund"))
    assert desk.providers.get(other).institution == "Herberg Øst"
    assert [e.id for e in desk.providers.search("SUCHT")] == [provider_id]
    assert [e.id for e in desk.providers.search("shelter")] == [other]
    assert [e.id for e in desk.providers.search("søren")] == [other]
    assert [e.id for e in desk.providers.search("ø")] == [other]
    assert [e.institution for e in desk.providers.search("")] == ["Herberg Øst", "Suchtberatung Nord"]

    desk.providers.update(other, ProviderDraft("Herberg Øst", "Night shelter", "Søren Lund", "", "Vej 1",
                                               "18-08", "Dogs welcome"))
    entry = desk.providers.get(other)
    assert (entry.draft.service_type, entry.draft.address, entry.draft.notes) == ("Night shelter", "Vej 1",
                                                                                 "Dogs welcome")
    desk.providers.retire(other)
    assert [e.id for e in desk.providers.search("")] == [provider_id]
    assert desk.providers.get(other).retired
    with pytest.raises(NotFound):
        desk.providers.update(other, ProviderDraft("Herberg Øst"))


@pytest.mark.parametrize(("draft", "problems"), [
    (ProviderDraft("  "), {"institution": "required"}),
    (ProviderDraft("X", phone="call me"), {"phone": "invalid_phone"}),
    (ProviderDraft("X", phone="12"), {"phone": "invalid_phone"}),
    (ProviderDraft("X", phone="1" * 21), {"phone": "invalid_phone"}),
    (ProviderDraft("X" * 301), {"institution": "too_long"}),
])
def test_provider_validation(desk, draft, problems):  # noqa: F811
    with pytest.raises(ValidationFailed) as refused:
        desk.providers.create(draft)
    assert refused.value.problems == problems


def test_every_role_writes_the_directory_and_a_caseworker_desk_can(desk):  # noqa: F811
    provider = next(e for e in SYNCED_ENTITIES if e.table_name == "provider")
    assert provider.writers == frozenset(Role)
    assert desk.identity.role == Role.CASEWORKER.value
    assert desk.providers.create(ProviderDraft("Jobcenter Mitte", phone="030 / 555-01 (12)"))


def test_retired_provider_keeps_its_name_on_referrals(desk, client_id, provider_id):  # noqa: F811
    _referral(desk, client_id, provider_id)
    desk.providers.retire(provider_id)
    assert desk.referrals.for_client(client_id)[0].to_whom == "Suchtberatung Nord"
    with pytest.raises(NotFound):
        _referral(desk, client_id, provider_id)


# --- transitions ----------------------------------------------------------------------------
def test_the_forward_path_appends_history(desk, client_id, provider_id):  # noqa: F811
    referral = _referral(desk, client_id, provider_id, follow_up_on=date(2025, 3, 10))
    desk.referrals.move(referral, "contacted", on=date(2025, 3, 4), note="Called Frau Roth")
    desk.referrals.move(referral, "accepted", on=date(2025, 3, 6), follow_up_on=date(2025, 3, 20))
    desk.referrals.move(referral, "started", on=date(2025, 3, 20), note="First session")
    entry = desk.referrals.get(referral)
    assert (entry.state, entry.state_on, entry.follow_up_on) == ("started", date(2025, 3, 20), date(2025, 3, 20))
    assert [(h.state, h.changed_on, h.note) for h in entry.history] == [
        ("prepared", ON, ""), ("contacted", date(2025, 3, 4), "Called Frau Roth"),
        ("accepted", date(2025, 3, 6), ""), ("started", date(2025, 3, 20), "First session")]
    assert {h.worker_name for h in entry.history} == {"Anna Test"}
    with desk.session() as session:
        assert session.query(ReferralChange).filter_by(referral_id=referral).count() == 4


def _walk_to(desk, referral, state):  # noqa: F811
    path = [ReferralState.CONTACTED, ReferralState.ACCEPTED, ReferralState.STARTED]
    for step in path[:path.index(state) + 1] if state in path else []:
        desk.referrals.move(referral, step, on=ON)


@pytest.mark.parametrize("start", [ReferralState.PREPARED, ReferralState.CONTACTED, ReferralState.ACCEPTED,
                                   ReferralState.STARTED])
@pytest.mark.parametrize("target", list(ReferralState))
def test_every_transition_is_allowed_or_refused(desk, client_id, provider_id, start, target):  # noqa: F811
    referral = _referral(desk, client_id, provider_id)
    _walk_to(desk, referral, start)
    forward = {ReferralState.PREPARED: ReferralState.CONTACTED, ReferralState.CONTACTED: ReferralState.ACCEPTED,
               ReferralState.ACCEPTED: ReferralState.STARTED}
    allowed = start is not ReferralState.STARTED and (target is forward.get(start) or target in FAILED_REFERRAL_STATES)
    assert (target in allowed_next_states(start)) == allowed
    move = lambda: desk.referrals.move(referral, target, on=ON, decline_reason="Full",
                                       alternative="Waiting list elsewhere")
    if allowed:
        move()
        assert desk.referrals.get(referral).state == target
    else:
        with pytest.raises(ValidationFailed) as refused:
            move()
        assert refused.value.problems == {"state": "not_allowed"}
        assert desk.referrals.get(referral).state == start


@pytest.mark.parametrize("failed", sorted(FAILED_REFERRAL_STATES))
def test_a_failed_state_is_final(desk, client_id, provider_id, failed):  # noqa: F811
    referral = _referral(desk, client_id, provider_id)
    desk.referrals.move(referral, failed, on=ON, decline_reason="Full", alternative="Other service")
    assert failed in FINAL_REFERRAL_STATES and allowed_next_states(failed) == []
    for target in ReferralState:
        with pytest.raises(ValidationFailed):
            desk.referrals.move(referral, target, on=ON, decline_reason="x", alternative="y")


def test_failed_states_ask_for_reason_and_alternative(desk, client_id, provider_id):  # noqa: F811
    referral = _referral(desk, client_id, provider_id)
    with pytest.raises(ValidationFailed) as refused:
        desk.referrals.move(referral, "declined_by_provider", on=ON)
    assert refused.value.problems == {"decline_reason": "required", "alternative": "required"}
    with pytest.raises(ValidationFailed) as refused:
        desk.referrals.move(referral, "withdrawn", on=ON, alternative="  ")
    assert refused.value.problems == {"alternative": "required"}
    desk.referrals.move(referral, "declined_by_provider", on=ON, decline_reason="No places until May",
                        alternative="Ask the Caritas counselling")
    entry = desk.referrals.get(referral)
    assert (entry.decline_reason, entry.alternative) == ("No places until May", "Ask the Caritas counselling")


def test_dates_and_unknown_states_are_checked(desk, client_id, provider_id):  # noqa: F811
    referral = _referral(desk, client_id, provider_id)
    with pytest.raises(ValidationFailed) as refused:
        desk.referrals.move(referral, "contacted", on=date(2025, 3, 1), follow_up_on=date(2025, 2, 1))
    assert refused.value.problems == {"on": "before_last_change", "follow_up_on": "before_change"}
    with pytest.raises(ValidationFailed) as refused:
        desk.referrals.move(referral, "lost", on=ON)
    assert refused.value.problems == {"state": "unknown"}
    with pytest.raises(NotFound):
        desk.referrals.move("no-such-referral", "contacted", on=ON)
    assert len(desk.referrals.get(referral).history) == 1


def test_create_is_validated(desk, client_id, provider_id):  # noqa: F811
    with pytest.raises(ValidationFailed) as refused:
        desk.referrals.create(client_id, provider_id, person="Herr Kim", service=" ", on=ON)
    assert refused.value.problems == {"provider": "provider_or_person", "service": "required"}
    with pytest.raises(ValidationFailed) as refused:
        desk.referrals.create(client_id, None, service="Help", on=ON, follow_up_on=date(2025, 1, 1))
    assert refused.value.problems == {"provider": "provider_or_person", "follow_up_on": "before_referral"}


# --- release of confidentiality -------------------------------------------------------------
def test_release_is_required_or_overridden_with_a_reason(desk, client_id):  # noqa: F811
    elsewhere = desk.providers.create(ProviderDraft("Jobcenter Mitte"))
    with pytest.raises(ReleaseMissing) as missing:
        desk.referrals.create(client_id, elsewhere, service="Job search", on=ON)
    assert missing.value.helper == "Jobcenter Mitte"
    assert desk.referrals.for_client(client_id) == []
    referral = desk.referrals.create(client_id, elsewhere, service="Job search", on=ON,
                                     release_override_reason="  Client agreed on the phone; form follows ")
    assert desk.referrals.get(referral).release_override_reason == "Client agreed on the phone; form follows"


def test_release_matches_case_insensitively_person_too_and_only_while_valid(desk, client_id):  # noqa: F811
    desk.clients.add_release(client_id, "dr. mia weber", date(2025, 1, 1), date(2025, 2, 28))
    shouting = desk.providers.create(ProviderDraft("SUCHTBERATUNG NORD"))
    assert desk.referrals.create(client_id, shouting, service="Counselling", on=ON)
    assert desk.referrals.create(client_id, None, person="Dr. Mia Weber", service="GP", on=date(2025, 2, 28))
    with pytest.raises(ReleaseMissing):  # expired the day before
        desk.referrals.create(client_id, None, person="Dr. Mia Weber", service="GP", on=date(2025, 3, 1))
    with pytest.raises(ReleaseMissing):  # not granted yet
        desk.referrals.create(client_id, shouting, service="Counselling", on=date(2024, 12, 31))
    assert not desk.referrals.has_release(client_id, "Suchtberatung", ON)


# --- follow-ups and goals -------------------------------------------------------------------
def test_follow_ups_due(desk, client_id, provider_id):  # noqa: F811
    due = _referral(desk, client_id, provider_id, follow_up_on=date(2025, 3, 10))
    on_the_day = _referral(desk, client_id, provider_id, follow_up_on=date(2025, 3, 12))
    _referral(desk, client_id, provider_id, follow_up_on=date(2025, 3, 13))
    _referral(desk, client_id, provider_id)
    started = _referral(desk, client_id, provider_id, follow_up_on=date(2025, 3, 5))
    _walk_to(desk, started, ReferralState.STARTED)
    failed = _referral(desk, client_id, provider_id, follow_up_on=date(2025, 3, 5))
    desk.referrals.move(failed, "declined_by_client", on=ON, alternative="Talk again next week")
    assert [e.id for e in desk.referrals.follow_ups_due(date(2025, 3, 12))] == [due, on_the_day]
    desk.referrals.move(due, "contacted", on=date(2025, 3, 11), follow_up_on=date(2025, 3, 20))
    assert [e.id for e in desk.referrals.follow_ups_due(date(2025, 3, 12))] == [on_the_day]


def test_tied_goal_shows_its_latest_wording(desk, client_id, provider_id):  # noqa: F811
    with desk.session() as session:
        episode = session.query(CaseEpisode).filter_by(client_id=client_id).one()
        first = ServicePlan(client_id=client_id, episode_id=episode.id, version=1)
        second = ServicePlan(client_id=client_id, episode_id=episode.id, version=2)
        session.add_all([first, second])
        session.flush()
        session.add_all([
            PlanGoal(client_id=client_id, plan_id=first.id, lineage_id="goal-1", level="meso", wording="Stop drinking"),
            PlanGoal(client_id=client_id, plan_id=second.id, lineage_id="goal-1", level="meso",
                     wording="Drink less than twice a week"),
            PlanGoal(client_id=client_id, plan_id=second.id, lineage_id="goal-0", level="macro",
                     wording="A stable life"),
        ])
    assert [(g.lineage_id, g.wording) for g in desk.referrals.goals_to_tie(client_id)] == [
        ("goal-0", "A stable life"), ("goal-1", "Drink less than twice a week")]
    referral = _referral(desk, client_id, provider_id, goal_lineage_id="goal-1")
    assert desk.referrals.get(referral).goal_wording == "Drink less than twice a week"
    assert desk.referrals.get(_referral(desk, client_id, provider_id)).goal_wording == ""
