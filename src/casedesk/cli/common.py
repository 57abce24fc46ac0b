"""What several commands share: finding and unlocking the desk without a traceback."""

import argparse
import getpass
import sys
from pathlib import Path

from casedesk.cli import CommandError
from casedesk.paths import default_desk_path
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientFilter
from casedesk.services.errors import (
    DeskDamaged,
    DeskNotFound,
    DeskOpenError,
    DeskTooNew,
    NotADesk,
    NotFound,
    WrongPassphrase,
)

OPEN_ERROR_MESSAGES: dict[type[DeskOpenError], str] = {
    DeskNotFound: "no desk at {path}; start CaseDesk once to create one",
    WrongPassphrase: "wrong passphrase; nothing was changed",
    NotADesk: "{path} is not a CaseDesk database",
    DeskDamaged: "{path} is damaged and cannot be opened; restore it from a backup or sync",
    DeskTooNew: "{path} was written by a newer CaseDesk; please update this program",
}


def add_unlock_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--desk", type=Path, default=None, help="desk file (default: the user data folder)")
    parser.add_argument("--passphrase-stdin", action="store_true",
                        help="read the passphrase from the first line of standard input instead of a prompt")


def read_passphrase(from_stdin: bool) -> str:
    if from_stdin or not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise CommandError("no passphrase on standard input")
        return line.rstrip("\r\n")
    return getpass.getpass("Passphrase: ")


def unlock(args: argparse.Namespace) -> Desk:
    path = args.desk or default_desk_path()
    passphrase = read_passphrase(args.passphrase_stdin)
    try:
        return Desk.open(path, passphrase)
    except DeskOpenError as error:
        template = next(
            (message for kind, message in OPEN_ERROR_MESSAGES.items() if isinstance(error, kind)),
            "{path} cannot be opened",
        )
        raise CommandError(template.format(path=path)) from None


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
