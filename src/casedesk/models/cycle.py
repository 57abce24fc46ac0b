"""The case-management cycle after intake: assessment, service plan with goals, linking, monitoring.

Every row about a client carries its own ``client_id`` (visibility, purge and erasure need no
join). References *within* one client's cycle that may point at a row of the same table (a goal's
parent, a plan's previous version) or across plan versions (a referral's goal) are plain ids
without a foreign key: sync writes a table's rows in the order they arrive, and a child may
arrive before its parent.
"""

import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from casedesk.domain import GoalStatus, ReferralState
from casedesk.models.base import Base, Synced, local_now

#: Namespace for the ids of an assessment's domain rows, so two laptops filling in the same
#: domain of the same assessment offline write one row (merged per field), not two.
_DOMAIN_ROW_NAMESPACE = uuid.UUID("5b0f3e8a-6c1d-4c55-9d1e-0a3f2b7c9e41")


def assessment_domain_id(assessment_id: str, domain: str) -> str:
    return str(uuid.uuid5(_DOMAIN_ROW_NAMESPACE, f"{assessment_id}/{domain}"))


class LifeDomainSetting(Synced, Base):
    """A team's renaming of a built-in life domain (``code`` is its code) or a domain of its own."""

    __tablename__ = "life_domain"

    code: Mapped[str] = mapped_column(String(60), index=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class Provider(Synced, Base):
    """An entry of the team's directory of helpers (institutions and services)."""

    __tablename__ = "provider"

    institution: Mapped[str] = mapped_column(String(300))
    service_type: Mapped[str] = mapped_column(String(200), default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    opening_hours: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class MonitoringRuleSetting(Synced, Base):
    """A team's setting of one monitoring rule: on or off, and its number of days."""

    __tablename__ = "monitoring_rule_setting"

    team: Mapped[str] = mapped_column(String(200), default="")
    rule: Mapped[str] = mapped_column(String(40))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    days: Mapped[int] = mapped_column(Integer)


class Assessment(Synced, Base):
    """One assessment of a client's life situation; a re-assessment is a new row, never an overwrite."""

    __tablename__ = "assessment"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    episode_id: Mapped[str] = mapped_column(ForeignKey("case_episode.id"), index=True)
    started_on: Mapped[date] = mapped_column(Date)
    #: The end of the assessment's time box.
    due_on: Mapped[date] = mapped_column(Date)
    completed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("worker.id"), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class AssessmentDomain(Synced, Base):
    """What one assessment found in one life domain (its id: ``assessment_domain_id``)."""

    __tablename__ = "assessment_domain"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), index=True)
    domain: Mapped[str] = mapped_column(String(60))
    client_view: Mapped[str] = mapped_column(Text, default="")
    professional_view: Mapped[str] = mapped_column(Text, default="")
    #: 0 none … 4 complete impairment; None: not assessed.
    rating: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: Kleve's three resource dimensions.
    resources_personal: Mapped[str] = mapped_column(Text, default="")
    resources_private: Mapped[str] = mapped_column(Text, default="")
    resources_community: Mapped[str] = mapped_column(Text, default="")
    problems: Mapped[str] = mapped_column(Text, default="")
    #: 1 most important to the client … 3 least; None: not said.
    client_priority: Mapped[int | None] = mapped_column(Integer, nullable=True)


class ServicePlan(Synced, Base):
    """One version of an episode's service plan. A signed version is frozen; a change makes the next."""

    __tablename__ = "service_plan"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    episode_id: Mapped[str] = mapped_column(ForeignKey("case_episode.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    previous_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=local_now)
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("worker.id"), nullable=True)
    own_activities: Mapped[str] = mapped_column(Text, default="")
    #: What the informal network gives: printed before the services (subsidiarity).
    network_support: Mapped[str] = mapped_column(Text, default="")
    contact_dates: Mapped[str] = mapped_column(Text, default="")
    review_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    client_signed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    worker_signed_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class PlanGoal(Synced, Base):
    """A goal of a plan version: macro (one per plan), meso per life domain, micro steps under them."""

    __tablename__ = "plan_goal"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    plan_id: Mapped[str] = mapped_column(ForeignKey("service_plan.id"), index=True)
    parent_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    #: The same goal across plan versions (versions are compared and referrals tied by it).
    lineage_id: Mapped[str] = mapped_column(String(36), index=True)
    level: Mapped[str] = mapped_column(String(10))
    domain: Mapped[str] = mapped_column(String(60), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    wording: Mapped[str] = mapped_column(Text, default="")
    indicator: Mapped[str] = mapped_column(Text, default="")
    agreed_by_client: Mapped[bool] = mapped_column(Boolean, default=False)
    realistic_note: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    responsible: Mapped[str] = mapped_column(String(20), default="")
    #: The network person's name when ``responsible`` is the network.
    responsible_name: Mapped[str] = mapped_column(String(300), default="")
    provider_id: Mapped[str | None] = mapped_column(ForeignKey("provider.id"), nullable=True)
    # Progress and evaluation: these change on a signed plan too; the agreed goal does not.
    status: Mapped[str] = mapped_column(String(20), default=GoalStatus.OPEN.value)
    attainment: Mapped[int | None] = mapped_column(Integer, nullable=True)
    attainment_comment: Mapped[str] = mapped_column(Text, default="")
    # What −2 … +2 would look like (goal attainment scaling); 0 is the expected outcome.
    scale_minus2: Mapped[str] = mapped_column(Text, default="")
    scale_minus1: Mapped[str] = mapped_column(Text, default="")
    scale_0: Mapped[str] = mapped_column(Text, default="")
    scale_plus1: Mapped[str] = mapped_column(Text, default="")
    scale_plus2: Mapped[str] = mapped_column(Text, default="")
    weight: Mapped[int] = mapped_column(Integer, default=1)


class PlanService(Synced, Base):
    """A service from an institution in a plan version, with provider, cost and payer."""

    __tablename__ = "plan_service"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    plan_id: Mapped[str] = mapped_column(ForeignKey("service_plan.id"), index=True)
    goal_lineage_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    provider_id: Mapped[str | None] = mapped_column(ForeignKey("provider.id"), nullable=True)
    cost: Mapped[str] = mapped_column(String(100), default="")
    payer: Mapped[str] = mapped_column(String(200), default="")


class Referral(Synced, Base):
    """Linking: the client referred to a provider from the directory or to a person."""

    __tablename__ = "referral"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    episode_id: Mapped[str | None] = mapped_column(ForeignKey("case_episode.id"), nullable=True, index=True)
    goal_lineage_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    provider_id: Mapped[str | None] = mapped_column(ForeignKey("provider.id"), nullable=True)
    person: Mapped[str] = mapped_column(String(300), default="")
    service: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(30), default=ReferralState.PREPARED.value)
    state_on: Mapped[date] = mapped_column(Date)
    follow_up_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    decline_reason: Mapped[str] = mapped_column(Text, default="")
    alternative: Mapped[str] = mapped_column(Text, default="")
    #: Why the worker referred without a release of confidentiality for this helper.
    release_override_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=local_now)
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("worker.id"), nullable=True)


class ReferralChange(Synced, Base):
    """A referral's state history: one append-only row per change."""

    __tablename__ = "referral_change"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    referral_id: Mapped[str] = mapped_column(ForeignKey("referral.id"), index=True)
    state: Mapped[str] = mapped_column(String(30))
    changed_on: Mapped[date] = mapped_column(Date)
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("worker.id"), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class RuleSnooze(Synced, Base):
    """A monitoring rule put off for one client (and one subject: a referral, a goal) until a date.

    Append-only, so the snoozes stay as history; the latest for a rule and subject counts.
    """

    __tablename__ = "rule_snooze"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    rule: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[str] = mapped_column(String(36), default="")
    snoozed_until: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("worker.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=local_now)
