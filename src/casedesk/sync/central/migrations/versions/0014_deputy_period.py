"""A deputy with a period: ``client.deputy_from`` and ``deputy_until`` (row-level security lets the
deputy hold the client on those days only) and ``handover_note``.

Laptops older than this revision are told to update (the schema version is the head revision).

Revision ID: 0014
Revises: 0012
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("client", sa.Column("deputy_from", sa.Date(), nullable=True))
    op.add_column("client", sa.Column("deputy_until", sa.Date(), nullable=True))
    op.add_column("client", sa.Column("handover_note", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    for column in ("handover_note", "deputy_until", "deputy_from"):
        op.drop_column("client", column)
