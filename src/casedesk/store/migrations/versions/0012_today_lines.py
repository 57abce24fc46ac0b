"""Today's derived tables: what the monitoring rules read per client, kept in narrow local rows.

A synced row is about a page (its field clocks), so computing Today from the synced tables read
tens of thousands of pages on a big caseload (1.2–1.5 s on the 10 000-client desk). These tables
hold only the columns the rules need. They are derived, local and never synced:

- ``today_case``: per active client with an open episode, the episode, its phase and opening, the
  latest contact and, when that contact is a missed appointment, its id;
- ``today_dated``: the dated rules' candidates (referral follow-ups, the current plan's review and
  goal deadlines, assessment time boxes, releases with their expiry);
- ``today_dirty``: clients whose rows must be computed again before Today reads.

Every write to a table the rules read, whoever makes it (the app, a sync pull, a bulk load, an
erasure), goes through a trigger that deletes the client's derived rows at once and marks the
client dirty; ``services.today_lines`` computes the dirty clients again before Today reads. So a
derived row never outlives what it was derived from, and no text an erasure blanks survives in them.

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = [
    "CREATE TABLE today_dirty (client_id VARCHAR(36) NOT NULL PRIMARY KEY) WITHOUT ROWID",
    # One row per worker the client is on Today for (responsible, deputy), so a caseload is one
    # range of the primary key.
    """CREATE TABLE today_case (
    worker_id VARCHAR(36) NOT NULL,
    client_id VARCHAR(36) NOT NULL,
    name TEXT NOT NULL,
    sort_name TEXT NOT NULL,
    whereabouts TEXT NOT NULL,
    phase VARCHAR(20) NOT NULL,
    opened_on DATE NOT NULL,
    last_contact_at DATETIME,
    missed_contact_id VARCHAR(36),
    episode_id VARCHAR(36) NOT NULL,
    PRIMARY KEY (worker_id, client_id)) WITHOUT ROWID""",
    "CREATE INDEX ix_today_case_client ON today_case (client_id)",
    # Keyed so that one rule's lines due by a date are one range of a worker's rows.
    """CREATE TABLE today_dated (
    worker_id VARCHAR(36) NOT NULL,
    rule VARCHAR(30) NOT NULL,
    due_on DATE NOT NULL,
    client_id VARCHAR(36) NOT NULL,
    subject_id VARCHAR(36) NOT NULL,
    subject TEXT NOT NULL,
    granted_on DATE,
    -- The line as services.today_lines packs it, but for its first field (overdue or not).
    line TEXT NOT NULL,
    PRIMARY KEY (worker_id, rule, due_on, client_id, subject_id)) WITHOUT ROWID""",
    "CREATE INDEX ix_today_dated_client ON today_dated (client_id)",
]

#: Per source table: the columns the derived rows are computed from (an UPDATE touching none of
#: them leaves Today alone) and the expression naming the client.
_SOURCES = {
    "client": (("first_name", "last_name", "alias", "whereabouts", "status", "responsible_worker_id",
                "deputy_worker_id", "deleted"), "id"),
    "case_episode": (("client_id", "phase", "opened_on", "closed_on", "deleted"), "client_id"),
    "contact": (("client_id", "occurred_at", "type", "deleted"), "client_id"),
    "referral": (("client_id", "provider_id", "person", "state", "follow_up_on", "deleted"), "client_id"),
    "service_plan": (("client_id", "episode_id", "version", "review_on", "deleted"), "client_id"),
    "plan_goal": (("client_id", "plan_id", "deadline", "status", "wording", "deleted"), "client_id"),
    "assessment": (("client_id", "episode_id", "started_on", "due_on", "completed_on", "deleted"), "client_id"),
    "confidentiality_release": (("client_id", "helper", "granted_on", "expires_on", "deleted"), "client_id"),
}


def _forget(client: str) -> str:
    return (f"DELETE FROM today_case WHERE client_id = {client};\n"
            f"    DELETE FROM today_dated WHERE client_id = {client};\n"
            f"    INSERT OR IGNORE INTO today_dirty (client_id) VALUES ({client});")


def _triggers() -> list[str]:
    statements = []
    for table, (columns, client) in _SOURCES.items():
        statements.append(f"CREATE TRIGGER today_{table}_insert AFTER INSERT ON {table} BEGIN\n"
                          f"    {_forget('new.' + client)}\nEND")
        statements.append(f"CREATE TRIGGER today_{table}_update AFTER UPDATE OF {', '.join(columns)} ON {table} BEGIN\n"
                          f"    {_forget('old.' + client)}\n    {_forget('new.' + client)}\nEND")
        statements.append(f"CREATE TRIGGER today_{table}_delete AFTER DELETE ON {table} BEGIN\n"
                          f"    {_forget('old.' + client)}\nEND")
    # A helper's new name is the subject of every referral to them.
    statements.append(
        "CREATE TRIGGER today_provider_update AFTER UPDATE OF institution ON provider BEGIN\n"
        "    DELETE FROM today_dated WHERE client_id IN (SELECT client_id FROM referral WHERE provider_id = new.id);\n"
        "    INSERT OR IGNORE INTO today_dirty (client_id) SELECT client_id FROM referral WHERE provider_id = new.id;\n"
        "END")
    return statements


TRIGGERS = _triggers()
TRIGGER_NAMES = [f"today_{table}_{event}" for table in _SOURCES for event in ("insert", "update", "delete")]


def upgrade() -> None:
    for statement in TABLES + TRIGGERS:
        op.execute(statement)
    # Everything is computed on the first Today after the upgrade.
    op.execute("INSERT INTO today_dirty (client_id) SELECT id FROM client")


def downgrade() -> None:
    for name in [*TRIGGER_NAMES, "today_provider_update"]:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in ("today_dated", "today_case", "today_dirty"):
        op.execute(f"DROP TABLE IF EXISTS {table}")
