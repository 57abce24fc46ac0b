"""Command line: ``casedesk`` starts the app; subcommands for demo desks, sync, printing, admin.

Bad input ends with exit code 2 and one line on stderr, never a traceback.
"""

import argparse
import sys
from pathlib import Path

from casedesk import __version__
from casedesk.cli import case_commands, demo_commands, print_commands, sync_commands

#: Each module adds its subcommands with ``register(subparsers)``; a handler returns the exit code.
COMMAND_MODULES = (case_commands, demo_commands, print_commands, sync_commands)


class CommandError(Exception):
    """A user-facing failure: printed as one line, exit code 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="casedesk", description="CaseDesk — encrypted case management.")
    parser.add_argument("--version", action="version", version=f"CaseDesk {__version__}")
    parser.add_argument("--desk", type=Path, help="desk file to open (default: the user data folder)")
    parser.add_argument("--language", choices=("de", "da", "en"), help="user interface language for this run")
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from casedesk.ui.app import run_app

        return run_app(desk_path=args.desk, language=args.language, smoke_test=args.smoke_test)
    try:
        return args.handler(args)
    except CommandError as error:
        print(f"casedesk: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("casedesk: interrupted", file=sys.stderr)
        return 130
