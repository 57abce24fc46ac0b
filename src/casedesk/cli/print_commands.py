"""``casedesk print …``: the printed documents from the command line."""

import argparse
import io
import sys
from pathlib import Path
from typing import NoReturn

from casedesk.services.desk import Desk
from casedesk.services.errors import NotFound
from casedesk.services.output import OutputRefused, check_output, protected_files, write_document
from casedesk.services.printing import CardFitProblem, CardNotPrintable

#: A report before CaseDesk existed or beyond what dates can hold is a typing error.
MIN_REPORT_YEAR, MAX_REPORT_YEAR = 2000, 9998
DOCUMENTS = ("card", "cards", "plan", "assessment", "evaluation", "protocol", "handover", "briefing", "report",
             "ecomap", "round")


# casedesk.cli imports this module while it is still being initialised, so what it defines (and
# cli.common, which needs it) is imported only when a command runs, as demo_commands does.
def _fail(message: str) -> NoReturn:
    from casedesk.cli import CommandError

    raise CommandError(message)


def register(subparsers: argparse._SubParsersAction) -> None:
    from casedesk.cli.common import add_unlock_arguments

    parser = subparsers.add_parser("print", help="write a printed document as PDF")
    parser.add_argument("document", choices=DOCUMENTS,
                        help="card: a client's relapse card; cards: A4 sheet of every client's card; "
                             "plan: service plan (latest version); assessment: summary of the latest assessment; "
                             "evaluation: goal attainment and closure; protocol: counselling protocol of a contact; "
                             "handover: handover summary; briefing: a page per client you deputise for today; "
                             "report: monthly activity report; "
                             "ecomap: the client's network map (--out .pdf or .png); "
                             "round: the outreach round sheet (the round planned in Today, else every client "
                             "overdue for a contact, which then becomes the planned round)")
    parser.add_argument("subject", nargs="?", default="",
                        help="client (id, or a name/alias that matches one client); for protocol: the contact id; "
                             "for report: YYYY-MM (default: this month)")
    parser.add_argument("--out", type=Path, required=True, help="PDF file to write (ecomap: also PNG)")
    parser.add_argument("--force", action="store_true", help="replace an existing PDF at --out")
    parser.add_argument("--language", choices=("de", "da", "en"), default=argparse.SUPPRESS,
                        help="document language (default: the card's language, else the desk's)")
    add_unlock_arguments(parser)
    parser.set_defaults(handler=run_print)


def _month(subject: str, desk: Desk) -> tuple[int, int]:
    if not subject:
        return desk.documents.current_month()
    try:
        year, month = (int(part) for part in subject.split("-"))
    except ValueError:
        _fail(f"month must look like 2026-11, not {subject!r}")
    if not (1 <= month <= 12 and MIN_REPORT_YEAR <= year <= MAX_REPORT_YEAR):
        _fail(f"month must look like 2026-11, not {subject!r}")
    return year, month


#: A client found but without the record the document prints.
NOTHING_TO_PRINT = {
    "assessment": "{subject!r} has no assessment yet",
    "evaluation": "{subject!r} has no case episode yet",
}

REFUSED = {
    "desk_file": "{path} is the desk or the central store; choose another file name",
    "folder": "{path} is a folder; give a file name",
    "no_folder": "{path}: no such folder; create it first or choose another place",
    "exists": "{path} exists; add --force to replace it",
    "not_a_document": "{path} exists and is not a PDF; it is never replaced",
}


def _fit_problem(problem: CardFitProblem) -> str:
    if problem.entries:
        amount = f"{problem.entries} number(s) find no room"
    elif problem.excess_chars:
        amount = f"about {problem.excess_chars} characters ({problem.overflow_mm:.1f} mm) too long"
    else:
        amount = f"{problem.overflow_mm:.1f} mm too long"
    return f"card {problem.card}, {problem.panel.replace('_', ' ')} panel, {problem.field}: {amount}"


def not_printable(refused: CardNotPrintable) -> str:
    """The client, panel, field and amount of a card that does not fit."""
    return f"the relapse card of {refused.client_name} does not fit: " + "; ".join(
        _fit_problem(problem) for problem in refused.problems)


def _round_sheet(desk: Desk, language: str, out: io.BytesIO) -> None:
    planned = desk.whereabouts.planned_round()
    if planned is not None:
        client_ids = [client_id for client_id, _name in planned.clients]
    else:
        client_ids = [candidate.client_id for candidate in desk.whereabouts.round_candidates() if candidate.overdue]
        if not client_ids:
            _fail("no client is overdue for a contact and no round is planned")
        desk.whereabouts.plan_round(client_ids)
    desk.whereabouts.round_sheet_pdf(client_ids, language, out)
    print(f"{len(client_ids)} client(s) on the round", file=sys.stderr)


def run_print(args: argparse.Namespace) -> int:
    from casedesk.cli.common import desk_path, find_client, unlock

    if args.document == "ecomap":
        from casedesk.cli.ecomap_print import print_ecomap

        return print_ecomap(args)
    protected = protected_files(desk_path(args))
    try:
        # Checked before the passphrase is asked, and again when writing.
        check_output(args.out, args.force, protected)
    except OutputRefused as refused:
        _fail(REFUSED[refused.reason].format(path=args.out))
    desk = unlock(args)
    out = io.BytesIO()
    try:
        printer = desk.printing
        language = args.language or desk.setting("card_language", "de")
        document = args.document
        if document == "card":
            client_id = find_client(desk, args.subject)
            if desk.cards.current(client_id) is None:
                _fail(f"{args.subject!r} has no relapse card yet; make one in the client's file")
            printer.card_pdf(client_id, out, language=args.language)
        elif document == "cards":
            sheet = printer.card_sheet_pdf(out, language=args.language)
            for refused in sheet.left_out:
                print(f"left out: {not_printable(refused)}", file=sys.stderr)
            for name in sheet.empty:
                print(f"warning: the card of {name} has no risk situation yet, only numbers", file=sys.stderr)
            if not sheet.placed:
                _fail("no relapse card to print" if sheet.left_out else "no client has a relapse card yet")
        elif document == "plan":
            printer.service_plan_pdf(find_client(desk, args.subject), language, out)
        elif document == "assessment":
            printer.assessment_pdf(find_client(desk, args.subject), language, None, out)
        elif document == "evaluation":
            printer.evaluation_pdf(find_client(desk, args.subject), language, out)
        elif document == "protocol":
            printer.protocol_pdf(args.subject, language, out)
        elif document == "handover":
            printer.handover_pdf(find_client(desk, args.subject), language, out)
        elif document == "briefing":
            printer.deputy_briefing_pdf(language, out)
        elif document == "round":
            _round_sheet(desk, language, out)
        else:
            printer.monthly_report_pdf(*_month(args.subject, desk), language, out)
        write_document(args.out, out.getvalue(), args.force, protected)
    except NotFound:
        _fail(NOTHING_TO_PRINT.get(args.document, "{subject!r} not found").format(subject=args.subject))
    except CardNotPrintable as refused:
        _fail(f"{not_printable(refused)}; shorten it in the card editor")
    except OutputRefused as refused:
        _fail(REFUSED[refused.reason].format(path=args.out))
    except OSError as error:
        _fail(f"cannot write {args.out}: {error.strerror}")
    finally:
        desk.close()
    print(args.out)
    return 0
