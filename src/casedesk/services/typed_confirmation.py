"""Typing a client's displayed name to confirm something that cannot be undone (erasure).

The displayed name carries typographic quotes around the alias („Kalle“) that few keyboards type
easily; the worker has to type the words, not the punctuation, and case does not matter.
"""

import re


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold(), flags=re.UNICODE)


def matches_displayed_name(typed: str, displayed_name: str) -> bool:
    expected = _words(displayed_name)
    return bool(expected) and _words(typed) == expected
