"""Consent to data processing, disclosures under a release of confidentiality, and the team's settings.

A consent is a row of its own (given on, in which form, recorded by whom, withdrawn on): a
withdrawal ends it without erasing that it was given. A disclosure records what a worker shared
with which helper under which release, with the release's scope as it stood at that moment.
References to another row of the same client (release, contact, referral) and to the helper
directory are plain ids without a foreign key: sync writes a table's rows in the order they arrive.
"""

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from casedesk.domain import DEFAULT_CASELOAD_LIMIT, DEFAULT_RETENTION_YEARS, ConsentForm
from casedesk.models.base import Base, Synced, local_now


class DataConsent(Synced, Base):
    """The client's consent to the processing of their data (GDPR Art. 6(1)(a), 9(2)(a))."""

    __tablename__ = "data_consent"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    given_on: Mapped[date] = mapped_column(Date)
    form: Mapped[str] = mapped_column(String(20), default=ConsentForm.WRITTEN.value)
    #: The worker who obtained and recorded it.
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("worker.id"), nullable=True)
    withdrawn_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class Disclosure(Synced, Base):
    """Information shared with a helper: what, with whom, under which release, from which occasion."""

    __tablename__ = "disclosure"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    occurred_at: Mapped[datetime] = mapped_column(DateTime, default=local_now)
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("worker.id"), nullable=True)
    #: The helper as named at the time (the provider's institution or a person).
    recipient: Mapped[str] = mapped_column(String(300))
    provider_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    release_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    contact_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    referral_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    #: Life-domain codes and ``ReleaseInformation`` codes of what was shared.
    domains: Mapped[list[str]] = mapped_column(JSON, default=list)
    information: Mapped[list[str]] = mapped_column(JSON, default=list)
    what: Mapped[str] = mapped_column(Text, default="")


class TeamSetting(Synced, Base):
    """A team's settings that team leads and admins change for everyone (one row per team)."""

    __tablename__ = "team_setting"

    team: Mapped[str] = mapped_column(String(200), default="", index=True)
    caseload_limit: Mapped[int] = mapped_column(Integer, default=DEFAULT_CASELOAD_LIMIT)
    #: Years a client's data are kept after their last case closed (the retention review's rule).
    retention_years: Mapped[int] = mapped_column(Integer, default=DEFAULT_RETENTION_YEARS)
