"""``casedesk statistics --from DATE --to DATE --format csv|pdf --out FILE [--team] [--language L]``.

The funders' statistics of a period (``services.statistics``): KDS-style episodes, contacts, end
reasons, clients by sex, age and main substance; BAG W-style housing and services used; street
work by place and week; working time by kind; each table with the definition of what it counts.
``--team`` counts every worker of the team whose records this desk holds (a team lead's desk
after a sync), each worker's figures beside the team's. The file names no client; it is written
as the printed documents are (``services.output``): never over the desk, an earlier one only
with ``--force``, readable by the user only.
"""

import argparse
from datetime import date
from pathlib import Path
from typing import NoReturn

from casedesk.services.output import OutputRefused, check_output, protected_files, write_document

FORMATS = ("csv", "pdf")
#: How every statistics CSV begins (its header), so only such a file is ever replaced.
CSV_MAGIC = b"section,"
PDF_MAGIC = b"%PDF"

REFUSED = {
    "desk_file": "{path} is the desk or the central store; choose another file name",
    "folder": "{path} is a folder; give a file name",
    "no_folder": "{path}: no such folder; create it first or choose another place",
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

    parser = subparsers.add_parser("statistics", help="write the funders' statistics of a period as CSV or PDF")
    parser.add_argument("--from", dest="start", type=_day, required=True, help="first day (YYYY-MM-DD)")
    parser.add_argument("--to", dest="end", type=_day, required=True, help="last day, included (YYYY-MM-DD)")
    parser.add_argument("--format", choices=FORMATS, default="csv", help="file format (default: csv)")
    parser.add_argument("--team", action="store_true",
                        help="the team's figures: every worker whose records this desk holds, each beside the team")
    parser.add_argument("--language", choices=("de", "da", "en"), default=None,
                        help="the PDF's language (default: the desk's)")
    parser.add_argument("--out", type=Path, required=True, help="file to write")
    parser.add_argument("--force", action="store_true", help="replace an earlier statistics file at --out")
    add_unlock_arguments(parser)
    parser.set_defaults(handler=run_statistics)


def run_statistics(args: argparse.Namespace) -> int:
    from casedesk.cli.common import desk_path, unlock
    from casedesk.services.statistics import StatisticsService, statistics_csv, statistics_pdf_bytes

    if args.end < args.start:
        _fail("--to lies before --from")
    magic = PDF_MAGIC if args.format == "pdf" else CSV_MAGIC
    protected = protected_files(desk_path(args))
    try:
        check_output(args.out, args.force, protected, magic)
    except OutputRefused as refused:
        _fail(REFUSED[refused.reason].format(path=args.out))
    desk = unlock(args)
    try:
        figures = StatisticsService(desk).compute(args.start, args.end, team=args.team)
        if args.format == "pdf":
            language = args.language or desk.setting("card_language", "de")
            data = statistics_pdf_bytes(desk, figures, language)
        else:
            data = statistics_csv(figures).encode("utf-8")
        write_document(args.out, data, args.force, protected, magic)
    except OutputRefused as refused:
        _fail(REFUSED[refused.reason].format(path=args.out))
    except OSError as error:
        _fail(f"cannot write {args.out}: {error.strerror}")
    finally:
        desk.close()
    print(args.out)
    return 0
