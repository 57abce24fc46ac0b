"""One sync run on the laptop: handshake → push → pull → sanity check.

Every step is safe to interrupt. Pending changes leave the outbox only after the central store
confirmed their commit (a lost confirmation is answered from the receipts next time); every
pulled batch is applied together with its cursor advance in one local transaction, flagged
``applying_remote`` so the change tracker does not record it as a local edit.

A laptop that needs a full resync (offline past the tombstone horizon, cursor below the log
floor, another central store) does it before pushing, so its pending changes meet the central
store's current rows; an edit of a row deleted and compacted meanwhile is dropped, not revived.
A refused change stays in the outbox with its reason and is sent again at every sync; the client
it belongs to is not purged while it waits.
"""

import json
import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    ColumnElement,
    Connection,
    DateTime,
    Select,
    Table,
    bindparam,
    delete,
    func,
    or_,
    select,
    tuple_,
    update,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session, sessionmaker

from casedesk.domain import ClientStatus, InstrumentKind, MotivationalStage, NoticeKind
from casedesk.models import (
    AuditEntry,
    DeskSetting,
    InstrumentRecord,
    PendingChange,
    SyncConflict,
    SyncNotice,
    new_id,
)
from casedesk.store.change_sets import note_change, note_everything
from casedesk.store.hlc import HybridLogicalClock, Stamp
from casedesk.store.search_index import deferred_search_index
from casedesk.sync.audit import CURSOR_KEY as AUDIT_CURSOR_KEY
from casedesk.sync.central import (
    MAX_CLOCK_AHEAD,
    PROTOCOL_VERSION,
    SCHEMA_VERSION,
    CentralSession,
    ConflictRecord,
    Handshake,
    JsonText,
    NoticeRecord,
    OutgoingChange,
    PullReader,
    PushOutcome,
    bulk_update,
    decoded,
    utc_now,
)
from casedesk.sync.errors import DeviceRevoked, SyncCancelled, WrongWorker
from casedesk.sync.scope import (
    CLIENT,
    SHARED_TABLES,
    SYNCED_TABLES,
    TABLES_BY_NAME,
    client_id_of,
    rows_of_clients,
)

CURSOR_KEY = "sync.cursor"
CENTRAL_ID_KEY = "sync.central_id"
LAST_SUCCESS_KEY = "sync.last_success"
#: Changes per push: each is one central transaction with its own connection, lock and commit
#: (40k rows: 2000 -> 5000 a batch, 10.5 -> 8.3 s, best of three on a busy machine).
PUSH_BATCH = 5000
#: Confirmed push batches are settled on the desk this many changes at a time (``_push``).
SETTLE_ROWS = 25_000
PULL_BATCH = 2000
#: Clients per local transaction of a full pull (about ten rows each): every commit rewrites the
#: index pages its random ids touched, so fewer, larger ones write less (100k rows: 1000 -> 2000
#: clients, 12% faster); the write lock is held about a second each.
CLIENT_CHUNK = 2000
#: From this many new rows on, the search index is built once for the batch instead of by trigger.
BULK_INDEX_ROWS = 200
_MAX_AHEAD_MILLIS = int(MAX_CLOCK_AHEAD.total_seconds() * 1000)
#: Namespace for the ids of relapse notices: one per pulled relapse record.
_RELAPSE_NOTICE_NAMESPACE = uuid.UUID("8e3f2c41-7a5b-4d0e-9c6f-1b2a3d4e5f60")

#: (stage, done, total) — stages: "push", "pull", "check".
ProgressCallback = Callable[[str, int, int], None]
#: Called with a step name between the steps of a sync; tests raise from it to kill a sync there.
FaultHook = Callable[[str], None]

Rows = dict[str, list[dict[str, Any]]]
#: Per table, its rows' values as the desk's driver takes them, in the order of the rows.
Prepared = dict[str, list[tuple[Any, ...]]]


@dataclass(frozen=True)
class RefusedChange:
    """A pushed change the central store did not take; it stays in the outbox, set aside."""

    op_id: str
    table_name: str
    row_id: str
    client_id: str | None
    #: A ``casedesk.domain.RefusalReason`` value.
    reason: str
    detail: str = ""


@dataclass
class SyncReport:
    #: Changes that went out and were taken: ``applied`` as sent, ``merged`` field by field with
    #: a colleague's newer values (``pushed`` is both together).
    pushed: int = 0
    applied: int = 0
    merged: int = 0
    #: Changes the central store refused this run, with their reasons (``rejected`` counts them).
    refused: list[RefusedChange] = field(default_factory=list)
    #: Edits of rows deleted (and compacted) on the central store while this laptop was away:
    #: dropped with the row, since a deleted row must not come back.
    discarded: int = 0
    #: Notices this run brought (e.g. a colleague's offline edits to a client handed over to us).
    notices: int = 0
    pulled: int = 0
    conflicts: int = 0
    rejected: int = 0
    purged_clients: int = 0
    erased_clients: int = 0
    full_resync: bool = False
    consistent: bool = True
    conflict_ids: list[str] = field(default_factory=list)
    #: Unresolved conflicts on the laptop after the run (older ones included).
    open_conflicts: int = 0
    #: Access-log entries sent, and received (a team lead's laptop: the team's; ``casedesk.sync.audit``).
    audit_sent: int = 0
    audit_received: int = 0


class SyncEngine:
    def __init__(
        self,
        sessions: sessionmaker,
        clock: HybridLogicalClock,
        worker_id: str,
        central: CentralSession,
        *,
        wall_clock: Callable[[], datetime] = utc_now,
        progress: ProgressCallback | None = None,
        cancelled: Callable[[], bool] | None = None,
        fault: FaultHook | None = None,
        push_batch: int = PUSH_BATCH,
        settle_rows: int = SETTLE_ROWS,
        pull_batch: int = PULL_BATCH,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._worker_id = worker_id
        self._central = central
        self._wall_clock = wall_clock
        self._progress = progress or (lambda stage, done, total: None)
        self._cancelled = cancelled or (lambda: False)
        self._fault = fault or (lambda step: None)
        self._push_batch = push_batch
        self._settle_rows = settle_rows
        self._pull_batch = pull_batch
        self.report = SyncReport()
        self._erased_by_push: set[str] = set()
        # Rows this run pushed or pulled: the sanity check after an incremental pull looks at
        # the clients they belong to, so its cost follows the changes, not the desk's size.
        self._touched: dict[str, set[str]] = defaultdict(set)
        # Rows whose push was merged with newer central values: the pull fetches them by id, as
        # the log may lie behind the cursor already (a full resync ran before the push).
        self._merged: dict[str, set[str]] = defaultdict(set)
        #: op id → the seq of the outbox entry it was read from (see ``_settle``).
        self._outbox_seq: dict[str, int] = {}
        #: Clients still held here after the incremental pull though not visible (their changes wait).
        self._kept_unseen: set[str] | None = None
        self._readers: dict[str, tuple[list[str], list[tuple[int, Callable[[Any], Any]]], str]] = {}
        self._field_lists: dict[str, tuple[str, ...]] = {}

    # --- the run --------------------------------------------------------------------------
    def run(self, force_full: bool = False) -> SyncReport:
        try:
            handshake = self._central.handshake(SCHEMA_VERSION, PROTOCOL_VERSION, self._wall_clock())
        except DeviceRevoked:
            self.wipe()
            raise
        if handshake.worker_id != self._worker_id:
            raise WrongWorker()
        self._fault("handshake")
        if self._needs_full_resync(handshake, force_full):
            # Pending changes must meet the central store as it is now, not as the laptop last
            # saw it: what was deleted and compacted meanwhile is gone from this copy first.
            self._pull(handshake, full=True, check=False)
        self._heal_clock()
        self._push()
        self._pull(handshake, full=False, check=True)
        return self.report

    def _needs_full_resync(self, handshake: Handshake, force_full: bool) -> bool:
        with self._sessions() as session:
            settings = {row.key: row.value for row in session.scalars(select(DeskSetting).where(
                DeskSetting.key.in_([CURSOR_KEY, CENTRAL_ID_KEY, LAST_SUCCESS_KEY])))}
        cursor = int(settings.get(CURSOR_KEY, "0") or 0)
        last_success = settings.get(LAST_SUCCESS_KEY)
        offline_too_long = bool(last_success) and (
            handshake.server_now - datetime.fromisoformat(last_success)
            > timedelta(days=handshake.tombstone_horizon_days))
        return (force_full or cursor == 0 or cursor < handshake.log_floor or offline_too_long
                or settings.get(CENTRAL_ID_KEY) != handshake.central_id)

    def _check_cancel(self) -> None:
        if self._cancelled():
            raise SyncCancelled()

    def _remote_session(self) -> Session:
        return self._sessions(info={"applying_remote": True})

    # --- push -----------------------------------------------------------------------------
    def _push(self) -> None:
        with self._sessions() as session:
            total = session.scalar(select(func.count()).select_from(PendingChange)) or 0
        done = 0
        self._progress("push", 0, total)
        self._check_cancel()
        changes, after_seq = self._outgoing(0)
        # The desk's share of the push runs on a thread of its own while the central store takes
        # the next batch: reading the batch after it from the outbox, and settling the batches
        # the central store confirmed (nothing else uses the desk's connection meanwhile; one
        # thread, so in that order). Batches are settled together, SETTLE_ROWS at a time: each
        # commit on the lane makes the window's connection read its pages afresh (SQLite drops
        # another connection's page cache when the file changed), so a search typed during the
        # push was slow once per commit. A batch confirmed but not yet settled when the sync
        # stops is pushed again next time and answered from its receipts. Leaving the block (a
        # cancel, a fault, an error) waits for the desk's work under way.
        settling: tuple[Future, list[tuple[list[OutgoingChange], PushOutcome]]] | None = None
        confirmed: list[tuple[list[OutgoingChange], PushOutcome, dict[str, int]]] = []
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="casedesk-push") as local:
            while changes:
                for change in changes:
                    self._touched[change.table_name].add(change.row["id"])
                ahead = local.submit(self._outgoing, after_seq)
                outcome = self._central.push(changes)
                self._fault("push_committed")
                following, following_seq = ahead.result()
                sent = {change.op_id: self._outbox_seq[change.op_id] for change in changes}
                if outcome.discarded or outcome.erased:
                    self._settle_in_own_transaction([(outcome, sent)])
                    # Settling dropped outbox entries the next batch may hold: read it again.
                    following, following_seq = self._outgoing(after_seq)
                    self._settled(_at_once(lambda: None), [(changes, outcome)])
                    done += len(changes)
                else:
                    confirmed.append((changes, outcome, sent))
                if confirmed and (not following or sum(len(batch) for batch, _, _ in confirmed) >= self._settle_rows):
                    if settling is not None:
                        done += self._settled(*settling)
                    settling = (local.submit(self._settle_in_own_transaction,
                                             [(outcome, sent) for _, outcome, sent in confirmed]),
                                [(batch, outcome) for batch, outcome, _ in confirmed])
                    confirmed = []
                self._progress("push", min(done, total), total)
                self._check_cancel()
                changes, after_seq = following, following_seq
            if settling is not None:
                done += self._settled(*settling)
                self._progress("push", min(done, total), total)

    def _settle_in_own_transaction(self, outcomes: list[tuple[PushOutcome, dict[str, int]]]) -> None:
        with self._remote_session() as session, session.begin():
            for outcome, sent in outcomes:
                self._settle(session, outcome, sent)

    def _settled(self, settling: Future, batches: list[tuple[list[OutgoingChange], PushOutcome]]) -> int:
        """The batches' outbox entries are settled (an error there stops the sync here); how many."""
        settling.result()
        for changes, outcome in batches:
            self._account(changes, outcome)
        self._fault("push_acknowledged")
        return sum(len(changes) for changes, _ in batches)

    def _account(self, changes: list[OutgoingChange], outcome: PushOutcome) -> None:
        for change in changes:
            self._outbox_seq.pop(change.op_id, None)
        sent = {change.op_id: change for change in changes}
        for op_id in outcome.merged:
            self._merged[sent[op_id].table_name].add(sent[op_id].row["id"])
        self._erased_by_push |= outcome.erased
        self.report.applied += len(outcome.applied)
        self.report.merged += len(outcome.merged)
        self.report.pushed += len(outcome.acknowledged)
        self.report.discarded += len(outcome.discarded)
        self.report.refused += [RefusedChange(r.op_id, r.table_name, r.row_id, r.client_id, r.reason, r.detail)
                                for r in outcome.refused]
        self.report.rejected += len(outcome.refused)

    def _heal_clock(self) -> None:
        """The handshake found the wall clock right; if our stamps ran far ahead of it (the clock
        was wrong for a while), come back to real time and give the edits made meanwhile fresh
        stamps. They count as made now: stamps from the wrong clock would be refused by the
        central store and, were they taken, would win every merge until that time came."""
        self._clock.rewind(_MAX_AHEAD_MILLIS)
        limit = f"{Stamp.parse(self._clock.now()).millis + _MAX_AHEAD_MILLIS:013d}"
        with self._remote_session() as session, session.begin():
            # An outbox entry's stamp is its row's newest edit, so this finds every row concerned
            # (also after a run that rewound the clock and then failed).
            for pending in session.scalars(select(PendingChange).where(PendingChange.hlc > limit)).all():
                table = TABLES_BY_NAME[pending.table_name]
                clocks = dict(session.scalar(select(table.c.field_clocks).where(table.c.id == pending.row_id)) or {})
                ahead = {name for name, clock in clocks.items() if clock > limit}
                stamp = self._clock.now()
                clocks.update(dict.fromkeys(ahead | set(pending.fields), stamp))
                session.execute(update(table).where(table.c.id == pending.row_id)
                                .values(field_clocks=clocks, hlc=max(clocks.values())))
                pending.hlc, pending.op_id = stamp, new_id()
                pending.refusal = pending.refusal_detail = ""
            session.merge(DeskSetting(key="hlc_last", value=self._clock.last))

    def _settle(self, session: Session, outcome: PushOutcome, sent: dict[str, int]) -> None:
        """``sent``: op id → the seq of the outbox entry it was read from."""
        # An op id changes with every new edit: a row edited again meanwhile stays pending. The
        # outbox entry keeps its seq across edits, and op_id has no index: each entry is found
        # by its seq (the primary key), then must still carry the op id that was sent.
        session.execute(delete(PendingChange).where(*_sent(outcome.acknowledged, sent)))
        if outcome.refused:
            outbox = PendingChange.__table__
            session.execute(
                update(outbox).where(outbox.c.seq == bindparam("p_seq"), outbox.c.op_id == bindparam("p_op"))
                .values(refusal=bindparam("p_reason"), refusal_detail=bindparam("p_detail")),
                [{"p_seq": sent.get(r.op_id), "p_op": r.op_id, "p_reason": r.reason,
                  "p_detail": r.detail} for r in outcome.refused])
        if outcome.discarded:
            gone = session.execute(select(PendingChange.table_name, PendingChange.row_id)
                                   .where(*_sent(outcome.discarded, sent))).all()
            for table_name, row_id in gone:
                table = TABLES_BY_NAME[table_name]
                session.execute(delete(table).where(table.c.id == row_id))
            session.execute(delete(PendingChange).where(*_sent(outcome.discarded, sent)))
        self._drop_pending_of_clients(session, outcome.erased)

    def _outgoing(self, after_seq: int) -> tuple[list[OutgoingChange], int]:
        """The next batch of the outbox with its rows; remembers each operation's outbox entry.

        Read on the driver's cursor with each column's conversion looked up once: an initial push
        reads every outbox entry and row once, and SQLAlchemy's rows, and JSON parsed value by
        value, were most of the laptop's share of it (30k rows: 56 -> 38 µs a change)."""
        with self._sessions() as session:
            connection = session.connection()
            cursor = connection.connection.driver_connection.cursor()
            try:
                pending = cursor.execute(
                    "SELECT seq, op_id, table_name, row_id, fields, base_clocks, forward FROM pending_change"
                    " WHERE seq > ? ORDER BY seq LIMIT ?", (after_seq, self._push_batch)).fetchall()
                if not pending:
                    return [], after_seq
                ids_by_table: dict[str, list[str]] = defaultdict(list)
                for change in pending:
                    ids_by_table[change[2]].append(change[3])
                rows: dict[tuple[str, str], tuple[dict[str, Any], tuple[Any, ...]]] = {}
                for table_name, ids in ids_by_table.items():
                    names, converters, statement = self._row_reader(TABLES_BY_NAME[table_name], connection.dialect)
                    for stored in cursor.execute(statement, (json.dumps(ids),)).fetchall():
                        values = list(stored)
                        for index, convert in converters:
                            values[index] = convert(values[index])
                        row = dict(zip(names, values, strict=True))
                        rows[(table_name, row["id"])] = (row, stored)
            finally:
                cursor.close()
        changes = []
        for seq, op_id, table_name, row_id, fields, base_clocks, forward in pending:
            found = rows.get((table_name, row_id))
            if found is not None:
                changes.append(OutgoingChange(op_id, table_name, found[0], self._field_list(fields),
                                              _json_value(base_clocks) or {}, bool(forward), found[1]))
                self._outbox_seq[op_id] = seq
        return changes, pending[-1][0]

    def _row_reader(self, table: Table, dialect: Dialect) -> tuple[list[str], list[tuple[int, Callable[[Any], Any]]], str]:
        """Column names, the conversion of each column that needs one, and the statement that
        reads the rows of a JSON array of ids (as SQLAlchemy would convert them)."""
        reader = self._readers.get(table.name)
        if reader is None:
            quote = dialect.identifier_preparer.quote
            converters: list[tuple[int, Callable[[Any], Any]]] = []
            for index, column in enumerate(table.columns):
                if isinstance(column.type, JSON):
                    converters.append((index, _json_value))
                elif (convert := column.type.dialect_impl(dialect).result_processor(dialect, None)) is not None:
                    converters.append((index, convert))
            names = [column.name for column in table.columns]
            statement = (f"SELECT {', '.join(quote(name) for name in names)} FROM {quote(table.name)}"
                         " WHERE id IN (SELECT value FROM json_each(?))")
            reader = self._readers[table.name] = (names, converters, statement)
        return reader

    def _field_list(self, text: str | None) -> list[str]:
        """An outbox entry's field names. New rows of a table all name the same fields, so each
        distinct text is parsed once."""
        if text is None:
            return []
        names = self._field_lists.get(text)
        if names is None:
            names = self._field_lists[text] = tuple(json.loads(text))
        return list(names)

    def _store_conflicts(self, session: Session, records: Iterable[ConflictRecord]) -> None:
        for record in records:
            # Delivered again when an acknowledgement was lost: the id (or the clash) is known.
            known = session.get(SyncConflict, record.id) or session.scalar(select(SyncConflict.id).where(
                SyncConflict.row_id == record.row_id, SyncConflict.field == record.field,
                SyncConflict.mine_hlc == record.mine_hlc, SyncConflict.theirs_hlc == record.theirs_hlc))
            if known is None:
                session.add(SyncConflict(**record.__dict__))
                session.flush()
                self.report.conflicts += 1
                self.report.conflict_ids.append(record.id)

    def _store_notices(self, session: Session, records: Iterable[NoticeRecord]) -> None:
        for record in records:
            if session.get(SyncNotice, record.id) is None:
                session.add(SyncNotice(**record.__dict__))
                self.report.notices += 1

    # --- pull -----------------------------------------------------------------------------
    def _pull(self, handshake: Handshake, full: bool, check: bool) -> None:
        with self._sessions() as session:
            cursor = int(session.scalar(select(DeskSetting.value).where(DeskSetting.key == CURSOR_KEY)) or 0)
        with self._central.snapshot() as reader:
            high = reader.high_water()
            visible = reader.visible_client_ids()
            if full:
                self._full_resync(reader, visible, high, handshake)
            else:
                self._incremental(reader, visible, cursor, high, handshake)
            if not check:
                return
            conflicts, notices = reader.conflicts(), reader.notices()
            with self._remote_session() as session, session.begin():
                self._store_conflicts(session, conflicts)
                self._store_notices(session, notices)
            self._fault("before_check")
            self._progress("check", 0, 1)
            scope = None if self.report.full_resync else self._touched_client_ids()
            if not self._consistent(reader, scope, visible, self._kept_unseen):
                # Something local went astray (a damaged batch, a restored backup): rebuild from
                # the central store, keeping every pending local change.
                self._full_resync(reader, visible, high, handshake)
                self.report.consistent = self._consistent(reader, None, visible)
            self._progress("check", 1, 1)
        self._central.acknowledge([record.id for record in conflicts], [record.id for record in notices])

    def _local_client_ids(self, session: Session | None = None) -> set[str]:
        """Inside a unit of work pass its session: the desk's one connection holds the transaction.
        Read on the driver's cursor: SQLAlchemy's rows made every sync's reading of all the
        clients' ids grow with the desk (10k clients: 9 -> 4 ms a read)."""
        if session is None:
            with self._sessions() as own:
                return self._local_client_ids(own)
        cursor = session.connection().connection.driver_connection.cursor()
        try:
            return {client_id for (client_id,) in cursor.execute("SELECT id FROM client")}
        finally:
            cursor.close()

    def _full_resync(self, reader: PullReader, visible: set[str], high: int, handshake: Handshake) -> None:
        self.report.full_resync = True
        client_ids = sorted(visible)
        total = len(client_ids) + 1
        self._progress("pull", 0, total)
        with self._remote_session() as session, session.begin():
            self._apply(session, reader.shared_rows())
        self._replace_in_chunks(reader, client_ids, 0, total)
        with self._remote_session() as session, session.begin():
            gone = self._local_client_ids(session) - visible - self._clients_with_pending(session)
            self._delete_clients(session, gone)
            self._finish_pull(session, high, handshake)

    def _replace_in_chunks(self, reader: PullReader, client_ids: list[str], done: int, total: int) -> None:
        """Bring these clients' subtrees, a chunk per local transaction. PostgreSQL reads the
        next chunk (on a thread of its own: nothing else uses the reader meanwhile) while this
        one is written: the pull then takes about the longer of reading and writing, not their
        sum. The embedded central store is read in turn (its connection keeps to its thread)."""
        if not client_ids:
            return
        # A small first chunk: nothing is written while it is read.
        first = max(CLIENT_CHUNK // 8, 1)
        chunks = [client_ids[:first]] + [client_ids[start:start + CLIENT_CHUNK]
                                         for start in range(first, len(client_ids), CLIENT_CHUNK)]
        # Leaving the block (a cancel, a fault, an error) waits for a read under way.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="casedesk-pull") as reading, \
                self._commits_unsynced():
            fetch = reading.submit if reader.postgres else _at_once
            with self._sessions() as session:
                dialect = session.get_bind().dialect
            ahead = fetch(_read_chunk, reader, chunks[0], dialect)
            for number, chunk in enumerate(chunks):
                rows, prepared = ahead.result()
                self._check_cancel()
                if number + 1 < len(chunks):
                    ahead = fetch(_read_chunk, reader, chunks[number + 1], dialect)
                with self._remote_session() as session, session.begin():
                    self._replace_clients(session, chunk, rows, prepared)
                done += len(chunk)
                self._progress("pull", done, total)
                self._fault("pull_batch")

    @contextmanager
    def _commits_unsynced(self) -> Iterator[None]:
        """Inside: the chunks' commits neither wait for the disk (``synchronous = NORMAL`` in WAL
        mode: a power cut may take the last commits back, never leave the file damaged) nor copy
        the log into the desk file after each chunk (which copied the index pages every chunk
        rewrites again and again: 10k clients at load 3, commits 2.4-2.7 s, now 1.4-2.0 s and
        0.5-0.7 s for the one copy at the end). A chunk holds
        only what the central store has: one taken back is pulled again, since a full resync
        sets its cursor at the very end and a client whose rows are missing locally counts as
        newly visible. At the end the log is copied once (syncing the disk), and the
        connection's own settings are back for the pull's last commit, the one with the cursor."""
        with self._sessions() as session:
            connection = session.connection()
            driver, errors = connection.connection.driver_connection, connection.dialect.loaded_dbapi.Error
        # SQLite changes these only outside a transaction: on the driver, between transactions.
        level = int(driver.execute("PRAGMA synchronous").fetchone()[0])
        pages = int(driver.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
        driver.execute("PRAGMA synchronous = NORMAL")
        driver.execute("PRAGMA wal_autocheckpoint = 0")
        try:
            yield
        finally:
            try:
                driver.execute(f"PRAGMA synchronous = {level}")
                driver.execute(f"PRAGMA wal_autocheckpoint = {pages}")
                driver.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            except errors:
                pass  # a lock closed the connection meanwhile: nothing commits on it any more

    def _incremental(self, reader: PullReader, visible: set[str], cursor: int, high: int,
                     handshake: Handshake) -> None:
        local = self._local_client_ids()
        newly_visible = sorted(visible - local)
        # Clients held here that this worker does not see (any more): all a purge and the check
        # after the pull may concern. What the pull adds is visible, so the set can only shrink.
        unseen = local - visible
        erased_locally_unseen = reader.erased_client_ids(self._erased_by_push)
        total = max(high - cursor, 0) + len(newly_visible)
        self._progress("pull", 0, total)
        # A client that became visible (handed over to us) brings its whole history, which the
        # log before our cursor did not show us. Once its row is local its subtree is complete.
        self._replace_in_chunks(reader, newly_visible, 0, total)
        position = cursor
        while True:
            self._check_cancel()
            entries = reader.log_entries(position, high, self._pull_batch)
            if not entries:
                break
            ids: dict[str, set[str]] = defaultdict(set)
            for _seq, table_name, row_id in entries:
                ids[table_name].add(row_id)
                self._touched[table_name].add(row_id)
            rows = {name: reader.rows_by_id(name, sorted(row_ids)) for name, row_ids in ids.items()}
            erased = {row["id"] for row in rows.get("client", []) if row["status"] == ClientStatus.ERASED.value}
            # A record merged into another (``services.merge``): its rows moved to the survivor
            # (which brings them here if this worker holds it); what this copy still files under
            # the tombstone goes, its edits the central store took kept under the survivor.
            merged_away = {row["id"] for row in rows.get("client", []) if row["status"] == ClientStatus.MERGED.value}
            position = entries[-1][0]
            with self._remote_session() as session, session.begin():
                if erased:
                    self._replace_clients(session, sorted(erased), reader.client_rows(sorted(erased)))
                    self.report.erased_clients += len(erased)
                if merged_away:
                    self._replace_clients(session, sorted(merged_away), reader.client_rows(sorted(merged_away)))
                self._apply(session, rows)
                session.merge(DeskSetting(key=CURSOR_KEY, value=str(position)))
            self._progress("pull", len(newly_visible) + position - cursor, total)
            self._fault("pull_batch")
        merged = {name: reader.rows_by_id(name, sorted(ids)) for name, ids in self._merged.items()}
        with self._remote_session() as session, session.begin():
            self._apply(session, merged)
            if erased_locally_unseen:
                refresh = sorted(erased_locally_unseen & visible)
                self._replace_clients(session, refresh, reader.client_rows(refresh))
            gone: set[str] = set()
            if unseen:
                unseen = set(session.scalars(select(CLIENT.c.id).where(CLIENT.c.id.in_(_listed(unseen)))))
                gone = unseen - self._clients_with_pending(session)
                self._delete_clients(session, gone)
            self._kept_unseen = unseen - gone
            self.report.purged_clients += len(gone)
            self._finish_pull(session, high, handshake)

    def _finish_pull(self, session: Session, high: int, handshake: Handshake) -> None:
        session.merge(DeskSetting(key=CURSOR_KEY, value=str(high)))
        session.merge(DeskSetting(key=CENTRAL_ID_KEY, value=handshake.central_id))
        session.merge(DeskSetting(key=LAST_SUCCESS_KEY, value=handshake.server_now.isoformat()))

    def _clients_with_pending(self, session: Session) -> set[str]:
        """Clients with changes the central store has not taken (new here, or refused because the
        client moved): never purge them before the worker settled those changes."""
        clients: set[str] = set()
        for table in SYNCED_TABLES:
            if table.name in SHARED_TABLES:
                continue
            pending = select(PendingChange.row_id).where(PendingChange.table_name == table.name)
            owner = table.c.id if table.name == "client" else table.c.client_id
            clients.update(c for c in session.scalars(select(owner).where(table.c.id.in_(pending))) if c)
        return clients

    # --- applying rows locally ---------------------------------------------------------------
    def _apply(self, session: Session, rows_by_table: Rows, prepared: Prepared | None = None) -> None:
        """``prepared``: per table, each row's values as the desk's driver takes them (``_read_chunk``)."""
        newest = ""
        writes: list[tuple[Table, list[dict[str, Any]], list[dict[str, Any]], list[tuple[Any, ...]] | None]] = []
        for table in SYNCED_TABLES:
            rows = rows_by_table.get(table.name)
            if not rows:
                continue
            ready = (prepared or {}).get(table.name)
            ids = [row["id"] for row in rows]
            local = {row.id: (row.hlc, row.field_clocks) for row in session.execute(
                select(table.c.id, table.c.hlc, table.c.field_clocks).where(table.c.id.in_(_listed(ids))))}
            pending = dict(session.execute(select(PendingChange.row_id, PendingChange.fields).where(
                PendingChange.table_name == table.name, PendingChange.row_id.in_(_listed(ids)))).all())
            inserts, updates, values = [], [], []
            for index, row in enumerate(rows):
                newest = max(newest, row["hlc"] or "")
                if row["id"] not in local:
                    inserts.append(row)
                    if ready is not None:
                        values.append(ready[index])
                    continue
                row = decoded(row)
                if row["id"] in pending:
                    updates.append(self._keep_local_edits(session, table, row, set(pending[row["id"]])))
                elif local[row["id"]] != (row["hlc"], row["field_clocks"]):
                    updates.append(row)
            if inserts or updates:
                writes.append((table, inserts, updates, values if ready is not None else None))
        # Many new rows are indexed for search once, all tables together, at the end: the
        # index's triggers are dropped and put back once per batch, not once per table (each
        # such change of the schema makes SQLite prepare every statement afresh).
        bulk = sum(len(inserts) for _, inserts, _, _ in writes) >= BULK_INDEX_ROWS
        inserted = [table.name for table, inserts, _, _ in writes if inserts]
        with (deferred_search_index(session.connection()) if bulk else nullcontext(),
              _deferred_client_marks(session.connection(), inserted) if bulk else nullcontext()):
            for table, inserts, updates, values in writes:
                if inserts:
                    connection = session.connection()
                    _insert_rows(connection, table, values if values is not None
                                 else _insert_values(table, inserts, connection.dialect))
                if updates:
                    session.execute(*bulk_update(table, updates))
                note_change(session, table.name, (client_id_of(table.name, row) for row in inserts + updates))
                if table.name == InstrumentRecord.__tablename__ and inserts:
                    self._notice_relapses(session, inserts)
                self.report.pulled += len(inserts) + len(updates)
        if newest:
            self._clock.observe(newest, max_ahead_millis=_MAX_AHEAD_MILLIS)
            session.merge(DeskSetting(key="hlc_last", value=self._clock.last))

    def _notice_relapses(self, session: Session, inserted: list[dict[str, Any]]) -> None:
        """A relapse a colleague recorded reaches this worker as a notice (the deputy learns of it
        at the next sync); one notice per record, however often the row is pulled."""
        for row in inserted:
            if (row.get("kind") == InstrumentKind.STAGE.value and row.get("stage") == MotivationalStage.RELAPSE.value
                    and not row.get("deleted") and row.get("worker_id") != self._worker_id):
                notice_id = str(uuid.uuid5(_RELAPSE_NOTICE_NAMESPACE, row["id"]))
                if session.get(SyncNotice, notice_id) is None:
                    session.add(SyncNotice(id=notice_id, kind=NoticeKind.RELAPSE_RECORDED.value,
                                           client_id=row["client_id"], from_worker_id=row.get("worker_id"), count=1))
                    self.report.notices += 1

    def _keep_local_edits(self, session: Session, table, remote: dict[str, Any], pending: set[str]) -> dict[str, Any]:
        """The remote row, except fields edited here and not yet pushed: the next push merges them
        against the agreed base, so a clash there becomes a conflict instead of a silent loss."""
        local = dict(session.execute(select(table).where(table.c.id == remote["id"])).one()._mapping)
        merged = dict(remote)
        clocks = dict(remote["field_clocks"] or {})
        local_clocks = local["field_clocks"] or {}
        for name in pending:
            if name in table.c:
                merged[name] = local[name]
                clocks[name] = local_clocks.get(name, "")
        merged["field_clocks"] = clocks
        merged["hlc"] = max([local["hlc"], *clocks.values()])
        return merged

    def _replace_clients(self, session: Session, client_ids: list[str], rows: Rows,
                         prepared: Prepared | None = None) -> None:
        """Make these clients' local subtrees equal to the central store's (pending edits kept)."""
        if not client_ids:
            return
        present = {name: {row["id"] for row in table_rows} for name, table_rows in rows.items()}
        for table in reversed(SYNCED_TABLES):
            if table.name in SHARED_TABLES:
                continue
            stale = [row_id for row_id in session.scalars(
                select(table.c.id).where(rows_of_clients(table, _listed(client_ids))))
                if row_id not in present.get(table.name, set())]
            pending_here = set(session.scalars(select(PendingChange.row_id).where(
                PendingChange.table_name == table.name, PendingChange.row_id.in_(_listed(stale)))))
            doomed = [row_id for row_id in stale if row_id not in pending_here]
            if doomed:
                session.execute(delete(table).where(table.c.id.in_(_listed(doomed))))
                note_change(session, table.name, client_ids)
        erased = {row["id"] for row in rows.get("client", []) if row["status"] == ClientStatus.ERASED.value}
        self._drop_pending_of_clients(session, erased)
        self._apply(session, rows, prepared)

    def _client_row_keys(self, session: Session, client_ids: Iterable[str]) -> list[tuple[str, str]]:
        keys = []
        for table in SYNCED_TABLES:
            if table.name not in SHARED_TABLES:
                keys += [(table.name, row_id) for row_id in session.scalars(
                    select(table.c.id).where(rows_of_clients(table, _listed(client_ids))))]
        return keys

    def _drop_pending_of_clients(self, session: Session, client_ids: set[str]) -> None:
        if not client_ids:
            return
        keys = self._client_row_keys(session, client_ids)
        for start in range(0, len(keys), 400):
            session.execute(delete(PendingChange).where(
                tuple_(PendingChange.table_name, PendingChange.row_id).in_(keys[start:start + 400])))
        session.execute(delete(SyncConflict).where(SyncConflict.client_id.in_(_listed(client_ids))))

    def _delete_clients(self, session: Session, client_ids: set[str]) -> None:
        """Purge clients this laptop may no longer hold (handed over, deputyship ended)."""
        if not client_ids:
            return
        self._drop_pending_of_clients(session, client_ids)
        for table in reversed(SYNCED_TABLES):
            if table.name not in SHARED_TABLES:
                session.execute(delete(table).where(rows_of_clients(table, _listed(client_ids))))
                note_change(session, table.name, client_ids)

    def _touched_client_ids(self) -> set[str]:
        """The clients whose rows this run pushed or pulled (looked up in the local copy)."""
        clients: set[str] = set()
        with self._sessions() as session:
            for table_name, row_ids in self._touched.items():
                if table_name in SHARED_TABLES:
                    continue
                table = TABLES_BY_NAME[table_name]
                ids = sorted(row_ids)
                for start in range(0, len(ids), PULL_BATCH):
                    chunk = ids[start:start + PULL_BATCH]
                    if table_name == "client":
                        clients.update(chunk)
                    else:
                        clients.update(c for c in session.scalars(
                            select(table.c.client_id).where(table.c.id.in_(_listed(chunk)))) if c)
        return clients

    def _consistent(self, reader: PullReader, client_ids: set[str] | None, visible: set[str],
                    kept: set[str] | None = None) -> bool:
        """Row counts and newest stamps agree on both sides: for every visible row, or (with
        ``client_ids``) for the shared tables and those clients' rows only. Clients kept here only
        for their unsettled changes (``kept``, by default looked up) are not the central store's
        to compare."""
        with self._sessions() as session:
            kept = sorted(kept if kept is not None else self._local_client_ids(session) - visible)
            pending: dict[str, set[str]] = defaultdict(set)
            for table_name, row_id in session.execute(select(PendingChange.table_name, PendingChange.row_id)):
                pending[table_name].add(row_id)
            scope = sorted(client_ids) if client_ids is not None else None
            local = {}
            for table in SYNCED_TABLES:
                query = select(func.count(), func.coalesce(func.max(table.c.hlc), ""))
                if scope is not None and table.name not in SHARED_TABLES:
                    query = query.where(rows_of_clients(table, _listed(scope)))
                if kept and table.name not in SHARED_TABLES:
                    query = query.where(_outside_clients(table, kept))
                if pending.get(table.name):
                    query = query.where(table.c.id.not_in(_listed(pending[table.name])))
                local[table.name] = tuple(session.execute(query).one())
        return local == reader.fingerprints(pending, scope)

    def wipe(self) -> None:
        """Remove every synced row, the outbox, the conflicts and the access log (a revoked laptop:
        a team lead's holds the team's, and no entry of this laptop can reach the office any more)."""
        with self._remote_session() as session, session.begin():
            for table in reversed(SYNCED_TABLES):
                session.execute(delete(table))
            session.execute(delete(PendingChange))
            session.execute(delete(SyncConflict))
            session.execute(delete(SyncNotice))
            session.execute(delete(AuditEntry))
            session.execute(delete(DeskSetting).where(DeskSetting.key.in_([CURSOR_KEY, CENTRAL_ID_KEY,
                                                                           AUDIT_CURSOR_KEY])))
            note_everything(session)


#: An insert trigger that only forgets what the desk derived from the new row's client (Today's
#: tables, desk migration 0012): nothing but ``DELETE FROM t WHERE c = new.x;`` and
#: ``INSERT OR IGNORE INTO t (c) VALUES (new.x);`` statements, in any number and order.
_CLIENT_MARK_TRIGGER = re.compile(r"CREATE TRIGGER \w+ AFTER INSERT ON (?P<table>\w+) BEGIN\s(?P<body>.*)\sEND", re.DOTALL)
_FORGET = re.compile(r"DELETE FROM (?P<target>\w+) WHERE (?P<key>\w+) = new\.(?P<source>\w+)")
_MARK = re.compile(r"INSERT OR IGNORE INTO (?P<target>\w+) \((?P<key>\w+)\) VALUES \(new\.(?P<source>\w+)\)")


def _set_based(trigger_sql: str) -> list[str] | None:
    """The trigger's statements for every row above a rowid (the one parameter) at once, or None
    when the trigger is not of that form (then it stays and runs row by row)."""
    match = _CLIENT_MARK_TRIGGER.fullmatch(trigger_sql.strip())
    if match is None:
        return None
    table, statements = match["table"], []
    for statement in (" ".join(part.split()) for part in match["body"].split(";")):
        if not statement:
            continue
        if forget := _FORGET.fullmatch(statement):
            statements.append(f"DELETE FROM {forget['target']} WHERE {forget['key']} IN"
                              f" (SELECT {forget['source']} FROM {table} WHERE rowid > ?)")
        elif mark := _MARK.fullmatch(statement):
            statements.append(f"INSERT OR IGNORE INTO {mark['target']} ({mark['key']})"
                              f" SELECT DISTINCT {mark['source']} FROM {table} WHERE rowid > ?")
        else:
            return None
    return statements


@contextmanager
def _deferred_client_marks(connection: Connection, tables: list[str]) -> Iterator[None]:
    """Within the current transaction: the insert triggers of ``tables`` that mark the new rows'
    clients (Today's, see ``_set_based``) run once for all rows inserted meanwhile instead of
    three statements per row (a ninth of a pull's write), and are put back. Any other trigger is
    left alone; like ``deferred_search_index``, a failure rolls the triggers back too."""
    saved: list[tuple[str, str, list[str], int]] = []
    for table in tables:
        triggers = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)).all()
        deferrable = [(name, sql, statements) for name, sql in triggers
                      if (statements := _set_based(sql)) is not None]
        if not deferrable:
            continue
        floor = connection.exec_driver_sql(f"SELECT coalesce(max(rowid), 0) FROM {table}").scalar_one()
        for name, sql, statements in deferrable:
            connection.exec_driver_sql(f"DROP TRIGGER {name}")
            saved.append((name, sql, statements, floor))
    yield
    for _name, sql, statements, floor in saved:
        for statement in statements:
            connection.exec_driver_sql(statement, (floor,))
        connection.exec_driver_sql(sql)


def _read_chunk(reader: PullReader, client_ids: list[str], dialect: Dialect) -> tuple[Rows, Prepared]:
    """These clients' subtrees, and each row's values as the desk's driver takes them: on the
    reading thread, so the writing one only writes (10k contacts: 74 ms of a chunk's Python)."""
    rows = reader.client_rows(client_ids)
    return rows, {name: _insert_values(TABLES_BY_NAME[name], table_rows, dialect) for name, table_rows in rows.items()}


def _insert_values(table: Table, rows: list[dict[str, Any]], dialect: Dialect) -> list[tuple[Any, ...]]:
    """Whole rows as the driver takes them, each column's bind processor (dates, JSON, booleans)
    looked up once and applied in a plain loop: SQLAlchemy's executemany builds and processes a
    parameter dictionary per row, a sixth of what a pull spent on the laptop."""
    columns = [(column.name, _bind_processor(column, dialect)) for column in table.columns]
    return [tuple([row[name] if process is None else process(row[name]) for name, process in columns])
            for row in rows]


def _insert_rows(connection: Connection, table: Table, values: list[tuple[Any, ...]]) -> None:
    """Rows as ``_insert_values`` made them, in one executemany."""
    quote = connection.dialect.identifier_preparer.quote
    names = [quote(column.name) for column in table.columns]
    connection.exec_driver_sql(f"INSERT INTO {quote(table.name)} ({', '.join(names)})"
                               f" VALUES ({', '.join('?' for _ in names)})", values)


def _bind_processor(column: Column, dialect: Dialect) -> Callable[[Any], Any] | None:
    """How a value of the column goes to the driver; a JSON value pulled as text goes as it is,
    a time as SQLAlchemy writes it for SQLite (``isoformat`` says the same twice as fast)."""
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return None
    if isinstance(column.type, JSON):
        return lambda value: value if isinstance(value, JsonText) else process(value)
    if isinstance(column.type, DateTime) and dialect.name == "sqlite":
        return lambda value: (value.isoformat(" ", "microseconds")
                              if type(value) is datetime and value.tzinfo is None else process(value))
    return process


def _listed(values: Iterable[Any]) -> Select:
    """The values as a subquery with one parameter, a JSON array. SQLAlchemy renders an IN list
    parameter by parameter for every statement, which for a pull's thousands of ids per table
    cost more than the lookups; SQLite reads the array in C and still searches the index."""
    each = func.json_each(json.dumps(list(values))).table_valued("value")
    return select(each.c.value)


def _sent(op_ids: list[str], sent: dict[str, int]) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """The outbox entries that still hold these sent operations."""
    seqs = [sent[op_id] for op_id in op_ids if op_id in sent]
    return PendingChange.seq.in_(_listed(seqs)), PendingChange.op_id.in_(_listed(op_ids))


def _json_value(text: str | None) -> Any:
    """A JSON column's value as SQLAlchemy reads it; the empty object and list without a parser."""
    if text is None:
        return None
    if text == "{}":
        return {}
    if text == "[]":
        return []
    return json.loads(text)


def _at_once(fn: Callable[..., Any], *args: Any) -> Future:
    """``fn(*args)`` run here and now, as a finished future."""
    done: Future = Future()
    done.set_result(fn(*args))
    return done


def _outside_clients(table: Table, client_ids: list[str]):
    if table.name == "client":
        return table.c.id.not_in(_listed(client_ids))
    return or_(table.c.client_id.is_(None), table.c.client_id.not_in(_listed(client_ids)))
