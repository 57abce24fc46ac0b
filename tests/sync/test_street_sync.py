"""Street work travels between laptops on both central backends: a code person and their contacts
with items (to their deputy, not to a colleague who does not hold them), the team's rounds (every
worker), the lead's item list, and activities (their worker's own); an erased code person is gone
on every copy; a code person made a client arrives as one record."""

from datetime import timedelta

from casedesk.domain import Role
from casedesk.models import local_now
from casedesk.services.dto import ClientFilter, ContactDraft
from casedesk.services.handover import HandoverService
from casedesk.services.street import ActivityDraft, CodePersonDraft, RoundDraft


def test_street_work_reaches_whom_it_should(central_url, make_device):
    anna = make_device(central_url, "Anna")
    dora = make_device(central_url, "Dora")
    olaf = make_device(central_url, "Olaf")
    lead = make_device(central_url, "Lea", role="team_lead")
    lead.desk.identity = lead.desk.identity.__class__(**{**lead.desk.identity.__dict__, "role": Role.TEAM_LEAD.value})
    now = local_now()
    person = anna.desk.street.create_code_person(CodePersonDraft(code="KM71m", alias="Kalle"))
    anna.sync.run()
    HandoverService(anna.desk).set_deputy(person, dora.credentials.worker_id)
    anna.desk.contacts.record(ContactDraft(client_id=person, occurred_at=now - timedelta(hours=2),
                                           items={"syringes": 10, "naloxone": 1}))
    anna.desk.street.record_round(RoundDraft(started_at=now - timedelta(hours=3), duration_minutes=60, place="Park",
                                             people={"m:27-39": 4}, talks=2, items={"condoms": 5}))
    anna.desk.street.record_activity(ActivityDraft(kind="documentation", occurred_at=now - timedelta(hours=1),
                                                   duration_minutes=30, note="Rundenprotokoll"))
    own_item = lead.desk.street.add_item("Wärmepflaster")
    lead.desk.street.set_item("pipes", "", retired=True)
    for device in (anna, lead, dora, olaf, anna):
        device.sync.run()

    day = (now - timedelta(days=1), now + timedelta(minutes=5))
    [contact] = dora.desk.contacts.timeline(person)
    assert contact.items == {"syringes": 10, "naloxone": 1}
    assert dora.desk.street.code_persons()[0].code == "KM71m"
    assert olaf.desk.street.code_persons() == [] and olaf.desk.clients.list() == []
    for device in (dora, olaf, lead):
        [entry] = device.desk.street.rounds(*day)
        assert (entry.place, entry.people, entry.items) == ("Park", 4, {"condoms": 5})
        codes = [item.code for item in device.desk.street.item_list()]
        assert own_item in codes and "pipes" not in codes
        assert device.desk.street.activities(*day) == []  # Anna's own
    assert [entry.note for entry in anna.desk.street.activities(*day)] == ["Rundenprotokoll"]
    for device in (anna, dora, olaf, lead):
        assert device.sync.conflicts() == []

    # Made a client on Dora's laptop: one record everywhere, its contact kept.
    draft = dora.desk.street.promotion_draft(person)
    draft.first_name = "Karl"
    dora.desk.street.promote(person, draft)
    dora.sync.run(), anna.sync.run()
    details = anna.desk.clients.get(person)
    assert (details.display_name, details.is_code_person) == ("Karl „Kalle“", False)
    assert len(anna.desk.contacts.timeline(person)) == 1


def test_an_erased_code_person_is_gone_on_every_copy(central_url, make_device):
    anna = make_device(central_url, "Anna")
    dora = make_device(central_url, "Dora")
    person = anna.desk.street.create_code_person(CodePersonDraft(code="QX99d", alias="Glimmerfrosch"))
    anna.sync.run()
    HandoverService(anna.desk).set_deputy(person, dora.credentials.worker_id)
    anna.desk.contacts.record(ContactDraft(client_id=person, note="Glimmerfrosch", items={"foil": 3}))
    anna.sync.run(), dora.sync.run()
    assert dora.desk.street.code_persons()
    anna.desk.erasure.erase_client(person)
    anna.sync.run(), dora.sync.run()
    for device in (anna, dora):
        assert device.desk.street.code_persons() == []
        assert device.desk.clients.list(ClientFilter(text="Glimmerfrosch")) == []
