"""Three partial indexes for the funders' statistics. They count the harm-reduction items of a
year's contacts: without an index that reads every contact row of the year (3 of the 5 seconds of
a team's annual statistics on a 500 000-contact desk); the index holds the few contacts with items.
They start from the code persons, a few dozen among thousands of clients (80 ms to find them
by reading every client). And the services used look for each referral's "started" change, which
read three changes' rows per referral (0.27 s of 0.30 s for 16 000 referrals).

Raw SQL and not in the models: the statistics run on a desk, never on the central store, and a
partial index on a JSON column would be spelled differently on PostgreSQL.

Revision ID: 0021
Revises: 0020
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: ``services.statistics.ITEMS_INDEX``, ``CODE_PERSONS_INDEX`` and ``STARTED_REFERRALS_INDEX``; the
#: conditions are those their queries repeat ("{}" has 2 characters).
INDEXES = {
    "ix_contact_items": "contact (occurred_at, worker_id) WHERE length(items) > 2",
    "ix_client_code_persons": "client (id) WHERE kind = 'code'",
    "ix_referral_started": "referral_change (referral_id, changed_on) WHERE state = 'started' AND deleted IS 0",
}


def upgrade() -> None:
    for name, definition in INDEXES.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
