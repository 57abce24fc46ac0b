"""``casedesk demo``: write a generated desk to try the app, take screenshots or benchmark."""

import argparse
import sys
import time
from pathlib import Path

from casedesk.paths import data_dir
from casedesk.services.demo import DEMO_PASSPHRASE, create_demo_desk, demo_desk_files
from casedesk.services.desk import check_new_passphrase
from casedesk.services.errors import DeskOpenError, ValidationFailed

DEMO_FILE_NAME = "demo.casedesk"
#: Below this many contacts the demo is written in a blink and progress lines would only be noise.
PROGRESS_FROM_CONTACTS = 20_000


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="create a desk filled with generated (fictitious) clients",
        description="Create a new desk filled with generated, fictitious German and Danish clients.",
    )
    parser.add_argument("--clients", type=int, default=60, help="number of clients (default: 60)")
    parser.add_argument("--contacts", type=int, default=1500, help="number of contacts in total (default: 1500)")
    parser.add_argument("--path", type=Path, default=None,
                        help=f"desk file to write (default: {DEMO_FILE_NAME} in the user data folder)")
    parser.add_argument("--passphrase", default=DEMO_PASSPHRASE,
                        help=f"passphrase of the new desk (default: {DEMO_PASSPHRASE})")
    parser.add_argument("--seed", type=int, default=1, help="random seed: the same seed gives the same caseload")
    parser.add_argument("--force", action="store_true", help="replace an existing file at the path")
    parser.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from casedesk.cli import CommandError

    if args.clients < 1:
        raise CommandError("--clients must be at least 1")
    if args.contacts < 0:
        raise CommandError("--contacts must not be negative")
    try:
        check_new_passphrase(args.passphrase, args.passphrase)
    except ValidationFailed:
        raise CommandError("the passphrase must have at least 8 characters") from None
    path: Path = args.path or data_dir() / DEMO_FILE_NAME
    if path.exists():
        if not args.force:
            raise CommandError(f"{path} already exists; use --force to replace it")
        if not path.is_file():
            raise CommandError(f"{path} is not a file")
        for file in demo_desk_files(path):
            file.unlink(missing_ok=True)
    started = time.monotonic()
    show_progress = args.contacts >= PROGRESS_FROM_CONTACTS
    try:
        summary = create_demo_desk(
            path, args.clients, args.contacts, passphrase=args.passphrase, seed=args.seed,
            progress=_print_progress if show_progress else None,
        )
    except (DeskOpenError, OSError) as error:
        raise CommandError(f"cannot write {path}: {error.__class__.__name__}") from None
    print(
        f"Demo desk written to {summary.path}: {summary.clients} clients, {summary.contacts} contacts, "
        f"{summary.tasks} tasks ({time.monotonic() - started:.1f} s). Open it with: casedesk --desk {summary.path}",
    )
    return 0


def _print_progress(stage: str, done: int, total: int) -> None:
    percent = 100 * done // total if total else 100
    print(f"demo: {stage} {done}/{total} ({percent} %)", file=sys.stderr, flush=True)
