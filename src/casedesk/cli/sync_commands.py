"""``casedesk sync``, ``casedesk sync-setup`` and ``casedesk central …`` (the office's admin tasks).

Central-store addresses: ``postgresql://host/db?sslmode=verify-full`` (production; TLS settings
belong in the URL) or ``sqlcipher:///path/central.db?keyfile=/path/central.key`` (one office,
tests: SQLCipher-encrypted; ``central init`` creates the key file, mode 0600). A plain
``sqlite:///`` store needs ``--unencrypted``. Admin commands take the
owner's address (with its credentials) from ``--url`` or the environment variable
CASEDESK_CENTRAL_URL, so a password need not appear in the shell history.
"""

import argparse
import getpass
import os
import sys

from casedesk.domain import RefusalReason, Role
from casedesk.services.errors import NotFound, ValidationFailed
from casedesk.services.sync_service import (
    CentralNotInitialised,
    CentralOutdated,
    CentralRefused,
    CentralUnreachable,
    ClientOutdated,
    ClockAhead,
    CredentialsRejected,
    DeviceRevoked,
    SyncCancelled,
    SyncError,
    SyncNotConfigured,
    SyncService,
    WrongWorker,
)
from casedesk.sync import central
from casedesk.sync.errors import WorkerDisabled

SYNC_ERROR_MESSAGES: dict[type[SyncError], str] = {
    SyncNotConfigured: "sync is not set up on this desk; run 'casedesk sync-setup --url … --login …' first",
    CentralUnreachable: "the central store cannot be reached ({detail}); nothing was lost, try again later",
    CredentialsRejected: "the central store refused the login or token; ask the office for new credentials",
    CentralNotInitialised: "there is no CaseDesk central store at that address; run 'casedesk central init'",
    DeviceRevoked: "this laptop was revoked by the office; its local copy has been wiped",
    ClientOutdated: "the central store needs a newer CaseDesk; please update this program (nothing was sent)",
    CentralOutdated: "the central store is older than this program; the office must run 'casedesk central init'",
    ClockAhead: "this laptop's clock is {detail} ahead of the office; correct the date and time, then sync again",
    WrongWorker: "these credentials belong to another worker than this desk's",
    SyncCancelled: "sync cancelled; what was sent stays sent",
    WorkerDisabled: "the office disabled this worker's account; nothing was sent or received",
    CentralRefused: "the central store refused part of this sync ({detail}); nothing was lost, sync again later",
}


def _horizon_days(text: str) -> int:
    """Deletions must outlive any laptop's time offline: a horizon of at least one week."""
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of days: {text!r}") from None
    if not 7 <= days <= 3650:
        raise argparse.ArgumentTypeError("the tombstone horizon must be between 7 and 3650 days")
    return days


def sync_error_message(error: SyncError) -> str:
    template = next((text for kind, text in SYNC_ERROR_MESSAGES.items() if isinstance(error, kind)), "sync failed")
    return template.format(detail=str(error) or "no answer")


def _fail(message: str) -> Exception:
    # Imported late: casedesk.cli imports this module before it defines CommandError.
    from casedesk.cli import CommandError

    return CommandError(message)


def _unlock(args: argparse.Namespace):
    from casedesk.cli.common import unlock

    return unlock(args)


def register(subparsers: argparse._SubParsersAction) -> None:
    from casedesk.cli.common import add_unlock_arguments

    sync = subparsers.add_parser("sync", help="sync this desk with the office's central store")
    add_unlock_arguments(sync)
    sync.add_argument("--full", action="store_true", help="rebuild the local copy from the central store "
                                                          "(keeps every change not yet sent)")
    sync.add_argument("--forward", nargs="+", metavar="OP_ID", default=[],
                      help="hand these refused changes to the client's new responsible worker, then sync")
    sync.add_argument("--discard", nargs="+", metavar="OP_ID", default=[],
                      help="drop these refused changes (needs --yes), then sync; the office's version comes back")
    sync.add_argument("--yes", action="store_true", help="confirm --discard")
    sync.set_defaults(handler=_run_sync)

    setup = subparsers.add_parser("sync-setup", help="store the central store's address and your credentials "
                                                     "inside the encrypted desk")
    add_unlock_arguments(setup)
    setup.add_argument("--url", required=True,
                       help="postgresql://host/db?sslmode=verify-full or sqlcipher:///path?keyfile=/path/key")
    setup.add_argument("--login", required=True, help="the login the office gave you")
    setup.set_defaults(handler=_run_setup)

    admin = subparsers.add_parser("central", help="set up and administer the office's central store")
    actions = admin.add_subparsers(dest="central_command", metavar="ACTION", required=True)

    def with_url(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
        parser.add_argument("--url", default=os.environ.get("CASEDESK_CENTRAL_URL"),
                            help="owner's address of the central store (default: $CASEDESK_CENTRAL_URL)")
        parser.add_argument("--unencrypted", action="store_true",
                            help="allow a plain sqlite:/// store, which holds every client in clear text")
        return parser

    init = with_url(actions.add_parser("init", help="create or upgrade the central store"))
    init.add_argument("--tombstone-days", type=_horizon_days, default=central.DEFAULT_TOMBSTONE_HORIZON_DAYS,
                      help="keep deletions this long; longer than any laptop may stay offline (default: 180)")
    init.set_defaults(handler=_run_init)
    add = with_url(actions.add_parser("add-worker", help="create a worker and print their login and token"))
    add.add_argument("--name", required=True)
    add.add_argument("--role", choices=[role.value for role in Role], default=Role.CASEWORKER.value)
    add.add_argument("--team", default="")
    add.set_defaults(handler=_run_add_worker)
    revoke = with_url(actions.add_parser("revoke-device", help="revoke a laptop; it is wiped at its next sync"))
    revoke.add_argument("device_id")
    revoke.set_defaults(handler=_run_revoke)
    for command, verb in (("disable-worker", "disable"), ("enable-worker", "enable")):
        account = with_url(actions.add_parser(command, help=f"{verb} a worker's login, token and every device"))
        account.add_argument("worker", metavar="WORKER", help="worker id or login")
        account.set_defaults(handler=_run_set_disabled, disabled=verb == "disable")
    devices = with_url(actions.add_parser("devices", help="list the laptops that have synced"))
    devices.set_defaults(handler=_run_devices)
    compact = with_url(actions.add_parser("compact", help="forget tombstones older than the horizon"))
    compact.set_defaults(handler=_run_compact)


def _read_token() -> str:
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line.strip():
            raise _fail("no token on standard input (second line, after the passphrase)")
        return line.strip()
    return getpass.getpass("Token from the office: ").strip()


def _run_setup(args: argparse.Namespace) -> int:
    desk = _unlock(args)
    try:
        token = _read_token()
        desk.sync.configure(args.url, args.login, token)
    except ValidationFailed as error:
        raise _fail(f"missing: {', '.join(error.problems)}") from None
    except SyncError as error:
        raise _fail(sync_error_message(error)) from None
    finally:
        desk.close()
    print("sync set up; the address and credentials are stored inside the encrypted desk")
    return 0


REFUSAL_TEXTS: dict[str, str] = {
    RefusalReason.CLIENT_MOVED: "the client is now with {colleague}; hand the change to them (--forward) or discard it",
    RefusalReason.NOT_PERMITTED: "you are not responsible for this client; ask your team lead, or discard the change",
    RefusalReason.ADMIN_ONLY: "worker details change through the office's administration only; discard the change",
    RefusalReason.LEADS_ONLY: "only team leads and administrators change shared lists; discard the change",
    RefusalReason.CLIENT_ERASED: "the client was erased at the office; discard the change",
    RefusalReason.INVALID_VALUE: "the office cannot store a value of this change; correct it, or discard it",
    RefusalReason.STAMP_AHEAD: "made while the clock was ahead; correct the clock and edit again, or discard it",
}


def _settle_refused(service: SyncService, args: argparse.Namespace) -> None:
    if args.discard and not args.yes:
        raise _fail("--discard removes those changes from this laptop for good; add --yes to confirm")
    try:
        if args.forward:
            service.forward_refused(args.forward)
            print(f"{len(args.forward)} change(s) will be handed to the client's new worker")
        if args.discard:
            service.discard_refused(args.discard)
            print(f"{len(args.discard)} change(s) discarded; this sync brings back the office's version")
    except NotFound as error:
        raise _fail(f"no refused change with operation id {error}") from None
    except ValidationFailed:
        raise _fail("only changes refused because the client moved can be forwarded") from None


def _run_sync(args: argparse.Namespace) -> int:
    desk = _unlock(args)
    service = desk.sync
    try:
        _settle_refused(service, args)
        report = service.run(force_full=args.full)
        refused = service.refused_changes()
        notices = service.notices()
    except SyncError as error:
        raise _fail(sync_error_message(error)) from None
    finally:
        desk.close()
    print(f"sent {report.pushed} change(s): {report.applied} applied as sent, {report.merged} merged with "
          f"colleagues' edits; {len(report.refused)} refused; received {report.pulled} row(s)"
          + (" (full resync)" if report.full_resync else ""))
    if report.purged_clients:
        print(f"{report.purged_clients} client(s) no longer yours were removed from this laptop")
    if report.erased_clients:
        print(f"{report.erased_clients} client(s) were erased (GDPR) on the office's request")
    for entry in refused:
        reason = REFUSAL_TEXTS.get(entry.reason, "the office did not take it; discard it, or ask the office")
        print(f"refused {entry.op_id}  {entry.client_name or '-'} ({entry.table_name}, {entry.changed_at:%Y-%m-%d %H:%M}):"
              f" {reason.format(colleague=entry.colleague or 'another worker')}")
    if refused:
        moved = [entry.op_id for entry in refused if entry.reason == RefusalReason.CLIENT_MOVED]
        if moved:
            print(f"  hand over:  casedesk sync --forward {' '.join(moved)}")
        print(f"  discard:    casedesk sync --discard {' '.join(entry.op_id for entry in refused)} --yes")
    for notice in notices:
        print(f"notice: {notice.count} change(s) to {notice.client_name or 'a client'} from "
              f"{notice.colleague or 'a colleague'} ({notice.kind.replace('_', ' ')})")
    if report.open_conflicts:
        print(f"{report.open_conflicts} conflict(s) need resolving: open CaseDesk → Sync → Conflicts")
    if not report.consistent:
        raise _fail("the local copy still differs from the central store after a full resync")
    return 0


def _admin_url(args: argparse.Namespace) -> str:
    if not args.url:
        raise _fail("give the central store's address with --url or CASEDESK_CENTRAL_URL")
    return args.url


def _admin(call):
    try:
        return call()
    except SyncError as error:
        raise _fail(sync_error_message(error)) from None


def _run_init(args: argparse.Namespace) -> int:
    url = _admin_url(args)
    central_id = _admin(lambda: central.init_central(url, args.tombstone_days, allow_unencrypted=args.unencrypted))
    print(f"central store ready (id {central_id}, schema {central.SCHEMA_VERSION})")
    return 0


def _run_add_worker(args: argparse.Namespace) -> int:
    url = _admin_url(args)
    if not args.name.strip():
        raise _fail("--name must not be empty")
    credentials = _admin(lambda: central.add_worker(url, args.name, args.role, args.team,
                                                          allow_unencrypted=args.unencrypted))
    print(f"worker:  {args.name.strip()} ({args.role}{', team ' + args.team if args.team else ''})")
    print(f"login:   {credentials.login}")
    print(f"token:   {credentials.token}")
    print("Give the login and token to the worker (in person); they run "
          f"'casedesk sync-setup --url <address> --login {credentials.login}'. The token is not shown again.")
    return 0


def _run_revoke(args: argparse.Namespace) -> int:
    url = _admin_url(args)
    if not _admin(lambda: central.revoke_device(url, args.device_id, allow_unencrypted=args.unencrypted)):
        raise _fail(f"no device {args.device_id} has synced with this central store")
    print(f"device {args.device_id} revoked; it is wiped when it next reaches the central store")
    return 0


def _run_set_disabled(args: argparse.Namespace) -> int:
    url = _admin_url(args)
    login = _admin(lambda: central.set_worker_disabled(url, args.worker, args.disabled,
                                                       allow_unencrypted=args.unencrypted))
    if login is None:
        raise _fail(f"no worker {args.worker} (id or login) on this central store")
    if args.disabled:
        print(f"worker {login} disabled: their login, token and devices get nothing until enabled again")
    else:
        print(f"worker {login} enabled again")
    return 0


def _run_devices(args: argparse.Namespace) -> int:
    url = _admin_url(args)
    for device in _admin(lambda: central.list_devices(url, allow_unencrypted=args.unencrypted)):
        state = "revoked" if device["revoked"] else "active"
        print(f"{device['device_id']}  {state:7}  last seen {device['last_seen']:%Y-%m-%d %H:%M} UTC  {device['name']}")
    return 0


def _run_compact(args: argparse.Namespace) -> int:
    url = _admin_url(args)
    floor = _admin(lambda: central.compact(url, allow_unencrypted=args.unencrypted))
    print(f"change log kept from entry {floor + 1} on")
    return 0
