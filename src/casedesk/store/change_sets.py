"""What a unit of work changed: the tables and the clients, so views refresh only what they show.

Modelled on Anki's ``OpChanges``. Every session made by a factory passed to ``install_change_sets``
collects the ORM objects it flushes; bulk writes that bypass the ORM (the sync's pulls and purges)
say what they wrote with ``note_change``. Committed changes pile up per thread until ``take``: the
database thread takes them after each operation, a sync lane after its run, so an operation's
changes never end up in another thread's report.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import event
from sqlalchemy.orm import Session

from casedesk.models.registry import SYNCED_ENTITIES, Scope

_SESSION_KEY = "casedesk_change_set"
_CLIENT_SCOPED = {entity.model.__tablename__ for entity in SYNCED_ENTITIES if entity.scope is not Scope.SHARED}


@dataclass(frozen=True)
class ChangeSet:
    """``clients`` are the clients whose rows changed; ``everything`` when that cannot be said
    (a wiped desk), so every view reloads."""

    tables: frozenset[str] = frozenset()
    clients: frozenset[str] = frozenset()
    everything: bool = False

    def __bool__(self) -> bool:
        return self.everything or bool(self.tables)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(self.tables | other.tables, self.clients | other.clients,
                         self.everything or other.everything)

    def touches(self, tables: Iterable[str], client_id: str | None = None) -> bool:
        """Did this change any of ``tables`` — for ``client_id``, or (None) for any client?

        Rows of client-scoped tables count for the client they belong to only; shared tables
        (workers, crisis lines) count for every client.
        """
        if self.everything:
            return True
        for table in tables:
            if table not in self.tables:
                continue
            if client_id is None or table not in _CLIENT_SCOPED or client_id in self.clients:
                return True
        return False


class _Collected:
    def __init__(self) -> None:
        self.tables: set[str] = set()
        self.clients: set[str] = set()
        self.everything = False

    def add(self, tables: Iterable[str], clients: Iterable[str | None]) -> None:
        self.tables.update(tables)
        self.clients.update(client for client in clients if client)

    def merge(self, other: _Collected) -> None:
        self.add(other.tables, other.clients)
        self.everything = self.everything or other.everything

    def freeze(self) -> ChangeSet:
        return ChangeSet(frozenset(self.tables), frozenset(self.clients), self.everything)


def _collected(session: Session) -> _Collected:
    collected = session.info.get(_SESSION_KEY)
    if collected is None:
        collected = session.info[_SESSION_KEY] = _Collected()
    return collected


def note_change(session: Session, table: str, client_ids: Iterable[str | None] = ()) -> None:
    """Record a write the ORM does not see (a Core ``insert``/``update``/``delete``)."""
    _collected(session).add((table,), client_ids)


def note_everything(session: Session) -> None:
    _collected(session).everything = True


def _client_of(obj: object) -> str | None:
    table = getattr(obj, "__tablename__", "")
    if table == "client":
        return getattr(obj, "id", None)
    return getattr(obj, "client_id", None)


class ChangeRecorder:
    """Committed changes of each thread, until that thread takes them."""

    def __init__(self) -> None:
        self._local = threading.local()
        # Commits per table, from any thread: a cache of a table's rows is current while its count stands.
        self._versions: dict[str, int] = {}
        self._versions_lock = threading.Lock()

    def version(self, table: str) -> int:
        """Grows with every commit that changed ``table`` (or everything), whichever thread made it."""
        return self._versions.get(table, 0) + self._versions.get("", 0)

    def _pile(self) -> _Collected:
        pile = getattr(self._local, "pile", None)
        if pile is None:
            pile = self._local.pile = _Collected()
        return pile

    def take(self) -> ChangeSet:
        """This thread's committed changes since the last ``take`` (and forget them)."""
        pile = self._pile()
        self._local.pile = None
        return pile.freeze()

    def install(self, session_factory) -> None:
        """Collect what sessions made by ``session_factory`` (a sessionmaker) commit."""

        @event.listens_for(session_factory, "after_flush")
        def _collect_flushed(session: Session, _flush_context) -> None:
            # ``dirty`` also holds objects whose attributes were set to the value they had.
            dirty = [obj for obj in session.dirty if session.is_modified(obj, include_collections=False)]
            objects = list(session.new) + dirty + list(session.deleted)
            collected = _collected(session)
            for obj in objects:
                table = getattr(obj, "__tablename__", None)
                if table:
                    collected.add((table,), (_client_of(obj),))

        @event.listens_for(session_factory, "after_commit")
        def _keep_committed(session: Session) -> None:
            collected = session.info.pop(_SESSION_KEY, None)
            if collected is not None:
                self._pile().merge(collected)
                with self._versions_lock:
                    for table in [""] if collected.everything else collected.tables:
                        self._versions[table] = self._versions.get(table, 0) + 1

        @event.listens_for(session_factory, "after_rollback")
        def _drop_rolled_back(session: Session) -> None:
            session.info.pop(_SESSION_KEY, None)
