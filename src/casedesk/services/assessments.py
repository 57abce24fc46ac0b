"""Assessments per life domain: each one kept (a re-assessment is a new one), compared side by side, time-boxed; the team's life domains.

Contract:
- The life domains are the built-in ``domain.LifeDomain`` list in its order, changed by the team's
  ``life_domain`` rows: a row with a built-in code renames it, a row with another code adds a
  domain, ``retired`` hides a domain from new work, ``position`` orders. ``life_domains`` returns
  (code, the team's label or "" for a built-in the UI names in its language). Only team leads and
  admins change them (``LifeDomainsRestricted`` for everyone else). A setting's row id derives
  from its code, so two laptops renaming one domain offline write one row (merged per field).
- ``start`` opens an assessment in the client's open episode with a time box (``due_on``,
  default ``ASSESSMENT_TIME_BOX_DAYS`` after ``started_on``); ``save_domain`` writes the one row of
  a domain (id ``assessment_domain_id``), overwriting it; ``complete`` freezes the assessment:
  every later change raises ``AssessmentCompleted``. A re-assessment is a new assessment, never an
  overwrite; ``copy_from_previous`` pre-fills its texts (not the ratings: they are judged anew).
- Read views (``for_client``, ``assessment``, ``overview``, ``compare``) are what the tab, printing
  and export read; their shape stays stable.
"""

import uuid
from dataclasses import dataclass, fields
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.domain import ASSESSMENT_TIME_BOX_DAYS, CLIENT_PRIORITIES, IMPAIRMENT_RATINGS, LifeDomain, Role
from casedesk.models import Assessment, AssessmentDomain, LifeDomainSetting, assessment_domain_id
from casedesk.models.limits import text_limit
from casedesk.services.clients import _get, _open_episode
from casedesk.services.errors import NotFound, TeamSettingRestricted, ValidationFailed

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

#: Namespace for the ids of the team's life-domain rows: one row per code on every laptop.
_SETTING_NAMESPACE = uuid.UUID("0d6f8f52-2b7e-4f0e-8f3a-6a41c9d2e7b3")
#: Gap between positions, so a domain can be placed between two others without renumbering.
_POSITION_STEP = 10
_BUILT_IN = tuple(domain.value for domain in LifeDomain)
_LEAD_ROLES = frozenset({Role.TEAM_LEAD.value, Role.ADMIN.value})
#: How many characters a team's name for a domain holds.
LIFE_DOMAIN_LABEL_LIMIT = text_limit(LifeDomainSetting.__table__.columns["label"]) or 0


class LifeDomainsRestricted(TeamSettingRestricted):
    """Only a team lead or an admin changes the team's life domains."""


class AssessmentCompleted(Exception):
    """The assessment is completed: what it found stays as it was; start a re-assessment."""

    def __init__(self, assessment_id: str) -> None:
        super().__init__(assessment_id)
        self.assessment_id = assessment_id


@dataclass(frozen=True)
class LifeDomainEntry:
    """One life domain as the team's settings dialog shows it (retired ones included)."""

    code: str
    label: str
    built_in: bool
    retired: bool


@dataclass(frozen=True)
class DomainDraft:
    """What the worker writes about one life domain of one assessment."""

    client_view: str = ""
    professional_view: str = ""
    #: 0 none … 4 complete impairment; None: not assessed.
    rating: int | None = None
    resources_personal: str = ""
    resources_private: str = ""
    resources_community: str = ""
    problems: str = ""
    #: 1 most important to the client … 3 least; None: not said.
    client_priority: int | None = None

    @property
    def has_resources(self) -> bool:
        return any(text.strip() for text in (self.resources_personal, self.resources_private,
                                              self.resources_community))

    @property
    def has_problems(self) -> bool:
        return bool(self.problems.strip())


#: The fields ``compare`` looks at, in the order a comparison shows them.
DOMAIN_FIELDS = tuple(f.name for f in fields(DomainDraft))
_TEXT_FIELDS = tuple(name for name in DOMAIN_FIELDS if name not in ("rating", "client_priority"))


@dataclass(frozen=True)
class DomainFinding:
    """One domain of an assessment: ``saved`` is False while nobody has written about it."""

    domain: str
    #: The team's label, or "" for a built-in domain the UI names in its language.
    label: str
    draft: DomainDraft
    saved: bool


@dataclass(frozen=True)
class AssessmentView:
    id: str
    client_id: str
    episode_id: str
    started_on: date
    #: The end of the time box.
    due_on: date
    completed_on: date | None
    worker_id: str | None
    note: str
    #: The team's current domains in order, then any domain written about that is retired since.
    domains: tuple[DomainFinding, ...]

    @property
    def completed(self) -> bool:
        return self.completed_on is not None

    def overdue(self, today: date) -> bool:
        """Past its time box and not completed."""
        return self.completed_on is None and today > self.due_on

    def finding(self, domain: str) -> DomainFinding | None:
        return next((finding for finding in self.domains if finding.domain == domain), None)


@dataclass(frozen=True)
class OverviewRow:
    """One line of the at-a-glance grid."""

    domain: str
    label: str
    rating: int | None
    client_priority: int | None
    has_resources: bool
    has_problems: bool
    saved: bool


@dataclass(frozen=True)
class FieldChange:
    field: str
    older: object
    newer: object

    @property
    def changed(self) -> bool:
        return self.older != self.newer


@dataclass(frozen=True)
class DomainComparison:
    domain: str
    label: str
    fields: tuple[FieldChange, ...]

    @property
    def changed(self) -> bool:
        return any(change.changed for change in self.fields)


@dataclass(frozen=True)
class AssessmentComparison:
    older: AssessmentView
    newer: AssessmentView
    domains: tuple[DomainComparison, ...]


def _setting_id(code: str) -> str:
    return str(uuid.uuid5(_SETTING_NAMESPACE, code))


def _settings(session: Session) -> dict[str, LifeDomainSetting]:
    rows = session.scalars(select(LifeDomainSetting).where(LifeDomainSetting.deleted.is_(False))
                           .order_by(LifeDomainSetting.hlc))
    # A code written on two laptops before this module made its id deterministic: the later wins.
    return {row.code: row for row in rows}


def _ordered_domains(session: Session) -> list[LifeDomainEntry]:
    settings = _settings(session)
    codes = list(_BUILT_IN) + [code for code in settings if code not in _BUILT_IN]

    def position(code: str) -> tuple[int, int]:
        setting = settings.get(code)
        default = (codes.index(code) + 1) * _POSITION_STEP
        return (setting.position if setting and setting.position else default, codes.index(code))

    return [LifeDomainEntry(code=code, label=settings[code].label if code in settings else "",
                            built_in=code in _BUILT_IN,
                            retired=bool(settings[code].retired) if code in settings else False)
            for code in sorted(codes, key=position)]


def _draft(row: AssessmentDomain) -> DomainDraft:
    return DomainDraft(**{name: getattr(row, name) for name in DOMAIN_FIELDS})


def _live_assessment(session: Session, assessment_id: str) -> Assessment:
    assessment = session.get(Assessment, assessment_id)
    if assessment is None or assessment.deleted:
        raise NotFound(assessment_id)
    return assessment


def _view(session: Session, assessment: Assessment, domains: list[LifeDomainEntry]) -> AssessmentView:
    rows = {row.domain: row for row in session.scalars(
        select(AssessmentDomain).where(AssessmentDomain.assessment_id == assessment.id,
                                       AssessmentDomain.deleted.is_(False)))}
    findings = [DomainFinding(entry.code, entry.label,
                              _draft(rows[entry.code]) if entry.code in rows else DomainDraft(),
                              entry.code in rows)
                for entry in domains if not entry.retired or entry.code in rows]
    labels = {entry.code: entry.label for entry in domains}
    shown = {finding.domain for finding in findings}
    findings += [DomainFinding(code, labels.get(code, code), _draft(row), True)
                 for code, row in sorted(rows.items()) if code not in shown]
    return AssessmentView(id=assessment.id, client_id=assessment.client_id, episode_id=assessment.episode_id,
                          started_on=assessment.started_on, due_on=assessment.due_on,
                          completed_on=assessment.completed_on, worker_id=assessment.worker_id,
                          note=assessment.note, domains=tuple(findings))


def _newest_first(session: Session, client_id: str) -> list[Assessment]:
    rows = session.scalars(
        select(Assessment).where(Assessment.client_id == client_id, Assessment.deleted.is_(False)))
    # Two assessments started on one day: the later one created is newer. ``client_id`` never
    # changes, so its field clock is the stamp the row was created with.
    return sorted(rows, key=lambda row: (row.started_on, (row.field_clocks or {}).get("client_id", "")),
                  reverse=True)


def _check_draft(draft: DomainDraft) -> None:
    problems = {}
    if draft.rating is not None and draft.rating not in IMPAIRMENT_RATINGS:
        problems["rating"] = "out_of_range"
    if draft.client_priority is not None and draft.client_priority not in CLIENT_PRIORITIES:
        problems["client_priority"] = "out_of_range"
    if problems:
        raise ValidationFailed(problems)


class AssessmentService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    # --- the team's life domains ------------------------------------------------------------
    def life_domains(self) -> list[tuple[str, str]]:
        """The domains an assessment covers, in order: (code, the team's label or "" for a built-in)."""
        with self._desk.session() as session:
            return [(entry.code, entry.label) for entry in _ordered_domains(session) if not entry.retired]

    def team_domains(self) -> list[LifeDomainEntry]:
        """Every domain in order, retired ones included, for the team lead's settings."""
        with self._desk.session() as session:
            return _ordered_domains(session)

    def may_change_domains(self) -> bool:
        return self._desk.identity.role in _LEAD_ROLES

    def _require_lead(self) -> None:
        if not self.may_change_domains():
            raise LifeDomainsRestricted(self._desk.identity.role)

    def _setting(self, session: Session, code: str) -> LifeDomainSetting:
        row = session.get(LifeDomainSetting, _setting_id(code))
        if row is None:
            row = LifeDomainSetting(id=_setting_id(code), code=code, label="", position=0, retired=False)
            session.add(row)
        row.deleted = False
        return row

    def set_life_domain(self, code: str, label: str) -> None:
        """Rename a domain; an empty label gives a built-in its own name back."""
        self._require_lead()
        label = label.strip()
        with self._desk.session() as session:
            if code not in {entry.code for entry in _ordered_domains(session)}:
                raise NotFound(code)
            if not label and code not in _BUILT_IN:
                raise ValidationFailed({"label": "required"})
            self._setting(session, code).label = label

    def add_life_domain(self, label: str) -> str:
        """A domain of the team's own, placed last; returns its code."""
        self._require_lead()
        if not label.strip():
            raise ValidationFailed({"label": "required"})
        code = f"team_{uuid.uuid4().hex[:12]}"
        with self._desk.session() as session:
            last = len(_ordered_domains(session))
            self._renumber(session, [entry.code for entry in _ordered_domains(session)])
            setting = self._setting(session, code)
            setting.label, setting.position = label.strip(), (last + 1) * _POSITION_STEP
        return code

    def retire_life_domain(self, code: str, retired: bool = True) -> None:
        """Hide a domain from new assessments (``retired=False`` brings it back); what was written stays."""
        self._require_lead()
        with self._desk.session() as session:
            if code not in {entry.code for entry in _ordered_domains(session)}:
                raise NotFound(code)
            self._setting(session, code).retired = retired

    def move_life_domain(self, code: str, step: int) -> None:
        """Move a domain ``step`` places up (negative) or down in the order."""
        self._require_lead()
        with self._desk.session() as session:
            codes = [entry.code for entry in _ordered_domains(session)]
            if code not in codes:
                raise NotFound(code)
            index = codes.index(code)
            target = max(0, min(len(codes) - 1, index + step))
            codes.insert(target, codes.pop(index))
            self._renumber(session, codes)

    def _renumber(self, session: Session, codes: list[str]) -> None:
        for index, code in enumerate(codes):
            self._setting(session, code).position = (index + 1) * _POSITION_STEP
        session.flush()

    # --- assessments ------------------------------------------------------------------------
    def start(self, client_id: str, started_on: date | None = None, due_on: date | None = None,
              copy_from_previous: bool = False) -> str:
        """A new assessment in the client's open episode; returns its id."""
        started_on = started_on or date.today()
        due_on = due_on or started_on + timedelta(days=ASSESSMENT_TIME_BOX_DAYS)
        if due_on < started_on:
            raise ValidationFailed({"due_on": "before_start"})
        with self._desk.session() as session:
            _get(session, client_id)
            episode = _open_episode(session, client_id)
            if episode is None or episode.closed_on is not None:
                raise ValidationFailed({"episode": "none_open"})
            previous = next(iter(_newest_first(session, client_id)), None)
            assessment = Assessment(client_id=client_id, episode_id=episode.id, started_on=started_on,
                                    due_on=due_on, worker_id=self._desk.identity.worker_id)
            session.add(assessment)
            session.flush()
            if copy_from_previous and previous is not None:
                for row in session.scalars(select(AssessmentDomain).where(
                        AssessmentDomain.assessment_id == previous.id, AssessmentDomain.deleted.is_(False))):
                    session.add(AssessmentDomain(
                        id=assessment_domain_id(assessment.id, row.domain), client_id=client_id,
                        assessment_id=assessment.id, domain=row.domain,
                        **{name: getattr(row, name) for name in _TEXT_FIELDS}))
            return assessment.id

    def set_time_box(self, assessment_id: str, due_on: date) -> None:
        with self._desk.session() as session:
            assessment = self._editable(session, assessment_id)
            if due_on < assessment.started_on:
                raise ValidationFailed({"due_on": "before_start"})
            assessment.due_on = due_on

    def _editable(self, session: Session, assessment_id: str) -> Assessment:
        assessment = _live_assessment(session, assessment_id)
        if assessment.completed_on is not None:
            raise AssessmentCompleted(assessment_id)
        return assessment

    def save_domain(self, assessment_id: str, domain: str, draft: DomainDraft) -> str:
        """Write what the assessment found in one domain (overwriting it); returns the row's id."""
        _check_draft(draft)
        with self._desk.session() as session:
            assessment = self._editable(session, assessment_id)
            row_id = assessment_domain_id(assessment_id, domain)
            row = session.get(AssessmentDomain, row_id)
            # A retired domain takes no new findings; one this assessment already has stays editable.
            open_to_new = {entry.code for entry in _ordered_domains(session) if not entry.retired}
            if domain not in open_to_new and (row is None or row.deleted):
                raise ValidationFailed({"domain": "unknown"})
            if row is None:
                row = AssessmentDomain(id=row_id, client_id=assessment.client_id,
                                       assessment_id=assessment_id, domain=domain)
                session.add(row)
            row.deleted = False
            for name in DOMAIN_FIELDS:
                value = getattr(draft, name)
                setattr(row, name, value.strip() if isinstance(value, str) else value)
            return row_id

    def complete(self, assessment_id: str, completed_on: date) -> None:
        with self._desk.session() as session:
            assessment = self._editable(session, assessment_id)
            if completed_on < assessment.started_on:
                raise ValidationFailed({"completed_on": "before_start"})
            assessment.completed_on = completed_on

    # --- reading ----------------------------------------------------------------------------
    def for_client(self, client_id: str) -> list[AssessmentView]:
        """Every assessment of the client (all episodes), newest first, each with its domains."""
        with self._desk.session() as session:
            domains = _ordered_domains(session)
            return [_view(session, assessment, domains) for assessment in _newest_first(session, client_id)]

    def assessment(self, assessment_id: str) -> AssessmentView:
        with self._desk.session() as session:
            return _view(session, _live_assessment(session, assessment_id), _ordered_domains(session))

    def overview(self, assessment_id: str) -> list[OverviewRow]:
        """The at-a-glance grid: per domain the rating, the client's priority, resources and problems."""
        return [OverviewRow(domain=f.domain, label=f.label, rating=f.draft.rating,
                            client_priority=f.draft.client_priority, has_resources=f.draft.has_resources,
                            has_problems=f.draft.has_problems, saved=f.saved)
                for f in self.assessment(assessment_id).domains]

    def compare(self, older_id: str, newer_id: str) -> AssessmentComparison:
        """Per domain and field the two assessments' values and whether they changed."""
        older, newer = self.assessment(older_id), self.assessment(newer_id)
        if older.client_id != newer.client_id:
            raise ValidationFailed({"assessment": "other_client"})
        codes = [f.domain for f in newer.domains] + [f.domain for f in older.domains
                                                      if newer.finding(f.domain) is None]
        compared = []
        for code in codes:
            old, new = older.finding(code), newer.finding(code)
            old_draft, new_draft = (old.draft if old else DomainDraft()), (new.draft if new else DomainDraft())
            label = (new or old).label
            compared.append(DomainComparison(code, label, tuple(
                FieldChange(name, getattr(old_draft, name), getattr(new_draft, name)) for name in DOMAIN_FIELDS)))
        return AssessmentComparison(older=older, newer=newer, domains=tuple(compared))

    @staticmethod
    def overdue(assessment: AssessmentView, today: date) -> bool:
        """Past ``due_on`` and not completed (the Today rule reads due_on/completed_on the same way)."""
        return assessment.overdue(today)
