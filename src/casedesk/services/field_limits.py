"""How many characters each text field may hold, for widgets that stop typing at the limit.

Read from the same column types the value rules check (``models.limits``), so a widget can never
take more than a save accepts; the UI imports this, never the models.
"""

from casedesk.models import CaseEpisode, Client, ConfidentialityRelease, Contact, CrisisLine, Task, Worker
from casedesk.models.limits import text_limit


def _limits(model: type) -> dict[str, int]:
    return {column.key: limit for column in model.__table__.columns if (limit := text_limit(column))}


CLIENT_FIELD_LIMITS = _limits(Client)
CONTACT_FIELD_LIMITS = _limits(Contact)
TASK_FIELD_LIMITS = _limits(Task)
RELEASE_FIELD_LIMITS = _limits(ConfidentialityRelease)
CRISIS_LINE_FIELD_LIMITS = _limits(CrisisLine)
WORKER_FIELD_LIMITS = _limits(Worker)
EPISODE_FIELD_LIMITS = _limits(CaseEpisode)
