"""Change sets: each unit of work and each sync reports the tables and clients it changed."""

import threading

from casedesk.models import Client
from casedesk.services.dto import ClientDraft, ContactDraft
from casedesk.store.change_sets import ChangeSet


def test_an_edit_reports_its_table_and_client_and_a_read_reports_nothing(sqlite_central_url, make_device):
    anna = make_device(sqlite_central_url, "Anna")
    desk = anna.desk
    client_id = desk.clients.create(ClientDraft(first_name="Jens"))
    created = desk.changes.take()
    assert created.touches(("client",), client_id)
    assert not created.touches(("contact",), client_id)
    desk.contacts.record(ContactDraft(client_id=client_id, type="street", note="Am Bahnhof"))
    recorded = desk.changes.take()
    assert recorded.touches(("contact",), client_id)
    assert not recorded.touches(("contact",), "another client")
    desk.clients.get(client_id)
    desk.contacts.timeline(client_id)
    assert not desk.changes.take().touches(("client", "contact"))


def test_a_failed_unit_of_work_reports_nothing(sqlite_central_url, make_device):
    desk = make_device(sqlite_central_url, "Anna").desk
    desk.changes.take()
    try:
        with desk.session() as session:
            session.add(Client(first_name="Jens"))
            session.flush()
            raise RuntimeError("the worker's machine fails here")
    except RuntimeError:
        pass
    assert not desk.changes.take()


def test_changes_are_kept_per_thread(sqlite_central_url, make_device):
    desk = make_device(sqlite_central_url, "Anna").desk
    desk.changes.take()
    other: list[ChangeSet] = []
    thread = threading.Thread(target=lambda: (desk.clients.create(ClientDraft(first_name="Jens")),
                                              other.append(desk.changes.take())))
    thread.start()
    thread.join()
    assert other[0].touches(("client",))
    assert not desk.changes.take(), "another thread's changes are not this thread's"


def test_a_pull_reports_the_pulled_tables_and_their_clients(sqlite_central_url, make_device):
    anna = make_device(sqlite_central_url, "Anna", role="team_lead")
    ben = make_device(sqlite_central_url, "Ben", role="team_lead")
    client_id = anna.desk.clients.create(ClientDraft(first_name="Jens"))
    anna.desk.contacts.record(ContactDraft(client_id=client_id, type="street", note="Am Bahnhof"))
    anna.sync.run()
    ben.desk.changes.take()
    ben.sync.run()
    pulled = ben.desk.changes.take()
    assert pulled.touches(("client",), client_id)
    assert pulled.touches(("contact",), client_id)
    assert not pulled.touches(("relapse_card_version",), client_id)


def test_setting_a_value_it_already_had_is_no_change(sqlite_central_url, make_device):
    desk = make_device(sqlite_central_url, "Anna").desk
    client_id = desk.clients.create(ClientDraft(first_name="Jens"))
    desk.changes.take()
    desk.clients.update(client_id, ClientDraft(first_name="Jens"))
    assert not desk.changes.take().touches(("client",))
