"""A deputy with a period: the deputy's laptop holds the client on the days of the period only
(row-level security on PostgreSQL, the same rule on the embedded store), what they wrote during
it still arrives after it, and only the case manager (or a lead) changes the period."""

import time
from datetime import date, datetime, timedelta

import psycopg
import pytest
from sqlalchemy.engine import make_url

from casedesk.domain import RefusalReason
from casedesk.services.dto import ClientDraft, ClientFilter, ContactDraft
from casedesk.sync import central

TODAY = date.today()


def _ids(desk) -> set[str]:
    return {summary.id for summary in desk.clients.list(ClientFilter(include_closed=True))}


def _with_open_case(device, **fields) -> str:
    return device.desk.clients.create(ClientDraft(first_name="Jens", alias="Kralle", **fields))


def _connect_as(url: str, credentials: central.WorkerCredentials) -> psycopg.Connection:
    parsed = make_url(url)
    return psycopg.connect(host=parsed.host, port=parsed.port, dbname=parsed.database,
                           user=credentials.login, password=credentials.token, autocommit=True)


def test_the_deputys_laptop_holds_the_client_during_the_period_only(central_url, make_device):
    anna, ben = make_device(central_url, "Anna"), make_device(central_url, "Ben")
    ben.sync.run()
    anna.sync.run()
    ben_id = ben.desk.identity.worker_id
    jens = _with_open_case(anna)
    # Ahead: not yet Ben's.
    anna.desk.handover.set_deputy(jens, ben_id, TODAY + timedelta(days=3), TODAY + timedelta(days=10))
    anna.sync.run()
    ben.sync.run()
    assert jens not in _ids(ben.desk)
    # The period has begun: Ben's next sync brings the client.
    anna.desk.handover.set_deputy(jens, ben_id, TODAY - timedelta(days=1), TODAY + timedelta(days=5))
    anna.sync.run()
    ben.sync.run()
    assert jens in _ids(ben.desk)
    assert [p.client_id for p in ben.desk.handover.deputised_by_me()] == [jens]
    # It is over: Ben's next sync takes the client away.
    anna.desk.handover.set_deputy(jens, ben_id, TODAY - timedelta(days=10), TODAY - timedelta(days=1))
    anna.sync.run()
    report = ben.sync.run()
    assert jens not in _ids(ben.desk) and report.purged_clients == 1
    assert ben.desk.handover.deputised_by_me() == []


def test_row_level_security_shows_a_deputy_the_client_during_the_period_and_not_after(
        postgres_central_url, make_device):
    url = postgres_central_url
    anna, ben = make_device(url, "Anna"), make_device(url, "Ben")
    ben.sync.run()
    anna.sync.run()
    jens = _with_open_case(anna)
    anna.desk.contacts.record(ContactDraft(client_id=jens, note="Substitution besprochen"))
    ben_id = ben.desk.identity.worker_id

    def seen_by_ben() -> tuple[int, int]:
        with _connect_as(url, ben.credentials) as connection:
            return (connection.execute("SELECT count(*) FROM client WHERE id = %s", (jens,)).fetchone()[0],
                    connection.execute("SELECT count(*) FROM contact WHERE client_id = %s", (jens,)).fetchone()[0])

    for starts, ends, seen in ((0, 0, (1, 1)), (-5, 2, (1, 1)), (1, 5, (0, 0)), (-9, -1, (0, 0)), (None, None, (1, 1))):
        anna.desk.handover.set_deputy(jens, ben_id, None if starts is None else TODAY + timedelta(days=starts),
                                      None if ends is None else TODAY + timedelta(days=ends))
        anna.sync.run()
        assert seen_by_ben() == seen, (starts, ends)


def test_what_the_deputy_wrote_during_the_period_arrives_after_it(central_url, make_device):
    """Three days ago, in the middle of Ben's period, everything happened on laptops whose clocks
    said so; today the period (which ended two days ago) no longer lets Ben see the client, yet
    the visit he recorded during it is applied, and his laptop lets the client go."""
    then = datetime.combine(TODAY - timedelta(days=3), datetime.min.time()) + timedelta(hours=11)
    then_millis = int(time.mktime(then.timetuple()) * 1000)
    anna, ben = make_device(central_url, "Anna"), make_device(central_url, "Ben")
    for device in (anna, ben):
        device.desk.clock._wall_millis = lambda: then_millis - 3_600_000
    ben.sync.run()
    anna.sync.run()
    jens = _with_open_case(anna)
    # An open period at first (the central store's date is today's): Ben's laptop gets the client.
    anna.desk.handover.set_deputy(jens, ben.desk.identity.worker_id, TODAY - timedelta(days=6), None)
    anna.sync.run()
    ben.sync.run()
    assert jens in _ids(ben.desk)
    ben.desk.clock._wall_millis = lambda: then_millis
    ben.desk.contacts.record(ContactDraft(client_id=jens, occurred_at=then, note="Hausbesuch in der Vertretung"))
    # Today: Anna says when the period really ended.
    real_wall = lambda: time.time_ns() // 1_000_000
    anna.desk.clock._wall_millis = ben.desk.clock._wall_millis = real_wall
    anna.desk.handover.set_deputy(jens, ben.desk.identity.worker_id, TODAY - timedelta(days=6),
                                  TODAY - timedelta(days=2))
    anna.sync.run()
    report = ben.sync.run()
    assert not report.refused and report.pushed == 1
    assert jens not in _ids(ben.desk)
    anna.sync.run()
    assert "Hausbesuch in der Vertretung" in [entry.note for entry in anna.desk.contacts.timeline(jens)]
    back = anna.desk.handover.back_from_absence()
    assert [(work.period.deputy_name, [note for _, _, note in work.contacts]) for work in back] == [
        ("Ben", ["Hausbesuch in der Vertretung"])]


def test_a_deputy_cannot_stretch_their_own_period(central_url, make_device):
    anna, ben = make_device(central_url, "Anna"), make_device(central_url, "Ben")
    ben.sync.run()
    anna.sync.run()
    jens = _with_open_case(anna)
    anna.desk.handover.set_deputy(jens, ben.desk.identity.worker_id, TODAY, TODAY + timedelta(days=3))
    anna.sync.run()
    ben.sync.run()
    ben.desk.handover.set_deputy(jens, ben.desk.identity.worker_id, TODAY, TODAY + timedelta(days=300))
    report = ben.sync.run()
    assert len(report.refused) == 1
    assert [item.reason for item in ben.sync.refused_changes()] == [RefusalReason.NOT_PERMITTED.value]
    anna.sync.run()
    assert anna.desk.workers.assignment(jens).deputy_until == TODAY + timedelta(days=3)


def test_postgresql_refuses_a_deputys_own_change_of_the_period(postgres_central_url, make_device):
    url = postgres_central_url
    anna, ben = make_device(url, "Anna"), make_device(url, "Ben")
    ben.sync.run()
    anna.sync.run()
    jens = _with_open_case(anna)
    anna.desk.handover.set_deputy(jens, ben.desk.identity.worker_id, TODAY, TODAY + timedelta(days=3))
    anna.sync.run()
    with _connect_as(url, ben.credentials) as connection:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE client SET deputy_until = deputy_until + 300 WHERE id = %s", (jens,))
        # Other fields of the client stay the deputy's to change.
        assert connection.execute("UPDATE client SET whereabouts = 'Bahnhof' WHERE id = %s", (jens,)).rowcount == 1
