"""The client's network (persons around them and the ties between those persons, with dated
snapshots of the ecomap) and the method's instruments (stages of change, decisional balance,
self-efficacy, dependence criteria), each dated and kept as history.

As in the cycle, ids that point within one client's network (a relation's two persons) are plain
ids without a foreign key: sync writes rows in the order they arrive.
"""

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from casedesk.domain import NetworkKind, TieQuality, TieStrength
from casedesk.models.base import Base, Synced, local_now


class NetworkPerson(Synced, Base):
    """A person of the client's network: informal (family, friends, the scene) or formal."""

    __tablename__ = "network_person"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(10), default=NetworkKind.INFORMAL.value)
    sector: Mapped[str] = mapped_column(String(20))
    #: Role or relationship in the client's words ("sister", "GP", "drinking mate").
    relationship: Mapped[str] = mapped_column(String(200), default="")
    #: A formal person may be an entry of the helper directory.
    provider_id: Mapped[str | None] = mapped_column(ForeignKey("provider.id"), nullable=True)
    strength: Mapped[str] = mapped_column(String(10), default=TieStrength.MEDIUM.value)
    quality: Mapped[str] = mapped_column(String(20), default=TieQuality.SUPPORTIVE.value)
    #: Who supports whom ("" not recorded).
    direction: Mapped[str] = mapped_column(String(20), default="")
    frequency: Mapped[str] = mapped_column(String(20), default="")
    #: Multiplexity: the life domains (codes, comma-separated) the relationship covers.
    domains: Mapped[str] = mapped_column(String(600), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    #: 1 … 3: the circle's size on the map.
    importance: Mapped[int] = mapped_column(Integer, default=2)
    #: Where the worker placed the person on the map (scene units); None: laid out automatically.
    position_x: Mapped[int | None] = mapped_column(Integer, nullable=True)
    position_y: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class NetworkRelation(Synced, Base):
    """A tie between two persons of the client's network (not with the client)."""

    __tablename__ = "network_relation"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    person_a_id: Mapped[str] = mapped_column(String(36))
    person_b_id: Mapped[str] = mapped_column(String(36))
    strength: Mapped[str] = mapped_column(String(10), default=TieStrength.MEDIUM.value)
    quality: Mapped[str] = mapped_column(String(20), default=TieQuality.SUPPORTIVE.value)


class EcomapSnapshot(Synced, Base):
    """The map as it was on a day, kept so the worker can show the client how the network changed."""

    __tablename__ = "ecomap_snapshot"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    taken_at: Mapped[datetime] = mapped_column(DateTime, default=local_now)
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("worker.id"), nullable=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    #: The persons and relations as JSON (services.network writes and reads it).
    content: Mapped[str] = mapped_column(Text, default="")


class InstrumentRecord(Synced, Base):
    """One dated use of an instrument; the answers as JSON in the shape its kind needs."""

    __tablename__ = "instrument_record"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    recorded_on: Mapped[date] = mapped_column(Date)
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("worker.id"), nullable=True)
    #: The contact it was recorded in, if any.
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), nullable=True)
    #: The stage of change (kind "stage").
    stage: Mapped[str] = mapped_column(String(30), default="")
    #: The substance the dependence criteria are about (kind "dependence").
    substance: Mapped[str] = mapped_column(String(100), default="")
    answers: Mapped[str] = mapped_column(Text, default="")
    #: The self-efficacy sum, the number of criteria met; None where the kind has none.
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class InstrumentItemSetting(Synced, Base):
    """A team's wording of an instrument's item (the self-efficacy scale's ten items)."""

    __tablename__ = "instrument_item"

    instrument: Mapped[str] = mapped_column(String(30))
    position: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(5), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
