"""The access log (audit) of every laptop: who saw or changed which record of which client, when
and how; ids only, never content. ``seq`` is a team lead's pull cursor (taken under the change
log's lock, so in commit order); ``received_at`` the central store's time of arrival.

Laptops older than this revision are told to update (the schema version is the head revision).

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sync_audit',
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('worker_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=True),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_sync_audit')),
    sa.UniqueConstraint('id', name=op.f('uq_sync_audit_id')),
    sqlite_autoincrement=True,
    )
    op.create_index(op.f('ix_sync_audit_client_id'), 'sync_audit', ['client_id'], unique=False)
    op.create_index(op.f('ix_sync_audit_worker_id'), 'sync_audit', ['worker_id'], unique=False)


def downgrade() -> None:
    op.drop_table('sync_audit')
