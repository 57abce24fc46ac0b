"""Sync trust: phase changes carry their client; accounts can be disabled; the change log's
numbers never restart and personal rows' entries name their owner.

- ``phase_change.client_id`` (NOT NULL, foreign key, index), derived from the episode. A store
  that ``create_all`` of a later release touched may have the column already (it created
  ``phase_change`` afresh there); it is then only backfilled and constrained.
- ``sync_account.disabled`` (``casedesk central disable-worker``).
- ``sync_change.owner_worker_id``; on SQLite the table is rebuilt with AUTOINCREMENT. On both
  backends the counter continues above the log floor, so numbers a compaction forgot are never
  handed out again.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    phase_change_columns = {column["name"] for column in sa.inspect(bind).get_columns("phase_change")}
    if "client_id" not in phase_change_columns:
        with op.batch_alter_table("phase_change") as batch_op:
            batch_op.add_column(sa.Column("client_id", sa.String(36), nullable=True))
    op.execute("UPDATE phase_change SET client_id = (SELECT client_id FROM case_episode"
               " WHERE case_episode.id = phase_change.episode_id) WHERE client_id IS NULL")
    existing_indexes = {index["name"] for index in sa.inspect(bind).get_indexes("phase_change")}
    existing_keys = {key["name"] for key in sa.inspect(bind).get_foreign_keys("phase_change")}
    with op.batch_alter_table("phase_change") as batch_op:
        batch_op.alter_column("client_id", existing_type=sa.String(36), nullable=False)
        if "fk_phase_change_client_id_client" not in existing_keys:
            batch_op.create_foreign_key(batch_op.f("fk_phase_change_client_id_client"), "client",
                                        ["client_id"], ["id"])
        if "ix_phase_change_client_id" not in existing_indexes:
            batch_op.create_index(batch_op.f("ix_phase_change_client_id"), ["client_id"], unique=False)

    with op.batch_alter_table("sync_account") as batch_op:
        batch_op.add_column(sa.Column("disabled", sa.Boolean(), nullable=False, server_default=sa.false()))

    if bind.dialect.name == "sqlite":
        with op.batch_alter_table("sync_change", recreate="always",
                                  table_kwargs={"sqlite_autoincrement": True}) as batch_op:
            batch_op.add_column(sa.Column("owner_worker_id", sa.String(36), nullable=True))
        op.execute("DELETE FROM sqlite_sequence WHERE name = 'sync_change'")
        op.execute("INSERT INTO sqlite_sequence (name, seq) SELECT 'sync_change', max("
                   "coalesce((SELECT max(seq) FROM sync_change), 0),"
                   " coalesce((SELECT CAST(value AS INTEGER) FROM sync_meta WHERE key = 'log_floor'), 0))")
    else:
        op.add_column("sync_change", sa.Column("owner_worker_id", sa.String(36), nullable=True))
        op.execute("SELECT setval(pg_get_serial_sequence('sync_change', 'seq'), greatest("
                   "(SELECT last_value FROM sync_change_seq_seq), (SELECT max(seq) FROM sync_change),"
                   " (SELECT CAST(value AS BIGINT) FROM sync_meta WHERE key = 'log_floor')))")


def downgrade() -> None:
    with op.batch_alter_table("sync_change") as batch_op:
        batch_op.drop_column("owner_worker_id")
    with op.batch_alter_table("sync_account") as batch_op:
        batch_op.drop_column("disabled")
    with op.batch_alter_table("phase_change") as batch_op:
        batch_op.drop_index(batch_op.f("ix_phase_change_client_id"))
        batch_op.drop_constraint(batch_op.f("fk_phase_change_client_id_client"), type_="foreignkey")
        batch_op.drop_column("client_id")
