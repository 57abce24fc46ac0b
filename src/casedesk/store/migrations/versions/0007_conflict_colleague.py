"""Conflicts name the colleague: ``sync_conflict.theirs_worker_id``.

The stamp of a losing value names a device, and only the central store knows which worker a
device belongs to; it now says so with each conflict, and the Conflicts view shows the name.

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_conflict") as batch_op:
        batch_op.add_column(sa.Column("theirs_worker_id", sa.String(36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_conflict") as batch_op:
        batch_op.drop_column("theirs_worker_id")
