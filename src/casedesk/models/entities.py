"""The case-management entities (see DESIGN.md, data model)."""

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from casedesk.domain import ClientKind, ClientStatus, ContactType, Phase, Role
from casedesk.models.base import Base, Synced, local_now


class Worker(Synced, Base):
    __tablename__ = "worker"

    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default=Role.CASEWORKER.value)
    team: Mapped[str] = mapped_column(String(200), default="")
    caseload_limit: Mapped[int] = mapped_column(Integer, default=8)


class Client(Synced, Base):
    __tablename__ = "client"

    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    alias: Mapped[str] = mapped_column(String(200), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: Many clients know only roughly when they were born; printed as "~1984".
    birth_date_approximate: Mapped[bool] = mapped_column(Boolean, default=False)
    gender: Mapped[str] = mapped_column(String(40), default="")
    languages: Mapped[str] = mapped_column(String(200), default="")
    whereabouts: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    no_fixed_abode: Mapped[bool] = mapped_column(Boolean, default=False)
    emergency_notes: Mapped[str] = mapped_column(Text, default="")
    consent_data_processing: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default=ClientStatus.ACTIVE.value, index=True)
    responsible_worker_id: Mapped[str | None] = mapped_column(ForeignKey("worker.id"), nullable=True, index=True)
    deputy_worker_id: Mapped[str | None] = mapped_column(ForeignKey("worker.id"), nullable=True, index=True)
    #: The deputy's period, both days included (no day: open on that side). Outside it the deputy
    #: does not hold the client: the central store's row-level security follows it.
    deputy_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    deputy_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: What the giver wrote for the new case manager at the last handover for good.
    handover_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=local_now)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    #: A relapse was recorded on that day: the relapse card needs a look (a new version clears it).
    card_review_since: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: A client proper, or an anonymous code person (``ClientKind``): no consent, card or plan.
    kind: Mapped[str] = mapped_column(String(10), default=ClientKind.CLIENT.value)
    #: A code person's code by the team's rule (initials, birth year, sex: "KM71m"); the street name is ``alias``.
    code: Mapped[str] = mapped_column(String(40), default="")
    #: A photo-free description the client agreed to, for colleagues looking for them on a round,
    #: and the day they agreed to it (no date: not agreed, not printed).
    agreed_description: Mapped[str] = mapped_column(Text, default="")
    description_agreed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: Status ``merged``: the record this duplicate was merged into (its rows moved there). A plain
    #: id, like a tombstone's: sync redirects what still arrives for this record to that one.
    merged_into: Mapped[str | None] = mapped_column(String(36), nullable=True)

    episodes: Mapped[list["CaseEpisode"]] = relationship(back_populates="client", order_by="CaseEpisode.opened_on")


class ConfidentialityRelease(Synced, Base):
    """Schweigepflichtentbindung: the client's release of confidentiality towards one helper."""

    __tablename__ = "confidentiality_release"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    helper: Mapped[str] = mapped_column(String(300))
    granted_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: The helper-directory entry it is for (``helper`` then holds its institution); a plain id.
    provider_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    #: Its scope: life-domain codes and ``domain.ReleaseInformation`` codes (both empty: unscoped).
    domains: Mapped[list[str]] = mapped_column(JSON, default=list)
    information: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: The worker who recorded it.
    worker_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class CaseEpisode(Synced, Base):
    __tablename__ = "case_episode"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    phase: Mapped[str] = mapped_column(String(20), default=Phase.CLARIFICATION.value, index=True)
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: The worker's words on the closure; ``closure_code`` is the reason from the list.
    closure_reason: Mapped[str] = mapped_column(Text, default="")
    closure_code: Mapped[str] = mapped_column(String(30), default="")

    # Intake (clarification): access, the method's screening questions, the intake agreement.
    access_route: Mapped[str] = mapped_column(String(20), default="")
    referred_by: Mapped[str] = mapped_column(String(300), default="")
    #: Screening answers: True yes, False no, None not asked yet.
    screening_several_domains: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    screening_several_helpers: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    screening_client_agrees: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    screening_appropriate: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    screening_note: Mapped[str] = mapped_column(Text, default="")
    intake_agreed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    intake_agreement: Mapped[str] = mapped_column(Text, default="")
    consent_recorded_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    consent_form: Mapped[str] = mapped_column(String(20), default="")

    # Evaluation: the client's view of the help (goal attainment lives on the plan's goals).
    evaluated_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    evaluation_client_view: Mapped[str] = mapped_column(Text, default="")
    #: Deleted by a merge that joined two open cases: the case kept instead (a plain id). Sync
    #: files what still arrives for this episode from an offline laptop under that one.
    joined_into: Mapped[str | None] = mapped_column(String(36), nullable=True)

    client: Mapped[Client] = relationship(back_populates="episodes")


class PhaseChange(Synced, Base):
    """Phase changes are history, not overwrites: one append-only row per change."""

    __tablename__ = "phase_change"

    #: Its own client id, like every row about a client: visibility and purge need no join.
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    episode_id: Mapped[str] = mapped_column(ForeignKey("case_episode.id"), index=True)
    phase: Mapped[str] = mapped_column(String(20))
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=local_now)
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("worker.id"), nullable=True)
    #: Why the phase changed, in the worker's words (asked for with every change).
    reason: Mapped[str] = mapped_column(Text, default="")


class Contact(Synced, Base):
    __tablename__ = "contact"
    __table_args__ = (
        Index("ix_contact_client_live", "client_id", "deleted", "occurred_at"),
        Index("ix_contact_worker_month", "worker_id", "occurred_at", "deleted", "type", "duration_minutes",
              "client_id"),
    )

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"))
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("worker.id"), nullable=True, index=True)
    occurred_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)
    type: Mapped[str] = mapped_column(String(30), default=ContactType.STREET.value)
    place: Mapped[str] = mapped_column(String(300), default="")
    participants: Mapped[str] = mapped_column(Text, default="")
    topics: Mapped[str] = mapped_column(Text, default="")
    client_state: Mapped[str] = mapped_column(Text, default="")
    motivational_stage: Mapped[str] = mapped_column(String(30), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    #: Harm-reduction items handed out: {item code: count} (see ``services.street``).
    items: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)


class Task(Synced, Base):
    __tablename__ = "task"

    client_id: Mapped[str | None] = mapped_column(ForeignKey("client.id"), nullable=True, index=True)
    title: Mapped[str] = mapped_column(String(500))
    due_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True, index=True)
    assignee_worker_id: Mapped[str | None] = mapped_column(ForeignKey("worker.id"), nullable=True, index=True)
    done_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    source_contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), nullable=True)


class RelapseCardVersion(Synced, Base):
    """One saved state of a client's relapse-prevention card.

    Every save is a new row so the worker can always see which card the client carries, and two
    workers editing offline produce two versions instead of overwriting each other's text.
    """

    __tablename__ = "relapse_card_version"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=local_now)
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("worker.id"), nullable=True)
    language: Mapped[str] = mapped_column(String(5), default="de")
    large_print: Mapped[bool] = mapped_column(Boolean, default=False)
    show_first_name: Mapped[bool] = mapped_column(Boolean, default=True)
    show_surname: Mapped[bool] = mapped_column(Boolean, default=False)
    show_birth_date: Mapped[bool] = mapped_column(Boolean, default=False)
    #: [{"description", "triggers": [codes], "alternatives", "whom_to_turn_to"}, ...] (max three)
    situations: Mapped[list[dict]] = mapped_column(JSON, default=list)
    #: [{"label", "number"}, ...]
    important_numbers: Mapped[list[dict]] = mapped_column(JSON, default=list)


class CrisisLine(Synced, Base):
    """A team-maintained default phone number offered on every new relapse card of a country."""

    __tablename__ = "crisis_line"

    country: Mapped[str] = mapped_column(String(2), index=True)
    label: Mapped[str] = mapped_column(String(200))
    number: Mapped[str] = mapped_column(String(60))
