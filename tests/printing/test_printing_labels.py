import re
import string
from datetime import date
from pathlib import Path

import pytest

import casedesk.printing
from casedesk.printing.content import (
    ATTAINMENT_LEVELS,
    CLIENT_PRIORITIES,
    CLOSURE_CODES,
    CONTACT_TYPES,
    GOAL_LEVELS,
    GOAL_STATUSES,
    IMPAIRMENT_RATINGS,
    LANGUAGES,
    MOTIVATIONAL_STAGES,
    TRIGGER_CODES,
)
from casedesk.printing.labels import LABELS, format_date, format_decimal, format_hours, label


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_catalogue_covers_exactly_the_supported_languages():
    assert set(LABELS) == set(LANGUAGES)


@pytest.mark.parametrize("language", ["da", "en"])
def test_every_language_has_the_same_keys_as_german(language):
    assert set(LABELS[language]) - set(LABELS["de"]) == set()
    assert set(LABELS["de"]) - set(LABELS[language]) == set()


@pytest.mark.parametrize("language", ["da", "en"])
def test_format_fields_match_across_languages(language):
    mismatched = {
        key: (_fields(LABELS["de"][key]), _fields(LABELS[language][key]))
        for key in LABELS["de"]
        if _fields(LABELS["de"][key]) != _fields(LABELS[language][key])
    }
    assert mismatched == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_label_is_empty(language):
    assert [key for key, text in LABELS[language].items() if not text.strip()] == []


@pytest.mark.parametrize(
    ("prefix", "codes"),
    [
        ("contact", CONTACT_TYPES),
        ("trigger", TRIGGER_CODES),
        ("goal_level", GOAL_LEVELS),
        ("goal_status", GOAL_STATUSES),
        ("stage", MOTIVATIONAL_STAGES),
        ("month", [str(month) for month in range(1, 13)]),
        ("rating", [*map(str, IMPAIRMENT_RATINGS), "none"]),
        ("priority", [*map(str, CLIENT_PRIORITIES), "none"]),
        ("attainment", [str(level) for level in ATTAINMENT_LEVELS]),
        ("closure", CLOSURE_CODES),
    ],
)
def test_every_code_has_a_label(prefix, codes):
    assert [code for code in codes if f"{prefix}.{code}" not in LABELS["de"]] == []


def test_every_literal_key_used_by_the_printing_code_exists():
    source_dir = Path(casedesk.printing.__file__).parent
    used = set()
    for module in source_dir.glob("*.py"):
        used |= set(re.findall(r"(?<!\w)label\(\s*[\w.]+,\s*[\"']([\w.]+)[\"']", module.read_text(encoding="utf-8")))
    assert len(used) > 40, "the scan should find the label keys used in the code"
    assert sorted(used - set(LABELS["de"])) == []


def test_danish_and_german_are_not_english_copies():
    same = [key for key in LABELS["en"] if LABELS["en"][key] in (LABELS["de"][key], LABELS["da"][key])]
    # Only a few words are genuinely identical across the languages.
    assert len(same) < 15, same


def test_dates_and_numbers_follow_the_language():
    day = date(2025, 3, 4)
    assert format_date("de", day) == "04.03.2025"
    assert format_date("da", day) == "4. mar. 2025"
    assert format_date("en", day) == "4 Mar 2025"
    assert format_decimal("de", 1152.5) == "1.152,5"
    assert format_decimal("da", 1152.5) == "1.152,5"
    assert format_decimal("en", 1152.5) == "1,152.5"
    assert format_hours("da", 90) == "1,5"
    assert label("da", "page_x_of_y", page=2, pages=5) == "Side 2 af 5"


def test_a_date_of_birth_is_written_like_every_other_date_of_the_document():
    from casedesk.printing.labels import format_birth_date

    born = date(1979, 3, 14)
    assert format_birth_date("en", born, approximate=False) == format_date("en", born) == "14 Mar 1979"
    assert format_birth_date("de", born, approximate=True) == "~1979"
