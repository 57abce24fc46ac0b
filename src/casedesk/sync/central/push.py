"""The server side of a push: receipts, scope checks, per-field merge, erasure."""

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import (
    Connection,
    Table,
    insert,
    select,
    text,
    update,
)

from casedesk.domain import ClientStatus, Role
from casedesk.sync.central.connection import bulk_update
from casedesk.sync.central.messages import ConflictRecord, Handshake, OutgoingChange, PushOutcome
from casedesk.sync.central.schema import (
    SYNC_ERASURE,
    SYNC_RECEIPT,
    device_of,
    is_postgres,
    log_changes,
    utc_now,
)
from casedesk.sync.codec import encode_value, erased_values
from casedesk.sync.scope import (
    CLIENT,
    SHARED_TABLES,
    SYNCED_TABLES,
    WORKER,
    client_id_of,
    rows_of_clients,
    visible_client_ids,
)


class Push:
    def __init__(self, connection: Connection, me: Handshake, device_id: str, device: str) -> None:
        self.connection = connection
        self.me = me
        self.device_id = device_id
        self.device = device
        self.outcome = PushOutcome()
        self.visible: set[str] = set()
        self.erased: set[str] = set()
        self.log_entries: list[tuple[str, str, str | None]] = []
        self.receipts: list[dict[str, Any]] = []

    def run(self, changes: list[OutgoingChange]) -> PushOutcome:
        replayed = self._replayed({change.op_id for change in changes})
        fresh = [change for change in changes if change.op_id not in replayed]
        if fresh:
            self._load_context(fresh)
            by_table: dict[str, list[OutgoingChange]] = defaultdict(list)
            for change in fresh:
                by_table[change.table_name].append(change)
            for table in SYNCED_TABLES:
                if by_table.get(table.name):
                    self._apply_table(table, by_table[table.name])
            log_changes(self.connection, self.log_entries)
            if self.receipts:
                self.connection.execute(insert(SYNC_RECEIPT), self.receipts)
        return self.outcome

    def _replayed(self, op_ids: set[str]) -> set[str]:
        rows = self.connection.execute(select(SYNC_RECEIPT.c.op_id, SYNC_RECEIPT.c.outcome)
                                       .where(SYNC_RECEIPT.c.op_id.in_(op_ids))).all()
        for op_id, stored in rows:
            self._report(op_id, json.loads(stored))
        return {op_id for op_id, _ in rows}

    def _report(self, op_id: str, outcome: dict[str, Any]) -> None:
        status = outcome["status"]
        if status == "rejected":
            self.outcome.rejected.append(op_id)
        else:
            self.outcome.applied.append(op_id)
        if status in ("erased", "moved"):
            self.outcome.purge[outcome["client_id"]] = status
        self.outcome.conflicts.extend(ConflictRecord(**record) for record in outcome.get("conflicts", []))

    def _finish(self, change: OutgoingChange, status: str, client_id: str | None = None,
                conflicts: list[ConflictRecord] = ()) -> None:
        outcome = {"status": status, "client_id": client_id,
                   "conflicts": [record.__dict__ for record in conflicts]}
        self._report(change.op_id, outcome)
        self.receipts.append({"op_id": change.op_id, "worker_id": self.me.worker_id, "device_id": self.device_id,
                              "received_at": utc_now(), "outcome": json.dumps(outcome)})

    def _load_context(self, changes: list[OutgoingChange]) -> None:
        me = self.me
        self.visible = set(self.connection.execute(visible_client_ids(me.worker_id, me.role, me.team)).scalars())
        self.erased = set(self.connection.execute(select(SYNC_ERASURE.c.client_id)).scalars())

    def _existing(self, table: Table, ids: set[str]) -> set[str]:
        if not ids:
            return set()
        if is_postgres(self.connection):
            return set(self.connection.execute(text("SELECT casedesk_existing_ids(:t, :ids)"),
                                               {"t": table.name, "ids": list(ids)}).scalars())
        return set(self.connection.execute(select(table.c.id).where(table.c.id.in_(ids))).scalars())

    def _may_hold(self, client_row: dict[str, Any]) -> bool:
        me = self.me
        if me.role == Role.ADMIN.value:
            return True
        if me.worker_id in (client_row.get("responsible_worker_id"), client_row.get("deputy_worker_id")):
            return True
        if me.role == Role.TEAM_LEAD.value and me.team:
            team = self.connection.execute(select(WORKER.c.team)
                                           .where(WORKER.c.id == client_row.get("responsible_worker_id"))).scalar()
            return team == me.team
        return False

    def _apply_table(self, table: Table, changes: list[OutgoingChange]) -> None:
        ids = [change.row["id"] for change in changes]
        current = {row.id: dict(row._mapping) for row in self.connection.execute(
            select(table).where(table.c.id.in_(ids)).with_for_update())}
        previous = {row_id: dict(row) for row_id, row in current.items()}
        unseen = self._existing(table, set(ids) - set(current))
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        for change in changes:
            row = change.row
            client_id = client_id_of(table.name, row)
            if client_id in self.erased:
                self._finish(change, "erased", client_id)
                continue
            if row["id"] in unseen:
                # The row exists but this worker may no longer see it: the client was handed over.
                self._finish(change, "moved", client_id)
                continue
            if table.name == "client" and row["id"] not in current:
                if not self._may_hold(row):
                    self._finish(change, "rejected", client_id)
                    continue
                self.visible.add(row["id"])
            elif client_id is not None and client_id not in self.visible:
                moved = bool(self._existing(CLIENT, {client_id}))
                self._finish(change, "moved" if moved else "rejected", client_id)
                continue
            if table.name == "client" and row["status"] == ClientStatus.ERASED.value and row["id"] in current:
                self._erase(row["id"], row["hlc"])
                self._finish(change, "applied", client_id)
                continue
            existing = current.get(row["id"])
            if existing is None:
                inserts.append(row)
                current[row["id"]] = row
                self.log_entries.append((table.name, row["id"], client_id))
                self._finish(change, "applied", client_id)
                continue
            merged, conflicts = self._merge(table, existing, change, client_id)
            if merged is not None:
                updates.append(merged)
                current[row["id"]] = merged
                self.log_entries.append((table.name, row["id"], client_id))
            self._finish(change, "applied", client_id, conflicts)
        if inserts:
            self.connection.execute(insert(table), inserts)
        custody: list[dict[str, Any]] = []
        if table.name == "client" and is_postgres(self.connection):
            for merged in updates:
                before = previous[merged["id"]]
                if (merged["responsible_worker_id"], merged["deputy_worker_id"]) != (
                        before["responsible_worker_id"], before["deputy_worker_id"]):
                    custody.append({"cid": merged["id"], "responsible": merged["responsible_worker_id"],
                                    "deputy": merged["deputy_worker_id"]})
                    merged["responsible_worker_id"] = before["responsible_worker_id"]
                    merged["deputy_worker_id"] = before["deputy_worker_id"]
        if updates:
            self.connection.execute(*bulk_update(table, updates))
        for change in custody:
            self.connection.execute(text("SELECT casedesk_set_custody(:cid, :responsible, :deputy)"), change)

    def _merge(self, table: Table, existing: dict[str, Any], change: OutgoingChange,
               client_id: str | None) -> tuple[dict[str, Any] | None, list[ConflictRecord]]:
        """Per field against the agreed base: one-sided changes merge, two-sided ones go by HLC."""
        merged = dict(existing)
        clocks = dict(existing["field_clocks"] or {})
        conflicts: list[ConflictRecord] = []
        incoming = change.row
        incoming_clocks = incoming["field_clocks"] or {}
        for name in change.fields:
            if name not in table.c:
                continue
            mine_clock = incoming_clocks.get(name, "")
            theirs_clock = clocks.get(name, "")
            if mine_clock == theirs_clock:
                continue
            changed_centrally = (theirs_clock != change.base_clocks.get(name, "")
                                 and device_of(theirs_clock) != self.device)
            if changed_centrally and existing[name] != incoming[name]:
                winner = "mine" if mine_clock > theirs_clock else "theirs"
                conflicts.append(ConflictRecord(
                    table.name, incoming["id"], client_id, name,
                    encode_value(incoming[name]), mine_clock, encode_value(existing[name]), theirs_clock, winner))
                if winner == "theirs":
                    continue
            elif mine_clock < theirs_clock:
                continue
            merged[name] = incoming[name]
            clocks[name] = mine_clock
        if clocks == (existing["field_clocks"] or {}):
            return None, conflicts
        merged["field_clocks"] = clocks
        merged["hlc"] = max(clocks.values())
        merged["origin_device"] = incoming["origin_device"]
        return merged, conflicts

    def _erase(self, client_id: str, stamp: str) -> None:
        for table in reversed(SYNCED_TABLES):
            if table.name in SHARED_TABLES:
                continue
            rows = [dict(row._mapping) for row in self.connection.execute(
                select(table).where(rows_of_clients(table, [client_id])))]
            for row in rows:
                values = erased_values(table, row)
                if table.name == "client":
                    values["status"] = ClientStatus.ERASED.value
                else:
                    values["deleted"] = True
                clocks = dict(row["field_clocks"] or {})
                clocks.update({name: max(stamp, clocks.get(name, "")) for name in values})
                values.update(field_clocks=clocks, hlc=max(clocks.values()), origin_device=self.device_id)
                self.connection.execute(update(table).where(table.c.id == row["id"]).values(values))
                self.log_entries.append((table.name, row["id"], client_id))
        self.connection.execute(insert(SYNC_ERASURE).values(client_id=client_id, worker_id=self.me.worker_id,
                                                            erased_at=utc_now()))
        self.erased.add(client_id)
