"""Printing layer: PDFs built with ReportLab from plain content dataclasses.

Imports nothing from the rest of CaseDesk: the service layer fills the
dataclasses in `content` and calls the render functions here.

The renderers are imported when first asked for: importing `content` or `labels` (as the card
editor and the services do at start-up) must not load ReportLab, a sixth of the start time.
"""

from importlib import import_module

_EXPORTED = {
    "CardDoesNotFit": "card",
    "CardLayout": "card",
    "lay_out_card": "card",
    "render_card_layouts": "card",
    "FitProblem": "card",
    "check_card_fits": "card",
    "render_card": "card",
    "render_card_sheet": "card",
    "render_assessment_summary": "cycle_documents",
    "render_counselling_protocol": "documents",
    "render_evaluation": "cycle_documents",
    "render_handover_summary": "documents",
    "render_deputy_briefing": "documents",
    "render_monthly_report": "documents",
    "render_service_plan": "cycle_documents",
}


# Its own few lines, not a shared helper: printing imports nothing from the rest of CaseDesk.
def __getattr__(name: str):
    if name not in _EXPORTED:
        raise AttributeError(f"module 'casedesk.printing' has no attribute {name!r}")
    return getattr(import_module(f"casedesk.printing.{_EXPORTED[name]}"), name)
