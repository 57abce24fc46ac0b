"""The team's caseload report (issue 13, point 1): each worker's active clients against the
team's limit, the clients they deputise for, and contact compliance in the monitoring phase.

Names workers, never clients; the figures are the desk's (a team lead's desk holds the team).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm

from casedesk.printing import fonts
from casedesk.printing._document import CELL, FRAME_WIDTH, Output, build, grid, text, title_block
from casedesk.printing.content import Language
from casedesk.printing.labels import format_date, format_integer

_WORDS: dict[str, dict[str, str]] = {
    "de": {"title": "Fallzahlen des Teams", "worker": "MitarbeiterIn", "active": "Aktive KlientInnen",
           "limit": "Grenze", "deputy": "Vertretung", "compliance": "Kontakt in {days} Tagen",
           "none": "niemand im Monitoring", "over": "über der Grenze", "share": "{percent} % ({seen} von {total})",
           "note": "Aktive KlientInnen, für die die Fachkraft fallverantwortlich ist; Kontakt: Anteil ihrer "
                   "KlientInnen im Monitoring mit einem Kontakt in den letzten {days} Tagen. Stand: {day}."},
    "da": {"title": "Teamets sagsbelastning", "worker": "Medarbejder", "active": "Aktive borgere",
           "limit": "Grænse", "deputy": "Stedfortræder", "compliance": "Kontakt inden for {days} dage",
           "none": "ingen i opfølgning", "over": "over grænsen", "share": "{percent} % ({seen} af {total})",
           "note": "Aktive borgere, som medarbejderen er sagsansvarlig for; kontakt: andelen af deres borgere "
                   "i opfølgning med en kontakt inden for de seneste {days} dage. Opgjort: {day}."},
    "en": {"title": "Team caseloads", "worker": "Caseworker", "active": "Active clients", "limit": "Limit",
           "deputy": "Deputy for", "compliance": "Contact within {days} days", "none": "none in monitoring",
           "over": "over the limit", "share": "{percent} % ({seen} of {total})",
           "note": "Active clients the worker is case manager for; contact: the share of their clients in "
                   "monitoring with a contact in the last {days} days. As of {day}."},
}


@dataclass(frozen=True)
class CaseloadLine:
    worker: str
    active: int
    limit: int
    deputy: int
    in_monitoring: int
    seen_in_time: int


@dataclass(frozen=True)
class CaseloadReportContent:
    language: Language
    team: str
    day: date
    days: int
    lines: tuple[CaseloadLine, ...]


def _word(language: Language, key: str, **values: object) -> str:
    word = _WORDS[language][key]
    return word.format(**values) if values else word


def render_caseload_report(content: CaseloadReportContent, out: Output) -> int:
    fonts.register_fonts()
    language = content.language
    title = _word(language, "title")
    story = title_block(language, title, f"{content.team} · {format_date(language, content.day)}")
    header = [_word(language, "worker"), _word(language, "active"), _word(language, "limit"),
              _word(language, "deputy"), _word(language, "compliance", days=content.days)]
    rows: list[list[str]] = [header]
    for line in content.lines:
        active = format_integer(language, line.active)
        if line.active > line.limit:
            active = f"{active} ({_word(language, 'over')})"
        share = (_word(language, "share", percent=round(100 * line.seen_in_time / line.in_monitoring),
                       seen=line.seen_in_time, total=line.in_monitoring)
                 if line.in_monitoring else _word(language, "none"))
        rows.append([line.worker, active, format_integer(language, line.limit), format_integer(language, line.deputy),
                     share])
    widths = [FRAME_WIDTH - 125 * mm, 35 * mm, 18 * mm, 24 * mm, 48 * mm]
    story.append(grid(rows, widths, extra=[("ALIGN", (1, 0), (3, -1), "RIGHT")]))
    story.append(text(language, _word(language, "note", days=content.days, day=format_date(language, content.day)),
                      CELL))
    return build(out, language, title, story)
