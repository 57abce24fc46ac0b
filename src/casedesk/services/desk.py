"""The open, unlocked desk: the one object the UI holds between unlock and lock.

Like Anki's ``Collection``: windows receive it explicitly, and dropping it (``close``) drops the
engine and with it the key. Sub-services hang off it so callers write ``desk.clients.create(...)``.
"""

import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from casedesk.domain import Role
from casedesk.models import DeskSetting, Worker, new_id
from casedesk.services.cards import CardService
from casedesk.services.clients import ClientService
from casedesk.services.contacts import ContactService
from casedesk.services.documents import DocumentService
from casedesk.services.dto import WorkerIdentity
from casedesk.services.errors import ValidationFailed
from casedesk.services.sync_service import SyncCancelled, SyncLane, SyncService
from casedesk.services.tasks import TaskService
from casedesk.services.today import TodayService
from casedesk.store.database import create_desk_file, open_desk_file
from casedesk.store.hlc import HybridLogicalClock
from casedesk.store.tracking import install_change_tracking

MIN_PASSPHRASE_LENGTH = 8


def check_new_passphrase(passphrase: str, repeated: str) -> None:
    problems = {}
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        problems["passphrase"] = "too_short"
    elif "\x00" in passphrase:
        problems["passphrase"] = "invalid_character"
    elif passphrase != repeated:
        problems["passphrase_repeat"] = "mismatch"
    if problems:
        raise ValidationFailed(problems)


def passphrase_strength(passphrase: str) -> int:
    """0 (weak) to 4 (strong): a hint for the wizard, not a gate."""
    classes = sum(
        any(test(ch) for ch in passphrase)
        for test in (str.islower, str.isupper, str.isdigit, lambda ch: not ch.isalnum())
    )
    words = len(passphrase.split())
    score = 0
    if len(passphrase) >= MIN_PASSPHRASE_LENGTH:
        score += 1
    if len(passphrase) >= 12:
        score += 1
    if len(passphrase) >= 16 or words >= 4:
        score += 1
    if classes >= 3:
        score += 1
    return min(score, 4)


class Desk:
    def __init__(self, engine: Engine, path: Path) -> None:
        self.engine = engine
        self.path = path
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        settings = self._read_settings()
        self.identity = WorkerIdentity(
            worker_id=settings["worker_id"],
            device_id=settings["device_id"],
            name=settings.get("worker_name", ""),
            team=settings.get("team", ""),
            role=settings.get("role", Role.CASEWORKER.value),
        )
        self.clock = HybridLogicalClock(self.identity.device_id, settings.get("hlc_last", ""))
        install_change_tracking(self._sessions, self.clock, self.identity.device_id)
        self.clients = ClientService(self)
        self.contacts = ContactService(self)
        self.tasks = TaskService(self)
        self.today = TodayService(self)
        self.cards = CardService(self)
        self.documents = DocumentService(self)
        self.sync = SyncService(self)
        self._lanes: weakref.WeakSet[SyncLane] = weakref.WeakSet()
        self._lanes_lock = threading.Lock()
        self._closed = False

    @classmethod
    def create(cls, path: Path, passphrase: str, worker_name: str, team: str, language: str) -> "Desk":
        if not worker_name.strip():
            raise ValidationFailed({"worker_name": "required"})
        engine = create_desk_file(path, passphrase)
        worker_id, device_id = new_id(), new_id()
        with Session(engine) as session, session.begin():
            for key, value in {
                "worker_id": worker_id,
                "device_id": device_id,
                "worker_name": worker_name.strip(),
                "team": team.strip(),
                "role": Role.CASEWORKER.value,
                "card_language": language,
            }.items():
                session.add(DeskSetting(key=key, value=value))
        desk = cls(engine, path)
        with desk.session() as session:
            session.add(Worker(id=worker_id, name=worker_name.strip(), team=team.strip()))
        return desk

    @classmethod
    def open(cls, path: Path, passphrase: str) -> "Desk":
        return cls(open_desk_file(path, passphrase), path)

    def close(self) -> None:
        """Drop the key: the desk's connection now; a running sync's as soon as it has stopped."""
        self.cancel_syncs()
        self.engine.dispose()

    def open_sync_lane(self) -> SyncLane:
        """A second connection for a sync on its own thread (see ``SyncLane``); close it after use."""
        lane = SyncLane(self)
        with self._lanes_lock:
            if not self._closed:
                self._lanes.add(lane)
                return lane
        lane.close()
        raise SyncCancelled()

    def cancel_syncs(self) -> None:
        """Stop every sync running on a lane and refuse new ones (any thread; the desk is closing)."""
        with self._lanes_lock:
            self._closed = True
            lanes = list(self._lanes)
        for lane in lanes:
            lane.cancel()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error."""
        with self._sessions() as session, session.begin():
            yield session
            self._remember_clock(session)

    def _remember_clock(self, session: Session) -> None:
        # Persisted with the edit so the clock never runs backwards after a restart.
        session.merge(DeskSetting(key="hlc_last", value=self.clock.last))

    def _read_settings(self) -> dict[str, str]:
        with self._sessions() as session:
            return {row.key: row.value for row in session.scalars(select(DeskSetting))}

    def setting(self, key: str, default: str = "") -> str:
        with self._sessions() as session:
            row = session.get(DeskSetting, key)
            return row.value if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.session() as session:
            session.merge(DeskSetting(key=key, value=value))
