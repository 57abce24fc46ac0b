"""Service plans: versioned per episode, a goal hierarchy (macro, meso, micro) with SMART checks and goal attainment scales; a signed version is frozen."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casedesk.services.desk import Desk


class ServicePlanService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk
