"""Alembic environment of the central store: runs on the caller's connection and transaction
(``casedesk.sync.central.migrate.upgrade``)."""

from alembic import context

from casedesk.sync.central.migrate import TARGET_METADATA, include_object

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=list(TARGET_METADATA), include_object=include_object,
                  render_as_batch=True)
context.run_migrations()
