"""A new card's language and default numbers: the client's language, the team's or the built-in numbers."""

import json
from dataclasses import asdict
from pathlib import Path

import pytest
from card_fixtures import PASSPHRASE, long_card

from casedesk.services.cards import BUILT_IN_NUMBERS, card_draft_from_dict, card_language_of
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft

DANISH_NUMBERS = [("Alarm", "112"), ("Livslinien", "70 201 201"), ("Alkolinjen", "80 200 500"),
                  ("Giftlinjen", "82 12 12 12")]


def _client(desk: Desk, languages: str) -> str:
    return desk.clients.create(ClientDraft(first_name="Mette", languages=languages))


def _numbers(draft) -> list[tuple[str, str]]:
    return [(entry.label, entry.number) for entry in draft.important_numbers]


@pytest.mark.parametrize(("languages", "language"), [
    ("da", "da"), ("de, ar", "de"), ("ar, Dansk", "da"), ("Deutsch, Dansk", "de"), ("Danish; Polish", "da"),
    ("Dänisch", "da"), ("engelsk", "en"), ("ar", None), ("", None), ("Deutschland", None),
])
def test_the_card_language_is_the_first_one_the_client_speaks(languages: str, language: str | None) -> None:
    assert card_language_of(languages) == language


def test_a_danish_client_in_a_german_desk_gets_a_danish_card_with_danish_numbers(desk: Desk) -> None:
    draft = desk.cards.new_card_draft(_client(desk, "da"))
    assert draft.language == "da"
    assert _numbers(draft) == DANISH_NUMBERS


def test_a_client_without_a_card_language_gets_the_desks(desk: Desk) -> None:
    draft = desk.cards.new_card_draft(_client(desk, "ar"))
    assert draft.language == "de"
    assert _numbers(draft) == list(BUILT_IN_NUMBERS["DE"])


def test_a_new_danish_desk_gives_new_cards_danish_numbers(tmp_path: Path) -> None:
    desk = Desk.create(tmp_path / "kbh.casedesk", PASSPHRASE, "Mikkel Jensen", "Gadeteam København", language="da")
    try:
        draft = desk.cards.new_card_draft(_client(desk, ""))
        assert draft.language == "da"
        assert _numbers(draft) == DANISH_NUMBERS
        assert desk.cards.crisis_lines() == []  # built in, never written: every laptop would add its own copy
    finally:
        desk.close()


def test_an_english_card_takes_the_numbers_of_the_desks_country(tmp_path: Path) -> None:
    desk = Desk.create(tmp_path / "kbh.casedesk", PASSPHRASE, "Mikkel Jensen", "Gadeteam", language="da")
    try:
        draft = desk.cards.new_card_draft(_client(desk, "English"))
        assert draft.language == "en"
        assert _numbers(draft) == DANISH_NUMBERS
    finally:
        desk.close()


def test_the_teams_numbers_for_a_country_replace_the_built_in_ones(desk: Desk) -> None:
    desk.cards.save_crisis_line("DK", "Gadeteamet", "33 12 34 56")
    assert _numbers(desk.cards.new_card_draft(_client(desk, "da"))) == [("Gadeteamet", "33 12 34 56")]
    assert _numbers(desk.cards.new_card_draft(_client(desk, "de"))) == list(BUILT_IN_NUMBERS["DE"])
    sets = desk.cards.default_number_sets()
    assert list(sets) == ["DE", "DK"]
    assert [entry.label for entry in sets["DK"]] == ["Gadeteamet"]


def test_a_parked_card_comes_back_equal_through_json(desk: Desk) -> None:
    draft = long_card("da")
    assert card_draft_from_dict(json.loads(json.dumps(asdict(draft)))) == draft


@pytest.mark.parametrize("damaged", [
    None, [], {"situations": ["text"]}, {"important_numbers": [{"label": 7}]}, {"language": ["da"]},
])
def test_a_damaged_parked_card_is_refused_whole(damaged: object) -> None:
    with pytest.raises(TypeError):
        card_draft_from_dict(damaged)  # type: ignore[arg-type]


@pytest.mark.parametrize("country", sorted(BUILT_IN_NUMBERS))
def test_the_default_numbers_print_each_on_one_line(desk: Desk, country: str) -> None:
    from reportlab.platypus import Paragraph, Table

    from casedesk.printing import fonts
    from casedesk.printing.card import lay_out_card

    fonts.register_fonts()
    language = {"DE": "de", "DK": "da"}[country]
    draft = desk.cards.new_card_draft(_client(desk, language))
    (fold_out,) = lay_out_card(desk.cards.content(_client(desk, language), draft)).fold_outs
    numbers = []
    for item in fold_out.numbers.rows[0].columns[0]:
        if isinstance(item.flowable, Table):  # label | number
            numbers.append(item.flowable._cellvalues[0][1])
        elif item.field.endswith(".number"):
            numbers.append(item.flowable)
    assert len(numbers) == len(BUILT_IN_NUMBERS[country])
    for number in numbers:
        cell = number[0] if isinstance(number, (list, tuple)) else number
        assert isinstance(cell, Paragraph)
        assert len(cell.blPara.lines) == 1, cell.text
