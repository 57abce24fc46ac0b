"""Connecting to the central store and turning driver failures into typed sync errors."""

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
from sqlalchemy.exc import ArgumentError, OperationalError, ProgrammingError
from sqlalchemy.pool import NullPool

from casedesk.sync.errors import (
    CentralNotInitialised,
    CentralUnreachable,
    CredentialsRejected,
)


# --- connecting ------------------------------------------------------------------------------
def central_url(url: str, login: str | None = None, token: str | None = None) -> URL:
    """Parse a central-store address; ``postgresql://`` uses psycopg 3. TLS is the URL's business
    (``?sslmode=verify-full&sslrootcert=…``)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise CentralUnreachable(f"not a database address: {url.split('@')[-1]}") from None
    if parsed.get_backend_name() == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
        if login:
            parsed = parsed.set(username=login, password=token)
    elif parsed.get_backend_name() != "sqlite" or not parsed.database:
        raise CentralUnreachable("the central store must be postgresql://… or sqlite:///path")
    return parsed


def connect(url: str, login: str | None = None, token: str | None = None, create: bool = False) -> Engine:
    parsed = central_url(url, login, token)
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "")
        if not create and not path.is_file():
            raise CentralUnreachable(f"no central store file at {path}")
        engine = create_engine(parsed, poolclass=NullPool, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection, _record) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA secure_delete = ON")
            cursor.execute("PRAGMA busy_timeout = 30000")
            cursor.close()

        return engine
    return create_engine(parsed, poolclass=NullPool, connect_args={"connect_timeout": 10})


@contextmanager
def translate_errors() -> Iterator[None]:
    """Driver failures → typed sync errors (an unreachable server, a refused login, no schema)."""
    try:
        yield
    except OperationalError as error:
        message = str(error.orig).lower()
        if "password authentication failed" in message or "role" in message and "does not exist" in message:
            raise CredentialsRejected() from None
        if "no such table" in message:
            raise CentralNotInitialised() from None
        raise CentralUnreachable(str(error.orig).splitlines()[0] if error.orig else "") from None
    except ProgrammingError as error:
        if "does not exist" in str(error.orig) or "no such table" in str(error.orig):
            raise CentralNotInitialised() from None
        raise


def bulk_update(table: Table, rows: list[dict[str, Any]]) -> tuple[Any, list[dict[str, Any]]]:
    """An executemany UPDATE by id of whole rows (statement, parameters)."""
    columns = [column.name for column in table.columns if column.name != "id"]
    statement = update(table).where(table.c.id == bindparam("p_id")).values(
        {name: bindparam(f"p_{name}") for name in columns})
    return statement, [{f"p_{name}": row[name] for name in ("id", *columns)} for row in rows]
