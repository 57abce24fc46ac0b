"""The central store's schema history: Alembic scripts in ``migrations/``, on both backends.

The laptops' wire schema (``SCHEMA_VERSION``, the desk's migration head) and the central store's
own revision are different numbers: the central store also holds bookkeeping no laptop has.
"""

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, MetaData, inspect

from casedesk.models import Base
from casedesk.sync.central import audit as _audit  # noqa: F401 - ``sync_audit`` is bookkeeping too
from casedesk.sync.central.schema import bookkeeping
from casedesk.sync.errors import ClientOutdated
from casedesk.sync.scope import SYNCED_TABLES

CENTRAL_MIGRATIONS_DIR = Path(__file__).with_name("migrations")
#: The revision a store written by ``create_all`` before there were central migrations matches.
LEGACY_REVISION = "0001"
#: Every table the central store holds: the synced entities and the bookkeeping.
CENTRAL_TABLE_NAMES = frozenset({table.name for table in SYNCED_TABLES} | set(bookkeeping.tables))
TARGET_METADATA: tuple[MetaData, ...] = (Base.metadata, bookkeeping)


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Only the central store's tables: ``Base.metadata`` also holds the laptops' own tables."""
    table_name = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", None)
    return table_name in CENTRAL_TABLE_NAMES


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(CENTRAL_MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Create or upgrade in place, inside the caller's transaction (DDL and version row commit
    together). A store from before the central migrations is recognised by its ``sync_meta``."""
    config = alembic_config(connection)
    current = current_revision(connection)
    if current is None and "sync_meta" in inspect(connection).get_table_names():
        command.stamp(config, LEGACY_REVISION)
    elif current is not None:
        known = {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}
        if current not in known:
            # A newer CaseDesk migrated this store: this one must not touch it.
            raise ClientOutdated(int(current), int(head_revision()))
    command.upgrade(config, revision)
