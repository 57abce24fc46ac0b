"""Printing use cases: fill a document's content from the desk and render it with ReportLab.

Output goes to a path the worker chose or into memory (``bytes``) for the in-app preview; this
layer never writes temp files, so no client data is left behind in the temp folder.
"""

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from casedesk.printing.card import CardDoesNotFit, FitProblem, check_card_fits, render_card, render_card_sheet
from casedesk.printing.content import RelapseCardContent
from casedesk.printing.cycle_documents import (
    render_assessment_summary,
    render_evaluation,
    render_service_plan,
)
from casedesk.printing.documents import (
    render_counselling_protocol,
    render_handover_summary,
    render_monthly_report,
)
from casedesk.services.cards import CardDraft, kept_positions
from casedesk.services.errors import NotFound

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

__all__ = ["CardDoesNotFit", "CardFitProblem", "PrintService"]

Target = Path | BinaryIO
MM_PER_POINT = 25.4 / 72
_PRINTED_FIELD = re.compile(r"^(risk_situations|important_numbers)\[(\d+)\](?:\.(\w+))?$")


@dataclass(frozen=True)
class CardFitProblem:
    """Text that does not fit on the card even at the smallest print size, in the editor's terms.

    ``field`` names the draft's field: ``situations.1.alternatives`` (the second situation box, even
    if the first is empty), ``important_numbers.0``, or a card-wide part such as ``display_name``.
    """

    card: int
    panel: str
    field: str
    overflow_mm: float


def _editor_problem(problem: FitProblem, draft: CardDraft) -> CardFitProblem:
    field = problem.field
    match = _PRINTED_FIELD.match(field)
    if match:
        kind, printed_index, part = match.group(1), int(match.group(2)), match.group(3)
        situations, numbers = kept_positions(draft)
        positions, name = (situations, "situations") if kind == "risk_situations" else (numbers, kind)
        index = positions[printed_index] if printed_index < len(positions) else printed_index
        field = f"{name}.{index}" + (f".{part}" if part else "")
    return CardFitProblem(problem.card, problem.panel, field, round(problem.overflow_pt * MM_PER_POINT, 1))


class PrintService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    # --- relapse cards ----------------------------------------------------------------------
    def _draft_content(self, client_id: str, draft: CardDraft) -> RelapseCardContent:
        version = self._desk.cards.next_version_number(client_id, draft)
        return self._desk.cards.content(client_id, draft, version=version)

    def card_fit_problems(self, client_id: str, draft: CardDraft) -> list[CardFitProblem]:
        """What would not fit if ``draft`` were printed now; empty when the card prints in full."""
        return [_editor_problem(p, draft) for p in check_card_fits(self._draft_content(client_id, draft))]

    def card_preview(self, client_id: str, draft: CardDraft) -> bytes:
        """The card as it would print now (unsaved edits included), for the preview pane.

        Text that does not fit is drawn running past its panel: the preview must show the problem,
        not hide it.
        """
        buffer = io.BytesIO()
        render_card(self._draft_content(client_id, draft), buffer, allow_overflow=True)
        return buffer.getvalue()

    def card_version_bytes(self, version_id: str, allow_overflow: bool = False) -> bytes:
        """A saved version as printed; what the client carries. Raises CardDoesNotFit unless
        ``allow_overflow``, which draws too-long text running visibly past its panel."""
        buffer = io.BytesIO()
        render_card(self._desk.cards.version_content(version_id), buffer, allow_overflow=allow_overflow)
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
        """An A4 sheet of the current cards of ``client_ids`` (default: every client with one).

        Returns how many cards were placed; nothing is written when there are none.
        """
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

    def assessment_pdf(self, client_id: str, language: str, assessment_id: str | None, out: Target) -> None:
        """The client's assessment ``assessment_id``, or (None) the latest; NotFound when there is none."""
        render_assessment_summary(self._desk.documents.assessment_summary(client_id, language, assessment_id), out)

    def evaluation_pdf(self, client_id: str, language: str, out: Target) -> None:
        """Goal attainment and closure of the client's open (else latest) episode; NotFound without one."""
        render_evaluation(self._desk.documents.evaluation(client_id, language), out)

    def protocol_pdf(self, contact_id: str, language: str, out: Target) -> None:
        render_counselling_protocol(self._desk.documents.counselling_protocol(contact_id, language), out)

    def handover_pdf(self, client_id: str, language: str, out: Target) -> None:
        render_handover_summary(self._desk.documents.handover_summary(client_id, language), out)

    def monthly_report_pdf(self, year: int, month: int, language: str, out: Target) -> None:
        render_monthly_report(self._desk.documents.monthly_report(year, month, language), out)

    @staticmethod
    def to_bytes(render: Callable[..., object], *args: object) -> bytes:
        """Run one of the ``*_pdf`` methods into memory: ``to_bytes(service.handover_pdf, id, "de")``."""
        buffer = io.BytesIO()
        render(*args, buffer)
        return buffer.getvalue()
