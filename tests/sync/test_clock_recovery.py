"""A laptop whose clock ran a year ahead for a while: its edits are neither lost nor allowed to win
every later merge, and its clock comes back to real time once the wall clock is right again."""

import time

from sqlalchemy import text

from casedesk.services.dto import ClientDraft
from casedesk.store.hlc import Stamp
from casedesk.sync import central

YEAR_MILLIS = 365 * 24 * 3600 * 1000
TOLERANCE_MILLIS = int(central.MAX_CLOCK_AHEAD.total_seconds() * 1000)


def _central_phone(url: str, client_id: str) -> str:
    engine = central.connect(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT phone FROM client WHERE id = :c"), {"c": client_id}).scalar_one()
    finally:
        engine.dispose()


def test_an_edit_made_under_a_clock_a_year_ahead_arrives_restamped_and_the_clock_comes_back(
        central_url, make_device):
    anna = make_device(central_url, "Anna")
    lead = make_device(central_url, "Lea", role="team_lead")
    client_id = anna.desk.clients.create(ClientDraft(first_name="Jens", alias="Kralle"))
    anna.sync.run()
    lead.sync.run()
    real = anna.desk.clock._wall_millis
    anna.desk.clock._wall_millis = lambda: real() + YEAR_MILLIS
    anna.desk.clients.update(client_id, ClientDraft(first_name="Jens", alias="Kralle", phone="0171 1"))
    anna.desk.clock._wall_millis = real

    report = anna.sync.run()

    assert report.refused == [] and report.applied == 1
    assert _central_phone(central_url, client_id) == "0171 1"
    assert Stamp.parse(anna.desk.clock.last).millis < time.time() * 1000 + TOLERANCE_MILLIS
    # The re-stamped edit does not beat a colleague's later one.
    lead.sync.run()
    lead.desk.clients.update(client_id, ClientDraft(first_name="Jens", alias="Kralle", phone="0171 2"))
    lead.sync.run()
    anna.sync.run()
    assert _central_phone(central_url, client_id) == "0171 2"
    assert Stamp.parse(lead.desk.clock.last).millis < time.time() * 1000 + TOLERANCE_MILLIS
