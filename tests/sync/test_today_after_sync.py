"""Today after a sync: what a colleague recorded reaches the derived rows Today reads (migration 0012)."""

from datetime import timedelta

from casedesk.domain import Phase
from casedesk.models import local_now
from casedesk.services.dto import ClientDraft, ContactDraft


def test_a_colleagues_contact_pulled_in_clears_the_weekly_contact_line(sqlite_central_url, make_device):
    anna = make_device(sqlite_central_url, "Anna", role="team_lead")
    ben = make_device(sqlite_central_url, "Ben", role="team_lead")
    client_id = anna.desk.clients.create(ClientDraft(first_name="Jens"))
    anna.desk.clients.set_phase(client_id, Phase.MONITORING.value)
    anna.desk.contacts.record(ContactDraft(client_id=client_id, type="street", note="Am Bahnhof",
                                           occurred_at=local_now() - timedelta(days=20)))
    assert [e.rule for e in anna.desk.today.overview().entries] == ["weekly_contact"]
    anna.sync.run()
    ben.sync.run()
    ben.desk.contacts.record(ContactDraft(client_id=client_id, type="office", note="Kam vorbei",
                                          occurred_at=local_now() - timedelta(hours=1)))
    ben.sync.run()
    anna.sync.run()
    assert list(anna.desk.today.overview().entries) == []
