"""The change log names the laptop that wrote a row exactly as it holds it.

That laptop's own pull skips such entries instead of fetching back what it just sent: the cost
of a sync then follows what others changed (an initial push of 10 000 rows used to pull all of
them back through the log).

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_change") as batch_op:
        batch_op.add_column(sa.Column("device_id", sa.String(36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_change") as batch_op:
        batch_op.drop_column("device_id")
