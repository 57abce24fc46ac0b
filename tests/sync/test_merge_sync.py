"""Merging duplicates between laptops, on both central backends (issue 14, point 6): two laptops
hold the two records offline, a third merges them; after everyone syncs nothing is lost, nothing
is duplicated and the merged-away record does not come back anywhere."""

from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import func, select

from casedesk.domain import ClientStatus, GoalLevel, RefusalReason, Role
from casedesk.models import (
    CaseEpisode,
    Client,
    Contact,
    PendingChange,
    Referral,
    ServicePlan,
    Task,
    local_now,
)
from casedesk.services.dto import ClientDraft, ClientFilter, ContactDraft
from casedesk.services.merge import MergeService
from casedesk.services.plans import GoalDraft


def as_lead(device) -> None:
    device.desk.identity = replace(device.desk.identity, role=Role.TEAM_LEAD.value)


def listed(device, **filters) -> list[str]:
    return [client.id for client in device.desk.clients.list(ClientFilter(include_closed=True, **filters))]


def notes(device, client_id: str) -> list[str]:
    return sorted(contact.note for contact in device.desk.contacts.timeline(client_id))


def pending(device) -> int:
    with device.desk.session() as session:
        return session.scalar(select(func.count()).select_from(PendingChange))


def test_two_laptops_offline_a_merge_on_a_third(central_url, make_device):
    anna = make_device(central_url, "Anna")
    dora = make_device(central_url, "Dora")
    lead = make_device(central_url, "Lea", role="team_lead")
    as_lead(lead)
    now = local_now()
    survivor = anna.desk.clients.create(ClientDraft(first_name="Karl", last_name="Meier"))
    anna.desk.contacts.record(ContactDraft(client_id=survivor, occurred_at=now - timedelta(days=9), note="a1"))
    other = dora.desk.clients.create(ClientDraft(first_name="Karl", last_name="Maier", alias="Kalle"))
    d1 = dora.desk.contacts.record(ContactDraft(client_id=other, occurred_at=now - timedelta(days=8), note="d1"))
    dora.desk.tasks.create(other, "Ausweis", now + timedelta(days=3))
    for device in (anna, dora, lead):
        device.sync.run()
    assert set(listed(lead)) == {survivor, other}

    result = MergeService(lead.desk).merge(survivor, other)
    assert {"contact": 1, "task": 1, "case_episode": 1}.items() <= result.moved.items()
    lead.sync.run()
    # Meanwhile, offline on both laptops (later by the clock than the merge): a new contact each,
    # an edit of a contact that moved, edits of the record that is a tombstone now.
    anna.desk.contacts.record(ContactDraft(client_id=survivor, occurred_at=now - timedelta(hours=3), note="a2"))
    dora.desk.contacts.record(ContactDraft(client_id=other, occurred_at=now - timedelta(hours=2), note="d2"))
    dora.desk.contacts.update(d1, ContactDraft(client_id=other, occurred_at=now - timedelta(days=8),
                                               note="d1 corrected"))
    draft = dora.desk.clients.get(other).draft
    draft.phone = "0170 5555"
    dora.desk.clients.update(other, draft)
    dora.desk.clients.archive(other)  # a status of its own: the tombstone's must win

    for device in (anna, dora, lead, anna, dora, lead):
        report = device.sync.run()
        assert not report.refused, report.refused
        # The copies follow the merge in their incremental pull; none needs rebuilding.
        assert report.consistent and not report.full_resync

    expected = ["a1", "a2", "d1 corrected", "d2"]
    for device in (anna, lead):
        assert listed(device) == [survivor]
        assert notes(device, survivor) == expected
        assert [task.title for task in device.desk.tasks.for_client(survivor)] == ["Ausweis"]
        assert listed(device, text="Kalle") == [survivor]
    # Dora does not hold the survivor: the tombstone is all that is left of her record, hidden.
    assert listed(dora) == [] and pending(dora) == 0
    with dora.desk.session() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 0
        assert session.scalar(select(func.count()).select_from(Task)) == 0
        tombstone = session.get(Client, other)
        assert (tombstone.status, tombstone.merged_into) == (ClientStatus.MERGED.value, survivor)
    # No duplicates and no resurrection on the lead's copy (the team's whole picture).
    with lead.desk.session() as session:
        assert session.scalar(select(func.count()).select_from(Contact).where(Contact.client_id == other)) == 0
        assert session.scalar(select(func.count()).select_from(Contact)) == 4
        tombstone = session.get(Client, other)
        # Dora's offline edits of its fields did not write content back into it ...
        assert (tombstone.status, tombstone.phone, tombstone.first_name) == (ClientStatus.MERGED.value, "", "")
    # ... but reached the survivor, which had no phone: nothing she typed is lost.
    for device in (anna, lead):
        assert device.desk.clients.get(survivor).draft.phone == "0170 5555"
    for device in (anna, dora, lead):
        assert device.sync.conflicts() == []
    # The survivor's case manager learns that a colleague's offline edits reached the record.
    assert anna.desk.clients.get(survivor).status == ClientStatus.ACTIVE.value


def test_the_central_store_refuses_a_merge_without_rights_on_both(central_url, make_device):
    anna = make_device(central_url, "Anna")
    dora = make_device(central_url, "Dora")
    survivor = anna.desk.clients.create(ClientDraft(first_name="Karl"))
    other = dora.desk.clients.create(ClientDraft(first_name="Karl"))
    dora.desk.contacts.record(ContactDraft(client_id=other, note="d1"))
    anna.sync.run(), dora.sync.run()
    # Dora's laptop would not offer it (she does not hold Anna's record); a forged merge is refused.
    with dora.desk.session() as session:
        record = session.get(Client, other)
        record.status, record.merged_into = ClientStatus.MERGED.value, survivor
    report = dora.sync.run()
    assert [(entry.table_name, entry.reason) for entry in report.refused] == [
        ("client", RefusalReason.NOT_PERMITTED.value)]
    # Nothing she pushes for her record afterwards is redirected into Anna's either.
    dora.desk.contacts.record(ContactDraft(client_id=other, note="d2"))
    assert not dora.sync.run().refused[1:]
    anna.sync.run()
    assert listed(anna) == [survivor] and notes(anna, survivor) == []
    lead = make_device(central_url, "Lea", role="team_lead")
    as_lead(lead)
    lead.sync.run()
    assert set(listed(lead)) == {survivor, other} and notes(lead, other) == ["d1", "d2"]
    with lead.desk.session() as session:
        assert session.get(Client, other).status == ClientStatus.ACTIVE.value


def test_a_record_merged_twice_redirects_to_the_last_survivor(central_url, make_device):
    anna = make_device(central_url, "Anna")
    dora = make_device(central_url, "Dora")
    lead = make_device(central_url, "Lea", role="team_lead")
    as_lead(lead)
    first = dora.desk.clients.create(ClientDraft(first_name="Kalle"))
    middle = anna.desk.clients.create(ClientDraft(first_name="Karl"))
    last = anna.desk.clients.create(ClientDraft(first_name="Karl", last_name="Meier"))
    for device in (anna, dora, lead):
        device.sync.run()
    merge = MergeService(lead.desk)
    merge.merge(middle, first)
    lead.sync.run()
    merge.merge(last, middle)
    lead.sync.run()
    # Dora was offline through both merges.
    dora.desk.contacts.record(ContactDraft(client_id=first, note="spät"))
    assert not dora.sync.run().refused
    anna.sync.run(), lead.sync.run()
    for device in (anna, lead):
        assert listed(device) == [last] and notes(device, last) == ["spät"]
    assert listed(dora) == [] and pending(dora) == 0


def two_records_with_open_cases(central_url, make_device):
    """Anna's record (its case opened first, so kept by a merge) and Dora's of the same person,
    and a team lead who may merge them."""
    anna = make_device(central_url, "Anna")
    dora = make_device(central_url, "Dora")
    lead = make_device(central_url, "Lea", role="team_lead")
    as_lead(lead)
    survivor = anna.desk.clients.create(ClientDraft(first_name="Karl", last_name="Meier"))
    other = dora.desk.clients.create(ClientDraft(first_name="Karl", last_name="Maier"))
    for device, client_id, opened_on in ((anna, survivor, date(2025, 2, 3)), (dora, other, date(2025, 4, 14))):
        with device.desk.session() as session:
            session.scalars(select(CaseEpisode).where(CaseEpisode.client_id == client_id)).one().opened_on = opened_on
    return anna, dora, lead, survivor, other


def test_two_open_cases_joined_by_a_merge_are_one_on_every_copy(central_url, make_device):
    anna, dora, lead, survivor, other = two_records_with_open_cases(central_url, make_device)
    plan = dora.desk.plans.create(other)
    goal = dora.desk.plans.add_goal(plan, GoalLevel.MACRO.value, None, GoalDraft(wording="Eine eigene Wohnung"))
    kept = anna.desk.episodes.current(survivor).id
    for device in (anna, dora, lead):
        device.sync.run()

    MergeService(lead.desk).merge(survivor, other)
    for device in (lead, anna, dora, lead, anna):
        report = device.sync.run()
        assert not report.refused and report.consistent and not report.full_resync

    for device in (anna, lead):
        episodes = device.desk.episodes.episodes(survivor)
        assert [(episode.id, episode.opened_on, episode.closed) for episode in episodes] == [
            (kept, date(2025, 2, 3), False)]
        current = device.desk.plans.current(survivor)
        assert (current.id, current.episode_id) == (plan, kept)
        assert [g.id for g in current.all_goals()] == [goal]
        with device.desk.session() as session:
            assert session.scalar(select(func.count()).select_from(CaseEpisode).where(
                CaseEpisode.client_id == survivor, CaseEpisode.deleted.is_(False))) == 1
    for device in (anna, dora, lead):
        assert device.sync.conflicts() == []


def test_a_value_typed_offline_into_the_merged_away_record_meets_the_survivors_as_a_conflict(
        central_url, make_device):
    anna = make_device(central_url, "Anna")
    dora = make_device(central_url, "Dora")
    lead = make_device(central_url, "Lea", role="team_lead")
    as_lead(lead)
    survivor = anna.desk.clients.create(ClientDraft(first_name="Karl", last_name="Meier", phone="0171 1111"))
    other = dora.desk.clients.create(ClientDraft(first_name="Karl", last_name="Maier"))
    for device in (anna, dora, lead):
        device.sync.run()
    MergeService(lead.desk).merge(survivor, other)
    lead.sync.run()
    # Dora, offline during the merge, types the number she was just given into her record.
    draft = dora.desk.clients.get(other).draft
    draft.phone = "0170 5555"
    dora.desk.clients.update(other, draft)
    for device in (dora, anna, lead, dora):
        assert not device.sync.run().refused

    # The later value wins, as with any edit; Anna, whose number it replaced, is asked to look.
    for device in (anna, lead):
        assert device.desk.clients.get(survivor).draft.phone == "0170 5555"
    [conflict] = anna.sync.conflicts()
    assert (conflict.client_id, conflict.field, conflict.mine, conflict.theirs) == (
        survivor, "phone", "0171 1111", "0170 5555")
    anna.sync.resolve(conflict.id, "mine")
    anna.sync.run()
    lead.sync.run()
    assert lead.desk.clients.get(survivor).draft.phone == "0171 1111"
    # Dora holds only the blank tombstone, and is shown nothing of the survivor.
    assert dora.sync.conflicts() == []
    with dora.desk.session() as session:
        assert session.get(Client, other).phone == ""


def test_work_filed_offline_under_a_joined_case_reaches_the_case_it_was_joined_into(central_url, make_device):
    """Dora, offline during the merge, starts the plan and a referral of her record's case, which
    the merge has joined into Anna's: they arrive under the kept case, not under a deleted one."""
    anna, dora, lead, survivor, other = two_records_with_open_cases(central_url, make_device)
    kept = anna.desk.episodes.current(survivor).id
    for device in (anna, dora, lead):
        device.sync.run()
    MergeService(lead.desk).merge(survivor, other)
    lead.sync.run()

    plan = dora.desk.plans.create(other)
    goal = dora.desk.plans.add_goal(plan, GoalLevel.MACRO.value, None, GoalDraft(wording="Eine eigene Wohnung"))
    referral = dora.desk.referrals.create(other, person="Dr. Lund", service="Substitution",
                                          release_override_reason="Notfall")
    for device in (dora, anna, lead, dora, anna):
        report = device.sync.run()
        assert not report.refused and report.consistent and not report.full_resync

    for device in (anna, lead):
        current = device.desk.plans.current(survivor)
        assert current is not None and (current.id, current.episode_id) == (plan, kept)
        assert [g.id for g in current.all_goals()] == [goal]
        [entry] = device.desk.referrals.for_client(survivor)
        assert entry.id == referral
        with device.desk.session() as session:
            assert session.get(Referral, referral).episode_id == kept
    assert pending(dora) == 0


def test_two_first_plans_of_one_case_become_two_versions(central_url, make_device):
    """Anna starts the plan of her case while Dora, offline, starts one under her record's case,
    which a merge has joined into Anna's: the one that reaches the office second goes on after the
    first, so the case has one current plan, not two of version 1."""
    anna, dora, lead, survivor, other = two_records_with_open_cases(central_url, make_device)
    for device in (anna, dora, lead):
        device.sync.run()
    MergeService(lead.desk).merge(survivor, other)
    lead.sync.run()
    first = dora.desk.plans.create(other)
    second = anna.desk.plans.create(survivor)
    for device in (dora, anna, lead, dora, anna):
        report = device.sync.run()
        assert not report.refused and report.consistent and not report.full_resync

    for device in (lead, anna):
        current = device.desk.plans.current(survivor)
        assert (device.credentials.login, current.id, current.version, current.previous_id) == (
            device.credentials.login, second, 2, first)
        with device.desk.session() as session:
            assert sorted(session.execute(select(ServicePlan.version, ServicePlan.id).where(
                ServicePlan.client_id == survivor, ServicePlan.deleted.is_(False))).all()) == [(1, first), (2, second)]
