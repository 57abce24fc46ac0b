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
