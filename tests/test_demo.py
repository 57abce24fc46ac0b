"""The generated demo desk: realistic spread, stamped for sync, searchable, reproducible."""

# Fixtures are imported from service_fixtures by name, so their parameters "redefine" them.

from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from service_fixtures import casedesk_home  # noqa: F401
from sqlalchemy import func, select

from casedesk.domain import FAILED_REFERRAL_STATES, ClientKind, LifeDomain, Phase, ReferralState
from casedesk.models import (
    SYNCED_MODELS,
    Assessment,
    AssessmentDomain,
    CaseEpisode,
    Client,
    Contact,
    CrisisLine,
    InstrumentRecord,
    NetworkPerson,
    NetworkRelation,
    PendingChange,
    PhaseChange,
    PlanGoal,
    PlanService,
    Provider,
    Referral,
    ReferralChange,
    ServicePlan,
    Task,
    Worker,
)
from casedesk.models.limits import row_problems
from casedesk.services import monitoring
from casedesk.services.demo import DEMO_PASSPHRASE, DemoGenerator, create_demo_desk
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientFilter

NOW = datetime(2025, 3, 12, 14, 30)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.casedesk"
    summary = create_demo_desk(path, clients=80, contacts=2000, seed=3, now=NOW)
    assert (summary.clients, summary.contacts) == (80, 2000)
    return path


@pytest.fixture
def demo(demo_path: Path):
    desk = Desk.open(demo_path, DEMO_PASSPHRASE)
    yield desk
    desk.close()


def test_demo_desk_is_marked_and_has_the_requested_size(demo: Desk) -> None:
    assert demo.setting("demo") == "1"
    with demo.session() as session:
        # Clients proper; the anonymous code persons met on the street come on top (see below).
        clients = select(Client.id).where(Client.kind == ClientKind.CLIENT.value)
        assert session.scalar(select(func.count()).select_from(clients.subquery())) == 80
        assert session.scalar(select(func.count()).where(Contact.client_id.in_(clients))) == 2000
        assert session.scalar(select(func.count()).select_from(Worker)) >= 3
        numbers = set(session.scalars(select(CrisisLine.number)))
    assert {"0800 111 0 111", "70 201 201", "01806 313031"} <= numbers


def test_every_phase_is_represented_most_in_monitoring(demo: Desk) -> None:
    with demo.session() as session:
        phases = Counter(session.scalars(select(CaseEpisode.phase)))
    assert set(phases) == {phase.value for phase in Phase}
    assert phases.most_common(1)[0][0] == Phase.MONITORING.value


def test_filters_and_today_show_something(demo: Desk) -> None:
    everyone = demo.clients.list(ClientFilter(), now=NOW)
    assert demo.clients.list(ClientFilter(mine=True), now=NOW)
    assert demo.clients.list(ClientFilter(deputy=True), now=NOW)
    assert demo.clients.list(ClientFilter(overdue=True), now=NOW)
    assert any(s.last_contact_at and s.last_contact_at.date() == NOW.date() for s in everyone)
    assert any(s.last_contact_at is None for s in everyone)
    assert all(s.last_contact_at is None or s.last_contact_at <= NOW for s in everyone)
    overview = demo.today.overview(now=NOW)
    assert {entry.rule for entry in overview.entries} == set(monitoring.RULE_KEYS)
    due = [task.due_at for task in overview.due_tasks]
    assert any(d.date() < NOW.date() for d in due) and any(d.date() == NOW.date() for d in due)


def test_clients_vary_like_real_ones(demo: Desk) -> None:
    with demo.session() as session:
        clients = session.scalars(select(Client).where(Client.kind == ClientKind.CLIENT.value)).all()
        notes = session.scalars(select(Contact.note)).all()
        task_count = session.scalar(select(func.count()).select_from(Task))
    assert any(c.alias for c in clients) and any(not c.first_name and c.alias for c in clients)
    assert any(c.birth_date_approximate for c in clients) and any(c.birth_date is None for c in clients)
    assert any(c.no_fixed_abode for c in clients) and any(c.address for c in clients)
    assert any(c.phone for c in clients) and any(c.consent_data_processing for c in clients)
    assert {c.languages[:2] for c in clients} == {"de", "da"}
    assert len(set(notes)) > len(notes) * 0.8
    assert task_count > 0
    releases = [r for c in clients for r in demo.clients.get(c.id).releases]
    assert releases


def test_generated_rows_are_stamped_and_pending_like_real_edits(demo: Desk) -> None:
    device = demo.identity.device_id
    with demo.session() as session:
        pending = {(p.table_name, p.row_id): p for p in session.scalars(select(PendingChange))}
        for model in SYNCED_MODELS:
            for row in session.scalars(select(model)):
                assert row.hlc and row.origin_device == device
                assert set(row.field_clocks) == set(model.content_columns())
                record = pending[(model.__tablename__, row.id)]
                assert record.fields == sorted(model.content_columns())
                assert record.hlc == row.hlc
        stamps = session.scalars(select(Contact.hlc)).all()
    assert len(set(stamps)) == len(stamps)
    assert demo.clock.now() > max(stamps)


def test_demo_data_is_searchable(demo: Desk) -> None:
    with demo.session() as session:
        surname = session.scalars(select(Client.last_name).where(Client.last_name != "")).first()
    assert demo.clients.list(ClientFilter(text=surname[:4], include_closed=True))
    assert demo.clients.list(ClientFilter(text="Jobcenter"))


def test_same_seed_gives_the_same_caseload(tmp_path: Path, demo_path: Path) -> None:
    again = tmp_path / "again.casedesk"
    create_demo_desk(again, clients=80, contacts=2000, seed=3, now=NOW)
    other = tmp_path / "other.casedesk"
    create_demo_desk(other, clients=80, contacts=2000, seed=4, now=NOW)

    def caseload(path: Path) -> list[tuple]:
        desk = Desk.open(path, DEMO_PASSPHRASE)
        try:
            with desk.session() as session:
                return sorted(session.execute(select(
                    Client.first_name, Client.last_name, Client.alias, Client.whereabouts, Client.birth_date,
                    select(func.count()).where(Contact.client_id == Client.id).scalar_subquery(),
                )).all())
        finally:
            desk.close()

    assert caseload(again) == caseload(demo_path)
    assert caseload(other) != caseload(demo_path)


def test_add_contacts_gives_one_client_a_long_timeline(tmp_path: Path) -> None:
    path = tmp_path / "heavy.casedesk"
    create_demo_desk(path, clients=5, contacts=10, now=NOW)
    desk = Desk.open(path, DEMO_PASSPHRASE)
    try:
        client_id = desk.clients.list(ClientFilter(include_closed=True))[0].id
        before = len(desk.contacts.timeline(client_id))
        DemoGenerator(desk, seed=2, now=NOW).add_contacts(client_id, 120)
        timeline = desk.contacts.timeline(client_id)
        assert len(timeline) == before + 120
        assert timeline[0].occurred_at <= NOW and timeline[-1].occurred_at >= NOW - timedelta(days=731)
    finally:
        desk.close()


def test_every_generated_row_keeps_the_value_rules(demo: Desk) -> None:
    """Core inserts bypass the flush check, so the generator must write only what a worker could."""
    with demo.session() as session:
        problems = {(model.__tablename__, row.id): row_problems(row)
                    for model in SYNCED_MODELS for row in session.scalars(select(model)) if row_problems(row)}
    assert problems == {}


def test_phases_have_a_history_with_reasons_and_intakes(demo: Desk) -> None:
    with demo.session() as session:
        episodes = session.scalars(select(CaseEpisode)).all()
        changes = session.scalars(select(PhaseChange)).all()
    by_episode = Counter(change.episode_id for change in changes)
    order = [phase.value for phase in Phase]
    for episode in episodes:
        assert by_episode[episode.id] == order.index(episode.phase) + 1
    assert all(change.reason for change in changes)
    assert any(episode.access_route == "referred" and episode.referred_by for episode in episodes)
    past_intake = [episode for episode in episodes if episode.phase != Phase.CLARIFICATION.value]
    assert all(episode.screening_appropriate and episode.intake_agreement and episode.consent_form
               for episode in past_intake)
    assert any(episode.screening_appropriate is None for episode in episodes
               if episode.phase == Phase.CLARIFICATION.value)


def test_assessments_cover_the_life_domains_with_reassessments(demo: Desk) -> None:
    with demo.session() as session:
        assessments = session.scalars(select(Assessment)).all()
        domains = session.scalars(select(AssessmentDomain)).all()
        phases = dict(session.execute(select(CaseEpisode.id, CaseEpisode.phase)).all())
    assert Counter(row.assessment_id for row in domains) == dict.fromkeys((a.id for a in assessments), len(LifeDomain))
    assert {row.rating for row in domains} == {None, 0, 1, 2, 3, 4}
    assert all(row.problems and row.client_view for row in domains if row.rating and row.rating >= 2)
    per_episode = Counter(assessment.episode_id for assessment in assessments)
    assert 2 in per_episode.values()
    assessed = {episode for episode, phase in phases.items()
                if phase not in (Phase.CLARIFICATION.value,)}
    assert set(per_episode) == assessed
    # An assessment in the assessment phase is still open; later ones are completed.
    assert all((a.completed_on is None) == (phases[a.episode_id] == Phase.ASSESSMENT.value) for a in assessments
               if per_episode[a.episode_id] == 1)


def test_plans_hold_a_goal_hierarchy_and_some_second_versions(demo: Desk) -> None:
    with demo.session() as session:
        plans = session.scalars(select(ServicePlan)).all()
        goals = session.scalars(select(PlanGoal)).all()
        services = session.scalars(select(PlanService)).all()
        providers = session.scalars(select(Provider)).all()
    assert 10 <= len(providers) <= 20
    assert {"Suchtberatung", "Schuldnerberatung", "Jobcenter", "Wohnungsnotfallhilfe",
            "Substitutionsambulanz", "Misbrugscenter"} <= {provider.service_type for provider in providers}
    assert {plan.version for plan in plans} == {1, 2}
    assert any(plan.client_signed_on and plan.worker_signed_on for plan in plans)
    by_plan: dict[str, list[PlanGoal]] = {}
    for goal in goals:
        by_plan.setdefault(goal.plan_id, []).append(goal)
    for plan in plans:
        plan_goals = by_plan[plan.id]
        ids = {goal.id: goal for goal in plan_goals}
        macros = [goal for goal in plan_goals if goal.level == "macro"]
        mesos = [goal for goal in plan_goals if goal.level == "meso"]
        assert len(macros) == 1 and 2 <= len(mesos) <= 4
        assert len({goal.domain for goal in mesos}) == len(mesos)
        assert all(ids[goal.parent_id].level == "macro" for goal in mesos)
        for meso in mesos:
            steps = [goal for goal in plan_goals if goal.parent_id == meso.id]
            assert 1 <= len(steps) <= 3 and all(step.level == "micro" for step in steps)
            assert meso.scale_minus2 and meso.scale_0 and meso.scale_plus2
    second = [plan for plan in plans if plan.version == 2]
    first = {plan.id: plan for plan in plans if plan.version == 1}
    for plan in second:
        assert {g.lineage_id for g in by_plan[plan.id]} == {g.lineage_id for g in by_plan[plan.previous_id]}
        assert first[plan.previous_id].episode_id == plan.episode_id
    assert services and all(service.provider_id for service in services)


def test_referrals_reach_every_state_with_their_history(demo: Desk) -> None:
    with demo.session() as session:
        referrals = session.scalars(select(Referral)).all()
        changes = session.scalars(select(ReferralChange)).all()
    assert {referral.state for referral in referrals} == {state.value for state in ReferralState}
    history: dict[str, list[ReferralChange]] = {}
    for change in sorted(changes, key=lambda change: change.changed_on):
        history.setdefault(change.referral_id, []).append(change)
    for referral in referrals:
        states = [change.state for change in history[referral.id]]
        assert states[0] == "prepared" and states[-1] == referral.state
        assert history[referral.id][-1].changed_on == referral.state_on
    assert all(referral.decline_reason for referral in referrals if referral.state == "declined_by_provider")
    assert all(referral.alternative for referral in referrals if referral.state in FAILED_REFERRAL_STATES)


def test_evaluated_and_closed_episodes_have_attainment_and_reasons(demo: Desk) -> None:
    with demo.session() as session:
        episodes = session.scalars(select(CaseEpisode)).all()
        plans = session.scalars(select(ServicePlan)).all()
        goals = session.scalars(select(PlanGoal)).all()
    latest: dict[str, ServicePlan] = {}
    for plan in plans:
        if plan.episode_id not in latest or plan.version > latest[plan.episode_id].version:
            latest[plan.episode_id] = plan
    late = [episode for episode in episodes if episode.phase in (Phase.EVALUATION.value, Phase.CLOSED.value)]
    assert late
    for episode in late:
        assert episode.evaluated_on and episode.evaluation_client_view
        scored = [goal for goal in goals if goal.plan_id == latest[episode.id].id and goal.level != "macro"]
        assert all(goal.attainment is not None and goal.attainment_comment for goal in scored)
    closed = [episode for episode in episodes if episode.phase == Phase.CLOSED.value]
    assert all(episode.closure_code and episode.closure_reason and episode.closed_on for episode in closed)
    early = {episode.id for episode in episodes if episode not in late}
    assert all(goal.attainment is None for goal in goals
               if next(plan for plan in plans if plan.id == goal.plan_id).episode_id in early)


def test_every_demo_client_exports_with_its_rows_in_place(demo: Desk) -> None:
    with demo.session() as session:
        client_ids = session.scalars(select(Client.id)).all()
        referral_changes = session.scalar(select(func.count()).select_from(ReferralChange))
    exported_changes = 0
    for client_id in client_ids:
        document = demo.export.client_document(client_id)
        # Every child row found its parent: nothing is listed outside the hierarchy.
        assert not [key for key in document if key.startswith("unattached_")]
        exported_changes += sum(len(referral["history"]) for referral in document["referrals"])
    assert exported_changes == referral_changes


def test_clients_have_networks_and_instrument_histories(demo: Desk) -> None:
    with demo.session() as session:
        sizes = Counter(session.scalars(select(NetworkPerson.client_id)))
        clients = session.scalar(select(func.count()).where(Client.kind == ClientKind.CLIENT.value))
        kinds = Counter(session.scalars(select(InstrumentRecord.kind)))
        relations = session.scalar(select(func.count()).select_from(NetworkRelation))
    assert len(sizes) == clients and 3 <= min(sizes.values()) and max(sizes.values()) <= 40
    assert relations > 0
    assert kinds["stage"] > clients // 2 and kinds["self_efficacy"] > 0


def test_street_work_is_recorded_from_its_own_stream(demo: Desk) -> None:
    """Code persons with street contacts and items, rounds with items and people met, activities."""
    start, end = NOW - timedelta(weeks=9), NOW + timedelta(minutes=1)
    persons = demo.street.code_persons()
    assert 3 <= len(persons) and all(person.code for person in persons)
    assert all(demo.contacts.timeline(person.id) for person in persons)
    rounds = demo.street.rounds(start, end)
    assert len(rounds) >= 10 and all(entry.people for entry in rounds)
    assert any(entry.items for entry in rounds)
    handed_out = demo.street.items_handed_out(start, end)
    assert handed_out.get("syringes", 0) > 0
    kinds = {entry.kind for entry in demo.street.activities(start, end)}
    assert {"documentation", "team_meeting"} <= kinds

