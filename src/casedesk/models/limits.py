"""One set of value rules for every row, read from the models so the laptop and the central store agree.

A text column holds at most its ``String(length)`` (``Text``: ``TEXT_MAX_CHARS``), never NUL (C
strings end there) and never an unpaired surrogate (no UTF-8 exists for it, so every write
failed); an enumeration column holds one of its ``domain`` values; a duration is whole minutes;
a time is naive local time (``local_now``), since aware and naive times cannot be compared.
"""

import re
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Column, String, Text, event
from sqlalchemy.orm import Session, sessionmaker

from casedesk.domain import (
    CLIENT_PRIORITIES,
    GOAL_ATTAINMENT_LEVELS,
    IMPAIRMENT_RATINGS,
    MAX_ITEM_COUNT,
    NETWORK_IMPORTANCE,
    TALLY_KEYS,
    AccessRoute,
    ActivityKind,
    ClientKind,
    ClientStatus,
    ClosureReason,
    ConsentForm,
    ContactFrequency,
    ContactType,
    GoalLevel,
    GoalStatus,
    InstrumentKind,
    MotivationalStage,
    NetworkKind,
    NetworkSector,
    Phase,
    ReferralState,
    ReleaseInformation,
    Responsible,
    Role,
    SupportDirection,
    TieQuality,
    TieStrength,
    UsualPlaceKind,
)

#: A counselling protocol of many pages fits; a pasted book does not.
TEXT_MAX_CHARS = 100_000
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

#: Columns whose values come from a ``domain`` enumeration ("" where the column allows none).
ENUMERATIONS: dict[tuple[str, str], tuple[type[StrEnum], bool]] = {
    ("contact", "type"): (ContactType, False),
    ("contact", "motivational_stage"): (MotivationalStage, True),
    ("worker", "role"): (Role, False),
    ("client", "status"): (ClientStatus, False),
    ("case_episode", "phase"): (Phase, False),
    ("phase_change", "phase"): (Phase, False),
    ("case_episode", "access_route"): (AccessRoute, True),
    ("case_episode", "consent_form"): (ConsentForm, True),
    ("case_episode", "closure_code"): (ClosureReason, True),
    ("plan_goal", "level"): (GoalLevel, False),
    ("plan_goal", "status"): (GoalStatus, False),
    ("plan_goal", "responsible"): (Responsible, True),
    ("referral", "state"): (ReferralState, False),
    ("referral_change", "state"): (ReferralState, False),
    ("network_person", "kind"): (NetworkKind, False),
    ("network_person", "sector"): (NetworkSector, False),
    ("network_person", "strength"): (TieStrength, False),
    ("network_person", "quality"): (TieQuality, False),
    ("network_person", "direction"): (SupportDirection, True),
    ("network_person", "frequency"): (ContactFrequency, True),
    ("network_relation", "strength"): (TieStrength, False),
    ("network_relation", "quality"): (TieQuality, False),
    ("instrument_record", "kind"): (InstrumentKind, False),
    ("instrument_record", "stage"): (MotivationalStage, True),
    ("instrument_item", "instrument"): (InstrumentKind, False),
    ("client", "kind"): (ClientKind, True),  # blank once erased
    ("activity", "kind"): (ActivityKind, False),
    ("data_consent", "form"): (ConsentForm, True),  # blank once erased
    ("usual_place", "kind"): (UsualPlaceKind, True),  # blank once erased
}
#: Whole numbers within a scale of the method.
RANGES: dict[tuple[str, str], range] = {
    ("assessment_domain", "rating"): IMPAIRMENT_RATINGS,
    ("assessment_domain", "client_priority"): CLIENT_PRIORITIES,
    ("plan_goal", "attainment"): GOAL_ATTAINMENT_LEVELS,
    # Turner-Stokes weights: importance × difficulty, each 0–3.
    ("plan_goal", "weight"): range(1, 10),
    ("monitoring_rule_setting", "days"): range(1, 366),
    ("network_person", "importance"): NETWORK_IMPORTANCE,
    # The self-efficacy sum (10–40) or the number of dependence criteria met (0–6).
    ("instrument_record", "score"): range(41),
    ("street_round", "people_total"): range(MAX_ITEM_COUNT + 1),
    ("street_round", "talks"): range(MAX_ITEM_COUNT + 1),
    ("team_setting", "caseload_limit"): range(1, 101),
    ("team_setting", "retention_years"): range(1, 101),
}
WHOLE_MINUTES = {("contact", "duration_minutes"), ("street_round", "duration_minutes"),
                 ("activity", "duration_minutes")}
#: Counts by key: {item code: count} handed out; {tally key: count} of people met. None: any key
#: (of at most ``COUNT_KEY_CHARS``); the counts are whole numbers 0 … ``MAX_ITEM_COUNT``.
COUNT_MAPS: dict[tuple[str, str], frozenset[str] | None] = {
    ("contact", "items"): None,
    ("street_round", "items"): None,
    ("street_round", "people"): TALLY_KEYS,
}
COUNT_KEY_CHARS = 60
#: Lists of codes (a release's or disclosure's scope): life-domain codes (a team's own too, so
#: None: any code of at most ``CODE_CHARS``) or the codes of an enumeration.
CODE_CHARS = 60
CODE_LISTS: dict[tuple[str, str], type[StrEnum] | None] = {
    ("confidentiality_release", "domains"): None,
    ("confidentiality_release", "information"): ReleaseInformation,
    ("disclosure", "domains"): None,
    ("disclosure", "information"): ReleaseInformation,
}


def code_list_problem(value: object, kind: type[StrEnum] | None) -> str | None:
    if not isinstance(value, list) or len(value) > 100:
        return "unknown"
    for code in value:
        if not isinstance(code, str) or not code or len(code) > CODE_CHARS:
            return "unknown"
        if kind is not None and code not in {member.value for member in kind}:
            return "unknown"
    return None


def count_map_problem(value: object, keys: frozenset[str] | None) -> str | None:
    if not isinstance(value, dict):
        return "unknown"
    for key, count in value.items():
        if not isinstance(key, str) or not key or len(key) > COUNT_KEY_CHARS or (keys is not None and key not in keys):
            return "unknown"
        if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_ITEM_COUNT:
            return "out_of_range"
    return None


class ValuesRejected(ValueError):
    """A row breaks the value rules; ``problems`` maps a column name to a problem code."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__(", ".join(f"{name}: {code}" for name, code in problems.items()))
        self.problems = problems


def text_limit(column: Column) -> int | None:
    """How many characters a text column holds; None for a column that is not text."""
    if isinstance(column.type, String) and column.type.length:
        return column.type.length
    if isinstance(column.type, Text | String):
        return TEXT_MAX_CHARS
    return None


def text_problem(value: str, limit: int) -> str | None:
    if "\x00" in value or _LONE_SURROGATE.search(value):
        return "invalid_character"
    if len(value) > limit:
        return "too_long"
    return None


def value_problem(table: str, column: Column, value: object, tombstone: bool = False) -> str | None:
    if value is None:
        return None
    limit = text_limit(column)
    if limit is not None and isinstance(value, str):
        problem = text_problem(value, limit)
        if problem:
            return problem
    # An erased row's tombstone keeps only blanks, enumerations included (sync.codec.erased_values).
    enumeration = None if tombstone else ENUMERATIONS.get((table, column.name))
    if enumeration:
        kind, may_be_empty = enumeration
        if not (value == "" and may_be_empty) and value not in {member.value for member in kind}:
            return "unknown"
    if (table, column.name) in WHOLE_MINUTES and (isinstance(value, bool) or not isinstance(value, int)):
        return "whole_minutes"
    # Its scales too: a blanked weight is 0, below every goal's real weight.
    scale = None if tombstone else RANGES.get((table, column.name))
    if scale is not None and (isinstance(value, bool) or not isinstance(value, int) or value not in scale):
        return "out_of_range"
    # An erased row's counts are blanked like any JSON (sync.codec.erased_values).
    if (table, column.name) in COUNT_MAPS and not tombstone:
        problem = count_map_problem(value, COUNT_MAPS[(table, column.name)])
        if problem:
            return problem
    if (table, column.name) in CODE_LISTS and not tombstone:
        problem = code_list_problem(value, CODE_LISTS[(table, column.name)])
        if problem:
            return problem
    if isinstance(value, datetime) and value.tzinfo is not None:
        return "not_local_time"
    return None


def row_problems(row: object) -> dict[str, str]:
    table = row.__table__  # type: ignore[attr-defined]
    problems = {}
    tombstone = bool(getattr(row, "deleted", False))
    for column in table.columns:
        problem = value_problem(table.name, column, getattr(row, column.key, None), tombstone)
        if problem:
            problems[column.key] = problem
    return problems


def install_value_rules(sessions: sessionmaker) -> None:
    """Check every new or changed row before each flush: one place no service can forget."""

    @event.listens_for(sessions, "before_flush")
    def _check(session: Session, _context, _instances) -> None:
        problems: dict[str, str] = {}
        for row in (*session.new, *session.dirty):
            if hasattr(row, "__table__"):
                problems.update(row_problems(row))
        if problems:
            raise ValuesRejected(problems)
