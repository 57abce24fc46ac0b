"""What a laptop and the central store exchange in one sync run."""

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Handshake:
    central_id: str
    worker_id: str
    role: str
    team: str
    server_now: datetime
    log_floor: int
    tombstone_horizon_days: int


@dataclass(frozen=True)
class OutgoingChange:
    op_id: str
    table_name: str
    row: dict[str, Any]
    fields: list[str]
    base_clocks: dict[str, str]
    #: The worker hands this change to the client's new responsible worker.
    forward: bool = False
    #: The row's values as the laptop's file holds them, in the table's column order: text dates,
    #: JSON as text, booleans as 0 and 1, which PostgreSQL's COPY reads as they are.
    stored: tuple[Any, ...] | None = None


@dataclass(frozen=True)
class ConflictRecord:
    """A conflict as the receiving laptop sees it (``mine`` is that laptop's value)."""

    id: str
    table_name: str
    row_id: str
    client_id: str | None
    field: str
    mine_value: str
    mine_hlc: str
    theirs_value: str
    theirs_hlc: str
    winner: str
    theirs_worker_id: str | None = None


@dataclass(frozen=True)
class NoticeRecord:
    id: str
    kind: str
    client_id: str | None
    from_worker_id: str | None
    count: int


@dataclass(frozen=True)
class Refusal:
    op_id: str
    table_name: str
    row_id: str
    client_id: str | None
    #: A ``casedesk.domain.RefusalReason`` value.
    reason: str
    detail: str = ""


@dataclass
class PushOutcome:
    #: Written as sent.
    applied: list[str] = field(default_factory=list)
    #: Written field by field, with a colleague's newer values kept (or a conflict recorded).
    merged: list[str] = field(default_factory=list)
    #: Not written; judged afresh when sent again.
    refused: list[Refusal] = field(default_factory=list)
    #: Edits of rows that were deleted and compacted here: they must not come back, so the laptop
    #: drops them together with its copy of the row.
    discarded: list[str] = field(default_factory=list)
    #: Erased clients the batch touched: the laptop keeps only their ids.
    erased: set[str] = field(default_factory=set)

    @property
    def acknowledged(self) -> list[str]:
        """Operations the laptop may forget because they were written."""
        return self.applied + self.merged


class JsonText(str):
    """A pulled JSON value still as the central store's text. Most pulled rows are inserted as
    they came, and parsing their field clocks only to serialise them again for the laptop's file
    was half of reading a pull; a row the laptop already holds is ``decoded`` first."""


def decoded(row: dict[str, Any]) -> dict[str, Any]:
    """The row with its JSON values parsed."""
    return {name: json.loads(value) if isinstance(value, JsonText) else value for name, value in row.items()}
