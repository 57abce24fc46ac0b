"""Retention: the team's years to keep a client's data after their last case closed
(``team_setting.retention_years``).

Laptops older than this revision are told to update (the schema version is the head revision).

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('team_setting', sa.Column('retention_years', sa.Integer(), nullable=False, server_default='10'))


def downgrade() -> None:
    op.drop_column('team_setting', 'retention_years')
