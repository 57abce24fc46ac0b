"""Possible duplicates among the desk's clients: similar names and aliases, the same sound, the birth year.

Two ways in: ``similar_to(draft)`` while a new client is typed (the dialog warns before saving)
and ``review()`` for the whole desk (Tools › Possible duplicates…). Nothing here ever merges or
changes a client; the worker decides. A pair the worker marked "not the same person" is kept in
a local desk setting (ids only, inside the encrypted desk) and left out of the review.

What counts as similar (``compare``):

- Names are compared folded (case, accents; ä → ae, ø → oe, ß → ss …), word order ignored
  (``rapidfuzz`` token sort ratio, ``NAME_SIMILAR`` or more), or by their sound: the Kölner
  Phonetik codes (``cologne-phonetics``) of the words are the same (Meier, Mayer, Maier), or
  those of the whole name run together (Karl-Heinz Meier, Karlheinz Meyer).
- An alias counts on its own only when one of the two has no name: two named clients with
  different names who share the street name "Kaptajn" are two people. An alias is compared
  with the other's alias and name (``ALIAS_SIMILAR`` or more, or the same sound).
- Birth years that are both known must agree (within a year when either is approximate);
  otherwise the pair is not a duplicate whatever the names. The same year (or date) raises the
  score; an unknown year neither excludes nor raises.

Speed: the Kölner codes are the slow part (pure Python, 20 µs a name); they are worked out once
per name and kept (``_prepared``), so a check while typing reads the clients' names (one query)
and compares them with rapidfuzz in C. The review compares each client only with clients whose
birth year could agree (and those without one).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

import cologne_phonetics
from rapidfuzz import fuzz, process
from sqlalchemy import select

from casedesk.domain import ClientStatus
from casedesk.models import Client
from casedesk.services.dto import ClientDraft, display_name
from casedesk.services.errors import NotFound

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

#: Token-sort ratio of two folded full names from which they count as similar.
NAME_SIMILAR = 85
#: Ratio of an alias and the other's alias or name from which they count as similar.
ALIAS_SIMILAR = 90
#: A sound code shorter than this says too little ("Bo" is 1, "Ole" 5): it does not count alone.
MIN_SOUND_DIGITS = 2
#: Score bonus for the same birth year, and for the same full date of birth.
SAME_YEAR_BONUS, SAME_DATE_BONUS = 5, 10
#: How many similar clients the new-client dialog lists.
SIMILAR_LIMIT = 8
#: How many pairs the review list shows at most (the strongest first).
REVIEW_LIMIT = 500
#: Local desk setting: pairs the worker marked "not the same person" (client ids only).
DISMISSED_SETTING = "duplicates_not_same"
#: Names kept with their codes; more (a desk that saw many renames) starts the memo afresh.
_MEMO_LIMIT = 100_000


class DuplicateReason(StrEnum):
    SAME_NAME = "same_name"
    SIMILAR_NAME = "similar_name"
    SOUNDS_ALIKE = "sounds_alike"
    SAME_ALIAS = "same_alias"
    SIMILAR_ALIAS = "similar_alias"
    ALIAS_IS_NAME = "alias_is_name"
    SAME_BIRTH_DATE = "same_birth_date"
    SAME_BIRTH_YEAR = "same_birth_year"
    CLOSE_BIRTH_YEAR = "close_birth_year"


@dataclass(frozen=True)
class ClientLook:
    """Enough of a client to tell them apart in a list of possible duplicates."""

    id: str
    display_name: str
    alias: str
    birth_date: date | None
    birth_date_approximate: bool
    archived: bool


@dataclass(frozen=True)
class SimilarClient:
    client: ClientLook
    #: 0–100: how alike (the name's similarity, raised by the birth year).
    score: int
    reasons: tuple[DuplicateReason, ...]


@dataclass(frozen=True)
class SimilarClients:
    clients: list[SimilarClient]
    #: How many were found (``clients`` holds the most alike of them).
    total: int


@dataclass(frozen=True)
class DuplicatePair:
    first: ClientLook
    second: ClientLook
    score: int
    reasons: tuple[DuplicateReason, ...]


@dataclass(frozen=True)
class DuplicateReview:
    pairs: list[DuplicatePair]
    #: All pairs found (``pairs`` holds at most ``REVIEW_LIMIT`` of them).
    total: int
    #: Pairs left out because the worker said they are not the same person.
    dismissed: int


# --- folding and sound ----------------------------------------------------------------------------

_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ø": "oe", "æ": "ae", "å": "aa",
                              "œ": "oe", "ı": "i", "ł": "l", "đ": "d", "ð": "d", "þ": "th"})
_NOT_A_LETTER = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower case, umlauts and Danish letters spelled out, other accents dropped, words by single spaces."""
    text = text.casefold().translate(_SPELLED_OUT)
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return _NOT_A_LETTER.sub(" ", text).strip()


def sound(folded: str) -> tuple[str, ...]:
    """The Kölner Phonetik code of each word, sorted (so word order does not matter); () when
    the codes say too little to count."""
    codes = tuple(sorted(code for _word, code in cologne_phonetics.encode(folded) if code)) if folded else ()
    return codes if sum(map(len, codes)) >= MIN_SOUND_DIGITS else ()


@dataclass(frozen=True)
class _Names:
    """A client's names as compared: folded full name and alias, and their sounds."""

    full: str
    #: The full name's words in sorted order: ``fuzz.ratio`` of two of these is the token sort
    #: ratio of the names, without sorting them again for every comparison.
    full_sorted: str
    alias: str
    full_sound: tuple[str, ...]
    alias_sound: tuple[str, ...]
    #: The sound of the whole name run together: "Karl-Heinz Meier" and "Karlheinz Meyer" meet here.
    compact_sound: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Entry:
    look: ClientLook
    names: _Names
    year: int | None


def _birth_check(a: _Entry, b: _Entry) -> tuple[bool, int, DuplicateReason | None]:
    """(compatible, bonus, reason) of two birth dates."""
    if a.year is None or b.year is None:
        return True, 0, None
    approximate = a.look.birth_date_approximate or b.look.birth_date_approximate
    gap = abs(a.year - b.year)
    if gap > (1 if approximate else 0):
        return False, 0, None
    if gap:
        return True, 0, DuplicateReason.CLOSE_BIRTH_YEAR
    if not approximate and a.look.birth_date == b.look.birth_date:
        return True, SAME_DATE_BONUS, DuplicateReason.SAME_BIRTH_DATE
    return True, SAME_YEAR_BONUS, DuplicateReason.SAME_BIRTH_YEAR


def compare(a: _Entry, b: _Entry) -> tuple[int, tuple[DuplicateReason, ...]] | None:
    """(score, reasons) when ``a`` and ``b`` may be the same person, else None (see the module doc)."""
    compatible, bonus, birth_reason = _birth_check(a, b)
    if not compatible:
        return None
    x, y = a.names, b.names
    score, reasons = 0, []
    if x.full and y.full:
        similarity = fuzz.ratio(x.full_sorted, y.full_sorted)
        if similarity == 100:
            score, reasons = 100, [DuplicateReason.SAME_NAME]
        elif similarity >= NAME_SIMILAR:
            score, reasons = int(similarity), [DuplicateReason.SIMILAR_NAME]
        if similarity < 100 and ((x.full_sound and x.full_sound == y.full_sound)
                                 or (x.compact_sound and x.compact_sound == y.compact_sound)):
            score = max(score, NAME_SIMILAR)
            reasons.append(DuplicateReason.SOUNDS_ALIKE)
        if not reasons:
            return None
        if x.alias and y.alias and (x.alias == y.alias or fuzz.ratio(x.alias, y.alias) >= ALIAS_SIMILAR):
            reasons.append(DuplicateReason.SAME_ALIAS if x.alias == y.alias else DuplicateReason.SIMILAR_ALIAS)
    else:
        # One of them (at least) is known by an alias only: any of their names may be the other's.
        for mine, mine_sound, mine_is_alias in ((x.full, x.full_sound, False), (x.alias, x.alias_sound, True)):
            for theirs, theirs_sound, theirs_is_alias in ((y.full, y.full_sound, False),
                                                          (y.alias, y.alias_sound, True)):
                if not mine or not theirs:
                    continue
                similarity = fuzz.ratio(mine, theirs)
                alike = similarity >= ALIAS_SIMILAR or (mine_sound and mine_sound == theirs_sound)
                if not alike:
                    continue
                both_aliases = mine_is_alias and theirs_is_alias
                if both_aliases:
                    reason = DuplicateReason.SAME_ALIAS if similarity == 100 else DuplicateReason.SIMILAR_ALIAS
                elif mine_is_alias or theirs_is_alias:
                    reason = DuplicateReason.ALIAS_IS_NAME
                else:
                    reason = DuplicateReason.SAME_NAME if similarity == 100 else DuplicateReason.SIMILAR_NAME
                score = max(score, int(similarity) if similarity >= ALIAS_SIMILAR else NAME_SIMILAR)
                if reason not in reasons:
                    reasons.append(reason)
                if similarity < ALIAS_SIMILAR and DuplicateReason.SOUNDS_ALIKE not in reasons:
                    reasons.append(DuplicateReason.SOUNDS_ALIKE)
        if not reasons:
            return None
    if birth_reason is not None:
        reasons.append(birth_reason)
    return min(100, score + bonus), tuple(reasons)


# --- the service ------------------------------------------------------------------------------------

class DuplicateService:
    def __init__(self, desk: Desk) -> None:
        self._desk = desk
        self._memo: dict[tuple[str, str, str], _Names] = {}
        # The clients as last read, with the desk's client version then (see ``_current``).
        self._cached: tuple[int, list[_Entry], _Block] | None = None
        self._by_row: dict[tuple, _Entry] = {}
        self._review_cache: tuple[int, list[DuplicatePair]] | None = None

    def _names(self, first: str, last: str, alias: str) -> _Names:
        key = (first, last, alias)
        names = self._memo.get(key)
        if names is None:
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            full = fold(f"{first} {last}")
            folded_alias = fold(alias)
            names = self._memo[key] = _Names(full, " ".join(sorted(full.split())), folded_alias, sound(full),
                                             sound(folded_alias), sound(full.replace(" ", "")))
        return names

    def _entries(self) -> list[_Entry]:
        """Every client on the desk (archived ones too: a returning client is often the duplicate).

        A row read as it was last time keeps its entry: after one client changed, the 10 000
        others cost a dictionary look-up each instead of a new entry.
        """
        with self._desk.session() as session:
            rows = session.connection().execute(
                select(Client.id, Client.first_name, Client.last_name, Client.alias, Client.birth_date,
                       Client.birth_date_approximate, Client.status)
                .where(Client.deleted.is_(False),
                       Client.status.not_in((ClientStatus.ERASED.value, ClientStatus.MERGED.value)))).all()
        archived = ClientStatus.ARCHIVED.value
        known, entries = self._by_row, []
        self._by_row = {}
        for row in rows:
            row = tuple(row)
            entry = known.get(row)
            if entry is None:
                client_id, first, last, alias, birth, approximate, status = row
                entry = _Entry(ClientLook(client_id, display_name(first, last, alias), alias, birth,
                                          bool(approximate), status == archived),
                               self._names(first, last, alias), birth.year if birth else None)
            self._by_row[row] = entry
            entries.append(entry)
        return entries

    def _current(self) -> tuple[list[_Entry], _Block]:
        """The clients and their lookup block, read again only after a commit changed a client
        (``ChangeRecorder.version``: this desk's edits, syncs and erasures alike)."""
        version = self._desk.changes.version("client")
        cached = self._cached
        if cached is None or cached[0] != version:
            entries = self._entries()
            cached = self._cached = (version, entries, _Block(entries))
        return cached[1], cached[2]

    def _draft_entry(self, draft: ClientDraft) -> _Entry:
        first, last, alias = draft.first_name.strip(), draft.last_name.strip(), draft.alias.strip()
        birth = draft.birth_date
        return _Entry(ClientLook("", display_name(first, last, alias), alias, birth, draft.birth_date_approximate,
                                 False), self._names(first, last, alias), birth.year if birth else None)

    def prepare(self) -> None:
        """Read the clients and work out their codes now (the first check on a 10 000-client desk
        takes a third of a second, later ones under a millisecond): the new-client dialog asks
        for this as it opens."""
        self._current()

    def similar_to(self, draft: ClientDraft, exclude_id: str = "", limit: int = SIMILAR_LIMIT) -> SimilarClients:
        """The clients most like the one being typed, the most alike first (at most ``limit``)."""
        query = self._draft_entry(draft)
        if not (query.names.full or query.names.alias):
            return SimilarClients([], 0)
        entries, block = self._current()
        found = []
        for index in block.candidates(query):
            if entries[index].look.id == exclude_id:
                continue
            result = compare(query, entries[index])
            if result is not None:
                found.append(SimilarClient(entries[index].look, *result))
        found.sort(key=lambda similar: (-similar.score, similar.client.display_name.casefold(), similar.client.id))
        return SimilarClients(found[:limit], len(found))

    def review(self, limit: int = REVIEW_LIMIT, cancelled: Callable[[], bool] = lambda: False) -> DuplicateReview:
        """Every pair of clients on the desk that may be one person, the most alike first.

        The pairs are kept until a commit changes a client: opening the list again, or marking a
        pair as not the same person, costs no new comparison (the first takes a second or more
        on 10 000 clients)."""
        version = self._desk.changes.version("client")
        cached = self._review_cache
        if cached is None or cached[0] != version:
            entries, _block = self._current()
            found: list[DuplicatePair] = []
            for i, j in _review_candidates(entries, cancelled):
                result = compare(entries[i], entries[j])
                if result is not None:
                    first, second = sorted((entries[i].look, entries[j].look), key=lambda look: look.id)
                    found.append(DuplicatePair(first, second, *result))
            if cancelled():
                return DuplicateReview([], 0, 0)
            found.sort(key=lambda pair: (-pair.score, pair.first.display_name.casefold(),
                                         pair.second.display_name.casefold(), pair.first.id, pair.second.id))
            cached = self._review_cache = (version, found)
        dismissed = self._dismissed()
        pairs = [pair for pair in cached[1] if (pair.first.id, pair.second.id) not in dismissed]
        return DuplicateReview(pairs[:limit], len(pairs), len(cached[1]) - len(pairs))

    # --- "not the same person" -------------------------------------------------------------------------
    def _dismissed(self) -> set[tuple[str, str]]:
        try:
            stored = json.loads(self._desk.setting(DISMISSED_SETTING, "[]"))
        except ValueError:
            return set()
        return {(first, second) for first, second in stored if isinstance(first, str) and isinstance(second, str)}

    def dismiss(self, first_id: str, second_id: str) -> None:
        """Remember on this desk that the two are different people: the review leaves them out."""
        with self._desk.session() as session:
            for client_id in (first_id, second_id):
                client = session.get(Client, client_id)
                if client is None or client.deleted:
                    raise NotFound(client_id)
        pair = tuple(sorted((first_id, second_id)))
        dismissed = self._dismissed() | {pair}
        self._desk.set_setting(DISMISSED_SETTING, json.dumps(sorted(dismissed)))

    def undo_dismissals(self) -> None:
        self._desk.set_setting(DISMISSED_SETTING, "[]")


# --- finding candidates fast ------------------------------------------------------------------------

class _Block:
    """Clients to look through, their names in lists that rapidfuzz searches in one call each.

    Only what ``compare`` can accept is searched: a named client's name against the names, and
    against the aliases of the clients without a name; an alias-only client's alias against
    every name and alias.
    """

    def __init__(self, entries: list[_Entry]) -> None:
        self.named = [position for position, entry in enumerate(entries) if entry.names.full]
        self.sorted_fulls = [entries[position].names.full_sorted for position in self.named]
        self.fulls = [entries[position].names.full for position in self.named]
        self.aliased = [position for position, entry in enumerate(entries) if entry.names.alias]
        self.aliases = [entries[position].names.alias for position in self.aliased]
        self.nameless = [position for position in self.aliased if not entries[position].names.full]
        self.nameless_aliases = [entries[position].names.alias for position in self.nameless]
        self.sounds: dict[tuple[str, ...], list[int]] = defaultdict(list)
        self.compact_sounds: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for position, entry in enumerate(entries):
            for code in {entry.names.full_sound, entry.names.alias_sound}:
                if code:
                    self.sounds[code].append(position)
            if entry.names.compact_sound:
                self.compact_sounds[entry.names.compact_sound].append(position)

    def candidates(self, query: _Entry) -> set[int]:
        """Positions in the block that ``compare`` must look at for ``query`` (a superset)."""
        names = query.names
        found: set[int] = set()
        if names.full:
            found.update(_close(names.full_sorted, self.sorted_fulls, self.named, NAME_SIMILAR))
            found.update(_close(names.full, self.nameless_aliases, self.nameless, ALIAS_SIMILAR))
            found.update(_close(names.alias, self.nameless_aliases, self.nameless, ALIAS_SIMILAR))
        else:
            found.update(_close(names.alias, self.fulls, self.named, ALIAS_SIMILAR))
            found.update(_close(names.alias, self.aliases, self.aliased, ALIAS_SIMILAR))
        for code in (names.full_sound, names.alias_sound):
            if code:
                found.update(self.sounds.get(code, ()))
        if names.compact_sound:
            found.update(self.compact_sounds.get(names.compact_sound, ()))
        return found


def _close(query: str, choices: list[str], positions: list[int], cutoff: int) -> Iterable[int]:
    """The positions of the ``choices`` at least ``cutoff`` like ``query`` (``fuzz.ratio``)."""
    if not query or not choices:
        return ()
    return (positions[index] for _choice, _score, index in
            process.extract(query, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None))


def _review_candidates(entries: list[_Entry], cancelled: Callable[[], bool]) -> Iterable[tuple[int, int]]:
    """Each pair (i < j) that may be a duplicate, once; only clients whose birth years could
    agree are compared (every year with its neighbours, and the unknown years with everyone)."""
    by_year: dict[int | None, list[int]] = defaultdict(list)
    for position, entry in enumerate(entries):
        by_year[entry.year].append(position)
    unknown = by_year.pop(None, [])
    seen: set[tuple[int, int]] = set()

    def pairs_in(group: list[int], others: list[int]) -> Iterable[tuple[int, int]]:
        block = _Block([entries[position] for position in others])
        for position in group:
            if cancelled():
                return
            for found in block.candidates(entries[position]):
                other = others[found]
                if other != position:
                    pair = (min(position, other), max(position, other))
                    if pair not in seen:
                        seen.add(pair)
                        yield pair

    for year, group in sorted(by_year.items()):
        neighbours = group + by_year.get(year - 1, []) + by_year.get(year + 1, []) + unknown
        yield from pairs_in(group, neighbours)
    yield from pairs_in(unknown, unknown)
