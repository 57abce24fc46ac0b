"""The central store as one worker's laptop sees it during one sync run: handshake, push, pull."""

import hmac
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import (
    Connection,
    Engine,
    delete,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.exc import DBAPIError

from casedesk.sync.central.connection import translate_errors, writing
from casedesk.sync.central.messages import Handshake, OutgoingChange, PushOutcome
from casedesk.sync.central.pull import PullReader
from casedesk.sync.central.push import Push
from casedesk.sync.central.schema import (
    DEFAULT_TOMBSTONE_HORIZON_DAYS,
    MAX_CLOCK_AHEAD,
    SYNC_ACCOUNT,
    SYNC_DEVICE,
    SYNC_INBOX_CONFLICT,
    SYNC_INBOX_NOTICE,
    hash_token,
    is_postgres,
    lock_change_log,
    read_meta,
)
from casedesk.sync.errors import (
    CentralNotInitialised,
    CentralOutdated,
    CentralRefused,
    ClientOutdated,
    ClockAhead,
    CredentialsRejected,
    DeviceRevoked,
    WorkerDisabled,
)
from casedesk.sync.scope import (
    WORKER,
)


# --- one worker's sync run ---------------------------------------------------------------------
class CentralSession:
    """The central store as seen by one worker's laptop during one sync run."""

    def __init__(self, engine: Engine, device_id: str, login: str, token: str) -> None:
        self.engine = engine
        self.device_id = device_id
        self._device = device_id.replace("-", "")
        self.login = login
        self.token = token
        self.handshake_result: Handshake | None = None

    def close(self) -> None:
        self.engine.dispose()

    @property
    def _me(self) -> Handshake:
        if self.handshake_result is None:
            raise RuntimeError("handshake first")
        return self.handshake_result

    def handshake(self, client_schema: int, client_protocol: int, device_now: datetime) -> Handshake:
        """Check versions, credentials, revocation and the clock; register a new device. Writes
        nothing unless all checks pass."""
        with translate_errors(), writing(self.engine).begin() as connection:
            meta = read_meta(connection)
            if not meta:
                raise CentralNotInitialised()
            central_schema = int(meta["schema_version"])
            if client_protocol < int(meta["protocol_version"]) or client_schema < central_schema:
                raise ClientOutdated(central_schema, client_schema)
            if client_schema > central_schema or client_protocol > int(meta["protocol_version"]):
                raise CentralOutdated()
            account = connection.execute(select(SYNC_ACCOUNT).where(SYNC_ACCOUNT.c.login == self.login)).first()
            if account is None or (not is_postgres(connection) and not hmac.compare_digest(
                    account.token_hash, hash_token(self.token))):
                raise CredentialsRejected()
            if account.disabled:
                raise WorkerDisabled()
            worker = connection.execute(select(WORKER).where(WORKER.c.id == account.worker_id)).first()
            if worker is None or worker.deleted:
                raise CredentialsRejected()
            device = connection.execute(select(SYNC_DEVICE).where(SYNC_DEVICE.c.device_id == self.device_id)).first()
            if device is not None and (device.revoked or device.worker_id != account.worker_id):
                raise DeviceRevoked()
            server_utc = server_utc_now(connection)
            ahead = (device_now - server_utc).total_seconds()
            if ahead > MAX_CLOCK_AHEAD.total_seconds():
                raise ClockAhead(ahead)
            if device is None:
                connection.execute(insert(SYNC_DEVICE).values(
                    device_id=self.device_id, worker_id=account.worker_id, revoked=False,
                    registered_at=server_utc, last_seen=server_utc))
            else:
                connection.execute(update(SYNC_DEVICE).where(SYNC_DEVICE.c.device_id == self.device_id)
                                   .values(last_seen=server_utc))
            self.handshake_result = Handshake(
                central_id=meta["central_id"], worker_id=account.worker_id, role=worker.role, team=worker.team,
                server_now=server_utc, log_floor=int(meta.get("log_floor", "0")),
                tombstone_horizon_days=int(meta.get("tombstone_horizon_days", DEFAULT_TOMBSTONE_HORIZON_DAYS)))
            return self.handshake_result

    # --- push -----------------------------------------------------------------------------
    def push(self, changes: list[OutgoingChange]) -> PushOutcome:
        """Apply one batch in one central transaction; replayed operations answer from receipts."""
        with _refusals(), translate_errors(), self.engine.begin() as connection:
            lock_change_log(connection)
            _without_jit(connection)
            return Push(connection, self._me, self.device_id, self._device, server_utc_now(connection)).run(changes)

    # --- pull -----------------------------------------------------------------------------
    @contextmanager
    def snapshot(self) -> Iterator["PullReader"]:
        """One consistent read of the central store (REPEATABLE READ on PostgreSQL)."""
        with _refusals(), translate_errors(), self.engine.connect() as connection:
            if is_postgres(connection):
                connection = connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin():
                _without_jit(connection)
                yield PullReader(connection, self._me, self._device)

    def acknowledge(self, conflict_ids: list[str], notice_ids: list[str]) -> None:
        """Forget deliveries the laptop has stored: a conflict or notice leaves the central store
        once it is safely on the laptop (a lost acknowledgement only delivers it again)."""
        if not conflict_ids and not notice_ids:
            return
        with _refusals(), translate_errors(), self.engine.begin() as connection:
            if conflict_ids:
                connection.execute(delete(SYNC_INBOX_CONFLICT).where(SYNC_INBOX_CONFLICT.c.id.in_(conflict_ids)))
            if notice_ids:
                connection.execute(delete(SYNC_INBOX_NOTICE).where(SYNC_INBOX_NOTICE.c.id.in_(notice_ids),
                                                                   SYNC_INBOX_NOTICE.c.worker_id == self._me.worker_id))


@contextmanager
def _refusals() -> Iterator[None]:
    """Whatever database error is left after ``translate_errors`` stops the sync as a typed error:
    the batch's transaction rolled back, so nothing of it was written."""
    try:
        yield
    except DBAPIError as error:
        raise CentralRefused(type(error.orig).__name__ if error.orig is not None else type(error).__name__) from None


def _without_jit(connection: Connection) -> None:
    """No just-in-time compilation in this transaction. It pays off for long analytical queries;
    a sync's statements over thousands of ids cross its cost threshold and run several times
    longer compiled (a push's locking read of 5000 contacts: 19 ms without, 77 ms with)."""
    if is_postgres(connection):
        connection.exec_driver_sql("SET LOCAL jit = off")


def server_utc_now(connection: Connection) -> datetime:
    if is_postgres(connection):
        return connection.execute(text("SELECT now() AT TIME ZONE 'UTC'")).scalar_one()
    return datetime.fromisoformat(connection.execute(text("SELECT datetime('now')")).scalar_one())
