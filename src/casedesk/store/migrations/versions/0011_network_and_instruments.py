"""The client's network and the method's instruments: network persons and the relations between
them, dated ecomap snapshots, instrument records (stages of change, decisional balance,
self-efficacy, dependence criteria), the team's instrument items; the relapse card's review flag
on the client; network persons searchable like contact notes.

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
    op.create_table('instrument_item',
    sa.Column('instrument', sa.String(length=30), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('retired', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_instrument_item'))
    )
    op.create_index(op.f('ix_instrument_item_hlc'), 'instrument_item', ['hlc'], unique=False)
    op.create_table('ecomap_snapshot',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('taken_at', sa.DateTime(), nullable=False),
    sa.Column('worker_id', sa.String(length=36), nullable=True),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_ecomap_snapshot_client_id_client')),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_ecomap_snapshot_worker_id_worker')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ecomap_snapshot'))
    )
    op.create_index(op.f('ix_ecomap_snapshot_client_id'), 'ecomap_snapshot', ['client_id'], unique=False)
    op.create_index(op.f('ix_ecomap_snapshot_hlc'), 'ecomap_snapshot', ['hlc'], unique=False)
    op.create_table('network_person',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('sector', sa.String(length=20), nullable=False),
    sa.Column('relationship', sa.String(length=200), nullable=False),
    sa.Column('provider_id', sa.String(length=36), nullable=True),
    sa.Column('strength', sa.String(length=10), nullable=False),
    sa.Column('quality', sa.String(length=20), nullable=False),
    sa.Column('direction', sa.String(length=20), nullable=False),
    sa.Column('frequency', sa.String(length=20), nullable=False),
    sa.Column('domains', sa.String(length=600), nullable=False),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('importance', sa.Integer(), nullable=False),
    sa.Column('position_x', sa.Integer(), nullable=True),
    sa.Column('position_y', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_network_person_client_id_client')),
    sa.ForeignKeyConstraint(['provider_id'], ['provider.id'], name=op.f('fk_network_person_provider_id_provider')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_network_person'))
    )
    op.create_index(op.f('ix_network_person_client_id'), 'network_person', ['client_id'], unique=False)
    op.create_index(op.f('ix_network_person_hlc'), 'network_person', ['hlc'], unique=False)
    op.create_table('network_relation',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('person_a_id', sa.String(length=36), nullable=False),
    sa.Column('person_b_id', sa.String(length=36), nullable=False),
    sa.Column('strength', sa.String(length=10), nullable=False),
    sa.Column('quality', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_network_relation_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_network_relation'))
    )
    op.create_index(op.f('ix_network_relation_client_id'), 'network_relation', ['client_id'], unique=False)
    op.create_index(op.f('ix_network_relation_hlc'), 'network_relation', ['hlc'], unique=False)
    op.create_table('instrument_record',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('recorded_on', sa.Date(), nullable=False),
    sa.Column('worker_id', sa.String(length=36), nullable=True),
    sa.Column('contact_id', sa.String(length=36), nullable=True),
    sa.Column('stage', sa.String(length=30), nullable=False),
    sa.Column('substance', sa.String(length=100), nullable=False),
    sa.Column('answers', sa.Text(), nullable=False),
    sa.Column('score', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_instrument_record_client_id_client')),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_instrument_record_contact_id_contact')),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_instrument_record_worker_id_worker')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_instrument_record'))
    )
    op.create_index(op.f('ix_instrument_record_client_id'), 'instrument_record', ['client_id'], unique=False)
    op.create_index(op.f('ix_instrument_record_hlc'), 'instrument_record', ['hlc'], unique=False)
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.add_column(sa.Column('card_review_since', sa.Date(), nullable=True))
    for statement in SEARCH_INDEX_STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    for event in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS network_person_fts_{event}")
    op.execute("DROP TABLE IF EXISTS network_person_fts")
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.drop_column('card_review_since')
    op.drop_table('instrument_record')
    op.drop_table('network_relation')
    op.drop_table('network_person')
    op.drop_table('ecomap_snapshot')
    op.drop_table('instrument_item')


# A client is found by the names, relationships and notes of their network persons, as by their
# contact notes (0002) and goals (0010): an FTS5 table sharing the source row's rowid.
_TEXT = "coalesce(new.name,'') || ' ' || coalesce(new.relationship,'') || ' ' || coalesce(new.note,'')"
SEARCH_INDEX_STATEMENTS = [
    ("CREATE VIRTUAL TABLE network_person_fts USING fts5(client_id UNINDEXED, body,"
     " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),
    "INSERT INTO network_person_fts(network_person_fts, rank) VALUES ('secure-delete', 1)",
    f"""CREATE TRIGGER network_person_fts_insert AFTER INSERT ON network_person WHEN NOT new.deleted BEGIN
    INSERT INTO network_person_fts(rowid, client_id, body) VALUES (new.rowid, new.client_id, {_TEXT});
END""",
    f"""CREATE TRIGGER network_person_fts_update AFTER UPDATE ON network_person BEGIN
    DELETE FROM network_person_fts WHERE rowid = old.rowid;
    INSERT INTO network_person_fts(rowid, client_id, body)
        SELECT new.rowid, new.client_id, {_TEXT} WHERE NOT new.deleted;
END""",
    """CREATE TRIGGER network_person_fts_delete AFTER DELETE ON network_person BEGIN
    DELETE FROM network_person_fts WHERE rowid = old.rowid;
END""",
]
