"""Where to find a client (issue 14, points 4 and 5): the client's usual places, and the
photo-free description the client agreed to (with the day they agreed) for an outreach round.

Revision ID: 0016
Revises: 0015
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def create_usual_place() -> None:
    """The same on the desk and the central store."""
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


def upgrade() -> None:
    create_usual_place()
    # Plain ADD COLUMN (no batch rebuild): the client's Today (0012) and search (0013) triggers stay.
    op.add_column('client', sa.Column('agreed_description', sa.Text(), nullable=False, server_default=''))
    op.add_column('client', sa.Column('description_agreed_on', sa.Date(), nullable=True))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+), no batch rebuild that would drop the triggers.
    for name in ('description_agreed_on', 'agreed_description'):
        op.execute(f'ALTER TABLE client DROP COLUMN {name}')
    op.drop_table('usual_place')
