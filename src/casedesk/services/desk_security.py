"""Desk security, the use cases: a new passphrase, an encrypted backup to a chosen file, the
rolling backups in the data folder, a checked restore, and what the Database settings show.

The SQLCipher specifics are in ``store.backup``. Here are the rules around them:

- A rekey needs the desk file alone: no sync lane and no backup may be running (the worker is
  told to wait), an integrity check running on its own connection is stopped first, and none
  of these can start until the rekey is done (``side_use``).
- After a rekey the rolling backups, made under the old passphrase, would still open with it:
  a fresh one is made under the new passphrase and the old ones are deleted.
- Rolling backups go to the data folder's ``backups`` folder as ``<desk>-<date>-<time>``
  (the desk file's name, never a client's), encrypted with the desk's passphrase, the newest N
  kept. They are made when the desk locks or closes: every time, or once a day. Their failure
  never stops a lock; it is remembered and shown in the Database settings.
- A laptop the office revoked deletes its rolling backups with the rest of its copy.

Backups and restores run on any thread (connections of their own); a rekey and everything
else here on the desk's thread.
"""

import hmac
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from casedesk.models import Client, Contact
from casedesk.paths import data_dir
from casedesk.services.errors import DeskOpenError, DiskFull, ValidationFailed, WrongPassphrase
from casedesk.services.output import protected_files
from casedesk.store.backup import (
    BACKUP_SUFFIX,
    BackupRefused,
    CipherInfo,
    OperationCancelled,
    PreparedRestore,
    Progress,
    cipher_info,
    export_backup,
    prepare_restore,
    rekey,
)
from casedesk.store.database import current_revision
from casedesk.store.errors import DeskDamaged, DeskReadOnly

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

__all__ = [
    "BACKUP_SUFFIX",
    "BackupRefused",
    "CipherInfo",
    "DeskBusy",
    "DeskOverview",
    "DeskSecurityService",
    "OperationCancelled",
    "PreparedRestore",
    "RollingBackup",
    "RollingSettings",
    "SyncConnection",
    "prepare_restore",
    "restore_backup",
    "rolling_backup_folder",
]

ROLLING_KEEP_KEY = "backup.rolling_keep"
ROLLING_WHEN_KEY = "backup.rolling_when"
#: ``<code> <UTC ISO time>`` of the last automatic backup that failed; empty once one succeeds.
ROLLING_FAILED_KEY = "backup.rolling_failed"
DEFAULT_ROLLING_KEEP = 5
MAX_ROLLING_KEEP = 50
#: ``lock``: at every lock and close; ``daily``: at the first lock or close of each day.
ROLLING_WHEN = ("daily", "lock")
DEFAULT_ROLLING_WHEN = "daily"
#: How long a rekey waits for a running integrity check to notice it must stop.
CHECK_STOP_SECONDS = 10.0
_STAMP_FORMAT = "%Y%m%d-%H%M%S"


class DeskBusy(Exception):
    """The desk file is in use in a way that must end first. ``reason``: ``sync`` (a sync is
    running), ``backup`` (a backup is being written), ``check`` (an integrity check would not
    stop), ``rekey`` (the passphrase is being changed)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class RollingSettings:
    keep: int = DEFAULT_ROLLING_KEEP
    when: str = DEFAULT_ROLLING_WHEN


@dataclass(frozen=True)
class RollingBackup:
    path: Path
    made_at: datetime  # local time
    size: int


@dataclass(frozen=True)
class SyncConnection:
    """What this desk knows of its sync set-up (the token is never shown)."""

    configured: bool
    address: str  # with any password in it masked
    login: str
    last_success: datetime | None  # local time
    pending_changes: int
    open_conflicts: int


@dataclass(frozen=True)
class DeskOverview:
    """Everything the Database settings dialog shows, read in one go on the desk's thread."""

    path: Path
    file_bytes: int  # the desk file with its -wal
    worker_name: str
    team: str
    role: str
    device_id: str
    schema_revision: str
    cipher: CipherInfo
    clients: int
    contacts: int
    sync: SyncConnection
    rolling: RollingSettings
    rolling_folder: Path
    rolling_backups: tuple[RollingBackup, ...]
    #: The failure code of the last automatic backup ("" if it went well), and when (local).
    rolling_failure: str
    rolling_failed_at: datetime | None


def rolling_backup_folder() -> Path:
    return data_dir() / "backups"


def _failure_code(error: BaseException) -> str:
    if isinstance(error, DiskFull):
        return "disk_full"
    if isinstance(error, DeskReadOnly):
        return "read_only"
    if isinstance(error, DeskDamaged):
        return "damaged"
    if isinstance(error, DeskBusy):
        return "busy"
    return "other"


class DeskUse:
    """Who uses the desk file besides the desk's own connection, against a rekey that needs it alone."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._users: Counter[str] = Counter()
        self._alone = False
        #: Set while a rekey waits for the integrity checks to stop; their ``cancelled`` polls it.
        self.checks_must_stop = threading.Event()

    @contextmanager
    def side(self, kind: str) -> Iterator[None]:
        """Mark a side use (``sync``, ``backup``, ``check``) for the block; DeskBusy during a rekey."""
        with self._condition:
            if self._alone:
                raise DeskBusy("rekey")
            self._users[kind] += 1
        try:
            yield
        finally:
            with self._condition:
                self._users[kind] -= 1
                self._condition.notify_all()

    @contextmanager
    def alone(self, sync_running: Callable[[], bool]) -> Iterator[None]:
        with self._condition:
            if self._alone:
                raise DeskBusy("rekey")
            if self._users["sync"] or sync_running():
                raise DeskBusy("sync")
            if self._users["backup"]:
                raise DeskBusy("backup")
            self._alone = True
            self.checks_must_stop.set()
            if not self._condition.wait_for(lambda: not self._users["check"], timeout=CHECK_STOP_SECONDS):
                self._alone = False
                self.checks_must_stop.clear()
                raise DeskBusy("check")
        try:
            yield
        finally:
            with self._condition:
                self._alone = False
                self.checks_must_stop.clear()


class DeskSecurityService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk
        self.use = DeskUse()

    # --- what the dialog shows ------------------------------------------------------------------
    def overview(self) -> DeskOverview:
        desk = self._desk
        with desk.session() as session:
            clients = session.scalar(select(func.count()).select_from(Client).where(Client.deleted.is_(False))) or 0
            contacts = session.scalar(select(func.count()).select_from(Contact)
                                      .where(Contact.deleted.is_(False))) or 0
        status = desk.sync.status()
        from casedesk.services.sync_service import LOGIN_KEY

        failure, failed_at = self._rolling_failure()
        return DeskOverview(
            path=desk.path, file_bytes=_file_bytes(desk.path), worker_name=desk.identity.name,
            team=desk.identity.team, role=desk.identity.role, device_id=desk.identity.device_id,
            schema_revision=current_revision(desk.engine) or "", cipher=cipher_info(desk.engine),
            clients=clients, contacts=contacts,
            sync=SyncConnection(configured=status.configured, address=_masked(desk.sync.central_address()),
                                login=desk.setting(LOGIN_KEY), last_success=status.last_success,
                                pending_changes=status.pending_changes, open_conflicts=status.open_conflicts),
            rolling=self.rolling_settings(), rolling_folder=rolling_backup_folder(),
            rolling_backups=tuple(self.rolling_backups()), rolling_failure=failure, rolling_failed_at=failed_at)

    # --- the passphrase -------------------------------------------------------------------------
    def change_passphrase(self, current: str, new: str, repeated: str, progress: Progress | None = None,
                          cancelled: Callable[[], bool] | None = None) -> None:
        """Encrypt the desk under ``new``: afterwards only ``new`` opens it (desk's thread; see
        ``store.backup.rekey``). Raises WrongPassphrase (``current`` is
        not the desk's), ValidationFailed (the wizard's rules for a new passphrase; the same one
        again is ``unchanged``), DeskBusy, OperationCancelled (``cancelled`` said so before the
        re-encrypted desk replaced the old one: nothing changed) or a DeskOpenError."""
        from casedesk.services.desk import check_new_passphrase

        desk = self._desk
        if not hmac.compare_digest(current.encode("utf-8", "surrogatepass"),
                                   (desk.engine.url.password or "").encode("utf-8", "surrogatepass")):
            raise WrongPassphrase()
        check_new_passphrase(new, repeated)
        if new == current:
            raise ValidationFailed({"passphrase": "unchanged"})
        report = _quiet(progress)
        with self.use.alone(desk.sync_running):
            desk.use_engine(rekey(desk.engine, desk.path, new, report, cancelled or (lambda: False)))
        self._renew_rolling_backups(report)

    def _renew_rolling_backups(self, progress: Progress) -> None:
        """The rolling backups open with the old passphrase: one new under the new passphrase,
        then the old ones go (even if the new one fails: the old passphrase is to open nothing)."""
        old = self.rolling_backups()
        if not old and not self.rolling_settings().keep:
            return
        made = self._make_rolling(progress) if self.rolling_settings().keep else None
        for backup in old:
            if backup.path != made:
                backup.path.unlink(missing_ok=True)

    # --- a backup to a chosen file ---------------------------------------------------------------
    def backup(self, target: Path, own_passphrase: str | None = None, repeated: str | None = None,
               overwrite: bool = False, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> Path:
        """Write an encrypted copy of the desk to ``target`` (0600), under the desk's passphrase or
        ``own_passphrase`` (the wizard's rules, given twice). Any thread: the desk stays usable.
        Raises ValidationFailed, BackupRefused (the target), DeskBusy, OperationCancelled or a
        DeskOpenError."""
        from casedesk.services.desk import check_new_passphrase

        if own_passphrase is not None:
            check_new_passphrase(own_passphrase, repeated if repeated is not None else "")
        desk = self._desk
        with self.use.side("backup"):
            return export_backup(desk.path, desk.engine.url.password or "", target, own_passphrase, overwrite,
                                 protected_files(desk.path), progress or (lambda _stage, _fraction: None),
                                 cancelled or (lambda: False))

    # --- rolling backups -------------------------------------------------------------------------
    def rolling_settings(self) -> RollingSettings:
        try:
            keep = int(self._desk.setting(ROLLING_KEEP_KEY, str(DEFAULT_ROLLING_KEEP)))
        except ValueError:
            keep = DEFAULT_ROLLING_KEEP
        when = self._desk.setting(ROLLING_WHEN_KEY, DEFAULT_ROLLING_WHEN)
        return RollingSettings(min(max(keep, 0), MAX_ROLLING_KEEP), when if when in ROLLING_WHEN else DEFAULT_ROLLING_WHEN)

    def set_rolling_settings(self, keep: int, when: str) -> None:
        """``keep`` 0 turns rolling backups off (those there stay until deleted by hand)."""
        problems = {}
        if not 0 <= keep <= MAX_ROLLING_KEEP:
            problems["keep"] = "out_of_range"
        if when not in ROLLING_WHEN:
            problems["when"] = "unknown"
        if problems:
            raise ValidationFailed(problems)
        self._desk.set_setting(ROLLING_KEEP_KEY, str(keep))
        self._desk.set_setting(ROLLING_WHEN_KEY, when)
        if keep:
            self._prune(keep)

    def rolling_backups(self) -> list[RollingBackup]:
        """This desk's rolling backups, newest first."""
        folder = rolling_backup_folder()
        pattern = re.compile(re.escape(self._desk.path.stem) + r"-(\d{8}-\d{6})" + re.escape(BACKUP_SUFFIX))
        found = []
        for path in folder.glob(f"*{BACKUP_SUFFIX}") if folder.is_dir() else ():
            match = pattern.fullmatch(path.name)
            if not match:
                continue
            try:
                made_at = datetime.strptime(match.group(1), _STAMP_FORMAT)
                size = path.stat().st_size
            except (ValueError, OSError):
                continue
            found.append(RollingBackup(path, made_at, size))
        return sorted(found, key=lambda backup: backup.made_at, reverse=True)

    def rolling_backup_due(self, now: datetime | None = None) -> bool:
        settings = self.rolling_settings()
        if not settings.keep:
            return False
        if settings.when == "lock":
            return True
        backups = self.rolling_backups()
        return not backups or backups[0].made_at.date() < (now or datetime.now()).date()

    def rolling_backup_if_due(self, now: datetime | None = None) -> Path | None:
        """At a lock or close (desk's thread): make a rolling backup when one is due, keep the
        newest N. Never raises for the file or the disk: a failure is remembered for the
        Database settings and the lock goes on."""
        try:
            if not self.rolling_backup_due(now):
                return None
            return self._make_rolling(lambda _stage, _fraction: None, now)
        except (DeskOpenError, OSError):
            return None  # the desk itself cannot be read or written: nothing to remember it in

    def _make_rolling(self, progress: Progress, now: datetime | None = None) -> Path | None:
        desk = self._desk
        target = rolling_backup_folder() / f"{desk.path.stem}-{(now or datetime.now()):{_STAMP_FORMAT}}{BACKUP_SUFFIX}"
        try:
            with self.use.side("backup"):
                # Through the desk's own connection: this runs on its thread, and a lock waits for it.
                export_backup(desk.path, desk.engine.url.password or "", target, None, False,
                              protected_files(desk.path), progress, engine=desk.engine)
        except (DeskOpenError, BackupRefused, DeskBusy, OperationCancelled, OSError) as error:
            if isinstance(error, BackupRefused) and error.reason == "exists":
                return target  # one made within the same second
            desk.set_setting(ROLLING_FAILED_KEY, f"{_failure_code(error)} {datetime.now(UTC).isoformat()}")
            return None
        if desk.setting(ROLLING_FAILED_KEY):
            desk.set_setting(ROLLING_FAILED_KEY, "")
        self._prune(self.rolling_settings().keep)
        return target

    def _prune(self, keep: int) -> None:
        for backup in self.rolling_backups()[max(keep, 1):]:
            backup.path.unlink(missing_ok=True)

    def _rolling_failure(self) -> tuple[str, datetime | None]:
        code, _, when = self._desk.setting(ROLLING_FAILED_KEY).partition(" ")
        try:
            failed_at = datetime.fromisoformat(when).astimezone().replace(tzinfo=None) if when else None
        except ValueError:
            failed_at = None
        return code, failed_at

    def remove_rolling_backups(self) -> int:
        """Delete every rolling backup of this desk (a laptop the office revoked)."""
        backups = self.rolling_backups()
        for backup in backups:
            backup.path.unlink(missing_ok=True)
        return len(backups)


def restore_backup(backup: Path, passphrase: str, target: Path, overwrite: bool = False,
                   protected: tuple[Path, ...] | list[Path] = (), progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None) -> Path:
    """Check ``backup`` (passphrase, kind, schema, every page) and make it the desk at ``target``
    (an existing desk there only with ``overwrite``). The restored desk opens with the backup's
    passphrase. Raises BackupRefused, OperationCancelled or a DeskOpenError; nothing at
    ``target`` changes unless it succeeds."""
    prepared = prepare_restore(backup, passphrase, target, overwrite, protected,
                               progress or (lambda _stage, _fraction: None), cancelled or (lambda: False))
    return prepared.commit()


def _quiet(progress: Progress | None) -> Progress:
    """A progress callback that never raises: a rekey must not stop between its commit and its
    checkpoint because a window that showed its progress has gone."""
    if progress is None:
        return lambda _stage, _fraction: None

    def report(stage: str, fraction: float | None) -> None:
        try:
            progress(stage, fraction)
        except Exception:  # noqa: BLE001, S110 - the progress shown is not worth a half-done rekey
            pass

    return report


def _file_bytes(path: Path) -> int:
    total = 0
    for file in (path, path.with_name(path.name + "-wal")):
        try:
            total += file.stat().st_size
        except OSError:
            pass
    return total


def _masked(address: str) -> str:
    if not address:
        return ""
    try:
        return make_url(address).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return address.split("@")[-1]
