"""Open, create and migrate the SQLCipher desk file.

The key derivation is SQLCipher 4's own (PBKDF2-HMAC-SHA512, 256 000 iterations, per-file salt):
a well-reviewed default that costs ~0.15 s here, so unlock stays fast on old laptops while a
stolen file still resists guessing. The passphrase travels only inside the SQLAlchemy URL object
(quoted by the dialect, never formatted into SQL by us) and is gone when the engine is disposed.
"""

import os
from pathlib import Path

import sqlcipher3
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.pool import StaticPool

from casedesk.store.errors import (
    DeskAlreadyExists,
    DeskDamaged,
    DeskNotFound,
    DeskTooNew,
    NotADesk,
    WrongPassphrase,
)

#: PRAGMA application_id of every desk file: "CSDK". Tells our files from other SQLCipher files.
APPLICATION_ID = 0x4353444B
_SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
_PAGE_SIZE = 4096
MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# SQLCipher logs every failed HMAC check to stderr; a wrong passphrase is an expected event.
sqlcipher3.connect(":memory:").execute("PRAGMA cipher_log_level = NONE")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


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


def _engine(path: Path, passphrase: str) -> Engine:
    return _engine_for(URL.create("sqlite+pysqlcipher", password=passphrase, database=str(path)))


def _engine_for(url: URL) -> Engine:
    # One connection per engine for its lifetime: every new connection would pay the key
    # derivation again, and each engine is used from a single thread at a time.
    engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        # Temp tables and sort spills in RAM: SQLCipher does not encrypt temp files.
        cursor.execute("PRAGMA temp_store = MEMORY")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA secure_delete = ON")
        # 64 MB of decrypted pages: the client table of a 10 000-client desk must stay in cache,
        # or every list re-decrypts it (130 ms cold vs 7 ms warm, measured).
        cursor.execute("PRAGMA cache_size = -65536")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.close()

    return engine


def _check_key(engine: Engine) -> None:
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    except SADatabaseError as error:
        engine.dispose()
        if "not a database" in str(error.orig):
            raise WrongPassphrase() from None
        raise DeskDamaged(str(error.orig)) from None


def create_desk_file(path: Path, passphrase: str) -> Engine:
    """Create a new, empty, encrypted desk file (user read/write only) at the head schema."""
    if path.exists():
        raise DeskAlreadyExists(str(path))
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # Create the file ourselves so it is 0600 from its first byte; SQLite gives the -wal and -shm
    # files the same mode as the database file.
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    engine = _engine(path, passphrase)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.exec_driver_sql("PRAGMA journal_mode = WAL")
    migrate(engine)
    return engine


def open_desk_file(path: Path, passphrase: str) -> Engine:
    """Open an existing desk, migrating an older schema; raise a DeskOpenError on any refusal."""
    if not path.is_file():
        raise DeskNotFound(str(path))
    _sniff(path)
    engine = _engine(path, passphrase)
    _check_key(engine)
    try:
        with engine.connect() as connection:
            application_id = connection.exec_driver_sql("PRAGMA application_id").scalar_one()
            current = MigrationContext.configure(connection).get_current_revision()
    except SADatabaseError as error:
        engine.dispose()
        raise DeskDamaged(str(error.orig)) from None
    if application_id != APPLICATION_ID:
        engine.dispose()
        raise NotADesk(f"application_id {application_id:#x}")
    known = {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if current is not None and current not in known:
        engine.dispose()
        raise DeskTooNew(current)
    migrate(engine)
    return engine


def open_second_engine(engine: Engine) -> Engine:
    """Another connection to the same open desk file (WAL lets it read while the first writes).

    Pays the key derivation once more; the key comes from the first engine's URL, never from the
    worker again. Dispose it as soon as its work is done: it holds the key too.
    """
    second = _engine_for(engine.url)
    _check_key(second)
    return second


def migrate(engine: Engine, revision: str = "head") -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
