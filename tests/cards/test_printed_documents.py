"""Every printed document, generated from a desk in all three languages and read back from the PDF."""

import io
from datetime import datetime

import pdfplumber
import pypdf
import pytest
from card_fixtures import LONG_SITUATIONS, contains, long_card
from reportlab.lib.pagesizes import A4

from casedesk.services.desk import Desk
from casedesk.services.dto import ContactDraft
from casedesk.services.printing import CardNotPrintable, CardSheet, PrintService

LANGUAGES = ("de", "da", "en")
CARD_TITLES = {"de": "Rückfallgefahr", "da": "tilbagefald", "en": "risk of relapse"}
LAST_SENTENCE = "Nächster Termin am Donnerstag im Kontaktladen vereinbart."
LONG_NOTE = "Ausführliches Gespräch über Wohnungssuche, Schuldenregulierung und Rückfallprophylaxe. " * 40 \
    + LAST_SENTENCE


def _pages(pdf: bytes) -> list[pdfplumber.page.Page]:
    return pdfplumber.open(io.BytesIO(pdf)).pages


def _assert_readable_and_inside(pdf: bytes, *expected: str) -> str:
    """A4 pages, every character inside the page box, the expected texts present."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    # pypdf reads text in drawing order, so the card's upside-down panels read forwards too.
    text = ""
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4, abs=0.5)
        text += page.extract_text() + "\n"
    for page in _pages(pdf):
        for char in page.chars:
            assert char["x0"] >= 0 and char["x1"] <= page.width, char["text"]
            assert char["top"] >= 0 and char["bottom"] <= page.height, char["text"]
    for snippet in expected:
        assert contains(text, snippet), f"{snippet!r} not found in the PDF"
    return text


@pytest.fixture
def printer(desk: Desk) -> PrintService:
    return PrintService(desk)


@pytest.fixture
def contact_id(desk: Desk, client_id: str) -> str:
    return desk.contacts.record(ContactDraft(
        client_id=client_id, type="counselling", occurred_at=datetime(2025, 3, 12, 14, 5), duration_minutes=50,
        place="Kontaktladen „Café Møllen“", participants="Jürgen, Anna Lindqvist", topics="Wohnen, Schulden",
        motivational_stage="preparation", note=LONG_NOTE, follow_up_title="Schuldnerberatung anrufen",
    ))


@pytest.mark.parametrize("language", LANGUAGES)
def test_card_in_each_language(desk: Desk, printer: PrintService, client_id: str, language: str) -> None:
    version = desk.cards.save(client_id, long_card(language))
    pdf = printer.card_version_bytes(version.id)
    situation = LONG_SITUATIONS[language][0]
    _assert_readable_and_inside(pdf, CARD_TITLES[language], "Jürgen", situation.whom_to_turn_to.split()[0],
                                "0800 111 0 111")


def test_card_never_shows_surname_or_birth_date_unless_ticked(desk: Desk, printer: PrintService,
                                                              client_id: str) -> None:
    preview = printer.card_preview(client_id, long_card("de"))
    assert preview.problems == []
    text = _assert_readable_and_inside(preview.pdf, "Jürgen")
    assert not contains(text, "Großmann") and not contains(text, "1979")


def test_fit_problems_name_the_editor_box(desk: Desk, printer: PrintService, client_id: str) -> None:
    draft = long_card("de")
    draft.situations.insert(0, draft.situations.pop())  # box 1 empty below
    draft.situations[0] = type(draft.situations[0])()
    draft.situations[1].alternatives = "Ich gehe zum Kontaktladen und rede mit jemandem. " * 40

    problems = printer.card_fit_problems(client_id, draft)

    assert problems, "an absurdly long text must not fit"
    assert any(p.field.startswith("situations.1") for p in problems)
    assert all(p.overflow_mm > 0 for p in problems)
    version = desk.cards.save(client_id, draft)
    with pytest.raises(CardNotPrintable) as refused:
        printer.card_version_bytes(version.id)
    # Refused, never printed cut or overlapping; the saved card names the same box (stored at 0).
    assert refused.value.client_name.startswith("Jürgen Großmann")
    assert [p.field for p in refused.value.problems] == ["situations.0.alternatives"]
    assert refused.value.problems[0].excess_chars > 0
    preview = printer.card_version_preview(version.id)
    assert preview.pdf.startswith(b"%PDF") and preview.problems == refused.value.problems


def test_sheet_of_cards_holds_every_clients_card(desk: Desk, printer: PrintService, client_id: str) -> None:
    from casedesk.services.dto import ClientDraft

    other = desk.clients.create(ClientDraft(first_name="Søren", last_name="Kierkegaard-Ødegård"))
    desk.cards.save(client_id, long_card("de"))
    desk.cards.save(other, long_card("da"))
    out = io.BytesIO()
    assert printer.card_sheet_pdf(out) == CardSheet(2, [])
    _assert_readable_and_inside(out.getvalue(), "Jürgen", "Søren", CARD_TITLES["de"], CARD_TITLES["da"])


def test_a_sheet_leaves_out_the_card_that_does_not_fit_and_names_it(desk: Desk, printer: PrintService,
                                                                   client_id: str) -> None:
    from casedesk.services.dto import ClientDraft

    other = desk.clients.create(ClientDraft(first_name="Søren", last_name="Kierkegaard-Ødegård"))
    desk.cards.save(client_id, long_card("de"))
    too_long = long_card("da")
    too_long.situations[-1].whom_to_turn_to = "Min bror Jens eller kontaktstedet på Vesterbro. " * 30
    desk.cards.save(other, too_long)
    out = io.BytesIO()

    sheet = printer.card_sheet_pdf(out)

    assert sheet.placed == 1
    (refused,) = sheet.left_out
    assert (refused.client_id, refused.client_name) == (other, "Søren Kierkegaard-Ødegård")
    last = len(too_long.situations) - 1
    assert [(p.panel, p.field) for p in refused.problems] == [("what_to_do", f"situations.{last}.whom_to_turn_to")]
    text = _assert_readable_and_inside(out.getvalue(), "Jürgen")
    assert not contains(text, "Søren")


@pytest.mark.parametrize("language", LANGUAGES)
def test_service_plan(desk: Desk, printer: PrintService, client_id: str, language: str) -> None:
    desk.tasks.create(client_id, "Termin beim Jobcenter wegen Weiterbewilligung", None)
    pdf = printer.to_bytes(printer.service_plan_pdf, client_id, language)
    _assert_readable_and_inside(pdf, "Großmann", "Anna Lindqvist", "Weiterbewilligung")


@pytest.mark.parametrize("language", LANGUAGES)
def test_counselling_protocol(desk: Desk, printer: PrintService, contact_id: str, language: str) -> None:
    pdf = printer.to_bytes(printer.protocol_pdf, contact_id, language)
    _assert_readable_and_inside(pdf, "Café Møllen", "Schuldnerberatung anrufen", LAST_SENTENCE)


@pytest.mark.parametrize("language", LANGUAGES)
def test_handover_summary(desk: Desk, printer: PrintService, client_id: str, contact_id: str,
                          language: str) -> None:
    desk.cards.save(client_id, long_card(language))
    pdf = printer.to_bytes(printer.handover_pdf, client_id, language)
    _assert_readable_and_inside(pdf, "Großmann", "Hauptbahnhof", "Insulin",
                                LONG_SITUATIONS[language][0].description.split()[2])


@pytest.mark.parametrize("language", LANGUAGES)
def test_monthly_report(desk: Desk, printer: PrintService, contact_id: str, language: str) -> None:
    pdf = printer.to_bytes(printer.monthly_report_pdf, 2025, 3, language)
    expected_month = {"de": "März", "da": "marts", "en": "March"}[language]
    _assert_readable_and_inside(pdf, expected_month, "2025", "Anna Lindqvist")


# --- issue 11: metadata, page headers, files ------------------------------------------------------

DOCUMENT_TITLES = {"protocol_pdf": "protocol.title", "handover_pdf": "handover.title",
                   "service_plan_pdf": "plan.title"}


@pytest.mark.parametrize("render", sorted(DOCUMENT_TITLES))
def test_metadata_names_the_kind_of_document_and_casedesk_never_the_client(
        desk: Desk, printer: PrintService, client_id: str, contact_id: str, render: str) -> None:
    import pypdf

    from casedesk.printing.labels import label

    desk.cards.save(client_id, long_card("de"))
    subject = contact_id if render == "protocol_pdf" else client_id
    metadata = pypdf.PdfReader(io.BytesIO(printer.to_bytes(getattr(printer, render), subject, "en"))).metadata
    assert metadata.title == label("en", DOCUMENT_TITLES[render])
    assert metadata.author == metadata.creator == "CaseDesk"
    for value in metadata.values():
        assert not any(name in str(value) for name in ("Jürgen", "Großmann", "Jojo")), value


def test_card_metadata_names_no_client(desk: Desk, printer: PrintService, client_id: str) -> None:
    import pypdf

    version = desk.cards.save(client_id, long_card("da"))
    metadata = pypdf.PdfReader(io.BytesIO(printer.card_version_bytes(version.id))).metadata
    assert metadata.author == metadata.creator == "CaseDesk"
    assert not any("Jürgen" in str(value) for value in metadata.values())


def test_the_handover_page_header_carries_no_client_name_but_the_protocols_does(
        desk: Desk, printer: PrintService, client_id: str, contact_id: str) -> None:
    import pdfplumber

    def headers(pdf: bytes) -> list[str]:
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            return [page.crop((0, 0, page.width, 45)).extract_text() or "" for page in document.pages]

    assert not any("Jürgen" in header for header in headers(printer.to_bytes(printer.handover_pdf, client_id, "de")))
    assert all("Jürgen" in header for header in headers(printer.to_bytes(printer.protocol_pdf, contact_id, "de")))


def test_documents_are_written_for_the_user_only_even_over_a_readable_pdf(tmp_path) -> None:
    import os
    import stat

    from casedesk.services.output import write_document

    fresh, existing = tmp_path / "fresh.pdf", tmp_path / "existing.pdf"
    existing.write_bytes(b"%PDF-1.4 old")
    existing.chmod(0o644)
    previous = os.umask(0)
    try:
        write_document(fresh, b"%PDF-1.4 new", overwrite=False)
        write_document(existing, b"%PDF-1.4 new", overwrite=True)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
    assert stat.S_IMODE(existing.stat().st_mode) == 0o600


@pytest.mark.parametrize("render", ["service_plan_pdf", "protocol_pdf"])
def test_plan_and_protocol_headers_carry_the_real_name_not_the_alias(
        printer: PrintService, client_id: str, contact_id: str, render: str) -> None:
    import pdfplumber

    subject = contact_id if render == "protocol_pdf" else client_id
    with pdfplumber.open(io.BytesIO(printer.to_bytes(getattr(printer, render), subject, "da"))) as document:
        headers = [page.crop((0, 0, page.width, 45)).extract_text() or "" for page in document.pages]
    assert all("Jürgen Großmann-Øvergaard" in header and "Jojo" not in header for header in headers)
