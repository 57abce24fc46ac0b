"""The client list in pages (``desk.clients.page``) and the ranking of search hits."""
# Fixtures are imported from service_fixtures by name, so their parameters "redefine" them.
# ruff: noqa: F811

from datetime import timedelta

import pytest
from service_fixtures import add_client, add_worker, casedesk_home, desk, desk_path  # noqa: F401
from sqlalchemy import event

from casedesk.domain import Phase
from casedesk.models import Client, local_now
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientFilter, ContactDraft


def all_pages(desk: Desk, client_filter: ClientFilter, limit: int) -> list[list[str]]:
    pages, after = [], None
    while True:
        page = desk.clients.page(client_filter, after, limit)
        pages.append([client.id for client in page.clients])
        assert len(page.clients) <= limit
        if page.next_after is None:
            return pages
        assert len(page.clients) == limit
        after = page.next_after


def note(desk: Desk, client_id: str, text: str) -> None:
    desk.contacts.record(ContactDraft(client_id=client_id, occurred_at=local_now() - timedelta(hours=1), note=text))


@pytest.fixture
def caseload(desk: Desk) -> dict[str, str]:
    colleague = add_worker(desk, "Ben Kollege")
    names = ["Anna", "anna", "Bert", "Carla", "Dora", "Emil", "Frida", "Gustav", "Hanna", "Ida", "Jan"]
    clients = {f"{name}{index}": add_client(desk, first_name=name, last_name="Berger") for index, name in
               enumerate(names)}
    # Two clients with exactly the same name: the page boundary must fall between them safely.
    clients["twin1"] = add_client(desk, first_name="Jan", last_name="Berger")
    clients["closed"] = add_client(desk, first_name="Karl", last_name="Berger")
    desk.clients.set_phase(clients["closed"], Phase.CLOSED.value)
    clients["archived"] = add_client(desk, first_name="Lene", last_name="Berger")
    desk.clients.archive(clients["archived"])
    clients["colleague"] = add_client(desk, first_name="Mia", last_name="Berger")
    with desk.session() as session:
        session.get(Client, clients["colleague"]).responsible_worker_id = colleague
    return clients


@pytest.mark.parametrize("client_filter", [ClientFilter(), ClientFilter(include_closed=True), ClientFilter(mine=True),
                                           ClientFilter(text="Berger"), ClientFilter(phase=Phase.CLARIFICATION.value)])
@pytest.mark.parametrize("limit", [1, 2, 5])
def test_pages_add_up_to_the_whole_list_in_its_order(desk: Desk, caseload: dict[str, str],
                                                   client_filter: ClientFilter, limit: int) -> None:
    whole = [client.id for client in desk.clients.page(client_filter, limit=None).clients]
    pages = all_pages(desk, client_filter, limit)
    assert [client_id for page in pages for client_id in page] == whole
    assert len(set(whole)) == len(whole)


def test_the_list_leaves_out_closed_cases_and_colleagues_clients_as_filtered(desk: Desk,
                                                                            caseload: dict[str, str]) -> None:
    listed = [client.id for client in desk.clients.page(ClientFilter(), limit=None).clients]
    assert caseload["closed"] not in listed and caseload["archived"] not in listed
    assert caseload["colleague"] in listed
    assert caseload["colleague"] not in [c.id for c in desk.clients.page(ClientFilter(mine=True), limit=None).clients]
    with_closed = [client.id for client in desk.clients.page(ClientFilter(include_closed=True), limit=None).clients]
    assert {caseload["closed"], caseload["archived"]} <= set(with_closed)


def test_a_page_is_filled_even_when_most_candidates_are_closed(desk: Desk) -> None:
    # Closed cases sort first here, so the first batch of candidates is mostly dropped.
    for index in range(12):
        desk.clients.set_phase(add_client(desk, first_name=f"A{index:02}"), Phase.CLOSED.value)
    open_ones = [add_client(desk, first_name=f"B{index}") for index in range(3)]
    page = desk.clients.page(ClientFilter(), limit=2)
    assert [client.id for client in page.clients] == open_ones[:2]
    assert [client.id for client in desk.clients.page(ClientFilter(), page.next_after, 2).clients] == open_ones[2:]


def test_the_list_is_ordered_by_first_name_then_last_name_ignoring_case(desk: Desk) -> None:
    for first, last in (("bert", "Zander"), ("Bert", "Adler"), ("anna", "Zorn"), ("", "Ohne"), ("Cem", "")):
        add_client(desk, first_name=first, last_name=last)
    names = [client.display_name for client in desk.clients.page(ClientFilter(), limit=None).clients]
    assert names == ["Ohne", "anna Zorn", "Bert Adler", "bert Zander", "Cem"]


# --- search ranking ---------------------------------------------------------------------------
@pytest.fixture
def hits(desk: Desk) -> dict[str, str]:
    clients = {
        "kalle": add_client(desk, first_name="Karl", last_name="Meier", alias="Kalle"),
        "wendel": add_client(desk, first_name="Zora", last_name="Wendel"),
        "place": add_client(desk, first_name="Yusuf", whereabouts="Wendelstein-Park"),
        "note_a": add_client(desk, first_name="Anton", last_name="Acker"),
        "note_b": add_client(desk, first_name="Bea", last_name="Brandt"),
    }
    note(desk, clients["note_a"], "Hat Wendel am Bahnhof getroffen")
    note(desk, clients["note_b"], "Termin mit Frau Wendel")
    note(desk, clients["wendel"], "Wendel war gut drauf")  # a name hit with a note too stays a name hit
    return clients


def test_search_lists_record_hits_before_note_hits_and_marks_the_note_hits(desk: Desk,
                                                                          hits: dict[str, str]) -> None:
    found = desk.clients.page(ClientFilter(text="Wendel"), limit=None).clients
    # Record hits (name, where to find) by name first, then the note hits by name, although
    # "Anton" and "Bea" sort before "Yusuf" and "Zora".
    assert [client.id for client in found] == [hits["place"], hits["wendel"], hits["note_a"], hits["note_b"]]
    assert [client.found_in_note for client in found] == [False, False, True, True]


@pytest.mark.parametrize("limit", [1, 2, 3])
def test_search_pages_run_on_across_the_step_from_record_hits_to_note_hits(desk: Desk, hits: dict[str, str],
                                                                         limit: int) -> None:
    pages = all_pages(desk, ClientFilter(text="Wendel"), limit)
    assert [client_id for page in pages for client_id in page] == [
        hits["place"], hits["wendel"], hits["note_a"], hits["note_b"]]


def test_search_does_not_look_at_notes_when_record_hits_fill_the_page(desk: Desk, hits: dict[str, str]) -> None:
    statements: list[str] = []
    event.listen(desk.engine, "before_cursor_execute",
                 lambda _conn, _cursor, statement, *_: statements.append(statement))
    page = desk.clients.page(ClientFilter(text="Wendel"), limit=1)
    assert [client.id for client in page.clients] == [hits["place"]]
    assert not any("contact_fts" in statement for statement in statements)
    assert page.next_after is not None


def test_list_keeps_its_contract_for_callers_that_want_everything(desk: Desk, hits: dict[str, str]) -> None:
    assert [client.id for client in desk.clients.list(ClientFilter(text="Wendel"))] == [
        hits["place"], hits["wendel"], hits["note_a"], hits["note_b"]]
    assert len(desk.clients.list()) == len(hits)


def test_names_lists_every_active_client_by_name_and_leaves_out_archived_and_erased(desk: Desk) -> None:
    from casedesk.services.dto import ClientDraft

    zora = desk.clients.create(ClientDraft(first_name="Zora"))
    kalle = desk.clients.create(ClientDraft(first_name="Karl", last_name="Meier", alias="Kalle"))
    closed = desk.clients.create(ClientDraft(first_name="Anton"))
    desk.clients.set_phase(closed, Phase.CLOSED.value, "moved away")
    archived = desk.clients.create(ClientDraft(first_name="Bea"))
    desk.clients.archive(archived)
    erased = desk.clients.create(ClientDraft(first_name="Carl"))
    desk.erasure.erase_client(erased)
    names = desk.clients.names()
    assert [(n.id, n.alias) for n in names] == [(closed, ""), (kalle, "Kalle"), (zora, "")]
    assert names[1].display_name == "Karl Meier „Kalle“"
