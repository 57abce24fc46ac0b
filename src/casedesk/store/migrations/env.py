"""Alembic environment: runs on the desk's own (already keyed) connection.

For ``alembic revision --autogenerate`` during development, set CASEDESK_ALEMBIC_URL to a scratch
plain SQLite file.
"""

import os

from alembic import context
from sqlalchemy import create_engine

from casedesk.models import Base

config = context.config
connection = config.attributes.get("connection")

if connection is None:
    engine = create_engine(os.environ["CASEDESK_ALEMBIC_URL"])
    with engine.begin() as dev_connection:
        context.configure(connection=dev_connection, target_metadata=Base.metadata, render_as_batch=True)
        context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    context.run_migrations()
