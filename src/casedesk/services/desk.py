"""The open, unlocked desk: the one object the UI holds between unlock and lock.

Like Anki's ``Collection``: windows receive it explicitly, and dropping it (``close``) drops the
engine and with it the key. Sub-services hang off it so callers write ``desk.clients.create(...)``.
"""

import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, event, select
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker

from casedesk.domain import Role
from casedesk.models import DeskSetting, Worker, new_id
from casedesk.models.limits import ValuesRejected, install_value_rules
from casedesk.services.assessments import AssessmentService
from casedesk.services.audit import AuditService
from casedesk.services.cards import CardService
from casedesk.services.caseload import CaseloadService
from casedesk.services.clients import ClientService
from casedesk.services.consents import ConsentService
from casedesk.services.contacts import ContactService
from casedesk.services.desk_security import DeskBusy, DeskSecurityService
from casedesk.services.documents import DocumentService
from casedesk.services.drafts import DraftService
from casedesk.services.dto import WorkerIdentity
from casedesk.services.duplicates import DuplicateService
from casedesk.services.episodes import EpisodeService
from casedesk.services.erasure import ErasureService
from casedesk.services.errors import ValidationFailed
from casedesk.services.export import ExportService
from casedesk.services.handover import HandoverService
from casedesk.services.instruments import InstrumentService
from casedesk.services.network import NetworkService
from casedesk.services.plans import ServicePlanService
from casedesk.services.providers import ProviderService
from casedesk.services.referrals import ReferralService
from casedesk.services.street import StreetService
from casedesk.services.sync_service import SyncCancelled, SyncLane, SyncService
from casedesk.services.tasks import TaskService
from casedesk.services.today import TodayService
from casedesk.services.whereabouts import WhereaboutsService
from casedesk.services.workers import WorkerService
from casedesk.store.change_sets import ChangeRecorder
from casedesk.store.database import (
    check_integrity,
    create_desk_file,
    is_store_failure,
    open_desk_file,
    passphrase_problem,
    store_error,
    units_of_work,
)
from casedesk.store.errors import OpenWarning
from casedesk.store.hlc import HybridLogicalClock
from casedesk.store.tracking import install_change_tracking

if TYPE_CHECKING:
    from casedesk.services.printing import PrintService

MIN_PASSPHRASE_LENGTH = 8


def _new_passphrase_problem(passphrase: str) -> str | None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return "too_short"
    return passphrase_problem(passphrase)


def check_new_passphrase(passphrase: str, repeated: str) -> None:
    problem = _new_passphrase_problem(passphrase)
    if problem:
        raise ValidationFailed({"passphrase": problem})
    if passphrase != repeated:
        raise ValidationFailed({"passphrase_repeat": "mismatch"})


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


def _refuse_writes(session: Session, _flush_context, _instances) -> None:
    if session.new or session.dirty or session.deleted:
        raise RuntimeError("a reading session writes nothing; use Desk.session()")


class Desk:
    def __init__(self, engine: Engine, path: Path) -> None:
        self.engine = engine
        self.path = path
        self.open_warnings: tuple[OpenWarning, ...] = ()
        self._sessions = sessionmaker(units_of_work(engine), expire_on_commit=False)
        self._readings = sessionmaker(engine, expire_on_commit=False)
        event.listen(self._readings, "before_flush", _refuse_writes)
        settings = self._read_settings()
        self.identity = WorkerIdentity(
            worker_id=settings["worker_id"],
            device_id=settings["device_id"],
            name=settings.get("worker_name", ""),
            team=settings.get("team", ""),
            role=settings.get("role", Role.CASEWORKER.value),
        )
        self.clock = HybridLogicalClock(self.identity.device_id, settings.get("hlc_last", ""))
        self._saved_clock = settings.get("hlc_last", "")
        install_change_tracking(self._sessions, self.clock, self.identity.device_id, lambda: self.identity.worker_id)
        install_value_rules(self._sessions)
        self.changes = ChangeRecorder()
        self.changes.install(self._sessions)
        self.audit = AuditService(self)
        self.clients = ClientService(self)
        self.contacts = ContactService(self)
        self.tasks = TaskService(self)
        self.today = TodayService(self)
        self.cards = CardService(self)
        self.documents = DocumentService(self)
        self.sync = SyncService(self)
        self.security = DeskSecurityService(self)
        self.erasure = ErasureService(self)
        self.handover = HandoverService(self)
        self.workers = WorkerService(self)
        self.drafts = DraftService(self)
        self.episodes = EpisodeService(self)
        self.assessments = AssessmentService(self)
        self.plans = ServicePlanService(self)
        self.providers = ProviderService(self)
        self.referrals = ReferralService(self)
        self.export = ExportService(self)
        self.network = NetworkService(self)
        self.instruments = InstrumentService(self)
        self.duplicates = DuplicateService(self)
        self.street = StreetService(self)
        self.consents = ConsentService(self)
        self.caseload = CaseloadService(self)
        self.whereabouts = WhereaboutsService(self)
        self._lanes: weakref.WeakSet[SyncLane] = weakref.WeakSet()
        self._lanes_lock = threading.Lock()
        self._closed = False
        self._close_lock = threading.Lock()
        self._disposed = False

    @cached_property
    def printing(self) -> "PrintService":
        """Loaded when first used: ReportLab is a third of the start-up time and most sessions never print."""
        from casedesk.services.printing import PrintService

        return PrintService(self)

    @classmethod
    def create(cls, path: Path, passphrase: str, worker_name: str, team: str, language: str) -> "Desk":
        problems = {}
        if not worker_name.strip():
            problems["worker_name"] = "required"
        problem = _new_passphrase_problem(passphrase)
        if problem:
            problems["passphrase"] = problem
        if problems:
            raise ValidationFailed(problems)
        worker_id, device_id = new_id(), new_id()

        def populate(engine: Engine) -> None:
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
            with cls(engine, path).session() as session:
                session.add(Worker(id=worker_id, name=worker_name.strip(), team=team.strip()))

        return cls(create_desk_file(path, passphrase, populate), path)

    @classmethod
    def open(cls, path: Path, passphrase: str) -> "Desk":
        """Unlock the desk; ``open_warnings`` then says what opening had to set right."""
        engine, warnings = open_desk_file(path, passphrase)
        desk = cls(engine, path)
        desk.open_warnings = tuple(warnings)
        return desk

    def check_integrity(self, cancelled: Callable[[], bool] = lambda: False) -> None:
        """Raise DeskDamaged if any page is damaged. Slow on a big desk (see store.database) and
        safe on any thread: it reads through a read-only connection of its own. A passphrase
        change stops it (it checks every page on the way) and returns, finding nothing."""
        must_stop = self.security.use.checks_must_stop
        try:
            with self.security.use.side("check"):
                check_integrity(self.path, self.engine.url.password or "", lambda: cancelled() or must_stop.is_set())
        except DeskBusy:
            return

    def close(self) -> None:
        """Drop the key: the desk's connection now; a running sync's as soon as it has stopped.

        Once, from whichever thread comes first: SQLCipher crashes when one connection is closed
        from two threads at the same time (the lock's close on the database thread and a caller's).
        """
        self.cancel_syncs()
        with self._close_lock:
            if self._disposed:
                return
            self._disposed = True
            self.engine.dispose()

    def open_sync_lane(self) -> SyncLane:
        """A second connection for a sync on its own thread (see ``SyncLane``); close it after use.
        Refused (SyncCancelled) while the passphrase is being changed."""
        try:
            with self.security.use.side("sync"):
                lane = SyncLane(self)
        except DeskBusy:
            raise SyncCancelled() from None
        with self._lanes_lock:
            if not self._closed:
                self._lanes.add(lane)
                return lane
        lane.close()
        raise SyncCancelled()

    def sync_running(self) -> bool:
        """Whether a sync lane still holds a connection (and with it the key) to the desk."""
        with self._lanes_lock:
            return any(lane.is_open for lane in self._lanes)

    def use_engine(self, engine: Engine) -> None:
        """Work through ``engine`` from now on (after a passphrase change: the old one is disposed)."""
        self.engine = engine
        self._sessions.configure(bind=units_of_work(engine))
        self._readings.configure(bind=engine)

    def cancel_syncs(self) -> None:
        """Stop every sync running on a lane and refuse new ones (any thread; the desk is closing)."""
        with self._lanes_lock:
            self._closed = True
            lanes = list(self._lanes)
        for lane in lanes:
            lane.cancel()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error.

        SQLite's reports on the file itself (damage, a full disk, no write permission, a lock)
        leave as typed store errors, so no caller shows SQLite's English or a traceback.
        """
        try:
            with self._sessions() as session, session.begin():
                yield session
                self._remember_clock(session)
            if "saved_clock" in session.info:
                self._saved_clock = session.info["saved_clock"]
        except SADatabaseError as error:
            if is_store_failure(error.orig):
                raise store_error(error.orig) from None
            raise
        except ValuesRejected as rejected:
            raise ValidationFailed(rejected.problems) from None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read that takes no write lock: WAL lets it read beside the sync lane's writes. A
        unit of work (``session``) takes the lock when it begins, so a stream of searches, one
        unit each, starved the lane's sync out of its busy timeout ("database is locked"). It
        writes nothing: a flush is refused."""
        try:
            with self._readings() as session:
                yield session
        except SADatabaseError as error:
            if is_store_failure(error.orig):
                raise store_error(error.orig) from None
            raise

    def _remember_clock(self, session: Session) -> None:
        # Persisted with the edit so the clock never runs backwards after a restart; a unit of
        # work that stamped nothing (every read) leaves the setting alone.
        last = self.clock.last
        if last != self._saved_clock:
            session.merge(DeskSetting(key="hlc_last", value=last))
            session.info["saved_clock"] = last

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
