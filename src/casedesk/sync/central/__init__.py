"""The central store: bookkeeping tables, PostgreSQL roles and row-level security, administration,
and the server side of one sync run (handshake, push with receipts and per-field merge, pulls).

``schema`` holds the bookkeeping tables and the rules of the change log; ``security`` the
PostgreSQL roles and policies; ``admin`` what the office runs with the owner's credentials;
``session`` one laptop's view during a sync run, served by ``push`` and ``pull``. Callers use the
names re-exported here.
"""

from casedesk.sync.central.admin import (
    WorkerCredentials,
    add_worker,
    compact,
    init_central,
    list_devices,
    revoke_device,
    set_worker_disabled,
)
from casedesk.sync.central.connection import (
    ENCRYPTED_SCHEME,
    KEY_FILE_ENV,
    bulk_update,
    central_url,
    connect,
    translate_errors,
)
from casedesk.sync.central.messages import (
    ConflictRecord,
    Handshake,
    NoticeRecord,
    OutgoingChange,
    PushOutcome,
    Refusal,
)
from casedesk.sync.central.pull import PullReader
from casedesk.sync.central.schema import (
    CENTRAL_DEVICE,
    DEFAULT_TOMBSTONE_HORIZON_DAYS,
    MAX_CLOCK_AHEAD,
    PROTOCOL_VERSION,
    PUSH_LOCK_KEY,
    SCHEMA_VERSION,
    SYNC_ACCOUNT,
    SYNC_CHANGE,
    SYNC_CUSTODY,
    SYNC_DEVICE,
    SYNC_ERASURE,
    SYNC_INBOX_CONFLICT,
    SYNC_INBOX_NOTICE,
    SYNC_META,
    SYNC_RECEIPT,
    WORKER_GROUP_ROLE,
    bookkeeping,
    utc_now,
)
from casedesk.sync.central.session import CentralSession

__all__ = [
    "CENTRAL_DEVICE",
    "DEFAULT_TOMBSTONE_HORIZON_DAYS",
    "ENCRYPTED_SCHEME",
    "KEY_FILE_ENV",
    "MAX_CLOCK_AHEAD",
    "PROTOCOL_VERSION",
    "PUSH_LOCK_KEY",
    "SCHEMA_VERSION",
    "SYNC_ACCOUNT",
    "SYNC_CHANGE",
    "SYNC_CUSTODY",
    "SYNC_DEVICE",
    "SYNC_ERASURE",
    "SYNC_INBOX_CONFLICT",
    "SYNC_INBOX_NOTICE",
    "SYNC_META",
    "SYNC_RECEIPT",
    "WORKER_GROUP_ROLE",
    "CentralSession",
    "ConflictRecord",
    "Handshake",
    "NoticeRecord",
    "OutgoingChange",
    "PullReader",
    "PushOutcome",
    "Refusal",
    "WorkerCredentials",
    "add_worker",
    "bookkeeping",
    "bulk_update",
    "central_url",
    "compact",
    "connect",
    "init_central",
    "list_devices",
    "revoke_device",
    "set_worker_disabled",
    "translate_errors",
    "utc_now",
]
