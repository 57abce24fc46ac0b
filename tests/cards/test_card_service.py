"""Relapse cards in the service layer: versions, validation, privacy, the team's default numbers."""

from dataclasses import replace

import pytest
from card_fixtures import long_card

from casedesk.services.cards import CardDraft, NumberDraft, SituationDraft, kept_positions
from casedesk.services.desk import Desk
from casedesk.services.errors import NotFound, ValidationFailed


def test_first_save_is_version_one_and_every_change_adds_a_version(desk: Desk, client_id: str) -> None:
    first = desk.cards.save(client_id, long_card("de"))
    changed = long_card("de")
    changed.situations[0].alternatives = "Zum Kontaktladen gehen."
    second = desk.cards.save(client_id, changed)

    versions = desk.cards.versions(client_id)
    assert [v.version for v in versions] == [2, 1]
    assert (first.version, second.version) == (1, 2)
    assert versions[1].draft.situations[0].alternatives.startswith("Spaziergang zum Hafen")
    assert versions[0].worker_name == "Anna Lindqvist"
    assert desk.cards.current(client_id).id == second.id


def test_saving_the_same_card_again_makes_no_new_version(desk: Desk, client_id: str) -> None:
    desk.cards.save(client_id, long_card("da"))
    same_with_noise = long_card("da")
    same_with_noise.situations[0].description += "  \n"
    same_with_noise.situations[0].triggers.reverse()
    same_with_noise.situations.append(SituationDraft())
    same_with_noise.important_numbers.append(NumberDraft(" ", ""))

    again = desk.cards.save(client_id, same_with_noise)

    assert again.version == 1
    assert len(desk.cards.versions(client_id)) == 1
    assert desk.cards.next_version_number(client_id, same_with_noise) == 1
    assert desk.cards.next_version_number(client_id, replace(same_with_noise, large_print=True)) == 2


def test_triggers_are_stored_in_the_methods_order(desk: Desk, client_id: str) -> None:
    draft = CardDraft(situations=[SituationDraft("Zahltag", ["group_pressure", "craving", "unpleasant_feelings"])])
    saved = desk.cards.save(client_id, draft)
    assert saved.draft.situations[0].triggers == ["unpleasant_feelings", "craving", "group_pressure"]


@pytest.mark.parametrize(("draft", "problem"), [
    (CardDraft(language="fr"), {"language": "unknown"}),
    (CardDraft(situations=[SituationDraft(), SituationDraft("", ["craving"])]), {"situations.1.description": "required"}),
    (CardDraft(situations=[SituationDraft("Abends", ["boredom"])]), {"situations.0.triggers": "unknown"}),
    (CardDraft(situations=[SituationDraft(f"Situation {n}") for n in range(4)]), {"situations": "too_many"}),
    (CardDraft(important_numbers=[NumberDraft("Mutter", "")]), {"important_numbers.0.number": "required"}),
    (CardDraft(important_numbers=[NumberDraft("", "112"), NumberDraft("x", "1")]),
     {"important_numbers.0.label": "required"}),
    (CardDraft(important_numbers=[NumberDraft(f"N{n}", str(n)) for n in range(9)]), {"important_numbers": "too_many"}),
])
def test_invalid_cards_are_refused_with_field_codes(desk: Desk, client_id: str, draft: CardDraft,
                                                     problem: dict[str, str]) -> None:
    with pytest.raises(ValidationFailed) as raised:
        desk.cards.save(client_id, draft)
    assert raised.value.problems == problem
    assert desk.cards.versions(client_id) == []


def test_saving_for_an_unknown_client_is_not_found(desk: Desk) -> None:
    with pytest.raises(NotFound):
        desk.cards.save("no-such-client", long_card("en"))


def test_card_shows_only_the_first_name_by_default(desk: Desk, client_id: str) -> None:
    content = desk.cards.content(client_id, long_card("de"))
    assert content.display_name == "Jürgen"
    assert content.date_of_birth_text is None


def test_surname_and_birth_date_only_when_ticked(desk: Desk, client_id: str) -> None:
    ticked = replace(long_card("de"), show_surname=True, show_birth_date=True)
    content = desk.cards.content(client_id, ticked)
    assert content.display_name == "Jürgen Großmann-Øvergaard"
    assert content.date_of_birth_text == "14.03.1979"

    anonymous = replace(long_card("de"), show_first_name=False)
    assert desk.cards.content(client_id, anonymous).display_name == ""


def test_printed_version_keeps_its_privacy_choices(desk: Desk, client_id: str) -> None:
    version = desk.cards.save(client_id, replace(long_card("en"), show_surname=True))
    content = desk.cards.version_content(version.id)
    assert content.display_name == "Jürgen Großmann-Øvergaard"
    assert content.version == 1
    assert content.language == "en"


def test_new_card_gets_the_team_numbers_of_the_card_languages_country(desk: Desk, client_id: str) -> None:
    desk.cards.save_crisis_line("de", "Telefonseelsorge", "0800 111 0 111")
    desk.cards.save_crisis_line("DK", "Livslinien", "70 201 201")

    german = desk.cards.new_card_draft(client_id)
    danish = desk.cards.new_card_draft(client_id, "DK")

    assert german.language == "de"
    assert [(n.label, n.number) for n in german.important_numbers] == [("Telefonseelsorge", "0800 111 0 111")]
    assert [n.label for n in danish.important_numbers] == ["Livslinien"]
    assert desk.cards.crisis_countries() == ["DE", "DK"]


def test_desk_setting_chooses_the_default_country(desk: Desk, client_id: str) -> None:
    desk.cards.save_crisis_line("DK", "Livslinien", "70 201 201")
    desk.set_setting("crisis_line_country", "DK")
    assert [n.label for n in desk.cards.new_card_draft(client_id).important_numbers] == ["Livslinien"]


def test_crisis_lines_can_be_edited_and_removed(desk: Desk) -> None:
    line_id = desk.cards.save_crisis_line("DE", "Krisendienst", "030 390 63 00")
    desk.cards.save_crisis_line("DE", "Berliner Krisendienst", "030 390 63 10", line_id)
    assert [(line.label, line.number) for line in desk.cards.crisis_lines("DE")] == [
        ("Berliner Krisendienst", "030 390 63 10")]

    desk.cards.remove_crisis_line(line_id)
    assert desk.cards.crisis_lines() == []


@pytest.mark.parametrize(("country", "label", "number", "problem"), [
    ("Germany", "Krisendienst", "030", "country"),
    ("DE", " ", "030", "label"),
    ("DE", "Krisendienst", "", "number"),
])
def test_invalid_crisis_lines_are_refused(desk: Desk, country: str, label: str, number: str, problem: str) -> None:
    with pytest.raises(ValidationFailed) as raised:
        desk.cards.save_crisis_line(country, label, number)
    assert problem in raised.value.problems


def test_kept_positions_point_back_into_the_editor_boxes() -> None:
    draft = CardDraft(situations=[SituationDraft(), SituationDraft("b"), SituationDraft("c")],
                      important_numbers=[NumberDraft("a", "1"), NumberDraft(), NumberDraft("c", "3")])
    assert kept_positions(draft) == ([1, 2], [0, 2])
