"""Bulk writes without the full-text index's per-row triggers.

Every insert into ``client``, ``contact``, ``assessment_domain``, ``plan_goal`` or ``network_person`` runs a trigger that tokenises the row into its FTS5
table. For a handful of rows that is what we want; for a pull of 100 000 rows the triggers cost
two thirds of the write (measured: 6.2 s with triggers against 2.2 s without plus 0.3 s to index
the same rows in one ``INSERT … SELECT``). ``deferred_search_index`` drops the insert triggers
for one transaction, indexes the new rows in one statement at the end and puts the triggers back;
the index statement is derived from the trigger's own SQL, so it can never disagree with it.
Everything happens inside the caller's transaction: a failure rolls the triggers back too.

Searching: ``CLIENT_MATCHES`` and ``note_matches`` are the two FTS5 lookups every search is built
on (the client's own record; what was written about the client: contact notes, the assessment's
views, resources and problems, the goals' wording), written once so the service and the
benchmark that compares the service against these raw lookups run the very same statements.
"""

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

#: Tables whose rows feed a full-text index through an ``<table>_fts_insert`` trigger.
INDEXED_TABLES = ("client", "contact", "assessment_domain", "plan_goal", "network_person")
#: The indexes of what was written about a client (desk migrations 0002, 0010 and 0011).
WRITTEN_INDEXES = ("contact_fts", "assessment_domain_fts", "plan_goal_fts", "network_person_fts")

_TRIGGER = re.compile(
    r"AFTER INSERT ON (?P<table>\w+)\s+WHEN (?P<condition>.+?)\s+BEGIN\s+"
    r"INSERT INTO (?P<index>\w+)\((?P<columns>[^)]*)\)\s+VALUES \((?P<values>.+)\);\s+END\s*$",
    re.DOTALL,
)


def backfill_statement(trigger_sql: str) -> str:
    """``INSERT INTO <index> SELECT …`` for the rows above a rowid (the one parameter), as the
    trigger would have indexed them one by one."""
    match = _TRIGGER.search(trigger_sql)
    if match is None:
        raise ValueError("not a full-text insert trigger CaseDesk wrote")
    values = match["values"].replace("new.", "")
    condition = match["condition"].replace("new.", "")
    return (f"INSERT INTO {match['index']}({match['columns']}) SELECT {values} FROM {match['table']}"
            f" WHERE rowid > ? AND ({condition})")


@contextmanager
def deferred_search_index(connection: Connection) -> Iterator[None]:
    """Within the current transaction: insert freely, then index every row added meanwhile."""
    saved: list[tuple[str, int]] = []
    for table in INDEXED_TABLES:
        trigger = f"{table}_fts_insert"
        sql = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (trigger,)).scalar()
        if sql is None:
            continue
        floor = connection.exec_driver_sql(f"SELECT coalesce(max(rowid), 0) FROM {table}").scalar_one()
        connection.exec_driver_sql(f"DROP TRIGGER {trigger}")
        saved.append((sql, floor))
    yield
    for sql, floor in saved:
        connection.exec_driver_sql(backfill_statement(sql), (floor,))
        connection.exec_driver_sql(sql)


#: Rowids of the clients whose own record (names, alias, where to find, phone) matches ``:match``.
#: An index row shares its client's rowid, so the client is found by rowid, not by id.
CLIENT_MATCHES = "SELECT rowid FROM client_fts WHERE client_fts MATCH :match"


def note_matches(newest: int) -> str:
    """Ids of the clients with one of the ``newest`` matching rows of each index of written text
    (``WRITTEN_INDEXES``) matching ``:match``: contact place, note or topics; an assessment's
    views, resources or problems; a goal's wording. Rowids grow with time, so the newest come
    first, and a common word costs at most ``newest`` rows per index."""
    return " UNION ALL ".join(
        f"SELECT client_id FROM (SELECT client_id FROM {index} WHERE {index} MATCH :match"
        f" ORDER BY rowid DESC LIMIT {int(newest)})" for index in WRITTEN_INDEXES)
