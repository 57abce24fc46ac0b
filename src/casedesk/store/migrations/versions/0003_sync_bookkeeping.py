"""sync bookkeeping: conflicts kept for the worker, the agreed base of pending changes

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=True),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("mine_value", sa.Text(), nullable=False),
        sa.Column("mine_hlc", sa.String(length=64), nullable=False),
        sa.Column("theirs_value", sa.Text(), nullable=False),
        sa.Column("theirs_hlc", sa.String(length=64), nullable=False),
        sa.Column("winner", sa.String(length=10), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict") as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflict_row_id"), ["row_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_conflict_client_id"), ["client_id"], unique=False)
    with op.batch_alter_table("pending_change") as batch_op:
        batch_op.add_column(sa.Column("base_clocks", sa.JSON(), nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("pending_change") as batch_op:
        batch_op.drop_column("base_clocks")
    op.drop_table("sync_conflict")
