"""Merging duplicates: ``client.merged_into`` (the record a merged-away client now lives in; the
push writes what still arrives for the tombstone under that record).

Laptops older than this revision are told to update (the schema version is the head revision).

Revision ID: 0015
Revises: 0014
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("client", sa.Column("merged_into", sa.String(length=36), nullable=True))


def downgrade() -> None:
    op.drop_column("client", "merged_into")
