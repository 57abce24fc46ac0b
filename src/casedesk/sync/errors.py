"""Typed failures of a sync; the UI and CLI turn them into words."""


class SyncError(Exception):
    """Base class: the sync stopped; everything not acknowledged stays pending and is retried."""


class SyncNotConfigured(SyncError):
    """The desk has no central store address or credentials yet."""


class CentralUnreachable(SyncError):
    pass


class CredentialsRejected(SyncError):
    pass


class CentralNotInitialised(SyncError):
    """The address works but holds no CaseDesk central store."""


class DeviceRevoked(SyncError):
    """The office revoked this laptop; its local copy has been wiped."""


class ClientOutdated(SyncError):
    """The central store speaks a newer protocol or schema: update CaseDesk. Nothing was written."""

    def __init__(self, central_schema: int, client_schema: int) -> None:
        super().__init__(f"central schema {central_schema}, this app {client_schema}")
        self.central_schema = central_schema
        self.client_schema = client_schema


class WorkerDisabled(SyncError):
    """The office disabled this worker's account (``casedesk central disable-worker``): no login,
    token or device of theirs gets anything until it is enabled again."""


class CentralOutdated(SyncError):
    """The central store is older than this app: the office must upgrade it (``central init``)."""


class ClockAhead(SyncError):
    """The laptop's clock is far ahead of the central store's; stamps from it would win every merge."""

    def __init__(self, ahead_seconds: float) -> None:
        super().__init__(f"{ahead_seconds:.0f} s ahead")
        self.ahead_seconds = ahead_seconds


class WrongWorker(SyncError):
    """The credentials belong to another worker than the one this desk was set up for."""


class SyncCancelled(SyncError):
    """Stopped on request between two batches; what was committed stays committed."""


class CentralRefused(SyncError):
    """The central store refused a statement of this sync (a database error); nothing of the
    failed batch was written and the outbox is unchanged."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
