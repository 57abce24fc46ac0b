"""Retention (issue 13, point 6): the team's rule for how many years a client's data are kept after
their last case closed (``team_setting.retention_years``; the retention review lists who is due).

Revision ID: 0017
Revises: 0016
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A team that set its caseload limit keeps the default retention until a lead changes it.
    op.add_column('team_setting', sa.Column('retention_years', sa.Integer(), nullable=False, server_default='10'))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+), no batch rebuild.
    op.execute('ALTER TABLE team_setting DROP COLUMN retention_years')
