"""What several commands share: finding and unlocking the desk, and every store failure in one line."""

import argparse
import getpass
import sys
from pathlib import Path

from sqlalchemy.exc import DatabaseError as SADatabaseError

from casedesk.cli import CommandError
from casedesk.paths import default_desk_path
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientFilter
from casedesk.services.errors import (
    DeskAlreadyExists,
    DeskDamaged,
    DeskInUse,
    DeskNotFound,
    DeskOpenError,
    DeskReadOnly,
    DeskTooNew,
    DiskFull,
    FolderInTheWay,
    NotADesk,
    NotFound,
    ValidationFailed,
    WrongPassphrase,
)
from casedesk.services.output import OutputRefused
from casedesk.store.database import is_store_failure, store_error

OPEN_ERROR_MESSAGES: dict[type[DeskOpenError], str] = {
    DeskNotFound: "no desk at {path}; start CaseDesk once to create one",
    FolderInTheWay: "{path} is a folder, not a desk file; move the folder away or give the desk file with --desk",
    WrongPassphrase: "wrong passphrase; nothing was changed",
    NotADesk: "{path} is not a CaseDesk file",
    DeskDamaged: "{path} is damaged; restore it from a backup or sync it again from the office",
    DeskTooNew: "{path} was written by a newer CaseDesk; please update this program",
    DeskReadOnly: "{path} cannot be written (read-only file, folder or medium); nothing was changed",
    DeskInUse: "{path} is in use by another CaseDesk; close it there and try again",
    DeskAlreadyExists: "{path} already exists",
}


def disk_full_message(error: DiskFull) -> str:
    if error.needed_bytes:
        return f"the disk is full; free at least {max(1, error.needed_bytes // 1_000_000)} MB and try again"
    return "the disk is full; free some space and try again (nothing saved was lost)"


def open_error_message(error: DeskOpenError, path: Path | str) -> str:
    if isinstance(error, DiskFull):
        return disk_full_message(error)
    template = next(
        (message for kind, message in OPEN_ERROR_MESSAGES.items() if isinstance(error, kind)),
        "{path} cannot be opened",
    )
    return template.format(path=path)


def store_failure_message(error: BaseException) -> str | None:
    """One line for a failure that reached the top without its own message, or None if unknown."""
    if isinstance(error, SADatabaseError) and is_store_failure(error.orig):
        error = store_error(error.orig)
    if isinstance(error, DeskOpenError):
        return open_error_message(error, "the desk")
    if isinstance(error, ValidationFailed):
        return "refused: " + ", ".join(f"{field} is {code.replace('_', ' ')}" for field, code in error.problems.items())
    if isinstance(error, OutputRefused):
        return f"{error.path} was not written ({error.reason.replace('_', ' ')})"
    if isinstance(error, NotFound):
        return "not found"
    if isinstance(error, OSError) and error.strerror:
        return f"{error.filename or 'a file'}: {error.strerror}"
    return None


def add_unlock_arguments(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: an absent --desk here must not hide one given before the subcommand.
    parser.add_argument("--desk", type=Path, default=argparse.SUPPRESS,
                        help="desk file (default: the user data folder)")
    parser.add_argument("--passphrase-stdin", action="store_true",
                        help="read the passphrase from the first line of standard input instead of a prompt")


def desk_path(args: argparse.Namespace) -> Path:
    return getattr(args, "desk", None) or default_desk_path()


def read_passphrase(from_stdin: bool) -> str:
    try:
        if from_stdin or not sys.stdin.isatty():
            line = sys.stdin.readline()
            if not line:
                raise CommandError("no passphrase on standard input")
            return line.rstrip("\r\n")
        return getpass.getpass("Passphrase: ")
    except UnicodeDecodeError:
        raise CommandError("the passphrase on standard input is not valid UTF-8 text") from None
    except EOFError:
        raise CommandError("no passphrase given") from None


def unlock(args: argparse.Namespace) -> Desk:
    path = desk_path(args)
    passphrase = read_passphrase(args.passphrase_stdin)
    try:
        desk = Desk.open(path, passphrase)
    except DeskOpenError as error:
        raise CommandError(open_error_message(error, path)) from None
    for warning in desk.open_warnings:
        print(f"casedesk: a write-ahead log that did not belong to this desk was set aside as {warning.moved_to}",
              file=sys.stderr)
    return desk


def find_client(desk: Desk, subject: str) -> str:
    """The id of the one client ``subject`` names: an id, or a name/alias that matches exactly one."""
    if not subject:
        raise CommandError("name the client (id, name or alias)")
    try:
        return desk.clients.get(subject).id
    except NotFound:
        pass
    matches = desk.clients.list(ClientFilter(text=subject, include_closed=True))
    if not matches:
        raise CommandError(f"no client matches {subject!r}")
    if len(matches) > 1:
        raise CommandError(f"{len(matches)} clients match {subject!r}; give more of the name or the client id")
    return matches[0].id
