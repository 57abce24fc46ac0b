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
from casedesk.models.local import DeskSetting, ParkedDraft, PendingChange
from casedesk.models.registry import (
    ENTITIES_BY_TABLE,
    SYNCED_ENTITIES,
    SYNCED_MODELS,
    Scope,
    SyncedEntity,
    entity_of,
)
from casedesk.models.sync_state import SyncConflict, SyncNotice

__all__ = [
    "ENTITIES_BY_TABLE",
    "SYNCED_ENTITIES",
    "SYNCED_MODELS",
    "Base",
    "CaseEpisode",
    "Client",
    "ConfidentialityRelease",
    "Contact",
    "CrisisLine",
    "DeskSetting",
    "ParkedDraft",
    "PendingChange",
    "PhaseChange",
    "RelapseCardVersion",
    "Scope",
    "SyncConflict",
    "SyncNotice",
    "Synced",
    "SyncedEntity",
    "Task",
    "Worker",
    "entity_of",
    "local_now",
    "new_id",
]
