"""Case episodes: intake (clarification), phase moves with history and the phase the data suggests, re-opening, evaluation with goal attainment and closure."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casedesk.services.desk import Desk


class EpisodeService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk
