"""The server side of a push: receipts, checks, custody, per-field merge, erasure, deliveries.

Every change of a batch is judged on its own: a refused change is set aside (no receipt, so it is
judged afresh when sent again) and every other change goes through. What a judgement needs —
visibility, erasures, custody history, the rows themselves — is loaded once per batch and table.
"""

import dataclasses
import json
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    JSON,
    Connection,
    Date,
    DateTime,
    String,
    Table,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from casedesk.domain import ClientStatus, NoticeKind, RefusalReason, Role
from casedesk.models import EPISODE_REFERENCES, Scope, Synced, new_id
from casedesk.sync.central.connection import bulk_update
from casedesk.sync.central.messages import Handshake, OutgoingChange, PushOutcome, Refusal
from casedesk.sync.central.schema import (
    CENTRAL_DEVICE,
    MAX_CLOCK_AHEAD,
    SYNC_CUSTODY,
    SYNC_ERASURE,
    SYNC_INBOX_CONFLICT,
    SYNC_INBOX_NOTICE,
    SYNC_RECEIPT,
    among,
    central_clock,
    copy_rows,
    device_of,
    is_postgres,
    json_value,
    log_changes,
    utc_now,
    write_rows,
)
from casedesk.sync.codec import encode_value, erased_values
from casedesk.sync.scope import (
    CLIENT,
    ENTITY_OF_TABLE,
    EPISODE,
    SERVICE_PLAN,
    SHARED_TABLES,
    SYNCED_TABLES,
    WORKER,
    client_id_of,
    client_visibility,
    personal_owner_of,
    rows_of_clients,
)

#: How a change may be written: by a current holder, or by a former one (PostgreSQL routes the
#: latter through ``casedesk_write_held``, since row-level security hides the rows from them).
_OWN, _BEFORE_HANDOVER, _FORWARDED = "own", "before_handover", "forwarded"
_CUSTODY_FIELDS = ("responsible_worker_id", "deputy_worker_id")
#: A merged record's fields no push changes (all but custody, which a handover may still change).
_TOMBSTONE_FIELDS = frozenset(column.name for column in CLIENT.columns
                              if column.name not in Synced.SYNC_COLUMNS and column.name not in _CUSTODY_FIELDS)
#: The person's own fields (``services.merge.MERGE_FIELDS`` with their companions): what a laptop
#: offline during a merge still typed into the merged-away record is carried to the survivor.
CARRIED_TO_SURVIVOR = ("first_name", "last_name", "alias", "code", "birth_date", "birth_date_approximate", "gender",
                       "languages", "phone", "address", "no_fixed_abode", "whereabouts", "emergency_notes")
#: Rows that name their client in ``client_id`` (a merge moves them; sync redirects them).
_OWNED_SCOPES = (Scope.CLIENT_OWNED, Scope.CLIENT_OR_PERSONAL)
_PERIOD_FIELDS = ("deputy_from", "deputy_until")
_LIMITED_TEXT: dict[str, list[tuple[str, int | None]]] = {
    table.name: [(column.name, column.type.length) for column in table.columns
                 if isinstance(column.type, String) and column.name not in Synced.SYNC_COLUMNS]
    for table in SYNCED_TABLES
}


def invalid_field(table: Table, row: dict[str, Any]) -> str | None:
    """The first text field PostgreSQL could not store (too long, NUL, unpaired surrogate)."""
    for name, length in _LIMITED_TEXT[table.name]:
        value = row.get(name)
        if not isinstance(value, str) or not value:
            continue
        if "\x00" in value or (length is not None and len(value) > length):
            return name
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return name
    return None


class Push:
    def __init__(self, connection: Connection, me: Handshake, device_id: str, device: str,
                 central_now: datetime) -> None:
        self.connection = connection
        self.postgres = is_postgres(connection)
        self.me = me
        self.device_id = device_id
        self.device = device
        self.now = utc_now()
        self.ahead_limit = int((central_now + MAX_CLOCK_AHEAD).replace(tzinfo=UTC).timestamp() * 1000)
        self.ahead_prefix = f"{self.ahead_limit:013d}"
        self.outcome = PushOutcome()
        self.visible: set[str] = set()
        self.erased: set[str] = set()
        #: client id → the newest stamp until which this worker held the client.
        self.custody: dict[str, str] = {}
        #: Clients this batch handed away from the pusher: its own edits arrive with the handover.
        self.handed_away: set[str] = set()
        #: client id → its responsible worker, for clients the pusher no longer holds.
        self.responsible: dict[str, str | None] = {}
        self.log_entries: list[tuple[str, str, str | None, str | None]] = []
        self.receipts: list[dict[str, Any]] = []
        self.conflicts: list[dict[str, Any]] = []
        self.notices: Counter[tuple[str, str, str]] = Counter()
        #: op id → the merged-away client its row named (written under the survivor instead).
        self.redirected: dict[str, str] = {}
        #: Op ids whose row the central store changed before writing it: filed under the case a
        #: merge joined theirs into, or a plan version renumbered (its pull brings it back).
        self.refiled: set[str] = set()
        self.clock = central_clock()
        #: Merges this batch recorded: (merged-away client, survivor, stamp).
        self.merges: list[tuple[str, str, str]] = []
        self._seen: dict[str, bool] = {}

    def run(self, changes: list[OutgoingChange]) -> PushOutcome:
        replayed = self._replayed({change.op_id for change in changes})
        fresh = [change for change in changes if change.op_id not in replayed and self._well_formed(change)]
        if fresh:
            fresh = self._continue_plan_versions(self._refile_joined_cases(self._redirect_merged(fresh)))
            self._load_context(fresh)
            by_table: dict[str, list[OutgoingChange]] = defaultdict(list)
            for change in fresh:
                by_table[change.table_name].append(change)
            for table in SYNCED_TABLES:
                if by_table.get(table.name):
                    self._apply_table(table, by_table[table.name])
            self._write_bookkeeping()
        return self.outcome

    # --- before judging ------------------------------------------------------------------------
    def _replayed(self, op_ids: set[str]) -> set[str]:
        rows = self.connection.execute(select(SYNC_RECEIPT.c.op_id, SYNC_RECEIPT.c.outcome)
                                       .where(among(SYNC_RECEIPT.c.op_id, op_ids, self.connection))).all()
        for op_id, status in rows:
            (self.outcome.merged if status == "merged" else self.outcome.applied).append(op_id)
        return {op_id for op_id, _ in rows}

    def _refuse(self, change: OutgoingChange, reason: RefusalReason, detail: str = "") -> None:
        client_id = client_id_of(change.table_name, change.row)
        if reason is RefusalReason.CLIENT_MOVED and not detail:
            # Whom to hand the change to: the laptop names them in the Sync window.
            detail = self.responsible.get(client_id) or ""
        self.outcome.refused.append(Refusal(change.op_id, change.table_name, change.row["id"],
                                            client_id, reason.value, detail))

    def _well_formed(self, change: OutgoingChange) -> bool:
        """Stamps within the clock tolerance and values the central store can hold."""
        row = change.row
        limit = self.ahead_prefix
        clocks = row.get("field_clocks") or {}
        try:
            # A row's fields mostly share a few stamps (one per edit): each is looked at once.
            distinct = {row.get("hlc") or "", *clocks.values()}
        except TypeError:
            distinct = None
        # A stamp is fixed-width (13 digits of milliseconds first), so a string comparison
        # settles the common case; anything else is parsed, field by field.
        if distinct is None or not all(
                not stamp or (stamp[13:14] == "-" and stamp[:13] <= limit and stamp[:13].isdigit())
                for stamp in distinct):
            for name, stamp in [("hlc", row.get("hlc") or ""), *clocks.items()]:
                if not stamp or (stamp[13:14] == "-" and stamp[:13] <= limit and stamp[:13].isdigit()):
                    continue
                if _millis(stamp) > self.ahead_limit:
                    self._refuse(change, RefusalReason.STAMP_AHEAD, name)
                    return False
        bad = invalid_field(ENTITY_OF_TABLE[change.table_name].model.__table__, row)
        if bad is not None:
            self._refuse(change, RefusalReason.INVALID_VALUE, bad)
            return False
        return True

    def _redirect_merged(self, changes: list[OutgoingChange]) -> list[OutgoingChange]:
        """Rows a laptop still files under a merged-away client (it was offline during the merge)
        are written under the survivor: the merge redirects, it never resurrects the tombstone."""
        named = sorted({change.row["client_id"] for change in changes
                        if ENTITY_OF_TABLE[change.table_name].scope in _OWNED_SCOPES and change.row.get("client_id")})
        targets = self._survivors(named)
        if not targets:
            return changes
        result = []
        for change in changes:
            scope = ENTITY_OF_TABLE[change.table_name].scope
            client_id = change.row.get("client_id") if scope in _OWNED_SCOPES else None
            if client_id in targets:
                self.redirected[change.op_id] = client_id
                change = dataclasses.replace(change, row={**change.row, "client_id": targets[client_id]}, stored=None)
            result.append(change)
        return result

    def _refile_joined_cases(self, changes: list[OutgoingChange]) -> list[OutgoingChange]:
        """Rows a laptop still files under a case that a merge joined into another (it was offline
        during the merge: a plan, a referral begun there) are filed under the case kept; the
        joined one is deleted, and nothing under it would be shown."""
        named = sorted({change.row[column] for change in changes
                        for column in EPISODE_REFERENCES.get(change.table_name, ()) if change.row.get(column)})
        targets = self._follow(named, self._joined_into) if named else {}
        if not targets:
            return changes
        result = []
        for change in changes:
            kept = {column: targets[change.row[column]] for column in EPISODE_REFERENCES.get(change.table_name, ())
                    if change.row.get(column) in targets}
            if kept:
                self.refiled.add(change.op_id)
                change = dataclasses.replace(change, row=self._rewritten(change.row, kept), stored=None)
            result.append(change)
        return result

    def _continue_plan_versions(self, changes: list[OutgoingChange]) -> list[OutgoingChange]:
        """New plan versions of a case that already has versions up to theirs here (two laptops
        each began the plan, or its next version, offline; or a merge joined two cases that each
        had a plan) go on after the latest one, so the case has one latest plan, not two of one
        number. The first of them follows on from that latest one."""
        new_plans = [change for change in changes
                     if change.table_name == SERVICE_PLAN.name and not change.base_clocks and change.row.get("episode_id")]
        if not new_plans:
            return changes
        batch = {change.row["id"] for change in new_plans}
        held: dict[str, tuple[int, str]] = {}
        for plan_id, episode_id, version in self.connection.execute(
                select(SERVICE_PLAN.c.id, SERVICE_PLAN.c.episode_id, SERVICE_PLAN.c.version).where(
                    among(SERVICE_PLAN.c.episode_id, sorted({c.row["episode_id"] for c in new_plans}), self.connection),
                    SERVICE_PLAN.c.deleted.is_(False))):
            if plan_id not in batch and version > held.get(episode_id, (0, ""))[0]:
                held[episode_id] = (version, plan_id)
        lowest: dict[str, int] = {}
        for change in new_plans:
            episode_id = change.row["episode_id"]
            lowest[episode_id] = min(lowest.get(episode_id, change.row["version"]), change.row["version"])
        continued: dict[str, dict[str, Any]] = {}
        for change in new_plans:
            episode_id, version = change.row["episode_id"], change.row["version"]
            latest_version, latest_id = held.get(episode_id, (0, ""))
            if lowest[episode_id] > latest_version:
                continue
            values: dict[str, Any] = {"version": version + latest_version - lowest[episode_id] + 1}
            if version == lowest[episode_id] and change.row.get("previous_id") is None:
                values["previous_id"] = latest_id
            continued[change.op_id] = self._rewritten(change.row, values)
        if not continued:
            return changes
        self.refiled.update(continued)
        return [dataclasses.replace(change, row=continued[change.op_id], stored=None) if change.op_id in continued
                else change for change in changes]

    def _rewritten(self, row: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
        """``row`` with ``values``, which the central store chose: stamped after the laptop's own
        stamps, so that every copy takes them, the pushing laptop's too."""
        clocks = dict(row.get("field_clocks") or {})
        self.clock.observe(max([row.get("hlc") or "", *clocks.values()]))
        stamp = self.clock.now()
        clocks.update(dict.fromkeys(values, stamp))
        return {**row, **values, "field_clocks": clocks, "hlc": stamp}

    def _joined_into(self, episode_ids: list[str]) -> dict[str, str]:
        if self.postgres:
            # Also of a case the pusher no longer sees but held (the survivor of a merge).
            return dict(self.connection.execute(text("SELECT id, joined_into FROM casedesk_joined_into(:ids)"),
                                                {"ids": episode_ids}).all())
        return dict(self.connection.execute(select(EPISODE.c.id, EPISODE.c.joined_into).where(
            among(EPISODE.c.id, episode_ids, self.connection), EPISODE.c.deleted.is_(True),
            EPISODE.c.joined_into.is_not(None))).all())

    def _merged_into(self, client_ids: list[str]) -> dict[str, str]:
        if self.postgres:
            # Also through records the pusher no longer sees but held (one merged again).
            return dict(self.connection.execute(text("SELECT id, merged_into FROM casedesk_merged_into(:ids)"),
                                                {"ids": client_ids}).all())
        return dict(self.connection.execute(select(CLIENT.c.id, CLIENT.c.merged_into).where(
            among(CLIENT.c.id, client_ids, self.connection), CLIENT.c.status == ClientStatus.MERGED.value,
            CLIENT.c.merged_into.is_not(None))).all())

    def _survivors(self, client_ids: list[str]) -> dict[str, str]:
        """Merged-away client → the record it lives in now, for those of ``client_ids`` that were
        merged."""
        return self._follow(client_ids, self._merged_into)

    @staticmethod
    def _follow(ids: list[str], step_of: Callable[[list[str]], dict[str, str]]) -> dict[str, str]:
        """Each of ``ids`` that went into another record → where it is now. That one may itself
        have gone into a third since: the chain is followed (a few steps)."""
        targets: dict[str, str] = {}
        pending = ids
        for _ in range(8):
            if not pending:
                break
            step = step_of(pending)
            for source in list(targets):
                if targets[source] in step:
                    targets[source] = step[targets[source]]
            for source, target in step.items():
                targets.setdefault(source, target)
            pending = sorted(set(step.values()) - set(targets))
        return targets

    def _sees(self, client_id: str) -> bool:
        """Whether the pusher may change this client now (looked up once a batch)."""
        if client_id in self.visible:
            return True
        if client_id not in self._seen:
            me = self.me
            self._seen[client_id] = self.connection.execute(select(CLIENT.c.id).where(
                CLIENT.c.id == client_id, client_visibility(me.worker_id, me.role, me.team))).first() is not None
        return self._seen[client_id]

    def _load_context(self, changes: list[OutgoingChange]) -> None:
        me = self.me
        clients = sorted({client_id for change in changes
                          if (client_id := client_id_of(change.table_name, change.row)) is not None}
                         | set(self.redirected.values()))
        if not clients:
            return
        self.visible = set(self.connection.execute(select(CLIENT.c.id).where(
            among(CLIENT.c.id, clients, self.connection), client_visibility(me.worker_id, me.role, me.team))).scalars())
        self.erased = set(self.connection.execute(select(SYNC_ERASURE.c.client_id)
                                                  .where(among(SYNC_ERASURE.c.client_id, clients, self.connection))).scalars())
        others = [client_id for client_id in clients if client_id not in self.visible]
        if others:
            self.custody = dict(self.connection.execute(
                select(SYNC_CUSTODY.c.client_id, func.max(SYNC_CUSTODY.c.until_hlc))
                .where(SYNC_CUSTODY.c.worker_id == me.worker_id, among(SYNC_CUSTODY.c.client_id, others, self.connection))
                .group_by(SYNC_CUSTODY.c.client_id)).all())
            for client_id, until_day in self._deputy_periods_ended(others):
                # Held through the period's last day: a stamp before the next midnight (UTC).
                until = _period_end_stamp(until_day)
                self.custody[client_id] = max(until, self.custody.get(client_id, ""))
            held = self._rows_of_held_clients(CLIENT, list(self.custody))
            self.responsible = {client_id: row["responsible_worker_id"] for client_id, row in held.items()}

    def _deputy_periods_ended(self, client_ids: list[str]) -> list[tuple[str, date]]:
        """Clients this worker deputised for in a period that is over (PostgreSQL hides them)."""
        if self.postgres:
            rows = self.connection.execute(text("SELECT client_id, until_day FROM casedesk_deputy_ended(:ids)"),
                                           {"ids": client_ids}).all()
        else:
            rows = self.connection.execute(select(CLIENT.c.id, CLIENT.c.deputy_until).where(
                CLIENT.c.id.in_(client_ids), CLIENT.c.deputy_worker_id == self.me.worker_id,
                CLIENT.c.deputy_until < func.current_date())).all()
        return [(client_id, until_day) for client_id, until_day in rows]

    # --- judging and writing --------------------------------------------------------------------
    def _judge(self, table: Table, change: OutgoingChange, client_id: str | None,
               existing: dict[str, Any] | None) -> str | RefusalReason:
        """How this change may be written, or why it may not."""
        if client_id in self.erased:
            return RefusalReason.CLIENT_ERASED
        if table.name in SHARED_TABLES:
            writers = ENTITY_OF_TABLE[table.name].writers
            if not writers:
                return RefusalReason.ADMIN_ONLY
            return _OWN if self.me.role in writers else RefusalReason.LEADS_ONLY
        if client_id is None:
            # A personal row may be created for anyone, but changed by its owner only. On
            # PostgreSQL another worker's row is hidden, so an edit of a row not found is not
            # taken for a new one.
            owner = personal_owner_of(table.name, existing) if existing is not None else None
            if (existing is None and change.base_clocks and self.postgres) or owner not in (None, self.me.worker_id):
                return RefusalReason.NOT_PERMITTED
            return _OWN
        if change.op_id in self.redirected:
            # The laptop held the merged-away record: what it wrote there is the survivor's now,
            # written as a former holder's offline edits are (the merge recorded it as one).
            if self.redirected[change.op_id] in self.erased:
                return RefusalReason.CLIENT_ERASED
            if client_id in self.visible:
                return _OWN
            if self.redirected[change.op_id] in self.visible and client_id in self.custody:
                return _BEFORE_HANDOVER
            return RefusalReason.NOT_PERMITTED
        if client_id in self.visible:
            if table.name == "client" and existing is not None and not self._may_set_period(change, existing):
                return RefusalReason.NOT_PERMITTED
            if existing is not None and table.name != "client":
                before = client_id_of(table.name, existing)
                if before not in (None, client_id) and not self._sees(before):
                    # Moving a row away from a client the pusher may not change (a merge of a
                    # record they do not hold): row-level security refuses it on PostgreSQL too.
                    return RefusalReason.NOT_PERMITTED
            return _OWN
        if table.name == "client" and existing is None:
            if not self._may_hold(change.row):
                return RefusalReason.NOT_PERMITTED
            self.visible.add(client_id)
            return _OWN
        held_until = self.custody.get(client_id)
        if held_until is None:
            return RefusalReason.NOT_PERMITTED
        clocks = change.row.get("field_clocks") or {}
        stamps = [clocks.get(name, "") for name in change.fields if name in table.c]
        if max(stamps, default="") <= held_until:
            return _BEFORE_HANDOVER
        return _FORWARDED if change.forward else RefusalReason.CLIENT_MOVED

    def _may_set_period(self, change: OutgoingChange, existing: dict[str, Any]) -> bool:
        """Only the case manager, a team lead or an admin changes a deputy's period (a deputy
        could otherwise stretch their own); PostgreSQL's trigger says the same."""
        changed = [name for name in _PERIOD_FIELDS
                   if name in change.fields and _as_date(change.row.get(name)) != _as_date(existing.get(name))]
        return (not changed or self.me.worker_id == existing.get("responsible_worker_id")
                or self.me.role in (Role.TEAM_LEAD.value, Role.ADMIN.value))

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
            select(table).where(among(table.c.id, ids, self.connection)).with_for_update())}
        if self.postgres and table.name not in SHARED_TABLES:
            # Row-level security showed every row of a visible client; only the others may be hidden.
            hidden = [change.row["id"] for change in changes if change.row["id"] not in current
                      and client_id_of(table.name, change.row) in self.custody]
            current.update(self._rows_of_held_clients(table, hidden))
        previous = {row_id: dict(row) for row_id, row in current.items()}
        inserts: list[dict[str, Any]] = []
        new_rows: list[OutgoingChange] = []
        updates: list[dict[str, Any]] = []
        held_writes: list[dict[str, Any]] = []
        #: (tombstone id, field, value, stamp) a laptop typed into a merged-away record.
        carried: list[tuple[str, str, Any, str]] = []
        for change in changes:
            row = change.row
            client_id = client_id_of(table.name, row)
            existing = current.get(row["id"])
            verdict = self._judge(table, change, client_id, existing)
            if isinstance(verdict, RefusalReason):
                self._refuse(change, verdict)
                if verdict is RefusalReason.CLIENT_ERASED:
                    self.outcome.erased.add(client_id)
                continue
            if existing is None and change.base_clocks:
                # The laptop had this row, yet it is gone here: deleted and compacted after the
                # horizon. Writing it would bring a deleted row back.
                self.outcome.discarded.append(change.op_id)
                continue
            if table.name == "client" and row["status"] == ClientStatus.MERGED.value and (
                    existing is None or existing["status"] != ClientStatus.MERGED.value):
                # A merge: the pusher must hold both records, and the survivor must be live.
                target = row.get("merged_into")
                if verdict != _OWN or not target or target == row["id"] or not self._sees(target) \
                        or target in self.erased:
                    self._refuse(change, RefusalReason.NOT_PERMITTED)
                    continue
                self.merges.append((row["id"], target, row["hlc"]))
            if table.name == "client" and row["status"] == ClientStatus.ERASED.value and existing is not None:
                if verdict != _OWN:
                    # Erasing is for whoever holds the client now.
                    self._refuse(change, RefusalReason.CLIENT_MOVED)
                    continue
                self._erase(row["id"], row["hlc"])
                self.outcome.applied.append(change.op_id)
                continue
            if verdict != _OWN and client_id not in self.handed_away:
                kind = NoticeKind.FORWARDED if verdict == _FORWARDED else NoticeKind.RECEIVED_AFTER_HANDOVER
                recipient = self.responsible.get(client_id)
                if recipient:
                    self.notices[(recipient, kind.value, client_id)] += 1
            via_definer = verdict != _OWN and self.postgres
            # A row filed elsewhere is not as the laptop sent it: its pull must bring it back.
            redirected = change.op_id in self.redirected or change.op_id in self.refiled
            if existing is None:
                current[row["id"]] = row
                if self.postgres and not via_definer and not redirected:
                    # Logged and receipted from the staged copy (``_copy_new_rows``).
                    new_rows.append(change)
                    self.outcome.applied.append(change.op_id)
                    continue
                (held_writes if via_definer else inserts).append(row)
                self._log(table, row, client_id, exact=not redirected)
                self._acknowledge(change, "merged" if redirected else "applied", client_id)
                continue
            keep = frozenset(_CUSTODY_FIELDS) if verdict != _OWN else frozenset()
            if table.name == "client" and existing["status"] == ClientStatus.MERGED.value:
                # A tombstone stays one, and stays blank, whatever an offline laptop did to the
                # record meanwhile: its rows arrive under the survivor (``_redirect_merged``); its
                # own fields are not written there (an erasure of the survivor must leave nothing
                # of the person in the tombstone) but carried to the survivor.
                keep |= _TOMBSTONE_FIELDS
                carried.extend(self._typed_into_tombstone(change, existing))
            merged, conflicts = self._merge(table, existing, change, client_id, keep)
            result = merged if merged is not None else existing
            differs = any(result[column.name] != row[column.name] for column in table.columns
                          if column.name not in Synced.SYNC_COLUMNS)
            if merged is not None:
                (held_writes if via_definer else updates).append(merged)
                current[row["id"]] = merged
                self._log(table, merged, client_id, exact=not conflicts and not differs)
            self._acknowledge(change, "merged" if conflicts or differs or redirected else "applied", client_id)
        if carried:
            self._carry_to_survivors(table, carried, current, previous, updates, held_writes)
        write_rows(self.connection, table, inserts)
        if new_rows:
            self._copy_new_rows(table, new_rows)
        custody = self._custody_changes(table, updates, previous)
        if updates:
            self.connection.execute(*bulk_update(table, updates))
        if held_writes:
            self.connection.execute(text("SELECT casedesk_write_held(:t, CAST(:rows AS jsonb))"),
                                    {"t": table.name, "rows": json.dumps(held_writes, default=json_value)})
        for change in custody:
            self.connection.execute(text("SELECT casedesk_set_custody(:cid, :responsible, :deputy, :stamp)"), change)
        if table.name == "client" and self.merges:
            self._record_merges()

    @staticmethod
    def _typed_into_tombstone(change: OutgoingChange, tombstone: dict[str, Any]) -> list[tuple[str, str, Any, str]]:
        """The person's fields this laptop changed since it last synced (its stamp is neither the
        agreed base nor what the central store holds), with their values and stamps."""
        clocks = change.row["field_clocks"] or {}
        held = tombstone["field_clocks"] or {}
        return [(tombstone["id"], name, change.row[name], clocks[name]) for name in CARRIED_TO_SURVIVOR
                if name in change.fields and clocks.get(name, "") not in ("", change.base_clocks.get(name, ""),
                                                                           held.get(name, ""))]

    def _carry_to_survivors(self, table: Table, carried: list[tuple[str, str, Any, str]],
                            current: dict[str, dict[str, Any]], previous: dict[str, dict[str, Any]],
                            updates: list[dict[str, Any]], held_writes: list[dict[str, Any]]) -> None:
        """Write what was typed into merged-away records onto their survivors, field by field as
        any edit (the later stamp wins), so that nothing typed offline is lost: a value that
        replaces the survivor's, or loses to it, is a conflict both sides see (``_record_conflict``).
        An empty field of the survivor simply takes the value."""
        survivors = self._survivors(sorted({tombstone for tombstone, *_rest in carried}))
        wanted = sorted(set(survivors.values()) - set(current))
        if wanted:
            fetched = {row.id: dict(row._mapping) for row in self.connection.execute(
                select(table).where(among(table.c.id, wanted, self.connection)).with_for_update())}
            if self.postgres:
                fetched.update(self._rows_of_held_clients(table, [i for i in wanted if i not in fetched]))
            for row_id, row in fetched.items():
                current[row_id], previous[row_id] = row, dict(row)
        changed: dict[str, dict[str, Any]] = {}
        for tombstone, name, value, stamp in sorted(carried, key=lambda entry: entry[3]):
            survivor = current.get(survivors.get(tombstone, ""))
            if survivor is None or survivor["status"] in (ClientStatus.ERASED.value, ClientStatus.MERGED.value):
                continue  # erased since, or not a record this pusher ever held: nothing to write to
            row = changed.setdefault(survivor["id"], dict(survivor, field_clocks=dict(survivor["field_clocks"] or {})))
            theirs, theirs_stamp = row[name], row["field_clocks"].get(name, "")
            if theirs == value:
                continue
            if theirs not in (None, "", False):
                self._carried_conflict(table, row["id"], name, (theirs, theirs_stamp), (value, stamp))
            if stamp > theirs_stamp:
                row[name] = value
                row["field_clocks"][name] = stamp
        for survivor_id, row in changed.items():
            if row["field_clocks"] == (previous[survivor_id]["field_clocks"] or {}):
                continue
            row["hlc"] = max(row["field_clocks"].values())
            row["origin_device"] = self.device_id
            current[survivor_id] = row
            # On PostgreSQL a former holder of the merged-away record may not see the survivor:
            # the write goes through the definer function, as its redirected rows do.
            (held_writes if self.postgres and not self._sees(survivor_id) else updates).append(row)
            self._log(table, row, survivor_id)

    def _carried_conflict(self, table: Table, survivor_id: str, name: str, theirs: tuple[Any, str],
                          mine: tuple[Any, str]) -> None:
        """A carried value met one of the survivor's: a conflict as any other when the pusher
        sees the survivor. A former holder of the merged-away record who does not is not shown the
        survivor's value; the laptop that wrote it is told instead, whichever value won."""
        if self._sees(survivor_id):
            self._record_conflict(table, survivor_id, survivor_id, name, theirs, mine)
            return
        written_by = device_of(theirs[1])
        if written_by in ("", CENTRAL_DEVICE, self.device):
            return
        self.conflicts.append({
            "id": new_id(), "device": written_by, "client_id": survivor_id, "table_name": table.name,
            "row_id": survivor_id, "field": name, "mine_value": encode_value(theirs[0]), "mine_hlc": theirs[1],
            "theirs_value": encode_value(mine[0]), "theirs_hlc": mine[1],
            "winner": "theirs" if mine[1] > theirs[1] else "mine", "theirs_worker_id": self.me.worker_id,
            "created_at": self.now})

    def _record_merges(self) -> None:
        """Whoever held a merged-away record holds its rows under the survivor as a former holder
        does after a handover: their laptops' offline edits of it are still written
        (``_redirect_merged``), though they may not see the survivor."""
        if self.postgres:
            for merged, survivor, stamp in self.merges:
                self.connection.execute(text("SELECT casedesk_record_merge(:merged, :survivor, :stamp)"),
                                        {"merged": merged, "survivor": survivor, "stamp": stamp})
        else:
            holders = {row.id: row for row in self.connection.execute(
                select(CLIENT.c.id, CLIENT.c.responsible_worker_id, CLIENT.c.deputy_worker_id).where(
                    CLIENT.c.id.in_([merged for merged, _, _ in self.merges])))}
            history = [{"client_id": survivor, "worker_id": worker_id, "relation": relation, "until_hlc": stamp,
                        "until_at": self.now}
                       for merged, survivor, stamp in self.merges if merged in holders
                       for worker_id, relation in ((holders[merged].responsible_worker_id, "responsible"),
                                                   (holders[merged].deputy_worker_id, "deputy")) if worker_id]
            # Who held a record merged into this one (or held it before a handover) follows too.
            history += [{"client_id": survivor, "worker_id": row.worker_id, "relation": row.relation,
                         "until_hlc": max(row.until_hlc, stamp), "until_at": self.now}
                        for merged, survivor, stamp in self.merges
                        for row in self.connection.execute(select(SYNC_CUSTODY).where(
                            SYNC_CUSTODY.c.client_id == merged))]
            if history:
                statement = sqlite_insert(SYNC_CUSTODY)
                self.connection.execute(statement.on_conflict_do_update(
                    index_elements=["client_id", "worker_id", "relation"],
                    set_={"until_hlc": func.max(SYNC_CUSTODY.c.until_hlc, statement.excluded.until_hlc),
                          "until_at": statement.excluded.until_at}), history)
        self.merges = []

    def _copy_new_rows(self, table: Table, changes: list[OutgoingChange]) -> None:
        """New rows the pusher writes as its own, on PostgreSQL: COPY into a temporary table, then
        one INSERT … SELECT each for the rows, their log entries and their receipts. The inserts
        run as the worker, under the same row-level security as any other write (COPY itself may
        not write a table with row-level security); what goes away is parsing a JSON array of the
        batch on the server (half of a contact's insert) and building it here. The log entries
        judged before are written first, so the log keeps its order (parents before children)."""
        log_changes(self.connection, self.log_entries)
        self.log_entries = []
        stage = f'"casedesk_stage_{table.name}"'
        columns = ", ".join(f'"{column.name}"' for column in table.columns)
        execute = self.connection.exec_driver_sql
        execute(f'CREATE TEMPORARY TABLE {stage} (LIKE "{table.name}", casedesk_op_id text) ON COMMIT DROP')
        copy_rows(self.connection, f"COPY {stage} ({columns}, casedesk_op_id) FROM STDIN", table,
                  ((change.row, change.stored, change.op_id) for change in changes))
        entity = ENTITY_OF_TABLE[table.name]
        client = {Scope.SHARED: "NULL", Scope.CLIENT: "id"}.get(entity.scope, "client_id")
        owner = (f'CASE WHEN client_id IS NULL THEN "{entity.owner_column}" END'
                 if entity.scope is Scope.CLIENT_OR_PERSONAL and entity.owner_column else "NULL")
        execute(f'INSERT INTO "{table.name}" ({columns}) SELECT {columns} FROM {stage}')
        execute("INSERT INTO sync_change (table_name, row_id, client_id, owner_worker_id, device_id, changed_at)"
                f" SELECT %s, id, {client}, {owner}, %s, %s FROM {stage}", (table.name, self.device, self.now))
        execute("INSERT INTO sync_receipt (op_id, worker_id, device_id, received_at, outcome, client_id)"
                f" SELECT casedesk_op_id, %s, %s, %s, 'applied', {client} FROM {stage}",
                (self.me.worker_id, self.device_id, self.now))

    def _log(self, table: Table, row: dict[str, Any], client_id: str | None, exact: bool = False) -> None:
        # A personal row's entry names its owner, whom alone the log shows it to; a row written
        # exactly as this laptop sent it names the laptop, whose pull then skips it.
        self.log_entries.append((table.name, row["id"], client_id, personal_owner_of(table.name, row),
                                 self.device if exact else None))

    def _acknowledge(self, change: OutgoingChange, status: str, client_id: str | None) -> None:
        (self.outcome.merged if status == "merged" else self.outcome.applied).append(change.op_id)
        self.receipts.append({"op_id": change.op_id, "worker_id": self.me.worker_id, "device_id": self.device_id,
                              "received_at": self.now, "outcome": status, "client_id": client_id})

    def _custody_changes(self, table: Table, updates: list[dict[str, Any]],
                         previous: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
        """Record who stops holding which client, and until which stamp. On PostgreSQL the giver
        may not see the client afterwards, so the change itself goes through
        ``casedesk_set_custody`` (returned here), which also records the history there."""
        if table.name != "client":
            return []
        calls: list[dict[str, Any]] = []
        history: list[dict[str, Any]] = []
        for merged in updates:
            before = previous.get(merged["id"])
            if before is None or all(merged[name] == before[name] for name in _CUSTODY_FIELDS):
                continue
            clocks = merged["field_clocks"] or {}
            stamp = max(clocks.get(name, "") for name in _CUSTODY_FIELDS)
            for name, relation in zip(_CUSTODY_FIELDS, ("responsible", "deputy"), strict=True):
                if before[name] and before[name] != merged[name]:
                    history.append({"client_id": merged["id"], "worker_id": before[name], "relation": relation,
                                    "until_hlc": stamp, "until_at": self.now})
            if self.me.worker_id in (before["responsible_worker_id"], before["deputy_worker_id"]) and (
                    self.me.worker_id not in (merged["responsible_worker_id"], merged["deputy_worker_id"])):
                self.handed_away.add(merged["id"])
                self.visible.discard(merged["id"])
                self.custody[merged["id"]] = max(stamp, self.custody.get(merged["id"], ""))
                self.responsible[merged["id"]] = merged["responsible_worker_id"]
            if self.postgres:
                calls.append({"cid": merged["id"], "responsible": merged["responsible_worker_id"],
                              "deputy": merged["deputy_worker_id"], "stamp": stamp})
                merged["responsible_worker_id"] = before["responsible_worker_id"]
                merged["deputy_worker_id"] = before["deputy_worker_id"]
        if history and not self.postgres:
            statement = sqlite_insert(SYNC_CUSTODY)
            self.connection.execute(statement.on_conflict_do_update(
                index_elements=["client_id", "worker_id", "relation"],
                set_={"until_hlc": func.max(SYNC_CUSTODY.c.until_hlc, statement.excluded.until_hlc),
                      "until_at": statement.excluded.until_at}), history)
        return calls

    def _merge(self, table: Table, existing: dict[str, Any], change: OutgoingChange, client_id: str | None,
               keep: frozenset[str]) -> tuple[dict[str, Any] | None, bool]:
        """Per field against the agreed base: one-sided changes merge, two-sided ones go by HLC.
        Returns the merged row (None: nothing to write) and whether a conflict was recorded."""
        merged = dict(existing)
        clocks = dict(existing["field_clocks"] or {})
        conflicted = False
        incoming = change.row
        incoming_clocks = incoming["field_clocks"] or {}
        for name in change.fields:
            if name not in table.c or name in keep:
                continue
            mine_clock = incoming_clocks.get(name, "")
            theirs_clock = clocks.get(name, "")
            if mine_clock == theirs_clock:
                continue
            changed_centrally = (theirs_clock != change.base_clocks.get(name, "")
                                 and device_of(theirs_clock) != self.device)
            if changed_centrally and existing[name] != incoming[name]:
                conflicted = True
                self._record_conflict(table, incoming["id"], client_id, name,
                                      (existing[name], theirs_clock), (incoming[name], mine_clock))
                if mine_clock < theirs_clock:
                    continue
            elif mine_clock < theirs_clock:
                continue
            merged[name] = incoming[name]
            clocks[name] = mine_clock
        if clocks == (existing["field_clocks"] or {}):
            return None, conflicted
        merged["field_clocks"] = clocks
        merged["hlc"] = max(clocks.values())
        merged["origin_device"] = incoming["origin_device"]
        return merged, conflicted

    def _record_conflict(self, table: Table, row_id: str, client_id: str | None, name: str,
                         theirs: tuple[Any, str], mine: tuple[Any, str]) -> None:
        """Tell both sides: the pusher, and the laptop whose value was replaced (if it was)."""
        mine_wins = mine[1] > theirs[1]
        sides = [(self.device, mine, theirs, "mine" if mine_wins else "theirs", None)]
        replaced = device_of(theirs[1])
        if mine_wins and replaced not in ("", CENTRAL_DEVICE, self.device):
            sides.append((replaced, theirs, mine, "theirs", self.me.worker_id))
        for device, (mine_value, mine_hlc), (theirs_value, theirs_hlc), winner, author in sides:
            self.conflicts.append({
                "id": new_id(), "device": device, "client_id": client_id, "table_name": table.name,
                "row_id": row_id, "field": name, "mine_value": encode_value(mine_value), "mine_hlc": mine_hlc,
                "theirs_value": encode_value(theirs_value), "theirs_hlc": theirs_hlc, "winner": winner,
                "theirs_worker_id": author, "created_at": self.now})

    def _rows_of_held_clients(self, table: Table, ids: list[str]) -> dict[str, dict[str, Any]]:
        """Rows of clients this worker held but no longer sees (PostgreSQL hides them)."""
        if not ids:
            return {}
        if not self.postgres:
            return {row.id: dict(row._mapping) for row in self.connection.execute(
                select(table).where(table.c.id.in_(ids)))}
        rows = self.connection.execute(text("SELECT casedesk_existing_ids(:t, :ids)"),
                                       {"t": table.name, "ids": ids}).scalars()
        return {row["id"]: _from_json(table, row) for row in rows}

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
                self.log_entries.append((table.name, row["id"], client_id, None))
        self.connection.execute(insert(SYNC_ERASURE).values(client_id=client_id, worker_id=self.me.worker_id,
                                                            erased_at=self.now))
        # Nothing about the person may outlive the erasure in the bookkeeping either.
        if self.postgres:
            self.connection.execute(text("SELECT casedesk_purge_erased(:cid)"), {"cid": client_id})
        else:
            for table in (SYNC_RECEIPT, SYNC_INBOX_CONFLICT, SYNC_INBOX_NOTICE):
                self.connection.execute(delete(table).where(table.c.client_id == client_id))
        self.receipts = [receipt for receipt in self.receipts if receipt["client_id"] != client_id]
        self.conflicts = [record for record in self.conflicts if record["client_id"] != client_id]
        self.erased.add(client_id)

    def _write_bookkeeping(self) -> None:
        log_changes(self.connection, self.log_entries)
        write_rows(self.connection, SYNC_RECEIPT, self.receipts)
        if self.conflicts:
            self.connection.execute(insert(SYNC_INBOX_CONFLICT), self.conflicts)
        notices = [{"id": new_id(), "worker_id": worker_id, "kind": kind, "client_id": client_id,
                    "from_worker_id": self.me.worker_id, "count": count, "created_at": self.now}
                   for (worker_id, kind, client_id), count in self.notices.items() if client_id not in self.erased]
        if notices:
            self.connection.execute(insert(SYNC_INBOX_NOTICE), notices)


def forget_old_content(connection: Connection, cutoff: datetime, cutoff_stamp: str) -> None:
    """Compaction's share of "no content outlives its use": tombstones that must stay (a live row
    points at them) are blanked — with a fresh stamp, so every laptop's copy follows — and
    conflicts no laptop fetched within the horizon are dropped."""
    stamp = central_clock().now()
    entries: list[tuple[str, str, str | None, str | None]] = []
    for table in SYNCED_TABLES:
        for row in connection.execute(select(table).where(table.c.deleted.is_(True), table.c.hlc < cutoff_stamp)):
            old = dict(row._mapping)
            values = {name: value for name, value in erased_values(table, old).items() if old[name] != value}
            if not values:
                continue
            clocks = {**(old["field_clocks"] or {}), **dict.fromkeys(values, stamp)}
            values.update(field_clocks=clocks, hlc=stamp, origin_device=CENTRAL_DEVICE)
            connection.execute(update(table).where(table.c.id == old["id"]).values(values))
            entries.append((table.name, old["id"], client_id_of(table.name, old), personal_owner_of(table.name, old)))
    log_changes(connection, entries)
    connection.execute(delete(SYNC_INBOX_CONFLICT).where(SYNC_INBOX_CONFLICT.c.created_at < cutoff))


def _millis(stamp: str) -> int:
    return int(stamp.split("-", 1)[0])


def _from_json(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """A row PostgreSQL returned as JSON, with dates as Python values again."""
    result = dict(row)
    for column in table.columns:
        value = result.get(column.name)
        if isinstance(value, str) and not isinstance(column.type, JSON):
            if isinstance(column.type, DateTime):
                result[column.name] = datetime.fromisoformat(value)
            elif isinstance(column.type, Date):
                result[column.name] = date.fromisoformat(value)
    return result


def _as_date(value: Any) -> date | None:
    """A day as a laptop sends it (ISO text) or the database gives it back."""
    if isinstance(value, str) and value:
        return date.fromisoformat(value[:10])
    if isinstance(value, datetime):
        return value.date()
    return value or None


def _period_end_stamp(until_day: date | str) -> str:
    """The stamps before the midnight (UTC) after ``until_day`` sort below this one."""
    day = _as_date(until_day)
    midnight = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(days=1)
    return f"{int(midnight.timestamp() * 1000):013d}"
