"""What the printing layer prints: plain dataclasses the service layer fills.

They deliberately hold display-ready values (names, free texts, dates) plus a
few codes (language, contact type, trigger, goal level/status, motivational
stage) whose wording comes from `labels.py`, so a document's fixed text is
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
]
GoalLevel = Literal["macro", "meso", "micro"]
GoalStatus = Literal["open", "in_progress", "achieved", "partly_achieved", "not_achieved", "discontinued"]
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


@dataclass(kw_only=True)
class GoalEntry:
    level: GoalLevel
    life_domain: str
    text: str
    indicator: str = ""
    deadline: date | None = None
    responsible: str = ""
    agreed_with_client: bool = False
    status: GoalStatus = "open"

    def __post_init__(self) -> None:
        _require(self.level, GOAL_LEVELS, "goal level")
        _require(self.status, GOAL_STATUSES, "goal status")


@dataclass(kw_only=True)
class ServicePlanContent:
    language: Language
    client_label: str
    worker: str
    team: str
    phase: str
    plan_date: date
    review_date: date | None = None
    macro_goal: str | None = None
    # May be empty: the plan is printed with whatever has been agreed so far.
    goals: list[GoalEntry] = field(default_factory=list)
    open_tasks: list[TaskEntry] = field(default_factory=list)
    # Names printed under the signature lines.
    client_signatory: str = ""
    case_manager_signatory: str = ""

    def __post_init__(self) -> None:
        _require(self.language, LANGUAGES, "language")


@dataclass(kw_only=True)
class CounsellingProtocolContent:
    language: Language
    client_label: str
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
