"""The client's rights (issue 13, point 6): the Art. 15 copy and the retention rule.

- ``access_copy`` fills the printing layer's ``AccessCopyContent`` from the desk: the client's
  data grouped as the client file shows them, the disclosure log as the recipients, the team's
  retention period. ``access_copy_pdf`` renders it (to a path the worker chose or into memory;
  this layer writes no temp file). The document language is the client's (their "languages"
  field, as the relapse card reads it) unless the caller names one.
- The retention rule: a team keeps a client's data ``retention_years`` after their last case
  closed (``TeamSetting``, set by team leads and admins, synced; ``DEFAULT_RETENTION_YEARS``
  until then; a client's rule is the team of their case manager, else the desk's team).
  ``due_for_erasure`` lists the clients whose every case is closed, the last one more than that
  many years ago, and who had no contact since; ``erase`` erases a reviewed list one client at a
  time (``ErasureService``), reporting progress and stopping between clients when cancelled.
"""

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casedesk.domain import DEFAULT_RETENTION_YEARS, UI_LANGUAGES, ClientKind, ClientStatus, Role
from casedesk.models import (
    AccessKind,
    CaseEpisode,
    Client,
    ConfidentialityRelease,
    Contact,
    Disclosure,
    Provider,
    RelapseCardVersion,
    Task,
    TeamSetting,
    Worker,
)
from casedesk.models.cycle import Assessment, AssessmentDomain, PlanGoal, Referral, ServicePlan
from casedesk.models.network import InstrumentRecord, NetworkPerson
from casedesk.services.cards import card_language_of
from casedesk.services.documents import _language_name, _LifeDomains, _split_list
from casedesk.services.errors import NotFound, ValidationFailed

if TYPE_CHECKING:
    from casedesk.printing import access_copy as printed
    from casedesk.services.desk import Desk

Target = Path | BinaryIO
MAX_RETENTION_YEARS = 100
#: ``erase``'s progress: (clients done, clients in all).
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RetentionCandidate:
    """A client the retention rule offers for erasure."""

    client_id: str
    name: str
    #: The day their last case closed.
    closed_on: date
    #: Whole years since then.
    years: int
    #: The team's rule that made them due.
    retention_years: int


@dataclass(frozen=True)
class ErasureBatch:
    erased: list[str]
    #: Cancelled before every client was erased (those in ``erased`` stay erased).
    cancelled: bool = False


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def whole_years(since: date, today: date) -> int:
    years = today.year - since.year
    return years - 1 if (today.month, today.day) < (since.month, since.day) else years


def _name(client: Client) -> str:
    real = " ".join(part for part in (client.first_name.strip(), client.last_name.strip()) if part)
    return real or client.alias.strip() or client.code.strip()


class RightsService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    # --- the language ----------------------------------------------------------------------------
    def client_language(self, client_id: str) -> str | None:
        """The document language the client's "languages" field names, if it names one."""
        with self._desk.session() as session:
            client = session.get(Client, client_id)
            if client is None or client.deleted:
                raise NotFound(client_id)
            return card_language_of(client.languages or "")

    # --- the Art. 15 copy ------------------------------------------------------------------------
    def access_copy_pdf(self, client_id: str, language: str | None, out: Target) -> int:
        """Render the copy into ``out``; ``language`` None: the client's, else the desk's."""
        from casedesk.printing.access_copy import render_access_copy

        pages = render_access_copy(self.access_copy(client_id, language), out)
        self._desk.audit.record_access(client_id, AccessKind.EXPORT)
        return pages

    def access_copy_bytes(self, client_id: str, language: str | None = None) -> bytes:
        buffer = io.BytesIO()
        self.access_copy_pdf(client_id, language, buffer)
        return buffer.getvalue()

    def access_copy(self, client_id: str, language: str | None = None,
                    today: date | None = None) -> "printed.AccessCopyContent":
        """Everything the copy prints; NotFound for an unknown, deleted or erased client."""
        # ReportLab (behind the printing layer) loads only when a copy is made, as ``Desk.printing``.
        from casedesk.printing import access_copy as printed

        today = today or date.today()
        if language is None:
            language = self.client_language(client_id) or self._desk.setting("card_language", "de")
        if language not in UI_LANGUAGES:
            raise ValidationFailed({"language": "unknown"})
        consents = self._desk.consents
        with self._desk.session() as session:
            client = session.get(Client, client_id)
            if client is None or client.deleted or client.status == ClientStatus.ERASED.value:
                raise NotFound(client_id)
            workers = dict(session.execute(select(Worker.id, Worker.name)).all())
            providers = dict(session.execute(select(Provider.id, Provider.institution)).all())
            domains = _LifeDomains(session, language)
            personal = printed.PersonalDetails(
                name=_name(client), alias=client.alias, birth_date=client.birth_date,
                birth_date_approximate=client.birth_date_approximate, gender=client.gender,
                languages=tuple(_language_name(part, language) for part in _split_list(client.languages or "")),
                phone=client.phone, address=client.address, no_fixed_abode=client.no_fixed_abode,
                whereabouts=client.whereabouts, emergency_notes=client.emergency_notes,
                case_manager=workers.get(client.responsible_worker_id or "", ""),
                deputy=workers.get(client.deputy_worker_id or "", ""),
                recorded_since=client.created_at.date() if client.created_at else None)
            episodes = tuple(
                printed.EpisodeLine(e.opened_on, e.phase, e.closed_on, e.closure_code, e.access_route, e.referred_by)
                for e in _live(session, CaseEpisode, client_id, CaseEpisode.opened_on))
            contacts = tuple(
                printed.ContactLine(c.occurred_at, c.type, c.duration_minutes, c.place, c.topics)
                for c in _live(session, Contact, client_id, Contact.occurred_at))
            assessments = []
            for assessment in _live(session, Assessment, client_id, Assessment.started_on):
                rows = session.scalars(select(AssessmentDomain).where(
                    AssessmentDomain.assessment_id == assessment.id, AssessmentDomain.deleted.is_(False))).all()
                findings = sorted((row for row in rows if row.rating is not None or row.client_view.strip()
                                   or row.professional_view.strip()), key=lambda row: domains.sort_key(row.domain))
                assessments.append(printed.AssessmentLine(
                    assessment.started_on, assessment.completed_on,
                    tuple((domains.name(row.domain), row.rating) for row in findings)))
            plans = []
            versions: dict[str, list[ServicePlan]] = {}
            for plan in _live(session, ServicePlan, client_id, ServicePlan.created_at):
                versions.setdefault(plan.episode_id, []).append(plan)
            for episode_plans in versions.values():
                # The plan in force in full; the versions before it by number and date only.
                ordered = sorted(episode_plans, key=lambda plan: (plan.version, plan.created_at))
                plan = ordered[-1]
                goals = session.scalars(select(PlanGoal).where(PlanGoal.plan_id == plan.id,
                                                               PlanGoal.deleted.is_(False))).all()
                plans.append(printed.PlanLine(
                    plan.version, plan.created_at.date(), plan.review_on, plan.client_signed_on,
                    tuple(printed.GoalLine(g.level, g.wording, g.status) for g in _goal_tree(goals, domains)),
                    tuple((p.version, p.created_at.date()) for p in ordered[:-1])))
            plans.sort(key=lambda plan: plan.created_on)
            referrals = tuple(
                printed.ReferralLine(r.state_on, providers.get(r.provider_id or "", "") or r.person, r.service, r.state)
                for r in _live(session, Referral, client_id, Referral.created_at))
            network = tuple(
                printed.NetworkLine(n.name, n.relationship, n.kind, n.sector)
                for n in _live(session, NetworkPerson, client_id, NetworkPerson.name))
            cards = _count(session, RelapseCardVersion, client_id, RelapseCardVersion.created_at)
            instruments = _count(session, InstrumentRecord, client_id, InstrumentRecord.recorded_on)
            tasks = _count(session, Task, client_id, Task.due_at)
            release_rows = session.scalars(select(ConfidentialityRelease).where(
                ConfidentialityRelease.client_id == client_id)
                .order_by(ConfidentialityRelease.granted_on, ConfidentialityRelease.id)).all()
            releases_by_id = {r.id: r for r in release_rows}
            releases = tuple(_release_line(r, domains) for r in release_rows if not r.deleted)
            disclosures = []
            for row in _live(session, Disclosure, client_id, Disclosure.occurred_at):
                release = releases_by_id.get(row.release_id or "")
                disclosures.append(printed.DisclosureLine(
                    row.occurred_at, row.recipient, tuple(domains.name(code) for code in row.domains or ()),
                    tuple(row.information or ()), row.what,
                    _release_line(release, domains) if release is not None else None))
            team = self._desk.identity.team
            retention = self._retention_years(session, self._team_of(session, client) or team)
        # Newest first there; the copy reads in the order things happened.
        overview_consents = list(reversed(consents.consents(client_id)))
        return printed.AccessCopyContent(
            language=language,  # type: ignore[arg-type]
            prepared_on=today, prepared_by=self._desk.identity.name, team=team, personal=personal,
            retention_years=retention, episodes=episodes, contacts=contacts, assessments=tuple(assessments),
            plans=tuple(plans), referrals=referrals,
            consents=tuple(printed.ConsentLine(c.given_on, c.form, c.withdrawn_on) for c in overview_consents),
            releases=releases,
            disclosures=tuple(disclosures), network=network, relapse_cards=cards, instruments=instruments,
            tasks=tasks)

    # --- the retention rule ----------------------------------------------------------------------
    def retention_years(self, team: str | None = None) -> int:
        team = self._desk.identity.team if team is None else team
        with self._desk.session() as session:
            return self._retention_years(session, team)

    @staticmethod
    def _retention_years(session: Session, team: str) -> int:
        value = session.scalars(select(TeamSetting.retention_years).where(
            TeamSetting.team == team, TeamSetting.deleted.is_(False))
            .order_by(TeamSetting.hlc.desc(), TeamSetting.id)).first()
        return value or DEFAULT_RETENTION_YEARS

    @staticmethod
    def _team_of(session: Session, client: Client) -> str | None:
        if not client.responsible_worker_id:
            return None
        worker = session.get(Worker, client.responsible_worker_id)
        return worker.team if worker is not None else None

    def may_set_retention(self) -> bool:
        return self._desk.identity.role in (Role.TEAM_LEAD.value, Role.ADMIN.value)

    def set_retention_years(self, years: int) -> None:
        if not self.may_set_retention():
            raise ValidationFailed({"retention_years": "leads_only"})
        if isinstance(years, bool) or not isinstance(years, int) or not 1 <= years <= MAX_RETENTION_YEARS:
            raise ValidationFailed({"retention_years": "out_of_range"})
        team = self._desk.identity.team
        with self._desk.session() as session:
            row = session.scalars(select(TeamSetting).where(TeamSetting.team == team, TeamSetting.deleted.is_(False))
                                  .order_by(TeamSetting.hlc.desc(), TeamSetting.id)).first()
            if row is None:
                session.add(TeamSetting(team=team, retention_years=years))
            else:
                row.retention_years = years

    def due_for_erasure(self, today: date | None = None) -> list[RetentionCandidate]:
        """Clients (not code persons, not erased) whose every case is closed, the last one more than
        their team's ``retention_years`` ago, with no contact since it closed; longest closed first."""
        today = today or date.today()
        with self._desk.session() as session:
            open_cases = select(CaseEpisode.client_id).where(
                CaseEpisode.deleted.is_(False), CaseEpisode.closed_on.is_(None))
            last_closed = dict(session.execute(
                select(CaseEpisode.client_id, func.max(CaseEpisode.closed_on))
                .where(CaseEpisode.deleted.is_(False), CaseEpisode.client_id.not_in(open_cases))
                .group_by(CaseEpisode.client_id)).all())
            if not last_closed:
                return []
            last_contact = dict(session.execute(
                select(Contact.client_id, func.max(Contact.occurred_at))
                .where(Contact.deleted.is_(False), Contact.client_id.in_(list(last_closed)))
                .group_by(Contact.client_id)).all())
            teams = dict(session.execute(select(Worker.id, Worker.team)).all())
            years_of: dict[str, int] = {}
            candidates = []
            for client in session.scalars(select(Client).where(
                    Client.id.in_(list(last_closed)), Client.deleted.is_(False),
                    Client.status != ClientStatus.ERASED.value, Client.kind != ClientKind.CODE.value)):
                closed_on = last_closed[client.id]
                if closed_on is None:
                    continue
                team = teams.get(client.responsible_worker_id or "") or self._desk.identity.team
                if team not in years_of:
                    years_of[team] = self._retention_years(session, team)
                years = years_of[team]
                contact = last_contact.get(client.id)
                if contact is not None and _day_of(contact) > closed_on:
                    continue
                if add_years(closed_on, years) >= today:
                    continue
                candidates.append(RetentionCandidate(client.id, _name(client), closed_on,
                                                     whole_years(closed_on, today), years))
        return sorted(candidates, key=lambda c: (c.closed_on, c.name.casefold(), c.client_id))

    def erase(self, client_ids: Sequence[str], progress: Progress | None = None,
              cancelled: Callable[[], bool] = lambda: False) -> ErasureBatch:
        """Erase the reviewed clients one after the other (each its own transaction)."""
        erased: list[str] = []
        total = len(client_ids)
        for done, client_id in enumerate(client_ids):
            if cancelled():
                return ErasureBatch(erased, cancelled=True)
            if progress is not None:
                progress(done, total)
            self._desk.erasure.erase_client(client_id)
            erased.append(client_id)
        if progress is not None:
            progress(total, total)
        return ErasureBatch(erased)


def _live(session: Session, model, client_id: str, order):
    return session.scalars(select(model).where(model.client_id == client_id, model.deleted.is_(False))
                           .order_by(order, model.id)).all()


def _count(session: Session, model, client_id: str, column) -> "printed.RecordCount":
    from casedesk.printing.access_copy import RecordCount

    count, latest = session.execute(select(func.count(), func.max(column)).where(
        model.client_id == client_id, model.deleted.is_(False))).one()
    return RecordCount(count or 0, _day_of(latest) if latest is not None else None)


def _goal_tree(goals: Sequence[PlanGoal], domains: _LifeDomains) -> list[PlanGoal]:
    """Goals in the plan's tree order: the macro goal, each meso goal followed by its steps."""
    ids = {goal.id for goal in goals}
    children: dict[str | None, list[PlanGoal]] = {}
    for goal in goals:
        children.setdefault(goal.parent_id if goal.parent_id in ids else None, []).append(goal)
    levels = {"macro": 0, "meso": 1, "micro": 2}
    ordered: list[PlanGoal] = []

    def visit(parent: str | None) -> None:
        for goal in sorted(children.get(parent, []), key=lambda g: (levels.get(g.level, 3),
                                                                      domains.sort_key(g.domain), g.position, g.id)):
            ordered.append(goal)
            visit(goal.id)

    visit(None)
    return ordered


def _day_of(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _release_line(release: ConfidentialityRelease, domains: _LifeDomains) -> "printed.ReleaseLine":
    from casedesk.printing.access_copy import ReleaseLine

    return ReleaseLine(release.helper, release.granted_on, release.expires_on,
                               tuple(domains.name(code) for code in release.domains or ()),
                               tuple(release.information or ()))

