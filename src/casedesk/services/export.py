"""The whole file as data: everything the desk holds about one client, as one JSON document."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casedesk.services.desk import Desk


class ExportService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk
