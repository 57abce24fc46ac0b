"""Use cases of the service layer: clients, search, contacts, tasks and the Today overview."""

# Fixtures are imported from service_fixtures by name, so their parameters "redefine" them.
# ruff: noqa: F811

from datetime import date, datetime, timedelta

import pytest
from service_fixtures import add_client, add_worker, casedesk_home, desk, desk_path  # noqa: F401
from sqlalchemy import select

from casedesk.domain import ClientStatus, Phase
from casedesk.models import Client, PhaseChange, Task, local_now
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft, ClientFilter, ContactDraft
from casedesk.services.errors import NotFound, ValidationFailed


def problems_of(action) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as refused:
        action()
    return refused.value.problems


def assign(desk: Desk, client_id: str, responsible: str | None, deputy: str | None) -> None:
    with desk.session() as session:
        client = session.get(Client, client_id)
        client.responsible_worker_id = responsible
        client.deputy_worker_id = deputy


def contact(desk: Desk, client_id: str, occurred_at: datetime, note: str = "", **extra) -> str:
    return desk.contacts.record(ContactDraft(client_id=client_id, occurred_at=occurred_at, note=note, **extra))


def ids(summaries) -> set[str]:
    return {summary.id for summary in summaries}


# --- validation ------------------------------------------------------------------------------
def test_a_client_needs_a_name_or_an_alias(desk: Desk) -> None:
    assert problems_of(lambda: desk.clients.create(ClientDraft(first_name="  "))) == {
        "first_name": "name_or_alias_required"}
    assert desk.clients.get(add_client(desk, alias="Blondie")).display_name == "„Blondie“"
    assert desk.clients.get(add_client(desk, last_name="Krause")).display_name == "Krause"


def test_birth_date_may_not_be_in_the_future(desk: Desk) -> None:
    tomorrow = date.today() + timedelta(days=1)
    assert problems_of(lambda: add_client(desk, first_name="Kai", birth_date=tomorrow)) == {"birth_date": "in_future"}
    client_id = add_client(desk, first_name="Kai", birth_date=date(1984, 1, 1), birth_date_approximate=True)
    assert desk.clients.get(client_id).draft.birth_date_approximate


@pytest.mark.parametrize("phone", ["0151 2345678", "+49 (0)151 / 234-5678", "+45 20 12 34 56", "030.1234567"])
def test_phone_numbers_are_accepted_in_every_usual_format(desk: Desk, phone: str) -> None:
    assert desk.clients.get(add_client(desk, alias="Rocky", phone=phone)).draft.phone == phone


@pytest.mark.parametrize("phone", ["call me maybe", "12ab34", "+", "0151 2345678 ext. 5"])
def test_phone_junk_is_refused(desk: Desk, phone: str) -> None:
    assert problems_of(lambda: add_client(desk, alias="Rocky", phone=phone)) == {"phone": "invalid_phone"}


# --- create, update, archive ----------------------------------------------------------------
def test_create_update_archive_restore(desk: Desk) -> None:
    client_id = add_client(desk, first_name=" Kai ", last_name="Brandt", whereabouts="Kottbusser Tor")
    details = desk.clients.get(client_id)
    assert details.draft.first_name == "Kai"
    assert details.phase == Phase.CLARIFICATION
    assert details.is_mine and details.responsible_name == "Anna Test"

    desk.clients.update(client_id, ClientDraft(first_name="Kai", last_name="Brandt", alias="Kaptajn"))
    assert desk.clients.get(client_id).draft.alias == "Kaptajn"
    assert desk.clients.get(client_id).draft.whereabouts == ""

    desk.clients.archive(client_id)
    assert client_id not in ids(desk.clients.list())
    archived = [s for s in desk.clients.list(ClientFilter(include_closed=True)) if s.id == client_id]
    assert archived and archived[0].status == ClientStatus.ARCHIVED

    desk.clients.restore(client_id)
    assert client_id in ids(desk.clients.list())


def test_unknown_client_is_not_found(desk: Desk) -> None:
    with pytest.raises(NotFound):
        desk.clients.get("no-such-id")
    with pytest.raises(NotFound):
        desk.contacts.record(ContactDraft(client_id="no-such-id"))


def test_phase_changes_are_history(desk: Desk) -> None:
    client_id = add_client(desk, alias="Professor")
    for phase in (Phase.ASSESSMENT, Phase.PLANNING, Phase.MONITORING):
        desk.clients.set_phase(client_id, phase.value)
    desk.clients.set_phase(client_id, Phase.MONITORING.value)
    assert desk.clients.get(client_id).phase == Phase.MONITORING
    with desk.session() as session:
        history = session.scalars(select(PhaseChange.phase).order_by(PhaseChange.changed_at)).all()
    assert history == ["clarification", "assessment", "planning", "monitoring"]


def test_releases_are_validated_and_listed(desk: Desk) -> None:
    client_id = add_client(desk, alias="Professor")
    granted = date.today() - timedelta(days=10)
    assert problems_of(lambda: desk.clients.add_release(client_id, " ", granted, None)) == {"helper": "required"}
    assert problems_of(lambda: desk.clients.add_release(
        client_id, "Jobcenter", granted, granted - timedelta(days=1))) == {"expires_on": "before_granted"}
    desk.clients.add_release(client_id, "Jobcenter Mitte", granted, granted + timedelta(days=365))
    assert [r.helper for r in desk.clients.get(client_id).releases] == ["Jobcenter Mitte"]


# --- filters --------------------------------------------------------------------------------
@pytest.fixture
def caseload(desk: Desk) -> dict[str, str]:
    """Clients covering every filter: mine, deputised, a colleague's; overdue or not; each phase."""
    colleague = add_worker(desk, "Sabine Krüger")
    me = desk.identity.worker_id
    now = local_now()
    clients = {
        "mine_overdue": add_client(desk, first_name="Ole", last_name="Overdue"),
        "mine_recent": add_client(desk, first_name="Rita", last_name="Recent"),
        "mine_never": add_client(desk, first_name="Nils", last_name="Never"),
        "mine_assessment_old": add_client(desk, first_name="Asta", last_name="Assessment"),
        "deputy_overdue": add_client(desk, first_name="Dora", last_name="Deputy"),
        "colleague_overdue": add_client(desk, first_name="Carl", last_name="Colleague"),
        "mine_closed": add_client(desk, first_name="Clara", last_name="Closed"),
    }
    for key in ("mine_overdue", "mine_recent", "mine_never", "deputy_overdue", "colleague_overdue"):
        desk.clients.set_phase(clients[key], Phase.MONITORING.value)
    desk.clients.set_phase(clients["mine_assessment_old"], Phase.ASSESSMENT.value)
    desk.clients.set_phase(clients["mine_closed"], Phase.CLOSED.value)
    assign(desk, clients["deputy_overdue"], colleague, me)
    assign(desk, clients["colleague_overdue"], colleague, None)
    contact(desk, clients["mine_overdue"], now - timedelta(days=8))
    contact(desk, clients["mine_recent"], now - timedelta(days=6, hours=23))
    contact(desk, clients["mine_assessment_old"], now - timedelta(days=40))
    contact(desk, clients["deputy_overdue"], now - timedelta(days=7, minutes=1))
    contact(desk, clients["colleague_overdue"], now - timedelta(days=30))
    return clients


def test_filters_mine_deputy_overdue_phase_closed(desk: Desk, caseload: dict[str, str]) -> None:
    c = caseload
    everyone_open = {key for key in c if key != "mine_closed"}
    assert ids(desk.clients.list()) == {c[key] for key in everyone_open}
    assert ids(desk.clients.list(ClientFilter(mine=True))) == {
        c["mine_overdue"], c["mine_recent"], c["mine_never"], c["mine_assessment_old"]}
    assert ids(desk.clients.list(ClientFilter(deputy=True))) == {c["deputy_overdue"]}
    assert ids(desk.clients.list(ClientFilter(mine=True, deputy=True))) == {
        c["mine_overdue"], c["mine_recent"], c["mine_never"], c["mine_assessment_old"], c["deputy_overdue"]}
    assert ids(desk.clients.list(ClientFilter(overdue=True))) == {
        c["mine_overdue"], c["mine_never"], c["deputy_overdue"], c["colleague_overdue"]}
    assert ids(desk.clients.list(ClientFilter(phase=Phase.ASSESSMENT.value))) == {c["mine_assessment_old"]}
    assert c["mine_closed"] in ids(desk.clients.list(ClientFilter(include_closed=True)))


def test_list_is_sorted_by_name_and_flags_each_client(desk: Desk, caseload: dict[str, str]) -> None:
    summaries = desk.clients.list()
    names = [s.display_name for s in summaries]
    assert names == sorted(names, key=str.lower)
    by_id = {s.id: s for s in summaries}
    assert by_id[caseload["mine_overdue"]].overdue and by_id[caseload["mine_overdue"]].is_mine
    assert by_id[caseload["deputy_overdue"]].is_deputy and not by_id[caseload["deputy_overdue"]].is_mine
    assert not by_id[caseload["mine_recent"]].overdue
    assert by_id[caseload["mine_never"]].last_contact_at is None


# --- search ---------------------------------------------------------------------------------
@pytest.fixture
def searchable(desk: Desk) -> dict[str, str]:
    clients = {
        "wendeborn": add_client(desk, first_name="Quirin", last_name="Wendeborn"),
        "sorensen": add_client(desk, first_name="Søren", last_name="Sørensen", whereabouts="Mændenes Hjem"),
        "kaptajn": add_client(desk, alias="Kaptajn", whereabouts="Kottbusser Tor"),
        "strauss": add_client(desk, first_name="Heinz", last_name="Strauß"),
    }
    contact(desk, clients["kaptajn"], local_now() - timedelta(hours=2), note="Wollte über Entgiftung sprechen.")
    return clients


@pytest.mark.parametrize(("typed", "expected"), [
    ("Wen", "wendeborn"),
    ("wendeborn", "wendeborn"),
    ("quirin wend", "wendeborn"),
    ("kapt", "kaptajn"),
    ("kottbus", "kaptajn"),
    ("entgift", "kaptajn"),
    ("sorensen", "sorensen"),
    ("Sørens", "sorensen"),
    ("mændenes hj", "sorensen"),
    ("strauss", "strauss"),
])
def test_search_finds_by_name_alias_place_and_note(desk: Desk, searchable: dict[str, str], typed: str,
                                                  expected: str) -> None:
    assert ids(desk.clients.list(ClientFilter(text=typed))) == {searchable[expected]}


def test_note_words_need_three_letters_but_names_do_not(desk: Desk, searchable: dict[str, str]) -> None:
    assert ids(desk.clients.list(ClientFilter(text="En"))) == set()
    assert ids(desk.clients.list(ClientFilter(text="Ent"))) == {searchable["kaptajn"]}
    assert searchable["wendeborn"] in ids(desk.clients.list(ClientFilter(text="W")))


def test_a_very_common_note_word_is_looked_up_in_the_newest_notes(desk: Desk,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("casedesk.services.clients.NOTE_SEARCH_HITS", 2)
    oldest, middle, newest = (add_client(desk, alias=alias) for alias in ("Eins", "Zwei", "Drei"))
    for client_id in (oldest, middle, newest):
        contact(desk, client_id, local_now() - timedelta(hours=1), note="Wohnungsbesichtigung vereinbart")
    assert ids(desk.clients.list(ClientFilter(text="Wohnungsbesichtigung"))) == {middle, newest}


@pytest.mark.parametrize("typed", ['"', "*", "AND (", "NEAR(", "-", "a:b", "'", "Wen*\"", "  "])
def test_search_never_fails_on_odd_input(desk: Desk, searchable: dict[str, str], typed: str) -> None:
    desk.clients.list(ClientFilter(text=typed))


def test_archived_and_tombstoned_clients_leave_the_search(desk: Desk, searchable: dict[str, str]) -> None:
    desk.clients.archive(searchable["wendeborn"])
    assert ids(desk.clients.list(ClientFilter(text="Wendeborn"))) == set()
    assert ids(desk.clients.list(ClientFilter(text="Wendeborn", include_closed=True))) == {searchable["wendeborn"]}


# --- contacts and tasks ---------------------------------------------------------------------
def test_record_a_contact_with_a_follow_up_task(desk: Desk) -> None:
    client_id = add_client(desk, alias="Hippie")
    due = local_now() + timedelta(days=3)
    contact_id = desk.contacts.record(ContactDraft(
        client_id=client_id, type="accompaniment", duration_minutes=90, place="Jobcenter",
        note=" Zum Jobcenter begleitet. ", follow_up_title=" Bescheid abholen ", follow_up_due=due))
    [entry] = desk.contacts.timeline(client_id)
    assert (entry.id, entry.type, entry.note, entry.worker_name) == (
        contact_id, "accompaniment", "Zum Jobcenter begleitet.", "Anna Test")
    [task] = desk.tasks.for_client(client_id)
    assert (task.title, task.due_at, task.client_name) == ("Bescheid abholen", due, "„Hippie“")
    with desk.session() as session:
        assert session.get(Task, task.id).source_contact_id == contact_id


@pytest.mark.parametrize(("draft_fields", "problem"), [
    ({"type": "telepathy"}, {"type": "unknown"}),
    ({"occurred_at": local_now() + timedelta(hours=1)}, {"occurred_at": "in_future"}),
    ({"duration_minutes": -5}, {"duration_minutes": "out_of_range"}),
    ({"follow_up_due": local_now()}, {"follow_up_title": "required"}),
])
def test_contact_validation(desk: Desk, draft_fields: dict, problem: dict) -> None:
    client_id = add_client(desk, alias="Hippie")
    assert problems_of(lambda: desk.contacts.record(ContactDraft(client_id=client_id, **draft_fields))) == problem
    assert desk.contacts.timeline(client_id) == []


def test_timeline_is_newest_first(desk: Desk) -> None:
    client_id = add_client(desk, alias="Hippie")
    now = local_now()
    for days in (3, 10, 1, 5):
        contact(desk, client_id, now - timedelta(days=days), note=f"vor {days} Tagen")
    notes = [entry.note for entry in desk.contacts.timeline(client_id)]
    assert notes == ["vor 1 Tagen", "vor 3 Tagen", "vor 5 Tagen", "vor 10 Tagen"]
    assert [entry.note for entry in desk.contacts.timeline(client_id, limit=2)] == notes[:2]


def test_tasks_due_and_done(desk: Desk) -> None:
    client_id = add_client(desk, alias="Hippie")
    now = local_now()
    overdue = desk.tasks.create(client_id, "Ausweis beantragen", now - timedelta(days=2))
    today = desk.tasks.create(client_id, "Jobcenter anrufen", now)
    later = desk.tasks.create(client_id, "Hilfeplan prüfen", now + timedelta(days=10))
    undated = desk.tasks.create(None, "Teamsitzung vorbereiten", None)
    assert problems_of(lambda: desk.tasks.create(client_id, " ", now)) == {"title": "required"}

    assert [t.id for t in desk.tasks.due(now + timedelta(minutes=1))] == [overdue, today]
    desk.tasks.set_done(overdue)
    assert [t.id for t in desk.tasks.due(now + timedelta(minutes=1))] == [today]
    assert [t.id for t in desk.tasks.for_client(client_id)] == [today, later]
    assert {t.id: t.done for t in desk.tasks.for_client(client_id, include_done=True)}[overdue]
    desk.tasks.set_done(overdue, done=False)
    assert overdue in [t.id for t in desk.tasks.due(now)]
    assert undated not in [t.id for t in desk.tasks.due(now + timedelta(days=365))]
    with pytest.raises(NotFound):
        desk.tasks.set_done("no-such-task")


# --- today ----------------------------------------------------------------------------------
def test_today_overview(desk: Desk, caseload: dict[str, str]) -> None:
    now = local_now()
    due_today = desk.tasks.create(caseload["mine_recent"], "Arzttermin begleiten", now.replace(hour=23, minute=0))
    tomorrow = desk.tasks.create(caseload["mine_recent"], "Später", now + timedelta(days=2))
    overview = desk.today.overview(now=now)

    overdue = [entry.client_id for entry in overview.entries]
    # Monitoring clients of mine or deputised, >= 7 days without contact; never-contacted first.
    assert overdue[0] == caseload["mine_never"]
    assert set(overdue) == {caseload["mine_never"], caseload["mine_overdue"], caseload["deputy_overdue"]}
    days = {entry.client_id: entry.days_without_contact for entry in overview.entries}
    assert days[caseload["mine_never"]] is None and days[caseload["mine_overdue"]] == 8
    assert due_today in [task.id for task in overview.due_tasks]
    assert tomorrow not in [task.id for task in overview.due_tasks]
