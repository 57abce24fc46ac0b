"""Where to find a client travels like every row owned by a client, on both central backends: the
usual places and the agreed description reach the deputy and not a colleague who does not hold the
client; a removed place is removed everywhere; the deputy's "tried to reach" from a round is on
the responsible worker's trail."""

from datetime import date, timedelta

from casedesk.domain import ContactType
from casedesk.models import local_now
from casedesk.services.dto import ClientDraft
from casedesk.services.handover import HandoverService
from casedesk.services.whereabouts import RoundResult, UsualPlaceDraft


def test_usual_places_and_the_description_reach_the_deputy_only(central_url, make_device):
    anna = make_device(central_url, "Anna")
    dora = make_device(central_url, "Dora")
    olaf = make_device(central_url, "Olaf")
    client_id = anna.desk.clients.create(ClientDraft(first_name="Karl", alias="Kalle"))
    anna.sync.run()
    HandoverService(anna.desk).set_deputy(client_id, dora.credentials.worker_id)
    clinic = anna.desk.whereabouts.add_place(client_id, UsualPlaceDraft("substitution_clinic", "Praxis Sommer",
                                                                        "Mo–Fr 8–10", "Vergabe um 9"))
    scene = anna.desk.whereabouts.add_place(client_id, UsualPlaceDraft("scene", "Kottbusser Tor"))
    anna.desk.whereabouts.set_description(client_id, "grüne Jacke, Hund", date(2025, 5, 2))
    for device in (anna, dora, olaf):
        device.sync.run()

    view = dora.desk.whereabouts.view(client_id)
    assert [(p.id, p.draft) for p in view.places] == [
        (clinic, UsualPlaceDraft("substitution_clinic", "Praxis Sommer", "Mo–Fr 8–10", "Vergabe um 9")),
        (scene, UsualPlaceDraft("scene", "Kottbusser Tor"))]
    assert (view.agreed_description, view.description_agreed_on) == ("grüne Jacke, Hund", date(2025, 5, 2))
    assert olaf.desk.clients.list() == []

    # Dora edits the hours and is out on a round; Anna removes the scene.
    dora.desk.whereabouts.update_place(clinic, UsualPlaceDraft("substitution_clinic", "Praxis Sommer", "Mo–Sa 8–10",
                                                               "Vergabe um 9"))
    dora.desk.whereabouts.record_round([RoundResult(client_id, False, "Praxis Sommer, Anmeldung")],
                                       at=local_now() - timedelta(hours=1))
    anna.desk.whereabouts.remove_place(scene)
    for device in (dora, anna, dora):
        device.sync.run()
    for device in (anna, dora):
        view = device.desk.whereabouts.view(client_id)
        assert [(p.id, p.draft.hours) for p in view.places] == [(clinic, "Mo–Sa 8–10")]
        [tried] = view.trail
        assert (tried.place, tried.type, tried.worker_name, tried.met) == (
            "Praxis Sommer, Anmeldung", ContactType.ATTEMPT.value, "Dora", False)
        assert device.sync.conflicts() == []
