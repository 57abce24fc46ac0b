import io
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from printing_fixtures import (
    A4_POINTS,
    TEXTS,
    card_content,
    chars_outside_page,
    fonts_used,
    normalized,
    page_sizes,
    pdf_text,
)

from casedesk.printing import CardDoesNotFit, check_card_fits, lay_out_card, render_card, render_card_sheet
from casedesk.printing.card import (
    CONTENT_HEIGHT,
    CONTENT_WIDTH,
    ID1_HEIGHT,
    ID1_WIDTH,
    MARK_LENGTH,
    SAFE_MARGIN,
)
from casedesk.printing.content import PhoneEntry, RelapseCardContent, RiskSituation
from casedesk.printing.labels import label
from casedesk.printing.phones import REGION_OF_LANGUAGE, format_number

ID1_POINTS = (242.65, 153.07)


def _render(content: RelapseCardContent, **options: bool) -> bytes:
    buffer = io.BytesIO()
    render_card(content, buffer, **options)
    return buffer.getvalue()


def _crop_marks(page: pdfplumber.page.Page) -> tuple[list[float], list[float]]:
    """x of the vertical crop marks and y of the horizontal ones (solid, 6 mm long)."""
    solid = [
        line
        for line in page.lines
        if (line["dash"] is None or not line["dash"][0])
        and max(line["width"], line["height"]) == pytest.approx(MARK_LENGTH, abs=0.05)
    ]
    xs = sorted({round(line["x0"], 2) for line in solid if line["x0"] == line["x1"]})
    ys = sorted({round(line["top"], 2) for line in solid if line["top"] == line["bottom"]})
    return xs, ys


def _panel_boxes(page: pdfplumber.page.Page) -> list[tuple[float, float, float, float]]:
    """(x0, top, x1, bottom) of every panel's printable area, from the crop marks."""
    xs, ys = _crop_marks(page)
    boxes = []
    for left_edge, right_edge in zip(xs[::2], xs[1::2]):
        for top_edge, bottom_edge in zip(ys[::2], ys[1::2]):
            for column in range(2):
                for row in range(2):
                    x0 = left_edge + column * ID1_WIDTH + SAFE_MARGIN
                    top = top_edge + row * ID1_HEIGHT + SAFE_MARGIN
                    boxes.append((x0, top, x0 + CONTENT_WIDTH, top + CONTENT_HEIGHT))
    return boxes


def _in_any_panel(char: dict, boxes: list[tuple[float, float, float, float]], slack: float = 0.5) -> bool:
    return any(
        x0 - slack <= char["x0"] and char["x1"] <= x1 + slack and top - slack <= char["top"]
        and char["bottom"] <= bottom + slack
        for x0, top, x1, bottom in boxes
    )


def _card_chars(data: bytes) -> list[dict]:
    """Characters inside the fold-outs (the printing hint below them is excluded)."""
    chars = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            _, ys = _crop_marks(page)
            top, bottom = min(ys), max(ys)
            chars += [char for char in page.chars if char["top"] >= top - 1 and char["bottom"] <= bottom + 1]
    return chars


@pytest.mark.parametrize("large_print", [False, True])
def test_card_is_printed_on_a4_with_a_fold_out_of_four_id1_panels(language, large_print):
    data = _render(card_content(language, large_print=large_print))
    assert set(page_sizes(data)) == {A4_POINTS}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        xs, ys = _crop_marks(pdf.pages[0])
        dashed = [line for line in pdf.pages[0].lines if line["dash"] is not None and line["dash"][0]]
    assert len(xs) == 2
    assert xs[1] - xs[0] == pytest.approx(2 * ID1_POINTS[0], abs=0.05)
    assert ys[1] - ys[0] == pytest.approx(2 * ID1_POINTS[1], abs=0.05)
    vertical_fold = xs[0] + ID1_POINTS[0]
    assert any(line["x0"] == pytest.approx(vertical_fold, abs=0.05) for line in dashed)
    horizontal_fold = ys[0] + ID1_POINTS[1]
    assert any(line["top"] == pytest.approx(horizontal_fold, abs=0.05) for line in dashed)


@pytest.mark.parametrize("large_print", [False, True])
def test_card_prints_every_field(language, large_print):
    content = card_content(language, large_print=large_print)
    data = _render(content)
    raw = pdf_text(data)
    text = normalized(raw)
    expected = [
        label(language, "card.title"),
        label(language, "card.situations"),
        label(language, "card.what_to_do"),
        label(language, "card.numbers"),
        content.display_name,
        str(content.date_of_birth_text),
        label(language, "trigger.craving"),
        label(language, "trigger.group_pressure"),
    ]
    for situation in content.risk_situations:
        expected += [situation.description, situation.alternatives, situation.whom_to_turn_to]
    missing = [item for item in expected if normalized(item) not in text]
    assert missing == []
    # Phone numbers are never broken across lines (and printed grouped the country's way).
    for entry in content.important_numbers:
        assert format_number(entry.number, "DE" if language == "en" else REGION_OF_LANGUAGE[language]) in raw \
            or format_number(entry.number, REGION_OF_LANGUAGE[language]) in raw


@pytest.mark.parametrize("large_print", [False, True])
def test_card_text_stays_inside_the_panels(language, large_print):
    data = _render(card_content(language, large_print=large_print))
    assert chars_outside_page(data) == []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            boxes = _panel_boxes(page)
            _, ys = _crop_marks(page)
            on_card = [char for char in page.chars if char["top"] < max(ys)]
            assert on_card, "the fold-out should carry text"
            stray = [
                char["text"]
                for char in on_card
                if not any(
                    x0 - 0.5 <= char["x0"]
                    and char["x1"] <= x1 + 0.5
                    and top - 0.5 <= char["top"]
                    and char["bottom"] <= bottom + 0.5
                    for x0, top, x1, bottom in boxes
                )
            ]
            assert stray == []


def test_card_uses_only_embedded_dejavu_fonts(language):
    used = fonts_used(_render(card_content(language)))
    assert used
    assert [name for name, embedded in used if "DejaVu" not in name or not embedded] == []


@pytest.mark.parametrize(("large_print", "minimum", "sentences"), [(False, 7.0, 2), (True, 9.0, 3)])
def test_text_shrinks_but_not_below_the_minimum(large_print, minimum, sentences):
    wordy = " ".join(TEXTS["de"]["sentences"][:sentences])  # type: ignore[index]
    content = card_content("de", large_print=large_print)
    content.risk_situations = [
        replace(situation, alternatives=wordy) for situation in content.risk_situations
    ]
    assert check_card_fits(content) == []
    sizes = [char["size"] for char in _card_chars(_render(content))]
    assert min(sizes) >= minimum - 0.01
    # The long texts made the spread shrink to near the minimum (not just the one-line footer).
    assert sum(size < minimum + 1 for size in sizes) > 150


def test_large_print_puts_each_risk_situation_on_its_own_card():
    content = card_content("de", large_print=True, situations=3)
    data = _render(content)
    assert len(page_sizes(data)) == 2  # three fold-outs, two per page
    text = normalized(pdf_text(data))
    for part in (1, 2, 3):
        assert normalized(label("de", "card.part", part=part, parts=3)) in text


def test_normal_print_keeps_three_situations_on_one_card():
    data = _render(card_content("da", situations=3))
    assert len(page_sizes(data)) == 1
    assert normalized(label("da", "card.part", part=1, parts=1)) not in normalized(pdf_text(data))


def test_long_compounds_are_hyphenated_not_cut():
    compound = "Suchtberatungsstellenmitarbeiterinnenfortbildungsveranstaltung"
    content = card_content("de", large_print=True, situations=1)
    content.risk_situations[0].whom_to_turn_to = compound
    data = _render(content)
    raw = pdf_text(data)
    assert compound not in raw.replace("\n", ""), "too wide for a panel, so it must be broken"
    assert normalized(compound) in normalized(raw)
    assert "-\n" in raw


def test_normal_content_fits(language):
    assert check_card_fits(card_content(language)) == []
    assert check_card_fits(card_content(language, large_print=True)) == []


def test_absurdly_long_text_is_reported_with_panel_and_field():
    content = card_content("de")
    content.risk_situations[1].description = " ".join(TEXTS["de"]["sentences"] * 12)  # type: ignore[operator]
    problems = check_card_fits(content)
    assert len(problems) == 1
    problem = problems[0]
    # The first situation keeps card 1; the long one gets a card of its own and still does not fit.
    assert (problem.card, problem.panel, problem.field) == (
        2,
        "risk_situations",
        "risk_situations[1].description",
    )
    assert problem.overflow_pt > ID1_POINTS[1]  # the text is several panels long
    # About how much to cut: the overflow in lines times the characters of a line.
    assert 0.5 * len(content.risk_situations[1].description) < problem.excess_chars
    assert problem.excess_chars < len(content.risk_situations[1].description)
    with pytest.raises(CardDoesNotFit) as raised:
        render_card(content, io.BytesIO())
    assert raised.value.problems == problems


def test_a_card_that_does_not_fit_is_refused_and_its_preview_says_so():
    long_description = " ".join(TEXTS["da"]["sentences"] * 4)  # type: ignore[operator]
    content = card_content("da")
    content.risk_situations[0].description = long_description
    assert check_card_fits(content)
    with pytest.raises(CardDoesNotFit):
        _render(content)
    data = _render(content, preview=True)
    assert normalized(label("da", "card.not_printable")) in normalized(pdf_text(data))


def test_too_many_numbers_are_blamed_on_the_numbers_not_on_one_of_them():
    content = card_content("en", large_print=True)
    content.important_numbers = [
        PhoneEntry(label=f"Contact number {i} of the outreach team", number=f"0800 555 {i:03d}") for i in range(40)
    ]
    problems = check_card_fits(content)
    assert [(problem.panel, problem.field) for problem in problems] == [("important_numbers", "important_numbers")]
    assert 0 < problems[0].entries < 40


def test_a_phone_number_wider_than_the_card_is_reported_not_split():
    content = card_content("en")
    content.important_numbers = [PhoneEntry(label="", number="0" * 60)]
    problems = check_card_fits(content)
    assert [(problem.panel, problem.field) for problem in problems] == [
        ("important_numbers", "important_numbers[0].number")
    ]


def test_card_accepts_a_path_and_returns_the_page_count(tmp_path: Path):
    target = tmp_path / "card.pdf"
    pages = render_card(card_content("de", large_print=True), target)
    assert pages == len(page_sizes(target.read_bytes())) == 2


def test_sheet_places_two_fold_outs_per_a4_page():
    buffer = io.BytesIO()
    pages = render_card_sheet([card_content(language) for language in ("de", "da", "en")] * 3, buffer)
    assert pages == 5
    assert set(page_sizes(buffer.getvalue())) == {A4_POINTS}
    with pdfplumber.open(buffer) as pdf:
        _, ys = _crop_marks(pdf.pages[0])
    assert len(ys) == 4  # top and bottom trim edge of each of the two fold-outs


def test_sheet_names_the_card_that_does_not_fit():
    bad = card_content("en")
    bad.risk_situations[0].alternatives = "x " * 3000
    with pytest.raises(CardDoesNotFit) as raised:
        render_card_sheet([card_content("de"), card_content("da"), bad], io.BytesIO())
    assert raised.value.card_index == 2


def test_hundred_cards_render_within_five_seconds():
    contents = [card_content(("de", "da", "en")[i % 3], large_print=False) for i in range(100)]
    # CPU time of this process: the test machine is shared, and other work stretches wall time.
    started = time.process_time()
    pages = render_card_sheet(contents, io.BytesIO())
    assert time.process_time() - started <= 5.0
    assert pages == 50


def test_content_rejects_more_than_three_situations_and_unknown_codes():
    issued = date(2025, 1, 1)
    RelapseCardContent(language="de", issued_on=issued, risk_situations=[RiskSituation(description="x")] * 3)
    with pytest.raises(ValueError):
        RelapseCardContent(
            language="de", issued_on=issued, risk_situations=[RiskSituation(description="x")] * 4
        )
    with pytest.raises(ValueError):
        RiskSituation(description="x", triggers=["boredom"])  # type: ignore[list-item]
    with pytest.raises(ValueError):
        RelapseCardContent(language="sv", issued_on=issued)  # type: ignore[arg-type]


# --- issue 11: no card prints with text missing or overlapping --------------------------------------

DANISH_NUMBERS = [
    PhoneEntry(label="Søsteren Åse", number="+45 40 11 22 33"),
    PhoneEntry(label="Misbrugscentret Indgangen", number="38 17 11 00"),
    PhoneEntry(label="Gademedarbejder Birgitte", number="20 12 34 56"),
    PhoneEntry(label="Herberget Kirkens Korshær", number="33 12 34 56"),
    PhoneEntry(label="Giftlinjen", number="82 12 12 12"),
    PhoneEntry(label="Livslinien (hele døgnet)", number="70 201 201"),
    PhoneEntry(label="Alkolinjen", number="80 200 500"),
    PhoneEntry(label="Alarmcentralen", number="112"),
]


def _lines(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [line for page in pdf.pages for line in (page.extract_text() or "").replace("\u00a0", " ").splitlines()]


def _assert_inside_panels(data: bytes) -> None:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            boxes = _panel_boxes(page)
            _, ys = _crop_marks(page)
            on_card = [char for char in page.chars if min(ys) - 1 <= char["top"] and char["bottom"] <= max(ys) + 1]
            assert [char["text"] for char in on_card if not _in_any_panel(char, boxes)] == []


def test_wordy_situations_go_on_to_a_second_fold_out_instead_of_shrinking_below_7_pt():
    wordy = " ".join(TEXTS["de"]["sentences"][:3])  # type: ignore[index]
    content = card_content("de")
    content.risk_situations = [replace(situation, alternatives=wordy) for situation in content.risk_situations]
    data = _render(content)
    assert min(char["size"] for char in _card_chars(data)) >= 7.0 - 0.01
    text = normalized(pdf_text(data))
    assert normalized(label("de", "card.part", part=2, parts=2)) in text
    for situation in content.risk_situations:
        assert normalized(situation.description) in text
    _assert_inside_panels(data)


@pytest.mark.parametrize("large_print", [False, True])
def test_eight_numbers_with_long_danish_labels_all_print_and_112_comes_first(large_print):
    content = card_content("da", large_print=large_print)
    content.important_numbers = list(DANISH_NUMBERS)
    data = _render(content)
    lines = _lines(data)
    for entry in DANISH_NUMBERS:
        printed = format_number(entry.number, "DK")
        assert any(printed in line or printed[::-1] in line for line in lines), printed
    _assert_inside_panels(data)
    # The back of the first fold-out (upside down, so its last text line is its first entry) starts with 112.
    (back,) = lay_out_card(content).fold_outs[0].numbers.rows[0].columns
    first_entry = next(item for item in back if item.field.startswith("important_numbers["))
    assert first_entry.field == "important_numbers[7]"


def test_a_number_in_whom_to_turn_to_never_breaks_across_lines():
    content = card_content("en", situations=1)
    for shift in range(0, 40, 3):
        content.risk_situations[0].whom_to_turn_to = (
            "x" * shift + " my brother on 07700 900456 or the drop-in on 030 1234567 at any time"
        )
        lines = _lines(_render(content))
        assert any("07700 900456" in line for line in lines), shift
        assert any("030 1234567" in line for line in lines), shift


def test_phone_numbers_are_grouped_the_countrys_way_and_kept_as_typed_when_unknown():
    assert format_number("0171/5550101", "DE") == "0171 5550101"
    assert format_number("70201201", "DK") == "70 20 12 01"
    assert format_number("+45 20 12 34 56", "DE") == "+45 20 12 34 56"
    assert format_number("112", "DK") == "112"
    assert format_number("Ring 0800-KRISE", "DE") == "Ring 0800-KRISE"


def test_each_card_on_a_sheet_has_the_printing_hint_in_its_own_language():
    buffer = io.BytesIO()
    render_card_sheet([card_content("de"), card_content("da")], buffer)
    text = normalized(pdf_text(buffer.getvalue()))
    assert normalized(label("de", "card.print_hint")) in text
    assert normalized(label("da", "card.print_hint")) in text
