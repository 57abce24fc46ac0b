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
    #: Tried to reach the client and did not (looked on the scene, called, left a card): the
    #: worker's responsibility for contact, exercised (``services.whereabouts``).
    ATTEMPT = "attempt"
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
    #: Merged into another record (``client.merged_into``): a tombstone that redirects, never shown.
    MERGED = "merged"


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
    #: A colleague recorded a relapse of a client this worker holds or deputises for.
    RELAPSE_RECORDED = "relapse_recorded"


class AccessRoute(StrEnum):
    """How the client came to case management (clarification phase, "access")."""

    OUTREACH = "outreach"
    CAME_TO_US = "came_to_us"
    REFERRED = "referred"


class ConsentForm(StrEnum):
    """How the consent to data processing was given at intake."""

    WRITTEN = "written"
    ORAL = "oral"
    DIGITAL = "digital"


class LifeDomain(StrEnum):
    """The method's life domains for the assessment (DOMAIN.md addendum); a team may rename
    them or add its own (``life_domain`` rows), which are then keyed by their own code."""

    HOUSING = "housing"
    PHYSICAL_HEALTH = "physical_health"
    MENTAL_HEALTH = "mental_health"
    SUBSTANCE_USE = "substance_use"
    FINANCES = "finances"
    LEGAL = "legal"
    WORK = "work"
    FAMILY = "family"
    SOCIAL_NETWORK = "social_network"
    LEISURE = "leisure"


#: VUM 2.0 / FFB rating of a domain: 0 none … 4 complete impairment; None is "not assessed".
IMPAIRMENT_RATINGS = range(5)
#: The client's own priority for a domain: 1 most important … 3 least; None: not said.
CLIENT_PRIORITIES = range(1, 4)
#: The method time-boxes the assessment; six weeks unless the worker sets another date.
ASSESSMENT_TIME_BOX_DAYS = 42
#: A service plan is reviewed after six months unless agreed otherwise.
PLAN_REVIEW_MONTHS = 6


class GoalLevel(StrEnum):
    MACRO = "macro"
    MESO = "meso"
    MICRO = "micro"


class GoalStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    REACHED = "reached"
    PARTLY_REACHED = "partly_reached"
    NOT_REACHED = "not_reached"
    DROPPED = "dropped"


class Responsible(StrEnum):
    """Who carries a goal or step."""

    CLIENT = "client"
    CASE_MANAGER = "case_manager"
    NETWORK = "network"
    PROVIDER = "provider"


#: Goal attainment scaling (Kiresuk & Sherman 1968): −2 … +2, 0 the expected outcome.
GOAL_ATTAINMENT_LEVELS = range(-2, 3)
#: The correlation between goal scores the T-score formula assumes.
GOAL_ATTAINMENT_RHO = 0.3


class ReferralState(StrEnum):
    PREPARED = "prepared"
    CONTACTED = "contacted"
    ACCEPTED = "accepted"
    STARTED = "started"
    DECLINED_BY_PROVIDER = "declined_by_provider"
    DECLINED_BY_CLIENT = "declined_by_client"
    UNAVAILABLE = "unavailable"
    WITHDRAWN = "withdrawn"


#: A referral in one of these states did not lead to help: it asks for an alternative.
FAILED_REFERRAL_STATES = frozenset({
    ReferralState.DECLINED_BY_PROVIDER, ReferralState.DECLINED_BY_CLIENT,
    ReferralState.UNAVAILABLE, ReferralState.WITHDRAWN,
})


class ClosureReason(StrEnum):
    GOALS_REACHED = "goals_reached"
    MOVED = "moved"
    TRANSFERRED = "transferred"
    CLIENT_ENDED = "client_ended"
    CONTACT_LOST = "contact_lost"
    DIED = "died"
    OTHER = "other"


#: KDS 2.6.5 groups end reasons as planned (regular end, planned move to another service) or
#: unplanned (ended by the client, unplanned move); a client moving away ends the help unplanned.
#: Death and "other" are neither and are reported on their own.
PLANNED_CLOSURES = frozenset({ClosureReason.GOALS_REACHED, ClosureReason.TRANSFERRED})
UNPLANNED_CLOSURES = frozenset({ClosureReason.MOVED, ClosureReason.CLIENT_ENDED, ClosureReason.CONTACT_LOST})


# --- the client's network and the method's instruments (DOMAIN.md: network, instruments) -------

class NetworkKind(StrEnum):
    """Informal help (family, friends, the scene) comes before formal help (subsidiarity)."""

    INFORMAL = "informal"
    FORMAL = "formal"


class NetworkSector(StrEnum):
    """The ecomap's sectors around the client."""

    FAMILY = "family"
    FRIENDS = "friends"
    SCENE = "scene"
    NEIGHBOURHOOD = "neighbourhood"
    INSTITUTIONS = "institutions"


class TieStrength(StrEnum):
    STRONG = "strong"
    MEDIUM = "medium"
    WEAK = "weak"


class TieQuality(StrEnum):
    SUPPORTIVE = "supportive"
    AMBIVALENT = "ambivalent"
    STRESSFUL = "stressful"
    BROKEN_OFF = "broken_off"


class SupportDirection(StrEnum):
    TO_CLIENT = "to_client"
    FROM_CLIENT = "from_client"
    BOTH = "both"


class ContactFrequency(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    RARELY = "rarely"


#: How important a person is to the client: the circle's size on the ecomap.
NETWORK_IMPORTANCE = range(1, 4)


class InstrumentKind(StrEnum):
    STAGE = "stage"
    DECISIONAL_BALANCE = "decisional_balance"
    SELF_EFFICACY = "self_efficacy"
    DEPENDENCE = "dependence"


#: General self-efficacy (Schwarzer & Jerusalem 1995): 10 items scored 1–4; the sum (10–40) is
#: computed only when at most 3 items are missing (the missing ones then count as the mean of
#: the answered ones); there is no cut-off.
SELF_EFFICACY_ITEMS = 10
SELF_EFFICACY_ANSWERS = range(1, 5)
SELF_EFFICACY_MAX_MISSING = 3


class Icd10DependenceCriterion(StrEnum):
    """ICD-10 F1x.2: dependence when 3 or more were present together within 12 months."""

    CRAVING = "craving"
    LOSS_OF_CONTROL = "loss_of_control"
    WITHDRAWAL = "withdrawal"
    TOLERANCE = "tolerance"
    NEGLECT_OF_INTERESTS = "neglect_of_interests"
    USE_DESPITE_HARM = "use_despite_harm"


ICD10_DEPENDENCE_THRESHOLD = 3


class Icd11DependenceGroup(StrEnum):
    """ICD-11 6C4x.2: dependence when 2 of the 3 groups are present."""

    IMPAIRED_CONTROL = "impaired_control"
    PRIORITY_OF_USE = "priority_of_use"
    PHYSIOLOGICAL_FEATURES = "physiological_features"


ICD11_DEPENDENCE_THRESHOLD = 2
#: Which ICD-10 criteria belong to which ICD-11 group, for the side-by-side view.
ICD11_GROUP_OF = {
    Icd10DependenceCriterion.CRAVING: Icd11DependenceGroup.IMPAIRED_CONTROL,
    Icd10DependenceCriterion.LOSS_OF_CONTROL: Icd11DependenceGroup.IMPAIRED_CONTROL,
    Icd10DependenceCriterion.NEGLECT_OF_INTERESTS: Icd11DependenceGroup.PRIORITY_OF_USE,
    Icd10DependenceCriterion.USE_DESPITE_HARM: Icd11DependenceGroup.PRIORITY_OF_USE,
    Icd10DependenceCriterion.WITHDRAWAL: Icd11DependenceGroup.PHYSIOLOGICAL_FEATURES,
    Icd10DependenceCriterion.TOLERANCE: Icd11DependenceGroup.PHYSIOLOGICAL_FEATURES,
}


# --- street work (issue #14) ----------------------------------------------------------------------

class ClientKind(StrEnum):
    """A client proper, or an anonymous code person met on the street (no consent, card or plan)."""

    CLIENT = "client"
    CODE = "code"


class Sex(StrEnum):
    """As street-work tallies count people met (and a code name may carry it)."""

    FEMALE = "f"
    MALE = "m"
    DIVERSE = "d"
    UNKNOWN = "u"


class AgeBand(StrEnum):
    """The age bands of a round's tally (those of the German youth and addiction statistics)."""

    UNDER_18 = "0-17"
    FROM_18 = "18-26"
    FROM_27 = "27-39"
    FROM_40 = "40-59"
    FROM_60 = "60+"
    UNKNOWN = "unknown"


def tally_key(sex: Sex | str, band: AgeBand | str) -> str:
    """The key of one cell of a round's people-met tally ("f:18-26")."""
    return f"{Sex(sex).value}:{AgeBand(band).value}"


TALLY_KEYS = frozenset(tally_key(sex, band) for sex in Sex for band in AgeBand)


class HarmReductionItem(StrEnum):
    """The items a team hands out unless it keeps a list of its own (``harm_reduction_item``)."""

    SYRINGES = "syringes"
    NEEDLES = "needles"
    NALOXONE = "naloxone"
    FOIL = "foil"
    PIPES = "pipes"
    CONDOMS = "condoms"
    FOOD = "food"
    DRINKS = "drinks"
    SLEEPING_BAG = "sleeping_bag"
    CLOTHING = "clothing"
    HYGIENE = "hygiene"
    INFO_MATERIAL = "info_material"


#: A team's own item gets a code with this prefix (the built-in codes are the enumeration's).
CUSTOM_ITEM_PREFIX = "custom:"
#: Most of one item counted in one contact or round: a typo of 10 000 syringes is refused.
MAX_ITEM_COUNT = 9_999


class UsualPlaceKind(StrEnum):
    """Where a client is usually found (the client's usual places, beside the contacts' trail)."""

    SCENE = "scene"
    SHELTER = "shelter"
    SUBSTITUTION_CLINIC = "substitution_clinic"
    DAY_CENTRE = "day_centre"
    OTHER = "other"


class ActivityKind(StrEnum):
    """Work that is no contact with a client (Tätigkeitsdokumentation)."""

    TEAM_MEETING = "team_meeting"
    DOCUMENTATION = "documentation"
    TRAVEL = "travel"
    NETWORK = "network"
    TRAINING = "training"
    SUPERVISION = "supervision"
    OTHER = "other"


class ReleaseInformation(StrEnum):
    """The kinds of information a release of confidentiality covers (beside its life domains)."""

    CONTACT_DETAILS = "contact_details"
    CASE_STATUS = "case_status"
    ASSESSMENT = "assessment"
    PLAN = "plan"
    HEALTH = "health"
    DOCUMENTS = "documents"


#: ICM caps a caseload at about eight clients; a team may set its own limit (``team_setting``).
DEFAULT_CASELOAD_LIMIT = 8
#: Years a client's data are kept after their last case closed, until the team sets its own
#: (``team_setting.retention_years``); the retention review then offers the erasure.
DEFAULT_RETENTION_YEARS = 10
#: A client in monitoring counts as "seen" with a contact within this many days (weekly contact).
COMPLIANCE_DAYS = 7
