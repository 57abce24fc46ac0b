"""Consent and releases: consents to data processing as rows of their own (given on, form, by
whom, withdrawn on), a release's scope (life domains, kinds of information), its provider and
who recorded it, the disclosure log, and the team's settings (the caseload limit).

Revision ID: 0014
Revises: 0013
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
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


def create_tables() -> None:
    """The three new tables, the same on the desk and the central store."""
    op.create_table('data_consent',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('form', sa.String(length=20), nullable=False),
    sa.Column('worker_id', sa.String(length=36), nullable=True),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    *_synced_columns('data_consent'),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_data_consent_client_id_client')),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_data_consent_worker_id_worker')),
    )
    op.create_index(op.f('ix_data_consent_client_id'), 'data_consent', ['client_id'], unique=False)
    op.create_index(op.f('ix_data_consent_hlc'), 'data_consent', ['hlc'], unique=False)
    op.create_table('disclosure',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('worker_id', sa.String(length=36), nullable=True),
    sa.Column('recipient', sa.String(length=300), nullable=False),
    sa.Column('provider_id', sa.String(length=36), nullable=True),
    sa.Column('release_id', sa.String(length=36), nullable=True),
    sa.Column('contact_id', sa.String(length=36), nullable=True),
    sa.Column('referral_id', sa.String(length=36), nullable=True),
    sa.Column('domains', sa.JSON(), nullable=False),
    sa.Column('information', sa.JSON(), nullable=False),
    sa.Column('what', sa.Text(), nullable=False),
    *_synced_columns('disclosure'),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_disclosure_client_id_client')),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_disclosure_worker_id_worker')),
    )
    op.create_index(op.f('ix_disclosure_client_id'), 'disclosure', ['client_id'], unique=False)
    op.create_index(op.f('ix_disclosure_hlc'), 'disclosure', ['hlc'], unique=False)
    op.create_table('team_setting',
    sa.Column('team', sa.String(length=200), nullable=False),
    sa.Column('caseload_limit', sa.Integer(), nullable=False),
    *_synced_columns('team_setting'),
    )
    op.create_index(op.f('ix_team_setting_team'), 'team_setting', ['team'], unique=False)
    op.create_index(op.f('ix_team_setting_hlc'), 'team_setting', ['hlc'], unique=False)


def add_release_columns() -> None:
    # Plain ADD COLUMN (no foreign key, no batch rebuild): the triggers on confidentiality_release
    # (Today, 0012) stay, and they watch none of these columns.
    op.add_column('confidentiality_release', sa.Column('provider_id', sa.String(length=36), nullable=True))
    op.add_column('confidentiality_release', sa.Column('domains', sa.JSON(), nullable=False, server_default='[]'))
    op.add_column('confidentiality_release', sa.Column('information', sa.JSON(), nullable=False,
                                                       server_default='[]'))
    op.add_column('confidentiality_release', sa.Column('worker_id', sa.String(length=36), nullable=True))


def upgrade() -> None:
    create_tables()
    add_release_columns()
    # The old consent yes/no stays on the client: a desk shows it as a consent of unknown
    # origin until one is recorded. Rows made here would have a different id on every laptop.


def drop_release_columns() -> None:
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+), no batch rebuild that would drop the triggers.
    for name in ('worker_id', 'information', 'domains', 'provider_id'):
        op.execute(f'ALTER TABLE confidentiality_release DROP COLUMN {name}')


def downgrade() -> None:
    drop_release_columns()
    op.drop_table('team_setting')
    op.drop_table('disclosure')
    op.drop_table('data_consent')
