"""Merging duplicates joins their open cases: ``case_episode.joined_into`` (the case a joined
episode went into; the push files what still arrives for the joined one under that case).

Laptops older than this revision are told to update (the schema version is the head revision).

Revision ID: 0016
Revises: 0015
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("case_episode", sa.Column("joined_into", sa.String(length=36), nullable=True))


def downgrade() -> None:
    op.drop_column("case_episode", "joined_into")
