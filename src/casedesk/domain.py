"""Vocabulary of the case-management method, shared by every layer.

Pure Python on purpose: the UI needs these codes to show and translate them, and the UI may not
import the database layer. Stored values are the enum *values*, so renaming a member is safe
but changing a value needs a migration.
"""

from enum import StrEnum


class ContactType(StrEnum):
    STREET = "street"
    HOME_VISIT = "home_visit"
    OFFICE = "office"
    PHONE = "phone"
    ACCOMPANIMENT = "accompaniment"
    CRISIS = "crisis"
    COUNSELLING = "counselling"
    HELPER_CONFERENCE = "helper_conference"
    MISSED = "missed"
    OTHER = "other"


class Phase(StrEnum):
    """DGCC / ICM phases; a case moves forward through them, closure ends the episode."""

    CLARIFICATION = "clarification"
    ASSESSMENT = "assessment"
    PLANNING = "planning"
    LINKING = "linking"
    MONITORING = "monitoring"
    EVALUATION = "evaluation"
    CLOSED = "closed"


class Role(StrEnum):
    CASEWORKER = "caseworker"
    TEAM_LEAD = "team_lead"
    ADMIN = "admin"


class ClientStatus(StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"
    ERASED = "erased"


class TriggerCategory(StrEnum):
    UNPLEASANT_FEELINGS = "unpleasant_feelings"
    PHYSICAL_DISCOMFORT = "physical_discomfort"
    PLEASANT_FEELINGS = "pleasant_feelings"
    CRAVING = "craving"
    CONFLICTS = "conflicts"
    GROUP_PRESSURE = "group_pressure"


class MotivationalStage(StrEnum):
    PRECONTEMPLATION = "precontemplation"
    CONTEMPLATION = "contemplation"
    PREPARATION = "preparation"
    ACTION = "action"
    MAINTENANCE = "maintenance"
    RELAPSE = "relapse"


#: The method's monitoring rule: at least one contact a week until the first re-assessment.
WEEKLY_CONTACT_DAYS = 7
DEFAULT_IDLE_LOCK_MINUTES = 5
UI_LANGUAGES = ("de", "da", "en")


class RefusalReason(StrEnum):
    """Why the central store did not take a pushed change. The change stays on the laptop, set
    aside with this reason, and is sent again (and judged again) at every sync until it is
    applied, forwarded or discarded by the worker."""

    #: The client is now another worker's, and this edit was made after the worker lost it.
    CLIENT_MOVED = "client_moved"
    #: The worker never held this client (or a new client names someone else as responsible).
    NOT_PERMITTED = "not_permitted"
    #: The worker directory changes through the office's administration only.
    ADMIN_ONLY = "admin_only"
    #: Shared lists (crisis lines) are kept by team leads and administrators.
    LEADS_ONLY = "leads_only"
    #: The client was erased (GDPR); nothing about them is taken any more.
    CLIENT_ERASED = "client_erased"
    #: A value the central store cannot hold (too long, NUL, unknown code).
    INVALID_VALUE = "invalid_value"
    #: Stamped by a clock far ahead of the central store's.
    STAMP_AHEAD = "stamp_ahead"


class NoticeKind(StrEnum):
    """Things a sync tells the worker that are not conflicts of their own edits."""

    #: A colleague's offline edits to a client handed over to this worker arrived.
    RECEIVED_AFTER_HANDOVER = "received_after_handover"
    #: A colleague forwarded changes they could no longer apply themselves.
    FORWARDED = "forwarded"
