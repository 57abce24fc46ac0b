"""Sync bookkeeping that stays on the laptop: conflicts waiting for the worker's decision, notices."""

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from casedesk.models.base import Base, local_now, new_id


class SyncConflict(Base):
    """A field that two devices changed since they last agreed; the losing value is kept here.

    Values are JSON text (see ``casedesk.sync.codec``) so one table holds fields of any type.
    ``winner`` says which value the row carries now: ``mine`` (this device's) or ``theirs``.
    Resolving writes the chosen value as a normal tracked edit and sets ``resolved_at``.
    """

    __tablename__ = "sync_conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    client_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    field: Mapped[str] = mapped_column(String(60))
    mine_value: Mapped[str] = mapped_column(Text)
    mine_hlc: Mapped[str] = mapped_column(String(64))
    theirs_value: Mapped[str] = mapped_column(Text)
    theirs_hlc: Mapped[str] = mapped_column(String(64))
    winner: Mapped[str] = mapped_column(String(10))
    #: The colleague who wrote ``theirs`` (the central store knows each device's worker; the laptop
    #: does not). Empty for conflicts recorded before the central store said so.
    theirs_worker_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    detected_at: Mapped[datetime] = mapped_column(DateTime, default=local_now)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class SyncNotice(Base):
    """Something a sync told this worker (a ``NoticeKind``): e.g. a colleague's offline edits to a
    client handed over to them arrived. Shown in the Sync window until read."""

    __tablename__ = "sync_notice"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(40))
    client_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    from_worker_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    count: Mapped[int] = mapped_column(Integer, default=1)
    received_at: Mapped[datetime] = mapped_column(DateTime, default=local_now)
    read_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
