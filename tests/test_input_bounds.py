"""Input the rest of the system cannot hold is refused by the services; any search input is cheap."""

# Fixtures are imported from service_fixtures by name, so their parameters "redefine" them.
# ruff: noqa: F811

import string
import time

import pytest
from service_fixtures import PASSPHRASE, add_client, casedesk_home, desk, desk_path  # noqa: F401

from casedesk.services.clients import SEARCH_MAX_WORDS, search_words
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
    words = search_words("anna anna " + "b" * 100 + " " + " ".join(f"w{n}" for n in range(20)))
    assert len(words) == SEARCH_MAX_WORDS
    assert words[:2] == ["anna", "b" * 64]


# --- one set of value rules ---------------------------------------------------------------------

from datetime import UTC, datetime

from sqlalchemy import String, Text

from casedesk.models import SYNCED_ENTITIES
from casedesk.models.limits import TEXT_MAX_CHARS, row_problems, text_limit
from casedesk.services.dto import ClientDraft
from casedesk.services.errors import ValidationFailed

TEXT_COLUMNS = [(entity.model, column) for entity in SYNCED_ENTITIES for column in entity.model.__table__.columns
                if isinstance(column.type, String | Text)]


@pytest.mark.parametrize(("model", "column"), TEXT_COLUMNS, ids=[f"{m.__tablename__}.{c.name}" for m, c in TEXT_COLUMNS])
def test_every_text_column_of_every_synced_model_has_a_rule(model, column) -> None:
    limit = text_limit(column)
    assert limit == (column.type.length or TEXT_MAX_CHARS)
    for value, code in (("x" * (limit + 1), "too_long"), ("a\x00b", "invalid_character"), ("\udc80", "invalid_character")):
        row = model()
        setattr(row, column.key, value)
        assert row_problems(row).get(column.key) == code


HOSTILE_CLIENTS = {
    "first_name": ("A" * 201, "too_long"),
    "last_name": ("nul\x00", "invalid_character"),
    "alias": ("\ud800", "invalid_character"),
    "emergency_notes": ("n" * (TEXT_MAX_CHARS + 1), "too_long"),
}


@pytest.mark.parametrize("field", HOSTILE_CLIENTS)
def test_a_client_value_the_system_cannot_hold_is_refused_at_its_field(desk: Desk, field: str) -> None:
    value, code = HOSTILE_CLIENTS[field]
    draft = ClientDraft(first_name="Anna", **{field: value}) if field != "first_name" else ClientDraft(first_name=value)
    with pytest.raises(ValidationFailed) as refused:
        desk.clients.create(draft)
    assert refused.value.problems == {field: code}


@pytest.mark.parametrize(("changes", "field", "code"), [
    ({"motivational_stage": "euphoric"}, "motivational_stage", "unknown"),
    ({"duration_minutes": 12.5}, "duration_minutes", "whole_minutes"),
    ({"occurred_at": datetime(2026, 1, 5, 10, 0, tzinfo=UTC)}, "occurred_at", "not_local_time"),
    ({"note": "\udc80"}, "note", "invalid_character"),
    ({"place": "p" * 301}, "place", "too_long"),
])
def test_a_contact_value_the_system_cannot_hold_is_refused(desk: Desk, changes: dict, field: str, code: str) -> None:
    client_id = add_client(desk, first_name="Anna")
    with pytest.raises(ValidationFailed) as refused:
        desk.contacts.record(ContactDraft(client_id=client_id, **changes))
    assert refused.value.problems == {field: code}


def test_a_task_with_an_empty_client_id_is_a_personal_task(desk: Desk) -> None:
    task_id = desk.tasks.create("", "Call the office", None)
    assert [task.client_id for task in desk.tasks.due(datetime(2100, 1, 1))] in ([], [None])
    assert task_id
    with pytest.raises(ValidationFailed):
        desk.tasks.create(None, "Later", datetime(2026, 1, 5, tzinfo=UTC))
