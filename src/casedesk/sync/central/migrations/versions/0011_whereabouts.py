"""Where to find a client: the client's usual places, and the description the client agreed to.

Laptops older than this revision are told to update (the schema version is the head revision).

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('usual_place',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('hours', sa.String(length=300), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_usual_place_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_usual_place')),
    )
    op.create_index(op.f('ix_usual_place_client_id'), 'usual_place', ['client_id'], unique=False)
    op.create_index(op.f('ix_usual_place_hlc'), 'usual_place', ['hlc'], unique=False)
    op.add_column('client', sa.Column('agreed_description', sa.Text(), nullable=False, server_default=''))
    op.add_column('client', sa.Column('description_agreed_on', sa.Date(), nullable=True))


def downgrade() -> None:
    op.drop_column('client', 'description_agreed_on')
    op.drop_column('client', 'agreed_description')
    op.drop_table('usual_place')
