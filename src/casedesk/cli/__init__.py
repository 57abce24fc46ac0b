"""Command line: ``casedesk`` starts the app; subcommands for demo desks, sync, printing, admin.

Every failure ends with exit code 2 and one line on stderr, never a traceback: bad arguments,
refusals of the services and the store, and unexpected errors alike (those name only the error's
type and code location, never its message, which may hold client data; ``--debug`` shows all).
"""

import argparse
import sys
import traceback
from pathlib import Path
from typing import NoReturn

from casedesk import __version__
from casedesk.cli import (
    audit_commands,
    case_commands,
    demo_commands,
    desk_commands,
    export_commands,
    merge_commands,
    print_commands,
    statistics_commands,
    sync_commands,
)

#: Each module adds its subcommands with ``register(subparsers)``; a handler returns the exit code.
COMMAND_MODULES = (audit_commands, case_commands, demo_commands, desk_commands, export_commands, merge_commands,
                   print_commands, statistics_commands, sync_commands)


class CommandError(Exception):
    """A user-facing failure: printed as one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    """argparse's usage block is several lines; one line says what was wrong and where to look."""

    def error(self, message: str) -> NoReturn:
        raise CommandError(f"{message} (see {self.prog} --help)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="casedesk", description="CaseDesk — encrypted case management.")
    parser.add_argument("--version", action="version", version=f"CaseDesk {__version__}")
    add_global_arguments(parser, default=None)
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    # After the subcommand too: ``casedesk sync --desk F`` = ``casedesk --desk F sync``.
    _add_global_arguments_below(subparsers)
    return parser


def _add_global_arguments_below(subparsers: argparse._SubParsersAction) -> None:
    for command in subparsers.choices.values():
        # SUPPRESS keeps a subcommand's unset option from overwriting the global one's value.
        add_global_arguments(command, default=argparse.SUPPRESS)
        for action in command._actions:
            if isinstance(action, argparse._SubParsersAction):
                _add_global_arguments_below(action)


def add_global_arguments(parser: argparse.ArgumentParser, default: object) -> None:
    taken = {option for action in parser._actions for option in action.option_strings}
    options = [
        (("--desk",), {"type": Path, "help": "desk file to open (default: the user data folder)"}),
        (("--language",), {"choices": ("de", "da", "en"), "help": "language for this run"}),
        (("--debug",), {"action": "store_true", "help": "show the full traceback of an unexpected error"}),
    ]
    for flags, settings in options:
        if not taken.intersection(flags):
            parser.add_argument(*flags, default=default, **settings)


def main(argv: list[str] | None = None) -> int:
    debug = "--debug" in (sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            from casedesk.ui.app import run_app

            return run_app(desk_path=args.desk, language=args.language, smoke_test=args.smoke_test)
        return args.handler(args)
    except CommandError as error:
        print(f"casedesk: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("casedesk: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 - the last line of defence for a one-line report
        from casedesk.cli.common import store_failure_message

        known = store_failure_message(error)
        if known:
            print(f"casedesk: {known}", file=sys.stderr)
            return 2
        if debug:
            traceback.print_exc()
        else:
            location = traceback.extract_tb(error.__traceback__)[-1]
            print(f"casedesk: unexpected {type(error).__name__} at {Path(location.filename).name}:{location.lineno}"
                  " (run with --debug for details)", file=sys.stderr)
        return 2
