"""Sync trust: every row about a client carries its own client id; refused changes are set aside.

``phase_change`` gets ``client_id``.
Visibility, purge and erasure then treat every client-owned table alike (the sync registry),
instead of reaching the client of a phase change through its episode. The value is derived from
the episode on every copy alike, so the backfill needs no sync.

``pending_change`` remembers why the central store refused a change (and whether the worker
forwarded it to the client's new responsible worker); ``sync_notice`` keeps what a sync told
the worker.

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("phase_change") as batch_op:
        batch_op.add_column(sa.Column("client_id", sa.String(36), nullable=True))
    op.execute("UPDATE phase_change SET client_id = (SELECT client_id FROM case_episode"
               " WHERE case_episode.id = phase_change.episode_id)")
    with op.batch_alter_table("phase_change") as batch_op:
        batch_op.alter_column("client_id", existing_type=sa.String(36), nullable=False)
        batch_op.create_foreign_key(batch_op.f("fk_phase_change_client_id_client"), "client", ["client_id"], ["id"])
        batch_op.create_index(batch_op.f("ix_phase_change_client_id"), ["client_id"], unique=False)
    with op.batch_alter_table("pending_change") as batch_op:
        batch_op.add_column(sa.Column("refusal", sa.String(30), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("refusal_detail", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("forward", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table(
        "sync_notice",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("client_id", sa.String(36), nullable=True),
        sa.Column("from_worker_id", sa.String(36), nullable=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("read_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_notice")),
    )
    with op.batch_alter_table("sync_notice") as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_notice_client_id"), ["client_id"], unique=False)


def downgrade() -> None:
    op.drop_table("sync_notice")
    with op.batch_alter_table("pending_change") as batch_op:
        batch_op.drop_column("forward")
        batch_op.drop_column("refusal_detail")
        batch_op.drop_column("refusal")
    with op.batch_alter_table("phase_change") as batch_op:
        batch_op.drop_index(batch_op.f("ix_phase_change_client_id"))
        batch_op.drop_constraint(batch_op.f("fk_phase_change_client_id_client"), type_="foreignkey")
        batch_op.drop_column("client_id")
