"""The central store as ``casedesk central init`` created it before central migrations existed.

The synced entities and the bookkeeping exactly as ``create_all`` wrote them (commit 7a8fea9):
a store from then is stamped with this revision and upgraded from here. Bookkeeping constraints
carry the database's own default names, as ``create_all`` left them.

Revision ID: 0001
Revises:
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('crisis_line',
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crisis_line'))
    )
    op.create_index(op.f('ix_crisis_line_country'), 'crisis_line', ['country'], unique=False)
    op.create_index(op.f('ix_crisis_line_hlc'), 'crisis_line', ['hlc'], unique=False)
    op.create_table('sync_account',
    sa.Column('worker_id', sa.String(length=36), nullable=False),
    sa.Column('login', sa.String(length=63), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('worker_id'),
    sa.UniqueConstraint('login')
    )
    op.create_table('sync_change',
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('seq')
    )
    op.create_index(op.f('ix_sync_change_client_id'), 'sync_change', ['client_id'], unique=False)
    op.create_table('sync_device',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('worker_id', sa.String(length=36), nullable=False),
    sa.Column('revoked', sa.Boolean(), nullable=False),
    sa.Column('registered_at', sa.DateTime(), nullable=False),
    sa.Column('last_seen', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('device_id')
    )
    op.create_index(op.f('ix_sync_device_worker_id'), 'sync_device', ['worker_id'], unique=False)
    op.create_table('sync_erasure',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('worker_id', sa.String(length=36), nullable=False),
    sa.Column('erased_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('client_id')
    )
    op.create_table('sync_meta',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('sync_receipt',
    sa.Column('op_id', sa.String(length=36), nullable=False),
    sa.Column('worker_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('op_id')
    )
    op.create_table('worker',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('team', sa.String(length=200), nullable=False),
    sa.Column('caseload_limit', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_worker'))
    )
    op.create_index(op.f('ix_worker_hlc'), 'worker', ['hlc'], unique=False)
    op.create_table('client',
    sa.Column('first_name', sa.String(length=200), nullable=False),
    sa.Column('last_name', sa.String(length=200), nullable=False),
    sa.Column('alias', sa.String(length=200), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('birth_date_approximate', sa.Boolean(), nullable=False),
    sa.Column('gender', sa.String(length=40), nullable=False),
    sa.Column('languages', sa.String(length=200), nullable=False),
    sa.Column('whereabouts', sa.Text(), nullable=False),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('no_fixed_abode', sa.Boolean(), nullable=False),
    sa.Column('emergency_notes', sa.Text(), nullable=False),
    sa.Column('consent_data_processing', sa.Boolean(), nullable=False),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('responsible_worker_id', sa.String(length=36), nullable=True),
    sa.Column('deputy_worker_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['deputy_worker_id'], ['worker.id'], name=op.f('fk_client_deputy_worker_id_worker')),
    sa.ForeignKeyConstraint(['responsible_worker_id'], ['worker.id'], name=op.f('fk_client_responsible_worker_id_worker')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client'))
    )
    op.create_index(op.f('ix_client_deputy_worker_id'), 'client', ['deputy_worker_id'], unique=False)
    op.create_index(op.f('ix_client_hlc'), 'client', ['hlc'], unique=False)
    op.create_index(op.f('ix_client_responsible_worker_id'), 'client', ['responsible_worker_id'], unique=False)
    op.create_index(op.f('ix_client_status'), 'client', ['status'], unique=False)
    op.create_table('case_episode',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('phase', sa.String(length=20), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('closure_reason', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_case_episode_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_episode'))
    )
    op.create_index(op.f('ix_case_episode_client_id'), 'case_episode', ['client_id'], unique=False)
    op.create_index(op.f('ix_case_episode_hlc'), 'case_episode', ['hlc'], unique=False)
    op.create_index(op.f('ix_case_episode_phase'), 'case_episode', ['phase'], unique=False)
    op.create_table('confidentiality_release',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('helper', sa.String(length=300), nullable=False),
    sa.Column('granted_on', sa.Date(), nullable=False),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_confidentiality_release_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_confidentiality_release'))
    )
    op.create_index(op.f('ix_confidentiality_release_client_id'), 'confidentiality_release', ['client_id'], unique=False)
    op.create_index(op.f('ix_confidentiality_release_hlc'), 'confidentiality_release', ['hlc'], unique=False)
    op.create_table('contact',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('worker_id', sa.String(length=36), nullable=True),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=30), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('participants', sa.Text(), nullable=False),
    sa.Column('topics', sa.Text(), nullable=False),
    sa.Column('client_state', sa.Text(), nullable=False),
    sa.Column('motivational_stage', sa.String(length=30), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_contact_client_id_client')),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_contact_worker_id_worker')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    op.create_index('ix_contact_client_live', 'contact', ['client_id', 'deleted', 'occurred_at'], unique=False)
    op.create_index(op.f('ix_contact_hlc'), 'contact', ['hlc'], unique=False)
    op.create_index(op.f('ix_contact_occurred_at'), 'contact', ['occurred_at'], unique=False)
    op.create_index(op.f('ix_contact_worker_id'), 'contact', ['worker_id'], unique=False)
    op.create_index('ix_contact_worker_month', 'contact', ['worker_id', 'occurred_at', 'deleted', 'type', 'duration_minutes', 'client_id'], unique=False)
    op.create_table('relapse_card_version',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('worker_id', sa.String(length=36), nullable=True),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('large_print', sa.Boolean(), nullable=False),
    sa.Column('show_first_name', sa.Boolean(), nullable=False),
    sa.Column('show_surname', sa.Boolean(), nullable=False),
    sa.Column('show_birth_date', sa.Boolean(), nullable=False),
    sa.Column('situations', sa.JSON(), nullable=False),
    sa.Column('important_numbers', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_relapse_card_version_client_id_client')),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_relapse_card_version_worker_id_worker')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_relapse_card_version'))
    )
    op.create_index(op.f('ix_relapse_card_version_client_id'), 'relapse_card_version', ['client_id'], unique=False)
    op.create_index(op.f('ix_relapse_card_version_hlc'), 'relapse_card_version', ['hlc'], unique=False)
    op.create_table('phase_change',
    sa.Column('episode_id', sa.String(length=36), nullable=False),
    sa.Column('phase', sa.String(length=20), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('worker_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['episode_id'], ['case_episode.id'], name=op.f('fk_phase_change_episode_id_case_episode')),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_phase_change_worker_id_worker')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phase_change'))
    )
    op.create_index(op.f('ix_phase_change_episode_id'), 'phase_change', ['episode_id'], unique=False)
    op.create_index(op.f('ix_phase_change_hlc'), 'phase_change', ['hlc'], unique=False)
    op.create_table('task',
    sa.Column('client_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('due_at', sa.DateTime(), nullable=True),
    sa.Column('assignee_worker_id', sa.String(length=36), nullable=True),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('source_contact_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['assignee_worker_id'], ['worker.id'], name=op.f('fk_task_assignee_worker_id_worker')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_task_client_id_client')),
    sa.ForeignKeyConstraint(['source_contact_id'], ['contact.id'], name=op.f('fk_task_source_contact_id_contact')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task'))
    )
    op.create_index(op.f('ix_task_assignee_worker_id'), 'task', ['assignee_worker_id'], unique=False)
    op.create_index(op.f('ix_task_client_id'), 'task', ['client_id'], unique=False)
    op.create_index(op.f('ix_task_due_at'), 'task', ['due_at'], unique=False)
    op.create_index(op.f('ix_task_hlc'), 'task', ['hlc'], unique=False)


def downgrade() -> None:
    op.drop_table('task')
    op.drop_table('phase_change')
    op.drop_table('relapse_card_version')
    op.drop_table('contact')
    op.drop_table('confidentiality_release')
    op.drop_table('case_episode')
    op.drop_table('client')
    op.drop_table('worker')
    op.drop_table('sync_receipt')
    op.drop_table('sync_meta')
    op.drop_table('sync_erasure')
    op.drop_table('sync_device')
    op.drop_table('sync_change')
    op.drop_table('sync_account')
    op.drop_table('crisis_line')
