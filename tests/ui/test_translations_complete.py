"""The translation files are complete where the app counts things, and speak each language's words.

Read straight from the .ts sources (what lupdate wrote and translators edit): every message whose
source counts with ``%n`` must be a plural message with all forms filled in German and Danish;
Danish never uses German quotation marks. The words vocabulary.py adds for codes and dates are
checked with the real translators loaded.
"""

import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from casedesk.ui import vocabulary
from casedesk.ui.app import TRANSLATIONS_DIR, install_translations

# German and Danish, like English, have two plural forms (one, other).
PLURAL_FORMS = {"de": 2, "da": 2}


def messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(TRANSLATIONS_DIR / f"casedesk_{language}.ts").getroot()
    return [(context.findtext("name", ""), message) for context in root.iter("context")
            for message in context.iter("message")]


@pytest.mark.parametrize("language", sorted(PLURAL_FORMS))
def test_every_count_has_all_plural_forms(language):
    problems = []
    for context, message in messages(language):
        source = message.findtext("source", "")
        if "%n" not in source:
            continue
        translation = message.find("translation")
        forms = [form.text or "" for form in translation.iter("numerusform")]
        if message.get("numerus") != "yes":
            problems.append(f"{context}: {source!r} counts with %n but is not called with a number (tr(…, '', n))")
        elif translation.get("type") == "unfinished" or len(forms) != PLURAL_FORMS[language] or not all(forms):
            problems.append(f"{context}: {source!r} has forms {forms}")
        elif "%n" not in forms[-1]:
            # The singular may say "daily" instead of "every 1 days"; the plural must carry the count.
            problems.append(f"{context}: {source!r} has a plural form without the number: {forms}")
    assert not problems, "\n".join(problems)


def test_danish_uses_danish_quotation_marks():
    german_quotes = [f"{context}: {message.findtext('translation')!r}" for context, message in messages("da")
                     if "„" in "".join(message.find("translation").itertext())]
    assert not german_quotes, "\n".join(german_quotes)


@pytest.fixture
def speaking(qapp):
    loaded = []

    def speak(language: str) -> None:
        loaded.extend(install_translations(qapp, language))

    yield speak
    for translator in loaded:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize("language, gender, languages", [
    ("de", "männlich", "Deutsch, Arabisch, Kurmancî"),
    ("da", "mand", "tysk, arabisk, Kurmancî"),
    ("en", "male", "German, Arabic, Kurmancî"),
])
def test_codes_are_shown_as_words(speaking, language, gender, languages):
    speaking(language)
    assert vocabulary.gender_name("male") == gender
    assert vocabulary.gender_name("trans Frau") == "trans Frau", "what a worker typed stays as typed"
    assert vocabulary.languages_text("de, ar, Kurmancî") == languages


@pytest.mark.parametrize("language, quoted", [("de", "„Kalle“"), ("da", "»Kalle«"), ("en", "“Kalle”")])
def test_quotation_marks_follow_the_language(language, quoted):
    QLocale.setDefault(QLocale(language))
    assert vocabulary.quoted("Kalle") == quoted


@pytest.mark.parametrize("language, day, moment", [
    ("en", "3/15/1980", "3/4/2025 2:05\u202fPM"),  # CLDR puts a narrow no-break space before PM
    ("de", "15.03.1980", "04.03.2025 14:05"),
    ("da", "15.03.1980", "04.03.2025 14.05"),
])
def test_one_date_format_per_language(language, day, moment):
    QLocale.setDefault(QLocale(language))
    assert vocabulary.format_date(date(1980, 3, 15)) == day
    assert vocabulary.format_datetime(datetime(2025, 3, 4, 14, 5)) == moment
    # Editors show what labels show: the same pattern, and a four-digit year.
    assert QLocale().toString(vocabulary.to_qdatetime(datetime(1980, 3, 15)).date(), vocabulary.date_format()) == day
    assert "yyyy" in vocabulary.date_format()


def test_translation_files_are_found():
    assert Path(TRANSLATIONS_DIR, "casedesk_de.ts").exists()
