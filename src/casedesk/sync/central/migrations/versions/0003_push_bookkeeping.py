"""Push bookkeeping: custody history, per-device conflict and per-worker notice deliveries, and
receipts that hold an outcome status only.

- ``sync_custody``: who held a client until which stamp (a change made before then still counts).
- ``sync_inbox_conflict`` / ``sync_inbox_notice``: deliveries, deleted once a laptop stored them.
- ``sync_receipt.client_id``; ``outcome`` becomes a bare status ("applied" or "merged"). Receipts
  of refusals are dropped (a refusal is judged afresh at every push) and the conflict values the
  old receipts carried go with the rewrite.

Revision ID: 0003
Revises: 0002
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_custody",
        sa.Column("client_id", sa.String(36), nullable=False),
        sa.Column("worker_id", sa.String(36), nullable=False),
        sa.Column("relation", sa.String(12), nullable=False),
        sa.Column("until_hlc", sa.String(64), nullable=False),
        sa.Column("until_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("client_id", "worker_id", "relation"),
    )
    op.create_table(
        "sync_inbox_conflict",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("device", sa.String(36), nullable=False),
        sa.Column("client_id", sa.String(36), nullable=True),
        sa.Column("table_name", sa.String(60), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(60), nullable=False),
        sa.Column("mine_value", sa.Text(), nullable=False),
        sa.Column("mine_hlc", sa.String(64), nullable=False),
        sa.Column("theirs_value", sa.Text(), nullable=False),
        sa.Column("theirs_hlc", sa.String(64), nullable=False),
        sa.Column("winner", sa.String(10), nullable=False),
        sa.Column("theirs_worker_id", sa.String(36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_sync_inbox_conflict_device", "sync_inbox_conflict", ["device"])
    op.create_index("ix_sync_inbox_conflict_client_id", "sync_inbox_conflict", ["client_id"])
    op.create_table(
        "sync_inbox_notice",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("worker_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("client_id", sa.String(36), nullable=True),
        sa.Column("from_worker_id", sa.String(36), nullable=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_sync_inbox_notice_worker_id", "sync_inbox_notice", ["worker_id"])
    op.create_index("ix_sync_inbox_notice_client_id", "sync_inbox_notice", ["client_id"])

    with op.batch_alter_table("sync_receipt") as batch_op:
        batch_op.add_column(sa.Column("client_id", sa.String(36), nullable=True))
        batch_op.create_index("ix_sync_receipt_client_id", ["client_id"])
    receipt = sa.table("sync_receipt", sa.column("op_id", sa.String), sa.column("outcome", sa.Text),
                       sa.column("client_id", sa.String))
    bind = op.get_bind()
    refused, kept = [], []
    for op_id, stored in bind.execute(sa.select(receipt.c.op_id, receipt.c.outcome)).all():
        try:
            outcome = json.loads(stored)
        except ValueError:
            continue
        if not isinstance(outcome, dict):
            continue
        if outcome.get("status") == "applied":
            kept.append({"p_op": op_id, "p_outcome": "merged" if outcome.get("conflicts") else "applied",
                         "p_client": outcome.get("client_id")})
        else:
            refused.append(op_id)
    for start in range(0, len(refused), 500):
        bind.execute(receipt.delete().where(receipt.c.op_id.in_(refused[start:start + 500])))
    if kept:
        bind.execute(receipt.update().where(receipt.c.op_id == sa.bindparam("p_op"))
                     .values(outcome=sa.bindparam("p_outcome"), client_id=sa.bindparam("p_client")), kept)


def downgrade() -> None:
    with op.batch_alter_table("sync_receipt") as batch_op:
        batch_op.drop_index("ix_sync_receipt_client_id")
        batch_op.drop_column("client_id")
    op.execute("UPDATE sync_receipt SET outcome = '{\"status\": \"applied\", \"client_id\": null, \"conflicts\": []}'")
    op.drop_table("sync_inbox_notice")
    op.drop_table("sync_inbox_conflict")
    op.drop_table("sync_custody")
