"""``casedesk audit [CLIENT] [--limit N]``: the access log, newest first.

Who saw or changed which record of which client, when and how. A team lead or an admin sees
every entry the desk holds (their laptop receives the team's at each sync); anyone else their own.
The log holds ids only: an erased client's entries show the id and no name.
"""

import argparse
from typing import NoReturn

from casedesk.services.errors import NotFound


def _fail(message: str) -> NoReturn:
    from casedesk.cli import CommandError

    raise CommandError(message)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of 1 or more")
    return number


def register(subparsers: argparse._SubParsersAction) -> None:
    from casedesk.cli.common import add_unlock_arguments

    parser = subparsers.add_parser(
        "audit", help="who saw or changed which client's records, when and how (the access log), newest first")
    parser.add_argument("client", nargs="?", default="",
                        help="only this client (id, or a name/alias that matches one client)")
    parser.add_argument("--limit", type=_positive, default=None, help="show at most N entries")
    add_unlock_arguments(parser)
    parser.set_defaults(handler=run_audit)


def run_audit(args: argparse.Namespace) -> int:
    from casedesk.cli.common import find_client, unlock

    desk = unlock(args)
    try:
        client_id = find_client(desk, args.client) if args.client else None
        lines = desk.audit.lines(client_id, limit=args.limit)
    except NotFound:
        _fail(f"{args.client!r} not found")
    finally:
        desk.close()
    rows = [("WHEN", "WORKER", "ACCESS", "RECORD", "RECORD ID", "CLIENT ID", "CLIENT")]
    for line in lines:
        client = "(erased)" if line.client_erased else line.client_name
        rows.append((line.at.strftime("%Y-%m-%d %H:%M:%S"), line.worker_name or line.worker_id, line.kind,
                     line.table_name, line.record_id, line.client_id or "", client))
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]) - 1)]
    for row in rows:
        print("  ".join(value.ljust(width) for value, width in zip(row, widths, strict=False)) + "  " + row[-1])
    return 0
