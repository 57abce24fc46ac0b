"""A deputy with a period (issue 13, point 2): ``client.deputy_from`` and ``deputy_until`` (both days
included, none: open on that side) and the note of the last handover for good (``handover_note``).

Revision ID: 0019
Revises: 0017
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A deputy named before periods existed stays one without end.
    op.add_column("client", sa.Column("deputy_from", sa.Date(), nullable=True))
    op.add_column("client", sa.Column("deputy_until", sa.Date(), nullable=True))
    op.add_column("client", sa.Column("handover_note", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+), no batch rebuild.
    for column in ("handover_note", "deputy_until", "deputy_from"):
        op.execute(f"ALTER TABLE client DROP COLUMN {column}")
