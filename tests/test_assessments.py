"""Assessment per life domain: the time box, one row per domain (the same id on every laptop),
history kept across re-assessments, comparing two, completed ones frozen, the team's domains."""

from dataclasses import replace
from datetime import date

import pytest
from service_fixtures import add_client, desk  # noqa: F401 (fixture)

from casedesk.domain import LifeDomain, Role
from casedesk.models import AssessmentDomain, assessment_domain_id
from casedesk.services.assessments import (
    AssessmentCompleted,
    DomainDraft,
    LifeDomainsRestricted,
)
from casedesk.services.errors import ValidationFailed

START = date(2026, 3, 2)
HOUSING = LifeDomain.HOUSING.value
FINANCES = LifeDomain.FINANCES.value


def as_lead(desk):  # noqa: F811
    desk.identity = replace(desk.identity, role=Role.TEAM_LEAD.value)


def test_start_sets_a_six_week_time_box_in_the_open_episode(desk):  # noqa: F811
    client_id = add_client(desk, first_name="Kim")
    assessment_id = desk.assessments.start(client_id, started_on=START)
    view = desk.assessments.assessment(assessment_id)
    assert (view.started_on, view.due_on, view.completed_on) == (START, date(2026, 4, 13), None)
    assert not view.overdue(date(2026, 4, 13)) and view.overdue(date(2026, 4, 14))
    assert [f.domain for f in view.domains] == [domain.value for domain in LifeDomain]
    assert not any(f.saved for f in view.domains)
    custom = desk.assessments.start(client_id, started_on=START, due_on=date(2026, 3, 20))
    assert desk.assessments.assessment(custom).due_on == date(2026, 3, 20)
    with pytest.raises(ValidationFailed) as raised:
        desk.assessments.start(client_id, started_on=START, due_on=date(2026, 3, 1))
    assert raised.value.problems == {"due_on": "before_start"}


def test_save_domain_writes_one_row_under_the_shared_id_and_overwrites_it(desk):  # noqa: F811
    client_id = add_client(desk, first_name="Kim")
    assessment_id = desk.assessments.start(client_id, started_on=START)
    first = desk.assessments.save_domain(assessment_id, HOUSING, DomainDraft(
        client_view="Ich schlafe bei Freunden", rating=3, problems="no tenancy", client_priority=1))
    # Two laptops writing the same domain of the same assessment compute the same row id.
    assert first == assessment_domain_id(assessment_id, HOUSING)
    second = desk.assessments.save_domain(assessment_id, HOUSING, DomainDraft(
        client_view="Ich schlafe bei Freunden", rating=2, resources_private="sister helps"))
    assert second == first
    with desk.session() as session:
        rows = session.query(AssessmentDomain).filter_by(assessment_id=assessment_id).all()
    assert len(rows) == 1
    finding = desk.assessments.assessment(assessment_id).finding(HOUSING)
    assert finding.saved and finding.draft.rating == 2 and finding.draft.client_priority is None
    assert finding.draft.resources_private == "sister helps"
    overview = {row.domain: row for row in desk.assessments.overview(assessment_id)}
    assert (overview[HOUSING].rating, overview[HOUSING].has_resources, overview[HOUSING].has_problems) == (
        2, True, False)
    assert overview[FINANCES].saved is False and overview[FINANCES].rating is None


def test_ratings_and_priorities_outside_the_scales_are_refused(desk):  # noqa: F811
    assessment_id = desk.assessments.start(add_client(desk, first_name="Kim"), started_on=START)
    with pytest.raises(ValidationFailed) as raised:
        desk.assessments.save_domain(assessment_id, HOUSING, DomainDraft(rating=5, client_priority=0))
    assert raised.value.problems == {"rating": "out_of_range", "client_priority": "out_of_range"}
    with pytest.raises(ValidationFailed):
        desk.assessments.save_domain(assessment_id, "no_such_domain", DomainDraft(rating=1))


def test_a_reassessment_keeps_the_first_and_compare_marks_the_changes(desk):  # noqa: F811
    client_id = add_client(desk, first_name="Kim")
    first = desk.assessments.start(client_id, started_on=START)
    desk.assessments.save_domain(first, HOUSING, DomainDraft(client_view="no flat", rating=3, client_priority=1))
    desk.assessments.save_domain(first, FINANCES, DomainDraft(problems="debts", rating=2))
    desk.assessments.complete(first, date(2026, 3, 30))

    second = desk.assessments.start(client_id, started_on=date(2026, 9, 1), copy_from_previous=True)
    copied = desk.assessments.assessment(second).finding(HOUSING)
    assert copied.draft.client_view == "no flat" and copied.draft.rating is None
    desk.assessments.save_domain(second, HOUSING, DomainDraft(client_view="own flat", rating=1, client_priority=1))
    desk.assessments.save_domain(second, FINANCES, DomainDraft(problems="debts", rating=2))

    history = desk.assessments.for_client(client_id)
    assert [view.id for view in history] == [second, first]
    kept = history[1].finding(HOUSING).draft
    assert (kept.client_view, kept.rating) == ("no flat", 3)

    comparison = desk.assessments.compare(first, second)
    by_domain = {domain.domain: domain for domain in comparison.domains}
    housing = {change.field: change for change in by_domain[HOUSING].fields}
    assert housing["rating"].changed and (housing["rating"].older, housing["rating"].newer) == (3, 1)
    assert housing["client_view"].changed and not housing["client_priority"].changed
    assert by_domain[HOUSING].changed and not by_domain[FINANCES].changed


def test_a_completed_assessment_is_frozen(desk):  # noqa: F811
    assessment_id = desk.assessments.start(add_client(desk, first_name="Kim"), started_on=START)
    with pytest.raises(ValidationFailed):
        desk.assessments.complete(assessment_id, date(2026, 3, 1))
    desk.assessments.complete(assessment_id, date(2026, 4, 20))
    view = desk.assessments.assessment(assessment_id)
    assert view.completed and not view.overdue(date(2026, 5, 1))
    with pytest.raises(AssessmentCompleted):
        desk.assessments.save_domain(assessment_id, HOUSING, DomainDraft(rating=1))
    with pytest.raises(AssessmentCompleted):
        desk.assessments.complete(assessment_id, date(2026, 4, 21))


def test_no_assessment_without_an_open_episode(desk):  # noqa: F811
    client_id = add_client(desk, first_name="Kim")
    desk.clients.set_phase(client_id, "closed")
    with pytest.raises(ValidationFailed) as raised:
        desk.assessments.start(client_id, started_on=START)
    assert raised.value.problems == {"episode": "none_open"}


def test_caseworkers_cannot_change_the_teams_domains(desk):  # noqa: F811
    assert not desk.assessments.may_change_domains()
    with pytest.raises(LifeDomainsRestricted):
        desk.assessments.set_life_domain(HOUSING, "Wohnen und Obdach")
    with pytest.raises(LifeDomainsRestricted):
        desk.assessments.add_life_domain("Spiritualität")
    with pytest.raises(LifeDomainsRestricted):
        desk.assessments.retire_life_domain(HOUSING)
    assert desk.assessments.life_domains()[0] == (HOUSING, "")


def test_team_leads_rename_add_retire_and_order_domains(desk):  # noqa: F811
    as_lead(desk)
    desk.assessments.set_life_domain(HOUSING, "Wohnen und Obdach")
    own = desk.assessments.add_life_domain("Spiritualität")
    desk.assessments.retire_life_domain(LifeDomain.LEGAL.value)
    domains = desk.assessments.life_domains()
    assert domains[0] == (HOUSING, "Wohnen und Obdach")
    assert domains[-1] == (own, "Spiritualität")
    assert LifeDomain.LEGAL.value not in dict(domains)
    assert len(domains) == len(LifeDomain)

    desk.assessments.move_life_domain(own, -len(domains))
    assert desk.assessments.life_domains()[0] == (own, "Spiritualität")

    assessment_id = desk.assessments.start(add_client(desk, first_name="Kim"), started_on=START)
    desk.assessments.save_domain(assessment_id, own, DomainDraft(client_view="Glaube trägt"))
    assert desk.assessments.assessment(assessment_id).domains[0].label == "Spiritualität"
    with pytest.raises(ValidationFailed):
        desk.assessments.save_domain(assessment_id, LifeDomain.LEGAL.value, DomainDraft(rating=1))
    retired = {entry.code: entry for entry in desk.assessments.team_domains()}[LifeDomain.LEGAL.value]
    assert retired.retired and retired.built_in
    desk.assessments.retire_life_domain(LifeDomain.LEGAL.value, retired=False)
    assert LifeDomain.LEGAL.value in dict(desk.assessments.life_domains())
    desk.assessments.set_life_domain(HOUSING, "")
    assert desk.assessments.life_domains()[1] == (HOUSING, "")


def test_two_assessments_started_on_one_day_list_the_later_created_first(desk):  # noqa: F811
    client_id = add_client(desk, first_name="Kim")
    created = [desk.assessments.start(client_id, started_on=START) for _ in range(4)]
    assert [view.id for view in desk.assessments.for_client(client_id)] == created[::-1]
