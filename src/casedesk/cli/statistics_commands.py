"""``casedesk statistics --from DATE --to DATE --format csv --out FILE``: the figures of a period.

For now the street-work figures of this desk (``services.street.street_figures``: anonymous
contacts, rounds, people met, items handed out, by place and week, working time by kind), each
with the definition of what it counts. The file names no one; it is written as the printed
documents are (``services.output``): never over the desk, an earlier one only with ``--force``,
readable by the user only.
"""

import argparse
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import NoReturn

from casedesk.services.output import OutputRefused, check_output, protected_files, write_document

FORMATS = ("csv",)
#: How every statistics CSV begins (its header), so only such a file is ever replaced.
CSV_MAGIC = b"section,"

REFUSED = {
    "desk_file": "{path} is the desk or the central store; choose another file name",
    "folder": "{path} is a folder; give a file name",
    "exists": "{path} exists; add --force to replace it",
    "not_a_document": "{path} exists and is not a CaseDesk statistics file; it is never replaced",
}


def _fail(message: str) -> NoReturn:
    from casedesk.cli import CommandError

    raise CommandError(message)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is no date (YYYY-MM-DD)") from None


def register(subparsers: argparse._SubParsersAction) -> None:
    from casedesk.cli.common import add_unlock_arguments

    parser = subparsers.add_parser("statistics", help="write the figures of a period (street work so far) as CSV")
    parser.add_argument("--from", dest="start", type=_day, required=True, help="first day (YYYY-MM-DD)")
    parser.add_argument("--to", dest="end", type=_day, required=True, help="last day, included (YYYY-MM-DD)")
    parser.add_argument("--format", choices=FORMATS, default="csv", help="file format (default: csv)")
    parser.add_argument("--out", type=Path, required=True, help="file to write")
    parser.add_argument("--force", action="store_true", help="replace an earlier statistics file at --out")
    add_unlock_arguments(parser)
    parser.set_defaults(handler=run_statistics)


def run_statistics(args: argparse.Namespace) -> int:
    from casedesk.cli.common import desk_path, unlock
    from casedesk.services.street import street_figures, street_figures_csv

    if args.end < args.start:
        _fail("--to lies before --from")
    protected = protected_files(desk_path(args))
    try:
        check_output(args.out, args.force, protected, CSV_MAGIC)
    except OutputRefused as refused:
        _fail(REFUSED[refused.reason].format(path=args.out))
    start = datetime.combine(args.start, datetime.min.time())
    end = datetime.combine(args.end + timedelta(days=1), datetime.min.time())
    desk = unlock(args)
    try:
        data = street_figures_csv(street_figures(desk, start, end)).encode("utf-8")
        write_document(args.out, data, args.force, protected, CSV_MAGIC)
    except OutputRefused as refused:
        _fail(REFUSED[refused.reason].format(path=args.out))
    except OSError as error:
        _fail(f"cannot write {args.out}: {error.strerror}")
    finally:
        desk.close()
    print(args.out)
    return 0
