"""Street work: anonymous code persons (clients of kind "code" with a code name), harm-reduction
items counted per contact, street rounds counted as a whole, the team's item list, and working
time that is no contact (activities).

Laptops older than this revision are told to update (the schema version is the head revision).

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


def _synced_columns(table: str) -> list[sa.Column]:
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('hlc', sa.String(length=64), nullable=False),
        sa.Column('field_clocks', sa.JSON(), nullable=False),
        sa.Column('origin_device', sa.String(length=36), nullable=False),
        sa.Column('deleted', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{table}')),
    ]


def upgrade() -> None:
    op.create_table('harm_reduction_item',
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('retired', sa.Boolean(), nullable=False),
    *_synced_columns('harm_reduction_item'),
    )
    op.create_index(op.f('ix_harm_reduction_item_code'), 'harm_reduction_item', ['code'], unique=False)
    op.create_index(op.f('ix_harm_reduction_item_hlc'), 'harm_reduction_item', ['hlc'], unique=False)
    op.create_table('street_round',
    sa.Column('worker_id', sa.String(length=36), nullable=True),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('people', sa.JSON(), nullable=False),
    sa.Column('people_total', sa.Integer(), nullable=False),
    sa.Column('approximate', sa.Boolean(), nullable=False),
    sa.Column('talks', sa.Integer(), nullable=False),
    sa.Column('items', sa.JSON(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    *_synced_columns('street_round'),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_street_round_worker_id_worker')),
    )
    op.create_index(op.f('ix_street_round_hlc'), 'street_round', ['hlc'], unique=False)
    op.create_index('ix_street_round_worker_started', 'street_round', ['worker_id', 'started_at'], unique=False)
    op.create_table('activity',
    sa.Column('worker_id', sa.String(length=36), nullable=True),
    sa.Column('client_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    *_synced_columns('activity'),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_activity_client_id_client')),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_activity_worker_id_worker')),
    )
    op.create_index(op.f('ix_activity_client_id'), 'activity', ['client_id'], unique=False)
    op.create_index(op.f('ix_activity_hlc'), 'activity', ['hlc'], unique=False)
    op.create_index('ix_activity_worker_occurred', 'activity', ['worker_id', 'occurred_at'], unique=False)
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=10), nullable=False, server_default='client'))
        batch_op.add_column(sa.Column('code', sa.String(length=40), nullable=False, server_default=''))
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.add_column(sa.Column('items', sa.JSON(), nullable=False, server_default='{}'))


def downgrade() -> None:
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_column('items')
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.drop_column('code')
        batch_op.drop_column('kind')
    op.drop_table('activity')
    op.drop_table('street_round')
    op.drop_table('harm_reduction_item')
