"""Property test: several laptops and one central store, random edits, syncs and faults.

After every laptop syncs twice: each copy equals what the central store lets its worker see, every
field carries the edit with the newest hybrid-logical-clock stamp (so no acknowledged write was
lost and concurrent edits were decided, with the loser kept as a conflict), erased clients are
blank everywhere, and no outbox entry is left.
"""

import itertools
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import PASSPHRASE, encrypted_central_url
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import func, select

from casedesk.models import Client, Contact, PendingChange
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft, ContactDraft
from casedesk.services.erasure import ErasureService
from casedesk.services.sync_service import ClockAhead, SyncService
from casedesk.sync import central
from casedesk.sync.scope import SYNCED_TABLES, visible_rows

FAULT_STEPS = ["handshake", "push_committed", "push_acknowledged", "pull_batch", "before_check"]
TEXTS = st.sampled_from(["", "Bahnhof", "Park", "Notunterkunft", "0171 1", "0171 2", "Ærø", "Straße"])
_names = itertools.count()


class Killed(RuntimeError):
    pass


class SyncMachine(RuleBasedStateMachine):
    make_central_url = None  # set per backend by the test

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="casedesk-sm-"))
        self.url = type(self).make_central_url()
        central.init_central(self.url)
        anna = central.add_worker(self.url, "Anna", "caseworker", "Nord")
        lead = central.add_worker(self.url, "Lea", "team_lead", "Nord")
        # Two laptops of the same caseworker and the team lead's laptop.
        self.devices: list[tuple[Desk, SyncService, central.WorkerCredentials]] = []
        for credentials in (anna, anna, lead):
            desk = Desk.create(self.folder / f"d{next(_names)}.casedesk", PASSPHRASE, "x", "Nord", "de")
            service = SyncService(desk)
            service.configure(self.url, credentials.login, credentials.token)
            self.devices.append((desk, service, credentials))
        self.clients: list[str] = []
        self.contacts: list[str] = []
        self.erased: set[str] = set()
        self.clashes: set[tuple[str, str]] = set()
        self.client_of: dict[str, str] = {}
        #: (table, row id, field) → [(stamp, value)] of every edit made anywhere
        self.edits: dict[tuple[str, str, str], list[tuple[str, object]]] = {}

    def teardown(self) -> None:
        for desk, _, _ in self.devices:
            desk.close()

    # --- helpers ----------------------------------------------------------------------------
    def _record(self, desk: Desk, model, row_id: str, fields: list[str]) -> None:
        with desk.session() as session:
            row = session.get(model, row_id)
            for name in fields:
                self.edits.setdefault((model.__tablename__, row_id, name), []).append(
                    (row.field_clocks[name], getattr(row, name)))

    def _holds(self, desk: Desk, client_id: str) -> bool:
        with desk.session() as session:
            client = session.get(Client, client_id)
            return client is not None and client.status != "erased"

    # --- rules ------------------------------------------------------------------------------
    @rule(device=st.integers(0, 2), whereabouts=TEXTS)
    def create_client(self, device: int, whereabouts: str) -> None:
        desk = self.devices[device][0]
        client_id = desk.clients.create(ClientDraft(first_name=f"Klient {len(self.clients)}", whereabouts=whereabouts))
        self.clients.append(client_id)
        self._record(desk, Client, client_id, ["whereabouts", "phone"])

    @precondition(lambda self: self.clients)
    @rule(device=st.integers(0, 2), pick=st.integers(0, 100), phone=TEXTS, whereabouts=TEXTS)
    def edit_client(self, device: int, pick: int, phone: str, whereabouts: str) -> None:
        desk = self.devices[device][0]
        client_id = self.clients[pick % len(self.clients)]
        if not self._holds(desk, client_id):
            return
        with desk.session() as session:
            client = session.get(Client, client_id)
            changed = [name for name, value in (("phone", phone), ("whereabouts", whereabouts))
                       if getattr(client, name) != value]
            client.phone, client.whereabouts = phone, whereabouts
        self._record(desk, Client, client_id, changed)

    @precondition(lambda self: self.clients)
    @rule(first=st.integers(0, 2), second=st.integers(0, 2), pick=st.integers(0, 100),
          values=st.lists(TEXTS, min_size=2, max_size=2, unique=True), field=st.sampled_from(["phone", "whereabouts"]))
    def concurrent_edit(self, first: int, second: int, pick: int, values: list[str], field: str) -> None:
        """Two laptops change the same field before either syncs: a clash the merge must decide."""
        client_id = self.clients[pick % len(self.clients)]
        desks = [self.devices[first][0], self.devices[second][0]]
        if first == second or not all(self._holds(desk, client_id) for desk in desks):
            return
        for desk, value in zip(desks, values, strict=True):
            with desk.session() as session:
                client = session.get(Client, client_id)
                if getattr(client, field) == value:
                    return
                setattr(client, field, value)
            self._record(desk, Client, client_id, [field])
        self.clashes.add((client_id, field))

    @precondition(lambda self: self.clients)
    @rule(device=st.integers(0, 2), pick=st.integers(0, 100), note=TEXTS)
    def record_contact(self, device: int, pick: int, note: str) -> None:
        desk = self.devices[device][0]
        client_id = self.clients[pick % len(self.clients)]
        if not self._holds(desk, client_id):
            return
        contact_id = desk.contacts.record(ContactDraft(client_id=client_id, note=note))
        self.contacts.append(contact_id)
        self.client_of[contact_id] = client_id
        self._record(desk, Contact, contact_id, ["note", "deleted"])

    @precondition(lambda self: self.contacts)
    @rule(device=st.integers(0, 2), pick=st.integers(0, 100), note=TEXTS, delete=st.booleans())
    def edit_or_delete_contact(self, device: int, pick: int, note: str, delete: bool) -> None:
        desk = self.devices[device][0]
        contact_id = self.contacts[pick % len(self.contacts)]
        with desk.session() as session:
            contact = session.get(Contact, contact_id)
            if contact is None or contact.deleted or not self._holds(desk, contact.client_id):
                return
            field = "deleted" if delete else "note"
            if getattr(contact, field) == (True if delete else note):
                return
            setattr(contact, field, True if delete else note)
        self._record(desk, Contact, contact_id, [field])

    @precondition(lambda self: self.clients)
    @rule(device=st.integers(0, 2), pick=st.integers(0, 100))
    def erase_client(self, device: int, pick: int) -> None:
        desk = self.devices[device][0]
        client_id = self.clients[pick % len(self.clients)]
        if self._holds(desk, client_id):
            ErasureService(desk).erase_client(client_id)
            self.erased.add(client_id)

    @rule(device=st.integers(0, 2), fault=st.sampled_from([None, *FAULT_STEPS]))
    def sync(self, device: int, fault: str | None) -> None:
        service = self.devices[device][1]

        def kill(step: str) -> None:
            if step == fault:
                raise Killed(step)

        try:
            service.run(fault=kill)
        except Killed:
            pass

    @rule(device=st.integers(0, 2))
    def sync_with_clock_far_ahead(self, device: int) -> None:
        desk, service, _ = self.devices[device]
        before = self._pending(desk)
        with pytest.raises(ClockAhead):
            service.run(wall_clock=lambda: central.utc_now() + timedelta(minutes=30))
        assert self._pending(desk) == before

    def _pending(self, desk: Desk) -> int:
        with desk.session() as session:
            return session.scalar(select(func.count()).select_from(PendingChange))

    # --- the property -----------------------------------------------------------------------
    def check_converged(self) -> None:
        for _ in range(2):
            for _, service, _ in self.devices:
                report = service.run()
                assert report.consistent
        engine = central.connect(self.url)
        try:
            with engine.connect() as connection:
                for desk, _, credentials in self.devices:
                    assert self._pending(desk) == 0
                    role = "team_lead" if credentials.login == self.devices[2][2].login else "caseworker"
                    for table in SYNCED_TABLES:
                        expected = {row.id: dict(row._mapping) for row in connection.execute(
                            select(table).where(visible_rows(table, credentials.worker_id, role, "Nord")))}
                        with desk.session() as session:
                            local = {row.id: dict(row._mapping) for row in session.execute(select(table))}
                        assert local == expected, table.name
                central_rows = {}
                for table_name, model in (("client", Client), ("contact", Contact)):
                    table = model.__table__
                    central_rows[table_name] = {row.id: row for row in connection.execute(select(table))}
        finally:
            engine.dispose()
        for (table_name, row_id, field), made in self.edits.items():
            row = central_rows[table_name].get(row_id)
            client_id = row_id if table_name == "client" else self.client_of[row_id]
            if client_id in self.erased:
                continue
            assert row is not None, (table_name, row_id)
            newest_value = max(made, key=lambda edit: edit[0])[1]
            assert getattr(row, field) == newest_value, (table_name, field)
        recorded = set()
        for _, service, _ in self.devices:
            recorded |= {(conflict.client_id, conflict.field) for conflict in service.conflicts()}
        for client_id, field in self.clashes - recorded:
            # A clash leaves no conflict only if its client was erased meanwhile.
            assert client_id in self.erased, field
        for client_id in self.erased:
            client = central_rows["client"][client_id]
            assert (client.status, client.first_name, client.phone, client.whereabouts) == ("erased", "", "", "")
            for contact in central_rows["contact"].values():
                if contact.client_id == client_id:
                    assert contact.note == "" and contact.deleted


class _Checked(SyncMachine):
    def teardown(self) -> None:
        try:
            self.check_converged()
        finally:
            super().teardown()


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_every_copy_converges_and_no_acknowledged_write_is_lost(backend, request, tmp_path):
    if backend == "sqlite":
        counter = itertools.count()

        def make_url() -> str:
            return encrypted_central_url(tmp_path, f"central{next(counter)}")
    else:
        cluster = request.getfixturevalue("postgres_cluster")
        counter = itertools.count()

        def make_url() -> str:
            return cluster.create_database(f"sm_{backend}_{next(counter)}_{next(_names)}")

    machine = type(f"Machine_{backend}", (_Checked,), {"make_central_url": staticmethod(make_url)})
    run_state_machine_as_test(machine, settings=settings(
        max_examples=6, stateful_step_count=25, deadline=None,
        suppress_health_check=list(HealthCheck)))
