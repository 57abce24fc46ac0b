"""Connecting to the central store and turning driver failures into typed sync errors."""

import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Engine,
    Table,
    bindparam,
    create_engine,
    event,
    update,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError, ProgrammingError
from sqlalchemy.pool import NullPool

from casedesk.sync.errors import (
    CentralNotInitialised,
    CentralUnreachable,
    CredentialsRejected,
    WorkerDisabled,
)

# --- connecting ------------------------------------------------------------------------------
#: ``sqlcipher:///path/central.db?keyfile=/path/central.key``: the embedded central store,
#: encrypted with the raw 256-bit key in the key file (see ``read_key_file``).
ENCRYPTED_SCHEME = "sqlcipher"
KEY_FILE_ENV = "CASEDESK_CENTRAL_KEY_FILE"


def central_url(url: str, login: str | None = None, token: str | None = None) -> URL:
    """Parse a central-store address; ``postgresql://`` uses psycopg 3. TLS is the URL's business
    (``?sslmode=verify-full&sslrootcert=…``).

    The embedded store's address names its key file, never the key: the address is shown in
    ``central`` output, shell history and error messages, while the key file stays readable by the
    office account only (``read_key_file`` refuses it otherwise). A key path in the address also
    lets the office's laptops (sync-setup stores the address inside the encrypted desk) reach
    the same single-office store.
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise CentralUnreachable(f"not a database address: {url.split('@')[-1]}") from None
    if parsed.get_backend_name() == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
        if login:
            parsed = parsed.set(username=login, password=token)
    elif parsed.get_backend_name() not in ("sqlite", ENCRYPTED_SCHEME) or not parsed.database:
        raise CentralUnreachable("the central store must be postgresql://…, sqlcipher:///path?keyfile=… "
                                 "or (unencrypted) sqlite:///path")
    return parsed


def key_file_of(parsed: URL) -> Path:
    named = parsed.query.get("keyfile") or os.environ.get(KEY_FILE_ENV)
    if not named or isinstance(named, tuple):
        raise CentralUnreachable(f"name the key file: {ENCRYPTED_SCHEME}:///path?keyfile=/path/key "
                                 f"or ${KEY_FILE_ENV}")
    return Path(named)


def create_key_file(path: Path) -> None:
    """A fresh random key, readable by this account only (created so, never widened later)."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as error:
        raise CentralUnreachable(f"cannot create the key file {path}: {error.strerror}") from None
    with os.fdopen(descriptor, "w") as handle:
        handle.write(secrets.token_hex(32) + "\n")


def read_key_file(path: Path) -> str:
    """The hex key, from a regular file of this account that group and others cannot read."""
    try:
        status = path.stat()
        key = path.read_text().strip()
    except OSError as error:
        raise CentralUnreachable(f"cannot read the key file {path}: {error.strerror}") from None
    if not stat.S_ISREG(status.st_mode) or status.st_mode & 0o077:
        raise CentralUnreachable(f"the key file {path} must be readable by its owner only (chmod 600)")
    if len(key) != 64 or any(c not in "0123456789abcdefABCDEF" for c in key):
        raise CentralUnreachable(f"{path} is not a CaseDesk central key file")
    return key


def connect(url: str, login: str | None = None, token: str | None = None, create: bool = False,
            allow_unencrypted: bool = False) -> Engine:
    """An engine for the central store. ``create`` may create the embedded store's file (and its
    key file); a plain ``sqlite://`` store holds every client in clear text, so it is refused
    unless the caller says ``allow_unencrypted`` (``casedesk central … --unencrypted``)."""
    parsed = central_url(url, login, token)
    if parsed.get_backend_name() == "postgresql":
        return create_engine(parsed, poolclass=NullPool, connect_args={"connect_timeout": 10})
    path = Path(parsed.database or "")
    if parsed.get_backend_name() == ENCRYPTED_SCHEME:
        key_file = key_file_of(parsed)
        if create and not key_file.exists() and not path.exists():
            create_key_file(key_file)
        # SQLCipher's raw-key form: no key derivation per connection (the pool opens one per use).
        parsed = URL.create("sqlite+pysqlcipher", password=f"x'{read_key_file(key_file)}'", database=str(path))
    elif not allow_unencrypted:
        raise CentralUnreachable("a plain sqlite:/// central store is not encrypted; use "
                                 f"{ENCRYPTED_SCHEME}:///path?keyfile=… (or pass --unencrypted deliberately)")
    if not path.is_file():
        if not create:
            raise CentralUnreachable(f"no central store file at {path}")
        # SQLite gives the -wal and -shm files the main file's mode.
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        except OSError as error:
            raise CentralUnreachable(f"cannot create {path}: {error.strerror}") from None
    engine = create_engine(parsed, poolclass=NullPool, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record) -> None:
        # The driver's own transaction handling issues no BEGIN before a SELECT, so a pull's
        # reads would each see a different state; SQLAlchemy's "begin" below does it instead.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("PRAGMA temp_store = MEMORY")
        cursor.execute("PRAGMA busy_timeout = 30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE" if connection.get_execution_options().get(WRITER) else "BEGIN")

    return engine


#: Execution option: this transaction will write, so it takes SQLite's write lock at BEGIN (a
#: read-then-write transaction could otherwise find its snapshot outdated and fail at the write).
WRITER = "casedesk_writer"


def writing(engine: Engine) -> Engine:
    return engine.execution_options(**{WRITER: True})


@contextmanager
def translate_errors() -> Iterator[None]:
    """Driver failures → typed sync errors (an unreachable server, a refused login, no schema)."""
    try:
        yield
    except OperationalError as error:
        message = str(error.orig).lower()
        if "password authentication failed" in message or "role" in message and "does not exist" in message:
            raise CredentialsRejected() from None
        if "not permitted to log in" in message:
            raise WorkerDisabled() from None
        if "no such table" in message:
            raise CentralNotInitialised() from None
        raise CentralUnreachable(str(error.orig).splitlines()[0] if error.orig else "") from None
    except ProgrammingError as error:
        if "does not exist" in str(error.orig) or "no such table" in str(error.orig):
            raise CentralNotInitialised() from None
        raise
    except DatabaseError as error:
        if "file is not a database" in str(error.orig):
            raise CentralUnreachable("the key file does not open this central store") from None
        raise


def bulk_update(table: Table, rows: list[dict[str, Any]]) -> tuple[Any, list[dict[str, Any]]]:
    """An executemany UPDATE by id of whole rows (statement, parameters)."""
    columns = [column.name for column in table.columns if column.name != "id"]
    statement = update(table).where(table.c.id == bindparam("p_id")).values(
        {name: bindparam(f"p_{name}") for name in columns})
    return statement, [{f"p_{name}": row[name] for name in ("id", *columns)} for row in rows]
