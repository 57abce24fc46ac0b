"""SQLAlchemy entities. No Qt here; the service layer is the only caller."""

from casedesk.models.base import Base, Synced, new_id, local_now
from casedesk.models.entities import (
    CaseEpisode,
    Client,
    ConfidentialityRelease,
    Contact,
    CrisisLine,
    PhaseChange,
    RelapseCardVersion,
    Task,
    Worker,
)
from casedesk.models.local import DeskSetting, PendingChange

SYNCED_MODELS: tuple[type[Synced], ...] = (
    Worker,
    Client,
    ConfidentialityRelease,
    CaseEpisode,
    PhaseChange,
    Contact,
    Task,
    RelapseCardVersion,
    CrisisLine,
)

__all__ = [
    "Base",
    "CaseEpisode",
    "Client",
    "ConfidentialityRelease",
    "Contact",
    "CrisisLine",
    "DeskSetting",
    "PendingChange",
    "PhaseChange",
    "RelapseCardVersion",
    "SYNCED_MODELS",
    "Synced",
    "Task",
    "Worker",
    "new_id",
    "local_now",
]
