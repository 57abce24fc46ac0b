"""Turning free text typed by caseworkers and clients into safe Paragraph markup."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

SOFT_HYPHEN = "\u00ad"
NO_BREAK_SPACE = "\u00a0"

_VOWELS = frozenset("aeiouyäöüæøåéèêáàóòúíâîôû")
# Letter groups kept together on the next line, as in "ma-chen", "Zu-cker", "Fen-ster",
# "pro-phy", "mis-brug".
_CLUSTERS = ("sch", "ch", "ck", "ph", "th", "sh", "qu", "st", "bl", "fl", "gl", "kl", "pl") + (
    "br",
    "dr",
    "fr",
    "gr",
    "kr",
    "pr",
    "tr",
)
_WORD = re.compile(r"\S+")
_MIN_PART = 2


def _break_positions(word: str) -> list[int]:
    """Rough syllable boundaries: before the consonant (group) that starts a syllable.

    No hyphenation dictionary is installed, and this is only applied to words
    too wide for a whole line, which must be broken somewhere anyway; breaking
    before a consonant-vowel pair ("Rück-fall-pro-phy-la-xe") reads far better
    than after an arbitrary letter.
    """
    lower = word.lower()
    positions: list[int] = []
    previous = 0
    for i in range(1, len(lower) - 1):
        if not lower[i].isalpha() or lower[i] in _VOWELS or lower[i + 1] not in _VOWELS:
            continue
        start = i
        for cluster in _CLUSTERS:
            if lower.startswith(cluster, i + 1 - len(cluster)):
                start = i + 1 - len(cluster)
                break
        # Every part needs a vowel of its own, or "Sch-rank" would be allowed; and no
        # break right after a letter that is not one ("Street-work-Team", not "work--Team").
        if (
            start - previous >= _MIN_PART
            and len(lower) - start >= _MIN_PART
            and lower[start - 1].isalpha()
            and any(letter in _VOWELS for letter in lower[previous:start])
        ):
            positions.append(start)
            previous = start
    return positions


def _hyphenatable(word: str) -> str:
    positions = _break_positions(word)
    # Without any syllable boundary fall back to every position, so the word can
    # still be broken with a visible hyphen instead of being cut silently.
    if not positions:
        positions = list(range(_MIN_PART, len(word) - _MIN_PART + 1))
    parts, start = [], 0
    for position in positions:
        parts.append(word[start:position])
        start = position
    parts.append(word[start:])
    return SOFT_HYPHEN.join(parts)


def markup(text: str, font_name: str, font_size: float, line_width: float) -> str:
    """Escape `text` for a Paragraph, preparing words wider than a line for hyphenation.

    The soft hyphens are only break opportunities: ReportLab prints a hyphen
    where it breaks and nothing elsewhere (needs `embeddedHyphenation=1`).
    Line breaks typed by the user are kept.
    """

    def prepare(match: re.Match[str]) -> str:
        word = match.group(0)
        if stringWidth(word, font_name, font_size) <= line_width:
            return word
        return _hyphenatable(word)

    lines = (_WORD.sub(prepare, line) for line in text.strip().splitlines())
    return "<br/>".join(escape(line) for line in lines)


def unbreakable(text: str) -> str:
    """Markup that keeps phone numbers like "+49 30 123 45 67" on one line."""
    return escape(text.strip()).replace(" ", NO_BREAK_SPACE)
