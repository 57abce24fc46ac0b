"""Today's ``today_case`` gets ``last_met_at``: the latest contact that is not a "tried to reach"
(``ContactType.ATTEMPT``). The weekly contact rule counts an attempt (reaching out is what the
responsibility for contact asks); the 45-day contact gap does not, as KDS does not count an
attempt as a contact (services.monitoring). The contact triggers of 0012 already watch
``type``, so they need no change.

The column starts empty: every client is marked dirty, so the first Today after the upgrade
computes the derived rows again (as after 0012).

Revision ID: 0022
Revises: 0021
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("ALTER TABLE today_case ADD COLUMN last_met_at DATETIME")
    op.execute("INSERT OR IGNORE INTO today_dirty (client_id) SELECT id FROM client")


def downgrade() -> None:
    op.execute("ALTER TABLE today_case DROP COLUMN last_met_at")
    # 0021's rows are computed again as well: nothing derived outlives the code that wrote it.
    op.execute("INSERT OR IGNORE INTO today_dirty (client_id) SELECT id FROM client")
