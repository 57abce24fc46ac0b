"""Tables that never leave the laptop: desk settings and the record of unsynced changes."""

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from casedesk.models.base import Base


class DeskSetting(Base):
    """Key/value settings that belong inside the encrypted file (identity, central-store credentials)."""

    __tablename__ = "desk_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class PendingChange(Base):
    """Outbox: one row per synced row changed locally since the last successful push.

    Written by the change tracker in the same transaction as the edit itself, so an edit can
    never exist without its pending record. ``fields`` accumulates every field touched since the
    last push: the merge needs to know which fields this device changed, not just that it did.
    ``base_clocks`` are the row's field clocks before the first of these edits: the version both
    sides last agreed on, against which the central store tells a one-sided change from a clash.
    """

    __tablename__ = "pending_change"
    __table_args__ = (UniqueConstraint("table_name", "row_id"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    hlc: Mapped[str] = mapped_column(String(64))
    base_clocks: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    #: Set when the central store refused the change (a ``RefusalReason`` value): the change is set
    #: aside, shown in the Sync window, and sent again — judged afresh — at the next sync.
    refusal: Mapped[str] = mapped_column(String(30), default="", index=True)
    refusal_detail: Mapped[str] = mapped_column(Text, default="")
    #: The worker chose to hand this change to the client's new responsible worker.
    forward: Mapped[bool] = mapped_column(Boolean, default=False)


class ParkedDraft(Base):
    """Unsaved work the auto-lock put aside (a half-written card, an open form, a half-typed
    contact), offered back after the next unlock. Inside the encrypted desk, never synced.

    ``kind`` names the screen that can take it back; ``client_id`` is the client it was about
    ("" for none); ``payload`` is that screen's own description of what was typed.
    """

    __tablename__ = "parked_draft"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(40))
    client_id: Mapped[str] = mapped_column(String(36), default="")
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    parked_at: Mapped[datetime] = mapped_column(DateTime)
