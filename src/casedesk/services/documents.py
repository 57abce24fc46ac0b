"""Fill the printing layer's contents from the desk: service plan, assessment summary, evaluation,
protocol, handover, report.

The cycle's documents read the models directly (one session per document): the plan printed is the
latest version of the episode's plan (the open episode, else the latest one), its goals in tree
order — macro goal 1, meso goals 1.1 … grouped by life domain in the team's order, each followed by
its micro steps 1.1.1 … . Life domains are printed with the team's own label where it set one.
"""

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casedesk.domain import PLAN_REVIEW_MONTHS, GoalLevel, LifeDomain, Responsible
from casedesk.models import CaseEpisode, Client, Contact, Task, Worker, local_now
from casedesk.models.cycle import (
    Assessment,
    AssessmentDomain,
    LifeDomainSetting,
    PlanGoal,
    PlanService,
    Provider,
    ServicePlan,
)
from casedesk.printing import content as printed
from casedesk.printing.labels import label
from casedesk.services import monitoring
from casedesk.services.cards import birth_date_text
from casedesk.services.dto import ClientDetails
from casedesk.services.errors import NotFound
from casedesk.services.goal_attainment import goal_attainment_t_score, scored_pairs

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

HANDOVER_RECENT_CONTACTS = 10


def _phase_name(phase: str, language: str) -> str:
    """The printing layer prints the phase as given, so it is worded here in the document's language."""
    return label(language, f"phase.{phase}")  # type: ignore[arg-type]


def _language_name(typed: str, language: str) -> str:
    """A language the client speaks, named in the document's language: "de" is printed "Deutsch"
    (or "German"); a name typed out is printed as typed."""
    from babel import Locale

    code = typed.strip().casefold()
    if not (2 <= len(code) <= 3 and code.isalpha()):
        return typed
    return Locale.parse({"de": "de_DE", "da": "da_DK", "en": "en_GB"}[language]).languages.get(code, typed)


def _split_list(text: str) -> list[str]:
    return [part.strip() for part in text.replace("\n", ",").split(",") if part.strip()]


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise ValueError(day)


class _LifeDomains:
    """The team's life domains: names in the document's language (the team's label where set), order."""

    def __init__(self, session: Session, language: str) -> None:
        self._language = language
        builtin = [domain.value for domain in LifeDomain]
        settings = {row.code: row for row in session.scalars(
            select(LifeDomainSetting).where(LifeDomainSetting.deleted.is_(False)))}
        self._labels = {code: row.label.strip() for code, row in settings.items() if row.label.strip()}
        position = {code: (index, index) for index, code in enumerate(builtin)}
        position.update({code: (row.position, len(builtin)) for code, row in settings.items()})
        self._position = position
        self.active = sorted(
            (code for code in dict.fromkeys([*builtin, *settings]) if not (code in settings and settings[code].retired)),
            key=self.sort_key)

    def sort_key(self, code: str) -> tuple[int, int, str]:
        return (*self._position.get(code, (10_000, 10_000)), code)

    def name(self, code: str) -> str:
        if code in self._labels:
            return self._labels[code]
        if code in LifeDomain._value2member_map_:
            return label(self._language, f"domain.{code}")  # type: ignore[arg-type]
        return code or label(self._language, "plan.no_domain")  # type: ignore[arg-type]


def _case_episode(session: Session, client_id: str) -> CaseEpisode | None:
    """The client's open episode, else the one closed last."""
    episodes = session.scalars(select(CaseEpisode).where(CaseEpisode.client_id == client_id,
                                                         CaseEpisode.deleted.is_(False))).all()
    if not episodes:
        return None
    return max(episodes, key=lambda e: (e.closed_on is None, e.closed_on or date.min, e.opened_on))


def _latest_plan(session: Session, episode: CaseEpisode | None) -> ServicePlan | None:
    if episode is None:
        return None
    return session.scalars(select(ServicePlan).where(ServicePlan.episode_id == episode.id,
                                                     ServicePlan.deleted.is_(False))
                           .order_by(ServicePlan.version.desc())).first()


def _real_name(details: ClientDetails) -> str:
    """First and last name: what a client signs with (the street alias is no signature)."""
    return " ".join(part for part in (details.draft.first_name, details.draft.last_name) if part.strip())


def _client_label(details: ClientDetails, language: str) -> str:
    """The client as a document names them: the real name, the alias in the language's quotes."""
    alias = details.draft.alias.strip()
    quoted = label(language, "quote", text=alias) if alias else ""  # type: ignore[arg-type]
    return " ".join(part for part in (_real_name(details), quoted) if part)


def _header_name(details: ClientDetails, language: str) -> str:
    """The name on the header of every page: the real name; the alias only for a client known by
    nothing else."""
    return _real_name(details) or _client_label(details, language)


def _task_entries(session: Session, tasks: Sequence[Task], case_manager: str, today: date) -> list[printed.TaskEntry]:
    """Each task with the worker it is assigned to (an unassigned one is the case manager's, who is
    responsible for the case) and whether it is overdue on the day the document is printed."""
    assignees = {task.assignee_worker_id for task in tasks if task.assignee_worker_id}
    names = dict(session.execute(select(Worker.id, Worker.name).where(Worker.id.in_(assignees))).all()) \
        if assignees else {}
    entries = []
    for task in sorted(tasks, key=lambda t: (t.due_at is None, t.due_at or datetime.max, t.title)):
        due = task.due_at.date() if task.due_at else None
        entries.append(printed.TaskEntry(
            text=task.title, due=due, responsible=names.get(task.assignee_worker_id or "", "") or case_manager,
            overdue=due is not None and due < today))
    return entries


def _worker_name(session: Session, worker_id: str | None) -> str:
    worker = session.get(Worker, worker_id) if worker_id else None
    return worker.name if worker else ""


class _GoalTree:
    """A plan version's goals as printed: the macro goal, then meso goals by life domain, each with its steps.

    A goal whose parent is missing (deleted, or not synced yet) is printed one level up rather than lost;
    a second macro goal (the method has one) is printed as a meso goal.
    """

    def __init__(self, goals: Sequence[PlanGoal], domains: _LifeDomains) -> None:
        by_position = sorted(goals, key=lambda g: (g.position, g.id))
        ids = {goal.id for goal in goals}
        macros = [g for g in by_position if g.level == GoalLevel.MACRO]
        self.macro = macros[0] if macros else None
        self.steps: dict[str, list[PlanGoal]] = defaultdict(list)
        tops = []
        for goal in by_position:
            if goal is self.macro:
                continue
            if goal.level == GoalLevel.MICRO and goal.parent_id in ids and goal.parent_id != getattr(self.macro, "id", None):
                self.steps[goal.parent_id].append(goal)  # type: ignore[index]
            else:
                tops.append(goal)
        groups: dict[str, list[PlanGoal]] = defaultdict(list)
        for goal in sorted(tops, key=lambda g: domains.sort_key(g.domain)):
            groups[goal.domain].append(goal)
        self.groups = list(groups.items())
        prefix = "1." if self.macro else ""
        self.numbers: dict[str, str] = {self.macro.id: "1"} if self.macro else {}
        count = 0
        for _, members in self.groups:
            for goal in members:
                count += 1
                self.numbers[goal.id] = f"{prefix}{count}"
                for index, step in enumerate(self.steps.get(goal.id, []), start=1):
                    self.numbers[step.id] = f"{prefix}{count}.{index}"

    def in_order(self) -> list[tuple[PlanGoal, str]]:
        """Every goal with its group's domain code, macro first, then tree order."""
        ordered = [(self.macro, "")] if self.macro else []
        for code, members in self.groups:
            for goal in members:
                ordered.append((goal, code))
                ordered += [(step, code) for step in self.steps.get(goal.id, [])]
        return ordered


class DocumentService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    def _open_tasks(self, client_id: str, case_manager: str, today: date) -> list[printed.TaskEntry]:
        with self._desk.session() as session:
            tasks = session.scalars(select(Task).where(Task.client_id == client_id, Task.deleted.is_(False),
                                                       Task.done_at.is_(None))).all()
            return _task_entries(session, tasks, case_manager, today)

    def _responsible(self, goal: PlanGoal, language: str, case_manager: str, providers: dict[str, str]) -> str:
        if goal.responsible == Responsible.CLIENT:
            return label(language, "client")  # type: ignore[arg-type]
        if goal.responsible == Responsible.CASE_MANAGER:
            return case_manager or label(language, "case_manager")  # type: ignore[arg-type]
        if goal.responsible == Responsible.NETWORK:
            return goal.responsible_name.strip() or label(language, "plan.network_person")  # type: ignore[arg-type]
        if goal.responsible == Responsible.PROVIDER:
            return providers.get(goal.provider_id or "", "") or label(language, "plan.provider")  # type: ignore[arg-type]
        return goal.responsible_name.strip()

    def service_plan(self, client_id: str, language: str, today: date | None = None) -> printed.ServicePlanContent:
        """The latest version of the plan of the client's open (else latest) episode, for signatures.

        Without a saved plan the form is printed with the review date the method suggests.
        """
        details = self._desk.clients.get(client_id)
        case_manager = details.responsible_name or self._desk.identity.name
        with self._desk.session() as session:
            episode = _case_episode(session, client_id)
            plan = _latest_plan(session, episode)
            domains = _LifeDomains(session, language)
            goals: Sequence[PlanGoal] = []
            services: Sequence[PlanService] = []
            if plan is not None:
                goals = session.scalars(select(PlanGoal).where(PlanGoal.plan_id == plan.id,
                                                               PlanGoal.deleted.is_(False))).all()
                services = session.scalars(select(PlanService).where(PlanService.plan_id == plan.id,
                                                                     PlanService.deleted.is_(False))
                                           .order_by(PlanService.position, PlanService.id)).all()
            provider_ids = {row.provider_id for row in [*goals, *services] if row.provider_id}
            providers = {p.id: p.institution for p in session.scalars(
                select(Provider).where(Provider.id.in_(provider_ids)))} if provider_ids else {}
            tree = _GoalTree(goals, domains)

            def entry(goal: PlanGoal, code: str) -> printed.GoalEntry:
                return printed.GoalEntry(
                    number=tree.numbers[goal.id], level=goal.level, life_domain=domains.name(code) if code else "",  # type: ignore[arg-type]
                    text=goal.wording, indicator=goal.indicator, realistic_note=goal.realistic_note,
                    deadline=goal.deadline, responsible=self._responsible(goal, language, case_manager, providers),
                    agreed_with_client=goal.agreed_by_client, status=goal.status,  # type: ignore[arg-type]
                )

            groups = [printed.GoalGroup(life_domain=domains.name(code), goals=[
                entry(goal, code) for top in members for goal in [top, *tree.steps.get(top.id, [])]])
                for code, members in tree.groups]
            macro = entry(tree.macro, "") if tree.macro else None
            service_entries = [printed.PlanServiceEntry(description=s.description,
                                                        provider=providers.get(s.provider_id or "", ""),
                                                        cost=s.cost, payer=s.payer) for s in services]
            plan_date = plan.created_at.date() if plan else (today or date.today())
            phase = episode.phase if episode else details.phase
            plan_values = (plan.version, plan.review_on, plan.own_activities, plan.network_support,
                           plan.contact_dates, plan.client_signed_on, plan.worker_signed_on) if plan else None
        version, review_on, own, network, contact_dates, client_signed, worker_signed = \
            plan_values or (None, None, "", "", "", None, None)
        return printed.ServicePlanContent(
            language=language,  # type: ignore[arg-type]
            client_label=_client_label(details, language),
            header_name=_header_name(details, language),
            worker=case_manager,
            team=self._desk.identity.team,
            phase=_phase_name(phase, language),
            plan_date=plan_date,
            version=version,
            review_date=review_on or _add_months(plan_date, PLAN_REVIEW_MONTHS),
            macro_goal=macro,
            goal_groups=groups,
            own_activities=own,
            network_support=network,
            services=service_entries,
            contact_dates=contact_dates,
            open_tasks=self._open_tasks(client_id, case_manager, today or date.today()),
            client_signatory=_real_name(details),
            case_manager_signatory=case_manager,
            client_signed_on=client_signed,
            case_manager_signed_on=worker_signed,
        )

    def assessment_summary(self, client_id: str, language: str,
                           assessment_id: str | None = None) -> printed.AssessmentSummaryContent:
        """The given assessment of the client, else the latest; every active life domain is listed."""
        details = self._desk.clients.get(client_id)
        with self._desk.session() as session:
            query = select(Assessment).where(Assessment.client_id == client_id, Assessment.deleted.is_(False))
            if assessment_id:
                query = query.where(Assessment.id == assessment_id)
            assessment = session.scalars(query.order_by(Assessment.started_on.desc(), Assessment.due_on.desc(),
                                                        Assessment.id)).first()
            if assessment is None:
                raise NotFound(assessment_id or client_id)
            rows = {row.domain: row for row in session.scalars(
                select(AssessmentDomain).where(AssessmentDomain.assessment_id == assessment.id,
                                               AssessmentDomain.deleted.is_(False)))}
            domains = _LifeDomains(session, language)
            # A retired domain stays in an assessment that has findings for it.
            codes = sorted(dict.fromkeys([*domains.active, *rows]), key=domains.sort_key)
            entries = []
            for code in codes:
                row = rows.get(code)
                entry = printed.AssessmentDomainEntry(life_domain=domains.name(code))
                if row is not None:
                    entry = printed.AssessmentDomainEntry(
                        life_domain=domains.name(code), rating=row.rating, client_priority=row.client_priority,
                        client_view=row.client_view, professional_view=row.professional_view,
                        resources_personal=row.resources_personal, resources_private=row.resources_private,
                        resources_community=row.resources_community, problems=row.problems)
                entries.append(entry)
            worker = _worker_name(session, assessment.worker_id)
            values = (assessment.started_on, assessment.due_on, assessment.completed_on, assessment.note)
        started_on, due_on, completed_on, note = values
        return printed.AssessmentSummaryContent(
            language=language,  # type: ignore[arg-type]
            client_label=_client_label(details, language),
            worker=worker or details.responsible_name or self._desk.identity.name,
            team=self._desk.identity.team,
            started_on=started_on, due_on=due_on, completed_on=completed_on, note=note,
            domains=entries,
        )

    def evaluation(self, client_id: str, language: str) -> printed.EvaluationContent:
        """Goal attainment per goal of the latest plan version, the T-score, the client's view, closure."""
        details = self._desk.clients.get(client_id)
        with self._desk.session() as session:
            episode = _case_episode(session, client_id)
            if episode is None:
                raise NotFound(client_id)
            plan = _latest_plan(session, episode)
            goals = session.scalars(select(PlanGoal).where(PlanGoal.plan_id == plan.id,
                                                           PlanGoal.deleted.is_(False))).all() if plan else []
            domains = _LifeDomains(session, language)
            tree = _GoalTree(goals, domains)
            entries = [
                printed.EvaluatedGoalEntry(
                    number=tree.numbers[goal.id], level=goal.level,  # type: ignore[arg-type]
                    life_domain=domains.name(code) if code else "", text=goal.wording,
                    attainment=goal.attainment, comment=goal.attainment_comment, weight=goal.weight,
                    status=goal.status,  # type: ignore[arg-type]
                )
                for goal, code in tree.in_order()
            ]
            values = (episode.opened_on, episode.evaluated_on, plan.version if plan else None,
                      episode.evaluation_client_view, episode.closure_code or None, episode.closure_reason,
                      episode.closed_on)
        opened_on, evaluated_on, version, client_view, closure_code, closure_note, closed_on = values
        return printed.EvaluationContent(
            language=language,  # type: ignore[arg-type]
            client_label=_client_label(details, language),
            worker=details.responsible_name or self._desk.identity.name,
            team=self._desk.identity.team,
            opened_on=opened_on, evaluated_on=evaluated_on, plan_version=version,
            goals=entries,
            t_score=goal_attainment_t_score(scored_pairs(goals)),
            client_view=client_view, closure_code=closure_code, closure_note=closure_note, closed_on=closed_on,
        )

    def counselling_protocol(self, contact_id: str, language: str,
                             today: date | None = None) -> printed.CounsellingProtocolContent:
        with self._desk.session() as session:
            contact = session.get(Contact, contact_id)
            if contact is None or contact.deleted:
                raise NotFound(contact_id)
            follow_ups = session.scalars(select(Task).where(Task.source_contact_id == contact_id,
                                                            Task.deleted.is_(False))).all()
            client_id = contact.client_id
            # The worker who recorded the contact, not whoever prints it (a deputy, or after a
            # correction); a contact synced without its worker says so rather than naming the printer.
            worker_name = _worker_name(session, contact.worker_id) or label(language, "worker.unknown")  # type: ignore[arg-type]
            tasks = _task_entries(session, follow_ups, worker_name, today or date.today())
            values = (contact.occurred_at, contact.duration_minutes, contact.type, contact.place,
                      contact.participants, contact.topics, contact.client_state, contact.motivational_stage,
                      contact.note)
        started_at, minutes, kind, place, participants, topics, state, stage, note = values
        client = self._desk.clients.get(client_id)
        return printed.CounsellingProtocolContent(
            language=language,  # type: ignore[arg-type]
            client_label=_client_label(client, language),
            header_name=_header_name(client, language),
            worker=worker_name,
            started_at=started_at,
            duration_minutes=minutes,
            contact_type=kind,  # type: ignore[arg-type]
            place=place,
            participants=_split_list(participants),
            topics=_split_list(topics),
            client_state=state,
            motivational_stage=stage or None,  # type: ignore[arg-type]
            notes=note,
            follow_up_tasks=tasks,
        )

    def handover_summary(self, client_id: str, language: str) -> printed.HandoverSummaryContent:
        details = self._desk.clients.get(client_id)
        draft = details.draft
        consent_text = label(language, "consent.data_processing")  # type: ignore[arg-type]
        consents = [printed.ConsentEntry(description=consent_text, granted=draft.consent_data_processing)]
        consents += [printed.ConsentEntry(description=r.helper, granted=True, valid_until=r.expires_on)
                     for r in details.releases]
        card = self._desk.cards.current(client_id)
        today = date.today()
        assignment = self._desk.workers.assignment(client_id)
        recent = self._desk.contacts.timeline(client_id, limit=HANDOVER_RECENT_CONTACTS)
        return printed.HandoverSummaryContent(
            language=language,  # type: ignore[arg-type]
            prepared_on=today,
            prepared_by=self._desk.identity.name,
            display_name=_real_name(details) or label(language, "quote", text=draft.alias),  # type: ignore[arg-type]
            alias=draft.alias,
            date_of_birth_text=birth_date_text(draft.birth_date, draft.birth_date_approximate, language) or None,
            whereabouts=draft.whereabouts,
            phone=draft.phone,
            languages=[_language_name(part, language) for part in _split_list(draft.languages)],
            consents=consents,
            phase=_phase_name(details.phase, language),
            case_manager=details.responsible_name,
            deputy=details.deputy_name,
            recent_contacts=[
                printed.ContactEntry(occurred_on=c.occurred_at.date(), contact_type=c.type, note=c.note)  # type: ignore[arg-type]
                for c in recent
            ],
            open_tasks=self._open_tasks(client_id, details.responsible_name, today),
            relapse_card=self._desk.cards.version_content(card.id) if card else None,
            emergency_notes=draft.emergency_notes,
            handover_note=self._handover_note(client_id),
            deputy_from=assignment.deputy_from if assignment.deputy_worker_id else None,
            deputy_until=assignment.deputy_until if assignment.deputy_worker_id else None,
            open_referrals=[(" — ".join(part for part in (r.to_whom, r.service) if part),
                             label(language, f"referral.{r.state}"), r.follow_up_on)  # type: ignore[arg-type]
                            for r in self._desk.referrals.for_client(client_id) if not r.final],
            next_contact_due=self._next_contact_due(client_id, details.phase,
                                                    recent[0].occurred_at if recent else None),
        )

    def deputy_briefing(self, language: str) -> list[printed.HandoverSummaryContent]:
        """One summary per client this worker deputises for today: the first day's pages."""
        return [self.handover_summary(period.client_id, language) for period in self._desk.handover.deputised_by_me()]

    def _handover_note(self, client_id: str) -> str:
        with self._desk.session() as session:
            return session.scalar(select(Client.handover_note).where(Client.id == client_id)) or ""

    def _next_contact_due(self, client_id: str, phase: str, last_contact_at: datetime | None) -> date | None:
        episode = self._desk.episodes.current(client_id)
        with self._desk.session() as session:
            rules = monitoring.team_contact_rules(session, self._desk.identity.team)
            # The contact gap does not count a "tried to reach" (services.monitoring).
            last_met_at = session.scalar(select(func.max(Contact.occurred_at)).where(
                Contact.client_id == client_id, Contact.deleted.is_(False), Contact.type != monitoring.ATTEMPT))
        opened_on = episode.opened_on if episode else None
        due = [at for rule in rules
               if (at := rule.due_at(phase, last_contact_at, last_met_at, opened_on)) is not None]
        return min(due).date() if due and min(due) > datetime.min else None

    def monthly_report(self, year: int, month: int, language: str) -> printed.MonthlyReportContent:
        start = datetime(year, month, 1)
        end = datetime(year + month // 12, month % 12 + 1, 1)
        me = self._desk.identity.worker_id
        mine = (Contact.worker_id == me, Contact.deleted.is_(False),
                Contact.occurred_at >= start, Contact.occurred_at < end)
        with self._desk.session() as session:
            by_type = session.execute(
                select(Contact.type, func.count(), func.coalesce(func.sum(Contact.duration_minutes), 0))
                .where(*mine).group_by(Contact.type).order_by(func.count().desc())
            ).all()
            clients_seen = session.scalar(select(func.count(func.distinct(Contact.client_id))).where(*mine)) or 0
            by_day = session.execute(
                select(func.date(Contact.occurred_at), func.count(),
                       func.coalesce(func.sum(Contact.duration_minutes), 0))
                .where(*mine).group_by(func.date(Contact.occurred_at))
            ).all()
        weeks: dict[date, list[int]] = {}
        for day_text, count, minutes in by_day:
            day = date.fromisoformat(day_text)
            week_start = max(day - timedelta(days=day.weekday()), start.date())
            totals = weeks.setdefault(week_start, [0, 0])
            totals[0] += count
            totals[1] += minutes
        return printed.MonthlyReportContent(
            language=language,  # type: ignore[arg-type]
            worker=self._desk.identity.name,
            team=self._desk.identity.team,
            year=year,
            month=month,
            contacts_by_type=[printed.ContactTypeTotal(contact_type=kind, count=count, minutes=minutes)  # type: ignore[arg-type]
                              for kind, count, minutes in by_type],
            clients_seen=clients_seen,
            # No total_hours: the desk logs contacts, not working time, so the report names the
            # contact time as what it is rather than as working hours.
            breakdown=[printed.PeriodTotal(start=week, contacts=c, minutes=m) for week, (c, m) in sorted(weeks.items())],
            breakdown_unit="week",
        )

    def current_month(self) -> tuple[int, int]:
        now = local_now()
        return now.year, now.month
