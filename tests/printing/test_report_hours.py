"""The monthly report names the contact time as such: the desk logs no working time."""

import io
from datetime import datetime

import pytest
from printing_fixtures import normalized, pdf_text

from casedesk.printing import render_monthly_report
from casedesk.printing.labels import label
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft, ContactDraft


@pytest.mark.parametrize(("language", "hours"), [("de", "3,0 Std."), ("da", "3,0 t."), ("en", "3.0 h")])
def test_contact_minutes_are_shown_as_contact_hours_not_as_working_hours(desk: Desk, language: str,
                                                                          hours: str) -> None:
    client_id = desk.clients.create(ClientDraft(first_name="Mette", last_name="Søndergaard"))
    for day, minutes in ((3, 30), (4, 45), (20, 90), (31, 15)):  # 180 minutes
        desk.contacts.record(ContactDraft(client_id=client_id, occurred_at=datetime(2025, 3, day, 10, 0),
                                          duration_minutes=minutes, note="gesehen"))
    content = desk.documents.monthly_report(2025, 3, language)
    buffer = io.BytesIO()
    render_monthly_report(content, buffer)
    text = normalized(pdf_text(buffer.getvalue()))

    assert normalized(f"{label(language, 'report.contact_time')}{hours}") in text
    assert normalized(label(language, "report.total_hours")) not in text
    assert normalized(label(language, "report.contact_hours")) not in text


def _report(content) -> bytes:
    buffer = io.BytesIO()
    render_monthly_report(content, buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("language", ["de", "da", "en"])
def test_the_chart_axis_counts_in_whole_locale_numbers(language: str) -> None:
    import pdfplumber
    from printing_fixtures import monthly_report_content

    from casedesk.printing.content import ContactTypeTotal

    quiet = monthly_report_content(language)
    quiet.contacts_by_type = [ContactTypeTotal(contact_type="street", count=1, minutes=20)]
    busy = monthly_report_content(language)
    busy.contacts_by_type = [ContactTypeTotal(contact_type="street", count=1234, minutes=20)]
    for content, unwanted in ((quiet, ("0.2", "0,2", "0.5", "0,5")), (busy, ("1234",))):
        with pdfplumber.open(io.BytesIO(_report(content))) as pdf:
            words = [word["text"] for page in pdf.pages for word in page.extract_words()]
        assert not set(unwanted) & set(words), words
    grouped = {"de": "1.234", "da": "1.234", "en": "1,234"}[language]
    assert grouped in pdf_text(_report(busy))


@pytest.mark.parametrize("language", ["de", "da", "en"])
def test_the_report_says_what_its_hours_count(language: str) -> None:
    from printing_fixtures import monthly_report_content

    content = monthly_report_content(language)
    content.total_hours = 0.0
    assert normalized(label(language, "report.contact_time_note")) in normalized(pdf_text(_report(content)))


@pytest.mark.parametrize("language", ["de", "da", "en"])
def test_an_empty_month_says_so_instead_of_a_table_of_zeros(language: str) -> None:
    from printing_fixtures import monthly_report_content

    content = monthly_report_content(language)
    content.contacts_by_type, content.breakdown, content.clients_seen, content.total_hours = [], [], 0, 0.0
    text = normalized(pdf_text(_report(content)))
    period = label(language, "report.period", month=label(language, "month.3"), year=2025)
    assert normalized(label(language, "report.empty", period=period)) in text
    assert normalized(label(language, "report.by_type")) not in text


@pytest.mark.parametrize("weeks", [4, 6])
@pytest.mark.parametrize("name_repeats", [1, 4])
def test_the_weeks_table_is_never_split_from_its_heading_or_its_rows(weeks: int, name_repeats: int) -> None:
    import pdfplumber
    from printing_fixtures import monthly_report_content

    from casedesk.printing.content import PeriodTotal

    content = monthly_report_content("de")
    # Long enough that the weeks' table begins near the foot of the first page.
    content.breakdown = [PeriodTotal(start=datetime(2025, 3, 3).date(), contacts=30, minutes=1000)] * weeks
    content.worker = " ".join(["Jörg Weißmüller"] * name_repeats)
    with pdfplumber.open(io.BytesIO(_report(content))) as pdf:
        pages = [(page.extract_text() or "") for page in pdf.pages]
    heading = label("de", "report.breakdown_week")
    (with_heading,) = [number for number, text in enumerate(pages) if heading in text]
    assert pages[with_heading].count("KW 10") == weeks
