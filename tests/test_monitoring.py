"""The contact rules (services.monitoring): one definition of "overdue" for Today and the list.

Today's other rules, snoozes and the team's settings: tests/test_today_rules.py.
"""

from datetime import date, datetime, timedelta
from itertools import product

import pytest
from service_fixtures import add_client, add_worker
from sqlalchemy import select

from casedesk.domain import ContactType, Phase
from casedesk.models import CaseEpisode, Client, local_now
from casedesk.services import monitoring
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientFilter, ContactDraft
from casedesk.services.tasks import due_by_end_of, is_date_only

NOW = datetime(2025, 6, 16, 14, 30)


def record_contact(desk: Desk, client_id: str, occurred_at: datetime, kind: ContactType = ContactType.OFFICE) -> None:
    desk.contacts.record(ContactDraft(client_id=client_id, type=kind.value, occurred_at=occurred_at, note="gesehen"))


def open_episode_on(desk: Desk, client_id: str, opened_on: date) -> None:
    with desk.session() as session:
        episode = session.scalars(select(CaseEpisode).where(
            CaseEpisode.client_id == client_id, CaseEpisode.closed_on.is_(None))).one()
        episode.opened_on = opened_on


def set_people(desk: Desk, client_id: str, responsible: str | None, deputy: str | None) -> None:
    with desk.session() as session:
        client = session.get(Client, client_id)
        client.responsible_worker_id = responsible
        client.deputy_worker_id = deputy


def keys(broken: list[monitoring.BrokenRule]) -> list[str]:
    return [entry.rule.key for entry in broken]


# --- the rules themselves ---------------------------------------------------------------------------
def test_weekly_contact_applies_in_monitoring_only() -> None:
    last = NOW - timedelta(days=8)
    assert keys(monitoring.broken_rules(Phase.MONITORING.value, last, last, date(2025, 1, 1), NOW)) == ["weekly_contact"]
    assert monitoring.broken_rules(Phase.LINKING.value, last, last, date(2025, 1, 1), NOW) == []
    recent = NOW - timedelta(days=6, hours=23)
    assert monitoring.broken_rules(Phase.MONITORING.value, recent, recent, date(2025, 1, 1), NOW) == []


def test_no_contact_for_45_days_is_overdue_in_any_open_phase_but_not_when_closed() -> None:
    last = NOW - timedelta(days=50)
    for phase in monitoring.OPEN_PHASES - {Phase.MONITORING.value}:
        broken = monitoring.broken_rules(phase, last, last, date(2025, 1, 1), NOW)
        assert keys(broken) == ["contact_gap"], phase
        assert broken[0].due_at == last + timedelta(days=45)
    assert keys(monitoring.broken_rules(Phase.MONITORING.value, last, last, date(2025, 1, 1), NOW)) == [
        "weekly_contact", "contact_gap"]  # the longest overdue first
    assert monitoring.broken_rules(Phase.CLOSED.value, last, last, date(2025, 1, 1), NOW) == []


def test_a_new_episode_restarts_the_45_days_but_not_the_weekly_contact() -> None:
    last = NOW - timedelta(days=100)  # seen in an earlier episode
    reopened = (NOW - timedelta(days=10)).date()
    assert monitoring.broken_rules(Phase.CLARIFICATION.value, last, last, reopened, NOW) == []
    weekly = monitoring.broken_rules(Phase.MONITORING.value, last, last, reopened, NOW)
    assert keys(weekly) == ["weekly_contact"]
    assert weekly[0].due_at == datetime.combine(reopened, datetime.min.time())


def test_a_client_never_seen() -> None:
    opened = date(2025, 6, 1)
    assert keys(monitoring.broken_rules(Phase.MONITORING.value, None, None, opened, NOW)) == ["weekly_contact"]
    assert monitoring.broken_rules(Phase.LINKING.value, None, None, opened, NOW) == []  # 15 days into the episode
    assert keys(monitoring.broken_rules(Phase.LINKING.value, None, None, date(2025, 4, 1), NOW)) == ["contact_gap"]


def test_a_try_to_reach_counts_for_the_weekly_contact_but_not_for_the_gap() -> None:
    tried = NOW - timedelta(days=2)
    opened = date(2025, 1, 1)
    # Met 10 days ago, tried 2 days ago: the worker reached out this week.
    assert monitoring.broken_rules(Phase.MONITORING.value, tried, NOW - timedelta(days=10), opened, NOW) == []
    # Met 50 days ago: KDS counts no attempt, so the 45 days ran out 5 days ago.
    met = NOW - timedelta(days=50)
    for phase in (Phase.LINKING.value, Phase.MONITORING.value):
        [gap] = monitoring.broken_rules(phase, tried, met, opened, NOW)
        assert (gap.rule.key, gap.due_at) == ("contact_gap", met + timedelta(days=45))
    # Only ever tried: the gap is due 45 days into the episode.
    [gap] = monitoring.broken_rules(Phase.LINKING.value, tried, None, opened, NOW)
    assert (gap.rule.key, gap.due_at) == ("contact_gap", datetime(2025, 2, 15))


# --- one definition: SQL filter, list flag, Python rules and Today agree ----------------------------
CONTACT_AGES = (None, timedelta(days=6, hours=23), timedelta(days=7, minutes=1), timedelta(days=44, hours=23),
                timedelta(days=45, minutes=1), timedelta(days=80))
EPISODE_AGES = (0, 20, 46, 200)
#: A "tried to reach" after (or before) the last contact: it counts for the weekly rule only.
ATTEMPT_AGES = (None, timedelta(days=3))


@pytest.fixture
def grid(desk: Desk) -> dict[str, tuple[str, datetime | None, datetime | None, date]]:
    """A client for every phase x last met x attempt x episode age: id -> (phase, last contact,
    last met, opened on)."""
    now = local_now()
    clients = {}
    for phase, contact_age, attempt_age, episode_age in product(list(Phase), CONTACT_AGES, ATTEMPT_AGES,
                                                                EPISODE_AGES):
        client_id = add_client(desk, first_name=f"{phase.value} {contact_age} {attempt_age} {episode_age}")
        if phase is not Phase.CLARIFICATION:
            desk.clients.set_phase(client_id, phase.value)
        opened_on = (now - timedelta(days=episode_age)).date()
        if phase is not Phase.CLOSED:
            open_episode_on(desk, client_id, opened_on)
        last_met = now - contact_age if contact_age is not None else None
        if last_met is not None:
            record_contact(desk, client_id, last_met)
        tried = now - attempt_age if attempt_age is not None else None
        if tried is not None:
            record_contact(desk, client_id, tried, ContactType.ATTEMPT)
        last_contact = max((at for at in (last_met, tried) if at is not None), default=None)
        clients[client_id] = (phase.value, last_contact, last_met, opened_on)
    return clients


def test_list_filter_list_flag_and_rules_give_one_answer(desk: Desk, grid) -> None:
    now = local_now()
    expected = {client_id for client_id, (phase, last, met, opened) in grid.items()
                if monitoring.broken_rules(phase, last, met, opened, now)}
    filtered = desk.clients.list(ClientFilter(overdue=True), now=now)
    assert {summary.id for summary in filtered} == expected
    flagged = {summary.id for summary in desk.clients.list(ClientFilter(include_closed=True), now=now)
               if summary.overdue}
    assert flagged == expected
    # The grid covers both rules, each with and without a contact, and clients overdue under none.
    assert 0 < len(expected) < len(grid)
    assert {phase for phase, _last, _met, _opened in (grid[client_id] for client_id in expected)} == (
        monitoring.OPEN_PHASES)
    # And clients an attempt keeps off the weekly rule but not off the gap.
    assert any(grid[client_id][1] != grid[client_id][2] for client_id in expected)


def test_today_shows_exactly_the_list_with_mine_deputy_and_overdue(desk: Desk, grid) -> None:
    colleague = add_worker(desk, "Sabine Krüger")
    me = desk.identity.worker_id
    client_ids = list(grid)
    for index, client_id in enumerate(client_ids):
        if index % 3 == 1:
            set_people(desk, client_id, colleague, me)  # I deputise
        elif index % 3 == 2:
            set_people(desk, client_id, colleague, None)  # a colleague's own
    now = local_now()
    overview = desk.today.overview(now=now)
    listed = {summary.id for summary in desk.clients.list(
        ClientFilter(mine=True, deputy=True, overdue=True), now=now)}
    contact_entries = [entry for entry in overview.entries if entry.rule in ("weekly_contact", "contact_gap")]
    assert {entry.client_id for entry in contact_entries} == listed
    assert len(contact_entries) == len(listed)  # one entry per client
    everyone_overdue = {summary.id for summary in desk.clients.list(ClientFilter(overdue=True), now=now)}
    assert listed < everyone_overdue  # the colleague's own overdue clients are not Today's
    since = [entry.due_at for entry in contact_entries]
    assert since == sorted(since)  # the longest overdue first
    assert {setting.rule for setting in overview.rules} >= {rule.key for rule in monitoring.RULES}


def test_a_client_in_linking_without_contact_for_50_days_is_overdue_with_its_rule(desk: Desk) -> None:
    now = local_now()
    client_id = add_client(desk, first_name="Lina", last_name="Linking")
    desk.clients.set_phase(client_id, Phase.LINKING.value)
    open_episode_on(desk, client_id, (now - timedelta(days=90)).date())
    record_contact(desk, client_id, now - timedelta(days=50))

    assert [summary.id for summary in desk.clients.list(ClientFilter(overdue=True), now=now)] == [client_id]
    [entry] = desk.today.overview(now=now).entries
    assert entry.client_id == client_id and entry.overdue
    assert entry.days_without_contact == 50
    assert entry.rule == "contact_gap"
    assert entry.due_at == now - timedelta(days=5)


def test_today_orders_by_how_long_overdue(desk: Desk) -> None:
    now = local_now()
    linking_50 = add_client(desk, first_name="Anton")  # due 45 days after contact: 5 days ago
    monitoring_10 = add_client(desk, first_name="Berta")  # due 7 days after contact: 3 days ago
    monitoring_40 = add_client(desk, first_name="Cem")  # 33 days ago
    for client_id, phase, days in ((linking_50, Phase.LINKING, 50), (monitoring_10, Phase.MONITORING, 10),
                                   (monitoring_40, Phase.MONITORING, 40)):
        desk.clients.set_phase(client_id, phase.value)
        open_episode_on(desk, client_id, (now - timedelta(days=100)).date())
        record_contact(desk, client_id, now - timedelta(days=days))
    order = [entry.client_id for entry in desk.today.overview(now=now).entries]
    assert order == [monitoring_40, linking_50, monitoring_10]


# --- tasks due on a day -------------------------------------------------------------------------------
def test_a_task_due_on_a_day_is_told_from_an_appointment(desk: Desk) -> None:
    client_id = add_client(desk, first_name="Tara")
    day = local_now().date() + timedelta(days=3)
    desk.tasks.create(client_id, "Ausweis beantragen", due_by_end_of(day))
    desk.tasks.create(client_id, "Arzttermin", datetime.combine(day, datetime.min.time()).replace(hour=10))
    by_title = {task.title: task.due_at for task in desk.tasks.for_client(client_id)}
    assert is_date_only(by_title["Ausweis beantragen"]) and by_title["Ausweis beantragen"].date() == day
    assert not is_date_only(by_title["Arzttermin"])


def test_today_dates_a_reopened_case_from_its_new_episode(desk: Desk) -> None:
    now = local_now()
    client_id = add_client(desk, first_name="Rolf", last_name="Reopened")
    record_contact(desk, client_id, now - timedelta(days=100))
    desk.clients.set_phase(client_id, Phase.CLOSED.value)
    reopened = (now - timedelta(days=10)).date()
    with desk.session() as session:  # taken on again: a new episode
        session.add(CaseEpisode(client_id=client_id, phase=Phase.CLARIFICATION.value, opened_on=reopened))
    assert desk.today.overview(now=now).entries == []  # the 45 days run from the reopening
    desk.clients.set_phase(client_id, Phase.MONITORING.value)
    [entry] = desk.today.overview(now=now).entries
    assert entry.rule == "weekly_contact"
    assert entry.due_at == datetime.combine(reopened, datetime.min.time())
