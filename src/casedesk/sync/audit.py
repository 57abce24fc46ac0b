"""The access log's part of a sync run: the laptop's new entries go to the central store, and a
team lead's or an admin's laptop receives the entries they may read there (the team's; all).

Entries are no synced rows (nothing merges them): an entry is sent once, marked ``sent`` when the
central store has it (a replay after a lost answer is harmless: the store keeps the first copy),
and received entries are stored with their cursor in one transaction, so a sync killed at any
point loses or doubles nothing. A caseworker's laptop receives nothing (it holds its own).
"""

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import sessionmaker

from casedesk.domain import Role
from casedesk.models import AuditEntry, DeskSetting
from casedesk.sync.central import CentralSession
from casedesk.sync.central.audit import ENTRY_COLUMNS, push_entries, read_entries

#: ``<central store id>:<seq>`` of the last entry received (another central store starts afresh).
CURSOR_KEY = "audit_cursor"
BATCH = 2000
_READERS = frozenset({Role.TEAM_LEAD.value, Role.ADMIN.value})
_COLUMNS = [AuditEntry.__table__.c[name] for name in ENTRY_COLUMNS]


@dataclass
class AuditSyncReport:
    sent: int = 0
    received: int = 0


def sync_audit(sessions: sessionmaker, central: CentralSession, batch: int = BATCH) -> AuditSyncReport:
    """After the handshake (``central.handshake_result``) of a run; raises the sync's errors."""
    report = AuditSyncReport()
    while True:
        with sessions() as session:
            rows = [dict(row._mapping) for row in session.execute(
                select(*_COLUMNS).where(AuditEntry.sent.is_(False)).order_by(AuditEntry.at).limit(batch))]
        if not rows:
            break
        push_entries(central, rows)
        with sessions() as session, session.begin():
            session.execute(update(AuditEntry).where(AuditEntry.id.in_([row["id"] for row in rows]))
                            .values(sent=True))
        report.sent += len(rows)
    me = central.handshake_result
    if me is None or me.role not in _READERS:
        return report
    with sessions() as session:
        stored = session.get(DeskSetting, CURSOR_KEY)
    central_id, _, seq = (stored.value if stored else "").partition(":")
    cursor = int(seq) if central_id == me.central_id and seq else 0
    while True:
        received = read_entries(central, cursor, batch)
        if not received.entries:
            break
        with sessions() as session, session.begin():
            session.execute(sqlite_insert(AuditEntry).on_conflict_do_nothing(index_elements=["id"]),
                            [entry | {"sent": True} for entry in received.entries])
            session.merge(DeskSetting(key=CURSOR_KEY, value=f"{me.central_id}:{received.cursor}"))
        cursor = received.cursor
        report.received += len(received.entries)
    return report
