"""The central store: bookkeeping tables, PostgreSQL roles and row-level security, administration,
and the server side of one sync run (handshake, push with receipts and per-field merge, pulls).

``schema`` holds the bookkeeping tables and the rules of the change log; ``security`` the
PostgreSQL roles and policies; ``admin`` what the office runs with the owner's credentials;
``session`` one laptop's view during a sync run, served by ``push`` and ``pull``. Callers use the
names re-exported here.
"""

from importlib import import_module

# Loaded when first asked for: a laptop that only opens its desk must not load the office's
# administration and Alembic (a fifth of the start-up time).
_EXPORTED = {
    "CENTRAL_DEVICE": "schema",
    "CentralSession": "session",
    "ConflictRecord": "messages",
    "DEFAULT_TOMBSTONE_HORIZON_DAYS": "schema",
    "ENCRYPTED_SCHEME": "connection",
    "Handshake": "messages",
    "JsonText": "messages",
    "KEY_FILE_ENV": "connection",
    "MAX_CLOCK_AHEAD": "schema",
    "NoticeRecord": "messages",
    "OutgoingChange": "messages",
    "PROTOCOL_VERSION": "schema",
    "PUSH_LOCK_KEY": "schema",
    "PullReader": "pull",
    "PushOutcome": "messages",
    "Refusal": "messages",
    "SCHEMA_VERSION": "schema",
    "SYNC_ACCOUNT": "schema",
    "SYNC_CHANGE": "schema",
    "SYNC_CUSTODY": "schema",
    "SYNC_DEVICE": "schema",
    "SYNC_ERASURE": "schema",
    "SYNC_INBOX_CONFLICT": "schema",
    "SYNC_INBOX_NOTICE": "schema",
    "SYNC_META": "schema",
    "SYNC_RECEIPT": "schema",
    "WORKER_GROUP_ROLE": "schema",
    "WorkerCredentials": "admin",
    "add_worker": "admin",
    "bookkeeping": "schema",
    "bulk_update": "connection",
    "central_url": "connection",
    "compact": "admin",
    "connect": "connection",
    "decoded": "messages",
    "init_central": "admin",
    "list_devices": "admin",
    "revoke_device": "admin",
    "set_worker_disabled": "admin",
    "translate_errors": "connection",
    "utc_now": "schema",
}


def __getattr__(name: str):
    if name not in _EXPORTED:
        raise AttributeError(f"module 'casedesk.sync.central' has no attribute {name!r}")
    return getattr(import_module(f"casedesk.sync.central.{_EXPORTED[name]}"), name)
