"""Turning free text typed by caseworkers and clients into safe Paragraph markup."""

from __future__ import annotations

import functools
import re
from xml.sax.saxutils import escape

import pyphen
from reportlab.pdfbase.pdfmetrics import stringWidth

from casedesk.printing.phones import NO_BREAK_SPACE, REGION_OF_LANGUAGE, glue, number_spans

__all__ = ["NO_BREAK_SPACE", "SOFT_HYPHEN", "hyphenation_points", "markup", "unbreakable"]

SOFT_HYPHEN = "\u00ad"

#: The hyphenation dictionary of each document language (LibreOffice's, shipped with pyphen).
_DICTIONARIES = {"de": "de_DE", "da": "da_DK", "en": "en_GB"}
# No part shorter than this: "Mitarbeite-rin" or "a-r" read as typing errors, not as syllables.
_MIN_FIRST_PART = 2
_MIN_LAST_PART = 4
_MIN_PART = 2
_WORD = re.compile(r"[^\s\u00a0]+")


@functools.cache
def _dictionary(language: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=_DICTIONARIES[language])


def hyphenation_points(word: str, language: str) -> list[int]:
    """Where ``word`` may be broken, from the language's dictionary, without stubs."""
    points: list[int] = []
    previous = 0
    for position in _dictionary(language).positions(word):
        first = not points
        if position - previous < (_MIN_FIRST_PART if first else _MIN_PART):
            continue
        if len(word) - position < _MIN_LAST_PART:
            break
        points.append(position)
        previous = position
    return points


def _hyphenatable(word: str, language: str) -> str:
    points = hyphenation_points(word, language)
    # A word the dictionary cannot break (a URL, a code, a typing error) still has to be broken
    # somewhere: with a visible hyphen anywhere rather than cut silently.
    if not points:
        points = list(range(_MIN_PART, len(word) - _MIN_PART + 1))
    parts, start = [], 0
    for point in points:
        parts.append(word[start:point])
        start = point
    parts.append(word[start:])
    return SOFT_HYPHEN.join(parts)


def _glue_numbers(line: str, region: str, font_name: str, font_size: float, line_width: float) -> str:
    pieces, end = [], 0
    for start, stop in number_spans(line, region):
        number = line[start:stop]
        # A number wider than a whole line has to break somewhere: then between its groups.
        if stringWidth(number, font_name, font_size) <= line_width:
            number = glue(number)
        pieces += [line[end:start], number]
        end = stop
    pieces.append(line[end:])
    return "".join(pieces)


def markup(
    text: str, font_name: str, font_size: float, line_width: float, language: str, region: str | None = None
) -> str:
    """Escape `text` for a Paragraph: phone numbers kept whole, words wider than a line hyphenated.

    The soft hyphens are only break opportunities: ReportLab prints a hyphen where it breaks and
    nothing elsewhere (needs `embeddedHyphenation=1`). Words that fit a line get none, so a line
    breaks between words wherever it can. Line breaks typed by the user are kept.
    """
    region = region or REGION_OF_LANGUAGE[language]

    def prepare(match: re.Match[str]) -> str:
        word = match.group(0)
        if stringWidth(word, font_name, font_size) <= line_width:
            return word
        return _hyphenatable(word, language)

    lines = (
        _WORD.sub(prepare, _glue_numbers(line, region, font_name, font_size, line_width))
        for line in text.strip().splitlines()
    )
    return "<br/>".join(escape(line) for line in lines)


def unbreakable(text: str) -> str:
    """Markup that keeps phone numbers like "+49 30 123 45 67" on one line."""
    return escape(glue(text.strip()))
