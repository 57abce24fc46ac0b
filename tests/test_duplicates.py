"""Possible duplicates: similar names and aliases, the same sound (Kölner Phonetik), the birth year."""

# Fixtures are imported from service_fixtures by name, so their parameters "redefine" them.
# ruff: noqa: F811

from datetime import date

import pytest
from service_fixtures import add_client, casedesk_home, desk, desk_path  # noqa: F401

from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft
from casedesk.services.duplicates import DuplicateReason as Reason
from casedesk.services.duplicates import fold, sound
from casedesk.services.errors import NotFound


def similar(desk: Desk, exclude_id: str = "", **fields) -> dict[str, tuple[int, set[Reason]]]:
    found = desk.duplicates.similar_to(ClientDraft(**fields), exclude_id=exclude_id, limit=100)
    assert found.total == len(found.clients)
    return {item.client.display_name: (item.score, set(item.reasons)) for item in found.clients}


def test_folding_and_sound() -> None:
    assert fold("  Müller-Lüdenscheidt ") == "mueller luedenscheidt"
    assert fold("Søren Ærø Åse") == "soeren aeroe aase"
    assert fold("René Öztürk") == "rene oeztuerk"
    assert sound(fold("Meier")) == sound(fold("Mayer")) == sound(fold("Maier")) == ("67",)
    # Word order does not matter; too short a code says nothing.
    assert sound(fold("Thomas Müller")) == sound(fold("Müller Thomas"))
    assert sound(fold("Bo")) == ()


def test_same_name_spelled_otherwise_word_order_and_sound(desk: Desk) -> None:
    add_client(desk, first_name="Thomas", last_name="Müller")
    add_client(desk, first_name="Karl", last_name="Meier")
    add_client(desk, first_name="Søren", last_name="Sørensen")
    add_client(desk, first_name="Petra", last_name="Schulz")

    assert similar(desk, first_name="Thomas", last_name="Mueller") == {"Thomas Müller": (100, {Reason.SAME_NAME})}
    assert similar(desk, first_name="Müller", last_name="Thomas") == {"Thomas Müller": (100, {Reason.SAME_NAME})}
    # Karl Mayer is only 80 % like Karl Meier by letters, but sounds the same.
    assert similar(desk, first_name="Karl", last_name="Mayer") == {"Karl Meier": (85, {Reason.SOUNDS_ALIKE})}
    score, reasons = similar(desk, first_name="Soren", last_name="Sorensen")["Søren Sørensen"]
    assert score >= 85 and Reason.SIMILAR_NAME in reasons
    assert similar(desk, first_name="Paul", last_name="Schröder") == {}
    assert similar(desk) == {}


def test_birth_years_that_disagree_exclude_and_the_same_year_raises(desk: Desk) -> None:
    add_client(desk, first_name="Jonas", last_name="Albrecht", birth_date=date(1980, 5, 1))
    add_client(desk, first_name="Jonas", last_name="Albrecht", birth_date=date(1984, 1, 1),
               birth_date_approximate=True)

    def reasons_for(born: date | None, approximate: bool = False) -> list[tuple[int, set[Reason]]]:
        found = desk.duplicates.similar_to(ClientDraft(first_name="Jonas", last_name="Albrecht", birth_date=born,
                                                       birth_date_approximate=approximate))
        return sorted((item.client.birth_date.year, item.score, frozenset(item.reasons)) for item in found.clients)

    # Unknown: both may be the one; neither is raised.
    assert [(year, score) for year, score, _ in reasons_for(None)] == [(1980, 100), (1984, 100)]
    assert reasons_for(date(1980, 5, 1)) == [(1980, 100, {Reason.SAME_NAME, Reason.SAME_BIRTH_DATE})]
    assert reasons_for(date(1980, 9, 9)) == [(1980, 100, {Reason.SAME_NAME, Reason.SAME_BIRTH_YEAR})]
    # 1985 is within a year of the approximate ~1984, and 1983 too; 1982 of neither.
    assert reasons_for(date(1985, 1, 1)) == [(1984, 100, {Reason.SAME_NAME, Reason.CLOSE_BIRTH_YEAR})]
    assert reasons_for(date(1983, 1, 1)) == [(1984, 100, {Reason.SAME_NAME, Reason.CLOSE_BIRTH_YEAR})]
    assert reasons_for(date(1982, 1, 1)) == []
    # An approximate year on the new client's side widens it just the same.
    assert [year for year, _, _ in reasons_for(date(1981, 1, 1), approximate=True)] == [1980]


def test_an_alias_counts_alone_only_when_a_name_is_missing(desk: Desk) -> None:
    add_client(desk, first_name="Karl", last_name="Meier", alias="Kalle")
    add_client(desk, alias="Kaptajn")
    add_client(desk, first_name="Jens", last_name="Larsen", alias="Kaptajn")

    # Two named people who share a street name are two people.
    assert similar(desk, first_name="Anders", last_name="Bøgh", alias="Kaptajn") == {"„Kaptajn“": (100, {Reason.SAME_ALIAS})}
    # Known by the alias only: everyone with that alias, or a name like it.
    assert set(similar(desk, alias="Kaptajn")) == {"„Kaptajn“", "Jens Larsen „Kaptajn“"}
    assert similar(desk, alias="Kale") == {"Karl Meier „Kalle“": (85, {Reason.SIMILAR_ALIAS, Reason.SOUNDS_ALIKE})}
    # The same name with the same alias says so.
    assert similar(desk, first_name="Karl", last_name="Meier", alias="Kalle")["Karl Meier „Kalle“"][1] == {
        Reason.SAME_NAME, Reason.SAME_ALIAS}
    # A street name typed as a first name meets the alias.
    assert similar(desk, first_name="Kaptajn") == {"„Kaptajn“": (100, {Reason.ALIAS_IS_NAME})}


def test_archived_clients_count_erased_ones_and_the_client_itself_do_not(desk: Desk) -> None:
    archived = add_client(desk, first_name="Monika", last_name="Fuchs")
    desk.clients.archive(archived)
    erased = add_client(desk, first_name="Monika", last_name="Fuchs")
    desk.erasure.erase_client(erased)
    found = desk.duplicates.similar_to(ClientDraft(first_name="Monika", last_name="Fuchs"))
    assert [(item.client.id, item.client.archived) for item in found.clients] == [(archived, True)]
    assert desk.duplicates.similar_to(ClientDraft(first_name="Monika", last_name="Fuchs"),
                                      exclude_id=archived).clients == []


def test_a_change_to_a_client_is_seen_at_the_next_check(desk: Desk) -> None:
    client_id = add_client(desk, first_name="Tanja", last_name="Roth")
    assert similar(desk, first_name="Tanja", last_name="Roth")
    desk.clients.update(client_id, ClientDraft(first_name="Tanja", last_name="Berger"))
    assert similar(desk, first_name="Tanja", last_name="Roth") == {}
    assert similar(desk, first_name="Tanja", last_name="Berger")
    add_client(desk, first_name="Tanja", last_name="Roth")
    assert set(similar(desk, first_name="Tanja", last_name="Roth")) == {"Tanja Roth"}


def test_the_review_lists_each_pair_once_strongest_first_and_leaves_out_dismissed_ones(desk: Desk) -> None:
    meier = add_client(desk, first_name="Karl", last_name="Meier", birth_date=date(1970, 1, 1))
    mayer = add_client(desk, first_name="Karl", last_name="Mayer")
    meier_again = add_client(desk, first_name="Karl", last_name="Meier", birth_date=date(1970, 1, 1))
    add_client(desk, first_name="Karl", last_name="Meier", birth_date=date(1990, 1, 1))
    add_client(desk, first_name="Mette", last_name="Holm")

    review = desk.duplicates.review()
    pairs = [({pair.first.id, pair.second.id}, pair.score) for pair in review.pairs]
    # The 1990 Karl Meier is nobody's duplicate but Karl Mayer's (whose year is unknown).
    assert review.total == 4 and review.dismissed == 0
    assert pairs[0] == ({meier, meier_again}, 100)
    assert sorted(score for _ids, score in pairs[1:]) == [85, 85, 85]
    assert all(pair.first.id < pair.second.id for pair in review.pairs)

    desk.duplicates.dismiss(meier_again, meier)
    review = desk.duplicates.review()
    assert (review.total, review.dismissed) == (3, 1)
    assert {meier, meier_again} not in [{pair.first.id, pair.second.id} for pair in review.pairs]
    assert mayer in {pair.first.id for pair in review.pairs} | {pair.second.id for pair in review.pairs}
    desk.duplicates.undo_dismissals()
    assert desk.duplicates.review().total == 4
    with pytest.raises(NotFound):
        desk.duplicates.dismiss(meier, "no-such-client")


def test_the_review_limit_keeps_the_strongest(desk: Desk) -> None:
    for _ in range(4):
        add_client(desk, first_name="Sven", last_name="Lund", birth_date=date(1975, 3, 3))
    add_client(desk, first_name="Sven", last_name="Lunt")
    review = desk.duplicates.review(limit=3)
    assert review.total == 6 + 4
    assert [pair.score for pair in review.pairs] == [100, 100, 100]


def test_a_name_written_as_one_word_or_two_sounds_alike(desk: Desk) -> None:
    add_client(desk, first_name="Karl-Heinz", last_name="Meier-Oberländer")
    found = similar(desk, first_name="Karlheinz", last_name="Meyer-Oberlaender")
    assert found == {"Karl-Heinz Meier-Oberländer": (85, {Reason.SOUNDS_ALIKE})}
