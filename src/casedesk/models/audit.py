"""The access log (audit): who saw or changed which record of which client, when, and how.

An entry holds ids only, never content, so it may outlive the client's erasure (GDPR Art. 17
keeps the fact that there was a client and what was done with their file, not who they were).
Entries are written once and never changed; they are no synced entity (nothing merges them,
nothing tombstones or erases them): a laptop sends its own entries to the central store
(``casedesk.sync.audit``), where team leads and admins read them, and a team lead's laptop
receives the team's.
"""

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, DateTime, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from casedesk.models.base import Base, new_id


class AccessKind(StrEnum):
    VIEW = "view"
    CREATE = "create"
    CHANGE = "change"
    DELETE = "delete"
    EXPORT = "export"
    PRINT = "print"
    ERASE = "erase"
    DISCLOSE = "disclose"


class AuditEntry(Base):
    """One access to a client's file: ``table_name``/``record_id`` name the record (the client
    row itself for opening the file, an export or an erasure)."""

    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_client_at", "client_id", "at"),
        Index("ix_audit_entry_at", "at"),
        # The entries still to send: few, whatever the size of the log.
        Index("ix_audit_entry_unsent", "sent", sqlite_where="sent = 0"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    #: Local wall-clock time, to the microsecond (two views in one second stay in order).
    at: Mapped[datetime] = mapped_column(DateTime)
    worker_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    #: No foreign key: an entry outlives everything about its client but the id.
    client_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(20))
    #: The central store holds it (true as well for entries a team lead's laptop received).
    sent: Mapped[bool] = mapped_column(Boolean, default=False)
