"""SQLCipher's side of desk security: a new passphrase (the desk exported under the new key, then
put in its place), an encrypted backup (``sqlcipher_export`` into an attached encrypted file) and
a checked restore.

A new passphrase re-encrypts the desk by exporting it, through the desk's own connection, into
a file beside it under the new key; that file replaces the desk file when it is complete and
opens with the new key (``rekey``). Until then the desk file is untouched and the export can be
cancelled; the rename is atomic, so a crash leaves the desk under one passphrase or the other.

A backup is exported through a read-only connection of its own inside one read transaction
(one consistent state while the desk stays in use), into a file created 0600 under a neutral
name beside the target and renamed into place only when complete. Without a passphrase of its
own the attached file inherits the desk's key material (no second key derivation). The export
is cancellable: a progress handler interrupts it.
"""

import errno
import os
import secrets
import threading
import time
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine

from casedesk.store.database import (
    APPLICATION_ID,
    NEW_DESK_BYTES,
    _check_key,
    _damage,
    _engine_for,
    _ensure_room,
    _known_revisions,
    _passphrase_fits,
    _raw_connection,
    _remove_with_sidecars,
    _sidecar,
    _sniff,
    _sync_folder,
    passphrase_problem,
    store_error,
)
from casedesk.store.errors import DeskDamaged, DeskInUse, NotADesk, WrongPassphrase

#: Backups are whole desks in SQLite's rollback-journal mode; this ending tells them from desks.
BACKUP_SUFFIX = ".casedesk-backup"
#: SQLite's write-ahead log: a 32-byte header, then per page a 24-byte frame header and the page.
_WAL_HEADER_BYTES = 32
_WAL_FRAME_HEADER_BYTES = 24
#: A progress handler every this many virtual-machine steps: often enough to cancel within ~50 ms.
_PROGRESS_STEPS = 20_000
#: How often the size of a growing file is read for the progress bar.
_POLL_SECONDS = 0.25
#: Cache of the backup's own connection per schema (desk and backup): as the desk's, 64 MB.
_CACHE_KIB = 65_536
_COPY_CHUNK = 8 * 2**20

#: ``progress(stage, fraction)``: ``fraction`` from 0 to 1, or None while it cannot be told.
Progress = Callable[[str, float | None], None]


def _no_progress(_stage: str, _fraction: float | None) -> None:
    pass


def _never() -> bool:
    return False


class BackupRefused(Exception):
    """A backup or restore was not done and nothing was changed. ``reason`` is a code:

    ``not_found`` (no backup file there), ``folder`` (a folder where a file is expected),
    ``not_a_backup`` (the file is no CaseDesk backup), ``wrong_passphrase`` (or the file's first
    page is damaged: SQLCipher cannot tell the two apart), ``damaged`` (pages fail their check;
    ``detail`` has SQLite's first finding, page numbers, no content), ``too_new`` (made by a newer
    CaseDesk), ``exists`` (ask first, then pass ``overwrite``), ``not_replaceable`` (an existing
    file that is not an encrypted database is never replaced), ``desk_file`` (the target is the
    open desk or one of its side files), ``in_use`` (a desk open in another program).
    """

    def __init__(self, reason: str, path: Path, detail: str = "") -> None:
        super().__init__(f"{reason}: {path}")
        self.reason = reason
        self.path = path
        self.detail = detail


class OperationCancelled(Exception):
    """The worker cancelled a backup or restore; whatever it had written is removed."""


@dataclass(frozen=True)
class CipherInfo:
    """How the desk is encrypted, as SQLCipher reports it on the open connection."""

    sqlcipher_version: str
    provider: str
    provider_version: str
    cipher: str
    hmac_algorithm: str
    kdf_algorithm: str
    kdf_iterations: int
    page_size: int
    page_count: int
    free_pages: int


def _quoted(passphrase: str) -> str:
    # As the SQLAlchemy dialect quotes ``PRAGMA key`` (an identifier), so both give the same key.
    return '"' + passphrase.replace('"', '""') + '"'


def cipher_info(engine: Engine) -> CipherInfo:
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()

        def value(pragma: str) -> str:
            row = cursor.execute(f"PRAGMA {pragma}").fetchone()
            return str(row[0]) if row else ""

        return CipherInfo(
            sqlcipher_version=value("cipher_version"), provider=value("cipher_provider"),
            provider_version=value("cipher_provider_version"),
            # SQLCipher 4 encrypts every page with AES in CBC mode under a 256-bit key; no setting.
            cipher="AES-256-CBC", hmac_algorithm=value("cipher_hmac_algorithm"),
            kdf_algorithm=value("cipher_kdf_algorithm"), kdf_iterations=int(value("kdf_iter") or 0),
            page_size=int(value("cipher_page_size") or 0), page_count=int(value("page_count") or 0),
            free_pages=int(value("freelist_count") or 0))
    finally:
        raw.close()


@contextmanager
def _watch_growth(path: Path, expected_bytes: int, stage: str, progress: Progress):
    """Report ``path``'s size against ``expected_bytes`` from a thread of its own while the block runs."""
    done = threading.Event()

    def watch() -> None:
        while not done.wait(_POLL_SECONDS):
            try:
                size = path.stat().st_size
            except OSError:
                size = 0
            progress(stage, min(size / expected_bytes, 1.0) if expected_bytes else None)

    watcher = threading.Thread(target=watch, name="casedesk-progress", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        done.set()
        watcher.join()


def _checkpoint(cursor) -> None:
    busy = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy and busy[0]:
        raise DeskInUse("another connection holds the write-ahead log")


def rekey(engine: Engine, path: Path, new_passphrase: str, progress: Progress = _no_progress,
          cancelled: Callable[[], bool] = _never) -> Engine:
    """Encrypt the open desk under ``new_passphrase``. Returns the engine to use from now on
    (``engine`` is disposed). Raises OperationCancelled (the desk is as it was) or a
    DeskOpenError (nothing changed).

    The whole desk is exported under the new key into a file beside it, which then replaces the
    desk file: every page is read and written once. ``PRAGMA rekey`` wrote every page into the
    -wal and then again into the file, and could not be cancelled (29.2 s + 3.4 s on the 3 GB
    desk, against 24 s for the export). Until the rename the desk file is untouched and the
    export can be cancelled (its partial file goes); the rename is atomic, so a crash leaves the
    desk under the old passphrase or under the new one, never between (a partial file left by a
    crash goes at the next passphrase change).

    No other connection may be open on the desk (the caller keeps them out): the -wal is emptied
    into the file first and then belongs to the file that is replaced.
    """
    problem = passphrase_problem(new_passphrase)
    if problem:
        raise ValueError(problem)
    for leftover in path.parent.glob(f".{path.name}.partial-*"):
        _remove_with_sidecars(leftover)
    try:
        _ensure_room(path.parent, path.stat().st_size + NEW_DESK_BYTES)
        raw = engine.raw_connection()
        try:
            _checkpoint(raw.cursor())
        finally:
            raw.close()
        partial = _partial_name(path)
        _create_private(partial)
    except OSError as error:
        raise _os_failure(error) from None
    except sqlcipher3.DatabaseError as error:
        raise store_error(error) from None
    try:
        progress("rekey", 0.0)
        _export(path, "", partial, new_passphrase,
                lambda stage, fraction: progress("rekey" if stage == "export" else stage, fraction), cancelled, engine)
        if cancelled():
            raise OperationCancelled()
        progress("finish", None)
        # The desk's own mode (the export writes without a journal) and a proof that the new key opens it.
        check = _raw_connection(partial, new_passphrase, "mode=rw")
        try:
            if not _passphrase_fits(check):
                raise DeskDamaged("the re-encrypted desk does not open with the new passphrase")
            check.execute("PRAGMA journal_mode = WAL")
        finally:
            check.close()
        _fsync(partial)
        engine.dispose()
        for suffix in ("-wal", "-shm", "-journal"):
            _sidecar(path, suffix).unlink(missing_ok=True)
        os.replace(partial, path)
        _sync_folder(path.parent)
    except OSError as error:
        _remove_with_sidecars(partial)
        raise _os_failure(error) from None
    except BaseException:
        _remove_with_sidecars(partial)
        raise
    try:
        rekeyed = _engine_for(engine.url.set(password=new_passphrase))
        _check_key(rekeyed)
    except sqlcipher3.DatabaseError as error:
        raise store_error(error) from None
    progress("finish", 1.0)
    return rekeyed


# --- files -------------------------------------------------------------------------------------

def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.exists() and second.exists() and os.path.samefile(first, second)
    except OSError:
        return False


def _looks_encrypted(path: Path) -> bool:
    """Whether ``path`` has the shape of an SQLCipher file (a desk or a backup): only such a file
    may be replaced by a backup or a restore; a document that happens to stand there never is."""
    try:
        _sniff(path)
    except (NotADesk, OSError):
        return False
    return True


def desk_in_use(path: Path) -> bool:
    """Whether a program has the desk at ``path`` open: SQLite holds a shared lock on the -shm's
    DMS byte (offset 128) for as long as a connection has the -wal open."""
    try:
        import fcntl
    except ImportError:  # not on Windows: SQLite's own lock refuses there instead
        return False
    try:
        descriptor = os.open(_sidecar(path, "-shm"), os.O_RDWR)
    except OSError:
        return False
    try:
        try:
            fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, 128)
        except OSError:
            return True
        fcntl.lockf(descriptor, fcntl.LOCK_UN, 1, 128)
        return False
    finally:
        os.close(descriptor)


def check_target(target: Path, overwrite: bool, protected: Iterable[Path] = ()) -> None:
    """Raise BackupRefused unless a backup or a restored desk may be written to ``target``."""
    resolved = target.resolve()
    for kept in protected:
        if resolved == kept.resolve() or _same_file(target, kept):
            raise BackupRefused("desk_file", target)
    if target.is_dir():
        raise BackupRefused("folder", target)
    if target.exists() or target.is_symlink():
        if not _looks_encrypted(target) or target.is_symlink():
            raise BackupRefused("not_replaceable", target)
        if not overwrite:
            raise BackupRefused("exists", target)
        if desk_in_use(target):
            raise BackupRefused("in_use", target)


def _partial_name(target: Path) -> Path:
    # Random and neutral: says nothing about the desk; the dot keeps it out of file dialogs.
    return target.with_name(f".{target.name}.partial-{secrets.token_hex(4)}")


def _create_private(path: Path) -> None:
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600))


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _put_in_place(partial: Path, target: Path, overwrite: bool) -> None:
    """Move the finished file to ``target``; never over a file that appeared meanwhile unless asked."""
    if overwrite:
        # A desk replaced by a restore: its -wal and -shm belong to the old file.
        for suffix in ("-wal", "-shm", "-journal"):
            _sidecar(target, suffix).unlink(missing_ok=True)
        os.replace(partial, target)
    else:
        try:
            os.link(partial, target)
        except OSError as error:
            if error.errno == errno.EEXIST:
                raise BackupRefused("exists", target) from None
            raise
        partial.unlink()
    _sync_folder(target.parent)


def _os_failure(error: OSError) -> BaseException:
    """A full disk or missing rights as the store's typed errors; any other OSError as it is
    (it names the file, never a client: our file names hold none)."""
    if error.errno in (errno.ENOSPC, errno.EACCES, errno.EPERM, errno.EROFS):
        return store_error(error)
    return error


# --- backup ------------------------------------------------------------------------------------

def export_backup(desk_path: Path, passphrase: str, target: Path, backup_passphrase: str | None = None,
                  overwrite: bool = False, protected: Iterable[Path] = (), progress: Progress = _no_progress,
                  cancelled: Callable[[], bool] = _never, engine: Engine | None = None) -> Path:
    """Write an encrypted copy of the whole desk to ``target`` (0600) and return ``target``.

    ``backup_passphrase``: the backup's own passphrase; None keeps the desk's. ``engine``: export
    through the desk's own connection (on its thread, outside any transaction) instead of a new
    read-only one, which saves a key derivation: for the rolling backup at a lock. Raises
    BackupRefused for the target, OperationCancelled, or a DeskOpenError (a full disk, a
    damaged desk: the export reads and checks every page).
    """
    protected = [*protected, desk_path, *(_sidecar(desk_path, suffix) for suffix in ("-wal", "-shm", "-journal"))]
    check_target(target, overwrite, protected)
    if backup_passphrase is not None and passphrase_problem(backup_passphrase):
        raise ValueError(passphrase_problem(backup_passphrase))
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _ensure_room(target.parent, desk_path.stat().st_size)
        partial = _partial_name(target)
        _create_private(partial)
    except OSError as error:
        raise _os_failure(error) from None
    try:
        _export(desk_path, passphrase, partial, backup_passphrase, progress, cancelled, engine)
        _fsync(partial)
        if cancelled():  # asked after the export's last progress call: still nothing written
            raise OperationCancelled()
        # The backup opens with its passphrase (a cheap check: the key of page 1).
        check = _raw_connection(partial, passphrase if backup_passphrase is None else backup_passphrase,
                                "immutable=1")
        try:
            if not _passphrase_fits(check):
                raise DeskDamaged("the backup does not open with its passphrase")
        finally:
            check.close()
        _put_in_place(partial, target, overwrite)
    except OSError as error:
        _remove_with_sidecars(partial)
        raise _os_failure(error) from None
    except BaseException:
        _remove_with_sidecars(partial)
        raise
    progress("export", 1.0)
    return target


def _export(desk_path: Path, passphrase: str, partial: Path, backup_passphrase: str | None,
            progress: Progress, cancelled: Callable[[], bool], engine: Engine | None) -> None:
    raw = engine.raw_connection() if engine is not None else None
    if raw is not None:
        connection = raw.driver_connection
        # The desk's connection checks foreign keys; the export copies whole tables whose rows
        # were checked when written (with the check every copied row looked up its parents).
        connection.execute("PRAGMA foreign_keys = OFF")
    else:
        connection = _raw_connection(desk_path, passphrase, "mode=ro")
        connection.isolation_level = None
    try:
        if raw is None:
            if not _passphrase_fits(connection):
                raise WrongPassphrase()
            connection.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
            connection.execute("PRAGMA temp_store = MEMORY")
        pages = int(connection.execute("PRAGMA page_count").fetchone()[0])
        free = int(connection.execute("PRAGMA freelist_count").fetchone()[0])
        page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])
        if backup_passphrase is None:
            # Inherits the desk's derived key and salt: no second key derivation.
            connection.execute("ATTACH DATABASE ? AS backup", (str(partial),))
        else:
            connection.execute("ATTACH DATABASE ? AS backup KEY ?", (str(partial), backup_passphrase))
        try:
            # The file is thrown away if anything fails: no journal, and one fsync at the end.
            connection.execute("PRAGMA backup.journal_mode = OFF")
            connection.execute("PRAGMA backup.synchronous = OFF")
            connection.execute(f"PRAGMA backup.cache_size = -{_CACHE_KIB}")
            connection.set_progress_handler(lambda: 1 if cancelled() else 0, _PROGRESS_STEPS)
            progress("export", 0.0)
            with _watch_growth(partial, (pages - free) * page_size, "export", progress):
                connection.execute("BEGIN")
                connection.execute("SELECT sqlcipher_export('backup')")
                # sqlcipher_export copies the schema and rows, not the application id.
                connection.execute(f"PRAGMA backup.application_id = {APPLICATION_ID}")
                connection.execute("COMMIT")
        finally:
            connection.set_progress_handler(None, 0)
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            connection.execute("DETACH DATABASE backup")
    except sqlcipher3.OperationalError as error:
        if cancelled() and "interrupt" in str(error):
            raise OperationCancelled() from None
        raise store_error(error) from None
    except sqlcipher3.DatabaseError as error:
        raise store_error(error) from None
    finally:
        if raw is not None:
            connection.execute("PRAGMA foreign_keys = ON")
            raw.close()  # back to the engine's pool: the desk's connection stays open
        else:
            connection.close()


# --- restore -----------------------------------------------------------------------------------

@dataclass
class PreparedRestore:
    """A checked copy of a backup beside its target, put in place by ``commit`` (or dropped)."""

    partial: Path
    target: Path
    overwrite: bool
    revision: str

    def commit(self) -> Path:
        """Put the restored desk at ``target``; the checks of ``prepare_restore`` hold for it."""
        try:
            if self.target.exists() and not self.overwrite:
                raise BackupRefused("exists", self.target)
            if self.overwrite and self.target.exists() and desk_in_use(self.target):
                raise BackupRefused("in_use", self.target)
            _put_in_place(self.partial, self.target, self.overwrite)
        except OSError as error:
            self.discard()
            raise _os_failure(error) from None
        except BaseException:
            self.discard()
            raise
        return self.target

    def discard(self) -> None:
        _remove_with_sidecars(self.partial)


def _revision(connection: sqlcipher3.Connection) -> str | None:
    """Alembic's version table on a bare connection."""
    if connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").fetchone():
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    return None


def read_backup(backup: Path, passphrase: str) -> str:
    """Check that ``backup`` is a CaseDesk backup this program can restore and that the
    passphrase opens it; returns its schema revision. Fast: no page is checked yet."""
    if backup.is_dir():
        raise BackupRefused("folder", backup)
    if not backup.is_file():
        raise BackupRefused("not_found", backup)
    try:
        _sniff(backup)
    except NotADesk:
        raise BackupRefused("not_a_backup", backup) from None
    except OSError as error:
        raise _os_failure(error) from None
    if passphrase_problem(passphrase) == "invalid_character":
        raise BackupRefused("wrong_passphrase", backup)
    try:
        connection = _raw_connection(backup, passphrase, "immutable=1")
    except sqlcipher3.DatabaseError as error:
        raise store_error(error) from None
    try:
        try:
            if not _passphrase_fits(connection):
                raise BackupRefused("wrong_passphrase", backup)
        except DeskDamaged as damage:
            raise BackupRefused("damaged", backup, damage.detail) from None
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            revision = _revision(connection)
        except sqlcipher3.DatabaseError as error:
            raise BackupRefused("damaged", backup, str(error)) from None
    finally:
        connection.close()
    if application_id != APPLICATION_ID or revision is None:
        raise BackupRefused("not_a_backup", backup)
    if revision not in _known_revisions():
        raise BackupRefused("too_new", backup, revision)
    return revision


def prepare_restore(backup: Path, passphrase: str, target: Path, overwrite: bool = False,
                    protected: Iterable[Path] = (), progress: Progress = _no_progress,
                    cancelled: Callable[[], bool] = _never) -> PreparedRestore:
    """Check the backup (passphrase, kind, schema), copy it beside ``target`` and check every page
    of the copy; nothing at ``target`` changes until ``commit``. An older schema is migrated
    when the restored desk is first opened."""
    revision = read_backup(backup, passphrase)
    check_target(target, overwrite, protected)
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _ensure_room(target.parent, backup.stat().st_size + NEW_DESK_BYTES)
        partial = _partial_name(target)
        _create_private(partial)
    except OSError as error:
        raise _os_failure(error) from None
    try:
        _copy(backup, partial, progress, cancelled)
        progress("check", None)
        connection = _raw_connection(partial, passphrase, "mode=rw")
        connection.isolation_level = None
        try:
            connection.set_progress_handler(lambda: 1 if cancelled() else 0, _PROGRESS_STEPS)
            problem = _damage(connection)
            if cancelled():
                raise OperationCancelled()
            if problem:
                raise BackupRefused("damaged", backup, problem)
            connection.set_progress_handler(None, 0)
            # Backups keep SQLite's rollback journal; a desk works in WAL mode.
            connection.execute("PRAGMA journal_mode = WAL")
        finally:
            connection.close()
    except OSError as error:
        _remove_with_sidecars(partial)
        raise _os_failure(error) from None
    except sqlcipher3.DatabaseError as error:
        _remove_with_sidecars(partial)
        raise BackupRefused("damaged", backup, str(error)) from None
    except BaseException:
        _remove_with_sidecars(partial)
        raise
    progress("check", 1.0)
    return PreparedRestore(partial, target, overwrite, revision)


def _copy(source: Path, destination: Path, progress: Progress, cancelled: Callable[[], bool]) -> None:
    total = source.stat().st_size
    copied = 0
    reported = time.monotonic()
    with source.open("rb") as reading, destination.open("r+b") as writing:
        while chunk := reading.read(_COPY_CHUNK):
            if cancelled():
                raise OperationCancelled()
            writing.write(chunk)
            copied += len(chunk)
            if time.monotonic() - reported > _POLL_SECONDS:
                reported = time.monotonic()
                progress("copy", copied / total if total else None)
        writing.flush()
        os.fsync(writing.fileno())
    progress("copy", 1.0)

