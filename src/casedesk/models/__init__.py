"""SQLAlchemy entities. No Qt here; the service layer is the only caller."""

from casedesk.models.base import Base, Synced, local_now, new_id
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
from casedesk.models.sync_state import SyncConflict

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
    "SYNCED_MODELS",
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
    "SyncConflict",
    "Synced",
    "Task",
    "Worker",
    "local_now",
    "new_id",
]
