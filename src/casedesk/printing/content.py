"""What the printing layer prints: plain dataclasses the service layer fills.

They deliberately hold display-ready values (names, free texts, dates) plus a
few codes (language, contact type, trigger, goal level/status, motivational
stage, impairment rating, priority, goal attainment, closure reason) whose wording comes from `labels.py`, so a document's fixed text is
always in the document language even when the data was entered in another.
Privacy decisions (whether to show a surname or the date of birth on a card)
belong to the service: whatever is filled in here gets printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal, get_args

Language = Literal["de", "da", "en"]
TriggerCode = Literal[
    "unpleasant_feelings",
    "physical_discomfort",
    "pleasant_feelings",
    "craving",
    "conflicts",
    "group_pressure",
]
ContactType = Literal[
    "street",
    "home_visit",
    "office",
    "phone",
    "accompaniment",
    "crisis",
    "counselling",
    "helper_conference",
    "missed",
    "other",
    "attempt",
]
GoalLevel = Literal["macro", "meso", "micro"]
# The codes of casedesk.domain.GoalStatus (a test keeps them equal; printing imports nothing else).
GoalStatus = Literal["open", "in_progress", "reached", "partly_reached", "not_reached", "dropped"]
# casedesk.domain.ClosureReason's codes.
ClosureCode = Literal[
    "goals_reached", "moved", "transferred", "client_ended", "contact_lost", "died", "other"
]
# Stages of change (transtheoretical model), as recorded in counselling.
MotivationalStage = Literal[
    "precontemplation", "contemplation", "preparation", "action", "maintenance", "relapse"
]
BreakdownUnit = Literal["day", "week"]

LANGUAGES: tuple[Language, ...] = get_args(Language)
TRIGGER_CODES: tuple[TriggerCode, ...] = get_args(TriggerCode)
CONTACT_TYPES: tuple[ContactType, ...] = get_args(ContactType)
GOAL_LEVELS: tuple[GoalLevel, ...] = get_args(GoalLevel)
GOAL_STATUSES: tuple[GoalStatus, ...] = get_args(GoalStatus)
MOTIVATIONAL_STAGES: tuple[MotivationalStage, ...] = get_args(MotivationalStage)
CLOSURE_CODES: tuple[ClosureCode, ...] = get_args(ClosureCode)
#: Impairment of a life domain, 0 none … 4 complete (None: not assessed).
IMPAIRMENT_RATINGS = (0, 1, 2, 3, 4)
#: The client's priority for a life domain, 1 most important … 3 least (None: not said).
CLIENT_PRIORITIES = (1, 2, 3)
#: Goal attainment scaling: −2 … +2, 0 the expected outcome.
ATTAINMENT_LEVELS = (-2, -1, 0, 1, 2)

MAX_RISK_SITUATIONS = 3


def _require(value: object, allowed: tuple[object, ...], what: str) -> None:
    # Codes arrive from the database as plain strings; catching a typo here gives
    # a clear error instead of a KeyError deep inside the label lookup.
    if value not in allowed:
        raise ValueError(f"unknown {what} {value!r}; expected one of {', '.join(map(str, allowed))}")


@dataclass(kw_only=True)
class PhoneEntry:
    label: str
    number: str
    # A crisis line (the team's, or 112 and the like): printed before every other number.
    emergency: bool = False


@dataclass(kw_only=True)
class RiskSituation:
    description: str
    triggers: list[TriggerCode] = field(default_factory=list)
    alternatives: str = ""
    whom_to_turn_to: str = ""

    def __post_init__(self) -> None:
        for trigger in self.triggers:
            _require(trigger, TRIGGER_CODES, "trigger")


@dataclass(kw_only=True)
class RelapseCardContent:
    language: Language
    issued_on: date
    version: int = 1
    large_print: bool = False
    display_name: str = ""
    date_of_birth_text: str | None = None
    risk_situations: list[RiskSituation] = field(default_factory=list)
    important_numbers: list[PhoneEntry] = field(default_factory=list)
    # ISO country whose way of writing numbers the card follows; "" for the language's country.
    country: str = ""

    def __post_init__(self) -> None:
        _require(self.language, LANGUAGES, "language")
        if len(self.risk_situations) > MAX_RISK_SITUATIONS:
            raise ValueError(f"a relapse card holds at most {MAX_RISK_SITUATIONS} risk situations")


@dataclass(kw_only=True)
class TaskEntry:
    """An open task or appointment."""

    text: str
    due: date | None = None
    responsible: str = ""
    # Due before the day the document is printed: marked on paper.
    overdue: bool = False


@dataclass(kw_only=True)
class GoalEntry:
    """One goal of a service plan as printed; ``number`` shows its place in the tree ("1.2.1")."""

    level: GoalLevel
    life_domain: str
    text: str
    number: str = ""
    indicator: str = ""
    realistic_note: str = ""
    deadline: date | None = None
    # Display-ready: "client", the case manager, a network person's name or a provider's institution.
    responsible: str = ""
    agreed_with_client: bool = False
    status: GoalStatus = "open"

    def __post_init__(self) -> None:
        _require(self.level, GOAL_LEVELS, "goal level")
        _require(self.status, GOAL_STATUSES, "goal status")


@dataclass(kw_only=True)
class GoalGroup:
    """The meso goals of one life domain, each followed by its micro steps (tree order)."""

    life_domain: str
    goals: list[GoalEntry] = field(default_factory=list)


@dataclass(kw_only=True)
class PlanServiceEntry:
    """A service from an institution, with who provides and who pays for it."""

    description: str
    provider: str = ""
    cost: str = ""
    payer: str = ""


@dataclass(kw_only=True)
class ServicePlanContent:
    language: Language
    client_label: str
    # The name on every page's header (loose pages are matched to the client): the real name,
    # without the street alias; empty for the client_label.
    header_name: str = ""
    worker: str
    team: str
    phase: str
    plan_date: date
    # None: no plan has been saved yet; the form is printed to be filled in by hand.
    version: int | None = None
    review_date: date | None = None
    macro_goal: GoalEntry | None = None
    # May be empty: the plan is printed with whatever has been agreed so far.
    goal_groups: list[GoalGroup] = field(default_factory=list)
    # Subsidiarity: what the client does, then what the network gives, then the services.
    own_activities: str = ""
    network_support: str = ""
    services: list[PlanServiceEntry] = field(default_factory=list)
    contact_dates: str = ""
    open_tasks: list[TaskEntry] = field(default_factory=list)
    # Names printed under the signature lines, and the dates once signed.
    client_signatory: str = ""
    case_manager_signatory: str = ""
    client_signed_on: date | None = None
    case_manager_signed_on: date | None = None

    def __post_init__(self) -> None:
        _require(self.language, LANGUAGES, "language")

    @property
    def goals(self) -> list[GoalEntry]:
        """Every goal below the macro goal, in printed order."""
        return [goal for group in self.goal_groups for goal in group.goals]


@dataclass(kw_only=True)
class AssessmentDomainEntry:
    """What the assessment found in one life domain."""

    life_domain: str
    rating: int | None = None
    client_priority: int | None = None
    client_view: str = ""
    professional_view: str = ""
    resources_personal: str = ""
    resources_private: str = ""
    resources_community: str = ""
    problems: str = ""

    def __post_init__(self) -> None:
        if self.rating is not None:
            _require(self.rating, IMPAIRMENT_RATINGS, "impairment rating")
        if self.client_priority is not None:
            _require(self.client_priority, CLIENT_PRIORITIES, "client priority")

    @property
    def has_findings(self) -> bool:
        texts = (
            self.client_view,
            self.professional_view,
            self.resources_personal,
            self.resources_private,
            self.resources_community,
            self.problems,
        )
        return self.rating is not None or self.client_priority is not None or any(t.strip() for t in texts)


@dataclass(kw_only=True)
class AssessmentSummaryContent:
    language: Language
    client_label: str
    worker: str
    team: str
    started_on: date
    due_on: date
    completed_on: date | None = None
    note: str = ""
    # Every life domain in the team's order, assessed or not.
    domains: list[AssessmentDomainEntry] = field(default_factory=list)

    def __post_init__(self) -> None:
        _require(self.language, LANGUAGES, "language")


@dataclass(kw_only=True)
class EvaluatedGoalEntry:
    number: str
    level: GoalLevel
    life_domain: str
    text: str
    # −2 … +2; None: not scored.
    attainment: int | None = None
    comment: str = ""
    weight: int = 1
    status: GoalStatus = "open"

    def __post_init__(self) -> None:
        _require(self.level, GOAL_LEVELS, "goal level")
        _require(self.status, GOAL_STATUSES, "goal status")
        if self.attainment is not None:
            _require(self.attainment, ATTAINMENT_LEVELS, "goal attainment")


@dataclass(kw_only=True)
class EvaluationContent:
    language: Language
    client_label: str
    worker: str
    team: str
    opened_on: date
    evaluated_on: date | None = None
    plan_version: int | None = None
    goals: list[EvaluatedGoalEntry] = field(default_factory=list)
    # Computed by the service (one formula for screen and paper); None: no goal scored yet.
    t_score: float | None = None
    client_view: str = ""
    closure_code: ClosureCode | None = None
    closure_note: str = ""
    closed_on: date | None = None

    def __post_init__(self) -> None:
        _require(self.language, LANGUAGES, "language")
        if self.closure_code is not None:
            _require(self.closure_code, CLOSURE_CODES, "closure reason")


@dataclass(kw_only=True)
class CounsellingProtocolContent:
    language: Language
    client_label: str
    # The name on every page's header (loose pages are matched to the client): the real name,
    # without the street alias; empty for the client_label.
    header_name: str = ""
    worker: str
    started_at: datetime
    duration_minutes: int
    contact_type: ContactType
    place: str = ""
    participants: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    client_state: str = ""
    motivational_stage: MotivationalStage | None = None
    notes: str = ""
    follow_up_tasks: list[TaskEntry] = field(default_factory=list)

    def __post_init__(self) -> None:
        _require(self.language, LANGUAGES, "language")
        _require(self.contact_type, CONTACT_TYPES, "contact type")
        if self.motivational_stage is not None:
            _require(self.motivational_stage, MOTIVATIONAL_STAGES, "motivational stage")


@dataclass(kw_only=True)
class ConsentEntry:
    description: str
    granted: bool
    valid_until: date | None = None


@dataclass(kw_only=True)
class ContactEntry:
    occurred_on: date
    contact_type: ContactType
    note: str = ""

    def __post_init__(self) -> None:
        _require(self.contact_type, CONTACT_TYPES, "contact type")


@dataclass(kw_only=True)
class HandoverSummaryContent:
    language: Language
    prepared_on: date
    prepared_by: str
    display_name: str
    alias: str = ""
    date_of_birth_text: str | None = None
    whereabouts: str = ""
    phone: str = ""
    languages: list[str] = field(default_factory=list)
    consents: list[ConsentEntry] = field(default_factory=list)
    phase: str = ""
    case_manager: str = ""
    deputy: str = ""
    # The service picks the last N; they are printed in the given order.
    recent_contacts: list[ContactEntry] = field(default_factory=list)
    open_tasks: list[TaskEntry] = field(default_factory=list)
    relapse_card: RelapseCardContent | None = None
    emergency_notes: str = ""
    #: What the giver wrote at the last handover for good.
    handover_note: str = ""
    #: The deputy's period (None: open on that side; both None: no period set).
    deputy_from: date | None = None
    deputy_until: date | None = None
    #: Referrals under way: (to whom and what, state, follow-up day).
    open_referrals: list[tuple[str, str, date | None]] = field(default_factory=list)
    #: The next contact the team's contact rules ask for (None: no rule applies).
    next_contact_due: date | None = None

    def __post_init__(self) -> None:
        _require(self.language, LANGUAGES, "language")


@dataclass(kw_only=True)
class ContactTypeTotal:
    contact_type: ContactType
    count: int
    minutes: int

    def __post_init__(self) -> None:
        _require(self.contact_type, CONTACT_TYPES, "contact type")


@dataclass(kw_only=True)
class PeriodTotal:
    """Contacts in one day or one ISO week (identified by its first day)."""

    start: date
    contacts: int
    minutes: int


@dataclass(kw_only=True)
class MonthlyReportContent:
    language: Language
    worker: str
    team: str
    year: int
    month: int
    contacts_by_type: list[ContactTypeTotal] = field(default_factory=list)
    clients_seen: int = 0
    # All logged working time of the month, which includes travel and paperwork
    # and therefore differs from the summed contact time in the table.
    total_hours: float = 0.0
    breakdown: list[PeriodTotal] = field(default_factory=list)
    breakdown_unit: BreakdownUnit = "week"

    def __post_init__(self) -> None:
        _require(self.language, LANGUAGES, "language")
        _require(self.month, tuple(range(1, 13)), "month")
        _require(self.breakdown_unit, get_args(BreakdownUnit), "breakdown unit")
