"""Merging duplicates joins their open cases (issue 14, point 6): ``case_episode.joined_into``,
the case a joined (deleted) episode went into, so the sync files what an offline laptop still
records under the joined one (a plan, a referral, an assessment) under the case kept.

Revision ID: 0023
Revises: 0022
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch rebuild): the episode's Today triggers stay.
    op.add_column("case_episode", sa.Column("joined_into", sa.String(length=36), nullable=True))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+), no batch rebuild that would drop the triggers.
    op.execute("ALTER TABLE case_episode DROP COLUMN joined_into")
