"""``casedesk export CLIENT --format json --out FILE``: the whole file of one client as data.

The file is written as the printed documents are (``services.output``): never over the desk,
an existing export only with ``--force``, readable by the user only.
"""

import argparse
from pathlib import Path
from typing import NoReturn

from casedesk.services.errors import NotFound
from casedesk.services.output import JSON_MAGIC, OutputRefused, check_output, protected_files, write_document

FORMATS = ("json",)

REFUSED = {
    "desk_file": "{path} is the desk or the central store; choose another file name",
    "folder": "{path} is a folder; give a file name",
    "exists": "{path} exists; add --force to replace it",
    "not_a_document": "{path} exists and is not a CaseDesk export; it is never replaced",
}


# casedesk.cli imports this module while it is still being initialised, so CommandError and
# cli.common are imported only when a command runs, as print_commands does.
def _fail(message: str) -> NoReturn:
    from casedesk.cli import CommandError

    raise CommandError(message)


def register(subparsers: argparse._SubParsersAction) -> None:
    from casedesk.cli.common import add_unlock_arguments

    parser = subparsers.add_parser(
        "export", help="write everything the desk holds about one client as one data file (right of access)")
    parser.add_argument("client", help="client (id, or a name/alias that matches one client)")
    parser.add_argument("--format", choices=FORMATS, default="json", help="file format (default: json)")
    parser.add_argument("--out", type=Path, required=True, help="file to write")
    parser.add_argument("--force", action="store_true", help="replace an earlier export at --out")
    add_unlock_arguments(parser)
    parser.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    from casedesk.cli.common import desk_path, find_client, unlock

    protected = protected_files(desk_path(args))
    try:
        # Checked before the passphrase is asked, and again when writing.
        check_output(args.out, args.force, protected, JSON_MAGIC)
    except OutputRefused as refused:
        _fail(REFUSED[refused.reason].format(path=args.out))
    desk = unlock(args)
    try:
        data = desk.export.client_json(find_client(desk, args.client))
        write_document(args.out, data, args.force, protected, JSON_MAGIC)
    except NotFound:
        _fail(f"{args.client!r} not found")
    except OutputRefused as refused:
        _fail(REFUSED[refused.reason].format(path=args.out))
    except OSError as error:
        _fail(f"cannot write {args.out}: {error.strerror}")
    finally:
        desk.close()
    print(args.out)
    return 0
