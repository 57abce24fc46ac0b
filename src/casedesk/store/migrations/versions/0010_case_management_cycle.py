"""The case-management cycle: intake and evaluation on the episode; assessments, service plans
with goals and services, referrals with their history, rule snoozes, the helper directory and the
team's life-domain and monitoring settings.

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
    op.create_table('life_domain',
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('retired', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_life_domain'))
    )
    with op.batch_alter_table('life_domain', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_life_domain_code'), ['code'], unique=False)
        batch_op.create_index(batch_op.f('ix_life_domain_hlc'), ['hlc'], unique=False)

    op.create_table('monitoring_rule_setting',
    sa.Column('team', sa.String(length=200), nullable=False),
    sa.Column('rule', sa.String(length=40), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_monitoring_rule_setting'))
    )
    with op.batch_alter_table('monitoring_rule_setting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_monitoring_rule_setting_hlc'), ['hlc'], unique=False)

    op.create_table('provider',
    sa.Column('institution', sa.String(length=300), nullable=False),
    sa.Column('service_type', sa.String(length=200), nullable=False),
    sa.Column('contact_person', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('opening_hours', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_provider'))
    )
    with op.batch_alter_table('provider', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_provider_hlc'), ['hlc'], unique=False)

    op.create_table('rule_snooze',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('rule', sa.String(length=40), nullable=False),
    sa.Column('subject_id', sa.String(length=36), nullable=False),
    sa.Column('snoozed_until', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('worker_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_rule_snooze_client_id_client')),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_rule_snooze_worker_id_worker')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rule_snooze'))
    )
    with op.batch_alter_table('rule_snooze', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rule_snooze_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rule_snooze_hlc'), ['hlc'], unique=False)

    op.create_table('assessment',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('episode_id', sa.String(length=36), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('worker_id', sa.String(length=36), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_assessment_client_id_client')),
    sa.ForeignKeyConstraint(['episode_id'], ['case_episode.id'], name=op.f('fk_assessment_episode_id_case_episode')),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_assessment_worker_id_worker')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment'))
    )
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessment_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_episode_id'), ['episode_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_hlc'), ['hlc'], unique=False)

    op.create_table('referral',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('episode_id', sa.String(length=36), nullable=True),
    sa.Column('goal_lineage_id', sa.String(length=36), nullable=True),
    sa.Column('provider_id', sa.String(length=36), nullable=True),
    sa.Column('person', sa.String(length=300), nullable=False),
    sa.Column('service', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=30), nullable=False),
    sa.Column('state_on', sa.Date(), nullable=False),
    sa.Column('follow_up_on', sa.Date(), nullable=True),
    sa.Column('decline_reason', sa.Text(), nullable=False),
    sa.Column('alternative', sa.Text(), nullable=False),
    sa.Column('release_override_reason', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('worker_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_referral_client_id_client')),
    sa.ForeignKeyConstraint(['episode_id'], ['case_episode.id'], name=op.f('fk_referral_episode_id_case_episode')),
    sa.ForeignKeyConstraint(['provider_id'], ['provider.id'], name=op.f('fk_referral_provider_id_provider')),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_referral_worker_id_worker')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral'))
    )
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_episode_id'), ['episode_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_follow_up_on'), ['follow_up_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_hlc'), ['hlc'], unique=False)

    op.create_table('service_plan',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('episode_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('previous_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('worker_id', sa.String(length=36), nullable=True),
    sa.Column('own_activities', sa.Text(), nullable=False),
    sa.Column('network_support', sa.Text(), nullable=False),
    sa.Column('contact_dates', sa.Text(), nullable=False),
    sa.Column('review_on', sa.Date(), nullable=True),
    sa.Column('client_signed_on', sa.Date(), nullable=True),
    sa.Column('worker_signed_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_service_plan_client_id_client')),
    sa.ForeignKeyConstraint(['episode_id'], ['case_episode.id'], name=op.f('fk_service_plan_episode_id_case_episode')),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_service_plan_worker_id_worker')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_plan'))
    )
    with op.batch_alter_table('service_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_plan_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_plan_episode_id'), ['episode_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_plan_hlc'), ['hlc'], unique=False)

    op.create_table('assessment_domain',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('assessment_id', sa.String(length=36), nullable=False),
    sa.Column('domain', sa.String(length=60), nullable=False),
    sa.Column('client_view', sa.Text(), nullable=False),
    sa.Column('professional_view', sa.Text(), nullable=False),
    sa.Column('rating', sa.Integer(), nullable=True),
    sa.Column('resources_personal', sa.Text(), nullable=False),
    sa.Column('resources_private', sa.Text(), nullable=False),
    sa.Column('resources_community', sa.Text(), nullable=False),
    sa.Column('problems', sa.Text(), nullable=False),
    sa.Column('client_priority', sa.Integer(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], name=op.f('fk_assessment_domain_assessment_id_assessment')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_assessment_domain_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment_domain'))
    )
    with op.batch_alter_table('assessment_domain', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessment_domain_assessment_id'), ['assessment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_domain_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_domain_hlc'), ['hlc'], unique=False)

    op.create_table('plan_goal',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('plan_id', sa.String(length=36), nullable=False),
    sa.Column('parent_id', sa.String(length=36), nullable=True),
    sa.Column('lineage_id', sa.String(length=36), nullable=False),
    sa.Column('level', sa.String(length=10), nullable=False),
    sa.Column('domain', sa.String(length=60), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('wording', sa.Text(), nullable=False),
    sa.Column('indicator', sa.Text(), nullable=False),
    sa.Column('agreed_by_client', sa.Boolean(), nullable=False),
    sa.Column('realistic_note', sa.Text(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('responsible', sa.String(length=20), nullable=False),
    sa.Column('responsible_name', sa.String(length=300), nullable=False),
    sa.Column('provider_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('attainment', sa.Integer(), nullable=True),
    sa.Column('attainment_comment', sa.Text(), nullable=False),
    sa.Column('scale_minus2', sa.Text(), nullable=False),
    sa.Column('scale_minus1', sa.Text(), nullable=False),
    sa.Column('scale_0', sa.Text(), nullable=False),
    sa.Column('scale_plus1', sa.Text(), nullable=False),
    sa.Column('scale_plus2', sa.Text(), nullable=False),
    sa.Column('weight', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_plan_goal_client_id_client')),
    sa.ForeignKeyConstraint(['plan_id'], ['service_plan.id'], name=op.f('fk_plan_goal_plan_id_service_plan')),
    sa.ForeignKeyConstraint(['provider_id'], ['provider.id'], name=op.f('fk_plan_goal_provider_id_provider')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_goal'))
    )
    with op.batch_alter_table('plan_goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_goal_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_goal_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_goal_lineage_id'), ['lineage_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_goal_plan_id'), ['plan_id'], unique=False)

    op.create_table('plan_service',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('plan_id', sa.String(length=36), nullable=False),
    sa.Column('goal_lineage_id', sa.String(length=36), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('provider_id', sa.String(length=36), nullable=True),
    sa.Column('cost', sa.String(length=100), nullable=False),
    sa.Column('payer', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_plan_service_client_id_client')),
    sa.ForeignKeyConstraint(['plan_id'], ['service_plan.id'], name=op.f('fk_plan_service_plan_id_service_plan')),
    sa.ForeignKeyConstraint(['provider_id'], ['provider.id'], name=op.f('fk_plan_service_provider_id_provider')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_service'))
    )
    with op.batch_alter_table('plan_service', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_service_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_service_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_service_plan_id'), ['plan_id'], unique=False)

    op.create_table('referral_change',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('referral_id', sa.String(length=36), nullable=False),
    sa.Column('state', sa.String(length=30), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('worker_id', sa.String(length=36), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_referral_change_client_id_client')),
    sa.ForeignKeyConstraint(['referral_id'], ['referral.id'], name=op.f('fk_referral_change_referral_id_referral')),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_referral_change_worker_id_worker')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral_change'))
    )
    with op.batch_alter_table('referral_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_change_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_change_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_change_referral_id'), ['referral_id'], unique=False)

    with op.batch_alter_table('case_episode', schema=None) as batch_op:
        batch_op.add_column(sa.Column('closure_code', sa.String(length=30), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('access_route', sa.String(length=20), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('referred_by', sa.String(length=300), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('screening_several_domains', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('screening_several_helpers', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('screening_client_agrees', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('screening_appropriate', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('screening_note', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('intake_agreed_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('intake_agreement', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('consent_recorded_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('consent_form', sa.String(length=20), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('evaluated_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('evaluation_client_view', sa.Text(), nullable=False, server_default=''))

    for statement in SEARCH_INDEX_STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    for table in SEARCHED_TEXT:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{event}")
        op.execute(f"DROP TABLE IF EXISTS {table}_fts")
    with op.batch_alter_table('case_episode', schema=None) as batch_op:
        batch_op.drop_column('evaluation_client_view')
        batch_op.drop_column('evaluated_on')
        batch_op.drop_column('consent_form')
        batch_op.drop_column('consent_recorded_on')
        batch_op.drop_column('intake_agreement')
        batch_op.drop_column('intake_agreed_on')
        batch_op.drop_column('screening_note')
        batch_op.drop_column('screening_appropriate')
        batch_op.drop_column('screening_client_agrees')
        batch_op.drop_column('screening_several_helpers')
        batch_op.drop_column('screening_several_domains')
        batch_op.drop_column('referred_by')
        batch_op.drop_column('access_route')
        batch_op.drop_column('closure_code')
    op.drop_table('referral_change')
    op.drop_table('plan_service')
    op.drop_table('plan_goal')
    op.drop_table('assessment_domain')
    op.drop_table('service_plan')
    op.drop_table('referral')
    op.drop_table('assessment')
    op.drop_table('rule_snooze')
    op.drop_table('provider')
    op.drop_table('monitoring_rule_setting')
    op.drop_table('life_domain')


# Full-text search finds a client by what their assessment says (views, resources, problems) and
# by their goals' wording, as it finds them by their contact notes (0002): one FTS5 table per
# source table sharing the source row's rowid, kept by triggers, tombstones and erasure leaving it.
_SEARCHED_COLUMNS = {
    "assessment_domain": ("client_view", "professional_view", "resources_personal", "resources_private",
                          "resources_community", "problems"),
    "plan_goal": ("wording",),
}
SEARCHED_TEXT = {table: " || ' ' || ".join(f"coalesce(new.{column},'')" for column in columns)
                 for table, columns in _SEARCHED_COLUMNS.items()}
SEARCH_INDEX_STATEMENTS = [
    statement
    for table, text in SEARCHED_TEXT.items()
    for statement in (
        (f"CREATE VIRTUAL TABLE {table}_fts USING fts5(client_id UNINDEXED, body,"
         " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),
        f"INSERT INTO {table}_fts({table}_fts, rank) VALUES ('secure-delete', 1)",
        f"""CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} WHEN NOT new.deleted BEGIN
        INSERT INTO {table}_fts(rowid, client_id, body) VALUES (new.rowid, new.client_id, {text});
    END""",
        f"""CREATE TRIGGER {table}_fts_update AFTER UPDATE ON {table} BEGIN
        DELETE FROM {table}_fts WHERE rowid = old.rowid;
        INSERT INTO {table}_fts(rowid, client_id, body)
            SELECT new.rowid, new.client_id, {text} WHERE NOT new.deleted;
    END""",
        f"""CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN
        DELETE FROM {table}_fts WHERE rowid = old.rowid;
    END""",
    )
]
