"""Printing use cases: fill a document's content from the desk and render it with ReportLab.

Output goes to a path the worker chose or into memory (``bytes``) for the in-app preview; this
layer never writes temp files, so no client data is left behind in the temp folder.
"""

import io
from pathlib import Path
from typing import BinaryIO

from casedesk.printing.card import CardDoesNotFit, FitProblem, check_card_fits, render_card, render_card_sheet
from casedesk.printing.documents import (
    render_counselling_protocol,
    render_handover_summary,
    render_monthly_report,
    render_service_plan,
)
from casedesk.services.cards import CardDraft
from casedesk.services.desk import Desk
from casedesk.services.errors import NotFound

__all__ = ["CardDoesNotFit", "FitProblem", "PrintService"]

Target = Path | BinaryIO


class PrintService:
    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    # --- relapse cards ----------------------------------------------------------------------
    def card_fit_problems(self, client_id: str, draft: CardDraft) -> list[FitProblem]:
        return check_card_fits(self._desk.cards.content(client_id, draft))

    def card_preview(self, client_id: str, draft: CardDraft) -> bytes:
        """The card as it would print now (unsaved edits included), for the preview pane."""
        buffer = io.BytesIO()
        render_card(self._desk.cards.content(client_id, draft), buffer)
        return buffer.getvalue()

    def card_pdf(self, client_id: str, out: Target, language: str | None = None) -> None:
        """The client's current card; ``language`` overrides the card's own language."""
        current = self._desk.cards.current(client_id)
        if current is None:
            raise NotFound(client_id)
        content = self._desk.cards.version_content(current.id)
        if language:
            content.language = language  # type: ignore[assignment]
        render_card(content, out)

    def card_sheet_pdf(self, out: Target, client_ids: list[str] | None = None, language: str | None = None) -> int:
        """An A4 sheet of the current cards of ``client_ids`` (default: every client with one)."""
        contents = []
        for client_id in client_ids or self._desk.cards.clients_with_cards():
            current = self._desk.cards.current(client_id)
            if current is None:
                continue
            content = self._desk.cards.version_content(current.id)
            if language:
                content.language = language  # type: ignore[assignment]
            contents.append(content)
        if contents:
            render_card_sheet(contents, out)
        return len(contents)

    # --- documents of the method ------------------------------------------------------------
    def service_plan_pdf(self, client_id: str, language: str, out: Target) -> None:
        render_service_plan(self._desk.documents.service_plan(client_id, language), out)

    def protocol_pdf(self, contact_id: str, language: str, out: Target) -> None:
        render_counselling_protocol(self._desk.documents.counselling_protocol(contact_id, language), out)

    def handover_pdf(self, client_id: str, language: str, out: Target) -> None:
        render_handover_summary(self._desk.documents.handover_summary(client_id, language), out)

    def monthly_report_pdf(self, year: int, month: int, language: str, out: Target) -> None:
        render_monthly_report(self._desk.documents.monthly_report(year, month, language), out)

    def to_bytes(self, render, *args) -> bytes:
        """Run one of the ``*_pdf`` methods into memory: ``to_bytes(service.handover_pdf, id, "de")``."""
        buffer = io.BytesIO()
        render(*args, buffer)
        return buffer.getvalue()
