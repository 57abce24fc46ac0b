"""What a laptop and the central store exchange in one sync run."""

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


@dataclass(frozen=True)
class ConflictRecord:
    table_name: str
    row_id: str
    client_id: str | None
    field: str
    mine_value: str
    mine_hlc: str
    theirs_value: str
    theirs_hlc: str
    winner: str


@dataclass
class PushOutcome:
    applied: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    #: client id → "erased" or "moved": the laptop must purge (erased: keep only ids).
    purge: dict[str, str] = field(default_factory=dict)
    conflicts: list[ConflictRecord] = field(default_factory=list)

    @property
    def acknowledged(self) -> list[str]:
        """Operations the laptop may forget: applied, or answered by a purge."""
        return self.applied
