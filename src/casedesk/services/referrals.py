"""Linking: referrals of a client to a provider or person, their states with history and follow-up dates."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casedesk.services.desk import Desk


class ReferralService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk
