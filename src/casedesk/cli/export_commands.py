"""``casedesk export CLIENT --format json|pdf --out FILE``: the whole file of one client.

``json`` (the default) is the machine-readable document (``services.export``); ``pdf`` is the
readable copy for the client (GDPR Art. 15, ``services.rights``), in the client's language unless
``--language`` names one. The file is written as the printed documents are (``services.output``):
never over the desk, an existing export (of the same format) only with ``--force``, readable by
the user only.

``casedesk retention [--erase --yes]``: the clients the team's retention rule offers for erasure
(every case closed, the last more than the team's years ago, no contact since); with ``--erase
--yes`` they are erased (Art. 17) one after the other, as the Retention review dialog does.
"""

import argparse
from pathlib import Path
from typing import NoReturn

from casedesk.domain import UI_LANGUAGES
from casedesk.services.errors import NotFound
from casedesk.services.output import JSON_MAGIC, OutputRefused, check_output, protected_files, write_document

FORMATS = ("json", "pdf")
#: How a file of each format begins: only such a file is replaced by the next export.
_MAGIC = {"json": JSON_MAGIC, "pdf": b"%PDF"}

REFUSED = {
    "desk_file": "{path} is the desk or the central store; choose another file name",
    "folder": "{path} is a folder; give a file name",
    "no_folder": "{path}: no such folder; create it first or choose another place",
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
    parser.add_argument("--format", choices=FORMATS, default="json",
                        help="json: the data, machine-readable (default); pdf: the readable copy for the client")
    parser.add_argument("--language", choices=UI_LANGUAGES,
                        help="language of the pdf (default: the client's, else the desk's)")
    parser.add_argument("--out", type=Path, required=True, help="file to write")
    parser.add_argument("--force", action="store_true", help="replace an earlier export at --out")
    add_unlock_arguments(parser)
    parser.set_defaults(handler=run_export)

    retention = subparsers.add_parser(
        "retention", help="list the clients whose data the team's retention period has run out for; erase them")
    retention.add_argument("--erase", action="store_true", help="erase the clients listed (cannot be undone)")
    retention.add_argument("--yes", action="store_true", help="confirm --erase")
    add_unlock_arguments(retention)
    retention.set_defaults(handler=run_retention)


def run_export(args: argparse.Namespace) -> int:
    from casedesk.cli.common import desk_path, find_client, unlock

    protected = protected_files(desk_path(args))
    magic = _MAGIC[args.format]
    if args.language and args.format != "pdf":
        _fail("--language is for --format pdf")
    try:
        # Checked before the passphrase is asked, and again when writing.
        check_output(args.out, args.force, protected, magic)
    except OutputRefused as refused:
        _fail(REFUSED[refused.reason].format(path=args.out))
    desk = unlock(args)
    try:
        client_id = find_client(desk, args.client)
        if args.format == "pdf":
            from casedesk.services.rights import RightsService

            data = RightsService(desk).access_copy_bytes(client_id, args.language)
        else:
            data = desk.export.client_json(client_id)
        write_document(args.out, data, args.force, protected, magic)
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


def run_retention(args: argparse.Namespace) -> int:
    from casedesk.cli.common import unlock
    from casedesk.services.rights import RightsService

    if args.yes and not args.erase:
        _fail("--yes confirms --erase; give both to erase")
    desk = unlock(args)
    try:
        rights = RightsService(desk)
        due = rights.due_for_erasure()
        if not due:
            print(f"no client is due: closed cases are kept {rights.retention_years()} years")
            return 0
        if args.erase and not args.yes:
            _fail(f"erasing {len(due)} client(s) cannot be undone; add --yes to erase them")
        for candidate in due:
            print(f"{candidate.closed_on.isoformat()}  {candidate.years:>3} years  {candidate.name}  "
                  f"({candidate.client_id})")
        if args.erase:
            batch = rights.erase([candidate.client_id for candidate in due])
            print(f"erased {len(batch.erased)} client(s)")
    finally:
        desk.close()
    return 0
