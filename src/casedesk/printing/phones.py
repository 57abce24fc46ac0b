"""Phone numbers as printed: grouped the way the number's country writes them, never broken.

Formatting uses Google's libphonenumber data (``phonenumbers``): German numbers come out as
DIN 5008 writes them ("030 1234567"), Danish ones in pairs ("70 20 12 01"), a number of another
country than the card's in international form ("+45 20 12 34 56"). What the library cannot read as
a valid number (short codes such as 112 or 116117, extensions, typing it does not know) is printed
as typed: a number the worker checked must never be "corrected" into a wrong one.
"""

from __future__ import annotations

import functools
import re

import phonenumbers
from phonenumbers import Leniency, NumberParseException, PhoneNumberFormat, PhoneNumberMatcher

NO_BREAK_SPACE = "\u00a0"
#: Numbers that must be on a card before any other: the European emergency number, Denmark's
#: medical helpline, Germany's on-call doctors and the EU's emotional-support line, Germany's police.
EMERGENCY_NUMBERS = frozenset({"112", "1813", "116117", "116123", "110"})
#: The card language's country when the service does not say (a card always has a language).
REGION_OF_LANGUAGE = {"de": "DE", "da": "DK", "en": "GB"}
# Digit groups joined by single spaces, slashes or hyphens, e.g. "030 / 1234567" or "0171-555 01 01":
# what a worker types as a number even where libphonenumber does not recognise it.
_DIGIT_RUN = re.compile(r"(?<![\w+])\+?\(?\d[\d()]*(?:(?: ?[/-] ?| )\(?\d[\d()]*)+")
_MIN_DIGITS = 5


def digits(number: str) -> str:
    return "".join(ch for ch in number if ch.isdigit())


def is_emergency_number(number: str) -> bool:
    return digits(number) in EMERGENCY_NUMBERS and not number.strip().startswith("+")


@functools.lru_cache(maxsize=1024)
def format_number(number: str, region: str) -> str:
    """``number`` grouped for ``region`` (its own country's form, else international); as typed
    when it is no valid number."""
    typed = number.strip()
    try:
        parsed = phonenumbers.parse(typed, region)
    except NumberParseException:
        return typed
    if not phonenumbers.is_valid_number(parsed) or parsed.extension:
        return typed
    own = phonenumbers.region_code_for_number(parsed) == region
    return phonenumbers.format_number(parsed, PhoneNumberFormat.NATIONAL if own else PhoneNumberFormat.INTERNATIONAL)


def number_spans(text: str, region: str) -> list[tuple[int, int]]:
    """Where ``text`` holds phone numbers: those libphonenumber finds, and runs of digit groups."""
    spans = [(match.start, match.end) for match in PhoneNumberMatcher(text, region, leniency=Leniency.POSSIBLE)]
    spans += [match.span() for match in _DIGIT_RUN.finditer(text) if len(digits(match.group())) >= _MIN_DIGITS]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def glue(number: str) -> str:
    """The number with no-break spaces: a line may break before or after it, never inside."""
    return number.replace(" ", NO_BREAK_SPACE)
