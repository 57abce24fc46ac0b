"""``casedesk backup``, ``casedesk restore`` and ``casedesk rekey``: the desk file's security.

    casedesk backup --out F [--own-passphrase] [--force]     an encrypted copy of the whole desk
    casedesk restore F [--to DESK] [--force]                  a checked backup becomes a desk
    casedesk rekey                                            a new passphrase for the desk

With ``--passphrase-stdin`` the passphrases come one a line: the desk's first (for ``restore``
the backup's), then the new or the backup's own one. A backup or restore replaces an existing
file only with ``--force``, and never the desk itself nor a file that is no encrypted database.
"""

import argparse
import getpass
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

from casedesk.services.desk_security import (
    BackupRefused,
    DeskBusy,
    OperationCancelled,
    restore_backup,
)
from casedesk.services.errors import DeskOpenError, ValidationFailed, WrongPassphrase
from casedesk.services.output import protected_files

REFUSED = {
    "not_found": "there is no backup at {path}",
    "folder": "{path} is a folder; give a file",
    "not_a_backup": "{path} is not a CaseDesk backup",
    "wrong_passphrase": "the passphrase does not open {path} (or its first page is damaged); nothing was changed",
    "damaged": "{path} is damaged ({detail}); nothing was restored, use another backup",
    "too_new": "{path} was made by a newer CaseDesk; please update this program",
    "exists": "{path} exists; add --force to replace it",
    "not_replaceable": "{path} exists and is no CaseDesk desk or backup; it is never replaced",
    "desk_file": "{path} is the desk itself or one of its files; choose another file",
    "in_use": "{path} is open in a CaseDesk; close it there first",
}
BUSY = {
    "sync": "a sync is running on this desk; try again when it has finished",
    "backup": "a backup of this desk is being written; try again when it is done",
    "check": "an integrity check of this desk would not stop; try again",
    "rekey": "the passphrase of this desk is being changed; try again when it is done",
}
NEW_PASSPHRASE_PROBLEMS = {
    "too_short": "the new passphrase needs at least 8 characters",
    "mismatch": "the new passphrase and its repetition differ",
    "unchanged": "the new passphrase is the current one",
    "raw_key": "the new passphrase has the form of a raw key (x'…'); choose another",
    "invalid_character": "the new passphrase contains a character that cannot be used",
}


# casedesk.cli imports this module while it is still being initialised: CommandError late.
def _fail(message: str) -> NoReturn:
    from casedesk.cli import CommandError

    raise CommandError(message)


def register(subparsers: argparse._SubParsersAction) -> None:
    from casedesk.cli.common import add_unlock_arguments

    backup = subparsers.add_parser("backup", help="write an encrypted backup of the whole desk to a file")
    backup.add_argument("--out", type=Path, required=True, help="backup file to write (e.g. on a USB stick)")
    backup.add_argument("--own-passphrase", action="store_true",
                        help="encrypt the backup with a passphrase of its own (asked, or the second line of "
                             "standard input) instead of the desk's")
    backup.add_argument("--force", action="store_true", help="replace an earlier backup at --out")
    add_unlock_arguments(backup)
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser("restore", help="check a backup and make it a desk again")
    restore.add_argument("backup", type=Path, help="the backup file")
    restore.add_argument("--to", type=Path, default=None,
                         help="desk file to restore to (default: the desk given by --desk, or the user data folder's)")
    restore.add_argument("--force", action="store_true", help="replace the desk at --to (it must not be open)")
    restore.add_argument("--passphrase-stdin", action="store_true",
                         help="read the backup's passphrase from the first line of standard input")
    restore.set_defaults(handler=run_restore)

    rekey = subparsers.add_parser("rekey", help="change the desk's passphrase (every page is encrypted again)")
    add_unlock_arguments(rekey)
    rekey.set_defaults(handler=run_rekey)


def _second_line(what: str) -> str:
    line = sys.stdin.readline()
    if not line:
        _fail(f"no {what} on standard input (second line)")
    return line.rstrip("\r\n")


def _new_passphrase(from_stdin: bool, what: str) -> tuple[str, str]:
    """The new passphrase and its repetition: typed twice, or once on standard input."""
    try:
        if from_stdin or not sys.stdin.isatty():
            line = _second_line(what)
            return line, line
        first = getpass.getpass(f"{what[0].upper()}{what[1:]}: ")
        return first, getpass.getpass(f"{what[0].upper()}{what[1:]} again: ")
    except UnicodeDecodeError:
        _fail(f"the {what} on standard input is not valid UTF-8 text")
    except EOFError:
        _fail(f"no {what} given")


def _refused(refused: BackupRefused) -> NoReturn:
    _fail(REFUSED[refused.reason].format(path=refused.path, detail=refused.detail or "no detail"))


def _validation(failure: ValidationFailed) -> NoReturn:
    code = next(iter(failure.problems.values()), "")
    _fail(NEW_PASSPHRASE_PROBLEMS.get(code, f"refused: {code.replace('_', ' ')}"))


def _store(error: DeskOpenError, path: Path) -> NoReturn:
    from casedesk.cli.common import open_error_message

    _fail(open_error_message(error, path))


PROGRESS_LABELS = {"export": "writing the backup", "rekey": "encrypting every page", "finish": "writing the desk",
                   "copy": "copying the backup", "check": "checking every page"}


class _Progress:
    """A line on stderr that follows the work when a person watches (a terminal); silent otherwise."""

    def __init__(self) -> None:
        self._shown = sys.stderr.isatty()
        self._last = ""

    def __call__(self, stage: str, fraction: float | None) -> None:
        if not self._shown:
            return
        text = PROGRESS_LABELS.get(stage, stage) + (f" {100 * fraction:3.0f} %" if fraction is not None else " …")
        if text != self._last:
            self._last = text
            print(f"\rcasedesk: {text}   ", end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        if self._shown and self._last:
            print(file=sys.stderr, flush=True)


def run_backup(args: argparse.Namespace) -> int:
    from casedesk.cli.common import desk_path, unlock
    from casedesk.store.backup import check_target

    try:
        # Checked before any passphrase is asked, and again when writing.
        check_target(args.out, args.force, protected_files(desk_path(args)))
    except BackupRefused as refused:
        _refused(refused)
    desk = unlock(args)
    progress = _Progress()
    try:
        own, repeated = (_new_passphrase(args.passphrase_stdin, "backup passphrase") if args.own_passphrase
                         else (None, None))
        desk.security.backup(args.out, own, repeated, overwrite=args.force, progress=progress)
    except BackupRefused as refused:
        _refused(refused)
    except ValidationFailed as failure:
        _validation(failure)
    except DeskBusy as busy:
        _fail(BUSY[busy.reason])
    except DeskOpenError as error:
        _store(error, desk.path)
    except OSError as error:
        _fail(f"cannot write {args.out}: {error.strerror}")
    finally:
        progress.done()
        desk.close()
    print(args.out)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from casedesk.cli.common import desk_path, read_passphrase

    target: Path = args.to or desk_path(args)
    progress = _Progress()
    try:
        # The target first: no passphrase is asked for a restore that could not be written.
        from casedesk.store.backup import check_target

        check_target(target, args.force)
        passphrase = read_passphrase(args.passphrase_stdin)
        restore_backup(args.backup, passphrase, target, overwrite=args.force, progress=progress)
    except BackupRefused as refused:
        _refused(refused)
    except OperationCancelled:
        _fail("cancelled; nothing was restored")
    except DeskOpenError as error:
        _store(error, target)
    except OSError as error:
        _fail(f"cannot restore to {target}: {error.strerror}")
    finally:
        progress.done()
    print(target)
    print("restored; the desk opens with the backup's passphrase", file=sys.stderr)
    return 0


@contextmanager
def _not_interruptible() -> Iterator[None]:
    """Ctrl+C would stop a rekey between SQLCipher's commit and the checkpoint after it (the desk
    would then keep its old passphrase): it waits until the rekey is done."""
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def run_rekey(args: argparse.Namespace) -> int:
    from casedesk.cli.common import unlock

    desk = unlock(args)
    current = desk.engine.url.password or ""
    progress = _Progress()
    try:
        new, repeated = _new_passphrase(args.passphrase_stdin, "new passphrase")
        if sys.stderr.isatty():
            print("casedesk: changing the passphrase cannot be interrupted; it takes a while on a big desk",
                  file=sys.stderr)
        with _not_interruptible():
            desk.security.change_passphrase(current, new, repeated, progress=progress)
    except ValidationFailed as failure:
        _validation(failure)
    except WrongPassphrase:
        _fail("wrong passphrase; nothing was changed")
    except DeskBusy as busy:
        _fail(BUSY[busy.reason])
    except DeskOpenError as error:
        _store(error, desk.path)
    finally:
        progress.done()
        desk.close()
    print("passphrase changed; the old passphrase no longer opens the desk "
          "(backups you saved before keep the passphrase they were made with)")
    return 0
