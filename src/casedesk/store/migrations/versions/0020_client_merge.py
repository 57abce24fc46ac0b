"""Merging duplicates (issue 14, point 6): ``client.merged_into``, the record a merged-away
client (status ``merged``) now lives in; the tombstone stays so sync redirects, never resurrects.

Revision ID: 0020
Revises: 0019
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch rebuild): the client's Today and search triggers stay.
    op.add_column("client", sa.Column("merged_into", sa.String(length=36), nullable=True))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+), no batch rebuild that would drop the triggers.
    op.execute("ALTER TABLE client DROP COLUMN merged_into")
