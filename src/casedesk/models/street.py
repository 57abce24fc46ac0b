"""Street work beside the client file: rounds counted as a whole, the team's item list, and the
working time that is no contact (Tätigkeitsdokumentation).

Anonymous code persons are client rows of kind ``code`` and their contacts are contacts, so they
sync, search, export and erase exactly as clients do; the rows here hold no person at all.
"""

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from casedesk.domain import ActivityKind
from casedesk.models.base import Base, Synced


class StreetRound(Synced, Base):
    """A street round or group contact, counted: where, when, how long, whom the team met.

    ``people`` counts by sex and age band ({"f:18-26": 3}, ``domain.tally_key``); where no one
    could tell, ``people_total`` holds more than the cells add up to, and ``approximate`` says
    the figures are estimates. Counts only: no person is named here.
    """

    __tablename__ = "street_round"
    __table_args__ = (Index("ix_street_round_worker_started", "worker_id", "started_at"),)

    worker_id: Mapped[str | None] = mapped_column(ForeignKey("worker.id"), nullable=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)
    place: Mapped[str] = mapped_column(String(300), default="")
    people: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    people_total: Mapped[int] = mapped_column(Integer, default=0)
    approximate: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Conversations beyond a greeting (a KDS contact needs ten minutes; a talk on the round may be shorter).
    talks: Mapped[int] = mapped_column(Integer, default=0)
    items: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    note: Mapped[str] = mapped_column(Text, default="")


class HarmReductionItemSetting(Synced, Base):
    """The team's word for an item it hands out, or an item of its own; ``retired`` hides it
    from new counts (old counts keep their code). Built-in items need no row."""

    __tablename__ = "harm_reduction_item"

    code: Mapped[str] = mapped_column(String(60), index=True)
    label: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class Activity(Synced, Base):
    """Working time that is no contact: a team meeting, documentation, travel, network work
    without the client, training. Personal (its worker's) unless it is about one client."""

    __tablename__ = "activity"
    __table_args__ = (Index("ix_activity_worker_occurred", "worker_id", "occurred_at"),)

    worker_id: Mapped[str | None] = mapped_column(ForeignKey("worker.id"), nullable=True)
    client_id: Mapped[str | None] = mapped_column(ForeignKey("client.id"), nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(30), default=ActivityKind.OTHER.value)
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
