"""Input the rest of the system cannot hold is refused by the services; any search input is cheap."""

# Fixtures are imported from service_fixtures by name, so their parameters "redefine" them.
# ruff: noqa: F811

import string
import time

import pytest
from service_fixtures import PASSPHRASE, add_client, casedesk_home, desk, desk_path  # noqa: F401

from casedesk.services.clients import SEARCH_MAX_WORDS, fts_query
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientFilter, ContactDraft

assert PASSPHRASE

HOSTILE_SEARCHES = {
    "100 000 one-letter words": " ".join(string.ascii_lowercase[n % 26] for n in range(100_000)),
    "100 000 distinct words": " ".join(f"w{n}" for n in range(100_000)),
    "one word of a million letters": "a" * 1_000_000,
    "100 000 words of punctuation between": "a-" * 100_000,
}


@pytest.mark.parametrize("typed", HOSTILE_SEARCHES.values(), ids=HOSTILE_SEARCHES.keys())
def test_any_search_input_answers_in_normal_search_time(desk: Desk, typed: str) -> None:
    client_id = add_client(desk, first_name="Anna", last_name="Berg")
    for _ in range(20):
        desk.contacts.record(ContactDraft(client_id=client_id, note="abc def ghi"))

    started = time.perf_counter()
    desk.clients.list(ClientFilter(text=typed, include_closed=True))
    elapsed = time.perf_counter() - started

    assert elapsed < 0.5, f"{elapsed:.2f} s"


def test_a_search_keeps_the_first_distinct_words_each_cut_to_a_sensible_length() -> None:
    query = fts_query("anna anna " + "b" * 100 + " " + " ".join(f"w{n}" for n in range(20)))
    words = query.split(" AND ")
    assert len(words) == SEARCH_MAX_WORDS
    assert words[:2] == ['"anna"*', '"' + "b" * 64 + '"*']
