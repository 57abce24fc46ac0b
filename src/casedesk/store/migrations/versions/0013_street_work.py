"""Street work: anonymous code persons (clients of kind "code" with a code name, searchable by it),
harm-reduction items counted per contact, street rounds counted as a whole, the team's item list,
and working time that is no contact (activities).

Revision ID: 0013
Revises: 0012
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
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
    # ADD COLUMN, no table rebuild: the triggers on client and contact (search, Today) stay.
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=10), nullable=False, server_default='client'))
        batch_op.add_column(sa.Column('code', sa.String(length=40), nullable=False, server_default=''))
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.add_column(sa.Column('items', sa.JSON(), nullable=False, server_default='{}'))
    _reindex_clients(CLIENT_TEXT)


def downgrade() -> None:
    _reindex_clients(CLIENT_TEXT_0004)
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_column('items')
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.drop_column('code')
        batch_op.drop_column('kind')
    op.drop_table('activity')
    op.drop_table('street_round')
    op.drop_table('harm_reduction_item')


# The client index (0004) with the code name: a code person is found by code as by street name.
def _fold(expression: str) -> str:
    for letter, plain in (("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("Æ", "AE"), ("ß", "ss")):
        expression = f"replace({expression}, '{letter}', '{plain}')"
    return expression


_SEARCHED_0004 = ("coalesce(new.first_name,'') || ' ' || coalesce(new.last_name,'') || ' ' || coalesce(new.alias,'')"
                  " || ' ' || coalesce(new.whereabouts,'')")
CLIENT_TEXT_0004 = f"{_SEARCHED_0004} || ' ' || {_fold(_SEARCHED_0004)} || ' ' || coalesce(new.phone,'')"
CLIENT_TEXT = f"{CLIENT_TEXT_0004} || ' ' || coalesce(new.code,'')"


def _reindex_clients(text: str) -> None:
    op.execute("DROP TRIGGER IF EXISTS client_fts_insert")
    op.execute("DROP TRIGGER IF EXISTS client_fts_update")
    op.execute(f"""CREATE TRIGGER client_fts_insert AFTER INSERT ON client WHEN NOT new.deleted BEGIN
            INSERT INTO client_fts(rowid, client_id, body) VALUES (new.rowid, new.id, {text});
        END""")
    op.execute(f"""CREATE TRIGGER client_fts_update AFTER UPDATE ON client BEGIN
            DELETE FROM client_fts WHERE rowid = old.rowid;
            INSERT INTO client_fts(rowid, client_id, body)
                SELECT new.rowid, new.id, {text} WHERE NOT new.deleted AND new.status != 'erased';
        END""")
    op.execute("DELETE FROM client_fts")
    op.execute(f"INSERT INTO client_fts(rowid, client_id, body) SELECT rowid, id, {text.replace('new.', '')}"
               " FROM client WHERE NOT deleted AND status != 'erased'")
