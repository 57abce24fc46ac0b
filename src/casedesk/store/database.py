"""Open, create and migrate the SQLCipher desk file.

The key derivation is SQLCipher 4's own (PBKDF2-HMAC-SHA512, 256 000 iterations, per-file salt):
a well-reviewed default that costs ~0.15 s here, so unlock stays fast on old laptops while a
stolen file still resists guessing. The passphrase travels only inside the SQLAlchemy URL object
(quoted by the dialect, never formatted into SQL by us) and is gone when the engine is disposed.
"""

import errno
import os
import re
import secrets
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.pool import StaticPool

from casedesk.store.errors import (
    DeskAlreadyExists,
    DeskDamaged,
    DeskInUse,
    DeskNotFound,
    DeskOpenError,
    DeskReadOnly,
    DeskTooNew,
    DiskFull,
    FolderInTheWay,
    ForeignWalMovedAside,
    NotADesk,
    OpenWarning,
    WrongPassphrase,
)

#: PRAGMA application_id of every desk file: "CSDK". Tells our files from other SQLCipher files.
APPLICATION_ID = 0x4353444B
_SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
_PAGE_SIZE = 4096
MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# SQLCipher logs every failed HMAC check to stderr; a wrong passphrase is an expected event.
sqlcipher3.connect(":memory:").execute("PRAGMA cipher_log_level = NONE")


#: The newest desk migration (a test holds it to the scripts' head). Opening a desk that is
#: already there needs no Alembic, which with Mako is a sixth of the app's start-up time.
DESK_SCHEMA_HEAD = "0023"


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The head as the migration scripts say (reads them all; ``DESK_SCHEMA_HEAD`` is that value)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _read_revision(connection) -> str | None:
    """Alembic's version table, read without Alembic."""
    has_table = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").first()
    if has_table is None:
        return None
    return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _sniff(path: Path) -> None:
    """Reject files that cannot be a desk before spending the key derivation on them."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        header = handle.read(len(_SQLITE_PLAIN_HEADER))
    if header == _SQLITE_PLAIN_HEADER:
        raise NotADesk("unencrypted SQLite file")
    if size == 0 or size % _PAGE_SIZE:
        raise NotADesk(f"size {size} is not a multiple of the page size")


#: How long a write waits for the other desk connection's write to finish before failing. The sync
#: lane's longest local transaction (one pulled batch) takes well under a second.
BUSY_TIMEOUT_MS = 10_000


def _casefold(value: str | None) -> str | None:
    return value.casefold() if value is not None else None


def _engine(path: Path, passphrase: str) -> Engine:
    return _engine_for(URL.create("sqlite+pysqlcipher", password=passphrase, database=str(path)))


def _engine_for(url: URL) -> Engine:
    # One connection per engine for its lifetime: every new connection would pay the key
    # derivation again, and each engine is used from a single thread at a time.
    engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record) -> None:
        # SQLAlchemy's pysqlite recipe: the driver's own transaction handling commits before
        # every DDL statement, so a migration killed half-way left half a schema behind. With
        # the driver in autocommit, the BEGIN below makes each engine.begin() one transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # A commit is on disk when it returns: NORMAL (SQLite's WAL default here) may lose the
        # last transactions on a power cut, and a saved contact must stay saved.
        cursor.execute("PRAGMA synchronous = FULL")
        # Temp tables and sort spills in RAM: SQLCipher does not encrypt temp files.
        cursor.execute("PRAGMA temp_store = MEMORY")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA secure_delete = ON")
        # 64 MB of decrypted pages: the client table of a 10 000-client desk must stay in cache,
        # or every list re-decrypts it (130 ms cold vs 7 ms warm, measured).
        cursor.execute("PRAGMA cache_size = -65536")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.close()
        # SQLite's lower() folds ASCII only; names are sorted as the UI sorts them (ø, ß, É).
        # No trigger or constraint may call it: other tools must be able to write the file.
        dbapi_connection.create_function("casefold", 1, _casefold, deterministic=True)

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        immediate = connection.get_execution_options().get(_UNIT_OF_WORK, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _check_key(engine: Engine) -> None:
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    except SADatabaseError as error:
        engine.dispose()
        if "not a database" in str(error.orig):
            raise WrongPassphrase() from None
        raise store_error(error.orig) from None


#: SQLCipher takes exactly ``x'<64 hex>'`` (a key) or ``x'<96 hex>'`` (key and salt) as a raw key
#: and skips the key derivation; as a passphrase that would be a key nobody stretched.
_RAW_KEY = re.compile(r"[xX]'([0-9a-fA-F]{64}|[0-9a-fA-F]{96})'")
#: What a new, empty desk takes on disk (measured: 0.5 MB), with room for its -wal during creation.
NEW_DESK_BYTES = 2 * 1024 * 1024


def passphrase_problem(passphrase: str) -> str | None:
    """Why SQLCipher cannot take this passphrase as a passphrase, as a problem code, or None."""
    if "\x00" in passphrase:
        return "invalid_character"
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError:
        return "invalid_character"
    if _RAW_KEY.fullmatch(passphrase):
        return "raw_key"
    return None


def store_error(error: BaseException) -> DeskOpenError:
    """The typed error for an SQLite failure, so no caller ever shows SQLite's English."""
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return DiskFull()
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return DeskReadOnly(str(error.filename or ""))
        return DeskDamaged(error.strerror or "")
    name = getattr(error, "sqlite_errorname", "") or ""
    message = str(error)
    if name.startswith("SQLITE_FULL") or "disk is full" in message:
        return DiskFull()
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")) or "readonly" in message:
        return DeskReadOnly(message)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in message:
        return DeskInUse(message)
    return DeskDamaged(message)


def is_store_failure(error: BaseException) -> bool:
    """Whether ``error`` is SQLite reporting on the file (damage, room, rights, locks) rather
    than a bug in a query: only these become typed store errors."""
    name = getattr(error, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_FULL", "SQLITE_READONLY",
                            "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_BUSY", "SQLITE_LOCKED",
                            "SQLITE_IOERR"))


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _raw_connection(path: Path, passphrase: str, mode: str) -> sqlcipher3.Connection:
    """A bare SQLCipher connection for checks. ``immutable=1`` reads the main file only: it ignores
    any -wal and writes nothing at all (no -shm, no checkpoint). ``mode=ro`` reads through the
    -wal but cannot write, so it never checkpoints a -wal into the file either."""
    connection = sqlcipher3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True, check_same_thread=False)
    quoted = passphrase.replace('"', '""')
    # Quoted as the SQLAlchemy dialect quotes it, so both derive the same key from it.
    connection.execute(f'PRAGMA key = "{quoted}"')
    return connection


def _damage(connection: sqlcipher3.Connection) -> str | None:
    """SQLCipher's HMAC of every page of the main file, then SQLite's structure check (through
    the -wal when the connection reads it): the first finding, or None when the file is whole.

    Costs 6 s + 24 s on a 1.5 GB desk of 10 000 clients and 500 000 contacts (measured), so it
    runs at open only when a -wal must be judged; otherwise after unlock, off the GUI thread.
    """
    try:
        pages = connection.execute("PRAGMA cipher_integrity_check").fetchall()
        if pages:
            return str(pages[0][0])
        structure = connection.execute("PRAGMA quick_check").fetchall()
    except sqlcipher3.DatabaseError as error:
        return str(error)
    return None if structure == [("ok",)] else str(structure[0][0])


def check_integrity(path: Path, passphrase: str, cancelled: Callable[[], bool] = lambda: False) -> None:
    """Raise DeskDamaged if any page of the desk fails its HMAC or its structure is broken.

    Reads through a read-only connection of its own, so it may run on any thread while the desk
    is in use; it pays the key derivation once more. Returns early, finding nothing, as soon as
    ``cancelled()`` is true (the desk was locked: its key must not outlive it in a check).
    """
    connection = _raw_connection(path, passphrase, "mode=ro")
    connection.set_progress_handler(lambda: 1 if cancelled() else 0, 10_000)
    try:
        problem = _damage(connection)
    finally:
        connection.close()
    if problem and not cancelled():
        raise DeskDamaged(problem)


def _passphrase_fits(connection: sqlcipher3.Connection, wal_beside: bool = False) -> bool:
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        if "not a database" in str(error):
            return False
        if wal_beside:
            # The key opened page 1 (a wrong one fails there as "not a database"), so it fits.
            # A checkpoint killed half-way leaves the main file alone half old, half new: that
            # is no damage while the -wal beside it holds the rest; _judge_wal decides.
            return True
        raise DeskDamaged(str(error)) from None
    return True


def _move_aside(wal: Path) -> Path:
    target = wal.with_name(f"{wal.name}.foreign-{time.strftime('%Y%m%d-%H%M%S')}")
    wal.rename(target)
    # The -shm only indexes the -wal; without it SQLite rebuilds it from the desk alone.
    _sidecar(wal.with_name(wal.name[: -len("-wal")]), "-shm").unlink(missing_ok=True)
    return target


def _judge_wal(path: Path, passphrase: str, main_alone: sqlcipher3.Connection) -> list[OpenWarning]:
    """Apply a -wal only if the desk read through it is whole; a -wal that breaks a whole desk
    belongs to another desk or to a state before a restored backup, and is moved aside.

    ``main_alone`` reads the main file without the -wal (immutable), already keyed.
    """
    wal = _sidecar(path, "-wal")
    if not wal.exists() or not wal.stat().st_size:
        return []
    through_wal = _raw_connection(path, passphrase, "mode=ro")
    try:
        problem = _damage(through_wal)
    finally:
        through_wal.close()
    if problem is None:
        return []
    alone = _damage(main_alone)
    if alone is not None:
        raise DeskDamaged(alone)
    return [ForeignWalMovedAside(_move_aside(wal))]


def _refuse_unwritable(path: Path) -> None:
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
        raise DeskReadOnly(str(path))


def _ensure_room(folder: Path, needed: int) -> None:
    if shutil.disk_usage(folder).free < needed:
        raise DiskFull(needed)


def create_desk_file(path: Path, passphrase: str, populate: Callable[[Engine], None]) -> Engine:
    """Create a new encrypted desk file (user read/write only) at the head schema.

    The desk is built under a temporary name beside ``path`` and renamed only once ``populate``
    has filled it, so a failure (a full disk, a kill) never leaves a stub that looks like a desk.
    """
    if path.is_dir():
        raise FolderInTheWay(str(path))
    if path.exists():
        raise DeskAlreadyExists(str(path))
    problem = passphrase_problem(passphrase)
    if problem:
        raise ValueError(problem)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise store_error(error) from None
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise DeskReadOnly(str(path.parent))
    _ensure_room(path.parent, NEW_DESK_BYTES)
    # A random name that says nothing about the desk; the dot keeps it out of file dialogs.
    building = path.with_name(f".{path.name}.creating-{secrets.token_hex(4)}")
    try:
        # Create the file ourselves so it is 0600 from its first byte; SQLite gives the -wal and
        # -shm files the same mode as the database file.
        os.close(os.open(building, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        engine = _engine(building, passphrase)
        try:
            # On the driver, outside any transaction: SQLite refuses to change the journal mode
            # inside one, and SQLAlchemy would begin one.
            raw = engine.raw_connection()
            try:
                cursor = raw.cursor()
                cursor.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                cursor.execute("PRAGMA journal_mode = WAL")
                cursor.close()
            finally:
                raw.close()
            migrate(engine)
            populate(engine)
        finally:
            # Closing checkpoints the -wal into the file and removes it, so the rename below
            # moves the whole desk.
            engine.dispose()
        # link() fails if a desk appeared at ``path`` meanwhile; rename() would replace it.
        os.link(building, path)
    except SADatabaseError as error:
        _remove_with_sidecars(building)
        raise store_error(error.orig) from None
    except OSError as error:
        _remove_with_sidecars(building)
        if error.errno == errno.EEXIST:
            raise DeskAlreadyExists(str(path)) from None
        raise store_error(error) from None
    except BaseException:
        _remove_with_sidecars(building)
        raise
    building.unlink()
    _sync_folder(path.parent)
    engine = _engine(path, passphrase)
    _check_key(engine)
    return engine


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        _sidecar(path, suffix).unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def open_desk_file(path: Path, passphrase: str) -> tuple[Engine, list[OpenWarning]]:
    """Open an existing desk, migrating an older schema; raise a DeskOpenError on any refusal.

    Nothing is written before the passphrase has proved right on the main file alone, and a -wal
    beside it is applied only when it fits the desk; otherwise it is moved aside and reported in
    the returned warnings.
    """
    if path.is_dir():
        raise FolderInTheWay(str(path))
    if not path.is_file():
        raise DeskNotFound(str(path))
    _sniff(path)
    if passphrase_problem(passphrase) == "invalid_character":
        # Such a passphrase could never have been set; SQLite cannot even take it as text.
        raise WrongPassphrase()
    _refuse_unwritable(path)
    try:
        main_alone = _raw_connection(path, passphrase, "immutable=1")
    except sqlcipher3.DatabaseError as error:
        raise store_error(error) from None
    try:
        if not _passphrase_fits(main_alone, wal_beside=_sidecar(path, "-wal").exists()):
            raise WrongPassphrase()
        warnings = _judge_wal(path, passphrase, main_alone)
    finally:
        main_alone.close()
    engine = _engine(path, passphrase)
    try:
        _check_key(engine)
        with engine.connect() as connection:
            application_id = connection.exec_driver_sql("PRAGMA application_id").scalar_one()
            current = _read_revision(connection)
    except SADatabaseError as error:
        engine.dispose()
        raise store_error(error.orig) from None
    if application_id != APPLICATION_ID:
        engine.dispose()
        raise NotADesk(f"application_id {application_id:#x}")
    if current == DESK_SCHEMA_HEAD:
        return engine, warnings
    if current is not None and current not in _known_revisions():
        engine.dispose()
        raise DeskTooNew(current)
    try:
        # A migration may rewrite every table (batch copies): room for a second copy.
        _ensure_room(path.parent, path.stat().st_size)
        migrate(engine)
    except SADatabaseError as error:
        engine.dispose()
        raise store_error(error.orig) from None
    except DeskOpenError:
        engine.dispose()
        raise
    return engine, warnings


_UNIT_OF_WORK = "casedesk_unit_of_work"


def units_of_work(engine: Engine) -> Engine:
    """The engine for ORM sessions: their transactions take the write lock when they begin.

    With two connections on the desk (the sync lane's), a deferred transaction that read first
    and then writes fails at once with SQLITE_BUSY_SNAPSHOT when the other connection committed
    in between, which no busy_timeout waits out: quick capture during a sync. Beginning
    IMMEDIATE waits (busy_timeout) for the other's write instead. Plain ``engine.connect()``
    stays deferred, for statements that must run outside a write lock (a WAL checkpoint).
    """
    return engine.execution_options(**{_UNIT_OF_WORK: True})


def open_second_engine(engine: Engine) -> Engine:
    """Another connection to the same open desk file (WAL lets it read while the first writes).

    Pays the key derivation once more; the key comes from the first engine's URL, never from the
    worker again. Dispose it as soon as its work is done: it holds the key too.
    """
    second = _engine_for(engine.url)
    _check_key(second)
    return second


def migrate(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def checkpoint(engine: Engine) -> None:
    """Copy the -wal into the desk file and empty it (old page images live on in the -wal)."""
    # On the driver: SQLite cannot checkpoint inside the transaction SQLAlchemy would begin.
    raw = engine.raw_connection()
    try:
        raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return _read_revision(connection)
