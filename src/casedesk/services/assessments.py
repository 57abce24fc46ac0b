"""Assessments per life domain: each one kept (a re-assessment is a new one), compared side by side, time-boxed; the team's life domains."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casedesk.services.desk import Desk


class AssessmentService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk
