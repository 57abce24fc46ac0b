"""The outreach round sheet (issue 14, point 5): for each client the worker goes to look for,
where they were last seen, their usual places and hours, the description they agreed to, the
fallbacks (phone, relapse card, asking at the clinic's desk), and boxes to tick on the way.

The sheet goes out on the street: a client is named by first name, the initial of the surname and
the street name only (never the date of birth or the address); the PDF's metadata names no one
(``_document.build``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from casedesk.printing import fonts
from casedesk.printing._document import (
    CELL,
    CELL_LABEL,
    FRAME_WIDTH,
    RULE,
    Output,
    boxed,
    build,
    cell,
    grid,
    section,
    title_block,
)
from casedesk.printing.content import Language
from casedesk.printing.labels import format_date, format_datetime, label

_WORDS: dict[str, dict[str, str]] = {
    "de": {"title": "Aufsuchende Runde", "clients": "{count} KlientInnen", "seen": "Zuletzt gesehen",
           "never_seen": "noch nirgends gesehen", "not_found": "nicht angetroffen", "usual": "Übliche Orte",
           "no_usual": "keine üblichen Orte bekannt", "description": "Beschreibung (mit Zustimmung vom {day})",
           "fallbacks": "Wenn nicht angetroffen", "phone": "Telefon: {phone}", "no_phone": "kein Telefon bekannt",
           "card": "Rückfallkarte vom {day}:", "no_card": "keine Rückfallkarte",
           "ask": "An der Anmeldung fragen: {place}", "met": "☐ angetroffen", "not_met": "☐ nicht angetroffen", "place": "Ort:",
           "whereabouts": "Wo zu finden", "by": "{when}, {place} ({worker})",
           "note": "Vertraulich: nur für die Runde; danach vernichten. Die Ergebnisse werden in CaseDesk "
                   "unter Heute › Ergebnisse der Runde… eingetragen."},
    "da": {"title": "Opsøgende runde", "clients": "{count} borgere", "seen": "Sidst set",
           "never_seen": "endnu ikke set nogen steder", "not_found": "ikke truffet", "usual": "Faste steder",
           "no_usual": "ingen faste steder kendt", "description": "Beskrivelse (samtykke givet {day})",
           "fallbacks": "Hvis ikke truffet", "phone": "Telefon: {phone}", "no_phone": "intet telefonnummer kendt",
           "card": "Tilbagefaldskort fra {day}:", "no_card": "intet tilbagefaldskort",
           "ask": "Spørg i skranken: {place}", "met": "☐ truffet", "not_met": "☐ ikke truffet", "place": "Sted:",
           "whereabouts": "Hvor de findes", "by": "{when}, {place} ({worker})",
           "note": "Fortroligt: kun til runden; makuleres bagefter. Resultaterne indføres i CaseDesk "
                   "under I dag › Rundens resultater…"},
    "en": {"title": "Outreach round", "clients": "{count} clients", "seen": "Last seen",
           "never_seen": "not seen anywhere yet", "not_found": "not found", "usual": "Usual places",
           "no_usual": "no usual places known", "description": "Description (agreed on {day})",
           "fallbacks": "If not found", "phone": "Phone: {phone}", "no_phone": "no phone known",
           "card": "Relapse card of {day}:", "no_card": "no relapse card",
           "ask": "Ask at the desk: {place}", "met": "☐ met", "not_met": "☐ not met", "place": "Place:",
           "whereabouts": "Where to find them", "by": "{when}, {place} ({worker})",
           "note": "Confidential: for the round only; destroy afterwards. Enter the results in CaseDesk "
                   "under Today › Round results…"},
}


@dataclass(frozen=True)
class SeenAt:
    at: datetime
    place: str
    worker: str
    #: False for a "tried to reach" there: looked, not found.
    met: bool = True


@dataclass(frozen=True)
class UsualPlaceLine:
    kind: str
    name: str
    hours: str
    note: str = ""
    #: A place with a desk to ask at (a substitution clinic, a shelter, a day centre).
    has_desk: bool = False


@dataclass(frozen=True)
class RoundClient:
    #: First name, surname initial, street name: "Kai M. „Locke“".
    name: str
    whereabouts: str
    seen: tuple[SeenAt, ...]
    places: tuple[UsualPlaceLine, ...]
    description: str
    description_agreed_on: date | None
    phone: str
    card_on: date | None
    card_numbers: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class RoundSheetContent:
    language: Language
    day: date
    worker: str
    clients: tuple[RoundClient, ...]


def _word(language: Language, key: str, **values: object) -> str:
    word = _WORDS[language][key]
    return word.format(**values) if values else word


def _client(language: Language, client: RoundClient) -> list[Flowable]:
    label_width = 38 * mm
    value_width = FRAME_WIDTH - label_width
    seen = [_word(language, "by", when=format_datetime(language, entry.at), place=entry.place, worker=entry.worker)
            + ("" if entry.met else f" – {_word(language, 'not_found')}") for entry in client.seen]
    places = []
    for place in client.places:
        kind = label(language, f"usual_place.{place.kind}")
        line = f"{kind}: {place.name}" if place.name else kind
        if place.hours:
            line += f" – {place.hours}"
        if place.note:
            line += f" ({place.note})"
        places.append(line)
    fallbacks = [_word(language, "phone", phone=client.phone) if client.phone else _word(language, "no_phone")]
    if client.card_on is not None:
        numbers = "; ".join(f"{who} {number}".strip() for who, number in client.card_numbers)
        fallbacks.append(f"{_word(language, 'card', day=format_date(language, client.card_on))} {numbers}".strip())
    else:
        fallbacks.append(_word(language, "no_card"))
    for place in client.places:
        if place.has_desk:
            where = place.name or label(language, f"usual_place.{place.kind}")
            fallbacks.append(_word(language, "ask", place=f"{where} ({place.hours})" if place.hours else where))
    rows = []

    def add(caption: str, values: list[str], empty: str = "") -> None:
        shown = values or ([empty] if empty else [])
        if shown:
            rows.append([cell(language, caption, label_width, CELL_LABEL),
                         cell(language, "\n".join(shown), value_width)])

    add(_word(language, "seen"), seen, _word(language, "never_seen"))
    add(_word(language, "usual"), places, _word(language, "no_usual"))
    if client.whereabouts.strip():
        add(_word(language, "whereabouts"), [client.whereabouts.strip()])
    if client.description.strip() and client.description_agreed_on is not None:
        add(_word(language, "description", day=format_date(language, client.description_agreed_on)),
            [client.description.strip()])
    add(_word(language, "fallbacks"), fallbacks)
    block: list[Flowable] = [*section(language, client.name), grid(rows, [label_width, value_width], header=False),
                             Spacer(0, 2 * mm), _ticks(language)]
    return [CondPageBreak(60 * mm), KeepTogether(block)]


def _ticks(language: Language) -> Table:
    """What to tick on the way: met, not met, and where (a line to write on)."""
    widths = [40 * mm, 45 * mm, 14 * mm, FRAME_WIDTH - 99 * mm]
    table = Table([[_word(language, "met"), _word(language, "not_met"), _word(language, "place"), ""]],
                  colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), CELL.fontName), ("FONTSIZE", (0, 0), (-1, -1), 10),
                               ("LINEBELOW", (3, 0), (3, 0), 0.5, RULE), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def render_round_sheet(content: RoundSheetContent, out: Output) -> int:
    fonts.register_fonts()
    language = content.language
    title = _word(language, "title")
    subtitle = " · ".join(part for part in (format_date(language, content.day), content.worker,
                                            _word(language, "clients", count=len(content.clients))) if part)
    story: list[Flowable] = [*title_block(language, title, subtitle), boxed(language, _word(language, "note"))]
    for client in content.clients:
        story += _client(language, client)
    return build(out, language, title, story)
