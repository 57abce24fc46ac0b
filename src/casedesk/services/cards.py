"""Relapse-prevention cards: versioned content per client, and the team's default numbers.

Every save is a new version (the client may still carry an older card), so nothing here updates
a card row in place.

A new card speaks the client's language (the first card language named in the client's
"languages" field, else the desk's card language) and carries the default numbers of that
language's country: the team's crisis lines for the country, or, where the team has entered
none, the national numbers built in here. Built-in numbers are never written into the desk:
every laptop would add its own copy and a sync would then show each number twice.
"""

import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from casedesk.domain import TriggerCategory
from casedesk.models import Client, CrisisLine, RelapseCardVersion, Worker
from casedesk.printing.content import PhoneEntry, RelapseCardContent, RiskSituation
from casedesk.printing.labels import format_birth_date
from casedesk.services.clients import _get
from casedesk.services.errors import NotFound, ValidationFailed

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

MAX_SITUATIONS = 3
MAX_NUMBERS = 8
CARD_LANGUAGES = ("de", "da", "en")
#: Triggers are stored and printed in the method's order, whatever order they were ticked in.
TRIGGER_ORDER = tuple(trigger.value for trigger in TriggerCategory)
#: Where the team's default numbers come from when nothing else says: the card language's country.
COUNTRY_OF_LANGUAGE = {"de": "DE", "da": "DK"}
DEFAULT_COUNTRY = "DE"
#: How a worker may name a card language in a client's free-text "languages" field: the code,
#: or its name in German, Danish or English ("de, ar", "Deutsch, Dansk", "Danish").
LANGUAGE_WORDS = {
    "de": ("de", "deu", "ger", "german", "deutsch", "tysk"),
    "da": ("da", "dan", "danish", "dansk", "dänisch", "daenisch"),
    "en": ("en", "eng", "english", "englisch", "engelsk"),
}
#: A country's numbers for a card when the team has entered none for it: the emergency number,
#: the national crisis line and the national (free or cheap) addiction line, labelled in the
#: country's language. A team's own crisis lines for the country replace them entirely.
BUILT_IN_NUMBERS: dict[str, tuple[tuple[str, str], ...]] = {
    "DE": (
        ("Notruf", "112"),
        ("Telefonseelsorge", "0800 111 0 111"),
        ("Sucht & Drogen Hotline", "01806 313031"),
    ),
    "DK": (
        ("Alarm", "112"),
        ("Livslinien", "70 201 201"),
        ("Alkolinjen", "80 200 500"),
        ("Giftlinjen", "82 12 12 12"),
    ),
}


@dataclass
class SituationDraft:
    description: str = ""
    triggers: list[str] = field(default_factory=list)
    alternatives: str = ""
    whom_to_turn_to: str = ""


@dataclass
class NumberDraft:
    label: str = ""
    number: str = ""


@dataclass
class CardDraft:
    language: str = "de"
    large_print: bool = False
    show_first_name: bool = True
    show_surname: bool = False
    show_birth_date: bool = False
    situations: list[SituationDraft] = field(default_factory=list)
    important_numbers: list[NumberDraft] = field(default_factory=list)


@dataclass(frozen=True)
class CardVersion:
    id: str
    client_id: str
    version: int
    created_at: datetime
    worker_name: str
    draft: CardDraft


@dataclass(frozen=True)
class CrisisLineEntry:
    id: str
    country: str
    label: str
    number: str


def validate_card(draft: CardDraft) -> None:
    """Problem keys use the position in ``draft`` (``situations.1.description``), so the editor
    can point at the box the worker typed into even when an earlier box is empty."""
    problems: dict[str, str] = {}
    if draft.language not in CARD_LANGUAGES:
        problems["language"] = "unknown"
    situations = [(i, s) for i, s in enumerate(draft.situations) if _situation_has_content(s)]
    if len(situations) > MAX_SITUATIONS:
        problems["situations"] = "too_many"
    for index, situation in situations:
        if not situation.description.strip():
            problems[f"situations.{index}.description"] = "required"
        if any(trigger not in TRIGGER_ORDER for trigger in situation.triggers):
            problems[f"situations.{index}.triggers"] = "unknown"
    numbers = [(i, n) for i, n in enumerate(draft.important_numbers) if n.label.strip() or n.number.strip()]
    if len(numbers) > MAX_NUMBERS:
        problems["important_numbers"] = "too_many"
    for index, entry in numbers:
        if not entry.number.strip():
            problems[f"important_numbers.{index}.number"] = "required"
        if not entry.label.strip():
            problems[f"important_numbers.{index}.label"] = "required"
    if problems:
        raise ValidationFailed(problems)


def _situation_has_content(situation: SituationDraft) -> bool:
    return bool(situation.description.strip() or situation.alternatives.strip()
                or situation.whom_to_turn_to.strip() or situation.triggers)


def kept_positions(draft: CardDraft) -> tuple[list[int], list[int]]:
    """Positions in ``draft`` of the situations and numbers that survive normalisation, in order:
    entry ``k`` of the stored card is ``draft.situations[kept[0][k]]``."""
    situations = [i for i, s in enumerate(draft.situations) if _situation_has_content(s)]
    numbers = [i for i, n in enumerate(draft.important_numbers) if n.label.strip() or n.number.strip()]
    return situations, numbers


def normalised_card(draft: CardDraft) -> CardDraft:
    """``draft`` as it would be stored: trimmed, empty rows dropped, triggers in method order.

    Two drafts that normalise equal are the same card; saving the second makes no new version.
    """
    return CardDraft(
        language=draft.language,
        large_print=draft.large_print,
        show_first_name=draft.show_first_name,
        show_surname=draft.show_surname,
        show_birth_date=draft.show_birth_date,
        situations=[
            SituationDraft(s.description.strip(), [t for t in TRIGGER_ORDER if t in s.triggers], s.alternatives.strip(),
                           s.whom_to_turn_to.strip())
            for s in draft.situations if _situation_has_content(s)
        ],
        important_numbers=[
            NumberDraft(n.label.strip(), n.number.strip())
            for n in draft.important_numbers if n.label.strip() or n.number.strip()
        ],
    )


def card_draft_from_dict(data: dict) -> CardDraft:
    """The ``CardDraft`` that ``dataclasses.asdict`` turned into ``data`` (a parked draft).

    Raises TypeError for data of another shape, so a damaged draft is refused whole.
    """
    def mapping(value: object) -> dict:
        if not isinstance(value, dict):
            raise TypeError("a card, a situation and a number are mappings")
        return value

    def text(value: object) -> str:
        if not isinstance(value, str):
            raise TypeError("card texts are strings")
        return value

    data = mapping(data)

    return CardDraft(
        language=text(data.get("language", CARD_LANGUAGES[0])),
        large_print=bool(data.get("large_print", False)),
        show_first_name=bool(data.get("show_first_name", True)),
        show_surname=bool(data.get("show_surname", False)),
        show_birth_date=bool(data.get("show_birth_date", False)),
        situations=[
            SituationDraft(text(s.get("description", "")), [text(t) for t in s.get("triggers", [])],
                           text(s.get("alternatives", "")), text(s.get("whom_to_turn_to", "")))
            for s in map(mapping, data.get("situations", []))
        ],
        important_numbers=[NumberDraft(text(n.get("label", "")), text(n.get("number", "")))
                           for n in map(mapping, data.get("important_numbers", []))],
    )


def _draft_of(row: RelapseCardVersion) -> CardDraft:
    return CardDraft(
        language=row.language,
        large_print=row.large_print,
        show_first_name=row.show_first_name,
        show_surname=row.show_surname,
        show_birth_date=row.show_birth_date,
        situations=[SituationDraft(**s) for s in row.situations or []],
        important_numbers=[NumberDraft(**n) for n in row.important_numbers or []],
    )


def card_language_of(languages: str) -> str | None:
    """The first card language a client's "languages" field names ("ar, Dansk" → "da"), if any."""
    for word in re.split(r"[\s,;/+&()]+", languages.casefold()):
        for language, words in LANGUAGE_WORDS.items():
            if word in words:
                return language
    return None


def birth_date_text(birth_date: date | None, approximate: bool, language: str) -> str:
    """The date of birth as the document's language writes its dates (one style on a page)."""
    if birth_date is None:
        return ""
    return format_birth_date(language, birth_date, approximate)  # type: ignore[arg-type]


class CardService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    def versions(self, client_id: str) -> list[CardVersion]:
        """All saved versions, newest first."""
        query = (
            select(RelapseCardVersion, Worker.name)
            .outerjoin(Worker, Worker.id == RelapseCardVersion.worker_id)
            .where(RelapseCardVersion.client_id == client_id, RelapseCardVersion.deleted.is_(False))
            .order_by(RelapseCardVersion.version.desc(), RelapseCardVersion.created_at.desc())
        )
        with self._desk.session() as session:
            return [
                CardVersion(row.id, row.client_id, row.version, row.created_at, name or "", _draft_of(row))
                for row, name in session.execute(query)
            ]

    def current(self, client_id: str) -> CardVersion | None:
        versions = self.versions(client_id)
        return versions[0] if versions else None

    def default_country(self, language: str | None = None) -> str:
        """The country whose default numbers a card in ``language`` gets.

        A desk that fixes ``crisis_line_country`` (a team working in one country only) always gets
        that country's numbers; otherwise the language decides, and a language without a country
        of its own (English) takes the desk's card language's country.
        """
        chosen = self._desk.setting("crisis_line_country", "")
        if chosen:
            return chosen
        desk_language = self._desk.setting("card_language", "de")
        return (COUNTRY_OF_LANGUAGE.get(language or desk_language)
                or COUNTRY_OF_LANGUAGE.get(desk_language, DEFAULT_COUNTRY))

    def default_numbers(self, language: str | None = None, country: str | None = None) -> list[NumberDraft]:
        """What a new card in ``language`` starts with: the team's numbers, else the built-in ones."""
        return self.default_number_sets().get(country or self.default_country(language), [])

    def default_number_sets(self) -> dict[str, list[NumberDraft]]:
        """Every country's default numbers: the team's where it has any, else the built-in ones."""
        sets = {country: [NumberDraft(label, number) for label, number in numbers]
                for country, numbers in BUILT_IN_NUMBERS.items()}
        team: dict[str, list[NumberDraft]] = {}
        for line in self.crisis_lines():
            team.setdefault(line.country, []).append(NumberDraft(line.label, line.number))
        sets.update(team)
        return dict(sorted(sets.items()))

    def card_language_for(self, client_id: str) -> str:
        """The language a new card of the client gets: the client's, else the desk's card language."""
        with self._desk.session() as session:
            languages = _get(session, client_id).languages or ""
        desk_language = self._desk.setting("card_language", "de")
        return card_language_of(languages) or (desk_language if desk_language in CARD_LANGUAGES else "de")

    def new_card_draft(self, client_id: str, country: str | None = None) -> CardDraft:
        """A first card in the client's language, with the default numbers of ``country`` (by
        default the card language's country)."""
        language = self.card_language_for(client_id)
        return CardDraft(language=language, important_numbers=self.default_numbers(language, country))

    def next_version_number(self, client_id: str, draft: CardDraft) -> int:
        """The number ``draft`` carries once saved (the current one's if nothing changed)."""
        current = self.current(client_id)
        if current is None:
            return 1
        return current.version if current.draft == normalised_card(draft) else current.version + 1

    def mark_reviewed(self, client_id: str) -> None:
        """The worker went through the card with the client after a relapse and kept it as it is."""
        with self._desk.session() as session:
            client = _get(session, client_id)
            if client.card_review_since is not None:
                client.card_review_since = None

    def save(self, client_id: str, draft: CardDraft) -> CardVersion:
        """Store ``draft`` as the client's next card version (unless it equals the current one)."""
        validate_card(draft)
        draft = normalised_card(draft)
        current = self.current(client_id)
        if current is not None and current.draft == draft:
            return current
        with self._desk.session() as session:
            client = _get(session, client_id)
            # A card saved after a relapse is the look at the card that the relapse asked for.
            if client.card_review_since is not None:
                client.card_review_since = None
            highest = session.scalar(
                select(func.max(RelapseCardVersion.version)).where(RelapseCardVersion.client_id == client_id)
            )
            row = RelapseCardVersion(
                client_id=client_id,
                version=(highest or 0) + 1,
                worker_id=self._desk.identity.worker_id,
                language=draft.language,
                large_print=draft.large_print,
                show_first_name=draft.show_first_name,
                show_surname=draft.show_surname,
                show_birth_date=draft.show_birth_date,
                situations=[asdict(s) for s in draft.situations],
                important_numbers=[asdict(n) for n in draft.important_numbers],
            )
            session.add(row)
            session.flush()
            version_id = row.id
        return next(v for v in self.versions(client_id) if v.id == version_id)

    def content(self, client_id: str, draft: CardDraft, issued_on: date | None = None,
                version: int = 0) -> RelapseCardContent:
        """What gets printed for ``draft``: privacy choices applied (no surname unless ticked)."""
        draft = normalised_card(draft)
        crisis = self.crisis_digits()
        with self._desk.session() as session:
            client = _get(session, client_id)
            name_parts = []
            if draft.show_first_name and client.first_name:
                name_parts.append(client.first_name)
            if draft.show_surname and client.last_name:
                name_parts.append(client.last_name)
            birth = (birth_date_text(client.birth_date, client.birth_date_approximate, draft.language)
                     if draft.show_birth_date else "")
        return RelapseCardContent(
            language=draft.language,  # type: ignore[arg-type]
            issued_on=issued_on or date.today(),
            version=version,
            large_print=draft.large_print,
            display_name=" ".join(name_parts),
            date_of_birth_text=birth or None,
            risk_situations=[
                RiskSituation(description=s.description, triggers=list(s.triggers),  # type: ignore[arg-type]
                              alternatives=s.alternatives, whom_to_turn_to=s.whom_to_turn_to)
                for s in draft.situations
            ],
            important_numbers=[
                PhoneEntry(label=n.label, number=n.number,
                           emergency="".join(ch for ch in n.number if ch.isdigit()) in crisis)
                for n in draft.important_numbers
            ],
            # Numbers are written the way the country whose crisis lines the card carries writes them.
            country=self.default_country(draft.language),
        )

    def version(self, version_id: str) -> CardVersion:
        with self._desk.session() as session:
            row = session.get(RelapseCardVersion, version_id)
            if row is None or row.deleted:
                raise NotFound(version_id)
            client_id = row.client_id
        return next(v for v in self.versions(client_id) if v.id == version_id)

    def crisis_digits(self) -> set[str]:
        """The digits of every crisis line a card may carry: the team's and the built-in ones."""
        numbers = [number for lines in BUILT_IN_NUMBERS.values() for _, number in lines]
        numbers += [line.number for line in self.crisis_lines()]
        return {"".join(ch for ch in number if ch.isdigit()) for number in numbers}

    def version_content(self, version_id: str) -> RelapseCardContent:
        with self._desk.session() as session:
            row = session.get(RelapseCardVersion, version_id)
            if row is None or row.deleted:
                raise NotFound(version_id)
            client_id, draft, number, created = row.client_id, _draft_of(row), row.version, row.created_at
        return self.content(client_id, draft, issued_on=created.date(), version=number)

    def clients_with_cards(self) -> list[str]:
        with self._desk.session() as session:
            return list(session.scalars(
                select(RelapseCardVersion.client_id).join(Client, Client.id == RelapseCardVersion.client_id)
                .where(RelapseCardVersion.deleted.is_(False), Client.deleted.is_(False)).distinct()
            ))

    # --- the team's default numbers ---------------------------------------------------------
    def crisis_lines(self, country: str | None = None) -> list[CrisisLineEntry]:
        query = select(CrisisLine).where(CrisisLine.deleted.is_(False)).order_by(CrisisLine.country, CrisisLine.label)
        if country:
            query = query.where(CrisisLine.country == country.upper())
        with self._desk.session() as session:
            return [CrisisLineEntry(r.id, r.country, r.label, r.number) for r in session.scalars(query)]

    def crisis_countries(self) -> list[str]:
        return sorted({line.country for line in self.crisis_lines()})

    def save_crisis_line(self, country: str, label: str, number: str, line_id: str | None = None) -> str:
        problems = {}
        if len(country.strip()) != 2 or not country.strip().isalpha():
            problems["country"] = "invalid_country"
        if not label.strip():
            problems["label"] = "required"
        if not number.strip():
            problems["number"] = "required"
        if problems:
            raise ValidationFailed(problems)
        with self._desk.session() as session:
            line = session.get(CrisisLine, line_id) if line_id else CrisisLine()
            if line is None:
                raise NotFound(line_id or "")
            line.country, line.label, line.number = country.strip().upper(), label.strip(), number.strip()
            session.add(line)
            session.flush()
            return line.id

    def remove_crisis_line(self, line_id: str) -> None:
        with self._desk.session() as session:
            line = session.get(CrisisLine, line_id)
            if line is None:
                raise NotFound(line_id)
            line.deleted = True
