"""``casedesk erase|handover|deputy|workers``: who holds a case, and GDPR erasure, from the command line."""

import argparse
import sys
from collections.abc import Callable
from datetime import date
from typing import NoReturn

from casedesk.domain import ClientStatus
from casedesk.services.desk import Desk
from casedesk.services.errors import NotFound, ValidationFailed
from casedesk.services.typed_confirmation import matches_displayed_name
from casedesk.services.workers import WorkerSummary


# casedesk.cli imports this module while it is still being initialised, so CommandError and
# cli.common are imported only when a command runs, as print_commands does.
def _fail(message: str) -> NoReturn:
    from casedesk.cli import CommandError

    raise CommandError(message)


def register(subparsers: argparse._SubParsersAction) -> None:
    from casedesk.cli.common import add_unlock_arguments

    erase = subparsers.add_parser("erase", help="erase a client's content for good (GDPR Art. 17), on every copy")
    erase.add_argument("client", help="client (id, or a name/alias that matches one client)")
    erase.add_argument("--yes", action="store_true",
                       help="do not ask to type the client's name (for scripts; there is no undo)")
    add_unlock_arguments(erase)
    erase.set_defaults(handler=run_erase)

    handover = subparsers.add_parser("handover", help="hand a client over to another worker for good")
    handover.add_argument("client", help="client (id, or a name/alias that matches one client)")
    handover.add_argument("--to", required=True, metavar="WORKER", help="the new responsible worker (id or name)")
    handover.add_argument("--note", default="", help="what the new case manager needs to know (printed on the "
                                                     "handover summary)")
    add_unlock_arguments(handover)
    handover.set_defaults(handler=run_handover)

    deputy = subparsers.add_parser("deputy", help="name or remove a client's deputy worker")
    deputy.add_argument("client", help="client (id, or a name/alias that matches one client)")
    choice = deputy.add_mutually_exclusive_group(required=True)
    choice.add_argument("--to", metavar="WORKER", help="the deputy (worker id or name)")
    choice.add_argument("--none", action="store_true", help="remove the deputy")
    deputy.add_argument("--from", dest="starts_on", type=_day, default=None,
                        help="first day of the deputy's period (YYYY-MM-DD; default: open)")
    deputy.add_argument("--until", dest="ends_on", type=_day, default=None,
                        help="last day of the deputy's period, included (YYYY-MM-DD; default: until further notice)")
    add_unlock_arguments(deputy)
    deputy.set_defaults(handler=run_deputy)

    workers = subparsers.add_parser("workers", help="list the workers this desk knows (id, name, team, role)")
    add_unlock_arguments(workers)
    workers.set_defaults(handler=run_workers)


def find_worker(workers: list[WorkerSummary], subject: str) -> WorkerSummary:
    """The worker ``subject`` names: an id, an exact name, or a part of exactly one name (case-insensitive)."""
    wanted = subject.strip().casefold()
    if not wanted:
        _fail("name the worker (id or name)")
    for matches in (
        [worker for worker in workers if worker.id == subject.strip()],
        [worker for worker in workers if worker.name.casefold() == wanted],
        [worker for worker in workers if wanted in worker.name.casefold()],
    ):
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            _fail(f"{len(matches)} workers match {subject!r}; give the full name or the worker id "
                  "(see 'casedesk workers')")
    _fail(f"no worker matches {subject!r} (see 'casedesk workers')")


def _with_desk(args: argparse.Namespace, work: Callable[[Desk], int]) -> int:
    from casedesk.cli.common import unlock

    desk = unlock(args)
    try:
        return work(desk)
    except NotFound:
        _fail(f"{args.client!r} not found")
    except ValidationFailed as error:
        _fail(f"nothing was changed ({error})")
    finally:
        desk.close()


def _active_client(desk: Desk, subject: str) -> tuple[str, str]:
    """Id and displayed name of the client; an erased client can no longer be worked on."""
    from casedesk.cli.common import find_client

    client_id = find_client(desk, subject)
    details = desk.clients.get(client_id)
    if details.status == ClientStatus.ERASED.value:
        _fail(f"client {client_id} has been erased")
    return client_id, details.display_name


def _confirm_erasure(display_name: str) -> None:
    print(f"Erasing deletes everything recorded about {display_name} on this laptop, and on the central "
          "store and every other laptop at their next sync. It cannot be undone.")
    try:
        typed = input("Type the client's displayed name to confirm: ")
    except EOFError:
        typed = ""
    if not matches_displayed_name(typed, display_name):
        _fail("the name did not match; nothing was erased")


def run_erase(args: argparse.Namespace) -> int:
    if not args.yes and not sys.stdin.isatty():
        _fail("erase asks to type the client's name on a terminal; use --yes to erase without asking")

    def erase(desk: Desk) -> int:
        client_id, display_name = _active_client(desk, args.client)
        if not args.yes:
            _confirm_erasure(display_name)
        desk.erasure.erase_client(client_id)
        print(f"erased client {client_id}; the central store and other laptops purge it at their next sync")
        return 0

    return _with_desk(args, erase)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is no date (YYYY-MM-DD)") from None


def _warn_past_the_limit(desk: Desk, worker_id: str, as_deputy: bool) -> None:
    """The team's caseload limit warns, never refuses (as the window asks, but does not stop)."""
    warning = desk.caseload.warning(worker_id, as_deputy=as_deputy)
    if warning is not None:
        print(f"warning: {warning.worker_name} now has {warning.clients_after} clients; the team's limit is "
              f"{warning.limit}", file=sys.stderr)


def run_handover(args: argparse.Namespace) -> int:
    def hand_over(desk: Desk) -> int:
        client_id, display_name = _active_client(desk, args.client)
        worker = find_worker(desk.workers.list(), args.to)
        _warn_past_the_limit(desk, worker.id, as_deputy=False)
        desk.handover.handover_client(client_id, worker.id, args.note)
        print(f"{display_name} is now {worker.name}'s client")
        if worker.id != desk.identity.worker_id:
            print("the client leaves this laptop at the next sync unless you deputise for them", file=sys.stderr)
        return 0

    return _with_desk(args, hand_over)


def run_deputy(args: argparse.Namespace) -> int:
    def set_deputy(desk: Desk) -> int:
        client_id, display_name = _active_client(desk, args.client)
        worker = None if args.none else find_worker(desk.workers.list(), args.to)
        if worker is not None and desk.workers.assignment(client_id).deputy_worker_id != worker.id:
            _warn_past_the_limit(desk, worker.id, as_deputy=True)
        try:
            desk.handover.set_deputy(client_id, worker.id if worker else None, args.starts_on, args.ends_on)
        except ValidationFailed as error:
            if "is_responsible" in error.problems.values():
                _fail(f"{worker.name if worker else ''} is responsible for {display_name} and cannot deputise too")
            if "before_start" in error.problems.values():
                _fail(f"the period ends ({args.ends_on}) before it starts ({args.starts_on})")
            raise
        if worker is None:
            print(f"{display_name} has no deputy now")
            return 0
        period = (f" from {args.starts_on}" if args.starts_on else "") + (
            f" until {args.ends_on}" if args.ends_on else " until further notice")
        print(f"{worker.name} deputises for {display_name}{period}")
        return 0

    return _with_desk(args, set_deputy)


def run_workers(args: argparse.Namespace) -> int:
    from casedesk.cli.common import unlock

    desk = unlock(args)
    try:
        workers = desk.workers.list()
    finally:
        desk.close()
    rows = [("ID", "NAME", "TEAM", "ROLE")] + [(w.id, w.name, w.team, w.role) for w in workers]
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    for row in rows:
        print("  ".join(value.ljust(width) for value, width in zip(row, widths, strict=False)) + "  " + row[3])
    return 0
