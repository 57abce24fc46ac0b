"""Phase changes say why (``phase_change.reason``); the auto-lock parks unsaved work (``parked_draft``).

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("phase_change") as batch_op:
        batch_op.add_column(sa.Column("reason", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "parked_draft",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("client_id", sa.String(36), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("parked_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("parked_draft")
    with op.batch_alter_table("phase_change") as batch_op:
        batch_op.drop_column("reason")
