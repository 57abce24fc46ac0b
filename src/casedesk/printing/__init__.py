"""Printing layer: PDFs built with ReportLab from plain content dataclasses.

Imports nothing from the rest of CaseDesk: the service layer fills the
dataclasses in `content` and calls the render functions here.
"""

from casedesk.printing.card import (
    CardDoesNotFit,
    FitProblem,
    check_card_fits,
    render_card,
    render_card_sheet,
)
from casedesk.printing.documents import (
    render_counselling_protocol,
    render_handover_summary,
    render_monthly_report,
    render_service_plan,
)

__all__ = [
    "CardDoesNotFit",
    "FitProblem",
    "check_card_fits",
    "render_card",
    "render_card_sheet",
    "render_counselling_protocol",
    "render_handover_summary",
    "render_monthly_report",
    "render_service_plan",
]
