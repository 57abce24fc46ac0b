"""The method's instruments and the relapse protocol: every score against its rule, history kept,
the team's item wording, and the relapse protocol writing its tasks exactly once."""

from dataclasses import replace
from datetime import date, timedelta

import pytest
from service_fixtures import add_client, desk  # noqa: F401 (fixture)

from casedesk.domain import InstrumentKind, Role
from casedesk.models import Client
from casedesk.services.cards import CardDraft, SituationDraft
from casedesk.services.dto import ContactDraft
from casedesk.services.errors import TeamSettingRestricted, ValidationFailed
from casedesk.services.instrument_items import SELF_EFFICACY_ITEMS
from casedesk.services.instruments import DecisionalBalance, Reason, dependence, self_efficacy_score

TODAY = date.today()


@pytest.mark.parametrize(("answers", "score"), [
    ([4] * 10, 40),
    ([1] * 10, 10),
    ([3, 3, 2, 4, 3, 3, 2, 3, 3, 4], 30),
    ([4, None, 4, 4, 4, 4, 4, 4, 4, 4], 40),  # one missing: counted as the mean of the others
    ([2, None, None, None, 3, 3, 3, 3, 3, 3], 29),  # three missing: 20 / 7 · 10 = 28.6 → 29
    ([2, None, None, None, None, 3, 3, 3, 3, 3], None),  # four missing: no score
    ([None] * 10, None),
])
def test_self_efficacy_is_scored_only_with_at_most_three_items_missing(answers, score):
    assert self_efficacy_score(answers) == score


def test_self_efficacy_refuses_answers_off_the_scale():
    with pytest.raises(ValueError):
        self_efficacy_score([5] + [3] * 9)
    with pytest.raises(ValueError):
        self_efficacy_score([3] * 9)


@pytest.mark.parametrize(("criteria", "icd10", "groups", "icd11"), [
    (set(), False, set(), False),
    ({"craving", "loss_of_control"}, False, {"impaired_control"}, False),
    ({"craving", "tolerance"}, False, {"impaired_control", "physiological_features"}, True),
    ({"craving", "loss_of_control", "withdrawal"}, True, {"impaired_control", "physiological_features"}, True),
    ({"craving", "loss_of_control", "neglect_of_interests"}, True, {"impaired_control", "priority_of_use"}, True),
    ({"withdrawal", "tolerance", "use_despite_harm", "neglect_of_interests"}, True,
     {"physiological_features", "priority_of_use"}, True),
])
def test_dependence_by_icd10_three_of_six_and_icd11_two_of_three_groups(criteria, icd10, groups, icd11):
    result = dependence(criteria)
    assert (result.icd10_dependent, set(result.icd11_groups), result.icd11_dependent) == (icd10, groups, icd11)


def test_records_are_kept_as_history_with_the_contacts_stages(desk):  # noqa: F811
    client_id = add_client(desk, first_name="Kim")
    contact_id = desk.contacts.record(ContactDraft(client_id=client_id, type="counselling",
                                                   motivational_stage="precontemplation"))
    desk.instruments.record_stage(client_id, "contemplation", TODAY - timedelta(days=3))
    desk.instruments.record_self_efficacy(client_id, TODAY, [3] * 10)
    desk.instruments.record_dependence(client_id, TODAY, "Alkohol", {"craving", "withdrawal", "tolerance"})
    desk.instruments.record_decisional_balance(client_id, TODAY, DecisionalBalance(
        change_pros=(Reason("mehr Geld", 3),), stay_pros=(Reason("Freunde trinken auch", 2),)))
    history = desk.instruments.history(client_id)
    kinds = [entry.kind for entry in history]
    assert kinds.count("stage") == 2 and {"self_efficacy", "dependence", "decisional_balance"} <= set(kinds)
    stages = desk.instruments.history(client_id, InstrumentKind.STAGE.value)
    assert [(entry.stage, entry.from_contact) for entry in stages] == [
        ("precontemplation", True), ("contemplation", False)]
    assert stages[0].id == contact_id
    efficacy, = desk.instruments.history(client_id, InstrumentKind.SELF_EFFICACY.value)
    assert (efficacy.score, efficacy.answers) == (30, (3,) * 10)
    dependent, = desk.instruments.history(client_id, InstrumentKind.DEPENDENCE.value)
    assert (dependent.substance, dependent.score, set(dependent.answers)) == (
        "Alkohol", 3, {"craving", "tolerance", "withdrawal"})
    balance, = desk.instruments.history(client_id, InstrumentKind.DECISIONAL_BALANCE.value)
    assert balance.balance.change_pros == (Reason("mehr Geld", 3),)
    assert balance.balance.weight_for_change() == 1


def test_instrument_input_is_checked(desk):  # noqa: F811
    client_id = add_client(desk, first_name="Kim")

    def problems(call):
        with pytest.raises(ValidationFailed) as raised:
            call()
        return raised.value.problems

    assert problems(lambda: desk.instruments.record_stage(client_id, "enlightenment", TODAY)) == {"stage": "unknown"}
    assert problems(lambda: desk.instruments.record_stage(client_id, "action", TODAY + timedelta(days=1))) == {
        "recorded_on": "in_future"}
    assert problems(lambda: desk.instruments.record_self_efficacy(client_id, TODAY, [7] * 10)) == {
        "answers": "out_of_range"}
    assert problems(lambda: desk.instruments.record_dependence(client_id, TODAY, " ", {"craving"})) == {
        "substance": "required"}
    assert problems(lambda: desk.instruments.record_decisional_balance(client_id, TODAY, DecisionalBalance())) == {
        "change_pros": "required"}
    assert desk.instruments.history(client_id) == []


def test_the_relapse_protocol_writes_its_tasks_once_and_flags_the_card(desk):  # noqa: F811
    client_id = add_client(desk, first_name="Kim")
    on = TODAY - timedelta(days=2)  # entered late, with the true date
    first = desk.instruments.record_relapse(client_id, on, "Re-assess after the relapse", "Contact after the relapse")
    again = desk.instruments.record_relapse(client_id, on, "Re-assess after the relapse", "Contact after the relapse")
    assert first.new and not again.new and again.stage_record_id == first.stage_record_id
    tasks = desk.tasks.for_client(client_id)
    assert sorted(task.title for task in tasks) == ["Contact after the relapse", "Re-assess after the relapse"]
    contact_task = next(task for task in tasks if task.title.startswith("Contact"))
    assert contact_task.due_at.date() <= TODAY + timedelta(days=2)
    [stage] = desk.instruments.history(client_id, InstrumentKind.STAGE.value)
    assert (stage.stage, stage.recorded_on) == ("relapse", on)
    with desk.session() as session:
        assert session.get(Client, client_id).card_review_since == on
    assert desk.clients.get(client_id).card_review_since == on
    desk.cards.save(client_id, CardDraft(language="de", situations=[
        SituationDraft("Zahltag", ["craving"], "Miete zuerst", "Peter anrufen")]))
    assert desk.clients.get(client_id).card_review_since is None, "a new card version is the look it asked for"
    other = add_client(desk, first_name="Other")
    foreign_contact = desk.contacts.record(ContactDraft(client_id=other, type="street"))
    with pytest.raises(ValidationFailed):
        desk.instruments.record_relapse(client_id, TODAY, "a", "b", contact_id=foreign_contact)


def test_the_team_rewords_a_self_efficacy_item_and_a_caseworker_may_not(desk):  # noqa: F811
    items, source = desk.instruments.self_efficacy_items("de")
    assert items == SELF_EFFICACY_ITEMS["de"] and "Schwarzer" in source
    with pytest.raises(TeamSettingRestricted):
        desk.instruments.set_self_efficacy_item("de", 1, "Mein Wortlaut")
    desk.identity = replace(desk.identity, role=Role.TEAM_LEAD.value)
    desk.instruments.set_self_efficacy_item("de", 1, "Mein Wortlaut")
    items, _source = desk.instruments.self_efficacy_items("de")
    assert items[0] == "Mein Wortlaut" and items[1] == SELF_EFFICACY_ITEMS["de"][1]
    desk.instruments.set_self_efficacy_item("de", 1, "")
    assert desk.instruments.self_efficacy_items("de")[0][0] == SELF_EFFICACY_ITEMS["de"][0]
