"""Hyphenation from the languages' dictionaries, only for words too wide for their line."""

import itertools

import pytest

from casedesk.printing import fonts
from casedesk.printing._text import SOFT_HYPHEN, hyphenation_points, markup


def _parts(word: str, language: str) -> list[str]:
    points = [0, *hyphenation_points(word, language), len(word)]
    return [word[start:end] for start, end in itertools.pairwise(points)]


@pytest.mark.parametrize(("word", "language", "right", "wrong"), [
    ("Substitutionsambulanz", "de", "Substitutions|ambulanz", "Substitution|sambulanz"),
    ("alkoholbehandlingsinstitutionen", "da", "alkoholbehandlings|institutionen", "alkoholbehandling|sinstitutionen"),
    ("Rückfallprophylaxevereinbarung", "de", "Rückfall|prophylaxe", "Rückfallp|rophylaxe"),
])
def test_compounds_break_where_the_dictionary_says(word, language, right, wrong):
    breaks = {f"{word[:point]}|{word[point:]}" for point in hyphenation_points(word, language)}
    assert any(candidate.startswith(right.split("|")[0] + "|") for candidate in breaks), breaks
    assert not any(candidate.startswith(wrong.split("|")[0] + "|") for candidate in breaks)


@pytest.mark.parametrize(("word", "language"), [
    ("Suchtberatungsstellenmitarbeiterin", "de"),
    ("tilbagefaldsforebyggelsesaftale", "da"),
    ("counterproductiveness", "en"),
])
def test_no_stubs_of_one_letter_or_a_three_letter_last_line(word, language):
    parts = _parts(word, language)
    assert len(parts) > 2
    assert len(parts[0]) >= 2 and len(parts[-1]) >= 4, parts
    assert all(len(part) >= 2 for part in parts), parts


def test_only_a_word_too_wide_for_its_line_gets_break_points():
    fonts.register_fonts()
    wide = markup("Die Substitutionsambulanz am Bahnhof", fonts.CONDENSED, 9, 400, "de")
    narrow = markup("Die Substitutionsambulanz am Bahnhof", fonts.CONDENSED, 9, 60, "de")
    assert SOFT_HYPHEN not in wide
    assert f"ons{SOFT_HYPHEN}am" in narrow and f"on{SOFT_HYPHEN}sam" not in narrow
    assert f"Bahn{SOFT_HYPHEN}" not in narrow  # "Bahnhof" fits the line: left whole
