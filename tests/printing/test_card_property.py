"""Property: a relapse card never prints with text missing or overlapping.

Cards are generated from long random texts in German, Danish and English (long compounds, runs of
letters no dictionary knows, phone numbers in the free text, every trigger, up to the eight numbers
a card may carry, emergency numbers among them, large print on and off). Each one either prints,
and then - read back from the PDF - every glyph lies inside the safe area of its panel, no two
glyphs overlap and every number given is on the sheet in one piece; or printing is refused with a
problem naming an existing field of the card.
"""

from __future__ import annotations

import io
import re

import pdfplumber
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_printing_card import _crop_marks, _panel_boxes

from casedesk.printing import CardDoesNotFit, render_card
from casedesk.printing.card import NUMBERS_FIELD
from casedesk.printing.content import TRIGGER_CODES, PhoneEntry, RelapseCardContent, RiskSituation
from casedesk.printing.phones import REGION_OF_LANGUAGE, format_number

CI_EXAMPLES = 30
SLOW_EXAMPLES = 400
MAX_NUMBERS = 8  # what the card editor allows (services.cards.MAX_NUMBERS)

WORDS = {
    "de": ["Wenn", "ich", "allein", "bin", "und", "Geld", "habe", "rufe", "meinen", "Bruder", "an", "gehe",
           "zum", "Kontaktladen", "Suchtdruck", "Substitutionsambulanz", "Schuldnerberatungsstelle",
           "Rückfallprophylaxevereinbarung", "Suchtberatungsstellenmitarbeiterin", "Übergangswohnheim",
           "Streetwork-Team", "Monatsanfang", "Straßenbahnhaltestelle", "ß", "äöü", "(24 h)", "–"],
    "da": ["Når", "jeg", "er", "alene", "og", "får", "penge", "ringer", "til", "min", "søster", "går",
           "væresteder", "alkoholbehandlingsinstitutionen", "tilbagefaldsforebyggelsesaftale",
           "kontanthjælpsmodtager", "misbrugsbehandlingsinstitution", "gademedarbejderen", "Åse", "æøå",
           "herberget", "udsættelse", "(hele døgnet)"],
    "en": ["When", "I", "am", "alone", "and", "get", "paid", "call", "my", "brother", "go", "to", "the",
           "drop-in", "counterproductiveness", "internationalisation", "outreach", "caseworker",
           "accommodation", "craving", "supported", "flat", "(24 h)"],
}
NUMBERS = ["112", "1813", "116117", "0800 111 0 111", "01806 313031", "030 1234567", "0171 5550101",
           "040 428 11 22 33", "+45 20 12 34 56", "70 201 201", "80 200 500", "82 12 12 12",
           "07700 900456", "+44 20 7946 0958", "0221/1234567", "+49 (0) 30 39063-00"]


def _language_text(language: str, max_words: int) -> st.SearchStrategy[str]:
    word = st.one_of(
        st.sampled_from(WORDS[language]),
        # Letters no dictionary breaks: a word longer than any panel line must still be broken.
        st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøåäöüß", min_size=1, max_size=60),
        st.sampled_from(NUMBERS),
    )
    return st.lists(word, min_size=1, max_size=max_words).map(" ".join)


@st.composite
def cards(draw: st.DrawFn) -> RelapseCardContent:
    from datetime import date

    language = draw(st.sampled_from(["de", "da", "en"]))
    situations = draw(st.lists(
        st.builds(
            RiskSituation,
            description=_language_text(language, 90),
            triggers=st.lists(st.sampled_from(TRIGGER_CODES), unique=True).map(
                lambda picked: [code for code in TRIGGER_CODES if code in picked]),
            alternatives=st.one_of(st.just(""), _language_text(language, 160)),
            whom_to_turn_to=st.one_of(st.just(""), _language_text(language, 40)),
        ),
        max_size=3,
    ))
    numbers = draw(st.lists(
        st.builds(PhoneEntry, label=_language_text(language, 8), number=st.sampled_from(NUMBERS),
                  emergency=st.booleans()),
        max_size=MAX_NUMBERS,
    ))
    return RelapseCardContent(
        language=language,
        issued_on=date(2026, 12, 2),
        version=draw(st.integers(1, 40)),
        large_print=draw(st.booleans()),
        display_name=draw(st.one_of(st.just(""), _language_text(language, 4))),
        date_of_birth_text=draw(st.one_of(st.none(), st.just("14.03.1979"))),
        risk_situations=situations,
        important_numbers=numbers,
    )


def _overlapping(chars: list[dict]) -> list[tuple[str, str]]:
    """Pairs of glyphs whose boxes cover each other (more than a sliver: kerning touches)."""
    buckets: dict[tuple[int, int], list[dict]] = {}
    for char in chars:
        if not char["text"].strip():
            continue
        buckets.setdefault((int(char["x0"] // 20), int(char["top"] // 20)), []).append(char)
    clashes = []
    for (bx, by), members in buckets.items():
        neighbours = [c for dx in (-1, 0, 1) for dy in (-1, 0, 1) for c in buckets.get((bx + dx, by + dy), [])]
        for char in members:
            for other in neighbours:
                if other is char or id(other) < id(char):
                    continue
                width = min(char["x1"], other["x1"]) - max(char["x0"], other["x0"])
                height = min(char["bottom"], other["bottom"]) - max(char["top"], other["top"])
                if width > 0.6 and height > 0.3 * min(char["bottom"] - char["top"], other["bottom"] - other["top"]):
                    clashes.append((char["text"], other["text"]))
    return clashes


def _check_printed(content: RelapseCardContent, data: bytes) -> None:
    lines: list[str] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            boxes = _panel_boxes(page)
            _, ys = _crop_marks(page)
            on_card = [char for char in page.chars if min(ys) - 1 <= char["top"] and char["bottom"] <= max(ys) + 1]
            stray = [
                char["text"] for char in on_card
                if not any(x0 - 0.5 <= char["x0"] and char["x1"] <= x1 + 0.5 and top - 0.5 <= char["top"]
                           and char["bottom"] <= bottom + 0.5 for x0, top, x1, bottom in boxes)
            ]
            assert stray == [], "glyphs outside every panel's safe area"
            assert _overlapping(on_card) == [], "glyphs printed over each other"
            lines += (page.extract_text() or "").replace("\u00a0", " ").splitlines()
    region = content.country or REGION_OF_LANGUAGE[content.language]
    for entry in content.important_numbers:
        printed = format_number(entry.number, region)
        # Upside-down panels come out of the text extraction reversed.
        assert any(printed in line or printed[::-1] in line for line in lines), f"{printed} missing or broken"
    # A number typed into the free text is not broken across lines either (the spread is upright).
    # Numbers typed one after the other with nothing between them are one run of digit groups that
    # nobody could split reliably; such a run is only kept whole where it fits a line.
    free_text = " ".join(part for s in content.risk_situations for part in (s.description, s.alternatives,
                                                                            s.whom_to_turn_to))
    for number in NUMBERS:
        if re.search(rf"(?<![\w+])(?<!\d )(?<!\d){re.escape(number)}(?! ?\d)(?![\w])", free_text) and len(number) > 6:
            assert any(number in line for line in lines), f"{number} broken in the free text"


def _check_refusal(content: RelapseCardContent, refused: CardDoesNotFit) -> None:
    assert refused.problems
    for problem in refused.problems:
        assert problem.overflow_pt > 0
        if problem.field == NUMBERS_FIELD:
            assert 0 < problem.entries <= len(content.important_numbers)
            continue
        match = re.fullmatch(r"(risk_situations|important_numbers)\[(\d+)\]\.(\w+)", problem.field)
        if match is None:
            assert problem.field in {"display_name", "title"}, problem.field
            continue
        kind, index, part = match.group(1), int(match.group(2)), match.group(3)
        entries = content.risk_situations if kind == "risk_situations" else content.important_numbers
        assert index < len(entries)
        assert getattr(entries[index], part if part != "number" else "number"), "a problem in an empty field"


def _print_or_refuse(content: RelapseCardContent) -> None:
    buffer = io.BytesIO()
    try:
        render_card(content, buffer)
    except CardDoesNotFit as refused:
        _check_refusal(content, refused)
        return
    _check_printed(content, buffer.getvalue())


_SLOW_HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large]


@settings(max_examples=CI_EXAMPLES, deadline=None, suppress_health_check=_SLOW_HEALTH)
@given(cards())
def test_a_card_prints_in_full_inside_its_panels_or_is_refused_by_field(content: RelapseCardContent) -> None:
    _print_or_refuse(content)


@pytest.mark.slow
@settings(max_examples=SLOW_EXAMPLES, deadline=None, suppress_health_check=_SLOW_HEALTH)
@given(cards())
def test_a_card_prints_in_full_or_is_refused_in_a_longer_run(content: RelapseCardContent) -> None:
    _print_or_refuse(content)
