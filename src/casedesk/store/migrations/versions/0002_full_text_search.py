"""Full-text search over clients and contact notes (FTS5 inside the encrypted file).

The FTS rows share the rowid of their source row, so triggers can replace them by rowid instead
of scanning an unindexed id column. Rowids of tables without an INTEGER PRIMARY KEY may change on
VACUUM, so ``casedesk.services.search.rebuild_index`` must follow any VACUUM.
Tombstoned and erased rows leave the index; ``secure-delete`` makes FTS5 overwrite
removed terms, so an erased client's name does not linger in the index pages.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"

_NAMES = "coalesce(new.first_name,'') || ' ' || coalesce(new.last_name,'') || ' ' || coalesce(new.alias,'')"


def _fold(expression: str) -> str:
    """Letters unicode61 does not strip to ASCII; workers often type "Sorensen" for "Sørensen"."""
    for letter, plain in (("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("Æ", "AE"), ("ß", "ss")):
        expression = f"replace({expression}, '{letter}', '{plain}')"
    return expression


CLIENT_TEXT = (
    f"{_NAMES} || ' ' || {_fold(_NAMES)}"
    " || ' ' || coalesce(new.whereabouts,'') || ' ' || coalesce(new.phone,'')"
)
CONTACT_TEXT = "coalesce(new.place,'') || ' ' || coalesce(new.note,'') || ' ' || coalesce(new.topics,'')"

STATEMENTS = [
    f"CREATE VIRTUAL TABLE client_fts USING fts5(client_id UNINDEXED, body, {_TOKENIZE})",
    f"CREATE VIRTUAL TABLE contact_fts USING fts5(client_id UNINDEXED, body, {_TOKENIZE})",
    "INSERT INTO client_fts(client_fts, rank) VALUES ('secure-delete', 1)",
    "INSERT INTO contact_fts(contact_fts, rank) VALUES ('secure-delete', 1)",
    f"""CREATE TRIGGER client_fts_insert AFTER INSERT ON client WHEN NOT new.deleted BEGIN
        INSERT INTO client_fts(rowid, client_id, body) VALUES (new.rowid, new.id, {CLIENT_TEXT});
    END""",
    f"""CREATE TRIGGER client_fts_update AFTER UPDATE ON client BEGIN
        DELETE FROM client_fts WHERE rowid = old.rowid;
        INSERT INTO client_fts(rowid, client_id, body)
            SELECT new.rowid, new.id, {CLIENT_TEXT} WHERE NOT new.deleted AND new.status != 'erased';
    END""",
    """CREATE TRIGGER client_fts_delete AFTER DELETE ON client BEGIN
        DELETE FROM client_fts WHERE rowid = old.rowid;
    END""",
    f"""CREATE TRIGGER contact_fts_insert AFTER INSERT ON contact WHEN NOT new.deleted BEGIN
        INSERT INTO contact_fts(rowid, client_id, body) VALUES (new.rowid, new.client_id, {CONTACT_TEXT});
    END""",
    f"""CREATE TRIGGER contact_fts_update AFTER UPDATE ON contact BEGIN
        DELETE FROM contact_fts WHERE rowid = old.rowid;
        INSERT INTO contact_fts(rowid, client_id, body)
            SELECT new.rowid, new.client_id, {CONTACT_TEXT} WHERE NOT new.deleted;
    END""",
    """CREATE TRIGGER contact_fts_delete AFTER DELETE ON contact BEGIN
        DELETE FROM contact_fts WHERE rowid = old.rowid;
    END""",
]

BACKFILL = [
    (f"INSERT INTO client_fts(rowid, client_id, body) SELECT rowid, id, {CLIENT_TEXT.replace('new.', '')}"
     " FROM client WHERE NOT deleted AND status != 'erased'"),
    (f"INSERT INTO contact_fts(rowid, client_id, body) SELECT rowid, client_id, {CONTACT_TEXT.replace('new.', '')}"
     " FROM contact WHERE NOT deleted"),
]


def upgrade() -> None:
    for statement in STATEMENTS + BACKFILL:
        op.execute(statement)


def downgrade() -> None:
    for trigger in ("client_fts_insert", "client_fts_update", "client_fts_delete",
                    "contact_fts_insert", "contact_fts_update", "contact_fts_delete"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS client_fts")
    op.execute("DROP TABLE IF EXISTS contact_fts")
