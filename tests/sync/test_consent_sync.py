"""Consents, a release with its scope and provider, and disclosures travel between two laptops on
both central backends; the team's caseload limit set by the lead reaches the team; a colleague who
does not hold the client sees none of it (row-level security follows the client)."""

from datetime import date, timedelta

from casedesk.services.consents import DisclosureDraft, ReleaseDraft
from casedesk.services.dto import ClientDraft
from casedesk.services.handover import HandoverService
from casedesk.services.providers import ProviderDraft

TODAY = date.today()


def test_a_release_with_scope_and_disclosures_merge_across_two_laptops(central_url, make_device):
    anna = make_device(central_url, "Anna")
    dora = make_device(central_url, "Dora")
    outsider = make_device(central_url, "Olaf")
    lead = make_device(central_url, "Lea", role="team_lead")
    provider = anna.desk.providers.create(ProviderDraft("Suchtberatung Nord", "Beratung"))
    client_id = anna.desk.clients.create(ClientDraft(first_name="Jens", alias="Kralle"))
    anna.sync.run()
    HandoverService(anna.desk).set_deputy(client_id, dora.credentials.worker_id)
    anna.desk.consents.record_consent(client_id, TODAY - timedelta(days=5), "written")
    release = anna.desk.consents.add_release(client_id, ReleaseDraft(
        provider_id=provider, granted_on=TODAY - timedelta(days=5), expires_on=TODAY + timedelta(days=90),
        domains=("housing", "substance_use"), information=("case_status", "plan")))
    anna.sync.run()
    dora.sync.run()

    [seen] = dora.desk.consents.releases(client_id)
    assert (seen.id, seen.helper, seen.provider_id, seen.recorded_by) == (release, "Suchtberatung Nord", provider,
                                                                         "Anna")
    assert (seen.scope.domains, seen.scope.information) == (("housing", "substance_use"), ("case_status", "plan"))
    # Both laptops record a disclosure offline under the release; both arrive everywhere.
    anna.desk.consents.record_disclosure(client_id, DisclosureDraft(
        release_id=release, domains=("housing",), what="Wohnungssuche besprochen"))
    dora.desk.consents.record_disclosure(client_id, DisclosureDraft(
        release_id=release, information=("plan",), what="Hilfeplan geschickt"))
    [consent] = dora.desk.consents.consents(client_id)
    dora.desk.consents.withdraw_consent(consent.id, TODAY)
    anna.sync.run(), dora.sync.run(), anna.sync.run()

    for device in (anna, dora):
        assert sorted(d.what for d in device.desk.consents.disclosures(client_id)) == [
            "Hilfeplan geschickt", "Wohnungssuche besprochen"]
        assert [c.withdrawn_on for c in device.desk.consents.consents(client_id)] == [TODAY]
        assert device.sync.conflicts() == []
    outsider.sync.run()
    lead.sync.run()
    assert [c.id for c in outsider.desk.clients.list()] == []
    assert len(lead.desk.consents.disclosures(client_id)) == 2


def test_the_teams_caseload_limit_reaches_every_laptop(central_url, make_device):
    lead = make_device(central_url, "Lea", role="team_lead")
    anna = make_device(central_url, "Anna")
    lead.desk.identity = lead.desk.identity.__class__(**{**lead.desk.identity.__dict__, "role": "team_lead"})
    lead.sync.run()
    lead.desk.caseload.set_limit(6)
    lead.sync.run()
    anna.sync.run()
    assert anna.desk.caseload.limit("Nord") == 6
