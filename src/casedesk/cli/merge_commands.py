"""``casedesk merge SURVIVOR OTHER [--take FIELD ...] [--yes]``: merge two records of one person.

The other record's rows move to the survivor and the other becomes a tombstone that every copy
follows at its next sync (``services.merge``). Fields the survivor lacks are filled from the
other; ``--take`` names more fields whose value comes from the other record. Without ``--yes``
the worker types the displayed name of the record that goes, at a terminal.
"""

import argparse
import sys
from typing import NoReturn

from casedesk.services.desk import Desk
from casedesk.services.errors import NotFound, ValidationFailed
from casedesk.services.merge import MERGE_FIELDS, MergeService
from casedesk.services.typed_confirmation import matches_displayed_name


# casedesk.cli imports this module while it is still being initialised, so CommandError and
# cli.common are imported only when a command runs, as case_commands does.
def _fail(message: str) -> NoReturn:
    from casedesk.cli import CommandError

    raise CommandError(message)


def register(subparsers: argparse._SubParsersAction) -> None:
    from casedesk.cli.common import add_unlock_arguments

    merge = subparsers.add_parser("merge", help="merge two records of one person (cannot be undone)")
    merge.add_argument("survivor", help="the record that stays (id, or a name/alias that matches one client)")
    merge.add_argument("other", help="the record that goes: its contacts, cases and tasks move to the survivor")
    merge.add_argument("--take", action="append", default=[], choices=MERGE_FIELDS, metavar="FIELD",
                       help="take this field's value from the record that goes (again for more; fields the "
                            f"survivor lacks are taken anyway): {', '.join(MERGE_FIELDS)}")
    merge.add_argument("--yes", action="store_true",
                       help="do not ask to type the name of the record that goes (for scripts; there is no undo)")
    add_unlock_arguments(merge)
    merge.set_defaults(handler=run_merge)


def run_merge(args: argparse.Namespace) -> int:
    from casedesk.cli.common import find_client, unlock

    if not args.yes and not sys.stdin.isatty():
        _fail("merge asks to type a name on a terminal; use --yes to merge without asking")
    desk: Desk = unlock(args)
    try:
        survivor, other = find_client(desk, args.survivor), find_client(desk, args.other)
        service = MergeService(desk)
        preview = service.preview(survivor, other)
        goes, stays = preview.side(other), preview.side(survivor)
        take = set(args.take) | preview.default_take(survivor)
        if not args.yes:
            print(f"Merging moves {goes.rows} records of {goes.display_name} ({goes.contacts} contacts, "
                  f"{goes.episodes} cases, {goes.tasks} tasks) to {stays.display_name}, here now and on every "
                  "copy at its next sync. It cannot be undone.")
            try:
                typed = input("Type the displayed name of the record that goes to confirm: ")
            except EOFError:
                typed = ""
            if not matches_displayed_name(typed, goes.display_name):
                _fail("the name did not match; nothing was merged")
        result = service.merge(survivor, other, take)
        taken = f"; taken from it: {', '.join(sorted(take))}" if take else ""
        print(f"merged client {other} into {survivor}: {result.moved_rows} records moved{taken}")
        return 0
    except NotFound:
        _fail("client not found")
    except ValidationFailed as error:
        reason = error.problems.get("merge", "")
        _fail({"not_permitted": "only the case manager of both records, a team lead or an admin merges them",
               "same_record": "a record cannot be merged with itself",
               "merged": "one of the records was merged already",
               "erased": "one of the records was erased"}.get(reason, f"nothing was changed ({error})"))
    finally:
        desk.close()
