"""Merging two records of the same person: every owned row moves, the other becomes a tombstone."""

# Fixtures are imported from service_fixtures by name, so their parameters "redefine" them.
# ruff: noqa: F811

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from service_fixtures import add_client, add_worker, casedesk_home, desk, desk_path  # noqa: F401
from sqlalchemy import func, select, text

from casedesk.domain import AccessRoute, ClientStatus, GoalLevel, Phase, Role
from casedesk.models import (
    SYNCED_ENTITIES,
    Assessment,
    CaseEpisode,
    Client,
    PendingChange,
    PhaseChange,
    Scope,
    ServicePlan,
)
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientFilter, ContactDraft
from casedesk.services.episodes import IntakeDraft
from casedesk.services.errors import NotFound, ValidationFailed
from casedesk.services.merge import MergeService
from casedesk.services.plans import GoalDraft
from casedesk.services.statistics import StatisticsService
from casedesk.services.street import CodePersonDraft

NOW = datetime(2025, 6, 16, 14, 30)
_OWNED = [entity.model for entity in SYNCED_ENTITIES if entity.scope in (Scope.CLIENT_OWNED, Scope.CLIENT_OR_PERSONAL)]


def owned_rows(desk: Desk, client_id: str) -> dict[str, int]:
    with desk.session() as session:
        counts = {model.__tablename__: session.scalar(select(func.count()).select_from(model)
                                                      .where(model.client_id == client_id)) for model in _OWNED}
    return {name: count for name, count in counts.items() if count}


def test_a_merge_moves_every_owned_row_and_leaves_a_tombstone(desk: Desk) -> None:
    survivor = add_client(desk, first_name="Karl", last_name="Meier", birth_date=date(1971, 3, 2))
    other = add_client(desk, first_name="Karl", last_name="Maier", alias="Kalle", phone="0170 123")
    for client_id, days in ((survivor, 3), (other, 40), (other, 2)):
        desk.contacts.record(ContactDraft(client_id=client_id, occurred_at=NOW - timedelta(days=days), note="gesehen"))
    desk.tasks.create(other, "Ausweis beantragen", NOW + timedelta(days=2))
    desk.clients.set_phase(other, Phase.LINKING.value)
    before = owned_rows(desk, survivor)
    moving = owned_rows(desk, other)
    assert moving["contact"] == 2 and moving["task"] == 1 and moving["phase_change"] >= 1

    service = MergeService(desk)
    preview = service.preview(survivor, other)
    assert {"last_name", "alias", "phone", "birth_date"} <= set(preview.differing)
    assert preview.default_take(survivor) == {"alias", "phone"}
    assert preview.side(other).contacts == 2 and preview.side(other).tasks == 1
    result = service.merge(survivor, other)

    assert result.moved == moving
    assert owned_rows(desk, other) == {}
    after = owned_rows(desk, survivor)
    expected = {name: before.get(name, 0) + moving.get(name, 0) for name in set(before) | set(moving)}
    # Both records had an open case: joined into one, which moves on to the other's phase (linking).
    expected["phase_change"] += 1
    assert after == expected
    with desk.session() as session:
        tombstone = session.get(Client, other)
        assert (tombstone.status, tombstone.merged_into) == (ClientStatus.MERGED.value, survivor)
        # It keeps nothing about the person: the survivor holds what was chosen.
        assert (tombstone.first_name, tombstone.last_name, tombstone.alias, tombstone.phone) == ("", "", "", "")
        kept = session.get(Client, survivor)
        # The survivor keeps its own values and gains the ones it lacked.
        assert (kept.last_name, kept.birth_date, kept.alias, kept.phone) == ("Meier", date(1971, 3, 2), "Kalle",
                                                                                "0170 123")
        assert session.scalar(select(func.count()).select_from(CaseEpisode)
                              .where(CaseEpisode.client_id == survivor)) == 2
        # Every move is an edit the sync sends.
        pending = set(session.scalars(select(PendingChange.table_name)))
    assert {"client", "contact", "task", "case_episode", "phase_change"} <= pending
    # One record in the list, its search, Today and the duplicate review.
    assert [c.id for c in desk.clients.list(ClientFilter(include_closed=True))] == [survivor]
    assert [c.id for c in desk.clients.list(ClientFilter(text="Kalle"))] == [survivor]
    assert desk.clients.list(ClientFilter(text="Maier", include_closed=True)) == []
    assert {entry.client_id for entry in desk.today.overview(now=NOW + timedelta(days=30)).entries} <= {survivor}
    assert all(other not in (pair.first.client_id, pair.second.client_id)
               for pair in desk.duplicates.review().pairs)
    assert len(desk.contacts.timeline(survivor)) == 3
    with pytest.raises(ValidationFailed):
        service.merge(survivor, other)  # a tombstone is merged once


def test_chosen_fields_come_from_the_other_record(desk: Desk) -> None:
    survivor = add_client(desk, first_name="Karl", phone="111")
    other = add_client(desk, first_name="Carl", phone="222", birth_date=date(1980, 1, 1), birth_date_approximate=True)
    MergeService(desk).merge(survivor, other, take={"first_name", "birth_date"})
    details = desk.clients.get(survivor)
    assert (details.draft.first_name, details.draft.phone) == ("Carl", "111")
    assert (details.draft.birth_date, details.draft.birth_date_approximate) == (date(1980, 1, 1), True)
    with pytest.raises(ValidationFailed):
        MergeService(desk).merge(survivor, add_client(desk, first_name="X"), take={"status"})


def test_a_code_person_merged_into_a_client_and_the_other_way_round(desk: Desk) -> None:
    person = desk.street.create_code_person(CodePersonDraft(code="KM71m", alias="Kalle"))
    desk.contacts.record(ContactDraft(client_id=person, occurred_at=NOW, items={"syringes": 10}))
    client = add_client(desk, first_name="Karl")
    # The code person survives: the record becomes a client's, with the code kept.
    MergeService(desk).merge(person, client)
    details = desk.clients.get(person)
    assert not details.is_code_person and details.draft.first_name == "Karl"
    assert desk.contacts.timeline(person)[0].items == {"syringes": 10}
    assert desk.street.code_persons() == []


def test_a_merge_needs_rights_on_both_records(desk: Desk) -> None:
    mine = add_client(desk, first_name="Karl")
    colleague = add_worker(desk, "Dora")
    with desk.session() as session:
        theirs = Client(first_name="Karl", responsible_worker_id=colleague)
        session.add(theirs)
    service = MergeService(desk)
    assert not service.may_merge(mine, theirs.id)
    with pytest.raises(ValidationFailed) as refused:
        service.merge(mine, theirs.id)
    assert refused.value.problems == {"merge": "not_permitted"}
    assert owned_rows(desk, mine) and desk.clients.get(theirs.id).status == ClientStatus.ACTIVE.value
    desk.identity = replace(desk.identity, role=Role.TEAM_LEAD.value)
    assert service.may_merge(mine, theirs.id)
    service.merge(mine, theirs.id)
    with pytest.raises(ValidationFailed):
        service.merge(mine, mine)
    with pytest.raises(NotFound):
        service.preview(mine, "no-such-id")


def test_an_erased_record_is_not_merged(desk: Desk) -> None:
    first, second = add_client(desk, first_name="A"), add_client(desk, first_name="B")
    desk.erasure.erase_client(second)
    with pytest.raises(ValidationFailed) as refused:
        MergeService(desk).merge(first, second)
    assert refused.value.problems == {"merge": ClientStatus.ERASED.value}


def _open_episode_of(desk: Desk, client_id: str, opened_on: date) -> str:
    """The id of the client's open episode, its opening moved to ``opened_on``."""
    with desk.session() as session:
        episode = session.scalars(select(CaseEpisode).where(CaseEpisode.client_id == client_id,
                                                            CaseEpisode.closed_on.is_(None))).one()
        episode.opened_on = opened_on
        return episode.id


def test_two_open_cases_are_joined_into_the_one_opened_first(desk: Desk) -> None:
    survivor = add_client(desk, first_name="Karl", last_name="Meier")
    other = add_client(desk, first_name="Karl", last_name="Maier")
    kept = _open_episode_of(desk, survivor, date(2025, 2, 3))
    joined = _open_episode_of(desk, other, date(2025, 4, 14))
    survivor_plan = desk.plans.create(survivor)
    desk.episodes.save_intake(survivor, IntakeDraft(screening_note="Kennt uns vom Kontaktladen"))
    # The other record's case went further: assessed, a plan with a goal, linking.
    assessment = desk.assessments.start(other)
    other_plan = desk.plans.create(other)
    goal = desk.plans.add_goal(other_plan, GoalLevel.MACRO.value, None, GoalDraft(wording="Eine eigene Wohnung"))
    desk.episodes.move(other, Phase.LINKING.value, "Hilfeplan steht")
    desk.episodes.save_intake(other, IntakeDraft(access_route=AccessRoute.OUTREACH.value,
                                                 screening_note="Viele Baustellen"))
    preview = MergeService(desk).preview(survivor, other)
    assert preview.joins_open_episodes

    MergeService(desk).merge(survivor, other)

    episodes = desk.episodes.episodes(survivor)
    assert [(e.id, e.closed) for e in episodes] == [(kept, False)]
    # The case keeps its beginning and takes the phase the other had reached, with its history.
    current = episodes[0]
    assert (current.opened_on, current.phase) == (date(2025, 2, 3), Phase.LINKING.value)
    assert Phase.LINKING.value in [entry.phase for entry in current.history]
    # The intake: what the kept case lacked comes from the other, and both notes are kept.
    assert current.intake.access_route == AccessRoute.OUTREACH.value
    assert current.intake.screening_note == "Kennt uns vom Kontaktladen\n\nViele Baustellen"
    assert desk.clients.get(survivor).phase == Phase.LINKING.value
    # The plans follow in one line of versions; the latest is the other record's, with its goal.
    plan = desk.plans.current(survivor)
    assert (plan.id, plan.episode_id, plan.version, plan.previous_id) == (other_plan, kept, 2, survivor_plan)
    assert [g.id for g in plan.all_goals()] == [goal]
    assert [v.version for v in desk.plans.versions(survivor)] == [2, 1]
    assert [(a.id, a.episode_id) for a in desk.assessments.for_client(survivor)] == [(assessment, kept)]
    with desk.session() as session:
        tombstone = session.get(CaseEpisode, joined)
        assert tombstone.deleted and tombstone.client_id == survivor
        for model, column in [(PhaseChange, "episode_id"), (ServicePlan, "episode_id"), (Assessment, "episode_id")]:
            assert session.scalar(select(func.count()).select_from(model)
                                  .where(getattr(model, column) == joined)) == 0
        assert CaseEpisode.__tablename__ in set(session.scalars(select(PendingChange.table_name)))
    # 2025 by hand: one case, begun on 3 February, still running; the joined one counts nowhere.
    figures = StatisticsService(desk).compute(date(2025, 1, 1), date(2025, 12, 31)).table("kds_episodes")
    assert {row: figures.value(row) for row in ("in_period", "begun", "ended", "ongoing", "first_time_clients")} == {
        "in_period": 1, "begun": 1, "ended": 0, "ongoing": 1, "first_time_clients": 1}
    # Today lists the one case, with the kept episode.
    desk.today.overview(now=NOW)
    with desk.session() as session:
        assert session.execute(text("SELECT episode_id FROM today_case WHERE client_id = :client"),
                               {"client": survivor}).scalars().all() == [kept]


def test_the_central_store_carries_every_field_the_merge_offers_to_the_survivor():
    # A field the merge dialog offers but sync did not carry would be lost when typed offline.
    from casedesk.services.merge import _COMPANIONS, MERGE_FIELDS
    from casedesk.sync.central.push import CARRIED_TO_SURVIVOR

    offered = {name for field in MERGE_FIELDS for name in (field, *_COMPANIONS.get(field, ()))}
    assert set(CARRIED_TO_SURVIVOR) == offered
