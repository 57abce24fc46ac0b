"""The generated demo desk: realistic spread, stamped for sync, searchable, reproducible."""

# Fixtures are imported from service_fixtures by name, so their parameters "redefine" them.

from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from service_fixtures import casedesk_home  # noqa: F401
from sqlalchemy import func, select

from casedesk.domain import Phase
from casedesk.models import (
    SYNCED_MODELS,
    CaseEpisode,
    Client,
    Contact,
    CrisisLine,
    PendingChange,
    Task,
    Worker,
)
from casedesk.services.demo import DEMO_PASSPHRASE, DemoGenerator, create_demo_desk
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientFilter

NOW = datetime(2025, 3, 12, 14, 30)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.casedesk"
    summary = create_demo_desk(path, clients=80, contacts=2000, seed=3, now=NOW)
    assert (summary.clients, summary.contacts) == (80, 2000)
    return path


@pytest.fixture
def demo(demo_path: Path):
    desk = Desk.open(demo_path, DEMO_PASSPHRASE)
    yield desk
    desk.close()


def test_demo_desk_is_marked_and_has_the_requested_size(demo: Desk) -> None:
    assert demo.setting("demo") == "1"
    with demo.session() as session:
        assert session.scalar(select(func.count()).select_from(Client)) == 80
        assert session.scalar(select(func.count()).select_from(Contact)) == 2000
        assert session.scalar(select(func.count()).select_from(Worker)) >= 3
        numbers = set(session.scalars(select(CrisisLine.number)))
    assert {"0800 111 0 111", "70 201 201", "01806 313031"} <= numbers


def test_every_phase_is_represented_most_in_monitoring(demo: Desk) -> None:
    with demo.session() as session:
        phases = Counter(session.scalars(select(CaseEpisode.phase)))
    assert set(phases) == {phase.value for phase in Phase}
    assert phases.most_common(1)[0][0] == Phase.MONITORING.value


def test_filters_and_today_show_something(demo: Desk) -> None:
    everyone = demo.clients.list(ClientFilter(), now=NOW)
    assert demo.clients.list(ClientFilter(mine=True), now=NOW)
    assert demo.clients.list(ClientFilter(deputy=True), now=NOW)
    assert demo.clients.list(ClientFilter(overdue=True), now=NOW)
    assert any(s.last_contact_at and s.last_contact_at.date() == NOW.date() for s in everyone)
    assert any(s.last_contact_at is None for s in everyone)
    assert all(s.last_contact_at is None or s.last_contact_at <= NOW for s in everyone)
    overview = demo.today.overview(now=NOW)
    assert overview.overdue_clients
    due = [task.due_at for task in overview.due_tasks]
    assert any(d.date() < NOW.date() for d in due) and any(d.date() == NOW.date() for d in due)


def test_clients_vary_like_real_ones(demo: Desk) -> None:
    with demo.session() as session:
        clients = session.scalars(select(Client)).all()
        notes = session.scalars(select(Contact.note)).all()
        task_count = session.scalar(select(func.count()).select_from(Task))
    assert any(c.alias for c in clients) and any(not c.first_name and c.alias for c in clients)
    assert any(c.birth_date_approximate for c in clients) and any(c.birth_date is None for c in clients)
    assert any(c.no_fixed_abode for c in clients) and any(c.address for c in clients)
    assert any(c.phone for c in clients) and any(c.consent_data_processing for c in clients)
    assert {c.languages[:2] for c in clients} == {"de", "da"}
    assert len(set(notes)) > len(notes) * 0.8
    assert task_count > 0
    releases = [r for c in clients for r in demo.clients.get(c.id).releases]
    assert releases


def test_generated_rows_are_stamped_and_pending_like_real_edits(demo: Desk) -> None:
    device = demo.identity.device_id
    with demo.session() as session:
        pending = {(p.table_name, p.row_id): p for p in session.scalars(select(PendingChange))}
        for model in SYNCED_MODELS:
            for row in session.scalars(select(model)):
                assert row.hlc and row.origin_device == device
                assert set(row.field_clocks) == set(model.content_columns())
                record = pending[(model.__tablename__, row.id)]
                assert record.fields == sorted(model.content_columns())
                assert record.hlc == row.hlc
        stamps = session.scalars(select(Contact.hlc)).all()
    assert len(set(stamps)) == len(stamps)
    assert demo.clock.now() > max(stamps)


def test_demo_data_is_searchable(demo: Desk) -> None:
    with demo.session() as session:
        surname = session.scalars(select(Client.last_name).where(Client.last_name != "")).first()
    assert demo.clients.list(ClientFilter(text=surname[:4], include_closed=True))
    assert demo.clients.list(ClientFilter(text="Jobcenter"))


def test_same_seed_gives_the_same_caseload(tmp_path: Path, demo_path: Path) -> None:
    again = tmp_path / "again.casedesk"
    create_demo_desk(again, clients=80, contacts=2000, seed=3, now=NOW)
    other = tmp_path / "other.casedesk"
    create_demo_desk(other, clients=80, contacts=2000, seed=4, now=NOW)

    def caseload(path: Path) -> list[tuple]:
        desk = Desk.open(path, DEMO_PASSPHRASE)
        try:
            with desk.session() as session:
                return sorted(session.execute(select(
                    Client.first_name, Client.last_name, Client.alias, Client.whereabouts, Client.birth_date,
                    select(func.count()).where(Contact.client_id == Client.id).scalar_subquery(),
                )).all())
        finally:
            desk.close()

    assert caseload(again) == caseload(demo_path)
    assert caseload(other) != caseload(demo_path)


def test_add_contacts_gives_one_client_a_long_timeline(tmp_path: Path) -> None:
    path = tmp_path / "heavy.casedesk"
    create_demo_desk(path, clients=5, contacts=10, now=NOW)
    desk = Desk.open(path, DEMO_PASSPHRASE)
    try:
        client_id = desk.clients.list(ClientFilter(include_closed=True))[0].id
        before = len(desk.contacts.timeline(client_id))
        DemoGenerator(desk, seed=2, now=NOW).add_contacts(client_id, 120)
        timeline = desk.contacts.timeline(client_id)
        assert len(timeline) == before + 120
        assert timeline[0].occurred_at <= NOW and timeline[-1].occurred_at >= NOW - timedelta(days=731)
    finally:
        desk.close()
