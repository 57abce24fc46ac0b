"""Street work below the UI: code persons, contacts with items, rounds, the team's items, activities."""

# Fixtures are imported from service_fixtures by name, so their parameters "redefine" them.
# ruff: noqa: F811

from datetime import datetime, timedelta

import pytest
from service_fixtures import casedesk_home, desk, desk_path  # noqa: F401
from sqlalchemy import select, text

from casedesk.domain import ActivityKind, ClientStatus, Role, tally_key
from casedesk.models import Client, Contact, local_now
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft, ClientFilter, ContactDraft
from casedesk.services.errors import NotFound, ValidationFailed
from casedesk.services.street import (
    ActivityDraft,
    CodePersonDraft,
    ItemListRestricted,
    RoundDraft,
    suggest_code,
)


def problems_of(action) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as refused:
        action()
    return refused.value.problems


def make_lead(desk: Desk) -> None:
    desk.set_setting("role", Role.TEAM_LEAD.value)
    desk.identity = type(desk.identity)(**{**desk.identity.__dict__, "role": Role.TEAM_LEAD.value})


def test_the_code_rule_and_what_a_code_person_needs() -> None:
    assert suggest_code("Karl", "Meier", 1971, "m") == "KM71m"
    assert suggest_code("", "Øster", 2005, "") == "Ø05"
    assert suggest_code("Anna", "", None, "f") == "Af"


def test_a_code_person_is_found_by_code_and_alias_and_has_no_episode(desk: Desk) -> None:
    person = desk.street.create_code_person(CodePersonDraft(code="KM71m", alias="Kalle", sex="m", birth_year=1971,
                                                            whereabouts="Kottbusser Tor"))
    assert desk.street.code_person(person) == CodePersonDraft("KM71m", "Kalle", "m", 1971, "Kottbusser Tor")
    for typed in ("KM71", "km71m", "Kalle", "Kottbusser"):
        [found] = desk.clients.list(ClientFilter(text=typed))
        assert (found.id, found.display_name, found.is_code_person, found.phase) == (person, "KM71m „Kalle“", True, "")
    [listed] = desk.clients.list()
    assert listed.id == person and not listed.overdue
    assert [name.display_name for name in desk.clients.names() if name.is_code_person] == ["KM71m „Kalle“"]
    assert desk.episodes.current(person) is None
    assert desk.street.is_code_person(person)
    desk.street.update_code_person(person, CodePersonDraft(code="KM71m", alias="Kalle der Lange"))
    assert desk.street.code_persons()[0].alias == "Kalle der Lange"
    assert problems_of(lambda: desk.street.create_code_person(CodePersonDraft(sex="x", birth_year=1850))) == {
        "code": "required", "sex": "unknown", "birth_year": "out_of_range"}
    client = desk.clients.create(ClientDraft(first_name="Jonas"))
    with pytest.raises(NotFound):
        desk.street.code_person(client)


def test_an_anonymous_contact_with_items_and_the_totals(desk: Desk) -> None:
    person = desk.street.create_code_person(CodePersonDraft(code="AB85f"))
    # Yesterday's noon: the contact and the round below fall on the same day whenever the test runs.
    now = (local_now() - timedelta(days=1)).replace(hour=12, minute=0, second=0, microsecond=0)
    desk.contacts.record(ContactDraft(client_id=person, occurred_at=now - timedelta(hours=1), duration_minutes=5,
                                      place="Hauptbahnhof", items={"syringes": 10, "naloxone": 1, "foil": 0}))
    [entry] = desk.contacts.timeline(person)
    assert entry.items == {"syringes": 10, "naloxone": 1}
    assert problems_of(lambda: desk.contacts.record(ContactDraft(client_id=person, items={"syringes": -1}))) == {
        "items": "out_of_range"}
    assert problems_of(lambda: desk.contacts.record(ContactDraft(client_id=person, items={"syringes": 10_000}))) == {
        "items": "out_of_range"}
    desk.street.record_round(RoundDraft(started_at=now - timedelta(hours=3), duration_minutes=90, place="Görli",
                                        people={tally_key("m", "27-39"): 5, tally_key("f", "18-26"): 2},
                                        people_total=9, approximate=True, talks=4, items={"syringes": 30}))
    day = now.replace(hour=0, minute=0, second=0)
    assert desk.street.items_handed_out(day, day + timedelta(days=1)) == {"syringes": 40, "naloxone": 1}
    assert desk.street.items_handed_out(day - timedelta(days=1), day) == {}


def test_rounds_are_counts_with_their_rules(desk: Desk) -> None:
    now = local_now()
    round_id = desk.street.record_round(RoundDraft(
        started_at=now - timedelta(hours=2), duration_minutes=60, place=" Leopoldplatz ",
        people={tally_key("m", "40-59"): 3, tally_key("u", "unknown"): 0}, talks=2, items={"condoms": 12}))
    draft = desk.street.get_round(round_id)
    assert (draft.place, draft.people, draft.items) == ("Leopoldplatz", {"m:40-59": 3}, {"condoms": 12})
    [entry] = desk.street.rounds(now - timedelta(days=1), now + timedelta(minutes=1))
    assert (entry.people, entry.talks, entry.duration_minutes) == (3, 2, 60)
    draft.people_total = 8
    desk.street.update_round(round_id, draft)
    assert desk.street.rounds(now - timedelta(days=1), now + timedelta(minutes=1))[0].people == 8
    assert problems_of(lambda: desk.street.record_round(RoundDraft(
        started_at=now + timedelta(hours=1), duration_minutes=2000, people={"x:y": 1}, talks=-1))) == {
        "started_at": "in_future", "duration_minutes": "out_of_range", "people": "unknown", "talks": "out_of_range"}
    desk.street.delete_round(round_id)
    assert desk.street.rounds(now - timedelta(days=1), now + timedelta(minutes=1)) == []
    with pytest.raises(NotFound):
        desk.street.get_round(round_id)


def test_the_teams_items_built_in_renamed_own_and_retired(desk: Desk) -> None:
    codes = [entry.code for entry in desk.street.item_list()]
    assert codes[:3] == ["syringes", "needles", "naloxone"] and len(codes) == 12
    with pytest.raises(ItemListRestricted):
        desk.street.add_item("Spritzen-Sets")
    make_lead(desk)
    own = desk.street.add_item("Wärmepflaster")
    desk.street.set_item("foil", "Rauchfolie")
    desk.street.set_item("pipes", "", retired=True)
    desk.street.move_item(own, -20)
    entries = desk.street.item_list()
    assert entries[0].code == own and entries[0].label == "Wärmepflaster" and not entries[0].built_in
    assert "pipes" not in [entry.code for entry in entries]
    assert next(entry for entry in desk.street.item_list(include_retired=True) if entry.code == "pipes").retired
    assert next(entry.label for entry in entries if entry.code == "foil") == "Rauchfolie"
    assert problems_of(lambda: desk.street.set_item(own, "")) == {"label": "required"}
    with pytest.raises(NotFound):
        desk.street.set_item("no-such-item", "x")


def test_activities_are_the_workers_own(desk: Desk) -> None:
    now = local_now()
    activity = desk.street.record_activity(ActivityDraft(kind=ActivityKind.TEAM_MEETING.value,
                                                         occurred_at=now - timedelta(hours=1), duration_minutes=90))
    [entry] = desk.street.activities(now - timedelta(days=1), now)
    assert (entry.id, entry.kind, entry.duration_minutes, entry.client_id) == (activity, "team_meeting", 90, None)
    assert problems_of(lambda: desk.street.record_activity(ActivityDraft(kind="nap", duration_minutes=1.5))) == {
        "kind": "unknown", "duration_minutes": "whole_minutes"}
    desk.street.delete_activity(activity)
    assert desk.street.activities(now - timedelta(days=1), now) == []


def test_a_code_person_is_erased_like_a_client(desk: Desk) -> None:
    person = desk.street.create_code_person(CodePersonDraft(code="QX99d", alias="Glimmerfrosch",
                                                            whereabouts="Brücke"))
    desk.contacts.record(ContactDraft(client_id=person, note="Glimmerfrosch bekam Naloxon", items={"naloxone": 2}))
    desk.street.record_activity(ActivityDraft(kind="network", client_id=person, note="Glimmerfrosch: Anruf",
                                              occurred_at=local_now() - timedelta(minutes=5)))
    desk.erasure.erase_client(person)
    with desk.session() as session:
        row = session.get(Client, person)
        assert (row.status, row.code, row.alias, row.whereabouts, row.kind) == (ClientStatus.ERASED.value, "", "", "",
                                                                                "")
        contact = session.scalars(select(Contact).where(Contact.client_id == person)).one()
        assert contact.deleted and contact.note == "" and not contact.items
        hits = session.execute(text("SELECT count(*) FROM client_fts WHERE client_fts MATCH 'Glimmerfrosch'")).scalar()
        assert hits == 0
    assert desk.clients.list(ClientFilter(text="QX99d")) == []
    assert desk.street.code_persons() == []
    assert desk.street.activities(datetime(2000, 1, 1), local_now() + timedelta(days=1)) == []


def test_a_code_person_becomes_a_client_and_keeps_every_contact(desk: Desk) -> None:
    person = desk.street.create_code_person(CodePersonDraft(code="KM71m", alias="Kalle", sex="m", birth_year=1971,
                                                            whereabouts="Kottbusser Tor"))
    desk.contacts.record(ContactDraft(client_id=person, occurred_at=local_now() - timedelta(days=3),
                                      items={"syringes": 10}))
    draft = desk.street.promotion_draft(person)
    assert (draft.alias, draft.birth_date.year, draft.birth_date_approximate, draft.gender) == ("Kalle", 1971, True,
                                                                                               "male")
    assert problems_of(lambda: desk.street.promote(person, ClientDraft(phone="call me"))) == {
        "first_name": "name_or_alias_required", "phone": "invalid_phone"}
    draft.first_name, draft.last_name = "Karl", "Meier"
    desk.street.promote(person, draft)
    details = desk.clients.get(person)
    assert (details.display_name, details.is_code_person, details.phase) == ("Karl Meier „Kalle“", False,
                                                                            "clarification")
    assert [entry.items for entry in desk.contacts.timeline(person)] == [{"syringes": 10}]
    assert desk.street.code_persons() == []
    with pytest.raises(NotFound):
        desk.street.promote(person, draft)
