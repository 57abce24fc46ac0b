"""The team's directory of helpers (providers), shared by every worker."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casedesk.services.desk import Desk


class ProviderService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk
