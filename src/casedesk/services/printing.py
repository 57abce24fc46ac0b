"""Printing use cases: fill a document's content from the desk and render it with ReportLab.

Output goes to a path the worker chose or into memory (``bytes``) for the in-app preview; this
layer never writes temp files, so no client data is left behind in the temp folder.
"""

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from casedesk.domain import COMPLIANCE_DAYS
from casedesk.models import AccessKind
from casedesk.printing.card import (
    NUMBERS_FIELD,
    CardDoesNotFit,
    CardLayout,
    FitProblem,
    lay_out_card,
    render_card_layouts,
)
from casedesk.printing.caseload_report import CaseloadLine, CaseloadReportContent, render_caseload_report
from casedesk.printing.content import RelapseCardContent
from casedesk.printing.cycle_documents import (
    render_assessment_summary,
    render_evaluation,
    render_service_plan,
)
from casedesk.printing.documents import (
    render_counselling_protocol,
    render_deputy_briefing,
    render_handover_summary,
    render_monthly_report,
)
from casedesk.services.cards import CardDraft, kept_positions
from casedesk.services.errors import NotFound

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

__all__ = ["CardDoesNotFit", "CardFit", "CardFitProblem", "CardNotPrintable", "CardPreview", "CardSheet", "PrintService"]

Target = Path | BinaryIO
MM_PER_POINT = 25.4 / 72
_PRINTED_FIELD = re.compile(r"^(risk_situations|important_numbers)\[(\d+)\](?:\.(\w+))?$")


@dataclass(frozen=True)
class CardFitProblem:
    """Text that does not fit on the card even at the smallest print size, in the editor's terms.

    ``field`` names the draft's field: ``situations.1.alternatives`` (the second situation box, even
    if the first is empty), ``important_numbers.0``, ``important_numbers`` (more numbers than the
    card holds: ``entries`` of them find no room), or a card-wide part such as ``display_name``.
    ``excess_chars``: about how many characters to cut from a text (0 where that says nothing).
    """

    card: int
    panel: str
    field: str
    overflow_mm: float
    excess_chars: int = 0
    entries: int = 0


class CardNotPrintable(Exception):
    """A card that does not fit, even with the room a card can take: refused, never cut."""

    def __init__(self, client_id: str, client_name: str, problems: list[CardFitProblem]) -> None:
        super().__init__(f"{client_name}: " + "; ".join(f"{p.panel} {p.field}" for p in problems))
        self.client_id = client_id
        self.client_name = client_name
        self.problems = problems


@dataclass(frozen=True)
class CardFit:
    """The live fit check: ``fold_outs`` beyond ``planned`` (one, or one per situation in large print)
    are the room the card took because its text needed it."""

    problems: list[CardFitProblem]
    fold_outs: int
    planned: int
    smallest_pt: float


@dataclass(frozen=True)
class CardPreview:
    """A card as it would print; with ``problems`` it is for the screen only (cut off, marked)."""

    pdf: bytes
    problems: list[CardFitProblem]


@dataclass(frozen=True)
class CardSheet:
    """A sheet of cards: how many were placed, the cards left out because they do not fit, and
    the clients whose card on the sheet has no risk situation (only its numbers)."""

    placed: int
    left_out: list[CardNotPrintable]
    empty: list[str] = field(default_factory=list)


def _editor_problem(problem: FitProblem, draft: CardDraft | None) -> CardFitProblem:
    field = problem.field
    match = _PRINTED_FIELD.match(field) if draft is not None else None
    if match:
        kind, printed_index, part = match.group(1), int(match.group(2)), match.group(3)
        situations, numbers = kept_positions(draft)
        positions, name = (situations, "situations") if kind == "risk_situations" else (numbers, kind)
        index = positions[printed_index] if printed_index < len(positions) else printed_index
        field = f"{name}.{index}" + (f".{part}" if part else "")
    elif match is None and draft is None and field != NUMBERS_FIELD:
        # A saved card is stored normalised: its printed positions are the editor's.
        field = re.sub(r"\[(\d+)\]", r".\1", field).replace("risk_situations.", "situations.")
    return CardFitProblem(problem.card, problem.panel, field, round(problem.overflow_pt * MM_PER_POINT, 1),
                          problem.excess_chars, problem.entries)


class PrintService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    # --- relapse cards ----------------------------------------------------------------------
    def _draft_content(self, client_id: str, draft: CardDraft) -> RelapseCardContent:
        version = self._desk.cards.next_version_number(client_id, draft)
        return self._desk.cards.content(client_id, draft, version=version)

    def card_fit_problems(self, client_id: str, draft: CardDraft) -> list[CardFitProblem]:
        """What would not fit if ``draft`` were printed now; empty when the card prints in full."""
        return self.card_fit(client_id, draft).problems

    def card_fit(self, client_id: str, draft: CardDraft) -> CardFit:
        """How ``draft`` would print now: what does not fit, how many fold-outs, the smallest type."""
        layout = lay_out_card(self._draft_content(client_id, draft))
        return CardFit([_editor_problem(p, draft) for p in layout.problems], len(layout.fold_outs),
                       layout.fold_outs_by_design, round(layout.smallest_size, 2))

    def card_preview(self, client_id: str, draft: CardDraft) -> CardPreview:
        """The card as it would print now (unsaved edits included), for the preview pane.

        Text that does not fit is drawn cut off at its panel with the panel marked: the preview
        shows the problem, and such a preview is not for printing.
        """
        layout = lay_out_card(self._draft_content(client_id, draft))
        return CardPreview(self._render([layout], preview=True), [_editor_problem(p, draft) for p in layout.problems])

    def card_version_preview(self, version_id: str) -> CardPreview:
        layout = lay_out_card(self._desk.cards.version_content(version_id))
        return CardPreview(self._render([layout], preview=True), [_editor_problem(p, None) for p in layout.problems])

    def card_version_bytes(self, version_id: str) -> bytes:
        """A saved version as printed; what the client carries. Raises CardNotPrintable when it
        does not fit."""
        version = self._desk.cards.version(version_id)
        layout = lay_out_card(self._desk.cards.version_content(version_id))
        self._refuse(version.client_id, layout)
        printed = self._render([layout])
        self._logged(version.client_id, "relapse_card_version", version_id)
        return printed

    def _refuse(self, client_id: str, layout: CardLayout) -> None:
        if layout.problems:
            name = self._desk.clients.get(client_id).display_name
            raise CardNotPrintable(client_id, name, [_editor_problem(p, None) for p in layout.problems])

    def _logged(self, client_id: str, table_name: str = "client", record_id: str | None = None) -> None:
        """A document about the client was made (to print, to save or to show): the access log."""
        self._desk.audit.record_access(client_id, AccessKind.PRINT, table_name, record_id)

    @staticmethod
    def _render(layouts: list[CardLayout], out: Target | None = None, preview: bool = False) -> bytes:
        buffer = io.BytesIO()
        render_card_layouts(layouts, out if out is not None else buffer, preview=preview)
        return buffer.getvalue()

    def card_pdf(self, client_id: str, out: Target, language: str | None = None) -> None:
        """The client's current card; ``language`` overrides the card's own language."""
        current = self._desk.cards.current(client_id)
        if current is None:
            raise NotFound(client_id)
        content = self._desk.cards.version_content(current.id)
        if language:
            content.language = language  # type: ignore[assignment]
        layout = lay_out_card(content)
        self._refuse(client_id, layout)
        self._render([layout], out)
        self._logged(client_id, "relapse_card_version", current.id)

    def card_sheet_pdf(self, out: Target, client_ids: list[str] | None = None,
                       language: str | None = None) -> CardSheet:
        """An A4 sheet of the current cards of ``client_ids`` (default: every client with one).

        A card that does not fit is left out, named in the result, so one long card does not hold
        back the others; nothing is written when no card is placed.
        """
        layouts, left_out, empty, placed = [], [], [], []
        for client_id in client_ids or self._desk.cards.clients_with_cards():
            current = self._desk.cards.current(client_id)
            if current is None:
                continue
            content = self._desk.cards.version_content(current.id)
            if language:
                content.language = language  # type: ignore[assignment]
            layout = lay_out_card(content)
            try:
                self._refuse(client_id, layout)
            except CardNotPrintable as refused:
                left_out.append(refused)
                continue
            layouts.append(layout)
            placed.append((client_id, current.id))
            if not content.risk_situations:
                empty.append(self._desk.clients.get(client_id).display_name)
        if layouts:
            self._render(layouts, out)
            for client_id, version_id in placed:
                self._logged(client_id, "relapse_card_version", version_id)
        return CardSheet(len(layouts), left_out, empty)

    # --- documents of the method ------------------------------------------------------------
    def service_plan_pdf(self, client_id: str, language: str, out: Target) -> None:
        render_service_plan(self._desk.documents.service_plan(client_id, language), out)
        self._logged(client_id)

    def assessment_pdf(self, client_id: str, language: str, assessment_id: str | None, out: Target) -> None:
        """The client's assessment ``assessment_id``, or (None) the latest; NotFound when there is none."""
        render_assessment_summary(self._desk.documents.assessment_summary(client_id, language, assessment_id), out)
        self._logged(client_id)

    def evaluation_pdf(self, client_id: str, language: str, out: Target) -> None:
        """Goal attainment and closure of the client's open (else latest) episode; NotFound without one."""
        render_evaluation(self._desk.documents.evaluation(client_id, language), out)
        self._logged(client_id)

    def protocol_pdf(self, contact_id: str, language: str, out: Target) -> None:
        render_counselling_protocol(self._desk.documents.counselling_protocol(contact_id, language), out)
        self._logged(self._desk.contacts.get(contact_id).client_id, "contact", contact_id)

    def handover_pdf(self, client_id: str, language: str, out: Target) -> None:
        render_handover_summary(self._desk.documents.handover_summary(client_id, language), out)
        self._logged(client_id)

    def deputy_briefing_pdf(self, language: str, out: Target) -> None:
        """The first day's pages of a deputy: one summary per client deputised for today."""
        contents = self._desk.documents.deputy_briefing(language)
        render_deputy_briefing(language, contents, out)  # type: ignore[arg-type]
        for content_client in self._desk.handover.deputised_by_me():
            self._logged(content_client.client_id)

    def monthly_report_pdf(self, year: int, month: int, language: str, out: Target) -> None:
        render_monthly_report(self._desk.documents.monthly_report(year, month, language), out)

    def caseload_report_pdf(self, language: str, out: Target) -> None:
        """The team's caseloads and contact compliance (``CaseloadService.team``), naming no client."""
        lines = tuple(CaseloadLine(f.name, f.active, f.limit, f.deputy, f.in_monitoring, f.seen_in_time)
                      for f in self._desk.caseload.team())
        render_caseload_report(CaseloadReportContent(language, self._desk.identity.team, date.today(),
                                                     COMPLIANCE_DAYS, lines), out)  # type: ignore[arg-type]

    @staticmethod
    def to_bytes(render: Callable[..., object], *args: object) -> bytes:
        """Run one of the ``*_pdf`` methods into memory: ``to_bytes(service.handover_pdf, id, "de")``."""
        buffer = io.BytesIO()
        render(*args, buffer)
        return buffer.getvalue()
