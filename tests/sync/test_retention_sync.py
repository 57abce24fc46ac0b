"""The team's retention period (issue 13, point 6) set by a lead reaches every laptop of the team,
on both central backends, beside the caseload limit on the same row."""

from casedesk.services.rights import RightsService


def _lead(device):
    device.desk.identity = device.desk.identity.__class__(**{**device.desk.identity.__dict__, "role": "team_lead"})
    return device


def test_the_teams_retention_period_reaches_every_laptop(central_url, make_device):
    lead = _lead(make_device(central_url, "Lea", role="team_lead"))
    anna = make_device(central_url, "Anna")
    lead.sync.run()
    lead.desk.caseload.set_limit(6)
    RightsService(lead.desk).set_retention_years(5)
    lead.sync.run()
    anna.sync.run()
    assert RightsService(anna.desk).retention_years("Nord") == 5
    assert anna.desk.caseload.limit("Nord") == 6
    assert anna.sync.conflicts() == []
